"""A table model over the routine catalog: one row per routine file, broken files included.

It is a :class:`QStandardItemModel` filled once per catalog (and its estimate column once per plan), not a
model that answers each question in Python: while the table sizes, sorts and paints a dozen rows, Qt asks
thousands of times, and each question answered in Python cost more than the rest of listing them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from ..core.catalog import Catalog, CatalogEntry
from ..core.durations import Level, format_seconds
from ..core.preferences import Preferences
from ..core.session_plan import plan_session

ENTRY_ROLE = int(Qt.ItemDataRole.UserRole) + 1
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 2
BROKEN_COLOUR = "#c62828"


class RoutineLibraryModel(QStandardItemModel):
    """Columns: title, level, estimated duration, equipment, source. Broken rows show their first error.

    The estimate is the planned length of the session Start would open: the user's preferences applied, at
    the level chosen beside the list (else the routine's own), from the core's one planner."""

    HEADERS = ("Routine", "Level", "Estimate", "Equipment", "Source")
    ESTIMATE = 2

    def __init__(self) -> None:
        super().__init__(0, len(self.HEADERS))
        self.setHorizontalHeaderLabels(list(self.HEADERS))
        self._entries: tuple[CatalogEntry, ...] = ()
        self._preferences = Preferences()
        self._level: Level | None = None
        self._estimates: list[int | None] = []

    def set_catalog(self, catalog: Catalog) -> None:
        self._entries = catalog.entries
        self._estimates = [self._estimate(entry) for entry in self._entries]
        self.setRowCount(0)
        for row, entry in enumerate(self._entries):
            self.appendRow(self._items(row, entry))

    def set_plan(self, preferences: Preferences, level: Level | None) -> None:
        """Estimate sessions with these preferences at this level (``None``: each routine's own)."""
        if (preferences, level) == (self._preferences, self._level):
            return
        self._preferences, self._level = preferences, level
        self._estimates = [self._estimate(entry) for entry in self._entries]
        for row, seconds in enumerate(self._estimates):
            if seconds is not None:
                self._fill(self.item(row, self.ESTIMATE), format_seconds(seconds), seconds)

    def entry(self, row: int) -> CatalogEntry:
        return self._entries[row]

    def estimate(self, row: int) -> int | None:
        """Planned seconds of the session the row's routine would run (``None`` for a broken file)."""
        return self._estimates[row]

    def _estimate(self, entry: CatalogEntry) -> int | None:
        if entry.routine is None:
            return None
        return plan_session(entry.routine, self._preferences, self._level).total_seconds

    def _items(self, row: int, entry: CatalogEntry) -> list[QStandardItem]:
        routine = entry.routine
        if routine is None:
            first = entry.problems[0].message if entry.problems else "cannot be read"
            texts: tuple[str, ...] = (f"{entry.path.name} (broken)", "broken", "—", "", first)
            tip = "\n".join(str(p) for p in entry.problems)
        else:
            seconds = self._estimates[row] or 0
            texts = (routine.title, routine.effective_level().value, format_seconds(seconds),
                     ", ".join(routine.equipment), routine.source or "")
            tip = ""
        items = []
        for column, text in enumerate(texts):
            item = QStandardItem()
            item.setEditable(False)
            sort: object = self._estimates[row] if column == self.ESTIMATE and routine is not None else text
            # in full in the tooltip, where the column is too narrow for it
            self._fill(item, text, sort, tip or (f"{text}\n{entry.display_name}" if column == 0 else text))
            item.setData(entry, ENTRY_ROLE)
            if routine is None:
                item.setForeground(QBrush(QColor(BROKEN_COLOUR)))
            items.append(item)
        return items

    @staticmethod
    def _fill(item: QStandardItem, text: str, sort: object, tip: str | None = None) -> None:
        item.setText(text)
        item.setData(sort, SORT_ROLE)
        item.setToolTip(text if tip is None else tip)
