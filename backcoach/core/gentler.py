"""High-impact moves and the gentler moves that take their place.

The articles warn that high-impact activities such as jumping can aggravate back pain, and a class may
open with a depth jump. The exercise library marks such a move (``impact: high``) and names a gentler one
of the same purpose (``gentler``). A person can swap it before (or while) it comes up with one key, or
have every session swap it; the gentler move keeps the routine's dose, sets and rests and is done the
library's way (its own pace, position and sides). A move with no gentler one named is left out instead.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .durations import Level
from .exercise_library import ExerciseLibrary
from .model import Block, Exercise, Routine
from .timeline import Step, Timeline, expand


def _gentler_exercise(exercise: Exercise, library: ExerciseLibrary) -> Exercise | None:
    """The gentler move in ``exercise``'s place (``None``: the library names none, so the move is left out)."""
    entry = library.find(exercise.name)
    gentler = library.find(entry.gentler) if entry is not None and entry.gentler else None
    if gentler is None:
        return None
    note = f"In place of {exercise.name.lower()}, a high-impact move."
    return replace(exercise, name=gentler.name, per=None, sides=None, position=None, instructions=None, muscles=(),
                   equipment=(), figure=None, note=note + (f" {exercise.note}" if exercise.note else ""))


def is_high_impact(exercise: Exercise, library: ExerciseLibrary) -> bool:
    entry = library.find(exercise.name)
    return entry is not None and entry.high_impact


def with_gentler(routine: Routine, library: ExerciseLibrary, only: int | None = None) -> Routine | None:
    """``routine`` with its high-impact moves (or only the exercise at flat index ``only``) swapped for their
    gentler moves, or left out where the library names none. ``None`` when nothing would be left."""
    blocks: list[Block] = []
    flat = 0
    for block in routine.blocks:
        kept: list[Exercise] = []
        for exercise in block.exercises:
            if (only is None or only == flat) and is_high_impact(exercise, library):
                swapped = _gentler_exercise(exercise, library)
                if swapped is not None:
                    kept.append(swapped)
            else:
                kept.append(exercise)
            flat += 1
        if kept:
            blocks.append(replace(block, exercises=tuple(kept)))
    if not blocks:
        return None
    return replace(routine, blocks=tuple(blocks))


@dataclass(frozen=True)
class Swap:
    """A session going on with a gentler move: the new routine and timeline, and the step to go to."""

    routine: Routine
    timeline: Timeline
    index: int


def swap_target(steps: tuple[Step, ...], index: int) -> Step | None:
    """The high-impact move the skip key acts on at step ``index``: the current step's move, or the move whose
    get-ready comes next (during the rest before it)."""
    if not 0 <= index < len(steps):
        return None
    current = steps[index]
    if current.high_impact:
        return current
    following = steps[index + 1] if index + 1 < len(steps) else None
    if following is not None and following.high_impact and following.exercise_index != current.exercise_index:
        return following
    return None


def swap_in_session(routine: Routine, library: ExerciseLibrary, timeline: Timeline, index: int,
                    level: Level | None = None) -> Swap | None:
    """What pressing the skip key at step ``index`` of ``timeline`` does: the session goes on with the gentler
    move's get-ready, or (none named) with what follows the high-impact move. ``None`` when no high-impact
    move is current or next."""
    steps = timeline.steps
    target = swap_target(steps, index)
    if target is None:
        return None
    occurrence = [s for s in steps if s.exercise_index == target.exercise_index and s.round == target.round]
    swapped = with_gentler(routine, library, only=target.exercise_index)
    if swapped is None:
        return None
    gentler = _gentler_exercise(routine.exercises[target.exercise_index], library)
    if gentler is None:  # left out: the same session, from what follows the move
        after = occurrence[-1].index + 1
        return Swap(routine, timeline, after) if after < len(steps) else None
    new = expand(swapped, level or timeline.level, library)
    # The gentler move keeps the exercise's place (its flat index and round): go to its first step.
    begin = next(s.index for s in new.steps if s.exercise_index == target.exercise_index and s.round == target.round)
    return Swap(swapped, new, begin)
