"""What a printed sheet keeps when it is turned into text: running heads and feet, and list numbers without dots.

A charity's or a clinic's PDF, copied or converted to text, repeats its running head ("Exercises for your back
      Arthritis Together UK") after each page break and its foot ("… registered charity …", "Scotland (SC0492).
      2") before it: read as text they become a block's heading or the end of a move's description. And its
numbered moves often lose their dot ("1 Knee rolls" over the move's paragraph, the number set in a circle),
so the number reads as a count of the move ("15 x Squat"), which it is not.

Both are found from the page as a whole, before its lines are read, and the lines keep their numbers (a line
taken out is left blank), so every note still points at the article's own line.
"""

from __future__ import annotations

import re
from collections import Counter

from .phrases import find_facts, plain
from .text_tables import is_header

_BREAK = re.compile(r"^[-=_~*\s]{0,12}(?:page[\s-]?break|new\spage|end\sof\spage(?:\s\d{1,3})?)[-=_~*\s]{0,12}$",
                    re.IGNORECASE)
"""A page break as a converter or a person pasting page by page marks it ("--- page break ---")."""
_PAGE_NUMBER = re.compile(r"(?:^|\s{2,}|\t)(?:page\s)?\d{1,3}(?:\s?(?:of|/)\s?\d{1,3})?\s*$", re.IGNORECASE)
"""A page's number at the end of a running foot ("Scotland (SC049221).        2"), or alone."""
_PAGE_FOOT = re.compile(r"^(?:[^\n]{0,100}?\S\s{3,})?\s*page\s\d{1,3}\s(?:of|/)\s\d{1,3}\s*$", re.IGNORECASE)
"""A page's foot that says its number and the pages in all ("Page 1 of 3", or after the sheet's name across the
page): the page ends there, and what repeats next to two such feet is the sheet's running head (a printout's
clinic, title and patient)."""
_GUTTER = re.compile(r"\S\s{3,}\S")
"""A running head's two halves, set at the page's two edges ("Exercises for your back      Charity name")."""
_REACH = 3
"""Non-blank lines looked at on each side of a page break: a head or a foot is one to three lines."""
_LOST_DOT = re.compile(r"^(\d{1,2})\s{1,3}((?:[A-Z]|\d{2,3}/\d{2,3}\s[a-z])[A-Za-z'’ /:-]{2,40}"
                       r"(?:\([^()\d]{1,40}\))?)\s*$")
"""A numbered move whose number lost its dot ("1 Knee rolls", "4 Knee to chest (one leg)", an app's "8  90/90 hip
switches", "14 Cool down: standing breath"): no count after it."""
_REST_ITEM = re.compile(r"^(?:rest|pause|break|recovery)$", re.IGNORECASE)
"""An interval app's rest between moves, numbered as they are: said again, it is no ladder of one move."""


def printed_lines(lines: list[str]) -> list[str]:
    """The lines with a printed page's running heads and feet blanked and its lost list dots put back."""
    return _flattened_rows(_numbered_moves(_without_running_lines(lines)))


def _without_running_lines(lines: list[str]) -> list[str]:
    """Blank the lines that repeat next to the page breaks: a head or foot seen at two breaks at least.

    A line is taken only when it looks like page furniture as well as repeating: set in two halves across the
    page, ending in a page number, seen at three breaks, or next to pages numbered "Page 1 of 3"; and never a
    line that says a dose ("Repeat 10 times." may end two pages). One pass to find the breaks and count, one to
    blank: linear in the text.
    """
    breaks = [index for index, line in enumerate(lines) if _is_break(line)]
    if not breaks:
        return _without_numbered_heads(lines)
    counted = sum(bool(_PAGE_FOOT.match(lines[index])) for index in breaks) >= 2
    windows: list[list[int]] = []
    for edge in (-1, *breaks, len(lines)):
        windows.append(_near(lines, edge, -1) + _near(lines, edge, 1))
    keys: dict[int, str] = {}
    for window in windows:
        keys.update((index, _key(lines[index])) for index in window)
    seen = Counter(keys.values())  # lines, not windows: a short page's line is near two breaks but said once
    out = list(lines)
    feet = Counter(_key(lines[index]) for index in breaks)
    for index in breaks:
        kept = _PAGE_NUMBER.sub("", lines[index]).rstrip()
        # "EXERCISES      Page 1 of 2": the page's number goes; words beside it stay unless every page has them
        out[index] = kept if _PAGE_FOOT.match(lines[index][:200]) and feet[_key(lines[index])] < 2 else ""
    for index, key in keys.items():
        line = lines[index]
        furniture = _GUTTER.search(line.strip()) is not None or _PAGE_NUMBER.search(line) is not None \
            or seen[key] >= 3 or counted
        if key and seen[key] >= 2 and furniture and not _says_a_dose(line) \
                and not is_header(re.split(r"\s{2,}", line.strip())):  # a table's header, on each of its pages
            out[index] = ""
        elif not key and _PAGE_NUMBER.search(line):
            out[index] = ""  # a page's number alone on its line next to the break
    return out


