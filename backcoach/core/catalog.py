"""The routine library: every routine file in the bundled and user folders, loaded or listed as broken.

A broken file never stops the others from loading: it becomes an entry with its problems, so the app
and ``backcoach list`` can show it and carry on.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

from .exercise_library import ExerciseLibrary, load_library_path
from .model import Routine
from .problems import Position, Problem, RoutineError

log = logging.getLogger(__name__)

ROUTINE_SUFFIXES = (".yaml", ".yml")
LIBRARY_NAMES = ("exercises.yaml", "exercises.yml", "exercises")
FIGURES_NAMES = ("figures.yaml", "figures.yml")
"""The exercise library's figures (docs/figures.md) sit beside it; they are not routines either."""


def slug(title: str) -> str:
    """A file name from a title: ``My back class!`` → ``my-back-class``."""
    text = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return text[:60] or "routine"


def unique(path: Path) -> Path:
    """``path``, or ``name-2.yaml``, ``name-3.yaml`` … when it exists (a new routine never replaces one)."""
    candidate, n = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate


def is_library_path(path: Path, root: Path) -> bool:
    """The exercise library sits at the top of a routines folder as ``exercises.yaml`` or ``exercises/``."""
    relative = path.relative_to(root)
    return relative.parts[0] in LIBRARY_NAMES or relative.as_posix() in FIGURES_NAMES


def routine_files(folder: Path) -> list[Path]:
    """Routine files below a folder, in a stable order (library files and hidden files excluded).

    Anything named like a routine that is not a folder is listed, whatever it is (a link that leads
    nowhere, a named pipe, a device): reading it then says what it is, rather than the file silently
    missing from the library. Nothing is opened here.
    """
    if not folder.is_dir():
        return []
    found = [
        path
        for path in folder.rglob("*")
        if path.suffix in ROUTINE_SUFFIXES
        and not _is_folder(path)
        and not is_library_path(path, folder)
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    ]
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # cannot even be looked at: listed, and reading it says why
        return False


@dataclass(frozen=True)
class CatalogEntry:
    """One routine file: its routine when it loaded, else the problems that stopped it."""

    path: Path
    display_name: str
    bundled: bool
    routine: Routine | None
    problems: tuple[Problem, ...] = ()
    exercise_library: ExerciseLibrary | None = field(default=None, compare=False, repr=False)
    """The exercise library the routine is coached with (each move's pace, sides and position)."""

    @property
    def broken(self) -> bool:
        return self.routine is None

    @property
    def title(self) -> str:
        return self.routine.title if self.routine else self.path.stem


@dataclass(frozen=True)
class Catalog:
    entries: tuple[CatalogEntry, ...]
    exercise_library: ExerciseLibrary = field(default_factory=ExerciseLibrary)
    library_problems: tuple[Problem, ...] = ()

    @property
    def broken(self) -> tuple[CatalogEntry, ...]:
        return tuple(e for e in self.entries if e.broken)


class Reader(Protocol):
    """Reads routine files and exercise libraries for :func:`load_catalog` (a cache can stand in for
    :func:`load_entry` and :func:`load_library_path`: :class:`~backcoach.core.routine_cache.RoutineCache`)."""

    def entry(self, path: Path, *, bundled: bool, display_name: str) -> CatalogEntry: ...

    def library(self, path: Path, display_name: str) -> ExerciseLibrary: ...


def load_entry(path: Path, *, bundled: bool, display_name: str | None = None,
               exercise_library: ExerciseLibrary | None = None) -> CatalogEntry:
    """One routine file as an entry; ``exercise_library`` is the library it is coached with (its estimates
    use each move's pace and position). Never raises, so that one file cannot hide the others: an exception
    that is not a :class:`RoutineError` is a bug of ours, logged with its traceback and shown on the entry."""
    from .loader import load_routine_file  # the YAML reader loads when a file is really read (not from a cache)

    name = display_name or str(path)
    try:
        return CatalogEntry(path, name, bundled, load_routine_file(path, name), exercise_library=exercise_library)
    except RoutineError as error:
        problems = tuple(error.problems)
    except Exception as error:  # the last line of defence named above
        problems = (_internal_error(name, error),)
    return CatalogEntry(path, name, bundled, None, problems, exercise_library=exercise_library)


def _internal_error(name: str, error: Exception) -> Problem:
    log.error("reading %s failed with an internal error", name, exc_info=error)
    return Problem(name, Position(), f"BackCoach failed to read this file ({type(error).__name__}: {error}); "
                                     "this is a bug in BackCoach, please report it")


def library_path(folder: Path) -> Path | None:
    for name in LIBRARY_NAMES:
        if (folder / name).exists():
            return folder / name
    return None


def load_catalog(folders: Iterable[tuple[Path, bool]], display_root: dict[Path, str] | None = None,
                 reader: Reader | None = None) -> Catalog:
    """Load every routine and exercise library found in ``(folder, bundled)`` pairs, in that order.

    ``display_root`` maps a folder to the prefix its files are named with in messages (bundled files
    are named ``routines/…`` rather than by their path inside site-packages); ``reader`` reads the files
    (default: from disk).
    """
    entries: list[CatalogEntry] = []
    library = ExerciseLibrary()
    library_problems: list[Problem] = []
    for folder, bundled in folders:
        prefix = (display_root or {}).get(folder)

        def shown(path: Path, folder: Path = folder, prefix: str | None = prefix) -> str:
            return f"{prefix}/{path.relative_to(folder).as_posix()}" if prefix else str(path)

        for path in routine_files(folder):
            entries.append(reader.entry(path, bundled=bundled, display_name=shown(path)) if reader else
                           load_entry(path, bundled=bundled, display_name=shown(path)))
        found = library_path(folder)
        if found is not None:
            try:
                read = reader.library if reader else load_library_path
                library = library.merged(read(found, shown(found)))
            except RoutineError as error:
                library_problems.extend(error.problems)
            except Exception as error:  # as in load_entry: the routines still load
                library_problems.append(_internal_error(shown(found), error))
    # Every routine is coached with the whole library (bundled and user moves), known only once all are read.
    entries = [replace(entry, exercise_library=library) for entry in entries]
    return Catalog(tuple(entries), library, tuple(library_problems))
