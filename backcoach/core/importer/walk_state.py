"""The state one walk over an article keeps, and what every reader of it does with that state.

The walk keeps three kinds of exercise apart, because articles differ in how sure they are:

* **lines** — a list item, line, table row or heading that names a move *and* gives its dose
  ("Dead Bug – 3 sets of 12 reps per side"), or a named move whose paragraph gives it;
* **listed** — a bare name in a part of a class ("Warm up", "Block 2", "Day 3"), dose left to us;
* **mentioned** — a library move a listicle only talks about ("Pull-ups are one of the best …").

When an article has lines or listed moves (a plan, a class sheet, a handout, a table), the routine is
made of those alone, and prose is read only for descriptions, circuit instructions and advice. A
listicle without them is read for its mentions, merged list by list in the order the article keeps.

Each kind of text has its reader, a class of its own module (tables, circuits, plans, a move's section,
lines, prose, notes about one move); they share this one state, because an article mixes them freely —
a table after a "Day 2" heading, a circuit's rounds said in the prose under a list — and what one
reader found (the part being read, the last move) is what the next one adds to. :class:`WalkState`
holds that state and the steps all readers take: adding a move, opening a block, setting a block's dose,
keeping advice.
"""

from __future__ import annotations

import re
from copy import deepcopy
from dataclasses import dataclass, replace

from ..durations import Range
from ..exercise_library import LibraryExercise
from ..model import Per, count_range
from ..problems import Position
from .dates import DAY_MONTH, MONTH, STAMP
from .drafts import BlockDraft, Draft, Note, SessionDraft
from .names import OPENS_WITH, Match, Matcher, is_name_like, sentence_case, unqualified
from .phrases import DOSE_LABEL, Dose
from .sections import INSTRUCTION as _INSTRUCTION
from .sections import NOISE, Section
from .source import Entry, Kind
from .text_tables import NUMBERED_CELL

MAX_EXERCISES = 1000
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“(])")
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
SUBJECT = re.compile(r"^(?!(?:If|When|Unless|While|Once|Because|Although)\s)"
                     r"[A-Z][\w'’&-]*(?:\s[\w'’&-]+){0,5}?\s(?:are|is|involves?|works?|targets?|helps?|can)\b")
"""A paragraph about a move ("Pull-ups are one of the best …"); never a condition ("If your pain is on one side
only, …", the opening of a move's description)."""
WORK_KINDS = ("sets", "reps", "hold", "repeat", "rest", "each_hold", "breaths")
BLOCK_KINDS = ("rounds", "round_rest", "between", "each_hold")
SIGN_OFF = re.compile(r"^(?:best|kind regards|regards|best regards|warm regards|many thanks|thanks|thank you|cheers|"
                      r"all the best|best wishes|sincerely|yours(?: sincerely| truly)?|speak soon|see you soon)\b"
                      r"[^.]{0,20}[,!]?$",
                      re.IGNORECASE)
"""How an email ends ("Kind regards,"): what follows is a signature, not a move."""
CONNECTIVE = re.compile(r"^(?:then|next|now|and|after that|finally|lastly)\b\W*", re.IGNORECASE)
WARM_UP = re.compile(r"\bwarm[\s-]?ups?\b|\bwarming up\b", re.IGNORECASE)
COOL_DOWN = re.compile(r"\bcool[\s-]?downs?\b|\bcooling down\b", re.IGNORECASE)
"""The class's parts around the workout, said in a sentence or as a part's title."""
PROGRESSION = re.compile(r"^(?:increase|progress|add|build up|work up|over time|as you|once you|when you|"
                         r"if you(?!\shave\s(?:a|an|one)\s))\b", re.IGNORECASE)
"""How an article says to progress ("Increase to 3 sets as you get stronger"): not the move's own dose ("If you have
a foam roller, lie with it across your upper back …" is what to use, no progression)."""
_WARNING_LEAD = re.compile(r"\b(?:should not|shouldn't|do not|don't|must not|never|avoid|not suitable|not recommended|"
                           r"stop|seek|consult)\b", re.IGNORECASE)
"""A sentence that leads a list of who should not exercise, or when to stop ("… if you have:")."""