_NUMBERED_HEAD = re.compile(r"^\s*(?P<a>\d{1,3})\s{3,}(?P<head>\S.{2,80}?)\s*$"
                            r"|^\s*(?P<head2>\S.{2,80}?)\s{3,}(?P<b>\d{1,3})\s*$")


def _without_numbered_heads(lines: list[str]) -> list[str]:
    """A book's running head with no page breaks marked: the same words with the page's number beside them, set
    apart by a gutter ("THE RESILIENT SPINE      47", then "48      THE RESILIENT SPINE"), on two pages at least
    and numbered differently on each (a table's "Bird dog      10" said twice is no running head)."""
    found: dict[str, list[tuple[int, int]]] = {}
    for index, line in enumerate(lines):
        head = _NUMBERED_HEAD.match(line) if len(line) <= 200 else None
        if head is None:
            continue
        words = " ".join((head.group("head") or head.group("head2")).split()).lower()
        if len(words.split()) >= 2 and not _says_a_dose(words):
            found.setdefault(words, []).append((index, int(head.group("a") or head.group("b"))))
    out = list(lines)
    for seen in found.values():
        numbers = [number for _index, number in seen]
        if len(seen) >= 2 and len(set(numbers)) == len(numbers) and max(numbers) - min(numbers) <= 3 * len(numbers):
            for index, _number in seen:
                out[index] = ""
    return out


def _near(lines: list[str], edge: int, step: int) -> list[int]:
    """The indexes of up to :data:`_REACH` non-blank lines from a break, stopping at the next break."""
    found: list[int] = []
    index = edge + step
    while 0 <= index < len(lines) and len(found) < _REACH:
        line = lines[index]
        if _is_break(line):
            break
        if line.strip():
            found.append(index)
        index += step
    return found


def _is_break(line: str) -> bool:
    """A page break's mark, or a page's numbered foot alone on its line ("Page 1 of 3"), where a page ends."""
    return (len(line.strip()) <= 60 and bool(_BREAK.match(line.strip()))) or bool(_PAGE_FOOT.match(line[:200]))


def _key(line: str) -> str:
    """A line as it repeats from page to page: without its page number, its spacing or its case."""
    return " ".join(_PAGE_NUMBER.sub("", line).split()).lower()


def _says_a_dose(line: str) -> bool:
    return any(fact.kind != "none" for fact in find_facts(plain(line[:200]).text))


def _numbered_moves(lines: list[str]) -> list[str]:
    """"1 Knee rolls" … "8 Back arch": numbers that run 1, 2, 3 … on short lines of words are a list's, not counts.

    Only a run from 1 of three at least, each next number on a later line, and no two names alike (a ladder's
    "1 burpee", "2 burpees", "3 burpees" is a count); the dot is put back so the line reads as the numbered item it is.
    """
    candidates = [(index, match) for index, line in enumerate(lines)
                  if len(line) <= 80 and (match := _LOST_DOT.match(line.strip())) is not None]
    runs: list[list[tuple[int, re.Match[str]]]] = []
    for index, match in candidates:
        number = int(match.group(1))
        if number == 1:
            runs.append([(index, match)])  # a list starts (the page may have one a part)
        elif runs and number == int(runs[-1][-1][1].group(1)) + 1:
            runs[-1].append((index, match))
    out = list(lines)
    for run in runs:
        moves = [name for _, match in run if not _REST_ITEM.match(name := match.group(2).strip().lower())]
        if len(run) < 3 or len(set(moves)) < len(moves):
            continue  # a ladder, not a list (an app's "5 Rest" and "9 Rest" are no names alike: no moves)
        for index, match in run:
            indent = lines[index][:len(lines[index]) - len(lines[index].lstrip())]
            out[index] = f"{indent}{match.group(1)}. {match.group(2).strip()}"
    return out


