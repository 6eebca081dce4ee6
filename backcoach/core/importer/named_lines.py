"""A reading of last resort: every line that starts with a move the library knows, and the dose beside it.

Why: the structural reading (:mod:`.walker` and its readers) reads a page by its layout, and a layout it
has never seen can make it miss every move — front matter taken for the title and its keys for moves, a
table it does not see as a table, a log whose set lines it takes for moves. One such misreading used to
score a whole article at nothing. The library's names (and aliases) are what every layout shares, so this
reading looks for them line by line, each with the dose on its line (or, when its line has none, on the
lines under it up to the next named move), and :func:`fall_back` puts it in place of the structural
reading when that one read less than half of the moves the page names this way. On pages the structural
reading understands it changes nothing: those name their moves where the structure reads them.

A line is named when one of its first words (after a number, a bullet or a box-drawing bar), or the first
words of one of its cells (``;``, ``|``, ``│``, a tab), are a library name; a paragraph that only mentions
a move further in is not. Cells under a header row that names sets, reps, hold or rest are read by their
column. Linear in the article: each line's first 2,000 characters and 16 cells are looked at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .drafts import BlockDraft, Draft, Note, Reading, SessionDraft
from .names import Match, Matcher
from .phrases import Dose, read_cell, read_line_dose
from .source import Entry, Kind
from .structure import block_heading
from .walk_state import MAX_EXERCISES, entry_position, short_title

_CELLS = re.compile(r"\s*(?:[;|│┃║\t»→⇒]|>>|::|\s{3,}|\s[-–—]{1,2}\s|\.{4,})\s*")
"""What separates the cells of a table the layout reading did not see (a delimiter, a box's bar, a wide gap,
dot leaders), or a line's name from its dose (a spaced dash, an arrow)."""
_LEAD = re.compile(r"^[^\w]*?(?:(?:\d{1,3}|[a-zA-Z]\d?)[.)]\s+|[A-Z]\d\s+)?(?:[-–—•*·▪►✓✔☐☑]\s*)?")
"""What a line can start with before its move: a number (``3.``, ``a)``), a superset's label (``A1.``, ``B2``),
a bullet, a tick box."""
_COUNT = re.compile(r"^\d{1,3}\s?(?:x\s?)?$", re.IGNORECASE)
_HEADER_UNIT = (
    ("sets", re.compile(r"^sets?\b|^rounds?\b", re.IGNORECASE)),
    ("reps", re.compile(r"^(?:reps?|repetitions?|repeats?|times)\b", re.IGNORECASE)),
    ("hold", re.compile(r"^(?:hold|time|duration|work|seconds|secs?)\b", re.IGNORECASE)),
    ("rest", re.compile(r"^(?:rest|recovery|break|pause)\b", re.IGNORECASE)),
)
_MAX_CELLS = 16
_MAX_LINE = 2000
_LOOK_AHEAD = 4
"""How many lines under an undosed named line may give its dose (a description, then "3 x 10")."""
_SHORT = 80
"""A named line this short, with no dose, is a move of a list; longer, it describes one."""
_MIN_NAMED = 3
"""Fewer distinct named moves than this: too little to say the structural reading missed anything."""


@dataclass(frozen=True)
class NamedLine:
    """A line that starts with a library move: where, which move, and what dose it or the lines under it give."""

    entry: Entry
    match: Match
    dose: Dose
    block: str | None
    """The title of the part heading above it ("Warm-up", "Cool-down"), when there is one."""


def _units(pieces: list[str]) -> list[str | None] | None:
    """A header row's column units (``Exercise;Sets;Reps;Hold (s);Rest``), or None for another row."""
    units: list[str | None] = []
    for piece in pieces:
        unit = next((name for name, pattern in _HEADER_UNIT if pattern.match(piece.strip())), None)
        units.append(unit)
    return units if sum(u is not None for u in units) >= 2 else None


def _named(piece: str, matcher: Matcher) -> tuple[Match, str, str] | None:
    """The library move a cell or line starts with, the count before it and the text after it."""
    lead = _LEAD.match(piece)
    start = lead.end() if lead is not None else 0
    head = piece[start:start + 160]
    words = re.findall(r"[a-z0-9'’]+", head.lower())
    found = matcher.mentions(head)
    if not found:
        return None
    index, entry, written = found[0]
    leading = [w for w in words[:index] if w]
    if len(leading) > 1 or (leading and not leading[0].isdigit()):
        return None  # "Then I hold a plank": a sentence that mentions a move, not a line that names it
    spans = list(re.finditer(r"[a-z0-9'’]+", head.lower()))
    last = index + len(written.split()) - 1
    after = head[spans[last].end():] if last < len(spans) else ""
    count = " ".join(leading)
    return Match(entry.name, entry), count, after + piece[start + 160:]


