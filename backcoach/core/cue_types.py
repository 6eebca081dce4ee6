"""The vocabulary shared by the cue planner, the session engine and the audio layer.

A :class:`Cue` is one thing the coach says or plays, pinned to a step of the timeline and an offset into
it. The engine fires cues; the audio layer turns them into sound; neither needs to know how the other
works. The audio layer also tells the planner how long a phrase lasts (:data:`PhraseTimer`), so that
the plan never schedules two phrases over each other.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum, StrEnum

from .choices import Verbosity as Verbosity  # defined there, so that settings load without the rest of the core


class CueKind(StrEnum):
    SAY = "say"
    BEEP = "beep"


class Tone(StrEnum):
    """The beeps; each has a WAV in ``assets/sounds/<value>.wav``."""

    TICK = "tick"  # the last 3 seconds of a countdown
    GO = "go"  # work starts
    END = "end"  # work ends
    PAUSE = "pause"  # the session was paused
    FINISH = "finish"  # the session is complete


class Priority(IntEnum):
    """Which phrase wins when two would overlap: a step change pre-empts a count."""

    COUNT = 1  # rep counts
    HINT = 2  # halfway, 10 seconds, get ready
    STEP = 3  # what a step is: "Rest. 30 seconds. Next: …", "Go."
    SESSION = 4  # session start and end, pause and resume


@dataclass(frozen=True)
class Cue:
    """One sound at one moment: ``offset`` seconds into step ``step`` (``at`` = planned session time)."""

    at: float
    step: int
    offset: float
    kind: CueKind
    priority: Priority
    text: str | None = None
    tone: Tone | None = None
    from_end: bool = False
    """Anchored to the step's end (ticks, "10 seconds"): moves when the step is extended."""
    seconds: float = 0.0
    """How long the phrase is expected to last (0 for beeps)."""

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {"at": round(self.at, 3), "type": self.kind.value}
        if self.kind is CueKind.SAY:
            data["text"] = self.text
            data["seconds"] = round(self.seconds, 2)
        else:
            data["tone"] = self.tone.value if self.tone else None
        data["step"] = self.step
        data["priority"] = self.priority.name.lower()
        return data


PhraseTimer = Callable[[str], float]
"""How long saying a phrase takes, in seconds (from rendered audio when the speech layer has it)."""


def estimated_phrase_seconds(text: str) -> float:
    """A speech-free estimate: about 2.6 words a second at espeak-ng's default rate, plus a short onset."""
    words = max(1, len(text.split()))
    return 0.25 + words / 2.6


def phrase_timer(measured: Callable[[str], float | None]) -> PhraseTimer:
    """A :data:`PhraseTimer` from a speech layer's measurements: the rendered length where it is known,
    else :func:`estimated_phrase_seconds` (what the planner uses when nothing is rendered yet)."""

    def seconds(text: str) -> float:
        known = measured(text)
        return known if known is not None else estimated_phrase_seconds(text)

    return seconds
