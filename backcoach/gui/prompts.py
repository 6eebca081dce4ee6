"""Questions the app asks the user, behind one small interface so tests answer them without Qt dialogs."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class Prompter(Protocol):
    def confirm(self, title: str, question: str, yes: str, no: str) -> bool:
        """Ask a yes/no question; ``True`` for yes."""
        ...

    def inform(self, title: str, paragraphs: tuple[str, ...]) -> None: ...

    def choose(self, title: str, text: str, options: tuple[str, ...]) -> int:
        """One of several answers (buttons, left to right); -1 when the question is dismissed."""
        ...

    def ask_save_path(self, suggested: Path) -> Path | None:
        """Where to save a routine (``None``: cancelled)."""
        ...


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

    def choose(self, title: str, text: str, options: tuple[str, ...]) -> int:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.parent)
        buttons = [box.addButton(option, QMessageBox.ButtonRole.ActionRole) for option in options]
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return next((i for i, button in enumerate(buttons) if button is clicked), -1)

    def ask_save_path(self, suggested: Path) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, "Save routine as", str(suggested), "Routines (*.yaml)")
        if not path:
            return None
        return Path(path) if Path(path).suffix in (".yaml", ".yml") else Path(path + ".yaml")