def named_lines(entries: list[Entry], matcher: Matcher) -> list[NamedLine]:
    """Every named line of the article, in order, with its dose (see the module's description)."""
    found: list[tuple[int, Match, Dose, str | None]] = []
    header: list[str | None] | None = None
    block: str | None = None
    for number, entry in enumerate(entries):
        if entry.quoted:
            continue
        text = entry.text[:_MAX_LINE]
        pieces = list(entry.cells[:_MAX_CELLS]) if entry.cells else _CELLS.split(text, maxsplit=_MAX_CELLS)
        units = _units(pieces) if len(pieces) >= 3 else None
        if units is not None:
            header = units
            continue
        hit = None
        for column, piece in enumerate(pieces):
            hit = _named(piece, matcher)
            if hit is not None:
                break
            if piece.strip() and not _COUNT.match(piece.strip()) and column >= 2:
                break  # the name is in one of the first cells, after a number or a part's name at most
        if hit is None:
            if entry.kind is Kind.HEADING or (len(text) <= 60 and block_heading(text) == "strong"):
                block = short_title(text.rstrip(":")) if block_heading(text) else None
            continue
        match, count, after = hit
        rest = pieces[column + 1:]
        if header is not None and len(pieces) >= 3 and abs(len(pieces) - len(header)) <= 1:
            dose = Dose()
            offset = len(header) - len(pieces)
            for place, cell in enumerate(pieces):
                unit = header[place + offset] if 0 <= place + offset < len(header) else None
                if unit is not None and place > column and cell.strip():
                    dose = dose.merged(read_cell(cell, unit))
            dose = dose.merged(read_line_dose(" ".join([after, *[c for c in rest if not _COUNT.match(c.strip())]])))
        else:
            dose = read_line_dose(" ".join([after, *rest]))
        if count and dose.reps is None and dose.hold is None:
            dose = dose.merged(read_line_dose(f"{count} reps"))
        found.append((number, match, dose, block))
    named = {index for index, *_ in found}
    lines: list[NamedLine] = []
    for index, match, dose, block in found:
        if not dose.has_work:
            said_lines: list[str] = []
            for ahead in range(index + 1, min(index + 1 + _LOOK_AHEAD, len(entries))):
                under = entries[ahead]
                if ahead in named or under.kind is Kind.HEADING or under.quoted or (said_lines and under.gap):
                    break
                said = read_line_dose(under.text[:_MAX_LINE])
                if said.has_work or (said_lines and said.facts):
                    said_lines.append(under.text[:_MAX_LINE])  # "3 SETS" / "10 REPS" / "HOLD 3 SEC": one dose
                elif said_lines:
                    break
            if said_lines:
                dose = read_line_dose(" ".join(said_lines)).merged(dose)
        lines.append(NamedLine(entries[index], match, dose, block))
    return _without_repeats(lines)


def _without_repeats(lines: list[NamedLine]) -> list[NamedLine]:
    """A move named again without a dose where it is also named with one (a title, an intro, a summary) is
    one move: keep its dosed lines; a move never dosed is kept once."""
    dosed = {line.match.name for line in lines if line.dose.has_work}
    seen: set[str] = set()
    kept = []
    for line in lines:
        name = line.match.name
        if line.dose.has_work or (name not in dosed and name not in seen):
            kept.append(line)
        seen.add(name)
    return kept


def _read_names(reading: Reading, matcher: Matcher | None = None) -> set[str]:
    """The library moves the structural reading read; with ``matcher``, also those a move it read under the page's
    own words starts with ("Superman in prone position", "Walking on the place": a translation's names)."""
    sessions = [reading.outside, *reading.sessions]
    names = {d.match.entry.name for s in sessions for d in s.drafts if d.match.entry is not None}
    for draft in (d for s in sessions for d in s.drafts if d.match.entry is None and matcher is not None):
        found = matcher.mentions(draft.name[:80]) if matcher is not None else []
        if found and found[0][0] == 0:
            names.add(found[0][1].name)
    return names


def missed(reading: Reading, lines: list[NamedLine], matcher: Matcher | None = None) -> bool:
    """Whether the structural reading missed most of the moves the page names, with a dose, on lines of their own
    (a page that only describes moves, "Deadlifts – These are a great …", is left to it)."""
    named = {line.match.name for line in lines if line.dose.has_work}
    if len(named) < _MIN_NAMED:
        return False
    return 2 * len(named & _read_names(reading, matcher)) < len(named)


def fall_back(reading: Reading, entries: list[Entry], matcher: Matcher) -> Reading:
    """The structural reading, or — when it missed most of the page's named moves — the named lines' reading
    in its place, a block for each part heading above them; the title, source, notes and advice kept."""
    lines = named_lines(entries, matcher)
    if not missed(reading, lines, matcher):
        return reading
    first = entry_position(lines[0].entry)
    outside = SessionDraft(None, first, meta=reading.outside.meta, defaults=reading.outside.defaults,
                           intro=reading.outside.intro, advice=reading.outside.advice)
    current: BlockDraft | None = None
    notes = list(reading.notes)
    amended = [d for s in (reading.outside, *reading.sessions) for d in s.drafts if d.amended]  # corrected by a note
    count = 0
    for line in lines:
        if count == MAX_EXERCISES:
            notes.append(Note(entry_position(line.entry), f"not used: a routine holds at most {MAX_EXERCISES} "
                                                          "exercises; the rest of the article is left out"))
            break
        if not line.dose.has_work and len(line.entry.text) > _SHORT:
            continue  # a paragraph that starts with a move's name and gives no dose: a description, not the routine
        title = line.block or "Exercises"
        if current is None or current.title != title:
            current = BlockDraft(title, entry_position(line.entry), "strong" if line.block else "default")
            outside.blocks.append(current)
        position = entry_position(line.entry)
        dose = next((d.dose for d in amended if d.position.line == position.line and (
            d.match.entry is line.match.entry or d.name.lower().endswith(line.match.name.lower()))), line.dose)
        current.drafts.append(Draft(line.match.name, line.match, dose, position, "line"))
        count += 1
    notes.append(Note(first, "the layout was not understood: each line that names a move the exercise library "
                             "knows was read as that move, with the dose beside it; check the routine"))
    return Reading(reading.title, reading.source, outside, [], [], notes, reading.advice, reading.tables)
