"""The speaker: says rendered phrases on time, one at a time, through the same player as the beeps.

Rules (docs: shared guide ``cues.md``): one phrase at a time; a phrase of higher priority cuts a lower
one short; otherwise the newer phrase waits its turn, and a phrase that could not start within
``drop_after`` seconds (1.5) of its moment is dropped, not said late. A phrase not rendered yet is
rendered at once by the renderer's thread and said when ready, if still in time. Nothing here blocks
the caller: ``say()`` only looks up a clip and hands it to the player.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..core.cue_types import Priority
from .clips import Clip
from .interfaces import Playback, Player, SpeechEvent, SpeechEventKind, SpeechListener, VoiceInfo, notify
from .settings import AudioSettings
from .speech import SpeechRenderer

DROP_AFTER = 1.5


@dataclass
class _Utterance:
    text: str
    priority: Priority
    due: float
    clip: Clip | None = None
    playback: Playback | None = None


class RenderedSpeaker:
    def __init__(
        self,
        renderer: SpeechRenderer,
        player: Player,
        settings: AudioSettings | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        drop_after: float = DROP_AFTER,
    ) -> None:
        self.renderer = renderer
        self.player = player
        self.settings = settings or renderer.settings
        self.backend = f"{renderer.engine} → {player.name}"
        self.clock = clock
        self.drop_after = drop_after
        self._lock = threading.RLock()
        self._current: _Utterance | None = None
        self._waiting: list[_Utterance] = []
        self._listeners: list[SpeechListener] = []
        self._generation = 0  # bumped by stop(): phrases still being rendered for earlier calls are not said
        renderer.add_listener(self._from_renderer)
        prepare_clip = getattr(player, "prepare_clip", None)
        if prepare_clip is not None:  # the player converts each phrase as it is rendered, off the GUI thread
            renderer.add_clip_hook(prepare_clip)
        if self.settings != renderer.settings:
            renderer.apply(self.settings)

    @property
    def available(self) -> bool:
        return self.renderer.available and self.player.available

    @property
    def reason(self) -> str:
        return self.renderer.reason or self.player.reason

    @property
    def lead(self) -> float:
        return self.player.lead

    # -- the Speaker interface ------------------------------------------------------------------------

    def say(self, text: str, priority: Priority = Priority.STEP, due: float | None = None) -> None:
        text = text.strip()
        utterance = _Utterance(text, priority, self.clock() if due is None else due)
        if not self.settings.speech_on:
            self._emit(SpeechEvent(SpeechEventKind.DROPPED, text, "speech is off"))
            return
        utterance.clip = self.renderer.clip(text)
        if utterance.clip is not None:
            self._offer(utterance)
            return
        generation = self._generation

        def rendered(clip: Clip | None) -> None:
            if clip is None:
                self._emit(SpeechEvent(SpeechEventKind.DROPPED, text, self.renderer.reason or "not rendered"))
            elif generation == self._generation:
                utterance.clip = clip
                self._offer(utterance)

        self.renderer.request(text, rendered)

    def prepare(self, phrases: Iterable[str]) -> None:
        self.renderer.prepare(phrases)

    def phrase_seconds(self, text: str) -> float | None:
        return self.renderer.phrase_seconds(text)

    def voices(self) -> list[VoiceInfo]:
        return self.renderer.voices()

    def withdraw(self) -> None:
        """Drop phrases placed on a moment still ahead (those already heard, or being heard, go on)."""
        now = self.clock()
        with self._lock:
            ahead = [u for u in self._waiting if u.due > now]
            self._waiting = [u for u in self._waiting if u.due <= now]
            current = self._current if self._current is not None and self._current.due > now else None
        for utterance in ahead:
            self._emit(SpeechEvent(SpeechEventKind.DROPPED, utterance.text, "withdrawn"))
        if current is not None and current.playback is not None:
            current.playback.stop()

    def stop(self) -> None:
        with self._lock:
            self._generation += 1
            waiting, self._waiting = self._waiting, []
            current, self._current = self._current, None
        for utterance in waiting:
            self._emit(SpeechEvent(SpeechEventKind.DROPPED, utterance.text, "stopped"))
        if current is not None and current.playback is not None:
            current.playback.stop()

    def apply(self, settings: AudioSettings) -> None:
        self.settings = settings
        self.renderer.apply(settings)
        if not settings.speech_on:
            self.stop()

    def add_listener(self, listener: SpeechListener) -> None:
        self._listeners.append(listener)

    def close(self) -> None:
        self.stop()
        self.renderer.close()

    @property
    def speaking(self) -> str | None:
        current = self._current
        return current.text if current is not None else None

    # -- one at a time --------------------------------------------------------------------------------

    def _offer(self, utterance: _Utterance) -> None:
        with self._lock:
            if self._late(utterance):
                return
            current = self._current
            if current is not None and utterance.priority <= current.priority:
                self._waiting.append(utterance)
                self._waiting.sort(key=lambda u: (-u.priority, u.due))
                return
            self._current = utterance  # claimed first: the cut phrase's on_done sees it is no longer current
            if current is not None and current.playback is not None:
                current.playback.stop()
            self._start(utterance)

    def _late(self, utterance: _Utterance) -> bool:
        lateness = self.clock() - utterance.due
        if lateness > self.drop_after:
            self._emit(SpeechEvent(SpeechEventKind.DROPPED, utterance.text, f"{lateness:.1f} s late"))
            return True
        return False

    def _start(self, utterance: _Utterance) -> None:
        """Play it (called holding the lock)."""
        assert utterance.clip is not None
        self._current = utterance
        self._emit(SpeechEvent(SpeechEventKind.STARTED, utterance.text))
        at = utterance.due if utterance.due > self.clock() else None  # handed over early: heard on its moment
        utterance.playback = self.player.play(utterance.clip, lambda: self._done(utterance), at)

    def _done(self, utterance: _Utterance) -> None:
        with self._lock:
            finished = self._current is utterance
            if finished:
                self._current = None
            self._emit(SpeechEvent(SpeechEventKind.FINISHED if finished else SpeechEventKind.CUT, utterance.text))
            if self._current is None:
                while self._waiting:
                    following = self._waiting.pop(0)
                    if not self._late(following):
                        self._start(following)
                        break

    def _from_renderer(self, event: SpeechEvent) -> None:
        if event.kind in (SpeechEventKind.RENDERED, SpeechEventKind.UNAVAILABLE):
            self._emit(event)

    def _emit(self, event: SpeechEvent) -> None:
        notify(self._listeners, event)
