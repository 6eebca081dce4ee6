"""The user's own session preferences, applied to a routine before it is expanded.

People set a longer get-ready time, more (or less) time to change position, prefer to press Done after
each set rather than follow the counted pace, or want every high-impact move swapped for its gentler one.
These override what the routine says, everywhere in it, and never change the file. The settings store
loads and saves them (with the rest of the settings); the core only reads them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the settings make Preferences at start-up, before the routine model is imported
    from .choices import Pace
    from .model import Routine


@dataclass(frozen=True)
class Preferences:
    """What the user's settings change in every session (``None``: what the routine says)."""

    prepare: int | None = None
    """Get-ready seconds before each exercise."""
    pace: Pace | None = None
    """Counted or self-paced reps, for every exercise."""
    position_change: int | None = None
    """Seconds added to a get-ready for each step of a change of position (down to the mat, onto all fours)."""
    gentler: bool = False
    """Every high-impact move swapped for the gentler move the exercise library names (or left out)."""


def apply_preferences(routine: Routine, *, prepare: int | None = None, pace: Pace | None = None,
                      position_change: int | None = None) -> Routine:
    """``routine`` with every prepare set to ``prepare`` seconds, every exercise at ``pace``, and
    ``position_change`` seconds added to a get-ready for each step of a change of position."""
    if prepare is None and pace is None and position_change is None:
        return routine
    from .durations import Range

    defaults = routine.defaults
    if prepare is not None:
        defaults = replace(defaults, prepare=Range.single(prepare))
    if pace is not None:
        defaults = replace(defaults, pace=pace)
    if position_change is not None:
        defaults = replace(defaults, position_change=Range.single(position_change))
    blocks = tuple(
        replace(
            block,
            exercises=tuple(
                replace(
                    exercise,
                    timing=replace(
                        exercise.timing,
                        prepare=None if prepare is not None else exercise.timing.prepare,
                        pace=None if pace is not None else exercise.timing.pace,
                        position_change=None if position_change is not None else exercise.timing.position_change,
                    ),
                )
                for exercise in block.exercises
            ),
        )
        for block in routine.blocks
    )
    return replace(routine, defaults=defaults, blocks=blocks)
