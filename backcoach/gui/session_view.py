"""The screen a person follows from the mat: a huge countdown on a colour that says what to do.

It only lays out what it is given — a :class:`~backcoach.core.display.Moment` (with its step's card: how to
do the move, what to watch for), an :class:`~backcoach.core.display.Ending`, a state, a caption — and emits
requests when a button is pressed; the main window forwards them to the session controller.

Its keys (:data:`KEYS`) are those of the keyboard and of a presentation clicker, which sends PageDown and
PageUp (next, previous) and B or "." (its "blank screen" button: pause), and the media keys where the
desktop delivers them. Each button says its key. Before the start, the way forward (Next, →) starts and
the way back (Back, ←, Stop) returns to the library; once the session is over, Enter does too.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QRect, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core.display import Ending, Moment
from ..core.engine import State
from ..core.timeline import StepKind
from . import theme
from .accessibility import announce, set_text, spoken
from .actions import make_action
from .figure_view import FigureView, on_colour

ACTIVE = (State.RUNNING, State.PAUSED)
ENDED = (State.FINISHED, State.STOPPED)
TOGGLE_TEXT = {State.READY: "Start", State.RUNNING: "Pause", State.PAUSED: "Resume"}
PRESS_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class SessionButton(QPushButton):
    """A session button: reached by Tab (a click leaves the focus where it was, so Space and Enter keep their
    session meaning), and while it has the focus, Space and Enter press it, as on any button."""

    def __init__(self, text: str) -> None:
        super().__init__()
        set_text(self, text)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAutoDefault(True)  # Enter presses it, outside a dialog too

    def event(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.key() in PRESS_KEYS and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            event.accept()  # the key is this button's, not the session's shortcut
            return True
        return super().event(event)
_MEDIA = Qt.Key
KEYS: tuple[tuple[str, tuple[QKeySequence | str, ...]], ...] = (
    ("Start, pause or resume", ("Space", "B", ".", QKeySequence(_MEDIA.Key_MediaTogglePlayPause))),
    ("Play (start or resume)", (QKeySequence(_MEDIA.Key_MediaPlay),)),
    ("Pause", (QKeySequence(_MEDIA.Key_MediaPause),)),
    ("Next step (before the start: start)", ("Right", "PgDown", QKeySequence(_MEDIA.Key_MediaNext))),
    ("Previous step, or restart this one (before the start: back to the library)",
     ("Left", "PgUp", QKeySequence(_MEDIA.Key_MediaPrevious))),
    ("Done with this set (once it is over: back to the library)", ("Return", "Enter")),
    ("Ten more seconds of rest", ("+", "=", "Shift++")),
    ("Leave full screen, else stop (asks first)", ("Escape",)),
    ("Stop (asks first)", (QKeySequence(_MEDIA.Key_MediaStop),)),
    ("Full screen", ("F",)), ("Mute", ("M",)), ("Stop: it hurts", ("H",)), ("Gentler move", ("G",)),
)
"""What each key of the session screen does, in the words the key overlay (F1) shows: the one list its
actions are made from."""


class SessionView(QWidget):
    toggleRequested = Signal()
    previousRequested = Signal()
    nextRequested = Signal()
    doneRequested = Signal()
    extendRequested = Signal()
    stopRequested = Signal()
    hurtRequested = Signal()
    libraryRequested = Signal()
    leaveRequested = Signal()  # Esc: leave full screen, else the session
    fullScreenRequested = Signal()
    muteRequested = Signal()
    gentlerRequested = Signal()  # G: a gentler move in place of a high-impact one
    announced = Signal(str)  # what a screen reader was told: a step started, the session paused or ended
    playRequested = Signal()  # the media Play key: start or resume, never pause
    pauseRequested = Signal()  # the media Pause key

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("SessionView")
        self.setAccessibleName("Session")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._state = State.READY
        self._kind = StepKind.PREPARE
        self._shown: Moment | None = None
        self._refit_pending = False
        self._announced: object = None
        """The step last announced (one announcement a step, never one a second)."""

        self.block_label = self._label("block", "Block and round")
        self.progress_label = self._label("progress", "Time left in the class and in this step",
                                          Qt.AlignmentFlag.AlignRight)
        self.progress_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.session_bar = self._bar("Whole session progress")
        self.heading_label = self._label("heading", "What to do now", Qt.AlignmentFlag.AlignCenter)
        self.clock_label = self._label("clock", "Time left in this step", Qt.AlignmentFlag.AlignCenter)
        self.figure_view = FigureView()  # the move, in time with the count (gui/figure_view.SessionFigure)
        # As tall as the countdown's row, never taller: the type sizes decide the layout, the figure fills in.
        self.figure_view.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.figure_view.hide()
        self.title_label = self._label("title", "Exercise", Qt.AlignmentFlag.AlignCenter)
        self.detail_label = self._label("detail", "Set, rep and side", Qt.AlignmentFlag.AlignCenter)
        self.advice_label = self._label("advice", "Caution and note for this exercise", Qt.AlignmentFlag.AlignCenter)
        self.advice_label.setWordWrap(True)
        self.advice_label.hide()
        self.step_bar = self._bar("This step's progress")
        self.upcoming_label = self._label("upcoming", "What comes next", Qt.AlignmentFlag.AlignCenter)
        self.caption_label = self._label("caption", "What the coach says", Qt.AlignmentFlag.AlignCenter)
        self.caption_label.setWordWrap(True)
        self.instructions_label = self._label("instructions", "How to do this exercise", Qt.AlignmentFlag.AlignCenter)
        self.instructions_label.setWordWrap(True)
        self.notice_label = self._label("notice", "Sound status")
        self.notice_label.setWordWrap(True)
        policy = self.notice_label.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # M (mute) mid-set must not make the countdown jump
        self.notice_label.setSizePolicy(policy)
        self.notice_label.hide()

        self.toggle_button = self._button("Start (Space)", "Start or pause (Space, B or a clicker's pause)",
                                          self.toggleRequested)
        self.previous_button = self._button("◀ Back (←)", "Previous step, or restart this one (Left arrow, Page Up); "
                                            "before the start, back to the library", self._back)
        self.next_button = self._button("Skip ▶ (→)", "Next step (Right arrow, Page Down)", self.nextRequested)
        self.done_button = self._button("Done ✓ (Enter)", "Finished this set (Enter)", self.doneRequested)
        self.extend_button = self._button("+10 s (+)", "Ten more seconds of rest (+)", self.extendRequested)
        self.stop_button = self._button("Stop (Esc)", "Stop the session (Esc); before the start, back to the "
                                        "library", self.stopRequested)
        self.hurt_button = self._button("Stop: it hurts (H)", "Stop now because something hurts (H)",
                                        self.hurtRequested)
        self.hurt_button.setObjectName("hurt")
        self.library_button = self._button("Back to library (Enter)", "Choose another routine (Enter or Esc)",
                                           self.libraryRequested)
        self.library_button.hide()
        self.gentler_button = self._button("Gentler move (G)", "Swap this high-impact move for a gentler one (G)",
                                           self.gentlerRequested)
        self.gentler_button.setObjectName("gentler")
        self.gentler_button.hide()

        top = QHBoxLayout()
        top.addWidget(self.block_label, 1)
        top.addWidget(self.progress_label)
        buttons = self._buttons = QGridLayout()
        self._button_rows = 0
        self._arrange_buttons(1)
        layout = self._layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.session_bar)
        layout.addStretch(1)
        layout.addWidget(self.heading_label)
        clock_row = QHBoxLayout()
        clock_row.addWidget(self.figure_view, 5)
        clock_row.addWidget(self.clock_label, 6)
        layout.addLayout(clock_row, 6)
        layout.addWidget(self.title_label)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.advice_label)
        layout.addWidget(self.step_bar)
        layout.addWidget(self.upcoming_label)
        layout.addWidget(self.caption_label)
        layout.addStretch(1)
        layout.addWidget(self.instructions_label)
        layout.addWidget(self.notice_label)
        layout.addLayout(buttons)
        self.setStyleSheet(self._style_sheet())
        self._apply_colours()
        # Keys belong to this screen (and whatever sits on it), and ask for what its buttons ask for.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        requests = (self.toggleRequested.emit, self.playRequested.emit, self.pauseRequested.emit, self._next,
                    self._back, self._done, self.extendRequested.emit, self.leaveRequested.emit,
                    self.stopRequested.emit, self.fullScreenRequested.emit, self.muteRequested.emit,
                    self.hurtRequested.emit, self.gentlerRequested.emit)
        for (text, keys), request in zip(KEYS, requests, strict=True):
            make_action(self, text, keys, request, owner=self)

    # -- building --------------------------------------------------------------------------------------

    def _label(self, name: str, what: str, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setAccessibleDescription(what)  # its name is what it shows (the countdown, the move …)
        label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        return label

    def _session_buttons(self) -> tuple[QPushButton, ...]:
        """The buttons a running session shows at most (in their order), the way back at its end apart."""
        return (self.previous_button, self.toggle_button, self.next_button, self.done_button, self.extend_button,
                self.gentler_button, self.stop_button, self.hurt_button)

    def _arrange_buttons(self, rows: int) -> None:
        """The buttons in one row, or in two when one row cannot show their words whole (800×600)."""
        if rows == self._button_rows:
            return
        self._button_rows = rows
        buttons = self._session_buttons()
        for button in (*buttons, self.library_button):
            self._buttons.removeWidget(button)
        per_row = math.ceil(len(buttons) / rows)
        for index, button in enumerate(buttons):
            self._buttons.addWidget(button, index // per_row, index % per_row)
        self._buttons.addWidget(self.library_button, 0, per_row)  # alone on the closing screen

    def _size_buttons(self, unit: float, scale: float) -> None:
        font = QFont(self.toggle_button.font())
        font.setPixelSize(max(11, round(unit * 2.4 * scale)))
        for button in self.findChildren(QPushButton):
            button.setFont(font)
            button.setMinimumHeight(round(unit * 5.5 * scale))

    def _fit_buttons(self, width: int) -> bool:
        """One row when the session's buttons, with the type just set, fit ``width`` (``True``); else two."""
        buttons = self._session_buttons()
        spacing = max(0, self._buttons.horizontalSpacing())
        margins = self._layout.contentsMargins()
        needed = sum(button.sizeHint().width() for button in buttons) + spacing * (len(buttons) - 1)
        one_row: bool = needed <= width - margins.left() - margins.right()
        self._arrange_buttons(1 if one_row else 2)
        return one_row

    def _bar(self, accessible: str) -> QProgressBar:
        bar = QProgressBar()
        bar.setAccessibleName(accessible)
        bar.setRange(0, 1000)
        bar.setTextVisible(False)
        return bar

    def _button(self, text: str, tip: str, request: SignalInstance | Callable[[], None]) -> QPushButton:
        button = SessionButton(text)
        button.setToolTip(tip)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        emit = request.emit if isinstance(request, SignalInstance) else request
        button.clicked.connect(lambda _checked=False: emit())  # clicked(bool) into a call with no arguments
        return button

    # -- requests that depend on where the session is ----------------------------------------------------

    def _next(self) -> None:
        """Next (→, a clicker's next): before the start, the way forward is to start."""
        (self.toggleRequested if self._state is State.READY else self.nextRequested).emit()

    def _back(self) -> None:
        """Back (←, a clicker's previous, the Back button): before the start, back to the library."""
        (self.libraryRequested if self._state is State.READY else self.previousRequested).emit()

    def _done(self) -> None:
        """Enter: done with a self-paced set; on the closing screen, back to the library."""
        (self.libraryRequested if self._state in ENDED else self.doneRequested).emit()

    # -- showing ---------------------------------------------------------------------------------------

    def show_moment(self, moment: Moment) -> None:
        if moment == self._shown:  # a step change and its second arrive together: draw once
            return
        self._shown = moment
        how_to = moment.card.how_to if moment.card is not None else ""
        changed = (self.title_label.text() != moment.title or self.upcoming_label.text() != moment.upcoming
                   or self.instructions_label.text() != how_to)
        self.block_label.setText(moment.block)
        self.progress_label.setText(moment.time_left or moment.session_clock)
        _set_bar(self.session_bar, moment.session_fraction)
        self.heading_label.setText(moment.heading)
        self.clock_label.setText(moment.clock)
        self.title_label.setText(moment.title)
        self.detail_label.setText(moment.detail)
        _set_bar(self.step_bar, moment.step_fraction)
        self.upcoming_label.setText(moment.upcoming)
        advice = advice_text(moment)
        if advice != self.advice_label.text():
            self.advice_label.setText(advice)
            self.advice_label.setVisible(bool(advice))
            changed = True
        offered = bool(moment.offer) and self._state in TOGGLE_TEXT
        if offered != self.gentler_button.isVisibleTo(self):
            self.gentler_button.setVisible(offered)
            self.gentler_button.setToolTip(moment.offer)
        if changed:
            self.instructions_label.setText(how_to)
            self.refit()
        active = self._state in ACTIVE
        self.done_button.setEnabled(active and moment.self_paced)
        self.extend_button.setEnabled(active and moment.kind in (StepKind.REST, StepKind.PREPARE))
        if moment.kind is not self._kind:
            self._kind = moment.kind
            self._apply_colours()
        self._announce_step(moment)

    def _announce_step(self, moment: Moment) -> None:
        """Tell a screen reader once when a step starts (its name, what to do, and what comes next); the labels
        say the rest (the countdown each second) to whoever reads them."""
        step = (moment.card.index if moment.card is not None else moment.kind, moment.title)  # G swaps the move
        if self._state is not State.RUNNING or step == self._announced:
            return
        self._announced = step
        heading = moment.card.heading if moment.card is not None else moment.heading
        self._say(". ".join(part for part in (f"{heading.capitalize()}: {moment.title}", moment.detail,
                                               moment.upcoming) if part))

    def _say(self, text: str) -> None:
        announce(self, text)
        self.announced.emit(text)

    def show_caption(self, text: str) -> None:
        self.caption_label.setText(f"“{text}”" if text else "")
        self.refit()

    def show_figure_column(self, shown: bool) -> None:
        """Give the figure its place beside the countdown (for a routine with figures), or the clock alone."""
        if shown != self.figure_view.isVisibleTo(self):
            self.figure_view.setVisible(shown)
            self.refit()

    def show_notice(self, text: str | None) -> None:
        self.notice_label.setText(text or "")
        self.notice_label.setVisible(bool(text))

    def show_state(self, state: State) -> None:
        """The buttons and the colour follow the state; an ended session shows only the way back."""
        if state is State.PAUSED and self._state is State.RUNNING:
            self._say("Paused. Press Space to resume.")
        elif state is State.RUNNING and self._state is State.PAUSED:
            self._say("Resuming.")
        if state is State.READY:
            self._announced = None  # a new session: its first step is announced
        self._state = state
        self._shown = None  # the next moment is drawn in full
        active = state in ACTIVE
        set_text(self.toggle_button, f"{TOGGLE_TEXT.get(state, 'Start')} (Space)")
        self.toggle_button.setEnabled(state in TOGGLE_TEXT)
        for button in (self.next_button, self.hurt_button):
            button.setEnabled(active)
        for button in (self.previous_button, self.stop_button):  # before the start: back to the library
            button.setEnabled(active or state is State.READY)
        if not active:
            self.done_button.setEnabled(False)
            self.extend_button.setEnabled(False)
        ended = state in ENDED
        self.library_button.setVisible(ended)
        for button in (self.previous_button, self.toggle_button, self.next_button, self.done_button,
                       self.extend_button, self.stop_button, self.hurt_button):
            button.setVisible(not ended)
        if ended:
            self.gentler_button.hide()
            self.advice_label.hide()
        self._apply_colours()

    def show_ending(self, ending: Ending) -> None:
        """The closing screen of a finished or stopped session."""
        self.heading_label.setText(ending.heading)
        self.clock_label.setText(ending.clock)
        if ending.session_clock:
            self.progress_label.setText(ending.session_clock)
        self.title_label.setText(ending.title)
        self.detail_label.setText(ending.detail)
        self.upcoming_label.setText("")
        self.gentler_button.hide()
        self.advice_label.hide()
        if ending.progress_full:
            _set_bar(self.step_bar, 1.0)
            _set_bar(self.session_bar, 1.0)
        if not ending.caption_kept:
            self.caption_label.setText("")
        said = (spoken(ending.heading).capitalize(), ending.title, ending.detail)
        self._say(". ".join(part for part in said if part))

    def _apply_colours(self) -> None:
        """The background of the step kind (or state); the figure drawn in colours that read on it."""
        backdrop = theme.backdrop(self._state, self._kind)
        if self.property("colour") != str(backdrop):
            self.figure_view.set_style(on_colour(theme.STEP_COLOURS[backdrop], theme.TEXT_COLOUR))
        theme.show_backdrop(self, backdrop)

    def _style_sheet(self) -> str:
        return (
            theme.backdrop_rules("SessionView")
            + f"#SessionView QLabel {{ color: {theme.TEXT_COLOUR}; }}"
            "#SessionView QProgressBar { background: rgba(255,255,255,0.25); border: none; }"
            "#SessionView QProgressBar::chunk { background: #ffffff; }"
            "#SessionView QPushButton { padding: 0.4em; }"
            "#SessionView QPushButton#hurt { background: #b91c1c; color: white; font-weight: bold; }"
            "#SessionView QPushButton#gentler { background: #fde68a; color: #1f2937; font-weight: bold; }"
            "#SessionView QLabel#advice { background: rgba(0,0,0,0.28); border-radius: 0.4em; padding: 0.3em; }"
            "#SessionView QPushButton#hurt:disabled { background: #6b7280; color: #d1d5db; }"
        )

    def colour_key(self) -> str:
        """Which colour the background shows (``work``, ``rest``, ``paused`` …), for tests."""
        return str(self.property("colour"))

    # -- scaling ---------------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale(event.size().width(), event.size().height())

    def _scale(self, width: int, height: int) -> None:
        """Type sizes follow the window: the countdown fills about a third of its height, and everything
        shrinks together until the whole screen fits, so nothing is clipped from 800×600 to 4K."""
        if width <= 0 or height <= 0:
            return
        unit = max(6.0, min(height / 100, width / 150))
        for _ in range(6):
            self._apply_sizes(unit, width, height)
            needed = self._needed(width)
            if needed <= height or unit <= 6.0:
                break
            # Most of the height scales with the type, so one proportional step nearly always lands.
            unit = max(6.0, unit * min(0.97, (height / needed) * 0.98))
        clock = 1.0
        while needed > height and clock > 0.65:
            # The smallest type still does not fit (a caution and long instructions at 800×600): the countdown
            # gives up some of its size, never below a fifth of the height, still readable from the mat.
            clock -= 0.07
            self._apply_sizes(unit, width, height, clock)
            needed = self._needed(width)
        self._refit_pending = False

    def _needed(self, width: int) -> int:
        """The height the layout needs at ``width`` with the type just set (word-wrapped labels included)."""
        layout = self._layout
        # Heights were cached for the old type: the wrapped labels' and the rows' (buttons, block and time).
        for index in range(layout.count()):
            item = layout.itemAt(index)
            inner = item.layout() if item is not None else None
            if inner is not None:
                inner.invalidate()
        layout.invalidate()
        return layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.sizeHint().height()

    def _apply_sizes(self, unit: float, width: int, height: int, clock: float = 1.0) -> None:
        beside = self.figure_view.isVisibleTo(self)  # the figure takes about half the clock's row
        countdown = min(unit * 30, width * (0.15 if beside else 0.22), height * 0.30)
        sizes = {
            self.clock_label: max(countdown * clock, min(countdown, height * 0.2)),
            self.heading_label: unit * 4.5,
            self.title_label: unit * 6,
            self.detail_label: unit * 3.6,
            self.advice_label: unit * 2.8,
            self.upcoming_label: unit * 3.4,
            self.caption_label: unit * 3.2,
            self.block_label: unit * 2.6,
            self.progress_label: unit * 2.6,
            self.instructions_label: unit * 2.2,
            self.notice_label: unit * 2.2,
        }
        for label, pixels in sizes.items():
            font = QFont(label.font())
            font.setPixelSize(max(10, round(pixels)))
            font.setBold(label in (self.clock_label, self.heading_label, self.title_label))
            label.setFont(font)
        fit_width(self.title_label, width)
        fit_next_line(self.upcoming_label, self.title_label, width)
        # The notice line keeps its room while empty (see retainSizeWhenHidden), so muting moves nothing, and
        # the caption keeps two lines, so a long phrase followed by a short one does not move the countdown.
        self.notice_label.setMinimumHeight(QFontMetrics(self.notice_label.font()).lineSpacing())
        two_lines = QFontMetrics(self.caption_label.font()).boundingRect(QRect(0, 0, 10_000, 10_000),
                                                                         Qt.TextFlag.TextWordWrap, "X\nX")
        self.caption_label.setMinimumHeight(two_lines.height())  # as QLabel measures a two-line text
        clock_pixels = self.clock_label.font().pixelSize()
        self.clock_label.setMinimumHeight(round(clock_pixels * 1.2))
        self._size_buttons(unit, 1)
        if not self._fit_buttons(width):  # two rows, each a little lower, so they take little more room
            self._size_buttons(unit, 0.75)
        self.session_bar.setFixedHeight(max(4, round(unit)))
        self.step_bar.setFixedHeight(max(6, round(unit * 1.5)))
        self._layout.setSpacing(max(2, round(unit * 0.6)))

    def refit(self) -> None:
        """Fit again after the texts changed; several changes in one event-loop turn fit once."""
        if not self._refit_pending:
            self._refit_pending = True
            QTimer.singleShot(0, lambda: self._scale(self.width(), self.height()) if self._refit_pending else None)


