"""What the history holds: a session as it was lived, step by step, and the two answers given after it.

These are plain frozen dataclasses shared by the recorder (which makes them from the engine's events), the
store (which keeps them in SQLite), the statistics, the exports and the screens. A session is counted in
*sets* (the work steps of its timeline: one set on one side), because that is what a person skips, cuts
short or does in full; how a set ended comes from the engine (:class:`~.engine.StepEnded`), never from a
widget.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from enum import StrEnum
from functools import cache
from pathlib import Path

from .engine import RESTART_WINDOW, StepEnding
from .timeline import Step, StepKind


class SessionStatus(StrEnum):
    RUNNING = "running"
    """Being recorded now, by this or another copy of the app."""
    FINISHED = "finished"
    STOPPED = "stopped"
    HURT = "hurt"
    """Stopped with "Stop: it hurts"."""
    INTERRUPTED = "interrupted"
    """The app ended without ending the session (a crash, a power cut, a kill): kept as far as it went."""


STATUS_TEXT = {
    SessionStatus.RUNNING: "In progress",
    SessionStatus.FINISHED: "Finished",
    SessionStatus.STOPPED: "Stopped",
    SessionStatus.HURT: "Stopped: it hurt",
    SessionStatus.INTERRUPTED: "Interrupted",
}


class Feeling(StrEnum):
    """How hard the session felt, asked after it (optional)."""

    TOO_EASY = "too-easy"
    ABOUT_RIGHT = "about-right"
    TOO_HARD = "too-hard"


FEELING_TEXT = {Feeling.TOO_EASY: "Too easy", Feeling.ABOUT_RIGHT: "About right", Feeling.TOO_HARD: "Too hard"}
PAIN_RANGE = range(0, 11)
"""Back pain on the usual 0-10 scale: 0 none, 10 the worst imaginable."""


class SetOutcome(StrEnum):
    DONE = "done"
    SHORTENED = "shortened"
    SKIPPED = "skipped"


SKIPPED_WITHIN = RESTART_WINDOW
"""A set left within its first seconds was skipped; left later, it was shortened. The same few seconds
the engine uses to tell "restart this step" from "go back one" (:data:`~.engine.RESTART_WINDOW`)."""
_RANK = {SetOutcome.DONE: 3, SetOutcome.SHORTENED: 2, SetOutcome.SKIPPED: 1}


@dataclass(frozen=True)
class StepLog:
    """One visit to a step: what the step was, how long it really ran, and how it ended."""

    seq: int
    """Order of the visit in the session (a step visited twice, after Previous, has two logs)."""
    index: int
    """The step's place in the session's timeline."""
    kind: StepKind
    exercise: str
    set: int
    sets: int
    side: str | None
    round: int
    planned: int | None
    """Planned seconds; ``None`` for a self-paced set (it waits for Done)."""
    seconds: float
    """Seconds it really ran: pauses and resume lead-ins excluded, +10 s included."""
    ending: StepEnding
    extended: int
    """Seconds +10 s added to it."""
    at: float
    """Clock seconds from the start of the session to the end of this visit."""

    @classmethod
    def of(cls, seq: int, step: Step, seconds: float, ending: StepEnding, extended: int, at: float) -> StepLog:
        return cls(seq, step.index, step.kind, step.exercise, step.set, step.sets,
                   step.side.value if step.side is not None else None, step.round, step.duration, seconds, ending,
                   extended, at)

    def outcome(self) -> SetOutcome | None:
        """What this visit did to a set; ``None`` for rests and get-readies, and for a visit that was only
        passing through (Previous, a swap, a stop in its first seconds): the set was not tried."""
        if self.kind is not StepKind.WORK:
            return None
        if self.ending in (StepEnding.COMPLETED, StepEnding.DONE):
            return SetOutcome.DONE
        if self.seconds >= SKIPPED_WITHIN and self.ending is not StepEnding.SWAPPED:
            return SetOutcome.SHORTENED
        return SetOutcome.SKIPPED if self.ending is StepEnding.SKIPPED else None

    def to_json(self) -> dict[str, object]:
        return {"seq": self.seq, "index": self.index, "kind": self.kind.value, "exercise": self.exercise,
                "set": self.set, "sets": self.sets, "side": self.side, "round": self.round,
                "planned_seconds": self.planned, "seconds": round(self.seconds, 1), "ending": self.ending.value,
                "extended_seconds": self.extended, "at_seconds": round(self.at, 1)}


@dataclass(frozen=True)
class Tally:
    """How the sets of a session went, and how often a rest or get-ready was lengthened."""

    sets_planned: int = 0
    done: int = 0
    shortened: int = 0
    skipped: int = 0
    lengthened: int = 0
    """Rests and get-readies lengthened with +10 s."""
    seconds_added: int = 0

    @property
    def not_reached(self) -> int:
        """Sets never tried: the session stopped before them."""
        return max(0, self.sets_planned - self.done - self.shortened - self.skipped)


class TallyCounter:
    """Counts the sets of a session as its step logs come in: each set counts once, by the best of its visits
    (a set restarted and then finished was done). Incremental, so a step boundary costs the same at the
    end of a long session as at its start."""

    def __init__(self) -> None:
        self._best: dict[int, SetOutcome] = {}
        self._counts = dict.fromkeys(SetOutcome, 0)
        self._lengthened = 0
        self._added = 0
        self._steps: tuple[Step, ...] | None = None
        self._planned = 0

    def add(self, log: StepLog) -> None:
        outcome = log.outcome()
        if outcome is not None:
            previous = self._best.get(log.index)
            if previous is None or _RANK[outcome] > _RANK[previous]:
                self._best[log.index] = outcome
                self._counts[outcome] += 1
                if previous is not None:
                    self._counts[previous] -= 1
        if log.extended:
            self._lengthened += 1
            self._added += log.extended

    def tally(self, steps: tuple[Step, ...]) -> Tally:
        """The counts so far; ``steps`` is the timeline as it runs now (a swapped move changes it)."""
        if steps is not self._steps:
            self._steps = steps
            self._planned = sum(1 for step in steps if step.kind is StepKind.WORK)
        counts = self._counts
        return Tally(self._planned, counts[SetOutcome.DONE], counts[SetOutcome.SHORTENED],
                     counts[SetOutcome.SKIPPED], self._lengthened, self._added)


def tally(logs: Iterable[StepLog], steps: Iterable[Step]) -> Tally:
    """Count the sets of a session from all its step logs (see :class:`TallyCounter`)."""
    counter = TallyCounter()
    for log in logs:
        counter.add(log)
    return counter.tally(tuple(steps))


@dataclass(frozen=True)
class Progress:
    """Where a session stands at a step boundary or its end: what the store updates each time."""

    elapsed: float
    """Clock seconds since it started (pauses included)."""
    active: float
    """Seconds the steps really ran (pauses excluded)."""
    paused: float
    tally: Tally


@dataclass(frozen=True)
class SessionStart:
    """What is known when a session starts (Space on the ready screen)."""

    uid: str
    routine_id: str
    """Which routine: a bundled one as ``routines/…`` (the same on every machine), else its file."""
    routine_title: str
    level: str | None
    """The level it ran at (``easy``, ``intermediate``, ``advanced``)."""
    planned_seconds: int
    sets_planned: int
    started: datetime
    """The local wall-clock time it started (timezone-aware): which day it was, where the user was."""
    pain_before: int | None = None


@dataclass(frozen=True)
class Answers:
    """The optional questions: how hard it felt, back pain after; and before, when that was asked."""

    feeling: Feeling | None = None
    pain_after: int | None = None
    pain_before: int | None = None

    def __post_init__(self) -> None:
        for pain in (self.pain_after, self.pain_before):
            if pain is not None and not 0 <= pain <= 10:
                raise ValueError(f"pain is 0 to 10, not {pain}")


@dataclass(frozen=True)
class SessionRecord:
    """A session as the history keeps it."""

    uid: str
    routine_id: str
    routine_title: str
    level: str | None
    status: SessionStatus
    started: datetime
    """Local time it started (aware, with the offset it had then)."""
    ended: datetime | None
    """When it ended, or for an interrupted session when it was last recorded; ``None`` while running."""
    planned_seconds: int
    elapsed: float
    active: float
    paused: float
    tally: Tally
    answers: Answers = Answers()
    steps: tuple[StepLog, ...] = field(default=(), compare=False)
    """The visits, step by step (loaded for one session's details and for exports, not for lists)."""

    @property
    def day(self) -> date:
        """The local day it happened (where the user was at the time)."""
        return self.started.date()

    @property
    def trained(self) -> bool:
        """It counts as a session trained: at least one set was done in full."""
        return self.tally.done > 0

    @property
    def minutes(self) -> float:
        """Minutes spent on it, pauses excluded."""
        return self.active / 60

    def to_json(self, with_steps: bool = True) -> dict[str, object]:
        data: dict[str, object] = {
            "uid": self.uid, "routine_id": self.routine_id, "routine": self.routine_title, "level": self.level,
            "status": self.status.value, "started": self.started.isoformat(timespec="seconds"),
            "ended": self.ended.isoformat(timespec="seconds") if self.ended else None,
            "planned_seconds": self.planned_seconds, "time_taken_seconds": round(self.elapsed, 1),
            "active_seconds": round(self.active, 1), "paused_seconds": round(self.paused, 1),
            "sets_planned": self.tally.sets_planned, "sets_done": self.tally.done,
            "sets_shortened": self.tally.shortened, "sets_skipped": self.tally.skipped,
            "sets_not_reached": self.tally.not_reached, "rests_lengthened": self.tally.lengthened,
            "seconds_added": self.tally.seconds_added,
            "how_hard": self.answers.feeling.value if self.answers.feeling else None,
            "pain_before": self.answers.pain_before, "pain_after": self.answers.pain_after,
        }
        if with_steps:
            data["steps"] = [log.to_json() for log in self.steps]
        return data


def routine_id(path: Path, display_name: str, bundled: bool) -> str:
    """How the history names a routine: a bundled one by its place among the bundled routines
    (``routines/…``, the same on every machine and after an upgrade), any other by its file."""
    return display_name if bundled else str(path.resolve())


def local_time(timestamp: float, offset_minutes: int) -> datetime:
    """A stored moment (Unix seconds and the UTC offset it was recorded with) as an aware local time."""
    return datetime.fromtimestamp(timestamp, _zone(offset_minutes))


@cache
def _zone(offset_minutes: int) -> timezone:
    """One timezone object per offset (a history of years has a handful), not one per session read."""
    return timezone(timedelta(minutes=offset_minutes))


def offset_minutes(moment: datetime) -> int:
    offset = moment.utcoffset()
    return round(offset.total_seconds() / 60) if offset is not None else 0
