"""The named choices a user makes in Settings and beside the routine list: the level, the pace of reps, the
verbosity of the coach.

They live here, in a module that imports nothing but :mod:`enum`, so that the settings can be read and the
routine list built at start-up before the rest of the core is imported (docs/architecture.md, "Start-up
order"). Their usual homes (:mod:`.durations`, :mod:`.model`, :mod:`.cue_types`) import them from here, so
either name works.
"""

from __future__ import annotations

from enum import StrEnum


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


class Pace(StrEnum):
    """Who sets the rhythm of reps: the coach counts them, or the user presses Done."""

    COUNTED = "counted"
    SELF = "self"


class Verbosity(StrEnum):
    FULL = "full"  # counts every rep
    STANDARD = "standard"  # names, halfway, 10 s, ticks
    BEEPS = "beeps"  # beeps only
    SILENT = "silent"
