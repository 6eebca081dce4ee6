"""A table model over the routine catalog: one row per routine file, broken files included."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ..core.catalog import Catalog, CatalogEntry
from ..core.durations import Level, format_seconds
from ..core.preferences import Preferences
from ..core.session_plan import plan_session

Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = int(Qt.ItemDataRole.UserRole) + 1
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 2
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
ANSWERED = frozenset((DISPLAY, SORT_ROLE, ENTRY_ROLE, TOOLTIP, FOREGROUND))


class RoutineLibraryModel(QAbstractTableModel):
    """Columns: title, level, estimated duration, equipment, source. Broken rows show their first error.

    The estimate is the planned length of the session Start would open: the user's preferences applied, at
    the level chosen beside the list (else the routine's own), from the core's one planner. Worked out once
    per row and setting: the table asks for it thousands of times while it sorts, sizes and paints."""

    HEADERS = ("Routine", "Level", "Estimate", "Equipment", "Source")
    ESTIMATE = 2

    def __init__(self) -> None:
        super().__init__()
        self._entries: tuple[CatalogEntry, ...] = ()
        self._preferences = Preferences()
        self._level: Level | None = None
        self._estimates: dict[int, int] = {}
        self._texts: dict[int, tuple[str, ...]] = {}

    def set_catalog(self, catalog: Catalog) -> None:
        self.beginResetModel()
        self._entries = catalog.entries
        self._estimates.clear()
        self._texts.clear()
        self.endResetModel()

    def set_plan(self, preferences: Preferences, level: Level | None) -> None:
        """Estimate sessions with these preferences at this level (``None``: each routine's own)."""
        if (preferences, level) == (self._preferences, self._level):
            return
        self._preferences, self._level = preferences, level
        self._estimates.clear()
        self._texts.clear()
        if self._entries:
            column = self.ESTIMATE
            self.dataChanged.emit(self.index(0, column), self.index(len(self._entries) - 1, column))

    def estimate(self, row: int) -> int | None:
        """Planned seconds of the session the row's routine would run (``None`` for a broken file)."""
        routine = self._entries[row].routine
        if routine is None:
            return None
        if row not in self._estimates:
            self._estimates[row] = plan_session(routine, self._preferences, self._level).total_seconds
        return self._estimates[row]

    def entry(self, row: int) -> CatalogEntry:
        return self._entries[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Qt asks for every role of every cell, many times, while it sizes, sorts and paints: roles this
        # model does not answer are turned away first, with plain ints (comparing Qt's enums costs more).
        if role not in ANSWERED or not index.isValid():
            return None
        row, column = index.row(), index.column()
        entry = self._entries[row]
        if role == DISPLAY:
            return self._row(row)[column]
        if role == SORT_ROLE:
            return self.estimate(row) if column == self.ESTIMATE and not entry.broken else self._row(row)[column]
        if role == ENTRY_ROLE:
            return entry
        if role == TOOLTIP:
            if entry.broken:
                return "\n".join(str(p) for p in entry.problems)
            text = self._row(row)[column]  # in full, where the column is too narrow for it
            return f"{text}\n{entry.display_name}" if column == 0 else text
        return QBrush(QColor("#c62828")) if entry.broken else None  # FOREGROUND

    def _row(self, row: int) -> tuple[str, ...]:
        """The texts of a row's columns, worked out once (per catalog and plan)."""
        texts = self._texts.get(row)
        if texts is None:
            entry = self._entries[row]
            routine = entry.routine
            if routine is None:
                first = entry.problems[0].message if entry.problems else "cannot be read"
                texts = (f"{entry.path.name} (broken)", "broken", "—", "", first)
            else:
                texts = (routine.title, routine.effective_level().value, format_seconds(self.estimate(row) or 0),
                         ", ".join(routine.equipment), routine.source or "")
            self._texts[row] = texts
        return texts
