"""How late do BackCoach's beeps and rendered speech reach the sound server, compared with a bare player?

Plays sounds at planned moments from precise QTimers in a real Qt event loop into a PulseAudio null sink,
records the sink's monitor with ``parec``, finds each sound's onset, and prints p50/p95/max lateness
(onset minus planned moment, in ms) for:

- baseline: simpleaudio beeps played straight from the QTimer (no BackCoach code in the way), where
  simpleaudio works (Python < 3.12);
- beeps through BackCoach's layer as a session sends them (``choose_audio()``; each cue handed over the
  player's ``lead`` ahead with its moment, ``beeper.play(Tone.TICK, at=moment)``, as the engine does);
- the same beeps handed over only at their moment (what a key press or a player without a lead gets);
- speech through BackCoach's layer (phrases pre-rendered with pyttsx3 + espeak-ng, ``speaker.say`` handed
  over ahead with its moment),

and each against the baseline as a difference of p95s. ``--player qt`` (or ``simpleaudio``) measures
another player through the same layer. The recording clock is mapped onto ``time.monotonic``
from when parec's chunks arrive (the earliest arrival bounds the capture delay), so the absolute figures
include the sound server's own output and capture buffering; the baseline has the same, so compare
against it. Prints figures, asserts nothing.

    .venv/bin/python benchmarks/audio_latency.py [--beeps 30] [--phrases 12] [--player NAME]

Uses the server in PULSE_SERVER, or starts a private one with a null sink (scripts/private_pulse.py).
"""

from __future__ import annotations

import argparse
import array
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from private_pulse import RATE, SINK, PrivatePulse, PulseUnavailable

THRESHOLD = 300  # the null sink is digital silence between sounds
SPEECH_THRESHOLD = 2000  # a breathy "h" hovers near 300-1500, where resampling decides what crosses: time the voice


class Recorder:
    def __init__(self) -> None:
        self.samples: array.array[int] = array.array("h")
        self.offset = float("inf")  # monotonic time of sample 0 (upper bound, tightened by each chunk)
        self.arrivals: list[tuple[float, float]] = []  # (monotonic time of sample 0 by this chunk, chunk time)
        self._process = subprocess.Popen(
            ["parec", f"--device={SINK}.monitor", "--raw", "--format=s16le", f"--rate={RATE}", "--channels=1",
             "--latency-msec=5", "--client-name=backcoach-benchmark"],
            stdout=subprocess.PIPE,
        )
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        assert self._process.stdout is not None
        pending = b""
        while True:
            chunk = self._process.stdout.read1(1024)  # type: ignore[attr-defined]
            now = time.monotonic()
            if not chunk:
                return
            pending += chunk
            usable = len(pending) - len(pending) % 2
            with self._lock:
                self.samples.frombytes(pending[:usable])
                self.offset = min(self.offset, now - len(self.samples) / RATE)
                self.arrivals.append((now - len(self.samples) / RATE, now))
            pending = pending[usable:]

    def offset_near(self, moment: float, span: float = 5.0) -> float:
        """Sample 0's monotonic time as the chunks that arrived within ``span`` s of ``moment`` bound it.

        Each chunk bounds it from above (it arrived no earlier than its samples were made); the tightest
        bound nearby, not over the whole recording, because the sink's sample clock and the monotonic clock
        drift apart by a few hundred parts per million (about 20 ms over 90 s of a null sink).
        """
        near = [bound for bound, arrived in self.arrivals if abs(arrived - moment) <= span]
        return min(near) if near else self.offset

    def onset(self, planned: float, window: float, threshold: int = THRESHOLD) -> float | None:
        """The monotonic time of the first loud sample from 50 ms before ``planned`` to ``window`` after."""
        with self._lock:
            offset = self.offset_near(planned)
            start = max(0, int((planned - 0.05 - offset) * RATE))
            end = min(len(self.samples), int((planned + window - offset) * RATE))
            found = first_sound(self.samples, RATE, start, end, threshold)
        return None if found is None else offset + found / RATE

    def close(self) -> None:
        self._process.kill()
        self._process.wait()


