"""A workout app's export of logged sets (Strong, Hevy, FitNotes and the like as CSV): one row a set.

Such a sheet has a row for every set done (``Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Seconds,
Notes,RPE``): read as a table of moves, each set would be a move of its own. What it means is a routine whose
moves are the runs of rows of one exercise, their number its sets. :func:`fold_logged_sets` turns such a table
into the table a coach would write: one row a move (``Exercise | Sets | Reps | Hold (s) | Notes``), the reps of
its sets (a range when they differ), their seconds as its hold, and the notes of its sets; a workout (its
name and date) a section over its moves. The weights, distances, dates, RPE and the workout's length are
left out: they are what was lifted, not what to do. Sets logged a side at a time (notes ``left``, ``right``,
``L hand``, ``R hand`` taking turns) are half as many sets each side.

A table without both an exercise column and a set-number column is no log and is left as it is. One pass
over the rows.
"""

from __future__ import annotations

import re

from .text_tables import TextRow, TextTable

_EXERCISE = re.compile(r"^(?:exercise|exercise\s(?:name|title)|movement)$", re.IGNORECASE)
_SET = re.compile(r"^set\s?(?:order|#|number|no\.?|index)$", re.IGNORECASE)
"""The number of a set in its exercise ("Set Order", Hevy's ``set_index``); never a bare "Set", which a coach's
sheet may use for its sets."""
_REPS = re.compile(r"^(?:reps?|repetitions)$", re.IGNORECASE)
_SECONDS = re.compile(r"^(?:seconds|secs?|time\s?\(s\)|duration\s?\((?:s|sec|secs|seconds)\)|duration\sseconds)$",
                      re.IGNORECASE)
_WORKOUT = re.compile(r"^(?:workout(?:\s(?:name|title))?|routine(?:\sname)?|session(?:\sname)?|title)$",
                      re.IGNORECASE)
_DATE = re.compile(r"^(?:date|start\stime|day)$", re.IGNORECASE)
_NOTES = re.compile(r"^(?:notes?|set\snotes?|comments?)$", re.IGNORECASE)
_SIDE = re.compile(r"^(?:(?P<side>left|right|l|r)\b(?:\s(?:side|hand|leg|arm|foot))?)\W*$", re.IGNORECASE)
"""A set's note that says which side it was done on ("left", "R hand")."""
_COUNT = re.compile(r"^\d{1,4}(?:\.0+)?$")

HEADER = ("Exercise", "Sets", "Reps", "Hold (s)", "Notes")


def _column(header: tuple[str, ...], pattern: re.Pattern[str]) -> int | None:
    return next((i for i, cell in enumerate(header) if pattern.match(" ".join(cell.replace("_", " ").split()))),
                None)


def _cell(cells: tuple[str, ...], index: int | None) -> str:
    return cells[index].strip() if index is not None and index < len(cells) else ""


def _amount(values: list[str]) -> str:
    counts = sorted({int(float(v)) for v in values if _COUNT.match(v) and float(v) > 0})
    if not counts:
        return ""
    return str(counts[0]) if len(counts) == 1 else f"{counts[0]}-{counts[-1]}"


def fold_logged_sets(table: TextTable) -> TextTable:
    """The table as one row a move when it is an app's log of sets (see the module's description); else the
    same table."""
    header_at = next((i for i, row in enumerate(table.rows) if row.cells and _column(row.cells, _EXERCISE) is not None
                      and _column(row.cells, _SET) is not None), None)
    if header_at is None:
        return table
    head = table.rows[header_at]
    exercise, reps, seconds = _column(head.cells, _EXERCISE), _column(head.cells, _REPS), _column(head.cells, _SECONDS)
    workout, date, notes = _column(head.cells, _WORKOUT), _column(head.cells, _DATE), _column(head.cells, _NOTES)
    rows: list[TextRow] = [*table.rows[:header_at], TextRow(head.line, head.column, HEADER)]
    runs: list[tuple[str, list[TextRow]]] = []
    """(the workout's title, the rows of one exercise in a row)."""
    for row in table.rows[header_at + 1:]:
        name = _cell(row.cells, exercise)
        if not name:
            continue
        day = _cell(row.cells, date).split(" ")[0].split("T")[0]
        title = " – ".join(part for part in (_cell(row.cells, workout), day) if part)
        if runs and runs[-1][0] == title and _cell(runs[-1][1][0].cells, exercise).lower() == name.lower():
            runs[-1][1].append(row)
        else:
            runs.append((title, [row]))
    shown = None
    for title, sets in runs:
        first = sets[0]
        if title and title != shown:
            rows.append(TextRow(first.line, first.column, (title,), section=True))
            shown = title
        said = [_cell(row.cells, notes) for row in sets]
        sides = [_SIDE.match(note) for note in said]
        count = len(sets)
        kept = [note for note, side in zip(said, sides, strict=True) if note and side is None]
        if len(sets) >= 2 and all(side is not None for side in sides) \
                and len({side.group("side")[0].lower() for side in sides if side is not None}) == 2:
            count = (len(sets) + 1) // 2  # "left", "right", "left", "right": two sets each side
            kept.append("each side")
        unique = list(dict.fromkeys(kept))
        rows.append(TextRow(first.line, first.column, (
            _cell(first.cells, exercise), str(count), _amount([_cell(r.cells, reps) for r in sets]),
            _amount([_cell(r.cells, seconds) for r in sets]), "; ".join(unique)[:200])))
    return TextTable(table.start, table.end, tuple(rows))
