"""The routine editor: a side panel to change a routine while looking at it, with undo and safe saving.

Every edit replaces the routine with a new immutable value (``backcoach.core.editing``) and is pushed
on a QUndoStack as a before/after pair, so undo and redo are exact for fields and structure alike.
Typing in one field merges into one undo step. Saving goes through :func:`backcoach.gui.saving.save_text`
(QSaveFile: atomic); bundled routines are read-only and offer Save as into the user's folder.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontDatabase, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..core import editing
from ..core.catalog import CatalogEntry, slug, unique
from ..core.durations import Level, format_seconds
from ..core.editing import Address, EditRefused
from ..core.exercise_library import ExerciseLibrary
from ..core.figure.book import FigureBook
from ..core.files import read_user_text
from ..core.guesses import GuessMarks
from ..core.model import BodyPosition, Pace, Per, Routine, Sides
from ..core.preferences import Preferences
from ..core.problems import RoutineError
from ..core.session_plan import estimates, plan_session
from ..core.timeline import resolve
from ..core.writer import dump_routine
from ..resources import user_routines_dir
from .accessibility import mark_invalid
from .figure_view import FigurePreview, FigureView, on_panel
from .prompts import Prompter
from .routine_tree import ADDRESS_ROLE, RoutineTree
from .saving import save_text

COMMENT = re.compile(r"(^|\s)#")
LABELS = {
    "title": "Title", "summary": "Summary", "source": "Source", "level": "Level", "duration": "Stated length",
    "equipment": "Equipment", "prepare": "Get ready", "rep_time": "Time per rep", "rest": "Rest between sets",
    "switch": "Switch sides", "between": "Rest after exercise", "pace": "Rep pace", "rounds": "Rounds",
    "rest_between_rounds": "Rest between rounds", "name": "Exercise", "reps": "Reps", "hold": "Hold",
    "sets": "Sets", "per": "Each side", "instructions": "How to do it", "muscles": "Muscles", "note": "Note",
    "sides": "Sides change", "position": "Starting position", "position_change": "Time to change position",
    "figure": "Figure",
}
CHOICES: dict[str, tuple[str, ...]] = {
    "level": tuple(level.value for level in Level),
    "pace": tuple(pace.value for pace in Pace),
    "per": tuple(per.value for per in Per),
    "sides": tuple(sides.value for sides in Sides),
    "position": tuple(position.value for position in BodyPosition),
}
UNSET_CHOICE = {"per": "as the exercise library says", "sides": "as the exercise library says",
                "position": "as the exercise library says"}
"""What an empty choice means where it is not a plain default: the library's way of doing the move."""
LONG_TEXT = {"summary", "instructions", "note", "figure"}
NOT_SAVED = "Not saved: "
GUESSED_STYLE = "background: #fef3c7; border: 1px solid #d97706;"
"""A value the importer guessed: amber, as a highlighter would mark what to check."""


@dataclass
class Document:
    """What the editor has open: where it lives, whether it may be overwritten, and what is on disk."""

    routine: Routine
    path: Path | None
    bundled: bool
    disk_text: str | None
    guesses: GuessMarks | None = None
    """An imported draft's guessed values, marked in the form and written back as ``# guessed:`` comments."""

    @property
    def has_comments(self) -> bool:
        if self.guesses is not None:
            return False  # its comments are the guess marks, which saving writes again
        return self.disk_text is not None and any(COMMENT.search(line) for line in self.disk_text.splitlines())


class _Edit(QUndoCommand):
    """One edit as a before/after pair; consecutive edits of the same field merge into one step."""

    def __init__(self, editor: RoutineEditor, text: str, before: Routine, after: Routine,
                 before_at: Address, after_at: Address, merge_key: object = None) -> None:
        super().__init__(text)
        self.editor, self.before, self.after = editor, before, after
        self.before_at, self.after_at, self.merge_key = before_at, after_at, merge_key

    def id(self) -> int:
        return 1 if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if isinstance(other, _Edit) and other.merge_key == self.merge_key:
            self.after, self.after_at = other.after, other.after_at
            return True
        return False

    def redo(self) -> None:
        self.editor._show(self.after, self.after_at)

    def undo(self) -> None:
        self.editor._show(self.before, self.before_at)


