"""The editor dock beside the routine library: its Edit menu, and the editor itself, built on first use.

Most sessions never open the editor, so the window starts without it: the dock, the undo group and the
Edit menu's actions exist from the start, and :class:`~.editor.RoutineEditor` is made the first time it
is needed (the dock shown, a new routine, a key that edits). Until then there is nothing to edit and the
editing keys do nothing. The panel keeps the library and the editor on the same routine, and shows a
routine the editor saved, selected, in the library.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QDockWidget

from ..core.catalog import CatalogEntry
from ..core.exercise_library import ExerciseLibrary
from ..core.model import Routine
from ..core.preferences import Preferences
from .actions import Keys, make_action

if TYPE_CHECKING:
    from ..core.figure.book import FigureBook
    from ..core.guesses import GuessMarks
    from .editor import RoutineEditor
    from .main_window import MainWindow
    from .prompts import Prompter


class EditorPanel(QObject):
    def __init__(self, window: MainWindow, prompter: Prompter, user_folder: Callable[[], Path]) -> None:
        super().__init__(window)
        self.window = window
        self._prompter = prompter
        self._user_folder = user_folder
        self._editor: RoutineEditor | None = None
        self._exercise_library = ExerciseLibrary()
        self._preferences = Preferences()
        self.figures: Callable[[ExerciseLibrary], FigureBook] | None = None
        """The figures the editor shows for an exercise library (the window's figure shelf)."""
        self._following_save = False
        self._last_message = ""
        self._visible_before_session = False
        self._away = False
        """Another screen than the library is shown (the editor's visibility before it is kept)."""
        self._in_front = False
        """The editor can be seen: shown and, in a tabbed side panel, its tab the current one."""
        self.dock = QDockWidget("Edit routine", window)
        self.dock.setObjectName("editor")
        self.dock.setMinimumWidth(380)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.undo_group = QUndoGroup(self)
        self.actions = self._make_actions()
        self.dock.visibilityChanged.connect(self._shown)
        library = window.routine_library
        library.routineSelected.connect(self._library_selected)
        library.editRequested.connect(self._edit_current)

    def _make_actions(self) -> dict[str, QAction]:
        def action(text: str, keys: Keys, slot: Callable[[], object]) -> QAction:
            return make_action(self.window, text, keys, slot)

        undo = self.undo_group.createUndoAction(self.window, "&Undo")
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.undo_group.createRedoAction(self.window, "&Redo")
        redo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")])
        built = self._if_built
        return {
            "undo": undo,
            "redo": redo,
            "toggle": action("&Edit routine", ["Ctrl+E"], self.toggle),
            "new": action("&New routine", [QKeySequence.StandardKey.New], lambda: self._new_routine("blank")),
            "template": action("New from &template", ["Ctrl+Shift+T"], lambda: self._new_routine("template")),
            "copy": action("New &copy of this routine", ["Ctrl+Shift+N"], self._new_copy),
            "save": action("&Save", [QKeySequence.StandardKey.Save], built(lambda e: e.save())),
            "save_as": action("Save &as…", ["Ctrl+Shift+S"], built(lambda e: e.save_as())),
            "add": action("Add e&xercise", ["Insert", "Ctrl+Shift+A"], built(lambda e: e.add_exercise())),
            "block": action("Add &block", ["Ctrl+Shift+B"], built(lambda e: e.add_block())),
            "duplicate": action("&Duplicate", ["Ctrl+D"], built(lambda e: e.duplicate())),
            "remove": action("Re&move", ["Delete"], built(lambda e: e.remove())),
            "up": action("Move &up", ["Alt+Up"], built(lambda e: e.move_up())),
            "down": action("Move do&wn", ["Alt+Down"], built(lambda e: e.move_down())),
        }

    def _if_built(self, edit: Callable[[RoutineEditor], object]) -> Callable[[], object]:
        """An editing key: with no editor yet there is nothing to edit, so it does nothing."""
        return lambda: edit(self._editor) if self._editor is not None else None

    # -- the editor ------------------------------------------------------------------------------------

    @property
    def editor(self) -> RoutineEditor:
        """The editor, made on first use."""
        if self._editor is None:
            from .editor import RoutineEditor

            editor = self._editor = RoutineEditor(self._prompter, self._user_folder)
            editor.exercise_library = self._exercise_library
            editor.preferences = self._preferences
            editor.figures = self.figures
            editor.routineEdited.connect(self._show_draft)
            editor.saved.connect(self._saved)
            # the title follows the title field at each keystroke, and the star the undo stack
            editor.routineEdited.connect(self._update_title)
            editor.dirtyChanged.connect(self._update_title)
            editor.messageShown.connect(self._show_message)
            self.undo_group.addStack(editor.undo_stack)
            self.dock.setWidget(editor)
            self._sync()
        return self._editor

    @property
    def exercise_library(self) -> ExerciseLibrary:
        """The library the editor names moves from (the catalog's: bundled, with the user's moves)."""
        return self._exercise_library

    def set_exercise_library(self, exercise_library: ExerciseLibrary) -> None:
        self._exercise_library = exercise_library
        if self._editor is not None:
            self._editor.exercise_library = exercise_library

    def set_preferences(self, preferences: Preferences) -> None:
        self._preferences = preferences
        if self._editor is not None:
            self._editor.preferences = preferences

    def draft_of(self, entry: CatalogEntry) -> Routine | None:
        """The editor's unsaved version of this routine, if it has one (what the user sees is what runs)."""
        editor = self._editor
        document = editor.document if editor is not None else None
        if editor is None or document is None or document.path != entry.path or not editor.is_dirty():
            return None
        return document.routine

    def confirm_leave(self) -> bool:
        return self._editor is None or self._editor.confirm_leave()

    # -- following the window --------------------------------------------------------------------------

    def toggle(self) -> None:
        """Ctrl+E: hide the editor when it is in front, else bring it there (from behind the programme tab too)."""
        if self._in_front:
            self.dock.hide()
        else:
            self._bring_forward()

    def _bring_forward(self) -> None:
        """Show the editor in front: the side panel may hold the programme editor as another tab, and a dock
        shown behind a tab is "visible" to Qt yet out of sight."""
        self.dock.show()
        self.dock.raise_()

    def library_left(self) -> None:
        """Another screen (a session, its summary, the history) takes the window: the editor makes room, and
        comes back with the library if it was open there (Ctrl+E brings it back before then)."""
        if not self._away:
            self._away = True
            self._visible_before_session = self.dock.isVisible()
        self.dock.hide()
        self._sync()

    def library_shown(self) -> None:
        self._away = False
        self._sync()
        if self._visible_before_session:
            self.dock.show()

    def _sync(self) -> None:
        """Editing keys work where the editor can be seen, never on a hidden panel (Delete, Insert …)."""
        usable = self.dock.isVisible() or self.window.library_shown()
        for name, action in self.actions.items():
            if name not in ("undo", "redo", "toggle"):
                action.setEnabled(usable)
        self.undo_group.setActiveStack(self._editor.undo_stack if usable and self._editor is not None
                                       else None)  # type: ignore[arg-type]  # None: no stack, undo disabled

    def _shown(self, visible: bool) -> None:
        self._in_front = visible  # also told when its tab is chosen or left
        if visible and self.editor.document is None:
            entry = self.window.routine_library.current_entry()
            if entry is not None:
                self.editor.open_entry(entry)
        self._sync()
        if visible:
            self.editor.tree.setFocus()

    def _edit_current(self) -> None:
        entry = self.window.routine_library.current_entry()
        if entry is None or entry.routine is None:
            return
        self._bring_forward()
        self.editor.open_entry(entry)

    def _library_selected(self, entry: CatalogEntry) -> None:
        if self._following_save or not self.dock.isVisible() or entry.routine is None:
            return
        document = self.editor.document
        if document is not None and document.path == entry.path:
            return
        if not self.editor.open_entry(entry) and document is not None and document.path is not None:
            kept = self.window.loader.find(document.path)  # stay on the routine being edited
            if kept is not None:
                self.window.routine_library.select(kept)

    def _new_routine(self, routine: Routine | str) -> None:
        """A new routine in the editor: ``blank``, ``template`` (warm-up, main, cool-down), or this one."""
        if isinstance(routine, str):
            from ..core import editing  # with the YAML reader: not needed until something is edited

            routine = editing.blank_routine() if routine == "blank" else editing.template_routine()
        if self.editor.new_routine(routine):
            self.window.show_library()
            self._bring_forward()

    def open_draft(self, routine: Routine, guesses: GuessMarks | None, message: str) -> bool:
        """An imported article as an unsaved draft in the editor, its guessed values marked (``False`` when
        the user kept the routine being edited)."""
        if not self.editor.open_draft(routine, guesses, message):
            return False
        self.window.show_library()
        self._bring_forward()
        self.editor.tree.setFocus()
        return True

    def _new_copy(self) -> None:
        entry = self.window.routine_library.current_entry()
        if entry is not None and entry.routine is not None:
            self._new_routine(replace(entry.routine, title=f"{entry.routine.title} (my copy)"))

    def _show_draft(self, _routine: object) -> None:
        document = self.editor.document
        if document is None:
            return
        draft = CatalogEntry(document.path or Path("unsaved.yaml"), str(document.path or "unsaved"),
                             document.bundled, document.routine)
        self.window.routine_library.show_preview(draft)  # its moves' pictures follow the edits too

    def _saved(self, path: Path) -> None:
        """Show the saved routine in the library, selected, without the editor switching away from it."""
        window = self.window
        self._following_save = True
        try:
            window.reload()
            entry = window.loader.open(path)  # saved outside the routine folders: listed like an opened file
            library = window.routine_library
            if library.search.text():
                library.search.clear()
            library.select(entry)
        finally:
            self._following_save = False
        if window.session_active():
            window.status.setText(f"Saved {path.name}: the running session keeps its copy; the change applies "
                                  "next time.")

    def _update_title(self, *_: object) -> None:
        editor = self.editor
        title = editor.routine.title if editor.routine is not None else ""
        # Qt adds " — BackCoach" (the application display name) itself.
        self.window.setWindowTitle(f"{title}{' *' if editor.is_dirty() else ''}" if title else "")

    def _show_message(self, text: str) -> None:
        """The editor's message on the status line too; when the editor takes it back, the library's summary."""
        status = self.window.status
        if text:
            status.setText(text)
        elif status.text() == self._last_message:
            status.setText(self.window.loader.summary())
        self._last_message = text
