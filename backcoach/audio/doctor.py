"""The sound and speech part of ``backcoach doctor`` (:mod:`backcoach.doctor` runs the whole check).

Reports the sound server, the sound output the app will use, the beep files, and the speech engine and
its voices (by rendering one phrase). Nothing here stops a session: what is missing becomes a note that
says what to install, and the session runs with on-screen cues.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import TextIO

from .choose import PLAYERS, choose_player
from .interfaces import Player
from .settings import AudioSettings
from .speech import SpeechRenderer, speech_preflight
from .tones import load_tones


def check(out: TextIO, notes: list[str], *, all_voices: bool = False, speech_timeout: float = 20.0) -> None:
    """Report sound and speech on ``out``; add what a session will run without to ``notes``."""
    player = _sound(out, notes)
    try:
        _speech(out, notes, player, all_voices, speech_timeout)
    finally:
        player.close()


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
                notes.append("speech does not render: backcoach doctor -v shows what the engine said — "
                             "try sudo apt install espeak-ng")
            else:
                out.write(f"speech: test phrase rendered ({seconds:.2f} s)"
                          + ("" if player.available else ", but there is no sound output to play it") + "\n")
        finally:
            renderer.close()
