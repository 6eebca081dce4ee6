"""The routine model: what a routine file means, independent of how it was written.

Exercise and block fields that a routine may leave to its defaults are ``None`` here rather than filled
in, so that the editor can save exactly what the author wrote; :mod:`backcoach.core.timeline` resolves
them against the routine's defaults and the built-in ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from .durations import Level, Range
from .figure.spec import FigureSpec

FORMAT_VERSION = 1


class Pace(StrEnum):
    """Who sets the rhythm of reps: the coach counts them, or the user presses Done."""

    COUNTED = "counted"
    SELF = "self"


class Per(StrEnum):
    """Unilateral work: each set is done on one side, then the other."""

    SIDE = "side"
    LEG = "leg"
    ARM = "arm"


@dataclass(frozen=True)
class Timing:
    """The timing keys a routine's ``defaults`` or an exercise may set; ``None`` means "inherit"."""

    prepare: Range | None = None
    rep_time: Range | None = None
    rest: Range | None = None
    switch: Range | None = None
    between: Range | None = None
    pace: Pace | None = None

    def over(self, fallback: Timing) -> Timing:
        """These values where set, ``fallback``'s elsewhere."""
        return Timing(
            prepare=self.prepare if self.prepare is not None else fallback.prepare,
            rep_time=self.rep_time if self.rep_time is not None else fallback.rep_time,
            rest=self.rest if self.rest is not None else fallback.rest,
            switch=self.switch if self.switch is not None else fallback.switch,
            between=self.between if self.between is not None else fallback.between,
            pace=self.pace if self.pace is not None else fallback.pace,
        )


BUILTIN_TIMING = Timing(
    prepare=Range.single(10),
    rep_time=Range.single(3),
    rest=Range.single(30),
    switch=Range.single(5),
    between=Range.single(0),
    pace=Pace.COUNTED,
)
"""The format's built-in defaults (routine-format.md, "Built-in defaults")."""


@dataclass(frozen=True)
class Exercise:
    """One move of a block: a dose (reps, hold or both), sets, and optional timing overrides."""

    name: str
    reps: Range | None = None
    hold: Range | None = None
    sets: int = 1
    per: Per | None = None
    timing: Timing = field(default_factory=Timing)
    instructions: str | None = None
    muscles: tuple[str, ...] = ()
    equipment: tuple[str, ...] = ()
    note: str | None = None
    figure: FigureSpec | None = None
    """Its own figure (poses, or ``like:`` another move's); else the exercise library's figure is shown."""
    line: int = field(default=0, compare=False)
    """Line of the exercise in its file (0 when it was not read from one); lets views point at it.
    Not part of equality: the same exercise saved elsewhere in a file is the same exercise."""


@dataclass(frozen=True)
class Block:
    """A titled part of a class (warm-up, main, cool-down), optionally run as a circuit of rounds."""

    title: str
    exercises: tuple[Exercise, ...]
    rounds: int = 1
    rest_between_rounds: Range | None = None


@dataclass(frozen=True)
class Routine:
    """A whole class as its author wrote it."""

    title: str
    blocks: tuple[Block, ...]
    summary: str | None = None
    source: str | None = None
    level: Level | None = None
    duration: Range | None = None
    """The length the author states (seconds), shown beside the computed estimate."""
    equipment: tuple[str, ...] = ()
    defaults: Timing = field(default_factory=Timing)
    version: int = FORMAT_VERSION

    @property
    def exercises(self) -> tuple[Exercise, ...]:
        return tuple(exercise for block in self.blocks for exercise in block.exercises)

    def effective_level(self, level: Level | None = None) -> Level:
        """The level a session runs at: the one asked for, else the routine's own, else intermediate."""
        return level or self.level or Level.INTERMEDIATE
