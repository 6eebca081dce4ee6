"""Sounds in memory: 16-bit PCM WAV clips, read, checked, trimmed and written with the standard library."""

from __future__ import annotations

import array
import os
import sys
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path


class ClipError(ValueError):
    """A WAV file that is missing, empty, not 16-bit PCM, or silent."""


@dataclass(frozen=True)
class Clip:
    """Raw little-endian PCM ready for a player, and the file it came from (Qt's player needs one)."""

    pcm: bytes
    rate: int
    channels: int = 1
    sample_width: int = 2
    path: Path | None = None

    @property
    def frames(self) -> int:
        return len(self.pcm) // (self.channels * self.sample_width)

    @property
    def seconds(self) -> float:
        return self.frames / self.rate

    def samples(self) -> array.array[int]:
        data: array.array[int] = array.array("h")
        data.frombytes(self.pcm)
        if sys.byteorder == "big":
            data.byteswap()
        return data

    def peak(self) -> int:
        samples = self.samples()
        return max((abs(s) for s in samples), default=0)


def load_wav(path: Path) -> Clip:
    """Read a WAV file; raise :class:`ClipError` saying why it cannot be played."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ClipError(f"{path}: no such file ({error.strerror})") from None
    if size <= 44:
        raise ClipError(f"{path}: empty WAV file ({size} bytes)")
    try:
        with wave.open(str(path), "rb") as source:
            width, channels, rate = source.getsampwidth(), source.getnchannels(), source.getframerate()
            pcm = source.readframes(source.getnframes())
    except (wave.Error, EOFError, OSError) as error:
        raise ClipError(f"{path}: not a readable WAV file ({error})") from None
    if width != 2:
        raise ClipError(f"{path}: {8 * width}-bit samples, only 16-bit PCM is supported")
    if not pcm:
        raise ClipError(f"{path}: the WAV file holds no sound")
    return Clip(pcm, rate, channels, width, path)


def write_wav(clip: Clip, path: Path) -> Clip:
    """Write atomically (a temporary file, then a rename), so a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=".", suffix=".wav", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as raw, wave.open(raw, "wb") as out:
            out.setnchannels(clip.channels)
            out.setsampwidth(clip.sample_width)
            out.setframerate(clip.rate)
            out.writeframes(clip.pcm)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return Clip(clip.pcm, clip.rate, clip.channels, clip.sample_width, path)


def trim_silence(
    clip: Clip, *, threshold: int = 200, keep_before: float = 0.002, keep_after: float = 0.040, fade: float = 0.002
) -> Clip:
    """Cut the quiet before the first sound and after the last (espeak-ng pads both ends).

    ``threshold`` is on the 16-bit scale (200 ≈ -44 dBFS). A short fade-in keeps the new start click-free.
    Raise :class:`ClipError` if nothing is louder than the threshold.
    """
    if clip.channels != 1 or clip.sample_width != 2:
        return clip
    samples = clip.samples()
    first = next((i for i, s in enumerate(samples) if abs(s) > threshold), None)
    if first is None:
        raise ClipError(f"{clip.path or 'clip'}: silent (no sample above {threshold})")
    last = next(i for i in range(len(samples) - 1, -1, -1) if abs(samples[i]) > threshold)
    start = max(0, first - round(keep_before * clip.rate))
    end = min(len(samples), last + 1 + round(keep_after * clip.rate))
    kept = samples[start:end]
    ramp = min(len(kept), round(fade * clip.rate))
    for i in range(ramp):
        kept[i] = int(kept[i] * i / ramp)
    if sys.byteorder == "big":
        kept.byteswap()
    return Clip(kept.tobytes(), clip.rate, 1, 2, clip.path)


def silence(seconds: float, rate: int = 44100) -> Clip:
    return Clip(bytes(2 * round(seconds * rate)), rate)
