"""Durations, counts and ranges as people write them, and how a level picks from a range.

Routines are written by hand, so durations are accepted in the forms people use (``30s``, ``45 sec``,
``2 min``, ``1m30s``, ``1:30``, ``5 minutes``) and ranges like ``30-60s``. Anything else is rejected with
a message that says what *is* accepted, rather than guessed at.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

MAX_DURATION_SECONDS = 4 * 3600
MAX_REPS = 1000


class Level(StrEnum):
    """How hard a session is; it picks a value from every range in the routine."""

    EASY = "easy"
    INTERMEDIATE = "intermediate"
    ADVANCED = "advanced"

    @classmethod
    def parse(cls, text: str) -> Level:
        try:
            return cls(text.strip().lower())
        except ValueError:
            raise ValueError(f"level must be easy, intermediate or advanced, not {text!r}") from None


@dataclass(frozen=True)
class Range:
    """A closed range of whole numbers (seconds or reps); ``low == high`` for a single value."""

    low: int
    high: int

    def __post_init__(self) -> None:
        if self.low > self.high:
            raise ValueError(f"range {self.low}-{self.high} is reversed")

    @property
    def is_single(self) -> bool:
        return self.low == self.high

    def at(self, level: Level) -> int:
        """The value a level takes: easy the low end, advanced the high end, intermediate the middle.

        The middle rounds halves up (``6-11`` gives 9) so that intermediate is never easier than the
        arithmetic mean.
        """
        if level is Level.EASY:
            return self.low
        if level is Level.ADVANCED:
            return self.high
        return math.ceil((self.low + self.high) / 2)

    @classmethod
    def single(cls, value: int) -> Range:
        return cls(value, value)


class ValueProblem(ValueError):
    """A value that cannot be read; the message is written for the user."""


_UNITS: dict[str, int] = {}
for _names, _factor in (
    (("s", "sec", "secs", "second", "seconds"), 1),
    (("m", "min", "mins", "minute", "minutes"), 60),
    (("h", "hr", "hrs", "hour", "hours"), 3600),
):
    for _name in _names:
        _UNITS[_name] = _factor

_PART = re.compile(r"([0-9]+(?:\.[0-9]+)?)\s*([a-z]+)")
_CLOCK = re.compile(r"([0-9]+):([0-5][0-9])(?::([0-5][0-9]))?")
_RANGE_SPLIT = re.compile(r"\s*(?:-|–|—|\bto\b)\s*")
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_DIGITS = re.compile(r"[0-9]+")

DURATION_HELP = "write seconds as a whole number or text like 30s, 45 sec, 2 min, 1m30s or 1:30"


def _unit_of(text: str) -> str | None:
    """The unit word a duration ends with, if any (``20`` has none, ``20 min`` has ``min``)."""
    match = re.search(r"([a-z]+)\s*$", text)
    return match.group(1) if match else None


def parse_seconds(text: str, *, default_unit: str = "s") -> int:
    """Parse one duration (not a range) to whole seconds.

    ``default_unit`` applies to a bare number; it lets ``20-30 min`` read its ``20`` as minutes.
    """
    value = text.strip().lower()
    if not value:
        raise ValueProblem(f"a duration is empty; {DURATION_HELP}")
    clock = _CLOCK.fullmatch(value)
    if clock:
        first, second, third = clock.groups()
        if third is None:
            return int(first) * 60 + int(second)
        return int(first) * 3600 + int(second) * 60 + int(third)
    if _NUMBER.fullmatch(value):
        return _whole(Fraction(value) * _UNITS[default_unit], text)
    total = Fraction(0)
    position = 0
    compact = value.replace(" and ", " ").replace(",", " ")
    units_seen: list[int] = []
    for match in _PART.finditer(compact):
        if compact[position : match.start()].strip():
            raise ValueProblem(f"{text!r} is not a duration; {DURATION_HELP}")
        unit = match.group(2)
        if unit not in _UNITS:
            raise ValueProblem(f"{unit!r} is not a unit of time in {text!r}; {DURATION_HELP}")
        factor = _UNITS[unit]
        if units_seen and factor >= units_seen[-1]:
            raise ValueProblem(f"{text!r} is not a duration: write larger units first, like 1m30s")
        units_seen.append(factor)
        total += Fraction(match.group(1)) * factor
        position = match.end()
    if position == 0 or compact[position:].strip():
        raise ValueProblem(f"{text!r} is not a duration; {DURATION_HELP}")
    return _whole(total, text)


def _whole(seconds: Fraction, text: str) -> int:
    """Exact arithmetic: ``1.1 h`` is 3960 s, not 3960.0000000000005."""
    if seconds.denominator != 1:
        raise ValueProblem(f"{text!r} is not a whole number of seconds")
    return int(seconds)


def parse_duration_range(text: str) -> Range:
    """Parse a duration or a range of durations (``30s``, ``30-60s``, ``20-30 min``, ``1:00-1:30``).

    A unit written only after the high end applies to both ends, as people read ``20-30 minutes``.
    """
    value = text.strip().lower()
    parts = _split_range(value)
    if parts is None:
        return Range.single(parse_seconds(value))
    low_text, high_text = parts
    high_unit = _unit_of(high_text)
    default_unit = high_unit if high_unit in _UNITS and _unit_of(low_text) is None else "s"
    low = parse_seconds(low_text, default_unit=default_unit)
    high = parse_seconds(high_text)
    if low > high:
        raise ValueProblem(f"the range {text.strip()!r} is reversed: write the smaller value first")
    return Range(low, high)


def _split_range(value: str, example: str = "30-60s") -> tuple[str, str] | None:
    if value.startswith(("-", "–", "—")) and _RANGE_SPLIT.split(value)[1:2] != [""]:
        raise ValueProblem(f"{value!r} is negative; a value cannot be less than 0")
    pieces = _RANGE_SPLIT.split(value)
    if len(pieces) == 1:
        return None
    if len(pieces) != 2 or not pieces[0] or not pieces[1]:
        raise ValueProblem(f"{value!r} is not a range; write it like {example}")
    return pieces[0], pieces[1]


def parse_count_range(text: str) -> Range:
    """Parse a reps range written as text (``6-12``); single counts arrive as YAML integers."""
    value = text.strip()
    parts = _split_range(value.lower(), "6-12")
    if parts is None or not all(_DIGITS.fullmatch(p) for p in parts):
        raise ValueProblem(f"{value!r} is not a whole number or a range like 6-12")
    low, high = int(parts[0]), int(parts[1])
    if low > high:
        raise ValueProblem(f"the range {value!r} is reversed: write the smaller number first")
    return Range(low, high)


def format_seconds(seconds: int) -> str:
    """Short clock-like text for tables: ``45 s``, ``2 min``, ``1 min 30 s``, ``1 h 5 min``."""
    if seconds < 60:
        return f"{seconds} s"
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    parts = []
    if hours:
        parts.append(f"{hours} h")
    if minutes:
        parts.append(f"{minutes} min")
    if secs:
        parts.append(f"{secs} s")
    return " ".join(parts)
