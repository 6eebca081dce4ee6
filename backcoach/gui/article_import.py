"""Importing an article in the app: File → Import article…, dropping a file on the window, pasting text.

Each opens the routine the article describes as an unsaved draft in the side-panel editor, with the
preview, the length and the steps as for any routine, and every guessed value marked for checking;
nothing is written until the user saves. The reading itself is :func:`backcoach.core.importer.import_article`,
run on a worker thread so a long web page never freezes the window.

:class:`ArticleImport` is what the main window's File → Import article… (Ctrl+I), Edit → Paste article
(Ctrl+Shift+V) and its drop of a ``.txt``/``.md``/``.html`` file call; the window makes it on first use, and
the draft opens through the editor panel (which makes the editor then if it was not yet).
:class:`ImportDialog` is the file-or-paste dialog with the notes and a choice of class.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.exercise_library import ExerciseLibrary
from ..core.guesses import GuessMarks
from ..core.importer import ImportedRoutine, ImportResult, import_article
from ..core.importer.assemble import describe
from ..core.importer.source import read_article
from ..core.problems import RoutineError
from ..core.wording import plural

if TYPE_CHECKING:
    from .main_window import MainWindow


def note_lines(result: ImportResult, part: ImportedRoutine | None) -> list[str]:
    """The notes as the command line prints them, for the dialog: guesses and unused lines, by position."""
    lines: list[tuple[int, int, str]] = [(n.position.line, n.position.column, n.message) for n in result.notes]
    if part is not None:
        lines += [(g.position.line, g.position.column, f"guessed: {describe(part.routine, g.path)}: {g.message}")
                  for g in part.guesses]
    return [f"line {line}: {message}" for line, _column, message in sorted(lines, key=lambda x: (x[0], x[1]))]


def draft_message(source: str, part: ImportedRoutine, result: ImportResult) -> str:
    routine = part.routine
    unused = sum(1 for n in result.notes if n.message.startswith("not used"))
    count = len(part.comments())
    if count == 0:
        marked = "no value had to be guessed"
    elif count == 1:
        marked = "1 guessed value is marked in amber — check it"
    else:
        marked = f"{count} guessed values are marked in amber — check them"
    message = f"Imported “{routine.title}” from {source}: {len(routine.exercises)} exercises; {marked}, then save."
    if unused:
        message += f" {unused} line(s) of the article could not be used (File → Import article… lists them)."
    if len(result.sessions) > 1 and part is result.whole:
        message += f" The article holds {len(result.sessions)} classes; each is a block here."
    return message


class _Reader(QObject):
    """Runs the importer off the GUI thread and hands the result back on it."""

    finished = Signal(object, str)  # ImportResult, where it came from

    def start(self, data: bytes | str, name: str, library: ExerciseLibrary, source: str) -> None:
        def work() -> None:
            result = import_article(data, name, library)
            self.finished.emit(result, source)

        threading.Thread(target=work, name="article-import", daemon=True).start()


class ImportDialog(QDialog):
    """Choose a file or paste an article; see what was found; open it (or one of its classes) as a draft."""

    resultShown = Signal(object)  # ImportResult, once the text has been read

    def __init__(self, library: ExerciseLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import an article")
        self.resize(640, 560)
        self.library = library
        self.result_: ImportResult | None = None
        self.source = "pasted text"
        self._reader = _Reader(self)
        self._reader.finished.connect(self._show_result)
        self._pending = 0
        intro = QLabel(
            "Choose a saved article (.txt, .md or .html) or paste its text below. BackCoach reads its exercises, "
            "sets, reps, holds and rests; every value it has to guess is marked for you to check."
        )
        intro.setWordWrap(True)
        choose = QPushButton("Choose &file…")
        choose.clicked.connect(self.ask_file)
        self.file_label = QLabel("")
        top = QHBoxLayout()
        top.addWidget(choose)
        top.addWidget(self.file_label, 1)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName("Article text")
        self.text.setPlaceholderText("Paste an article here…")
        self.text.textChanged.connect(self._text_changed)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(400)
        self.timer.timeout.connect(self._read_text)
        self.summary = QLabel("Nothing read yet.")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleDescription("What was found")  # named by what it says
        self.which = QComboBox()
        self.which.setAccessibleName("Which class to open")
        self.which.currentIndexChanged.connect(lambda _i: self._show_notes())
        self.notes = QListWidget()
        self.notes.setAccessibleName("Guesses and lines not used")
        self.notes.setWordWrap(True)  # a note is read whole, never behind a sideways scroll
        self.notes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.notes.setResizeMode(QListView.ResizeMode.Adjust)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = self.buttons.addButton("&Open as draft", QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setEnabled(False)
        self.open_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.text, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.which)
        layout.addWidget(QLabel("Guesses to check and lines not used:"))
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.buttons)

    # -- input ------------------------------------------------------------------------------------------

    def ask_file(self) -> None:
        filters = "Articles (*.txt *.md *.markdown *.html *.htm *.srt *.vtt *.csv);;All files (*)"
        path, _ = QFileDialog.getOpenFileName(self, "Import article", "", filters)
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        try:
            data = read_article(path, path.name)
        except RoutineError as error:  # a folder, a pipe, too large, gone: said before anything is read
            self.summary.setText(f"Cannot read {path.name}: {error.first.message}")
            return
        self.source = path.name
        self.file_label.setText(str(path))
        self.text.blockSignals(True)
        self.text.setPlainText("")
        self.text.blockSignals(False)
        self._read(data, path.name)

    def set_text(self, text: str) -> None:
        """Paste text (as the user would); it is read at once."""
        self.text.setPlainText(text)
        self.timer.stop()
        self._read_text()

    def _text_changed(self) -> None:
        self.file_label.setText("")
        self.timer.start()

    def _read_text(self) -> None:
        text = self.text.toPlainText()
        if not text.strip():
            return
        self.source = "pasted text"
        self._read(text, "pasted text")

    def _read(self, data: bytes | str, name: str) -> None:
        self._pending += 1
        self.summary.setText("Reading the article…")
        self.open_button.setEnabled(False)
        self._reader.start(data, name, self.library, str(self._pending))

    # -- output -----------------------------------------------------------------------------------------

    def _show_result(self, result: ImportResult, request: str) -> None:
        if request != str(self._pending):
            return  # an older reading, overtaken by newer text
        self.result_ = result
        self.which.blockSignals(True)
        self.which.clear()
        if result.problem is not None or result.whole is None:
            self.summary.setText(f"Nothing to import: {result.problem}")
            self.open_button.setEnabled(False)
        else:
            count = len(result.sessions)
            routine = result.whole.routine
            self.summary.setText(f"Found “{routine.title}”: {plural(len(routine.exercises), 'exercise')} in "
                                 f"{plural(len(routine.blocks), 'block')}"
                                 + (f", {count} classes." if count > 1 else "."))
            if count > 1:
                self.which.addItem(f"All {count} classes as one routine", -1)
                for index, part in enumerate(result.sessions):
                    self.which.addItem(part.routine.title, index)
            self.open_button.setEnabled(True)
        self.which.setVisible(self.which.count() > 0)
        self.which.blockSignals(False)
        self._show_notes()
        self.resultShown.emit(result)

    def chosen(self) -> ImportedRoutine | None:
        """The routine to open: the whole article, or the class chosen in the list."""
        result = self.result_
        if result is None or result.whole is None:
            return None
        index = self.which.currentData()
        if isinstance(index, int) and 0 <= index < len(result.sessions):
            return result.sessions[index]
        return result.whole

    def _show_notes(self) -> None:
        self.notes.clear()
        if self.result_ is not None:
            self.notes.addItems(note_lines(self.result_, self.chosen()))


class ArticleImport(QObject):
    """The app's ways in to the importer: the main window's menu entries and drops call these."""

    draftOpened = Signal(object)  # Routine
    draftHeld = Signal(str)  # where it came from: read during a session, opened by no one
    importFailed = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._reader = _Reader(self)
        self._reader.finished.connect(self._finished)

    def _exercise_library(self) -> ExerciseLibrary:
        """The library the editor names moves from, so an imported move is the move the editor knows."""
        return self.window.editor_panel.exercise_library

    # -- the ways in ----------------------------------------------------------------------------------

    def ask(self) -> ImportDialog:
        """File → Import article…: the dialog; its choice opens as a draft."""
        dialog = ImportDialog(self._exercise_library(), self.window)
        dialog.accepted.connect(lambda: self._open_chosen(dialog))
        dialog.open()
        return dialog

    def _open_chosen(self, dialog: ImportDialog) -> None:
        part = dialog.chosen()
        if part is not None and dialog.result_ is not None:
            self.open_draft(part, dialog.result_, dialog.source)

    def import_file(self, path: Path) -> None:
        """Read a dropped (or given) article; the draft opens when it has been read."""
        try:
            data = read_article(path, path.name)
        except RoutineError as error:  # a folder, a pipe, too large, gone: said before anything is read
            self._failed(path.name, f"cannot read it: {error.first.message}")
            return
        self.window.status.setText(f"Reading {path.name}…")
        self._reader.start(data, path.name, self._exercise_library(), path.name)

    def paste(self) -> None:
        """Edit → Paste article: the clipboard's text (its HTML when a browser put some there, for its lists)."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is not None and mime.hasHtml() and mime.html().strip():
            data, name = mime.html(), "pasted.html"
        else:
            data, name = QGuiApplication.clipboard().text(), "pasted text"
        if not data.strip():
            self._failed("the clipboard", "it holds no text; copy an article first")
            return
        self._reader.start(data, name, self._exercise_library(), "pasted text")

    def _finished(self, result: ImportResult, source: str) -> None:
        if result.problem is not None or result.whole is None:
            self._failed(source, result.problem or "nothing to import")
            return
        self.open_draft(result.whole, result, source)

    def _failed(self, source: str, problem: str) -> None:
        self.window.status.setText(f"Nothing imported from {source}: {problem}")
        self.window.prompter.inform("Nothing to import", (f"{source}: {problem}",))
        self.importFailed.emit(problem)

    def open_draft(self, part: ImportedRoutine, result: ImportResult, source: str) -> bool:
        window = self.window
        if window.session_active():  # a running class is never interrupted; the article waits
            window.status.setText(f"{source} was read; stop or finish the session to open it in the editor")
            self.draftHeld.emit(source)
            return False
        marks = GuessMarks(part.routine, part.guesses)
        if not window.editor_panel.open_draft(part.routine, marks, draft_message(source, part, result)):
            return False
        self.draftOpened.emit(part.routine)
        return True
