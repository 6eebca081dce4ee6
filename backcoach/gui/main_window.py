"""The main window: the routine library beside a preview of the chosen routine."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.catalog import Catalog, CatalogEntry, load_entry
from .library_model import ENTRY_ROLE, SORT_ROLE, LibraryModel
from .preview import preview_html

SAFETY_LINE = (
    "Stop if anything hurts. If you are injured, in severe pain, pregnant, or have a spinal, kidney or "
    "heart condition, ask a physiotherapist or GP before you exercise."
)


class MainWindow(QMainWindow):
    """Lists every routine (broken ones with their error) and previews the selected one."""

    libraryLoaded = Signal(int)
    routineSelected = Signal(object)

    def __init__(self, load_catalog: Callable[[], Catalog]) -> None:
        super().__init__()
        self._load_catalog = load_catalog
        self._catalog = Catalog(())
        self._extra: list[CatalogEntry] = []
        self.setWindowTitle("BackCoach")
        self.resize(1100, 700)

        self.model = LibraryModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(SORT_ROLE)

        self.search = QLineEdit(placeholderText="Search routines (Ctrl+F)")
        self.search.setAccessibleName("Search routines")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = QTableView()
        self.table.setAccessibleName("Routine library")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)

        self.preview = QTextBrowser()
        self.preview.setAccessibleName("Routine preview")
        self.preview.setOpenLinks(False)

        safety = QLabel(SAFETY_LINE)
        safety.setWordWrap(True)
        safety.setAccessibleName("Safety advice")
        safety.setStyleSheet("padding: 6px; border-radius: 4px; background: palette(alternate-base);")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setSizes([620, 480])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(splitter, 1)
        layout.addWidget(safety)
        self.setCentralWidget(central)
        self.status = QLabel()
        self.status.setAccessibleName("Library status")
        self.statusBar().addWidget(self.status, 1)
        self._build_menus()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.open_action = QAction("&Open routine…", self, shortcut=QKeySequence(QKeySequence.StandardKey.Open))
        self.open_action.triggered.connect(self._ask_open)
        self.reload_action = QAction("&Reload library", self, shortcut=QKeySequence(QKeySequence.StandardKey.Refresh))
        self.reload_action.triggered.connect(self.reload)
        find_action = QAction("&Find", self, shortcut=QKeySequence(QKeySequence.StandardKey.Find))
        find_action.triggered.connect(self.search.setFocus)
        quit_action = QAction("&Quit", self, shortcut=QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        for action in (self.open_action, self.reload_action, find_action, quit_action):
            file_menu.addAction(action)

    # -- actions -------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read every routine again; broken files become rows that show their error."""
        self._catalog = self._load_catalog()
        self._refresh()
        self.libraryLoaded.emit(len(self._catalog.entries))

    def open_file(self, path: Path) -> CatalogEntry:
        """Add a routine file from disk to the list (if new) and select it."""
        resolved = path.resolve()
        for entry in (*self._catalog.entries, *self._extra):
            if entry.path.resolve() == resolved:
                self.select(entry)
                return entry
        entry = load_entry(path, bundled=False)
        self._extra.append(entry)
        self._refresh()
        self.select(entry)
        return entry

    def select(self, entry: CatalogEntry) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ENTRY_ROLE) is entry:
                self.table.selectRow(row)
                return

    def current_entry(self) -> CatalogEntry | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        entry = index.data(ENTRY_ROLE)
        return entry if isinstance(entry, CatalogEntry) else None

    def _ask_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open routine", "", "Routines (*.yaml *.yml)")
        if path:
            self.open_file(Path(path))

    def _refresh(self) -> None:
        shown = Catalog(self._catalog.entries + tuple(self._extra), self._catalog.library)
        self.model.set_catalog(shown)
        broken = len(shown.broken)
        message = f"{len(shown.entries)} routines"
        if broken:
            message += f", {broken} broken (select one to see why)"
        self.status.setText(message)
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _show_current(self) -> None:
        entry = self.current_entry()
        if entry is None:
            self.preview.clear()
            return
        self.preview.setHtml(preview_html(entry, self._catalog.library))
        self.routineSelected.emit(entry)
