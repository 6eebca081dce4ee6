"""Walking an article's entries and collecting what they say: sessions, blocks, exercises, advice.

The walk keeps three kinds of exercise apart, because articles differ in how sure they are:

* **lines** — a list item, line, table row or heading that names a move *and* gives its dose
  ("Dead Bug – 3 sets of 12 reps per side"), or a named move whose paragraph gives it;
* **listed** — a bare name in a part of a class ("Warm up", "Block 2", "Day 3"), dose left to us;
* **mentioned** — a library move a listicle only talks about ("Pull-ups are one of the best …").

When an article has lines or listed moves (a plan, a class sheet, a handout, a table), the routine is
made of those alone, and prose is read only for descriptions, circuit instructions and advice. A
listicle without them is read for its mentions, merged list by list in the order the article keeps.
The assembly into routines (:mod:`.assemble`) decides values and guesses; this module only reads.
"""

from __future__ import annotations

import re
from copy import deepcopy
from dataclasses import dataclass, field, replace

from ..durations import Range
from ..exercise_library import LibraryExercise
from ..loader import MAX_SETS
from ..model import Per, count_most
from ..problems import Position
from .names import Match, Matcher, is_name_like, sentence_case, split_entry, unqualified
from .phrases import Dose, Fact, Plain, dose_of, find_facts, halved_each, plain, read_cell, read_dose, read_line_dose
from .sections import INSTRUCTION as _INSTRUCTION
from .sections import NOISE, SUBHEADING, Section, move_sections
from .source import Entry, Kind
from .structure import (
    LABEL_NUMBERS,
    block_heading,
    header_kinds,
    meta_of,
    name_column,
    period_heading,
    session_heading,
    session_labels,
    slot_length,
    topic_heading,
)

MAX_EXERCISES = 1000

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“(])")
_PERSONAL = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|my|me|myself)\b")
_ADVICE_TOPIC = re.compile(
    r"\b(?:pain|painful|discomfort|hurts?|injur\w*|doctor|gp|physio\w*|physician|medical|professional|"
    r"pregnan\w*|diseases?|conditions?|dizz\w*|numb\w*|caution|careful|safe|safely|safety|warm[\s-]?up|"
    r"warming up|listen to your body|feels? off|form|gradually|consecutive days|times a week|days a week|"
    r"once a week|every day|daily|rest days?|recovery|rest period|breath\w*|osteo\w*|scoliosis|hernia\w*|"
    r"contraindicat\w*|bleeding|heart|cardiovascular|kidney|surgery|chronic|weights?|heavy|slow pace|slowly|"
    r"twist\w*|lifting)\b",
    re.IGNORECASE,
)
_ADVICE_VOICE = re.compile(
    r"^(?:if|do not|don't|don’t|never|always|stop|avoid|consult|see|talk|ask|make sure|be sure|remember|allow|"
    r"listen|warm|start|progress|keep|use|take|pay|try|rest|breathe|move|stretch|begin|check|consider|choose|"
    r"increase|build|go)\b"
    r"|\b(?:should|must|it is important|it's important|it’s important|essential|is a must|we recommend|"
    r"recommended|you may want to|best to|make sure|be sure to)\b",
    re.IGNORECASE,
)
_TITLE_WORDS = re.compile(r"\b(?:workouts?|plan|routines?|exercises|program(?:me)?|class|stretches|training)\b",
                          re.IGNORECASE)
_SUBJECT = re.compile(r"^[A-Z][\w'’&-]*(?:\s[\w'’&-]+){0,5}?\s(?:are|is|involves?|works?|targets?|helps?|can)\b")
_WARM_UP = re.compile(r"\bwarm[\s-]?ups?\b|\bwarming up\b", re.IGNORECASE)
_COOL_DOWN = re.compile(r"\bcool[\s-]?downs?\b|\bcooling down\b", re.IGNORECASE)
_WORK_KINDS = ("sets", "reps", "hold", "repeat", "rest", "each_hold", "breaths")
_BLOCK_KINDS = ("rounds", "round_rest", "between", "each_hold")


@dataclass(frozen=True)
class Note:
    """Something the user should know about a place in the article (an unusable line, an inference)."""

    position: Position
    message: str


@dataclass
class CellGuess:
    """A table cell that was empty, with the values its column holds in other rows."""

    column: str
    """sets, reps, hold or rest."""


@dataclass
class Draft:
    """An exercise as the article gives it, before its values are decided."""

    name: str
    match: Match
    dose: Dose
    position: Position
    kind: str
    """"line", "listed" or "mentioned" (see the module's description)."""
    remark: str | None = None
    description: list[str] = field(default_factory=list)
    empty_cells: list[str] = field(default_factory=list)
    table: int | None = None
    group: int = 0
    warm: str | None = None
    """For mentions: "warm-up" or "cool-down" when the paragraph was about that part."""
    takes_description: bool = True
    minute: bool = False
    """Labelled with its minute of an EMOM ("Minute 2:", "even minutes –"): the moves take turns, a minute each."""
    alternating: bool = False
    """Its line says it alternates sides ("Bird dogs (alternate sides)"): a timed interval is shared by both."""

    @property
    def key(self) -> str:
        return self.match.entry.name if self.match.entry is not None else " ".join(self.name.lower().split())


@dataclass
class BlockDraft:
    title: str
    position: Position
    strength: str
    """"strong" (Warm-up, Block 2), "weak" (Stretching), or "default" (no heading)."""
    drafts: list[Draft] = field(default_factory=list)
    dose: Dose = field(default_factory=Dose)
    dose_position: Position | None = None


@dataclass
class SessionDraft:
    title: str | None
    position: Position
    blocks: list[BlockDraft] = field(default_factory=list)
    meta: dict[str, tuple[str, Position]] = field(default_factory=dict)
    defaults: Dose = field(default_factory=Dose)
    """Rests the article states for all the part's moves ("rest 45 seconds between sets")."""
    intro: str | None = None
    advice: list[str] = field(default_factory=list)
    closed: bool = False
    heading: str | None = None
    """The part's own heading, without the week it stands under ("Day 2 – Mobility")."""
    labels: list[tuple[str, str]] = field(default_factory=list)
    """What other parts call it: ``("week", "2")``, ``("day", "1")`` (see :func:`.structure.session_labels`)."""
    period: SessionDraft | None = None
    """The week it stands under, in a plan of weeks and days."""

    @property
    def drafts(self) -> list[Draft]:
        return [d for b in self.blocks for d in b.drafts]


@dataclass
class Reading:
    """Everything the walk found in one article."""

    title: str | None
    source: str | None
    outside: SessionDraft
    """What lies outside any "Day 1"/"Class 2" part (the whole article when it has none)."""
    sessions: list[SessionDraft]
    mentions: list[Draft]
    notes: list[Note]
    advice: list[str]
    tables: list[list[Draft]]


_PART_LEAD = re.compile(
    r"^(?:(?:first|then|next|finally|lastly|and|after that)\W+)?(?:(?:i|we|you)\s)?(?:always\s|usually\s)?"
    r"(warm[\s-]?up|cool[\s-]?down|finish|end|start|begin)s?\s(?:with|by(?:\sdoing)?)\s(?:an?\s|the\s|some\s)?"
    r"(?:gentle\s|easy\s|slow\s|short\s|light\s)*",
    re.IGNORECASE,
)
_PART_LABEL = re.compile(r"^(warm[\s-]?up|cool[\s-]?down|main(?:\sset|\sworkout)?|finisher)\s?:\s?(?=\S)",
                         re.IGNORECASE)
"""A part of the class and its moves on one line ("Warm-up: 5 minutes on the rower, then 10 good mornings")."""
_DO = re.compile(r"^(?:do|perform|try|complete|add|aim for|go for|hold)\s(?=\d|an?\s|the\s|some\s)", re.IGNORECASE)
"""The verb before a dose in a sentence ("Then do 2 sets of 12 glute bridges")."""
_SIGN_OFF = re.compile(r"^(?:best|kind regards|regards|best regards|warm regards|many thanks|thanks|thank you|cheers|"
                       r"all the best|best wishes|sincerely|yours(?: sincerely| truly)?|speak soon|see you soon)\b"
                       r"[^.]{0,20}[,!]?$",
                       re.IGNORECASE)
"""How an email ends ("Kind regards,"): what follows is a signature, not a move."""
_CONNECTIVE = re.compile(r"^(?:then|next|now|and|after that|finally|lastly)\b\W*", re.IGNORECASE)
_BARE_COUNT = re.compile(
    r"^\s?(\d{1,3}(?:\s?[-–]\s?\d{1,3})?)(?!\s?(?:%|kg|lbs?|pounds?|km|miles?|m\b|cm|weeks?|days?|months?|years?|"
    r"steps?|calories|minutes?|mins?|seconds?|secs?|hours?|times? a))"
    r"(?:\s[a-z]+|\s(?:of\s)?(?:each|per|every|for each)\s[a-z]+(?:\s[a-z]+)?)?\s?\.?$",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"[·|©]|@(?=[A-Za-z_])|\b(?:posted|updated|published|written) (?:by|on)\b|\bmin(?:ute)?s? read\b",
                     re.IGNORECASE)
_PROGRESSION = re.compile(r"^(?:increase|progress|add|build up|work up|over time|as you|once you|when you|"
                          r"if you)\b", re.IGNORECASE)
"""How an article says to progress ("Increase to 3 sets as you get stronger"): not the move's own dose."""
_WARNING_LEAD = re.compile(r"\b(?:should not|shouldn't|do not|don't|must not|never|avoid|not suitable|not recommended|"
                           r"stop|seek|consult)\b", re.IGNORECASE)
"""A sentence that leads a list of who should not exercise, or when to stop ("… if you have:")."""
_NAMED_MOVE = re.compile(
    r"\b(?:move|exercise|stretch|pose)(?:\sis|\scalled)?\s?[:–—]\s?(?:the\s|a\s)?"
    r"([A-Za-z][A-Za-z'’ -]{2,40}?)[.!](?:\s|$)"
    r"|^(?:the\s)?(?:first|second|third|fourth|fifth|next|last|final)\s(?:one\s|move\s|exercise\s|stretch\s)?"
    r"is\s(?:the\s|a\s|called\s)?([A-Za-z][A-Za-z'’ -]{2,40}?)[.!](?:\s|$)",
    re.IGNORECASE,
)
"""A paragraph that names its one move ("… recommends one simple move: the open book.")."""
_ROUNDS_ONLY = re.compile(r"\s*\d{1,3}(?:\s?(?:-|to)\s?\d{1,3})?\s(?:[a-z]+\s)?rounds?\.?\s*", re.IGNORECASE)
_NAME_THEN_TEXT = re.compile(r"^[A-Z][^.!?:()\n]{1,50}?(?:\.|:|\s[-–—])\s+(?=[A-Z])")
"""A short name, then a full stop, colon or dash, then the sentence that says how to do it."""
_LEAD_LABEL = re.compile(
    r"^(?:cues?|progressions?|regressions?|variations?|modifications?|benefits?|muscles(?:\sworked)?|targets?|"
    r"focus|common mistakes?|mistakes?|form(?:\stips?)?|equipment|sets|reps|rest|dose|frequency|tempo|goal|aim|"
    r"tips?|notes?|warning|caution|important|remember|key points?|why|how|what|when|easier|harder|"
    r"make it (?:easier|harder)|level|step \d+|day \d+|week \d+|option \d*|bonus|pro tip)\b",
    re.IGNORECASE,
)
"""Bold labels of a paragraph that are not a move's name ("**Cue:**", "**Make it harder:**")."""
_ROUNDS_FIRST = re.compile(
    r"\s*\d{1,3}(?:\s?(?:-|to)\s?\d{1,3})?\s(?:[a-z]+\s)?rounds?,\s(?:moving|flowing|with|in time)\b", re.IGNORECASE
)
"""A move's rounds paced by the breath ("Cat-cow — 10 rounds, moving with the breath"): its reps."""
_HEADING_CUT = re.compile(r"\s?\(|\s[-–—]\s|:\s")
"""Where a heading's title may end and its dose begin."""
_DOSE_LABEL = re.compile(r"^(?:reps|repetitions|sets|hold|time|rest|duration|frequency|tempo|rounds|dose|repeat)\s?:",
                         re.IGNORECASE)
