"""An e-reader's export of a book's highlights and notes, pasted as text.

A Kindle notebook (or a similar export) lists what its reader marked, each under a line that says what and
where: "Highlight (yellow) | Location 1234", "Note | Location 1249", "Bookmark | Page 12". Those lines are no
part of the book; a highlight cut where the reader's marking stopped and went on in the next one ("… keeping your
hips level," then "then return and swap. Do 5 on each side.") is one passage; and the reader's own notes are
theirs, not the book's routine ("do all 3 on the left first"), so they are kept as quoted lines (never read as
moves). Lines keep their numbers (a line taken out is left blank), so every note still points at its line.
"""

from __future__ import annotations

import re

_MARK = re.compile(r"^\s*(?:(?P<kind>highlight|note|bookmark)(?:\s?\([a-z]{3,10}\))?\s?[|·-]\s?(?:location|loc\.|page)"
                   r"\s\d{1,6}(?:\s?[-–]\s?\d{1,6})?)\s*$", re.IGNORECASE)
"""The line over each marked passage ("Highlight (yellow) | Location 1234", "Note | Location 1249")."""


def highlight_lines(lines: list[str]) -> list[str]:
    """The lines with an e-reader export's marks blanked, a passage cut between two highlights joined and the
    reader's notes quoted; other text (three marks at least make an export) is returned as it is."""
    marks = [index for index, line in enumerate(lines[:20000]) if _MARK.match(line)]
    if len(marks) < 3:
        return lines
    out = list(lines)
    last_text: int | None = None  # the line of the passage read last, while the next highlight may go on with it
    for position, index in enumerate(marks):
        kind = (_MARK.match(lines[index]).group("kind") or "").lower()  # type: ignore[union-attr]
        out[index] = ""
        stop = marks[position + 1] if position + 1 < len(marks) else min(len(lines), index + 40)
        body = [at for at in range(index + 1, stop) if lines[at].strip()]
        if kind == "note":
            for at in body:
                out[at] = "> " + lines[at].strip()  # the reader's own words, no part of the book
            continue
        if not body:
            continue
        first = body[0]
        joined = kind == "highlight" and last_text is not None and lines[first].strip()[:1].islower() \
            and not out[last_text].rstrip().endswith((".", "!", "?", ":"))
        if joined and last_text is not None:
            out[last_text] = f"{out[last_text].rstrip()} {lines[first].strip()}"  # one passage, marked in two
            out[first] = ""
        if kind != "highlight" or len(body) != 1:
            last_text = None
        elif not joined:
            last_text = first
    return out
