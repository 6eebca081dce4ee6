"""What the engine tells a history: every visit to a step ends once, with its real seconds and how; the
time spent paused, from the clock."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sample_routines import TEST_CLASS

from backcoach.core.cues import plan_cues
from backcoach.core.engine import (
    Event,
    SessionEngine,
    State,
    StateChanged,
    StepEnded,
    StepEnding,
    StepStarted,
)
from backcoach.core.loader import load_routine
from backcoach.core.timeline import expand


class Clock:
    def __init__(self) -> None:
        self.now = 10.0

    def __call__(self) -> float:
        return self.now


def make() -> tuple[SessionEngine, Clock, list[Event]]:
    clock = Clock()
    engine = SessionEngine(plan_cues(expand(load_routine(TEST_CLASS, "t.yaml"))), clock)
    events: list[Event] = []
    engine.subscribe(events.append)
    return engine, clock, events


def ended(events: list[Event]) -> list[tuple[int, StepEnding, float, int]]:
    return [(e.step.index, e.ending, round(e.seconds, 2), e.extended) for e in events if isinstance(e, StepEnded)]


def advance(engine: SessionEngine, clock: Clock, seconds: float) -> None:
    for _ in range(round(seconds * 4)):
        clock.now += 0.25
        engine.tick()


def test_each_way_of_leaving_a_step_is_told_with_the_seconds_it_ran() -> None:
    engine, clock, events = make()
    engine.start()
    advance(engine, clock, 10)  # the get-ready runs out
    advance(engine, clock, 5)
    engine.previous()  # 5 s into the squats: restart them
    advance(engine, clock, 2)
    engine.previous()  # 2 s in: back to the get-ready
    engine.next()  # skip the get-ready at once
    advance(engine, clock, 30)  # squats, in full
    engine.extend()
    advance(engine, clock, 40)  # the rest, 30 + 10 s
    assert engine.index == 3
    engine.stop()
    assert ended(events) == [
        (0, StepEnding.COMPLETED, 10, 0), (1, StepEnding.REPEATED, 5, 0), (1, StepEnding.BACK, 2, 0),
        (0, StepEnding.SKIPPED, 0, 0), (1, StepEnding.COMPLETED, 30, 0), (2, StepEnding.COMPLETED, 40, 10),
        (3, StepEnding.STOPPED, 0, 0)]
    step_end = next(i for i, e in enumerate(events) if isinstance(e, StepEnded) and e.ending is StepEnding.STOPPED)
    assert isinstance(events[step_end + 1], StateChanged)  # told before the session is over


def test_done_ends_a_self_paced_set_and_the_last_step_ends_before_the_session() -> None:
    engine, clock, events = make()
    engine.start()
    while engine.index < 9:
        engine.next()
    advance(engine, clock, 12)
    engine.done()
    assert ended(events)[-1] == (9, StepEnding.DONE, 12, 0)
    assert engine.state is State.FINISHED
    last = max(i for i, e in enumerate(events) if isinstance(e, StepEnded))
    assert any(isinstance(e, StateChanged) and e.state is State.FINISHED for e in events[last:])


def test_paused_time_comes_from_the_clock_including_a_pause_going_on_and_skips_while_paused() -> None:
    engine, clock, _events = make()
    engine.start()
    advance(engine, clock, 4)
    engine.pause()
    clock.now += 30
    assert engine.paused_seconds() == pytest.approx(30)
    engine.next()  # skipping while paused: still paused, the pause goes on
    clock.now += 20
    assert engine.paused_seconds() == pytest.approx(50)
    engine.resume()
    advance(engine, clock, 8)
    engine.pause()
    clock.now += 7
    engine.stop()
    assert engine.paused_seconds() == pytest.approx(57)
    clock.now += 100  # after the end nothing more is counted
    assert engine.paused_seconds() == pytest.approx(57)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["tick", "pause", "resume", "next", "previous", "extend", "done",
                                           "restart_step"]), st.floats(0, 20)), max_size=40))
def test_whatever_is_pressed_every_visit_ends_once_and_the_seconds_add_up(actions: list[tuple[str, float]]) -> None:
    engine, clock, events = make()
    engine.start()
    for name, seconds in actions:
        clock.now += seconds
        if name == "tick":
            engine.tick()
        else:
            getattr(engine, name)()
    engine.stop()
    started = sum(isinstance(e, StepStarted) for e in events)
    finished = [e for e in events if isinstance(e, StepEnded)]
    assert len(finished) == started  # one end per visit (the first step's start is told too)
    assert sum(e.seconds for e in finished) == pytest.approx(sum(engine.active_seconds))