_LIST_SPLIT = re.compile(r"\s?[,;]\s|\s(?:and|then)\s(?=[A-Za-z]|\d{1,3}\s?(?:x\s?)?[A-Za-z])")
_LABEL = re.compile(r"^(?:[A-Z][\w'’ ]{0,30}):\s")
"""A paragraph's label ("How to do it: Lie on your back …")."""
_FOR_EACH = re.compile(
    r"\b(?:for\s)?(?:each|every|all)\s(?:of\s)?(?:the\s|these\s|this\s)?(?:exercises?|moves?|movements?|stretch(?:es)?|"
    r"poses?)\b(?:\s(?:below|above|listed|here))?"
    r"|^\d{1,2}(?:\s?[-–]\s?\d{1,2})?\s(?:sets|rounds)\sof\seach\b(?!\s(?:side|leg|arm|way|direction))",
    re.IGNORECASE,
)
"""Said of all the moves that follow ("For each of the exercises below, …", "2 sets of each, 30 s rest")."""
_SCHEDULE = re.compile(r"\bevery\s(?:\d+\s)?hours?\b|\bevery\s\d+\s(?:days|weeks)\b|\b(?:a|per)\s(?:day|week)\b|"
                       r"\bdaily\b|\bweekly\b", re.IGNORECASE)
"""When to exercise ("a five-minute break every hour"), not how long to rest between sets."""
_REST_WORDS = re.compile(r"\brest\b|\bresting\b|\bbetween\b|\brecover(?:y)?\b", re.IGNORECASE)
_SOURCE_LINE = re.compile(r"^(?:source|originally published|from)\s?:\s?(.{3,300})$", re.IGNORECASE)
_URL = re.compile(r"https?://[^\s)\]]{3,300}")
_IMPERATIVE_LEAD = re.compile(r"^(?:do|try|perform|practi[cs]e|add|include|relax|rest|pull|stretch|hug|get)\b",
                              re.IGNORECASE)
_LEAD_MOVE = re.compile(
    r"^(?:do|try|perform|practi[cs]e|add|include|relax in(?:to)?|rest in|sink into|get into|move into)\s"
    r"(?:an?\s|the\s|some\s|a few\s)?(?P<name>[\w'’ -]{3,50}?)"
    r"(?:\s(?:to|for|with|over|on|in|against|using|while|from|at|so|if)\b.*)?$",
    re.IGNORECASE)
"""A how-to page's lead sentence: "Do pelvic tilts to work …", "Try the superman for …", "Relax in child's pose"."""
_STRETCH_YOUR = re.compile(r"^stretch\s(?:out\s)?(?:your|the)\s(?P<part>[\w'’ -]{3,30})$", re.IGNORECASE)
_ROUNDS_LINE = re.compile(r"^\W{0,3}(?:\d{1,2}|two|three|four|five)\s?(?:-\s?\d{1,2}\s)?(?:rounds?|circuits?|rft|rfq)\b"
                          r"[^.!?]{0,40}$", re.IGNORECASE)
"""A line that is a part's rounds and little else ("2 rounds, no rest:", "3 RFT")."""
_ABOUT_MOVE = re.compile(r"^(?:so\s|and\s|but\s)?the\s(?P<name>[a-z][\w'’ -]{2,40}?)\s?(?:\sare|\sis|:|\sget|\sgets)\s",
                         re.IGNORECASE)
"""A note about one move: "the bird dogs are 8 EACH SIDE", "the side planks: … really 2 sets of 30 sec"."""
_EXCEPT_REST = re.compile(r"\bexcept\s(?:for\s)?the\s(?P<name>[\w'’ -]{2,40}?),?\s(?:those|they|which|it)\s"
                          r"(?:get|gets|have|has|take|takes)\s(?P<dose>\d{1,3}\s?(?:s|secs?|seconds?|min|mins?|minutes?)\b)",
                          re.IGNORECASE)
_MAX_AMENDMENTS = 100
"""Notes about single moves kept at most: each is checked against every move listed."""
_REALLY = re.compile(r"\b(?:really|actually|in fact|in reality)\b", re.IGNORECASE)
_ROUND_DOSE = re.compile(r"^round\s?(\d{1,2})\s?[:.)–—-]\s?(?P<dose>\S.{0,300})$", re.IGNORECASE)
_REP_HOLD = re.compile(r"\b(?:every|each)\s(?:single\s)?(?:rep|repetition)\b", re.IGNORECASE)
_DASH_CELL = re.compile(r"^\s?(?:[-–—−]+|n/?a)\s?$", re.IGNORECASE)
"""A progression's cell with only a dash: the move is not part of that stage yet."""


