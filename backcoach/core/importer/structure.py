"""What each entry of an article is: a session or block heading, a table, a line of facts, or prose.

Articles rarely mark their structure. A class sheet's "Warm up" and a 7-day plan's "Day 1: Core
activation" are plain lines; a web page's table often reaches a text file as one cell per paragraph,
with an empty cell showing only as one more blank line. These functions read such layouts back:
:func:`rebuild_flat_tables` turns a run of cells under a header ("Exercise Name / Number of Sets / …")
into table rows, and the ``*_heading`` and :func:`meta_of` functions recognise the lines that give an
article its parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from .dates import STAMP
from .source import CHAT_PREFIX, SECTION_NUMBER, Entry, Kind, message_entry
from .text_tables import column_kind

# -- headings ----------------------------------------------------------------------------------------------

_WEEKDAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_SESSION = re.compile(
    r"^(?:(?:day|class|session|workout|lesson|routine|week\s?\d{1,2}\s?[,:–—-]?\s?day)\s?#?\s?"
    r"(?:\d{1,2}|[a-e]|one|two|three|four|five|six|seven)\b(?!\s?(?:-|–)?\s?(?:day|week|minute|min)\b)"
    r"|weeks?\s?(?:\d{1,2}(?:\s?(?:-|–|—|to|and|&)\s?\d{1,2})?|one|two|three|four|five|six|seven|eight)"
    r"(?=\s?(?:[:.,(–—-]|$))"
    rf"|(?:{_WEEKDAYS})\b(?=\s?(?:[:.\-–—]|$)))",
    re.IGNORECASE,
)
_STRONG_BLOCK = re.compile(
    r"^(?!main\smuscles?\b)(?:the\s)?(?:warm[\s-]?ups?|cool[\s-]?downs?|cooldown|warming\sup|cooling\sdown|pulse[\s-]raisers?|main(?:\s(?:workout|set|part|block|session|bit|course|event|"
    r"exercises|circuit|section))?|block\s?(?:\d{1,2}|[a-e]\b)|circuit(?:\s?#?\d{1,2}|\s[a-e])?|round\s?\d{1,2}|"
    r"part\s?(?:\d{1,2}|[a-e]\b)|finisher|(?:to\s)?finish(?=\s?:?$)|end(?=\s?:?$)|superset\s?\d{0,2}|pair\s?\d{1,2}|tri-?set|workout|"
    r"the workout|centring|centering|restore|wind[\s-]?down|loosen(?:ing)?\s(?:up|off)(?:\sfirst)?|"
    r"(?-i:WU|CD|MS|W/U|C/D)(?=\s{0,3}[(:-]|$)|"
    r"mobili[sz]e(?=\s?[(:-]|$)|activat(?:e|ion)(?=\s?[(:-]|$)|"
    r"stations?(?!\s?\d{1,2}\s?(?:[:.)–—-]\s?)?[a-z]))\b"
    r"|^(?:[\w'’&-]+\s){0,3}(?:finisher|circuit|emom|e2mom|amrap|tabata|intervals?|supersets?|giant set|complex)"
    r"(?:\s?(?:#|x|for)?\s?\d{1,3}(?:\s?(?:minutes?|mins?|m|rounds?))?|\s[a-e])?\s?(?:[:(–—-]|$)"
    r"|^(?!(?:why|how|what|when|where|do|does|did|is|are|should|can|skip|skipping|don'?t|never|no|importance)\b)"
    r"(?:[\w'’&-]+\s){1,3}(?:warm[\s-]?up|cool[\s-]?down)s?\s?(?:[:(–—-]|$)",
    re.IGNORECASE,
)
_NUMBERED_PART = re.compile(r"^(?:part|block|section|phase|stage)\s?(?:\d{1,2}|[a-e]|one|two|three|four)\s?[:.–—-]\s",
                            re.IGNORECASE)
"""A part's number and its title, however long the title ("Part 2: Back prehab circuit (on a mat)")."""
_PART_REMARK = re.compile(r"^(?!(?:station|round|circuit|exercise|move)\b)(.{3,60}?)\s[—–]\s(?=[a-z\"“'‘])[^\d]{2,80}"
                          r"(?:\d{1,2}[:.]\d\d[^\d]{0,20})?$", re.IGNORECASE)
