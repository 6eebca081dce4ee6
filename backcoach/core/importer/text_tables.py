"""Tables in plain text that are not Markdown's: a spreadsheet pasted as delimited text, and box-drawn grids.

A coach exports a sheet as CSV and pastes it into an email (``Exercise;Sets;Reps;Hold (s);Rest (s)``, empty
rows of bare semicolons, quoted cells with the delimiter inside); a class card copied out of a PDF keeps its
box-drawing characters (``┌─┬─┐``, ``│``, ``├─┼─┤``), its section rows spanning the table and its cells
wrapped over several lines. Both are the same table as a pipe table, so :mod:`.source` turns what is found
here into the same row entries (a section row into a heading).

This module knows lines and cells only, not entries (it is imported by :mod:`.source`). Every function is
one pass over the lines with a bounded look at each, so it is linear in the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

MAX_CELLS = 40
"""A row with more cells than this is no workout table (and no later step sees more)."""
MAX_CELL_CHARS = 200
"""A delimited "cell" longer than this is a sentence with commas, not a spreadsheet's cell, unless it is quoted
as a spreadsheet quotes a cell of notes."""


@dataclass(frozen=True)
class TextRow:
    """A row of a table found in the text: its cells (empty ones kept, so columns stay in place), the line
    (0-based) and column it starts at; ``section`` for a row spanning the table ("WARM-UP (about 8 minutes)"),
    which heads the rows under it; no cells for a row with nothing in it (an empty spreadsheet row)."""

    line: int
    column: int
    cells: tuple[str, ...]
    section: bool = False


@dataclass(frozen=True)
class TextTable:
    """A table: the lines it takes (``start`` to ``end``, 0-based, end excluded) and its rows in order."""

    start: int
    end: int
    rows: tuple[TextRow, ...]


_COLUMN_WORDS = (
    ("name", re.compile(r"^(?:exercises?(?:\sname)?|name|moves?|movements?|activity|activities|stretch(?:es)?|"
                        r"what|what\s(?:we|you)\sdo|exercises?\s?/\s?(?:dose|reps))$")),
    ("amount", re.compile(r"^(?:(?:reps?|repetitions)\s?(?:/|or|and|&)\s?(?:time|duration|hold|seconds)|"
                          r"(?:time|duration|hold)\s?(?:/|or|and|&)\s?(?:reps?|repetitions)|amount|dose|volume|"
                          r"how many|how much)$")),
    ("sets_reps", re.compile(r"^(?:sets?\s?(?:x|×|and|&|/)\s?reps?|sets?\s?(?:x|×|and|&|/)\s?repetitions|dosage|"
                             r"prescription|parameters)$")),
    ("week", re.compile(r"^(?:weeks?|wks?|stage|phase)\s?\d{1,2}(?:\s?(?:-|–|—|to|&|and)\s?\d{1,2})?$")),
    ("index", re.compile(r"^(?:#|no\.?|nr\.?|number|step|order|slot|when|time\sslot|clock|ser(?:ial)?|station|stn)$")),
    ("sets", re.compile(r"^(?:(?:number|no\.?|#)\s(?:of\s)?sets|sets?)$")),
    ("set_step", re.compile(r"^set\s?\d{1,2}$")),
    ("reps", re.compile(r"^(?:(?:number|no\.?|#)\s(?:of\s)?(?:reps|repetitions)|reps?|repetitions|repeats|"
                        r"reps?\s(?:per|each)\s(?:side|set|leg))$")),
    ("repeat", re.compile(r"^(?:repeat|repeats|times|how many times|x)$")),
    ("rest", re.compile(r"^(?:rest(?:\s(?:between|after|per)\s?\w*\s?\w*)?|recovery|rest\speriod|rest\stime|"
                        r"break)$")),
    ("hold", re.compile(r"^(?:time|duration|hold|hold\stime|work|seconds|length|how long)$")),
    ("rounds", re.compile(r"^(?:rounds?|circuits?)$")),
    ("notes", re.compile(r"^(?:notes?|tips?|cues?|comments?|remarks?|description|how(?:\sto)?|instructions?|"
                         r"what to do|how to do it|cues?\s?/\s?notes?|coaching points?)$")),
    ("side", re.compile(r"^(?:sides?|per\sside)$")),
    ("pair", re.compile(r"^(?:pair|superset|ss|super-set)$")),
    ("actual", re.compile(r"^(?:actual|achieved|completed|result|recorded)$")),
    ("ignore", re.compile(r"^(?:tempo|weight|load|intensity|rpe|equipment|muscles?|target|targets|day|track|song|"
                          r"music|playlist|bpm|"
                          r"focus|(?:starting\s)?position|start\sposition|"
                          r"progress(?:ion)?(?:\s(?:when|to|criteria))?(?:\.{2,3}|…)?)$")),
)
"""What each kind of a workout table's column is called in its header (the first that matches)."""


