"""The programme editor: a side panel to change a programme's title, schedule, sessions (add, remove, reorder)
and gentler alternatives, with undo and atomic saving, as the routine editor does for routines.

Every change replaces the programme with a new immutable value and is pushed on a QUndoStack as a before/after
pair, so undo and redo are exact. Saving writes :func:`~backcoach.core.programme_writer.dump_programme`
through :func:`~.saving.save_text` (QSaveFile: the old file stays whole until the new one is complete). A
bundled programme is read-only: saving it makes your copy in your programmes folder. Keys work while the focus
is in the panel: Ctrl+Z / Ctrl+Shift+Z, Ctrl+S, Alt+↑ / Alt+↓ move the chosen session, Insert adds, Delete
removes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.programme import (
    MAX_EVERY_DAYS,
    MAX_REST_DAYS,
    MAX_SESSIONS,
    WEEKDAYS,
    Programme,
    ProgrammeSession,
    Schedule,
    ScheduleKind,
)
from ..core.programme_catalog import ProgrammeEntry
from .prompts import Prompter

KINDS = ((ScheduleKind.DAYS, "On days of the week"), (ScheduleKind.EVERY, "Every few days"),
         (ScheduleKind.READY, "Whenever I am ready"))
PROGRAMMES_GENTLER = "The programme's gentler session"
NONE = "None"


@dataclass
class ProgrammeDocument:
    programme: Programme
    path: Path | None
    bundled: bool
    programme_id: str | None
    """The history's name for the file it was opened from (``None``: a new programme)."""
    disk_text: str | None = None


class _Edit(QUndoCommand):
    def __init__(self, editor: ProgrammeEditor, before: Programme, after: Programme, text: str) -> None:
        super().__init__(text)
        self.editor, self.before, self.after = editor, before, after

    def redo(self) -> None:
        self.editor.show_programme(self.after)

    def undo(self) -> None:
        self.editor.show_programme(self.before)


