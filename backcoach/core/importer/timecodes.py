"""A class given as a list of timecodes (a streaming class's "class plan", a video's chapters): each move's
work is the time from its mark to the next one.

Such a page does not say a dose at all: it lists where each move starts in the class (``04:30  Bird Dog
(Right)``, ``0:00 Warm-up``), and the dose is the gap to the next mark. Read line by line those are moves
named after a clock time; what they mean is a timed class. :func:`timecode_class` reads the list and says it
in the words the rest of the importer reads, as :mod:`.timers` does for a timer's export: a part's heading
(a mark at the same time as the next one is the part it starts: ``04:30  Core`` then ``04:30  Dead Bug``), an
item ``Dead Bug – 2 min``, each at the line of the mark it comes from. A mark of a rest (``Rest``, ``Water
break``) is the rest after the move before it; one of talk (``Intro``, ``Outro``) or the class's end
(``20:00  End``) is no move. Two marks in a row of one move and its two sides (``Bird Dog (Right)``, ``Bird
Dog (Left)``) are that move each side.

A list of fewer than :data:`MIN_MARKS` marks, or whose times go back, start late or leave more than
:data:`MAX_GAP` seconds between two marks (a day's timetable, not a class), is no class and is left as it
is; so is a video's list of chapters: one whose marks say their own doses (``0:45 Cat-cow x 10``), or that
neither marks the class's end nor plans it (no part's mark, no move's sides), the talk between its moves
being part of their time. One pass over the lines and one over the marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from .timers import SIDE, TimerLine, TimerWorkout, duration_text, other_side, timed_dose

MIN_MARKS = 4
MAX_GAP = 20 * 60
"""The longest one move of a class lasts; a longer gap is a timetable's."""
MAX_START = 60
"""A class's list starts at its beginning (a video's chapters at 0:00); one starting later is something else
(``07:00  Breakfast``, a day's timetable)."""

_MARK = re.compile(r"^\s*(?:[-*•·]\s+)?[\[(]?(?P<time>(?:\d{1,2}:)?\d{1,2}:\d\d)[\])]?\s*(?:[-–—|·:]\s*)?"
                   r"(?P<name>[^\W\d_].{0,120}?)\s*$")
"""One mark: its timecode (``04:30``, ``1:02:15``, ``[12:00]``) and what starts there."""
_REST = re.compile(r"^(?:rest|water\s+break|break|breather|recover(?:y)?|pause|transition|drink\s+break)\b",
                   re.IGNORECASE)
_NO_MOVE = re.compile(r"^(?:end|the\s+end|finish(?:ed)?|done|class\s+(?:ends?|over|complete)|outro|intro(?:duction)?|"
                      r"welcome|wrap[\s-]?up|closing|thanks?\b|thank\s+you|q\s?&\s?a|final\s+thoughts)\b",
                      re.IGNORECASE)
_DOSE = re.compile(r"\b\d{1,3}\s?(?:x|×|reps?|repetitions|sec|secs|seconds|s|min|mins|minutes|breaths|rounds?|"
                   r"each|/\s?side)\b|\b(?:x|×)\s?\d", re.IGNORECASE)
"""A dose in a mark's own words (``Cat-cow x 10``, ``Child's pose 45 sec``)."""
_CLOCK = re.compile(r"^(?:am|pm|a\.m\.|p\.m\.)\b", re.IGNORECASE)
"""``6:00 AM``: a time of day, not a mark in a class."""


@dataclass(frozen=True)
class Mark:
    index: int
    """0-based line index in the article."""
    seconds: int
    name: str


def _seconds(text: str) -> int:
    total = 0
    for part in text.split(":"):
        total = total * 60 + int(part)
    return total


def timecode_class(lines: list[str]) -> TimerWorkout | None:
    """The timecoded list of a class in the importer's words (see the module's description); ``None`` when
    the text has no such list."""
    runs: list[list[Mark]] = [[]]
    """The mark lines, in runs unbroken by other text (blank lines do not break one) and whose times never
    go back."""
    for index, raw in enumerate(lines):
        found = _MARK.match(raw) if len(raw) <= 200 else None
        if found is not None and not _CLOCK.match(found.group("name")):
            mark = Mark(index, _seconds(found.group("time")), found.group("name").strip())
            if runs[-1] and mark.seconds < runs[-1][-1].seconds:
                runs.append([])
            runs[-1].append(mark)
        elif raw.strip() and runs[-1]:
            runs.append([])
    marks = max(runs, key=len)
    if len(marks) < MIN_MARKS or marks[0].seconds > MAX_START \
            or any(b.seconds - a.seconds > MAX_GAP for a, b in pairwise(marks)):
        return None
    moves = [m for m in marks if not _NO_MOVE.match(m.name) and not _REST.match(m.name)]
    if sum(1 for m in moves if _DOSE.search(m.name)) * 4 >= len(moves):
        return None  # "0:45 Cat-cow x 10": a video's chapters, each move dosed in its own words
    ended = _NO_MOVE.match(marks[-1].name) is not None
    planned = any(a.seconds == b.seconds or SIDE.search(a.name) for a, b in pairwise(marks))
    if not (ended or planned):
        return None  # a video's chapters: where each move starts, and the talk between them
    out = list(lines)
    for mark in marks:
        out[mark.index] = ""
    workout = TimerWorkout(out)
    index = 0
    while index < len(marks):
        mark = marks[index]
        following = marks[index + 1] if index + 1 < len(marks) else None
        index += 1
        if following is None or _NO_MOVE.match(mark.name) or _REST.match(mark.name):
            continue
        if following.seconds == mark.seconds:
            workout.said.append(TimerLine(mark.index + 1, 2, mark.name))  # a part: its first move starts here
            continue
        seconds, name, sided = following.seconds - mark.seconds, mark.name, False
        after = marks[index + 1] if index + 1 < len(marks) else None
        paired = other_side(name, following.name) if after is not None else None
        if paired is not None and after is not None:
            name, sided = paired, True
            index += 1
            following = after
        dose = timed_dose(name, seconds, sided)
        nxt = marks[index + 1] if index + 1 < len(marks) else None
        if _REST.match(following.name) and nxt is not None and nxt.seconds > following.seconds:
            dose += f", rest {duration_text(nxt.seconds - following.seconds)} before the next exercise"
        workout.said.append(TimerLine(mark.index + 1, 0, f"{name} – {dose}"))
    if not any(line.level == 0 for line in workout.said):
        return None
    return workout
