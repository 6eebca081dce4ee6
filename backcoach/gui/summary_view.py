"""The screen after a session: what was done, from the clock and the engine, and two optional questions.

It shows a :class:`~backcoach.core.history_records.SessionRecord` (the very record the history holds) and
asks how hard it felt and how the back is now; each answer is handed on as it is chosen (``answered``), so
nothing waits for a button and nothing is required. Enter goes back to the library.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core.display import clock_text
from ..core.engine import State
from ..core.history_records import FEELING_TEXT, PAIN_RANGE, Feeling, SessionRecord, SessionStatus
from . import theme
from .choice_row import Choice, ChoiceRow

HEADINGS = {
    SessionStatus.FINISHED: "Well done",
    SessionStatus.STOPPED: "Session stopped",
    SessionStatus.HURT: "Stopped because it hurt",
    SessionStatus.INTERRUPTED: "Session interrupted",
    SessionStatus.RUNNING: "Session",
}
COLOURS = {
    SessionStatus.FINISHED: theme.STEP_COLOURS[State.FINISHED],
    SessionStatus.HURT: "#991b1b",  # red-800: white on it is 8:1
}
FEELING_KEYS = {Feeling.TOO_EASY: "1", Feeling.ABOUT_RIGHT: "2", Feeling.TOO_HARD: "3"}


def sets_text(record: SessionRecord) -> str:
    """``14 of 16 sets done · 1 shortened · 1 skipped``."""
    t = record.tally
    parts = [f"{t.done} of {t.sets_planned} sets done"]
    parts += [f"{n} {what}" for n, what in ((t.shortened, "shortened"), (t.skipped, "skipped"),
                                            (t.not_reached, "not reached")) if n]
    return " · ".join(parts)


def time_text(record: SessionRecord) -> str:
    """``14:32 (of which 2:10 paused)``: the clock's time, pauses apart."""
    text = clock_text(round(record.elapsed))
    if round(record.paused) > 0:
        text += f" (of which {clock_text(round(record.paused))} paused)"
    return text


def rests_text(record: SessionRecord) -> str:
    t = record.tally
    if not t.lengthened:
        return "none lengthened"
    return f"{t.lengthened} lengthened (+{t.seconds_added} s in all)"


