"""The walk over an article's entries: each entry handed to the reader of its kind.

:class:`Walker` is every reader in one (see :mod:`.walk_state` for why they share one state); this
module holds the walk's order and the decisions about an entry that no one reader can make — the
article's title, page furniture and sign-offs, a class part's heading or a block's, and, in that order,
which reader gets the entry: a move's section, a superset, a table row, a plan's part, a circuit, a
line, and last, prose. The assembly into routines (:mod:`.assemble`) decides values and guesses; this
only reads.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..exercise_library import LibraryExercise
from .amendments import CHANGES_LABEL, EDIT_NOTE, AmendmentReading, note_about
from .circuit_reading import CircuitReading
from .drafts import WARM_UP_TITLE, BlockDraft, Draft, Reading
from .line_reading import TITLE_WORDS, LineReading
from .names import PERSONAL, is_name_like, split_entry
from .phrases import dose_of, find_facts, plain, read_dose
from .plan_reading import REPEAT_SESSION, SESSION_SAID, PlanReading
from .prose_reading import ProseReading
from .section_reading import SectionReading
from .sections import INSTRUCTION as _INSTRUCTION
from .sections import PAIR_LABEL, PART_LABEL, lead_move, lists_moves, move_sections, part_title
from .source import Entry, Kind
from .structure import (
    block_heading,
    header_kinds,
    meta_of,
    session_heading,
    slot_length,
    topic_heading,
)
from .table_reading import TableReading
from .text_tables import NUMBERED_CELL
from .walk_state import (
    BLOCK_KINDS,
    BY_AUTHOR,
    CONNECTIVE,
    SIGN_OFF,
    bare_dose_label,
    entry_position,
    is_noise,
    is_paragraph,
    page_furniture,
    short_title,
)

_SOURCE_LINE = re.compile(r"^(?:source|originally published|from)\s?:\s?(.{3,300})$", re.IGNORECASE)
_URL = re.compile(r"https?://[^\s)\]]{3,300}")
_ROUNDS_LINE = re.compile(r"^\W{0,3}(?:\d{1,2}|two|three|four|five)\s?(?:-\s?\d{1,2}\s)?(?:rounds?|circuits?|rft|rfq)\b"
                          r"[^.!?]{0,40}$", re.IGNORECASE)
"""A line that is a part's rounds and little else ("2 rounds, no rest:", "3 RFT")."""
_WHEN_IN_CLASS = re.compile(r"^(?:when|before|after|once|as)\s(?:you|we)\s", re.IGNORECASE)
"""A heading that says when in the session its part comes ("When you pack up", "Before you tackle up")."""
_ROUNDS_OF = re.compile(r"^(?:then|and|now|next)?,?\s?(?:do\s|complete\s|repeat\s|go through\s)?"
                        r"(?:(?:\d{1,2}|two|three|four|five)\s(?:rounds?|circuits?|times)\s(?:of|through)|"
                        r"twice\s(?:through|round))(?:\sthe\sfollowing|\sthese)?\s?(?::|\s?\([^()]{1,60}\):?)$",
                        re.IGNORECASE)
"""A line that opens a circuit after other moves ("Then 2 rounds of:", "THEN TWICE THROUGH (rest 1 min in
between)")."""
CIRCUIT_TITLE = "Circuit"
_THEN_ALONE = re.compile(r"^(?:and\s)?then\s?:$", re.IGNORECASE)
_PAGE_END = re.compile(
    r"^(?:you (?:might|may) also (?:like|enjoy)|(?:related|recent|latest|popular) (?:posts|articles|stories)|"
    r"more (?:posts|articles) like this|"
    r"\d{1,5}\s(?:thoughts|comments|responses|replies)\s(?:on|to)\b|(?:\d{1,5}\s)?comments?\s?(?:\(\d{1,5}\))?:?$|"
    r"leave a (?:comment|reply)|join the (?:discussion|conversation))",
    re.IGNORECASE)
"""Where a blog page's article ends: links to other posts, readers' comments — never the routine's moves."""
_SOCIAL_COMMENTS = re.compile(r"^(?:most relevant|all comments|top comments|newest first)\W{0,3}$", re.IGNORECASE)
"""A social post's comments under it ("Most relevant ▾"): no moves, but the writer's correction among them ("CORRECTION
🙈 … I got the bridges wrong, it's 2 sets of 15") is read as a note."""
_CAPITALS_TITLE = re.compile(r"^[A-Z][A-Z0-9&'’/-]*(?:\s[A-Z0-9&'’/-]+){0,5}\s?\([^()]{3,120}\):?$")
"""A notice's part title in capitals with a remark in brackets ("IN THE SEAT (do these as a little circuit, go round
2x, 30 sec breather between the two goes):", "OFF THE BUS (step down, stand by the front wheel):")."""
_AUTHOR_REPLY = re.compile(r"\((?:post\s)?author\)|^(?:author|post\sauthor)\b", re.IGNORECASE)
"""The line over a comment that says the page's writer wrote it ("Inès Carvalho (author) · 19 Oct 2025 at 18:11")."""
_PART_THEN_MOVE = re.compile(r"^(?P<part>(?:main\s)?(?:part|block|section)\s?(?:\d{1,2}|[a-e]))\s?[—–-]\s"
                             r"(?P<move>[A-Z][\w'’ -]{2,40}?)(?=\.\s\S|:\s)", re.IGNORECASE)
"""A numbered part's one move said after it, then how to do the move ("MAIN PART 1 — Dead bug. Lying on your back
…")."""
_TITLED_PART = re.compile(r"^(?P<number>\d{1,2}(?:\.\d{1,2}){0,2}\.?\s)?(?P<title>[A-Za-z][A-Za-z -]{2,30}?)"
                          r"(?:\s?\((?P<length>[^()]{1,20})\))?\.\s(?=[A-Z])")