def column_kind(text: str) -> str | None:
    """What a table header cell names (name, sets, reps, hold, rest, rounds, notes, a superset's pair, ignore), if
    it is one."""
    words = " ".join(text.lower().replace("’", "'").split()).strip(" :*")
    words = re.sub(r"\s?\(.*?\)$", "", words)
    for kind, pattern in _COLUMN_WORDS:
        if pattern.match(words):
            return kind
    return None


PART_COLUMN = re.compile(r"^(?:block|section|part|phase|segment)s?$", re.IGNORECASE)
"""A header cell naming the column that says which part of the class each row belongs to."""


def is_header(cells: tuple[str, ...] | list[str]) -> bool:
    """Whether cells read as a workout table's header row: two cells or more that name its columns (a number's
    column, "#" or "Step", names none: "Step  Description" is no workout's table by itself)."""
    return sum(1 for cell in cells if len(cell) <= 60 and column_kind(cell) not in (None, "index")) >= 2


def part_column(cells: tuple[str, ...]) -> int | None:
    """In a header row, the index of the column that names each row's part of the class ("Block": Warm-up,
    Main, Cool-down); ``None`` when there is none or the row is no header."""
    if not is_header(cells):
        return None
    for index, cell in enumerate(cells):
        if PART_COLUMN.match(cell.strip(" :*")):
            return index
    return None


# -- delimited text (CSV, semicolons, tabs) --------------------------------------------------------------

_DELIMITERS = (";", "\t", ",")


def split_delimited(line: str, delimiter: str) -> list[str]:
    """A line's cells, split at ``delimiter`` outside double quotes (``"slow; with the breath"`` is one cell,
    ``""`` inside quotes a quote), as a spreadsheet writes them."""
    cells: list[str] = []
    cell: list[str] = []
    quoted = False
    index = 0
    length = len(line)
    while index < length:
        char = line[index]
        if char == '"':
            if quoted and index + 1 < length and line[index + 1] == '"':
                cell.append('"')
                index += 2
                continue
            if quoted or not "".join(cell).strip():
                quoted = not quoted
                index += 1
                continue
        if char == delimiter and not quoted:
            cells.append("".join(cell).strip())
            cell = []
            if len(cells) > MAX_CELLS:
                break
        else:
            cell.append(char)
        index += 1
    cells.append("".join(cell).strip())
    return cells


def _count_outside_quotes(line: str, delimiter: str) -> int:
    if '"' not in line:
        return line.count(delimiter)
    return len(split_delimited(line, delimiter)) - 1


def delimited_tables(lines: list[str]) -> list[TextTable]:
    """Spreadsheet rows pasted as text: runs of lines with the same delimiter (``;``, a tab or ``,``) holding a
    header row (``Exercise;Sets;Reps``). Rows of bare delimiters are empty rows; a row with one cell (a
    title, a legend) is kept as a row of one cell, which :mod:`.source` reads as a line of text."""
    tables: list[TextTable] = []
    index = 0
    count = len(lines)
    while index < count:
        line = lines[index]
        delimiter = next((d for d in _DELIMITERS if line.count(d) >= 2), None)
        if delimiter is None:
            index += 1
            continue
        found, end = _delimited_run(lines, index, delimiter)
        if found is not None:
            tables.append(found)
        index = max(end, index + 1)  # a run that is no table is passed whole: each line is looked at once
    return tables


