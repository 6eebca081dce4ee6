"""The main window: the menus, the stacked views (routine library, session screen, summary, history) and the
editor dock.

It shows things and forwards requests: a session belongs to the session controller (over the core's
planner), the routines listed to the catalog loader, editing to the editor panel, the history and its
screens to :mod:`.history_screen`. Start-up is measured against a bare PySide6 window, so this module
imports only what an empty window needs; :meth:`build` (after the first frame) makes the library and the
menus, :meth:`build_session` the session screen and its controller (the app calls it once the routines are
listed), the editor panel its editor on first use, and the history opens 300 ms after the routines are listed.
Importing an article (File → Import article…, a dropped article, Edit → Paste article) is made on first
use too (:mod:`.article_import`).
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
    from .editor import RoutineEditor
    from .editor_panel import EditorPanel
    from .figure_view import SessionFigure
    from .history_screen import HistoryScreen
    from .prompts import Prompter
    from .routine_library import RoutineLibraryView
    from .session_controller import SessionController
    from .session_view import SessionView

ROUTINE_SUFFIXES = (".yaml", ".yml")
ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml")
"""Files a drop imports as an article (a draft in the editor) rather than opening as a routine."""


class MainWindow(QMainWindow):
    libraryLoaded = Signal(int)
    sessionOpened = Signal(object)  # SessionPlan
    built = Signal()
    """Emitted once the library and the menus exist (at once, or after the first frame for a deferred window)."""

    routine_library: RoutineLibraryView
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
        self._clock = clock
        self._history_path = history_path
        self._session: SessionView | None = None
        self._controller: SessionController | None = None
        self._article_import: ArticleImport | None = None
        self._is_built = False
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
            QTimer.singleShot(0, self.build)

    def is_built(self) -> bool:
        return self._is_built

    def build(self) -> None:
        """Create the routine library, the editor dock and the menus (once)."""
        if self._is_built:
            return
        from PySide6.QtWidgets import QStackedWidget

        from ..figures import FigureShelf
        from ..settings_store import SettingsStore
        from .catalog_loader import CatalogLoader
        from .editor_panel import EditorPanel
        from .history_screen import HistoryScreen
        from .prompts import DialogPrompter
        from .routine_library import RoutineLibraryView

        self.store = self._given_store or SettingsStore()
        self.settings = self.store.load()
        self.prompter = self._given_prompter or DialogPrompter(self)
        self.loader = CatalogLoader(self._load_catalog, lambda: self.user_folder(), self)
        self.loader.loaded.connect(self._show_reading)
        self.routine_library = RoutineLibraryView()
        self.routine_library.set_level(self.settings.level)
        self.routine_library.set_preferences(self.settings.preferences())
        self.loader.show_on(self.routine_library)
        self.figures = FigureShelf()  # read when a figure is first shown (docs/figures.md)
        self.routine_library.figures = self.figures
        self.stack = QStackedWidget()
        self.stack.addWidget(self.routine_library)
        self.setCentralWidget(self.stack)
        self.editor_panel = EditorPanel(self, self.prompter, lambda: self.user_folder())
        self.editor_dock, self.edit_actions = self.editor_panel.dock, self.editor_panel.actions
        self.editor_panel.figures = self.figures
        self.routine_library.startRequested.connect(self.open_session)
        screens = self.history_screen = HistoryScreen(self._history_path, self.prompter,
                                                      lambda: self.settings.week_target(), self._show, self)
        screens.libraryRequested.connect(self.show_library)
        screens.statusChanged.connect(self.status.setText)
        screens.lastDoneChanged.connect(self.routine_library.show_last_done)
        self._build_menus()
        # Built after the window was shown, so Qt gave focus to nothing: the list takes it, and ↑/↓ and
        # Enter work from the first moment (a keyboard-only user has no other way in).
        self.routine_library.table.setFocus()
        self._is_built = True
        self.built.emit()

    def build_session(self) -> tuple[SessionView, SessionController]:
        """Create the session screen and its controller (once; the first session needs them)."""
        if self._session is not None and self._controller is not None:
            return self._session, self._controller
        from ..audio.null import NullBeeper, NullSpeaker
        from .figure_view import SessionFigure
        from .session_controller import SessionController
        from .session_view import SessionView

        session = self._session = SessionView()
        self.stack.addWidget(session)
        controller = self._controller = SessionController(self.prompter, NullSpeaker("sound is starting"),
                                                          NullBeeper("sound is starting"), self.settings.audio(),
                                                          self._clock, self,
                                                          history=lambda: self.history_screen.history)
        controller.show_on(session)
        self.session_figure = SessionFigure(session.figure_view, controller, self.figures)
        self.session_figure.figuresChanged.connect(session.show_figure_column)
        controller.sessionEnded.connect(self.history_screen.show_summary)
        controller.soundNoticeChanged.connect(self.status.setText)
        for request, slot in ((session.stopRequested, self.ask_stop), (session.hurtRequested,
                              self.stop_because_it_hurts), (session.libraryRequested, self.show_library),
                              (session.leaveRequested, self.escape), (session.fullScreenRequested,
                              self.toggle_full_screen), (session.muteRequested, self.toggle_mute)):
            request.connect(slot)
        controller.apply(self.settings.audio())
        return session, controller

    @property
    def session(self) -> SessionView:
        """The session screen (made when first needed)."""
        return self.build_session()[0]

    @property
    def controller(self) -> SessionController:
        return self.build_session()[1]

    @property
    def editor(self) -> RoutineEditor:
        return self.editor_panel.editor

    @property
    def article_import(self) -> ArticleImport:
        """Importing articles (made on first use: the importer is not needed to list the library)."""
        if self._article_import is None:
            from .article_import import ArticleImport

            self._article_import = ArticleImport(self)
        return self._article_import
    # -- menus -----------------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        from PySide6.QtGui import QKeySequence

        from .actions import add_menus, make_action

        key = QKeySequence.StandardKey
        self.open_action = make_action(self, "&Open routine…", [key.Open], self.ask_open)
        self.import_action = make_action(self, "Import &article…", ["Ctrl+I"], lambda: self.article_import.ask())
        self.paste_article_action = make_action(self, "&Paste article", ["Ctrl+Shift+V"],
                                                lambda: self.article_import.paste())
        self.reload_action = make_action(self, "&Reload library", [key.Refresh], self.reload)
        self.settings_action = make_action(self, "&Settings…", ["Ctrl+,"], self.ask_settings)
        self.fullscreen_action = make_action(self, "&Full screen", ["F11"], self.toggle_full_screen)
        self.history_action = make_action(self, "&History", ["Ctrl+H"], self.show_history)
        self.export_history_action = make_action(self, "E&xport history…", [], self.ask_export_history)
        find = make_action(self, "&Find", [key.Find], self._focus_search)
        file_actions = [self.open_action, self.import_action, self.reload_action, find, self.export_history_action,
                        self.settings_action, make_action(self, "&Quit", [key.Quit], self.close)]
        edit = self.edit_actions
        add_menus(self, (("&File", file_actions), ("&Edit", [*edit.values(), self.paste_article_action]),
                         ("&View", [self.history_action, self.fullscreen_action, edit["toggle"]]),
                         ("&Help", [make_action(self, "&Safety advice", [], self.show_safety)])),
                  separated=[edit["redo"], edit["copy"], edit["save_as"], edit["block"], edit["down"]])
        self.library_escape = make_action(self, "Leave full screen", ["Escape"], self.escape, self.routine_library)

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
        self.editor_panel.set_preferences(settings.preferences())
        if problem:
            self.status.setText(problem)

    def ask_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        chosen = SettingsDialog.ask(self.settings, self.controller.output.speaker, self)
        if chosen is not None:
            self.apply_settings(chosen)

    # -- routines --------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read every routine again; broken files become rows that show their error."""
        self.loader.reload()

    def _show_reading(self, reading: Reading) -> None:
        self.editor_panel.set_exercise_library(reading.catalog.exercise_library)
        self.status.setText(self.loader.status(reading))
        self.libraryLoaded.emit(len(reading.catalog.entries))
        self.history_screen.routines_listed()  # their "last done", a moment later

    def open_file(self, path: Path) -> CatalogEntry:
        """Add a routine file from disk to the list (once; read again if listed) and select it."""
        self.show_library()
        entry = self.loader.open(path, again=True)
        self.status.setText(self.loader.summary())
        self.routine_library.select(entry)
        return entry

    def ask_open(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, "Open routine", "", "Routines (*.yaml *.yml)")
        if path:  # from elsewhere: kept in the user's folder if they want it listed at the next start too
            self.open_file(self.loader.kept(Path(path), self.prompter))

    def _focus_search(self) -> None:
        self.show_library()
        self.routine_library.search.setFocus()

    def show_library(self) -> None:
        if self.session_active():
            return
        if self.stack.currentWidget() is self.history_screen.summary:
            self.history_screen.history.flush(5.0)  # the answers just given are on disk before anything reads them
        self._show(self.routine_library)
        self.editor_panel.library_shown()
        self.routine_library.table.setFocus()

    def _show(self, screen: QWidget, *, status: bool = True) -> None:
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

    def open_session(self, entry: CatalogEntry, level: Level | None = None) -> bool:
        """Show the session screen for a routine, ready to start (Space). Asks about safety the first time."""
        if entry.routine is None or self.session_active():
            return False
        if not self.controller.safety_accepted(self.settings.safety_acknowledged):
            return False
        if not self.settings.safety_acknowledged:
            self.apply_settings(self.settings.with_changes(safety_acknowledged=True))
        routine = self.editor_panel.draft_of(entry) or entry.routine  # what the user sees in the editor runs
        plan = self.controller.open(routine, self.settings.preferences(), level, self.settings.verbosity,
                                    entry.exercise_library or self.loader.catalog.exercise_library,
                                    recorded_as=entry, ask_pain_before=self.settings.ask_pain_before)
        session = self.session
        self._show(session, status=False)  # the session screen has its own notice line; the room goes to the clock
        self.activateWindow()  # keys must reach the session, also after the safety question
        session.setFocus()
        self.sessionOpened.emit(plan)
        return True

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

    def show_safety(self) -> None:
        from ..core.safety import BEFORE_FIRST_SESSION
        from .prompts import tell_advice

        tell_advice(self.prompter, BEFORE_FIRST_SESSION)

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
                               or not self.editor_panel.confirm_leave()):
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
        paths = [url.toLocalFile() for url in event.mimeData().urls()]
        if self._is_built and any(p.endswith(ROUTINE_SUFFIXES) or p.lower().endswith(ARTICLE_SUFFIXES) for p in paths):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Routines are opened (listed and selected); an article becomes a draft in the editor (the first one
        dropped: a draft is one routine)."""
        articles: list[Path] = []
        for path in (url.toLocalFile() for url in event.mimeData().urls()):
            if path.endswith(ROUTINE_SUFFIXES):
                self.open_file(self.loader.kept(Path(path), self.prompter))
            elif path.lower().endswith(ARTICLE_SUFFIXES):
                articles.append(Path(path))
        if articles:
            self.article_import.import_file(articles[0])
        event.acceptProposedAction()
