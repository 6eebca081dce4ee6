"""Timeline expansion: a routine at a level becomes the list of steps a session runs through.

This is the one place that decides the order of prepare, work, switch and rest steps; the session
engine, the cue plan, the CLI and the GUI all read the timeline rather than the routine.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from .durations import Level, Range
from .model import BUILTIN_TIMING, Block, Exercise, Pace, Per, Routine, Timing, count_at


class StepKind(StrEnum):
    PREPARE = "prepare"
    WORK = "work"
    REST = "rest"
    SWITCH = "switch"


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"


class RestReason(StrEnum):
    """Why a rest is there, so cues can say what comes next."""

    SETS = "sets"
    EXERCISES = "exercises"
    ROUNDS = "rounds"


@dataclass(frozen=True)
class ResolvedExercise:
    """An exercise with its timing and dose fixed for one level."""

    exercise: Exercise
    sets: int
    reps: int | None
    hold: int | None
    prepare: int
    rep_time: int
    rest: int
    switch: int
    between: int
    pace: Pace

    @property
    def self_paced(self) -> bool:
        """Self-paced reps wait for Done; reps with a hold stay timed, because the hold needs a clock."""
        return self.pace is Pace.SELF and self.reps is not None and self.hold is None

    @property
    def work_seconds(self) -> int:
        """How long one set on one side lasts (planned, for self-paced reps)."""
        if self.reps is None:
            assert self.hold is not None
            return self.hold
        return self.reps * (self.rep_time + (self.hold or 0))

    @property
    def sides(self) -> tuple[Side | None, ...]:
        return (Side.LEFT, Side.RIGHT) if self.exercise.per is not None else (None,)


@dataclass(frozen=True)
class Step:
    """One step of a session. ``start`` assumes nobody pauses; ``duration`` is ``None`` for self-paced reps.

    Rest steps carry the exercise and set they follow; ``rest_reason`` says whether they separate sets,
    exercises or rounds.
    """

    index: int
    kind: StepKind
    start: int
    duration: int | None
    planned: int
    block: str
    block_index: int
    exercise: str
    exercise_index: int
    set: int
    sets: int
    side: Side | None
    per: Per | None
    round: int
    rounds: int
    reps: int | None
    hold: int | None
    rep_time: int
    rest_reason: RestReason | None = None

    @property
    def end(self) -> int:
        return self.start + self.planned

    def to_json(self) -> dict[str, object]:
        return {
            "index": self.index,
            "kind": self.kind.value,
            "start": self.start,
            "duration": self.duration,
            "planned": self.planned,
            "block": self.block,
            "exercise": self.exercise,
            "set": self.set,
            "sets": self.sets,
            "side": self.side.value if self.side else None,
            "round": self.round,
            "rounds": self.rounds,
            "reps": self.reps,
            "hold": self.hold,
            "rep_time": self.rep_time if self.kind is StepKind.WORK and self.reps is not None else None,
            "per": self.per.value if self.per else None,
            "rest_reason": self.rest_reason.value if self.rest_reason else None,
        }


@dataclass(frozen=True)
class Timeline:
    title: str
    level: Level
    steps: tuple[Step, ...]

    @property
    def total_seconds(self) -> int:
        return self.steps[-1].end if self.steps else 0

    def to_json(self) -> dict[str, object]:
        return {
            "title": self.title,
            "level": self.level.value,
            "total_seconds": self.total_seconds,
            "steps": [step.to_json() for step in self.steps],
        }


def resolve(exercise: Exercise, defaults: Timing, level: Level) -> ResolvedExercise:
    """Fix an exercise's dose and timing at a level: its own values, else the routine's, else built-in."""
    timing = exercise.timing.over(defaults).over(BUILTIN_TIMING)

    def at(value: Range | None) -> int:
        assert value is not None
        return value.at(level)

    return ResolvedExercise(
        exercise=exercise,
        sets=count_at(exercise.sets, level),
        reps=exercise.reps.at(level) if exercise.reps else None,
        hold=exercise.hold.at(level) if exercise.hold else None,
        prepare=at(timing.prepare),
        rep_time=at(timing.rep_time),
        rest=at(timing.rest),
        switch=at(timing.switch),
        between=at(timing.between),
        pace=timing.pace or Pace.COUNTED,
    )


def round_rest(block: Block, defaults: Timing, level: Level) -> int:
    """Rest between a block's rounds: its own value, else the routine's rest default."""
    value = block.rest_between_rounds or defaults.rest or BUILTIN_TIMING.rest
    assert value is not None
    return value.at(level)


@dataclass(frozen=True)
class _Slot:
    """One exercise as it occurs in the session (a circuit repeats each exercise once per round)."""

    block: Block
    block_index: int
    round: int
    rounds: int
    exercise_index: int
    resolved: ResolvedExercise
    rest_after: int
    rest_reason: RestReason | None


def _slots(routine: Routine, level: Level) -> Iterator[_Slot]:
    flat_index = 0
    indices: dict[int, int] = {}
    for block in routine.blocks:
        for exercise in block.exercises:
            indices[id(exercise)] = flat_index
            flat_index += 1
    rounds = [count_at(block.rounds, level) for block in routine.blocks]
    order: list[tuple[Block, int, int, Exercise]] = [
        (block, block_index, round_number, exercise)
        for block_index, block in enumerate(routine.blocks)
        for round_number in range(1, rounds[block_index] + 1)
        for exercise in block.exercises
    ]
    for position, (block, block_index, round_number, exercise) in enumerate(order):
        resolved = resolve(exercise, routine.defaults, level)
        last_overall = position == len(order) - 1
        last_of_round = exercise is block.exercises[-1]
        if last_overall:
            rest_after, reason = 0, None
        elif last_of_round and round_number < rounds[block_index]:
            rest_after, reason = round_rest(block, routine.defaults, level), RestReason.ROUNDS
        else:
            rest_after, reason = resolved.between, RestReason.EXERCISES
        yield _Slot(block, block_index, round_number, rounds[block_index], indices[id(exercise)], resolved,
                    rest_after, reason)


def expand(routine: Routine, level: Level | None = None) -> Timeline:
    """The session a routine runs at ``level`` (default: the routine's own, else intermediate).

    Per exercise: prepare; then each set (left, switch, right for per-side work), with a rest between
    sets but never after the last; after the exercise the rest between exercises or rounds. Steps of
    0 s are left out.
    """
    chosen = routine.effective_level(level)
    steps: list[Step] = []
    clock = 0

    def add(kind: StepKind, seconds: int, slot: _Slot, set_number: int, side: Side | None,
            reason: RestReason | None = None, timed: bool = True) -> None:
        nonlocal clock
        if seconds <= 0:
            return
        r = slot.resolved
        steps.append(
            Step(
                index=len(steps),
                kind=kind,
                start=clock,
                duration=seconds if timed else None,
                planned=seconds,
                block=slot.block.title,
                block_index=slot.block_index,
                exercise=r.exercise.name,
                exercise_index=slot.exercise_index,
                set=set_number,
                sets=r.sets,
                side=side,
                per=r.exercise.per,
                round=slot.round,
                rounds=slot.rounds,
                reps=r.reps,
                hold=r.hold,
                rep_time=r.rep_time,
                rest_reason=reason,
            )
        )
        clock += seconds

    for slot in _slots(routine, chosen):
        r = slot.resolved
        add(StepKind.PREPARE, r.prepare, slot, 1, r.sides[0])
        for set_number in range(1, r.sets + 1):
            for side in r.sides:
                if side is Side.RIGHT:
                    add(StepKind.SWITCH, r.switch, slot, set_number, side)
                add(StepKind.WORK, r.work_seconds, slot, set_number, side, timed=not r.self_paced)
            if set_number < r.sets:
                add(StepKind.REST, r.rest, slot, set_number, None, RestReason.SETS)
        add(StepKind.REST, slot.rest_after, slot, r.sets, None, slot.rest_reason)
    return Timeline(routine.title, chosen, tuple(steps))


def planned_seconds(routine: Routine, level: Level | None = None) -> int:
    """The session's planned length, computed without building its steps.

    Validation needs the length of routines too long to expand (100 rounds of 1,000 exercises); a
    property test checks that this always equals ``expand(...).total_seconds``.
    """
    chosen = routine.effective_level(level)
    total = 0
    for slot in _slots(routine, chosen):
        r = slot.resolved
        sides = len(r.sides)
        sets = r.sets
        total += r.prepare + sets * (sides * r.work_seconds + (sides - 1) * r.switch)
        total += (sets - 1) * r.rest + slot.rest_after
    return total
