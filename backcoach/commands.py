"""The checking commands (``validate``, ``list``, ``timeline``, ``script``, ``doctor``) behind :mod:`backcoach.cli`.

They read YAML and build timelines, so they live here and are imported only when one of them runs:
opening the app does not pay for them. The contract (exit codes, ``FILE:LINE:COL:`` messages, JSON on
standard output alone) is in ``docs/cli.md``. ``list``, ``timeline`` and ``script`` describe the session
the app would run: they read the user's saved settings (flags override them, and standard error says
which were used) and plan it with :func:`backcoach.core.session_plan.plan_session`, as the app does.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from . import EXIT_BAD_INPUT, EXIT_OK
from .catalogs import bundled_catalog, find_routine
from .core.catalog import CatalogEntry, library_path, load_entry, routine_files
from .core.cue_types import CueKind, Verbosity
from .core.durations import Level, format_seconds
from .core.exercise_library import ExerciseLibrary, load_library_path
from .core.model import Pace, Routine
from .core.preferences import Preferences
from .core.problems import Position, Problem, RoutineError
from .core.session_plan import SessionPlan, estimates, plan_session
from .core.timeline import Timeline, level_matters
from .core.wording import length_text, range_text
from .resources import user_routines_dir
from .settings_store import POSITION_CHANGE_RANGE, PREPARE_RANGE, AppSettings, SettingsStore

OWN = "own"
"""``--level own``, ``--prepare own``, ``--pace own``, ``--position-change own``: what the routine says,
whatever the saved settings."""
SETTINGS = ("level", "prepare", "position_change", "pace", "gentler", "verbosity")
"""The settings that shape a session, in the order they are reported."""


def run_command(name: str, args: list[str]) -> int:
    if name == "doctor":
        from .doctor import main as doctor_main

        return doctor_main(args)
    if name == "validate":
        parser = argparse.ArgumentParser(
            prog="backcoach validate",
            description="Check routine files (or folders of them, with their exercise library). "
            "Prints every problem as FILE:LINE:COL: message.",
        )
        parser.add_argument("paths", nargs="+", metavar="PATH")
        options = parser.parse_args(args)
        return validate(options.paths, sys.stdout, sys.stderr)
    descriptions = {
        "list": "The routine library: bundled and your own routines, with their planned lengths.",
        "timeline": "The session as it will run: every step with its start and duration.",
        "script": "What the coach will say and play, and at which second (assuming no pauses).",
    }
    parser = argparse.ArgumentParser(
        prog=f"backcoach {name}", description=descriptions[name],
        epilog="Your saved settings (Ctrl+, in the app) apply unless a flag overrides them; standard error "
        "says which settings were used.",
    )
    if name != "list":
        parser.add_argument("routine", metavar="ROUTINE", help="a routine file, or a bundled routine's name")
    _session_flags(parser, verbosity=name == "script")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    options = parser.parse_args(args)
    chosen = Chosen.from_options(options, SettingsStore())
    print(chosen.summary(), file=sys.stderr)
    if name == "list":
        return list_routines(chosen, options.json, sys.stdout, sys.stderr)
    if name == "script":
        return show_script(options.routine, chosen, options.json, sys.stdout, sys.stderr)
    return show_timeline(options.routine, chosen, options.json, sys.stdout, sys.stderr)


# -- the settings a command uses -------------------------------------------------------------------------


def _session_flags(parser: argparse.ArgumentParser, *, verbosity: bool) -> None:
    parser.add_argument("--level", choices=[*(level.value for level in Level), OWN],
                        help="which end of every range (default: your setting, else the routine's own)")
    parser.add_argument("--prepare", metavar="SECONDS|own", type=lambda text: _seconds(text, PREPARE_RANGE),
                        help="get-ready seconds before each exercise (default: your setting, else the routine's)")
    parser.add_argument("--position-change", metavar="SECONDS|own",
                        type=lambda text: _seconds(text, POSITION_CHANGE_RANGE),
                        help="seconds added to a get-ready for each step of a change of position (default: your "
                        "setting, else the routine's)")
    parser.add_argument("--pace", choices=[*(pace.value for pace in Pace), OWN],
                        help="counted reps, or self-paced ones that wait for Done (default: your setting, else "
                        "the routine's)")
    parser.add_argument("--gentler", action=argparse.BooleanOptionalAction,
                        help="swap every high-impact move for the gentler move the exercise library names "
                        "(default: your setting, else no)")
    if verbosity:
        parser.add_argument("--verbosity", choices=[v.value for v in Verbosity],
                            help="full counts every rep; standard says names, halfway, 10 s; beeps; silent "
                            "(default: your setting, else standard)")
    parser.add_argument("--no-settings", action="store_true",
                        help="ignore your saved settings: the routine as written, at standard verbosity")


def _seconds(text: str, allowed: tuple[int, int]) -> int | str:
    if text == OWN:
        return OWN
    try:
        seconds = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of seconds (or 'own')") from None
    low, high = allowed
    if not low <= seconds <= high:
        raise argparse.ArgumentTypeError(f"{seconds} is outside {low}-{high} seconds, the range the app allows")
    return seconds


@dataclass(frozen=True)
class Chosen:
    """The settings a command plans with, and where each came from (a flag, the settings file, the default)."""

    preferences: Preferences
    level: Level | None
    verbosity: Verbosity
    sources: dict[str, str]
    """For each setting the command uses: ``flag``, ``your settings`` or ``default``."""
    file: Path
    ignored: bool
    """``--no-settings``: the file was not read."""

    @classmethod
    def from_options(cls, options: argparse.Namespace, store: SettingsStore) -> Chosen:
        saved = AppSettings() if options.no_settings else store.load()
        defaults = AppSettings()
        values: dict[str, object] = {}
        sources: dict[str, str] = {}
        for key in SETTINGS:
            flag = getattr(options, key, None)
            if flag is not None:
                values[key], sources[key] = (None if flag == OWN else flag), "flag"
            else:
                values[key] = getattr(saved, key)
                sources[key] = "your settings" if values[key] != getattr(defaults, key) else "default"
        level = Level(str(values["level"])) if values["level"] else None
        pace = Pace(str(values["pace"])) if values["pace"] else None
        prepare, position_change = values["prepare"], values["position_change"]
        assert prepare is None or isinstance(prepare, int)
        assert position_change is None or isinstance(position_change, int)
        preferences = Preferences(prepare=prepare, pace=pace, position_change=position_change,
                                  gentler=bool(values["gentler"]))
        used = SETTINGS if hasattr(options, "verbosity") else SETTINGS[:-1]
        return cls(preferences, level, Verbosity(str(values["verbosity"])), {key: sources[key] for key in used},
                   store.path, options.no_settings)

    def plan(self, entry: CatalogEntry) -> SessionPlan:
        """The session ``entry`` runs with these settings, coached with the entry's exercise library."""
        assert entry.routine is not None
        return plan_session(entry.routine, self.preferences, self.level, self.verbosity,
                            exercise_library=entry.exercise_library)

    def summary(self) -> str:
        """One line for standard error: which settings this output describes, and why."""
        own_level = "each routine's own"
        texts = {
            "level": f"level {self.level.value if self.level else own_level}",
            "prepare": "get-ready " + (f"{self.preferences.prepare} s" if self.preferences.prepare is not None
                                       else "as the routine says"),
            "position_change": "change of position " + (
                f"{self.preferences.position_change} s a step" if self.preferences.position_change is not None
                else "as the routine says"),
            "pace": "reps " + ({Pace.COUNTED: "counted", Pace.SELF: "self-paced"}[self.preferences.pace]
                               if self.preferences.pace else "as the routine says"),
            "gentler": "high-impact moves " + ("swapped for gentler ones" if self.preferences.gentler else "kept"),
            "verbosity": f"verbosity {self.verbosity.value}",
        }
        shown = ", ".join(f"{texts[key]} ({source})" for key, source in self.sources.items())
        where = f"your settings in {self.file} ignored (--no-settings)" if self.ignored else f"from {self.file}"
        return f"settings: {shown}; {where}"

    def to_json(self) -> dict[str, object]:
        values: dict[str, object] = {
            "level": self.level.value if self.level else None,
            "prepare": self.preferences.prepare,
            "position_change": self.preferences.position_change,
            "pace": self.preferences.pace.value if self.preferences.pace else None,
            "gentler": self.preferences.gentler,
            "verbosity": self.verbosity.value,
        }
        return {"file": None if self.ignored else str(self.file),
                **{key: {"value": values[key], "from": source} for key, source in self.sources.items()}}