class Walker:
    """One pass over an article's entries."""

    def __init__(self, entries: list[Entry], matcher: Matcher, raw_text: str) -> None:
        self.entries = entries
        self.matcher = matcher
        self.raw_text = raw_text
        self.notes: list[Note] = []
        self.advice: list[str] = []
        self.mentions: list[Draft] = []
        self.tables: list[list[Draft]] = []
        self.outside = SessionDraft(None, Position())
        self.sessions: list[SessionDraft] = []
        self.block: BlockDraft | None = None
        self.last: Draft | None = None
        self.columns: tuple[str, ...] | None = None
        self.group = 0
        self.subject: Draft | None = None
        self.count = 0
        self.title: str | None = None
        self.source: str | None = None
        self.listing: tuple[list[str], int] | None = None
        self.index = 0
        self.signed = False
        """Past an email's "Kind regards,": the lines left are its signature."""
        self.postscript = False
        """Past a message's "P.S.": what follows is no part of the routine."""
        self.labels: dict[tuple[str, str], SessionDraft] = {}
        """The plan's days by their label ("day", "2"), for "Repeat Day 2"."""
        self.period: tuple[SessionDraft, int] | None = None
        self.days: dict[int, list[SessionDraft]] = {}
        """Each week's days, by the week's ``id`` (at most ``_MAX_DAYS`` a week are looked up)."""
        self.superset: tuple[str, BlockDraft, str] | None = None
        """The superset being read (its letter, its block) and the title of the part it stands in."""
        """The week being read in a plan of weeks and days, and its heading's rank (7 for a line)."""
        self.shared_warm: list[tuple[str, Draft]] = []
        """A warm-up said once before a plan's days ("Before each strength day, warm up with …"), and of
        which days ("strength", or "" for every day)."""
        self.moves: dict[int, Section] = {}
        self.section: Section | None = None
        """The move section being read (a heading per move: everything under it is that move's)."""
        self.section_draft: Draft | None = None
        self.section_lines = Dose()
        """What the section's dose lines say ("Sets/Reps: 3 × 10", "x10  2-3 sets"): first in weight."""
        self.section_texts: list[str] = []
        """The section's description, whose doses fill what its dose lines leave out."""
        self.rep_hold: Range | None = None
        """"Every rep below is a 10-second hold": each rep's hold, for the rounds that follow."""
        self.round_moves: list[Draft] | None = None
        """The moves of a pyramid's first round ("Round 1: 6 reps of each"), which every later round repeats."""
        self.round_blocks: list[BlockDraft] = []
        self.amendments: list[tuple[str, Dose, Position]] = []
        """What a note or a later message says of one move ("the bird dogs are 8 EACH SIDE", an answer to
        "dead bug x12 – is that 12 each side?"): it settles that move's dose, wherever the move is listed."""
        self.asked: str | None = None
        """The move the last message asked about, which the next message's dose answers."""

    # -- state ------------------------------------------------------------------------------------------

    @property
    def session(self) -> SessionDraft:
        if self.sessions and not self.sessions[-1].closed:
            return self.sessions[-1]
        return self.outside

    def _ensure_block(self, entry: Entry) -> BlockDraft:
        if self.block is None:
            title = self.session.title or "Exercises"
            self.block = BlockDraft(_short_title(title), _position(entry), "default")
            self.session.blocks.append(self.block)
        return self.block

    def _in_workout(self) -> bool:
        """Inside a part of a class: a "Day 1"/"Class 2" part, or a Warm-up/Block heading."""
        if self.session is not self.outside:
            return True
        block = self.block
        return block is not None and (block.strength == "strong" or block.dose.rounds is not None
                                      or block.dose.each_hold is not None or block.dose.each_reps is not None)

    def _add(self, draft: Draft, entry: Entry) -> None:
        if self.count >= MAX_EXERCISES:
            if self.count == MAX_EXERCISES:
                self.notes.append(Note(_position(entry), f"not used: a routine holds at most {MAX_EXERCISES} "
                                                          "exercises; the rest of the article is left out"))
            self.count += 1
            return
        self.count += 1
        if draft.kind == "mentioned":
            draft.group = self.group
            self.mentions.append(draft)
        else:
            self._ensure_block(entry).drafts.append(draft)
        self.last = draft

    def _close_part(self) -> None:
        """A heading about something else ends the class part that already has exercises."""
        session = self.session
        if session is not self.outside and session.drafts:
            session.closed = True
            self.block = None
        elif self.block is not None and self.block.drafts:
            self.block = None

    # -- the walk ---------------------------------------------------------------------------------------

    def walk(self) -> Reading:
        entries = self.entries
        self._find_title()
        self.moves = move_sections(entries, self.matcher)
        for index, entry in enumerate(entries):
            self.index = index
            following = entries[index + 1] if index + 1 < len(entries) else None
            if self.section is not None and index >= self.section.end:
                self._end_section()
            if entry.quoted:
                continue  # an earlier email quoted in a reply, a quotation: never the routine
            if index in self.moves:
                self._start_section(self.moves[index], entry)
                continue
            if self.section is not None:
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
        self._share_warm_up()
        return Reading(self.title, self.source, self.outside, self.sessions, self.mentions, self.notes,
                       self.advice, self.tables)

    # -- supersets ------------------------------------------------------------------------------------

    def _pair_cell(self, entry: Entry) -> Entry:
        """A printed programme's row whose first column is the superset's label ("C  45° back extension  2 × 15"):
        the label, and the row without it."""
        if entry.kind is not Kind.ROW or self.columns is not None or len(entry.cells) < 3 \
                or not _PAIR_CELL.fullmatch(entry.cells[0].strip()):
            return entry
        cells = entry.cells[1:]
        return replace(entry, text=" | ".join(c for c in cells if c), cells=cells, pair=entry.cells[0].strip().upper())

    def _superset(self, entry: Entry) -> bool:
        """Moves labelled A1, A2 (then B1, B2 …) are a superset: done one after the other, then the rest, for the
        sets shown — a block of its own, its sets the block's rounds ("A1 Trap bar deadlift 4 × 5", "A2 Dead bug
        4 × 6/side", "rest 2 min after A2"). A rest line under the pair ("→ rest 2 min after A2", "circuit, 60 s
        rest at the end of each round") is the rest between its rounds. ``True`` when the entry is used up."""
        current = self.superset
        if entry.pair:
            letter = entry.pair[0]
            if current is not None and current[0] == letter:
                return False
            self._end_superset()
            outer = self.block.title if self.block is not None else (self.session.title or "Exercises")
            block = BlockDraft(letter, _position(entry), "strong")
            self.session.blocks.append(block)
            self.block, self.last, self.subject = block, None, None
            self.superset = (letter, block, outer)
            self.group += 1
            return False
        if current is None:
            return False
        text = entry.text
        dose = read_dose(text)
        said = dose.rest or dose.round_rest
        if entry.kind in (Kind.ITEM, Kind.TEXT) and said is not None and not dose.has_work and len(text) <= 120 \
                and not self.matcher.mentions(text):
            block = current[1]
            block.dose.round_rest = block.dose.round_rest or said
            if dose.between is not None:
                block.dose.between = block.dose.between or dose.between
            return True
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
        if len(drafts) >= 2 and len(sets) == 1 and settled[0].sets not in (None, 1):
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
        if self.block is block:
            self.block = BlockDraft(outer, block.position, "strong")  # what follows is the part's again
            self.session.blocks.append(self.block)

    def _share_warm_up(self) -> None:
        """The warm-up said once for the plan's days, first in each day it is said of: every day with moves, or,
        for "each strength day", every day whose title is not a mobility, recovery or rest day's."""
        if not self.shared_warm:
            return
        for session in self.sessions:
            if not session.drafts or any(b.title == "Warm-up" for b in session.blocks):
                continue
            drafts = [deepcopy(d) for kind, d in self.shared_warm
                      if not kind or not _EASY_DAY.search(session.title or "")]
            if drafts and self.count + len(drafts) <= MAX_EXERCISES:
                self.count += len(drafts)
                for draft in drafts:
                    draft.kind = "listed"
                session.blocks.insert(0, BlockDraft("Warm-up", drafts[0].position, "strong", drafts))

    # -- a move's section ------------------------------------------------------------------------------

    def _start_section(self, section: Section, entry: Entry) -> None:
        """A move's heading ("2. Bird Dog", "### Thread the needle"): the move, and any dose written in it."""
        self._end_listing()
        split = split_entry(entry.text)
        dose = Dose()
        if split.dose_text and split.name == section.name:
            dose = read_line_dose(split.dose_text)
            dose = _rounds_as_reps(dose)
        remark = split.remark if split.name == section.name else None
        draft = self._draft(section.name, dose, entry, "line" if dose.has_work else "listed", remark)
        draft.takes_description = False
        self._add(draft, entry)
        self.section, self.section_draft = section, draft
        self.section_lines, self.section_texts = Dose(), []
        self.last, self.subject = None, None
        self.group += 1

    def _section_entry(self, entry: Entry) -> None:
        """An entry under a move's heading: a subheading (skipped), a dose line, or a part of its description."""
        text = " ".join(c for c in entry.cells if c) if entry.kind is Kind.ROW else entry.text
        if _noise(text) or _SIGN_OFF.match(text) or len(text) > 2000:
            return
        label = _SECTION_LABEL.match(text)
        body = text[label.end():].strip() if label is not None else text
        if label is not None and _ASIDE_LABEL.match(label.group(1)):
            return  # "Why it works: …", "Muscles worked: …": about the move, not how much of it
        if not body or SUBHEADING.match(text) or _PROGRESSION.match(body) or _CONDITIONAL.match(body):
            if entry.kind is Kind.TEXT and not _PERSONAL.search(text):
                self._advice(entry, text)
            return
        if entry.kind is Kind.HEADING and not (label is not None and _DOSE_WORDS.search(label.group(1))):
            return  # "How to do it", "Variations": parts of the move
        if (label is not None and _DOSE_WORDS.search(label.group(1))) or _dose_only(body):
            # "Sets: 3 | Reps: 12" is read with its labels; "Sets/Reps: 3 × 10" without the label that says both
            unit = label is not None and re.fullmatch(r"(?:sets?|reps?|repetitions|hold|time|duration|rest|rounds)",
                                                      label.group(1).strip(), re.IGNORECASE)
            self.section_lines = self.section_lines.merged(_rounds_as_reps(read_line_dose(text if unit else body)))
        else:
            self.section_texts.append(body)
        if entry.kind in (Kind.TEXT, Kind.ITEM) and not _PERSONAL.search(text):
            self._advice(entry, text)

    def _end_section(self) -> None:
        """The move's dose: its heading's, then its dose lines', then what its description says."""
        draft, section = self.section_draft, self.section
        self.section, self.section_draft = None, None
        if draft is None or section is None:
            return
        said = plain(" ".join(self.section_texts)[:20_000]).text
        facts = find_facts(said)
        own = [f for f in facts if f.kind not in _BLOCK_KINDS]
        block = [f for f in facts if f.kind in _BLOCK_KINDS]
        dose = draft.dose.merged(self.section_lines).merged(halved_each(dose_of(own), said))
        # "Flow through eight rounds, one breath each way": rounds of one move are its reps, unless the sentence
        # speaks of the circuit ("repeat the whole sequence 3 times")
        rounds = [f for f in facts if f.kind == "rounds" and not _CIRCUIT_WORDS.search(_sentence_of(said, f))]
        if rounds and dose.reps is None and dose.hold is None:
            dose = _rounds_as_reps(replace(dose, rounds=dose_of(rounds).rounds))
            block = [f for f in block if f not in rounds]
        dose.rounds = None
        draft.dose = dose
        if draft.dose.has_work:
            draft.kind = "line"
        draft.description += [t for t in self.section_texts if not _PERSONAL.search(t)][:6]
        block_dose = dose_of(block)
        if block and self.block is not None and self._circuit(block_dose):
            self._block_dose(block_dose, self.entries[section.head])
        self.section_lines, self.section_texts = Dose(), []
        self.last = None

    def _find_title(self) -> None:
        """The article's title: its first line or ``<h1>`` when that reads as a title, else its first heading
        that speaks of a workout ("7-Day Preventive Back Workout Plan"), else its first heading."""
        candidates: list[Entry] = []
        first = True
        heading = next((e for e in self.entries[:60] if e.kind is Kind.HEADING and e.level == 1
                        and not _page_furniture(e.text)), None)
        for number, entry in enumerate(self.entries[:60]):
            subject = re.match(r"^subject\s?:\s?(?:(?:re|fwd?|aw)\s?:\s?)*(.{3,120})$", entry.text, re.IGNORECASE)
            if subject is not None and self.title is None:
                self.title = subject.group(1).strip()  # an email's subject ("Re: that back stuff")
                return
            if _page_furniture(entry.text) or entry.quoted:
                continue  # a nav bar, a category, "r/… · Posted by", an email's header: never the title
            if heading is not None and entry is not heading and entry.kind is not Kind.HEADING \
                    and not _SOURCE_LINE.match(entry.text):
                continue  # the page's <h1> is its title, whatever stands above it
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
                                                    and _is_paragraph(following))
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
        worded = [e for e in candidates if _TITLE_WORDS.search(e.text)]
        chosen = worded[0] if worded else candidates[0] if candidates else None
        self.title = chosen.text if chosen is not None else None

    def _entry(self, entry: Entry, following: Entry | None) -> None:
        text = entry.text
        if entry.kind is not Kind.ITEM:
            self._end_listing()
        if entry.kind is Kind.TEXT and _POSTSCRIPT.match(text):
            self.postscript = True  # "P.S. She told me to ditch the sit-ups": an aside after the message
        if entry.kind in (Kind.HEADING, Kind.TEXT) and len(text) <= 120 and _PAGE_END.match(text.strip()):
            self.postscript = True  # "You may also like", "14 thoughts on …": other pages' links, readers' comments
        if self.postscript:
            return
        if entry.kind is Kind.TEXT and (_SIGN_OFF.match(text) or (self.signed and len(text) <= 60)):
            self.signed = True  # "Kind regards," then "Jo (Physiotherapist)"
            self.block, self.last, self.subject = None, None, None
            return
        self.signed = False
        if entry.kind in (Kind.TEXT, Kind.ITEM):
            self._amendment(entry)
        if entry.kind in (Kind.TEXT, Kind.ITEM) and _noise(text):
            self.last = None  # "Advertisement", "Music: …", "Set a timer", "Read more: …": never a move
            return
        meta = meta_of(text) if entry.kind is not Kind.ROW else None
        if meta is not None:
            self.session.meta.setdefault(meta.key, (meta.value, _position(entry)))
            self.last = None
            return
        headingish = entry.kind is Kind.HEADING or (
            entry.kind is Kind.TEXT and len(text) <= 90 and not text.endswith((".", "!", ";", ","))
        )
        text_plain = plain(text)
        facts = find_facts(text_plain.text)
        dose = dose_of(facts)
        if self.period is not None and entry.kind is Kind.HEADING and not session_heading(text) \
                and (entry.level or 6) <= self.period[1]:
            self.period = None  # "## What next?" after the weeks: the plan's weeks are over
        said = _SESSION_SAID.split(text, maxsplit=1)
        if (headingish or len(text) <= 90) and session_heading(text) and (not dose.has_work or _REPEAT_SESSION.match(
                said[-1].strip())):
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
        if entry.kind in (Kind.TEXT, Kind.ITEM) and self._round_dose(entry):
            return
        if headingish and self._dosed_block_heading(entry):
            return
        strength = block_heading(_CONNECTIVE.sub("", text)) if headingish and not dose.has_work else None
        if strength == "weak" and (self.matcher.find(text).entry is not None or (
                following is not None and following.kind is Kind.TEXT and _INSTRUCTION.match(following.text))):
            strength = None  # "Stretching quadriceps" is a move, not a part of the class
        if strength is not None and self.title == text and not self.sessions and not self.outside.blocks:
            strength = None  # the article's title ("Exercises to strengthen back muscles")
            self.last = None
            return
        if strength == "weak" and self._heads_a_list(entry):
            strength = "strong"  # "Mat work" over a list of moves in a class sheet
        if strength is not None:
            title = text.rstrip(":")
            previous = self.block
            self.block = BlockDraft(_short_title(title), _position(entry), strength)
            if previous is not None and not previous.drafts and previous in self.session.blocks:
                # "For each of the exercises below, perform …" then "Exercises:": the heading names that block
                self.block.dose, self.block.dose_position = previous.dose, previous.dose_position
                self.session.blocks.remove(previous)
            self.session.blocks.append(self.block)
            if self._circuit(dose):
                self._block_dose(dose, entry)  # "EMOM 10 minutes:", "Circuit x 3"
            self.last, self.subject = None, None
            self.group += 1
            return
        label = _PART_LABEL.match(text) if entry.kind in (Kind.TEXT, Kind.ITEM) else None
        if label is not None and dose.has_work:
            part = label.group(1).lower()
            title = "Warm-up" if part.startswith("warm") else "Cool down" if part.startswith("cool") else \
                label.group(1).capitalize()
            self.block = BlockDraft(title, _position(entry), "strong")
            self.session.blocks.append(self.block)
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
        if strength is None and headingish and not dose.has_work and self._heads_a_list(entry):
            # "Standing work", "Mat work", "Relaxation": in a class sheet, a heading over a list of moves
            self.block = BlockDraft(_short_title(text.rstrip(":")), _position(entry), "strong")
            self.session.blocks.append(self.block)
            self.last, self.subject = None, None
            self.group += 1
            return
        if entry.kind is Kind.TEXT and (self._repeated_session(text) or self._timed_outing(entry)):
            return
        if entry.kind in (Kind.TEXT, Kind.ITEM) and self._named_paragraph(entry):
            return
        if entry.kind is Kind.TEXT and (self._inline_list(entry) or self._sentence_list(entry)):
            return
        if entry.kind in (Kind.TEXT, Kind.ITEM, Kind.HEADING) and self._line(entry, text_plain, facts, dose, following):
            return
        if entry.kind is Kind.HEADING or (headingish and entry.kind is Kind.TEXT and (
                topic_heading(text) or _is_heading_layout(entry, following))):
            self._close_part()
            self.last, self.subject = None, None
            self.group += 1
            return
        self._prose(entry, dose, facts)

    def _start_session(self, entry: Entry, text: str) -> None:
        """A part of a plan: "Day 1: Core", "Week 2", or a day under a week ("Week 2" then "Day 1 and Day 3 –
        Strength": the part "Week 2 – Day 1 and Day 3 – Strength"). A heading that says what the part is
        ("Day 4: Same as Day 1") copies that part."""
        title = text.rstrip(":!. ")
        rank = max(1, min(entry.level, 6)) if entry.kind is Kind.HEADING and entry.level else 7
        period = self.period
        labels = session_labels(title)
        if period_heading(title):
            session = SessionDraft(title, _position(entry), heading=title, labels=labels)
            self.period = (session, rank)
        elif period is not None and rank >= period[1] and not any(k == "week" for k, _n in labels):
            parent = period[0]
            session = SessionDraft(f"{parent.title} – {title}", _position(entry), heading=title,
                                   labels=parent.labels + labels, period=parent)
            self._add_day(session)
        else:
            session = SessionDraft(title, _position(entry), heading=title, labels=labels)
        self.sessions.append(session)
        for label in labels[:4]:
            self.labels.setdefault(label, session)
        self.block, self.last, self.subject = None, None, None
        self.group += 1
        said = _SESSION_SAID.split(title, maxsplit=1)
        if len(said) == 2 and self._repeated_session(said[1]):
            own = said[0].strip()  # "Day 3: Same as Day 1 but 3 sets" is Day 3
            session.title = own if session.period is None else f"{session.period.title} – {own}"
            session.heading = own
            for block in session.blocks:
                if block.title.startswith(_short_title(title)):
                    block.title = _short_title(session.title)

    def _repeated_session(self, text: str) -> bool:
        """"Repeat Day 2.", "As Week 1.", "Same as Week 1 but 3 sets of each exercise", "As Week 1, plus hip
        flexor stretch – 30 seconds per side": as all a part of a plan says, that part's moves again, with the
        change it states (see :meth:`_change`). Under a week, "Same as Week 1" is the same day of week 1; said of
        a whole week, it copies each of that week's days."""
        found = _REPEAT_SESSION.match(text.strip()[:600])
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
                if block.title == _short_title(source.title or ""):
                    block.title = _short_title(target.title or "")
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
            if len(days) < _MAX_DAYS:
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
        if session is self.outside or session.drafts or _PERSONAL.search(entry.text):
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
        except_rest = _EXCEPT_REST.search(text)
        if except_rest is not None:
            rest = read_dose(f"rest {except_rest.group('dose')}").rest
            if rest is not None and len(self.amendments) < _MAX_AMENDMENTS:
                self.amendments.append((except_rest.group("name"), Dose(rest=rest), Position()))
            return  # the rest for everything else is read as any rest
        found = _ABOUT_MOVE.match(text)
        name = found.group("name") if found is not None else asked
        if name is None:
            return
        told = text[found.end():] if found is not None else text
        really = list(_REALLY.finditer(told))
        if really and read_dose(told[really[-1].end():]).has_work:
            told = told[really[-1].end():]  # "I log them as 4 sets, but it's really 2 sets of 30 sec": the last word
        said = read_dose(told)
        if said.settle().reps is None and said.sets is None and said.hold is None and said.per is None:
            return
        if found is None and not re.match(r"^\W{0,3}\d|^(?:it'?s|that'?s|yes|no)\b", text, re.IGNORECASE):
            return  # an answer opens with its number ("12 total, so 6 each side")
        if len(self.amendments) < _MAX_AMENDMENTS:
            self.amendments.append((name, said, _position(entry)))

    def _settle_amendments(self) -> None:
        """Each note applies to the move it names as listed elsewhere in the article; the note itself, read as a
        line of its own ("The side planks"), is then no move. A note naming no listed move changes nothing."""
        blocks = [b for s in (self.outside, *self.sessions) for b in s.blocks]
        for name, said, where in self.amendments:
            known = self.matcher.find(name).entry
            key = known.name if known is not None else _plain_key(name)
            targets = []
            for block in blocks:
                for draft in block.drafts:
                    own_key = _plain_key(draft.name)
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
            target = BlockDraft(f"Round {number}", _position(entry), "strong", deepcopy(self.round_moves))
            self.session.blocks.append(target)
            self.block = target
        own: dict[str, Dose] = {}
        for part in inside.rstrip(" .)").split(","):
            split = split_entry(part.strip())
            if split.name:
                said = read_line_dose(split.dose_text) if split.dose_text else Dose()
                known = self.matcher.find(split.name).entry
                own[known.name if known is not None else _plain_key(split.name)] = said
        for draft in target.drafts:
            said = own.get(draft.key) or own.get(_plain_key(draft.name)) or Dose()
            draft.dose = Dose(reps=dose.reps, hold=dose.hold or (self.rep_hold if dose.reps is not None else None),
                              sets=dose.sets, per=said.per or draft.dose.per)
            draft.kind, draft.takes_description = "line", False
        if target is block:
            self.round_moves = deepcopy(block.drafts)
            self.round_blocks = []
        self.round_blocks.append(target)
        self.last, self.subject = None, None
        return True

    def _dosed_block_heading(self, entry: Entry) -> bool:
        """A part's heading with what it says of all its moves: "Warm-up (2 rounds)", "Main circuit — 3 rounds,
        1 min rest between rounds", "Floor stretches (hold each 30-45 s)" — a block and the block's dose."""
        text = entry.text
        for cut in reversed(list(_HEADING_CUT.finditer(text[:200]))):  # the longest title first
            title, tail = text[:cut.start()].strip(), text[cut.start():].strip(" ()–—-:")
            if not title or not tail or read_dose(title).facts:
                continue
            dose = read_dose(tail)
            if not (self._circuit(dose) or (dose.has_work and re.search(r"\beach\b", tail, re.IGNORECASE))):
                continue  # "Warm-up: 5 minutes" is how long the part lasts, not every move's dose
            strength = block_heading(_CONNECTIVE.sub("", title))
            if strength is None or (strength == "weak" and self.matcher.find(title).entry is not None):
                return False
            self.block = BlockDraft(_short_title(title.rstrip(":")), _position(entry), "strong")
            self.session.blocks.append(self.block)
            if dose.hold is not None and dose.each_hold is None and dose.reps is None:
                dose.each_hold, dose.hold = dose.hold, None  # "hold each 30-45 s"
            self._block_dose(dose, entry)
            self.last, self.subject = None, None
            self.group += 1
            return True
        return False

    def _named_paragraph(self, entry: Entry) -> bool:
        """A paragraph that starts with its move's name set off in bold, or by a full stop, colon or dash before
        a long description ("**Pelvic clocks.** Lying on your back … Go round the clock five times."): the move,
        its description, and the dose the description gives."""
        text = entry.text
        lead = entry.lead
        if not lead and entry.kind is Kind.TEXT and len(text) > 160:
            titled = _NAME_THEN_TEXT.match(text)  # a long paragraph (a wrapped handout) read as a bold one
            if titled is not None and _INSTRUCTION.match(text[titled.end():]):
                lead = titled.group(0)
        if not lead or len(lead) >= len(text.rstrip(" .:")) or not text.startswith(lead):
            return False
        split = split_entry(lead.strip().rstrip(".:–—-, ").strip())
        name, rest = split.name, text[len(lead):].strip(" .:–—-")
        if not is_name_like(name) or _IMPERATIVE_LEAD.match(name):
            name = self._lead_move(lead.strip().rstrip(".:–—-, !")) or name
        if entry.kind is Kind.ITEM and len(rest) <= 60:
            return False  # "**Cobra** — hold 3-5 breaths": a line of a list, read as one
        if not rest or not is_name_like(name) or _LEAD_LABEL.match(name) or NOISE.match(name) or topic_heading(name) \
                or block_heading(name) or session_heading(name) or meta_of(text) is not None:
            return False  # "**Note:** …", "**Do:** 2 sets of 8", "**Warm-up** …": not a move's name
        rest_plain = plain(rest)
        facts = find_facts(rest_plain.text)
        own = [f for f in facts if f.kind not in _BLOCK_KINDS]
        dose = (read_line_dose(split.dose_text) if split.dose_text else Dose()).merged(dose_of(own))
        description = _LABEL.sub("", re.sub(r"^to do (?:it|this)\W+", "", rest, flags=re.IGNORECASE))
        if not (dose.has_work or _INSTRUCTION.match(description)):
            return False  # "**Pull-ups** are one of the best …": a paragraph about a move, read as such
        draft = self._draft(name, dose, entry, "line" if dose.has_work else "listed", split.remark)
        draft.description.append(rest)
        self._add(draft, entry)
        block_facts = [f for f in facts if f.kind in _BLOCK_KINDS]
        if block_facts and self.block is not None:
            self._block_dose(dose_of(block_facts), entry)
        self.subject = None
        return True

    def _lead_move(self, lead: str) -> str | None:
        """The move a bold lead sentence tells the reader to do, as a how-to page writes it ("Do pelvic tilts to
        work your deep abdominal muscles.", "Relax in child's pose.", "Pull your knee to your chest.", "Stretch
        your piriformis."): the words after the verb, up to what it is for; or the library's move the sentence
        names once "your" and "the" are left out."""
        if len(lead) > 120:
            return None
        found = _LEAD_MOVE.match(lead)
        if found is not None and is_name_like(found.group("name")):
            return found.group("name")
        stretched = _STRETCH_YOUR.match(lead)
        if stretched is not None:
            return f"{stretched.group('part')} stretch"
        bare = re.sub(r"\b(?:your|the|both|one)\s", "", lead, flags=re.IGNORECASE)
        verb = re.match(r"^[A-Za-z]+\s", bare)
        for candidate in (bare, bare[verb.end():] if verb else ""):
            if candidate and self.matcher.find(candidate).entry is not None:
                return candidate
        return None

    def _sentence_list(self, entry: Entry) -> bool:
        """A paragraph whose every sentence is a move and its dose, as an email from a physiotherapist says it:
        "Start with 10 pelvic tilts, holding each for 5 seconds. Then do 2 sets of 12 glute bridges. Finish by
        resting in child's pose for 1 minute." — each sentence read as a line."""
        text = entry.text
        if len(text) > 600 or _PERSONAL.search(text):
            return False
        sentences = [s.strip().rstrip(".!") for s in _SENTENCE.split(text) if s.strip(" .!")]
        if len(sentences) < 2:
            return False
        lines: list[Entry] = []
        for sentence in sentences:
            part = _DO.sub("", _CONNECTIVE.sub("", sentence))
            lead = _PART_LEAD.match(part)
            core = _DO.sub("", part[lead.end():] if lead else part)
            core_plain = plain(core)
            facts = find_facts(core_plain.text)
            split = split_entry(core, facts, core_plain)
            if not is_name_like(split.name) or not (split.leading_reps or any(f.kind in _WORK_KINDS for f in facts)):
                return False
            lines.append(Entry(Kind.ITEM, part if lead else core, entry.line, entry.column))
        for line in lines:
            line_plain = plain(line.text)
            facts = find_facts(line_plain.text)
            self._line(line, line_plain, facts, dose_of(facts), None)
        return True

    def _inline_list(self, entry: Entry) -> bool:
        """"Cat-cow x10, child's pose 30s, cobra x10": moves and doses in one sentence, each read as a line."""
        parts = [_CONNECTIVE.sub("", p.strip(" .")) for p in _LIST_SPLIT.split(entry.text) if p.strip(" .")]
        if len(parts) < 2 or len(entry.text) > 600:
            return False
        lines: list[tuple[Entry, Plain, list[Fact]]] = []
        for part in parts:
            part_plain = plain(part)
            facts = find_facts(part_plain.text)
            split = split_entry(part, facts, part_plain)
            if not is_name_like(split.name) or not (split.leading_reps or any(f.kind in _WORK_KINDS for f in facts)):
                return False
            lines.append((Entry(Kind.ITEM, part, entry.line, entry.column), part_plain, facts))
        for line, part_plain, facts in lines:
            self._line(line, part_plain, facts, dose_of(facts), None)
        return True

    def _line(self, entry: Entry, text_plain: Plain, facts: list[Fact], dose: Dose, following: Entry | None) -> bool:
        """An entry that names a move: with its dose, as a heading of its description, or as a bare name."""
        text = entry.text
        if (entry.kind is Kind.TEXT and len(text) > 160) or _DOSE_LABEL.match(text) or _BYLINE.search(text):
            return False  # "Reps: 12, 3 sets." is the dose of the move above; "Posted by … · 6 min read"
        if text == self.title and entry.kind is not Kind.ITEM:
            return self._described_title(entry, following)  # the title is a move only when a description follows
        work = [f for f in facts if f.kind in _WORK_KINDS]
        lead = _PART_LEAD.match(text) if work else None
        split = split_entry(text[lead.end():]) if lead is not None else split_entry(text, facts, text_plain)
        if lead is not None and not is_name_like(split.name):
            lead, split = None, split_entry(text, facts, text_plain)
        name = split.name
        rounds_of_a_move = split.separated and bool(_ROUNDS_ONLY.fullmatch(split.dose_text)
                                                    or _ROUNDS_FIRST.match(split.dose_text))
        if work or split.leading_reps or rounds_of_a_move:
            if entry.kind is Kind.TEXT and text.endswith((".", "!")) and len(text.split()) >= 6 \
                    and not split.separated and lead is None and self.matcher.find(name).entry is None:
                return False  # a sentence ("Use a load that leaves two reps in reserve."), not a line of a workout
            line_dose = read_line_dose(split.dose_text) if split.dose_text else Dose()
            if line_dose.rounds is not None and line_dose.reps is None and line_dose.hold is None:
                # "Cat-cow: 10 slow rounds" — rounds of one move are its reps
                line_dose.reps = Range(count_most(line_dose.rounds), count_most(line_dose.rounds)) \
                    if isinstance(line_dose.rounds, int) else line_dose.rounds
                line_dose.rounds = None
            if split.leading_reps and line_dose.reps is None:
                line_dose = line_dose.merged(read_cell(split.leading_reps, "reps"))
            if not is_name_like(name) or NOISE.match(name) or not (line_dose.has_work or line_dose.rest):
                return False  # "Set a timer: 40 seconds work, 20 seconds rest." is said of the moves below
            warm_up = lead is not None and lead.group(1).lower().startswith(("warm", "start", "begin"))
            if lead is not None:
                # "Cool down with a gentle child's pose for 1 minute": a part of the class and its move
                self.block = BlockDraft("Warm-up" if warm_up else "Cool down", _position(entry), "strong")
                self.session.blocks.append(self.block)
                rest = text[lead.end():].rstrip(" .")
                parts = [split_entry(p.strip()).name for p in _LIST_SPLIT.split(rest)]
                if len(parts) >= 2 and all(self.matcher.find(p).entry is not None for p in parts) \
                        and self._inline_list(replace(entry, text=rest)):
                    return True  # "Finish with a 2-minute child's pose and 5 cat-cows": both moves
            draft = self._draft(name, line_dose, entry, "line", split.remark)
            draft.minute = bool(_MINUTE_LABEL.match(text))
            draft.alternating = bool(re.search(r"\balternat", split.dose_text, re.IGNORECASE))
            if split.separated and len(split.dose_text) > 60:
                draft.description.append(split.dose_text)  # "Knee to chest. Lie on your back … 3 times"
            draft.takes_description = entry.kind is not Kind.ITEM  # after a list comes the list's remark
            self._add(draft, entry)
            if warm_up and (following is None or following.kind is not entry.kind):
                self.block = None  # "Warm up with 5 minutes on the bike." and then a list: the list is the main part
            return True
        counts = [_BARE_COUNT.match(p) for p in split.dose_text.split(",")] if split.dose_text else []
        count = counts[0] if counts and all(c is not None for c in counts) \
            and len({c.group(1) for c in counts if c is not None}) == 1 else None
        if count is not None and is_name_like(name) and entry.kind in (Kind.ITEM, Kind.TEXT):
            # "Calf raises: 15", "Shoulder rolls – 10 backwards": a bare number after the name is its reps;
            # "Arm circles — 10 forwards, 10 backwards": as many each way
            line_dose = read_cell(count.group(1), "reps")
            if len(counts) > 1 or re.search(r"\beach\s?\.?$", split.dose_text, re.IGNORECASE):  # "Bird dog: 8 each"
                line_dose.per = Per.SIDE
            draft = self._draft(name, line_dose, entry, "line", split.remark)
            draft.takes_description = False
            self._add(draft, entry)
            return True
        if entry.kind is Kind.ITEM and split.dose_text and is_name_like(name) and len(split.dose_text) > 20:
            # "Deadlifts – These are a great full-body workout …": a name and what it is.
            kind = "listed" if self._in_workout() else "mentioned"
            match = self.matcher.find(name)
            if kind == "mentioned" and match.entry is None:
                return False
            draft = self._draft(name, Dose(), entry, kind, split.remark, match)
            draft.description.append(split.dose_text)
            draft.takes_description = False
            self._add(draft, entry)
            return True
        listed_dose = read_dose(split.dose_text) if split.dose_text else Dose()
        side_only = listed_dose.per is not None and not listed_dose.has_work and listed_dose.rest is None \
            and len(split.dose_text) <= 20  # "Figure-4 stretch, both sides": a name and its sides
        if not is_name_like(name) or topic_heading(text) or (split.dose_text and not side_only):
            return False
        if text.endswith(".") and len(text.split()) >= 3:
            return False  # "Stretching improves range of motion." is a sentence
        described = following is not None and (
            (following.kind is Kind.TEXT and _is_paragraph(following)) or _is_step(following))
        if described:
            assert following is not None
            match = self.matcher.find(split.name)
            instructive = self._instructive(self._paragraphs_after())
            if match.entry is not None or instructive:
                self._add(self._draft(split.name, Dose(per=listed_dose.per), entry, "listed", split.remark, match),
                          entry)
                return True
            if not self._in_workout():
                return False  # a heading of a paragraph about something else
        if (entry.kind is Kind.HEADING and not self._in_workout()) or text == self.title:
            return False  # the article's title, unless a description shows it names a move
        kind = "listed" if self._in_workout() else "mentioned"
        match = self.matcher.find(split.name)
        if kind == "mentioned" and match.entry is None:
            return False
        if kind == "mentioned" and entry.kind is Kind.TEXT and not self._neighbour_is_name(following):
            return False
        draft = self._draft(split.name, Dose(per=listed_dose.per), entry, kind, split.remark, match)
        draft.takes_description = False
        draft.alternating = bool(re.search(r"\balternat", split.dose_text, re.IGNORECASE))
        self._add(draft, entry)
        return True

    def _described_title(self, entry: Entry, following: Entry | None) -> bool:
        """An article whose title is the move it describes ("Knee to chest stretch", then how to do it)."""
        split = split_entry(entry.text)
        paragraphs = self._paragraphs_after()
        if split.dose_text or not is_name_like(split.name) or not paragraphs or _TITLE_WORDS.search(split.name):
            return False
        if not _INSTRUCTION.match(_LABEL.sub("", paragraphs[0].text)):
            return False
        self._add(self._draft(split.name, Dose(), entry, "listed", split.remark), entry)
        return True

    @staticmethod
    def _instructive(paragraphs: list[Entry]) -> bool:
        """Whether the paragraphs after a name describe a move: they start with the body's position or a
        movement, or give a dose; a labelled paragraph ("How to do it: …") may leave the dose to the next."""
        if not paragraphs or _PERSONAL.search(paragraphs[0].text) or _PROGRESSION.match(paragraphs[0].text):
            return False
        first = paragraphs[0].text
        if _INSTRUCTION.match(_LABEL.sub("", first)):
            return True
        # a dose anywhere in the move's own paragraphs ("Prop yourself on one elbow …" then "Do: 3 holds of 15
        # seconds on each side."): how to do it may start with any verb, the dose is what tells a move
        for paragraph in paragraphs:
            if _SUBJECT.match(paragraph.text) or _PERSONAL.search(paragraph.text) \
                    or _PROGRESSION.match(paragraph.text):
                return False  # "Pull-ups are one of the best …": a paragraph about a move of its own
            facts = find_facts(plain(paragraph.text).text)
            if any(f.kind in ("rounds", "round_rest") for f in facts):
                return False  # "30 seconds on, 15 off, 3 rounds:": how to run a circuit, not one move
            if any(f.kind in _WORK_KINDS for f in facts):
                return True
        return False

    def _heads_a_list(self, entry: Entry) -> bool:
        """A short line over at least two bare names, in an article already known to be a class (a part,
        a "Day 1", or "Level:"/"Duration:" lines) — the heading of a part of that class."""
        known_class = bool(self.sessions) or bool(self.session.meta) or any(
            b.strength == "strong" for b in self.session.blocks)
        if not known_class or entry.kind not in (Kind.TEXT, Kind.HEADING) or not is_name_like(entry.text):
            return False
        after = self.entries[self.index + 1:self.index + 3]
        if self.matcher.find(entry.text).entry is not None or len(after) < 2 or entry.gap < 1 \
                or any(e.gap for e in after):
            return False  # set apart by a blank line, with the names right under it
        return all(e.kind in (Kind.TEXT, Kind.ITEM) and is_name_like(e.text) and len(e.text) <= 60
                   and not e.text.endswith(".") for e in after)

    def _paragraphs_after(self) -> list[Entry]:
        """The paragraphs that follow the entry being read, up to the next heading, list or table (at most 3)."""
        found: list[Entry] = []
        for entry in self.entries[self.index + 1:self.index + 4]:
            if not ((entry.kind is Kind.TEXT and _is_paragraph(entry)) or _is_step(entry)):
                break
            found.append(entry)
        return found

    @staticmethod
    def _neighbour_is_name(following: Entry | None) -> bool:
        return following is not None and following.kind in (Kind.TEXT, Kind.ITEM) and is_name_like(following.text)

    def _draft(self, name: str, dose: Dose, entry: Entry, kind: str, remark: str | None,
               match: Match | None = None) -> Draft:
        match = match or self.matcher.find(name)
        if remark and len(remark.split()) <= 3 and len(remark) <= 30:
            qualified = self.matcher.find(f"{remark} {name}")  # "Dumbbell row (single arm)": a one-arm row
            if qualified.entry is not None and qualified.entry is not match.entry:
                match, name, remark = qualified, f"{remark} {name}", None
        bare = unqualified(name) if match.entry is None else None
        if bare is not None and is_name_like(bare[0]):
            # "10 bodyweight good mornings": the move is "Good mornings", done with the body's weight
            name, remark = bare[0][:1].upper() + bare[0][1:], "; ".join(r for r in (bare[1], remark) if r)
        shown = match.name if match.how else sentence_case(name)
        return Draft(shown[:1].upper() + shown[1:], match, dose, _position(entry), kind, remark)

    def _row(self, entry: Entry) -> None:
        kinds = header_kinds(entry.cells)
        if kinds is not None:
            if self.block is not None and self.block.drafts:
                self.block = None  # a table after other moves is a part of its own
            self.columns = kinds
            self.tables.append([])
            self.group += 1
            self.last = None
            return
        cells = entry.cells
        columns = self.columns
        if columns is None:
            named = name_column(cells)  # "1 | Bird dog | 3 x 8", "3:00 – 5:00 | Seated twist – …"
            columns = ("index",) * named + ("name",) + ("",) * (len(cells) - named - 1)
        if any(kind == "first_week" and _DASH_CELL.match(cell) for kind, cell in zip(columns, cells, strict=False)):
            self.notes.append(Note(_position(entry), f"not used: not in the first column of the progression yet "
                                                      f"({_clip(entry.text, 60)})"))
            return
        name = ""
        dose = Dose()
        empty: list[str] = []
        remark: str | None = None
        top_hold: Range | None = None
        side: Per | None = None
        for kind, cell in zip(columns, cells, strict=False):
            cell = cell.strip()
            if kind == "name":
                name = cell
            elif kind == "repeat" and cell:
                dose = dose.merged(read_cell(cell, "repeat"))  # "2x each leg", "once each side"
            elif kind in ("amount", "reps") and cell and "sets" in columns and _HOLDS_OF.search(cell):
                # "5 × 10 s holds" beside a Sets column: five reps of a ten-second hold in each set
                held = read_cell(cell, "reps")
                count = held.sets
                dose = dose.merged(replace(held, sets=None, reps=Range(count, count) if isinstance(count, int)
                                           else count))
            elif kind == "amount" and cell:
                dose = dose.merged(read_cell(cell, "reps"))  # "Reps / time": 10, or 15 s each side
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
                if noted.hold is not None and noted.hold.high <= 10 and _PAUSED.search(cell):
                    top_hold = noted.hold  # "2 sec squeeze at the top", "Pause 2 sec": each rep held
                if noted.per is not None:
                    side = noted.per  # "e/s", "each side"
            elif kind == "side" and cell:
                side = read_line_dose(cell).per or side  # a Side column: "each side", "each arm"
            elif kind in ("", "sets_reps", "first_week") and cell:
                dose = dose.merged(read_line_dose(cell))
        if top_hold is not None and dose.hold is None and (dose.reps is not None or dose.repeat is not None):
            dose.hold = top_hold
        if side is not None and dose.per is None and dose.has_work:
            dose.per = side
        split = split_entry(name) if name else None
        if split is None or not split.name or not is_name_like(split.name):
            if any(c.strip() for c in cells):
                what = "; ".join(c.strip() for c in cells if c.strip())
                self.notes.append(Note(_position(entry), f"not used: a table row with no exercise name ({what[:80]})"))
            return
        if split.dose_text:
            dose = read_line_dose(split.dose_text).merged(dose)
            if dose.reps is None:
                dose.reps = _own_count(split.name, split.dose_text)  # "Chin tucks – … 10 slow chin tucks, …"
            dose = _rounds_as_reps(dose)  # "Seated cat-cow – … 8 rounds.": one move's rounds are its reps
        if "rest" in columns and "sets" not in columns and dose.sets is None and dose.rest is not None \
                and dose.hold is not None and dose.reps is None and dose.between is None:
            dose.between, dose.rest = dose.rest, None  # Work | Rest: the rest after a timed move of one set
        slot = slot_length(cells) if self.columns is None else None
        if slot is not None and not dose.has_work and dose.rounds is None and slot <= 30 * 60:
            dose.hold = Range.single(slot)  # a schedule's slot ("0:00 – 1:00 | Shoulder rolls …"): the move's time
        if self.columns is None and not dose.has_work and dose.rest is None:
            return  # a row of a form ("Patient: …   Date: …") or a layout, not a move with its dose
        draft = self._draft(split.name, dose, entry, "line", remark or split.remark)
        draft.empty_cells = empty if self.columns is not None else []
        draft.table = len(self.tables) - 1 if self.columns is not None and self.tables else None
        draft.takes_description = False
        self._add(draft, entry)
        if draft.table is not None and self.count <= MAX_EXERCISES:
            self.tables[draft.table].append(draft)

    def _prose(self, entry: Entry, dose: Dose, facts: list[Fact]) -> None:
        text = entry.text
        personal = bool(_PERSONAL.search(text))
        used = False
        last = self.last
        if entry.kind is Kind.TEXT and _names_a_move(text):
            last = self.last = None  # "The second is the side bridge. …": a new move, not more of the last
        if last is not None and last.takes_description and (entry.kind is Kind.TEXT or _is_step(entry)) \
                and not personal and not _PROGRESSION.match(text):
            last.description.append(text)
            exercise_facts = [f for f in facts if f.kind not in _BLOCK_KINDS]
            last.dose = last.dose.merged(dose_of(exercise_facts))
            block_facts = [f for f in facts if f.kind in _BLOCK_KINDS]
            if block_facts and self.block is not None:
                self._block_dose(dose_of(block_facts), entry)
            used = True
        elif not personal and dose.has_work and _FOR_EACH.search(text):
            # "For each of the exercises below, perform 2-3 sets of 10-15 reps with 60 s of rest between sets"
            self._ensure_block(entry)
            settled = replace(dose, hold=dose.hold or dose.each_hold, each_hold=None).settle()
            self._block_dose(Dose(sets=settled.sets, each_reps=settled.reps, each_hold=settled.hold,
                                  rest=settled.rest, between=settled.between, rounds=settled.rounds,
                                  round_rest=settled.round_rest, per=settled.per), entry)
            used = True
        elif not personal and self.block is not None and self.block.strength == "strong" and not self.block.drafts \
                and dose.hold is not None and dose.reps is None and dose.sets is None and dose.repeat is None \
                and not self.matcher.mentions(text):
            # "Work 40 seconds, rest 20 seconds." under a part's heading, before its moves: said of each of them
            self._block_dose(replace(dose, each_hold=dose.hold, hold=None), entry)
            used = True
        elif not personal and len(self.round_blocks) >= 2 and self.block is self.round_blocks[-1] \
                and (dose.between is not None or dose.round_rest is not None) and not dose.has_work:
            # "Rest 20 seconds between exercises, and a full minute between rounds", after a pyramid's rounds
            for number, block in enumerate(self.round_blocks):
                if dose.between is not None:
                    block.dose = block.dose.merged(Dose(between=dose.between))
                if dose.round_rest is not None and number + 1 < len(self.round_blocks) and block.drafts:
                    block.drafts[-1].dose.between = dose.round_rest  # the rest after the round's last move
            used = True
        elif self._circuit(dose) and not personal and not _CONDITIONAL.match(text):
            block = self.block if self.block is not None else self._ensure_block(entry)
            self._block_dose(dose, entry)
            used = block is not None
        elif not personal and dose.hold is not None and dose.reps is None and dose.sets is None \
                and _REP_HOLD.search(text):
            self.rep_hold = dose.hold  # "Every rep below is a 10-second hold": said of the rounds that follow
            used = True
        else:
            self.last = None
            subject = self.subject
            if subject is not None and not _names_a_move(text) \
                    and any(e.name != subject.key for _w, e, _t in self.matcher.mentions(text[:3000])):
                # a paragraph that names another move is that move's, not more of the move before
                used = self._prose_moves(entry) or self._mentions(entry, dose, personal)
            else:
                used = self._mentions(entry, dose, personal) or self._prose_moves(entry)
            self._general_rest(text)
        session = self.session
        if entry.kind is Kind.TEXT and session.intro is None and not session.drafts and not personal \
                and len(text) >= 40 and not used:
            statements = [s for s in _SENTENCE.split(text) if not s.rstrip().endswith(("?", "!"))]
            session.intro = " ".join(statements) or None
        if not personal and not (used and last is not None and last.match.entry is None):
            self._advice(entry, text)
        if (not used and not personal and any(f.kind in ("sets", "reps", "hold", "repeat") for f in facts) \
                and self.session is not self.outside) or (not used and not personal and self._workout_facts(facts)):
            self.notes.append(Note(_position(entry), f"not used: says how much to do, but not of which exercise: "
                                                      f"“{_clip(text)}”"))

    def _general_rest(self, text: str) -> None:
        """"Rest 90 seconds between sets (unless stated)": a rest for the part it opens, or, said after a part's
        moves, for every part."""
        for sentence in _SENTENCE.split(text):
            excepted = _EXCEPT_REST.search(sentence)
            if excepted is not None:
                sentence = sentence[:excepted.start()]  # "… except the rows, those get 90 sec": that move's own
            rest_word = _REST_WORDS.search(sentence)
            if rest_word is None or _PERSONAL.search(sentence[:rest_word.start()]):
                continue  # "I rest two minutes between sets" is a story; "Rest 30 s unless I say otherwise" is not
            dose = read_dose(sentence)
            if (dose.rest is None and dose.between is None) or dose.has_work or _SCHEDULE.search(sentence):
                continue
            said = Dose(rest=dose.rest, between=dose.between)
            target = self.session if not self.session.drafts else self.outside
            target.defaults = target.defaults.merged(said)
            if target is self.outside and self.session is not self.outside:
                # "Rest 45 s between sets." after Day 4's moves is Day 4's own, whatever Day 1 said
                self.session.defaults = self.session.defaults.merged(said)

    def _workout_facts(self, facts: list[Fact]) -> bool:
        return sum(1 for f in facts if f.kind in ("sets", "reps")) >= 1 and bool(self.sessions or self.outside.drafts)

    @staticmethod
    def _circuit(dose: Dose) -> bool:
        """Said of a block's moves together: rounds, "each exercise for 45 seconds", a rest between rounds."""
        return dose.rounds is not None or dose.each_hold is not None or dose.round_rest is not None

    def _block_dose(self, dose: Dose, entry: Entry) -> None:
        block = self.block
        if block is None:
            return
        if dose.each_hold is None and dose.hold is not None and dose.reps is None and dose.sets is None:
            dose.each_hold, dose.hold = dose.hold, None  # "30 seconds on, 15 seconds off", said of a circuit
        if dose.each_hold is not None and dose.rest is not None and dose.between is None:
            dose.between, dose.rest = dose.rest, None  # "each exercise for 45 s, then rest 15 s"
        if dose.each_hold is not None and dose.repeat is not None and dose.sets is None:
            # "Hold each stretch for 20 seconds and repeat twice": every move's sets
            dose.sets = Dose(hold=dose.each_hold, repeat=dose.repeat, repeat_more=dose.repeat_more).settle().sets
            dose.repeat = None
        block.dose = block.dose.merged(dose)
        if block.dose_position is None:
            block.dose_position = _position(entry)

    def _mentions(self, entry: Entry, dose: Dose, personal: bool) -> bool:
        """Prose: a paragraph about a library move ("Pull-ups are …"), or a warm-up that names moves."""
        text = entry.text
        named = _NAMED_MOVE.search(text) if entry.kind is Kind.TEXT else None
        name = (named.group(1) or named.group(2) or "").strip() if named is not None else ""
        if named is not None and is_name_like(name):
            # "… recommends one simple move: the open book.", "The first is the McGill curl-up." — a move
            draft = Draft(sentence_case(name[:1].upper() + name[1:]), self.matcher.find(name), dose,
                          _position(entry), "mentioned")
            draft.takes_description = True
            self._add(draft, entry)
            self.subject = draft
            return True
        subject = self.subject
        if personal:  # a blogger's "I do 5 reps" still doses the move being described, but names nothing new
            if subject is not None and entry.kind is Kind.TEXT and dose.has_work:
                subject.dose = subject.dose.merged(dose)
                return True
            self.subject = None
            return False
        found = self.matcher.mentions(text)
        warm = "warm-up" if _WARM_UP.search(text) else "cool-down" if _COOL_DOWN.search(text) else None
        if warm and found and entry.kind is Kind.TEXT:
            self.group += 1
            every = _EVERY_SESSION.search(text) if warm == "warm-up" else None
            shared = (every.group(1) or "").lower() if every is not None else None
            words = [w for w in re.split(r"[^a-z0-9'’]+", text.lower().replace("’", "'")) if w]
            for number, (start, library_entry, written) in enumerate(found):
                end = found[number + 1][0] if number + 1 < len(found) else len(words)
                after = " ".join(words[start + len(written.split()):min(end, start + len(written.split()) + 6)])
                near = read_dose(after)
                if not near.has_work:
                    lasting = re.search(r"(\d{1,3}(?:\s?[-–]\s?\d{1,3})?\s?(?:minutes?|mins?|seconds?|secs?))\sof\s"
                                        r"(?:some\s|gentle\s|easy\s|brisk\s)?" + re.escape(written) + r"\b",
                                        text.lower().replace("’", "'")[:3000])
                    if lasting is not None:
                        near = read_dose(f"for {lasting.group(1)}")  # "3–5 minutes of marching on the spot"
                draft = Draft(self._mention_name(text, written, library_entry),
                              Match(library_entry.name, library_entry), near, _position(entry), "mentioned", warm=warm)
                draft.takes_description = False
                self._add(draft, entry)
                if self.session is self.outside and shared is not None and len(self.shared_warm) < _MAX_SHARED:
                    self.shared_warm.append((shared, draft))
            return True
        if found and found[0][0] == 0 and ((_SUBJECT.match(text) and entry.kind is Kind.TEXT) or dose.has_work):
            library_entry = found[0][1]
            draft = Draft(self._mention_name(text, found[0][2], library_entry),
                          Match(library_entry.name, library_entry), dose, _position(entry), "mentioned")
            draft.description.append(text)
            draft.takes_description = entry.kind is Kind.TEXT
            self._add(draft, entry)
            self.subject = draft
            return True
        if entry.kind is Kind.TEXT and _SUBJECT.match(text):
            self.subject = None  # a paragraph about something else
            return False
        subject = self.subject
        if subject is not None and entry.kind is Kind.TEXT and (dose.has_work or _INSTRUCTION.match(_LABEL.sub(
                "", re.sub(r"^to do (?:it|this)\W+", "", text, flags=re.IGNORECASE)))):
            subject.dose = subject.dose.merged(dose)
            subject.description.append(text)
            return True
        return False

    def _prose_moves(self, entry: Entry) -> bool:
        """Running prose that names moves and their doses, as a friend's email does: "I start with pelvic tilts …
        Ten of those. Then knee rolls, eight each way. Then bridges. Two sets of fifteen …" — each library move
        named, with the dose said between it and the next move named (numbers in words too). A move said not to
        be done ("ditch the sit-ups", "instead of crunches") and a move without a dose are left out."""
        text = entry.text
        if entry.kind is not Kind.TEXT or len(text) > 3000:
            return False
        lowered = text.lower().replace("’", "'")
        starts = [m.start() for m in re.finditer(r"[a-z0-9']+", lowered)]
        anchors: list[tuple[int, Match, str]] = [
            self._qualified(text, starts[word], Match(library_entry.name, library_entry),
                            self._mention_name(text, written, library_entry))
            for word, library_entry, written in self.matcher.mentions(text) if word < len(starts)]
        text_plain = plain(text)
        for named in _PROSE_MOVE.finditer(text_plain.text):
            begin, end = text_plain.span(named.start("name"), named.end("name"))
            name = text[begin:end].strip()
            if is_name_like(name) and not any(begin <= at < end or at <= begin < at + len(n) for at, _m, n in anchors):
                anchors.append((begin, self.matcher.find(name), sentence_case(name)))  # "do pelvic tilts – …"
        anchors.sort(key=lambda a: a[0])
        if not anchors:
            return False
        added = False
        found = anchors
        opening = _COUNT_BEFORE.search(plain(text[max(0, found[0][0] - 60):found[0][0]]).text)
        carried = _said_before(opening)  # "I do 3 sets of 10 of bird dogs": the dose before the first move
        for number, (begin, match, written) in enumerate(found):
            end = found[number + 1][0] if number + 1 < len(found) else len(text)
            before = plain(text[max(0, begin - 40):begin]).text
            span = text[begin:end]
            count = _COUNT_BEFORE.search(plain(span).text) if number + 1 < len(found) else None
            span_plain = plain(span).text
            if count is not None:
                span_plain = span_plain[:count.start()]  # "… then 10 bridges": the count is the next move's
            facts = find_facts(span_plain)
            dose = dose_of([f for f in facts if f.kind not in _BLOCK_KINDS])
            if carried is not None:
                dose = carried.merged(dose) if carried.sets is not None else (
                    dose.merged(carried) if dose.reps is None else dose)
            carried = _said_before(count)
            if _REFUSED.search(before) or not dose.has_work:
                continue
            draft = Draft(written[:1].upper() + written[1:], match, dose, _position(entry), "mentioned")
            draft.takes_description = False
            self._add(draft, entry)
            self.subject = draft
            added = True
        return added

    def _qualified(self, text: str, begin: int, match: Match, written: str) -> tuple[int, Match, str]:
        """A library move named with a word before it that makes it another move ("side planks" is no plank):
        that move, from the library when it knows it ("standing hamstring stretch"), else a new one."""
        qualifier = _QUALIFIER_BEFORE.search(text[max(0, begin - 20):begin])
        if qualifier is None:
            return begin, match, written
        name = f"{qualifier.group(1)} {text[begin:begin + len(written)]}"
        other = self.matcher.find(name)
        if other.entry is not None and (other.entry is match.entry or other.how):
            return begin, match, written
        if other.entry is None and match.entry is not None:
            name = f"{qualifier.group(1)} {match.entry.name.lower()}"  # "side planks": a side plank, one a set
        return begin - len(qualifier.group(0)), other, sentence_case(name[:1].upper() + name[1:])

    def _mention_name(self, text: str, written: str, entry: LibraryExercise) -> str:
        """A mention's name as the article spells it when the library knows that spelling, else the library's."""
        name = _written_name(text, written)
        if name is None or self.matcher.library.find(name) is None:
            return entry.name
        return name[:1].upper() + name[1:]

    def _advice(self, entry: Entry, text: str) -> None:
        """Safety and frequency advice, sentence by sentence; "do not exercise if you have:" keeps its list."""
        session = self.session
        target = session.advice if session is not self.outside else self.advice
        if entry.kind is Kind.ITEM and self.listing is not None and self.listing[0] is target:
            index = self.listing[1]
            item = text.rstrip(".;,")
            item = item[:1].lower() + item[1:] if item[1:2].islower() else item
            target[index] = f"{target[index]} {item}" if target[index].endswith(":") else f"{target[index]}, {item}"
            return
        self._end_listing()
        if text.endswith(":") and (_is_advice(text) or _WARNING_LEAD.search(text)) and len(text) <= 300:
            target.append(text)
            self.listing = (target, len(target) - 1)
            return
        for sentence in (s.strip() for s in _SENTENCE.split(text)):
            if _is_advice(sentence) and 20 <= len(sentence) <= 400 and sentence not in target:
                target.append(sentence)

    def _end_listing(self) -> None:
        if self.listing is not None:
            target, index = self.listing
            if not target[index].endswith(":"):
                target[index] += "."
            else:
                del target[index]
            self.listing = None