"""A paragraph led by its part's title, numbered or with its length, as a sentence of its own ("3.1 Warm-up (5 min).
Conducted by …"); "Warm up first. March on the spot …" is the warm-up said in prose, read as such."""
def _part_lead(entry: Entry, text: str) -> tuple[str, int, bool] | None:
    """A paragraph led by its part's title, then what the part holds, in one paragraph: a numbered part and its one
    move ("MAIN PART 2 — Bird dog. Hands and knees, …"), or a part's title as a sentence of its own, numbered, with
    its length or in capitals ("3.1 Warm-up (5 min). Conducted by the PTI: …", a thread's "WARM-UP. Cat-cow on …").
    Gives the part's title, where what it holds begins, and whether the title gave the part's length."""
    if len(text) > 3000:
        return None
    parted = _PART_THEN_MOVE.match(text) if entry.kind in (Kind.TEXT, Kind.ITEM) else None
    if parted is not None and block_heading(parted.group("part")) == "strong" and is_name_like(parted.group("move")):
        return parted.group("part"), parted.start("move"), False
    titled = _TITLED_PART.match(text) if entry.kind in (Kind.TEXT, Kind.HEADING) else None
    if titled is not None and block_heading(titled.group("title")) == "strong" \
            and (titled.group("number") or titled.group("length") or titled.group("title").isupper()):
        return titled.group("title"), titled.end(), bool(titled.group("length"))
    labelled = _LABELLED_PART.match(text) if entry.kind is Kind.TEXT and entry.bolds else None
    if labelled is not None:
        return labelled.group("title"), labelled.end(), False
    said = _SAID_PART.match(text) if entry.kind is Kind.TEXT else None
    if said is not None and block_heading(said.group("title")) == "strong":
        return said.group("title")[:1].upper() + said.group("title")[1:], said.end(), False
    stretches = _STRETCHES_SAID.match(text) if entry.kind is Kind.TEXT else None
    if stretches is not None:
        return "Stretches", stretches.end(), False
    circuit = _CIRCUIT_SAID.match(text) if entry.kind is Kind.TEXT and text.rstrip().endswith(":") else None
    if circuit is not None:
        return "Circuit", circuit.end(), False
    return None


_LABELLED_PART = re.compile(r"^(?P<title>finish\s(?:standing|lying|seated|sitting|on\syour\s(?:feet|back))|to\sfinish"
                            r"|cool(?:ing)?[\s-]?down|warm(?:ing)?[\s-]?up)\s?:\s(?=\S)", re.IGNORECASE)
"""A paragraph led by its part's label, its moves named in bold after it ("Finish standing: **hamstring stretch** with
your heel on a bucket, …, and then **standing back extension** … — five times.")."""
_IN_TURN = r"^(?:first(?:ly)?|then|next|now|and\sthen|after\sthat),?\s"
"""How a paragraph says its part comes next ("Then", "After that,"), before the part it names."""
_SAID_PART = re.compile(rf"{_IN_TURN}(?:the\s|a\s)?"
                        r"(?P<title>[A-Za-z][A-Za-z -]{2,30}?)\.\s(?=[A-Z])", re.IGNORECASE)
"""A part's title said as a sentence of its own in turn ("Then the main part. We go through the following twice,
…:"): the part, then what it holds."""
_STRETCHES_SAID = re.compile(rf"(?:{_IN_TURN}|^finally,?\s)"
                             r"(?:a\sfew|some|two|three|four|a\scouple\sof)\s(?:gentle\s|easy\s|quick\s)?stretch(?:es)?"
                             r"(?:\sto\sfinish)?[.:]\s(?=[A-Z])", re.IGNORECASE)
"""Stretches said in turn as a part of their own ("After that, two stretches. Knee to chest, …"): after a circuit,
no more of its rounds."""
_CIRCUIT_SAID = re.compile(rf"{_IN_TURN}(?:the\s|a\s|my\s|our\s|[A-Z][a-z]+['’]s\s)?"
                           r"[\"“‘']?(?:(?:little|short|quick|main|core|strength)\s)?circuit[\"”’']?,?\s"
                           r"(?=(?:which|that|where|I|we|you)\b)", re.IGNORECASE)
"""A circuit said in turn over its list ("Then Leanne's "little circuit", which I go round three or four times …:"):
a part of its own, and what the sentence says of its rounds."""
_ASIDE_HEADING = re.compile(r"^(?:(?:my|our|some|a\sfew|quick|top|final|extra|more|\d{1,2})\s){0,3}(?:[a-z]+\s)?"
                            r"tips\b[^.]{0,40}$|^(?:coach(?:es|['’]s)?|trainer['’]s|physio['’]s|pro|top)\stip$"
                            r"|^(?:technique|form|coaching)\s(?:reminders|tips|notes|cues|points)$"
                            r"|^(?:faqs?|frequently\sasked\squestions)\b|^(?:(?:key|basic|general|training)\s)?principles$"
                            r"|^(?:progressions?|progressing|how\sto\sprogress|modifications?|regressions?)\s?:?$"
                            r"|^why\s(?:it|this|these|they|the\s\w+)\b"
                            r"|^(?:kit|equipment)(?:\s(?:checklist|list|needed))?$|^what\syou['’]ll\sneed$"
                            r"|^(?:appendix|annex)\s[A-Z0-9]{1,2}\b(?![^\n]{0,100}\b(?:routine|programme|program|workout|"
                            r"class|session|exercises)\b)"
                            r"|^(?:notes?\sfor\s(?:staff|instructors?|coaches|teachers|leaders|assessors)"
                            r"|(?:staff|instructor|assessor)['’]?s?\snotes)\b",
                            re.IGNORECASE)
