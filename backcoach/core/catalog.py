"""The routine library: every routine file in the bundled and user folders, loaded or listed as broken.

A broken file never stops the others from loading: it becomes an entry with its problems, so the app
and ``backcoach list`` can show it and carry on.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .durations import Level
from .library import ExerciseLibrary, load_library_path
from .loader import load_routine_file
from .model import Routine
from .problems import Problem, RoutineError
from .timeline import planned_seconds

ROUTINE_SUFFIXES = (".yaml", ".yml")
LIBRARY_NAMES = ("exercises.yaml", "exercises.yml", "exercises")
FIGURES_NAMES = ("figures.yaml", "figures.yml")
"""The exercise library's figures (docs/figures.md) sit beside it; they are not routines either."""


def is_library_path(path: Path, root: Path) -> bool:
    """The exercise library sits at the top of a routines folder as ``exercises.yaml`` or ``exercises/``."""
    relative = path.relative_to(root)
    return relative.parts[0] in LIBRARY_NAMES or relative.as_posix() in FIGURES_NAMES


def routine_files(folder: Path) -> list[Path]:
    """Routine files below a folder, in a stable order (library files and hidden files excluded)."""
    if not folder.is_dir():
        return []
    found = [
        path
        for path in folder.rglob("*")
        if path.suffix in ROUTINE_SUFFIXES
        and path.is_file()
        and not is_library_path(path, folder)
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    ]
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


@dataclass(frozen=True)
class CatalogEntry:
    """One routine file: its routine when it loaded, else the problems that stopped it."""

    path: Path
    display_name: str
    bundled: bool
    routine: Routine | None
    problems: tuple[Problem, ...] = ()
    _estimates: dict[Level, int] = field(default_factory=dict, init=False, compare=False, repr=False)

    @property
    def broken(self) -> bool:
        return self.routine is None

    @property
    def title(self) -> str:
        return self.routine.title if self.routine else self.path.stem

    def estimates(self) -> dict[Level, int]:
        """Planned seconds at every level (empty for a broken file). Worked out once: the library's table asks
        for them thousands of times while it sorts, sizes and paints."""
        if self.routine is not None and not self._estimates:
            self._estimates.update({level: planned_seconds(self.routine, level) for level in Level})
        return dict(self._estimates)


@dataclass(frozen=True)
class Catalog:
    entries: tuple[CatalogEntry, ...]
    library: ExerciseLibrary = field(default_factory=ExerciseLibrary)
    library_problems: tuple[Problem, ...] = ()

    @property
    def broken(self) -> tuple[CatalogEntry, ...]:
        return tuple(e for e in self.entries if e.broken)


def load_entry(path: Path, *, bundled: bool, display_name: str | None = None) -> CatalogEntry:
    name = display_name or str(path)
    try:
        return CatalogEntry(path, name, bundled, load_routine_file(path, name))
    except RoutineError as error:
        return CatalogEntry(path, name, bundled, None, tuple(error.problems))


def library_path(folder: Path) -> Path | None:
    for name in LIBRARY_NAMES:
        if (folder / name).exists():
            return folder / name
    return None


def load_catalog(folders: Iterable[tuple[Path, bool]], display_root: dict[Path, str] | None = None) -> Catalog:
    """Load every routine and exercise library found in ``(folder, bundled)`` pairs, in that order.

    ``display_root`` maps a folder to the prefix its files are named with in messages (bundled files
    are named ``routines/…`` rather than by their path inside site-packages).
    """
    entries: list[CatalogEntry] = []
    library = ExerciseLibrary()
    library_problems: list[Problem] = []
    for folder, bundled in folders:
        prefix = (display_root or {}).get(folder)

        def shown(path: Path, folder: Path = folder, prefix: str | None = prefix) -> str:
            return f"{prefix}/{path.relative_to(folder).as_posix()}" if prefix else str(path)

        for path in routine_files(folder):
            entries.append(load_entry(path, bundled=bundled, display_name=shown(path)))
        found = library_path(folder)
        if found is not None:
            try:
                library = library.merged(load_library_path(found, shown(found)))
            except RoutineError as error:
                library_problems.extend(error.problems)
    return Catalog(tuple(entries), library, tuple(library_problems))
