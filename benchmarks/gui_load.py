"""The class-mode window under load: CPU used while a session runs, and event-loop stalls while speech
renders and plays. Both against a bare PySide6 window measured in the same run.

Each is measured in its own stretch of time: stalls with a 2 ms probe timer (first, while the session's
phrases are still being rendered), CPU without it (the probe's 500 wake-ups a second would cost more
than what is measured). So a run takes four stretches: bare stalls, bare CPU, session stalls, session CPU.

    .venv/bin/python scripts/private_pulse.py -- .venv/bin/python benchmarks/gui_load.py [--seconds 20]

Uses the real audio layer (pyttsx3 + espeak-ng rendering in its worker, the real player) when it is
available; scripts/private_pulse.py gives it a sound server (a null sink) where there is none, so that
playback is included. The session screen is opened and drawn before the stall stretch starts (opening it
is timed on its own); the stretch begins with the Start key. Then the exercise figure's cost where it is
highest: a class whose figure never stands still (reps, then a walk), run without the figure (the session
screen as it was before figures) and with it, 30 frames a second (CPU in one stretch each, stalls in a
third), each from the first set (the get-ready before it skipped: the figure only breathes there).
``--two-screens`` gives the offscreen platform a second screen (1920×1080), so that the audience view is up
beside the session screen, its figure animated too. Prints figures; asserts nothing.

Start-up ends as the app's does, with ``gui.app.freeze_start_up`` (``gc.freeze``: what start-up made is out of
the garbage collector's sight); a full collection is timed just before and just after it, and every
collection during the stretches is timed too (by generation). ``--no-freeze`` leaves it out, to compare whole runs.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

if "--two-screens" in sys.argv:  # before Qt starts: the platform reads its screens once
    _layout = Path(tempfile.mkdtemp(prefix="backcoach-screens-")) / "screens.json"
    _layout.write_text(json.dumps({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 800},
        {"name": "projector", "x": 1280, "y": 0, "width": 1920, "height": 1080}]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_layout}"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("BACKCOACH_USER_DIR", tempfile.mkdtemp(prefix="backcoach-bench-"))

from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

if TYPE_CHECKING:
    from backcoach.gui.main_window import MainWindow


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run_for(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()


class StallProbe:
    """A 2 ms precise timer; the longest gap between its ticks is the longest stall of the event loop."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.timer.start(2)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    def stop(self) -> tuple[float, float]:
        self.timer.stop()
        ordered = sorted(self.gaps)
        return ordered[-1] * 1000, ordered[int(0.99 * (len(ordered) - 1))] * 1000


class Collections:
    """Times every garbage collection while it is installed, by generation: what a session pays for them."""

    def __init__(self) -> None:
        self.seconds: dict[int, list[float]] = {0: [], 1: [], 2: []}
        self._started = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.seconds[info["generation"]].append(time.perf_counter() - self._started)

    def stop(self) -> str:
        gc.callbacks.remove(self._callback)
        return ", ".join(f"generation {generation}: {len(times)}, the longest {max(times, default=0.0) * 1000:.1f} ms"
                         for generation, times in self.seconds.items())


def full_collection_ms(repeats: int = 5) -> float:
    """The median time of a full collection now (what one costs the event loop with the objects alive)."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        gc.collect()
        times.append(time.perf_counter() - started)
    return sorted(times)[repeats // 2] * 1000


MOVING = """\
backcoach: 1
title: Figure load
defaults: {prepare: 2s}
blocks:
  - title: Moving all the time
    exercises:
      - {name: Cat-cow, reps: 40, rep_time: 3s}
      - {name: Walking, hold: 5 min}
