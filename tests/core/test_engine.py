"""The session engine under a fake clock: drift-free timing, cue firing rules, and every command."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sample_routines import TEST_CLASS

from backcoach.core.catalog import load_catalog
from backcoach.core.cue_types import CueKind, Tone, Verbosity
from backcoach.core.cues import CuePlan, plan_cues
from backcoach.core.engine import (
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
from backcoach.core.loader import load_routine
from backcoach.core.model import Routine
from backcoach.core.timeline import StepKind, expand
from backcoach.resources import bundled_routines_dir


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class Recorder:
    events: list[Event] = field(default_factory=list)

    def __call__(self, event: Event) -> None:
        self.events.append(event)

    def cues(self) -> list[CueDue]:
        return [e for e in self.events if isinstance(e, CueDue)]

    def count(self, kind: type) -> int:
        return sum(isinstance(e, kind) for e in self.events)


ROUTINE = TEST_CLASS


def make(text: str = ROUTINE, verbosity: Verbosity = Verbosity.STANDARD) -> tuple[SessionEngine, FakeClock, Recorder]:
    clock = FakeClock()
    engine = SessionEngine(plan_cues(expand(load_routine(text, "t.yaml")), verbosity), clock)
    recorder = Recorder()
    engine.subscribe(recorder)
    return engine, clock, recorder


def run_to_end(engine: SessionEngine, clock: FakeClock, step: float = 0.1, limit: float = 100_000) -> None:
    """Tick regularly, pressing Done on self-paced steps after their planned time."""
    spent = 0.0
    while engine.state is State.RUNNING and spent < limit:
        clock.advance(step)
        spent += step
        engine.tick()
        current = engine.current
        if current is not None and current.duration is None and engine.elapsed() >= current.planned:
            engine.done()


def test_a_session_plays_every_planned_cue_once_in_order_and_finishes_on_time() -> None:
    engine, clock, recorder = make()
    started = clock.now
    assert engine.start()
    run_to_end(engine, clock, step=0.05)
    planned = [c for c in engine.plan.cues]
    fired = [e.cue for e in recorder.cues()]
    assert fired == planned
    assert max(e.lateness for e in recorder.cues()) <= 0.05 + 1e-9
    assert recorder.count(SessionFinished) == 1 and engine.state is State.FINISHED
    assert clock.now - started == pytest.approx(engine.plan.timeline.total_seconds, abs=0.06)


def test_late_and_irregular_ticks_do_not_drift() -> None:
    engine, clock, recorder = make()
    started = clock.now
    engine.start()
    gaps = [0.3, 7.3, 0.01, 2.2, 11.0, 0.5]
    i = 0
    while engine.state is State.RUNNING:
        clock.advance(gaps[i % len(gaps)])
        i += 1
        engine.tick()
        if engine.current is not None and engine.current.duration is None:
            # The self-paced step: the user presses Done exactly at its planned length.
            clock.now = clock.now - engine.elapsed() + engine.current.planned
            engine.done()
    planned = [s.planned for s in engine.steps]
    assert engine.active_seconds == pytest.approx(planned, abs=1e-9)
    assert all(e.lateness <= 1.5 for e in recorder.cues())
    dropped = len(engine.plan.cues) - len(recorder.cues())
    assert dropped > 0  # an 11 s gap cannot play a 10 s step's cues on time: they are dropped, not burst
    assert started + engine.plan.timeline.total_seconds <= clock.now


def test_a_laptop_that_slept_lands_on_the_right_step_with_the_right_time() -> None:
    engine, clock, recorder = make()
    engine.start()
    clock.advance(125.5)  # prepare 10 + set 30 + rest 30 + set 30 + prepare 10 = 110; then 15.5 s into the hold
    engine.tick()
    assert engine.current is not None and (engine.current.exercise, engine.current.kind) == ("Plank", StepKind.WORK)
    assert engine.remaining() == pytest.approx(40 - 15.5)
    assert not any(e.lateness > 1.5 for e in recorder.cues())
    assert [e.step.index for e in recorder.events if isinstance(e, StepStarted)] == list(range(6))


def test_pause_freezes_time_and_resume_counts_3_2_1_before_work_continues() -> None:
    engine, clock, recorder = make()
    engine.start()
    clock.advance(15)
    engine.tick()  # 5 s into the first set of squats
    assert engine.pause()
    assert [e.cue.text or e.cue.tone for e in recorder.cues()[-2:]] == [Tone.PAUSE, "Paused."]
    clock.advance(600)
    engine.tick()
    assert engine.remaining() == pytest.approx(25)
    recorder.events.clear()
    assert engine.resume()
    for _ in range(6):
        clock.advance(0.5)
        engine.tick()
        assert engine.remaining() == pytest.approx(25)  # held through the 3-2-1, never jumping back
    heard = [e.cue.text or e.cue.tone for e in recorder.cues()]
    assert heard == ["Resuming.", Tone.TICK, Tone.TICK, Tone.TICK, Tone.GO]
    assert all(e.remaining == 25 for e in recorder.events if isinstance(e, SecondChanged))
    assert engine.remaining() == pytest.approx(25)  # the clock runs again only after the lead-in
    clock.advance(5)
    engine.tick()
    assert engine.remaining() == pytest.approx(20)


def test_the_resume_lead_in_is_counted_for_the_screen_every_second() -> None:
    engine, clock, recorder = make()
    engine.start()
    clock.advance(15)
    engine.tick()
    engine.pause()
    clock.advance(60)
    assert engine.lead_in_left() is None  # paused: no lead-in yet
    recorder.events.clear()
    engine.resume()
    counted = []
    for _ in range(3):
        counted.append(engine.lead_in_left())
        wakeup = engine.next_wakeup()
        assert wakeup is not None and wakeup == pytest.approx(clock.now + 1)  # woken for each second
        clock.now = wakeup
        engine.tick()
    assert counted == [3, 2, 1] and engine.lead_in_left() is None
    assert len([e for e in recorder.events if isinstance(e, SecondChanged)]) >= 3  # each change redraws


def test_previous_restarts_after_3_seconds_and_goes_back_before() -> None:
    engine, clock, _ = make()
    engine.start()
    clock.advance(14)
    engine.tick()
    assert engine.index == 1
    assert engine.previous() and engine.index == 1 and engine.elapsed() == 0  # 4 s in: restart
    clock.advance(2)
    engine.tick()
    assert engine.previous() and engine.index == 0  # 2 s in: back to prepare


def test_next_skips_and_finishes_after_the_last_step() -> None:
    engine, _clock, recorder = make()
    engine.start()
    for _ in engine.steps:
        assert engine.next()
    assert engine.state is State.FINISHED and recorder.count(SessionFinished) == 1
    assert not engine.next() and not engine.toggle()


def test_extend_adds_ten_seconds_to_rests_and_prepares_only() -> None:
    engine, clock, recorder = make()
    engine.start()
    clock.advance(8.5)
    engine.tick()  # prepare ticks at 7 and 8 have fired
    assert engine.extend()
    assert engine.remaining() == pytest.approx(11.5)
    for _ in range(23):
        clock.advance(0.5)
        engine.tick()
    prepare_ticks = [e for e in recorder.cues() if e.cue.tone is Tone.TICK and e.cue.step == 0]
    assert len(prepare_ticks) == 5  # 7, 8 before the extension; 17, 18, 19 after it
    assert engine.index == 1 and not engine.extend()  # work cannot be extended


def test_the_session_total_grows_with_each_extension_and_keeps_it() -> None:
    engine, clock, _ = make()
    planned = engine.plan.timeline.total_seconds
    engine.start()
    clock.advance(2)
    engine.tick()
    assert engine.extend() and engine.session_total() == planned + 10
    assert engine.session_elapsed() == pytest.approx(2)
    clock.advance(18)  # the prepare (now 20 s) is over: the first work step runs
    engine.tick()
    assert engine.index == 1 and engine.session_total() == planned + 10
    assert engine.session_elapsed() == pytest.approx(20)
    while engine.current is not None:
        engine.next()
    assert engine.session_elapsed() == engine.session_total() == planned + 10


def test_done_ends_only_self_paced_steps() -> None:
    engine, clock, _ = make()
    engine.start()
    assert not engine.done()
    while engine.current is not None and engine.current.duration is not None:
        engine.next()
    clock.advance(42)
    engine.tick()
    assert engine.remaining() is None and engine.elapsed() == pytest.approx(42)
    assert engine.done() and engine.state is State.FINISHED


def test_commands_that_do_not_apply_change_nothing() -> None:
    engine, _clock, recorder = make()
    for refused in (engine.pause, engine.resume, engine.next, engine.previous, engine.done, engine.extend,
                    engine.stop, engine.restart_step):
        assert not refused()
    assert engine.state is State.READY and recorder.events == []
    engine.start()
    assert not engine.start() and not engine.resume()
    engine.stop()
    assert engine.state is State.STOPPED and not engine.toggle() and not engine.start()


def test_second_changes_are_reported_once_per_displayed_second() -> None:
    engine, clock, recorder = make()
    engine.start()
    for _ in range(100):
        clock.advance(0.05)
        engine.tick()
    seconds = [e.remaining for e in recorder.events if isinstance(e, SecondChanged)]
    assert seconds == [10, 9, 8, 7, 6, 5]


def test_next_wakeup_aims_at_the_next_cue_or_second() -> None:
    engine, clock, _ = make()
    assert engine.next_wakeup() is None
    engine.start()
    assert engine.next_wakeup() == pytest.approx(clock.now + 1)
    clock.advance(6.5)
    engine.tick()
    assert engine.next_wakeup() == pytest.approx(clock.now + 0.5)  # the tick at 7 s


def test_beeps_only_sessions_say_nothing_even_when_paused() -> None:
    engine, clock, recorder = make(verbosity=Verbosity.BEEPS)
    engine.start()
    engine.pause()
    engine.resume()
    run_to_end(engine, clock)
    assert recorder.cues() and all(e.cue.kind is CueKind.BEEP for e in recorder.cues())


# -- whole bundled routines, and random use -----------------------------------------------------------

BUNDLED: list[Routine] = [e.routine for e in load_catalog([(bundled_routines_dir(), True)]).entries if e.routine]


@pytest.mark.parametrize("routine", BUNDLED, ids=[r.title for r in BUNDLED])
def test_every_bundled_routine_runs_to_session_complete(routine: Routine) -> None:
    clock = FakeClock()
    engine = SessionEngine(plan_cues(expand(routine)), clock)
    recorder = Recorder()
    engine.subscribe(recorder)
    engine.start()
    run_to_end(engine, clock, step=0.25)
    assert engine.state is State.FINISHED and recorder.count(SessionFinished) == 1
    assert [e.cue for e in recorder.cues()] == list(engine.plan.cues)
    assert recorder.cues()[-1].cue.text == "Well done. Session complete."


ACTIONS = st.lists(
    st.one_of(
        st.tuples(st.just("wait"), st.floats(min_value=0.0, max_value=4.0)),
        st.tuples(st.just("sleep"), st.floats(min_value=0.0, max_value=40.0)),  # no tick during it
        st.tuples(st.sampled_from(["pause", "resume", "toggle", "next", "previous", "extend", "done", "restart"]),
                  st.just(0.0)),
    ),
    max_size=60,
)


def _plan() -> CuePlan:
    return plan_cues(expand(load_routine(ROUTINE, "t.yaml")))


PLAN = _plan()


@settings(max_examples=150, deadline=None)
@given(ACTIONS)
def test_random_use_keeps_the_cue_and_state_rules(actions: list[tuple[str, float]]) -> None:
    clock = FakeClock()
    engine = SessionEngine(PLAN, clock)
    recorder = Recorder()
    engine.subscribe(recorder)
    engine.start()
    visits: list[int] = []
    for action, amount in actions:
        before = (engine.state, engine.index, engine.elapsed(), engine.remaining(), len(recorder.events))
        if action == "wait":
            clock.advance(amount)
            engine.tick()
            continue
        if action == "sleep":
            clock.advance(amount)
            continue
        method = {"restart": engine.restart_step}.get(action) or getattr(engine, action)
        if not method():
            after = (engine.state, engine.index, engine.elapsed(), engine.remaining(), len(recorder.events))
            assert after == before, action  # a refused command changes nothing
    run_to_end(engine, clock) if engine.state is State.RUNNING else None
    # Cues are never more than 1.5 s late, and within one visit of a step each fires once, in order.
    assert all(e.lateness <= 1.5 for e in recorder.cues())
    visit: list[tuple[int, float]] = []
    for event in recorder.events:
        if isinstance(event, StepStarted):
            visits.append(event.step.index)
            visit = []
        elif isinstance(event, CueDue) and event.cue in PLAN.cues and event.cue.step < len(PLAN.timeline.steps):
            key = (id(event.cue), event.cue.offset)
            assert key not in visit
            assert not visit or event.cue.offset >= visit[-1][1] or event.cue.from_end
            visit.append(key)
    finished = recorder.count(SessionFinished)
    assert finished == (1 if engine.state is State.FINISHED else 0)
    if finished:
        last = max(i for i, e in enumerate(recorder.events) if isinstance(e, SessionFinished))
        assert all(isinstance(e, StateChanged) for e in recorder.events[last + 1 :])
        texts = [e.cue.text for e in recorder.cues() if e.cue.text]
        assert "Well done. Session complete." not in texts[:-1]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.floats(min_value=0.0, max_value=30.0), st.floats(min_value=0.0, max_value=20.0)),
                max_size=8),
       st.lists(st.floats(min_value=0.01, max_value=9.0), min_size=1, max_size=10))
def test_with_pauses_and_late_ticks_working_time_equals_the_plan(
    pauses: list[tuple[float, float]], gaps: list[float]
) -> None:
    clock = FakeClock()
    engine = SessionEngine(PLAN, clock)
    engine.start()
    pause_plan = list(pauses)
    i = 0
    while engine.state is State.RUNNING:
        clock.advance(gaps[i % len(gaps)])
        i += 1
        engine.tick()
        if pause_plan and engine.state is State.RUNNING and engine.elapsed() >= pause_plan[0][0] % 5:
            _, length = pause_plan.pop(0)
            engine.pause()
            clock.advance(length)
            engine.resume()
        current = engine.current
        if current is not None and current.duration is None and engine.state is State.RUNNING:
            clock.now += current.planned - engine.elapsed()
            engine.done()
    assert engine.state is State.FINISHED
    assert engine.active_seconds == pytest.approx([s.planned for s in PLAN.timeline.steps], abs=1e-6)


def test_extending_twice_re_arms_the_countdown_once_at_the_new_end() -> None:
    engine, clock, _ = make()
    started = clock.now
    heard: list[tuple[float, bool]] = []
    engine.subscribe(
        lambda e: heard.append((clock.now - started, e.cue in engine.plan.cues))
        if isinstance(e, CueDue) and e.cue.tone is Tone.TICK and e.cue.step == 0
        else None
    )
    engine.start()
    for _ in range(17):
        clock.advance(0.5)
        engine.tick()  # 8.5 s into the 10 s prepare: ticks at 7 and 8 heard
    assert engine.extend() and engine.extend()
    for _ in range(46):
        clock.advance(0.5)
        engine.tick()
    # 7 and 8 (planned), then the countdown at the new end, 27 and 28 as new cues and 29 the planned one.
    assert heard == [(7, True), (8, True), (27, False), (28, False), (29, True)]


# -- cues handed over early (the sound player's lead) ------------------------------------------------------


class Sink:
    """What a player that places sounds on their moment makes of the engine's events: a cue is heard at its
    ``due`` unless withdrawn before that moment."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.scheduled: list[tuple[float, object]] = []

    def __call__(self, event: Event) -> None:
        if isinstance(event, CueDue):
            self.scheduled.append((max(event.due, self.clock.now), event.cue))
        elif isinstance(event, CuesWithdrawn):
            self.scheduled = [(at, cue) for at, cue in self.scheduled if at <= self.clock.now]

    def heard(self) -> list[tuple[float, object]]:
        """Heard so far (a sound placed after now has not been heard yet)."""
        return sorted(((at, cue) for at, cue in self.scheduled if at <= self.clock.now), key=lambda item: item[0])