_SECTION_LABEL = re.compile(r"^([A-Z][\w'’/&× ]{0,30}?)\s?:\s?")
"""A labelled line under a move ("Sets/Reps: 3 × 10", "Why it works: …", "Reps: 20- to 30-second holds")."""
_ASIDE_LABEL = re.compile(r"^(?:why|benefits?|muscles?|targets?|target muscles|equipment|who|good for|best for|"
                          r"common mistakes?|mistakes?|avoid|watch out|variations?|modifications?|progressions?|"
                          r"regressions?|make it|easier|harder|bonus|pro tip|level|difficulty)\b", re.IGNORECASE)
_DOSE_WORDS = re.compile(r"\b(?:sets?|reps?|repetitions|hold|time|duration|rest|rounds|dose|dosage|volume|"
                         r"prescription|do|how (?:many|much|long)|amount|work)\b", re.IGNORECASE)
_CONDITIONAL = re.compile(r"^(?:if\s(?:you|this|that|it)|to make (?:it|this)|for (?:a|an|more) (?:challenge|"
                          r"harder|easier|extra)|(?:too )?(?:easy|hard)\?|once (?:this|that|it|you))\b",
                          re.IGNORECASE)
"""An option or a progression ("If you've got an extra 10 minutes, go through it twice"): not the dose."""
_CIRCUIT_WORDS = re.compile(r"\b(?:circuits?|sequence|whole|exercises|moves|workout|routine|poses)\b",
                            re.IGNORECASE)
