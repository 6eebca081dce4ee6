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


_CLIPPING_MARK = re.compile(r"^-\s?your\s(?P<kind>highlight|note|bookmark)\b(?:[^|]{0,40}\|)?"
                            r"(?:\s?(?:location|loc\.?)\s(?P<start>\d{1,7})(?:\s?[-–]\s?(?P<end>\d{1,7}))?)?",
                            re.IGNORECASE)
"""The line under a clipping's book in a Kindle's "My Clippings.txt" ("- Your Highlight on page 164 | Location
2503-2505 | Added on …")."""
_CLIPPING_END = "=========="
_MAX_CLIPPINGS = 5000


def clippings(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """A Kindle's "My Clippings.txt": every passage its reader marked, each under its book's title and a line of
    where and when, in the order they were marked, from every book read. The routine is the book marked most;
    its passages are read in the book's order (by location), a passage marked again longer is read once (the
    longer), the reader's notes are quoted (theirs, not the book's), other books and bookmarks are left out. The
    lines in that order, each with its 1-based line number; ``None`` when the text is no such file (three
    clippings at least)."""
    ends = [index for index, line in enumerate(lines[:200000]) if line.strip() == _CLIPPING_END]
    if len(ends) < 3:
        return None
    found: list[tuple[str, str, int, int, int, list[int]]] = []  # book, kind, start, end, order, text lines
    begin = 0
    for order, end in enumerate(ends[:_MAX_CLIPPINGS]):
        body = [index for index in range(begin, end) if lines[index].strip()]
        begin = end + 1
        mark = _CLIPPING_MARK.match(lines[body[1]].strip()) if len(body) >= 2 else None
        if mark is None:
            continue
        start = int(mark.group("start") or 0)
        found.append((lines[body[0]].strip().lstrip("\ufeff"), mark.group("kind").lower(), start,
                      int(mark.group("end") or start), order, [body[0], *body[2:]]))
    books: dict[str, int] = {}
    for book, kind, *_rest in found:
        books[book] = books.get(book, 0) + (kind == "highlight")
    if len(found) < 3 or not books:
        return None
    main = max(books, key=lambda book: books[book])
    marked = [clip for clip in found if clip[0] == main and clip[1] != "bookmark" and len(clip[5]) > 1]
    kept = [clip for clip in marked if clip[1] == "note"]
    reach = -1  # the furthest location the highlights kept so far cover: one inside it was marked again, longer
    for clip in sorted((clip for clip in marked if clip[1] == "highlight"), key=lambda c: (c[2], -c[3], -c[4])):
        if clip[3] > reach:
            kept.append(clip)
            reach = clip[3]
    kept.sort(key=lambda clip: (clip[2], clip[1] == "note", clip[4]))
    out, numbers = [f"# {main}"], [marked[0][5][0] + 1 if marked else 1]
    for _book, kind, _start, _end, _order, where in kept:
        out.append("")
        numbers.append(where[0] + 1)
        for index in where[1:]:
            out.append(("> " if kind == "note" else "") + lines[index].strip())
            numbers.append(index + 1)
    return out, numbers