FINE_ACTIONS = st.lists(
    st.one_of(
        st.tuples(st.just("wait"), st.integers(min_value=0, max_value=80)),  # in ticks of 50 ms
        st.tuples(st.sampled_from(["pause", "resume", "toggle", "next", "previous", "extend", "done", "restart"]),
                  st.just(0)),
    ),
    max_size=50,
)


def _heard(actions: list[tuple[str, int]], lead: float) -> tuple[list[tuple[float, object]], list[CueDue]]:
    clock = FakeClock()
    engine = SessionEngine(PLAN, clock, lead=lead)
    sink = Sink(clock)
    recorder = Recorder()
    engine.subscribe(sink)
    engine.subscribe(recorder)
    engine.start()
    for action, ticks in actions:
        if action == "wait":
            for _ in range(ticks):
                clock.advance(0.05)
                engine.tick()
        else:
            ({"restart": engine.restart_step}.get(action) or getattr(engine, action))()
    return sink.heard(), recorder.cues()


@settings(max_examples=120, deadline=None)
@given(FINE_ACTIONS, st.sampled_from([0.02, 0.1, 0.3]))
def test_handing_cues_over_early_changes_when_they_are_handed_over_not_what_is_heard(
    actions: list[tuple[str, int]], lead: float
) -> None:
    """Whatever the user does, a player that places early cues on their moment hears exactly the cues, at
    exactly the moments, that it would hear without the lead; and nothing is handed over earlier than the lead."""
    on_time, _ = _heard(actions, 0.0)
    early, handed = _heard(actions, lead)
    assert all(event.lateness >= -lead - 1e-9 for event in handed)
    # Without a lead a cue is heard at the tick that finds it due (up to 50 ms late); with one, on its moment.
    assert [cue for _, cue in early] == [cue for _, cue in on_time]
    for (at_early, _), (at_tick, _) in zip(early, on_time, strict=True):
        assert at_tick - 0.05 - 1e-9 <= at_early <= at_tick + 1e-9


