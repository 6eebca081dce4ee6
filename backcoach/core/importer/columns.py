"""A page of two columns as text (a PDF handout through ``pdftotext -layout``, a newsletter laid out in
columns): each row holds a line of the left column and a line of the right one, side by side.

Read row by row, such a page interleaves two texts line by line: a move's name beside another move's
description, a dose beside the next one's name. :func:`page_columns` finds the gutter (a steady column where
many rows go on after a wide gap: three spaces or more) and, in each run of rows that keep to it (none
crossing it), puts the left column's lines first and the right column's after them, each keeping its own
line number. A title, a footnote or a rule that crosses the gutter ends a run and is read where it is.

A handout laid out in bands (numbered items 1 and 2 on the left, 3 and 4 on the right, then 5 and 6 on the
left again) is read band by band: a band, after a row blank on both sides, whose left column starts with the
next number of the items already read on both sides (``Exercise 5.`` after ``Exercise 4.`` on the right)
starts again from the left; so does a band after :data:`PAGE_BREAK_ROWS` blank rows (the next page of a handout
whose running header and footer were taken out: page 1's left and right columns, then page 2's).

A page is two columns only when its rows say so: at least :data:`MIN_ROWS` rows with text on both sides of
one column, a third of them prose that wraps just before the gutter (four words or more: a table's short cells
are a table, read by :mod:`.text_tables` and the named lines' cells). One pass over the lines to count
the gaps, one to split them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

MIN_ROWS = 6
"""Fewer rows with text on both sides of the gutter: no two-column page."""
MIN_GUTTER = 24
"""The left column is at least this wide."""
WRAP_SLACK = 20
"""A prose column's line ends at most this far before the gutter (the gap and the word that did not fit)."""
_GAP = re.compile(r"\S( {3,})(?=\S)")
_NOT_PROSE = re.compile(r"[|│┃║\t]")
"""A table's bars or tabs: a row of cells, not of columns."""
_NUMBERED = re.compile(r"^\s*(?:(?P<label>[A-Za-z]{1,12})\s)?(?P<n>\d{1,2})[.):]\s")
"""A numbered item's start (``4. Exercise program``, ``Exercise 3. Side bridge``)."""
_MAX_LINE = 400
PAGE_BREAK_ROWS = 3
"""Rows blank on both sides, one after another, that part two pages (or two bands read apart) of the columns."""


@dataclass
class _Band:
    left: list[tuple[int, str]] = field(default_factory=list)
    right: list[tuple[int, str]] = field(default_factory=list)


def _gutter(lines: list[str], tables: frozenset[int]) -> int | None:
    """The column the right column starts at, or None when the page has no steady gutter of prose."""
    starts: Counter[int] = Counter()
    prose: Counter[int] = Counter()
    for index, raw in enumerate(lines):
        if len(raw) > _MAX_LINE or _NOT_PROSE.search(raw) or index in tables:
            continue
        found = _GAP.search(raw)  # the first wide gap of the row: its left column ends there
        if found is not None and found.end() >= MIN_GUTTER and len(raw) - found.end() >= 8:
            starts[found.end()] += 1
            if found.end() - found.start(1) <= WRAP_SLACK and raw[:found.start(1)].strip().count(" ") >= 3:
                prose[found.end()] += 1  # four words or more, wrapped just before the gutter
    if not starts:
        return None
    column, rows = starts.most_common(1)[0]
    return column if rows >= MIN_ROWS and prose[column] >= 3 and prose[column] * 3 >= rows else None


def _split(raw: str, column: int) -> tuple[str, str] | None:
    """The row's left and right columns, or None when its text crosses the gutter."""
    if len(raw.rstrip()) < column - 1:
        return raw.rstrip(), ""
    for at in (column, column - 1, column + 1):
        if len(raw[at - 2:at]) == 2 and raw[at - 2:at].isspace():
            return raw[:at].rstrip(), raw[at:].rstrip()
    return None


def page_columns(lines: list[str], tables: frozenset[int] = frozenset()) -> tuple[list[str], list[int]] | None:
    """The lines in reading order, each with its 1-based line number in ``lines``; None when the page is not
    laid out in two columns (see the module's description). The lines of ``tables`` (0-based: a table set in
    columns with spaces, beside a page's prose in two columns) are a table's rows, no page's columns: they are
    left as they are."""
    column = _gutter(lines, tables)
    if column is None:
        return None
    out: list[str] = []
    numbers: list[int] = []
    run: list[tuple[int, str, str]] = []

    def as_rows(rows: list[tuple[int, str, str]]) -> None:
        for index, left, right in rows:
            out.append(f"{left}   {right}" if right else left)
            numbers.append(index + 1)

    def flush() -> None:
        sided = [place for place, (_, _, right) in enumerate(run) if right.strip()]
        if sum(1 for _, left, right in run if left.strip() and right.strip()) >= 2:
            as_rows(run[:sided[0]])  # a line above the columns, short enough to keep to the gutter
            _read_run(run[sided[0]:sided[-1] + 1], out, numbers)
            as_rows(run[sided[-1] + 1:])  # and one under them: a rule, a footer
        else:
            as_rows(run)
        run.clear()

    for index, raw in enumerate(lines):
        parts = _split(raw, column) if len(raw) <= _MAX_LINE and index not in tables else None
        if parts is None:
            flush()
            out.append(raw)
            numbers.append(index + 1)
        else:
            run.append((index, *parts))
    flush()
    return out, numbers


def _read_run(run: list[tuple[int, str, str]], out: list[str], numbers: list[int]) -> None:
    """One run of rows that keep to the gutter, its columns one after the other, band by band where a band
    starts again from the left (see the module's description)."""
    bands: list[_Band] = [_Band()]
    breaks: set[int] = set()
    """The bands that start after a page's break: three rows blank on both sides or more."""
    blank = 0
    for index, left, right in run:
        if not left.strip() and not right.strip():
            if bands[-1].left or bands[-1].right:
                bands.append(_Band())
            blank += 1
            if blank >= PAGE_BREAK_ROWS:
                breaks.add(len(bands) - 1)
            continue
        blank = 0
        bands[-1].left.append((index, left))  # a blank on one side still breaks that side's paragraph
        bands[-1].right.append((index, right))
    group: list[_Band] = []
    highest: dict[str, int] = {}
    """The highest number of each label's items read in the group (on either side)."""

    def emit() -> None:
        for side in ("left", "right"):
            for band in group:
                for index, text in getattr(band, side):
                    out.append(text)
                    numbers.append(index + 1)
                out.append("")
                numbers.append(band.left[-1][0] + 1)
        group.clear()
        highest.clear()

    for number, band in enumerate(bands):
        if not band.left:
            continue
        if number in breaks and group:
            emit()  # the next page (its running header and footer taken out): its columns are its own
        first = next((_NUMBERED.match(text) for _, text in band.left if text.strip()), None)
        if first is not None and group:
            label = (first.group("label") or "").lower()
            if highest.get(label) == int(first.group("n")) - 1:
                emit()
        group.append(band)
        for _, text in (*band.left, *band.right):
            found = _NUMBERED.match(text)
            if found is not None:
                label = (found.group("label") or "").lower()
                highest[label] = max(highest.get(label, 0), int(found.group("n")))
    emit()