def run_schedule(actions: list[tuple[float, Callable[[], None]]], tail: float) -> list[float]:
    """Run each action at its offset (s) from now, from precise QTimers; return the planned moments."""
    from PySide6.QtCore import QCoreApplication, Qt, QTimer

    app = QCoreApplication.instance()
    assert app is not None
    base = time.monotonic() + 0.5
    planned: list[float] = []
    timers = []
    for offset, action in actions:
        moment = base + offset
        planned.append(moment)

        def fire(moment: float = moment, action: Callable[[], None] = action) -> None:
            # Precise timers fire to the millisecond; wait out the sub-millisecond rest on the clock.
            while time.monotonic() < moment:
                pass
            action()

        timer = QTimer()
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.setSingleShot(True)
        timer.timeout.connect(fire)
        timer.start(max(0, int((moment - time.monotonic()) * 1000) - 1))
        timers.append(timer)
    QTimer.singleShot(int((base + actions[-1][0] + tail - time.monotonic()) * 1000), app.quit)
    app.exec()
    return planned


def first_sound(
    samples: array.array[int], rate: int, start: int = 0, end: int | None = None, threshold: int = THRESHOLD
) -> int | None:
    """The index where sound starts: the first of two 1 ms windows in a row that both peak above THRESHOLD.

    Used alike on the recording and on a clip, so a lone spike (which resampling to the sink's rate can
    flatten) does not count as the start of a phrase.
    """
    end = len(samples) if end is None else end
    width = max(1, rate // 1000)
    previous_loud_at = None
    for at in range(start, end - width + 1, width):
        window = samples[at:at + width]
        if max(window) > threshold or -min(window) > threshold:
            if previous_loud_at is not None:
                return next(i for i in range(previous_loud_at, at + width) if abs(samples[i]) > threshold)
            previous_loud_at = at
        else:
            previous_loud_at = None
    return None


def intrinsic_onset(pcm: bytes, rate: int) -> float:
    """Seconds into a clip before its sound starts (a soft "h" starts quietly)."""
    samples: array.array[int] = array.array("h")
    samples.frombytes(pcm)
    found = first_sound(samples, rate, threshold=SPEECH_THRESHOLD)
    return 0.0 if found is None else found / rate


def summarise(
    name: str, recorder: Recorder, planned: list[float], window: float, own_onsets: list[float] | None = None,
    threshold: int = THRESHOLD,
) -> list[float]:
    late = []
    missing = 0
    for n, moment in enumerate(planned):
        if own_onsets is not None:
            moment += own_onsets[n]
        onset = recorder.onset(moment, window, threshold)
        if onset is None:
            missing += 1
        else:
            late.append((onset - moment) * 1000)
    if not late:
        print(f"{name:<28} no sound found ({missing} missing)")
        return late
    ordered = sorted(late)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(f"{name:<28} n={len(late):>3}  p50 {statistics.median(late):6.1f} ms  p95 {p95:6.1f} ms  "
          f"max {max(late):6.1f} ms  min {min(late):6.1f} ms" + (f"  ({missing} not heard)" if missing else ""))
    return late


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))] if ordered else float("nan")


