"""Questions the app asks the user, behind one small interface so tests answer them without Qt dialogs."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)


class Prompter(Protocol):
    def confirm(self, title: str, question: str, yes: str, no: str, *, default_yes: bool = True) -> bool:
        """Ask a yes/no question; ``True`` for yes. ``default_yes=False`` when Return must not do harm."""
        ...

    def inform(self, title: str, paragraphs: tuple[str, ...]) -> None: ...

    def choose(self, title: str, text: str, options: tuple[str, ...]) -> int:
        """One of several answers (buttons, left to right); -1 when the question is dismissed."""
        ...

    def ask_save_path(self, suggested: Path) -> Path | None:
        """Where to save a routine (``None``: cancelled)."""
        ...

    def ask_scale(self, title: str, question: str, low: int, high: int) -> int | None:
        """A number on a scale, optional (``None``: skipped)."""
        ...

    def ask_export_path(self, suggested: Path) -> Path | None:
        """Where to export the history: ``.csv`` or ``.json`` (``None``: cancelled)."""
        ...


def tell_advice(prompter: Prompter, advice: Sequence[str]) -> None:
    """Advice as the core keeps it (``core.safety``: a title, then its paragraphs), told through ``prompter``."""
    title, *paragraphs = advice
    prompter.inform(title, tuple(paragraphs))


def _bold(title: str) -> str:
    from html import escape  # not needed until a question is asked

    return f"<b>{escape(title)}</b>"


TITLE_BAR_ROOM = 160
"""Pixels a window manager's title bar takes besides the title: the icon and the buttons at its ends."""


def fit_title(box: QMessageBox) -> None:
    """Make a message box wide enough for its window title ("Stop the session? — BackCoach"): a window manager
    cuts a title longer than the window ("Stop th… Coach"), and Qt sizes the box by its text alone."""
    from PySide6.QtGui import QFontMetrics, QGuiApplication
    from PySide6.QtWidgets import QGridLayout, QSizePolicy, QSpacerItem

    title = " — ".join(part for part in (box.windowTitle(), QGuiApplication.applicationDisplayName()) if part)
    width = QFontMetrics(box.font()).horizontalAdvance(title) + TITLE_BAR_ROOM
    layout = box.layout()
    if isinstance(layout, QGridLayout):  # QMessageBox resizes itself to its layout: the layout must want the room
        spacer = QSpacerItem(width, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)
        layout.addItem(spacer, layout.rowCount(), 0, 1, layout.columnCount())


class DialogPrompter:
    """The real prompter: modal message boxes over the main window."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def _run(self, box: QMessageBox) -> None:
        """Show a box, then give the keyboard back to the window (a bare X server has no window manager
        to do it, and the session is driven from the keyboard)."""
        fit_title(box)
        box.exec()
        window = self.parent.window()
        window.activateWindow()
        window.raise_()

    def confirm(self, title: str, question: str, yes: str, no: str, *, default_yes: bool = True) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, _bold(title), parent=self.parent)
        box.setInformativeText(question)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes_button if default_yes else no_button)
        self._run(box)
        return box.clickedButton() is yes_button

    def inform(self, title: str, paragraphs: tuple[str, ...]) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, _bold(title), parent=self.parent)
        box.setInformativeText("\n\n".join(paragraphs))
        self._run(box)

    def choose(self, title: str, text: str, options: tuple[str, ...]) -> int:
        box = QMessageBox(QMessageBox.Icon.Question, title, _bold(title), parent=self.parent)
        box.setInformativeText(text)
        buttons = [box.addButton(option, QMessageBox.ButtonRole.ActionRole) for option in options]
        box.addButton(QMessageBox.StandardButton.Cancel)
        self._run(box)
        clicked = box.clickedButton()
        return next((i for i, button in enumerate(buttons) if button is clicked), -1)

    def ask_save_path(self, suggested: Path) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, "Save routine as", str(suggested), "Routines (*.yaml)")
        self.parent.window().activateWindow()
        if not path:
            return None
        return Path(path) if Path(path).suffix in (".yaml", ".yml") else Path(path + ".yaml")

    def ask_scale(self, title: str, question: str, low: int, high: int) -> int | None:
        from .choice_row import Choice, ChoiceRow

        dialog = QDialog(self.parent)
        dialog.setWindowTitle(title)
        layout = QVBoxLayout(dialog)
        label = QLabel(question)
        label.setWordWrap(True)
        row = ChoiceRow(title, [Choice(n, str(n), str(n)) for n in range(low, high + 1)])
        label.setBuddy(row)
        hint = QLabel(f"Optional. Keys {low}-{min(high, 9)}" + (" (1 then 0 for 10)" if high == 10 else "")
                      + ", ←/→; Enter to go on, Esc to skip.")
        hint.setWordWrap(True)
        buttons = QDialogButtonBox()
        ok = buttons.addButton("Go on", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton("Skip", QDialogButtonBox.ButtonRole.RejectRole)
        ok.setDefault(True)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        for widget in (label, row, hint, buttons):
            layout.addWidget(widget)
        row.setFocus()
        dialog.resize(min(640, dialog.sizeHint().width()), dialog.sizeHint().height())
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.parent.window().activateWindow()
        value = row.value()
        return value if accepted and isinstance(value, int) else None

    def ask_export_path(self, suggested: Path) -> Path | None:
        path, chosen = QFileDialog.getSaveFileName(self.parent, "Export history", str(suggested),
                                                   "CSV, for a spreadsheet (*.csv);;JSON, every step (*.json)")
        self.parent.window().activateWindow()
        if not path:
            return None
        if Path(path).suffix.lower() not in (".csv", ".json"):
            path += ".json" if "json" in chosen.lower() else ".csv"
        return Path(path)
