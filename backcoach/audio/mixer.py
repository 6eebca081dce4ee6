"""The mixer behind the stream player: clips placed on the output's own sample clock, summed, clipped.

Why a mixer of our own: a persistent output stream (one device opened once, not a new one per beep) is
what makes sound punctual on every Python, and a persistent stream needs someone to decide, block by
block, which samples go out. Doing it here, without the sound library, keeps the rules testable:

- a clip asked for *at* a moment (``time.monotonic()``) starts on the sample that reaches the speaker at
  that moment, so a cue handed over early plays exactly on time (the session engine hands cues over a
  little ahead, by the player's :attr:`~backcoach.audio.interfaces.Player.lead`);
- a clip asked for now, or for a moment already past, starts in the next block;
- several clips overlap (a beep during a phrase) and are summed with clipping;
- a stopped clip ends at the next block, and each clip's end is reported once.

Only 16-bit mono PCM is mixed; clips of another rate are converted once (:func:`pcm_at_rate`).
"""

from __future__ import annotations

import array
import sys
import threading
from collections.abc import Callable

from .clips import Clip

SAMPLE_BYTES = 2


def pcm_at_rate(clip: Clip, rate: int) -> bytes:
    """The clip's samples as 16-bit mono little-endian PCM at ``rate``.

    espeak-ng speaks at 22,050 Hz and the beeps are 44,100 Hz: an integer ratio, converted by repeating
    (or taking every n-th) sample with slice assignment, which runs at C speed. Other ratios take the
    nearest sample, in Python, once per clip (rare: a user's own sound files).
    """
    samples = clip.samples()
    if clip.channels > 1:  # keep the first channel; BackCoach's own clips are mono
        samples = samples[:: clip.channels]
    if clip.rate != rate:
        if rate % clip.rate == 0:
            factor = rate // clip.rate
            converted: array.array[int] = array.array("h", bytes(SAMPLE_BYTES * len(samples) * factor))
            for phase in range(factor):
                converted[phase::factor] = samples
            samples = converted
        elif clip.rate % rate == 0:
            samples = samples[:: clip.rate // rate]
        else:
            step = clip.rate / rate
            count = int(len(samples) / step)
            samples = array.array("h", (samples[int(i * step)] for i in range(count)))
    if sys.byteorder == "big":
        samples.byteswap()
    return samples.tobytes()


class Voice:
    """One clip in the mix: where it starts, how far it has played, and who to tell when it ends."""

    __slots__ = ("_done", "at", "on_done", "pcm", "position", "stopped")

    def __init__(self, pcm: bytes, at: float | None, on_done: Callable[[], None] | None) -> None:
        self.pcm = pcm
        self.at = at
        """The moment (``time.monotonic()``) its first sample should be heard; None: as soon as possible."""
        self.position = 0
        """Byte offset of the next sample to play; negative while it waits for its start in a block."""
        self.on_done = on_done
        self.stopped = False
        self._done = threading.Event()

    def is_playing(self) -> bool:
        return not self._done.is_set()

    def stop(self) -> None:
        """Stop at the next block (a clip that has not started yet never starts)."""
        self.stopped = True

    def wait(self, timeout: float | None = None) -> bool:
        return self._done.wait(timeout)

    def _finish(self) -> bool:
        """Mark it done; True the first time only (its end is reported once)."""
        if self._done.is_set():
            return False
        self._done.set()
        return True


class Mixer:
    """Thread-safe: :meth:`add` and :meth:`stop_all` from any thread, :meth:`fill` from the audio thread."""

    def __init__(self, rate: int) -> None:
        self.rate = rate
        self._lock = threading.Lock()
        self._voices: list[Voice] = []

    def add(self, pcm: bytes, at: float | None = None, on_done: Callable[[], None] | None = None) -> Voice:
        voice = Voice(pcm, at, on_done)
        with self._lock:
            self._voices.append(voice)
        return voice

    def pending(self) -> list[Voice]:
        with self._lock:
            return list(self._voices)

    def stop_all(self) -> None:
        with self._lock:
            for voice in self._voices:
                voice.stop()

    def fill(self, frames: int, now: float, heard_after: float) -> tuple[bytes, list[Voice]]:
        """The next ``frames`` samples, and the voices that ended in them (to be reported by the caller).

        ``now`` is ``time.monotonic()`` at this call and ``heard_after`` how long until this block's first
        sample reaches the speaker (the device's reported output delay), so sample ``i`` of the block is
        heard at ``now + heard_after + i / rate``.
        """
        size = frames * SAMPLE_BYTES
        with self._lock:
            voices = self._voices
            ended: list[Voice] = []
            parts: list[tuple[int, bytes]] = []  # (byte offset in the block, samples)
            for voice in voices:
                if voice.stopped:
                    ended.append(voice)
                    continue
                if voice.at is not None:
                    start = round((voice.at - now - heard_after) * self.rate)
                    voice.at = None
                    voice.position = -SAMPLE_BYTES * start if start > 0 else 0
                if voice.position < 0:  # starts later in this block, or in a later one
                    offset = -voice.position
                    if offset >= size:
                        voice.position += size
                        continue
                    chunk = voice.pcm[: size - offset]
                    voice.position = len(chunk)
                else:
                    offset = 0
                    chunk = voice.pcm[voice.position : voice.position + size]
                    voice.position += len(chunk)
                if chunk:
                    parts.append((offset, chunk))
                if voice.position >= len(voice.pcm):
                    ended.append(voice)
            if ended:
                self._voices = [v for v in voices if v not in ended]
        return _mix(parts, size), [v for v in ended if v._finish()]


def _mix(parts: list[tuple[int, bytes]], size: int) -> bytes:
    if not parts:
        return bytes(size)
    if len(parts) == 1:  # the usual case: one sound at a time, no arithmetic
        offset, chunk = parts[0]
        return bytes(offset) + chunk + bytes(size - offset - len(chunk))
    total: array.array[int] = array.array("i", bytes(4 * (size // SAMPLE_BYTES)))
    for offset, chunk in parts:
        samples: array.array[int] = array.array("h")
        samples.frombytes(chunk)
        if sys.byteorder == "big":
            samples.byteswap()
        first = offset // SAMPLE_BYTES
        for i, value in enumerate(samples, first):
            total[i] += value
    out = array.array("h", (32767 if v > 32767 else -32768 if v < -32768 else v for v in total))
    if sys.byteorder == "big":
        out.byteswap()
    return out.tobytes()
