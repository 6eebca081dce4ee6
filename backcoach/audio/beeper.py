"""The beeper: tones read once at start, handed to a player on their own (never queued behind speech)."""

from __future__ import annotations

from ..core.cue_types import Tone
from .clips import Clip
from .interfaces import Playback, Player
from .settings import AudioSettings


class ClipBeeper:
    def __init__(self, player: Player, tones: dict[Tone, Clip], settings: AudioSettings | None = None) -> None:
        self.player = player
        self.tones = tones
        self.settings = settings or AudioSettings()
        self.available = True
        self.reason = ""
        self.backend = player.name
        self._playing: list[Playback] = []

    def play(self, tone: Tone) -> None:
        if not self.settings.beeps_on:
            return
        playback = self.player.play(self.tones[tone])
        self._playing = [p for p in self._playing if p.is_playing()]
        if playback is not None:
            self._playing.append(playback)

    def stop(self) -> None:
        for playback in self._playing:
            playback.stop()
        self._playing = []

    def apply(self, settings: AudioSettings) -> None:
        self.settings = settings
        if not settings.beeps_on:
            self.stop()

    def close(self) -> None:
        self.stop()
