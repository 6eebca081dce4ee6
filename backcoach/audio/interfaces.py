"""The small interfaces the GUI wires to the engine's cue events: a beeper, a speaker, and the player below.

Every implementation reports ``available`` and, when it is not, a ``reason`` a person can act on.
Calls return at once: nothing here blocks the caller's thread (the GUI's timer thread) on sound or speech.
Listeners are called from the audio layer's own threads; a Qt user forwards them through a queued signal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from ..core.cue_types import Priority, Tone
from .clips import Clip
from .settings import AudioSettings


class Playback(Protocol):
    """One clip being played."""

    def is_playing(self) -> bool: ...

    def stop(self) -> None: ...


class Backend(Protocol):
    """Anything that may not work on this machine: it says so, and why, in words a person can act on."""

    @property
    def available(self) -> bool: ...

    @property
    def reason(self) -> str: ...


class Player(Backend, Protocol):
    """Plays clips at once, several at a time (beeps are never delayed by speech)."""

    @property
    def name(self) -> str: ...

    def play(self, clip: Clip, on_done: Callable[[], None] | None = None) -> Playback | None:
        """Start playing; ``on_done`` is called once when it ends or fails. ``None`` if it could not start."""
        ...

    def close(self) -> None: ...


class Beeper(Backend, Protocol):
    @property
    def backend(self) -> str: ...

    def play(self, tone: Tone) -> None: ...

    def stop(self) -> None: ...

    def apply(self, settings: AudioSettings) -> None: ...

    def close(self) -> None: ...


class SpeechEventKind(StrEnum):
    STARTED = "started"  # the clip began to play
    FINISHED = "finished"  # it played to the end
    CUT = "cut"  # a phrase of higher priority stopped it, or stop() was called
    DROPPED = "dropped"  # never played: too late, muted, or it could not be rendered
    RENDERED = "rendered"  # a phrase is in the cache (its length is now known)
    UNAVAILABLE = "unavailable"  # the speech engine stopped working; ``reason`` says why


@dataclass(frozen=True)
class SpeechEvent:
    kind: SpeechEventKind
    text: str
    reason: str = ""


SpeechListener = Callable[[SpeechEvent], None]

log = logging.getLogger("backcoach.audio")


def notify(listeners: Iterable[SpeechListener], event: SpeechEvent) -> None:
    """Tell every listener about ``event``; one that raises is logged and the rest still hear it (events come
    from worker threads and from the cue output, and a listener's bug must never stop a session)."""
    for listener in list(listeners):
        try:
            listener(event)
        except Exception:
            log.exception("speech listener failed")


@dataclass(frozen=True)
class VoiceInfo:
    id: str
    name: str
    languages: tuple[str, ...] = ()


class Speaker(Backend, Protocol):
    @property
    def backend(self) -> str: ...

    def say(self, text: str, priority: Priority = Priority.STEP, due: float | None = None) -> None:
        """Say ``text`` now (``due``: the monotonic moment it was planned for, if that was earlier)."""
        ...

    def prepare(self, phrases: Iterable[str]) -> None:
        """Render these phrases in the background, so saying them later starts on time."""
        ...

    def phrase_seconds(self, text: str) -> float | None:
        """How long saying ``text`` takes, once it is rendered; ``None`` before."""
        ...

    def voices(self) -> list[VoiceInfo]: ...

    def stop(self) -> None: ...

    def apply(self, settings: AudioSettings) -> None: ...

    def add_listener(self, listener: SpeechListener) -> None: ...

    def close(self) -> None: ...