"""A heading, a spaced dash, then words in small letters with no count in them (a clock's time at most): a remark
on the heading ("Pre-shift warm-up (Part 1) — done together at the cabin, 07:45"; "Station 4 – Wall press-ups" names
the station's move)."""
_STEP_OF = re.compile(r"^step\s?\d{1,2}\s?[:.–—-]\s", re.IGNORECASE)
_PART_OF = re.compile(r"^(?:method|option|section|part)\s?\d{1,2}\sof\s\d{1,2}\b", re.IGNORECASE)
_WEAK_BLOCK = re.compile(
    r"^(?:the\s)?(?:stretch(?:es|ing)?|strength(?:ening)?|mobility|core(?:\s(?:work|strength|exercises))?|"
    r"flexibility|exercises|the exercises|routine|the routine|activation|conditioning|balance|cardio|drills?|"
    r"[a-z]+(?:['’]s)?\s(?:exercises|stretches|moves|work|routine|circuit|sequence|flow|session|set))\b",
    re.IGNORECASE,
)
_TOPIC = re.compile(
    r"^(?!how\s(?:the|this|our|your)\s(?:circuit|workout|class|session|routine)\s(?:works|runs)\b)"
    r"(?:why|how|what|when|who|where|tips?|benefits?|faqs?|conclusion|final thoughts|in summary|summary|"
    r"introduction|types of|the best|best|about|related|similar|references|sources?|disclaimer|comments?|"
    r"share|leave a|subscribe|q\d|a\d|note|notes|important|cautions?|warnings?|safety|precautions?|expert q|"
    r"things you should know|key (?:points|takeaways)|takeaways|"
    r"frequently|other|more|read|see also|watch|video|intro|outro|community|q\s?&\s?a|also|news|events|"
    r"upcoming|coming up|purpose|objectives?|criteria|general instructions|general guidelines|hints?|"
    r"helpful hints|(?:from\sthe\s)?mailbag|housekeeping|letters|readers?'?\squestions|in other news|plenary|"
    r"review(?=\s?(?:[/&:]|$))|peer feedback|[\w-]+['’]s\snotes?(?=\s?[—–:-]))\b"  # "BOSUN'S NOTE — BACKS"
    r"|^(?:abstract|background|methods?|results|conclusions?|participants|interventions?|outcomes?|"
    r"statistical analysis|discussion|limitations|acknowledg\w*|funding|author information|rights and permissions|"
    r"trial registration|usual care|control group|progressions?|progressing|next steps|"
    r"feelings|evaluation|analysis|reflections?|action plan|scope|responsibilities|definitions|records|"
    r"revision history|document control|related documents|abbreviations)\s?:?$",
    re.IGNORECASE,
)
_DOCUMENT_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=[A-Z])")
_META = re.compile(
    r"^(?:(?:approx(?:imate)?|estimated)\.?\s(?=(?:session\s|class\s)?(?:duration|time|length)\b))?"
    r"(?:(?:session|class)\s(?=duration|time|length))?"  # "Approx session duration: 40 min" at a sheet's foot
    r"(?P<key>difficulty|level|intensity|duration|time|total time|class length|length|whole thing|equipment|"
    r"equipment needed|what you(?:'|’)ll need|you(?:'|’)ll need|you will need|what you need|needed|kit)"
    r"\s?:\s?(?P<value>.{1,200})$",
    re.IGNORECASE,
)


def session_heading(text: str) -> bool:
    """"Day 1: Core activation", "Class #2: Revitalise your spine", "Workout B", "Monday: upper back", "Week 2"."""
    return len(text) <= 90 and bool(_SESSION.match(text.strip()))


_PERIOD = re.compile(r"^weeks?\s?(?:\d{1,2}(?:\s?(?:-|–|—|to|and|&)\s?\d{1,2})?|one|two|three|four|five|six|seven|"
                     r"eight)"
                     r"(?=\s?(?:[:.,(–—-]|$))"
                     r"(?![^a-z]{0,4}day\b)", re.IGNORECASE)


def period_heading(text: str) -> bool:
    """"Week 2" (alone, or with a title): a part of a plan that holds days of its own, or is a class itself."""
    return len(text) <= 90 and bool(_PERIOD.match(text.strip()))


_LABEL_WORDS = re.compile(r"\b(day|class|session|workout|lesson|routine|week)s?\s?#?\s?(\d{1,2}|[a-e]|one|two|three|"
                          rf"four|five|six|seven|eight)\b|\b({_WEEKDAYS})\b", re.IGNORECASE)
LABEL_NUMBERS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
                 "eight": "8"}


def session_labels(text: str) -> list[tuple[str, str]]:
    """The labels a plan's heading gives its part, in order: "Week 2 – Day 1 and Day 3" → ``[("week", "2"),
    ("day", "1"), ("day", "3")]``; "Monday: upper back" → ``[("monday", "")]``. What "Same as Week 1" and
    "Repeat Day 2" refer to."""
    labels: list[tuple[str, str]] = []
    for match in _LABEL_WORDS.finditer(text[:200]):
        if match.group(3):
            labels.append((match.group(3).lower(), ""))
        else:
            number = match.group(2).lower()
            labels.append((match.group(1).lower(), LABEL_NUMBERS.get(number, number)))
    return labels


_SIGNS = re.compile(r"^[^\w(\"“'‘]{1,6}\s?(?=\w)")
"""Signs and emoji before a heading's words ("🔥 Warm-up", "» Main set")."""


_SIGNS_AFTER = re.compile(r"(?<=\w)\s[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\ufe0f\u200d]{1,8}$")
"""Emoji after a heading's words ("Step 2: The core circuit 💪")."""
ASIDE_AFTER = re.compile(r"\s?\(([^()]{3,80})\)\s?\.?$")
"""A remark in brackets at the end of a line ("(knees down is fine)"); after a part's name, one of some length is
what its people do there, not part of the name."""
"""A long remark in brackets after a part's name: who does it, in what ("Warm-up (everyone together, in PPE
trousers if on shift)"); a short one may be its length or rounds ("Circuit (x3)"), read with the name."""

_PART_ASIDE = re.compile(r"(?<=\S)\s?\((?:the\s|your\s)?(?:warm[\s-]?up|cool[\s-]?down|main\s(?:part|set|workout|bit))"
                         r"\)$", re.IGNORECASE)
"""A part's own name in brackets after what its writer calls it ("SECURE FROM DRILL (the cool-down)")."""


