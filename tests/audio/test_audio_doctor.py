"""``backcoach doctor`` reports Qt, speech, sound and routines, says what to install, and exits 0 when a
session can run — with or without sound."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pulse_sink import PulseServer

from backcoach import doctor
from backcoach.audio import speech


@pytest.fixture(autouse=True)
def _one_qt_application(qapp: object) -> None:
    """The doctor checks Qt Multimedia in-process here: it must find pytest-qt's application, not make its own
    QCoreApplication (later GUI tests in this process need a QApplication)."""


def test_doctor_reports_everything_and_exits_0_on_a_working_machine(pulse: PulseServer, user_dir: Path) -> None:
    result = subprocess.run([str(Path(sys.executable).with_name("backcoach-cli")), "doctor"],
                            capture_output=True, text=True, timeout=120, env=dict(os.environ))
    out = result.stdout
    assert result.returncode == 0, out + result.stderr
    assert "Qt platform: offscreen" in out
    assert "sound output: sounddevice (tested: output stream opened)" in out
    assert "sound server: pulseaudio" in out
    assert "speech: pyttsx3 2.99" in out or "speech: pyttsx3" in out
    assert "voice gmw/en: English (Great Britain)" in out
    assert "speech: test phrase rendered" in out
    assert f"routines: yours in {user_dir / 'routines'}" in out
    assert "beeps: tick, go, end, pause, finish" in out
    assert out.rstrip().endswith("verdict: a session can run here")
    assert "Traceback" not in result.stderr


@pytest.mark.qt_log_ignore("pipewire-0.3")  # Qt looks for PipeWire first, then uses PulseAudio
def test_without_espeak_ng_the_doctor_says_what_to_install_and_a_session_still_runs(
    monkeypatch: pytest.MonkeyPatch, user_dir: Path, pulse: PulseServer
) -> None:
    monkeypatch.setattr(speech, "ESPEAK_LIBRARIES", ("libespeak-ng-not-here.so.1",))
    monkeypatch.setitem(sys.modules, "sounddevice", None)  # and neither of the first two sound libraries
    monkeypatch.setitem(sys.modules, "simpleaudio", None)
    out = io.StringIO()
    assert doctor.run(out) == 0
    text = out.getvalue()
    assert "speech: none (espeak-ng is not installed — sudo apt install espeak-ng)" in text
    assert "sound output: not using sounddevice: sounddevice is not installed" in text
    assert "sound output: qt-multimedia (an output device is present)" in text  # the null sink
    assert "note: no speech: cues are shown on screen and beeped only — sudo apt install espeak-ng" in text
    assert "verdict: a session can run here (without everything: see the notes)" in text


NO_SERVER_DOCTOR = """
import io, sys
sys.modules["simpleaudio"] = None
from backcoach import doctor
from backcoach.audio.choose import choose_player
out = io.StringIO()
doctor.run(out)
player, _ = choose_player(("qt",))  # what the app then finds, in the same process
print(player.available)
print(out.getvalue())
"""


def test_the_doctor_reports_the_sound_output_the_app_will_find(tmp_path: Path) -> None:
    env = dict(os.environ, PULSE_SERVER=f"unix:{tmp_path / 'no-server'}", QT_QPA_PLATFORM="offscreen",
               BACKCOACH_USER_DIR=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", NO_SERVER_DOCTOR], capture_output=True, text=True, timeout=120,
                            env=env, check=True)
    app_finds, report = result.stdout.split("\n", 1)
    assert app_finds == "False"  # no sound server: Qt Multimedia has no output either
    assert "sound output: not using sounddevice: cannot open the sound device" in report
    assert "sound output: none (qt: Qt Multimedia finds no audio output device)" in report
    assert "qt-multimedia" not in report
    # Installed but nothing to play on is told apart from a library that is missing.
    assert "note: no sound device: the sound libraries are installed, but no speakers or headphones" in report
    assert "no sound library" not in report


def test_a_missing_sound_library_is_told_apart_from_a_missing_device(tmp_path: Path) -> None:
    script = NO_SERVER_DOCTOR.replace('sys.modules["simpleaudio"] = None',
                                      'sys.modules["simpleaudio"] = None; sys.modules["sounddevice"] = None')
    env = dict(os.environ, PULSE_SERVER=f"unix:{tmp_path / 'no-server'}", QT_QPA_PLATFORM="offscreen",
               BACKCOACH_USER_DIR=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env,
                            check=True)
    report = result.stdout.split("\n", 1)[1]
    assert "sound output: not using sounddevice: sounddevice is not installed" in report
    assert "note: no sound library: cues are shown on screen only — pip install sounddevice" in report
    assert "no sound device" not in report


def test_without_a_display_the_doctor_exits_1_and_says_how_to_run_headless(
    monkeypatch: pytest.MonkeyPatch, user_dir: Path
) -> None:
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setitem(sys.modules, "simpleaudio", None)
    monkeypatch.setattr(speech, "ESPEAK_LIBRARIES", ())
    out = io.StringIO()
    assert doctor.run(out) == 1
    text = out.getvalue()
    assert "Qt platform: cannot open a window" in text
    assert "problem: no display: run BackCoach in a desktop session, or headless with scripts/run.sh" in text
    assert text.rstrip().endswith("verdict: a session cannot run here")


def test_doctor_help_and_bad_options_follow_the_cli_contract() -> None:
    with pytest.raises(SystemExit) as exit_info:
        doctor.main(["--nonsense"])
    assert exit_info.value.code == 2
