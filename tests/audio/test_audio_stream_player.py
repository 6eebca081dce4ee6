"""The stream player's own rules, against a stand-in for sounddevice whose audio callback the test drives:
it mixes what it is given into the open stream, notices a stream that died, ends what can no longer be
heard, says so, and reopens the stream on the next cue (then says sound is back).

The real library is exercised in test_audio_real_sound.py (a PulseAudio null sink, recorded).
"""

from __future__ import annotations

import array
import threading
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from backcoach.audio.clips import Clip
from backcoach.audio.players import PlayerUnavailable, StreamPlayer

RATE = 44100


@dataclass
class Times:
    currentTime: float
    outputBufferDacTime: float


class FakeStream:
    def __init__(self, sd: FakeSoundDevice, callback: Callable[..., None], **options: Any) -> None:
        self.sd = sd
        self.callback = callback
        self.options = options
        self.active = False
        self.closed = False

    def start(self) -> None:
        self.active = True

    def abort(self) -> None:
        self.active = False

    def close(self) -> None:
        self.closed = True

    def pull(self, frames: int, now: float = 100.0, ahead: float = 0.0) -> list[int]:
        """Run the callback once, as PortAudio's audio thread would, and return the samples it wrote."""
        buffer = bytearray(2 * frames)
        self.callback(memoryview(buffer), frames, Times(now, now + ahead), None)
        out: array.array[int] = array.array("h")
        out.frombytes(bytes(buffer))
        return list(out)


class FakeSoundDevice(types.SimpleNamespace):
    def __init__(self) -> None:
        super().__init__()
        self.streams: list[FakeStream] = []
        self.refuse: str | None = None
        self.restarts = 0

    def RawOutputStream(self, **options: Any) -> FakeStream:
        if self.refuse:
            raise RuntimeError(self.refuse)
        callback = options.pop("callback")
        stream = FakeStream(self, callback, **options)
        self.streams.append(stream)
        return stream

    def _terminate(self) -> None:
        self.restarts += 1

    def _initialize(self) -> None:
        pass


@pytest.fixture
def sd(monkeypatch: pytest.MonkeyPatch) -> FakeSoundDevice:
    fake = FakeSoundDevice()
    monkeypatch.setitem(__import__("sys").modules, "sounddevice", fake)
    return fake


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def player(sd: FakeSoundDevice) -> Iterator[tuple[StreamPlayer, Clock]]:
    clock = Clock()
    made = StreamPlayer(clock=clock)
    yield made, clock
    made.close()


def beep(*values: int) -> Clip:
    return Clip(array.array("h", values).tobytes(), RATE)


class Status:
    def __init__(self) -> None:
        self.reports: list[tuple[bool, str]] = []
        self.changed = threading.Condition()

    def __call__(self, ok: bool, reason: str) -> None:
        with self.changed:
            self.reports.append((ok, reason))
            self.changed.notify_all()

    def wait_for(self, count: int) -> list[tuple[bool, str]]:
        with self.changed:
            assert self.changed.wait_for(lambda: len(self.reports) >= count, timeout=10), self.reports
            return list(self.reports)


def test_it_opens_one_stream_and_mixes_what_it_is_given_into_it(sd: FakeSoundDevice,
                                                                   player: tuple[StreamPlayer, Clock]) -> None:
    made, _ = player
    assert len(sd.streams) == 1 and sd.streams[0].active
    assert sd.streams[0].options["samplerate"] == RATE and sd.streams[0].options["channels"] == 1
    finished = threading.Event()
    assert made.play(beep(5, 6, 7), finished.set) is not None
    assert made.play(beep(1, 1)) is not None
    assert sd.streams[0].pull(4) == [6, 7, 7, 0]
    assert finished.wait(5), "the end of a clip is reported (on the player's thread)"
    assert len(sd.streams) == 1, "no new stream per sound"


