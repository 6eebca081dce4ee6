"""How doses and ranges are written for people (tables, previews). Spoken forms live with the cues."""

from __future__ import annotations

from .durations import Range, format_seconds
from .model import Exercise


def range_text(value: Range, unit: str = "") -> str:
    """``15``, ``6-12``; with ``unit="s"`` durations read ``30 s``, ``30 s-1 min``."""
    if unit == "s":
        if value.is_single:
            return format_seconds(value.low)
        return f"{format_seconds(value.low)}–{format_seconds(value.high)}"
    return str(value.low) if value.is_single else f"{value.low}-{value.high}"


def dose_text(exercise: Exercise) -> str:
    """An exercise's dose as a coach writes it: ``3 × 12 reps per side``, ``hold 30 s-1 min``."""
    parts: list[str] = []
    if exercise.reps is not None:
        parts.append(f"{range_text(exercise.reps)} reps")
    if exercise.hold is not None:
        held = range_text(exercise.hold, "s")
        parts.append(f"hold {held}" if exercise.reps is None else f"{held} hold each")
    text = ", ".join(parts)
    if exercise.sets > 1:
        text = f"{exercise.sets} × {text}"
    if exercise.per is not None:
        text += f" per {exercise.per.value}"
    return text
