"""The recording fakes and the null stand-ins behave as the interfaces promise."""

import pytest

from backcoach.audio.clips import silence
from backcoach.audio.fakes import FakeBeeper, FakePlayer, FakeSpeaker
from backcoach.audio.interfaces import Beeper, Player, Speaker, SpeechEvent, SpeechEventKind
from backcoach.audio.null import NullBeeper, NullPlayer, NullSpeaker
from backcoach.audio.settings import AudioSettings
from backcoach.core.cue_types import Priority, Tone, Verbosity


def test_fake_speaker_records_what_it_was_asked_to_say_in_order() -> None:
    speaker: Speaker = FakeSpeaker()
    events: list[SpeechEvent] = []
    speaker.add_listener(events.append)
    speaker.say("Go.", Priority.STEP)
    speaker.say("One", Priority.COUNT)
    assert isinstance(speaker, FakeSpeaker)
    assert speaker.said == [("Go.", Priority.STEP), ("One", Priority.COUNT)]
    assert [e.kind for e in events] == [SpeechEventKind.STARTED, SpeechEventKind.FINISHED] * 2


def test_fake_speaker_says_nothing_when_muted_or_beeps_only_and_reports_the_drop() -> None:
    speaker = FakeSpeaker()
    events: list[SpeechEvent] = []
    speaker.add_listener(events.append)
    speaker.apply(AudioSettings(muted=True))
    speaker.say("Rest.")
    speaker.apply(AudioSettings(verbosity=Verbosity.BEEPS))
    speaker.say("Rest.")
    assert speaker.said == []
    assert [e.kind for e in events] == [SpeechEventKind.DROPPED, SpeechEventKind.DROPPED]


def test_fake_speaker_times_phrases_and_remembers_prepared_ones_once() -> None:
    speaker = FakeSpeaker(seconds=lambda text: 2.0)
    speaker.prepare(["Go.", "Rest.", "Go."])
    assert speaker.prepared == ["Go.", "Rest."]
    assert speaker.phrase_seconds("anything") == 2.0


def test_fake_beeper_records_tones_unless_beeps_are_off() -> None:
    beeper: Beeper = FakeBeeper()
    beeper.play(Tone.TICK)
    beeper.apply(AudioSettings(beeps=False))
    beeper.play(Tone.GO)
    beeper.apply(AudioSettings(verbosity=Verbosity.SILENT))
    beeper.play(Tone.END)
    assert isinstance(beeper, FakeBeeper)
    assert beeper.played == [Tone.TICK]


def test_fake_player_holds_clips_until_finished_or_stopped() -> None:
    done: list[str] = []
    player: Player = FakePlayer(hold=True)
    first = player.play(silence(0.1), lambda: done.append("first"))
    second = player.play(silence(0.1), lambda: done.append("second"))
    assert first is not None and second is not None and first.is_playing()
    assert isinstance(player, FakePlayer)
    player.finish()
    second.stop()
    second.stop()
    assert done == ["first", "second"]
    assert not first.is_playing() and not second.is_playing()


def test_null_implementations_do_nothing_and_say_why() -> None:
    speaker = NullSpeaker("espeak-ng is not installed")
    events: list[SpeechEvent] = []
    speaker.add_listener(events.append)
    speaker.say("Go.")
    assert not speaker.available and speaker.reason == "espeak-ng is not installed"
    assert events == [SpeechEvent(SpeechEventKind.DROPPED, "Go.", "espeak-ng is not installed")]
    assert speaker.phrase_seconds("Go.") is None and speaker.voices() == []
    beeper = NullBeeper("no device")
    beeper.play(Tone.TICK)
    assert not beeper.available and beeper.reason == "no device"
    done: list[bool] = []
    assert NullPlayer().play(silence(0.1), lambda: done.append(True)) is None
    assert done == [True]


def test_a_listener_that_raises_is_logged_and_the_others_still_hear(caplog: pytest.LogCaptureFixture) -> None:
    for speaker in (NullSpeaker("no device"), FakeSpeaker()):
        heard: list[SpeechEventKind] = []

        def broken(event: SpeechEvent) -> None:
            raise RuntimeError("a listener's bug")

        speaker.add_listener(broken)
        speaker.add_listener(lambda event, heard=heard: heard.append(event.kind))
        speaker.say("Go.")  # must not raise into the session's cue output
        assert heard and heard[0] in (SpeechEventKind.DROPPED, SpeechEventKind.STARTED)
    assert caplog.text.count("speech listener failed") >= 2
