"""``backcoach doctor``: what works on this machine, and what to install for what does not.

The app-wide checks live here — the Qt platform (checked in a child process: Qt ends the process it
cannot open a display in), the routine folders and the settings file — and the sound and speech checks
in :mod:`backcoach.audio.doctor`. Exit 0 when a session can run (with or without sound), 1 when it cannot.
"""

from __future__ import annotations

import argparse
import logging
import os
import subprocess
import sys
from typing import TextIO

from . import EXIT_BAD_INPUT, EXIT_OK, __version__
from .resources import bundled_routines_dir, user_routines_dir, user_settings_path

QT_PROBE = (
    "import sys\n"
    "from PySide6.QtGui import QGuiApplication\n"
    "app = QGuiApplication(sys.argv[:1])\n"
    "print(app.platformName())\n"
)


def main(args: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="backcoach doctor",
        description="What works here: Qt platform, routine folders, settings, sound output, speech engine and voices.",
    )
    parser.add_argument("--voices", action="store_true", help="list every voice, not just how many there are")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="also print the log on standard error (what the speech engine and sound output said)")
    options = parser.parse_args(args)
    if options.verbose:
        logging.basicConfig(level=logging.DEBUG, stream=sys.stderr, format="%(name)s: %(levelname)s: %(message)s")
    return run(sys.stdout, all_voices=options.voices)


def run(out: TextIO, *, all_voices: bool = False, speech_timeout: float = 20.0) -> int:
    from .audio import doctor as audio_doctor  # loads the audio layer only when the doctor runs

    out.write(f"BackCoach {__version__}, Python {sys.version.split()[0]} ({sys.executable})\n")
    problems: list[str] = []  # what stops a session
    notes: list[str] = []  # what a session runs without

    window = _qt_platform(out)
    if window:
        problems.append(window)
    _routines(out, problems)
    _settings(out)
    audio_doctor.check(out, notes, all_voices=all_voices, speech_timeout=speech_timeout)

    out.write("\n")
    for note in notes:
        out.write(f"note: {note}\n")
    for problem in problems:
        out.write(f"problem: {problem}\n")
    if problems:
        out.write("verdict: a session cannot run here\n")
        return EXIT_BAD_INPUT
    out.write("verdict: a session can run here" + (" (without everything: see the notes)" if notes else "") + "\n")
    return EXIT_OK


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


def _settings(out: TextIO) -> None:
    path = user_settings_path()
    state = "" if path.is_file() else " (none saved yet: every setting is at its default)"
    out.write(f"settings: {path}{state}\n")
