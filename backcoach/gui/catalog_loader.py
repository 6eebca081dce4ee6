"""The routines the window lists: the routine folders, read by one function, and the files opened from
elsewhere (Ctrl+O, a drop, a copy saved outside the folders). Reading never raises into the window: a
failure becomes an empty list and a message.

The folders are read on the GUI thread, at start-up from the cache of parsed routines (an unchanged file
is unpickled, so that takes a few milliseconds). Reading them on a worker thread was tried and measured:
the library was listed *later* (610 against 463 ms, median of 15 starts), because the worker and the
window's first paint of its panels take turns on Python's global lock. Faster still, the app's start lists the
rows of the last listing from a snapshot (:meth:`CatalogLoader.start`, ``gui/library_snapshot.py``) when
nothing they are made from has changed, and reads the routines right after that list's first paint; every
reading keeps its rows for the next start. So this module imports the core only when it reads.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from ..core.catalog import Catalog, CatalogEntry
    from .library_snapshot import Key, LibrarySnapshot
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
        self._catalog: Catalog | None = None
        self._from_snapshot = False
        """The view shows a snapshot's rows: the routines are still to be read."""
        self.snapshot: LibrarySnapshot | None = None
        """Where each reading keeps the rows it listed for the next start (the app's; tests have none)."""
        self.opened: list[CatalogEntry] = []
        self.view: RoutineLibraryView | None = None
        self.copy_failure: str | None = None
        """Why the last copy into the user's folder failed (for the status line), until the next summary."""

    # -- reading ---------------------------------------------------------------------------------------

    @property
    def catalog(self) -> Catalog:
        """The routines of the folders, as last read (read now if the list shows a snapshot's rows)."""
        self.finish()
        if self._catalog is None:
            from ..core.catalog import Catalog

            self._catalog = Catalog(())
        return self._catalog

    def start(self, snapshot: LibrarySnapshot, plan: list[object], selected: Path | None) -> str | None:
        """The app's first listing: the rows of the last listing, if ``snapshot`` holds them for the files as they
        are and for ``plan`` (the settings' level and preferences), with ``selected`` selected; the routines are
        then read right after the list's first paint (or a second later: a window started minimised is not
        painted). Returns the status line's text; ``None``: no snapshot holds, the routines were read now."""
        self.snapshot = snapshot
        shown = None
        if self.view is not None:
            try:
                shown = snapshot.read(snapshot.key(), plan)
            except Exception:  # a snapshot is only a shortcut: whatever goes wrong, the routines are read
                log.exception("the library snapshot %s could not be used", snapshot.path)
        if self.view is None or shown is None:
            self.reload()
            return None
        self._from_snapshot = True
        self.view.needs_routines = self.finish
        self.view.listPainted.connect(self.finish)
        QTimer.singleShot(1000, self, self.finish)
        self.view.show_rows(shown.rows, selected)
        return shown.status

    def finish(self) -> None:
        """Read the routines behind a snapshot's rows, if the list shows one (they are put behind the same rows
        without redrawing them, or listed afresh where they differ)."""
        if self._from_snapshot:
            self.reload()

    def reload(self) -> Reading:
        """Read the folders again and show the result."""
        self._from_snapshot = False
        key = self._snapshot_key()
        reading = self._read()
        self._catalog = reading.catalog
        # files opened from elsewhere are read again too (a few at most): the list shows what is on disk
        self.opened = [self._read_file(entry.path) for entry in self.opened]
        self._show()
        if key is not None and reading.failure is None:
            self._keep_rows(key)
        self.loaded.emit(reading)
        return reading

    def _read(self) -> Reading:
        from ..core.catalog import Catalog
        from .saving import set_aside_interrupted_saves

        try:
            folder = self._user_folder()
            set_aside = set_aside_interrupted_saves(folder, folder.parent / "recovered")
            return Reading(self._load(), tuple(set_aside))
        except Exception as error:  # one odd file or folder must never leave the window without a library
            log.exception("reading the routines failed")
            return Reading(Catalog(()), failure=f"Could not read the routines: {error}")

    def _snapshot_key(self) -> Key | None:
        """The snapshot's key of the files as they are before this reading (``None``: no snapshot is kept)."""
        if self.snapshot is None:
            return None
        try:
            return self.snapshot.key()
        except Exception:
            log.exception("the library snapshot's key could not be taken")
            return None

    def _keep_rows(self, key: Key) -> None:
        """Keep the rows just listed for the next start, if they are what the next start would list: no file
        opened from elsewhere, and the level and preferences of the view (compared with the settings' then)."""
        from .library_snapshot import plan_of

        view, snapshot = self.view, self.snapshot
        if view is None or snapshot is None or self.opened or view.model.from_snapshot():
            return
        try:
            snapshot.write(key, plan_of(view.chosen_level(), view.preferences), view.model.snapshot_rows(),
                           self._summary(self.shown()))
        except Exception:
            log.exception("the library snapshot %s could not be written", snapshot.path)

    def show_on(self, view: RoutineLibraryView) -> None:
        """List the routines on ``view`` from now on."""
        self.view = view
        if self._catalog is not None:
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
        failure, self.copy_failure = self.copy_failure, None
        return self._summary(self.shown()) + (f". {failure}" if failure else "")

    @staticmethod
    def _summary(shown: Catalog) -> str:
        broken = len(shown.broken)
        return f"{len(shown.entries)} routines" + (f", {broken} broken (select one to see why)" if broken else "")

    # -- what is listed --------------------------------------------------------------------------------

    def shown(self) -> Catalog:
        """The folders' routines and the files opened from elsewhere, as one catalog."""
        from ..core.catalog import Catalog

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
        from ..core.catalog import load_entry

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
            from ..core.catalog import load_entry

            entry = load_entry(known.path, bundled=known.bundled, display_name=known.display_name,
                               exercise_library=self.catalog.exercise_library)
            entries = self.catalog.entries
            self._catalog = replace(self.catalog, entries=tuple(entry if e is known else e for e in entries))
        self._show()
        return entry