def bare_dose_label(text: str) -> bool:
    """A line that is only a dose's label, with or without its colon ("HOLD", "Reps:"): the amount is under it."""
    return len(text) <= 14 and DOSE_LABEL.fullmatch(f"{text.strip().rstrip(' :')}:") is not None


PARAGRAPH_LABEL = re.compile(r"^(?:[A-Z][\w'’ ]{0,30}):\s")
"""A paragraph's label ("How to do it: Lie on your back …")."""
EXCEPT_REST = re.compile(r"\bexcept\s(?:for\s)?the\s(?P<name>[\w'’ -]{2,40}?),?\s(?:those|they|which|it)\s"
                         r"(?:get|gets|have|has|take|takes)\s(?P<dose>\d{1,3}\s?(?:s|secs?|seconds?|min|mins?|minutes?)\b)",
                         re.IGNORECASE)
CONDITIONAL = re.compile(r"^(?:if\s(?:you|this|that|it)|to make (?:it|this)|for (?:a|an|more) (?:challenge|"
                         r"harder|easier|extra)|(?:too )?(?:easy|hard)\?|once (?:this|that|it|you)(?!['’]ve\s| have\s)|"
                         r"as (?:you|it) (?:get|gets|become|becomes|feel|feels) "
                         r"(?:stronger|fitter|easier|more confident)|"
                         r"after\s(?:a\s(?:few|couple of)|\S{1,12})\s(?:weeks?|months?|sessions?)|"
                         r"make (?:it|this|the (?:workout|circuit|routine)) "
                         r"(?:harder|tougher|easier|more challenging)|progress(?:ing)?\s(?:to|by|on\sto)|"
                         r"when (?:this|that|it) (?:is|gets|feels|becomes) easy)\b",
                         re.IGNORECASE)
"""An option or a progression ("If you've got an extra 10 minutes, go through it twice", "As you get stronger you
can go through it twice", "After 3–4 weeks, make it harder by going for 3 rounds", "Progress to 2 sets when this
is easy"): not the dose."""


_CIRCUIT_SAID = re.compile(r"\b(?:the\s(?:whole\s|main\s)?circuit|stations?)\b", re.IGNORECASE)
"""A dose said of the circuit by name ("We go round the whole circuit twice"): never the warm-up's under it."""
_WARM_UP_SAID = re.compile(r"\bwarm[\s-]?up\b[^.]{0,80}\.\s?(?:then|next|after\sthat|afterwards)\b"
                           r"|\bwarm[\s-]?up\s(?:first\s)?,?\s?then\b"
                           r"|\bafter\s(?:the|your|a)\swarm[\s-]?up\b"
                           r"|(?:^|[.!]\s)warm[\s-]?up\s(?:first\s)?(?:and|then)\s(?:finish|end|cool)", re.IGNORECASE)
"""A warm-up said before the circuit the sentence after it doses ("Warm up first with the moves below. Then do each
circuit exercise for 40 seconds", "Warm up first, then run the main circuit: 40 seconds of work …", "After the
warm-up, do each move for 40 s"), or said apart from it after the
circuit's dose ("… Complete 2–3 rounds in total. Warm up first and finish with the two stretches.")."""


_WORD = re.compile(r"[a-z][a-z'-]{2,}")
"""A word of a part's title: a heading that has the first word of the part a table sent below ("Circuit" of
"Circuit stations") goes on with that part."""
_EACH_PART = re.compile(r"\b(?:of|for|in)\s(?:each|every)\s(?:pair|superset|circuit|block|couplet|triplet|"
                        r"giant\sset|part)s?\b", re.IGNORECASE)
"""A dose said of each of the parts that follow ("Do 3 rounds of each pair before moving on to the next one")."""


@dataclass
class ListChange:
    """A move dropped, swapped for another or added next to one, as a later note says."""

    kind: str
    """"drop", "swap", "add after", "add before", "instead" (the move the note names before, done no more) or
    "append" (after the last move listed)."""
    old: str
    """The listed move it drops, swaps, or adds next to; for "instead", the note's words before the new move."""
    new: str | None
    """What a swap or an addition brings: the note's words for the move and its dose."""
    note: Entry


