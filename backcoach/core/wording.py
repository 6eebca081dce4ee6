"""How doses, ranges, levels and lengths are written for people (tables, previews). Spoken forms live with
the cues (:mod:`backcoach.core.spoken`)."""

from __future__ import annotations

from .durations import Level, Range, format_seconds
from .exercise_library import ExerciseLibrary
from .model import Count, Exercise, LevelChange, Per, Routine, Sides, count_most
from .timeline import ResolvedExercise, level_matters, resolve


def plural(count: int, word: str) -> str:
    """``1 exercise``, ``3 exercises``: for the words BackCoach counts, which all take an ``s``."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def range_text(value: Range, unit: str = "") -> str:
    """``15``, ``6-12``; with ``unit="s"`` durations read ``30 s``, ``30 s-1 min``."""
    if unit == "s":
        if value.is_single:
            return format_seconds(value.low)
        return f"{format_seconds(value.low)}–{format_seconds(value.high)}"
    return str(value.low) if value.is_single else f"{value.low}-{value.high}"


def count_text(value: Count) -> str:
    """A number of sets or rounds: ``3``, ``2-3``."""
    return str(value) if isinstance(value, int) else range_text(value)


def rounds_text(value: Count) -> str:
    """A block's rounds as a heading suffix (`` — 2 rounds``), empty for a block done once."""
    return f" — {count_text(value)} rounds" if count_most(value) > 1 else ""


def sides_text(per: Per | None, sides: Sides | None, sets: int) -> str:
    """How a one-sided move is done, after its dose: ``per leg``, ``each side, alternating``, ``per leg, all
    sets on one leg first``; empty for a move that works both sides at once."""
    if per is None:
        return ""
    word = per.value
    if sides is Sides.ALTERNATING:
        return f"each {word}, alternating"
    if sides is Sides.ALL_SETS and sets > 1:
        return f"per {word}, all sets on one {word} first"
    return f"per {word}"


def dose_text(exercise: Exercise, per: Per | None = None, sides: Sides | None = None) -> str:
    """An exercise's dose as a coach writes it: ``3 × 12 reps per side``, ``hold 30 s-1 min``.

    ``per`` and ``sides`` are how the move is really done (from the exercise library when the routine does
    not say); by default, what the routine itself writes.
    """
    parts: list[str] = []
    if exercise.reps is not None:
        parts.append(f"{range_text(exercise.reps)} reps")
    if exercise.hold is not None:
        held = range_text(exercise.hold, "s")
        parts.append(f"hold {held}" if exercise.reps is None else f"{held} hold each")
    text = ", ".join(parts)
    if count_most(exercise.sets) > 1:
        text = f"{count_text(exercise.sets)} × {text}"
    how = sides_text(per or exercise.per, sides or exercise.sides, count_most(exercise.sets))
    return f"{text} {how}" if how else text


def resolved_dose_text(r: ResolvedExercise) -> str:
    """The dose a session gives at one level: ``3 × 12 reps``, ``2 × 45 s``, ``10 reps, 5 s hold each``."""
    if r.reps is not None:
        text = f"{r.reps} reps" + (f", {format_seconds(r.hold)} hold each" if r.hold is not None else "")
    else:
        assert r.hold is not None
        text = format_seconds(r.hold)
    return f"{r.sets} × {text}" if r.sets > 1 else text


def level_change_text(level: Level, change: LevelChange) -> str:
    """``easy: one set fewer (exercises of 2 sets or more), 10 s shorter holds``."""
    parts: list[str] = []
    if change.sets:
        many = abs(change.sets)
        word = ("one set" if many == 1 else f"{many} sets") + (" more" if change.sets > 0 else " fewer")
        parts.append(f"{word} (exercises of 2 sets or more)")
    if change.reps:
        many = abs(change.reps)
        parts.append(("1 rep" if many == 1 else f"{many} reps") + (" more" if change.reps > 0 else " fewer"))
    if change.hold:
        parts.append(f"holds {format_seconds(abs(change.hold))} " + ("longer" if change.hold > 0 else "shorter"))
    return f"{level.value}: " + ", ".join(parts)


def level_changes(routine: Routine, library: ExerciseLibrary | None = None) -> list[str]:
    """What choosing a level changes, one line each, for the preview; ``[]`` when nothing does (the routine
    truly has one level).

    The first lines are the routine's own rule (``levels:``); then each exercise whose dose or rest differs
    between levels, as ``Plank hold: 3 × 30 s · 3 × 45 s · 3 × 1 min`` (easy · intermediate · advanced).
    """
    if not level_matters(routine, library):
        return []
    lines = [level_change_text(level, change) for level, change in routine.levels if not change.is_none]
    for exercise in dict.fromkeys(routine.exercises):
        doses: list[str] = []
        for level in Level:
            r = resolve(exercise, routine.defaults, level, library, routine.level_change(level))
            text = resolved_dose_text(r)
            if r.sets > 1:
                text += f", rest {format_seconds(r.rest)}"
            doses.append(text)
        if len(set(doses)) > 1:
            lines.append(f"{exercise.name}: " + " · ".join(doses))
    return lines


ONE_LEVEL = "One level: this routine is the same at every level."


def length_text(estimate: int, stated: Range | None) -> str:
    """A session's length for the library and preview, with what its source says when it says:
    ``about 18 min 40 s at a steady pace; the source says 10 min``."""
    own = f"about {format_seconds(estimate)} at a steady pace"
    if stated is None:
        return own
    return f"{own}; the source says {range_text(stated, 's')}"
