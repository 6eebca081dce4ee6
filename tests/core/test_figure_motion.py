"""The figure in time: reps in step with the coach's count, holds that breathe, the side worked, what comes
next during get-ready and rest, and a figure that stops when the session pauses. Driven by the real timeline,
cue plan and engine under a fake clock."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import pytest

from backcoach.core.cue_types import Priority, Verbosity
from backcoach.core.cues import CuePlan, plan_cues
from backcoach.core.engine import SessionEngine, State
from backcoach.core.figure.book import FigureBook, RoutineFigures
from backcoach.core.figure.model import Figure
from backcoach.core.figure.motion import BREATH_SECONDS, Frame, frame_skeleton, rep_segments, step_frame
from backcoach.core.loader import load_routine
from backcoach.core.model import Routine
from backcoach.core.spoken import count_word
from backcoach.core.timeline import Side, Step, StepKind, Timeline, expand
from backcoach.figures import bundled_book

ROUTINE = """\
backcoach: 1
title: Figures in time
defaults: {prepare: 5s, rest: 10s, rep_time: 3s, switch: 4s}
blocks:
  - title: Main
    exercises:
      - {name: Bird dog, reps: 4, sets: 2, between: 10s}
      - {name: Glute bridge, reps: 3, hold: 2s}
      - {name: Plank, hold: 20s}
      - {name: Side plank hip raise, reps: 2, per: side}
      - {name: Walking, hold: 10s}
      - {name: Squat, reps: 3, pace: self}
      - {name: My own move, reps: 2}