def fit_width(label: QLabel, width: int) -> None:
    """Shrink a one-line label's font until its text fits the window's width."""
    font = QFont(label.font())
    available = width * 0.96
    while font.pixelSize() > 10 and QFontMetrics(font).horizontalAdvance(label.text()) > available:
        font.setPixelSize(max(10, int(font.pixelSize() * 0.92)))
    label.setFont(font)


NEXT_LINE_SHARE = 0.5
"""The "Next:" line is never smaller than half the move's name: it is read from the mat too."""


def fit_next_line(upcoming: QLabel, title: QLabel, width: int) -> None:
    """Fit the "what comes next" line to the width; if that would leave it under half the size of the move's
    name above it, the name gives way instead (both stay on one line, and the pair reads from 2 m)."""
    fit_width(upcoming, width)
    floor = math.ceil(title.font().pixelSize() * NEXT_LINE_SHARE)
    if upcoming.font().pixelSize() < floor:
        font = QFont(title.font())
        font.setPixelSize(max(10, round(upcoming.font().pixelSize() / NEXT_LINE_SHARE)))
        title.setFont(font)


def advice_text(moment: Moment) -> str:
    """The caution (on a move's first step: its get-ready) and the routine's note, a line each (a high-impact
    move's offer is the gentler-move button, shown beside the others)."""
    lines = [f"⚠ {moment.caution}" if moment.caution else "", moment.note]
    return "\n".join(line for line in lines if line)


def _set_bar(bar: QProgressBar, fraction: float) -> None:
    """Move a progress bar without QProgressBar's synchronous repaint (it paints at once, inside setValue,
    several milliseconds each under a style sheet); the change is drawn with the rest of the frame."""
    value = round(fraction * 1000)
    if bar.value() == value:
        return
    bar.setUpdatesEnabled(False)
    bar.setValue(value)
    bar.setUpdatesEnabled(True)  # schedules one ordinary update
