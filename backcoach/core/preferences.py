"""The user's own session preferences, applied to a routine before it is expanded.

People set a longer get-ready time, more (or less) time to change position, or prefer to press Done
after each set rather than follow the counted pace. These override what the routine says, everywhere in
it, and never change the file.
"""

from __future__ import annotations

from dataclasses import replace

from .durations import Range
from .model import Pace, Routine


def apply_preferences(routine: Routine, *, prepare: int | None = None, pace: Pace | None = None,
                      position_change: int | None = None) -> Routine:
    """``routine`` with every prepare set to ``prepare`` seconds, every exercise at ``pace``, and
    ``position_change`` seconds added to a get-ready for each step of a change of position."""
    if prepare is None and pace is None and position_change is None:
        return routine
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