class ProgrammeEditor(QWidget):
    saved = Signal(object, object)  # Path, the programme id it was a copy of (None: saved in place or new)
    messageShown = Signal(str)
    programmeEdited = Signal(object)  # Programme

    def __init__(self, prompter: Prompter, folder: Callable[[], Path] | None = None) -> None:
        super().__init__()
        self.setObjectName("ProgrammeEditor")
        self.setAccessibleName("Programme editor")
        self.prompter = prompter
        self.document: ProgrammeDocument | None = None
        self.user_folder: Path | None = None
        self._showing = False
        self.undo_stack = QUndoStack(self)
        # a method, not a lambda: Qt drops the connection when the editor goes, so the stack's last
        # cleanChanged (sent while it is destroyed) never reaches a half-deleted editor
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.titles: list[str] = []

        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setAccessibleDescription("Where the programme is saved")
        self.title = QLineEdit()
        self.title.setAccessibleName("Programme title")
        self.title.editingFinished.connect(self._title_edited)
        self.kind = QComboBox()
        self.kind.setAccessibleName("Schedule")
        for kind, text in KINDS:
            self.kind.addItem(text, kind)
        self.kind.activated.connect(lambda _index: self._schedule_edited())
        self.days: list[QCheckBox] = []
        days_row = QWidget()
        days_layout = QGridLayout(days_row)  # Monday to Thursday, then Friday to Sunday: the dock fits 800x600
        days_layout.setContentsMargins(0, 0, 0, 0)
        for index, name in enumerate(WEEKDAYS):
            box = QCheckBox(name[:3].capitalize())
            box.setAccessibleName(name.capitalize())
            box.toggled.connect(lambda _on, index=index: self._schedule_edited())
            self.days.append(box)
            days_layout.addWidget(box, index // 4, index % 4)
        self.days_row = days_row
        self.every = QSpinBox(minimum=1, maximum=MAX_EVERY_DAYS, suffix=" day(s) apart")
        self.every.setAccessibleName("Days from one session to the next")
        self.every.editingFinished.connect(self._schedule_edited)
        self.rest = QSpinBox(minimum=0, maximum=MAX_REST_DAYS, suffix=" rest day(s), at least")
        self.rest.setAccessibleName("Rest days at least between sessions")
        self.rest.editingFinished.connect(self._schedule_edited)
        self.sessions = QListWidget()
        self.sessions.setAccessibleName("Sessions in order")
        self.sessions.currentRowChanged.connect(self._row_changed)  # a method, as for cleanChanged above
        self.sessions.installEventFilter(self)  # Alt+↑/↓ move the session, which the list would take as ↑/↓
        self.add_box = QComboBox()
        self.add_box.setAccessibleName("Routine to add")
        self.add_button = QPushButton("Add")
        self.add_button.setToolTip("Add the routine as the last session (Insert)")
        self.add_button.clicked.connect(lambda _checked=False: self.add_session())
        self.remove_button = QPushButton("Remove")
        self.remove_button.setToolTip("Remove the chosen session (Delete)")
        self.remove_button.clicked.connect(lambda _checked=False: self.remove_session())
        self.up_button = QPushButton("Up")
        self.up_button.setToolTip("Move the chosen session earlier (Alt+↑)")
        self.up_button.clicked.connect(lambda _checked=False: self.move_session(-1))
        self.down_button = QPushButton("Down")
        self.down_button.setToolTip("Move the chosen session later (Alt+↓)")
        self.down_button.clicked.connect(lambda _checked=False: self.move_session(1))
        self.session_gentler = QComboBox()
        self.session_gentler.setAccessibleName("This session's gentler alternative")
        self.session_gentler.activated.connect(lambda _index: self._session_gentler_edited())
        self.gentler = QComboBox()
        self.gentler.setAccessibleName("The programme's gentler alternative")
        self.gentler.activated.connect(lambda _index: self._gentler_edited())
        self.undo_button = QPushButton("Undo")
        self.undo_button.clicked.connect(lambda _checked=False: self.undo_stack.undo())
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.redo_button = QPushButton("Redo")
        self.redo_button.clicked.connect(lambda _checked=False: self.undo_stack.redo())
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.save_button = QPushButton("Save")
        self.save_button.setToolTip("Save the programme (Ctrl+S)")
        self.save_button.clicked.connect(lambda _checked=False: self.save())
        for button in (self.undo_button, self.redo_button):
            button.setEnabled(False)

        for combo in (self.kind, self.add_box, self.session_gentler, self.gentler):
            # long routine titles must not make the panel as wide as they are: the list shows them whole
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        self.sessions.setWordWrap(True)
        form = QFormLayout()
        form.addRow("&Title:", self.title)
        form.addRow("&Schedule:", self.kind)
        form.addRow("", self.days_row)
        form.addRow("", self.every)
        form.addRow("", self.rest)
        moves = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            moves.addWidget(button)
        adding = QHBoxLayout()
        adding.addWidget(self.add_box, 1)
        adding.addWidget(self.add_button)
        saving = QHBoxLayout()
        saving.addWidget(self.undo_button)
        saving.addWidget(self.redo_button)
        saving.addStretch(1)
        saving.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addLayout(form)
        sessions_label = QLabel("S&essions, in order (after the last, the first again):")
        sessions_label.setBuddy(self.sessions)
        layout.addWidget(sessions_label)
        layout.addWidget(self.sessions, 1)
        layout.addLayout(moves)
        layout.addLayout(adding)
        for label, chosen in (("This session's &gentler alternative:", self.session_gentler),
                              ("The programme's gentler &alternative:", self.gentler)):
            caption = QLabel(label)
            caption.setBuddy(chosen)
            layout.addWidget(caption)
            layout.addWidget(chosen)
        layout.addLayout(saving)

    # -- opening -------------------------------------------------------------------------------------------

    @property
    def programme(self) -> Programme | None:
        return self.document.programme if self.document is not None else None

    def is_dirty(self) -> bool:
        return self.document is not None and not self.undo_stack.isClean()

    def confirm_leave(self) -> bool:
        """Unsaved changes: save, drop them, or stay."""
        if not self.is_dirty():
            return True
        choice = self.prompter.choose("Unsaved programme", "The programme has changes that are not saved.",
                                      ("Save", "Drop the changes"))
        if choice == 0:
            return self.save()
        return choice == 1

    def open_programme(self, entry: ProgrammeEntry, titles: list[str]) -> bool:
        if entry.programme is None or not self.confirm_leave():
            return False
        try:
            disk = entry.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            disk = None
        self._open(ProgrammeDocument(entry.programme, entry.path, entry.bundled, entry.programme_id, disk), titles)
        return True

    def new_programme(self, programme: Programme, titles: list[str], folder: Path) -> bool:
        if not self.confirm_leave():
            return False
        self.user_folder = folder
        self._open(ProgrammeDocument(programme, None, False, None), titles)
        return True

    def _open(self, document: ProgrammeDocument, titles: list[str]) -> None:
        self.document = document
        self.titles = titles
        self.add_box.clear()
        self.add_box.addItems(titles)
        self.undo_stack.clear()
        self.show_programme(document.programme)
        self._update_status()

    # -- showing -------------------------------------------------------------------------------------------

    def show_programme(self, programme: Programme) -> None:
        """Show ``programme`` in the fields (an undo or redo lands here too)."""
        assert self.document is not None
        self.document.programme = programme
        self._showing = True
        try:
            self.title.setText(programme.title)
            schedule = programme.schedule
            self.kind.setCurrentIndex(next(i for i, (k, _t) in enumerate(KINDS) if k is schedule.kind))
            for index, box in enumerate(self.days):
                box.setChecked(index in schedule.days)
            self.every.setValue(schedule.every)
            self.rest.setValue(schedule.rest_days)
            self.days_row.setVisible(schedule.kind is ScheduleKind.DAYS)
            self.every.setVisible(schedule.kind is ScheduleKind.EVERY)
            self.rest.setVisible(schedule.kind is ScheduleKind.READY)
            row = max(0, self.sessions.currentRow())
            self.sessions.clear()
            for number, session in enumerate(programme.sessions, start=1):
                gentler = f"  (gentler: {session.gentler})" if session.gentler else ""
                self.sessions.addItem(f"{number}. {session.routine}{gentler}")
            self.sessions.setCurrentRow(min(row, self.sessions.count() - 1))
            self.gentler.clear()
            self.gentler.addItems([NONE, *self.titles])
            self.gentler.setCurrentIndex(max(0, self.gentler.findText(programme.gentler or NONE)))
            self._show_session_gentler()
        finally:
            self._showing = False
        self.programmeEdited.emit(programme)

    def _show_session_gentler(self) -> None:
        programme = self.programme
        row = self.sessions.currentRow()
        was = self._showing
        self._showing = True
        try:
            self.session_gentler.clear()
            self.session_gentler.addItems([PROGRAMMES_GENTLER, *self.titles])
            if programme is not None and 0 <= row < len(programme.sessions):
                own = programme.sessions[row].gentler
                self.session_gentler.setCurrentIndex(max(0, self.session_gentler.findText(own or PROGRAMMES_GENTLER)))
        finally:
            self._showing = was
        count = self.sessions.count()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.remove_button.setEnabled(count > 1 and row >= 0)

    def _clean_changed(self, _clean: bool) -> None:
        self._update_status()

    def _row_changed(self, _row: int) -> None:
        self._show_session_gentler()

    def _update_status(self) -> None:
        document = self.document
        if document is None:
            self.where.setText("")
            return
        if document.bundled or document.path is None:
            where = ("A programme that comes with BackCoach: saving makes your copy in your programmes folder."
                     if document.bundled else "New: saving puts it in your programmes folder.")
        else:
            where = f"Saved in {document.path}."
        self.where.setText(("Unsaved changes. " if self.is_dirty() else "") + where)

    # -- editing -------------------------------------------------------------------------------------------

    def _push(self, after: Programme, text: str) -> None:
        before = self.programme
        if before is None or after == before:
            return
        self.undo_stack.push(_Edit(self, before, after, text))

    def _refuse(self, message: str) -> None:
        self.messageShown.emit(message)
        if self.programme is not None:
            self.show_programme(self.programme)

    def _title_edited(self) -> None:
        programme = self.programme
        if self._showing or programme is None:
            return
        title = self.title.text().strip()
        if not title:
            self._refuse("A programme needs a title.")
            return
        self._push(replace(programme, title=title), "Title")

    def _schedule_edited(self) -> None:
        programme = self.programme
        if self._showing or programme is None:
            return
        kind = ScheduleKind(self.kind.currentData())
        if kind is ScheduleKind.DAYS:
            days = tuple(i for i, box in enumerate(self.days) if box.isChecked())
            if not days and programme.schedule.kind is not ScheduleKind.DAYS:
                days = (0, 3)  # not in the source: Monday and Thursday, two days apart, to start from
            if not days:
                self._refuse("Keep at least one day of the week.")
                return
            schedule = Schedule(kind, days=days)
        elif kind is ScheduleKind.EVERY:
            schedule = Schedule(kind, every=self.every.value())
        else:
            schedule = Schedule(kind, rest_days=self.rest.value())
        self._push(replace(programme, schedule=schedule), "Schedule")

    def add_session(self) -> None:
        programme = self.programme
        title = self.add_box.currentText()
        if programme is None or not title:
            return
        if len(programme.sessions) >= MAX_SESSIONS:
            self.messageShown.emit(f"A programme holds at most {MAX_SESSIONS} sessions.")
            return
        self._push(replace(programme, sessions=(*programme.sessions, ProgrammeSession(title))), "Add session")
        self.sessions.setCurrentRow(self.sessions.count() - 1)

    def remove_session(self) -> None:
        programme = self.programme
        row = self.sessions.currentRow()
        if programme is None or not 0 <= row < len(programme.sessions):
            return
        if len(programme.sessions) == 1:
            self.messageShown.emit("A programme keeps at least one session.")
            return
        sessions = programme.sessions[:row] + programme.sessions[row + 1:]
        self._push(replace(programme, sessions=sessions), "Remove session")

    def move_session(self, step: int) -> None:
        programme = self.programme
        row = self.sessions.currentRow()
        target = row + step
        if programme is None or not 0 <= row < len(programme.sessions) or not 0 <= target < len(programme.sessions):
            return
        sessions = list(programme.sessions)
        sessions[row], sessions[target] = sessions[target], sessions[row]
        self._push(replace(programme, sessions=tuple(sessions)), "Move session")
        self.sessions.setCurrentRow(target)
        self._show_session_gentler()

    def _session_gentler_edited(self) -> None:
        programme = self.programme
        row = self.sessions.currentRow()
        if self._showing or programme is None or not 0 <= row < len(programme.sessions):
            return
        text = self.session_gentler.currentText()
        chosen = None if text == PROGRAMMES_GENTLER else text
        sessions = list(programme.sessions)
        sessions[row] = replace(sessions[row], gentler=chosen)
        self._push(replace(programme, sessions=tuple(sessions)), "Gentler alternative")
        self.sessions.setCurrentRow(row)

    def _gentler_edited(self) -> None:
        programme = self.programme
        if self._showing or programme is None:
            return
        text = self.gentler.currentText()
        self._push(replace(programme, gentler=None if text == NONE else text), "Gentler alternative")

    # -- saving --------------------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save (atomically); a bundled or new programme goes into the user's programmes folder."""
        from ..core.programme import load_programme
        from ..core.programme_writer import dump_programme
        from ..resources import user_programmes_dir
        from .saving import save_text

        document = self.document
        if document is None:
            return False
        text = dump_programme(document.programme)
        load_programme(text)  # what is saved reads back: a bug here must never write a file that does not
        copy_of = document.programme_id if document.bundled else None
        if document.path is None or document.bundled:
            folder = self.user_folder or user_programmes_dir()
            target = _free_name(folder, document.programme.title)
        else:
            target = document.path
            if document.disk_text is not None and _has_comments(document.disk_text) and not self.prompter.confirm(
                    "Save without comments?", f"{target.name} has comments (lines with #). Saving writes the "
                    "programme without them.", "Save", "Cancel", default_yes=False):
                return False
        try:
            save_text(target, text)
        except OSError as error:
            self.prompter.inform("Programme not saved", (str(error),))
            return False
        self.document = ProgrammeDocument(document.programme, target, False, document.programme_id, text)
        self.undo_stack.setClean()
        self._update_status()
        self.messageShown.emit(f"Saved {document.programme.title} to {target}")
        self.saved.emit(target, copy_of)
        return True

    # -- keys ----------------------------------------------------------------------------------------------

    _KEYS: ClassVar[dict[QKeySequence.StandardKey, str]] = {
        QKeySequence.StandardKey.Undo: "undo", QKeySequence.StandardKey.Redo: "redo",
        QKeySequence.StandardKey.Save: "save",
    }

    def _key_action(self, event: QKeyEvent) -> str | None:
        for key, name in self._KEYS.items():
            if event.matches(key):
                return name
        combo = event.keyCombination()
        alt = combo.keyboardModifiers() == Qt.KeyboardModifier.AltModifier
        plain = combo.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
        ctrl = Qt.KeyboardModifier.ControlModifier
        if combo.key() == Qt.Key.Key_Y and combo.keyboardModifiers() == ctrl:
            return "redo"
        if alt and combo.key() == Qt.Key.Key_Up:
            return "up"
        if alt and combo.key() == Qt.Key.Key_Down:
            return "down"
        if plain and self.sessions.hasFocus() and combo.key() == Qt.Key.Key_Delete:
            return "remove"
        if plain and self.sessions.hasFocus() and combo.key() == Qt.Key.Key_Insert:
            return "add"
        return None

    def event(self, event: QEvent) -> bool:
        """The panel's own keys win over the window's while the focus is here (the routine editor's Ctrl+Z, Ctrl+S
        and Alt+↑ are the window's): the key then comes to :meth:`keyPressEvent`."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and self._key_action(event) is not None and self.document is not None:
            event.accept()
            return True
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.sessions and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and self._key_action(event) is not None and self.document is not None:
            self.keyPressEvent(event)
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        name = self._key_action(event) if self.document is not None else None
        actions: dict[str, Callable[[], object]] = {
            "undo": self.undo_stack.undo, "redo": self.undo_stack.redo, "save": self.save,
            "up": lambda: self.move_session(-1), "down": lambda: self.move_session(1),
            "remove": self.remove_session, "add": self.add_session,
        }
        if name is None:
            super().keyPressEvent(event)
            return
        if name in ("undo", "redo") and self.title.hasFocus() and self.title.isModified():
            self._title_edited()  # the field's text is an edit first, then undone as one
        actions[name]()
        event.accept()


def _has_comments(text: str) -> bool:
    return any(re.search(r"(^|\s)#", line) for line in text.splitlines())


def _free_name(folder: Path, title: str) -> Path:
    """``<folder>/<title as a file name>.yaml``, numbered when that name is taken."""
    stem = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60] or "programme"
    candidate = folder / f"{stem}.yaml"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}.yaml"
        number += 1
    return candidate
