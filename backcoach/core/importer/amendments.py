"""Notes that settle one move's dose, wherever the move is listed.

A forum post above a pasted workout log ("the bird dogs are 8 EACH SIDE"), or a chat's answer to a
question ("dead bug x12 – is that 12 each side?" then "12 total, so 6 each side") changes a move that
is listed elsewhere, often later. Such notes are kept while the article is read and applied once it is
all read, to the moves they name; the last word wins ("really", "actually").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..problems import Position
from .names import is_name_like, split_entry
from .phrases import Dose, read_dose
from .source import Entry
from .walk_state import EXCEPT_REST, SENTENCE, WalkState, entry_position, plain_key

_ABOUT_MOVE = re.compile(r"(?:^|(?<=[:;.!]\s)|(?<=\s[-–—]\s))(?:so\s|and\s|but\s|also\s)?(?:the\s|(?<=also\s))"
                         r"(?P<name>[a-z][\w'’ -]{2,40}?)\s?(?:\sare|\sis|:|\sget|\sgets)\s"
                         r"|(?:^|(?<=[:;.!,]\s))(?:correction\W{0,6}\s)?(?:so\s|and\s|but\s|also\s|the\s)?"
                         r"(?P<should>[a-z][\w'’ -]{2,40}?)\s(?:should|need to|needs to)\sbe\s", re.IGNORECASE)
"""A note about one move: "the bird dogs are 8 EACH SIDE", "the side planks: … really 2 sets of 30 sec", also after
what leads to it ("EDIT: … I went back and checked my sheet – the bird dogs are actually 2 sets of 8 each side"), or
a coach's correction ("oh wait sorry, bird dogs should be 3x8 each side not 10", "CORRECTION 🙈 plank should be 30
sec not 40", "Also dead bug is 8 each side not 10")."""
_FOR_THE = re.compile(r"\b(?:that|it|this)\s(?:should|needs?\sto)\sbe\s(?P<dose>[^!?.]{1,40}?)\sfor\s(?:the\s)?"
                      r"(?P<name>[a-z][\w'’ -]{2,40}?)(?=\s(?:not|instead)\b|\s?[!.?,]|$)", re.IGNORECASE)
"""A coach's correction that says the dose first ("that should be 3 sets for the sit to stand not 2")."""
_MAX_AMENDMENTS = 100
"""Notes about single moves kept at most: each is checked against every move listed."""
_REALLY = re.compile(r"\b(?:really|actually|in fact|in reality)\b", re.IGNORECASE)


class AmendmentReading(WalkState):
    """Keeps and applies notes about one move (see the module's description)."""

    def _amendment(self, entry: Entry) -> None:
        """A note about one move rather than a line of the workout: "the bird dogs are 8 EACH SIDE, alternating",
        "the rows are one arm at a time, 10 each arm", or the answer to a question about a move ("dead bug x12 – is
        that 12 each side or 12 altogether?" then "12 total, so 6 each side"). Kept to settle that move's dose
        once the whole article is read; a rest said for all but one move ("60 sec on everything except the rows,
        those get 90 sec") settles that move's rest."""
        text = entry.text.strip()
        asked, self.asked = self.asked, None
        if len(text) > 300:
            return
        if text.endswith("?"):
            named = self.matcher.mentions(text)
            split = split_entry(re.split(r"\s[-–—]\s|\?", text)[0])
            if named:
                self.asked = named[0][1].name
            elif split.name and is_name_like(split.name) and len(split.name.split()) <= 4:
                self.asked = split.name
            return
        except_rest = EXCEPT_REST.search(text)
        if except_rest is not None:
            rest = read_dose(f"rest {except_rest.group('dose')}").rest
            if rest is not None and len(self.amendments) < _MAX_AMENDMENTS:
                self.amendments.append((except_rest.group("name"), Dose(rest=rest), Position()))
            return  # the rest for everything else is read as any rest
        corrected = _FOR_THE.search(text)
        found = _ABOUT_MOVE.search(text) if corrected is None else None
        name = (found.group("name") or found.group("should")) if found is not None else asked
        told = text[found.end():] if found is not None else text
        if corrected is not None:
            # "Oops sorry that should be 3 sets for the sit to stand not 2!!": the dose, then the move it is for
            name, told = corrected.group("name"), corrected.group("dose")
        if name is None:
            return
        if found is not None:
            # "So the curl-up is really three sets (5, then 3, then 1) … Rest about 20 seconds between sets. For the
            # side bridge and bird dog that is on each side.": the note is its own sentence, the next ones the page's
            told = SENTENCE.split(told, maxsplit=1)[0]
        really = list(_REALLY.finditer(told))
        if really and read_dose(told[really[-1].end():]).has_work:
            told = told[really[-1].end():]  # "I log them as 4 sets, but it's really 2 sets of 30 sec": the last word
        said = read_dose(told)
        if said.settle().reps is None and said.sets is None and said.hold is None and said.per is None:
            return
        if found is None and corrected is None \
                and not re.match(r"^\W{0,3}\d|^(?:it'?s|that'?s|yes|no)\b", text, re.IGNORECASE):
            return  # an answer opens with its number ("12 total, so 6 each side")
        if len(self.amendments) < _MAX_AMENDMENTS:
            self.amendments.append((name, said, entry_position(entry)))

    def _settle_amendments(self) -> None:
        """Each note applies to the move it names as listed elsewhere in the article; the note itself, read as a
        line of its own ("The side planks"), is then no move. A note naming no listed move changes nothing."""
        blocks = [b for s in (self.outside, *self.sessions) for b in s.blocks]
        for name, said, where in self.amendments:
            known = self.matcher.find(name).entry
            key = known.name if known is not None else plain_key(name)
            targets = []
            for block in blocks:
                for draft in block.drafts:
                    own_key = plain_key(draft.name)
                    if draft.position != where and (
                            (draft.match.entry is not None and draft.match.entry.name == key) or own_key == key
                            or own_key.endswith(f" {key}")):  # "the rows" of a "Single arm dumbbell row"
                        targets.append(draft)
            if not targets:
                continue
            for block in blocks:
                block.drafts = [d for d in block.drafts if d.position != where]
            settled = said.settle()
            values: dict[str, object] = {k: getattr(settled, k) for k in ("sets", "reps", "hold", "rest", "per")
                                         if getattr(settled, k) is not None}
            for draft in targets:
                own = draft.dose
                mine = dict(values)
                if "reps" in mine and own.hold is not None and "hold" not in mine and own.reps is None:
                    mine["hold"] = None  # "8 EACH SIDE" of a move logged as timed sets
                draft.dose = replace(own, **mine)  # type: ignore[arg-type]