# -- validate ---------------------------------------------------------------------------------------------


def validate(paths: Sequence[str], out: TextIO, err: TextIO) -> int:
    """Check files and folders; print every problem; exit 1 if there was any.

    Each file counts once, however often it is named (given twice, or given and inside a folder given too), and a
    path that is not there counts as one file with a problem: "checked N file(s)" is the files, each valid or not."""
    problems: list[Problem] = []
    verdicts: dict[str, bool] = {}
    """Every file checked, by its resolved path: whether it has problems."""
    bundled_library = _bundled_library()

    def check(path: Path, found: list[Problem]) -> bool:
        """Count ``path`` with ``found`` (once); ``False`` when it was checked already."""
        key = os.path.realpath(path)
        if key in verdicts:
            return False
        verdicts[key] = bool(found)
        problems.extend(found)
        return True

    for raw in paths:
        path = Path(raw)
        loaded: list[tuple[str, Routine]] = []  # for their exercises' figures (docs/figures.md)
        if path.is_dir():
            files = routine_files(path)
            library = bundled_library
            found = library_path(path)
            if found is not None:
                library_problems: list[Problem] = []
                try:
                    library = load_library_path(found).merged(bundled_library)
                except RoutineError as error:
                    library_problems = list(error.problems)
                if check(found, library_problems):
                    for move, gentler in library.missing_gentler():
                        print(f"{found}: note: '{move}' names the gentler move '{gentler}', which no exercise "
                              "library describes (G will skip it instead)", file=err)
            if not files and found is None:
                print(f"backcoach validate: {path}: no routine files (*.yaml, *.yml) in this folder", file=err)
        elif path.exists() or path.is_symlink():  # a link that leads nowhere: reading it says why
            files, library = [path], bundled_library
        else:
            check(path, [Problem(str(path), Position(), "no such file or folder")])
            continue
        for file in files:
            entry = load_entry(file, bundled=False)
            if check(file, list(entry.problems)) and entry.routine is not None:
                loaded.append((str(file), entry.routine))
                _note_unknown_names(file, library.unknown_names(entry.routine), library, err)
        _check_figures(path if path.is_dir() else None, library, loaded, check, verdicts, problems)
    for problem in problems:
        print(problem, file=out)
    broken = sum(verdicts.values())
    print(f"checked {len(verdicts)} file(s): {len(verdicts) - broken} valid, {broken} with problems", file=err)
    return EXIT_BAD_INPUT if problems else EXIT_OK