def _set_in_bold(name: str, entry: Entry, alone: bool) -> bool:
    """Whether the entry sets the move's name in bold ("… for **cat-cow**, ten times"), ``alone`` when no other words:
    how a page marks the moves of its paragraphs in running prose."""
    bolds = {" ".join(bold.split()).strip(" ,.;:").lower() for bold in (entry.lead, *entry.bolds)
             if len(bold.strip(" ,.;:")) >= 3}  # its bold lead too ("**Marching on the spot** for 1 minute, …")
    key = name.lower()
    return (len(bolds) == 1 or not alone) and any(key in bold or bold in key for bold in bolds)


class WalkState:
    """One pass over an article's entries: what it has found so far, and the steps every reader takes."""

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
        self.header: tuple[str, ...] = ()
        """The cells of the last table header read."""
        self.clocked: tuple[str, ...] | None = None
        """The header cells of a table whose Time column proved a clock ("0:00"), for when it is said again."""
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
        self.aside: int | None = None
        """The level of a page's heading of tips or questions ("## My top tips") while its section lasts."""
        self.aside_list = False
        """Under a label of other ways to do the moves ("Modifications:"): the list right under it is advice."""
        self.said_in_turn = False
        """A paragraph "First, pelvic tilts. …" was read as its move: the class is said a move a paragraph, so "Then
        bridges. …" names the next one the same way (see ``line_reading``'s ``_in_turn``)."""
        self.labels: dict[tuple[str, str], SessionDraft] = {}
        """The plan's days by their label ("day", "2"), for "Repeat Day 2"."""
        self.period: tuple[SessionDraft, int] | None = None
        """The week being read in a plan of weeks and days, and its heading's rank (7 for a line)."""
        self.days: dict[int, list[SessionDraft]] = {}
        """Each week's days, by the week's ``id`` (at most ``MAX_DAYS`` a week are looked up)."""
        self.superset: tuple[str, BlockDraft, str | None] | None = None
        """The superset being read (its letter, its block) and the title of the part it stands in (``None`` when
        it stands in none)."""
        self.subtitle: int | None = None
        """The entry that is a leaflet's subtitle naming its weeks, no session of it (see ``walker``)."""
        self.pairs_rest: tuple[str | None, Range] | None = None
        """The rest said for every pair of a part (its title, the rest): each pair's rest between rounds."""
        self.held: BlockDraft | None = None
        """A circuit's dose said above a warm-up that comes first, kept for the part after the warm-up."""
        self.shared_warm: list[tuple[str, Draft]] = []
        """A warm-up said once before a plan's days ("Before each strength day, warm up with …"), and of
        which days ("strength", or "" for every day)."""
        self.said_parts: list[tuple[SessionDraft, str, list[Draft]]] = []
        """A warm-up or cool-down said in prose, with the moves it names, and the part it was said in."""
        self.moves: dict[int, Section] = {}
        self.section: Section | None = None
        """The move section being read (a heading per move: everything under it is that move's)."""
        self.section_draft: Draft | None = None
        self.section_lines = Dose()
        """What the section's dose lines say ("Sets/Reps: 3 × 10", "x10  2-3 sets"): first in weight."""
        self.section_texts: list[str] = []
        """The section's description, whose doses fill what its dose lines leave out."""
        self.section_aside = False
        """The line under a move's heading was an aside ("Level 2: As Level 1, with a band …"): the lines right under
        it are the aside's too ("Repeat 15 times each side.")."""
        self.rep_hold: Range | None = None
        """"Every rep below is a 10-second hold": each rep's hold, for the rounds that follow."""
        self.caption: Dose | None = None
        """What a table's caption says of its rows ("Table 1. All holds are 10 seconds. Rest 20 seconds between
        sets."): each row's rep hold and rest between sets, where the row says none."""
        self.round_moves: list[Draft] | None = None
        """The moves of a pyramid's first round ("Round 1: 6 reps of each"), which every later round repeats."""
        self.round_blocks: list[BlockDraft] = []
        self.amendments: list[tuple[str, Dose, Position]] = []
        """What a note or a later message says of one move ("the bird dogs are 8 EACH SIDE", an answer to
        "dead bug x12 – is that 12 each side?"): it settles that move's dose, wherever the move is listed."""
        self.rests_but: list[tuple[list[str], Range]] = []
        self.rounds_now: int | None = None
        """The circuit's rounds as a later note changes them ("CAPT. NOTE: Rounds cut to THREE today")."""
        """A rest said of every move but those named ("Everything except the deads … was 90s rest between sets")."""
        self.list_changes: list[ListChange] = []
        """What a later note changes in the list ("I've swapped the dead bugs for Pallof press", "Add it after the
        dead bug: bird dog x 8 each side"): applied to the moves listed before it, once the article is read."""
        self.each_part: tuple[Dose, int] | None = None
        """A dose said of each part at one heading level ("Do 3 rounds of each pair" over "### Superset A", "###
        Superset B" …), and that level: each such part takes it."""
        self.listed_below: BlockDraft | None = None
        """A part a table doses and sends below for its moves ("Circuit | … | see below"): the heading that names it
        again ("## Circuit stations") goes on with it, not a part of its own."""
        self.aside_after: BlockDraft | None = None
        """The part an aside's heading ("Why it works") broke off: a numbered move right after it goes on in it."""
        self.asked: str | None = None
        self.comments = False
        """Whether the entries being read are a social post's comments (see ``walker._SOCIAL_COMMENTS``)."""
        self.nested_part: tuple[int, str] | None = None
        """Where a list's item opened a circuit over its own sub-items ("3. Then the circuit, 3 rounds, …:"), and the
        title of the part it broke off: the list's next item goes on in a part of that name."""
        self.author_replies = False
        """Whether the entry being read is the writer's own reply under the page ("Inès Carvalho (author) · 19 Oct")."""
        self.changes_listed = False
        """Whether the list being read says what changes in the moves listed before ("Changes:" over "- Bird dog:
        … do eight each side now", "- Add dead bugs straight after the bridges: …")."""
        """The move the last message asked about, which the next message's dose answers."""
        self.questioned: LibraryExercise | None = None
        """The one move a page's question heading names ("Do I do the knee rolls to both sides?"): its answer's
        dose is that move's, though the answer never names it."""

    @property
    def session(self) -> SessionDraft:
        if self.sessions and not self.sessions[-1].closed:
            return self.sessions[-1]
        return self.outside

    def _ensure_block(self, entry: Entry) -> BlockDraft:
        aside, self.aside_after = self.aside_after, None
        if self.block is None and aside is not None and aside in self.session.blocks and aside.drafts \
                and NUMBERED_CELL.match(entry.text):
            self.block = aside  # "4. Reverse snow angels" after the circuit's "Why it works": the circuit goes on
        if self.block is None:
            return self._open_part(short_title(self.session.title or "Exercises"), entry_position(entry), "default")
        return self.block

    def _open_part(self, title: str, position: Position, strength: str = "strong") -> BlockDraft:
        """Start a part of the session being read: the moves read next are its moves."""
        self.block = BlockDraft(title, position, strength)
        self.session.blocks.append(self.block)
        return self.block

    def _next_heading(self) -> int:
        """Where the section of the entry being read ends: the next heading, looked for among the next 40 entries."""
        return next((at for at in range(self.index + 1, min(len(self.entries), self.index + 40))
                     if self.entries[at].kind is Kind.HEADING), len(self.entries))

    def _headed_part(self, title: str, entry: Entry, strength: str, sized: bool = False) -> BlockDraft:
        """A part opened by its heading. An empty part just before it was only a paragraph's dose: "For each of the
        exercises below, perform …" then "Exercises:" doses the part the heading names; "Warm up first with the
        moves below. Then do each circuit exercise for 40 seconds" then "Warm-up" is the circuit's dose, held for
        the part after the warm-up. A heading that says how long its part lasts ("Warm-up (3 minutes)") takes no
        dose from above it ("Beginners can do two rounds" is the circuit's)."""
        pending = self.listed_below
        if pending is not None and pending in self.session.blocks and _WORD.findall(pending.title.lower())[:1] \
                and _WORD.findall(pending.title.lower())[0] in _WORD.findall(title.lower()):
            self.listed_below, self.block = None, pending  # "## Circuit stations", after the table's "Circuit"
            return pending
        previous = self.block
        block = BlockDraft(short_title(title), entry_position(entry), strength,
                           level=entry.level if entry.kind is Kind.HEADING else 0)
        self.block = block
        bare = re.sub(r"^the\s", "", title, flags=re.IGNORECASE)
        warm = bool(WARM_UP.match(bare) or COOL_DOWN.match(bare))  # a part around the workout, never the circuit
        if previous is not None and not previous.drafts and previous in self.session.blocks \
                and previous.length is not None \
                and (WARM_UP.search(previous.title) or COOL_DOWN.search(previous.title)):
            # "WARM-UP (10 minutes, led by the physiotherapist)" over a paragraph that names no dosed move: the part
            # is one timed step of that length
            previous.drafts.append(self._draft(previous.title, Dose(hold=previous.length),
                                               Entry(Kind.TEXT, previous.title, previous.position.line,
                                                     previous.position.column), "line", None))
        if previous is not None and not previous.drafts and previous in self.session.blocks \
                and previous is not self.listed_below:
            self.session.blocks.remove(previous)
            if warm and self._circuit(previous.dose) and self._said_with_warm_up(previous):
                self.held = previous
            elif self.held is not None and not warm and strength == "strong":
                block.dose, block.dose_position = self.held.dose, self.held.dose_position
                self.held = None
            elif not sized:
                block.dose, block.dose_position = previous.dose, previous.dose_position
                if previous.each_part and block.level:
                    self.each_part = (previous.dose, block.level)
                    previous = None  # the first of the parts the dose is said of
        elif self.held is not None and not warm and strength == "strong":
            block.dose, block.dose_position = self.held.dose, self.held.dose_position
            self.held = None
        each = self.each_part
        if each is not None and previous is not None:
            if block.level == each[1] and not warm and block.dose.rounds is None and not block.dose.has_work:
                block.dose = replace(each[0])  # "### Superset B" under "Do 3 rounds of each pair"
            elif block.level != each[1]:
                self.each_part = None  # "## Trunk finisher": the pairs have ended
        self.session.blocks.append(block)
        return block

    def _said_with_warm_up(self, block: BlockDraft) -> bool:
        """Whether the paragraph that dosed an empty block, a few entries above, also speaks of the warm-up ("Warm up
        first with the three moves below. Then do each circuit exercise …"): a dose said of a circuit beside it, not
        of the warm-up (a story's "two rounds of massage" is no one's)."""
        for entry in reversed(self.entries[max(0, self.index - 8):self.index]):
            if entry_position(entry) == block.dose_position:
                return _WARM_UP_SAID.search(entry.text[:3000]) is not None \
                    or _CIRCUIT_SAID.search(entry.text[:3000]) is not None
        return False

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
                self.notes.append(Note(entry_position(entry), f"not used: a routine holds at most {MAX_EXERCISES} "
                                                              "exercises; the rest of the article is left out"))
            self.count += 1
            return
        self.count += 1
        draft.name = " ".join(draft.name.split())  # a page's line break inside the name ("hip flexor\nstretch")
        block = self.block
        if draft.kind == "mentioned" and block is not None and block.strength == "strong" and draft.dose.has_work \
                and block in self.session.blocks and any(b.drafts for b in self.session.blocks if b is not block) \
                and all(d.position.line == entry.line for d in block.drafts):
            # "## Cool down" over "I like a **90/90 hip stretch, 30 seconds each side,** and a **child's pose for 1
            # minute**", after parts of listed moves: the part's moves, though said in a sentence (not a remark
            # after a part's own list, "Squad 4 can make the side plank 30 s each side": no move more)
            draft.kind = "line"
        elif draft.kind == "mentioned" and block is not None and block.strength == "strong" and not block.drafts \
                and draft.dose.has_work and block in self.session.blocks and _STARTS_WITH.match(entry.text):
            draft.kind = "line"  # "Before service" over "I start with five minutes' brisk walking — …": its first move
        elif draft.kind == "mentioned" and block is not None and draft.dose.has_work \
                and all(d.kind == "line" for d in block.drafts) \
                and _set_in_bold(draft.name, entry, alone=not block.drafts) \
                and (bool(block.drafts)
                     or len({e.name for _w, e, _t in self.matcher.mentions(entry.text[:3000])}) <= 1):
            # "Start with **pelvic tilts**: … Do this ten times." then "Turn over onto your hands and knees for
            # **cat-cow**, ten times, slowly.": a move of the part, in bold in a paragraph of its own, with its dose
            # (the part's first only when the paragraph names no other: "Walk briskly for three minutes … Then five
            # slow **cat-cows**" is the warm-up said in prose, read as such)
            draft.kind = "line"
            if not block.drafts:
                # the part's moves said before it in its own prose, in bold among other words ("a **pelvic tilt**: …,
                # **ten times**"): moves of the part too, in their order
                said = [m for m in self.mentions if m.dose.has_work and m.warm is None and m.position >= block.position]
                self.mentions[:] = [m for m in self.mentions if all(m is not x for x in said)]
                for earlier in said:
                    earlier.kind = "line"
                block.drafts.extend(said)
        if draft.kind == "mentioned":
            draft.group = self.group
            self.mentions.append(draft)
        else:
            block = self.block
            if block is not None and entry.kind is Kind.HEADING and block.listed and block.dose.rounds is not None \
                    and 0 < entry.level <= block.level and not WARM_UP.match(block.title):
                # "### Wall sit to finish" after "### The circuit" and its list: a part of its own, not the circuit's
                self._open_part(short_title(entry.text.rstrip(":")), entry_position(entry))
            block = self._ensure_block(entry)
            block.drafts.append(draft)
            block.listed = block.listed or entry.kind is not Kind.HEADING
            other = self._other_way(draft, entry)
            if other is not None and self.count < MAX_EXERCISES:
                self.count += 1
                block.drafts.append(other)
                draft = other
        self.last = draft

    @staticmethod
    def _other_way(draft: Draft, entry: Entry) -> Draft | None:
        """A move said both ways with a count each ("Arm circles — 10 forwards, 10 backwards", "shoulder rolls x15 fwd
        then x15 back"): two moves, forwards then backwards, each its count (as a coach calls them), where the dose
        read the ways as sides. The draft is changed to the forwards one; the backwards one is returned."""
        both_ways = draft.dose.both_ways
        if draft.kind != "line" or draft.dose.per is not Per.SIDE or both_ways is None \
                or entry.kind not in (Kind.ITEM, Kind.TEXT, Kind.ROW):
            return None
        each, one, other_way = both_ways
        if (draft.dose.reps or draft.dose.repeat) != each:
            return None
        draft.dose = replace(draft.dose, per=None, facts=[])
        other = deepcopy(draft)
        if draft.match.entry is None:  # a move of the article's own: its name says which way, in its words
            draft.name = f"{draft.name} {_WAY.get(one, one)}"
            other.name = f"{other.name} {_WAY.get(other_way, other_way)}"
            return other
        draft.remark = "; ".join(r for r in ("Forwards", draft.remark) if r)
        other.remark = "; ".join(r for r in ("Backwards", other.remark) if r)
        return other

    def _close_part(self) -> None:
        """A heading about something else ends the class part that already has exercises."""
        session = self.session
        if session is not self.outside and session.drafts:
            session.closed = True
            self.block = None
        elif self.block is not None and self.block.drafts:
            self.block = None

    def _draft(self, name: str, dose: Dose, entry: Entry, kind: str, remark: str | None,
               match: Match | None = None) -> Draft:
        match = match or self.matcher.find(name)
        if remark and len(remark.split()) <= 3 and len(remark) <= 30:
            qualified = self.matcher.find(f"{remark} {name}")  # "Dumbbell row (single arm)": a one-arm row
            if qualified.entry is not None and qualified.entry is not match.entry:
                match, name, remark = qualified, f"{remark} {name}", None
        bare = unqualified(name) if match.entry is None else None
        known = self.matcher.find(bare[0]) if bare is not None and is_name_like(bare[0]) else None
        if bare is not None and known is not None and (known.entry is not None or not _PACE_WORD.match(bare[1])):
            # "10 bodyweight good mornings": the move is "Good mornings", done with the body's weight; "Easy jog around
            # the rotunda", an easy pace before no move the library knows, keeps the page's words
            name, remark = bare[0][:1].upper() + bare[0][1:], "; ".join(r for r in (bare[1], remark) if r)
            match = known
        shown = match.name if match.how else sentence_case(name)
        return Draft(shown[:1].upper() + shown[1:], match, dose, entry_position(entry), kind, remark)

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
        if dose.repeat is not None and dose.round_rest is not None and dose.rounds is None and dose.sets is None \
                and dose.reps is None:
            # "Go through all six, then take 2 minutes' rest. Do it 3 times in total.": a rest after the round, so
            # the times are rounds of the circuit
            dose = dose.repeats_as_rounds()
        if dose.each_hold is not None and dose.repeat is not None and dose.sets is None:
            # "Hold each stretch for 20 seconds and repeat twice": every move's sets
            dose.sets = Dose(hold=dose.each_hold, repeat=dose.repeat, repeat_more=dose.repeat_more).settle().sets
            dose.repeat = None
        block.dose = block.dose.merged(dose)
        block.each_part = block.each_part or _EACH_PART.search(entry.text[:3000]) is not None
        if block.dose_position is None:
            block.dose_position = entry_position(entry)

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
        for sentence in (s.strip() for s in SENTENCE.split(text)):
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


