"""``backcoach import PATH|- [-o FILE] [--split]``: an article (text, Markdown or a web page) to a routine.

The routine is written in format 1 with every inferred value marked ``# guessed: …``; every guess and
every line that could not be used is printed to standard error as ``FILE:LINE:COL: …``, pointing into
the article. Exit codes as for the other commands: 0 written, 1 nothing usable (not an article, no
exercises), 2 the command used wrongly. The file is written atomically (a temporary file, then a
rename), so an existing routine is either replaced whole or left as it was.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import BinaryIO, TextIO

from .core.catalog import library_path, slug, unique
from .core.importer import ImportedRoutine, ImportResult, import_article
from .core.importer.assemble import describe
from .core.importer.source import MAX_ARTICLE_BYTES
from .core.library import ExerciseLibrary, load_library_path
from .core.problems import RoutineError
from .core.writer import dump_routine
from .resources import bundled_routines_dir, user_routines_dir

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2


def main(args: list[str], stdin: BinaryIO | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="backcoach import",
        description="Turn an article (a .txt, .md or .html file, or text on standard input) into a routine. "
        "Every value the article does not state is marked '# guessed' in the routine and listed, with "
        "every line that could not be used, as FILE:LINE:COL notes.",
    )
    parser.add_argument("path", metavar="PATH", help="the article, or - to read standard input")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write the routine here (default: standard output); with --split, a folder")
    parser.add_argument("--split", action="store_true",
                        help="an article of several classes or days: one routine per class, in the -o folder")
    options = parser.parse_args(args)
    out = out or sys.stdout
    err = err or sys.stderr
    if options.split and not options.output:
        parser.error("--split needs -o FOLDER for the routines it writes")
    name = "<stdin>" if options.path == "-" else options.path
    try:
        data = _read(options.path, stdin)
    except OSError as error:
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
    """The article's bytes, read to one byte past the limit (so a huge file costs no more than that)."""
    if path == "-":
        stream = stdin or sys.stdin.buffer
        return stream.read(MAX_ARTICLE_BYTES + 1)
    file = Path(path)
    if file.is_dir():
        raise IsADirectoryError(21, "it is a folder, not an article")
    if file.exists() and not file.is_file():
        raise OSError(22, "it is not a regular file")
    with file.open("rb") as handle:
        return handle.read(MAX_ARTICLE_BYTES + 1)


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
        _write_atomically(target, dump_routine(parts[0].routine, parts[0].comments()))
        return [(str(target), parts[0])]
    target.mkdir(parents=True, exist_ok=True)
    written: list[tuple[str, ImportedRoutine]] = []
    for part in parts:
        path = unique(target / f"{slug(part.routine.title)}.yaml")
        _write_atomically(path, dump_routine(part.routine, part.comments()))
        written.append((str(path), part))
    return written


def _write_atomically(path: Path, text: str) -> None:
    """A temporary file in the same folder, flushed to disk, then renamed over ``path``."""
    folder = path.parent if str(path.parent) else Path(".")
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _summary(result: ImportResult, written: list[tuple[str, ImportedRoutine]], err: TextIO) -> None:
    for where, part in written:
        routine = part.routine
        print(f"wrote {where}: “{routine.title}”, {len(routine.blocks)} block(s), {len(routine.exercises)} "
              f"exercise(s), {len(part.guesses)} guessed value(s) to check", file=err)
    if len(result.sessions) > 1 and len(written) == 1:
        print(f"the article holds {len(result.sessions)} classes; each is a block here (--split writes one "
              "routine per class)", file=err)
