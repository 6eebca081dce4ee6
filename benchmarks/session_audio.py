"""How punctual are the beeps of a real session? The app's own window, engine and sound, recorded.

Runs a class in the real main window (offscreen) with the real audio layer (speech rendered by the
speech worker while the session runs, beeps and phrases through the chosen player) into a PulseAudio null
sink, records the sink with ``parec``, and for every beep the engine handed over compares the onset in
the recording with the beep's moment on the clock (the cue's ``due``). The coach is set to beeps only, so
that no phrase overlaps a beep in the recording. Prints p50/p95/max lateness, and
how many beeps were not heard. Asserts nothing.

    .venv/bin/python benchmarks/session_audio.py [--seconds 40] [--player NAME]

``--player qt`` (or ``simpleaudio`` on Python 3.11) measures another player in the same session, for
comparison. The recording clock is mapped onto ``time.monotonic`` as in ``audio_latency.py`` (so small
negative values occur); compare players and Pythons with each other, not with zero.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("BACKCOACH_USER_DIR", tempfile.mkdtemp(prefix="backcoach-bench-"))

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from audio_latency import Recorder, p95, start_private_pulse
from gui_load import run_for

ROUTINE = "Exercises to Strengthen Back Muscles"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=90.0, help="how long the session runs")
    parser.add_argument("--player", help="the sound output to use (default: the one the app chooses)")
    options = parser.parse_args()
    pulse = start_private_pulse()

    from PySide6.QtWidgets import QApplication

    from backcoach.audio.choose import choose_audio
    from backcoach.catalogs import bundled_catalog
    from backcoach.core.cue_types import Cue, CueKind, Verbosity
    from backcoach.gui.main_window import MainWindow
    from backcoach.settings_store import SettingsStore

    app = QApplication(sys.argv[:1])

    class Yes:
        def confirm(self, *_: object, **__: object) -> bool:
            return True

        def inform(self, *_: object) -> None:
            return None

    window = MainWindow(bundled_catalog, SettingsStore(Path(tempfile.mkdtemp()) / "s.ini"), Yes())
    audio = choose_audio(window.settings.audio(), players=(options.player,)) if options.player else choose_audio(
        window.settings.audio())
    window.set_audio(audio.speaker, audio.beeper, audio.notice, audio.player)
    described = (f"player {audio.player.name} (cues handed over {audio.beeper.lead * 1000:.0f} ms ahead), "
                 f"speech {audio.speaker.backend if audio.speaker.available else 'none'}")
    # Beeps only: a beep over a phrase could not be told apart from the voice in the recording.
    window.apply_settings(window.settings.with_changes(verbosity=Verbosity.BEEPS))
    window.resize(1100, 700)
    window.show()
    window.reload()
    library = window.routine_library
    library.table.selectRow(library.titles().index(ROUTINE))
    entry = library.current_entry()
    assert entry is not None
    beeps: list[float] = []

    def heard(cue: Cue, lateness: float) -> None:
        if cue.kind is CueKind.BEEP:
            beeps.append(time.monotonic() - lateness)

    recorder = Recorder()
    try:
        window.open_session(entry)
        run_for(1.0)
        window.controller.driver.cueDue.connect(heard)
        window.controller.driver.start()
        run_for(options.seconds)
        window.controller.driver.stop()
        run_for(1.0)
    finally:
        recorder.close()
        audio.close()
        pulse.stop()
    late: list[float] = []
    missing = 0
    for due in beeps:
        onset = recorder.onset(due, 0.3)
        if onset is None:
            missing += 1
        else:
            late.append((onset - due) * 1000)
    print(f"notice: {audio.notice}") if audio.notice else None
    print(f"a real session of {ROUTINE!r} for {options.seconds:.0f} s, Python {sys.version.split()[0]}, {described}")
    if late:
        print(f"beep lateness: n={len(late)}  p50 {statistics.median(late):6.1f} ms  p95 {p95(late):6.1f} ms  "
              f"max {max(late):6.1f} ms  min {min(late):6.1f} ms" + (f"  ({missing} not heard)" if missing else ""))
    else:
        print(f"no beep was heard ({missing} handed over)")
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