_PACE_WORD = re.compile(r"^(?:easy|brisk|light|gentle|slow|controlled)$", re.IGNORECASE)
"""The pace a move is done at, written before its name: stripped only to find a library move ("easy walking")."""


def plain_key(name: str) -> str:
    """A name as a key that "side planks" and "Side plank" share."""
    return re.sub(r"(?<=[a-z])s\b", "", " ".join(name.lower().split()))


def rounds_as_reps(dose: Dose) -> Dose:
    """"Cat-cow: 10 slow rounds": rounds of one move are its reps."""
    if dose.rounds is not None and dose.reps is None and dose.hold is None:
        dose = replace(dose, reps=count_range(dose.rounds), rounds=None)
    return dose


_STARTS_WITH = re.compile(rf"^(?:(?:I|we|you)\s(?:always\s|usually\s)?)?{OPENS_WITH}\s", re.IGNORECASE)
"""A paragraph that says what a part starts with ("I start with five minutes' brisk walking")."""
BYLINE = re.compile(r"[·|©]|@(?=[A-Za-z_])|\b(?:posted|updated|published|written) (?:by|on)\b|\bmin(?:ute)?s? read\b",
                    re.IGNORECASE)
"""Marks of a byline or a page's furniture ("Posted by …", "· 5 min read", "Home | Fitness | Health")."""


