"""Moves that share a dose said once for all of them: supersets, pyramids, a part's dosed heading.

A superset's moves (A1, A2 …) are done one after the other for the sets shown; a pyramid lists its moves
once and then a dose per round; "Main circuit — 3 rounds, 1 min rest between rounds" doses every move
under it. In each case the dose belongs to a block, not to one move, and the block is made here.
"""

from __future__ import annotations

import re
from copy import deepcopy
from dataclasses import replace

from .drafts import BlockDraft
from .names import is_name_like, split_entry
from .phrases import MANNER, Dose, plain_text, read_dose, read_line_dose
from .sections import lists_moves
from .source import SECTION_NUMBER, Entry, Kind
from .structure import (
    block_heading,
)
from .text_tables import NUMBERED_CELL
from .walk_state import CONNECTIVE, MAX_EXERCISES, WalkState, entry_position, plain_key, short_title

_HEADING_CUT = re.compile(r"\s?\(|\s[-–—·|]\s|:\s|,\s(?=(?:\d{1,2}|one|two|three|four|five)\s"
                          r"(?:rounds?|circuits?|times)\b)")
"""Where a heading's title may end and its dose begin ("Main bit, 3 rounds, about a minute's rest …", "Main set ·
Repeat 3×")."""
_ROUND_DOSE = re.compile(r"^round\s?(\d{1,2})\s?[:.)–—-]\s?(?P<dose>\S.{0,300})$", re.IGNORECASE)
_TITLE_ROUNDS = re.compile(r"\s[×xX]\s?\d{1,2}\s(?:rounds?|circuits?|times)\s?$", re.IGNORECASE)
"""A part's rounds at the end of its title ("CIRCUIT ×3 rounds")."""
_LENGTH_LAST = re.compile(r"\([^()]{1,60}(?:,\s?|\)\s+)(?:[~≈]|about\s|approx\.?\s|c\.\s?)\d{1,2}\s?(?:mins?|minutes)"
                          r"\)?\s*:?$", re.IGNORECASE)
"""A part's length at the end of its heading's remark, or after it ("WARM-UP (all together, coach-led, ~5 min)",
"PART 1 - WARMING UP (sitting)   about 5 mins")."""
_LENGTH_FIRST = re.compile(r"^\(\s?(?:[~≈]|about\s|approx\.?\s|c\.\s?)?\d{1,2}\s?(?:mins?|minutes)"
                           r"(?:\)\s?[-–—]\s[^\d]{1,60}|,\s[^()\d]{1,60}\))$", re.IGNORECASE)
"""A part's length before a remark on it ("WARM-UP (6 min) — whole group, in a circle", "WARM-UP (10 minutes, led by
the physiotherapist)")."""
_SIZE_WORDS = re.compile(r"about|approx|approximately|around|roughly|some|just|total|for|of|the|an?|first|takes?|"
                         r"allow|up|to|at|least|min|max|minimum|maximum|ca|c|light|relaxed|" + "|".join(MANNER))
"""The words a part's length may have about it ("WARM-UP (about 8 minutes)", "Warm-up first (easy, 5 min)"); any
other word before the figure names a move ("Main: Plank, 30 sec")."""
_EACH_MOVE = re.compile(r"\beach\b(?!\s(?:side|leg|arm|way|direction)s?\b)", re.IGNORECASE)
"""A part's dose for each of its moves ("Floor stretches (hold each 30-45 s)"); "30 sec each side" is one move's."""
_PAIR_CELL = re.compile(r"[A-Ha-h][1-9]?")
_ON_OFF_SAID = re.compile(r"\b(?:on|off|work)\b", re.IGNORECASE)
"""Interval work said in a part's heading ("30 seconds on, 15 seconds off", "40 s work / 20 s rest")."""


