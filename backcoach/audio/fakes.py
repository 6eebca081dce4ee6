"""Recording stand-ins for tests of code that uses the audio layer: synchronous, and they keep a list.

``FakeSpeaker().said`` is every ``(text, priority)`` it was asked to say (while speech is on);
``FakeBeeper().played`` every tone. Phrase lengths come from ``seconds`` (default: a word-count estimate).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..core.cue_types import Priority, Tone, estimated_phrase_seconds
from .clips import Clip
from .interfaces import Playback, SpeechEvent, SpeechEventKind, SpeechListener, StatusListener, VoiceInfo, notify
from .settings import AudioSettings


class FakeBeeper:
    available = True
    reason = ""
    backend = "fake"

    def __init__(self, settings: AudioSettings | None = None, lead: float = 0.0) -> None:
        self.settings = settings or AudioSettings()
        self.lead = lead
        self.played: list[Tone] = []
        self.moments: list[float | None] = []
        """The ``at`` of each tone in :attr:`played`."""
        self.stops = 0
        self.withdrawals = 0

    def play(self, tone: Tone, at: float | None = None) -> None:
        if self.settings.beeps_on:
            self.played.append(tone)
            self.moments.append(at)

    def withdraw(self) -> None:
        self.withdrawals += 1

    def stop(self) -> None:
        self.stops += 1

    def apply(self, settings: AudioSettings) -> None:
        self.settings = settings

    def close(self) -> None:
        pass


class FakeSpeaker:
    available = True
    reason = ""
    backend = "fake"

    def __init__(self, settings: AudioSettings | None = None, seconds: Callable[[str], float] | None = None,
                 lead: float = 0.0) -> None:
        self.settings = settings or AudioSettings()
        self.lead = lead
        self.said: list[tuple[str, Priority]] = []
        self.moments: list[float | None] = []
        """The ``due`` of each phrase in :attr:`said`."""
        self.withdrawals = 0
        self.prepared: list[str] = []
        self.stops = 0
        self._seconds = seconds or estimated_phrase_seconds
        self._listeners: list[SpeechListener] = []

    @property
    def texts(self) -> list[str]:
        return [text for text, _ in self.said]

    def say(self, text: str, priority: Priority = Priority.STEP, due: float | None = None) -> None:
        if not self.settings.speech_on:
            self._emit(SpeechEvent(SpeechEventKind.DROPPED, text, "speech is off"))
            return
        self.said.append((text, priority))
        self.moments.append(due)
        self._emit(SpeechEvent(SpeechEventKind.STARTED, text))
        self._emit(SpeechEvent(SpeechEventKind.FINISHED, text))

    def prepare(self, phrases: Iterable[str]) -> None:
        for text in phrases:
            if text not in self.prepared:
                self.prepared.append(text)

    def phrase_seconds(self, text: str) -> float | None:
        return self._seconds(text)

    def voices(self) -> list[VoiceInfo]:
        return [VoiceInfo("fake/en", "Fake English", ("en",))]

    def withdraw(self) -> None:
        self.withdrawals += 1

    def stop(self) -> None:
        self.stops += 1

    def apply(self, settings: AudioSettings) -> None:
        self.settings = settings

    def add_listener(self, listener: SpeechListener) -> None:
        self._listeners.append(listener)

    def close(self) -> None:
        pass

    def _emit(self, event: SpeechEvent) -> None:
        notify(self._listeners, event)


class FakePlayback:
    """A clip the fake player is "playing": it ends when the test calls ``finish()`` or someone ``stop()``s it."""

    def __init__(self, clip: Clip, on_done: Callable[[], None] | None, at: float | None = None) -> None:
        self.clip = clip
        self.at = at
        self.stopped = False
        self._on_done = on_done
        self._playing = True

    def is_playing(self) -> bool:
        return self._playing

    def finish(self) -> None:
        if self._playing:
            self._playing = False
            if self._on_done is not None:
                self._on_done()

    def stop(self) -> None:
        if self._playing:
            self.stopped = True
        self.finish()


class FakePlayer:
    """A player that records clips; they end at once unless ``hold`` is set (then the test finishes them).

    ``fail(reason)`` makes it behave like a stream whose device went away (nothing plays, listeners are
    told); ``recover()`` brings it back.
    """

    name = "fake"
    available = True

    def __init__(self, hold: bool = False, lead: float = 0.0) -> None:
        self.hold = hold
        self.lead = lead
        self.reason = ""
        self.playbacks: list[FakePlayback] = []
        self._status_listeners: list[StatusListener] = []

    def add_status_listener(self, listener: StatusListener) -> None:
        self._status_listeners.append(listener)

    def fail(self, reason: str = "the sound output stopped") -> None:
        self.reason = reason
        for listener in self._status_listeners:
            listener(False, reason)

    def recover(self) -> None:
        self.reason = ""
        for listener in self._status_listeners:
            listener(True, "")

    @property
    def played(self) -> list[Clip]:
        return [playback.clip for playback in self.playbacks]

    def play(self, clip: Clip, on_done: Callable[[], None] | None = None, at: float | None = None) -> Playback | None:
        if self.reason:
            if on_done is not None:
                on_done()
            return None
        playback = FakePlayback(clip, on_done, at)
        self.playbacks.append(playback)
        if not self.hold:
            playback.finish()
        return playback

    def finish(self) -> None:
        """End the oldest clip still playing."""
        for playback in self.playbacks:
            if playback.is_playing():
                playback.finish()
                return

    def close(self) -> None:
        pass
