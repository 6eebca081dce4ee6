"""What the session screen says at a moment, without Qt."""

from __future__ import annotations

from dataclasses import replace

from backcoach.core.display import clock_text, current_rep, describe, upcoming_text
from backcoach.core.loader import load_routine
from backcoach.core.model import Pace
from backcoach.core.preferences import apply_preferences
from backcoach.core.timeline import expand

ROUTINE = load_routine(
    "backcoach: 1\ntitle: T\ndefaults: {prepare: 10s, rep_time: 2s}\nblocks:\n  - title: Main\n    rounds: 2\n"
    "    exercises:\n      - {name: Squat, reps: 10, sets: 2, rest: 30s}\n"
    "      - {name: Side plank, hold: 20s, per: side, prepare: 5s}\n",
    "t.yaml",
)
STEPS = expand(ROUTINE).steps


def test_clock_text_rounds_up_so_zero_shows_only_at_the_end() -> None:
    assert [clock_text(s) for s in (0, 0.2, 9.99, 60, 90.5, 3723)] == ["0:00", "0:01", "0:10", "1:00", "1:31",
                                                                      "1:02:03"]


def test_work_shows_set_rep_and_what_comes_next() -> None:
    work = STEPS[1]
    moment = describe(work, STEPS[2], elapsed=5.0, remaining=15.0, session_elapsed=15, session_total=100)
    assert (moment.heading, moment.clock, moment.title) == ("WORK", "0:15", "Squat")
    assert moment.detail == "Set 1 of 2 · rep 3 of 10" and moment.upcoming == "Next: rest 30 s"
    assert moment.block == "Main · round 1 of 2" and moment.step_fraction == 0.25
    assert current_rep(work, 19.99) == 10 and current_rep(work, 0) == 1


def test_rest_switch_and_prepare_say_what_they_are() -> None:
    rest = describe(STEPS[2], STEPS[3], 0, 30, 0, 100)
    assert (rest.heading, rest.title, rest.detail) == ("REST", "Rest", "after Squat, set 1 of 2")
    prepare = describe(STEPS[4], STEPS[5], 0, 5, 0, 100)
    assert prepare.heading == "GET READY" and prepare.detail == "20 seconds per side · Left side first"
    switch = describe(STEPS[6], STEPS[7], 0, 5, 0, 100)
    assert switch.heading == "SWITCH SIDES" and switch.detail == "Right side next"
    assert upcoming_text(None) == "Last step"


def test_self_paced_work_counts_up_and_asks_for_done() -> None:
    steps = expand(apply_preferences(ROUTINE, pace=Pace.SELF, prepare=0)).steps
    moment = describe(steps[0], steps[1], elapsed=12.0, remaining=None, session_elapsed=12, session_total=100)
    assert moment.self_paced and moment.clock == "0:12" and "press Done" in moment.detail


def test_preferences_override_every_prepare_and_pace_but_not_the_file() -> None:
    changed = apply_preferences(ROUTINE, prepare=20, pace=Pace.SELF)
    steps = expand(changed).steps
    assert [s.duration for s in steps if s.kind.value == "prepare"] == [20, 20, 20, 20]
    assert steps[1].duration is None
    assert ROUTINE.exercises[1].timing.prepare is not None and apply_preferences(ROUTINE) is ROUTINE


def test_a_moment_carries_its_step_and_the_seconds_into_it_unrounded() -> None:
    """What moves between whole seconds (the figure) follows the moment's own elapsed time; it is not compared,
    so a moment that shows the same is still the same moment (the screen draws it once)."""
    work = STEPS[1]
    moment = describe(work, STEPS[2], elapsed=5.25, remaining=14.75, session_elapsed=15, session_total=100)
    assert (moment.index, moment.elapsed) == (work.index, 5.25)
    assert replace(moment, elapsed=5.5) == moment
    assert replace(moment, index=work.index + 1) != moment