_DOSE_FILLER = frozenset(
    ("x", "and", "then", "sets", "set", "reps", "rep", "repetitions", "each", "side", "sides", "per", "between",
     "for", "of", "with", "do", "perform", "complete", "times", "time", "hold", "holds", "holding", "rest",
     "repeat", "seconds", "secs", "sec", "s", "minutes", "mins", "min", "up", "to", "start", "aim", "a", "an",
     "the", "on", "leg", "legs", "arm", "arms", "way", "ways", "total", "in", "slow", "slowly", "or", "build",
     "relax", "then", "controlled", "about", "around", "breaths", "breath", "rounds", "round", "at", "least",
     "work", "up to", "try", "go", "it", "this", "them", "those", "hand", "hands", "more", "all", "after",
     "before", "next", "move", "exercise"))


def _dose_only(text: str) -> bool:
    """A line that is a dose and little else ("x10  2-3 sets", "Hold 30 s  x3 each side", "Repeat 8–10 times",
    "Rest 30 secs between sets"): it says how much of the move above, in first place."""
    if len(text) > 120 or re.search(r"[.!?;]\s+\S", text) or _CIRCUIT_WORDS.search(text):
        return False  # sentences, and what is said of the whole circuit, are read as the description
    text_plain = plain(text)
    facts = [f for f in find_facts(text_plain.text) if f.kind != "none"]
    if not any(f.kind in _WORK_KINDS or f.kind == "rest" for f in facts):
        return False
    left = []
    position = 0
    for fact in facts:
        left.append(text_plain.text[position:fact.start])
        position = max(position, fact.end)
    left.append(text_plain.text[position:])
    words = [w for w in re.findall(r"[a-z]+", " ".join(left)) if w not in _DOSE_FILLER]
    return len(words) <= 2


