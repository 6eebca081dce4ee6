"""A table model over the routine catalog: one row per routine file, broken files included.

It is a :class:`QStandardItemModel` filled once per catalog (its estimate column once per plan, its "last
done" column once per answer from the history), not a model that answers each question in Python: while the
table sizes, sorts and paints a dozen rows, Qt asks thousands of times, and each question answered in Python
cost more than the rest of listing them.

At start-up it may first show the rows of the last listing (:meth:`RoutineLibraryModel.show_snapshot`,
``gui/library_snapshot.py``), with no routine behind them and before the core is imported (so the core is
imported in the methods that need it); the routines read right after are then attached to those rows when they
are the same (:meth:`~RoutineLibraryModel.attach`: nothing is redrawn), else listed afresh.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from ..core.preferences import Preferences
from .library_snapshot import Cell, SnapshotRow, Sort

if TYPE_CHECKING:
    from ..core.catalog import Catalog, CatalogEntry
    from ..core.choices import Level

ENTRY_ROLE = int(Qt.ItemDataRole.UserRole) + 1
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 2
BROKEN_COLOUR = "#c62828"


class RoutineLibraryModel(QStandardItemModel):
    """Columns: title, level, estimated duration (at a steady pace), the duration its source states, equipment,
    source, when it was last done (from the history), and where it is from (bundled, the user's, or opened from
    elsewhere for this time only). Broken rows show their first error.

    The estimate is the planned length of the session Start would open: the user's preferences applied, at
    the level chosen beside the list (else the routine's own), from the core's one planner."""

    HEADERS = ("Routine", "Level", "Estimate", "Stated", "Equipment", "Source", "Last done", "From")
    ESTIMATE = 2
    STATED = 3
    LAST_DONE = 6
    FROM = 7

    def __init__(self) -> None:
        super().__init__(0, len(self.HEADERS))
        self.setHorizontalHeaderLabels(list(self.HEADERS))
        self._entries: tuple[CatalogEntry, ...] = ()
        self._preferences = Preferences()
        self._level: Level | None = None
        self._estimates: list[int | None] = []
        self._ids: list[str] | None = None
        """Each entry's history id, worked out once there is a history (a user's routine's id is its resolved
        path); the history modules are not imported before then (start-up)."""
        self._last_done: dict[str, datetime] = {}
        self._today = date.today()
        self._opened: frozenset[Path] = frozenset()
        self._snapshot: tuple[SnapshotRow, ...] | None = None
        """The rows shown from a snapshot, until the routines behind them are attached (or listed afresh)."""

    def set_catalog(self, catalog: Catalog, opened: frozenset[Path] = frozenset()) -> None:
        """List ``catalog``; ``opened``: the paths of files opened from outside the routine folders."""
        self._snapshot = None
        self._entries = catalog.entries
        self._opened = opened
        self._ids = None
        self._estimates = [self._estimate(entry) for entry in self._entries]
        self.setRowCount(0)
        for row, entry in enumerate(self._entries):
            cells, broken = self._cells(row, entry)
            self.appendRow(self._items(cells, broken, entry))
        if self._last_done:
            self._fill_last_done()

    # -- the snapshot of the last listing (start-up) -----------------------------------------------------

    def show_snapshot(self, rows: tuple[SnapshotRow, ...]) -> None:
        """Show the rows of the last listing, with no routine behind them until :meth:`attach`."""
        self._entries, self._estimates, self._ids, self._opened = (), [], None, frozenset()
        self._snapshot = rows
        self.setRowCount(0)
        for row in rows:
            self.appendRow(self._items(row.cells, row.broken, None))

    def from_snapshot(self) -> bool:
        """Whether the rows shown are a snapshot's, with no routine behind them yet."""
        return self._snapshot is not None

    def snapshot_row(self, row: int) -> SnapshotRow | None:
        return self._snapshot[row] if self._snapshot is not None else None

    def attach(self, catalog: Catalog, opened: frozenset[Path] = frozenset()) -> bool:
        """Put the routines behind the snapshot's rows, if they make the very same rows (nothing is redrawn, the
        selection and the scroll stay); ``False``: they do not (or no snapshot is shown), list them afresh."""
        if self._snapshot is None or opened:
            return False
        entries = catalog.entries
        estimates, self._estimates = self._estimates, [self._estimate(entry) for entry in entries]
        rows = tuple(self._snapshot_row(row, entry) for row, entry in enumerate(entries))
        if rows != self._snapshot:
            self._estimates = estimates
            return False
        self._snapshot, self._entries, self._opened, self._ids = None, entries, opened, None
        blocked = self.blockSignals(True)  # nothing shown changes: the views need not hear of it
        try:
            for row, entry in enumerate(entries):
                for column in range(self.columnCount()):
                    self.item(row, column).setData(entry, ENTRY_ROLE)
        finally:
            self.blockSignals(blocked)
        if self._last_done:
            self._fill_last_done()
        return True

    def snapshot_rows(self) -> list[SnapshotRow]:
        """The rows as listed (the routines', with no "last done": the history is read after the list's paint)."""
        return [self._snapshot_row(row, entry) for row, entry in enumerate(self._entries)]

    def _snapshot_row(self, row: int, entry: CatalogEntry) -> SnapshotRow:
        cells, broken = self._cells(row, entry)
        return SnapshotRow(str(entry.path), entry.bundled, broken, tuple(cells))

    # -------------------------------------------------------------------------------------------------

    def set_plan(self, preferences: Preferences, level: Level | None) -> None:
        """Estimate sessions with these preferences at this level (``None``: each routine's own)."""
        if (preferences, level) == (self._preferences, self._level):
            return
        self._preferences, self._level = preferences, level
        if not self._entries:  # nothing listed yet (or a snapshot's rows, planned with the settings)
            return
        from ..core.durations import format_seconds
        from ..core.wording import length_text

        self._estimates = [self._estimate(entry) for entry in self._entries]
        for row, seconds in enumerate(self._estimates):
            routine = self._entries[row].routine
            if seconds is not None and routine is not None:
                tip = length_text(seconds, routine.duration)  # the length beside what its source says
                self._fill(self.item(row, self.ESTIMATE), format_seconds(seconds), seconds, tip)
                self.item(row, self.STATED).setToolTip(tip)

    def set_last_done(self, last_done: dict[str, datetime], today: date) -> None:
        """When each routine (by its history id) was last trained; ``today`` for "3 days ago"."""
        self._last_done, self._today = dict(last_done), today
        self._fill_last_done()

    def has_own(self) -> bool:
        """Whether any listed routine is not bundled (else the From column has nothing to tell apart)."""
        if self._snapshot is not None:
            return any(not row.bundled for row in self._snapshot)
        return any(not entry.bundled for entry in self._entries)

    def origin(self, entry: CatalogEntry) -> tuple[str, str]:
        """Where a routine is from, and that said in full: bundled (read-only), the user's, or opened from
        elsewhere (listed until the app closes)."""
        if entry.bundled:
            return "BackCoach", "Comes with BackCoach (read-only: your changes are saved as your own copy)"
        if entry.path in self._opened:
            return "Opened", (f"Opened from {entry.path}: listed until BackCoach closes (open it again with Ctrl+O "
                              "to copy it into your routines)")
        return "Yours", f"Your routine: {entry.path}"

    def has_last_done(self) -> bool:
        """Whether any listed routine has been done (else the column has nothing to say)."""
        return bool(self._last_done) and any(self.last_done(row) is not None for row in range(len(self._entries)))

    def last_done(self, row: int) -> datetime | None:
        if not self._last_done:
            return None
        if self._ids is None:
            from ..core.history_records import routine_id

            self._ids = [routine_id(e.path, e.display_name, e.bundled) for e in self._entries]
        return self._last_done.get(self._ids[row])

    def entry(self, row: int) -> CatalogEntry:
        return self._entries[row]

    def estimate(self, row: int) -> int | None:
        """Planned seconds of the session the row's routine would run (``None`` for a broken file)."""
        return self._estimates[row]

    def _estimate(self, entry: CatalogEntry) -> int | None:
        if entry.routine is None:
            return None
        from ..core.session_plan import plan_session

        return plan_session(entry.routine, self._preferences, self._level,
                            exercise_library=entry.exercise_library).total_seconds

    def _fill_last_done(self) -> None:
        from ..core.history_stats import since_text

        for row in range(len(self._entries)):
            when = self.last_done(row)
            item = self.item(row, self.LAST_DONE)
            if when is None:
                self._fill(item, "", float("-inf"), "")
            else:
                self._fill(item, since_text(when, self._today), when.timestamp(),
                           f"Last done {when:%A %d %B %Y, %H:%M} (a session with at least one set done)")

    def _cells(self, row: int, entry: CatalogEntry) -> tuple[list[Cell], bool]:
        """A row's cells (text, sort key, tooltip), and whether the file is broken (the snapshot keeps these)."""
        from ..core.durations import format_seconds
        from ..core.wording import length_text, range_text

        routine = entry.routine
        sorts: dict[int, Sort] = {self.LAST_DONE: float("-inf")}  # never done: last, newest first
        tips: dict[int, str] = {self.LAST_DONE: ""}
        if routine is None:
            first = entry.problems[0].message if entry.problems else "cannot be read"
            texts: tuple[str, ...] = (f"{entry.path.name} (broken)", "broken", "—", "", "", first, "")
            tip = "\n".join(str(p) for p in entry.problems)
        else:
            seconds = self._estimates[row] or 0
            stated = routine.duration
            texts = (routine.title, routine.effective_level().value, format_seconds(seconds),
                     range_text(stated, "s") if stated is not None else "", ", ".join(routine.equipment),
                     routine.source or "", "")
            tip = ""
            sorts.update({self.ESTIMATE: seconds, self.STATED: stated.low if stated is not None else -1})
            tips[self.ESTIMATE] = tips[self.STATED] = length_text(seconds, stated)
        where, said = self.origin(entry)
        texts += (where,)
        tips[self.FROM] = said
        cells: list[Cell] = []
        for column, text in enumerate(texts):
            # in full in the tooltip, where the column is too narrow for it
            in_full = tip or (f"{text}\n{entry.display_name}" if column == 0 else text)
            cells.append((text, sorts.get(column, text), tips.get(column, in_full)))
        return cells, routine is None

    def _items(self, cells: list[Cell] | tuple[Cell, ...], broken: bool, entry: CatalogEntry | None
               ) -> list[QStandardItem]:
        items = []
        for text, sort, tip in cells:
            item = QStandardItem()
            item.setEditable(False)
            self._fill(item, text, sort, tip)
            if entry is not None:
                item.setData(entry, ENTRY_ROLE)
            if broken:
                item.setForeground(QBrush(QColor(BROKEN_COLOUR)))
            items.append(item)
        return items

    @staticmethod
    def _fill(item: QStandardItem, text: str, sort: object, tip: str | None = None) -> None:
        item.setText(text)
        item.setData(sort, SORT_ROLE)
        item.setToolTip(text if tip is None else tip)
