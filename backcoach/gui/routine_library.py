"""The routine library: search, the list (broken files with their error), a preview, a level, and Start.

The preview shows a picture of each move and the chosen move's figure moving below it (docs/figures.md). They
come a moment after the routine's text, and the figure modules (and the YAML reader of figures.yaml) are
imported then, not at start-up: listing the library pays nothing for them.

At start-up the list may show the rows of the last listing before any routine is read (:meth:`show_rows`,
``gui/library_snapshot.py``), so this module and its model import the core only where a routine is used.
Anything that needs the routine behind a row before the routines are attached (Enter, Start, a double-click,
the preview, the search, the level) asks for them first (:meth:`current_entry`, through ``needs_routines``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QImage, QKeyEvent, QPaintEvent, QResizeEvent
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
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.choices import Level
from ..core.preferences import Preferences
from ..core.safety import SHORT_REMINDER
from . import accessibility
from .routine_library_model import ENTRY_ROLE, SORT_ROLE, RoutineLibraryModel

if TYPE_CHECKING:
    from ..core.catalog import Catalog, CatalogEntry
    from ..core.exercise_library import ExerciseLibrary
    from ..core.figure.book import FigureBook, RoutineFigures
    from .figure_view import FigurePreview, FigureView
    from .library_snapshot import SnapshotRow

TITLE_MIN_WIDTH = 220
"""The title column never gets narrower than this: other columns are hidden first (see _fit_columns)."""
OTHER_COLUMN_WIDTH = 110
LIST_FRAME = 60
"""Pixels the list needs besides its title column: its frame, the scroll bar, the splitter's handle."""
PREVIEW_MIN_HEIGHT = 100
"""A few lines of the preview, also under the list with the moving figure below it (800×600 with the editor)."""
OPTIONAL_COLUMNS = (2, 6, 7, 1, 3, 4, 5)
"""Estimate, last done, from, level, stated length, equipment, source: the order in which columns are kept as the
table narrows (last done only once the history has something to say, from only once a routine is not bundled)."""


class _RoutineTable(QTableView):
    """The list: it fits its columns when resized and says when it has painted the routines it was given.

    Overriding these two handlers (rather than filtering the viewport's events in Python) keeps every other
    event of the list in C++: at start-up that is a good part of the time to a usable library."""

    resized = Signal()
    painted = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def paintEvent(self, event: QPaintEvent) -> None:  # the viewport's paint, routed here by the scroll area
        super().paintEvent(event)
        self.painted.emit()


class _PreviewBrowser(QTextBrowser):
    """The preview's rich text, whose ``figure:N`` images are the moves' pictures (drawn in memory)."""

    def __init__(self) -> None:
        super().__init__()
        self.images: dict[str, QImage] = {}

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        image = self.images.get(name.toString() if isinstance(name, QUrl) else name)
        if image is not None:
            return image
        return super().loadResource(kind, name)


