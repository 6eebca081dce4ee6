"""Table rows: one exercise a row, read by the kind of each column.

Tables say the most with the least text (Exercise / Sets / Reps / Rest), but each in its own columns: a
numbered first column, a column of minute slots, weeks as columns of a progression, a Notes column whose
"pause 2 sec" is each rep's hold. They are read cell by cell, apart from lines and prose, so that an
empty cell can be told from a cell that says nothing of the dose (the assembly guesses the first).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from ..durations import Range
from ..model import Per
from .drafts import Note
from .names import ROW_NUMBER, is_name_like, split_entry
from .phrases import EACH_SIDE_COUNT, Dose, read_cell, read_dose, read_line_dose
from .source import Entry
from .structure import (
    DASH_CELL,
    block_heading,
    header_kinds,
    name_column,
    slot_length,
)
from .timers import SIDE, other_side
from .walk_state import MAX_EXERCISES, WalkState, clip, entry_position, rounds_as_reps

_HOLDS_OF = re.compile(r"^\s*\d{1,2}\s?[x×]\s?\d{1,3}\s?(?:s|secs?|seconds?)\.?\s(?:holds?|hold each)\b", re.IGNORECASE)
_CLOCK_START = re.compile(r"^\s?0?0:00(?:\s?(?:-|–|—|to)\s?\d{1,2}:\d\d)?\s?$")
"""A time cell at the start of the class's clock ("0:00", or its first slot: "0:00–0:05")."""
_SEE_BELOW = re.compile(r"^\(?(?:see|listed|list)?\s?(?:the\s)?(?:list\s|stations\s|moves\s)?below\)?\.?$",
                        re.IGNORECASE)
"""A table's cell that sends the reader to a list further down ("see below")."""
_LEVEL_CELL = re.compile(r"^(?:rx\+?|scaled|easier|harder|regression|option\s?\d)(?:\W|$)", re.IGNORECASE)
"""A header cell that names a way to scale the moves (a CrossFit box's "Rx", "Scaled"; "Easier", "Harder"). Not a
level's ("Level 1 | Level 2"): a table of levels is the routine at each level."""
_EACH_FIRST = re.compile(rf"^(?={EACH_SIDE_COUNT})(\d{{1,3}})", re.IGNORECASE)
"""A Notes cell that starts with a side's count ("5 each side, alternate"): the reps beside it counted both."""
_WEEKDAY_CELL = re.compile(r"(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?|(?:mon|tues|wednes|thurs|fri|satur|sun)day",
                           re.IGNORECASE)
"""A weekday alone in a row's name cell: a timetable's row (a plan's day sits beside its moves, in a column of its
own)."""
_COUNT_CELL = re.compile(r"\d{1,3}(?:\s?[-–]\s?\d{1,3})?")
"""A cell that holds a number alone, or a range ("10–15"): beside a name, in a table with no header, the move's
count."""
_PAUSED = re.compile(r"\b(?:pause|paused|holds?|holding|squeeze|squeezing)\b", re.IGNORECASE)