def _check_figures(folder: Path | None, library: ExerciseLibrary, loaded: list[tuple[str, Routine]],
                   check: Callable[[Path, list[Problem]], bool], verdicts: dict[str, bool],
                   problems: list[Problem]) -> None:
    """The figures of a folder given (its ``figures.yaml``, counted once as a file) and of the routines just read
    (``loaded``: each read once): their problems, and the files they make not valid (docs/figures.md)."""
    from .figures import check_figures, figures_path

    own = figures_path(folder) if folder is not None else None
    found = check_figures(folder, library, loaded)
    if own is not None:
        check(own, [p for p in found if p.file == str(own)])  # a folder given twice: its figures told once
    for problem in found:
        if own is None or problem.file != str(own):
            problems.append(problem)
            key = os.path.realpath(problem.file)
            if key in verdicts:
                verdicts[key] = True


def _note_unknown_names(file: Path, unknown: list[str], library: ExerciseLibrary, err: TextIO) -> None:
    """A note (not a problem: a routine may name a move of its own) for names the exercise library does not
    describe, with the name each was most likely meant to be."""
    if not unknown:
        return
    names = ", ".join(f"'{name}'" + (f" (did you mean '{guess}'?)" if (guess := library.suggestion(name)) else "")
                      for name in unknown)
    print(f"{file}: note: not in the exercise library (no instructions shown): {names}", file=err)


