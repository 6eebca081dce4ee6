"""The routine library: search, the list (broken files with their error), a preview, a level, and Start."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.catalog import Catalog, CatalogEntry
from ..core.durations import Level
from ..core.figure.book import FigureBook, RoutineFigures
from ..core.safety import SHORT_REMINDER
from .figure_view import FigureBrowser, FigurePreview, FigureView, on_panel, thumbnail
from .library_model import ENTRY_ROLE, SORT_ROLE, LibraryModel
from .preview import THUMBNAIL, preview_html

TITLE_MIN_WIDTH = 220
"""The title column never gets narrower than this: other columns are hidden first (see _fit_columns)."""
OTHER_COLUMN_WIDTH = 110
OPTIONAL_COLUMNS = (2, 1, 3, 4)
"""Estimate, level, equipment, source: the order in which columns are kept as the table narrows."""


class LibraryView(QWidget):
    startRequested = Signal(object, object)  # CatalogEntry, Level | None
    editRequested = Signal()
    routineSelected = Signal(object)  # CatalogEntry

    def __init__(self) -> None:
        super().__init__()
        self.catalog = Catalog(())
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
        self.search.returnPressed.connect(self._search_entered)
        self.search.installEventFilter(self)

        self.table = QTableView()
        self.table.setAccessibleName("Routine library")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        # Titles matter most and are long ("7-Day Preventive Back Plan — Day 3: …"): the title column takes
        # the room and wraps onto a second line rather than hiding the words that tell routines apart.
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (3, 4):  # equipment and source: short columns, in full in the preview and tooltip
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, OTHER_COLUMN_WIDTH)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.viewport().installEventFilter(self)  # narrow table: fewer columns, see _fit_columns
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        # Enter on a row, or a double-click: what a keyboard or mouse user does to open a routine.
        self.table.activated.connect(self._activated)

        self.preview = FigureBrowser()
        self.preview.setAccessibleName("Routine preview")
        self.preview.setOpenLinks(False)
        self.preview.anchorClicked.connect(self._exercise_clicked)
        # The chosen move of the preview, moving (click a move to see it): see show_preview.
        self.figures: Callable[[], FigureBook] | None = None
        self._routine_figures: RoutineFigures | None = None
        self.figure_view = FigureView()
        self.figure_view.setMinimumHeight(110)
        self.figure_view.setMaximumHeight(170)
        self.figure_view.hide()
        self.figure_preview = FigurePreview(self.figure_view)
        self._figures_for: CatalogEntry | None = None
        self._figure_timer = QTimer(self)
        self._figure_timer.setSingleShot(True)
        self._figure_timer.setInterval(0)
        self._figure_timer.timeout.connect(self._show_figures)

        self.level_box = QComboBox()
        self.level_box.setAccessibleName("Level")
        self.level_box.setToolTip("Which end of every range the session uses")
        self.level_box.addItem("Routine's own level", None)
        for level in Level:
            self.level_box.addItem(level.value.capitalize(), level)
        self.start_button = QPushButton("Start session ▶")
        self.start_button.setAccessibleName("Start session")
        self.start_button.setToolTip("Open the session screen for this routine (Enter)")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.request_start)
        self.edit_button = QPushButton("Edit…")
        self.edit_button.setAccessibleName("Edit routine")
        self.edit_button.setToolTip("Open the routine in the side panel to change it (Ctrl+E)")
        self.edit_button.clicked.connect(lambda _checked=False: self.editRequested.emit())
        level_label = QLabel("&Level:")
        level_label.setBuddy(self.level_box)

        safety = QLabel(SHORT_REMINDER)
        safety.setWordWrap(True)
        safety.setAccessibleName("Safety advice")
        safety.setStyleSheet("padding: 6px; border-radius: 4px; background: palette(alternate-base);")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.figure_view)
        controls = QHBoxLayout()
        controls.addWidget(level_label)
        controls.addWidget(self.level_box)
        controls.addStretch(1)
        controls.addWidget(self.edit_button)
        controls.addWidget(self.start_button)
        right_layout.addLayout(controls)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([600, 500])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(safety)

    # -- content -------------------------------------------------------------------------------------

    def show_catalog(self, catalog: Catalog) -> None:
        current = self.current_entry()
        self.catalog = catalog
        self.model.set_catalog(catalog)
        self._fit_columns()
        if current is not None:
            for entry in catalog.entries:
                if entry.path == current.path:
                    self.select(entry)
                    return
        if self.proxy.rowCount():
            self.table.selectRow(0)

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

    def chosen_level(self) -> Level | None:
        level = self.level_box.currentData()
        return level if isinstance(level, Level) else None

    def set_level(self, level: Level | None) -> None:
        self.level_box.setCurrentIndex(max(0, self.level_box.findData(level)))

    def request_start(self) -> None:
        entry = self.current_entry()
        if entry is not None and entry.routine is not None:
            self.startRequested.emit(entry, self.chosen_level())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Let Ctrl+E (edit) through the search box, which would take it as "end of line"; fit the columns."""
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        if (watched is self.search and event.type() == QEvent.Type.ShortcutOverride
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_E
                and event.modifiers() == Qt.KeyboardModifier.ControlModifier):
            return True
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Show as many columns as leave the title its room, most useful first (the preview shows the rest);
        room to spare goes to the title first, then to equipment and source, so rows stay one line or two."""
        header = self.table.horizontalHeader()
        room = self.table.viewport().width() - TITLE_MIN_WIDTH
        for column in OPTIONAL_COLUMNS:
            if column in (1, 2):
                width = max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
            else:
                width = OTHER_COLUMN_WIDTH
            header.setSectionHidden(column, width > room)
            room -= width if width <= room else 0
        room -= min(room, max(0, self.table.sizeHintForColumn(0) - TITLE_MIN_WIDTH))
        for column in (3, 4):
            grow = 0
            if not header.isSectionHidden(column):
                grow = min(room // 2, max(0, self.table.sizeHintForColumn(column) - OTHER_COLUMN_WIDTH))
                room -= grow
            header.resizeSection(column, OTHER_COLUMN_WIDTH + grow)

    def visible_columns(self) -> list[str]:
        """The headers of the columns shown now (for tests)."""
        header = self.table.horizontalHeader()
        return [self.model.HEADERS[c] for c in range(self.model.columnCount()) if not header.isSectionHidden(c)]

    def _activated(self, _index: object) -> None:
        self.request_start()

    def _search_entered(self) -> None:
        """Return in the search box opens the first match (the one selected when exactly one is left)."""
        if self.proxy.rowCount() == 0:
            return
        if not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self.request_start()

    def titles(self) -> list[str]:
        """The titles shown, in order (for tests and accessibility checks)."""
        return [str(self.proxy.index(row, 0).data()) for row in range(self.proxy.rowCount())]

    def _show_current(self) -> None:
        entry = self.current_entry()
        usable = entry is not None and entry.routine is not None
        self.start_button.setEnabled(usable)
        self.edit_button.setEnabled(usable)
        self.edit_button.setToolTip("Open the routine in the side panel to change it (Ctrl+E)" if usable else
                                    "This file cannot be read; fix the problems shown in a text editor first")
        if entry is None:
            self.preview.clear()
            self.show_exercise_figure(None)
            return
        self.show_preview(entry)
        self.routineSelected.emit(entry)

    def show_preview(self, entry: CatalogEntry) -> None:
        """The routine's preview at once; a picture of each move, and the first move's figure moving below it,
        a moment later (reading the figures and drawing them must not hold up the list, at start-up or while
        the arrow keys run through it: only the routine the selection stops on gets them)."""
        self._routine_figures = None
        self.preview.setHtml(preview_html(entry, self.catalog.library, {} if self.figures else None))
        self.show_exercise_figure(None)
        self._figures_for = entry
        if self.figures is not None and entry.routine is not None:
            self._figure_timer.start()

    def _show_figures(self) -> None:
        entry = self._figures_for
        if entry is None or entry.routine is None or self.figures is None:
            return
        images: dict[int, str] = {}
        self._routine_figures = RoutineFigures(self.figures(), entry.routine, str(entry.path))
        palette = self.preview.palette()
        text, base = palette.text().color().name(), palette.base().color().name()
        width, height = THUMBNAIL
        for index in range(len(entry.routine.exercises)):
            figure = self._routine_figures.for_index(index)
            if figure is not None:
                address = f"figure:{index}"
                self.preview.images[address] = thumbnail(figure, width, height, text, base, self.devicePixelRatioF())
                images[index] = address
        scroll = self.preview.verticalScrollBar().value()
        self.preview.setHtml(preview_html(entry, self.catalog.library, images))
        self.preview.verticalScrollBar().setValue(scroll)
        self.show_exercise_figure(min(images) if images else None)

    def figures_shown(self) -> bool:
        """Whether the preview has its moves' figures (they come a moment after the routine; for tests)."""
        return not self._figure_timer.isActive()

    def show_exercise_figure(self, index: int | None) -> None:
        """Show the routine's ``index``-th move moving below the preview (``None``: no figure)."""
        figures = self._routine_figures
        figure = figures.for_index(index) if figures is not None and index is not None else None
        if figure is not None:
            palette = self.preview.palette()
            self.figure_view.set_style(on_panel(palette.text().color(), palette.base().color()))
        self.figure_view.setVisible(figure is not None)
        self.figure_preview.show_figure(figure)

    def _exercise_clicked(self, url: QUrl) -> None:
        if url.scheme() == "exercise" and url.path().isdigit():
            self.show_exercise_figure(int(url.path()))
            self.figure_preview.replay()  # the same move clicked again: show it again
