"""The user's own session preferences, applied to a routine before it is expanded.

People set a longer get-ready time, or prefer to press Done after each set rather than follow the
counted pace. These override what the routine says, everywhere in it, and never change the file.
"""

from __future__ import annotations

from dataclasses import replace

from .durations import Range
from .model import Pace, Routine


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
