"""The main window: the library and the session screen, the keyboard, and the wiring between them.

This is the controller: it builds a session from the chosen routine and settings, hands it to the
session driver, and forwards driver signals to the views and cue output. It decides nothing about time.

Start-up is measured to the first shown frame (against a bare PySide6 window), so this module imports
only what an empty window needs. Everything else — the panels, the session machinery, the core with
its YAML reader, and Qt's ``Qt`` namespace (PySide6 builds its ~100 Python enums on first use, about
35 ms) — is imported by :meth:`MainWindow.build`, which the app calls once the empty window has been
painted, and by the methods that need it (Python imports a module once; later imports are lookups).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QPaintEvent
    from PySide6.QtWidgets import QDockWidget, QStackedWidget, QWidget

    from ..audio.interfaces import Beeper, Speaker
    from ..core.catalog import Catalog, CatalogEntry
    from ..core.durations import Level
    from ..core.engine import Clock
    from ..core.figure.book import FigureBook
    from ..core.model import Routine
    from ..core.timeline import Step
    from .cue_output import CueOutput
    from .editor import RoutineEditor
    from .library_view import LibraryView
    from .prompts import Prompter
    from .session_driver import SessionDriver
    from .session_view import SessionView
    from .settings_store import AppSettings, SettingsStore

ROUTINE_SUFFIXES = (".yaml", ".yml")


class MainWindow(QMainWindow):
    libraryLoaded = Signal(int)
    sessionOpened = Signal(object)  # CuePlan
    built = Signal()
    """Emitted once the panels exist (at once, or after the first frame for a deferred window)."""

    library: LibraryView
    session: SessionView
    stack: QStackedWidget
    editor: RoutineEditor
    editor_dock: QDockWidget
    driver: SessionDriver
    output: CueOutput
    settings: AppSettings
    store: SettingsStore
    prompter: Prompter
    edit_actions: dict[str, QAction]
    session_actions: dict[str, QAction]

    def __init__(
        self,
        load_catalog: Callable[[], Catalog],
        store: SettingsStore | None,
        prompter: Prompter | None = None,
        clock: Clock = time.monotonic,
        *,
        deferred: bool = False,
    ) -> None:
        """``store`` None means the user's settings file. A ``deferred`` window shows an empty frame first
        and builds itself right after that frame is painted (``built`` tells when); otherwise it is built here.
        """
        super().__init__()
        self._load_catalog = load_catalog
        self._given_store = store
        self._given_prompter = prompter
        self._clock = clock
        self._extra: list[CatalogEntry] = []
        self._following_save = False
        self._audio_notice: str | None = None
        self._is_built = False
        self._build_on_paint = deferred
        self.setWindowTitle("BackCoach")
        self.resize(1100, 700)
        self.setMinimumSize(640, 480)
        self.setAcceptDrops(True)
        self.status = QLabel("Starting…")
        self.status.setAccessibleName("Status")
        self.statusBar().addWidget(self.status, 1)
        if not deferred:
            self.build()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._build_on_paint:  # the empty frame is on screen: build the rest in the next turn
            self._build_on_paint = False
            QTimer.singleShot(0, self.build)

    def is_built(self) -> bool:
        return self._is_built

    def build(self) -> None:
        """Create the panels, the session machinery and the menus (once)."""
        if self._is_built:
            return
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QDockWidget, QStackedWidget

        from ..audio.null import NullBeeper, NullSpeaker
        from ..core.catalog import Catalog
        from .cue_output import CueOutput
        from .editor import RoutineEditor
        from .library_view import LibraryView
        from .prompts import DialogPrompter
        from .session_driver import SessionDriver
        from .session_view import SessionView
        from .settings_store import SettingsStore

        self.store = self._given_store or SettingsStore()
        self.settings = self.store.load()
        self.prompter = self._given_prompter or DialogPrompter(self)
        self._catalog = Catalog(())
        self.library = LibraryView()
        self.library.set_level(self.settings.level)
        self.session = SessionView()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.library)
        self.stack.addWidget(self.session)
        self.setCentralWidget(self.stack)
        self.editor = RoutineEditor(self.prompter)
        self.editor_dock = QDockWidget("Edit routine", self)
        self.editor_dock.setObjectName("editor")
        self.editor_dock.setWidget(self.editor)
        self.editor_dock.setMinimumWidth(380)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.editor_dock)
        self.editor_dock.hide()

        self.driver = SessionDriver(self._clock, self)
        from .figure_view import SessionFigure

        self.session_figure = SessionFigure(self.session.figure_view, self.driver)
        self._figure_book: FigureBook | None = None
        self.output = CueOutput(NullSpeaker("sound is starting"), NullBeeper("sound is starting"),
                                self.settings.audio(), self._clock, self)
        self._connect()
        self._build_actions()
        # Built after the window was shown, so Qt gave focus to nothing: the list takes it, and ↑/↓ and
        # Enter work from the first moment (a keyboard-only user has no other way in).
        self.library.table.setFocus()
        self._is_built = True
        self.built.emit()

    # -- wiring ----------------------------------------------------------------------------------------

    def _connect(self) -> None:
        self.library.startRequested.connect(self.open_session)
        self.library.routineSelected.connect(self._library_selected)
        self.library.editRequested.connect(self._edit_current)
        self.editor.routineEdited.connect(self._show_draft)
        self.editor.saved.connect(self._editor_saved)
        self.editor.dirtyChanged.connect(self._update_title)
        self.editor.messageShown.connect(self.status.setText)
        self.editor_dock.visibilityChanged.connect(self._editor_shown)
        self.driver.stepStarted.connect(self._on_step_started)
        self.driver.secondChanged.connect(lambda *_: self._refresh_session())
        self.driver.stateChanged.connect(self._on_state_changed)
        self.driver.cueDue.connect(self.output.play)
        self.driver.sessionFinished.connect(lambda: self.session.show_state("finished"))
        self.output.captionChanged.connect(self.session.show_caption)
        session = self.session
        session.toggleRequested.connect(self.driver.toggle)
        session.previousRequested.connect(self.driver.previous)
        session.nextRequested.connect(self.driver.next)
        session.doneRequested.connect(self.driver.done)
        session.extendRequested.connect(self.driver.extend)
        session.stopRequested.connect(self.ask_stop)
        session.hurtRequested.connect(self.stop_because_it_hurts)
        session.libraryRequested.connect(self.show_library)

    def _action(self, text: str, keys: list[QKeySequence | QKeySequence.StandardKey | str], slot: Callable[[], object],
                owner: QWidget | None = None) -> QAction:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction, QKeySequence

        action = QAction(text, self)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.triggered.connect(lambda _checked=False: slot())
        if owner is not None:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            owner.addAction(action)
        return action

    def _build_actions(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence

        file_menu = self.menuBar().addMenu("&File")
        self.open_action = self._action("&Open routine…", [QKeySequence.StandardKey.Open], self.ask_open)
        self.reload_action = self._action("&Reload library", [QKeySequence.StandardKey.Refresh], self.reload)
        find = self._action("&Find", [QKeySequence.StandardKey.Find], self._focus_search)
        self.settings_action = self._action("&Settings…", ["Ctrl+,"], self.ask_settings)
        quit_action = self._action("&Quit", [QKeySequence.StandardKey.Quit], self.close)
        for action in (self.open_action, self.reload_action, find, self.settings_action, quit_action):
            file_menu.addAction(action)
        self._build_edit_menu()
        view_menu = self.menuBar().addMenu("&View")
        self.fullscreen_action = self._action("&Full screen", ["F11"], self.toggle_full_screen)
        view_menu.addAction(self.fullscreen_action)
        view_menu.addAction(self.edit_actions["toggle"])
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(self._action("&Safety advice", [], self.show_safety))
        self.addActions([self.open_action, self.reload_action, find, self.settings_action, quit_action,
                         self.fullscreen_action])

        s = self.session
        self.session_actions = {
            "toggle": self._action("Start or pause", ["Space"], self.driver.toggle, s),
            "previous": self._action("Previous", ["Left"], self.driver.previous, s),
            "next": self._action("Next", ["Right"], self.driver.next, s),
            "done": self._action("Done", ["Return", "Enter"], self.driver.done, s),
            "extend": self._action("Ten more seconds", ["+", "=", "Shift++"], self.driver.extend, s),
            "escape": self._action("Leave", ["Escape"], self.escape, s),
            "fullscreen": self._action("Full screen", ["F"], self.toggle_full_screen, s),
            "mute": self._action("Mute", ["M"], self.toggle_mute, s),
            "hurt": self._action("Stop: it hurts", ["H"], self.stop_because_it_hurts, s),
        }
        self.library_escape = self._action("Leave full screen", ["Escape"], self.escape, self.library)
        self.session.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def _build_edit_menu(self) -> None:
        from PySide6.QtGui import QKeySequence

        from ..core import editing

        editor = self.editor
        menu = self.menuBar().addMenu("&Edit")
        undo = editor.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = editor.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")])
        self.edit_actions = {
            "undo": undo,
            "redo": redo,
            "toggle": self._action("&Edit routine", ["Ctrl+E"], self.toggle_editor),
            "new": self._action("&New routine", [QKeySequence.StandardKey.New],
                                lambda: self._new_routine(editing.blank_routine())),
            "template": self._action("New from &template", ["Ctrl+Shift+T"],
                                     lambda: self._new_routine(editing.template_routine())),
            "copy": self._action("New &copy of this routine", ["Ctrl+Shift+N"], self._new_copy),
            "save": self._action("&Save", [QKeySequence.StandardKey.Save], editor.save),
            "save_as": self._action("Save &as…", ["Ctrl+Shift+S"], editor.save_as),
            "add": self._action("Add e&xercise", ["Insert", "Ctrl+Shift+A"], editor.add_exercise),
            "block": self._action("Add &block", ["Ctrl+Shift+B"], editor.add_block),
            "duplicate": self._action("&Duplicate", ["Ctrl+D"], editor.duplicate),
            "remove": self._action("Re&move", ["Delete"], editor.remove),
            "up": self._action("Move &up", ["Alt+Up"], editor.move_up),
            "down": self._action("Move do&wn", ["Alt+Down"], editor.move_down),
        }
        for name, action in self.edit_actions.items():
            menu.addAction(action)
            if name in ("redo", "copy", "save_as", "block"):
                menu.addSeparator()
        self.addActions(list(self.edit_actions.values()))

    def _edit_current(self) -> None:
        entry = self.library.current_entry()
        if entry is None or entry.routine is None:
            return
        self.editor_dock.show()
        self.editor.open_entry(entry)

    def toggle_editor(self) -> None:
        self.editor_dock.setVisible(not self.editor_dock.isVisible())

    def _sync_edit_actions(self) -> None:
        """Editing keys work where the editor can be seen, never on a hidden panel (Delete, Insert …)."""
        usable = self.editor_dock.isVisible() or self.stack.currentWidget() is not self.session
        for name, action in self.edit_actions.items():
            if name in ("undo", "redo"):
                action.setEnabled(usable and (self.editor.undo_stack.canUndo() if name == "undo"
                                              else self.editor.undo_stack.canRedo()))
            elif name != "toggle":
                action.setEnabled(usable)

    def _editor_shown(self, visible: bool) -> None:
        self._sync_edit_actions()
        if visible and self.editor.document is None:
            entry = self.library.current_entry()
            if entry is not None:
                self.editor.open_entry(entry)
        if visible:
            self.editor.tree.setFocus()

    def _library_selected(self, entry: CatalogEntry) -> None:
        if self._following_save or not self.editor_dock.isVisible() or entry.routine is None:
            return
        document = self.editor.document
        if document is not None and document.path == entry.path:
            return
        if not self.editor.open_entry(entry) and document is not None:
            for candidate in self._catalog.entries + tuple(self._extra):  # stay on the routine being edited
                if candidate.path == document.path:
                    self.library.select(candidate)

    def _new_routine(self, routine: Routine) -> None:
        if self.editor.new_routine(routine):
            self.show_library()
            self.editor_dock.show()

    def _new_copy(self) -> None:
        from dataclasses import replace

        entry = self.library.current_entry()
        if entry is not None and entry.routine is not None:
            self._new_routine(replace(entry.routine, title=f"{entry.routine.title} (my copy)"))

    def _show_draft(self, routine: object) -> None:
        from ..core.catalog import CatalogEntry

        document = self.editor.document
        if document is None:
            return
        draft = CatalogEntry(document.path or Path("unsaved.yaml"), str(document.path or "unsaved"),
                             document.bundled, document.routine)
        self.library.show_preview(draft)

    def _editor_saved(self, path: Path) -> None:
        """Show the saved routine in the library, selected, without the editor switching away from it."""
        from ..core.catalog import load_entry

        self._following_save = True
        try:
            self.reload()
            known = [e for e in (*self._catalog.entries, *self._extra) if e.path.resolve() == path.resolve()]
            if not known:  # saved outside the routine folders: list it like an opened file
                self._extra.append(load_entry(path, bundled=False))
                self._show_catalog()
                known = [self._extra[-1]]
            if self.library.search.text():
                self.library.search.clear()
            self.library.select(known[0])
        finally:
            self._following_save = False
        if self.session_active():
            self.status.setText(f"Saved {path.name}: the running session keeps its copy; the change applies next time.")

    def _update_title(self, dirty: bool) -> None:
        title = self.editor.routine.title if self.editor.routine is not None else ""
        # Qt adds " — BackCoach" (the application display name) itself.
        self.setWindowTitle(f"{title}{' *' if dirty else ''}" if title else "")

    # -- audio -----------------------------------------------------------------------------------------

    def set_audio(self, speaker: Speaker, beeper: Beeper, notice: str | None) -> None:
        """Use this speaker and beeper (chosen off the GUI thread at start-up); show what is missing."""
        self.output.speaker, self.output.beeper = speaker, beeper
        self.output.apply(self.settings.audio())
        self._audio_notice = notice
        self._show_notice()

    def _show_notice(self) -> None:
        """One notice at a time: with no sound at all, being muted changes nothing worth saying."""
        text = self._audio_notice or ("Sound is muted — press M to turn it back on." if self.settings.muted else None)
        self.session.show_notice(text)
        if self._audio_notice:
            self.status.setText(self._audio_notice)

    def toggle_mute(self) -> None:
        self.apply_settings(self.settings.with_changes(muted=not self.settings.muted))
        if self.settings.muted:
            self.output.stop()

    def apply_settings(self, settings: AppSettings) -> None:
        self.settings = settings
        self.store.save(settings)
        self.output.apply(settings.audio())
        self._show_notice()

    def ask_settings(self) -> None:
        voices = self.output.speaker.voices() if self.output.speaker.available else []
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, voices, self)
        if dialog.exec():
            self.apply_settings(dialog.result_settings())

    # -- library ---------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read every routine again; broken files become rows that show their error."""
        from .saving import set_aside_interrupted_saves

        folder = self.editor.user_folder()
        set_aside = set_aside_interrupted_saves(folder, folder.parent / "recovered")
        self._catalog = self._load_catalog()
        self.editor.library = self._catalog.library
        self._figure_book = None  # read again with the library it now has (figures.yaml may have changed too)
        self.library.figures = self.editor.figures = self.figures
        self._show_catalog()
        if set_aside:
            self.status.setText(f"{self.status.text()}; {len(set_aside)} unfinished save(s) from a crash moved to "
                                f"{set_aside[0].parent}")
        self.libraryLoaded.emit(len(self._catalog.entries))

    def _show_catalog(self) -> None:
        from ..core.catalog import Catalog

        shown = Catalog(self._catalog.entries + tuple(self._extra), self._catalog.library)
        self.library.show_catalog(shown)
        broken = len(shown.broken)
        message = f"{len(shown.entries)} routines"
        if broken:
            message += f", {broken} broken (select one to see why)"
        self.status.setText(message)

    def open_file(self, path: Path) -> CatalogEntry:
        """Add a routine file from disk to the list (once) and select it."""
        from ..core.catalog import load_entry

        resolved = path.resolve()
        self.show_library()
        for entry in (*self._catalog.entries, *self._extra):
            if entry.path.resolve() == resolved:
                self.library.select(entry)
                return entry
        entry = load_entry(path, bundled=False)
        self._extra.append(entry)
        self._show_catalog()
        self.library.select(entry)
        return entry

    def ask_open(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, "Open routine", "", "Routines (*.yaml *.yml)")
        if path:
            self.open_file(Path(path))

    def _focus_search(self) -> None:
        self.show_library()
        self.library.search.setFocus()

    def show_library(self) -> None:
        if self.session_active():
            return
        self.stack.setCurrentWidget(self.library)
        self.statusBar().show()
        self._sync_edit_actions()
        if getattr(self, "_editor_was_visible", False):
            self.editor_dock.show()
        self.library.table.setFocus()

    # -- session ---------------------------------------------------------------------------------------

    def session_active(self) -> bool:
        return self.driver.state is not None and self.driver.state.value in ("running", "paused")

    def open_session(self, entry: CatalogEntry, level: Level | None = None) -> bool:
        """Show the session screen for a routine, ready to start (Space). Asks about safety the first time."""
        from ..core.cues import plan_cues
        from ..core.preferences import apply_preferences
        from ..core.safety import BEFORE_FIRST_SESSION
        from ..core.timeline import expand

        if entry.routine is None or self.session_active():
            return False
        if not self.settings.safety_acknowledged:
            title, *paragraphs = BEFORE_FIRST_SESSION
            if not self.prompter.confirm(title, "\n\n".join(paragraphs), "I understand", "Not now"):
                return False
            self.apply_settings(self.settings.with_changes(safety_acknowledged=True))
        own = entry.routine
        document = self.editor.document
        if document is not None and document.path == entry.path and self.editor.is_dirty():
            own = document.routine  # what the user sees in the editor is what runs
        routine = apply_preferences(own, prepare=self.settings.prepare, pace=self.settings.pace)
        timeline = expand(routine, level or self.settings.level)
        plan = plan_cues(timeline, self.settings.verbosity, self._phrase_seconds)
        self.output.speaker.prepare(plan.phrases())
        self.driver.load(plan)
        from ..core.figure.book import RoutineFigures

        figures = RoutineFigures(self.figures(), routine, str(entry.path))
        self.session.show_figure_column(any(figures.for_index(i) for i in range(len(routine.exercises))))
        self.session_figure.set_figures(figures.for_step, timeline.steps)
        self.session.show_state("ready")
        self._on_step_started(timeline.steps[0])
        self.session.show_caption("Press Space to start")
        self.stack.setCurrentWidget(self.session)
        self.statusBar().hide()  # the session screen has its own notice line; the room goes to the countdown
        self.activateWindow()  # keys must reach the session, also after the safety question
        self._editor_was_visible = self.editor_dock.isVisible()
        self.editor_dock.hide()  # the session gets the whole window; Ctrl+E brings the editor back
        self._sync_edit_actions()
        self.session.setFocus()
        self.sessionOpened.emit(plan)
        return True

    def figures(self) -> FigureBook:
        """The figures of the bundled library and the user's folder, read on first use after each reload."""
        if self._figure_book is None:
            from ..figures import book_for

            self._figure_book, _ = book_for(self._catalog.library)
        return self._figure_book

    def _phrase_seconds(self, text: str) -> float:
        from ..core.cue_types import estimated_phrase_seconds

        measured = self.output.speaker.phrase_seconds(text)
        return measured if measured is not None else estimated_phrase_seconds(text)

    def _on_step_started(self, step: Step) -> None:
        from ..core.timeline import StepKind

        self.session.show_caption("")
        engine = self.driver.engine
        shown = step
        if step.kind is StepKind.REST and engine is not None:
            following = [s for s in engine.steps[step.index + 1 :] if s.kind is StepKind.WORK][:1]
            shown = following[0] if following else step
        known = self._catalog.library.find(shown.exercise)
        self.session.show_instructions(f"{shown.exercise}: {known.instructions}" if known else "")
        self._refresh_session()

    def _refresh_session(self) -> None:
        moment = self.driver.moment()
        if moment is not None:
            self.session.show_moment(moment, self.driver.session_clock())
            if self.driver.state is not None and self.driver.state.value == "paused":
                self.session.show_state("paused")

    def _on_state_changed(self, state: str) -> None:
        if state not in ("finished", "stopped"):  # an ended session keeps its closing screen
            self._refresh_session()
        self.session.show_state(state)

    def ask_stop(self) -> bool:
        """Stop a running session after asking; ``True`` when it is stopped (or was not running)."""
        if not self.session_active():
            self.show_library()
            return True
        was_running = self.driver.state is not None and self.driver.state.value == "running"
        self.driver.pause()
        if self.prompter.confirm("Stop the session?", "Your progress in this session will not be kept.",
                                 "Stop", "Keep going", default_yes=False):
            self.driver.stop()
            self.output.stop()
            self.show_library()
            return True
        if was_running:
            self.driver.resume()
        return False

    def stop_because_it_hurts(self) -> None:
        from ..core.safety import WHEN_IT_HURTS
        from ..core.spoken import STOPPED_FOR_PAIN

        if not self.session_active():
            return
        self.driver.stop()
        self.output.stop()
        if self.settings.audio().speech_on:
            self.output.speaker.say(STOPPED_FOR_PAIN)
        title, *paragraphs = WHEN_IT_HURTS
        self.prompter.inform(title, tuple(paragraphs))
        self.show_library()

    def show_safety(self) -> None:
        from ..core.safety import BEFORE_FIRST_SESSION

        title, *paragraphs = BEFORE_FIRST_SESSION
        self.prompter.inform(title, tuple(paragraphs))

    # -- window ----------------------------------------------------------------------------------------

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

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
        elif self.stack.currentWidget() is self.session:
            self.ask_stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._is_built:  # closed in the instant before it was built: nothing to keep
            event.accept()
            return
        if self.session_active() and not self.ask_stop():
            event.ignore()
            return
        if not self.editor.confirm_leave():
            event.ignore()
            return
        self.output.stop()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._is_built and any(url.toLocalFile().endswith(ROUTINE_SUFFIXES) for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            path = url.toLocalFile()
            if path.endswith(ROUTINE_SUFFIXES):
                self.open_file(Path(path))
        event.acceptProposedAction()