def is_noise(text: str) -> bool:
    """A line that is never a move ("Advertisement", "Music: …", "Read more: …"); not a paragraph that only
    starts like one ("Set a timer. Work for 40 seconds …")."""
    return (bool(NOISE.match(text)) and (len(text) <= 80 or not re.search(r"[.!?]\s+\S", text))) \
        or bool(_DATE_LINE.match(text)) or bool(STAMP.fullmatch(text)) or bool(_ADDRESS.match(text)) \
        or (bool(_COOKIES.search(text)) and bool(_CONSENT.search(text))) \
        or (len(text) <= 200 and bool(_BANNER.search(text))) or bool(_FORUM_LINE.match(text))


BY_AUTHOR = re.compile(r"^(?:[Bb]y|[Ww]ords by|[Ww]ritten by)\s[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,3}(?:,\s.{0,80})?$"
                        r"|^(?i:published|updated|last updated|posted|(?:medically\s)?reviewed by)\b.{0,100}$"
                        r"|^.{0,60}\b(?i:min(?:ute)?s? read)\b.{0,40}$")
"""A byline of a copied page ("By Carys Delahunt-Moore", "Published 21 August 2026 · 5 minute read"): the headline
stands above it."""


def page_furniture(text: str) -> bool:
    """A line of the page around the article: a nav bar ("Fitness | Health | Nutrition"), a category in capitals
    ("FITNESS"), a byline, an email's header, noise ("Advertisement", "View this email in your browser")."""
    return is_noise(text) or bool(BYLINE.search(text)) or bool(BY_AUTHOR.match(text)) \
        or text.count(" | ") >= 2 or text.count(" · ") >= 2 \
        or bool(re.match(r"^(?:from|to|cc|bcc|subject|date|sent|reply-to)\s?:", text, re.IGNORECASE)) \
        or (text.isupper() and len(text.split()) == 1)


