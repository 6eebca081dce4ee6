"""The chooser falls back to null implementations, logs why, and words a notice that says what to install."""

from __future__ import annotations

import logging
import sys
import types

import pytest

from backcoach.audio import speech
from backcoach.audio.choose import choose_audio, choose_player
from backcoach.audio.clips import silence
from backcoach.audio.null import NullBeeper, NullPlayer, NullSpeaker
from backcoach.audio.players import SimpleaudioPlayer
from backcoach.core.cue_types import Tone


def broken_simpleaudio(message: str) -> types.ModuleType:
    module = types.ModuleType("simpleaudio")

    def play_buffer(*args: object) -> None:
        raise Exception(message)  # what simpleaudio raises: a bare Exception

    module.play_buffer = play_buffer  # type: ignore[attr-defined]
    module.stop_all = lambda: None  # type: ignore[attr-defined]
    return module


needs_simpleaudio = pytest.mark.skipif(sys.version_info >= (3, 12),
                                       reason="simpleaudio is the fallback on Python < 3.12 only")


def test_without_sounddevice_there_is_no_sound_and_the_notice_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setitem(sys.modules, "sounddevice", None)  # import sounddevice now raises ImportError
    caplog.set_level(logging.INFO, logger="backcoach.audio")
    choice = choose_audio(players=("sounddevice",))
    assert isinstance(choice.player, NullPlayer)
    assert isinstance(choice.beeper, NullBeeper) and isinstance(choice.speaker, NullSpeaker)
    assert choice.notice is not None
    assert choice.notice.startswith("No sound: sounddevice is not installed")
    assert "pip install sounddevice" in choice.notice
    assert "sounddevice not used: sounddevice is not installed" in caplog.text
    choice.beeper.play(Tone.GO)  # and nothing breaks
    choice.speaker.say("Go.")
    choice.close()


def test_the_preferred_players_reason_is_the_one_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sounddevice", None)
    monkeypatch.setitem(sys.modules, "simpleaudio", None)
    choice = choose_audio(players=("sounddevice", "simpleaudio"), speech=False)
    assert choice.notice is not None and choice.notice.startswith("No sound: sounddevice is not installed")
    choice.close()


@needs_simpleaudio
def test_a_device_that_cannot_be_opened_is_passed_over(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "simpleaudio", broken_simpleaudio(
        "Error opening PCM device. -- CODE: -2 -- MSG: No such file or directory"))
    player, reasons = choose_player(("simpleaudio",))
    assert isinstance(player, NullPlayer)
    assert reasons == ["simpleaudio: cannot open the sound device: Error opening PCM device. -- CODE: -2 -- "
                       "MSG: No such file or directory"]


@needs_simpleaudio
def test_a_device_that_goes_away_mid_session_costs_a_sound_not_the_session(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setitem(sys.modules, "simpleaudio", broken_simpleaudio("Error opening PCM device. -- CODE: -16"))
    player = SimpleaudioPlayer()
    done: list[bool] = []
    assert player.play(silence(0.1), lambda: done.append(True)) is None
    assert player.play(silence(0.1)) is None
    assert done == [True] and player.failures == 2
    assert "sound could not be played (1 so far): Error opening PCM device" in caplog.text


def test_without_pyttsx3_there_is_no_speech_and_the_notice_says_pip_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyttsx3", None)
    assert (speech.speech_preflight() or "").endswith("— pip install pyttsx3")


def test_without_espeak_ng_there_is_no_speech_and_the_notice_says_apt_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(speech, "ESPEAK_LIBRARIES", ("libespeak-ng-not-here.so.1",))
    assert speech.speech_preflight() == "espeak-ng is not installed — sudo apt install espeak-ng"


def test_with_espeak_ng_and_pyttsx3_installed_the_preflight_passes() -> None:
    assert speech.speech_preflight() is None


def test_a_missing_sound_device_is_explained_plainly() -> None:
    from backcoach.audio.choose import _plain

    raw = "cannot open the sound device: Error opening PCM device. -- CODE: -2 -- MSG: No such file or directory"
    assert _plain(raw).startswith("no speakers or headphones were found") and "PCM" not in _plain(raw)
    assert _plain("simpleaudio is not installed") == "simpleaudio is not installed"