"""


@cache
def book() -> FigureBook:
    return bundled_book()[0]


@cache
def routine() -> Routine:
    return load_routine(ROUTINE)


@cache
def timeline() -> Timeline:
    """As a session plans it: with the exercise library (its sides: bird dog alternates, for one)."""
    return expand(routine(), library=book().exercises)


def figures() -> RoutineFigures:
    return RoutineFigures(book(), routine())


def frame(step: Step, seconds: float) -> Frame:
    found = step_frame(timeline().steps, step.index, seconds, figures().for_step)
    assert found is not None
    return found


def steps(kind: StepKind, exercise: str) -> list[Step]:
    return [s for s in timeline().steps if s.kind is kind and s.exercise == exercise]


def at_pose(found: Frame, figure: Figure, pose: int) -> bool:
    """Whether a frame draws exactly the key pose (placed as the figure places it)."""
    skeleton, _ = frame_skeleton(found)
    expected, _ = frame_skeleton(Frame(figure, pose, pose, 0.0))
    return all(skeleton.points[k] == pytest.approx(p, abs=1e-6) for k, p in expected.points.items())


# -- counted reps ----------------------------------------------------------------------------------------


def test_a_rep_goes_through_the_key_poses_and_back_on_the_count() -> None:
    plan: CuePlan = plan_cues(timeline(), Verbosity.FULL)
    work = steps(StepKind.WORK, "Bird dog")[0]
    assert work.duration is not None and work.reps == 4 and work.alternating  # 4 reps each side, in turns
    rep = work.duration / work.reps  # one counted rep: the starting side, then the other
    counts = [cue for cue in plan.for_step(work.index) if cue.priority is Priority.COUNT]
    on_the_beat = [cue for cue in counts if cue.offset == pytest.approx(round(cue.offset / rep) * rep)]
    assert len(on_the_beat) >= work.reps - 1  # the first count may wait for "Go" to end
    dog = book().figure("Bird dog")
    assert dog is not None
    first, other = dog.on_side("left"), dog.on_side("right")  # the get-ready names the left side first
    for cue in on_the_beat:
        found = frame(work, cue.offset)
        number = round(cue.offset / rep) + 1
        assert cue.text == count_word(number)  # the coach says the number of the rep starting now
        assert at_pose(found, first, 0), f"count {number}: the figure is back where the move starts"
        # Halfway through each side's turn it holds the reached pose: arm and opposite leg out.
        middle = frame(work, cue.offset + rep / 4)
        assert (middle.start, middle.end) == (1, 1)
        assert at_pose(replace(middle, breath=0.0), first, 1)  # (it breathes while it stays there)
        assert at_pose(frame(work, cue.offset + rep / 2), other, 0)  # then the other side's turn
        assert at_pose(replace(frame(work, cue.offset + 3 * rep / 4), breath=0.0), other, 1)


def test_the_figure_reaches_the_end_of_the_movement_on_every_beat() -> None:
    """Just before each beat the figure is on its way back; on the beat it has arrived."""
    work = steps(StepKind.WORK, "Squat")[0]
    glute = steps(StepKind.WORK, "Glute bridge")[0]
    assert glute.duration is not None and glute.reps is not None
    rep = glute.duration / glute.reps
    for k in range(1, glute.reps):
        before, on = frame(glute, k * rep - 0.05), frame(glute, k * rep)
        assert (before.start, before.end) == (1, 0) and before.t > 0.9
        assert (on.start, on.t) == (0, 0.0)
    assert work.duration is None  # self-paced: see below


def test_a_rep_with_a_hold_stays_in_the_held_pose_for_the_hold() -> None:
    glute = steps(StepKind.WORK, "Glute bridge")[0]
    assert glute.hold == 2 and glute.duration is not None and glute.reps is not None
    rep = glute.duration / glute.reps
    samples = [frame(glute, i * 0.01) for i in range(round(rep * 100))]
    held = sum(1 for f in samples if f.start == f.end == 1) * 0.01
    assert held == pytest.approx(2.0 + 0.4 * (rep - 2.0) / 2.4, abs=0.05)  # the hold, plus the pose's own stay


def test_self_paced_reps_loop_at_the_rep_time() -> None:
    squat = steps(StepKind.WORK, "Squat")[0]
    assert squat.duration is None and squat.rep_time == 3
    for seconds in (0.4, 1.1, 2.7):
        one, two = frame(squat, seconds), frame(squat, seconds + 3 * squat.rep_time)
        assert (one.start, one.end, one.t) == (two.start, two.end, pytest.approx(two.t))


def test_rep_segments_share_the_rep_by_the_poses_weights() -> None:
    dog = book().figure("Bird dog")
    assert dog is not None
    segments = rep_segments(dog, 5.0)
    assert sum(s for _, _, s in segments) == pytest.approx(5.0)
    assert [(a, b) for a, b, s in segments if s > 0] == [(0, 1), (1, 1), (1, 0)]
    with_hold = rep_segments(dog, 5.0, hold_seconds=3.0)
    assert sum(s for a, b, s in with_hold if a == b == 1) == pytest.approx(3.0 + 1.0)


# -- holds -----------------------------------------------------------------------------------------------


def test_a_hold_shows_the_held_pose_breathing_slowly() -> None:
    plank = steps(StepKind.WORK, "Plank")[0]
    figure = book().figure("Plank")
    assert figure is not None
    assert at_pose(frame(plank, 0.0), figure, 0)
    breaths = {round(frame(plank, 5 + i * 0.25).breath, 3) for i in range(int(BREATH_SECONDS / 0.25))}
    middle = frame(plank, 10.0)
    assert (middle.start, middle.end) == (0, 0)
    assert max(breaths) > 0.9 and min(breaths) < -0.9  # in and out over one slow breath
    skeleton, _ = frame_skeleton(frame(plank, 5 + BREATH_SECONDS / 4))  # breathing in: the chest rises
    still, _ = frame_skeleton(Frame(figure, 0, 0, 0.0))
    assert skeleton.points["upper_back"] != pytest.approx(still.points["upper_back"], abs=1e-4)


def test_a_hold_moves_into_its_pose_and_back_out_of_it() -> None:
    bridge = load_routine("backcoach: 1\ntitle: T\nblocks:\n  - title: B\n    exercises:\n"
                          "      - {name: Superman hold, hold: 30s}\n")
    hold = expand(bridge).steps[1]
    assert hold.kind is StepKind.WORK
    show = RoutineFigures(book(), bridge)

    def at(seconds: float) -> Frame:
        found = step_frame(expand(bridge).steps, hold.index, seconds, show.for_step)
        assert found is not None
        return found

    assert (at(0.0).start, at(0.0).t) == (0, 0.0)
    assert (at(15.0).start, at(15.0).end) == (1, 1)
    assert (at(29.9).start, at(29.9).end) == (1, 0)


def test_a_move_that_keeps_going_cycles_during_its_hold() -> None:
    walk = steps(StepKind.WORK, "Walking")[0]
    figure = book().figure("Walking")
    assert figure is not None and figure.held_pose is None
    poses = {frame(walk, i * 0.1).pose for i in range(round(figure.cycle * 10))}
    assert poses == {0, 1, 2, 3}
    one, two = frame(walk, 0.3), frame(walk, 0.3 + figure.cycle)
    assert (one.start, one.end, one.t) == (two.start, two.end, pytest.approx(two.t))


# -- sides -----------------------------------------------------------------------------------------------


def test_work_on_one_side_shows_that_side() -> None:
    left, right = steps(StepKind.WORK, "Side plank hip raise")
    assert (left.side, right.side) == (Side.LEFT, Side.RIGHT)
    assert frame(left, 1.0).figure.side == "left" and frame(left, 1.0).figure.mirror
    assert frame(right, 1.0).figure.side == "right" and not frame(right, 1.0).figure.mirror
    for seconds in (0.5, 2.0, 4.5):  # the side never changes within a set
        assert frame(left, seconds).figure.side == "left"


def test_alternating_moves_alternate_rep_by_rep_from_the_side_the_get_ready_names() -> None:
    prepare, work = steps(StepKind.PREPARE, "Bird dog")[0], steps(StepKind.WORK, "Bird dog")[0]
    assert work.side is None and work.alternating and prepare.side is Side.LEFT  # "start on your left side"
    assert frame(prepare, 1.0).figure.side == "left"
    sides = [frame(work, rep * 3 + 1.5).figure.side for rep in range(4)]
    assert sides == ["left", "right", "left", "right"]
    assert "left arm and right leg" in frame(work, 1.5).figure.poses[1].says
    assert "right arm and left leg" in frame(work, 4.5).figure.poses[1].says


def test_only_a_move_whose_sides_alternate_takes_turns() -> None:
    """The step's own side mode decides: a one-sided move done each set on one side never alternates (even
    with a figure that would), and one the routine does both sides together follows its figure."""
    each_set = load_routine("backcoach: 1\ntitle: T\nblocks:\n  - title: B\n    exercises:\n"
                            "      - {name: Bird dog, reps: 4, sides: each set}\n"
                            "      - {name: March on the spot, reps: 4}\n")
    found = expand(each_set, library=book().exercises)
    show = RoutineFigures(book(), each_set)
    left = next(s for s in found.steps if s.kind is StepKind.WORK and s.exercise == "Bird dog")
    assert left.side is Side.LEFT and not left.alternating
    assert {step_frame(found.steps, left.index, t, show.for_step).figure.side  # type: ignore[union-attr]
            for t in (1.5, 4.5, 7.5)} == {"left"}
    march = next(s for s in found.steps if s.kind is StepKind.WORK and s.exercise == "March on the spot")
    assert march.sides is None and march.side is None
    rep = float(march.duration or 0) / 4
    mirrored = [step_frame(found.steps, march.index, rep * k + rep / 2, show.for_step).figure.mirror  # type: ignore[union-attr]
                for k in range(4)]
    assert mirrored == [False, True, False, True]  # the figure marches, leg by leg


# -- get ready, switch, rest -----------------------------------------------------------------------------


def test_get_ready_shows_the_starting_position_of_the_move() -> None:
    prepare = steps(StepKind.PREPARE, "Glute bridge")[0]
    found = frame(prepare, 2.0)
    assert found.figure.name == "Glute bridge" and (found.start, found.end) == (0, 0)
    side_plank = steps(StepKind.PREPARE, "Side plank hip raise")[0]
    assert frame(side_plank, 1.0).figure.side == "left"  # the side it starts on


def test_rest_shows_the_starting_position_of_what_comes_next() -> None:
    between_sets = [s for s in timeline().steps if s.kind is StepKind.REST and s.exercise == "Bird dog"]
    assert len(between_sets) == 2
    assert frame(between_sets[0], 3.0).figure.name == "Bird dog"
    assert frame(between_sets[1], 3.0).figure.name == "Glute bridge"  # after the last set: the next move
    assert (frame(between_sets[1], 3.0).start, frame(between_sets[1], 3.0).end) == (0, 0)


def test_switching_sides_shows_the_new_side_ready() -> None:
    switch = steps(StepKind.SWITCH, "Side plank hip raise")[0]
    found = frame(switch, 1.0)
    assert found.figure.side == "right" and (found.start, found.end) == (0, 0)


def test_a_move_without_a_figure_shows_nothing() -> None:
    own = steps(StepKind.WORK, "My own move")[0]
    assert step_frame(timeline().steps, own.index, 1.0, figures().for_step) is None


def test_an_exercise_can_borrow_a_library_moves_figure() -> None:
    borrowed = load_routine("backcoach: 1\ntitle: T\nblocks:\n  - title: B\n    exercises:\n"
                            "      - {name: Pointer dog, reps: 4, figure: {like: Bird dog, alternate: false}}\n")
    found = RoutineFigures(book(), borrowed).for_index(0)
    dog = book().figure("Bird dog")
    assert found is not None and dog is not None
    assert found.name == "Pointer dog" and found.poses == dog.poses and not found.alternate


def test_a_gentler_move_swapped_in_shows_its_own_figure() -> None:
    """G swaps a high-impact move for its gentler one: the session then shows that move, not the figure the
    routine gave the move it replaced."""
    from backcoach.core.gentler import with_gentler

    jumps = load_routine("backcoach: 1\ntitle: T\nblocks:\n  - title: B\n    exercises:\n"
                         "      - {name: Depth jump, reps: 4, figure: {like: Bird dog}}\n")
    library = book().exercises
    gentler = with_gentler(jumps, library)
    assert gentler is not None
    swapped = gentler.exercises[0]
    assert swapped.name != "Depth jump" and swapped.figure is None
    found = RoutineFigures(book(), gentler).for_index(0)
    assert found is not None and found == book().figure(swapped.name)


# -- the session's own clock -----------------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


def test_the_figure_follows_the_engines_time_and_stops_when_paused() -> None:
    clock = Clock()
    engine = SessionEngine(plan_cues(timeline()), clock)
    show = figures()

    def now() -> Frame:
        found = step_frame(engine.steps, engine.index, engine.elapsed(), show.for_step)
        assert found is not None
        return found

    engine.start()
    ready = engine.steps[0].duration  # the get-ready (5 s, lengthened to its words), then 1.5 s into the first rep
    assert ready is not None
    for _ in range(round((ready + 1.5) / 0.25)):  # ticked late and irregularly
        clock.now += 0.25
        engine.tick()
    assert engine.current is not None and engine.current.kind is StepKind.WORK
    moving = now()
    assert (moving.start, moving.end) == (1, 1)  # the arm and leg are out on the first rep
    engine.pause()
    paused = now()
    clock.now += 7.0
    engine.tick()
    assert now() == paused  # nothing moves while paused, breath included
    engine.resume()
    clock.now += 2.5  # the 3-2-1 lead-in: the count has not restarted, nor has the figure
    engine.tick()
    assert now() == paused
    clock.now += 1.0
    engine.tick()
    assert now() != paused
    assert engine.state is State.RUNNING


def test_a_late_frame_shows_where_the_count_is_not_where_the_last_frame_was() -> None:
    clock = Clock()
    engine = SessionEngine(plan_cues(timeline()), clock)
    show = figures()
    engine.start()
    ready = engine.steps[0].duration
    assert ready is not None
    clock.now += ready + 4.5  # one long stall: straight into the second turn
    engine.tick()
    found = step_frame(engine.steps, engine.index, engine.elapsed(), show.for_step)
    work = steps(StepKind.WORK, "Bird dog")[0]
    assert found is not None and found.figure.side != frame(work, 1.5).figure.side  # an alternating move's 2nd turn
    assert found == frame(work, 4.5)
