"""The beep WAVs are valid, short and clean; clip reading, checking and silence trimming."""

import itertools
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from backcoach.audio.clips import Clip, ClipError, load_wav, trim_silence, write_wav
from backcoach.audio.tones import load_tones, sounds_dir, tone_path
from backcoach.core.cue_types import Tone

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "make_sounds.py"


@pytest.mark.parametrize("tone", list(Tone))
def test_every_tone_is_a_short_clean_44k_mono_16bit_wav(tone: Tone) -> None:
    path = tone_path(tone)
    with wave.open(str(path)) as source:
        assert (source.getnchannels(), source.getsampwidth(), source.getframerate()) == (1, 2, 44100)
    clip = load_wav(path)
    assert 0.05 <= clip.seconds <= 0.8
    samples = clip.samples()
    assert 8000 < clip.peak() < 32767  # loud, not clipped
    assert abs(samples[0]) < 200 and abs(samples[-1]) < 200  # faded in and out: no click


def test_tones_differ_in_pitch_or_length_as_the_guide_says() -> None:
    tones = load_tones()
    assert tones[Tone.GO].seconds > tones[Tone.TICK].seconds
    assert tones[Tone.FINISH].seconds > tones[Tone.GO].seconds

    def crossings(clip: Clip) -> float:
        s = clip.samples()
        return sum(1 for a, b in itertools.pairwise(s) if (a < 0) != (b < 0)) / clip.seconds / 2

    assert crossings(tones[Tone.GO]) > crossings(tones[Tone.TICK]) > crossings(tones[Tone.END])


def test_make_sounds_regenerates_exactly_the_installed_wavs(tmp_path: Path) -> None:
    assert SCRIPT.is_file()
    check = subprocess.run([sys.executable, str(SCRIPT), "--check", str(sounds_dir())], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    subprocess.run([sys.executable, str(SCRIPT), str(tmp_path)], check=True, capture_output=True)
    for tone in Tone:
        assert (tmp_path / f"{tone.value}.wav").read_bytes() == tone_path(tone).read_bytes()


def test_load_wav_says_why_a_file_cannot_be_played(tmp_path: Path) -> None:
    with pytest.raises(ClipError, match="no such file"):
        load_wav(tmp_path / "missing.wav")
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    with pytest.raises(ClipError, match="empty"):
        load_wav(empty)
    eight_bit = tmp_path / "eight.wav"
    with wave.open(str(eight_bit), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(1)
        out.setframerate(8000)
        out.writeframes(bytes(800))
    with pytest.raises(ClipError, match="16-bit"):
        load_wav(eight_bit)
    garbage = tmp_path / "garbage.wav"
    garbage.write_bytes(b"RIFF" + bytes(100))
    with pytest.raises(ClipError):
        load_wav(garbage)


def _clip(quiet_before: int, loud: int, quiet_after: int) -> Clip:
    import array

    data = array.array("h", [0] * quiet_before + [8000, -8000] * (loud // 2) + [0] * quiet_after)
    return Clip(data.tobytes(), 22050)


def test_trim_silence_cuts_the_quiet_before_and_after_the_words() -> None:
    clip = _clip(quiet_before=816, loud=11025, quiet_after=6615)  # 37 ms before, 300 ms after
    trimmed = trim_silence(clip)
    samples = trimmed.samples()
    first_loud = next(i for i, s in enumerate(samples) if abs(s) > 200)
    assert first_loud / 22050 <= 0.003
    assert trimmed.seconds == pytest.approx(0.5 + 0.002 + 0.040, abs=0.002)
    assert samples[0] == 0  # faded in


def test_trim_silence_refuses_a_silent_clip() -> None:
    with pytest.raises(ClipError, match="silent"):
        trim_silence(_clip(1000, 0, 1000))


def test_write_wav_is_atomic_and_round_trips(tmp_path: Path) -> None:
    clip = _clip(10, 100, 10)
    written = write_wav(clip, tmp_path / "sub" / "a.wav")
    assert written.path == tmp_path / "sub" / "a.wav"
    assert load_wav(tmp_path / "sub" / "a.wav").pcm == clip.pcm
    assert [p.name for p in (tmp_path / "sub").iterdir()] == ["a.wav"]  # no temporary file left
