"""What the user can change about sound, applied to a running speaker and beeper without a restart."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from ..core.choices import Verbosity
from ..resources import user_cache_dir

DEFAULT_RATE = 175  # espeak-ng's own default, in words a minute


@dataclass(frozen=True)
class AudioSettings:
    """``voice`` is an engine voice id (``None``: the engine's default); ``volume`` is 0.0-1.0."""

    voice: str | None = None
    rate: int = DEFAULT_RATE
    volume: float = 1.0
    beeps: bool = True
    verbosity: Verbosity = Verbosity.STANDARD
    muted: bool = False

    @property
    def speech_on(self) -> bool:
        return not self.muted and self.verbosity in (Verbosity.FULL, Verbosity.STANDARD)

    @property
    def beeps_on(self) -> bool:
        return not self.muted and self.beeps and self.verbosity is not Verbosity.SILENT

    @property
    def voice_key(self) -> tuple[str | None, int, float]:
        """What a rendered phrase depends on (a change means rendering again)."""
        return (self.voice, int(self.rate), round(float(self.volume), 3))

    def with_changes(self, **changes: object) -> AudioSettings:
        return replace(self, **changes)  # type: ignore[arg-type]


def speech_cache_dir() -> Path:
    return user_cache_dir() / "speech"
