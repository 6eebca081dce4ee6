"""Timeline expansion: a routine at a level becomes the list of steps a session runs through.

This is the one place that decides the order and length of prepare, work, switch and rest steps; the
session engine, the cue plan, the CLI and the GUI all read the timeline rather than the routine. With
the exercise library it also decides how each move is really done: its natural pace, how its sides
change, and a get-ready that grows with the change of position (getting down to the mat takes longer
than staying there) and is never too short to say the move, its dose, its starting side and its caution.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, replace
from enum import StrEnum

from .cue_types import estimated_phrase_seconds
from .durations import Level, Range
from .exercise_library import ExerciseLibrary, LibraryExercise
from .model import (
    BUILTIN_TIMING,
    NO_CHANGE,
    Block,
    BodyPosition,
    Exercise,
    LevelChange,
    Pace,
    Per,
    Routine,
    Sides,
    Timing,
    count_at,
)


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


FIRST_SIDE = Side.LEFT
"""The side every one-sided move starts on (its get-ready names it; an alternating set starts there too)."""

START_POSITION = BodyPosition.STANDING
"""Where a person is when a session starts: at the computer, about to walk to the mat."""

WORDS_ROOM = 2
"""Seconds a get-ready keeps after its words, so the last beeps of the 3-2-1 are heard on their own."""

_HEIGHT = {
    BodyPosition.STANDING: 2, BodyPosition.HANGING: 2, BodyPosition.CHAIR: 2, BodyPosition.BENCH: 2,
    BodyPosition.KNEELING: 1, BodyPosition.SEATED: 1,
    BodyPosition.BACK: 0, BodyPosition.FRONT: 0, BodyPosition.SIDE: 0,
}
_FACING = {
    BodyPosition.KNEELING: "down", BodyPosition.FRONT: "down", BodyPosition.SEATED: "up", BodyPosition.BACK: "up",
    BodyPosition.SIDE: "side",
}


def position_steps(before: BodyPosition | None, after: BodyPosition | None) -> int:
    """How big a change of position is, in steps: one per level between standing, kneeling or sitting on the
    floor, and lying, plus one for turning over on the floor (onto the back, the front or a side); any other
    change (standing to a chair, a bench or a bar) is one step. Unknown positions cost nothing."""
    if before is None or after is None or before is after:
        return 0
    steps = abs(_HEIGHT[before] - _HEIGHT[after])
    facing_before, facing_after = _FACING.get(before), _FACING.get(after)
    if facing_before and facing_after and facing_before != facing_after:
        steps += 1
    return max(1, steps)


@dataclass(frozen=True)
class ResolvedExercise:
    """An exercise with its timing, dose and way of doing it fixed for one level."""

    exercise: Exercise
    reps: int | None
    hold: int | None
    prepare: int
    rep_time: int
    rest: int
    switch: int
    between: int
    pace: Pace
    sets: int = 1
    position_change: int = 0
    per: Per | None = None
    """Set when the move is done one side at a time (from the routine, else the exercise library)."""
    sides: Sides | None = None
    """How the sides change, for a one-sided move."""
    position: BodyPosition | None = None
    entry: LibraryExercise | None = None

    @property
    def self_paced(self) -> bool:
        """Self-paced reps wait for Done; reps with a hold stay timed, because the hold needs a clock."""
        return self.pace is Pace.SELF and self.reps is not None and self.hold is None

    @property
    def alternating(self) -> bool:
        return self.sides is Sides.ALTERNATING

    @property
    def work_seconds(self) -> int:
        """How long one work step lasts (planned, for self-paced reps): one set on one side, or for a move
        whose sides alternate every rep, the whole set (its reps on both sides)."""
        both = 2 if self.alternating else 1
        if self.reps is None:
            assert self.hold is not None
            return both * self.hold
        return both * self.reps * (self.rep_time + (self.hold or 0))

    @property
    def sides_order(self) -> tuple[Side | None, ...]:
        """The sides done one after the other in separate steps (none for alternating or two-sided moves)."""
        return (Side.LEFT, Side.RIGHT) if self.per is not None and not self.alternating else (None,)

    @property
    def first_side(self) -> Side | None:
        """The side the move starts on (:data:`FIRST_SIDE`, for every one-sided move)."""
        return FIRST_SIDE if self.per is not None else None


@dataclass(frozen=True)
class Step:
    """One step of a session. ``start`` assumes nobody pauses; ``duration`` is ``None`` for self-paced reps.

    Rest steps carry the exercise and set they follow; ``rest_reason`` says whether they separate sets,
    exercises or rounds. The fields after ``rest_reason`` describe the move for whoever shows or says it:
    how its sides change, where it starts, its caution and note, and whether it is high impact.
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
    sides: Sides | None = None
    """How this move's sides change (``None`` when it works both sides at once). ``side`` is the side of this
    step; an alternating move's work has no one side, and its prepare names the side it starts on."""
    position: BodyPosition | None = None
    position_steps: int = 0
    """On a prepare: how many steps of change of position its length allows for."""
    caution: str | None = None
    spoken_caution: str | None = None
    note: str | None = None
    instructions: str | None = None
    high_impact: bool = False
    gentler: str | None = None
    """For a high-impact move: the move that may take its place (``None``: it can only be skipped)."""

    @property
    def end(self) -> int:
        return self.start + self.planned

    @property
    def alternating(self) -> bool:
        return self.sides is Sides.ALTERNATING

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
            "sides": self.sides.value if self.sides else None,
            "position": self.position.value if self.position else None,
            "caution": self.caution,
            "note": self.note,
            "high_impact": self.high_impact,
            "gentler": self.gentler,
        }