def _bundled_library() -> ExerciseLibrary:
    from .catalogs import bundled_library

    return bundled_library()


# -- list -------------------------------------------------------------------------------------------------


def _entry_json(entry: CatalogEntry, chosen: Chosen) -> dict[str, object]:
    routine = entry.routine
    data: dict[str, object] = {
        "file": entry.display_name,
        "path": str(entry.path),
        "bundled": entry.bundled,
        "status": "broken" if routine is None else "ok",
        "title": entry.title,
    }
    if routine is None:
        data["error"] = str(entry.problems[0]) if entry.problems else "broken"
        data["problems"] = [str(p) for p in entry.problems]
        return data
    planned = chosen.plan(entry).total_seconds
    lengths = estimates(routine, chosen.preferences, entry.exercise_library)
    data.update(
        level=routine.level.value if routine.level else None,
        estimated_seconds=planned,
        estimates={level.value: seconds for level, seconds in lengths.items()},
        stated_duration_seconds=routine.duration.low if routine.duration else None,
        length=length_text(planned, routine.duration),
        one_level=not level_matters(routine, entry.exercise_library),
        source=routine.source,
        summary=routine.summary,
        equipment=list(routine.equipment),
        blocks=len(routine.blocks),
        exercises=len(routine.exercises),
    )
    return data


def list_routines(chosen: Chosen, as_json: bool, out: TextIO, err: TextIO) -> int:
    catalog = bundled_catalog()
    for problem in catalog.library_problems:
        print(f"warning: exercise library: {problem}", file=err)
    if as_json:
        json.dump({"settings": chosen.to_json(), "routines": [_entry_json(e, chosen) for e in catalog.entries]}, out,
                  indent=2, ensure_ascii=False)
        out.write("\n")
        return EXIT_OK
    rows = []
    for entry in catalog.entries:
        routine = entry.routine
        if routine is None:
            rows.append((entry.title, "BROKEN", "", "", str(entry.problems[0]) if entry.problems else ""))
            continue
        plan = chosen.plan(entry)
        rows.append(
            (
                routine.title,
                plan.level.value if routine.level or chosen.level else f"({plan.level.value})",
                format_seconds(plan.total_seconds),
                range_text(routine.duration, "s") if routine.duration is not None else "",
                routine.source or "",
            )
        )
    header = ("TITLE", "LEVEL", "ESTIMATE", "STATED", "SOURCE")
    rows = [(_clip(row[0], 56), *row[1:]) for row in rows]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(4)]
    for row in [header, *rows]:
        out.write("  ".join(f"{cell:<{width}}" for cell, width in zip(row[:4], widths, strict=True))
                  + f"  {row[4]}".rstrip() + "\n")
    user_count = sum(1 for e in catalog.entries if not e.bundled)
    print(f"{len(catalog.entries)} routines ({user_count} of yours in {user_routines_dir()}), "
          f"{len(catalog.broken)} broken", file=err)
    return EXIT_OK


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


# -- timeline and script ----------------------------------------------------------------------------------


