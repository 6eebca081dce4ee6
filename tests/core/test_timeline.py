"""Timeline expansion: concrete routines, and invariants over generated ones."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from backcoach.core.durations import Level, Range
from backcoach.core.loader import load_routine
from backcoach.core.model import Block, Exercise, Pace, Per, Routine, Timing
from backcoach.core.timeline import RestReason, Side, StepKind, expand, planned_seconds


def kinds(routine_text: str, level: Level | None = None) -> list[tuple[str, int | None]]:
    timeline = expand(load_routine(routine_text, "t.yaml"), level)
    return [(step.kind.value, step.duration) for step in timeline.steps]


def test_sets_rest_between_but_never_after_the_last_set() -> None:
    text = """
backcoach: 1
title: T
blocks:
  - title: B
    exercises:
      - {name: Squat, reps: 10, sets: 3, rest: 20s}
"""
    assert kinds(text) == [("prepare", 10), ("work", 30), ("rest", 20), ("work", 30), ("rest", 20), ("work", 30)]


def test_per_side_work_is_left_switch_right_in_every_set() -> None:
    text = """
backcoach: 1
title: T
defaults: {prepare: 12s, switch: 3s}
blocks:
  - title: B
    exercises:
      - {name: Side plank, hold: 20s, sets: 2, per: side, rest: 15s}
"""
    timeline = expand(load_routine(text, "t.yaml"))
    assert [(s.kind.value, s.duration, s.side) for s in timeline.steps] == [
        ("prepare", 12, Side.LEFT),
        ("work", 20, Side.LEFT), ("switch", 3, Side.RIGHT), ("work", 20, Side.RIGHT), ("rest", 15, None),
        ("work", 20, Side.LEFT), ("switch", 3, Side.RIGHT), ("work", 20, Side.RIGHT),
    ]


def test_rounds_repeat_the_block_as_a_circuit_with_a_rest_between_rounds() -> None:
    text = """
backcoach: 1
title: T
defaults: {prepare: 0}
blocks:
  - title: Circuit
    rounds: 2
    rest_between_rounds: 40s
    exercises:
      - {name: A, hold: 10s}
      - {name: B, hold: 20s}
  - title: Cool down
    exercises:
      - {name: C, hold: 30s}
"""
    timeline = expand(load_routine(text, "t.yaml"))
    assert [(s.exercise, s.kind.value, s.round) for s in timeline.steps] == [
        ("A", "work", 1), ("B", "work", 1), ("B", "rest", 1), ("A", "work", 2), ("B", "work", 2), ("C", "work", 1),
    ]
    assert timeline.steps[2].duration == 40 and timeline.steps[2].rest_reason is RestReason.ROUNDS


def test_between_rests_separate_exercises_but_not_after_the_last() -> None:
    text = """
backcoach: 1
title: T
defaults: {prepare: 0, between: 15s}
blocks:
  - title: B
    exercises:
      - {name: A, hold: 10s}
      - {name: B, hold: 10s}
"""
    assert kinds(text) == [("work", 10), ("rest", 15), ("work", 10)]


def test_reps_with_hold_and_self_paced_reps() -> None:
    text = """
backcoach: 1
title: T
defaults: {prepare: 0, rep_time: 2s}
blocks:
  - title: B
    exercises:
      - {name: Knees to chest, reps: 5, hold: 5s}
      - {name: Rows, reps: 10, pace: self}
"""
    timeline = expand(load_routine(text, "t.yaml"))
    assert [(s.duration, s.planned) for s in timeline.steps] == [(35, 35), (None, 20)]
    assert timeline.total_seconds == 55


def test_ranges_resolve_by_level_and_the_routine_level_is_the_default() -> None:
    text = """
backcoach: 1
title: T
level: advanced
defaults: {prepare: 0}
blocks:
  - title: B
    exercises:
      - {name: Plank, hold: 30-60s}
      - {name: Rows, reps: 6-11, rep_time: 1s}
"""
    assert kinds(text) == [("work", 60), ("work", 11)]
    assert kinds(text, Level.EASY) == [("work", 30), ("work", 6)]
    assert kinds(text, Level.INTERMEDIATE) == [("work", 45), ("work", 9)]


def test_zero_second_steps_are_left_out() -> None:
    text = """