class RoutineEditor(QWidget):
    routineEdited = Signal(object)  # Routine
    dirtyChanged = Signal(bool)
    saved = Signal(object)  # Path
    messageShown = Signal(str)

    def __init__(self, prompter: Prompter, user_folder: Callable[[], Path] = user_routines_dir) -> None:
        super().__init__()
        self.setAccessibleName("Routine editor")
        self.prompter = prompter
        self.user_folder = user_folder
        self.exercise_library = ExerciseLibrary()
        self.preferences = Preferences()
        """The user's settings that change a session's length: the estimate and steps shown are the session's."""
        self.document: Document | None = None
        self.undo_stack = QUndoStack(self)
        # Bound methods, not lambdas: Qt disconnects them when this editor is destroyed.
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._from_form = False
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._name_note: QLabel | None = None
        self._hints: dict[str, QLabel] = {}

        self.tree = RoutineTree()
        self.tree.currentItemChanged.connect(self._selection_changed)
        self.tree.moveRequested.connect(self._move)
        self.form_host = QScrollArea()
        self.form_host.setWidgetResizable(True)
        self.estimate = QLabel()
        self.estimate.setAccessibleDescription("Estimated length")
        self.estimate.setWordWrap(True)
        self.steps = QListWidget()
        self.steps.setAccessibleName("Steps of the session")
        self.steps.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.message = QLabel()
        self.message.setAccessibleDescription("Editor message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: palette(highlight);")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.form_host)
        # The selected exercise's figure, moving; it follows every edit (its own `figure:` or the library's).
        self.figures: Callable[[ExerciseLibrary], FigureBook] | None = None
        """The figures for an exercise library (the window's figure shelf); ``None``: no figures."""
        self.figure_view = FigureView()
        self.figure_view.setMinimumHeight(100)
        self.figure_preview = FigurePreview(self.figure_view)
        splitter.addWidget(self.figure_view)
        splitter.addWidget(self.steps)
        splitter.setSizes([200, 300, 160, 120])
        layout = QVBoxLayout(self)
        layout.addWidget(self.estimate)
        layout.addWidget(splitter, 1)
        self.figure_note = QLabel()  # a figure that reads but cannot be drawn as written: says why, saving allowed
        self.figure_note.setAccessibleDescription("Figure problem")  # named by what it says
        self.figure_note.setWordWrap(True)
        self.figure_note.setStyleSheet("color: #b91c1c;")
        self.figure_note.hide()
        layout.addWidget(self.figure_note)
        layout.addWidget(self.message)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._changed_on_disk)

    def _clean_changed(self, clean: bool) -> None:
        self.dirtyChanged.emit(not clean)

    def _selection_changed(self, *_: object) -> None:
        self._build_form()
        self._show_figure()

    def _show_figure(self) -> None:
        """The selected exercise's figure (hidden for a block or the routine). A problem with the exercise's own
        figure that only shows once it is drawn (a move ``like`` names that has no figure, a pose that cannot
        rest) is said below it, as ``backcoach validate`` says it; the routine can still be saved."""
        routine, at = self.routine, self.tree.current_address()
        figure = None
        problem = ""
        if routine is not None and len(at) == 2 and self.figures is not None:
            exercise = routine.blocks[at[0]].exercises[at[1]]
            book = self.figures(self.exercise_library)
            file = str(self.document.path) if self.document and self.document.path else "unsaved"
            figure = book.for_exercise(exercise.name, exercise.figure, file)
            if exercise.figure is not None:
                _, problems = book.resolve(exercise.figure, exercise.name, file)
                problem = problems[0].message if problems else ""
            # at the move's own pace: the routine's, else the exercise library's natural pace
            rep = resolve(exercise, routine.defaults, routine.effective_level(None), self.exercise_library).rep_time
            palette = self.palette()
            self.figure_view.set_style(on_panel(palette.text().color(), palette.base().color()))
            self.figure_view.setVisible(figure is not None)
            self.figure_preview.show_figure(figure, float(rep))
        else:
            self.figure_view.setVisible(False)
            self.figure_preview.show_figure(None)
        self.figure_note.setText(f"Figure: {problem}" if problem else "")
        self.figure_note.setVisible(bool(problem))

    # -- opening -------------------------------------------------------------------------------------

    def open_entry(self, entry: CatalogEntry) -> bool:
        """Edit a routine from the library (asks first if the current one has unsaved changes)."""
        if entry.routine is None:
            return False
        if self.document is not None and self.document.path == entry.path and self.document.bundled == entry.bundled:
            return True
        if not self.confirm_leave():
            return False
        try:
            text: str | None = read_user_text(entry.path)
        except RoutineError:  # changed since the library read it; the watcher will tell
            text = None
        self._open(Document(entry.routine, entry.path, entry.bundled, text))
        return True

    def new_routine(self, routine: Routine) -> bool:
        """Start a new, unsaved routine (blank, from the template, or a copy)."""
        if not self.confirm_leave():
            return False
        self._open(Document(routine, None, False, None))
        self._push("New routine", routine, routine, (), ())  # makes the stack dirty: it is not on disk yet
        return True

    def open_draft(self, routine: Routine, guesses: GuessMarks | None, message: str = "") -> bool:
        """Open an imported routine as a new, unsaved draft whose guessed values are marked for checking."""
        if not self.confirm_leave():
            return False
        self._open(Document(routine, None, False, None, guesses))
        self._push("Import article", routine, routine, (), ())  # dirty: nothing is saved until the user saves
        self.show_message(message)
        return True

    def _open(self, document: Document) -> None:
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        self.document = document
        self.undo_stack.clear()
        if document.path is not None and not document.bundled:
            self.watcher.addPath(str(document.path))
        self._show(document.routine, ())
        read_only = "Bundled routine: read-only. Your changes are saved as a copy in your routines."
        self.show_message(read_only if document.bundled else "")

    # -- state ---------------------------------------------------------------------------------------

    @property
    def routine(self) -> Routine | None:
        return self.document.routine if self.document else None

    def is_dirty(self) -> bool:
        return not self.undo_stack.isClean()

    def show_message(self, text: str) -> None:
        """Say ``text`` under the editor (and on the status line); ``""`` takes the last message back."""
        if text or self.message.text():
            self.message.setText(text)
            self.messageShown.emit(text)

    def _show(self, routine: Routine, select: Address) -> None:
        assert self.document is not None
        self.document.routine = routine
        self.tree.show_routine(routine, select)
        self._mark_tree(routine)
        if not self._from_form:
            self._build_form()
        self._show_estimates(routine)
        self._show_figure()
        self.routineEdited.emit(routine)

    def _show_estimates(self, routine: Routine) -> None:
        lengths = estimates(routine, self.preferences, self.exercise_library)
        self.estimate.setText("Estimated length: " + " · ".join(f"{level.value} {format_seconds(seconds)}"
                                                                for level, seconds in lengths.items()))
        self.steps.clear()
        timeline = plan_session(routine, self.preferences, exercise_library=self.exercise_library).timeline
        for step in timeline.steps[:400]:
            length = "Done" if step.duration is None else format_seconds(step.duration)
            side = f" ({step.side.value})" if step.side else ""
            self.steps.addItem(f"{step.start // 60}:{step.start % 60:02d}  {step.kind.value:<7} {length:>8}  "
                               f"{step.exercise}{side}")
        if len(timeline.steps) > 400:
            self.steps.addItem(f"… {len(timeline.steps) - 400} more steps")

    # -- edits ---------------------------------------------------------------------------------------

    def _push(self, text: str, before: Routine, after: Routine, before_at: Address, after_at: Address,
              merge_key: object = None) -> None:
        self.undo_stack.push(_Edit(self, text, before, after, before_at, after_at, merge_key))

    def apply(self, text: str, change: Callable[[Routine], tuple[Routine, Address]]) -> bool:
        """Run a structural edit on the current routine; a refused edit leaves everything as it was."""
        if self.routine is None:
            return False
        before, at = self.routine, self.tree.current_address()
        try:
            after, after_at = change(before)
        except EditRefused as refused:
            self.show_message(str(refused))
            return False
        self.show_message("")
        if self.document is not None and self.document.guesses is not None:
            self.document.guesses.follow(before, after)
        self._push(text, before, after, at, after_at)
        return True

    def add_exercise(self) -> bool:
        at = self.tree.current_address()
        block = at[0] if at else 0
        index = at[1] + 1 if len(at) == 2 else len(self.routine.blocks[block].exercises) if self.routine else 0
        return self.apply("Add exercise", lambda r: editing.add_exercise(r, block, index))

    def add_block(self) -> bool:
        at = self.tree.current_address()
        index = at[0] + 1 if at else len(self.routine.blocks) if self.routine else 0
        return self.apply("Add block", lambda r: editing.add_block(r, index))

    def remove(self) -> bool:
        at = self.tree.current_address()
        return self.apply("Remove", lambda r: editing.remove(r, at))

    def duplicate(self) -> bool:
        at = self.tree.current_address()
        return self.apply("Duplicate", lambda r: editing.duplicate(r, at))

    def move_up(self) -> bool:
        at = self.tree.current_address()
        return self.apply("Move up", lambda r: editing.move_by(r, at, -1))

    def move_down(self) -> bool:
        at = self.tree.current_address()
        return self.apply("Move down", lambda r: editing.move_by(r, at, +1))

    def _move(self, source: Address, target: Address) -> None:
        self.apply("Move", lambda r: editing.move(r, source, target))

    def set_field(self, key: str, text: str) -> str | None:
        """Apply a field typed as text; returns the validator's message when the value is refused."""
        if self.routine is None:
            return "nothing is open"
        at = self.tree.current_address()
        try:
            value = editing.read_field(key, text)
            after = editing.set_field(self.routine, at, key, value)
        except EditRefused as refused:
            return str(refused)
        if after != self.routine:
            if self.document is not None and self.document.guesses is not None:
                self.document.guesses.follow(self.routine, after, (at, key))  # an edited value is a checked one
            self._from_form = True
            try:
                self._push(f"Change {LABELS.get(key, key).lower()}", self.routine, after, at, at, (at, key))
            finally:
                self._from_form = False
        return None

    # -- the form ------------------------------------------------------------------------------------

    def _build_form(self) -> None:
        routine = self.routine
        form = QWidget()
        layout = QFormLayout(form)
        self._fields, self._errors, self._hints, self._name_note = {}, {}, {}, None
        if routine is not None:
            at = self.tree.current_address()
            keys = (editing.ROUTINE_FIELDS if len(at) == 0 else editing.BLOCK_FIELDS if len(at) == 1
                    else editing.EXERCISE_FIELDS)
            for key in keys:
                value = editing.get_field(routine, at, key)
                widget = self._field_widget(key, editing.field_text(key, value), at)
                error = QLabel()
                error.setStyleSheet("color: #b91c1c;")
                error.setWordWrap(True)
                error.hide()
                self._fields[key], self._errors[key] = widget, error
                layout.addRow(f"{LABELS.get(key, key)}:", widget)
                layout.addRow("", error)
                if key == "name":
                    note = self._name_note = QLabel()
                    note.setObjectName("name_note")
                    note.setStyleSheet("color: #92400e;")
                    note.setWordWrap(True)
                    layout.addRow("", note)
                    self._show_name_note(editing.field_text(key, value))
                guessed = self._guess_at(at, key)
                if guessed is not None:
                    widget.setProperty("guessed", True)
                    widget.setStyleSheet(GUESSED_STYLE)
                    widget.setToolTip(f"Guessed by the importer: {guessed}. Check it; editing it clears the mark.")
                    hint = QLabel(f"Guessed: {guessed}")
                    hint.setObjectName(f"guess_{key}")
                    hint.setWordWrap(True)
                    hint.setStyleSheet("color: #92400e;")
                    layout.addRow("", hint)
                    self._hints[key] = hint
        old = self.form_host.takeWidget()
        if old is not None:
            old.deleteLater()  # it may be in the middle of handling an event
        self.form_host.setWidget(form)

    def _field_widget(self, key: str, text: str, at: Address) -> QWidget:
        widget: QWidget
        if key in CHOICES:
            combo = QComboBox()
            combo.addItem(UNSET_CHOICE.get(key, "(default)"), "")
            for choice in CHOICES[key]:
                combo.addItem(choice, choice)
            combo.setCurrentIndex(max(0, combo.findData(text)))
            combo.currentIndexChanged.connect(lambda _i, k=key, c=combo: self._edited(k, str(c.currentData())))
            widget = combo
        elif key in LONG_TEXT:
            box = QPlainTextEdit(text)
            box.setTabChangesFocus(True)
            box.setMaximumHeight(90)
            box.textChanged.connect(lambda k=key, b=box: self._edited(k, b.toPlainText()))
            widget = box
        else:
            line = QLineEdit(text)
            line.setPlaceholderText(self._inherited(key, at))
            if key == "name":
                completer = QCompleter(self.exercise_library.offered_names(), line)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                # A name picked from the list (click, or Enter on it) is set without textEdited: stored here.
                completer.activated.connect(lambda value, k=key: self._edited(k, str(value)))
                line.setCompleter(completer)
            line.textEdited.connect(lambda value, k=key: self._edited(k, value))
            # What the field shows when the focus leaves it is what is stored (a name the list filled in too).
            line.editingFinished.connect(lambda k=key, box=line: self._settle(k, box.text()))
            widget = line
        widget.setObjectName(f"field_{key}")
        widget.setAccessibleName(LABELS.get(key, key))
        return widget

    def _mark_tree(self, routine: Routine) -> None:
        """Parts of a draft with guessed values get the guess colour and say which values to check."""
        guesses = self.document.guesses if self.document is not None else None
        if guesses is None:
            return
        brush = QBrush(QColor("#fef3c7"))
        tops = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        items = [item for item in tops if item is not None]
        items += [child for item in list(items) for c in range(item.childCount()) if (child := item.child(c))]
        for item in items:
            address = tuple(item.data(0, ADDRESS_ROLE) or ())
            keys = guesses.keys_at(routine, address)
            if keys:
                item.setBackground(0, brush)
                item.setToolTip(0, "Guessed values to check: " + ", ".join(LABELS.get(k, k).lower() for k in keys))

    def _guess_at(self, at: Address, key: str) -> str | None:
        document = self.document
        if document is None or document.guesses is None:
            return None
        return document.guesses.at(document.routine, at, key)

    def guessed_fields(self) -> list[str]:
        """The keys of the selected part whose values are still marked as guessed (for tests and screen readers)."""
        return [key for key, widget in self._fields.items() if widget.property("guessed")]

    def _inherited(self, key: str, at: Address) -> str:
        if key in editing.TIMING_FIELDS and len(at) == 2 and self.routine is not None:
            value = editing.get_field(self.routine, (), key)
            return f"routine default: {editing.field_text(key, value) or 'built-in'}"
        return {"sets": "1", "rounds": "1"}.get(key, "")

    def _edited(self, key: str, text: str) -> None:
        message = self.set_field(key, text)
        error, field = self._errors.get(key), self._fields.get(key)
        if error is None or field is None:
            return
        error.setText(message or "")
        error.setVisible(bool(message))
        field.setStyleSheet("border: 2px solid #b91c1c;" if message else "")
        field.setToolTip(message or "")
        mark_invalid(field, message)
        if field.property("guessed") and not message and self._guess_at(self.tree.current_address(), key) is None:
            field.setProperty("guessed", False)  # edited: the user has checked it
            hint = self._hints.get(key)
            if hint is not None:
                hint.hide()
            if self.routine is not None:
                self._mark_tree(self.routine)
        if key == "name" and self.exercise_library.find(text) is not None:
            self._show_name_note(text)  # known now: the note goes at once (a new one waits until the field is left)
        if not self.field_problems() and self.message.text().startswith(NOT_SAVED):
            self.show_message("")  # the field it was about is fixed: the refusal no longer holds

    def _settle(self, key: str, text: str) -> None:
        """The field was left (or Enter pressed): store what it shows, if that is not stored yet (nor refused
        already); a name the exercise library does not know is flagged now, not at every letter typed."""
        field = self._fields.get(key)
        if field is not None and not self.field_error(key) and self.routine is not None:
            at = self.tree.current_address()
            if text != editing.field_text(key, editing.get_field(self.routine, at, key)):
                self._edited(key, text)
        if key == "name":
            self._show_name_note(text)

    def _show_name_note(self, name: str) -> None:
        """Flag a name the exercise library does not know (a note, not an error: a routine may name a move of its
        own), with the name it was most likely meant to be."""
        note = self._name_note
        if note is None:
            return
        text = ""
        if name.strip() and self.exercise_library.find(name) is None:
            guess = self.exercise_library.suggestion(name)
            text = (f"Not in the exercise library: the session shows no instructions, pace or caution for "
                    f"'{name}'." + (f" Did you mean '{guess}'?" if guess else ""))
        note.setText(text)
        note.setVisible(bool(text))
        field = self._fields.get("name")
        if field is not None:
            field.setAccessibleDescription(text)  # what the note says, read with the field

    def field_note(self, key: str) -> str:
        """The note shown at a field (a name the exercise library does not know), for tests and accessibility."""
        return self._name_note.text() if key == "name" and self._name_note is not None else ""

    def field_error(self, key: str) -> str:
        """The message shown at a field ('' when its value is fine): for tests and accessibility."""
        error = self._errors.get(key)
        return error.text() if error is not None else ""

    # -- saving --------------------------------------------------------------------------------------

    def field_problems(self) -> list[str]:
        """Messages of fields whose text is not in the routine (the routine keeps the last valid value)."""
        return [label.text() for label in self._errors.values() if label.text()]

    def _refuse_while_invalid(self) -> bool:
        problems = self.field_problems()
        if problems:
            self.show_message(f"{NOT_SAVED}fix the marked field first — {problems[0]}")
        return bool(problems)

    def save(self) -> bool:
        """Save in place, or ask where when the routine is new or bundled. ``True`` once it is on disk.

        Refused while a field shows an error: the routine would hold a value the user did not enter."""
        document = self.document
        if document is None or self._refuse_while_invalid():
            return False
        if document.path is None or document.bundled:
            return self.save_as()
        if document.has_comments:
            answer = self.prompter.choose(
                "Comments will be lost",
                f"{document.path.name} was written by hand and has comments. Saving here writes it anew "
                "without them.",
                ("Save anyway", "Save as a copy"),
            )
            if answer == 1:
                return self.save_as(comments_confirmed=True)
            if answer != 0:
                return False
        return self._write(document.path)

    def save_as(self, *, comments_confirmed: bool = False) -> bool:
        if self.document is None or self._refuse_while_invalid():
            return False
        # A copy of a bundled routine leaves the bundled file and its comments as they are: nothing to warn about.
        if self.document.has_comments and not self.document.bundled and not comments_confirmed:
            name = self.document.path.name if self.document.path else "this routine"
            answer = self.prompter.choose(
                "Comments will be lost",
                f"{name} has comments (such as notes on which numbers are not from the source). The new "
                "file is written without them.",
                ("Save without them",),
            )
            if answer != 0:
                return False
        if self.document.bundled and not self.document.routine.title.endswith("(my copy)"):
            # Your copy must not look like the bundled routine it came from, in the list or the file.
            self.document.routine = replace(self.document.routine, title=f"{self.document.routine.title} (my copy)")
        folder = self.user_folder()
        try:
            folder.mkdir(parents=True, exist_ok=True)  # else the dialog opens wherever the app was started
        except OSError as error:
            self.show_message(f"Cannot make your routines folder {folder}: {error.strerror or error}")
        suggested = folder / f"{slug(self.document.routine.title)}.yaml"
        path = self.prompter.ask_save_path(unique(suggested))
        if path is None:
            return False
        return self._write(path)

    def _write(self, path: Path) -> bool:
        assert self.document is not None
        guesses = self.document.guesses
        text = dump_routine(self.document.routine, guesses.comments(self.document.routine) if guesses else None)
        try:
            if self.watcher.files():
                self.watcher.removePaths(self.watcher.files())
            save_text(path, text)
        except OSError as error:
            self.show_message(f"{NOT_SAVED}{error}")
            return False
        self.document.path, self.document.bundled, self.document.disk_text = path, False, text
        self.watcher.addPath(str(path))
        self.undo_stack.setClean()
        self.show_message(f"Saved to {path}")
        self.saved.emit(path)
        return True

    def confirm_leave(self) -> bool:
        """Before the routine is replaced or the app quits: save, discard, or stay. ``True`` to go on."""
        if self.document is None or not self.is_dirty():
            return True
        answer = self.prompter.choose(
            "Unsaved changes",
            f"Save the changes to “{self.document.routine.title}”?",
            ("Save", "Discard"),
        )
        if answer == 0:
            return self.save()
        if answer == 1:
            self.undo_stack.setClean()
            return True
        return False

    def _changed_on_disk(self, name: str) -> None:
        document = self.document
        if document is None or document.path is None or Path(name) != document.path:
            return
        if not document.path.exists():
            self.show_message(f"{document.path.name} was removed from disk; save to write it again.")
            return
        self.watcher.addPath(str(document.path))  # an atomic replace ends the watch; watch the new file
        try:
            text = read_user_text(document.path)  # bounded: the path may now be anything (a folder, a pipe)
        except RoutineError as error:
            self.show_message(f"{document.path.name} was changed by another program and cannot be read: "
                              f"{error.first.message}. Your routine stays open here; save to write it again.")
            return
        if text == document.disk_text:
            return
        answer = self.prompter.choose(
            "Changed on disk",
            f"{document.path.name} was changed by another program."
            + (" Reloading loses your unsaved changes." if self.is_dirty() else ""),
            ("Reload", "Keep mine"),
        )
        if answer != 0:
            document.disk_text = text
            return
        from ..core.loader import load_routine

        try:
            routine = load_routine(text, str(document.path))
        except RoutineError as error:
            self.show_message(f"Not reloaded: {error.first}")
            return
        self._open(Document(routine, document.path, False, text))