_WAY = {"fwd": "forward", "bwd": "backward"}
"""A card's short words for the ways a move goes."""
_DATE_LINE = re.compile(rf"^\s?(?:#\d{{1,5}}|{DAY_MONTH}\s\d{{4}}|{MONTH}\s\d{{1,2}},?\s\d{{4}})\s?$",
                        re.IGNORECASE)
"""A forum post's date or number alone on its line ("11 Nov 2026", "#1"): never a count of a move."""
_ADDRESS = re.compile(r"^\d{1,4}[a-z]?\s(?:[A-Z][a-z'’]+\s){1,3}(?i:road|rd|street|st|parade|avenue|ave|lane|drive|way|"
                      r"close|crescent|place|square|terrace|court|boulevard|blvd|gardens)\b\.?(?:,.{0,80})?$")
"""A clinic's address on a printout ("22 Station Parade, Ashgrove"): never 22 of a move."""
_COOKIES = re.compile(r"\bcookies?\b|\bvalue your privacy\b|\bour (?:\d{1,4} )?partners\b", re.IGNORECASE)
_CONSENT = re.compile(r"\b(?:consent|accept|agree|privacy|partners|personali[sz]e[ds]?|analy[sz]e|browsing|"
                      r"this (?:web)?site|our (?:web)?site|your device|ads|advert(?:s|ising)|analytics|experience|"
                      r"choices?|cookie (?:policy|settings))\b", re.IGNORECASE)
