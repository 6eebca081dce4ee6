"""Plans of weeks and days: parts of a class, and parts said as another part again with a change.

A plan writes "Week 2" then "Day 1 and Day 3 – Strength", and then "Same as Week 1 but 3 sets of each
exercise", "As Week 1, plus hip flexor stretch – 30 seconds per side", "Repeat Day 2". Reading those
needs the parts read so far by their labels, and copies of them changed clause by clause; that memory
and those copies are this module's. A warm-up said once for every day, and a day that is a walk, are
parts of a plan too.
"""

from __future__ import annotations

import re
from copy import deepcopy

from ..durations import Range
from ..loader import MAX_SETS
from ..problems import Position
from .drafts import WARM_UP_TITLE, BlockDraft, Draft, SessionDraft
from .line_reading import LineReading
from .names import PERSONAL, sentence_case
from .phrases import Dose, dose_of, find_facts, plain, read_dose
from .source import Entry, Kind
from .structure import (
    LABEL_NUMBERS,
    period_heading,
    session_labels,
)
from .walk_state import MAX_EXERCISES, entry_position, short_title

_EASY_DAY = re.compile(r"\b(?:mobility|stretch\w*|recovery|rest|walk\w*|yoga|off|flexibility|relax\w*)\b",
                       re.IGNORECASE)
"""A day of a plan that is no strength day."""
_OUTING = re.compile(
    r"\b(?:go for|take|do|head out for|fit in|enjoy)\s(?:an?\s)?(?P<time>\d{1,3}(?:\s?[-–]\s?\d{1,3})?)[\s-]?"
    r"(?:minutes?|mins?)\s(?P<name>(?:(?:brisk|easy|gentle|steady|light|relaxed|leisurely)\s)?"
    r"(?:walk|jog|swim|bike ride|cycle|ride))\b",
    re.IGNORECASE)
"""A timed walk, jog or ride said in a sentence ("Go for a 20–30 minute brisk walk.")."""
REPEAT_SESSION = re.compile(
    r"^(?:(?:repeat|do|copy)(?:\sthe\ssame\sas)?|(?:the\s)?same\s(?:(?:moves|exercises|routine|workout|session)\s)?as|"
    r"as|as\son|as\sin|as\sfor|as\sper)\s(?:the\s)?"
    r"(?:(?P<word>day|class|session|workout|week)s?\s?#?\s?(?P<number>\d{1,2}|[a-e]|one|two|three|four|five|six|seven|"
    r"eight)\b(?:\s?(?:-|–|—|to|and|&)\s?\d{1,2}\b)?|(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?\b)"
    r"(?:'s)?(?:\s(?:workout|session|class|routine|moves|exercises|plan))?"
    r"(?P<change>(?:\s?[,;:.–—-]\s?|\s)(?:but|plus|with|except|and|only|adding|add|then|drop|without|increase|"
    r"hold|rest|cut|reduce|do)\b.{0,500}?)?\s?[.!]?$",
    re.IGNORECASE | re.DOTALL)
"""A part of a plan that is another part again, perhaps with a change ("Repeat Day 2.", "Same as Class 1", "As
Week 1, plus hip flexor stretch – 30 seconds per side", "Same as Monday but 3 sets")."""
MAX_DAYS = 14
"""The days of a week that "Same as Week 1" looks among."""
SESSION_SAID = re.compile(r"\s?[:–—]\s|\s-\s")
"""Where a part's heading ends and what it says begins ("Day 4: Same as Day 1")."""
_CHANGE_SPLIT = re.compile(r"\s?[,;]\s|\.\s|\s(?:and|but|then)\s(?!(?:\w+\s){0,2}(?:rest|hold|sets?|reps?)\b(?:\s|$))"
                           r"|\s(?:and|but|then)\s(?=(?:cut|reduce|rest|hold|add|drop|increase|do)\b)")
"""Where one change of a copied part ends: "but hold the plank for 45 seconds and cut your rest to 30 seconds"."""
_CHANGE_LEAD = re.compile(r"^(?:(?:but|and|then|except|only|with|this time|now)\b,?\s?)+", re.IGNORECASE)
_ADDED = re.compile(r"^(?:plus|add(?:ing)?|also(?:\sdo|\sadd)?|with\san?\s(?:extra|added))\s(?:an?\s|the\s)?",
                    re.IGNORECASE)
_DROPPED = re.compile(r"^(?:drop(?:ping)?|without|minus|remove|skip|leave\sout|no)\s(?:the\s)?", re.IGNORECASE)
_INCREMENT = re.compile(
    r"^(?:add(?:ing)?|plus|increase\s(?:\w+\s){0,3}?by|with)\s(?:(?P<n>\d{1,2})\s|an?\s|one\s)?(?:more\s|extra\s)?"
    r"(?P<what>sets?|reps?|repetitions|times|seconds?|secs?|s)\b",
    re.IGNORECASE)
"""A change that adds to every move's dose ("add a set", "add 2 reps to each exercise")."""


