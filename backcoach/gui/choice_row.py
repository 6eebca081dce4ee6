"""A row of answers to one quick question, for the keyboard as much as the mouse.

The row takes the focus (its buttons do not), so the keys mean the row's answers: ←/→ move the choice, a
digit or letter picks one directly (``1 0`` typed in a row makes 10), Backspace clears it, ↑/↓ go to the
question before or after. Clicking the chosen answer again clears it too: every answer is optional.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QWidget


@dataclass(frozen=True)
class Choice:
    value: object
    text: str
    key: str
    """The key that picks it (a digit or a letter), shown in its tooltip."""
    tip: str = ""


class ChoiceRow(QWidget):
    chosen = Signal(object)  # the value, or None when cleared
    answered = Signal()  # a choice was made by a key or a click (the caller may move on)

    def __init__(self, name: str, choices: Sequence[Choice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChoiceRow")
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.choices = tuple(choices)
        self._value: object | None = None
        self._last_key = ""
        # Where the keys go and what is chosen must show from a step away: a frame round the focused row,
        # the chosen answer in the highlight colour (light and dark themes alike).
        self.setStyleSheet(
            "#ChoiceRow { border: 2px solid transparent; border-radius: 6px; }"
            "#ChoiceRow:focus { border: 2px solid palette(highlight); }"
            "#ChoiceRow QPushButton { padding: 0.35em 0.2em; min-width: 2em; }"
            "#ChoiceRow QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);"
            " font-weight: bold; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        self.buttons: list[QPushButton] = []
        for choice in self.choices:
            button = QPushButton(choice.text)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(f"{name}: {choice.text}")
            button.setToolTip(f"{choice.tip or choice.text} (key {choice.key})")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.clicked.connect(lambda _checked=False, value=choice.value: self._click(value))
            layout.addWidget(button)
            self.buttons.append(button)

    def value(self) -> object | None:
        return self._value

    def set_value(self, value: object | None) -> None:
        """Show ``value`` as chosen (``None``: nothing), without telling anyone."""
        self._value = value
        for button, choice in zip(self.buttons, self.choices, strict=True):
            button.setChecked(choice.value == value and value is not None)

    def choose(self, value: object | None) -> None:
        if value == self._value:
            return
        self.set_value(value)
        self.chosen.emit(value)

    def _click(self, value: object) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.choose(None if value == self._value else value)
        if self._value is not None:
            self.answered.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        text = event.text().lower()
        values = [choice.value for choice in self.choices]
        last, self._last_key = self._last_key, text
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = 1 if key == Qt.Key.Key_Right else -1
            if self._value in values:
                index = max(0, min(len(values) - 1, values.index(self._value) + step))
            else:
                index = 0 if step > 0 else len(values) - 1
            self.choose(values[index])
            return
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.choose(None)
            return
        if key == Qt.Key.Key_Up:
            self.focusNextPrevChild(False)
            return
        if key == Qt.Key.Key_Down:
            self.focusNextPrevChild(True)
            return
        if text:
            both = last + text
            for keys in (both, text):  # "1" then "0" is 10 where there is a 10
                match = next((c.value for c in self.choices if c.key == keys), None)
                if match is not None:
                    self.choose(match)
                    self.answered.emit()
                    return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._last_key = ""
        super().focusInEvent(event)