def block_heading(text: str) -> str | None:
    """``"strong"`` for a part of a class (Warm-up, Block 2, Cool down), ``"weak"`` for a kind of exercise
    (Stretching, Strength exercises …) that is a block only when exercises follow; else ``None``."""
    text = SECTION_NUMBER.sub("", _SIGNS.sub("", _SIGNS_AFTER.sub("", text.strip()).rstrip(":")))  # "4.2 The main
    # programme": a book's section; "🔥 Warm-up", "💪 Main bit", "The core circuit 💪": a post's signs by its parts
    if len(text) <= 90 and (_PART_OF.match(text) or _NUMBERED_PART.match(text)):
        return "strong"  # "Method 2 of 3: Using a Stability Ball", "Part 2: Back prehab circuit (on a mat)"
    if len(text) <= 120 and _PART_ASIDE.search(text):
        return "strong"  # "HANDS TO STATIONS (the warm-up)": a part, whatever its writer calls it
    remarked = _PART_REMARK.match(text) if len(text) <= 160 else None
    if remarked is not None and block_heading(remarked.group(1)) == "strong":
        return "strong"  # "Pre-shift warm-up (Part 1) — done together at the cabin, 07:45": the part, then a remark
    step = _STEP_OF.match(text)
    if step is not None and block_heading(text[step.end():]) == "strong":
        return "strong"  # "Step 2: The core circuit 💪": a part, numbered as a step of the whole ("Step 1: Lie on your
        # back" is a move's step)
    if len(text) <= 120:
        aside = ASIDE_AFTER.search(text)
        if aside is not None and len(aside.group(1)) >= 20 and aside.group(0)[0].isspace():
            text = text[:aside.start()]  # "W/U (everyone together, in PPE trousers if on shift)": the part's name
    if len(text) > 60 or len(text.split()) > 7 or text.endswith(("?", ".")):
        return None
    if _STRONG_BLOCK.match(text):
        return "strong"
    if _WEAK_BLOCK.match(text):
        return "weak"
    return None


def topic_heading(text: str) -> bool:
    """A heading about something other than the workout ("Why …", "Tips for success", a question)."""
    text = _DOCUMENT_NUMBER.sub("", text.strip())  # "## 1. Purpose", "8. References": a document's sections
    return text.endswith("?") or bool(_TOPIC.match(text))


@dataclass(frozen=True)
class Meta:
    key: str
    """level, duration or equipment."""
    value: str


def meta_of(text: str) -> Meta | None:
    """"Difficulty: easy", "Duration: 10 minutes", "What you'll need: dumbbells, mat"."""
    match = _META.match(text.strip())
    if match is None:
        return None
    key = match.group("key").lower()
    kind = ("level" if key in ("difficulty", "level", "intensity") else
            "duration" if key in ("duration", "time", "total time", "class length", "length", "whole thing")
            else "equipment")
    return Meta(kind, match.group("value").strip())


# -- timestamps -------------------------------------------------------------------------------------------

_TIMESTAMP = re.compile(r"^[(\[]?((?:\d{1,2}:)?\d{1,2}):(\d\d)[)\]]?\s?[-–—:|.)]?\s+(?=[A-Za-z]|\d{1,2}[.)]\s\S)")
"""A chapter's time before what it shows ("0:45 Cat-cow x 10", "[0:05] 1. cat cow x10")."""


_TIMETABLE_LINE = re.compile(r"^\d{1,2}[:.]\d\d\s?(?:-|–|—|to)\s?\d{1,2}[:.]\d\d\s")
_WEEKDAY_ONLY = re.compile(rf"^(?:{_WEEKDAYS})s?\s?:?$", re.IGNORECASE)


def drop_timetables(entries: list[Entry]) -> list[Entry]:
    """A centre's weekly timetable set among a class's lines, as a sheet's text puts a side box where it likes
    ("Monday" over "10:00-10:45 Back Class (Hall 2) £3.50" and "13:30-15:00 Craft & Chat"): a weekday with only
    class times under it is no day of the routine, and its times are no moves; both are dropped."""
    dropped: set[int] = set()
    index = 0
    while index < len(entries):
        entry = entries[index]
        after = index + 1
        if entry.kind in (Kind.TEXT, Kind.HEADING) and _WEEKDAY_ONLY.match(entry.text.strip()):
            while after < len(entries) and entries[after].kind in (Kind.TEXT, Kind.ITEM) \
                    and _TIMETABLE_LINE.match(entries[after].text):
                after += 1
            if after > index + 1:
                dropped.update(range(index, after))
                index = after
                continue
        index += 1
    return [entry for at, entry in enumerate(entries) if at not in dropped] if dropped else entries


_PLACEHOLDER = re.compile(r"^\[\s?(?:picture|image|img|figure|fig\.?|photo|illustration|diagram|drawing|graphic|video|"
                          r"background|gif|boomerang|(?:\w+\s)?sticker)\b[^\[\]]{0,300}\]$", re.IGNORECASE)
"""Where a printout or a text copy had a picture ("[Picture: a person sitting in a chair lifting one knee]"), or a
story's frame its video, background and stickers ("[poll sticker: …]")."""
_SCREEN_LABEL = re.compile(r"^(?:(?:big|small|main|large|bold)\s)?text(?:\s(?:at\s)?(?:the\s)?(?:top|bottom|middle))?"
                           r"\s?:\s(?=\S)", re.IGNORECASE)
"""What a story's frame says typed out with where it stands ("Big text: 1️⃣ CAT-COW", "Small text at bottom: …")."""


def drop_placeholders(entries: list[Entry]) -> list[Entry]:
    """A picture's placeholder is no part of the text around it: taken out, a move's name is right over its
    description again ("Exercise 7: Seated marching" over "[Picture: …]" over "Hold the sides of the chair …"). A
    story's frame typed out says where its words stand ("Big text: 1️⃣ CAT-COW"): the words are read as they are."""
    out = []
    for entry in entries:
        if entry.kind in (Kind.TEXT, Kind.ITEM) and _PLACEHOLDER.match(entry.text.strip()):
            continue
        label = _SCREEN_LABEL.match(entry.text) if entry.kind is Kind.TEXT else None
        if label is not None:  # "Big text: 1️⃣ CAT-COW": the words on screen, read as written there
            said = message_entry(entry.text[label.end():], entry.line, entry.column + label.end(), entry.gap)
            if said is not None:
                entry = said
        out.append(entry)
    return out


