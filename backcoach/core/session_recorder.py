"""The recorder: listens to a session engine and writes the session to the history as it happens.

It needs only what the engine says (the session started, a step ended with its real seconds and how,
the session ended) and the clock, so whoever assembles a session attaches one line:
``SessionRecorder(engine, sink, routine_id)``. It writes when the session starts (Space, not when the
screen opens), at every step boundary and at the end; it keeps the same record in memory for the summary
screen, so what the summary shows is what the history holds. "Stopped because it hurt" is the one thing
the engine cannot know: the caller says so (:meth:`SessionRecorder.stopping_for_pain`) before stopping.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Protocol

from .engine import Event, SessionEngine, State, StateChanged, StepEnded
from .history_records import (
    Answers,
    Feeling,
    Progress,
    SessionRecord,
    SessionStart,
    SessionStatus,
    StepLog,
    Tally,
    TallyCounter,
)
from .timeline import StepKind

WallClock = Callable[[], datetime]


def local_now() -> datetime:
    """The local wall-clock time, timezone-aware (which day a session belongs to)."""
    return datetime.now().astimezone()


class HistorySink(Protocol):
    """Where a recorder writes: the store itself, or its thread (:class:`~.history_thread.HistoryThread`)."""

    def begin(self, start: SessionStart) -> None: ...

    def step(self, uid: str, log: StepLog, progress: Progress) -> None: ...

    def end(self, uid: str, status: SessionStatus, progress: Progress) -> None: ...

    def answer(self, uid: str, answers: Answers) -> None: ...


class SessionRecorder:
    """Records one engine's session (attach a new recorder to each new engine)."""

    def __init__(self, engine: SessionEngine, sink: HistorySink, routine_id: str, *,
                 wall: WallClock = local_now, pain_before: int | None = None) -> None:
        self.engine = engine
        self.sink = sink
        self.routine_id = routine_id
        self._wall = wall
        self.uid = uuid.uuid4().hex
        self.status: SessionStatus | None = None
        """``None`` until the session starts."""
        self.answers = Answers(pain_before=pain_before)
        self._start: SessionStart | None = None
        self._started_at = 0.0
        """The engine's clock when the session started."""
        self._logs: list[StepLog] = []
        self._counter = TallyCounter()
        self._pain = False
        self._progress = Progress(0.0, 0.0, 0.0, Tally())
        engine.subscribe(self._on_event)

    # -- what the caller says --------------------------------------------------------------------------

    def stopping_for_pain(self) -> None:
        """The stop that follows is "Stop: it hurts"."""
        self._pain = True

    def answer(self, feeling: Feeling | None, pain_after: int | None) -> None:
        """The questions after the session (either may be left unanswered, or cleared again)."""
        self.answers = Answers(feeling, pain_after, self.answers.pain_before)
        if self._start is not None:
            self.sink.answer(self.uid, self.answers)

    # -- what the engine says --------------------------------------------------------------------------

    def _on_event(self, event: Event) -> None:
        if isinstance(event, StepEnded):
            if self._start is None:
                return
            now = self.engine.clock() - self._started_at
            entry = StepLog.of(len(self._logs), event.step, event.seconds, event.ending, event.extended, now)
            self._logs.append(entry)
            self._counter.add(entry)
            self._progress = self._measure()
            self.sink.step(self.uid, entry, self._progress)
        elif isinstance(event, StateChanged):
            if event.state is State.RUNNING and self._start is None:
                self._begin()
            elif event.state in (State.FINISHED, State.STOPPED) and self._start is not None and self.status in (
                    SessionStatus.RUNNING, None):
                self._end(SessionStatus.FINISHED if event.state is State.FINISHED
                          else SessionStatus.HURT if self._pain else SessionStatus.STOPPED)

    def _begin(self) -> None:
        engine = self.engine
        timeline = engine.plan.timeline
        self._started_at = engine.clock()
        self._start = SessionStart(
            uid=self.uid, routine_id=self.routine_id, routine_title=timeline.title, level=timeline.level.value,
            planned_seconds=timeline.total_seconds,
            sets_planned=sum(1 for step in timeline.steps if step.kind is StepKind.WORK),
            started=self._wall(), pain_before=self.answers.pain_before)
        self.status = SessionStatus.RUNNING
        self._progress = self._measure()
        self.sink.begin(self._start)

    def _end(self, status: SessionStatus) -> None:
        self.status = status
        self._progress = self._measure()
        self.sink.end(self.uid, status, self._progress)

    def _measure(self) -> Progress:
        engine = self.engine
        return Progress(elapsed=engine.clock() - self._started_at, active=sum(engine.active_seconds),
                        paused=engine.paused_seconds(), tally=self._counter.tally(engine.steps))

    # -- the record ------------------------------------------------------------------------------------

    def record(self) -> SessionRecord | None:
        """The session as the history now holds it (``None`` before it starts)."""
        start = self._start
        if start is None or self.status is None:
            return None
        progress = self._progress
        ended = None
        if self.status is not SessionStatus.RUNNING:
            ended = start.started + timedelta(seconds=progress.elapsed)
        return SessionRecord(
            uid=self.uid, routine_id=start.routine_id, routine_title=start.routine_title, level=start.level,
            status=self.status, started=start.started, ended=ended, planned_seconds=start.planned_seconds,
            elapsed=progress.elapsed, active=progress.active, paused=progress.paused, tally=progress.tally,
            answers=self.answers, steps=tuple(self._logs))
