"""The ``backcoach`` command: opens the app, and checks and previews routines without a screen.

Contract (``docs/cli.md``): exit 0 on success, 1 when the input is wrong (with ``FILE:LINE:COL:``
messages), 2 when the command is used wrongly. JSON goes to standard output alone; notices go to
standard error. No command prints a traceback for bad input. This module imports almost nothing:
the commands (:mod:`backcoach.commands`) load the core and YAML when they run, and the app
(:mod:`backcoach.gui.app`) imports Qt, so each pays only for what it uses and the window appears fast.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import EXIT_BAD_INPUT, EXIT_OK, __version__

if TYPE_CHECKING:
    import argparse  # imported when a command or a flag is parsed: the usual start parses nothing

COMMANDS = ("validate", "list", "timeline", "script", "doctor", "history", "import", "figure", "today",
            "programme")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] in COMMANDS:
            return _run_command(args[0], args[1:])
        return _run_app(args)
    except BrokenPipeError:  # `backcoach list | head` is fine
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


# -- the app -------------------------------------------------------------------------------------------


def _app_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="backcoach",
        description="BackCoach: a coach for back-strengthening classes. With no command, opens the app.",
        epilog=(
            "commands:\n"
            "  validate PATH...          check routine (or programme) files or folders\n"
            "  list [--json]             the routine library with the planned length of each\n"
            "  timeline ROUTINE          the session as it will run, step by step\n"
            "  script ROUTINE            what the coach will say and play, and when\n"
            "  doctor                    what works here: display, routine folders, settings, sound, speech\n"
            "  history [--json] [--since DATE] [--export FILE]   the sessions you have done\n"
            "  import PATH|- [-o FILE] [--split]   an article (.txt .md .html .csv .srt) to a routine, guesses marked\n"
            "  figure MOVE [--svg FILE | --png FILE]   a move's figure in words, or drawn\n"
            "  today [--json]            today's session of your programme, or the rest day and what is next\n"
            "  programme list|show|start|pause|resume|leave|calendar   programmes: sessions on a schedule\n"
            "list, timeline and script use your saved settings; flags override them.\n"
            "Run 'backcoach COMMAND --help' for a command's options."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("routine", nargs="?", help="a routine file (or bundled routine name) to open")
    parser.add_argument(
        "--smoke-test", action="store_true", help="open the main window, wait until it is shown, exit 0"
    )
    parser.add_argument("--version", action="version", version=f"backcoach {__version__}")
    return parser


def _run_app(args: list[str]) -> int:
    if not args:  # the usual start: nothing to parse, and building the parser (its help texts go through
        return _open_app(None, smoke_test=False)  # gettext, which imports locale) costs some 7 ms
    options = _app_parser().parse_args(args)
    routine_path: Path | None = None
    if options.routine:
        from .catalogs import find_routine

        routine_path = find_routine(options.routine)
        if routine_path is None:
            print(f"backcoach: {options.routine}: no such routine file or bundled routine", file=sys.stderr)
            return EXIT_BAD_INPUT
    return _open_app(routine_path, smoke_test=options.smoke_test)


def pause_collection() -> None:
    """Turn Python's garbage collector off while the app starts: start-up makes objects that live as long as
    the app (Qt's modules, ours, the window), and the collector, run some 60 times while they are made, finds
    nothing to free (about 10 ms of CPU). ``gui.app.freeze_start_up`` turns it on again once the routines are
    listed. The start-up benchmarks call this too, before they import Qt, as the app does."""
    import gc

    gc.disable()


def _open_app(routine_path: Path | None, *, smoke_test: bool) -> int:
    pause_collection()
    from .gui.app import run  # Qt is imported only here

    return run(routine_path, smoke_test=smoke_test)


def _run_command(name: str, args: list[str]) -> int:
    if name == "history":
        from .history_command import run  # reads the history only: no routines

        return run(args)
    if name == "import":
        from .import_command import run as run_import  # the article importer: only when it runs

        return run_import(args)
    if name == "figure":
        from .figure_command import run as run_figure  # reads the figures; Qt only if a picture is asked for

        return run_figure(args)
    if name in ("today", "programme"):
        from .programme_command import run_programme, run_today

        return run_today(args) if name == "today" else run_programme(args)
    from .commands import run_command  # the core and YAML load only for the checking commands

    return run_command(name, args)


if __name__ == "__main__":
    sys.exit(main())