_FLAT_HEADER = re.compile(r"^\s*(?:exercises?|movements?|moves?)\s+(?:(?:starting\s)?position|dosage|dose|sets?|reps?|"
                          r"hold|rest|frequency|key\spoints?|notes?|comments?|instructions?)(?:\s+(?:(?:starting\s)?"
                          r"position|dosage|dose|sets?|reps?|hold|rest|frequency|key\spoints?|notes?|comments?|"
                          r"instructions?|how\soften|what\sto\sfeel)){1,5}\s*$", re.IGNORECASE)
"""A table's header row whose cells lost their gaps in the PDF's text ("Exercise Position Dosage Key points")."""
_FLAT_ROW = re.compile(r"^\s*\d{1,2}[.)]\s")
_ROW_POSITION = re.compile(r"\s(?P<at>(?:(?:crook|supine|prone|side|half|high|tall)\s)?"
                           r"(?:lying|sitting|seated|standing|kneeling)|(?:\d|four)-point\skneeling|supine|prone|lying\sface\s(?:down|up)|"
                           r"on\s(?:your\s\w+|all\sfours|hands\sand\sknees))\b(?=\s?(?:$|[(,]|\d(?!-point))|\s\d)",
                           re.IGNORECASE)
"""A flattened row's Position cell, right before the dose's first number ("Crook lying (on 10 reps",
"4-point kneeling 10 reps", "Lying face down, 10 reps"): the name cell ends before it."""
_ROW_DOSE = re.compile(r"\s\d(?!-point)")
_NAME_WORD = re.compile(r"^([a-z][a-z-]*(?:tion|sion|ment)|lifts?|raises?|press(?:es)?|curls?|slides?|rolls?|"
                        r"stretch(?:es)?|tilts?|twists?|reach(?:es)?|rotations?|bridges?|squeezes?|marches|march|"
                        r"kicks?|ups?|outs?|downs?)(?=\s|$)")
"""A word that ends a move's name ("lift", "extension", "activation"): the noun a name cut after "Four-point kneeling
arm" is waiting for."""


def _flattened_rows(lines: list[str]) -> list[str]:
    """A table whose columns ran together in the PDF's text keeps its name cells whole.

    Under a header like "Exercise Position Dosage Key points", each numbered row is the cells side by side and the
    line under it their wrapped ends, in the same order: "1. Abdominal drawing-in (TA Crook lying (on 10 reps"
    over "activation) back, knees bent)". The wrapped line's first word is the name's end when the name cell is
    cut open (an unclosed bracket, a hyphen: "(TA", "co-") or the word is the noun a name ends with ("lift",
    "extension"), and is not a cell of its own ("back," ends in a comma, "each leg" is the dose's); it is moved
    back into the row, after the name cell. Other lines are left as they are: linear in the lines.
    """
    out = list(lines)
    in_table = False
    for index, line in enumerate(lines):
        if _FLAT_HEADER.match(line):
            in_table = True
            continue
        if not line.strip():
            in_table = False
            continue
        if not in_table or not _FLAT_ROW.match(line) or index + 1 >= len(lines) \
                or not lines[index + 1].strip() or _FLAT_ROW.match(lines[index + 1]):
            continue
        body = line[_FLAT_ROW.match(line).end():]  # type: ignore[union-attr]
        dose = _ROW_DOSE.search(body, 3)
        if dose is None:
            continue
        at = next((found.start() for found in _ROW_POSITION.finditer(body, 3, dose.end())), dose.start())
        name = body[:at]
        under = lines[index + 1].lstrip()
        word = under.split(" ", 1)[0]
        if not word or word[-1] in ",;:" or not word[0].islower():
            continue
        cut_open = name.count("(") > name.count(")") or name.endswith("-")
        if not cut_open and not _NAME_WORD.match(word):
            continue
        start = len(line) - len(body)
        joint = "" if name.endswith("-") else " "
        out[index] = f"{line[:start]}{name}{joint}{word}{body[at:]}"
        out[index + 1] = lines[index + 1][:len(lines[index + 1]) - len(under)] + under[len(word):].lstrip()
    return out
