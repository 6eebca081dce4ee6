"""``backcoach doctor``: what works on this machine, and what to install for what does not.

Reports the Qt platform (checked in a child process: Qt ends the process it cannot open a display in),
the speech engine and its voices (by rendering one phrase), the sound output in use, and the routine
folders. Exit 0 when a session can run — with or without sound — and 1 when it cannot.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TextIO

from .. import __version__
from ..resources import bundled_routines_dir, user_routines_dir
from .choose import PLAYERS, choose_player
from .interfaces import Player
from .settings import AudioSettings
from .speech import SpeechRenderer, speech_preflight
from .tones import load_tones

QT_PROBE = (
    "import sys\n"
    "from PySide6.QtGui import QGuiApplication\n"
    "app = QGuiApplication(sys.argv[:1])\n"
    "print(app.platformName())\n"
)


def main(args: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="backcoach doctor",
        description="What works here: Qt platform, speech engine and voices, sound output, routine folders.",
    )
    parser.add_argument("--voices", action="store_true", help="list every voice, not just how many there are")
    options = parser.parse_args(args)
    return run(sys.stdout, all_voices=options.voices)


def run(out: TextIO, *, all_voices: bool = False, speech_timeout: float = 20.0) -> int:
    out.write(f"BackCoach {__version__}, Python {sys.version.split()[0]} ({sys.executable})\n")
    problems: list[str] = []  # what stops a session
    notes: list[str] = []  # what a session runs without

    window = _qt_platform(out)
    if window:
        problems.append(window)
    _routines(out, problems)
    player = _sound(out, notes)
    _speech(out, notes, player, all_voices, speech_timeout)
    player.close()

    out.write("\n")
    for note in notes:
        out.write(f"note: {note}\n")
    for problem in problems:
        out.write(f"problem: {problem}\n")
    if problems:
        out.write("verdict: a session cannot run here\n")
        return 1
    out.write("verdict: a session can run here" + (" (without everything: see the notes)" if notes else "") + "\n")
    return 0


def _qt_platform(out: TextIO) -> str | None:
    display = os.environ.get("WAYLAND_DISPLAY") or os.environ.get("DISPLAY") or "none"
    requested = os.environ.get("QT_QPA_PLATFORM") or "default"
    try:
        probe = subprocess.run(
            [sys.executable, "-c", QT_PROBE], capture_output=True, text=True, timeout=30, check=False
        )
    except subprocess.TimeoutExpired:
        out.write("Qt platform: the check timed out after 30 s\n")
        return "Qt did not start within 30 s"
    if probe.returncode == 0:
        out.write(f"Qt platform: {probe.stdout.strip()} (QT_QPA_PLATFORM={requested}, display {display})\n")
        return None
    lines = [line.strip() for line in probe.stderr.splitlines() if line.strip()]
    why = next((line for line in lines if "could not connect" in line.lower()), lines[-1] if lines else "")
    why = why or f"exit {probe.returncode}"
    out.write(f"Qt platform: cannot open a window (QT_QPA_PLATFORM={requested}, display {display}): {why}\n")
    if "No module named" in why:
        return "PySide6 is not installed — pip install PySide6"
    if display == "none":
        return "no display: run BackCoach in a desktop session, or headless with scripts/run.sh (uses xvfb-run)"
    return ("Qt cannot open a window on this display — on Debian/Ubuntu the xcb plugin needs "
            "sudo apt install libxcb-cursor0 (bash scripts/setup.sh installs everything it needs)")


def _routines(out: TextIO, problems: list[str]) -> None:
    try:
        bundled = bundled_routines_dir()
        count = sum(1 for _ in bundled.rglob("*.yaml"))
        out.write(f"routines: bundled {bundled} ({count} files)\n")
    except FileNotFoundError as error:
        out.write(f"routines: bundled routines missing: {error}\n")
        problems.append("the bundled routines are missing — reinstall BackCoach (pip install .)")
    user = user_routines_dir()
    state = "" if user.is_dir() else " (not created yet: it is made when you save a routine)"
    out.write(f"routines: yours in {user}{state}\n")


def _sound(out: TextIO, notes: list[str]) -> Player:
    server = os.environ.get("PULSE_SERVER")
    pactl = shutil.which("pactl")
    if pactl:
        try:
            info = subprocess.run([pactl, "info"], capture_output=True, text=True, timeout=5, check=False)
            fields = dict(line.split(": ", 1) for line in info.stdout.splitlines() if ": " in line)
            if info.returncode == 0:
                out.write(f"sound server: {fields.get('Server Name', '?')} {fields.get('Server Version', '')}"
                          f" at {fields.get('Server String', server or 'default')},"
                          f" default output {fields.get('Default Sink', '?')}\n")
            else:
                out.write("sound server: no PulseAudio/PipeWire server answers (pactl info failed)\n")
        except subprocess.TimeoutExpired:
            out.write("sound server: pactl info timed out\n")
    player, reasons = choose_player(tuple(name for name in PLAYERS if name != "qt"))
    for reason in reasons:
        out.write(f"sound output: not using {reason}\n")
    if not player.available and importlib.util.find_spec("PySide6.QtMultimedia") is not None:
        player, qt_reasons = _qt_player()  # the app's last choice, checked the way the app checks it
        reasons.extend(qt_reasons)
        for reason in qt_reasons:
            out.write(f"sound output: not using {reason}\n")
    if player.available:
        tested = {"sounddevice": "tested: output stream opened",
                  "simpleaudio": "tested: 20 ms of silence played"}.get(player.name, "an output device is present")
        out.write(f"sound output: {player.name} ({tested})\n")
    elif reasons and "cannot open the sound device" in reasons[0]:  # the preferred library is there: no device
        out.write(f"sound output: none ({player.reason})\n")
        notes.append("no sound device: the sound libraries are installed, but no speakers or headphones were "
                     "found, or no sound server runs — cues are shown on screen only; connect a device, or start "
                     "PulseAudio/PipeWire (sudo apt install pulseaudio)")
    else:
        out.write(f"sound output: none ({player.reason})\n")
        notes.append("no sound library: cues are shown on screen only — pip install sounddevice, and on Linux "
                     "sudo apt install libportaudio2")
    try:
        tones = load_tones()
        out.write(f"beeps: {', '.join(t.value for t in tones)} ({tones[next(iter(tones))].path})\n")
    except (OSError, ValueError) as error:
        out.write(f"beeps: missing ({error})\n")
        notes.append("the beep sounds are missing — reinstall BackCoach")
    return player


_QT_APPLICATION: list[object] = []
"""The Qt application made for that check, kept alive (in a list, no ``global``) as long as its player."""


def _qt_player() -> tuple[Player, list[str]]:
    """Qt Multimedia as the app would find it; it needs a Qt application object (no window, no display)."""
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        _QT_APPLICATION.append(QCoreApplication([]))
    return choose_player(("qt",))


def _speech(out: TextIO, notes: list[str], player: Player, all_voices: bool, timeout: float) -> None:
    problem = speech_preflight()
    if problem:
        out.write(f"speech: none ({problem})\n")
        notes.append(f"no speech: cues are shown on screen and beeped only — {problem.split(' — ')[-1]}")
        return
    with tempfile.TemporaryDirectory(prefix="backcoach-doctor-") as folder:
        renderer = SpeechRenderer(AudioSettings(), Path(folder), start_timeout=timeout, render_timeout=timeout)
        try:
            renderer.wait_ready(timeout + 5)
            if not renderer.available:
                out.write(f"speech: none ({renderer.reason})\n")
                notes.append(f"no speech: {renderer.reason}")
                return
            voices = renderer.voices()
            out.write(f"speech: {renderer.engine_name}, {len(voices)} voices\n")
            shown = voices if all_voices else [v for v in voices if v.id.split("/")[-1].startswith("en")][:8]
            for voice in shown:
                out.write(f"  voice {voice.id}: {voice.name}\n")
            phrase = "BackCoach is ready."
            renderer.prepare([phrase])
            renderer.wait_idle(timeout + 5)
            seconds = renderer.phrase_seconds(phrase)
            if seconds is None:
                out.write("speech: the engine started but could not render a test phrase\n")
                notes.append("speech does not render: see the log — try sudo apt install espeak-ng")
            else:
                out.write(f"speech: test phrase rendered ({seconds:.2f} s)"
                          + ("" if player.available else ", but there is no sound output to play it") + "\n")
        finally:
            renderer.close()