class CircuitReading(WalkState):
    """Reads supersets, pyramids' rounds and dosed part headings (see the module's description)."""

    def _pair_cell(self, entry: Entry) -> Entry:
        """A printed programme's row whose first column is the superset's label ("C  45° back extension  2 × 15"):
        the label, and the row without it; a table's row with a column headed "Pair" ("A1 | Glute bridge | 3x10"):
        the label, the row as it is."""
        if entry.kind is Kind.ROW and self.columns is not None and "pair" in self.columns:
            at = self.columns.index("pair")  # "Pair | Exercise | Sets x reps" over "A1 | Glute bridge | 3x10-15"
            cell = entry.cells[at].strip() if at < len(entry.cells) else ""
            return replace(entry, pair=cell.upper()) if _PAIR_CELL.fullmatch(cell) and cell[1:] else entry
        if entry.kind is not Kind.ROW or self.columns is not None or len(entry.cells) < 3 \
                or not _PAIR_CELL.fullmatch(entry.cells[0].strip()):
            return entry
        cells = entry.cells[1:]
        return replace(entry, text=" | ".join(c for c in cells if c), cells=cells, pair=entry.cells[0].strip().upper())

    def _superset(self, entry: Entry) -> bool:
        """Moves labelled A1, A2 (then B1, B2 …) are a superset: done one after the other, then the rest, for the
        sets shown — a block of its own, its sets the block's rounds ("A1 Trap bar deadlift 4 × 5", "A2 Dead bug
        4 × 6/side", "rest 2 min after A2"). A rest line under the pair ("→ rest 2 min after A2", "circuit, 60 s
        rest at the end of each round") is the rest between its rounds. Under a part's heading that says its
        rounds ("MAIN (circuit) 🔁 x3 rounds", then "A1) SL glute bridge 10 e/s" …) the pair is that part, done
        that many rounds. ``True`` when the entry is used up."""
        current = self.superset
        if entry.pair:
            letter = entry.pair[0]
            if current is not None and current[0] == letter:
                return False
            # the rest said for the pairs of a part ("… rest 90 seconds … 3 rounds of the pair. Then move to pair B"):
            # the part's own dose, taken by its first pair, not a rest said under one pair ("rest 2 min after A2")
            first_pair = current is not None and current[1].title == current[2]
            self._end_superset()
            if first_pair and current is not None and current[1].dose.round_rest is not None:
                self.pairs_rest = (current[2], current[1].dose.round_rest)
            part = self.block
            outer: str | None
            if part is not None and not part.drafts and part.dose.rounds is not None and part in self.session.blocks:
                block, outer = part, part.title  # "MAIN (circuit) x3 rounds" over "A1) …": the part's rounds
            else:
                # a superset outside any part is a block of its own: what follows it is in no part either
                outer = part.title if part is not None else None
                block = self._open_part(letter if letter.isalpha() else f"Superset {letter}", entry_position(entry))
            if self.pairs_rest is not None and self.pairs_rest[0] == outer and block.dose.round_rest is None \
                    and not block.drafts:
                block.dose.round_rest = self.pairs_rest[1]  # "… rest 90 seconds. Then move to pair B, then pair C."
            self.block, self.last, self.subject = block, None, None
            self.superset = (letter, block, outer)
            self.group += 1
            return False
        if current is None:
            return False
        text = entry.text
        dose = read_dose(text)
        said = dose.rest or dose.round_rest
        following = self.entries[self.index + 1] if self.index + 1 < len(self.entries) else None
        heads_next = following is not None and bool(following.pair) and following.pair[0] != current[0] \
            and (dose.rounds is not None or entry.ordered)
        # ("B. Superset -- 3 rounds, rest 90 s after B2" over "B1 …": the next pair's part, not this pair's rest)
        if entry.kind in (Kind.ITEM, Kind.TEXT) and said is not None and not dose.has_work and len(text) <= 120 \
                and not self.matcher.mentions(text) and not heads_next:
            block = current[1]
            block.dose.round_rest = block.dose.round_rest or said
            if dose.between is not None:
                block.dose.between = block.dose.between or dose.between
            return True
        if entry.kind is Kind.TEXT and not dose.has_work and self.last is not None \
                and any(draft is self.last for draft in current[1].drafts):
            return False  # how to do the pair's move ("**A1. Push-ups:** 3 sets of 10-15" over "Hands just wider …")
        self._end_superset()
        return False

    def _end_superset(self) -> None:
        """A superset's moves in the same number of sets are that many rounds of one set each; a lone labelled
        move keeps its sets, and the rest said under it is its rest between sets."""
        current, self.superset = self.superset, None
        if current is None:
            return
        _letter, block, outer = current
        drafts = block.drafts
        settled = [d.dose.settle() for d in drafts]
        sets = {str(d.sets) for d in settled}
        if block.dose.rounds is not None:
            # the part's heading said its rounds: the rest under the pair is the rest between them; sets as many as
            # the rounds ("3 rounds of the pair" over "A1 Glute bridge 3x10") are those rounds, one set a round
            if len(drafts) >= 2 and len(sets) == 1 and isinstance(block.dose.rounds, int) \
                    and settled[0].sets == block.dose.rounds:
                for draft, dose in zip(drafts, settled, strict=True):
                    dose.sets = None
                    draft.dose = dose
                if block.dose.round_rest is None and block.dose.rest is not None:
                    # "Do one set of A1, then one set of A2, rest 90 seconds": no sets left to rest between
                    block.dose.round_rest, block.dose.rest = block.dose.rest, None
        elif len(drafts) >= 2 and len(sets) == 1 and settled[0].sets not in (None, 1):
            block.dose.rounds = settled[0].sets
            for draft, dose in zip(drafts, settled, strict=True):
                dose.sets = None
                draft.dose = dose
            last = drafts[-1].dose
            if block.dose.round_rest is None and last.rest is not None:
                block.dose.round_rest, last.rest = last.rest, None  # "A2 Face pull 3 x 15, rest 2 min"
        elif block.dose.round_rest is not None:
            for draft in drafts:
                draft.dose.rest = draft.dose.rest or block.dose.round_rest
            block.dose.round_rest = None
        if self.block is block and outer is None:
            self.block = None
        elif self.block is block and outer is not None:
            self._open_part(outer, block.position)  # what follows is the part's again

    def _round_dose(self, entry: Entry) -> bool:
        """A pyramid or ladder: the moves listed once, then a line per round with that round's dose ("Round 1: 6
        reps of each (6 curl-ups, 6 bird dogs each side, …)", "Round 2: 4 reps of each"). Each round is a block of
        those moves at its dose; what the brackets say of one move (its sides) holds in every round."""
        found = _ROUND_DOSE.match(entry.text)
        if found is None:
            return False
        head, _bracket, inside = found.group("dose").partition("(")
        dose = read_dose(head)
        if dose.reps is None and dose.hold is None:
            return False
        number = found.group(1)
        block = self.block
        if self.round_moves is None or number == "1":
            if block is None or not block.drafts or any(d.dose.has_work for d in block.drafts):
                return False
            block.title = f"Round {number}"
            target = block
        else:
            if self.count + len(self.round_moves) > MAX_EXERCISES:
                return False
            self.count += len(self.round_moves)
            target = BlockDraft(f"Round {number}", entry_position(entry), "strong", deepcopy(self.round_moves))
            self.session.blocks.append(target)
            self.block = target
        own: dict[str, Dose] = {}
        for part in inside.rstrip(" .)").split(","):
            split = split_entry(part.strip())
            if split.name:
                said = read_line_dose(split.dose_text) if split.dose_text else Dose()
                known = self.matcher.find(split.name).entry
                own[known.name if known is not None else plain_key(split.name)] = said
        for draft in target.drafts:
            said = own.get(draft.key) or own.get(plain_key(draft.name)) or Dose()
            draft.dose = Dose(reps=dose.reps, hold=dose.hold or (self.rep_hold if dose.reps is not None else None),
                              sets=dose.sets, per=said.per or draft.dose.per)
            draft.kind, draft.takes_description = "line", False
        if target is block:
            self.round_moves = deepcopy(block.drafts)
            self.round_blocks = []
        self.round_blocks.append(target)
        self.last, self.subject = None, None
        return True

    def _heads_moves(self, entry: Entry, title: str) -> bool:
        """A heading (or a line in capitals) that names no move of the library and lists dosed moves under it:
        "## Shift start", "BEFORE YOU SIT DOWN TO THROW" over their lists or a table."""
        return (entry.kind is Kind.HEADING or title.isupper() or self._set_over_list(entry)) \
            and self.matcher.find(title).entry is None \
            and lists_moves(self.entries, self.index, self._next_heading(), self.matcher, known=False, rows=True)

    def _set_over_list(self, entry: Entry) -> bool:
        """A short line set apart over a list set in deeper than it ("Standing (5 mins or so)" over "a) March on the
        spot - one minute"): the heading of that list, as a sheet typed in plain text sets its parts."""
        following = self.entries[self.index + 1] if self.index + 1 < len(self.entries) else None
        return entry.kind is Kind.TEXT and bool(entry.gap) and len(entry.text) <= 60 and following is not None \
            and following.kind is Kind.ITEM and following.column > entry.column + 1

    def _dosed_block_heading(self, entry: Entry) -> bool:
        """A part's heading with what it says of all its moves: "Warm-up (2 rounds)", "Main circuit — 3 rounds,
        1 min rest between rounds", "Floor stretches (hold each 30-45 s)" — a block and the block's dose."""
        text = SECTION_NUMBER.sub("", entry.text)  # "4.1 Warming up (about 3 minutes)": a book's section number
        if entry.kind is Kind.HEADING:
            text = NUMBERED_CELL.sub("", text)  # "### 1. Warm-up (≈3 min)": the heading's number
        for cut in reversed(list(_HEADING_CUT.finditer(text[:200]))):  # the longest title first
            title, tail = text[:cut.start()].strip(), text[cut.start():].strip(" ()–—-:")
            rounds = _TITLE_ROUNDS.search(title)
            if rounds is not None and rounds.start() > 0 and not read_dose(title[:rounds.start()]).facts:
                # "CIRCUIT ×3 rounds — rest 90 s between rounds": the rounds inside the title
                title, tail = title[:rounds.start()].strip(), f"{rounds.group(0)}, {tail}"
            if not title or not tail or read_dose(title).facts:
                continue
            dose = read_dose(tail)
            if dose.hold is not None and not dose.facts[1:] and dose.reps is None and dose.sets is None \
                    and ((len(tail) <= 30 and _sized_only(tail, dose)) or _LENGTH_LAST.search(text)
                         or _LENGTH_FIRST.match(text[cut.start():].strip())) \
                    and (block_heading(CONNECTIVE.sub("", title)) == "strong" or self._heads_moves(entry, title)):
                # "WARM-UP (about 8 minutes)", "Warm-up first (2 min):": how long the part lasts, not a move; so is
                # "## Shift start (about 6 minutes)" over its dosed moves
                self._headed_part(title.rstrip(":"), entry, "strong", sized=True).length = dose.hold
                self.last, self.subject = None, None
                self.group += 1
                return True
            if dose.repeat is not None and dose.sets is None and dose.reps is None and dose.hold is None \
                    and dose.breaths is None and block_heading(CONNECTIVE.sub("", title)) == "strong":
                dose = dose.repeats_as_rounds()  # "The circuit (do it twice)": the part's rounds
            interval = dose.hold is not None and dose.rest is not None and dose.reps is None and dose.sets is None \
                and bool(_ON_OFF_SAID.search(tail))  # "Main circuit: 30 seconds on, 15 seconds off": every move's
            if not (self._circuit(dose) or interval or (dose.has_work and _EACH_MOVE.search(tail))):
                continue  # "Warm-up: 5 minutes" is how long the part lasts, not every move's dose
            strength = block_heading(CONNECTIVE.sub("", title))
            if strength is None and entry.kind is Kind.HEADING and is_name_like(title) \
                    and self.matcher.find(title).entry is None:
                strength = "strong"  # "### Prep — 2 rounds, no rest between rounds": a heading, so a part
            elif strength is None and title.isupper() and self._heads_moves(entry, title):
                strength = "strong"  # "IN THE SEAT (do these as a little circuit, go round 2x, …):" over its moves
            if strength is None or (strength == "weak" and self.matcher.find(title).entry is not None):
                return False
            self._open_part(short_title(title.rstrip(":")), entry_position(entry))
            if dose.hold is not None and dose.each_hold is None and dose.reps is None:
                dose.each_hold, dose.hold = dose.hold, None  # "hold each 30-45 s"
            self._block_dose(dose, entry)
            self.last, self.subject = None, None
            self.group += 1
            return True
        return False


def _sized_only(tail: str, dose: Dose) -> bool:
    """Whether a heading's tail says only how long the part lasts ("about 8 minutes"), with no move named before
    the figure ("Plank, 30 sec" is the part's first move and its dose)."""
    lead = plain_text(tail)[:dose.facts[0].start] if dose.facts else ""
    return all(_SIZE_WORDS.fullmatch(word) for word in re.findall(r"[a-z]+", lead))