def _delimited_run(lines: list[str], start: int, delimiter: str) -> tuple[TextTable | None, int]:
    """The table of the run of ``delimiter`` lines that starts at ``start`` (``None`` when the run holds no
    header row, its rows do not line up, or its cells are sentences), and where the run ends."""
    rows: list[TextRow] = []
    widths: list[int] = []
    header_at: int | None = None
    index = start
    while index < len(lines):
        # a tab is whitespace to str.strip(): a sheet's empty row ("\t\t\t\t") and its trailing empty cells
        # would be stripped away and end the table at its first blank row
        stripped = lines[index].strip(" \r\n\f\v") if delimiter == "\t" else lines[index].strip()
        if not stripped or _count_outside_quotes(stripped, delimiter) < 2:
            break
        cells = split_delimited(stripped, delimiter)
        if any(len(cell) > MAX_CELL_CHARS and f'"{cell[:20]}' not in stripped for cell in cells) \
                or len(cells) > MAX_CELLS:
            return None, index + 1  # a long cell in quotes is a sheet's note ("Coach comments: …"), else prose
        column = len(lines[index]) - len(lines[index].lstrip()) + 1
        if header_at is None and is_header(cells):
            header_at = len(rows)
        widths.append(len(cells))
        rows.append(TextRow(index, column, tuple(cells) if any(cells) else ()))
        index += 1
    if header_at is None:
        return None, index
    header_width = widths[header_at]
    body = [row for row in rows[header_at + 1:] if sum(1 for c in row.cells if c) >= 2]
    lined_up = sum(1 for width in widths if width == header_width)
    if not body or (delimiter == "," and lined_up < len(widths)) or lined_up * 2 < len(widths):
        return None, index  # commas are everywhere in prose: only a run whose every line has the header's width
    return TextTable(start, index, tuple(rows)), index


# -- box-drawn and grid tables ----------------------------------------------------------------------------

_BOX_RULE = re.compile(r"^[\s─━═┄┅┈┉╌╍\-=+:┌┐└┘├┤┬┴┼╞╡╪╧╤╥╨╒╓╕╖╘╙╛╜╟╢╫╔╗╚╝╠╣╦╩╬│║|╭╮╯╰]+$")
_BOX_CORNER = re.compile(r"[┌┐└┘├┤┬┴┼╞╡╪╧╤╥╨╒╓╕╖╘╙╛╜╟╢╫╔╗╚╝╠╣╦╩╬╭╮╯╰]|\+[-=]{2}")
_BOX_BAR = re.compile(r"[│║┃|]")


def _is_box_rule(stripped: str) -> bool:
    return bool(stripped) and _BOX_RULE.match(stripped) is not None and _BOX_CORNER.search(stripped) is not None


def _box_cells(stripped: str) -> tuple[str, ...] | None:
    """A grid line's cells (``│ 1  │ Walking │ 1 │``), or ``None`` when the line is no row of a grid."""
    if len(stripped) < 3 or not _BOX_BAR.match(stripped[0]) or not _BOX_BAR.match(stripped[-1]):
        return None
    cells = _BOX_BAR.split(stripped[1:-1])
    if len(cells) > MAX_CELLS:
        return None
    return tuple(" ".join(cell.split()) for cell in cells)


_Rows = list[tuple[int, tuple[str, ...]]]


def _box_runs(lines: list[str]) -> Iterator[tuple[int, int, list[_Rows]]]:
    """Each run of rule lines and ``│``-delimited lines that starts with a rule: where it starts and ends, and its
    rows in groups, a rule between two groups. One pass over the lines."""
    index = 0
    count = len(lines)
    while index < count:
        if not _is_box_rule(lines[index].strip()):
            index += 1
            continue
        start = index
        groups: list[_Rows] = [[]]
        while index < count:
            stripped = lines[index].strip()
            if _is_box_rule(stripped):
                if groups[-1]:
                    groups.append([])
                index += 1
                continue
            cells = _box_cells(stripped)
            if cells is None:
                break
            groups[-1].append((index, cells))
            index += 1
        yield start, index, [group for group in groups if group]


def _framed_text(groups: list[_Rows]) -> bool:
    """A box of one column, no rule inside: an aside framed on the page ("WHY A GLIDE?" …) or a station's card
    ("STATION 1 - KETTLEBELL DEADLIFT" over "45 SEC" over how to do it): text in a frame, no table."""
    return len(groups) == 1 and all(len(cells) == 1 for _line, cells in groups[0])


def box_tables(lines: list[str]) -> list[TextTable]:
    """Tables drawn with box characters or ``+---+`` rules: a run of rule lines and ``│``-delimited lines that
    starts with a rule. A row of one cell spans the table (a section: "COOL-DOWN"). When rules separate the
    rows, each row's lines are one row whose cells are joined ("Standing hamstring" / "stretch"); otherwise
    a line whose first cell is empty continues the row above."""
    return [TextTable(start, end, tuple(_grid_rows(lines, groups))) for start, end, groups in _box_runs(lines)
            if sum(len(group) for group in groups) >= 2 and not _framed_text(groups)]