def start_private_pulse() -> PrivatePulse:
    """A private sound server with a null sink, used by this process from now on (or exit saying why)."""
    if shutil.which("parec") is None:
        raise SystemExit("parec is needed (sudo apt install pulseaudio-utils)")
    pulse = PrivatePulse()
    try:
        pulse.start()
    except PulseUnavailable as error:
        raise SystemExit(f"no sound server: {error}") from None
    os.environ.update(pulse.env)
    return pulse


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--beeps", type=int, default=30)
    parser.add_argument("--phrases", type=int, default=12)
    parser.add_argument("--verbose", action="store_true", help="print each phrase's lateness")
    parser.add_argument("--player", help="the sound output to measure (default: the one the app chooses)")
    options = parser.parse_args()
    pulse = start_private_pulse()

    from PySide6.QtWidgets import QApplication

    from backcoach.audio.choose import choose_audio
    from backcoach.audio.tones import load_tones
    from backcoach.core.cue_types import Priority, Tone

    app = QApplication(sys.argv[:1])
    tick = load_tones()[Tone.TICK]
    recorder = Recorder()
    try:
        print(f"audio latency into a PulseAudio null sink ({os.environ.get('PULSE_SERVER')}), Python "
              f"{sys.version.split()[0]}, onset = first sound above {THRESHOLD}/32767 "
              f"(speech: {SPEECH_THRESHOLD}, measured from where the voice starts in the clip)")
        spacing = 0.4
        baseline: list[float] = []
        try:
            import simpleaudio
        except ImportError:
            print("baseline simpleaudio beeps       (simpleaudio is not used on this Python)")
        else:
            simpleaudio.play_buffer(bytes(882), 1, 2, RATE)  # the baseline gets its warm-up too
            # A discarded first round: a freshly started server drops or delays its first streams.
            run_schedule([(i * spacing, lambda: simpleaudio.play_buffer(bytes(882), 1, 2, RATE)) for i in range(3)],
                         0.5)
            planned = run_schedule(
                [(i * spacing, lambda: simpleaudio.play_buffer(tick.pcm, 1, 2, tick.rate))
                 for i in range(options.beeps)], tail=1.0)
            baseline = summarise("baseline simpleaudio beeps", recorder, planned, spacing)

        choice = choose_audio(players=(options.player,)) if options.player else choose_audio()
        spoken = choice.speaker.backend if choice.speaker.available else choice.notice
        lead = choice.beeper.lead
        print(f"BackCoach player: {choice.player.name} (cues handed over {lead * 1000:.0f} ms ahead); "
              f"speech: {spoken}")
        run_schedule([(i * spacing, lambda: choice.beeper.play(Tone.TICK)) for i in range(3)], 0.5)  # warm-up
        planned = run_schedule([(i * spacing - lead, lambda: choice.beeper.play(Tone.TICK, at=time.monotonic() + lead))
                                for i in range(1, options.beeps + 1)], tail=1.0)
        beeps = summarise("BackCoach beeps (session)", recorder, [moment + lead for moment in planned], spacing)
        planned = run_schedule([(i * spacing, lambda: choice.beeper.play(Tone.TICK)) for i in range(options.beeps)],
                               tail=1.0)
        at_once = summarise("BackCoach beeps (at once)", recorder, planned, spacing)

        speech: list[float] = []
        if choice.speaker.available:
            texts = ["Go.", "Rest. 30 seconds. Next: set 2.", "Halfway.", "10 seconds.", "Get ready.",
                     "Switch sides. Right side."]
            phrases = [texts[i % len(texts)] for i in range(options.phrases)]
            choice.speaker.prepare(texts)
            renderer = getattr(choice.speaker, "renderer", None)
            if renderer is not None:
                renderer.wait_idle(120)
            gap = 2.5
            planned = run_schedule(
                [(1 + i * gap - lead, lambda t=text: choice.speaker.say(t, Priority.STEP, due=time.monotonic() + lead))
                 for i, text in enumerate(phrases)], tail=2.5)
            planned = [moment + lead for moment in planned]
            offsets = []
            for text in phrases:
                clip = renderer.clip(text) if renderer is not None else None
                offsets.append(intrinsic_onset(clip.pcm, clip.rate) if clip is not None else 0.0)
            speech = summarise("BackCoach rendered speech", recorder, planned, 1.0, offsets, SPEECH_THRESHOLD)
            if options.verbose:
                for text, moment, offset in zip(phrases, planned, offsets, strict=True):
                    onset = recorder.onset(moment + offset, 1.0, SPEECH_THRESHOLD)
                    late = (onset - moment - offset) * 1000 if onset else float("nan")
                    print(f"  {text!r}: {late:.1f} ms (the voice starts in the clip at {offset * 1000:.1f} ms)")
        choice.close()
        if baseline:
            base = p95(baseline)
            print(f"p95 against the baseline (p95 {base:.1f} ms): session beeps {p95(beeps) - base:+.1f} ms, "
                  f"beeps at once {p95(at_once) - base:+.1f} ms"
                  + (f", speech {p95(speech) - base:+.1f} ms" if speech else ""))
        print("note: lateness is measured on a clock mapped from parec's chunk arrivals, so it includes the "
              "server's buffering minus its capture delay (hence values below 0); compare within one run.")
    finally:
        recorder.close()
        app.quit()
        pulse.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