"""A page's section of tips, questions or progressions ("## My top tips", "## 3. Exam tips", "## FAQs",
"### Technique reminders", "## Progression" over "**Weeks 3-4:** side plank holds to 20 s", "## Why it's built this
way" over "- **Hinge before you swing.** …"), or of the kit to bring ("KIT CHECKLIST" over "[ ] 4 kettlebells"), a
report's appendix or its notes for staff ("### Appendix A: Equipment", "## 3. Notes for staff"): its lines are advice,
not moves, nor the plan's weeks."""
_ASIDE_LABEL = re.compile(r"^(?:modifications?|regressions?|variations?|progressions?|alternatives?|options|"
                          r"(?:easier|harder)\s(?:options?|versions?)|make\sit\s(?:easier|harder)|"
                          r"other\sthings\s(?:that\s)?(?:helped|help|i\sdo|that\swork(?:ed)?)|(?:helpful\s)?(?:hints|tips))\s?:$",
                          re.IGNORECASE)
"""A label over a list of other ways to do the moves ("Modifications:" over "- Pliés: keep heels down"), or of
what else helps ("Other things that helped:" over "- Walking 20 min at lunch", "Helpful hints:"): the list is
advice, its items no moves of the class."""
_RECAP = re.compile(r"^\W{0,3}tl;?\s?dr\b", re.IGNORECASE)
_CAPTION = re.compile(r"^(?:table|tab\.)\s?\d{1,2}[.:]\s", re.IGNORECASE)
"""A table's caption over it ("Table 1. Standard protocol. All holds are 10 seconds.")."""
_BARE_DAY = re.compile(r"^(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?\s?[✓✔]?$", re.IGNORECASE)
_HEADING_NUMBER = re.compile(r"^\d{1,2}\.\s(?=[A-Za-z])")
"""A heading's section number ("## 2. The exercises", "## 4. Cool-down"), no part of its words."""
_POSTSCRIPT = re.compile(r"^(?:p\.?\s?p\.?\s?)?p\.?\s?s\.?\s?[:,-]?\s", re.IGNORECASE)


_WEEKS = re.compile(r"^weeks?\s", re.IGNORECASE)


def _lone_subtitle(entries: list[Entry]) -> int | None:
    """The index of a leaflet's subtitle that names its weeks ("Exercises after lumbar spinal fusion" over "Weeks 6 to
    12", above the introduction): the only such line of the article, before its first paragraph, says when the
    leaflet is for, it divides nothing. ``None`` when there is none."""
    found = [index for index, entry in enumerate(entries[:4000])
             if entry.kind in (Kind.TEXT, Kind.HEADING) and len(entry.text) <= 40 and session_heading(entry.text)
             and _WEEKS.match(entry.text)]  # ("Day 1: Gentle start" over its moves is a class's day all the same)
    if len(found) != 1 or found[0] >= 12:
        return None
    before = entries[:found[0]]
    return found[0] if not any(e.kind is Kind.TEXT and len(e.text) > 120 for e in before) else None


def _numbered_part(entry: Entry, following: Entry | None) -> bool:
    """A handout's numbered part of the class alone on its line, with a remark in brackets ("1. WARM-UP
    (teacher-led, whole class)", "3. Cool-down (on mats)") over its lines: a part's heading, not a move of a list."""
    if entry.kind is Kind.ITEM and not entry.ordered and len(entry.text.split()) <= 3 and following is not None \
            and block_heading(entry.text) == "strong" and not find_facts(plain(entry.text).text):
        return True  # a post's "🔥 Warm-up", "💪 Main bit", "🧘 Cool down": a part's heading set off by its emoji
    if entry.kind is Kind.ITEM and entry.ordered and bool(entry.gap) and len(entry.text) <= 90 \
            and following is not None and following.pair and not entry.pair:
        return True  # "B. Superset -- 3 rounds, rest 90 s after B2" over "B1  45-degree back extension": its part
    return entry.kind is Kind.ITEM and entry.ordered and bool(entry.gap) and len(entry.text) <= 60 \
        and following is not None and (following.kind is not Kind.ITEM or not following.ordered) \
        and block_heading(entry.text) == "strong"  # ("3) COOL-DOWN (~5 min)" over "- Pike stretch … 1 min")


