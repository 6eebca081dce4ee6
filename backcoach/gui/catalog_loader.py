"""The routines the window lists: the routine folders, read by one function, and the files opened from
elsewhere (Ctrl+O, a drop, a copy saved outside the folders). Reading never raises into the window: a
failure becomes an empty list and a message.

The folders are read on the GUI thread, at start-up from the cache of parsed routines (an unchanged file
is unpickled, so that takes a few milliseconds). Reading them on a worker thread was tried and measured:
the library was listed *later* (610 against 463 ms, median of 15 starts), because the worker and the
window's first paint of its panels take turns on Python's global lock.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..core.catalog import Catalog, CatalogEntry, load_entry
from .saving import set_aside_interrupted_saves

if TYPE_CHECKING:
    from .prompts import Prompter
    from .routine_library import RoutineLibraryView

log = logging.getLogger("backcoach")


@dataclass(frozen=True)
class Reading:
    """One reading of the routine folders."""

    catalog: Catalog
    set_aside: tuple[Path, ...] = ()
    """Leftovers of interrupted saves moved to the ``recovered`` folder first."""
    failure: str | None = None


class CatalogLoader(QObject):
    loaded = Signal(object)  # Reading

    def __init__(self, load: Callable[[], Catalog], user_folder: Callable[[], Path],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._load = load
        self._user_folder = user_folder
        self.catalog = Catalog(())
        self.opened: list[CatalogEntry] = []
        self.view: RoutineLibraryView | None = None
        self.copy_failure: str | None = None
        """Why the last copy into the user's folder failed (for the status line), until the next summary."""

    # -- reading ---------------------------------------------------------------------------------------

    def reload(self) -> Reading:
        """Read the folders again and show the result."""
        reading = self._read()
        self.catalog = reading.catalog
        # files opened from elsewhere are read again too (a few at most): the list shows what is on disk
        self.opened = [self._read_file(entry.path) for entry in self.opened]
        self._show()
        self.loaded.emit(reading)
        return reading

    def _read(self) -> Reading:
        try:
            folder = self._user_folder()
            set_aside = set_aside_interrupted_saves(folder, folder.parent / "recovered")
            return Reading(self._load(), tuple(set_aside))
        except Exception as error:  # one odd file or folder must never leave the window without a library
            log.exception("reading the routines failed")
            return Reading(Catalog(()), failure=f"Could not read the routines: {error}")

    def show_on(self, view: RoutineLibraryView) -> None:
        """List the routines on ``view`` from now on."""
        self.view = view
        self._show()

    def _show(self) -> None:
        if self.view is not None:
            self.view.show_catalog(self.shown(), frozenset(entry.path for entry in self.opened))

    def status(self, reading: Reading) -> str:
        """For the status line after a reading: the summary, or why nothing was read; what a crash left."""
        text = reading.failure or self.summary()
        if reading.set_aside:
            text += (f"; {len(reading.set_aside)} unfinished save(s) from a crash moved to "
                     f"{reading.set_aside[0].parent}")
        return text

    def summary(self) -> str:
        """For the status line: how many routines, how many broken (and a copy that failed just now)."""
        shown = self.shown()
        broken = len(shown.broken)
        failure, self.copy_failure = self.copy_failure, None
        return (f"{len(shown.entries)} routines" + (f", {broken} broken (select one to see why)" if broken else "")
                + (f". {failure}" if failure else ""))

    # -- what is listed --------------------------------------------------------------------------------

    def shown(self) -> Catalog:
        """The folders' routines and the files opened from elsewhere, as one catalog."""
        return Catalog(self.catalog.entries + tuple(self.opened), self.catalog.exercise_library,
                       self.catalog.library_problems)

    def find(self, path: Path) -> CatalogEntry | None:
        resolved = path.resolve()
        return next((e for e in (*self.catalog.entries, *self.opened) if e.path.resolve() == resolved), None)

    def kept(self, path: Path, prompter: Prompter) -> Path:
        """A file opened from outside the routine folders (Ctrl+O, a drop) is listed only until the app closes:
        offer to copy it into the user's folder, where the library finds it at every start. The path to open:
        the copy, or the file itself (declined, already listed, or the copy failed: the status line says why)."""
        from ..core.catalog import unique
        from ..core.files import read_user_file, read_user_text
        from ..core.problems import RoutineError
        from .saving import save_text

        if self.find(path) is not None or not path.is_file():
            return path
        folder = self._user_folder()
        try:
            if read_user_file(folder / path.name) == read_user_file(path):
                return folder / path.name  # copied before: that copy is the one listed
        except (OSError, RoutineError):
            pass
        if prompter.choose("Keep this routine?", f"{path.name} is not in your routines folder, so the library lists "
                           f"it only until BackCoach closes. Copy it into your routines ({folder}) to keep it?",
                           ("Copy into my routines", "Only this time")) != 0:
            return path
        try:
            copy = unique(folder / path.name)
            save_text(copy, read_user_text(path))
        except (OSError, RoutineError) as error:
            log.warning("could not copy %s into %s: %s", path, folder, error)
            self.copy_failure = f"Not copied into your routines: {error}"
            return path
        self.reload()
        return copy

    def _read_file(self, path: Path) -> CatalogEntry:
        """A file from outside the folders, coached with the folders' exercise library like the rest."""
        return load_entry(path, bundled=False, exercise_library=self.catalog.exercise_library)

    def open(self, path: Path, *, again: bool = False) -> CatalogEntry:
        """The entry for a file, listed once: read it now (and list it) if it is not listed yet; ``again``: read
        it again if it is (Ctrl+O on a file fixed since it was read shows it fixed)."""
        known = self.find(path)
        if known is not None and not again:
            return known
        if known is None:
            entry = self._read_file(path)
            self.opened.append(entry)
        elif known in self.opened:
            entry = self.opened[self.opened.index(known)] = self._read_file(known.path)
        else:  # one of the folders' routines: read as the folders' reading reads it
            entry = load_entry(known.path, bundled=known.bundled, display_name=known.display_name,
                               exercise_library=self.catalog.exercise_library)
            entries = self.catalog.entries
            self.catalog = replace(self.catalog, entries=tuple(entry if e is known else e for e in entries))
        self._show()
        return entry
