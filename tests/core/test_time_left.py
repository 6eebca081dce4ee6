"""Issue 17: the session header says how long the class and the step have left, by the engine's clock: it
stands still while paused, grows with +10 s, and agrees with the countdown; and the side being worked."""

from __future__ import annotations

from backcoach.core.display import clock_text
from backcoach.core.engine import SessionEngine
from backcoach.core.loader import load_routine
from backcoach.core.model import Pace
from backcoach.core.preferences import Preferences
from backcoach.core.session_plan import SessionPlan, plan_session
from backcoach.core.timeline import StepKind

ROUTINE = load_routine(
    "backcoach: 1\ntitle: T\ndefaults: {prepare: 10s, rep_time: 2s}\nblocks:\n  - title: Main\n"
    "    exercises:\n      - {name: Squat, reps: 10, sets: 2, rest: 30s}\n"
    "      - {name: Side plank, hold: 20s, per: leg, prepare: 5s}\n",
    "t.yaml",
)


class Clock:
    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


def session(preferences: Preferences | None = None) -> tuple[SessionEngine, Clock, SessionPlan]:
    plan = plan_session(ROUTINE, preferences)
    clock = Clock()
    engine = SessionEngine(plan.cues, clock)
    return engine, clock, plan


def test_the_class_and_the_step_count_down_together_and_stand_still_while_paused() -> None:
    engine, clock, plan = session()
    total = plan.total_seconds
    display = plan.display
    ready = display.moment(engine)
    assert (ready.session_left, ready.step_left) == (clock_text(total), "0:10")
    assert ready.time_left == f"Class: {clock_text(total)} left · Step: 0:10 left"
    engine.start()
    clock.now += 4.2
    engine.tick()
    moment = display.moment(engine)
    assert (moment.session_left, moment.step_left, moment.clock) == (clock_text(total - 4.2), "0:06", "0:06")
    engine.pause()
    clock.now += 600  # ten minutes paused: nothing is used up
    assert display.moment(engine).session_left == clock_text(total - 4.2)
    engine.resume()
    clock.now += 3  # the resume's 3-2-1 lead-in holds the step too
    engine.tick()
    assert display.moment(engine).session_left == clock_text(total - 4.2)
    engine.extend()  # +10 s on the get-ready: the class and the step both grow
    after = display.moment(engine)
    assert (after.session_left, after.step_left) == (clock_text(total + 10 - 4.2), "0:16")


def test_a_self_paced_set_says_about_and_at_your_pace() -> None:
    engine, clock, plan = session(Preferences(pace=Pace.SELF))
    engine.start()
    clock.now += 10.5
    engine.tick()
    assert engine.current is not None and engine.current.kind is StepKind.WORK and engine.current.duration is None
    moment = plan.display.moment(engine)
    assert moment.step_left == "" and moment.time_left.startswith("Class: about ")
    assert moment.time_left.endswith("· Step: at your pace")


def test_the_side_is_the_one_worked_or_the_one_to_start_on() -> None:
    engine, _clock, plan = session()
    display = plan.display
    sides = []
    engine.start()
    while engine.current is not None:
        step = engine.current
        sides.append((step.kind, display.moment(engine).side))
        engine.next()
    plank = [side for kind, side in sides if side]
    assert plank == ["Left leg", "Left leg", "Right leg", "Right leg"]  # get-ready, left, switch, right
    assert all(side == "" for kind, side in sides[:4])  # squats work both legs: no side
