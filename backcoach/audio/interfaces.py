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


StatusListener = Callable[[bool, str], None]
"""Told when sound output stops (``False`` and why) and when it works again (``True``), from a sound thread."""


class Player(Backend, Protocol):
    """Plays clips, several at a time (beeps are never delayed by speech)."""

    @property
    def name(self) -> str: ...

    @property
    def lead(self) -> float:
        """Seconds ahead of its moment a clip should be handed over, with ``at``, to be heard on that moment;
        0 for a player that can only start sounds now."""
        ...

    def play(self, clip: Clip, on_done: Callable[[], None] | None = None, at: float | None = None) -> Playback | None:
        """Play ``clip`` at the ``time.monotonic()`` moment ``at`` (now if ``None`` or past); ``on_done`` is
        called once when it ends or fails. ``None`` if it could not start."""
        ...

    def add_status_listener(self, listener: StatusListener) -> None: ...

    def close(self) -> None: ...


class Beeper(Backend, Protocol):
    @property
    def backend(self) -> str: ...

    @property
    def lead(self) -> float:
        """As :attr:`Player.lead`: how early a tone should be handed over with ``at``."""
        ...

    def play(self, tone: Tone, at: float | None = None) -> None: ...

    def withdraw(self) -> None:
        """Drop the tones handed over for a moment that has not come yet (the session paused or skipped)."""
        ...

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

    @property
    def lead(self) -> float:
        """As :attr:`Player.lead`: how early a phrase should be handed over with a ``due`` moment."""
        ...

    def say(self, text: str, priority: Priority = Priority.STEP, due: float | None = None) -> None:
        """Say ``text`` at its ``due`` moment (``time.monotonic()``): at once if that has passed or is None,
        exactly then if it is ahead (by up to :attr:`lead`)."""
        ...

    def prepare(self, phrases: Iterable[str]) -> None:
        """Render these phrases in the background, so saying them later starts on time."""
        ...

    def phrase_seconds(self, text: str) -> float | None:
        """How long saying ``text`` takes, once it is rendered; ``None`` before."""
        ...

    def voices(self) -> list[VoiceInfo]: ...

    def withdraw(self) -> None:
        """Drop the phrases handed over for a moment that has not come yet (the session paused or skipped)."""
        ...

    def stop(self) -> None: ...

    def apply(self, settings: AudioSettings) -> None: ...

    def add_listener(self, listener: SpeechListener) -> None: ...

    def close(self) -> None: ...