_EVERY_SESSION = re.compile(
    r"\b(?:before|start|begin|at the start of)\b[^.;]{0,40}?\b(?:each|every|all)\s(?:of\s(?:the|your)\s)?"
    r"(?:(strength|workout|training|exercise|gym|core|main)\s)?(?:days?|sessions?|workouts?|classes)\b",
    re.IGNORECASE)
"""A warm-up said once for a plan's days ("Before each strength day, warm up with …")."""
_EASY_DAY = re.compile(r"\b(?:mobility|stretch\w*|recovery|rest|walk\w*|yoga|off|flexibility|relax\w*)\b",
                       re.IGNORECASE)
"""A day of a plan that is no strength day."""
_OUTING = re.compile(
    r"\b(?:go for|take|do|head out for|fit in|enjoy)\s(?:an?\s)?(?P<time>\d{1,3}(?:\s?[-–]\s?\d{1,3})?)[\s-]?"
    r"(?:minutes?|mins?)\s(?P<name>(?:(?:brisk|easy|gentle|steady|light|relaxed|leisurely)\s)?"
    r"(?:walk|jog|swim|bike ride|cycle|ride))\b",
    re.IGNORECASE)
"""A timed walk, jog or ride said in a sentence ("Go for a 20–30 minute brisk walk.")."""
_PAGE_END = re.compile(
    r"^(?:you (?:might|may) also (?:like|enjoy)|related (?:posts|articles|stories)|more (?:posts|articles) like this|"
    r"\d{1,5}\s(?:thoughts|comments|responses|replies)\s(?:on|to)\b|(?:\d{1,5}\s)?comments?\s?(?:\(\d{1,5}\))?:?$|"
    r"leave a (?:comment|reply)|join the (?:discussion|conversation))",
    re.IGNORECASE)