class PlanReading(LineReading):
    """Reads a plan's weeks and days (see the module's description)."""

    def _share_warm_up(self) -> None:
        """The warm-up said once for the plan's days, first in each day it is said of: every day with moves, or,
        for "each strength day", every day whose title is not a mobility, recovery or rest day's."""
        if not self.shared_warm:
            return
        for session in self.sessions:
            if not session.drafts or any(b.title == WARM_UP_TITLE for b in session.blocks):
                continue
            drafts = [deepcopy(d) for kind, d in self.shared_warm
                      if not kind or not _EASY_DAY.search(session.title or "")]
            if drafts and self.count + len(drafts) <= MAX_EXERCISES:
                self.count += len(drafts)
                for draft in drafts:
                    draft.kind = "listed"
                session.blocks.insert(0, BlockDraft(WARM_UP_TITLE, drafts[0].position, "strong", drafts))

    def _start_session(self, entry: Entry, text: str) -> None:
        """A part of a plan: "Day 1: Core", "Week 2", or a day under a week ("Week 2" then "Day 1 and Day 3 –
        Strength": the part "Week 2 – Day 1 and Day 3 – Strength"). A heading that says what the part is
        ("Day 4: Same as Day 1") copies that part."""
        title = text.rstrip(":!. ")
        rank = max(1, min(entry.level, 6)) if entry.kind is Kind.HEADING and entry.level else 7
        self.held = None  # a circuit's dose held over a warm-up is the last class's, not this one's
        period = self.period
        labels = session_labels(title)
        if period_heading(title):
            session = SessionDraft(title, entry_position(entry), heading=title, labels=labels)
            self.period = (session, rank)
        elif period is not None and rank >= period[1] and not any(k == "week" for k, _n in labels):
            parent = period[0]
            session = SessionDraft(f"{parent.title} – {title}", entry_position(entry), heading=title,
                                   labels=parent.labels + labels, period=parent)
            self._add_day(session)
        else:
            session = SessionDraft(title, entry_position(entry), heading=title, labels=labels)
        session.rank = rank
        self.sessions.append(session)
        for label in labels[:4]:
            self.labels.setdefault(label, session)
        self.block, self.last, self.subject = None, None, None
        self.group += 1
        said = SESSION_SAID.split(title, maxsplit=1)
        if len(said) == 2 and self._repeated_session(said[1]):
            own = said[0].strip()  # "Day 3: Same as Day 1 but 3 sets" is Day 3
            session.title = own if session.period is None else f"{session.period.title} – {own}"
            session.heading = own
            for block in session.blocks:
                if block.title.startswith(short_title(title)):
                    block.title = short_title(session.title)

    def _repeated_session(self, text: str) -> bool:
        """"Repeat Day 2.", "As Week 1.", "Same as Week 1 but 3 sets of each exercise", "As Week 1, plus hip
        flexor stretch – 30 seconds per side": as all a part of a plan says, that part's moves again, with the
        change it states (see :meth:`_change`). Under a week, "Same as Week 1" is the same day of week 1; said of
        a whole week, it copies each of that week's days."""
        found = REPEAT_SESSION.match(text.strip()[:600])
        session = self.session
        if found is None or session is self.outside or session.drafts:
            return False
        word = (found.group("word") or found.group("weekday") or "").lower()
        number = (found.group("number") or "").lower()
        key = (word, LABEL_NUMBERS.get(number, number))
        change = found.group("change") or ""
        earlier = self._referred(key, session)
        if earlier is None:
            return False
        if earlier.drafts:
            copies = [(session, earlier)]
        else:  # "Week 2: same as week 1": each of week 1's days again, under week 2
            copies = []
            for day in (s for s in self.days.get(id(earlier), []) if s.drafts):
                title = f"{session.title} – {day.heading}"
                copy = SessionDraft(title, session.position, heading=day.heading,
                                    labels=session.labels + [k for k in day.labels if k[0] != "week"], period=session)
                copies.append((copy, day))
        copied = sum(len(e.drafts) for _s, e in copies)
        if not copied or self.count + copied > MAX_EXERCISES:
            return False
        self.count += copied  # copies count towards the routine's limit: memory stays bounded
        for target, source in copies:
            if target is not session:
                self.sessions.append(target)
                self._add_day(target)
            blocks = deepcopy(source.blocks)
            for block in blocks:
                if block.title == short_title(source.title or ""):
                    block.title = short_title(target.title or "")
            target.blocks.extend(blocks)
            target.defaults = target.defaults.merged(source.defaults)
            self.block = target.blocks[-1] if target.blocks else None
            if change:
                self._change(target, change, session.position)
        self.block = self.session.blocks[-1] if self.session.blocks else None
        self.last, self.subject = None, None
        return True

    def _referred(self, key: tuple[str, str], session: SessionDraft) -> SessionDraft | None:
        """The part "Same as Week 1" or "Repeat Day 2" means, seen from ``session``: under a week, a week is
        that week's day of the same name (or label), and a day is that day of the same week first."""
        if session.period is not None and key[0] == "week":
            week = self.labels.get(key)
            days = [s for s in self.days.get(id(week), []) if s is not session and s.drafts] if week else []
            own = session.heading.lower() if session.heading else ""
            same = [s for s in days if (s.heading or "").lower() == own] or [
                s for s in days if set(s.labels[1:]) & set(session.labels[1:])]
            return same[0] if same else days[0] if len(days) == 1 else None
        if session.period is not None:
            near = [s for s in self.days.get(id(session.period), []) if s is not session and key in s.labels]
            if near:
                return near[0]
        earlier = self.labels.get(key)
        return earlier if earlier is not session else None

    def _add_day(self, session: SessionDraft) -> None:
        """A day of a week, for "Same as Week 1" (a week holds a few days: the look-ups stay bounded)."""
        if session.period is not None:
            days = self.days.setdefault(id(session.period), [])
            if len(days) < MAX_DAYS:
                days.append(session)

    def _change(self, session: SessionDraft, change: str, position: Position) -> None:
        """What a copied part changes, clause by clause: "but 3 sets of each exercise", "hold the plank for 45
        seconds", "cut your rest to 30 seconds", "plus hip flexor stretch – 30 seconds per side", "drop the
        plank", "add a set". A dose said of a move it names is that move's, else every move's (a hold only
        to those held, reps only to those counted); an added move is read as a line of the part."""
        for clause in _CHANGE_SPLIT.split(change[:600]):
            clause = _CHANGE_LEAD.sub("", clause.strip(" .;:–—-"))
            if not clause:
                continue
            more = _INCREMENT.match(clause)
            if more is not None:
                self._increment(session, more)
                continue
            added = _ADDED.match(clause)
            dropped = _DROPPED.match(clause)
            if added is not None:
                line = Entry(Kind.ITEM, clause[added.end():], position.line, position.column)
                line_plain = plain(line.text)
                facts = find_facts(line_plain.text)
                self._line(line, line_plain, facts, dose_of(facts), None)
                continue
            named = self._named_drafts(session, clause[dropped.end():] if dropped is not None else clause)
            if dropped is not None:
                for block in session.blocks:
                    block.drafts = [d for d in block.drafts if d not in named]
                continue
            dose = read_dose(clause).settle()
            if not (dose.has_work or dose.rest is not None or dose.per is not None):
                continue
            for draft in named or session.drafts:
                _changed(draft, dose, bool(named))

    def _named_drafts(self, session: SessionDraft, clause: str) -> list[Draft]:
        """The part's moves a clause names ("hold the plank for 45 seconds": the plank)."""
        lowered = clause.lower().replace("’", "'")
        keys = {e.name for _w, e, _t in self.matcher.mentions(clause[:300])}
        found = [d for d in session.drafts
                 if re.search(r"\b" + re.escape(d.name.lower().replace("’", "'")) + r"(?:e?s)?\b", lowered)
                 or (d.match.entry is not None and d.key in keys)]
        return found

    @staticmethod
    def _increment(session: SessionDraft, more: re.Match[str]) -> None:
        """"add a set", "add 2 reps to each exercise", "add 10 seconds to each hold": every move's, one more."""
        amount = int(more.group("n") or 1)
        what = more.group("what").lower()
        for draft in session.drafts:
            dose = draft.dose.settle()
            if what.startswith("set"):
                sets = dose.sets if dose.sets is not None else 1
                dose.sets = (min(MAX_SETS, sets + amount) if isinstance(sets, int)
                             else Range(min(MAX_SETS, sets.low + amount), min(MAX_SETS, sets.high + amount)))
            elif what.startswith(("rep", "time")) and dose.reps is not None:
                dose.reps = Range(dose.reps.low + amount, dose.reps.high + amount)
            elif what.startswith("s") and not what.startswith("set") and dose.hold is not None and dose.reps is None:
                dose.hold = Range(dose.hold.low + amount, dose.hold.high + amount)
            draft.dose = dose

    def _timed_outing(self, entry: Entry) -> bool:
        """"Go for a 20–30 minute brisk walk." as a day of a plan says it: a timed move (the walk), said in prose."""
        session = self.session
        if session is self.outside or session.drafts or PERSONAL.search(entry.text):
            return False
        found = _OUTING.search(entry.text[:600])
        if found is None:
            return False
        name = found.group("name")
        dose = read_dose(f"for {found.group('time')} minutes")
        if not dose.has_work:
            return False
        self._add(self._draft(sentence_case(name[:1].upper() + name[1:]), dose, entry, "line", None), entry)
        self.last = None
        return True


def _changed(draft: Draft, dose: Dose, named: bool) -> None:
    """A copied move with a stated change: sets, rest and sides as said; a hold only for a move held (or the
    one named), reps only for a move counted."""
    own = draft.dose.settle()
    if dose.sets is not None:
        own.sets = dose.sets
    if dose.reps is not None and (named or own.reps is not None or own.hold is None):
        own.reps = dose.reps
    if dose.hold is not None and (named or (own.hold is not None and own.reps is None)):
        own.hold = dose.hold
    if dose.rest is not None:
        own.rest = dose.rest
    if dose.per is not None and named:
        own.per = dose.per
    draft.dose = own
