"""The offer on the summary after a session: a harder step after sessions rated too easy in a row, an easier one
after too hard, more pain or "it hurts". Nothing changes without a yes (Y); No (N) keeps things as they are;
a change made can be undone (U), here or later from the Programme menu.

The box shows what the programme screen gives it and says what the user answered; the offer itself comes
from the core (:mod:`~backcoach.core.progression`).
"""

from __future__ import annotations

from functools import partial
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .actions import make_action


class ProgressOffer(QFrame):
    accepted = Signal()
    declined = Signal()
    undoRequested = Signal()

    def __init__(self, owner: QWidget) -> None:
        """``owner``: the screen the box is on; its keys Y, N and U work while the focus is there."""
        super().__init__()
        self.setObjectName("ProgressOffer")
        self.setAccessibleName("Progress offer")
        self.question = QLabel()
        self.question.setObjectName("offerQuestion")
        self.question.setWordWrap(True)
        self.question.setAccessibleDescription("What is offered")  # named by what it shows
        self.sources = QLabel()
        self.sources.setObjectName("offerSource")
        self.sources.setWordWrap(True)
        self.sources.setAccessibleDescription("Where the advice comes from")
        self.yes = QPushButton("Yes, from next time (Y)")
        self.no = QPushButton("No, keep it as it is (N)")
        self.undo = QPushButton("Undo (U)")
        for button in (self.yes, self.no, self.undo):
            button.setAccessibleName(button.text().rsplit(" (", 1)[0])  # its text without the key (issue 17)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.yes.clicked.connect(lambda _checked=False: self._answer("yes"))
        self.no.clicked.connect(lambda _checked=False: self._answer("no"))
        self.undo.clicked.connect(lambda _checked=False: self._answer("undo"))
        for key, answer in (("Y", "yes"), ("N", "no"), ("U", "undo")):
            make_action(self, f"Progress offer: {answer}", [key], partial(self._answer, answer), owner)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.undo, self.no, self.yes):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.sources)
        layout.addLayout(buttons)
        self.setStyleSheet("#ProgressOffer { border: 2px solid palette(highlight); border-radius: 6px; }"
                           "#ProgressOffer QLabel#offerQuestion { font-weight: bold; }"
                           "#ProgressOffer QLabel#offerSource { color: palette(placeholder-text); }")
        self.hide()

    def offer(self, question: str, sources: tuple[tuple[str, str], ...], *, can_change: bool) -> None:
        """Ask ``question`` (with the advice it follows); without ``can_change`` it is advice only."""
        self.question.setText(question)
        self.sources.setText("<br>".join(f"{escape(name)}: \u201c{escape(quote)}\u201d" for name, quote in sources))
        self.yes.setVisible(can_change)
        self.no.setVisible(can_change)
        self.undo.hide()
        self.show()

    def answered(self, text: str, *, can_undo: bool) -> None:
        """What the answer did (``can_undo``: a change in force, which U takes back)."""
        self.question.setText(text)
        self.yes.hide()
        self.no.hide()
        self.undo.setVisible(can_undo)
        self.show()

    def clear(self) -> None:
        self.hide()

    def _answer(self, answer: str) -> None:
        if not self.isVisible():
            return
        if answer == "yes" and self.yes.isVisible():
            self.accepted.emit()
        elif answer == "no" and self.no.isVisible():
            self.declined.emit()
        elif answer == "undo" and self.undo.isVisible():
            self.undoRequested.emit()
