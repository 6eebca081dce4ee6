"""Stand-ins that do nothing, for when there is no speech engine or no sound device: the session runs on."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..core.cue_types import Priority, Tone
from .clips import Clip
from .interfaces import Playback, SpeechEvent, SpeechEventKind, SpeechListener, StatusListener, VoiceInfo, notify
from .settings import AudioSettings


class NullPlayer:
    name = "none"
    available = False
    lead = 0.0

    def __init__(self, reason: str = "no sound output") -> None:
        self.reason = reason

    def play(self, clip: Clip, on_done: Callable[[], None] | None = None, at: float | None = None) -> Playback | None:
        if on_done is not None:
            on_done()
        return None

    def add_status_listener(self, listener: StatusListener) -> None:
        pass

    def close(self) -> None:
        pass


class NullBeeper:
    available = False
    backend = "none"
    lead = 0.0

    def __init__(self, reason: str = "no sound output") -> None:
        self.reason = reason

    def play(self, tone: Tone, at: float | None = None) -> None:
        pass

    def withdraw(self) -> None:
        pass

    def stop(self) -> None:
        pass

    def apply(self, settings: AudioSettings) -> None:
        pass

    def close(self) -> None:
        pass


class NullSpeaker:
    """Says nothing; tells listeners each phrase was dropped, so a GUI can show it in large text instead."""

    available = False
    backend = "none"
    lead = 0.0

    def __init__(self, reason: str = "no speech engine") -> None:
        self.reason = reason
        self._listeners: list[SpeechListener] = []

    def say(self, text: str, priority: Priority = Priority.STEP, due: float | None = None) -> None:
        notify(self._listeners, SpeechEvent(SpeechEventKind.DROPPED, text, self.reason))

    def prepare(self, phrases: Iterable[str]) -> None:
        pass

    def phrase_seconds(self, text: str) -> float | None:
        return None

    def voices(self) -> list[VoiceInfo]:
        return []

    def withdraw(self) -> None:
        pass

    def stop(self) -> None:
        pass

    def apply(self, settings: AudioSettings) -> None:
        pass

    def add_listener(self, listener: SpeechListener) -> None:
        self._listeners.append(listener)

    def close(self) -> None:
        pass
