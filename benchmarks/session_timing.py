"""Real-time session timing in a real Qt event loop whose GUI thread is kept artificially busy.

Runs a short synthetic session twice in the same process and event loop conditions:

* BackCoach's SessionDriver (deadline-driven engine, single-shot precise timer at the next wake-up);
* a naive baseline: a 100 ms QTimer that counts ticks and moves on after duration / 0.1 ticks.

A "busy" timer burns the GUI thread for 30 ms of every 100 ms (30 %), plus a 400 ms stall every 5 s.
Printed figures: each run's end-of-session error (actual end minus planned end) and, for BackCoach,
the worst and 95th-percentile lateness of second-boundary updates. Nothing is asserted: compare the two
rows of one run, since absolute times depend on the machine.

    .venv/bin/python benchmarks/session_timing.py [--seconds 20]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer

from backcoach.core.cues import plan_cues
from backcoach.core.loader import load_routine
from backcoach.core.timeline import Timeline, expand
from backcoach.gui.session_driver import SessionDriver


def synthetic_timeline(seconds: int) -> Timeline:
    """A session of about ``seconds``: 4 s prepares, 5 s holds, 3 s rests, per-side switches."""
    sets = max(1, seconds // 20)
    text = (
        "backcoach: 1\ntitle: Bench\ndefaults: {prepare: 4s, rest: 3s, switch: 2s}\nblocks:\n  - title: B\n"
        f"    exercises:\n      - {{name: Hold, hold: 5s, sets: {sets}, per: side}}\n"
    )
    return expand(load_routine(text, "bench.yaml"))


def make_busy(app: QCoreApplication) -> QTimer:
    busy = QTimer(app)
    busy.setTimerType(Qt.TimerType.PreciseTimer)
    started = time.monotonic()
    count = 0

    def burn() -> None:
        nonlocal count
        count += 1
        until = time.monotonic() + (0.4 if count % 50 == 0 else 0.03)
        while time.monotonic() < until:
            pass
        _ = started

    busy.timeout.connect(burn)
    busy.start(100)
    return busy


def run_backcoach(app: QCoreApplication, timeline: Timeline) -> tuple[float, list[float]]:
    driver = SessionDriver()
    loop = QEventLoop()
    lateness: list[float] = []
    start = 0.0

    def on_second(step: object, remaining: int | None, elapsed: int) -> None:
        if remaining is None or engine_step_start() is None:
            return
        ideal = engine_step_start() + (driver.engine.current.duration - remaining)  # type: ignore[union-attr,operator]
        lateness.append(time.monotonic() - ideal)

    def engine_step_start() -> float | None:
        engine = driver.engine
        return engine._visit.started if engine is not None else None

    driver.secondChanged.connect(on_second)
    driver.sessionFinished.connect(loop.quit)
    driver.load(plan_cues(timeline))
    start = time.monotonic()
    driver.start()
    loop.exec()
    return time.monotonic() - start - timeline.total_seconds, lateness


def run_naive(app: QCoreApplication, timeline: Timeline) -> float:
    loop = QEventLoop()
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    steps = [s.planned for s in timeline.steps]
    state = {"step": 0, "ticks": 0}

    def tick() -> None:
        state["ticks"] += 1
        if state["ticks"] * 0.1 >= steps[state["step"]] - 1e-9:
            state["step"] += 1
            state["ticks"] = 0
            if state["step"] == len(steps):
                timer.stop()
                loop.quit()

    timer.timeout.connect(tick)
    start = time.monotonic()
    timer.start(100)
    loop.exec()
    return time.monotonic() - start - timeline.total_seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=20, help="approximate session length (default 20)")
    options = parser.parse_args()
    app = QCoreApplication.instance() or QCoreApplication([])
    timeline = synthetic_timeline(options.seconds)
    busy = make_busy(app)
    error, lateness = run_backcoach(app, timeline)
    naive_error = run_naive(app, timeline)
    busy.stop()
    ms = sorted(x * 1000 for x in lateness)
    p95 = ms[int(0.95 * (len(ms) - 1))]
    print(f"session: {timeline.total_seconds} s planned, GUI thread busy 30 % plus a 400 ms stall every 5 s")
    print(f"backcoach: end-of-session error {error * 1000:+.1f} ms; second-boundary lateness "
          f"median {statistics.median(ms):.1f} ms, p95 {p95:.1f} ms, worst {ms[-1]:.1f} ms ({len(ms)} updates)")
    print(f"naive 100 ms tick counter: end-of-session error {naive_error * 1000:+.1f} ms")


if __name__ == "__main__":
    main()
