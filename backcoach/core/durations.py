"""Durations, counts and ranges as people write them, and how a level picks from a range.

Routines are written by hand, so durations are accepted in the forms people use (``30s``, ``45 sec``,
``2 min``, ``1m30s``, ``1:30``, ``5 minutes``) and ranges like ``30-60s``. Anything else is rejected with
a message that says what *is* accepted, rather than guessed at.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .choices import Level as Level  # defined there, so that settings load without the rest of the core

if TYPE_CHECKING:
    from fractions import Fraction

MAX_DURATION_SECONDS = 4 * 3600
MAX_REPS = 1000
MAX_VALUE_CHARS = 100
"""The longest duration or range text read: real ones are under 30 characters ("1 min 30 s - 2 min")."""
MAX_NUMBER_DIGITS = 18
"""More digits than any count or duration can have. ``int()`` refuses 4,301 digits and is quadratic below
that, so numbers are measured before they are converted."""


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

# Reading a value takes time linear in its length. A pattern that repeats (``[0-9]+``, ``\s*``) is only
# matched at one place (``match``/``fullmatch``), and possessively (``++``, ``*+``: it never gives back what
# it took); the range separator, which is searched for, is one character or one word. A repeating pattern
# tried from every position of a long value is quadratic, and a file may hold a megabyte of one value.
# The values are also capped (MAX_VALUE_CHARS), which keeps messages short and numbers small.
_PART = re.compile(r"\s*+([0-9]++(?:\.[0-9]++)?+)\s*+([a-z]++)\s*+")
_CLOCK = re.compile(r"([0-9]++):([0-5][0-9])(?::([0-5][0-9]))?+")
_RANGE_SEPARATOR = re.compile(r"-|–|—|\bto\b")
_NUMBER = re.compile(r"[0-9]++(?:\.[0-9]++)?+")
_DIGITS = re.compile(r"[0-9]++")

DURATION_HELP = "write seconds as a whole number or text like 30s, 45 sec, 2 min, 1m30s or 1:30"


def whole_number(digits: str, what: str = "a count") -> int:
    """ASCII digits as an int, refusing a number longer than any real one with a message for the user.

    ``what`` names what the number should have been (``a count``, ``a duration``).
    """
    significant = digits.lstrip("0") or "0"
    if len(significant) > MAX_NUMBER_DIGITS:
        raise ValueProblem(f"a number this long ({len(digits):,} digits) is not {what}")
    return int(significant)


def _check_length(value: str, what: str, example: str) -> None:
    """Refuse a value longer than any real one before it is parsed: the message stays short and the
    parse bounded."""
    if len(value) <= MAX_VALUE_CHARS:
        return
    if _DIGITS.fullmatch(value):
        whole_number(value, what)
    raise ValueProblem(f"this value is {len(value):,} characters long, too long to be {what}; write it like {example}")


def _unit_of(text: str) -> str | None:
    """The unit word a duration ends with, if any (``20`` has none, ``20 min`` has ``min``)."""
    stripped = text.rstrip()
    start = len(stripped)
    while start > 0 and "a" <= stripped[start - 1] <= "z":
        start -= 1
    return stripped[start:] or None


def parse_seconds(text: str, *, default_unit: str = "s") -> int:
    """Parse one duration (not a range) to whole seconds.

    ``default_unit`` applies to a bare number; it lets ``20-30 min`` read its ``20`` as minutes.
    """
    value = text.strip().lower()
    if not value:
        raise ValueProblem(f"a duration is empty; {DURATION_HELP}")
    _check_length(value, "a duration", "30s or 1m30s")
    clock = _CLOCK.fullmatch(value)
    if clock:
        first, second, third = clock.groups()
        if third is None:
            return whole_number(first, "a duration") * 60 + int(second)
        return whole_number(first, "a duration") * 3600 + int(second) * 60 + int(third)
    from fractions import Fraction  # only for text read from YAML: the app starts from parsed routines

    if _NUMBER.fullmatch(value):
        _number_digits(value)
        return _whole(Fraction(value) * _UNITS[default_unit], text)
    total = Fraction(0)
    position = 0
    compact = value.replace(" and ", " ").replace(",", " ")
    units_seen: list[int] = []
    while position < len(compact):
        match = _PART.match(compact, position)
        if match is None:
            raise ValueProblem(f"{text!r} is not a duration; {DURATION_HELP}")
        _number_digits(match.group(1))
        unit = match.group(2)
        if unit not in _UNITS:
            raise ValueProblem(f"{unit!r} is not a unit of time in {text!r}; {DURATION_HELP}")
        factor = _UNITS[unit]
        if units_seen and factor >= units_seen[-1]:
            raise ValueProblem(f"{text!r} is not a duration: write larger units first, like 1m30s")
        units_seen.append(factor)
        total += Fraction(match.group(1)) * factor
        position = match.end()
    return _whole(total, text)


def _number_digits(number: str) -> None:
    """A decimal number's whole part, measured before ``Fraction`` converts it."""
    whole_number(number.partition(".")[0], "a duration")


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
    _check_length(value, "a duration", "30s or 30-60s")
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
    # The separator is found on its own and the spaces around it stripped afterwards: a pattern with
    # ``\s*`` on both sides would rescan a run of spaces from each of its positions.
    pieces = [piece.strip() for piece in _RANGE_SEPARATOR.split(value)]
    if value.startswith(("-", "–", "—")) and pieces[1:2] != [""]:
        raise ValueProblem(f"{value!r} is negative; a value cannot be less than 0")
    if len(pieces) == 1:
        return None
    if len(pieces) != 2 or not pieces[0] or not pieces[1]:
        raise ValueProblem(f"{value!r} is not a range; write it like {example}")
    return pieces[0], pieces[1]


def written_as_range(text: str) -> bool:
    """Whether a value is written as a range (``2-3``, ``2 to 3``): one search for the one separator the
    parsers split at, so ``sets`` and ``rounds`` read a range exactly where reps and durations would."""
    return _RANGE_SEPARATOR.search(text.lower()) is not None


def parse_count_range(text: str) -> Range:
    """Parse a reps range written as text (``6-12``); single counts arrive as YAML integers."""
    value = text.strip()
    _check_length(value, "a count", "6-12")
    parts = _split_range(value.lower(), "6-12")
    if parts is None or not all(_DIGITS.fullmatch(p) for p in parts):
        raise ValueProblem(f"{value!r} is not a whole number or a range like 6-12")
    low, high = whole_number(parts[0]), whole_number(parts[1])
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