@dataclass(frozen=True)
class Timeline:
    title: str
    level: Level
    steps: tuple[Step, ...]
    stated_seconds: int | None = None
    """How long the routine's author says the class lasts (its ``duration``, the low end of a range)."""

    @property
    def total_seconds(self) -> int:
        return self.steps[-1].end if self.steps else 0

    def to_json(self) -> dict[str, object]:
        return {
            "title": self.title,
            "level": self.level.value,
            "total_seconds": self.total_seconds,
            "stated_seconds": self.stated_seconds,
            "steps": [step.to_json() for step in self.steps],
        }


def resolve(
    exercise: Exercise,
    defaults: Timing,
    level: Level,
    library: ExerciseLibrary | None = None,
    change: LevelChange = NO_CHANGE,
) -> ResolvedExercise:
    """Fix an exercise's dose, timing and way of doing it at a level.

    Timing: the exercise's own values, else the routine's ``defaults``, else (for the pace of counted reps)
    the exercise library's natural pace of the move, else the built-in ones. Sides and starting position:
    the exercise's own, else the library's. ``change`` is what the level adds (``levels:``).
    """
    entry = library.find(exercise.name) if library is not None else None
    timing = exercise.timing.over(defaults)
    if timing.rep_time is None and entry is not None and entry.rep_time is not None:
        timing = replace(timing, rep_time=Range.single(entry.rep_time))
    timing = timing.over(BUILTIN_TIMING)

    def at(value: Range | None) -> int:
        assert value is not None
        return value.at(level)

    reps = max(1, exercise.reps.at(level) + change.reps) if exercise.reps else None
    hold = exercise.hold.at(level) if exercise.hold else None
    if hold is not None and reps is None:
        hold = max(1, hold + change.hold)
    base = count_at(exercise.sets, level)  # a range of sets ("2-3") is picked by the level, as reps are
    sets = max(1, base + change.sets) if base > 1 else base
    per, sides = _sides(exercise, entry)
    return ResolvedExercise(
        exercise=exercise,
        reps=reps,
        hold=hold,
        prepare=at(timing.prepare),
        rep_time=at(timing.rep_time),
        rest=at(timing.rest),
        switch=at(timing.switch),
        between=at(timing.between),
        pace=timing.pace or Pace.COUNTED,
        sets=sets,
        position_change=at(timing.position_change),
        per=per,
        sides=sides,
        position=exercise.position or (entry.position if entry else None),
        entry=entry,
    )


