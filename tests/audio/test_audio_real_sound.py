"""Real sound: beeps and rendered speech played into a PulseAudio null sink and recorded from its monitor.

These tests use the real players (the sounddevice stream everywhere; simpleaudio where it is the fallback,
Python < 3.12; Qt Multimedia) and the real pyttsx3 + espeak-ng engine. They wait on the recorder and on
completion events with timeouts; none sleeps to wait for sound.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pulse_sink import PulseServer
from pytestqt.qtbot import QtBot

from backcoach.audio import speech
from backcoach.audio.beeper import ClipBeeper
from backcoach.audio.choose import choose_audio
from backcoach.audio.clips import Clip, load_wav
from backcoach.audio.interfaces import Player, SpeechEvent, SpeechEventKind
from backcoach.audio.players import QtPlayer, SimpleaudioPlayer, StreamPlayer
from backcoach.audio.speaker import RenderedSpeaker
from backcoach.audio.speech import SpeechRenderer
from backcoach.audio.tones import load_tones
from backcoach.core.cue_types import Priority, Tone

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from private_pulse import PrivatePulse

needs_simpleaudio = pytest.mark.skipif(sys.version_info >= (3, 12), reason="simpleaudio is used on Python < 3.12 only")


@pytest.fixture
def stream_player(pulse: PulseServer) -> Iterator[StreamPlayer]:
    player = StreamPlayer()
    yield player
    player.close()


def assert_the_go_tone_arrives_whole(pulse: PulseServer, player: Player) -> None:
    beeper = ClipBeeper(player, load_tones())
    with pulse.recorder() as recorder:
        start = recorder.mark()
        beeper.play(Tone.GO)
        onset = recorder.wait_for_sound(start, threshold=4000, timeout=10)
        assert onset is not None, "the go tone never reached the null sink"
        quiet = recorder.wait_for_silence(onset, seconds=0.2)
        assert quiet is not None
        heard = (quiet - onset) / 44100
        assert heard == pytest.approx(load_tones()[Tone.GO].seconds, abs=0.03)


def test_a_beep_played_through_the_stream_arrives_at_the_sink_whole(pulse: PulseServer,
                                                                    stream_player: StreamPlayer) -> None:
    assert_the_go_tone_arrives_whole(pulse, stream_player)


def test_a_beep_handed_over_ahead_waits_for_its_moment(pulse: PulseServer, stream_player: StreamPlayer) -> None:
    """Scheduled half a second ahead, the tone is not heard at once but about half a second later."""
    beeper = ClipBeeper(stream_player, load_tones())
    with pulse.recorder() as recorder:
        start = recorder.mark()
        beeper.play(Tone.TICK, at=time.monotonic() + 0.5)
        onset = recorder.wait_for_sound(start, threshold=4000, timeout=10)
        assert onset is not None, "the scheduled tick never reached the null sink"
        assert 0.4 <= (onset - start) / 44100 <= 0.8, f"heard {(onset - start) / 44100:.3f} s after it was handed over"


def test_sound_that_dies_mid_session_is_reported_and_comes_back_on_the_next_cue(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A sound server killed and restarted (its own server: the suite's is not touched)."""
    server = PrivatePulse(reuse=False)
    server.start()
    for key, value in server.env.items():
        monkeypatch.setenv(key, value)
    reports: list[tuple[bool, str]] = []
    changed = threading.Condition()

    def listen(ok: bool, reason: str) -> None:
        with changed:
            reports.append((ok, reason))
            changed.notify_all()

    player = StreamPlayer()
    try:
        player.add_status_listener(listen)
        tones = load_tones()
        assert player.play(tones[Tone.TICK]) is not None
        server.kill_server()
        with changed:
            assert changed.wait_for(lambda: reports, timeout=10), "nobody was told that sound stopped"
        assert reports[0][0] is False
        server.restart()
        deadline = time.monotonic() + 20
        with changed:
            while not any(ok for ok, _ in reports) and time.monotonic() < deadline:
                player.play(tones[Tone.TICK])  # each cue while it is down asks for the stream again
                changed.wait(0.5)
        assert reports[-1] == (True, ""), reports
        done = threading.Event()
        assert player.play(tones[Tone.GO], done.set) is not None
        assert done.wait(10), "the reopened stream plays"
    finally:
        player.close()
        server.stop()


@needs_simpleaudio
def test_a_beep_played_through_simpleaudio_arrives_at_the_sink(pulse: PulseServer) -> None:
    player = SimpleaudioPlayer()
    player.warm_up()
    assert_the_go_tone_arrives_whole(pulse, player)


@pytest.mark.qt_log_ignore("pipewire-0.3")  # Qt looks for PipeWire first, then uses PulseAudio
def test_a_beep_played_through_qt_multimedia_arrives_at_the_sink(pulse: PulseServer, qtbot: QtBot) -> None:
    player = QtPlayer()
    tones = load_tones()
    done = threading.Event()
    with pulse.recorder() as recorder:
        start = recorder.mark()
        player.play(tones[Tone.END], done.set)
        # Waits in a Qt event loop. (Not a loop of processEvents(): in PySide6 6.12 every call of it drops
        # a reference to None, and a few thousand calls crash the interpreter.)
        qtbot.waitUntil(done.is_set, timeout=10000)
        assert recorder.wait_for_sound(start, threshold=4000, timeout=5) is not None
    player.close()


