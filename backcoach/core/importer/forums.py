"""A forum's topic page copied from the browser (Simple Machines, phpBB and their kin): the opening poster's words.

Such a page sets each post under its author's block (the name, a rank, a row of stars, "Posts: 412", "Location:
…"), then the post's subject ("Re: my strength routine for a bad back") and a header line with its date ("« on:
March 02, 2026, 08:47:15 PM »", "« Reply #3 on: …»"), then the post, a signature after "---" and "Logged".
Read as it is, every reply's suggestion ("I'd add Copenhagen planks, 3 x 20 sec each side") would join the
routine, and the author blocks and the board's chrome would be read as lines. The routine is the opening
poster's: :func:`forum_lines` keeps the first post's subject (the page's title) and the bodies of the posts by
its author, blanks their quotes of others ("Quote from: … on …" and the lines set in under it) and signatures,
and blanks every other line, each kept line in its place, so notes still point at the right line. A text with
fewer than two post headers is no forum page and is left as it is. One pass over the lines.
"""

from __future__ import annotations

import re

_POST_HEADER = re.compile(r"^\s*«\s?(?:reply\s#\d{1,5}\s)?on:\s.{6,60}»\s*$", re.IGNORECASE)
"""A post's header line: "« on: March 02, 2026, 08:47:15 PM »", "« Reply #3 on: March 03, 2026, 12:15:38 PM »"."""
_QUOTE = re.compile(r"^\s*quote\sfrom:\s.{1,80}$", re.IGNORECASE)
_SIGNATURE = re.compile(r"^\s*(?:---+|___+|—{2,})\s*$")
_LOGGED = re.compile(r"^\s*logged\s*$", re.IGNORECASE)


_AUTHOR_LINES = 12
"""An author's block (name, rank, stars, posts, location …) and the blanks around it are at most this many lines:
each post's author is found in a bounded look up, so a page of many posts is read in linear time."""


def _author(lines: list[str], header: int) -> str:
    """The name over a post: the first line of the block of lines above its subject line."""
    at = header - 2  # the line above the subject
    floor = max(0, header - 2 - _AUTHOR_LINES)
    while at > floor and not lines[at].strip():
        at -= 1
    while at > floor and lines[at - 1].strip():
        at -= 1
    return lines[at].strip().lower() if at >= 0 else ""


def forum_lines(lines: list[str]) -> list[str]:
    """The lines with all but the opening poster's words blanked (see the module's description); the same list
    when the text is no forum topic page."""
    headers = [index for index, line in enumerate(lines[:20000]) if len(line) <= 200 and _POST_HEADER.match(line)]
    if len(headers) < 2 or headers[0] < 1:
        return lines
    poster = _author(lines, headers[0])
    kept: list[tuple[int, int]] = []
    """The lines (from, to) of each post by the opening poster."""
    for number, header in enumerate(headers):
        stop = headers[number + 1] if number + 1 < len(headers) else len(lines)
        if number and _author(lines, header) != poster:
            continue
        end = header + 1
        while end < stop and not _LOGGED.match(lines[end]):
            end += 1
        kept.append((header + 1, end))
    out = [""] * len(lines)
    out[headers[0] - 1] = lines[headers[0] - 1]  # the topic's subject: the page's title
    for start, end in kept:
        quoting = False
        for index in range(start, end):
            line = lines[index]
            if _SIGNATURE.match(line):
                break  # the poster's signature, on every post: no part of it
            if _QUOTE.match(line):
                quoting = True
                continue
            if quoting and (not line.strip() or line[:1].isspace()):
                continue  # the quoted post, set in under "Quote from: …"
            quoting = False
            out[index] = line
    return out