def drop_timestamps(entries: list[Entry]) -> list[Entry]:
    """A video's chapters ("0:45 Cat-cow x 10", "(2:10) Child's pose"): the times say where the move is in
    the video, not how long it lasts. Lines that start with a time are chapters when there are at least three
    and their times never go back; then the times are dropped."""
    stamped: list[tuple[int, int]] = []
    for index, entry in enumerate(entries):
        found = _TIMESTAMP.match(entry.text) if entry.kind in (Kind.TEXT, Kind.ITEM) else None
        if found is not None:
            minutes = sum(int(part) * 60 ** n for n, part in enumerate(reversed(found.group(1).split(":"))))
            stamped.append((index, minutes * 60 + int(found.group(2))))
    times = [t for _i, t in stamped]
    if len(stamped) < 3 or any(later < earlier for earlier, later in pairwise(times)):
        return entries
    out = list(entries)
    for index, _time in stamped:
        entry = out[index]
        cut = _TIMESTAMP.match(entry.text)
        if cut is not None:
            out[index] = Entry(Kind.ITEM, entry.text[cut.end():], entry.line, entry.column + cut.end(),
                               gap=entry.gap, lead=entry.lead if entry.lead.startswith(entry.text[cut.end():]) else "")
    return out


# -- tables ------------------------------------------------------------------------------------------------

_TARGET = re.compile(r"^(?:target|planned|plan|goal)$", re.IGNORECASE)
"""The planned dose's column beside what was done ("Target" by "Actual")."""