def _sides(exercise: Exercise, entry: LibraryExercise | None) -> tuple[Per | None, Sides | None]:
    """Whether a move is one-sided, and how its sides change: the routine's word, else the library's."""
    if exercise.sides is Sides.TOGETHER:
        return None, None
    per = exercise.per
    if per is None and (exercise.sides is not None or (entry is not None and entry.one_sided)):
        per = (entry.per if entry is not None else None) or Per.SIDE
    if per is None:
        return None, None
    return per, exercise.sides or (entry.sides if entry is not None else None) or Sides.EACH_SET


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
    position_steps: int
    first: bool
    block_changed: bool


def _slots(routine: Routine, level: Level, library: ExerciseLibrary | None) -> Iterator[_Slot]:
    flat_index = 0
    indices: dict[int, int] = {}
    for block in routine.blocks:
        for exercise in block.exercises:
            indices[id(exercise)] = flat_index
            flat_index += 1
    rounds = [count_at(block.rounds, level) for block in routine.blocks]  # "4-5 rounds" picked by the level
    order: list[tuple[Block, int, int, Exercise]] = [
        (block, block_index, round_number, exercise)
        for block_index, block in enumerate(routine.blocks)
        for round_number in range(1, rounds[block_index] + 1)
        for exercise in block.exercises
    ]
    change = routine.level_change(level)
    resolved_once: dict[int, ResolvedExercise] = {}
    where: BodyPosition | None = START_POSITION
    previous_block = -1
    for position, (block, block_index, round_number, exercise) in enumerate(order):
        resolved = resolved_once.get(id(exercise))
        if resolved is None:
            resolved = resolved_once[id(exercise)] = resolve(exercise, routine.defaults, level, library, change)
        last_overall = position == len(order) - 1
        last_of_round = exercise is block.exercises[-1]
        if last_overall:
            rest_after, reason = 0, None
        elif last_of_round and round_number < rounds[block_index]:
            rest_after, reason = round_rest(block, routine.defaults, level), RestReason.ROUNDS
        else:
            rest_after, reason = resolved.between, RestReason.EXERCISES
        yield _Slot(block, block_index, round_number, rounds[block_index], indices[id(exercise)], resolved,
                    rest_after, reason,
                    position_steps(where, resolved.position), position == 0, block_index != previous_block)
        where = resolved.position
        previous_block = block_index


def _step(slot: _Slot, kind: StepKind, index: int, start: int, seconds: int, set_number: int, side: Side | None,
          reason: RestReason | None = None, timed: bool = True) -> Step:
    r = slot.resolved
    entry = r.entry
    exercise = r.exercise
    gentler = entry.gentler if entry is not None and entry.high_impact else None
    return Step(
        index=index,
        kind=kind,
        start=start,
        duration=seconds if timed else None,
        planned=seconds,
        block=slot.block.title,
        block_index=slot.block_index,
        exercise=exercise.name,
        exercise_index=slot.exercise_index,
        set=set_number,
        sets=r.sets,
        side=side,
        per=r.per,
        round=slot.round,
        rounds=slot.rounds,
        reps=r.reps,
        hold=r.hold,
        rep_time=r.rep_time,
        rest_reason=reason,
        sides=r.sides,
        position=r.position,
        position_steps=slot.position_steps if kind is StepKind.PREPARE else 0,
        caution=entry.cautions if entry is not None else None,
        spoken_caution=entry.said_caution() if entry is not None else None,
        note=exercise.note,
        instructions=exercise.instructions or (entry.instructions if entry is not None else None),
        high_impact=entry.high_impact if entry is not None else False,
        gentler=gentler,
    )


_WordsCache = dict[tuple[int, bool, bool], int]


def _prepare_seconds(slot: _Slot, title: str, words_cache: _WordsCache) -> int:
    """The get-ready before a move: the routine's ``prepare``, plus ``position_change`` for each step of change
    of position, and never shorter than its words (with :data:`WORDS_ROOM` to spare). A get-ready of 0 s
    with no change of position is left out, as the routine asks. ``words_cache`` keeps the words' length
    per exercise: a circuit repeats the same words every round."""
    r = slot.resolved
    seconds = r.prepare + r.position_change * slot.position_steps
    if seconds <= 0:
        return 0
    key = (id(r), slot.first, slot.block_changed)
    needed = words_cache.get(key)
    if needed is None:
        from . import spoken  # spoken reads Steps; imported here, where the words are needed, to avoid a cycle

        step = _step(slot, StepKind.PREPARE, 0, 0, seconds, 1, r.first_side)
        words = spoken.prepare_openings(step, first=slot.first, title=title if slot.first else None, total=0,
                                        block_changed=slot.block_changed)[0]
        needed = words_cache[key] = math.ceil(estimated_phrase_seconds(words)) + WORDS_ROOM
    return max(seconds, needed)


