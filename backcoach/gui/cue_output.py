"""Turns due cues into sound and on-screen captions.

Beeps go to the beeper, phrases to the speaker (which renders and plays them off the GUI thread), and every
phrase is also shown as a caption, so a session stays usable with the sound off or missing.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Signal

from ..audio.interfaces import Beeper, Speaker
from ..audio.settings import AudioSettings
from ..core.cue_types import Cue, CueKind
from ..core.engine import Clock


class CueOutput(QObject):
    captionChanged = Signal(str)

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

    def play(self, cue: Cue, lateness: float) -> None:
        if cue.kind is CueKind.BEEP:
            if cue.tone is not None and self.settings.beeps_on:
                self.beeper.play(cue.tone)
            return
        if not cue.text:
            return
        self.captionChanged.emit(cue.text)
        if self.settings.speech_on:
            self.speaker.say(cue.text, cue.priority, due=self.clock() - lateness)

    def stop(self) -> None:
        self.speaker.stop()
        self.beeper.stop()
