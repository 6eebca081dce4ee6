"""The user's own session preferences, applied to a routine before it is expanded.

People set a longer get-ready time, or prefer to press Done after each set rather than follow the
counted pace. These override what the routine says, everywhere in it, and never change the file.
The settings store loads and saves them (with the rest of the settings); the core only reads them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .durations import Range
from .model import Pace, Routine


@dataclass(frozen=True)
class Preferences:
    """What the user's settings change in every session (``None``: what the routine says)."""

    prepare: int | None = None
    """Get-ready seconds before each exercise."""
    pace: Pace | None = None
    """Counted or self-paced reps, for every exercise."""


def apply_preferences(routine: Routine, *, prepare: int | None = None, pace: Pace | None = None) -> Routine:
    """``routine`` with every prepare set to ``prepare`` seconds and every exercise at ``pace``."""
    if prepare is None and pace is None:
        return routine
    defaults = routine.defaults
    if prepare is not None:
        defaults = replace(defaults, prepare=Range.single(prepare))
    if pace is not None:
        defaults = replace(defaults, pace=pace)
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
                    ),
                )
                for exercise in block.exercises
            ),
        )
        for block in routine.blocks
    )
    return replace(routine, defaults=defaults, blocks=blocks)
