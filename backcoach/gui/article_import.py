"""Importing an article in the app: File → Import article…, dropping a file on the window, pasting text.

Each opens the routine the article describes as an unsaved draft in the side-panel editor, with the
preview, the length and the steps as for any routine, and every guessed value marked for checking;
nothing is written until the user saves. The reading itself is :func:`backcoach.core.importer.import_article`,
run on a worker thread so a long web page never freezes the window.

:class:`ArticleImport` attaches to the main window with one call (its menu entries, its shortcuts and
a drop filter); :class:`ImportDialog` is the file-or-paste dialog with the notes and a choice of class.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.guesses import GuessMarks
from ..core.importer import ImportedRoutine, ImportResult, import_article
from ..core.importer.assemble import describe
from ..core.importer.source import MAX_ARTICLE_BYTES
from ..core.library import ExerciseLibrary

if TYPE_CHECKING:
    from .main_window import MainWindow

ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml")


def read_article(path: Path) -> bytes:
    """A file's bytes, at most one past the importer's limit (which then says the file is too large)."""
    with path.open("rb") as handle:
        return handle.read(MAX_ARTICLE_BYTES + 1)


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
        self.summary.setAccessibleName("What was found")
        self.which = QComboBox()
        self.which.setAccessibleName("Which class to open")
        self.which.currentIndexChanged.connect(lambda _i: self._show_notes())
        self.notes = QListWidget()
        self.notes.setAccessibleName("Guesses and lines not used")
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
        filters = "Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"
        path, _ = QFileDialog.getOpenFileName(self, "Import article", "", filters)
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        try:
            data = read_article(path)
        except OSError as error:
            self.summary.setText(f"Cannot read {path.name}: {error.strerror or error}")
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
            self.summary.setText(f"Found “{routine.title}”: {len(routine.exercises)} exercises in "
                                 f"{len(routine.blocks)} blocks" + (f", {count} classes." if count > 1 else "."))
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
    """The app's ways in to the importer, attached to a main window."""

    draftOpened = Signal(object)  # Routine
    draftHeld = Signal(str)  # where it came from: read during a session, opened by no one
    importFailed = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._reader = _Reader(self)
        self._reader.finished.connect(self._finished)
        self.import_action = QAction("Import &article…", window)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(lambda _checked=False: self.ask())
        self.paste_action = QAction("&Paste article", window)
        self.paste_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.paste_action.triggered.connect(lambda _checked=False: self.paste())
        window.addActions([self.import_action, self.paste_action])
        for menu_action in window.menuBar().actions():
            menu = menu_action.menu()
            if not isinstance(menu, QMenu):
                continue
            if menu_action.text() == "&File":  # after "Open routine…"
                entries = menu.actions()
                if len(entries) > 1:
                    menu.insertAction(entries[1], self.import_action)
                else:
                    menu.addAction(self.import_action)
            elif menu_action.text() == "&Edit":
                menu.addSeparator()
                menu.addAction(self.paste_action)
        window.installEventFilter(self)

    # -- the ways in ----------------------------------------------------------------------------------

    def ask(self) -> ImportDialog:
        """File → Import article…: the dialog; its choice opens as a draft."""
        dialog = ImportDialog(self.window.editor.library, self.window)
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
            data = read_article(path)
        except OSError as error:
            self._failed(path.name, f"cannot read it: {error.strerror or error}")
            return
        self.window.status.setText(f"Reading {path.name}…")
        self._reader.start(data, path.name, self.window.editor.library, path.name)

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
        self._reader.start(data, name, self.window.editor.library, "pasted text")

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
        if not window.editor.open_draft(part.routine, marks, draft_message(source, part, result)):
            return False
        window.show_library()
        window.editor_dock.show()
        window.editor.tree.setFocus()
        self.draftOpened.emit(part.routine)
        return True

    # -- dropping files ---------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(event, QDragEnterEvent | QDropEvent):
            if self._articles(event):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            articles = self._articles(event)
            if articles:
                event.acceptProposedAction()
                self.import_file(articles[0])
                return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _articles(event: QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls()
                if url.isLocalFile() and url.toLocalFile().lower().endswith(ARTICLE_SUFFIXES)]