backcoach: 1
title: T
defaults: {prepare: 0, rest: 0, switch: 0}
blocks:
  - title: B
    exercises:
      - {name: Lunge, reps: 2, sets: 2, per: leg}
"""
    assert kinds(text) == [("work", 6)] * 4


# -- invariants over generated routines --------------------------------------------------------------

seconds = st.integers(min_value=0, max_value=90)
positive = st.integers(min_value=1, max_value=90)


@st.composite
def ranges(draw: st.DrawFn, values: st.SearchStrategy[int]) -> Range:
    a, b = draw(values), draw(values)
    return Range(min(a, b), max(a, b))


@st.composite
def timings(draw: st.DrawFn) -> Timing:
    optional = lambda s: st.none() | s  # noqa: E731
    return Timing(
        prepare=draw(optional(ranges(seconds))),
        rep_time=draw(optional(ranges(positive))),
        rest=draw(optional(ranges(seconds))),
        switch=draw(optional(ranges(seconds))),
        between=draw(optional(ranges(seconds))),
        pace=draw(st.none() | st.sampled_from(Pace)),
    )


@st.composite
def exercises(draw: st.DrawFn) -> Exercise:
    reps = draw(st.none() | ranges(st.integers(min_value=1, max_value=20)))
    hold = draw(ranges(positive) if reps is None else st.none() | ranges(positive))
    return Exercise(
        name=draw(st.sampled_from(["Bird dog", "Plank", "Squat", "Bridge"])),
        reps=reps,
        hold=hold,
        sets=draw(st.integers(min_value=1, max_value=4)),
        per=draw(st.none() | st.sampled_from(Per)),
        timing=draw(timings()),
    )


@st.composite
def routines(draw: st.DrawFn) -> Routine:
    blocks = tuple(
        Block(
            title=f"Block {i}",
            exercises=tuple(draw(st.lists(exercises(), min_size=1, max_size=4))),
            rounds=draw(st.integers(min_value=1, max_value=3)),
            rest_between_rounds=draw(st.none() | ranges(seconds)),
        )
        for i in range(draw(st.integers(min_value=1, max_value=3)))
    )
    return Routine(title="Generated", blocks=blocks, level=draw(st.none() | st.sampled_from(Level)),
                   defaults=draw(timings()))


@settings(max_examples=200, deadline=None)
@given(routines(), st.sampled_from(Level))
def test_timeline_invariants(routine: Routine, level: Level) -> None:
    timeline = expand(routine, level)
    steps = timeline.steps
    # Steps follow each other without gaps, none is empty, and the totals agree.
    assert steps[0].start == 0
    assert all(later.start == earlier.end for earlier, later in pairwise(steps))
    assert all(step.planned > 0 for step in steps)
    assert timeline.total_seconds == sum(step.planned for step in steps) == planned_seconds(routine, level)
    assert [step.index for step in steps] == list(range(len(steps)))
    # The session ends with work: no rest, prepare or switch after the routine's last step.
    assert steps[-1].kind is StepKind.WORK
    # Every set on every side is worked exactly once, in every round.
    expected_work = sum(b.rounds * sum(e.sets * (2 if e.per else 1) for e in b.exercises) for b in routine.blocks)
    assert sum(step.kind is StepKind.WORK for step in steps) == expected_work
    for i, step in enumerate(steps):
        if step.kind is StepKind.REST and step.rest_reason is RestReason.SETS:
            assert step.set < step.sets  # never a set-rest after the last set
        if step.kind is StepKind.SWITCH:
            assert steps[i - 1].side is Side.LEFT and steps[i + 1].side is Side.RIGHT
        if step.kind is StepKind.WORK and step.duration is None:
            assert step.reps is not None and step.hold is None


@settings(max_examples=100, deadline=None)
@given(routines())
def test_harder_levels_never_make_a_session_shorter(routine: Routine) -> None:
    easy, middle, hard = (planned_seconds(routine, level) for level in Level)
    assert easy <= middle <= hard
