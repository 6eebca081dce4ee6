"""The routine model: what a routine file means, independent of how it was written.

Exercise and block fields that a routine may leave to its defaults are ``None`` here rather than filled
in, so that the editor can save exactly what the author wrote; :mod:`backcoach.core.timeline` resolves
them against the routine's defaults and the built-in ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, TypeAlias

from .choices import Pace as Pace  # defined there, so that settings load without the rest of the core
from .durations import Level, Range

if TYPE_CHECKING:  # an exercise's own figure; its reader (and YAML) load only where there is one
    from .figure.spec import FigureSpec

FORMAT_VERSION = 1

Count: TypeAlias = int | Range
"""How many sets or rounds: a whole number, or a range (``2-3``) from which the level picks, as for reps.

A plain number stays an ``int`` (a range of one value is read as that number), so ``sets == 3`` keeps
meaning what it says; only code that runs a session needs :func:`count_at`."""


def count_at(value: Count, level: Level) -> int:
    """The number of sets or rounds a session at ``level`` does."""
    return value if isinstance(value, int) else value.at(level)


def count_most(value: Count) -> int:
    """The largest number a count can mean (the high end of a range): "is this more than one set?"."""
    return value if isinstance(value, int) else value.high


def count_least(value: Count) -> int:
    """The smallest number a count can mean (the low end of a range)."""
    return value if isinstance(value, int) else value.low


def count_range(value: Count) -> Range:
    """A count as a range, a single number as the range of that one number: where a count becomes reps ("10 slow
    rounds" of one move are its reps), which are always ranges."""
    return value if isinstance(value, Range) else Range.single(value)


class Per(StrEnum):
    """Unilateral work: the move is done on one side (leg, arm) at a time, and then on the other."""

    SIDE = "side"
    LEG = "leg"
    ARM = "arm"


class Sides(StrEnum):
    """How a move done per side changes sides (``sides:`` in a routine or the exercise library).

    The three ways a coach runs one-sided work: every set on one side and then every set on the other (a
    stretch held three times, then the other leg); each set on one side, a switch, then the other side;
    or sides taking turns within the set, every rep (dead bug, bicycle crunches), counted as "8 each
    side" and never with a "switch sides". ``together`` says both sides work at once, for a move the
    exercise library describes as one-sided.
    """

    ALL_SETS = "all sets"
    EACH_SET = "each set"
    ALTERNATING = "alternating"
    TOGETHER = "together"


class BodyPosition(StrEnum):
    """Where a move starts from; the get-ready before a move grows with the change of position."""

    STANDING = "standing"
    HANGING = "hanging"
    CHAIR = "seated on a chair"
    BENCH = "lying on a bench"
    KNEELING = "kneeling"
    SEATED = "seated"
    BACK = "lying on your back"
    FRONT = "lying face down"
    SIDE = "side-lying"


@dataclass(frozen=True)
class Timing:
    """The timing keys a routine's ``defaults`` or an exercise may set; ``None`` means "inherit"."""

    prepare: Range | None = None
    rep_time: Range | None = None
    rest: Range | None = None
    switch: Range | None = None
    between: Range | None = None
    pace: Pace | None = None
    position_change: Range | None = None
    """Extra get-ready for each step of a change of position (down to the mat, up from it, turning over)."""

    def over(self, fallback: Timing) -> Timing:
        """These values where set, ``fallback``'s elsewhere."""
        return Timing(
            prepare=self.prepare if self.prepare is not None else fallback.prepare,
            rep_time=self.rep_time if self.rep_time is not None else fallback.rep_time,
            rest=self.rest if self.rest is not None else fallback.rest,
            switch=self.switch if self.switch is not None else fallback.switch,
            between=self.between if self.between is not None else fallback.between,
            pace=self.pace if self.pace is not None else fallback.pace,
            position_change=self.position_change if self.position_change is not None else fallback.position_change,
        )


BUILTIN_TIMING = Timing(
    prepare=Range.single(10),
    rep_time=Range.single(3),
    rest=Range.single(30),
    switch=Range.single(5),
    between=Range.single(0),
    pace=Pace.COUNTED,
    position_change=Range.single(4),
)
"""The format's built-in defaults (routine-format.md, "Built-in defaults")."""


@dataclass(frozen=True)
class Exercise:
    """One move of a block: a dose (reps, hold or both), sets, and optional timing overrides."""

    name: str
    reps: Range | None = None
    hold: Range | None = None
    sets: Count = 1
    per: Per | None = None
    sides: Sides | None = None
    """How the sides change; ``None``: the exercise library's way for this move, else each set."""
    position: BodyPosition | None = None
    """Where the move starts; ``None``: the exercise library's position for it."""
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
class LevelChange:
    """What one level changes in every exercise of a routine (``levels:``), on top of the ranges.

    Articles give advice rather than numbers ("adjust to your fitness level", "add sets as you
    progress"); this is how a routine says what that means: sets, reps or holds more or fewer.
    """

    sets: int = 0
    """Added to the sets of every exercise done in two sets or more (never below 1)."""
    reps: int = 0
    """Added to every counted dose (never below 1 rep)."""
    hold: int = 0
    """Seconds added to every hold (never below 1 second)."""

    @property
    def is_none(self) -> bool:
        return not (self.sets or self.reps or self.hold)


@dataclass(frozen=True)
class Block:
    """A titled part of a class (warm-up, main, cool-down), optionally run as a circuit of rounds."""

    title: str
    exercises: tuple[Exercise, ...]
    rounds: Count = 1
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
    levels: tuple[tuple[Level, LevelChange], ...] = ()
    """What each level changes beyond the ranges (``levels:``), in the order written."""
    version: int = FORMAT_VERSION

    @property
    def exercises(self) -> tuple[Exercise, ...]:
        return tuple(exercise for block in self.blocks for exercise in block.exercises)

    def effective_level(self, level: Level | None = None) -> Level:
        """The level a session runs at: the one asked for, else the routine's own, else intermediate."""
        return level or self.level or Level.INTERMEDIATE

    def level_change(self, level: Level) -> LevelChange:
        """What ``level`` changes beyond the ranges (nothing unless ``levels:`` says)."""
        return dict(self.levels).get(level, NO_CHANGE)


NO_CHANGE = LevelChange()
