"""The audience view: what the room sees on a projector or TV while the instructor keeps the laptop.

A full-screen window on the second screen with only what a class follows from across a room: what to do
(GET READY, WORK, REST), the countdown, the move, the side, the caution before a move, what comes next, and
how long the class has left, on the step's colour. No buttons: the instructor drives the session from the
laptop (keys, a clicker, the mouse), where the session screen also lists the whole timeline and the notes.

It is another view of the one :class:`~.session_controller.SessionController` (:meth:`AudienceView.follow`),
never a second engine: it shows the controller's :class:`~backcoach.core.display.Moment`, state and
:class:`~backcoach.core.display.Ending` as they come. Beside the countdown, in :attr:`AudienceView.figure_slot`,
the move's figure moves in time with the count (:attr:`AudienceView.figure_view`, animated by the session
screen's :class:`~.figure_view.SessionFigure`: one clock, the same frames, :meth:`AudienceView.follow_figure`);
for a class without figures the slot takes no room.

Labels show their text to assistive technology as they show it on screen (their accessible description says
what each one is); the window never takes the keyboard, which stays with the laptop's session screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QSizePolicy, QVBoxLayout, QWidget

from ..core.display import Ending, Moment
from ..core.engine import State
from ..core.timeline import StepKind
from . import theme
from .figure_view import FigureView, on_colour
from .session_view import fit_next_line, fit_width

if TYPE_CHECKING:
    from .figure_view import SessionFigure
    from .session_controller import SessionController

SIZES = {"block": 0.04, "time": 0.04, "heading": 0.075, "clock": 0.30, "title": 0.095, "side": 0.065,
         "caution": 0.038, "upcoming": 0.06}
"""Type sizes as shares of the screen's height: the countdown a third of it, "Next:" well over half the move's."""
STATE_HEADINGS = {State.PAUSED: "PAUSED"}
"""What the room reads for a state (the laptop says which key resumes; the room needs only "paused")."""


class AudienceView(QWidget):
    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setObjectName("AudienceView")
        self.setWindowTitle("BackCoach — audience view")
        self.setAccessibleName("Audience view")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.BlankCursor)  # a pointer left on the projector is noise for the room
        self._state = State.READY
        self._kind = StepKind.PREPARE
        self.labels: dict[str, QLabel] = {}
        for name, description in (
            ("block", "Block and round"), ("time", "Time left in the class"), ("heading", "What to do now"),
            ("clock", "Time left in this step"), ("title", "Exercise"), ("side", "Side"),
            ("caution", "Caution for this exercise"), ("upcoming", "What comes next"),
        ):
            label = QLabel()
            label.setObjectName(name)
            label.setAccessibleDescription(description)  # the name is the text shown (issue 17, C)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            self.labels[name] = label
        labels = self.labels
        labels["block"].setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        labels["time"].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        labels["caution"].setWordWrap(True)
        self.figure_slot = QWidget()
        """Where the move's figure goes (:meth:`show_figure`); hidden, and taking no room, for a class without."""
        self.figure_slot.setObjectName("figure")
        self._figure_layout = QVBoxLayout(self.figure_slot)
        self._figure_layout.setContentsMargins(0, 0, 0, 0)
        self.figure_slot.hide()
        self.figure_view = FigureView()
        """The move, in time with the count (see :meth:`follow_figure`)."""
        self.figure_view.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)  # the type decides
        self._figure_layout.addWidget(self.figure_view)

        top = QHBoxLayout()
        top.addWidget(labels["block"], 1)
        top.addWidget(labels["time"], 1)
        middle = QHBoxLayout()
        middle.addWidget(self.figure_slot, 1)
        middle.addWidget(labels["clock"], 2)
        layout = self._layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # the screen's size; the type follows it
        layout.addLayout(top)
        layout.addStretch(1)
        layout.addWidget(labels["heading"])
        layout.addLayout(middle, 6)
        for name in ("title", "side", "caution", "upcoming"):
            layout.addWidget(labels[name])
        layout.addStretch(1)
        self.setStyleSheet(theme.backdrop_rules("AudienceView")
                           + f"#AudienceView QLabel {{ color: {theme.TEXT_COLOUR}; }}"
                           "#AudienceView QLabel#caution { background: rgba(0,0,0,0.28); border-radius: 0.4em; }")
        self._apply_colours()

    def follow(self, controller: SessionController) -> None:
        """Show ``controller``'s sessions from now on, starting with the one it has now (if any)."""
        controller.momentChanged.connect(self.show_moment)
        controller.stateChanged.connect(self.show_state)
        controller.ended.connect(self.show_ending)
        state, moment = controller.state, controller.moment()
        if state is not None:
            self.show_state(state)
        if moment is not None:
            self.show_moment(moment)

    def follow_figure(self, animation: SessionFigure) -> None:
        """Show the session's figure beside the countdown, as the session screen does: the same frames from the
        same timer, for a class that has figures."""
        animation.add_view(self.figure_view)
        animation.figuresChanged.connect(self.show_figure)
        self.show_figure(animation.has_figures())

    def show_figure(self, shown: bool) -> None:
        """The figure beside the countdown (for a class with figures), or the countdown alone."""
        if shown != self.figure_slot.isVisibleTo(self):
            self.figure_slot.setVisible(shown)
            self._fit()

    # -- showing ---------------------------------------------------------------------------------------

    def text(self, name: str) -> str:
        """What a label shows (``clock``, ``title``, ``side``, ``upcoming`` …), for tests and screenshots."""
        return self.labels[name].text()

    def show_moment(self, moment: Moment) -> None:
        labels = self.labels
        labels["block"].setText(moment.block)
        labels["time"].setText(f"{moment.session_left} left" if moment.session_left else "")
        labels["heading"].setText(STATE_HEADINGS.get(self._state, moment.heading))
        labels["clock"].setText(moment.clock)
        labels["title"].setText(moment.title)
        labels["side"].setText(moment.side)
        labels["side"].setVisible(bool(moment.side))
        caution = f"⚠ {moment.caution}" if moment.caution else ""
        labels["caution"].setText(caution)
        labels["caution"].setVisible(bool(caution))
        labels["upcoming"].setText(moment.upcoming)
        if moment.kind is not self._kind:
            self._kind = moment.kind
            self._apply_colours()
        self._fit()

    def show_state(self, state: State) -> None:
        self._state = state
        if state in STATE_HEADINGS:
            self.labels["heading"].setText(STATE_HEADINGS[state])
        self._apply_colours()

    def show_ending(self, ending: Ending) -> None:
        labels = self.labels
        for name, text in (("heading", ending.heading), ("clock", ending.clock), ("title", ending.title),
                           ("side", ending.detail), ("caution", ""), ("upcoming", ""), ("time", "")):
            labels[name].setText(text)
            if name in ("side", "caution"):
                labels[name].setVisible(bool(text))
        self._fit()

    def _apply_colours(self) -> None:
        backdrop = theme.backdrop(self._state, self._kind)
        self.figure_view.set_style(on_colour(theme.STEP_COLOURS[backdrop], theme.TEXT_COLOUR))
        theme.show_backdrop(self, backdrop)

    # -- scaling ---------------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Type sizes follow the screen's height; one-line labels shrink to its width; "Next:" never falls
        under half the move's name. If a long caution leaves too little height, the countdown gives way."""
        width, height = self.width(), self.height()
        if width <= 0 or height <= 0:
            return
        share = 1.0
        for _ in range(8):
            for name, part in SIZES.items():
                label = self.labels[name]
                font = QFont(label.font())
                scale = share if name == "clock" else 1.0
                font.setPixelSize(max(10, round(height * part * scale)))
                font.setBold(name in ("clock", "heading", "title", "side"))
                label.setFont(font)
            for name in ("block", "time", "heading", "clock", "title", "side"):
                fit_width(self.labels[name], width if name not in ("block", "time") else width // 2)
            fit_next_line(self.labels["upcoming"], self.labels["title"], width)
            for index in range(self._layout.count()):  # rows cached their heights for the old type
                item = self._layout.itemAt(index)
                inner = item.layout() if item is not None else None
                if inner is not None:
                    inner.invalidate()
            self._layout.invalidate()
            needed = (self._layout.totalHeightForWidth(width) if self._layout.hasHeightForWidth()
                      else self._layout.sizeHint().height())
            if needed <= height or share <= 0.6:
                break
            share -= 0.06