def test_the_next_steps_first_cue_is_handed_over_before_the_deadline() -> None:
    clock = FakeClock()
    engine = SessionEngine(PLAN, clock, lead=0.1)
    recorder = Recorder()
    engine.subscribe(recorder)
    engine.start()
    first = PLAN.timeline.steps[0]
    assert first.duration is not None
    clock.advance(first.duration - 0.08)  # 80 ms before the first step ends
    engine.tick()
    assert engine.index == 0
    opening = [e for e in recorder.cues() if e.cue.step == 1]
    assert opening, "the next step's opening cue is handed over ahead"
    assert all(e.due == pytest.approx(clock.now + 0.08 + e.cue.offset) for e in opening)
    wakeup = engine.next_wakeup()
    assert wakeup is not None and wakeup <= clock.now + 0.08


def test_pausing_withdraws_what_was_handed_over_early_and_it_comes_again_after_resuming() -> None:
    clock = FakeClock()
    engine = SessionEngine(PLAN, clock, lead=0.3)
    recorder = Recorder()
    engine.subscribe(recorder)
    engine.start()
    first = PLAN.timeline.steps[0]
    assert first.duration is not None
    clock.advance(first.duration - 1.2)  # the "1" tick of the countdown is 0.2 s away
    engine.tick()
    tick_one = [e for e in recorder.cues() if e.cue.tone is Tone.TICK and e.lateness < 0]
    assert tick_one
    assert engine.pause()
    assert recorder.count(CuesWithdrawn) == 1
    clock.advance(5)
    assert engine.resume()
    for _ in range(100):
        clock.advance(0.05)
        engine.tick()
    again = [e for e in recorder.cues() if e.cue == tick_one[0].cue]
    assert len(again) == 2, "the withdrawn tick is handed over again when it is due once more"