"""A page's cookie banner ("We and our 214 partners store and/or access information on a device …", "This
website uses cookies to …"): saved with the page, never the article's introduction, advice or a move."""
_BANNER = re.compile(r"\b(?:learn|find out) more\W{0,3}$", re.IGNORECASE)
"""A site's alert over the page ("Visitor guidelines have changed. Learn more"): a banner, not the article."""
_FORUM_LINE = re.compile(
    r"^\s?\[\s?(?:quote|reply|report|like|multi-?quote|share)\s?\]"
    r"|^\s?(?:forum\s|senior\s|junior\s|new\s|full\s|registered\s|valued\s|active\s|site\s)?"
    r"(?:moderator|member|administrator|admin|user|guest|contributor)\s?$", re.IGNORECASE)
"""A forum post's buttons ("[ Quote ] [ Reply ] [ Report ]   Thanks x 312": 312 is no count of the move above) and
its author's rank under the name ("Forum Moderator", "Member"): never a move."""


def _is_advice(sentence: str) -> bool:
    """Safety or frequency advice: about pain, injury, form, rest days …, and said as advice."""
    return bool(_ADVICE_TOPIC.search(sentence)) and bool(_ADVICE_VOICE.search(sentence))


def is_step(entry: Entry) -> bool:
    """A list item that belongs to the move above it: a step of how to do it ("1. Lie on your back …") or a
    labelled part of its dose ("Sets: 3", "Reps: 15")."""
    if entry.kind is not Kind.ITEM:
        return False
    text = entry.text.rstrip()
    sentence = text.endswith((".", "!", ";")) and len(text.split()) >= 4
    return bool(DOSE_LABEL.match(text)) or (sentence and (bool(_INSTRUCTION.match(text)) or entry.ordered))


def is_paragraph(entry: Entry) -> bool:
    return len(entry.text) > 80 or (entry.text.rstrip().endswith((".", "!", ":")) and len(entry.text.split()) > 4)


def entry_position(entry: Entry) -> Position:
    return Position(max(1, entry.line), max(1, entry.column))


def short_title(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 80 else text[:79].rstrip() + "…"


def clip(text: str, width: int = 80) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
