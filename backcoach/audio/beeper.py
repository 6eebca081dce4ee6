"""The beeper: tones read once at start, handed to a player on their own (never queued behind speech)."""

from __future__ import annotations

import time
from collections.abc import Callable

from ..core.cue_types import Tone
from .clips import Clip
from .interfaces import Playback, Player
from .settings import AudioSettings


class ClipBeeper:
    def __init__(self, player: Player, tones: dict[Tone, Clip], settings: AudioSettings | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.player = player
        self.clock = clock
        self.tones = tones
        self.settings = settings or AudioSettings()
        self.available = True
        self.reason = ""
        self.backend = player.name
        self._playing: list[tuple[Playback, float | None]] = []  # and the moment each was placed at

    @property
    def lead(self) -> float:
        return self.player.lead

    def play(self, tone: Tone, at: float | None = None) -> None:
        if not self.settings.beeps_on:
            return
        playback = self.player.play(self.tones[tone], at=at)
        self._playing = [(p, when) for p, when in self._playing if p.is_playing()]
        if playback is not None:
            self._playing.append((playback, at))

    def withdraw(self) -> None:
        now = self.clock()
        for playback, at in self._playing:
            if at is not None and at > now:
                playback.stop()

    def stop(self) -> None:
        for playback, _ in self._playing:
            playback.stop()
        self._playing = []

    def apply(self, settings: AudioSettings) -> None:
        self.settings = settings
        if not settings.beeps_on:
            self.stop()

    def close(self) -> None:
        self.stop()
