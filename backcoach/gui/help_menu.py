"""The Help menu: the key overlay (F1 or ?), the user's documentation, and the safety advice.

The documentation is the project's own ``docs/`` (Markdown), shipped inside the package
(:func:`~backcoach.resources.docs_dir`) and shown in the app's own browser: nothing is fetched, and a link
that leads to the internet is not followed (the browser says where it goes, so it can be opened elsewhere).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QListWidget, QTextBrowser, QVBoxLayout, QWidget

from ..resources import docs_dir
from .actions import make_action

if TYPE_CHECKING:
    from .key_overlay import KeyOverlay
    from .main_window import MainWindow

DOCS = (
    ("Running a &class: second screen, clicker, keys", "running-a-class.md"),
    ("&Writing routines", "routine-format.md"),
    ("Your &history", "history.md"),
    ("What the coach &says", "cues.md"),
    ("The c&ommand line", "cli.md"),
    ("&Installing", "install.md"),
)
"""The documents the Help menu opens, in its order: (menu entry, file in ``docs/``)."""


class HelpMenu(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.overlay: KeyOverlay | None = None
        self.browser: HelpBrowser | None = None
        self.keys_action = make_action(window, "&Keyboard shortcuts", ["F1", "?"], self.toggle_keys)
        self.doc_actions = [make_action(window, text, [], self._opener(name)) for text, name in DOCS]
        self.safety_action = make_action(window, "&Safety advice", [], self.show_safety)

    def actions(self) -> list[QAction]:
        return [self.keys_action, *self.doc_actions, self.safety_action]

    def separated(self) -> list[QAction]:
        """Actions followed by a separator in the menu."""
        return [self.keys_action, self.doc_actions[-1]]

    def _opener(self, name: str) -> Callable[[], object]:
        return lambda: self.show_doc(name)

    def show_safety(self) -> None:
        """The articles' advice before exercising, as given before the first session."""
        from ..core.safety import BEFORE_FIRST_SESSION
        from .prompts import tell_advice

        tell_advice(self.window.prompter, BEFORE_FIRST_SESSION)

    def toggle_keys(self) -> None:
        """Show every key over the window (or hide it again)."""
        if self.overlay is None:
            from .key_overlay import KeyOverlay

            self.overlay = KeyOverlay(self.window)
        if self.overlay.isVisible():
            self.overlay.close_keys()
        else:
            self.overlay.show_keys()

    def show_doc(self, name: str) -> HelpBrowser:
        """The help browser (one window, kept), showing ``docs/name``."""
        if self.browser is None:
            self.browser = HelpBrowser(self.window)
        self.browser.open_doc(name)
        self.browser.show()
        self.browser.raise_()
        self.browser.activateWindow()
        return self.browser


class HelpBrowser(QDialog):
    """The documents, side by side with their list; links between them work, links outside are not followed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("BackCoach help")
        self.resize(980, 720)
        self.contents = QListWidget()
        self.contents.setAccessibleName("Help topics")
        for text, _name in DOCS:
            self.contents.addItem(text.replace("&", ""))
        self.contents.setMaximumWidth(280)
        self.contents.currentRowChanged.connect(lambda row: self.open_doc(DOCS[row][1]) if row >= 0 else None)
        self.text = QTextBrowser()
        self.text.setAccessibleName("Help text")
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self.follow)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        right = QVBoxLayout()
        right.addWidget(self.text, 1)
        right.addWidget(self.notice)
        layout = QHBoxLayout(self)
        layout.addWidget(self.contents)
        layout.addLayout(right, 1)

    def open_doc(self, name: str) -> None:
        path = docs_dir() / name
        self.notice.hide()
        if not path.is_file():
            self.text.setPlainText(f"{name} is missing from this installation ({path}).")
            return
        self.text.setSource(QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource)
        names = [doc for _text, doc in DOCS]
        if name in names and self.contents.currentRow() != names.index(name):
            self.contents.blockSignals(True)
            self.contents.setCurrentRow(names.index(name))
            self.contents.blockSignals(False)

    def shown(self) -> str:
        """The file shown now (for tests)."""
        return self.text.source().fileName()

    def follow(self, url: QUrl) -> None:
        """A link: another document or a place in this one is shown; anything else is only said."""
        if url.scheme() in ("", "file"):
            target = self.text.source().resolved(url)
            path = target.toLocalFile()
            if target.fileName() == self.shown() and url.fragment():
                self.text.scrollToAnchor(url.fragment())
                return
            if path.endswith(".md") and Path(path).parent == docs_dir():
                self.open_doc(target.fileName())
                if url.fragment():
                    self.text.scrollToAnchor(url.fragment())
                return
        self.notice.setText(f"This link leads outside BackCoach's help, which never goes on the internet: "
                            f"{url.toString()}")
        self.notice.show()