def unframed(lines: list[str]) -> list[str]:
    """The lines with each box of one column taken out of its frame: its rules blank, its lines their words (a
    station's card, "| STATION 1 - KETTLEBELL DEADLIFT |" over "| 45 SEC |", read as the lines they are). Boxes
    of more columns are tables (:func:`box_tables`) and stay as they are. One pass: linear in the lines."""
    out = list(lines)
    for start, end, groups in _box_runs(lines):
        if sum(len(group) for group in groups) >= 2 and _framed_text(groups):
            for at in range(start, end):
                out[at] = ""
            for at, cells in groups[0]:
                out[at] = cells[0]
        elif _card_grid(groups):
            for at in range(start, end):
                out[at] = ""
            for group in groups:
                for column in range(min(len(group[0][1]), len(group))):
                    out[group[column][0]] = _card(group, column)
    return out


_NUMBERED_CARD = re.compile(r"^\d{1,2}[.)]\s+\S")
_OPTION_LINE = re.compile(r"^(?:E|H|easier|harder|easy|hard|regress(?:ion)?|progress(?:ion)?)\s?:", re.IGNORECASE)
"""An easier or harder version on a station's card ("E: on knees", "H: lift one foot"): no part of the move."""


def _card_grid(groups: list[_Rows]) -> bool:
    """A grid of numbered cards, several to a row ("| 1. PLANK | 2. SUPERMAN | …" over how to do each): every row of
    the grid starts with a number in each of its cells."""
    return bool(groups) and all(
        len(group[0][1]) >= 2 and all(_NUMBERED_CARD.match(cell) for cell in group[0][1]) for group in groups)


def _card(group: _Rows, column: int) -> str:
    """One card of a grid as a line: its numbered name (a name wrapped in capitals goes on: "7. MOUNTAIN" over
    "CLIMBERS"), a dash, and how to do the move, its easier and harder versions left out."""
    pieces = [cells[column].strip() for _line, cells in group if column < len(cells) and cells[column].strip()]
    name = pieces[0]
    at = 1
    while at < len(pieces) and any(c.isalpha() for c in pieces[at]) and pieces[at].upper() == pieces[at]:
        name, at = f"{name} {pieces[at]}", at + 1
    how: list[str] = []
    for piece in pieces[at:]:
        if _OPTION_LINE.match(piece):
            break
        how.append(piece)
    return f"{name} – {' '.join(how)}" if how else name


def _grid_rows(lines: list[str], groups: list[list[tuple[int, tuple[str, ...]]]]) -> list[TextRow]:
    ruled = len(groups) > 2  # rules between the body's rows, not only under the header
    rows: list[TextRow] = []
    for group in groups:
        pending: list[tuple[int, tuple[str, ...]]] = []
        for line, cells in group:
            if len(cells) == 1:  # a row spanning the table: a section of it
                rows.extend(_joined(lines, pending))
                pending = []
                if cells[0]:
                    rows.append(TextRow(line, _column(lines[line]), cells, section=True))
                continue
            continues = pending and len(cells) == len(pending[-1][1]) and (ruled or not cells[0])
            if not continues:
                rows.extend(_joined(lines, pending))
                pending = []
            pending.append((line, cells))
        rows.extend(_joined(lines, pending))
    return rows


def _joined(lines: list[str], pending: list[tuple[int, tuple[str, ...]]]) -> list[TextRow]:
    """The lines of one row as one row: each column's pieces joined ("Slow, move with" "the breath")."""
    if not pending:
        return []
    width = len(pending[0][1])
    joined: list[str] = [""] * width
    for _line, cells in pending:
        for position, piece in enumerate(cells[:width]):
            if not piece:
                continue
            before = joined[position]
            if before.endswith("-") and piece[:1].islower():
                joined[position] = before + piece  # "Cat-" / "camel"
            else:
                joined[position] = f"{before} {piece}".strip()
    line = pending[0][0]
    return [TextRow(line, _column(lines[line]), tuple(joined))]


def _column(line: str) -> int:
    return len(line) - len(line.lstrip()) + 1


# -- tables set in fixed-width columns -----------------------------------------------------------------------