class TableReading(WalkState):
    """Reads a table's rows (see the module's description)."""

    def _row(self, entry: Entry) -> None:
        if self.columns is not None and self.columns[:1] == ("options",):
            self.notes.append(Note(entry_position(entry), f"not used: a row of a table of options by level "
                                                          f"({clip(entry.text, 60)})"))
            return
        kinds = header_kinds(entry.cells)
        if kinds is None and sum(bool(_LEVEL_CELL.match(c.strip(" *"))) for c in entry.cells) >= 2:
            # "Movement | Rx | Scaled | Beginner / Injury": how to scale each move of the workout listed above, not
            # a second workout of them
            self.columns = ("options",) * len(entry.cells)
            return
        if kinds is None and self.columns is not None and self.header[:1] and entry.cells[:1] \
                and entry.cells[0].strip().lower() == self.header[0].strip().lower():
            # "Exercise | How to | Video" under a sheet's "Exercise | Sets | Reps …" rows: another table's header,
            # whose columns say no dose (a guide to the moves above): its rows are no moves
            self.columns = ("options",) * len(entry.cells)
            return
        if kinds is not None:
            if self.block is not None and self.block.drafts:
                self.block = None  # a table after other moves is a part of its own
            if entry.cells == self.clocked:
                kinds = tuple("index" if kind == "hold" else kind for kind in kinds)  # said again under a section
            self.columns = kinds
            self.header = entry.cells
            self.tables.append([])
            self.group += 1
            self.last = None
            return
        cells = entry.cells
        if self.columns is not None and self.block is not None and not self.block.drafts \
                and any(_SEE_BELOW.match(cell.strip()) for cell in cells):
            # "Circuit | 5 stations, 45 sec work / 15 sec to move on, round twice … | see below": the part's dose; its
            # moves are listed below, under a heading that names it again ("## Circuit stations")
            said = read_dose(" ".join(cell for kind, cell in zip(self.columns, cells, strict=False)
                                      if kind != "index" and not _SEE_BELOW.match(cell.strip())))
            if self._circuit(said):
                self._block_dose(said, entry)
                self.listed_below = self.block
                self.last = None
                return
        part = block_heading(cells[0].strip(" *:")) == "strong" and (
            (self.columns is not None and len(cells) >= 3) or (self.columns is None and len(cells) == 2))
        if part and not any(c.strip() for c in cells[1:]):
            # "| **Main set** | | | |" between a table's rows: the part its next rows are, under the same columns; so
            # "| **Finish** | |" in a table with no header
            self._open_part(cells[0].strip(" *:"), entry_position(entry))
            self.last = None
            return
        cell_move = split_entry(cells[1]) if part and self.columns is None else None
        if cell_move is not None and is_name_like(cell_move.name) and read_line_dose(cell_move.dose_text).has_work:
            # "| **Warm-up** | Two easy laps of the track (around 6 minutes) |": a table with no header names its
            # part in the first cell, its move in the second
            self._open_part(cells[0].strip(" *:"), entry_position(entry))
            self.last = None
            cells = (cells[1], "")
        if self.columns is not None and any(kind == "hold" and _CLOCK_START.match(cell)
                                            for kind, cell in zip(self.columns, cells, strict=False)):
            # "TIME | EXERCISE / DOSE" whose first row is at "0:00": a class plan's clock in the margin, when
            # each move starts, never how long it lasts (no move lasts no time)
            self.columns = tuple("index" if kind == "hold" else kind for kind in self.columns)
            self.clocked = self.header
        columns = self.columns
        named = 0
        if columns is None:
            named = name_column(cells)  # "1 | Bird dog | 3 x 8", "3:00 – 5:00 | Seated twist – …"
            columns = ("index",) * named + ("name",) + ("",) * (len(cells) - named - 1)
        if any(kind == "first_week" and DASH_CELL.match(cell) for kind, cell in zip(columns, cells, strict=False)):
            self.notes.append(Note(entry_position(entry), f"not used: not in the first column of the progression yet "
                                                          f"({clip(entry.text, 60)})"))
            return
        name = ""
        dose = Dose()
        empty: list[str] = []
        remark: str | None = None
        top_hold: Range | None = None
        side: Per | None = None
        steps: list[Dose] = []
        halves: Range | None = None
        noted_rest: Range | None = None
        for kind, cell in zip(columns, cells, strict=False):
            cell = cell.strip()
            if kind == "set_step":
                if cell and not DASH_CELL.match(cell):
                    steps.append(read_cell(cell, "reps"))  # "Set 1 | Set 2 | Set 3": each set's own reps
            elif kind == "name":
                name = cell
                if _COUNTED_ELSEWHERE.intersection(columns):
                    name = ROW_NUMBER.sub("", name)  # "1 Trap bar deadlift | 4 | 5": the row's number
            elif kind == "repeat" and cell:
                dose = dose.merged(read_cell(cell, "repeat"))  # "2x each leg", "once each side"
            elif kind in ("amount", "reps") and cell and "sets" in columns and _HOLDS_OF.search(cell):
                # "5 × 10 s holds" beside a Sets column: five reps of a ten-second hold in each set
                held = read_cell(cell, "reps")
                count = held.sets
                if count is None:
                    dose = dose.merged(held)  # "10 × 5 s hold": read as ten reps held five seconds already
                else:
                    dose = dose.merged(replace(held, sets=None, reps=Range(count, count) if isinstance(count, int)
                                               else count))
            elif kind == "amount" and cell:
                said = rounds_as_reps(read_cell(cell, "reps"))  # "Reps / time": 10, or 15 s each side; "8 slow
                # rounds" of one move are its reps
                if said.reps is None and name:
                    said.reps = _own_count(name, cell)  # "Pelvic floor – long squeezes | 10 squeezes, hold each …"
                dose = dose.merged(said)
            elif kind == "amount":
                empty.append("reps")
            elif kind in ("sets", "reps", "hold", "rest", "rounds"):
                if cell:
                    dose = dose.merged(read_cell(cell, kind))
                else:
                    empty.append(kind)
            elif kind == "notes" and cell:
                remark = cell
                noted = read_line_dose(cell)
                noted_rest = noted.rest if not noted.has_work else None  # "20 s between" beside "2 x 10"
                if noted.hold is not None and noted.hold.high <= 10 and _PAUSED.search(cell):
                    top_hold = noted.hold  # "2 sec squeeze at the top", "Pause 2 sec": each rep held
                if noted.per is not None:
                    side = noted.per  # "e/s", "each side"
                each = _EACH_FIRST.match(cell)
                halves = Range.single(int(each.group(1))) if each is not None else None
            elif kind == "side" and cell:
                side = read_line_dose(cell).per or side  # a Side column: "each side", "each arm"
            elif kind == "first_week" and cell:
                dose = dose.merged(read_cell(_spelt_out(cell), "reps"))  # a progression's first column: "10" reps
            elif kind == "" and self.columns is None and _COUNT_CELL.fullmatch(cell) and (
                    len(cells) == 2 or (len(cells) > named + 1 and cell == cells[named + 1].strip())):
                dose = dose.merged(read_cell(cell, "reps"))  # "Pelvic tilts | 12" in a table with no header: twelve;
                # "Glute bridge | 10–15 | squeeze at the top": its count, then a remark
            elif kind in ("", "sets_reps") and cell:
                dose = dose.merged(read_line_dose(_spelt_out(cell)))
        dose = dose.merged(_set_steps(steps))
        if noted_rest is not None and dose.rest is None and (dose.sets or 1) != 1:
            dose.rest = noted_rest
        if halves is not None and dose.reps is not None and dose.reps.is_single and dose.reps.low == 2 * halves.low:
            dose.reps = halves  # Reps "10", Notes "5 each side, alternate": ten in all, five a side
        caption = self.caption
        if caption is not None and dose.reps is not None:
            if dose.hold is None and caption.hold is not None:
                dose.hold = caption.hold  # "All holds are 10 seconds" over rows of reps: each rep's hold
            if dose.rest is None and caption.rest is not None and (dose.steps or (dose.sets or 1) != 1):
                dose.rest = caption.rest  # "Rest 20 seconds between sets"
        if top_hold is not None and dose.hold is None and (dose.reps is not None or dose.repeat is not None):
            dose.hold = top_hold
        if side is not None and dose.per is None and dose.has_work:
            dose.per = side
        split = split_entry(name) if name else None
        if split is None or not split.name or not is_name_like(split.name):
            if any(c.strip() for c in cells):
                what = "; ".join(c.strip() for c in cells if c.strip())
                self.notes.append(Note(entry_position(entry),
                                       f"not used: a table row with no exercise name ({what[:80]})"))
            return
        if _WEEKDAY_CELL.fullmatch(split.name.strip()):
            self.notes.append(Note(entry_position(entry), f"not used: a row of a timetable ({clip(entry.text, 60)})"))
            return  # "Mon | Cave (boulder) | 07:00 | 08:00–14:00": when, not a move
        qualifier = split.dose_text if split.dose_text and len(split.dose_text.split()) <= 3 \
            and not read_line_dose(split.dose_text).facts else None
        moved = self.matcher.find(f"{qualifier} {split.name}") if qualifier is not None else None
        if moved is not None and moved.entry is not None and moved.entry is not self.matcher.find(split.name).entry:
            split = replace(split, name=f"{qualifier} {split.name}", dose_text="")  # "Glute bridge - single leg"
        if split.dose_text and self.columns is not None and len(split.dose_text.split()) <= 4 \
                and not read_line_dose(split.dose_text).facts and self.matcher.find(split.name).entry is None:
            split = replace(split, name=name.strip(), dose_text="")  # "Pelvic floor – long squeezes": a name
            # cell's words, the dose in the other columns
        if split.dose_text:
            dose = read_line_dose(split.dose_text).merged(dose)
            if dose.reps is None:
                dose.reps = _own_count(split.name, split.dose_text)  # "Chin tucks – … 10 slow chin tucks, …"
            dose = rounds_as_reps(dose)  # "Seated cat-cow – … 8 rounds.": one move's rounds are its reps
        if "rest" in columns and "sets" not in columns and dose.sets is None and dose.rest is not None \
                and dose.hold is not None and dose.reps is None and dose.between is None:
            dose.between, dose.rest = dose.rest, None  # Work | Rest: the rest after a timed move of one set
        slot = slot_length(cells) if self.columns is None else None
        if slot is not None and not dose.has_work and dose.rounds is None and slot <= 30 * 60:
            dose.hold = Range.single(slot)  # a schedule's slot ("0:00 – 1:00 | Shoulder rolls …"): the move's time
        numbered = self.columns is None and 0 < named < len(cells) and slot is None \
            and not any(c.strip() for c in cells[named + 1:])
        if self.columns is None and not dose.has_work and dose.rest is None and not numbered:
            return  # a row of a form ("Patient: …   Date: …") or a layout, not a move with its dose
        if self.columns is not None and not dose.has_work and dose.rest is None and any(
                kind in ("sets", "reps", "hold", "amount", "sets_reps") and DASH_CELL.match(cell)
                for kind, cell in zip(self.columns, cells, strict=False)):
            # "0:00–0:05 | Welcome | Register, notices | –": a part of the session with nothing to do, no move
            self.notes.append(Note(entry_position(entry),
                                   f"not used: a table row with no dose ({clip(entry.text, 60)})"))
            return
        sided = SIDE.search(name)
        if sided is not None and self._other_side_of_last(name, dose):
            return
        # "1. | Band pull-aparts": an email's numbered list laid out as a table, a move a row (its dose said above)
        draft = self._draft(split.name, dose, entry, "line" if dose.has_work or dose.rest else "listed",
                            remark or split.remark)
        draft.alternating = bool(re.search(r"\balternat", name, re.IGNORECASE))  # "Bird dog (alternate sides)"
        draft.one_side = name if sided is not None else None
        draft.empty_cells = empty if self.columns is not None else []
        draft.table = len(self.tables) - 1 if self.columns is not None and self.tables else None
        draft.takes_description = False
        self._add(draft, entry)
        if draft.table is not None and self.count <= MAX_EXERCISES:
            self.tables[draft.table].append(draft)

    def _other_side_of_last(self, name: str, dose: Dose) -> bool:
        """A station table's "Side plank – left", then "Side plank – right" with the same work: one move done on
        each side (it had been two side planks, one of them per side); the rest after the second side is the
        move's."""
        last = self.last
        if last is None or last.one_side is None or other_side(last.one_side, name) is None \
                or (last.dose.hold, last.dose.reps, last.dose.sets) != (dose.hold, dose.reps, dose.sets):
            return False
        last.one_side = None
        last.dose.per = Per.SIDE
        if dose.between is not None or dose.rest is not None:
            last.dose.between, last.dose.rest = dose.between, dose.rest
        return True


