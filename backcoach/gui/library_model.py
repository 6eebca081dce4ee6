"""A table model over the routine catalog: one row per routine file, broken files included."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ..core.catalog import Catalog, CatalogEntry
from ..core.durations import format_seconds
from ..core.wording import length_text, range_text

Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class LibraryModel(QAbstractTableModel):
    """Columns: title, level, estimated duration (at a steady pace), the duration its source states, equipment,
    source. Broken rows show their first error."""

    HEADERS = ("Routine", "Level", "Estimate", "Stated", "Equipment", "Source")

    def __init__(self) -> None:
        super().__init__()
        self._entries: tuple[CatalogEntry, ...] = ()

    def set_catalog(self, catalog: Catalog) -> None:
        self.beginResetModel()
        self._entries = catalog.entries
        self.endResetModel()

    def entry(self, row: int) -> CatalogEntry:
        return self._entries[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == ENTRY_ROLE:
            return entry
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return self._text(entry, column, sort=role == SORT_ROLE)
        if role == Qt.ItemDataRole.ToolTipRole:
            if entry.broken:
                return "\n".join(str(p) for p in entry.problems)
            if column in (2, 3) and entry.routine is not None:  # the length beside what its source says
                return length_text(entry.estimates()[entry.routine.effective_level()], entry.routine.duration)
            text = str(self._text(entry, column))  # in full, where the column is too narrow for it
            return f"{text}\n{entry.display_name}" if column == 0 else text
        if role == Qt.ItemDataRole.ForegroundRole and entry.broken:
            return QBrush(QColor("#c62828"))
        return None

    @staticmethod
    def _text(entry: CatalogEntry, column: int, *, sort: bool = False) -> object:
        routine = entry.routine
        if routine is None:
            first = entry.problems[0].message if entry.problems else "cannot be read"
            return (f"{entry.path.name} (broken)", "broken", "—", "", "", first)[column]
        if column == 0:
            return routine.title
        if column == 1:
            return routine.effective_level().value
        if column == 2:
            seconds = entry.estimates()[routine.effective_level()]
            return seconds if sort else format_seconds(seconds)
        if column == 3:
            stated = routine.duration
            if sort:
                return stated.low if stated is not None else -1
            return range_text(stated, "s") if stated is not None else ""
        if column == 4:
            return ", ".join(routine.equipment)
        return routine.source or ""