def test_a_clip_prepared_ahead_is_not_converted_again_when_played(
        sd: FakeSoundDevice, player: tuple[StreamPlayer, Clock], monkeypatch: pytest.MonkeyPatch) -> None:
    """Speech is rendered at 22,050 Hz; the renderer's thread converts it (prepare_clip), so playing it on the
    GUI thread costs no conversion."""
    made, _ = player
    phrase = Clip(array.array("h", [3, 9]).tobytes(), RATE // 2)
    made.prepare_clip(phrase)
    import backcoach.audio.players as players

    def refuse(*_: object) -> bytes:
        raise AssertionError("converted again on play")

    monkeypatch.setattr(players, "pcm_at_rate", refuse)
    assert made.play(phrase) is not None
    assert sd.streams[0].pull(5) == [3, 3, 9, 9, 0]


def test_a_clip_handed_over_ahead_is_placed_by_the_streams_own_output_delay(sd: FakeSoundDevice,
                                                                           player: tuple[StreamPlayer, Clock]) -> None:
    made, clock = player
    made.play(beep(9), at=clock.now + 0.010 + 3 / RATE)
    # PortAudio keeps its own clock (50 s here): only the output delay it reports matters, 10 ms. Filled
    # now, heard 10 ms later: the clip's sample goes 3 samples into the block.
    assert sd.streams[0].pull(6, now=50.0, ahead=0.010) == [0, 0, 0, 9, 0, 0]
    assert made.lead > made.latency, "cues are handed over earlier than the buffer is long"


def test_a_stream_that_dies_is_reported_its_sounds_are_ended_and_the_next_cue_reopens_it(
    sd: FakeSoundDevice, player: tuple[StreamPlayer, Clock]
) -> None:
    made, _ = player
    status = Status()
    made.add_status_listener(status)
    ended = threading.Event()
    made.play(beep(*[1] * 1000), ended.set)
    sd.streams[0].active = False  # the sound server went away
    assert status.wait_for(1) == [(False, "the sound output stopped")]
    assert ended.wait(5), "a sound that can no longer be heard still ends (a phrase must not wait for ever)"
    assert made.reason

    # While it is down: a cue plays nothing, says it ended, and asks for the stream to be opened again.
    sd.refuse = "Error opening stream: no such device"
    gone = threading.Event()
    assert made.play(beep(1), gone.set) is None
    assert gone.wait(5)
    assert status.wait_for(2)[1] == (False, "cannot open the sound device: Error opening stream: no such device")

    # The server is back: the next cue reopens the stream, and listeners hear that sound is back.
    sd.refuse = None
    assert made.play(beep(1)) is None  # this one is lost: it asked for the reopen
    assert status.wait_for(3)[2] == (True, "")
    assert sd.restarts >= 1, "PortAudio looks for devices again"
    assert made.reason == ""
    assert made.play(beep(4)) is not None
    assert sd.streams[-1].active and sd.streams[-1].pull(2) == [4, 0]


def test_a_stream_whose_callback_stops_coming_counts_as_dead(sd: FakeSoundDevice,
                                                             player: tuple[StreamPlayer, Clock]) -> None:
    made, clock = player
    status = Status()
    made.add_status_listener(status)
    clock.now += 5.0  # active, but no block asked for in 5 s: a server that hangs mid-write
    assert status.wait_for(1) == [(False, "the sound output stopped")]


def test_no_device_at_all_makes_the_player_unavailable_with_the_reason(sd: FakeSoundDevice) -> None:
    sd.refuse = "No Default Output Device Available"
    with pytest.raises(PlayerUnavailable, match="cannot open the sound device: No Default Output Device Available"):
        StreamPlayer()


def test_without_portaudio_the_reason_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_portaudio(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "sounddevice":
            raise OSError("PortAudio library not found")
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(__import__("sys").modules, "sounddevice", raising=False)
    monkeypatch.setattr(builtins, "__import__", no_portaudio)
    with pytest.raises(PlayerUnavailable, match="libportaudio2"):
        StreamPlayer()