@pytest.fixture(scope="module")
def real_renderer(tmp_path_factory: pytest.TempPathFactory) -> SpeechRenderer:
    if speech.speech_preflight():
        pytest.fail(f"the real speech engine is needed here: {speech.speech_preflight()}")
    renderer = SpeechRenderer(cache_dir=tmp_path_factory.mktemp("speech-cache"))
    assert renderer.wait_ready(30) and renderer.available, renderer.reason
    yield renderer  # type: ignore[misc]
    renderer.close()


PHRASES = ["Go.", "Rest. 30 seconds. Next: set 2.", "Well done. Session complete."]


def test_real_espeak_ng_renders_real_speech_files_trimmed_of_leading_silence(real_renderer: SpeechRenderer) -> None:
    real_renderer.prepare(PHRASES)
    assert real_renderer.wait_idle(60)
    for text in PHRASES:
        path = real_renderer.cache_dir / f"{real_renderer.key(text)}.wav"
        clip = load_wav(path)
        words = len(text.split())
        assert clip.rate == 22050 and clip.channels == 1
        assert clip.peak() > 5000, f"{text!r} is (nearly) silent"
        assert 0.15 * words <= clip.seconds <= 0.2 + 0.8 * words, f"{text!r}: {clip.seconds:.2f} s is implausible"
        samples = clip.samples()
        first_loud = next(i for i, s in enumerate(samples) if abs(s) > 200)
        assert first_loud / clip.rate < 0.005, f"{text!r} starts with {first_loud / clip.rate * 1000:.0f} ms of quiet"
        quiet_tail = len(samples) - max(i for i, s in enumerate(samples) if abs(s) > 200)
        assert quiet_tail / clip.rate < 0.06
        assert real_renderer.phrase_seconds(text) == pytest.approx(clip.seconds)
    longer = real_renderer.phrase_seconds(PHRASES[1])
    assert longer is not None and longer > (real_renderer.phrase_seconds("Go.") or 0) * 3


def test_voice_and_rate_change_the_rendered_sound(real_renderer: SpeechRenderer) -> None:
    """What holds for every espeak-ng build: another voice sounds different; a faster rate is shorter."""
    voices = {v.id for v in real_renderer.voices()}
    assert "gmw/en" in voices and "gmw/en-us" in voices and len(voices) > 10
    before = real_renderer.settings
    text = "Rest. 30 seconds. Next: set 2."

    def rendered(**changes: object) -> Clip:
        real_renderer.apply(before.with_changes(**changes))
        assert real_renderer.wait_idle(60)
        clip = real_renderer.clip(text)
        assert clip is not None, f"nothing rendered with {changes}"
        assert clip.peak() > 5000, f"silence rendered with {changes}"
        return clip

    try:
        british = rendered(voice="gmw/en", rate=150)
        american = rendered(voice="gmw/en-us", rate=150)
        faster = rendered(voice="gmw/en", rate=300)
        assert american.pcm != british.pcm
        assert faster.seconds < 0.8 * british.seconds, f"{faster.seconds:.2f} s at 300, {british.seconds:.2f} s at 150"
    finally:
        real_renderer.apply(before)


def test_rendered_speech_is_heard_whole_and_reports_when_it_finished(
    pulse: PulseServer, real_renderer: SpeechRenderer, stream_player: StreamPlayer
) -> None:
    speaker = RenderedSpeaker(real_renderer, stream_player)
    events: list[SpeechEvent] = []
    finished = threading.Event()

    def listen(event: SpeechEvent) -> None:
        events.append(event)
        if event.kind is SpeechEventKind.FINISHED:
            finished.set()

    text = PHRASES[1]
    speaker.prepare([text])
    assert real_renderer.wait_idle(60)
    speaker.add_listener(listen)  # after rendering: what is heard is what this test checks
    with pulse.recorder() as recorder:
        start = recorder.mark()
        speaker.say(text, Priority.STEP)
        onset = recorder.wait_for_sound(start, threshold=3000, timeout=10)
        assert onset is not None, "no speech reached the null sink"
        assert finished.wait(15), "the speaker never reported the phrase finished"
        end = recorder.wait_for_silence(onset, seconds=0.3)
        assert end is not None
        heard = (end - onset) / 44100
        expected = real_renderer.phrase_seconds(text) or 0
        assert heard == pytest.approx(expected, abs=0.25), f"heard {heard:.2f} s of a {expected:.2f} s phrase"
    assert [e.kind for e in events] == [SpeechEventKind.STARTED, SpeechEventKind.FINISHED]


def test_the_chooser_picks_the_stream_and_real_speech_when_both_work(pulse: PulseServer) -> None:
    choice = choose_audio()
    try:
        assert choice.notice is None, choice.notice
        assert choice.player.name == "sounddevice"
        assert choice.speaker.available and choice.beeper.available
        assert isinstance(choice.speaker, RenderedSpeaker)
    finally:
        choice.close()