class Walker(PlanReading, LineReading, ProseReading, SectionReading, TableReading, CircuitReading, AmendmentReading):
    """One pass over an article's entries."""

    def walk(self) -> Reading:
        entries = self.entries
        self._find_title()
        self.moves = move_sections(entries, self.matcher)
        self.subtitle = _lone_subtitle(entries)
        for index, entry in enumerate(entries):
            self.index = index
            following = entries[index + 1] if index + 1 < len(entries) else None
            if self.section is not None and index >= self.section.end:
                self._end_section()
            if entry.quoted and not self._callout(entry, following):
                if entry.kind is Kind.TEXT and EDIT_NOTE.match(entry.text) and self.session.drafts:
                    self._amendment(entry)  # a board's note set off by ">": "> CORRECTION from Jo: bird dog …"
                continue  # an earlier email quoted in a reply, a quotation: never the routine
            if index in self.moves:
                pair = PAIR_LABEL.match(entry.text) if entry.kind is Kind.HEADING else None
                label = pair.group(1) if pair is not None else entry.pair
                if label:  # "### A1. Romanian Deadlift", "**C1. Back extensions:** 3 x 12" over how to do it: a move's
                    self._superset(replace(entry, pair=label))  # section, and a superset's move
                self._start_section(self.moves[index], entry)
                continue
            if entry.kind in (Kind.TEXT, Kind.ITEM) and slot_length((entry.text,)) is not None:
                continue  # "1:00 – 2:00" alone over a move's heading: when the next move starts, no move's dose
            if self.section is not None:
                if not self._note_under_section(entry):
                    self._section_entry(entry)
                continue
            entry = self._pair_cell(entry)
            if (self.superset is not None or entry.pair) and self._superset(entry):
                continue
            if entry.kind is Kind.ROW:
                self._row(entry)
                continue
            if self.columns is not None:
                self.columns = None
                self.group += 1
            self._entry(entry, following)
        if self.section is not None:
            self._end_section()
        self._end_superset()
        self._end_listing()
        self._settle_amendments()
        self._settle_said_parts()
        self._share_warm_up()
        return Reading(self.title, self.source, self.outside, self.sessions, self.mentions, self.notes,
                       self.advice, self.tables)

    def _library_move_below(self) -> bool:
        """Whether the lines right under the entry being read name a move of the library ("NOTES TO SELF" over "- wk 4
        add: bird dog …", "- breath count: … ~4-5 sec each way" names none first: notes, no part of the class)."""
        for entry in self.entries[self.index + 1:self.index + 12]:
            if entry.kind is Kind.HEADING or (entry.gap and entry.kind is not Kind.ITEM):
                break
            if self.matcher.find(split_entry(entry.text[:200]).name).entry is not None:
                return True
        return False

    def _said_part(self, part: BlockDraft, said: list[Draft], text: str) -> None:
        """A part named at the head of its paragraph, its moves said in the paragraph's sentences ("Then the circuit.
        Goblet squats, twelve of them. Then … Three rounds."): the part's own moves, and its rounds; the moves said
        in the paragraphs before it, when no part has moves yet, come first ("Warm up, five minutes easy jog …, then
        ten cat cows")."""
        self.mentions = [m for m in self.mentions if all(m is not d for d in said)]
        earlier = [m for m in self.mentions if m.dose.has_work and m.position < part.position] \
            if not any(b.drafts for b in self.session.blocks) else []
        if earlier:
            self.mentions = [m for m in self.mentions if all(m is not d for d in earlier)]
            first = BlockDraft(WARM_UP_TITLE if any(m.warm for m in earlier) else "Exercises", earlier[0].position,
                               "strong", [replace(m, kind="line") for m in earlier])
            self.session.blocks.insert(self.session.blocks.index(part), first)
        for draft in said:
            draft.kind = "line"
            part.drafts.append(draft)
        rounds = dose_of([f for f in find_facts(plain(text[:3000]).text) if f.kind in BLOCK_KINDS])
        if self._circuit(rounds) and part.dose.rounds is None:
            self._block_dose(rounds, Entry(Kind.TEXT, text[:200], part.position.line, part.position.column))

    def _note_under_section(self, entry: Entry) -> bool:
        """A note under a move's heading that corrects another move ("BREATHING" over "Sarah says: the arch (d) is
        three sets of five, not one"): kept as that move's note, no part of this move's description."""
        if entry.kind is not Kind.TEXT or self.section is None or len(entry.text) > 300:
            return False
        about = note_about(entry.text) or self.asked
        own = self.matcher.find(self.section.name).entry
        if about is None and EDIT_NOTE.match(entry.text):
            mentioned = [found for _at, found, _w in self.matcher.mentions(entry.text[:300])]
            if mentioned and own not in mentioned:
                # "Update 12 March: a few of you asked about the open book – …" under the child's pose: a note on
                # another move, no more of this one
                self._amendment(entry)
                return True
        if about is None or (own is not None and self.matcher.find(about).entry is own) \
                or about.lower() in self.section.name.lower():
            return False  # the move's own description, or a note about it: read as the section's
        before = len(self.amendments)
        self._amendment(entry)
        named = [name for name, _said, _where in self.amendments[before:]]
        return bool(named) and all(self.matcher.find(name).entry is not own or own is None for name in named) \
            and not any(name.lower() in self.section.name.lower() for name in named)

    def _headline_over_byline(self) -> bool:
        """A page copied from the browser: its menus come first ("Subscribe", "Sign In"), and its headline is
        the line just above the standfirst and the byline ("By Carys Delahunt-Moore")."""
        for number, entry in enumerate(self.entries[:60]):
            if not BY_AUTHOR.match(entry.text):
                continue
            for above in reversed(self.entries[max(0, number - 7):number]):  # over "Share", "Facebook" …
                words = len(above.text.split())
                if above.kind in (Kind.TEXT, Kind.HEADING) and 3 <= words <= 20 and above.text[-1:] not in ".:,;" \
                        and not page_furniture(above.text) and not _is_dose_line(above.text):
                    self.title = above.text
                    return True
            return False
        return False

    def _find_title(self) -> None:
        """The article's title: its first line or ``<h1>`` when that reads as a title, else its first heading
        that speaks of a workout ("7-Day Preventive Back Workout Plan"), else its first heading."""
        candidates: list[Entry] = []
        first = True
        heading = next((e for e in self.entries[:60] if e.kind is Kind.HEADING and e.level == 1
                        and not page_furniture(e.text)), None)
        if heading is None and self._headline_over_byline():
            return
        if heading is None:
            later = next((e for e in self.entries[60:400] if e.kind is Kind.HEADING and e.level == 1
                          and not page_furniture(e.text) and len(e.text) <= 160), None)
            if later is not None:
                self.title = later.text  # under a health site's banners, menus and "On this page": its <h1>
                return
        for number, entry in enumerate(self.entries[:60]):
            subject = re.match(r"^subject\s?:\s?(?:(?:re|fwd?|aw)\s?:\s?)*(.{3,120})$", entry.text, re.IGNORECASE)
            if subject is not None and self.title is None:
                self.title = subject.group(1).strip()  # an email's subject ("Re: that back stuff")
                return
            if page_furniture(entry.text) or entry.quoted:
                continue  # a nav bar, a category, "r/… · Posted by", an email's header: never the title
            if heading is not None and entry is not heading and (entry.kind is not Kind.HEADING or entry.level > 1) \
                    and not _SOURCE_LINE.match(entry.text):
                continue  # the page's <h1> is its title, whatever stands above it ("On this page", a menu's <h2>)
            source = _SOURCE_LINE.match(entry.text)
            if source:
                if self.source is None:
                    url = _URL.search(self.raw_text[:5000])
                    self.source = url.group(0) if url else source.group(1)
                    named = source.group(1).split("|")[-1].strip()  # "Section | The page's title"
                    if url and len(named.split()) >= 3 and not _URL.match(named):
                        self.title = self.title or named
                continue
            titled = entry.kind is Kind.HEADING and entry.level == 1
            following = self.entries[number + 1] if number + 1 < len(self.entries) else None
            headed = entry.kind is Kind.HEADING or (following is not None and following.kind is Kind.TEXT
                                                    and is_paragraph(following))
            if titled or (entry.kind in (Kind.TEXT, Kind.HEADING) and len(entry.text) <= (
                    160 if entry.kind is Kind.HEADING else 100)
                          and not entry.text.endswith((".", ":", ",", ";")) and not session_heading(entry.text)
                          and block_heading(entry.text) != "strong" and (first or not block_heading(entry.text))
                          and not meta_of(entry.text) and not _is_dose_line(entry.text)):
                if titled or (first and len(entry.text.split()) >= 2):
                    self.title = entry.text
                    return
                if headed:
                    candidates.append(entry)
            first = False
        if self.title is not None:
            return
        candidates = [e for e in candidates if "?" not in e.text and not topic_heading(e.text)]
        worded = [e for e in candidates if TITLE_WORDS.search(e.text)]
        chosen = worded[0] if worded else candidates[0] if candidates else None
        self.title = chosen.text if chosen is not None else None

    def _entry(self, entry: Entry, following: Entry | None) -> None:
        text = entry.text
        self.caption = None  # a caption is said of the table right under it
        if entry.kind is not Kind.ITEM:
            self._end_listing()
        if entry.kind is Kind.TEXT and _POSTSCRIPT.match(text):
            self.postscript = True  # "P.S. She told me to ditch the sit-ups": an aside after the message
        if entry.kind in (Kind.HEADING, Kind.TEXT) and len(text) <= 120 and _PAGE_END.match(text.strip()):
            self.postscript = True  # "You may also like", "14 thoughts on …": other pages' links, readers' comments
        if self.postscript:
            if entry.kind is Kind.TEXT and len(text) <= 120 and _AUTHOR_REPLY.search(text):
                self.author_replies = True  # the writer's reply among the readers' comments: a correction is read
                return
            if self.author_replies and entry.kind is Kind.TEXT:
                self._amendment(entry)  # "… Niamh checked this post and says the band row should be 2 sets of 15"
            self.author_replies = False
            return
        if entry.kind is Kind.TEXT and _SOCIAL_COMMENTS.match(text.strip()):
            self.comments = True
        if self.comments:
            if entry.kind in (Kind.TEXT, Kind.ITEM):
                self._amendment(entry)  # "Ha yes Gaz is right, it's two sets of dead bugs now": the writer's note
            return
        if entry.kind is Kind.HEADING:
            if self.aside is not None and (entry.level or 6) <= self.aside:
                self.aside = None
            if 1 <= entry.level <= 3 and _ASIDE_HEADING.match(_HEADING_NUMBER.sub("", text)):  # "## 3. Exam tips"
                self.aside, self.last, self.subject = entry.level, None, None
                return
        if self.aside is not None and entry.kind in (Kind.TEXT, Kind.ITEM):
            self._advice(entry, text)  # "1. **Quality over quantity.** Slow, controlled reps …": a tip, not a move
            return
        if entry.kind is Kind.TEXT and _RECAP.match(text):
            self.last, self.subject = None, None
            return  # "**TL;DR:** cat-cow, bird dog, bridges, …, every day, ~20 min.": the routine said again in short
        if self.aside_list and entry.kind is Kind.ITEM and (
                not entry.gap or _ASIDE_LABEL.match(self.entries[self.index - 1].text)):  # its first item, set apart
            self._advice(entry, text)  # "- Pliés: keep heels down, smaller range." under "Modifications:"
            return
        self.aside_list = False
        if entry.kind is Kind.TEXT and _ASIDE_LABEL.match(text) and following is not None \
                and following.kind is Kind.ITEM:
            self.aside_list, self.last, self.subject = True, None, None
            return
        if entry.kind is Kind.TEXT and (SIGN_OFF.match(text) or (self.signed and len(text) <= 60)):
            self.signed = True  # "Kind regards," then "Jo (Physiotherapist)"
            self.block, self.last, self.subject = None, None, None
            return
        self.signed = False
        if self.nested_part is not None and (entry.kind is not Kind.ITEM or entry.column <= self.nested_part[0]):
            column, title = self.nested_part
            self.nested_part = None
            if entry.kind is Kind.ITEM and entry.column == column:
                self._open_part(title, entry_position(entry))  # "4. Standing side bend" after the circuit's moves
                self.last, self.subject = None, None
                self.group += 1
        if entry.kind is Kind.ITEM and self.changes_listed and self._changed_item(entry):
            self.last = None
            return  # "Changes:" over "- Bird dog: … do eight each side now": the bird dog listed before, changed
        self.changes_listed = entry.kind is Kind.ITEM and self.changes_listed
        if entry.kind is Kind.TEXT and CHANGES_LABEL.search(text):
            self.changes_listed = True
        if entry.kind in (Kind.TEXT, Kind.ITEM):
            if self._amendment(entry):
                self.last = None
                return  # "Sorry — I had the bridges wrong, it's three sets of eight not two.": a correction, no move
            if self.asked is not None and text.rstrip().endswith("?"):
                self.last = None  # "dead bug x12 – is that 12 each side?": a question about a move, not a move
                return
        if entry.kind in (Kind.TEXT, Kind.ITEM) and is_noise(text):
            self.last = None  # "Advertisement", "Music: …", "Set a timer", "Read more: …": never a move
            return
        split = self.warm_up_then_more(entry)
        if split is not None:
            self._entry(split[0], None)  # the warm-up first, a part of its own
            self.block, self.last = None, None
            self._entry(split[1], following)
            return
        lead = _part_lead(entry, text)
        if lead is not None:
            # "MAIN PART 2 — Bird dog. Hands and knees, …", "3.1 Warm-up (5 min). Conducted by the PTI: …": the part,
            # then what it holds, read as the part's own
            title, start, sized = lead
            self._headed_part(title, entry, "strong", sized=sized)
            self.last, self.subject = None, None
            self.group += 1
            kind = Kind.TEXT if entry.kind is Kind.ITEM else entry.kind
            before, part = len(self.mentions), self.block
            self._entry(replace(entry, kind=kind, text=text[start:], column=entry.column + start), following)
            in_prose = self.mentions[before:]
            if part is not None and part is self.block and not part.drafts and in_prose \
                    and all(d.dose.has_work for d in in_prose):
                # "First, loosen up. On hands and knees, do the cat-camel: … six to eight cycles": the part's move,
                # said in its own sentence, however the moves after it are listed
                self._said_part(part, in_prose, text[start:])
            return
        meta = meta_of(text) if entry.kind is not Kind.ROW else None
        if meta is not None:
            self.session.meta.setdefault(meta.key, (meta.value, entry_position(entry)))
            self.last = None
            return
        capitals = _CAPITALS_TITLE.match(text) if entry.kind is Kind.TEXT and len(text) <= 160 else None
        headingish = entry.kind is Kind.HEADING or (
            entry.kind is Kind.TEXT and (len(text) <= 90 or capitals is not None)
            and not text.endswith((".", "!", ";", ","))
        ) or _numbered_part(entry, following)
        text_plain = plain(text)
        facts = find_facts(text_plain.text)
        dose = dose_of(facts)
        if self.period is not None and entry.kind is Kind.HEADING and not session_heading(text) \
                and (entry.level or 6) <= self.period[1]:
            self.period = None  # "## What next?" after the weeks: the plan's weeks are over
        said = SESSION_SAID.split(text, maxsplit=1)
        if (headingish or len(text) <= 90) and session_heading(text) and self.index != self.subtitle \
                and (not dose.has_work or REPEAT_SESSION.match(said[-1].strip())):
            if self._tick_list_day(entry, following):
                self.last = None  # "- [x] Monday", "- [ ] Wednesday": a tracker's days ticked, no class of each
                return
            self._start_session(entry, text)
            return
        if dose.has_work and len(said) == 2 and len(said[0]) <= 40 and session_heading(said[0]) \
                and entry.kind is not Kind.ROW:
            # "Day 1: Glute bridge 2 x 10, bird dog 2 x 6 each side": the day, then its moves on the same line
            self._start_session(replace(entry, kind=Kind.TEXT), said[0])
            offset = len(text) - len(said[1])
            self._entry(Entry(Kind.ITEM if entry.kind is Kind.ITEM else Kind.TEXT, said[1], entry.line,
                              entry.column + offset, gap=0), following)
            return
        if entry.kind is Kind.ITEM and text.rstrip(" *").endswith(":") and self._circuit(dose) and not dose.has_work \
                and following is not None and following.kind is Kind.ITEM and following.column > entry.column:
            # "3. **Then the circuit, 3 rounds, 1 min rest after each round:**" over its own sub-items: a circuit of
            # those, inside the list; the list's next item goes on after it
            previous = self.block
            self._open_part(CIRCUIT_TITLE, entry_position(entry))
            self._block_dose(dose, entry)
            self.nested_part = (entry.column, previous.title if previous is not None else short_title(
                self.session.title or "Exercises"))
            self.last, self.subject = None, None
            self.group += 1
            return
        if entry.kind in (Kind.TEXT, Kind.ITEM) and self._round_dose(entry):
            return
        bold_line = entry.kind is Kind.TEXT and len(text) <= 120 and entry.lead.strip() == text.strip()
        bold_title = entry.kind is Kind.TEXT and len(text) <= 200 and bool(entry.lead.strip()) \
            and _TITLE_THEN_DOSE.match(text[len(entry.lead):]) is not None and text.startswith(entry.lead)
        if (headingish or bold_line or bold_title) and self._dosed_block_heading(entry):
            # also a line wholly in bold, sentences and all: "**Superset A — 3 rounds. Rest 60 s after each.**", and a
            # bold title with the part's dose after its dash: "**THE CIRCUIT** – 40 seconds work / 20 seconds rest."
            return
        worded = _HEADING_NUMBER.sub("", text) if entry.kind is Kind.HEADING else text  # "## 2. The exercises"
        strength = block_heading(CONNECTIVE.sub("", worded)) if headingish and not dose.has_work else None
        if strength == "weak" and not _PLURAL_LEAD.match(worded) and (self.matcher.find(text).entry is not None or (
                following is not None and following.kind is Kind.TEXT and _INSTRUCTION.match(following.text)
                and not split_entry(following.text).separated and not _OF_THESE.search(following.text[:300]))):
            # "Stretching quadriceps" is a move, not a part of the class (how to do it follows); "Standing exercises"
            # over "Sit to stand - 10. From a firm chair …" is a part: a move's line follows, whatever verb it starts
            strength = None
        if strength is not None and self.title == text and not self.sessions and not self.outside.blocks:
            strength = None  # the article's title ("Exercises to strengthen back muscles")
            self.last = None
            return
        if strength == "weak" and self._heads_a_list(entry):
            strength = "strong"  # "Mat work" over a list of moves in a class sheet
        if strength is not None:
            self._headed_part(text.rstrip(":"), entry, strength)
            if self._circuit(dose):
                self._block_dose(dose, entry)  # "EMOM 10 minutes:", "Circuit x 3"
            self.last, self.subject = None, None
            self.group += 1
            return
        bold = entry.lead.strip().rstrip(".:,;") if entry.kind is Kind.TEXT else ""
        if bold and len(text) >= len(entry.lead) + 12 and block_heading(bold) == "strong":
            # "**Warming up.** March on the spot for a minute, …", "**The main bit** is a mini-circuit. …": the part
            # named in bold, then what the paragraph says of it, read as a paragraph of its own; "**Circuit — 3
            # rounds.** 40 seconds on each move, …": the part and its rounds
            if not self._dosed_block_heading(replace(entry, text=bold, lead="")):
                self._headed_part(bold, entry, "strong")
            self.last, self.subject = None, None
            self.group += 1
            told = text[len(entry.lead):].lstrip(" .:,;–—-")
            if not (told.endswith(":") and len(told) <= 40):  # ("**To finish**, two stretches:": the part's label)
                self._entry(replace(entry, text=told, lead="", column=entry.column + len(text) - len(told)), following)
            return
        label = PART_LABEL.match(text) if entry.kind in (Kind.TEXT, Kind.ITEM) else None
        if label is not None and dose.has_work:
            self._open_part(part_title(label), entry_position(entry))
            rest = Entry(entry.kind, text[label.end():], entry.line, entry.column + label.end())
            if not self._inline_list(rest):
                rest_plain = plain(rest.text)
                rest_facts = find_facts(rest_plain.text)
                self._line(rest, rest_plain, rest_facts, dose_of(rest_facts), following)
            return
        if strength is None and headingish and entry.kind is Kind.TEXT and self._circuit(dose) and not dose.has_work \
                and self.block is not None and not self.block.drafts and _ROUNDS_LINE.match(text):
            self._block_dose(dose, entry)  # "Warm-up" then "2 rounds, no rest:" over its list: the part's rounds
            self.last, self.subject = None, None
            return
        if entry.kind is Kind.TEXT and dose.repeat is not None and dose.rounds is None and dose.sets is None \
                and dose.reps is None and dose.hold is None and _ROUNDS_OF.match(text) is not None:
            dose = dose.repeats_as_rounds()  # "THEN TWICE THROUGH (rest 1 min in between)": the rounds of the next
            if dose.rest is not None and dose.round_rest is None:  # part, and the rest between them
                dose = replace(dose, round_rest=dose.rest, rest=None)
        goes_on = (not dose.facts and _THEN_ALONE.match(text) is not None and following is not None
                   and following.kind is Kind.ITEM) \
            or (self._circuit(dose) and not dose.has_work and _ROUNDS_OF.match(text) is not None)
        if strength is None and entry.kind is Kind.TEXT and self.block is not None and self.block.drafts and goes_on:
            # "Warm up first:" over its moves, then "Then:" (or "Then 2 rounds of:") over the rest: the class goes on
            # in a part of its own, done as many rounds as the line says
            self._open_part(CIRCUIT_TITLE, entry_position(entry))
            if self._circuit(dose):
                self._block_dose(dose, entry)
            self.last, self.subject = None, None
            self.group += 1
            return
        if strength is None and entry.kind is Kind.HEADING and not dose.has_work and not topic_heading(text) \
                and self.block is not None and self.block.drafts and NUMBERED_CELL.match(text) \
                and self.matcher.find(text).entry is None \
                and lists_moves(self.entries, self.index, self._next_heading(), self.matcher):
            # "### 5. The McGill Big 3" after moves 1 to 4, over "These three are done as a little circuit … repeat the
            # circuit 3 times" and its dosed moves in a list: a part of the class
            self._headed_part(short_title(text.rstrip(":")), entry, "strong")
            self.last, self.subject = None, None
            self.group += 1
            return
        if strength is None and headingish and not dose.has_work and self._heads_a_list(entry):
            # "Standing work", "Mat work", "Relaxation": in a class sheet, a heading over a list of moves
            self._open_part(short_title(text.rstrip(":")), entry_position(entry))
            self.last, self.subject = None, None
            self.group += 1
            return
        if strength is None and headingish and not dose.has_work and not self._circuit(dose) \
                and entry.kind is Kind.TEXT and entry.gap \
                and (text.isupper() or bold_line or capitals is not None or self._set_over_list(entry)) \
                and self.block is not None and self.block.strength in ("strong", "weak") and bool(self.block.drafts) \
                and self.matcher.find(text).entry is None \
                and lists_moves(self.entries, self.index, self._next_heading(), self.matcher, known=False, rows=True) \
                and (bold_line or self._library_move_below()):
            # "AFTER THE WATCH" over its dosed moves, after a part in capitals ("CORE - 3 rounds, …"), or a line in bold
            # ("**Shoulders & hang**" over "- Scapular pull-ups: 2 × 8, …"): the next part, whatever the writer calls it
            titled = text[:text.index("(")] if capitals is not None else text  # ("OFF THE BUS (step down, …):")
            self._open_part(short_title(titled.strip().rstrip(":")), entry_position(entry))
            self.last, self.subject = None, None
            self.group += 1
            return
        if entry.kind is Kind.TEXT and (self._repeated_session(text) or self._timed_outing(entry)):
            return
        if self._sequenced_move(entry):
            return
        if entry.kind in (Kind.TEXT, Kind.ITEM) and self._named_paragraph(entry):
            return
        if entry.kind is Kind.TEXT and (self._inline_list(entry) or self._sentence_list(entry)):
            return
        if entry.kind is Kind.HEADING and not dose.has_work and following is not None and following.kind is Kind.TEXT \
                and lead_move(following, text, self.matcher) and self.matcher.find(text).entry is None:
            # "## Backbends" over "**Salabhasana (Locust Pose)** — …": a part of the class, its moves the paragraphs
            self._open_part(short_title(text.rstrip(":")), entry_position(entry))
            self.last, self.subject = None, None
            self.group += 1
            return
        if entry.kind is Kind.HEADING and not dose.has_work and self._heads_a_table():
            # "## The protocol (standard level)" over "Table 1. … All holds are 10 seconds." and the table: its part
            self._open_part(short_title(text.rstrip(":")), entry_position(entry))
            self.last, self.subject = None, None
            self.group += 1
            return
        if entry.kind is Kind.TEXT and _CAPTION.match(text) and following is not None \
                and following.kind is Kind.ROW and header_kinds(following.cells) is not None:
            # "Table 1. Standard protocol. All holds are 10 seconds. Rest 20 seconds between sets.": of every row
            self.caption = dose if dose.has_work or dose.rest is not None else None
            self.last = None
            return
        if entry.kind in (Kind.TEXT, Kind.ITEM, Kind.HEADING) and self._line(entry, text_plain, facts, dose, following):
            return
        if entry.kind is Kind.HEADING and self._sub_part(entry, following):
            return
        if entry.kind is Kind.HEADING or (headingish and entry.kind is Kind.TEXT and (
                topic_heading(text) or (_is_heading_layout(entry, following) and not (
                    dose.has_work or dose.between is not None or self._circuit(dose))))):  # "WORK 40 s / CHANGE-OVER
            # 20 s", "Go round this twice, 30 s breather between goes": the part's dose, no heading
            self.aside_after = self.block if topic_heading(text) and self.session is self.outside else None
            self._close_part()
            self.last, self.subject = None, None
            self.group += 1
            self.questioned = self._question_about(text)
            if entry.kind is Kind.HEADING and self._heads_said_part(text, following):
                self._open_part(short_title(text.rstrip(":")), entry_position(entry))
            return
        if entry.kind is Kind.TEXT and bare_dose_label(text):
            return  # an infographic's "HOLD" between "CHILD'S POSE" and "1 MIN": the label of the dose under it
        self._prose(entry, dose, facts)

    def _question_about(self, text: str) -> LibraryExercise | None:
        """The move a question heading names when it names one ("The bird dog is hard. How many do I do?")."""
        if not text.rstrip().endswith("?") or len(text) > 160:
            return None
        named = {library_entry.name: library_entry for _word, library_entry, _written in self.matcher.mentions(text)}
        return next(iter(named.values())) if len(named) == 1 else None

    def _heads_said_part(self, text: str, following: Entry | None) -> bool:
        """A heading over a paragraph that says the class's last moves in sentences, with their doses, after parts
        of listed moves ("When you pack up" over "… pull both knees in for a knee hug – 30 seconds, twice. Then a
        child's pose … about a minute."): a part of the class, its moves those the paragraph names."""
        if following is None or following.kind is not Kind.TEXT or self.questioned is not None \
                or (topic_heading(text) and not _WHEN_IN_CLASS.match(text)) \
                or not any(b.drafts for b in self.session.blocks):
            return False
        said = following.text[:600]
        heading = self.entries[self.index]
        sibling = heading.kind is Kind.HEADING and heading.level > 0 and any(
            b.level == heading.level for b in self.session.blocks)  # "##### After service" after the
        # "##### Before service" part: the writer's own routine goes on ("I'll do a hip flexor stretch …")
        return (not PERSONAL.search(said) or sibling) and read_dose(said).has_work and bool(self.matcher.mentions(said))

    def _callout(self, entry: Entry, following: Entry | None) -> bool:
        """A note's callout set as a quotation right over the list it doses ("> Circuit, **2 rounds**. 1 min rest
        after each round." over "- [ ] **Glute bridge** — 12 reps"): the circuit's dose, no earlier message quoted."""
        return entry.kind is Kind.TEXT and following is not None and following.kind is Kind.ITEM \
            and not following.quoted and following.gap == 0 and self._circuit(read_dose(entry.text))

    def _heads_a_table(self) -> bool:
        """Whether a workout table comes right under the heading, with at most its caption between."""
        ahead = self.entries[self.index + 1:self.index + 3]
        if ahead and ahead[0].kind is Kind.TEXT and _CAPTION.match(ahead[0].text):
            ahead = ahead[1:]
        return bool(ahead) and ahead[0].kind is Kind.ROW and header_kinds(ahead[0].cells) is not None

    def _tick_list_day(self, entry: Entry, following: Entry | None) -> bool:
        """A list item that is only a weekday, beside another such item ("- [x] Monday" "- [ ] Wednesday" under
        "## This week"): a tracker of the days done, not the days' classes."""
        if entry.kind is not Kind.ITEM or not _BARE_DAY.match(entry.text):
            return False
        above = self.entries[self.index - 1] if self.index > 0 else None
        return any(other is not None and other.kind is Kind.ITEM and _BARE_DAY.match(other.text) is not None
                   for other in (above, following))

    def _sub_part(self, entry: Entry, following: Entry | None) -> bool:
        """A deeper heading under a class part's heading with dosed moves right under it ("## Session A", then
        "### A — Hinge" over "**A1. Romanian deadlift** — 3×8"): a part of that class, not the end of it."""
        session = self.session
        if session is self.outside or (entry.level or 7) <= session.rank or topic_heading(entry.text) \
                or following is None or following.kind not in (Kind.ITEM, Kind.TEXT) or len(entry.text) > 60:
            return False
        split = split_entry(following.text)
        if not (is_name_like(split.name) and read_dose(split.dose_text).has_work):
            return False
        self._open_part(short_title(entry.text.rstrip(":")), entry_position(entry))
        self.last, self.subject = None, None
        self.group += 1
        return True