class SummaryView(QWidget):
    answered = Signal(object, object)  # Feeling | None, pain after (int | None)
    libraryRequested = Signal()
    historyRequested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("SummaryView")
        self.setAccessibleName("Session summary")
        self.record: SessionRecord | None = None

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setAccessibleDescription("How the session ended")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.routine = QLabel()
        self.routine.setObjectName("routine")
        self.routine.setAccessibleDescription("Routine and level")
        self.routine.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.routine.setWordWrap(True)

        facts = QGridLayout()
        facts.setHorizontalSpacing(16)
        self.facts: dict[str, QLabel] = {}
        for row, (key, label) in enumerate((("time", "Time taken"), ("exercising", "Exercising"),
                                            ("sets", "Sets"), ("rests", "Rests and get-readies"),
                                            ("before", "Back pain before"))):
            name = QLabel(label)
            name.setObjectName("factName")
            value = QLabel()
            value.setObjectName("fact")
            value.setAccessibleDescription(label)  # named by what it shows; the label beside it says what
            value.setWordWrap(True)
            value.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            facts.addWidget(name, row, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            facts.addWidget(value, row, 1)
            self.facts[key] = value
            self.facts[key + ":name"] = name

        self.feeling = ChoiceRow("How hard it felt", [
            Choice(feeling, FEELING_TEXT[feeling], FEELING_KEYS[feeling]) for feeling in Feeling])
        self.pain = ChoiceRow("Back pain now", [
            Choice(n, str(n), str(n), "no pain" if n == 0 else "the worst pain imaginable" if n == 10 else "")
            for n in PAIN_RANGE])
        self.feeling.chosen.connect(self._answer)
        self.pain.chosen.connect(self._answer)
        self.feeling.answered.connect(lambda: self.pain.setFocus(Qt.FocusReason.TabFocusReason))
        questions = QFrame()
        questions.setObjectName("questions")
        box = QVBoxLayout(questions)
        feeling_label = QLabel("How hard did it feel?  <span style='font-weight:normal'>(keys 1 2 3)</span>")
        pain_label = QLabel("Back pain now, 0 none to 10 worst?  <span style='font-weight:normal'>(keys 0-9; "
                            "1 then 0 for 10)</span>")
        for question, answers in ((feeling_label, self.feeling), (pain_label, self.pain)):
            question.setObjectName("question")
            question.setWordWrap(True)
            question.setBuddy(answers)
            box.addWidget(question)
            box.addWidget(answers)
        hint = QLabel("Both optional, saved as you choose. ↑/↓ to move between questions.")
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        box.addWidget(hint)

        self.library_button = QPushButton("Back to the library (Enter)")
        self.library_button.setAccessibleName("Back to the library")
        self.library_button.setToolTip("Choose the next routine (Enter)")
        self.library_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Tab reaches it; a click leaves the focus
        self.library_button.setDefault(True)
        self.library_button.clicked.connect(lambda _checked=False: self.libraryRequested.emit())
        self.history_button = QPushButton("See your history (Ctrl+H)")
        self.history_button.setAccessibleName("See your history")
        self.history_button.setToolTip("Days trained, weeks against the target, pain and effort (Ctrl+H)")
        self.history_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.history_button.setAutoDefault(True)  # Enter on it opens the history, not the library
        self.history_button.clicked.connect(lambda _checked=False: self.historyRequested.emit())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.library_button)

        inner = QVBoxLayout()
        inner.addWidget(self.routine)
        inner.addLayout(facts)
        inner.addSpacing(8)
        inner.addWidget(questions)
        inner.addLayout(buttons)
        inner.addStretch(1)
        page = QWidget()
        page.setObjectName("page")
        page.setLayout(inner)
        page.setMaximumWidth(900)
        centred = QHBoxLayout()
        centred.addStretch(0)
        centred.addWidget(page, 1)
        centred.addStretch(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(self.heading)
        layout.addLayout(centred, 1)
        self.setStyleSheet(
            "#SummaryView QLabel#heading { color: white; padding: 0.5em; }"
            "#SummaryView QLabel#routine { padding: 0.3em; }"
            "#SummaryView QLabel#factName { color: palette(placeholder-text); }"
            "#SummaryView QLabel#question { font-weight: bold; margin-top: 0.4em; }"
            "#SummaryView QLabel#hint { color: palette(placeholder-text); }"
            "#SummaryView QFrame#questions { border: 1px solid palette(mid); border-radius: 6px; }"
        )
        self._scale_fonts()

    def _scale_fonts(self) -> None:
        """Read after a session from the mat or the chair: larger type than the library's."""
        base = QFont(self.font())
        size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
        for widget, factor, bold in ((self.heading, 2.2, True), (self.routine, 1.35, False)):
            font = QFont(base)
            font.setPointSizeF(size * factor)
            font.setBold(bold)
            widget.setFont(font)
        for key, value in self.facts.items():
            font = QFont(base)
            font.setPointSizeF(size * 1.2)
            font.setBold(not key.endswith(":name"))
            value.setFont(font)
        for row in (self.feeling, self.pain):
            font = QFont(base)
            font.setPointSizeF(size * 1.2)
            for button in row.buttons:
                button.setFont(font)

    # -- showing ---------------------------------------------------------------------------------------

    def show_record(self, record: SessionRecord) -> None:
        """Show a session that has just ended, its questions unanswered (or as answered so far)."""
        self.record = record
        self.heading.setText(HEADINGS[record.status])
        colour = COLOURS.get(record.status, theme.STEP_COLOURS[State.STOPPED])
        self.heading.setStyleSheet(f"background: {colour};")
        level = f" · {record.level} level" if record.level else ""
        self.routine.setText(f"{record.routine_title}{level}")
        self.facts["time"].setText(time_text(record))
        planned = clock_text(record.planned_seconds)
        self.facts["exercising"].setText(f"{clock_text(round(record.active))} of the {planned} planned")
        self.facts["sets"].setText(sets_text(record))
        self.facts["rests"].setText(rests_text(record))
        before = record.answers.pain_before
        self.facts["before"].setText(str(before) if before is not None else "")
        for key in ("before", "before:name"):
            self.facts[key].setVisible(before is not None)
        self.feeling.set_value(record.answers.feeling)
        self.pain.set_value(record.answers.pain_after)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.feeling.setFocus(Qt.FocusReason.OtherFocusReason)

    def _answer(self, _value: object) -> None:
        feeling = self.feeling.value()
        pain = self.pain.value()
        self.answered.emit(feeling if isinstance(feeling, Feeling) else None, pain if isinstance(pain, int) else None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            self.libraryRequested.emit()
            return
        super().keyPressEvent(event)