"""Where a blog page's article ends: links to other posts, readers' comments — never the routine's moves."""
_MAX_SHARED = 20
"""At most this many warm-up moves said once for every day (each day gets a copy)."""
_REPEAT_SESSION = re.compile(
    r"^(?:(?:repeat|do|copy)(?:\sthe\ssame\sas)?|(?:the\s)?same\sas|as|as\son|as\sin|as\sfor|as\sper)\s(?:the\s)?"
    r"(?:(?P<word>day|class|session|workout|week)s?\s?#?\s?(?P<number>\d{1,2}|[a-e]|one|two|three|four|five|six|seven|"
    r"eight)\b(?:\s?(?:-|–|—|to|and|&)\s?\d{1,2}\b)?|(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?\b)"
    r"(?:'s)?(?:\s(?:workout|session|class|routine|moves|exercises|plan))?"
    r"(?P<change>(?:\s?[,;:.–—-]\s?|\s)(?:but|plus|with|except|and|only|adding|add|then|drop|without|increase|"
    r"hold|rest|cut|reduce|do)\b.{0,500}?)?\s?[.!]?$",
    re.IGNORECASE | re.DOTALL)
"""A part of a plan that is another part again, perhaps with a change ("Repeat Day 2.", "Same as Class 1", "As
Week 1, plus hip flexor stretch – 30 seconds per side", "Same as Monday but 3 sets")."""
_MINUTE_LABEL = re.compile(r"^(?:(?:odd|even)\s(?:minutes?|mins?)|(?:minutes?|mins?)\s?\d{1,2}(?:\s?[-–]\s?\d{1,2})?)"
                           r"\s?[:.)\-–—]", re.IGNORECASE)
