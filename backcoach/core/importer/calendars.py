"""A calendar of days: a challenge's or a plan's table with a cell a day ("Day 1" over its moves, one a line).

A "30-day challenge" prints its month as a table, a week a row: each cell opens with its day ("Day 1") and lists
that day's moves under it, one a line (``<br>``, a paragraph or a list item each), and a rest day says so ("Day 7",
"REST DAY", "gentle walk if you like"). Read as rows, each cell would be one run of words and the whole table no
routine. :func:`calendar_days` reads each such cell as its day: a heading "Day 1" (a class part, as any "Day 1"
heading is) over the cell's lines as list items; a rest day is no class and gives nothing; a row of weekday names
above the days ("Mon | Tue | …") is the calendar's layout. Cells that are not days in a row of days (an empty cell
after the last day, a note) are read as lines of the day before them, or dropped when empty.

A challenge's chart can also set its moves across the top and its days (or weeks) down the side ("Day | Dead bug
(each side) | Glute bridge | Plank" over "1 | 6 | 12 | 20s"): each row is a day's doses. The routine is the first
day's (:func:`moves_across`): the chart is read as a table of the moves and that day's doses, one move a row, and
the later days, which only raise the numbers, are left as the plan's progression.

The web page reader marks the line breaks inside a cell with :data:`CELL_BREAK`; rows that are no calendar get
their cells back as before, one run of words each. One pass over the entries.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .source import CELL_BREAK, Entry, Kind
from .text_tables import is_header

_BREAKS = re.compile(r"[ \t]*\u2028[ \t\u2028]*")
"""A cell's breaks with the spaces beside them (its line breaks kept: an old page's layout cells are read by them)."""
_DAY = re.compile(r"^day\s?#?\s?(\d{1,3})\b\s*[:.,–—-]?\s*", re.IGNORECASE)
"""A day's label opening a cell ("Day 1", "DAY 12:", "Day #3 –")."""
_REST_DAY = re.compile(r"^(?:rest|recover|recovery|off|free|active recovery)(?:\s+day)?\b(?![\s:–—-]{0,3}\d)",
                       re.IGNORECASE)
"""A day's first line that makes it a day of rest ("REST DAY 😌", "Rest", "Off", "Recovery day – a walk"),
not "Rest 1 min" (a rest inside a day's class)."""
_WEEKDAY = re.compile(r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\.?$",
                      re.IGNORECASE)


def _pieces(cell: str) -> list[str]:
    return [piece.strip() for piece in cell.split(CELL_BREAK) if piece.strip()]


def _flat(text: str) -> str:
    return _BREAKS.sub(" ", text).strip()


def _flattened(entry: Entry) -> Entry:
    if CELL_BREAK not in entry.text and not any(CELL_BREAK in cell for cell in entry.cells):
        return entry
    cells = tuple(_flat(cell) for cell in entry.cells)
    text = " | ".join(cell for cell in cells if cell) if entry.kind is Kind.ROW else _flat(entry.text)
    return replace(entry, text=text, cells=cells)


def _is_days(entry: Entry, going_on: bool = False) -> bool:
    """A row of a calendar: two days or more in its cells, or one day over lines of its own, or one day at all
    in the row right after a row of days (``going_on``: the month's last row, "Day 29 | Day 30 | | |")."""
    if entry.kind is not Kind.ROW:
        return False
    days = [cell for cell in entry.cells if _DAY.match(cell.strip())]
    return len(days) >= 2 or (len(days) == 1 and (going_on or any(len(_pieces(cell)) >= 2 for cell in entry.cells)))


