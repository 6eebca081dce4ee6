"""A move's section: everything under a move's heading is that move's.

Listicles and handouts give a heading per move (see :func:`.sections.move_sections` for where each
section begins and ends), then a description, labelled dose lines ("Sets/Reps: 3 × 10") and asides
("Why it works"). Under such a heading a dose line says how much of that move first, and the
description fills in what it leaves out; so the section is collected whole before its dose is decided.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .names import PERSONAL, SANSKRIT, says_how, split_entry
from .phrases import Dose, dose_of, find_facts, halved_each, plain, read_cell, read_dose, read_line_dose
from .sections import CIRCUIT_WORDS, OF_THIS, PART_LABEL, SUBHEADING, Section, own_count, own_rounds, part_title
from .source import Entry, Kind
from .walk_state import (
    BLOCK_KINDS,
    CONDITIONAL,
    PROGRESSION,
    SENTENCE,
    SIGN_OFF,
    WARM_UP,
    WORK_KINDS,
    WalkState,
    entry_position,
    is_noise,
    rounds_as_reps,
)

MAX_NAME_SCAN = 200_000
"""How far into an article a move's name is looked for again (a page names its moves in its first pages)."""
_SECTION_LABEL = re.compile(r"^([A-Z][\w'’/&× ]{0,30}?)\s?:\s?")
"""A labelled line under a move ("Sets/Reps: 3 × 10", "Why it works: …", "Reps: 20- to 30-second holds")."""
_ASIDE_LABEL = re.compile(r"^(?:why|benefits?|(?:photo|picture|image)\s?\d{0,2}|"
                          r"(?:main\s|primary\s|key\s)?muscles?|targets?|target muscles|"
                          r"equipment|who|good for|best for|common mistakes?|mistakes?|avoid|watch out|variations?|"
                          r"modifications?|progressions?|regressions?|make it|easier|harder|bonus|pro tip|"
                          r"level|difficulty)\b", re.IGNORECASE)
_FIRST_LEVEL = re.compile(r"^level\s?1\b", re.IGNORECASE)
"""The first level of a move ("Level 1: … Repeat 10 times"): read when it says how much, an aside when it only says
how (a station's level 1 under a circuit's time)."""
_DOSE_WORDS = re.compile(r"\b(?:sets?|reps?|repetitions|hold|time|duration|rest|rounds|dose|dosage|volume|"
                         r"prescription|do|how (?:many|much|long)|amount|work)\b", re.IGNORECASE)
_DOSE_FILLER = frozenset(
    ("x", "and", "then", "sets", "set", "reps", "rep", "repetitions", "each", "side", "sides", "per", "between",
     "for", "of", "with", "do", "perform", "complete", "times", "time", "hold", "holds", "holding", "rest",
     "repeat", "seconds", "secs", "sec", "s", "minutes", "mins", "min", "up", "to", "start", "aim", "a", "an",
     "the", "on", "leg", "legs", "arm", "arms", "way", "ways", "total", "in", "slow", "slowly", "or", "build",
     "relax", "then", "controlled", "about", "around", "breaths", "breath", "rounds", "round", "at", "least",
     "work", "up to", "try", "go", "it", "this", "them", "those", "hand", "hands", "more", "all", "after",
     "before", "next", "move", "exercise"))


_RANGE_ALONE = re.compile(r"\d{1,3}\s?[-–]\s?\d{1,3}")
"""A range of counts alone on its line under a move's heading ("8–10"): the move's reps (a number alone is the next
card's, or the page's: "8" over "Double Knee to Chest")."""

