"""The main window: the menus, the stacked views (routine library, session screen, summary, history), the docks.

It shows things and forwards requests: a session belongs to the session controller (over the core's planner),
the routines listed to the catalog loader, editing to the editor panel, the history and its screens to
:mod:`.history_screen`, the programme followed to :mod:`.programme_screen`. Start-up is measured against a
bare PySide6 window, so this module imports only what an empty window needs; after the first frame
:meth:`build_library` makes the library (with the "today" panel, filled later), and once the routines are on
screen the app asks for :meth:`build_rest` (the menus, the editor's dock, the history's screens, the
programme) and :meth:`build_session` (the session screen and its controller); the editor panel makes its
editor on first use, and the history opens 300 ms after the routines are listed. The two steps of building are
:mod:`.window_build`'s, the menus :mod:`.window_menus`'s; a class on two screens (the audience view on the
projector, the instructor's panel) is :mod:`.class_screens`'s. Opening a routine in the session (safety,
recovery, ready or started) is :mod:`.window_session`'s, files dropped on the window :mod:`.window_drops`'s.
Importing an article (File → Import article…, a dropped article, Edit → Paste article) is made on first use
too (:mod:`.article_import`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from ..resources import user_routines_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QPaintEvent
    from PySide6.QtWidgets import QDockWidget, QStackedWidget, QWidget

    from ..audio.interfaces import Beeper, Player, Speaker
    from ..core.catalog import Catalog, CatalogEntry
    from ..core.durations import Level
    from ..core.engine import Clock
    from ..figures import FigureShelf
    from ..settings_store import AppSettings, SettingsStore
    from .article_import import ArticleImport
    from .catalog_loader import CatalogLoader, Reading
    from .class_screens import ClassScreens
    from .editor import RoutineEditor
    from .editor_panel import EditorPanel
    from .figure_view import SessionFigure
    from .help_menu import HelpMenu
    from .history_screen import HistoryScreen
    from .programme_screen import ProgrammeScreen
    from .prompts import Prompter
    from .routine_library import RoutineLibraryView
    from .session_controller import SessionController
    from .session_view import SessionView
    from .settings_dialog import SettingsDialog
    from .today_panel import TodayPanel


class MainWindow(QMainWindow):
    libraryLoaded = Signal(int)
    sessionOpened = Signal(object)  # SessionPlan
    libraryBuilt = Signal()
    """Emitted once the library exists (at once, or after the first frame for a deferred window)."""
    built = Signal()
    """Emitted once the library and the menus exist (at once, or, for a deferred window, once the app asks)."""

    routine_library: RoutineLibraryView
    today_panel: TodayPanel
    programmes: ProgrammeScreen
    stack: QStackedWidget
    editor_panel: EditorPanel
    editor_dock: QDockWidget
    edit_actions: dict[str, QAction]
    history_screen: HistoryScreen
    loader: CatalogLoader
    figures: FigureShelf
    session_figure: SessionFigure
    settings: AppSettings
    store: SettingsStore
    prompter: Prompter
    class_screens: ClassScreens
    help_menu: HelpMenu
    reload_action: QAction
    export_history_action: QAction
    quick_timer_action: QAction
    import_action: QAction
    paste_article_action: QAction

    def __init__(
        self,
        load_catalog: Callable[[], Catalog],
        store: SettingsStore | None,
        prompter: Prompter | None = None,
        clock: Clock = time.monotonic,
        *,
        deferred: bool = False,
        history_path: Path | None = None,
    ) -> None:
        """``store`` None means the user's settings file; ``history_path`` None the user's history. A
        ``deferred`` window shows an empty frame first and builds itself right after that frame is painted
        (``built`` tells when); otherwise it is built here, session screen included.
        """
        super().__init__()
        self._load_catalog = load_catalog
        self._given_store = store
        self._given_prompter = prompter
        self.clock = clock
        self._history_path = history_path
        self._session: SessionView | None = None
        self._controller: SessionController | None = None
        self._article_import: ArticleImport | None = None
        self._library_built = False
        self._is_built = False
        self.library_loaded = False  # the first reading selects the last routine run
        self._build_on_paint = deferred
        self.user_folder: Callable[[], Path] = user_routines_dir
        """Where the user's routines are saved (tests point it elsewhere)."""
        self.setWindowTitle("BackCoach")
        self.resize(1100, 700)
        self.setMinimumSize(640, 480)
        self.setAcceptDrops(True)
        self.status = QLabel("Starting…")
        self.status.setAccessibleDescription("Status")  # named by what it says
        self.statusBar().addWidget(self.status, 1)
        if not deferred:
            self.build()
            self.build_session()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._build_on_paint:  # the empty frame is on screen: build the rest in the next turn
            self._build_on_paint = False
            QTimer.singleShot(0, self.build_library)

    def is_built(self) -> bool:
        return self._is_built

    def build(self) -> None:
        """Create the routine library, the editor dock and the menus (once)."""
        self.build_library()
        self.build_rest()

    def build_library(self) -> None:
        """Create what listing the routines needs (once): the settings, the library with its "today" panel and
        the routines' loader; ``libraryBuilt`` follows. The rest waits for :meth:`build_rest`."""
        if not self._library_built:
            from .window_build import build_library

            build_library(self, self._load_catalog, self._given_store)
            self._library_built = True
            self.libraryBuilt.emit()

    def build_rest(self) -> None:
        """Create the editor dock, the history's screens, the menus and the programme (once). The app calls it
        once the routines are on screen; anything that needs them before calls it first."""
        if not self._is_built:
            from .window_build import build_rest

            self.build_library()
            build_rest(self, self._given_prompter, self._history_path)
            self._is_built = True
            if self.library_loaded:  # the routines were read before: what the reading tells these parts
                self._reading_shown(self.loader.catalog)
            self.built.emit()

    def build_session(self) -> tuple[SessionView, SessionController]:
        """Create the session screen and its controller (once; the first session needs them)."""
        if self._session is None or self._controller is None:
            from .window_session import make_session

            self.build_rest()  # the class screens follow the controller (and sound may come before the list)
            self._session, self._controller = make_session(self)
            self.class_screens.follow(self._controller)  # the audience view and the instructor's panel
        return self._session, self._controller

    @property
    def session(self) -> SessionView:
        """The session screen (made when first needed)."""
        return self.build_session()[0]

    @property
    def controller(self) -> SessionController:
        return self.build_session()[1]

    @property
    def editor(self) -> RoutineEditor:
        self.build_rest()
        return self.editor_panel.editor

    @property
    def article_import(self) -> ArticleImport:
        """Importing articles (made on first use: the importer is not needed to list the library)."""
        if self._article_import is None:
            from .article_import import ArticleImport

            self._article_import = ArticleImport(self)
        return self._article_import

    # -- settings and sound ----------------------------------------------------------------------------

    def set_audio(self, speaker: Speaker, beeper: Beeper, notice: str | None, player: Player | None = None) -> None:
        """Use this speaker and beeper (chosen off the GUI thread at start-up); show what is missing, and
        later whether the sound ``player`` stopped or came back."""
        self.controller.set_audio(speaker, beeper, notice, player)  # the notice reaches the status line too

    def toggle_mute(self) -> None:
        self.apply_settings(self.settings.with_changes(muted=not self.settings.muted))

    def apply_settings(self, settings: AppSettings) -> None:
        level_changed = settings.level != self.settings.level
        self.settings = settings
        problem = self.store.save(settings)
        if self._controller is not None:
            self._controller.apply(settings.audio())
        if level_changed:
            self.routine_library.set_level(settings.level)
        self.routine_library.set_preferences(settings.preferences())
        if self._is_built:
            self.editor_panel.set_preferences(settings.preferences())
            self.programmes.refresh()  # the recovery hours may have changed what today says
        if problem:
            self.status.setText(problem)

    def ask_settings(self) -> SettingsDialog:
        """Open Settings (Ctrl+,); what is chosen there is applied when it closes with OK."""
        from .settings_dialog import SettingsDialog

        return SettingsDialog.ask(self.settings, self.controller.output.speaker, self,
                                  lambda chosen: self.apply_settings(chosen) if chosen is not None else None)

    # -- routines --------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read every routine again; broken files become rows that show their error."""
        self.loader.reload()

    def show_reading(self, reading: Reading) -> None:
        if not self.library_loaded and self.settings.last_routine:  # the first reading: the last routine run
            last = self.loader.find(Path(self.settings.last_routine))
            if last is not None:
                self.routine_library.select(last)
        self.library_loaded = True
        self.status.setText(self.loader.status(reading))
        self.libraryLoaded.emit(len(reading.catalog.entries))
        if self._is_built:
            self._reading_shown(reading.catalog)

    def _reading_shown(self, catalog: Catalog) -> None:
        """What the editor and the history take from a reading of the routines."""
        self.editor_panel.set_exercise_library(catalog.exercise_library)
        self.history_screen.routines_listed()  # their "last done", a moment later

    def open_file(self, path: Path) -> CatalogEntry:
        """Add a routine file from disk to the list (once; read again if listed) and select it."""
        self.show_library()
        entry = self.loader.open(path, again=True)
        self.status.setText(self.loader.summary())
        self.routine_library.select(entry)
        return entry

    def show_library(self) -> None:
        self.build_rest()
        if self.session_active():
            return
        if self.stack.currentWidget() is self.history_screen.summary:
            self.history_screen.history.flush(5.0)  # the answers just given are on disk before anything reads them
        self.place(self.routine_library)
        self.editor_panel.library_shown()
        self.routine_library.table.setFocus()

    def place(self, screen: QWidget, *, status: bool = True) -> None:
        """Place ``screen`` in the window; any screen but the library takes the editor's room too."""
        if self.stack.indexOf(screen) < 0:
            self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)
        self.statusBar().setVisible(status)
        if screen is not self.routine_library:
            self.editor_panel.library_left()  # Ctrl+E brings the editor back

    def library_shown(self) -> bool:
        return self.stack.currentWidget() is self.routine_library

    def session_shown(self) -> bool:
        return self._session is not None and self.stack.currentWidget() is self._session

    # -- session ---------------------------------------------------------------------------------------

    def session_active(self) -> bool:
        return self._controller is not None and self._controller.active()

    def open_session(self, entry: CatalogEntry, level: Level | None = None, *, start: bool = False) -> bool:
        """Show the session screen for a routine, ready to start (Space), or started (``start``); ``False`` when
        it cannot run or the user changed their mind (:mod:`.window_session`)."""
        from .window_session import open_entry

        self.build_rest()  # Enter pressed the moment the routines were listed
        return open_entry(self, entry, level, start=start)

    def show_session(self) -> None:
        session = self.session
        self.place(session, status=False)  # the session screen has its own notice line; the room goes to the clock
        self.activateWindow()  # keys must reach the session, also after the safety question
        session.setFocus()

    def ask_stop(self) -> bool:
        """Stop a running session after asking; ``True`` when it is stopped (its summary follows) or was not
        running (the library then)."""
        if not self.session_active():
            self.show_library()
            return True
        return self.controller.ask_to_stop()

    def stop_because_it_hurts(self) -> None:
        if self.session_active():
            self.controller.stop_for_pain()  # the summary follows, with its pain question

    def show_history(self) -> None:
        """The history screen (Ctrl+H): not during a session."""
        if not self.session_active():
            self.history_screen.show_history()

    def ask_export_history(self) -> None:
        if not self.session_active():
            self.history_screen.ask_export()

    # -- window ----------------------------------------------------------------------------------------

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def changeEvent(self, event: QEvent) -> None:
        """Full screen is class mode: the menu bar goes (every key still works) and comes back after."""
        super().changeEvent(event)
        if not self._is_built:  # before the first frame: QEvent's enums are not worth building yet
            return
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.WindowStateChange:
            self.menuBar().setVisible(not self.isFullScreen())

    def escape(self) -> None:
        """Esc: leave full screen first; then leave the session (asking if it is running)."""
        if self.isFullScreen():
            self.showNormal()
        elif self.session_shown():
            self.ask_stop()
        elif not self.library_shown():
            self.show_library()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask before a running session or unsaved changes are lost (nothing to keep before the build)."""
        if self._is_built and ((self.session_active() and not self.ask_stop())
                               or not self.editor_panel.confirm_leave() or not self.programmes.confirm_leave()):
            event.ignore()
            return
        if self._controller is not None:
            self._controller.output.stop()
        if self._is_built:
            self.history_screen.close()  # what the history has queued reaches the disk
        event.accept()

    def close_audio(self) -> None:
        """Let the speech worker and the sound output go (the app has quit)."""
        if self._controller is not None:
            self._controller.close()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from .window_drops import dropped_paths, wanted

        if self._is_built and wanted(dropped_paths(event.mimeData())):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        from .window_drops import dropped_paths, take

        take(self, dropped_paths(event.mimeData()))
        event.acceptProposedAction()