_ALIGNED_CELL = re.compile(r"\S(?: ?\S)*")
"""A header's or a row's cell in a table set with spaces: words apart by single spaces (two or more end it)."""
_ALIGNED_RULE = re.compile(r"^[-=─━_]{10,}$")
MAX_ALIGNED_LINES = 200
"""A table set in columns longer than this is read no further (each line is looked at once)."""


def _crosses(line: str, starts: list[int]) -> bool:
    """Whether the line's text runs across a column's start ("Notes: …" under the table, a paragraph)."""
    return any(at < len(line) and not line[at - 1].isspace() and not line[at].isspace() for at in starts[1:])


_KEY_LETTER = re.compile(r"^\s*[A-Z]\s{2}(?=\S)")


def without_key(cell: str) -> str:
    """A printed table's first cell without the letter before the move's name, two spaces apart ("A  Cat–camel"):
    the key to the move's description elsewhere in the handout ("A. Cat–camel. On hands and knees …"), no part of
    its name. One space apart it is the name's ("Y raise", "T stretch")."""
    key = _KEY_LETTER.match(cell)
    return cell[key.end():] if key is not None else cell


def _cut(line: str, starts: list[int]) -> tuple[str, ...]:
    ends = [*starts[1:], len(line)]
    return tuple(" ".join((without_key(line[start:end]) if start == starts[0] else line[start:end]).split())
                 for start, end in zip(starts, ends, strict=True))


def _goes_on(above: str, cell: str) -> bool:
    """Whether a first cell goes on with the one above it: a bracket left open ("Modified curl-up (one knee bent,"
    over "hands under lumbar spine)"), or a cell that opens a bracket or starts in lower case under it."""
    return above.count("(") > above.count(")") or cell[:1] == "(" or cell[:1].islower()


NUMBERED_CELL = re.compile(r"^\d{1,2}[.)]\s")
"""A cell, a line or a heading that opens with its number in a list ("1. Pelvic tilt", "4) Bird dog")."""
_NUMBER_COLUMN = re.compile(r"^\s{0,3}(?:#|No\.?|Nr\.?)\s{2,}\S")
"""A header whose first column holds the rows' numbers (" #  Exercise   Week 1 …")."""
_NUMBERED_ROW = re.compile(r"^\d{1,2}\s{2,}[A-Za-z]")
"""A row under it, its number in that column ("1  Goblet squat   2x10 …")."""
_SENTENCE_START = re.compile(r"(?<=[a-z)*])\s(?=[A-Z][a-z])")


def _described(rows: list[TextRow]) -> list[TextRow]:
    """A numbered table's first cells hold the move's name, then its description wrapped under it ("1. Pelvic tilt
    Flatten your lower back into the bed …"): the description goes to a column of its own, "Description", added at
    the end, so the name cell is the name."""
    out = [TextRow(rows[0].line, rows[0].column, (*rows[0].cells, "Description"))]
    for row in rows[1:]:
        if row.section or not row.cells:
            out.append(row)
            continue
        first = row.cells[0]
        number = NUMBERED_CELL.match(first)
        cut = _SENTENCE_START.search(first, number.end() if number is not None else 0)
        name, description = (first[:cut.start()], first[cut.end():]) if cut is not None else (first, "")
        out.append(TextRow(row.line, row.column, (name, *row.cells[1:], description)))
    return out