class SectionReading(WalkState):
    """Reads a move's section under its heading (see the module's description)."""

    def _start_section(self, section: Section, entry: Entry) -> None:
        """A move's heading ("2. Bird Dog", "### Thread the needle"): the move, and any dose written in it."""
        self._end_listing()
        part = PART_LABEL.match(entry.text)
        if part is not None:  # "Finish: Kneeling hip flexor stretch", after a circuit: a part of its own
            self._open_part(part_title(part), entry_position(entry))
            entry = replace(entry, text=entry.text[part.end():], column=entry.column + part.end())
        elif self.held is not None and self.block is not None and self.block.drafts \
                and WARM_UP.search(self.block.title):
            # "### Warm-up" over its walk, then "### 1. Dead bug" …: the circuit's moves, which the dose said above
            # the warm-up ("… as a circuit … Do three rounds in total") is for
            held, self.held = self.held, None
            circuit = self._open_part(held.title, entry_position(entry))
            circuit.dose, circuit.dose_position = held.dose, held.dose_position
        split = split_entry(entry.text)
        dose = Dose()
        # "Finish with knee to chest stretch, 30 secs each leg": the heading names the move after its verb
        own = split.name == section.name or split.name.lower().endswith(f" {section.name.lower()}")
        if split.dose_text and own:
            dose = read_line_dose(split.dose_text)
            dose = rounds_as_reps(dose)
        remark = split.remark if own else None
        name = section.name
        if remark and self._titled_variant(section, entry, remark):
            name, remark = f"{name} ({remark})", None
        draft = self._draft(name, dose, entry, "line" if dose.has_work else "listed", remark)
        draft.takes_description = False
        self._add(draft, entry)
        self.section, self.section_draft = section, draft
        self.section_lines, self.section_texts, self.section_aside = Dose(), [], False
        self.last, self.subject = None, None
        self.group += 1

    def _titled_variant(self, section: Section, entry: Entry, remark: str) -> bool:
        """Whether a move's heading names a variant of a move the library does not know, in brackets ("###
        Swimming (prep on all fours)", "<h3>Back stretch (bottom to heels)</h3>"): the page's own name for it,
        brackets and all. The brackets stay a remark when they only help to find a library move ("Pelvic tilts
        (pelvic curl prep)"), only say how the move is done ("(supine)", "(modified)"), give another name for it
        ("Locust (Salabhasana)", "Rest position (child's pose)"), or when the page calls the move by its name
        alone too ("Press-ups (extension in lying)" over "do your press-ups"); a numbered line or a list item
        keeps its brackets apart, as before."""
        if section.rank > 7 or len(remark.split()) > 4 or says_how(remark) or SANSKRIT.search(remark) \
                or f"({remark.lower()})" not in " ".join(entry.text.lower().split()):
            return False  # "Abdominal bracing (supine)": how it is done
        if all(w[:1].isupper() for w in remark.split()) and not all(w[:1].isupper() for w in section.name.split()):
            return False  # "Legs up the wall (Viparita Karani)": a name of its own, in capitals
        if self.matcher.find(section.name).entry is not None or self.matcher.find(remark).entry is not None:
            return False
        return self.raw_text[:MAX_NAME_SCAN].lower().count(section.name.lower()) <= 1

    def _section_entry(self, entry: Entry) -> None:
        """An entry under a move's heading: a subheading (skipped), a dose line, or a part of its description."""
        text = " | ".join(c for c in entry.cells if c) if entry.kind is Kind.ROW else entry.text
        if is_noise(text) or SIGN_OFF.match(text) or len(text) > 2000:
            return
        aside, self.section_aside = self.section_aside, False
        if aside and not entry.gap and entry.kind is Kind.TEXT:
            self.section_aside = True
            return  # "Level 2: As Level 1, with a resistance band …" over "Repeat 15 times each side.": the aside's
        label = _SECTION_LABEL.match(text)
        body = text[label.end():].strip() if label is not None else text
        if label is not None and _ASIDE_LABEL.match(label.group(1)) and not (
                _FIRST_LEVEL.match(label.group(1)) and read_dose(body).has_work):
            self.section_aside = True
            return  # "Why it works: …", "Muscles worked: …": about the move, not how much of it
        if not body or SUBHEADING.match(text) or PROGRESSION.match(body) or CONDITIONAL.match(body):
            if entry.kind is Kind.TEXT and not PERSONAL.search(text):
                self._advice(entry, text)
            return
        if entry.kind is Kind.HEADING and not (label is not None and _DOSE_WORDS.search(label.group(1))):
            return  # "How to do it", "Variations": parts of the move
        if entry.kind is Kind.TEXT and label is None and _RANGE_ALONE.fullmatch(body):
            self.section_lines = self.section_lines.merged(read_cell(body, "reps"))  # a poster's "8–10" under a move
            return
        if (label is not None and _DOSE_WORDS.search(label.group(1))) or _dose_only(body):
            # "Sets: 3 | Reps: 12" is read with its labels; "Sets/Reps: 3 × 10" without the label that says both
            unit = label is not None and re.fullmatch(r"(?:sets?|reps?|repetitions|hold|time|duration|rest|rounds)",
                                                      label.group(1).strip(), re.IGNORECASE)
            self.section_lines = self.section_lines.merged(rounds_as_reps(read_line_dose(text if unit else body)))
        else:
            # "That's it! If you only have two minutes, do numbers 4 and 6.": an option, not this move's dose
            firm = " ".join(c for c in SENTENCE.split(body) if not CONDITIONAL.match(c.strip()))
            if firm:
                self.section_texts.append(firm)
        if entry.kind in (Kind.TEXT, Kind.ITEM) and not PERSONAL.search(text):
            self._advice(entry, text)

    def _end_section(self) -> None:
        """The move's dose: its heading's, then its dose lines', then what its description says."""
        draft, section = self.section_draft, self.section
        self.section, self.section_draft = None, None
        if draft is None or section is None:
            return
        said = plain(" ".join(self.section_texts)[:20_000]).text
        facts = find_facts(said)
        if not any(f.kind in ("reps", "repeat", "hold", "breaths") for f in facts):
            said = own_count(said, draft.name)  # "**5 slow roll-downs.**": a count of the move, when nothing else is
            facts = find_facts(said)
        own = [f for f in facts if f.kind not in BLOCK_KINDS]
        block = [f for f in facts if f.kind in BLOCK_KINDS]
        dose = draft.dose.merged(self.section_lines).merged(halved_each(dose_of(own), said))
        # "Flow through eight rounds, one breath each way": rounds of one move are its reps, unless the sentence
        # speaks of the circuit ("repeat the whole sequence 3 times")
        rounds = own_rounds(said, facts)
        if rounds and dose.reps is None and dose.hold is None:
            dose = rounds_as_reps(replace(dose, rounds=dose_of(rounds).rounds))
            block = [f for f in block if f not in rounds]
        elif rounds and dose.sets is None and all(OF_THIS.match(said, f.end) for f in rounds):
            # "6 reps each side. Do 2 rounds of this.": the move done twice, its sets
            dose = replace(dose, sets=dose_of(rounds).rounds)
            block = [f for f in block if f not in rounds]
        elif rounds and dose.reps is None and dose.sets is None and not block[len(rounds):]:
            # "20-30 sec each side" then "x 2 rounds" under "Side plank from knees": two holds, so two sets
            dose = replace(dose, sets=dose_of(rounds).rounds)
            block = [f for f in block if f not in rounds]
        dose.rounds = None
        draft.dose = dose
        if draft.dose.has_work:
            draft.kind = "line"
        draft.description += [t for t in self.section_texts if not PERSONAL.search(t)][:6]
        block_dose = dose_of(block)
        if block and self.block is not None and self._circuit(block_dose):
            self._block_dose(block_dose, self.entries[section.head])
        self.section_lines, self.section_texts, self.section_aside = Dose(), [], False
        self.last = None


def _dose_only(text: str) -> bool:
    """A line that is a dose and little else ("x10  2-3 sets", "Hold 30 s  x3 each side", "Repeat 8–10 times",
    "Rest 30 secs between sets"): it says how much of the move above, in first place."""
    if len(text) > 120 or re.search(r"[.!?;]\s+\S", text) or CIRCUIT_WORDS.search(text):
        return False  # sentences, and what is said of the whole circuit, are read as the description
    text_plain = plain(text)
    facts = [f for f in find_facts(text_plain.text) if f.kind != "none"]
    if not any(f.kind in WORK_KINDS or f.kind == "rest" for f in facts):
        return False
    left = []
    position = 0
    for fact in facts:
        left.append(text_plain.text[position:fact.start])
        position = max(position, fact.end)
    left.append(text_plain.text[position:])
    words = [w for w in re.findall(r"[a-z]+", " ".join(left)) if w not in _DOSE_FILLER]
    return len(words) <= 2
