"""The Qt adapter: engine events become signals, and the timer is aimed at the engine's next wake-up."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from backcoach.core.cue_types import Tone
from backcoach.core.cues import plan_cues
from backcoach.core.loader import load_routine
from backcoach.core.timeline import expand
from backcoach.gui.session_driver import SessionDriver

ROUTINE = (
    "backcoach: 1\ntitle: T\ndefaults: {prepare: 0s}\nblocks:\n  - title: B\n    exercises:\n"
    "      - {name: Bridge, hold: 5s}\n      - {name: Plank, hold: 6s}\n"
)
"""A first step of 5 s (a timed hold: a get-ready is never shorter than its words), then the plank."""


class FakeClock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


def make_driver(qtbot: QtBot) -> tuple[SessionDriver, FakeClock]:
    clock = FakeClock()
    driver = SessionDriver(clock)
    driver.load(plan_cues(expand(load_routine(ROUTINE, "t.yaml"))))
    return driver, clock


def test_start_emits_state_step_and_first_second(qtbot: QtBot) -> None:
    driver, _ = make_driver(qtbot)
    with qtbot.waitSignal(driver.stateChanged) as state, qtbot.waitSignal(driver.stepStarted) as step:
        assert driver.start()
    assert state.args == ["running"]
    assert step.args is not None and step.args[0].index == 0
    assert driver._timer.isActive() and driver._timer.remainingTime() <= 1000


def test_waking_at_the_planned_moment_plays_the_cue_and_moves_on(qtbot: QtBot) -> None:
    driver, clock = make_driver(qtbot)
    driver.start()
    clock.now += 2.0
    with qtbot.waitSignal(driver.cueDue, check_params_cb=lambda cue, late: cue.tone is Tone.TICK) as blocker:
        driver.wake()
    assert blocker.args is not None and blocker.args[1] == 0.0
    clock.now += 3.0
    with qtbot.waitSignal(driver.stepStarted) as started:
        driver.wake()
    assert started.args is not None and started.args[0].exercise == "Plank"


def test_the_timer_fires_in_a_real_event_loop(qtbot: QtBot) -> None:
    driver = SessionDriver()  # the real monotonic clock
    driver.load(plan_cues(expand(load_routine(ROUTINE.replace("hold: 5s", "hold: 1s"), "t.yaml"))))
    driver.start()
    with qtbot.waitSignal(driver.stepStarted, timeout=3000) as blocker:
        pass
    assert blocker.args is not None and blocker.args[0].index == 1


def test_finishing_stops_the_timer(qtbot: QtBot) -> None:
    driver, clock = make_driver(qtbot)
    driver.start()
    with qtbot.waitSignal(driver.sessionFinished):
        for _ in range(12):
            clock.now += 1.0
            driver.wake()
    assert driver.state is not None and driver.state.value == "finished"
    assert not driver._timer.isActive()
    assert not driver.pause()
