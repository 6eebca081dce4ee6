"""How doses and ranges are written for people (tables, previews). Spoken forms live with the cues."""

from __future__ import annotations

from .durations import Range, format_seconds
from .model import Count, Exercise, count_most


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


def dose_text(exercise: Exercise) -> str:
    """An exercise's dose as a coach writes it: ``3 × 12 reps per side``, ``hold 30 s-1 min``."""
    parts: list[str] = []
    if exercise.reps is not None:
        parts.append(f"{range_text(exercise.reps)} reps")
    if exercise.hold is not None:
        held = range_text(exercise.hold, "s")
        parts.append(f"hold {held}" if exercise.reps is None else f"{held} hold each")
    text = ", ".join(parts)
    if count_most(exercise.sets) > 1:
        text = f"{count_text(exercise.sets)} × {text}"
    if exercise.per is not None:
        text += f" per {exercise.per.value}"
    return text
