"""The adapter between the Qt event loop and the session engine.

It owns no session logic: it feeds the clock into :class:`~backcoach.core.engine.SessionEngine`, turns
the engine's events into Qt signals (states as :class:`~backcoach.core.engine.State`, never strings), and
aims one precise single-shot timer at the engine's next wake-up (the next cue, second boundary or
deadline) rather than ticking at a fixed rate, which would both waste CPU and add up to a tick of lateness.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ..core.cues import CuePlan
from ..core.engine import (
    Clock,
    CueDue,
    CuesWithdrawn,
    Event,
    SecondChanged,
    SessionEngine,
    SessionFinished,
    State,
    StateChanged,
    StepStarted,
)


class SessionDriver(QObject):
    """Runs a session in the Qt event loop; widgets call its verbs and listen to its signals."""

    sessionLoaded = Signal(object)  # CuePlan
    stateChanged = Signal(object)  # State
    stepStarted = Signal(object)  # Step
    secondChanged = Signal(object, object, int)  # Step, remaining seconds or None, elapsed seconds
    cueDue = Signal(object, float)  # Cue, lateness in seconds (negative: handed over early, for its moment)
    cuesWithdrawn = Signal()  # cues handed over early are no longer due: drop the sounds not yet heard
    sessionFinished = Signal()

    def __init__(self, clock: Clock = time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.lead = 0.0
        """Seconds ahead of their moment cues are handed over (the sound output's lead), for the next load."""
        self.engine: SessionEngine | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.wake)

    # -- verbs -----------------------------------------------------------------------------------------

    def load(self, plan: CuePlan) -> None:
        """Prepare a session (ready, not started); a running one is stopped first."""
        if self.engine is not None:
            self.engine.stop()
        self.engine = SessionEngine(plan, self.clock, self.lead)
        self.engine.subscribe(self._relay)
        self._timer.stop()
        self.sessionLoaded.emit(plan)

    def start(self) -> bool:
        return self._command(SessionEngine.start)

    def pause(self) -> bool:
        return self._command(SessionEngine.pause)

    def resume(self) -> bool:
        return self._command(SessionEngine.resume)

    def toggle(self) -> bool:
        return self._command(SessionEngine.toggle)

    def next(self) -> bool:
        return self._command(SessionEngine.next)

    def previous(self) -> bool:
        return self._command(SessionEngine.previous)

    def done(self) -> bool:
        return self._command(SessionEngine.done)

    def extend(self) -> bool:
        return self._command(SessionEngine.extend)

    def stop(self) -> bool:
        return self._command(SessionEngine.stop)

    def continue_with(self, plan: CuePlan, index: int) -> bool:
        """Go on with another plan from one of its steps (a move swapped for a gentler one)."""
        if self.engine is None:
            return False
        accepted = self.engine.continue_with(plan, index)
        self._schedule()
        return accepted

    @property
    def state(self) -> State | None:
        return self.engine.state if self.engine else None

    def wake(self) -> None:
        """Bring the engine up to now and aim the timer at its next wake-up (tests may call it directly)."""
        if self.engine is not None:
            self.engine.tick()
        self._schedule()

    # -- plumbing --------------------------------------------------------------------------------------

    def _command(self, command: Callable[[SessionEngine], bool]) -> bool:
        if self.engine is None:
            return False
        accepted = command(self.engine)
        self._schedule()
        return accepted

    def _schedule(self) -> None:
        wakeup = self.engine.next_wakeup() if self.engine else None
        if wakeup is None:
            self._timer.stop()
            return
        delay = max(0.0, wakeup - self.clock())
        self._timer.start(max(0, math.ceil(delay * 1000)))

    def _relay(self, event: Event) -> None:
        if isinstance(event, CueDue):
            self.cueDue.emit(event.cue, event.lateness)
        elif isinstance(event, CuesWithdrawn):
            self.cuesWithdrawn.emit()
        elif isinstance(event, SecondChanged):
            self.secondChanged.emit(event.step, event.remaining, event.elapsed)
        elif isinstance(event, StepStarted):
            self.stepStarted.emit(event.step)
        elif isinstance(event, StateChanged):
            self.stateChanged.emit(event.state)
        elif isinstance(event, SessionFinished):
            self.sessionFinished.emit()