class RoutineLibraryView(QWidget):
    startRequested = Signal(object, object)  # CatalogEntry, Level | None
    editRequested = Signal()
    routineSelected = Signal(object)  # CatalogEntry
    listPainted = Signal()
    """The list has been drawn with the routines of the last :meth:`show_catalog`: the library is usable."""

    def __init__(self) -> None:
        super().__init__()
        accessibility.install()  # combo boxes named by their labels (the level box here, the editor's, Settings')
        self._catalog: Catalog | None = None
        self.needs_routines: Callable[[], None] | None = None
        """Reads the routines behind a snapshot's rows now (the catalog loader's, while it shows one)."""
        self._unannounced = False
        self._fit_pending = False
        self.preferences = Preferences()
        self.model = RoutineLibraryModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(SORT_ROLE)

        self.search = QLineEdit(placeholderText="Search routines (Ctrl+F)")
        self.search.setAccessibleName("Search routines")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._search_entered)
        self.search.installEventFilter(self)

        self.table = _RoutineTable()
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
        for column in (1, 2, 3, RoutineLibraryModel.LAST_DONE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.moveSection(RoutineLibraryModel.LAST_DONE, 3)  # shown beside the estimate
        header.setSectionResizeMode(RoutineLibraryModel.FROM, QHeaderView.ResizeMode.ResizeToContents)
        header.moveSection(RoutineLibraryModel.FROM, 1)  # yours or bundled: said beside the title
        for column in (4, 5):  # equipment and source: short columns, in full in the preview and tooltip
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, OTHER_COLUMN_WIDTH)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.resized.connect(self._fit_columns_soon)  # narrow table: fewer columns, see _fit_columns
        self.table.painted.connect(self._announce)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        # Enter on a row, or a double-click: what a keyboard or mouse user does to open a routine.
        self.table.activated.connect(self._activated)

        self.preview = _PreviewBrowser()
        self.preview.setAccessibleName("Routine preview")
        self.preview.setMinimumHeight(PREVIEW_MIN_HEIGHT)  # the splitter keeps it: the list gives way, to a point
        self.preview.setOpenLinks(False)
        self.preview.anchorClicked.connect(self._exercise_clicked)
        # The moves' pictures, and the chosen move moving below the preview (click a move to see it): made
        # when a routine's figures are first shown (see show_preview).
        self.figures: Callable[[ExerciseLibrary], FigureBook] | None = None
        """The figures for an exercise library (the window's figure shelf); ``None``: no figures."""
        self.figure_view: FigureView | None = None
        self.figure_preview: FigurePreview | None = None
        self._routine_figures: RoutineFigures | None = None
        self._images: dict[int, str] = {}
        self._figures_for: CatalogEntry | None = None
        self._figure_timer = QTimer(self)
        self._figure_timer.setSingleShot(True)
        self._figure_timer.setInterval(0)
        self._figure_timer.timeout.connect(self._show_figures)
        self._listed = False  # figures wait for the list's first paint: start-up ends when the list is usable
        self._preview_waits = False
        """A routine was selected before the list's first paint: its preview waits for that paint."""
        self.listPainted.connect(self._figures_after_listing)

        self.level_box = QComboBox()
        self.level_box.setAccessibleName("Level")
        self.level_box.setToolTip("Which end of every range the session uses")
        self.level_box.addItem("Routine's own level", None)
        for level in Level:
            self.level_box.addItem(level.value.capitalize(), level)
        self.level_box.currentIndexChanged.connect(self._plan_changed)
        self.start_button = QPushButton("Start (Enter)")
        self.start_button.setAccessibleName(self.start_button.text())
        self.start_button.setToolTip("Start this routine: straight into its get-ready (Enter; Shift+Enter opens it "
                                     "ready to start)")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.request_start)
        self.edit_button = QPushButton("Edit (Ctrl+E)")
        self.edit_button.setAccessibleName(self.edit_button.text())
        self.edit_button.setToolTip("Open the routine in the side panel to change it (Ctrl+E)")
        self.edit_button.clicked.connect(lambda _checked=False: self.editRequested.emit())
        level_label = QLabel("&Level:")
        level_label.setBuddy(self.level_box)

        safety = QLabel(SHORT_REMINDER)
        safety.setWordWrap(True)
        safety.setAccessibleDescription("Safety advice")
        safety.setStyleSheet("padding: 6px; border-radius: 4px; background: palette(alternate-base);")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table)
        right = self._right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview, 1)
        self._right_layout = right_layout
        controls = QHBoxLayout()
        controls.addWidget(level_label)
        controls.addWidget(self.level_box)
        controls.addStretch(1)
        controls.addWidget(self.edit_button)
        controls.addWidget(self.start_button)
        right_layout.addLayout(controls)
        splitter = self.splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([600, 500])
        layout = self._layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(safety)

    def add_header(self, widget: QWidget) -> None:
        """A panel above the list (the "today" panel of a programme, issue 16)."""
        self._layout.insertWidget(0, widget)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Too narrow for the list and the preview side by side (800×600 with the editor open), the preview goes
        under the list: the titles, the search box and the level stay readable at any width the window allows."""
        super().resizeEvent(event)
        side_by_side = TITLE_MIN_WIDTH + LIST_FRAME + self._right.minimumSizeHint().width() <= event.size().width()
        orientation = Qt.Orientation.Horizontal if side_by_side else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
            whole = sum(self.splitter.sizes())
            self.splitter.setSizes([whole * 11 // 20, whole * 9 // 20])

    # -- content -------------------------------------------------------------------------------------

    @property
    def catalog(self) -> Catalog:
        """The routines listed (none until a catalog is shown)."""
        if self._catalog is None:
            from ..core.catalog import Catalog

            self._catalog = Catalog(())
        return self._catalog

    def show_catalog(self, catalog: Catalog, opened: frozenset[Path] = frozenset()) -> None:
        """List ``catalog``; ``opened``: the files opened from outside the routine folders (marked so). On a
        snapshot's rows that it makes again, the routines are put behind them: nothing is redrawn or moves."""
        current = self._current_path()
        self._catalog = catalog
        if self.model.attach(catalog, opened):
            self._show_current()  # the buttons, the preview and the editor follow the routine now behind the row
            return
        self._unannounced = True
        self.model.set_catalog(catalog, opened)
        self._fit_columns()
        if current is not None:
            for entry in catalog.entries:
                if entry.path == current:
                    self.select(entry)
                    return
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def show_rows(self, rows: tuple[SnapshotRow, ...], selected: Path | None) -> None:
        """Show the rows of the last listing (start-up: the routines are read right after the list's first paint),
        with ``selected`` (or the first row) selected."""
        self._unannounced = True
        self.model.show_snapshot(rows)
        self._fit_columns()
        wanted = str(selected) if selected is not None else None
        for row in range(self.proxy.rowCount()):
            shown = self.model.snapshot_row(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            if shown is not None and shown.path == wanted:
                self.table.selectRow(row)
                return
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def _current_path(self) -> Path | None:
        """The file of the selected row, from its routine or from the snapshot's row."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        shown = self.model.snapshot_row(self.proxy.mapToSource(index).row())
        if shown is not None:
            return Path(shown.path)
        entry = self._entry_at(index)
        return entry.path if entry is not None else None

    def _read_routines(self) -> None:
        """The routines behind a snapshot's rows, read now (before anything acts on a row)."""
        if self.model.from_snapshot() and self.needs_routines is not None:
            self.needs_routines()

    def show_last_done(self, last_done: dict[str, datetime], today: date) -> None:
        """When each routine was last done (by its history id)."""
        self.model.set_last_done(last_done, today)
        self._fit_columns()

    def select(self, entry: CatalogEntry) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ENTRY_ROLE) is entry:
                self.table.selectRow(row)
                return

    def current_entry(self) -> CatalogEntry | None:
        """The routine of the selected row. On a snapshot's rows the routines are read first; if the row shown
        is not there once they are (its file went away), ``None``: nothing acts on a row that no longer exists."""
        if not self.model.from_snapshot():
            return self._entry_at(self.table.currentIndex())
        shown = self._current_path()
        self._read_routines()
        entry = self._entry_at(self.table.currentIndex())
        return entry if entry is not None and entry.path == shown else None

    @staticmethod
    def _entry_at(index: QModelIndex) -> CatalogEntry | None:
        if not index.isValid():
            return None
        return cast("CatalogEntry | None", index.data(ENTRY_ROLE))

    def chosen_level(self) -> Level | None:
        level = self.level_box.currentData()  # Qt hands a StrEnum back as its text
        return Level(level) if level else None

    def set_level(self, level: Level | None) -> None:
        self.level_box.setCurrentIndex(max(0, self.level_box.findData(level)))

    def set_preferences(self, preferences: Preferences) -> None:
        """The user's settings that change a session's length: estimates and the preview follow them."""
        self.preferences = preferences
        self._plan_changed()

    def _plan_changed(self) -> None:
        self.model.set_plan(self.preferences, self.chosen_level())
        entry = self.current_entry()
        if entry is not None:
            self._set_preview(self.preview_of(entry))

    def _search_changed(self, text: str) -> None:
        self._read_routines()  # what is found is the routines on disk
        self.proxy.setFilterFixedString(text)

    def request_start(self) -> None:
        entry = self.current_entry()
        if entry is not None and entry.routine is not None:
            self.startRequested.emit(entry, self.chosen_level())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Let Ctrl+E (edit) through the search box, which would take it as "end of line"."""
        if (watched is self.search and event.type() == QEvent.Type.ShortcutOverride
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_E
                and event.modifiers() == Qt.KeyboardModifier.ControlModifier):
            return True
        return super().eventFilter(watched, event)

    def _announce(self) -> None:
        if self._unannounced:
            self._unannounced = False
            QTimer.singleShot(0, self.listPainted.emit)  # after this paint has reached the screen

    def _fit_columns_soon(self) -> None:
        """Several resizes in one turn of the event loop (start-up, a dock shown) fit the columns once."""
        if not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self, self._fit_columns)  # with self as context: never after the list is gone

    def _fit_columns(self) -> None:
        """Show as many columns as leave the title its room, most useful first (the preview shows the rest);
        room to spare goes to the title first, then to equipment and source, so rows stay one line or two."""
        self._fit_pending = False
        header = self.table.horizontalHeader()
        room = self._viewport_width() - TITLE_MIN_WIDTH
        for column in OPTIONAL_COLUMNS:
            if (column == RoutineLibraryModel.LAST_DONE and not self.model.has_last_done()) or (
                    column == RoutineLibraryModel.FROM and not self.model.has_own()):
                header.setSectionHidden(column, True)
                continue
            if column in (1, 2, 3, RoutineLibraryModel.LAST_DONE, RoutineLibraryModel.FROM):
                width = max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
            else:
                width = OTHER_COLUMN_WIDTH
            header.setSectionHidden(column, width > room)
            room -= width if width <= room else 0
        room -= min(room, max(0, self.table.sizeHintForColumn(0) - TITLE_MIN_WIDTH))
        for column in (4, 5):
            grow = 0
            if not header.isSectionHidden(column):
                grow = min(room // 2, max(0, self.table.sizeHintForColumn(column) - OTHER_COLUMN_WIDTH))
                room -= grow
            header.resizeSection(column, OTHER_COLUMN_WIDTH + grow)

    def _viewport_width(self) -> int:
        """The width of the list's viewport, without asking for the viewport itself: PySide's first wrapper of
        it looks through every widget class it knows (68 enums built, ~19 ms at start-up)."""
        bar = self.table.verticalScrollBar()
        room = self.table.maximumViewportSize()
        # rows taller than the room: the bar will be there (it is shown a layout pass after the list got shorter)
        shown = bar.isVisible() or self.table.verticalHeader().length() > room.height()
        return room.width() - (max(bar.width(), bar.sizeHint().width()) if shown else 0)

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
        index = self.table.currentIndex()
        shown = self.model.snapshot_row(self.proxy.mapToSource(index).row()) if index.isValid() else None
        if shown is not None and not self._listed and self.window().isVisible():
            # start-up on a snapshot's row: Start and Edit as for its routine; the routines are read, and the
            # preview shown, right after the list's first paint
            self._enable_buttons(not shown.broken)
            self._preview_waits = True
            return
        entry = self.current_entry()
        self._enable_buttons(entry is not None and entry.routine is not None)
        if entry is None:
            self.preview.clear()
            self._figures_for = None
            self.show_exercise_figure(None)
            return
        if self._listed or not self.window().isVisible():
            self._preview_waits = False
            self.show_preview(entry)
            self._offer_levels(entry)
        else:  # start-up: the preview (a plan at every level) follows the list's first paint
            self._preview_waits = True
        self.routineSelected.emit(entry)

    def _enable_buttons(self, usable: bool) -> None:
        self.start_button.setEnabled(usable)
        self.edit_button.setEnabled(usable)
        self.edit_button.setToolTip("Open the routine in the side panel to change it (Ctrl+E)" if usable else
                                    "This file cannot be read; fix the problems shown in a text editor first")

    def preview_of(self, entry: CatalogEntry) -> str:
        """The preview of a routine (also of the editor's draft) with this list's settings and level, with its
        moves' pictures once they are drawn."""
        from .preview import preview_html

        images = self._images if entry is self._figures_for else {}
        return preview_html(entry, self._exercise_library(entry), self.preferences, self.chosen_level(),
                            images if self.figures is not None else None)

    def _exercise_library(self, entry: CatalogEntry) -> ExerciseLibrary:
        return entry.exercise_library or self.catalog.exercise_library

    def _set_preview(self, html: str) -> None:
        """New preview text, scrolled where the old one was (a level, a setting or a picture changed it)."""
        scroll = self.preview.verticalScrollBar().value()
        self.preview.setHtml(html)
        self.preview.verticalScrollBar().setValue(scroll)

    # -- figures ---------------------------------------------------------------------------------------

    def show_preview(self, entry: CatalogEntry) -> None:
        """The routine's preview at once; a picture of each move, and the first move's figure moving below it,
        a moment later (reading the figures and drawing them must not hold up the list, at start-up or while
        the arrow keys run through it: only the routine the selection stops on gets them). The editor's draft
        is shown this way too, so the pictures follow its edits."""
        self._routine_figures = None
        self._images = {}
        self._figures_for = entry
        self.preview.setHtml(self.preview_of(entry))
        self.show_exercise_figure(None)
        if self.figures is not None and entry.routine is not None and self._listed:
            self._figure_timer.start()

    def _figures_after_listing(self) -> None:
        """The list is on screen: the routine selected at start-up gets its preview and figures now (reading
        figures.yaml and drawing took longer than everything else before the library became usable; the preview
        plans the routine at every level)."""
        if not self._listed:
            self._listed = True
            entry = self.current_entry()
            if self._preview_waits and entry is not None:
                self._preview_waits = False
                self.show_preview(entry)
                self._offer_levels(entry)
                return  # show_preview started the figures' timer
            if self._figures_for is not None and self._figures_for.routine is not None and self.figures is not None:
                self._figure_timer.start()

    def _show_figures(self) -> None:
        entry = self._figures_for
        if entry is None or entry.routine is None or self.figures is None:
            return
        from ..core.figure.book import RoutineFigures
        from .figure_view import thumbnail
        from .preview import THUMBNAIL

        figures = self._routine_figures = RoutineFigures(self.figures(self._exercise_library(entry)), entry.routine,
                                                         str(entry.path))
        palette = self.preview.palette()
        text, base = palette.text().color().name(), palette.base().color().name()
        width, height = THUMBNAIL
        self.preview.images.clear()
        for index in range(len(entry.routine.exercises)):
            figure = figures.for_index(index)
            if figure is not None:
                address = f"figure:{index}"
                self.preview.images[address] = thumbnail(figure, width, height, text, base, self.devicePixelRatioF())
                self._images[index] = address
        self._set_preview(self.preview_of(entry))
        self.show_exercise_figure(min(self._images) if self._images else None)

    def figures_shown(self) -> bool:
        """Whether the preview has its moves' figures (they come a moment after the routine; for tests)."""
        return self._listed and not self._figure_timer.isActive()

    def show_exercise_figure(self, index: int | None) -> None:
        """Show the routine's ``index``-th move moving below the preview (``None``: no figure)."""
        figures = self._routine_figures
        figure = figures.for_index(index) if figures is not None and index is not None else None
        if figure is None:
            if self.figure_view is not None and self.figure_preview is not None:
                self.figure_view.hide()
                self.figure_preview.show_figure(None)
            return
        view, preview = self._figure_widgets()
        palette = self.preview.palette()
        from .figure_view import on_panel

        view.set_style(on_panel(palette.text().color(), palette.base().color()))
        view.show()
        preview.show_figure(figure)

    def _figure_widgets(self) -> tuple[FigureView, FigurePreview]:
        """The moving figure below the preview, made the first time a move is shown."""
        if self.figure_view is None or self.figure_preview is None:
            from .figure_view import FigurePreview, FigureView

            self.figure_view = FigureView()
            self.figure_view.setMinimumHeight(110)
            self.figure_view.setMaximumHeight(170)
            self.figure_view.hide()
            self.figure_preview = FigurePreview(self.figure_view)
            self._right_layout.insertWidget(1, self.figure_view)
        return self.figure_view, self.figure_preview

    def _exercise_clicked(self, url: QUrl) -> None:
        if url.scheme() == "exercise" and url.path().isdigit():
            self.show_exercise_figure(int(url.path()))
            if self.figure_preview is not None:
                self.figure_preview.replay()  # the same move clicked again: show it again

    def _offer_levels(self, entry: CatalogEntry) -> None:
        """A routine that is the same at every level offers no choice of level (the preview says so)."""
        from ..core.timeline import level_matters

        library = entry.exercise_library or self.catalog.exercise_library
        one = entry.routine is not None and not level_matters(entry.routine, library)
        self.level_box.setEnabled(not one)
        self.level_box.setToolTip("This routine is the same at every level" if one
                                  else "Which end of every range the session uses")