def header_kinds(cells: tuple[str, ...]) -> tuple[str, ...] | None:
    """The column kinds of a header row, or ``None`` when the row is not a header of a workout table."""
    kinds = list(column_kind(cell) or "" for cell in cells)
    if "actual" in kinds:
        # a watch's summary, "Step | Exercise | Target | Actual": the plan is the target, what was done is no dose
        kinds = ["ignore" if kind == "actual" else "amount" if _TARGET.match(cell.strip(" :*")) else kind
                 for kind, cell in zip(kinds, cells, strict=True)]
    if "week" in kinds:
        # "Exercise | Weeks 1–2 | Weeks 3–4": a progression; the routine is its first column (the rest come later)
        first = kinds.index("week")
        kinds = ["first_week" if i == first else "ignore" if kind == "week" else kind for i, kind in enumerate(kinds)]
    known = [k for k in kinds if k]
    doses = [k for k in known if k in ("sets", "reps", "rest", "hold", "rounds", "sets_reps", "amount", "first_week",
                                       "set_step")]
    if len(known) < max(2, (len(cells) + 1) // 2) or not (doses or ("name" in kinds and len(known) >= 3)):
        return None  # ("Station | Track | Move | Cues": the moves of a circuit whose dose is said above it)
    if "name" not in kinds:
        # no column says "Exercise": the names are in the first column no other word claims ("#" and "No." do)
        unnamed = [i for i, kind in enumerate(kinds) if not kind]
        kinds[unnamed[0] if unnamed else 0] = "name"
    return tuple(kinds)


_INDEX_CELL = re.compile(r"^\s?(?:#|no\.?\s?)?\d{1,3}[.):]?\s?$|^\s?[a-z][.)]\s?$", re.IGNORECASE)
_SLOT_CELL = re.compile(
    r"^\s?(?P<from>\d{1,2}[:.]\d\d)\s?(?:[ap]\.?m\.?)?\s?(?:-|–|—|to)\s?(?P<to>\d{1,2}[:.]\d\d)\s?(?:[ap]\.?m\.?)?\s?$"
    r"|^\s?(?:minutes?|min)\s?\d{1,3}(?:\s?(?:-|–|—|to)\s?\d{1,3})?\s?:?\s?$",
    re.IGNORECASE)


def name_column(cells: tuple[str, ...]) -> int:
    """In a row with no header, the cell that holds the move's name: the first that is not a number ("1", "#2")
    or a time slot ("3:00 – 5:00", "Minute 2"), which articles put before the name."""
    for index, cell in enumerate(cells):
        if cell.strip() and not _INDEX_CELL.match(cell) and not _SLOT_CELL.match(cell):
            return index
    return 0


def slot_length(cells: tuple[str, ...]) -> int | None:
    """The seconds a row's time slot lasts ("3:00 – 5:00": 120), or ``None`` when the row has no slot."""
    for cell in cells:
        found = _SLOT_CELL.match(cell)
        if found is not None and found.group("from") and not re.search(r"\d\s?[ap]\.?m", cell, re.IGNORECASE):
            start, end = (_clock_seconds(found.group(g)) for g in ("from", "to"))
            return end - start if end > start else None
    return None


def _clock_seconds(text: str) -> int:
    minutes, seconds = re.split(r"[:.]", text)
    return int(minutes) * 60 + int(seconds)


_CELL_MAX = 60
_CELL_WORDS = 10
_HEADER_MAX = 16
"""The most columns a header of a table flattened to a cell a line has (without it, a long run of lines that each
could be a header cell, "x", was read again from each of its lines: quadratic)."""


def _is_cell(entry: Entry) -> bool:
    return entry.kind is Kind.TEXT and len(entry.text) <= _CELL_MAX and len(entry.text.split()) <= _CELL_WORDS \
        and not entry.text.endswith((".", "!", "?"))


def rebuild_flat_tables(entries: list[Entry]) -> list[Entry]:
    """Tables that arrive as one cell per line, turned back into rows.

    A run of at least two short lines that name columns (one naming the exercise and one a dose) is a
    header; the cells that follow fill rows of that width, left to right. When the header's cells are
    separated by blank lines, each blank line more than that stands for an empty cell. The table ends at
    the first line that is not a cell (a sentence, a long paragraph, a heading or a list).
    """
    out: list[Entry] = []
    index = 0
    count = len(entries)
    while index < count:
        entry = entries[index]
        header_end = index
        while header_end < count and header_end - index < _HEADER_MAX and _is_cell(entries[header_end]) \
                and column_kind(entries[header_end].text):
            header_end += 1  # at most a header's width: a page of "x" lines is not looked at again from every line
        header = entries[index:header_end]
        kinds = header_kinds(tuple(e.text for e in header)) if len(header) >= 2 else None
        if kinds is None:
            out.append(entry)
            index += 1
            continue
        base = min(e.gap for e in header[1:])
        width = len(header)
        out.append(Entry(Kind.ROW, " | ".join(e.text for e in header), entry.line, entry.column,
                         cells=tuple(e.text for e in header)))
        row: list[str] = []
        row_start: Entry | None = None
        position = header_end
        while position < count and _is_cell(entries[position]) and position - header_end < 5000:
            cell = entries[position]
            empties = max(0, cell.gap - base) if (row or position > header_end) else 0
            for _ in range(empties):
                row.append("")
                if len(row) == width:
                    out.append(_row(row, row_start or cell))
                    row, row_start = [], None
            if not row:
                row_start = cell
            row.append(cell.text)
            if len(row) == width:
                out.append(_row(row, row_start or cell))
                row, row_start = [], None
            position += 1
        if row:
            following = entries[position] if position < count else None
            empties = max(0, following.gap - base) if following is not None else width - len(row)
            row.extend([""] * min(width - len(row), empties))
            if len(row) < width:
                row.extend([""] * (width - len(row)))
            out.append(_row(row, row_start or entries[position - 1]))
        index = position
    return out


def _row(cells: list[str], first: Entry) -> Entry:
    return Entry(Kind.ROW, " | ".join(c for c in cells if c), first.line, first.column, cells=tuple(cells))


# -- workout logs -------------------------------------------------------------------------------------------

_SET_LINE = re.compile(r"^\s?set\s?#?(\d{1,2})\s?[:.)\-–—]\s?(.{1,60})$", re.IGNORECASE)
_LOGGED_TIME = re.compile(r"^(?:(\d{1,2}):)?(\d{1,2}):(\d\d)$|^(\d{1,4})\s?(?:s|secs?|seconds?)$", re.IGNORECASE)
_LOGGED_REPS = re.compile(
    r"^(?:(?:\d{1,4}(?:[.,]\d{1,2})?\s?(?:kg|kgs|lbs?|pounds?)|bw|bodyweight)\s?(?:x|×|\*)\s?)?(\d{1,3})"
    r"(?:\s?(?:reps?|repetitions))?$", re.IGNORECASE)
_MAX_LOGGED_SETS = 30


def _logged(value: str) -> tuple[str, int] | None:
    """One logged set's value: ``("hold", 45)`` for "0:45", ``("reps", 10)`` for "8 reps" or "12.5 kg × 10"."""
    value = value.strip().rstrip(".")
    timed = _LOGGED_TIME.match(value)
    if timed is not None:
        if timed.group(4):
            return "hold", int(timed.group(4))
        hours = int(timed.group(1) or 0)
        return "hold", hours * 3600 + int(timed.group(2)) * 60 + int(timed.group(3))
    counted = _LOGGED_REPS.match(value)
    if counted is not None:
        return "reps", int(counted.group(1))
    return None


def fold_set_logs(entries: list[Entry]) -> list[Entry]:
    """A workout log pasted from a phone app: a move's name, then a line per set ("Set 1: 8 reps", "Set 1: 0:45",
    "Set 2: 12.5 kg × 10"). The set lines are the dose of the name above them, never moves of their own: each
    run becomes one line, "Plank – 3 sets of 45 seconds" (the weight is left out; counts that differ give a range)."""
    out: list[Entry] = []
    index = 0
    count = len(entries)
    while index < count:
        entry = entries[index]
        run: list[tuple[str, int]] = []
        position = index + 1
        while position < count and len(run) < _MAX_LOGGED_SETS and entries[position].kind in (Kind.TEXT, Kind.ITEM):
            found = _SET_LINE.match(entries[position].text)
            value = _logged(found.group(2)) if found is not None else None
            if value is None or (run and value[0] != run[0][0]):
                break
            run.append(value)
            position += 1
        if not run or entry.kind not in (Kind.TEXT, Kind.ITEM, Kind.HEADING) or _SET_LINE.match(entry.text) \
                or len(entry.text) > 60:
            out.append(entry)
            index += 1
            continue
        kind = run[0][0]
        low, high = min(v for _k, v in run), max(v for _k, v in run)
        amount = str(low) if low == high else f"{low}-{high}"
        dose = f"{len(run)} sets of {amount} {'seconds' if kind == 'hold' else 'reps'}"
        name = entry.text.rstrip(" :")
        out.append(Entry(Kind.ITEM, f"{name} – {dose}", entry.line, entry.column, gap=entry.gap, lead=name))
        index = position
    return out


# -- transcripts --------------------------------------------------------------------------------------------

_STAMP_LINE = re.compile(r"^\s?\(?(?:\d{1,2}:)?\d{1,2}:\d\d\)?\s?$")
_INNER_STAMP = re.compile(r"(?:^|(?<=\s))\(?((?:\d{1,2}:)?\d{1,2}:\d\d)\)?(?=\s|$)")
_SOUND = re.compile(r"^\s?\[(?:music|applause|laughter|inaudible|silence|sound|noise)\]\s?$", re.IGNORECASE)


def join_transcript(entries: list[Entry]) -> list[Entry]:
    """A video's transcript pasted as text: a time alone on a line ("0:42"), then the words said from then on,
    broken wherever the captions broke. When at least three such times never go back, the times and the
    "[Music]" marks are dropped and the words are joined, so that a sentence broken over captions ("we're gonna
    do ten" / "of these") reads whole. When the page also lists the video's chapters ("0:21 Pelvic tilts", times
    within the transcript's), each chapter becomes a heading over the words said in it (its move and what is
    said of it); else the words are one paragraph."""
    stamps = [i for i, e in enumerate(entries) if e.kind in (Kind.TEXT, Kind.ITEM) and _STAMP_LINE.match(e.text)]
    if len(stamps) < 3:
        return entries
    times = [_clock(entries[i].text) for i in stamps]
    if any(later < earlier for earlier, later in pairwise(times)) \
            or all(STAMP.fullmatch(entries[i].text) for i in stamps):
        return entries  # ("09:15", "09:16", "17:11" over a physio's texts: when each was sent, no video's times)
    first, last = stamps[0], stamps[-1]
    end = last + 1
    while end < len(entries) and entries[end].kind in (Kind.TEXT, Kind.ITEM) and entries[end].gap == 0 \
            and end - last <= 3 and not _STAMP_LINE.match(entries[end].text):
        end += 1  # the words after the last time
    said: list[tuple[int, Entry]] = []
    breaks: set[int] = set()  # where the music plays between two stretches of talk: a pause in the class
    now = times[0]
    for entry in entries[first:end]:
        # a caption's time can end up inside a line joined to the one before it ("… start with 0:26 pelvic tilts")
        pieces = _INNER_STAMP.split(entry.text)
        for number, piece in enumerate(pieces):
            if number % 2:
                later = _clock(piece)
                if later < now:
                    return entries
                now = later
            elif _SOUND.match(piece):
                breaks.add(len(said))
            elif piece.strip():
                said.append((now, Entry(Kind.TEXT, piece.strip(), entry.line, entry.column)))
    if not said:
        return entries
    chapters: list[tuple[int, int, str]] = []  # (index, time, name)
    for index, entry in enumerate(entries):
        found = _TIMESTAMP.match(entry.text) if entry.kind in (Kind.TEXT, Kind.ITEM) and not first <= index < end \
            else None
        if found is not None:
            stamp = re.sub(r"[^\d:]", "", entry.text[:found.end()]).strip(":")
            chapters.append((index, _clock(stamp), entry.text[found.end():]))
    chapter_times = [t for _i, t, _n in chapters]
    if len(chapters) < 2 or any(b <= a for a, b in pairwise(chapter_times)) or chapter_times[-1] > times[-1]:
        cuts = [0, *sorted(b for b in breaks if 0 < b < len(said)), len(said)]
        spoken = [Entry(Kind.TEXT, _joined([e for _t, e in said[start:stop]]), said[start][1].line,
                        said[start][1].column, gap=entries[first].gap if start == 0 else 1, spoken=True)
                  for start, stop in pairwise(cuts)]
        return [*entries[:first], *spoken, *entries[end:]]
    out = list(entries[:first])
    position = 0  # the words are in time order: one pass over them for all the chapters
    while position < len(said) and said[position][0] < chapter_times[0]:
        position += 1  # said before the first chapter
    for number, (index, _start, name) in enumerate(chapters):
        stop = chapter_times[number + 1] if number + 1 < len(chapters) else None
        words = []
        while position < len(said) and (stop is None or said[position][0] < stop):
            words.append(said[position][1])
            position += 1
        chapter = entries[index]
        out.append(Entry(Kind.HEADING, name, chapter.line, chapter.column, 3, gap=2))
        if words:
            out.append(Entry(Kind.TEXT, _joined(words), words[0].line, words[0].column, gap=1))
    listed = {index for index, _t, _n in chapters}
    out.extend(e for index, e in enumerate(entries[end:], end) if index not in listed)
    return out


def _joined(entries: list[Entry]) -> str:
    return " ".join(" ".join(e.text.split()) for e in entries)


def _clock(text: str) -> int:
    seconds = 0
    for part in text.strip(" ()").split(":")[-3:]:
        seconds = seconds * 60 + int(part)
    return seconds


# -- chats --------------------------------------------------------------------------------------------------

_CHAT_NOISE = re.compile(r"^\s?(?:<media omitted>|<attached:[^>]{0,200}>|this message was deleted|"
                         r"you deleted this message|messages and calls are end-to-end encrypted\b.*)\s?$",
                         re.IGNORECASE)


_CHAT_TITLE = re.compile(r"(?:^|\s)(?:(?:your|my|the|a|this|today'?s|tonight'?s)\s)?"
                         r"((?:[A-Za-z][\w-]{1,15}\s){0,2}(?:session|routine|workout|programme|program|plan))\b",
                         re.IGNORECASE)
"""What a coach's message calls the routine ("here's your home programme", "Home back session, do it …")."""


def strip_chat_prefixes(entries: list[Entry]) -> list[Entry]:
    """A chat exported as text ("[03/03/2024, 07:41:58] Coach Mike: WARM UP"): when at least three lines start with
    a date, a time and a sender, those are dropped, so that each message reads as what it says (a part's heading,
    a move and its dose); "<Media omitted>" and deleted messages are left out. The first message that names the
    routine gives its title, with its sender ("Home programme (Sam Physio)")."""
    found = [CHAT_PREFIX.match(e.text) if e.kind in (Kind.TEXT, Kind.ITEM) else None for e in entries]
    if sum(1 for f in found if f is not None and f.end() > 0) < 3:
        return entries
    out: list[Entry] = []
    title: Entry | None = None
    sender: str | None = None
    for entry, prefix in zip(entries, found, strict=True):
        if prefix is None or prefix.end() == 0:
            out.append(entry)
            continue
        text = entry.text[prefix.end():].strip()
        if not text or _CHAT_NOISE.match(text):
            continue
        named = _CHAT_TITLE.search(text[:300]) if title is None else None
        if named is not None and prefix.group("sender"):
            # "here's your home programme from yesterday's session" from Sam Physio: "Home programme (Sam Physio)"
            words = named.group(1).strip()
            title = Entry(Kind.HEADING, f"{words[:1].upper()}{words[1:]} ({prefix.group('sender').strip()})",
                          entry.line, 1, 1)
        said = message_entry(text, entry.line, entry.column + prefix.end(), max(1, entry.gap))
        if said is not None:
            speaker = (prefix.group("sender") or "").strip() or None
            # the other person's turn ends the move above: Jess's question is no line of Sam's "7. Knee to chest"
            out.append(replace(said, ruled=True) if speaker != sender and sender is not None else said)
            sender = speaker or sender
    return [title, *out] if title is not None else out


_SHOUTED_HEAD = re.compile(r"^([^()\n:–—]{3,60}?)(?=\s?[(:–—]|\s-\s|$)")
_CAPS_LEAD = re.compile(r"^([A-Z][A-Z&/-]{3,20}(?:\s[A-Z&/-]{1,20}){0,2})\s+(?:[–—:→]\s?|->\s)?(?=[a-z0-9×])")
"""A part's name in capitals at the head of a line, its dose after it in lower case ("CIRCUIT  x3 rounds, …", a
whiteboard's "CIRCUIT  ->  4 rnds")."""
_SPACED_DASH = re.compile(r"\s[-–—]\s")
_SLIDE = re.compile(r"\s?\((?:slides?|swipe|pics?|photos?|images?|videos?|reel)\b[^()]{0,40}\)", re.IGNORECASE)
"""A social post's reference to its pictures ("(slide 2)", "(slides 3-7)"): not part of a heading."""


_SERIES_POST = re.compile(r"^(?P<lead>.{0,80}?)\s(?P<n>\d{1,2})/(?P<of>\d{1,2})\s(?P<name>.{2,80})$")
"""A post of a numbered series, its move after the number ("lunaflow.yoga HAPPY BACK SERIES 1/7 🐈‍⬛🐄 CAT–COW")."""


def series_posts(entries: list[Entry]) -> list[Entry]:
    """A series of social posts copied one after another, each headed by the account, the series, its number and
    its move ("… HAPPY BACK SERIES 2/7 🧵 THREAD THE NEEDLE"): each post's move is a heading over its caption, as
    a page's move heading would be. Three posts of one series at least (the same lead and count), so a line that
    only holds a date or a score stays as it is."""
    found = [_SERIES_POST.match(e.text) if e.kind is Kind.TEXT and len(e.text) <= 200 else None for e in entries]
    series: dict[tuple[str, str], int] = {}
    for match in found:
        if match is not None:
            key = (match.group("lead").lower(), match.group("of"))
            series[key] = series.get(key, 0) + 1
    if not series or max(series.values()) < 3:
        return entries
    out: list[Entry] = []
    for entry, match in zip(entries, found, strict=True):
        name = _NOT_WORD_EDGE.sub("", match.group("name")) if match is not None else ""
        if match is not None and series[(match.group("lead").lower(), match.group("of"))] >= 3 \
                and sum(c.isalpha() for c in name) >= 3:
            out.append(Entry(Kind.HEADING, name, entry.line, entry.column, 2, gap=entry.gap, ruled=entry.ruled))
            continue
        out.append(entry)
    return out


_NOT_WORD_EDGE = re.compile(r"^[^\w(]+|[^\w)!?]+$")
"""What stands before a post's move and after it (emoji, arrows): no part of the name."""


def shouted_parts(entries: list[Entry]) -> list[Entry]:
    """A social post's or a blog's part of the class written in capitals after an emoji or a bullet ("🔥 WARM UP
    (slide 2)", "💪 THE CIRCUIT — 3 rds, 30s on 15s off"): a heading, as a line of its own would be, not a move
    of a list; a reference to the post's pictures is dropped from it. Only a strong part's name (Warm up, Circuit,
    Cool down …) in capitals, so a move shouted in a list ("🔥 PLANK 30s") stays a move. So is a plain-text
    plan's line that starts with one ("CIRCUIT  x3 rounds, rest 60s between rounds")."""
    out: list[Entry] = []
    for entry in entries:
        if entry.kind is Kind.ITEM and not entry.ordered:
            head = _SHOUTED_HEAD.match(entry.text)
            letters = [c for c in head.group(1) if c.isalpha()] if head is not None else []
            if head is not None and len(letters) >= 4 and all(c.isupper() for c in letters) \
                    and block_heading(head.group(1)) == "strong":
                text = _SLIDE.sub("", entry.text).strip()
                out.append(Entry(Kind.HEADING, text, entry.line, entry.column, 0, gap=entry.gap, ruled=entry.ruled))
                continue
        if entry.kind is Kind.TEXT:
            head = _CAPS_LEAD.match(entry.text)
            if head is not None and block_heading(head.group(1)) == "strong" \
                    and not _SPACED_DASH.search(entry.text, head.end()):  # "CIRCUIT ×3 rounds — rest …": as it is
                text = f"{head.group(1)} – {entry.text[head.end():]}"
                out.append(Entry(Kind.HEADING, text, entry.line, entry.column, 0, gap=entry.gap, ruled=entry.ruled))
                continue  # "CIRCUIT  x3 rounds, rest 60s between rounds": a plain-text plan's part and its rounds
        out.append(entry)
    return out


_LADDER_HEADING = re.compile(r"^(?:[\w'’/&-]+\s){1,4}(?:progression|ladder)$", re.IGNORECASE)
"""A heading over a progression's steps, easiest first ("### Bridge progression" over "1. Glute bridge")."""


def progression_steps(entries: list[Entry]) -> list[Entry]:
    """A routine's table whose rows name progressions ("Bridge progression | 3 x 8–15 | 60 s"), each listed
    step by step, easiest first, under a heading of its own further down ("### Bridge progression" over "1. Glute
    bridge", "2. Single-leg glute bridge" …), as a calisthenics wiki writes its routines: the row's move is the
    progression's first step, where a beginner starts. A progression with no such list stays as it is named."""
    firsts: dict[str, str] = {}
    for index, entry in enumerate(entries[:-1]):
        under = entries[index + 1]
        if entry.kind is Kind.HEADING and _LADDER_HEADING.match(entry.text.strip()) \
                and under.kind is Kind.ITEM and under.ordered:
            firsts.setdefault(entry.text.strip().lower(), under.text)
    if not firsts:
        return entries
    out = []
    for entry in entries:
        if entry.kind is Kind.ROW and any(c.strip().lower() in firsts for c in entry.cells):
            cells = tuple(firsts.get(c.strip().lower(), c) for c in entry.cells)
            entry = replace(entry, cells=cells, text=" | ".join(c for c in cells if c))
        out.append(entry)
    return out


DASH_CELL = re.compile(r"^\s?(?:[-–—−]+|n/?a)\s?$", re.IGNORECASE)
"""A progression's cell with only a dash: the move is not part of that stage yet."""
STAGE_COLUMN = re.compile(r"^(?:(?:\d(?:st|nd|rd|th)|first|second|third)\s)?trimester(?:\s\d)?\b", re.IGNORECASE)
"""A column of a time that has its own routine, not a step of one programme ("1st trimester (up to 13 weeks)")."""


def stage_tables(entries: list[Entry]) -> list[Entry]:
    """A table with a column for each trimester ("Exercise | 1st trimester | 2nd trimester | 3rd trimester"): each
    column is the routine of its time, read as a part of its own (its header a heading over a table of the moves
    and that column's doses; a move whose cell is a dash is not done then). A table of weeks is one programme's
    progression, read by its first column (see :func:`header_kinds`)."""
    out: list[Entry] = []
    index = 0
    while index < len(entries):
        entry = entries[index]
        stages = [n for n, cell in enumerate(entry.cells) if n and STAGE_COLUMN.match(cell.strip(" *"))] \
            if entry.kind is Kind.ROW else []
        if not 2 <= len(stages) <= 4:  # (three trimesters: a row of many is no such table, and stays bounded)
            out.append(entry)
            index += 1
            continue
        end = index + 1
        while end < len(entries) and entries[end].kind is Kind.ROW and len(entries[end].cells) == len(entry.cells):
            end += 1
        rows = entries[index + 1:end]
        for stage in stages:
            out.append(Entry(Kind.HEADING, entry.cells[stage].strip(" *"), entry.line, entry.column, level=3))
            cells = (entry.cells[0], "Dose")
            out.append(Entry(Kind.ROW, " | ".join(cells), entry.line, entry.column, cells=cells))
            for row in rows:
                cell = row.cells[stage].strip()
                if cell and not DASH_CELL.match(cell):
                    cells = (row.cells[0], cell)
                    out.append(Entry(Kind.ROW, " | ".join(cells), row.line, row.column, cells=cells))
        index = end
    return out


_LEVEL_LINE = re.compile(r"^(?P<level>beginners?|novice|intermediate|advanced|expert|level\s?[1-4])\s?[-–—:]?\s+"
                         r"(?P<dose>\S.{0,60})$", re.IGNORECASE)
"""A level's dose on a line of its own ("INTERMEDIATE   3 sets x 12")."""
_LEVEL_ORDER = ("beginner", "novice", "intermediate", "advanced", "expert")
_NUMBER = re.compile(r"\d{1,4}(?:\.\d)?")


def _level_rank(word: str) -> int:
    """Where a level stands, easiest first: the lines run from the easiest to the hardest, or are no run."""
    word = word.lower().rstrip("s")
    return int(word[-1]) if word.startswith("level") else _LEVEL_ORDER.index(word) if word in _LEVEL_ORDER else 0


def level_lines(entries: list[Entry]) -> list[Entry]:
    """A sign's doses by level, a line each ("BEGINNER  6 reps", "INTERMEDIATE  10 reps", "ADVANCED  14 reps"): one
    line of the doses from the easiest level to the hardest ("6-14 reps"), as a routine's range is picked by level.
    The lines must say the same thing with other numbers ("2 sets x 10" … "4 sets x 14": "2-4 sets x 10-14");
    else they are left as they are."""
    out: list[Entry] = []
    index = 0
    while index < len(entries):
        run: list[re.Match[str]] = []
        while index + len(run) < len(entries) and len(run) < 5:
            entry = entries[index + len(run)]
            found = _LEVEL_LINE.match(entry.text) if entry.kind in (Kind.TEXT, Kind.ITEM) else None
            if found is None or (run and _level_rank(found.group("level")) <= _level_rank(run[-1].group("level"))):
                break
            run.append(found)
        merged = _merged_levels([found.group("dose") for found in run]) if len(run) >= 2 else None
        if merged is None:
            out.append(entries[index])
            index += 1
            continue
        first = entries[index]
        out.append(replace(first, kind=Kind.TEXT, text=merged, cells=()))
        index += len(run)
    return out


def _merged_levels(doses: list[str]) -> str | None:
    """The doses of the easiest and the hardest level said as one, each number a range ("1 minute", "3 minutes":
    "1-3 minutes"); ``None`` unless every line says the same words around its numbers."""
    shapes = {re.sub(r"(?<=[a-z])s\b", "", _NUMBER.sub("#", dose.lower())) for dose in doses}
    lows, highs = _NUMBER.findall(doses[0]), _NUMBER.findall(doses[-1])
    if len(shapes) != 1 or not lows or len(lows) != len(highs):
        return None
    numbers = iter(low if low == high else f"{low}-{high}" for low, high in zip(lows, highs, strict=True))
    return _NUMBER.sub(lambda _found: next(numbers), doses[-1])