def aligned_tables(lines: list[str]) -> list[TextTable]:
    """A printed table set in columns with spaces, as a PDF's text or a typed form keeps it: a header row
    (``Ser  Exercise   Sets x Reps   Rest   Progress when...``) with a rule of dashes under it. Its rows are cut
    where the header's cells start, not at every wide gap, so that a name two spaces from its dose
    (``Prone back extension  2 x 10``) or one space from it still stands in its column, and a column no word
    fills stays empty. A line whose first cell is empty, right under a row, is that row's cells wrapped
    (``(5 sec hold)`` under ``3 x 8 each side``); after a blank line, a line of one cell of words spans the table
    (``** MAIN **``: a section). The table ends at a line whose text runs across a column's start (a note, a
    paragraph), at a title alone between blank lines (the next week's table), at anything else that is no row,
    or at two blank lines. A header with no rule under it is a table's only over numbered rows (a hospital
    leaflet's "Exercise  Starting position  How many  How often" over "1. Pelvic tilt  Lying on your back, …"),
    right under it or after a blank line, whose lines under each row are its cells wrapped (see
    :func:`_described`); two cells are a header then ("Exercise  Amount" over "1. March on the spot, arms   2
    minutes" and "swinging")."""
    tables: list[TextTable] = []
    index = 0
    count = len(lines)
    while index + 1 < count:
        header = lines[index].rstrip()
        under = lines[index + 1].strip()
        # (a rule under the header, or " #  Exercise  Week 1 …" right over " 1  Goblet squat …")
        rule_under = _ALIGNED_RULE.match(under) is not None
        ruled = rule_under or (_NUMBER_COLUMN.match(header) is not None and _NUMBERED_ROW.match(under) is not None)
        cells = list(_ALIGNED_CELL.finditer(header)) \
            if len(header) <= 400 and (ruled or not under or NUMBERED_CELL.match(under)) else []
        if len(cells) < (3 if ruled else 2) or not is_header([cell.group() for cell in cells]):
            index += 1
            continue
        starts = [cell.start() for cell in cells]
        titles = [cell.group() for cell in cells]
        first = next((line for line in lines[index + 1:index + 4]
                      if line.strip() and not _ALIGNED_RULE.match(line.strip())), "")
        if starts[0] >= 8 and first[:starts[0] - 1].strip():
            # "                 WK1    WK2 …" over "CAT-COW          10     10 …": the names' column has no title
            starts, titles = [0, *starts], ["", *titles]
        starts[0] = 0
        numbered = False
        """The rows are numbered ("1. Pelvic tilt"): a line under a row that starts with no number is the row's
        cells wrapped, its first cell the move's description ("Flatten your lower back")."""
        if not ruled:
            first = next((line for line in lines[index + 1:index + 4] if line.strip()), "")
            numbered = bool(NUMBERED_CELL.match(_cut(first.rstrip(), starts)[0])) and not _crosses(first, starts)
            if not numbered:
                index += 1
                continue  # a header with no rule under it only over numbered rows
        rows = [TextRow(index, starts[0] + 1, tuple(titles))]
        pending: list[tuple[int, tuple[str, ...]]] = []
        blanks = 0
        broken = False
        """A blank line or a rule since the last row: what follows is no wrapped cell of it."""
        end = index + 1
        at = index + 2 if rule_under or not under else index + 1  # no rule: the rows start right under the header
        while at < count and at - index < MAX_ALIGNED_LINES:
            raw = lines[at].rstrip()
            stripped = raw.strip()
            if not stripped or _ALIGNED_RULE.match(stripped):
                blanks = 0 if stripped else blanks + 1
                broken = True
                if blanks >= 2:
                    break
                at += 1
                continue
            if len(raw) > 400 or _crosses(raw, starts):
                break
            row = _cut(raw, starts)
            filled = [cell for cell in row if cell]
            if broken and row[0] and len(filled) == 1 and (at + 1 >= count or not lines[at + 1].strip()):
                break  # "WEEK 2 – Foundation" alone between blank lines: the title of what follows, no row of this
            if pending and not broken and (not row[0] or _goes_on(pending[-1][1][0], row[0])
                                           or (numbered and not NUMBERED_CELL.match(row[0]))):
                pending.append((at, row))  # the row's cells wrapped onto this line
            elif not row[0] and broken and len(filled) == 1 and not any(c.isdigit() for c in filled[0]):
                rows.extend(_joined(lines, pending))
                pending = []
                rows.append(TextRow(at, _column(raw), (filled[0].strip(" *"),), section=True))
            elif row[0]:
                rows.extend(_joined(lines, pending))
                pending = [(at, row)]
            else:
                break
            blanks = 0
            broken = False
            end = at + 1
            at += 1
        rows.extend(_joined(lines, pending))
        if numbered:
            rows = _described(rows)
        if len(rows) >= 2:
            tables.append(TextTable(index, end, tuple(rows)))
        index = max(end, index + 1)
    return tables


def text_tables(lines: list[str]) -> dict[int, TextTable]:
    """Every delimited, box-drawn or column-set table in the lines, by the line it starts at (tables never
    overlap)."""
    found: dict[int, TextTable] = {}
    taken_until = -1
    for table in sorted(box_tables(lines) + delimited_tables(lines) + aligned_tables(lines), key=lambda t: t.start):
        if table.start >= taken_until:
            found[table.start] = table
            taken_until = table.end
    return found
