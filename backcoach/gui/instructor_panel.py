"""The instructor's panel beside the session screen: the whole timeline, and the notes for the step now.

When the room follows the audience view on a projector, the laptop is the instructor's: the session screen
with its buttons, and this panel with every step of the class (when it starts, what it is, how long; the
step now highlighted) and what the instructor needs to say about the step now: how to do the move, its
cautions, the routine's note, the gentler move on offer, and what comes next. All of it comes from the
session's plan (its timeline and step cards) as the controller reports it; nothing here runs the session.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..core.display import Moment, StepCard, clock_text
from ..core.durations import format_seconds

if TYPE_CHECKING:
    from ..core.session_plan import SessionPlan
    from .session_controller import SessionController


class InstructorPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("InstructorPanel")
        self.setMinimumWidth(320)
        self._plan: SessionPlan | None = None
        self._controller: SessionController | None = None
        self.heading = QLabel()
        self.heading.setAccessibleDescription("The class: its steps and length")
        self.steps = QListWidget()
        self.steps.setAccessibleName("Timeline")
        self.steps.setAccessibleDescription("Every step of the class; the step now is selected")
        # The keyboard stays with the session screen (Space, arrows, a clicker): the list only shows.
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.steps.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.steps.setWordWrap(True)  # long names in full, on two lines
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        notes_title = QLabel("<b>Notes for the step now</b>")
        self.notes = QLabel()
        self.notes.setAccessibleDescription("How to do the move, its cautions and notes, and what comes next")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.notes.setMinimumHeight(120)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.steps, 3)
        layout.addWidget(notes_title)
        layout.addWidget(self.notes, 2)

    def follow(self, controller: SessionController) -> None:
        """Show ``controller``'s sessions from now on, starting with the one it has now (if any)."""
        self._controller = controller
        controller.opened.connect(self.show_plan)
        controller.momentChanged.connect(self.show_moment)
        if controller.plan is not None:
            self.show_plan(controller.plan)
        moment = controller.moment()
        if moment is not None:
            self.show_moment(moment)

    def show_plan(self, plan: SessionPlan) -> None:
        """List every step of ``plan``: its start, what it is, its length."""
        self._plan = plan
        self.steps.clear()
        for step, card in zip(plan.timeline.steps, plan.display.cards, strict=True):
            self.steps.addItem(QListWidgetItem(f"{clock_text(step.start)}  ({format_seconds(step.planned)})  "
                                               f"{step_line(card)}"))
        timeline = plan.timeline
        self.heading.setText(f"<b>{escape(timeline.title)}</b><br>{len(timeline.steps)} steps, "
                             f"{format_seconds(timeline.total_seconds)}")

    def show_moment(self, moment: Moment) -> None:
        card = moment.card
        controller = self._controller
        if controller is not None and controller.plan is not None and controller.plan is not self._plan:
            self.show_plan(controller.plan)  # G planned the session again with a gentler move
        if card is None:
            return
        if self.steps.currentRow() != card.index:
            self.steps.setCurrentRow(card.index)
            item = self.steps.item(card.index)
            if item is not None:
                self.steps.scrollToItem(item, QListWidget.ScrollHint.PositionAtCenter)
        self.notes.setText(notes_html(card))

    def current_row(self) -> int:
        """The step highlighted (for tests)."""
        return self.steps.currentRow()


def step_line(card: StepCard) -> str:
    """``Work: Bird dog``, ``Rest``, ``Get ready: Plank``: one step in the timeline."""
    kind = card.heading.capitalize()
    return kind if card.title.upper() == card.heading else f"{kind}: {card.title}"


def notes_html(card: StepCard) -> str:
    """What the instructor may say about a step: how, cautions, the routine's note, the gentler move, next."""
    lines = [f"<b>{escape(step_line(card))}</b> <small>({escape(card.block)})</small>"]
    if card.how_to:
        lines.append(escape(card.how_to))
    lines += [f"⚠ {escape(caution)}" for caution in card.cautions]
    lines += [f"Note: {escape(note)}" for note in card.notes]
    if card.offer:
        lines.append(escape(card.offer))
    lines.append(f"<i>{escape(card.upcoming)}</i>")
    return "<br>".join(lines)
