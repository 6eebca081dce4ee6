"""The history's two costs: opening the history view on five years of sessions, and recording a step boundary.

1. **Opening the history view** with five years of daily sessions (1,826, each with its step log, as
   ``history_sample`` makes them) and drawing it: from Ctrl+H to the end of the window's paint (the read on
   the history thread, the figures, calendar, both charts and the session list). The first opening includes
   importing Qt Charts and building the view; later ones redraw it. Baseline in the same run: the same
   view with an empty history (what does not depend on the data). Goal: 2,000 sessions in 150 ms.
2. **Recording a step boundary**: what the GUI thread spends in the recorder when the engine ends a step
   (a queue put; the commit, synchronous=FULL, happens on the history thread), timed around the engine's
   ``next()`` with and without a recorder. Baseline in the same run: the same recorder writing straight
   to the store on the GUI thread (what the thread saves). Goal: 2 ms.

    .venv/bin/python benchmarks/history.py [--runs 7] [--boundaries 400]

Prints figures; asserts nothing. Uses a temporary folder on the same disk as ``$TMPDIR``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("BACKCOACH_USER_DIR", tempfile.mkdtemp(prefix="backcoach-bench-"))

FIVE_YEARS = 5 * 365 + 1


def make_history(path: Path, days: int) -> int:
    from datetime import datetime

    from backcoach.core.history_sample import sample_history
    from backcoach.core.history_store import HistoryStore

    store = HistoryStore.open(path)
    count = store.add_records(sample_history(datetime.now().astimezone().replace(hour=12), days, every_day=True))
    store.close()
    return count


def open_view(path: Path, repeats: int, warm: bool) -> list[float]:
    """In this (fresh) process: a main window on ``path``; Ctrl+H's work and paint, timed ``repeats`` times.
    ``warm``: the list of sessions read beforehand on the history thread, as the app does 2 s after start-up."""
    from PySide6.QtWidgets import QApplication

    from backcoach.audio.fakes import FakeBeeper, FakeSpeaker
    from backcoach.catalogs import bundled_catalog
    from backcoach.gui.main_window import MainWindow
    from backcoach.settings_store import SettingsStore

    app = QApplication.instance() or QApplication([])
    window = MainWindow(bundled_catalog, SettingsStore(path.with_name("settings.ini")), history_path=path)
    window.set_audio(FakeSpeaker(), FakeBeeper(), None)
    window.resize(1100, 700)
    window.show()
    window.reload()
    if warm:
        window.history_screen.history.warm()
    window.history_screen.history.flush()
    app.processEvents()
    times = []
    for _ in range(repeats):
        window.show_library()
        app.processEvents()
        started = time.perf_counter()
        window.show_history()
        window.repaint()  # the whole window drawn now, charts included
        times.append((time.perf_counter() - started) * 1000)
        app.processEvents()
    view = window.history_screen.view
    assert view is not None and view.model.rowCount() == window.history_screen.history.sessions().__len__()
    window.history_screen.history.close()
    return times


def history_view_figures(runs: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="backcoach-history-bench-"))
    full, empty = folder / "full" / "history.sqlite3", folder / "empty" / "history.sqlite3"
    full.parent.mkdir()
    empty.parent.mkdir()
    started = time.perf_counter()
    count = make_history(full, FIVE_YEARS)
    make_history(empty, 0)
    print(f"history of {count} sessions ({full.stat().st_size / 1e6:.1f} MB) made in "
          f"{time.perf_counter() - started:.1f} s")
    from backcoach.core.history_store import HistoryStore

    store = HistoryStore.open(full)
    reads = []
    for _ in range(5):
        started = time.perf_counter()
        store.sessions(since=date.min)  # a filtered read is never the kept list: every row read and made
        reads.append((time.perf_counter() - started) * 1000)
    store.close()
    print(f"reading the {count} sessions into records: {statistics.median(reads):.1f} ms median (on the history "
          "thread: at idle 2 s after start-up, then kept until anyone writes)")
    results: dict[str, tuple[list[float], list[float]]] = {}
    for name, path, warm in (("empty", empty, True), ("5 years", full, True), ("5 years, list not read yet", full,
                                                                              False)):
        first: list[float] = []
        later: list[float] = []
        for _ in range(runs):  # each in a fresh process: the first opening pays the imports, like a user's
            command = [sys.executable, __file__, "--open", str(path), *(["--warm"] if warm else [])]
            out = subprocess.run(command, capture_output=True, text=True, check=True).stdout.split()
            first.append(float(out[0]))
            later.extend(float(v) for v in out[1:])
        results[name] = (first, later)
    for name, (first, later) in results.items():
        print(f"open the history view, {name}: first {statistics.median(first):6.1f} ms median "
              f"(min {min(first):.1f}, max {max(first):.1f}, {len(first)} processes); again "
              f"{statistics.median(later):6.1f} ms median (max {max(later):.1f})")
    ratio = statistics.median(results["5 years"][0]) / statistics.median(results["empty"][0])
    again = statistics.median(results["5 years"][1]) / statistics.median(results["empty"][1])
    print(f"ratio 5 years / empty: first {ratio:.2f}, again {again:.2f}; goal: 150 ms for ~2,000 sessions")


def boundary_figures(boundaries: int) -> None:
    from backcoach.core.cues import plan_cues
    from backcoach.core.engine import SessionEngine
    from backcoach.core.history_store import HistoryStore
    from backcoach.core.history_thread import HistoryThread
    from backcoach.core.loader import load_routine
    from backcoach.core.session_recorder import SessionRecorder
    from backcoach.core.timeline import expand

    sets = max(1, boundaries // 4)
    text = ("backcoach: 1\ntitle: Bench\ndefaults: {prepare: 4s, rest: 3s, switch: 2s}\nblocks:\n  - title: B\n"
            f"    exercises:\n      - {{name: Hold, hold: 5s, sets: {sets}, per: side}}\n")
    plan = plan_cues(expand(load_routine(text, "bench.yaml")))
    folder = Path(tempfile.mkdtemp(prefix="backcoach-boundary-bench-"))

    class Clock:
        now = 0.0

        def __call__(self) -> float:
            return self.now

    def run(mode: str, pace: float) -> list[float]:
        clock = Clock()
        engine = SessionEngine(plan, clock)
        thread = store = None
        if mode == "thread":
            thread = HistoryThread(lambda: HistoryStore.open(folder / f"{mode}-{pace}.sqlite3"))
            thread.opened.result()
            SessionRecorder(engine, thread, "routines/bench.yaml")
        elif mode == "direct":
            store = HistoryStore.open(folder / f"{mode}-{pace}.sqlite3")
            SessionRecorder(engine, store, "routines/bench.yaml")
        engine.start()
        times = []
        for _ in range(min(boundaries, len(plan.timeline.steps) - 1)):
            clock.now += 1.0
            started = time.perf_counter()
            engine.next()  # ends a step: the recorder writes its boundary
            times.append((time.perf_counter() - started) * 1000)
            if pace:
                time.sleep(pace)  # the session goes on; the history thread commits meanwhile
        engine.stop()
        if thread is not None:
            thread.close()
        if store is not None:
            store.close()
        return times

    def line(name: str, times: list[float]) -> str:
        ordered = sorted(times)
        p95 = ordered[int(len(ordered) * 0.95) - 1]
        return (f"{name:<46} median {statistics.median(times):6.3f} ms, p95 {p95:6.3f} ms, "
                f"max {max(times):7.3f} ms ({len(times)} boundaries)")

    for pace, label in ((0.02, "a boundary every 20 ms"), (0.0, "back to back")):
        none, queued, direct = run("none", pace), run("thread", pace), run("direct", pace)
        print(f"-- recording a step boundary on the GUI thread, {label}:")
        print(line("engine.next(), no history", none))
        print(line("engine.next(), recorded via the history thread", queued))
        print(line("engine.next(), recorded on the GUI thread (baseline)", direct))
        extra_thread = statistics.median(queued) - statistics.median(none)
        extra_direct = statistics.median(direct) - statistics.median(none)
        print(f"recording adds {extra_thread:.3f} ms (thread) vs {extra_direct:.3f} ms (direct) at the median: "
              f"ratio {extra_direct / max(extra_thread, 1e-6):.0f}; goal 2 ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7, help="fresh processes per history (default 7)")
    parser.add_argument("--boundaries", type=int, default=400)
    parser.add_argument("--open", type=Path, help=argparse.SUPPRESS)  # the child: one process's openings
    parser.add_argument("--warm", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.open is not None:
        print(" ".join(f"{t:.2f}" for t in open_view(options.open, 4, options.warm)))
        return 0
    history_view_figures(options.runs)
    boundary_figures(options.boundaries)
    return 0


if __name__ == "__main__":
    sys.exit(main())