_COUNTED_ELSEWHERE = frozenset(("reps", "amount", "sets_reps", "hold"))
"""Columns that give a move's count: beside them, a number before the name is the row's, not a count."""


_CHART_CELL = re.compile(r"^(?:(?P<sets>\d)\s?(?:/|x\s?(?=:))\s?)?(?P<count>\d{1,3}|:\d\d)(?P<each>e)?$")
"""A wall chart's shorthand in a cell, as its key spells it: "2/10" two sets of ten, "2/6e" of six each side,
"2x:20" two holds of 20 seconds, ":15e" a hold of 15 seconds each side."""


def _spelt_out(cell: str) -> str:
    """A chart's shorthand cell in words ("2/6e": "2 x 6 each side"); any other cell as it is."""
    found = _CHART_CELL.match(cell.strip())
    if found is None or (found.group("sets") is None and found.group("each") is None
                         and not found.group("count").startswith(":")):
        return cell
    count = found.group("count")
    said = f"{count[1:]} seconds" if count.startswith(":") else count
    if found.group("sets") is not None:
        said = f"{found.group('sets')} x {said}"
    return f"{said} each side" if found.group("each") else said


def _own_count(name: str, text: str) -> Range | None:
    """A count said with the move's own name in its description ("10 slow chin tucks"): its reps."""
    words = name.lower().split()
    if not words or len(text) > 2000:
        return None
    last = re.escape(re.sub(r"e?s$", "", words[-1]))
    found = re.search(rf"(?<![\d.:])(\d{{1,3}})\s(?!(?:s|secs?|seconds?|mins?|minutes?)\b)(?:[a-z]+\s){{0,2}}"
                      rf"{last}(?:e?s)?\b", text.lower())  # ("20 sec hold" of a "Superman hold" is its time)
    return Range.single(int(found.group(1))) if found is not None and int(found.group(1)) >= 1 else None


def _set_steps(steps: list[Dose]) -> Dose:
    """A row's reps set by set ("Set 1 | Set 2 | Set 3": 6 reps, 4 reps, 2 reps): as many sets of the same reps, or
    a descending pyramid, one step a set; anything else, the first set's."""
    counts = [step.reps for step in steps]
    if not steps or any(count is None or count.low != count.high for count in counts):
        return steps[0] if steps else Dose()
    values = [count.low for count in counts if count is not None]
    if len(set(values)) == 1:
        return replace(steps[0], sets=len(values))
    if all(a > b > 0 for a, b in itertools.pairwise(values)):
        return replace(steps[0], steps=tuple(values))
    return steps[0]