def load_for_preview(name: str, err: TextIO) -> tuple[CatalogEntry | None, int]:
    """Load a routine named on the command line; print its problems when it is broken. The entry carries the
    exercise library it is coached with: the bundled and user moves, and those of its own folder."""
    path = find_routine(name)
    if path is None:
        print(f"{name}:1:1: no such file, and no bundled routine of that name", file=err)
        return None, EXIT_BAD_INPUT
    entry = load_entry(path, bundled=False, display_name=name if Path(name).exists() else str(path),
                       exercise_library=_library_for(path))
    if entry.routine is None:
        for problem in entry.problems:
            print(problem, file=err)
        return None, EXIT_BAD_INPUT
    return entry, EXIT_OK


def _library_for(path: Path) -> ExerciseLibrary:
    library = bundled_catalog().exercise_library
    try:
        folder = path.resolve().parent  # a linked routine is coached with the moves beside the file it names
    except (OSError, RuntimeError):  # a loop of links (RuntimeError before Python 3.13): reading it says so
        folder = path.absolute().parent
    found = library_path(folder)
    if found is not None:
        with suppress(RoutineError):  # a broken library beside the routine: `validate` reports it
            library = library.merged(load_library_path(found))
    return library


def show_timeline(name: str, chosen: Chosen, as_json: bool, out: TextIO, err: TextIO) -> int:
    entry, code = load_for_preview(name, err)
    if entry is None:
        return code
    timeline = chosen.plan(entry).timeline
    if as_json:
        json.dump({**timeline.to_json(), "settings": chosen.to_json()}, out, indent=1, ensure_ascii=False)
        out.write("\n")
    else:
        _print_timeline(timeline, out)
    return EXIT_OK


def show_script(name: str, chosen: Chosen, as_json: bool, out: TextIO, err: TextIO) -> int:
    entry, code = load_for_preview(name, err)
    if entry is None:
        return code
    plan = chosen.plan(entry).cues
    if as_json:
        json.dump({**plan.to_json(), "settings": chosen.to_json()}, out, indent=1, ensure_ascii=False)
        out.write("\n")
        return EXIT_OK
    out.write(f"{plan.timeline.title} — {plan.timeline.level.value} — {plan.verbosity.value}\n")
    for cue in plan.cues:
        at = f"{int(cue.at // 60)}:{cue.at % 60:05.2f}"
        what = f"say   {cue.text}" if cue.kind is CueKind.SAY else f"beep  {cue.tone.value if cue.tone else ''}"
        out.write(f"{at:>9}  {what}\n")
    return EXIT_OK


def _print_timeline(timeline: Timeline, out: TextIO) -> None:
    out.write(f"{timeline.title} — {timeline.level.value} — {format_seconds(timeline.total_seconds)}\n")
    rows = []
    for step in timeline.steps:
        start = f"{step.start // 60}:{step.start % 60:02d}"
        length = "Done" if step.duration is None else format_seconds(step.duration)
        what = step.exercise
        if step.kind.value == "work":
            dose = []
            if step.reps:
                dose.append(f"{step.reps} reps" + (" each side, alternating" if step.alternating else ""))
            if step.hold:
                dose.append(f"hold {format_seconds(step.hold)}")
            what += f" — set {step.set}/{step.sets}" + (f", {', '.join(dose)}" if dose else "")
        if step.side:
            what += f" ({step.side.value})"
        if step.rounds > 1:
            what += f" [round {step.round}/{step.rounds}]"
        rows.append((str(step.index), start, length, step.kind.value, step.block[:16], what))
    header = ("#", "start", "length", "kind", "block", "what")
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(5)]
    for row in (header, *rows):
        number, start, length, kind, block, what = row
        out.write(f"{number:>{widths[0]}}  {start:>{widths[1]}}  {length:>{widths[2]}}  {kind:<{widths[3]}}  "
                  f"{block:<{widths[4]}}  {what}\n")