def expand(routine: Routine, level: Level | None = None, library: ExerciseLibrary | None = None) -> Timeline:
    """The session a routine runs at ``level`` (default: the routine's own, else intermediate).

    Per exercise: prepare; then the sets: for a one-sided move each set on the left, a switch, then the
    right (``each set``), every set on the left, a switch, then every set on the right (``all sets``), or
    one step per set in which the sides take turns (``alternating``); a rest between sets but never after
    the last; after the exercise the rest between exercises or rounds. Steps of 0 s are left out. The
    exercise library (``library``) supplies each move's pace, sides, position and cautions where the
    routine does not.
    """
    chosen = routine.effective_level(level)
    steps: list[Step] = []
    clock = 0

    def add(slot: _Slot, kind: StepKind, seconds: int, set_number: int, side: Side | None,
            reason: RestReason | None = None, timed: bool = True) -> None:
        nonlocal clock
        if seconds <= 0:
            return
        steps.append(_step(slot, kind, len(steps), clock, seconds, set_number, side, reason, timed))
        clock += seconds

    words: _WordsCache = {}
    for slot in _slots(routine, chosen, library):
        r = slot.resolved
        add(slot, StepKind.PREPARE, _prepare_seconds(slot, routine.title, words), 1, r.first_side)
        timed = not r.self_paced
        if r.sides is Sides.ALL_SETS:
            for side in (Side.LEFT, Side.RIGHT):
                if side is Side.RIGHT:
                    add(slot, StepKind.SWITCH, r.switch, 1, side)
                for set_number in range(1, r.sets + 1):
                    add(slot, StepKind.WORK, r.work_seconds, set_number, side, timed=timed)
                    if set_number < r.sets:
                        add(slot, StepKind.REST, r.rest, set_number, side, RestReason.SETS)
        else:
            for set_number in range(1, r.sets + 1):
                for turn in r.sides_order:
                    if turn is Side.RIGHT:
                        add(slot, StepKind.SWITCH, r.switch, set_number, turn)
                    add(slot, StepKind.WORK, r.work_seconds, set_number, turn, timed=timed)
                if set_number < r.sets:
                    add(slot, StepKind.REST, r.rest, set_number, None, RestReason.SETS)
        add(slot, StepKind.REST, slot.rest_after, r.sets, None, slot.rest_reason)
    stated = routine.duration.low if routine.duration is not None else None
    return Timeline(routine.title, chosen, tuple(steps), stated)


def planned_seconds(routine: Routine, level: Level | None = None, library: ExerciseLibrary | None = None) -> int:
    """The session's planned length, computed without building its steps.

    Validation needs the length of routines too long to expand (100 rounds of 1,000 exercises); a
    property test checks that this always equals ``expand(...).total_seconds``.
    """
    chosen = routine.effective_level(level)
    total = 0
    words: _WordsCache = {}
    for slot in _slots(routine, chosen, library):
        r = slot.resolved
        sides = len(r.sides_order)
        sets = r.sets
        total += _prepare_seconds(slot, routine.title, words)
        if r.sides is Sides.ALL_SETS:
            total += 2 * (sets * r.work_seconds + (sets - 1) * r.rest) + r.switch
        else:
            total += sets * (sides * r.work_seconds + (sides - 1) * r.switch) + (sets - 1) * r.rest
        total += slot.rest_after
    return total


def level_matters(routine: Routine, library: ExerciseLibrary | None = None) -> bool:
    """Whether choosing a level changes anything in the session (a range, or a ``levels:`` change)."""
    sessions = {expand(routine, level, library).steps for level in Level}
    return len(sessions) > 1
