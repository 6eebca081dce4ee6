"""The beeps: one WAV per :class:`~backcoach.core.cue_types.Tone`, shipped in the package's assets."""

from __future__ import annotations

from pathlib import Path

from ..core.cue_types import Tone
from ..resources import assets_dir
from .clips import Clip, load_wav


def sounds_dir() -> Path:
    return assets_dir() / "sounds"


def tone_path(tone: Tone) -> Path:
    return sounds_dir() / f"{tone.value}.wav"


def load_tones(folder: Path | None = None) -> dict[Tone, Clip]:
    """Every tone, read and checked once (so playing one is only handing bytes to the player).

    Raises :class:`~backcoach.audio.clips.ClipError` naming the file if one is missing or broken.
    """
    base = folder or sounds_dir()
    return {tone: load_wav(base / f"{tone.value}.wav") for tone in Tone}
