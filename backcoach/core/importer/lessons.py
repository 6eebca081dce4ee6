"""A lesson plan's or class plan's timed table, pasted as text: the activity column is the class.

A teacher's plan sets the lesson in columns: when (``0–5``, ``17–37``), what the class does (``PULSE RAISER`` /
``Jog around the hall, 3 minutes.``), how the room is organised (``Whole hall, anticlockwise``) and what the
teacher says (``Heel flicks on whistle``). Only the activity column says what to do and how much; the others,
set beside it line by line, would run into its words if read across. So the activity column is kept, each line
in place, and the rest blanked: what is left reads as any handout does (a heading per part, its moves under it).
Lines keep their numbers.
"""

from __future__ import annotations

import re

_CELL = re.compile(r"\S(?: ?\S)*")
"""A header's cell: words apart by single spaces (two or more end it)."""
_TIME_HEADER = re.compile(r"^(?:time|timing|timings|mins?|minutes|duration|when)(?:\s?\(.{0,8}\))?$", re.IGNORECASE)
_ACTIVITY_HEADER = re.compile(r"^(?:activity|activities|content|task|tasks|what we do|lesson activity)$", re.IGNORECASE)
_OTHER_HEADER = re.compile(r"^(?:organi[sz]ation|teaching points?|coaching points?|key points?|resources?|equipment|"
                           r"differentiation|notes?|assessment|teacher|students?|pupils?|safety|cues?)$",
                           re.IGNORECASE)
_RULE = re.compile(r"^\s*[-=─━_]{10,}\s*$")
MAX_LESSON_LINES = 400
"""A plan longer than this is read no further as one (each line is looked at once)."""


def lesson_lines(lines: list[str]) -> list[str]:
    """The lines with a lesson plan's table cut to its activity column; other text is returned as it is."""
    out: list[str] | None = None
    index = 0
    count = len(lines)
    while index < min(count, 20000):
        cells = list(_CELL.finditer(lines[index])) if len(lines[index]) <= 400 else []
        if not _is_header([cell.group() for cell in cells]):
            index += 1
            continue
        if out is None:
            out = list(lines)
        start = cells[1].start()
        stop = cells[2].start()
        out[index] = ""
        at = index + 1
        blanks = 0
        kept: int | None = None
        """The line the last words were set on: a line that goes on with its sentence is joined to it."""
        while at < count and at - index < MAX_LESSON_LINES:
            line = lines[at]
            if _RULE.match(line):
                out[at] = ""
                if at > index + 1:
                    break  # the rule under the table
                at += 1
                continue
            if not line.strip():
                blanks += 1
                if blanks >= 2:
                    break
                at += 1
                continue
            blanks = 0
            words = _activity(line, start, stop)
            if kept is not None and _wrapped(out[kept], words):
                out[kept] = f"{out[kept].rstrip()} {words.strip()}"  # a sentence wrapped in the narrow column
                out[at] = ""
            else:
                out[at] = words
                kept = at if words.strip() else kept
            at += 1
        index = at + 1
    return out if out is not None else lines


def _is_header(cells: list[str]) -> bool:
    return (len(cells) >= 3 and bool(_TIME_HEADER.match(cells[0])) and bool(_ACTIVITY_HEADER.match(cells[1]))
            and all(_OTHER_HEADER.match(cell) for cell in cells[2:]))


def _wrapped(previous: str, words: str) -> bool:
    """Whether the words go on with the sentence above them: they start in lower case or with a bracket
    (``(water) between the two circuits.``), or the line above ends with a comma; never a new bullet."""
    text = words.strip()
    return bool(text) and bool(previous.strip()) and not previous.rstrip().endswith((".", ":", "!", "?")) \
        and (text[0].islower() or text[0] == "(" or previous.rstrip().endswith(","))


def _activity(line: str, start: int, stop: int) -> str:
    """The line's words in the activity column: from its start to the next column's, or on to the next wide gap
    when a word runs across the column's edge."""
    end = stop
    if end < len(line) and not line[end - 1].isspace() and not line[end].isspace():
        gap = line.find("  ", end)
        end = gap if gap >= 0 else len(line)
    return line[start:end].rstrip()