_OF_THESE = re.compile(r"\b(?:each|all|both)\sof\s(?:these|them|those|the\s(?:stretches|exercises|moves|poses))\b",
                       re.IGNORECASE)
"""A paragraph said of the moves under it ("Hold each of these for 45 seconds on each side"): its heading is a
part's."""
_PLURAL_LEAD = re.compile(r"^(?:the\s)?(?:exercises|stretches|moves)\b", re.IGNORECASE)
"""A heading that opens on the moves in the plural ("Exercises lying on your back" over "Lie on a bed …"): a part,
whatever its first paragraph says."""
_TITLE_THEN_DOSE = re.compile(r"^\s?(?:[-–—:]|\()")
"""After a bold title, the dash, colon or bracket that sets the part's dose apart ("**THE CIRCUIT** – 40 s work …")."""


def _is_dose_line(text: str) -> bool:
    """"Plank: 30 seconds": a line that says how much of a move (never a title)."""
    split = split_entry(text)
    return is_name_like(split.name) and bool(split.dose_text) and read_dose(split.dose_text).has_work \
        and not TITLE_WORDS.search(split.name)


def _is_heading_layout(entry: Entry, following: Entry | None) -> bool:
    """A short line followed by a paragraph reads as a heading of that paragraph."""
    return following is not None and following.kind is Kind.TEXT and is_paragraph(following) and \
        len(entry.text.split()) <= 12
