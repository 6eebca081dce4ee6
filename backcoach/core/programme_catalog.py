"""The programmes: every programme file in the bundled and user folders, usable or listed with its problems.

As for routines (:mod:`.catalog`), one broken file never hides the others: it becomes an entry that says what
is wrong, ``FILE:LINE:COL: message``. A programme is usable when it reads and every routine it names is in
the routine catalog; it is then *resolved* (each name carries its routine).
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .catalog import Catalog, routine_files
from .history_records import routine_id
from .problems import Problem, RoutineError
from .programme import Programme, ResolvedProgramme, check_routines, load_programme_file


@dataclass(frozen=True)
class ProgrammeEntry:
    path: Path
    display_name: str
    bundled: bool
    programme: Programme | None
    """The programme as read (``None``: the file itself is broken)."""
    resolved: ResolvedProgramme | None
    """With its routines (``None``: broken, or a routine it names is missing)."""
    problems: tuple[Problem, ...] = ()

    @property
    def title(self) -> str:
        return self.programme.title if self.programme is not None else self.path.stem

    @property
    def usable(self) -> bool:
        return self.resolved is not None

    @property
    def programme_id(self) -> str:
        """How the history names it: bundled as ``programmes/<file>``, else by its file."""
        return routine_id(self.path, self.display_name, self.bundled)


PROGRAMME_KEY = re.compile(rb"^backcoach-programme[ \t]*:", re.MULTILINE)
SNIFFED_BYTES = 65536
"""How much of a file :func:`is_programme_file` reads: a programme's version key comes first by convention."""


def is_programme_file(path: Path) -> bool:
    """Whether ``path`` looks like a programme (``backcoach-programme:`` at a line start near its top) rather than
    a routine, so ``backcoach validate`` checks it as one. Only a regular file is read (opened without blocking,
    so a named pipe cannot hang the check); anything else is not a programme: reading it as a routine says why."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return False
    with os.fdopen(descriptor, "rb") as file:
        try:
            return stat.S_ISREG(os.fstat(descriptor).st_mode) and PROGRAMME_KEY.search(
                file.read(SNIFFED_BYTES)) is not None
        except OSError:
            return False


def load_programme_entry(path: Path, catalog: Catalog, *, bundled: bool,
                         display_name: str | None = None) -> ProgrammeEntry:
    """One programme file, checked against ``catalog``; never raises for a bad file."""
    name = display_name or str(path)
    try:
        programme = load_programme_file(path, name)
    except RoutineError as error:
        return ProgrammeEntry(path, name, bundled, None, None, tuple(error.problems))
    checked = check_routines(programme, name, catalog)
    if isinstance(checked, list):
        return ProgrammeEntry(path, name, bundled, programme, None, tuple(checked))
    return ProgrammeEntry(path, name, bundled, programme, checked)


def load_programmes(folders: Iterable[tuple[Path, bool]], catalog: Catalog,
                    display_root: dict[Path, str] | None = None) -> tuple[ProgrammeEntry, ...]:
    """Every programme in ``(folder, bundled)`` pairs, in that order; ``display_root`` names a folder's files in
    messages (``programmes/…`` for the bundled ones)."""
    entries: list[ProgrammeEntry] = []
    for folder, bundled in folders:
        prefix = (display_root or {}).get(folder)
        for path in routine_files(folder):
            shown = f"{prefix}/{path.relative_to(folder).as_posix()}" if prefix else str(path)
            entries.append(load_programme_entry(path, catalog, bundled=bundled, display_name=shown))
    return tuple(entries)


def find_programme(entries: Iterable[ProgrammeEntry], name: str) -> ProgrammeEntry | None:
    """A programme by its file (path, name or stem), its history id or its title, in any case."""
    wanted = name.strip().lower()
    stem = wanted.removesuffix(".yaml").removesuffix(".yml")
    listed = list(entries)
    for entry in listed:
        if wanted in (entry.display_name.lower(), entry.programme_id.lower(), str(entry.path).lower()):
            return entry
    for entry in listed:
        if stem == entry.path.stem.lower() or wanted == entry.title.lower():
            return entry
    return None