def _day_entries(entry: Entry, level: int) -> list[Entry]:
    out: list[Entry] = []
    resting = False
    for cell in entry.cells:
        pieces = _pieces(cell)
        if not pieces:
            continue
        label = _DAY.match(pieces[0])
        if label is not None:
            rest_of_line = pieces[0][label.end():].strip()
            after = [rest_of_line] if rest_of_line else []
            after += pieces[1:]
            resting = bool(after) and _REST_DAY.match(after[0]) is not None
            if resting:
                continue  # "Day 7", "REST DAY": no class that day
            title = pieces[0][:label.end()].strip(" :.,–—-")
            out.append(Entry(Kind.HEADING, title, entry.line, entry.column, level))
            pieces = after
        elif resting:
            continue
        for piece in pieces:
            out.append(Entry(Kind.ITEM, piece, entry.line, entry.column, gap=0))
    return out


_PERIOD = re.compile(r"^(?:day|week|wk|session|stage|level|phase)s?\s?#?\.?$", re.IGNORECASE)
"""A chart's first header cell when its rows are days or weeks ("Day", "Week", "Wk")."""
_PERIOD_ROW = re.compile(r"^(?:(?:day|week|wk|session|stage|level|phase)\s?#?\s?)?\d{1,3}\.?$", re.IGNORECASE)
_DOSE_CELL = re.compile(r"^\d{1,3}(?:\s?[-–]\s?\d{1,3})?\s?(?:s|sec|secs|seconds?|min|mins|minutes?|reps?|x)?\.?$",
                        re.IGNORECASE)
"""A chart's dose cell: a count or a time alone ("12", "20s", "1 min", "8-10")."""


def _moves_header(entry: Entry) -> bool:
    cells = [cell.strip() for cell in entry.cells]
    return entry.kind is Kind.ROW and len(cells) >= 4 and bool(_PERIOD.match(cells[0])) \
        and all(cell and not _DOSE_CELL.match(cell) and any(c.isalpha() for c in cell) for cell in cells[1:]) \
        and not is_header(cells[1:]) and len(set(cells[1:])) == len(cells) - 1


def _dose_row(entry: Entry, width: int) -> bool:
    cells = [cell.strip() for cell in entry.cells]
    return entry.kind is Kind.ROW and len(cells) == width and bool(_PERIOD_ROW.match(cells[0])) \
        and all(_DOSE_CELL.match(cell) or not cell for cell in cells[1:]) and any(cells[1:])


def moves_across(entries: list[Entry]) -> list[Entry]:
    """The entries with a chart of moves across and days down read as its first day's moves (see the module's
    description): a header "Exercise | Dose", then a row per move with that day's dose."""
    out: list[Entry] = []
    index = 0
    while index < len(entries):
        entry = entries[index]
        if not _moves_header(entry):
            out.append(entry)
            index += 1
            continue
        width = len(entry.cells)
        after = index + 1
        first: Entry | None = None
        while after < len(entries) and entries[after].kind is Kind.ROW:
            if first is None and _dose_row(entries[after], width):
                first = entries[after]
            after += 1
        if first is None:
            out.append(entry)
            index += 1
            continue
        out.append(replace(entry, cells=("Exercise", "Dose"), text="Exercise | Dose"))
        for name, dose in zip(entry.cells[1:], first.cells[1:], strict=True):
            if dose.strip():
                out.append(replace(first, cells=(name, dose), text=f"{name} | {dose}"))
        index = after
    return out


def calendar_days(entries: list[Entry]) -> list[Entry]:
    """The entries with each calendar row read as its days (see the module's description), and the line breaks
    of every other table cell made spaces again."""
    out: list[Entry] = []
    level = 2
    going_on = False
    for index, entry in enumerate(entries):
        if entry.kind is Kind.HEADING and entry.level:
            level = min(6, entry.level + 1)
        going_on = _is_days(entry, going_on)
        if not going_on:
            if entry.kind is Kind.ROW and all(_WEEKDAY.match(cell.strip()) for cell in entry.cells if cell.strip()) \
                    and index + 1 < len(entries) and _is_days(entries[index + 1]):
                continue  # "Mon | Tue | Wed …" over the days: the calendar's layout
            out.append(_flattened(entry))
            continue
        out.extend(_day_entries(entry, level))
    return moves_across(out)