"""
"""A class whose figure never stands still (reps, then a walk): the 30-frames-a-second case."""


def measure_figure(window: MainWindow, seconds: float) -> tuple[float, float, float, float, str]:
    """A class whose figure keeps moving, run three times from its start: without its figure (the session
    screen as it was before figures), then with it (CPU of each stretch), then with it again under the
    stall probe."""
    from backcoach.core.figure.book import FigureBook
    from backcoach.resources import user_routines_dir

    folder = user_routines_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "figure-load.yaml").write_text(MOVING, encoding="utf-8")
    window.reload()
    library = window.routine_library
    library.table.selectRow(library.titles().index("Figure load"))
    entry = library.current_entry()
    assert entry is not None
    results: list[float] = []
    stall = p99 = 0.0
    animation = window.session_figure
    shelf = animation.figures
    for with_figure, probed in ((False, False), (True, False), (True, True)):
        window.show_library()
        animation.figures = shelf if with_figure else lambda _library: FigureBook()  # without: no move has one
        window.open_session(entry)
        window.repaint()
        run_for(0.5)
        window.controller.toggle()  # start
        window.controller.next()  # past the get-ready: the first set, moving from its first second
        run_for(0.5)
        probe = StallProbe() if probed else None
        before = cpu_seconds()
        run_for(seconds)
        if probe is not None:
            stall, p99 = probe.stop()
        else:
            results.append((cpu_seconds() - before) / seconds * 100)
        window.controller.stop()
    view = window.session.figure_view
    size = f"figure {view.width()}x{view.height()} px"
    audience = window.class_screens.audience
    if audience is not None and audience.isVisible():
        shown = audience.figure_view
        size += (f", and {shown.width()}x{shown.height()} px on the audience view "
                 f"({audience.width()}x{audience.height()})")
    return results[0], results[1], stall, p99, size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="length of each of the four stretches")
    parser.add_argument("--no-freeze", action="store_true", help="leave out gc.freeze at the end of start-up")
    parser.add_argument("--two-screens", action="store_true", help="a second screen: the audience view is up too")
    options = parser.parse_args()
    app = QApplication([])
    app.setApplicationName("BackCoach benchmark")

    # Baseline: a bare window, idle, for the same time.
    bare = QMainWindow()
    bare.resize(1100, 700)
    bare.show()
    probe = StallProbe()
    run_for(options.seconds)
    bare_stall, bare_p99 = probe.stop()
    before = cpu_seconds()
    run_for(options.seconds)
    bare_cpu = cpu_seconds() - before
    bare.close()

    from backcoach.audio.choose import choose_audio
    from backcoach.catalogs import bundled_catalog
    from backcoach.gui.main_window import MainWindow
    from backcoach.settings_store import SettingsStore

    class Yes:
        def confirm(self, *_: object) -> bool:
            return True

        def inform(self, *_: object) -> None:
            return None

    window = MainWindow(bundled_catalog, SettingsStore(Path(tempfile.mkdtemp()) / "s.ini"), Yes())
    started = time.perf_counter()
    audio = choose_audio(window.settings.audio())
    audio_start = time.perf_counter() - started
    window.set_audio(audio.speaker, audio.beeper, audio.notice)
    window.resize(1100, 700)
    window.show()
    window.reload()
    run_for(0.5)  # the list painted, the preview's figures drawn: start-up is over
    from backcoach.gui.app import freeze_start_up

    tracked = len(gc.get_objects())
    unfrozen = full_collection_ms()
    if not options.no_freeze:
        freeze_start_up()
    frozen = full_collection_ms()
    collections = Collections()
    library = window.routine_library
    library.table.selectRow(library.titles().index("Exercises to Strengthen Back Muscles"))
    entry = library.current_entry()
    assert entry is not None
    clicked = time.perf_counter()
    window.open_session(entry)  # hands every phrase of the plan to the speech worker to render
    window.repaint()  # the new screen's first frame (layout, colours, glyphs of the large type): part of opening
    opened = (time.perf_counter() - clicked) * 1000
    run_for(0.5)  # the person reads the screen, then presses Space: the stalls are measured from there
    probe = StallProbe()
    window.controller.toggle()  # start
    run_for(options.seconds)
    stall, p99 = probe.stop()
    before = cpu_seconds()
    run_for(options.seconds)
    session_cpu = cpu_seconds() - before
    engine = window.controller.engine
    said = sum(1 for _ in engine.plan.cues) if engine else 0
    window.controller.stop()
    figure = measure_figure(window, options.seconds)
    during = collections.stop()
    audio.close()

    print(f"audio: speaker {audio.speaker.backend!r}, beeper {audio.beeper.backend!r}"
          f" (ready in {audio_start:.2f} s, off the GUI thread in the app); notice: {audio.notice or 'none'}")
    print(f"{options.seconds:.0f} s per stretch (stalls with a 2 ms probe, then CPU without it); "
          f"the session plans {said} cues")
    print(f"bare window idle:      CPU {bare_cpu / options.seconds * 100:5.2f} % of a core; "
          f"longest stall {bare_stall:6.1f} ms, p99 {bare_p99:5.1f} ms")
    print(f"backcoach session:     CPU {session_cpu / options.seconds * 100:5.2f} % of a core; "
          f"longest stall {stall:6.1f} ms, p99 {p99:5.1f} ms (speech rendering and playing meanwhile)")
    print(f"added by the session:  CPU {(session_cpu - bare_cpu) / options.seconds * 100:+5.2f} % of a core")
    print(f"opening the session screen (plan, render request, layout, first frame) took {opened:.0f} ms")
    off, on, figure_stall, figure_p99, size = figure
    freeze = "left out (--no-freeze)" if options.no_freeze else f"{frozen:.1f} ms after it"
    print(f"a full garbage collection after start-up ({tracked} objects tracked): {unfrozen:.1f} ms before "
          f"gc.freeze, {freeze}; collections during the session stretches: {during}")
    print(f"exercise figure moving all the time (cat-cow reps, then walking; {size}), {options.seconds:.0f} s each: "
          f"CPU {off:5.2f} % of a core without the figure, {on:5.2f} % with it: added by the figure "
          f"{on - off:+5.2f} % of a core; with it, longest stall {figure_stall:6.1f} ms, p99 {figure_p99:5.1f} ms")


if __name__ == "__main__":
    main()