_HOLDS_OF = re.compile(r"^\s*\d{1,2}\s?[x×]\s?\d{1,3}\s?(?:s|secs?|seconds?)\.?\s(?:holds?|hold each)\b", re.IGNORECASE)
_PAUSED = re.compile(r"\b(?:pause|paused|hold|holding|squeeze|squeezing)\b", re.IGNORECASE)
_MAX_DAYS = 14
"""The days of a week that "Same as Week 1" looks among."""
_PAIR_CELL = re.compile(r"[A-Ha-h][1-9]?")
_SESSION_SAID = re.compile(r"\s?[:–—]\s|\s-\s")
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
_POSTSCRIPT = re.compile(r"^(?:p\.?\s?p\.?\s?)?p\.?\s?s\.?\s?[:,-]?\s", re.IGNORECASE)
_REFUSED = re.compile(r"\b(?:ditch|drop|avoid|skip|stop(?:ped)? doing|instead of|rather than|not|no more|never|"
                      r"don't|didn't|tried|used to)\b(?:\s[a-z']+){0,3}\s?$")
"""Words before a move that say it is not part of the routine ("ditch the sit-ups", "instead of crunches")."""
_PROSE_MOVE = re.compile(
    r"\b(?:do|doing|start with|starting with|begin with|finish with|end with)\s(?:some\s|the\s|a few\s|a\s)?"
    r"(?P<name>[a-z][a-z'-]*(?:\s[a-z][a-z'-]*){0,3}?)(?=\s?(?:[-,.(;:!]|$)|\s(?:for|x|and|then|with)\b)"
)
"""A move named in running prose after the verb that does it ("I … do pelvic tilts – just flattening …")."""
_COUNT_BEFORE = re.compile(
    r"(?<![\d.])(?:(?P<sets>\d{1,2}(?:\s?-\s?\d{1,2})?)\s(?:sets?|rounds?)\sof\s)?(?P<n>\d{1,3}(?:\s?-\s?\d{1,3})?)"
    r"(?:\s?x)?(?:\s(?:reps?|repetitions))?(?:\sof(?:\sthe|\smy)?)?\s?$")
"""A count just before the next move named ("… then 10 bridges", "2 sets of 15 glute bridges", "3 sets of 10 of bird
dogs"): the next move's reps, and sets."""
_QUALIFIER_BEFORE = re.compile(r"\b(side|reverse|lateral|single[\s-]leg|one[\s-]leg|single[\s-]arm|one[\s-]arm|"
                               r"straight[\s-]leg|standing|seated|kneeling|supine|prone)\s$", re.IGNORECASE)
"""A word before a library move's name that makes it another move ("side planks", "reverse lunges")."""


def _said_before(count: re.Match[str] | None) -> Dose | None:
    """The dose of a count said before a move's name in prose (see ``_COUNT_BEFORE``)."""
    if count is None:
        return None
    dose = read_cell(count.group("n"), "reps")
    if count.group("sets"):
        dose = read_cell(count.group("sets"), "sets").merged(dose)
    return dose


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


def _own_count(name: str, text: str) -> Range | None:
    """A count said with the move's own name in its description ("10 slow chin tucks"): its reps."""
    words = name.lower().split()
    if not words or len(text) > 2000:
        return None
    last = re.escape(re.sub(r"e?s$", "", words[-1]))
    found = re.search(rf"(?<![\d.:])(\d{{1,3}})\s(?:[a-z]+\s){{0,2}}{last}(?:e?s)?\b", text.lower())
    return Range.single(int(found.group(1))) if found is not None and int(found.group(1)) >= 1 else None


def _plain_key(name: str) -> str:
    """A name as a key that "side planks" and "Side plank" share."""
    return re.sub(r"(?<=[a-z])s\b", "", " ".join(name.lower().split()))


def _sentence_of(text: str, fact: Fact) -> str:
    """The sentence of plain text a fact stands in."""
    start = text.rfind(".", 0, fact.start) + 1
    end = text.find(".", fact.end)
    return text[start:end if end >= 0 else len(text)]


def _rounds_as_reps(dose: Dose) -> Dose:
    """"Cat-cow: 10 slow rounds": rounds of one move are its reps."""
    if dose.rounds is not None and dose.reps is None and dose.hold is None:
        rounds = dose.rounds
        dose = replace(dose, reps=rounds if isinstance(rounds, Range) else Range.single(rounds), rounds=None)
    return dose


def _noise(text: str) -> bool:
    """A line that is never a move ("Advertisement", "Music: …", "Read more: …"); not a paragraph that only
    starts like one ("Set a timer. Work for 40 seconds …")."""
    return bool(NOISE.match(text)) and (len(text) <= 80 or not re.search(r"[.!?]\s+\S", text))


def _page_furniture(text: str) -> bool:
    """A line of the page around the article: a nav bar ("Fitness | Health | Nutrition"), a category in capitals
    ("FITNESS"), a byline, an email's header, noise ("Advertisement", "View this email in your browser")."""
    return _noise(text) or bool(_BYLINE.search(text)) or text.count(" | ") >= 2 or text.count(" · ") >= 2 \
        or bool(re.match(r"^(?:from|to|cc|bcc|subject|date|sent|reply-to)\s?:", text, re.IGNORECASE)) \
        or (text.isupper() and len(text.split()) == 1)


def _is_dose_line(text: str) -> bool:
    """"Plank: 30 seconds": a line that says how much of a move (never a title)."""
    split = split_entry(text)
    return is_name_like(split.name) and bool(split.dose_text) and read_dose(split.dose_text).has_work \
        and not _TITLE_WORDS.search(split.name)


def _is_advice(sentence: str) -> bool:
    """Safety or frequency advice: about pain, injury, form, rest days …, and said as advice."""
    return bool(_ADVICE_TOPIC.search(sentence)) and bool(_ADVICE_VOICE.search(sentence))


def _written_name(text: str, written: str) -> str | None:
    """The words of a mention as the article spells them ("Cat & Cow"), found case-insensitively."""
    parts = [re.escape(w) for w in written.split()]
    if not parts:
        return None
    pattern = r"[^A-Za-z0-9]{1,3}".join(parts)
    match = re.search(pattern, text, re.IGNORECASE)
    return sentence_case(match.group(0)) if match else None


def _names_a_move(text: str) -> bool:
    named = _NAMED_MOVE.search(text)
    return named is not None and is_name_like((named.group(1) or named.group(2) or "").strip())


def _is_step(entry: Entry) -> bool:
    """A list item that belongs to the move above it: a step of how to do it ("1. Lie on your back …") or a
    labelled part of its dose ("Sets: 3", "Reps: 15")."""
    if entry.kind is not Kind.ITEM:
        return False
    text = entry.text.rstrip()
    sentence = text.endswith((".", "!", ";")) and len(text.split()) >= 4
    return bool(_DOSE_LABEL.match(text)) or (sentence and (bool(_INSTRUCTION.match(text)) or entry.ordered))


def _is_paragraph(entry: Entry) -> bool:
    return len(entry.text) > 80 or (entry.text.rstrip().endswith((".", "!", ":")) and len(entry.text.split()) > 4)


def _is_heading_layout(entry: Entry, following: Entry | None) -> bool:
    """A short line followed by a paragraph reads as a heading of that paragraph."""
    return following is not None and following.kind is Kind.TEXT and _is_paragraph(following) and \
        len(entry.text.split()) <= 12


def _position(entry: Entry) -> Position:
    return Position(max(1, entry.line), max(1, entry.column))


def _short_title(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 80 else text[:79].rstrip() + "…"


def _clip(text: str, width: int = 80) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
