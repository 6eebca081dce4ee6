"""``backcoach import PATH|- [-o FILE] [--split]``: an article (text, Markdown or a web page) to a routine.

The routine is written in format 1 with every inferred value marked ``# guessed: …``; every guess and
every line that could not be used is printed to standard error as ``FILE:LINE:COL: …``, pointing into
the article. Exit codes as for the other commands (docs/cli.md): 0 written, 1 nothing usable (not an
article, no exercises), 2 the command used wrongly. The article is read through the one bounded reader of
a user's file (``core/files.py``) and the routine written through the one atomic writer
(``core/atomic.py``), so an existing routine is either replaced whole or left as it was. Imported only
when the command runs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO, TextIO

from . import EXIT_BAD_INPUT, EXIT_OK
from .core.atomic import write_atomically
from .core.catalog import library_path, slug, unique
from .core.exercise_library import ExerciseLibrary, load_library_path
from .core.importer import ImportedRoutine, ImportResult, import_article
from .core.importer.assemble import describe
from .core.importer.source import MAX_ARTICLE_BYTES, read_article
from .core.problems import RoutineError
from .core.writer import dump_routine
from .resources import bundled_routines_dir, user_routines_dir


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="backcoach import",
        description="Turn an article (a .txt, .md or .html file, a .csv export, .srt or .vtt subtitles, or text on "
        "standard input) into a routine. "
        "Every value the article does not state is marked '# guessed' in the routine and listed, with "
        "every line that could not be used, as FILE:LINE:COL notes.",
    )
    parser.add_argument("path", metavar="PATH", help="the article, or - to read standard input")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write the routine here (default: standard output); with --split, a folder")
    parser.add_argument("--split", action="store_true",
                        help="an article of several classes or days: one routine per class, in the -o folder")
    return parser


def run(args: Sequence[str], stdin: BinaryIO | None = None, out: TextIO | None = None,
        err: TextIO | None = None) -> int:
    command = parser()
    options = command.parse_args(list(args))
    out = out or sys.stdout
    err = err or sys.stderr
    if options.split and not options.output:
        command.error("--split needs -o FOLDER for the routines it writes")
    name = "<stdin>" if options.path == "-" else options.path
    try:
        data = _read(options.path, stdin)
    except RoutineError as error:  # not a regular file, too large, not there
        print(f"{name}:1:1: cannot read the article: {error.first.message}", file=err)
        return EXIT_BAD_INPUT
    except OSError as error:  # standard input closed or unreadable
        print(f"{name}:1:1: cannot read the article: {error.strerror or error}", file=err)
        return EXIT_BAD_INPUT
    result = import_article(data, name, exercise_library())
    if result.problem is not None or result.whole is None:
        _notes(result, (), err)
        print(f"{name}:1:1: {result.problem}", file=err)
        return EXIT_BAD_INPUT
    parts = list(result.sessions) if options.split else [result.whole]
    _notes(result, parts, err)
    if not options.output:
        out.write(dump_routine(result.whole.routine, result.whole.comments()))
        _summary(result, [("standard output", result.whole)], err)
        return EXIT_OK
    try:
        written = _write_all(Path(options.output), parts, options.split)
    except OSError as error:
        print(f"{options.output}:1:1: cannot write the routine: {error.strerror or error}", file=err)
        return EXIT_BAD_INPUT
    _summary(result, written, err)
    return EXIT_OK


def _read(path: str, stdin: BinaryIO | None) -> bytes:
    """The article's bytes: standard input to one byte past the limit (the importer then says it is too
    large), a file through the bounded reader (a folder, a pipe or a file over the limit is refused unread)."""
    if path == "-":
        stream = stdin or sys.stdin.buffer
        return stream.read(MAX_ARTICLE_BYTES + 1)
    return read_article(path)


def exercise_library() -> ExerciseLibrary:
    """The bundled exercise library with the user's own moves added (a broken user library is skipped)."""
    library = ExerciseLibrary()
    for folder in (bundled_routines_dir(), user_routines_dir()):
        found = library_path(folder)
        if found is None:
            continue
        try:
            library = library.merged(load_library_path(found))
        except (RoutineError, OSError):
            continue
    return library


def _notes(result: ImportResult, parts: list[ImportedRoutine] | tuple[()], err: TextIO) -> None:
    lines: list[tuple[int, int, str]] = []
    for note in result.notes:
        lines.append((note.position.line, note.position.column, note.message))
    for part in parts:
        for guess in part.guesses:
            where = describe(part.routine, guess.path)
            lines.append((guess.position.line, guess.position.column, f"guessed: {where}: {guess.message}"))
    for line, column, message in sorted(lines, key=lambda item: (item[0], item[1])):
        print(f"{result.file}:{line}:{column}: {message}", file=err)


def _write_all(target: Path, parts: list[ImportedRoutine], split: bool) -> list[tuple[str, ImportedRoutine]]:
    if not split:
        write_atomically(target, dump_routine(parts[0].routine, parts[0].comments()))
        return [(str(target), parts[0])]
    target.mkdir(parents=True, exist_ok=True)
    written: list[tuple[str, ImportedRoutine]] = []
    for part in parts:
        path = unique(target / f"{slug(part.routine.title)}.yaml")
        write_atomically(path, dump_routine(part.routine, part.comments()))
        written.append((str(path), part))
    return written


def _summary(result: ImportResult, written: list[tuple[str, ImportedRoutine]], err: TextIO) -> None:
    for where, part in written:
        routine = part.routine
        print(f"wrote {where}: “{routine.title}”, {len(routine.blocks)} block(s), {len(routine.exercises)} "
              f"exercise(s), {len(part.guesses)} guessed value(s) to check", file=err)
    if len(result.sessions) > 1 and len(written) == 1:
        print(f"the article holds {len(result.sessions)} classes; each is a block here (--split writes one "
              "routine per class)", file=err)
