"""Questions the app asks the user, behind one small interface so tests answer them without Qt dialogs."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QMessageBox, QWidget


class Prompter(Protocol):
    def confirm(self, title: str, question: str, yes: str, no: str) -> bool:
        """Ask a yes/no question; ``True`` for yes."""
        ...

    def inform(self, title: str, paragraphs: tuple[str, ...]) -> None: ...


class DialogPrompter:
    """The real prompter: modal message boxes over the main window."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def confirm(self, title: str, question: str, yes: str, no: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=self.parent)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is yes_button

    def inform(self, title: str, paragraphs: tuple[str, ...]) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, "\n\n".join(paragraphs), parent=self.parent)
        box.exec()
