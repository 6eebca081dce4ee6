"""The stream player's mixer: clips placed to the sample on the output clock, summed, stopped, reported once."""

from __future__ import annotations

import array

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backcoach.audio.clips import Clip
from backcoach.audio.mixer import Mixer, pcm_at_rate

RATE = 1000  # one sample per millisecond keeps the arithmetic readable


def pcm(*values: int) -> bytes:
    return array.array("h", values).tobytes()


def samples(data: bytes) -> list[int]:
    out: array.array[int] = array.array("h")
    out.frombytes(data)
    return list(out)


def test_nothing_to_play_is_silence() -> None:
    data, ended = Mixer(RATE).fill(4, now=0.0, heard_after=0.0)
    assert samples(data) == [0, 0, 0, 0] and ended == []


def test_a_clip_for_now_starts_with_the_next_block_and_its_end_is_reported_once() -> None:
    mixer = Mixer(RATE)
    done: list[str] = []
    voice = mixer.add(pcm(1, 2, 3, 4, 5, 6), on_done=lambda: done.append("x"))
    first, ended = mixer.fill(4, now=0.0, heard_after=0.01)
    assert samples(first) == [1, 2, 3, 4] and ended == []
    second, ended = mixer.fill(4, now=0.004, heard_after=0.01)
    assert samples(second) == [5, 6, 0, 0]
    assert ended == [voice] and not voice.is_playing()
    third, ended = mixer.fill(4, now=0.008, heard_after=0.01)
    assert samples(third) == [0, 0, 0, 0] and ended == []


def test_a_clip_handed_over_early_is_heard_on_its_moment_to_the_sample() -> None:
    """Sample i of a block is heard at now + heard_after + i / rate; the clip's first sample lands on ``at``."""
    mixer = Mixer(RATE)
    mixer.add(pcm(7, 8, 9), at=0.026)  # heard 26 ms from now
    heard: list[int] = []
    now = 0.0
    for _ in range(5):  # blocks of 4 samples, heard 20 ms after they are filled
        data, _ = mixer.fill(4, now=now, heard_after=0.020)
        heard += samples(data)
        now += 0.004
    # Block k is heard from 20 + 4k ms: sample 6 of the stream (block 1, index 2) is heard at 26 ms.
    assert heard[:6] == [0] * 6
    assert heard[6:9] == [7, 8, 9]
    assert heard[9:] == [0] * (len(heard) - 9)


def test_a_clip_whose_moment_has_passed_starts_at_once() -> None:
    mixer = Mixer(RATE)
    mixer.add(pcm(5, 5), at=-1.0)
    data, _ = mixer.fill(3, now=0.0, heard_after=0.02)
    assert samples(data) == [5, 5, 0]


def test_overlapping_clips_are_summed_and_clipped() -> None:
    mixer = Mixer(RATE)
    mixer.add(pcm(30000, 30000, 100, -30000))
    mixer.add(pcm(10000, -40, 1, -10000))
    data, ended = mixer.fill(4, now=0.0, heard_after=0.0)
    assert samples(data) == [32767, 29960, 101, -32768]
    assert len(ended) == 2


def test_a_stopped_clip_goes_quiet_at_the_next_block_and_one_not_started_never_plays() -> None:
    mixer = Mixer(RATE)
    done: list[int] = []
    playing = mixer.add(pcm(*range(1, 9)), on_done=lambda: done.append(1))
    waiting = mixer.add(pcm(4, 4), at=10.0, on_done=lambda: done.append(2))
    data, _ = mixer.fill(4, now=0.0, heard_after=0.0)
    assert samples(data) == [1, 2, 3, 4]
    playing.stop()
    waiting.stop()
    data, ended = mixer.fill(4, now=0.004, heard_after=0.0)
    assert samples(data) == [0, 0, 0, 0]
    assert set(ended) == {playing, waiting}
    assert mixer.pending() == []


def test_stop_all_ends_everything() -> None:
    mixer = Mixer(RATE)
    voices = [mixer.add(pcm(1, 1, 1, 1, 1, 1)) for _ in range(3)]
    mixer.stop_all()
    data, ended = mixer.fill(2, now=0.0, heard_after=0.0)
    assert samples(data) == [0, 0] and set(ended) == set(voices)


@given(st.lists(st.tuples(st.integers(0, 40), st.lists(st.integers(-3000, 3000), min_size=1, max_size=30)),
                min_size=1, max_size=5),
       st.integers(1, 16))
def test_any_schedule_is_heard_exactly_where_it_was_placed(clips: list[tuple[int, list[int]]], block: int) -> None:
    """Whatever the block size, the stream is the sum of each clip placed at its start (no clipping here)."""
    mixer = Mixer(RATE)
    for start, values in clips:
        mixer.add(pcm(*values), at=0.010 + start / RATE)
    expected = [0] * (10 + 40 + 30 + block)
    for start, values in clips:
        for i, value in enumerate(values):
            expected[10 + start + i] += value
    heard: list[int] = []
    now = 0.0
    while len(heard) < len(expected):
        data, _ = mixer.fill(block, now=now, heard_after=0.0)
        heard += samples(data)
        now += block / RATE
    assert heard[: len(expected)] == expected
    assert mixer.pending() == []


def test_speech_at_half_the_rate_is_doubled_and_keeps_its_length() -> None:
    clip = Clip(pcm(1, -2, 3), 22050)
    assert samples(pcm_at_rate(clip, 44100)) == [1, 1, -2, -2, 3, 3]
    assert samples(pcm_at_rate(Clip(pcm(1, 2, 3, 4), 88200), 44100)) == [1, 3]
    odd = pcm_at_rate(Clip(pcm(*range(300)), 30000), 44100)
    assert len(odd) // 2 == pytest.approx(300 * 44100 / 30000, abs=1)


def test_stereo_keeps_one_channel() -> None:
    assert samples(pcm_at_rate(Clip(pcm(1, 9, 2, 9), 44100, channels=2), 44100)) == [1, 2]
