"""Turns due cues into sound and on-screen captions.

Beeps go to the beeper, phrases to the speaker (which renders and plays them off the GUI thread), and every
phrase is also shown as a caption, so a session stays usable with the sound off or missing.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Signal

from ..audio.interfaces import Beeper, Player, Speaker
from ..audio.settings import AudioSettings
from ..core.cue_types import Cue, CueKind
from ..core.engine import Clock


class CueOutput(QObject):
    captionChanged = Signal(str)
    soundStatusChanged = Signal(bool, str)  # sound stopped (False, why) or is back (True); from any thread

    def __init__(self, speaker: Speaker, beeper: Beeper, settings: AudioSettings,
                 clock: Clock = time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.speaker = speaker
        self.beeper = beeper
        self.settings = settings
        self.clock = clock

    def apply(self, settings: AudioSettings) -> None:
        self.settings = settings
        self.speaker.apply(settings)
        self.beeper.apply(settings)

    @property
    def lead(self) -> float:
        """How early the engine should hand cues over for the sound to be heard on their moment."""
        return max(self.beeper.lead, self.speaker.lead)

    def play(self, cue: Cue, lateness: float) -> None:
        """Sound a cue ``lateness`` seconds after its moment (negative: handed over early, placed on it)."""
        due = self.clock() - lateness
        if cue.kind is CueKind.BEEP:
            if cue.tone is not None and self.settings.beeps_on:
                self.beeper.play(cue.tone, at=due if lateness < 0 else None)
            return
        if not cue.text:
            return
        self.captionChanged.emit(cue.text)
        if self.settings.speech_on:
            self.speaker.say(cue.text, cue.priority, due=due)

    def watch(self, player: Player) -> None:
        """Relay the player's "sound stopped / back" reports (made on a sound thread) to the GUI thread."""
        player.add_status_listener(self.soundStatusChanged.emit)

    def withdraw(self) -> None:
        """The engine took back cues handed over early: drop the sounds not yet heard."""
        self.speaker.withdraw()
        self.beeper.withdraw()

    def stop(self) -> None:
        self.speaker.stop()
        self.beeper.stop()
