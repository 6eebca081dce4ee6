"""Lines that name a move: a list item, a short line or a heading with its dose, a bold lead, a sentence.

Most of what an article says of its moves is said a move a line: "Dead Bug – 3 sets of 12 reps per
side", "**Pelvic clocks.** Lying on your back …", "Cat-cow x10, child's pose 30s, cobra x10", a
physiotherapist's "Start with 10 pelvic tilts, holding each for 5 seconds. Then …". This reader tells a
line naming a move from a title or a sentence about something else, splits the name from its dose,
and makes the move.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..durations import Range
from ..model import Per, count_most
from .drafts import COOL_DOWN_TITLE, WARM_UP_TITLE, Draft
from .names import (
    HALFWAY,
    MOVE_NOUN,
    PERSONAL,
    PURPOSE,
    SEQUENCE_LEAD,
    Split,
    is_name_like,
    sentence_case,
    split_entry,
    word_root,
)
from .phrases import (
    COUNT,
    COUNT_BEFORE,
    DOSE_LABEL,
    HOW_OFTEN_SAID,
    MANNER,
    Dose,
    Fact,
    Plain,
    dose_of,
    find_facts,
    halved_each,
    laps_walked,
    plain,
    read_cell,
    read_dose,
    read_line_dose,
)
from .sections import BARE_COUNT, LONE_ROUNDS, NOISE, OF_THIS, own_count, own_rounds
from .sections import INSTRUCTION as _INSTRUCTION
from .source import LEADERS, SECTION_NUMBER, Entry, Kind
from .structure import (
    ASIDE_AFTER,
    block_heading,
    meta_of,
    session_heading,
    topic_heading,
)
from .walk_state import (
    BLOCK_KINDS,
    BYLINE,
    CONNECTIVE,
    PARAGRAPH_LABEL,
    PROGRESSION,
    SENTENCE,
    SUBJECT,
    WORK_KINDS,
    WalkState,
    bare_dose_label,
    entry_position,
    is_paragraph,
    is_step,
    rounds_as_reps,
)

TITLE_WORDS = re.compile(r"\b(?:workouts?|plan|routines?|exercises|program(?:me)?|class|stretches|training)\b",
                         re.IGNORECASE)
_THEN_MORE = re.compile(r",?\s(?:and\s)?then\s(?=complete|do|go|work|move|start|begin|carry|follow)", re.IGNORECASE)
"""Where a part's lead sentence goes on to the next thing ("…, then complete the following")."""
_COUNT_FIRST = re.compile(rf"^\s?{COUNT}\s(?:slow\s)?"
                          r"(?:rounds?|breaths?|times|reps?|x\b|sets?|lifts|each\b)", re.IGNORECASE)
"""A sub-point that opens with how many ("5 breaths", "3 times w/ breath", "5 lifts, hold 3 breaths at top")."""
_SETS_FIRST = re.compile(rf"{COUNT}\s(?:sets?|rounds?)\sof\b", re.IGNORECASE)
"""A count of sets right after "Start with": the dose to begin with, not the first move of a warm-up."""
_PART_LEAD = re.compile(
    r"^(?:(?:first|then|next|finally|lastly|and|after that)\W+)?(?:(?:i|we|you)\s)?(?:always\s|usually\s)?"
    r"(warm[\s-]?up|cool[\s-]?down|finish|end|start|begin)s?\s"
    r"(?:(?:with|by(?:\sdoing)?)\s|(?=\d{1,2}\s?(?:mins?|minutes?|secs?|seconds?)\s(?:on|of)\s))"
    r"(?:an?\s(?!(?:minute|min|second|sec)\b)|the\s|some\s)?"
    r"(?:gentle\s|easy\s|slow\s|short\s|light\s)*",
    re.IGNORECASE,
)
_DO = re.compile(r"^(?:do|perform|try|complete|add|aim for|go for|hold)\s(?=\d|an?\s|the\s|some\s)", re.IGNORECASE)
"""The verb before a dose in a sentence ("Then do 2 sets of 12 glute bridges")."""
_COUNT_THEN_HOW = re.compile(rf"^((?:\d{{1,3}}|{COUNT})(?:\s[a-z]+){{0,3}})\.\s+([A-Z\"“‘'][^.!?]{{3,}}[.!?].*)$",
                             re.DOTALL | re.IGNORECASE)
"""A count, a full stop and how to do the move ("10. Lie on your back, knees bent. …", "10 backwards. Big, slow
circles.", "Glute bridges — fifteen. Squeeze at the top."): the reps, then the words."""
_A_MOVE = re.compile(r"^(?:a|an|some)\s(?=[a-z])", re.IGNORECASE)
"""An article before a listed move's name ("A gentle walk along the towpath")."""
_THEN_THE = re.compile(r"\b(?:and\s)?then\s(?:the\s|a\s|some\s)?$")
_HOW_THEN_COUNT = re.compile(r"^(?P<how>[^.!?]{3,300}[.!])\s+"
                             rf"(?P<count>{COUNT}(?:\s(?:each|a|per)\s(?:side|way|leg|arm))?)"
                             r"(?:,\s?[a-z]+)?\.?\s*$", re.IGNORECASE)
"""How to do the move, then its count as a sentence of its own ("up to the ears, drop. Ten.", "look up, lean back a
little. Five, slowly."): the count is its reps."""
_COUNT_FIRST_THEN = re.compile(r"^\s?(\d{1,3}(?:\s?-\s?\d{1,3})?)\s?,\s(?=\D|\d\stimes\b)")
"""A bare count before the rest of a move's dose ("Bridging - 10, hold for 3 seconds at the top", "Pelvic tilts …: 8-10,
holding each for about five seconds"): its reps; before a count of times ("Calf raises …: 15, twice"), the reps of
each of those sets."""
_CLOSING_COUNT = re.compile(r"[.!]\s(\d{1,3}(?:\s?(?:-|to)\s?\d{1,3})?)\.?\s*$")
"""A count as the last sentence of a move's line, after how to do it and its hold ("…, hold for three, relax. Ten to
fifteen."): its reps."""
_TWO_MOVES = re.compile(r"^([A-Za-z][\w'’ -]{2,40}?)\s(?:and|&)\s([A-Za-z][\w'’ -]{2,40})$")
"""Two moves named together before their one dose ("Hip flexor stretch and hamstring stretch, 30 seconds each leg")."""
_END_COUNT = re.compile(r"(?<![\d.])(\d{1,3}(?:\s?[-–]\s?\d{1,3})?)\s?$")
"""A bare count or range at a line's very end ("5 - 10"), not the tail of a longer number or a decimal: what a
printed sheet writes after a move's dot leaders."""


def _led_count(text: str) -> tuple[str, str] | None:
    """A bare count after a printed line's dot leaders, at the line's end ("… if you need them ....... 5 - 10"): the
    count, and the words before the leaders. (The leaders are looked for at the end only: a search for them in the
    text would try every dot of a long run.)"""
    count = _END_COUNT.search(text[-40:])
    if count is None:
        return None
    before = text[:len(text) - 40 + count.start() if len(text) > 40 else count.start()].rstrip()
    words = before.rstrip(".… ")
    leaders = before[len(words):]
    return (count.group(1), words.strip()) if leaders.count(".") >= 4 or leaders.count("…") >= 2 else None
_NAME_THEN_TEXT = re.compile(r"^(?:(?i:exercise|step|move|stretch)\s\d{1,2}\s?[:.)–—-]\s)?"
                             r"(?:[A-Z][^.!?:()\n]{1,50}?(?:\s?\([^().!?\n]{1,60}\))?(?:\.|:|\s[-–—])"
                             r"|[A-Z][^.!?:()\n]{1,50}?\s[-–—]\s\d[^.!?:()\n]{0,40}\.)\s+(?:(?=[A-Z])|(?<=:\s)(?=[a-z]))")
"""A short name (with another name in brackets: 'Four-point kneeling arm and leg reach ("bird dog").', after a
book's "Exercise 2: "), then a full stop, colon or dash, then the sentence that says how to do it; or the name, a
dash and its dose ("Four point arm and leg reach - 5 each side, taking turns. On hands and knees, …"). After a colon
the description may start in small letters ("Standing hip hinge: hands on the worktop, …")."""
_LEAD_LABEL = re.compile(
    r"^(?:cues?|progressions?|regress(?:ions?)?|variations?|modifications?|benefits?|muscles(?:\sworked)?|targets?|"
    r"focus|common mistakes?|mistakes?|form(?:\stips?)?|equipment|sets|reps|rest|dose|frequency|tempo|goal|aim|"
    r"tips?|notes?|warning|caution|important|remember|key points?|why|how|what|when|easier|harder|"
    r"make it (?:easier|harder)|level|step \d+|day \d+|week \d+|option \d*|bonus|pro tip|"
    r"(?:the\s|ground\s|golden\s|[a-z]{2,12}['’]s\s(?:golden\s)?)?rules?|"
    r"tl;?\s?dr|edit(?:ed)?(?:\s?\d{1,2})?|update(?:d)?(?:\s?\d{1,2})?|p\.?s|format|timings?|structure|partners?|"
    r"description|labels?|due|checklist|comments?|attachments?)\b",
    re.IGNORECASE,
)
"""Bold labels of a paragraph that are not a move's name ("**Cue:**", "**Make it harder:**", a post's "**EDIT 2:**"
and "**TL;DR:**", a task board's card's "**Description:**")."""
_COUNTED_ROUNDS = re.compile(r"\d{1,3}\s(?:[a-z]+\s)?rounds?\b")
"""A count of a move's own rounds, said in its item ("… then let it dip gently. 8 slow rounds.")."""
_PACED_ROUNDS = re.compile(r"\b\d{1,3}(?:\s?(?:-|to)\s?\d{1,3})?\s(?:[a-z]+\s)?rounds?,?\s(?:moving|flowing|with the|"
                           r"in time|(?:one|1) breath)\b", re.IGNORECASE)
"""A move's rounds paced by the breath ("Cat-cow — 10 rounds, moving with the breath", "8 rounds, one breath per
movement"): its reps, said first in its dose (matched at its start) or inside its paragraph (searched for), never
its block's rounds."""
_NAME_COUNT = re.compile(r"(?P<name>[A-Za-z][A-Za-z'’ -]{2,40}?)(?:\s[x×])?\s(?P<n>\d{1,3}(?:\s?[-–]\s?\d{1,3})?)"
                         r"(?=\s?,|\s{1,3}\([^()]{1,80}\)$|$)")
"""A name then a bare count and a comma, a remark in brackets or the end ("clams 15", "pelvic tilts 12, hold 3s at
top", "KB deadlift  12   (16kg, 24kg if u know what ur doing)")."""
_LIST_SPLIT = re.compile(r"\s?[,;]\s(?:(?:and|then)\s)?|\s(?:and|then)\s(?=[A-Za-z]|\d{1,3}\s?(?:x\s?)?[A-Za-z])"
                         r"|\s\+\s(?=[A-Za-z])")
"""Where a sentence's list of moves breaks: commas, "and", "then", a text's " + " ("child's pose 30 sec + knee hugs
30 sec")."""
_INTRODUCES_CLASS = re.compile(r"\b(?:(?:a|the|this|our|your|short|simple|quick)\s(?:\w+\s)?(?:routine|programme|"
                               r"program|workout)|(?:these|the following|the)\s(?:\w+\s)?(?:exercises|moves|stretches)"
                               r"\s(?:below|are|will))\b", re.IGNORECASE)
"""A paragraph that introduces a class ("has put together a short routine for us", "the exercises below"): no one
move's description."""
_WHERE_WORDS = frozenset(("in", "on", "at", "by", "with", "from", "against", "using", "off", "onto", "over",
                          "under", "beside", "near", "holding"))
"""Words after a move's name that start where or with what it is done ("… on the mat by the shelves")."""
_SEQUENCE_WORD = re.compile(rf"^{SEQUENCE_LEAD}", re.IGNORECASE)
"""Where in the class a sentence comes ("First, get the blood moving: …")."""
_FIRST_WORD = re.compile(r"^first(?:ly)?,?\s", re.IGNORECASE)
_SAID_TITLE = re.compile(r"^[^.!?:()]{2,60}?\.\s+[A-Z]")
"""A paragraph that opens with a short sentence, a move's name ("Then bridges. Two sets of fifteen …")."""
_IMPERATIVE_LEAD = re.compile(r"^(?:do|try|perform|practi[cs]e|add|include|relax|rest|pull|stretch|hug|get|finish|"
                              r"start|begin)\b", re.IGNORECASE)
_WITH_MOVE = re.compile(r"\swith\s(?:an?\s|the\s|some\s)?"
                        r"(?:\d{1,2}(?:\s?(?:-|to)\s?\d{1,2})?\s(?:minutes?|mins?|seconds?)\sof\s)?"
                        r"(?P<name>[A-Za-z][\w'’ -]{2,40}?)\s?[.!]?$", re.IGNORECASE)
"""A how-to step that ends with the move it is done with ("Loosen up your spine with pelvic tilts.", "Finish the
strength section with wall sits.", "Get your blood flowing with 5 to 10 minutes of light cardio.")."""
_LEAD_MOVE = re.compile(
    r"^(?:do|try|perform|practi[cs]e|add|include|relax in(?:to)?|rest in|sink into|get into|move into|"
    r"stretch with|(?:finish|end|start|begin) with|"
    r"hold(?!\s(?:for|it|this|that|each|your|the\s(?:position|pose|stretch))\b))\s"
    r"(?:an?\s|the\s|some\s|a few\s)?(?P<name>[\w'’ -]{3,50}?)"
    r"(?:\s(?:to|for|with|over|on|in|against|using|while|from|at|so|if)\b.*)?$",
    re.IGNORECASE)
"""A how-to page's lead sentence: "Do pelvic tilts to work …", "Try the superman for …", "Relax in child's pose",
"Hold a side plank to strengthen …", "Stretch with a cat pose"."""
_STRETCH_YOUR = re.compile(r"^stretch\s(?:out\s)?(?:your|the)\s(?P<part>[\w'’ -]{3,30})$", re.IGNORECASE)
_MINUTE_LABEL = re.compile(r"^(?:(?:odd|even)\s(?:minutes?|mins?)(?:\s?\([\d,\s&and]{1,30}\))?"
                           r"|(?:minutes?|mins?)\s?\d{1,2}(?:\s?[-–]\s?\d{1,2})?)"
                           r"\s?[:.)\-–—]", re.IGNORECASE)


_OPTION = re.compile(r"\s(?:or|if|unless|\()\s?")
"""Where a long name turns into another option or a condition ("brisk walk or on the exercise bike if …")."""
_EACH_STATION = re.compile(r"^(?:work(?:ing)?\s|exercise\s)?(?:at|on|for)\s(?:each|every)\s(?:station|exercise|move)\b",
                           re.IGNORECASE)
"""A circuit's work said of its stations ("40 seconds WORK at each station"): the part's dose, no move."""
_ANSWER = re.compile(r"(?:yep|yup|yes|yeah|exactly|ok|okay|sure|nope|no|correct|right|perfect|spot on)[\s,.!]*",
                     re.IGNORECASE)
"""A chat's answer, where a name would stand ("yep 12 reps, then rest 60s", "Exactly. 30s left hand, swap …")."""
_CHATTY = re.compile(r"^(?:ha(?:ha)*|lol|oh|ah|hey|hi|thanks|thank you|sorry|yes|yep|yeah|ok|okay)\b[\s,.!]",
                     re.IGNORECASE)
"""A chat message that opens with an interjection ("Ha yes that's the one. And a minute between …", "Oh and the
bridges, rest 30 secs"): talk about the moves, never a move's name."""
_DOSE_FIRST = re.compile(r"^(?:\d{1,2}\s?(?:x|×|sets?\sof)\s?\d{1,3}|\d{1,3}\s?(?:reps?|times|s\b|secs?|seconds|″))",
                         re.IGNORECASE)
"""A dose that opens what follows a move's name ("2x10, 45″ rest between sets", "10 reps, slowly")."""
_DOSE_ONLY = re.compile(r"\d{1,3}\s?(?:s|sec|secs|seconds|min|mins|minutes|reps?|x)\b"
                        r"(?:\s?(?:each|per)\s(?:side|leg|arm))?", re.IGNORECASE)
"""A time or a count alone ("30s", "10 reps", "45 sec each side")."""
_MANNER = {*MANNER, "slowly", "gently", "more"}
"""Words left out when a dose line names the move above by its motion ("5 slow, deep breaths")."""


_PAIRED = re.compile(r"\bsupersets?\b|\bgiant\sset|\b\d{1,2}[A-F]\b|\b[A-F][1-9]\b")
"""Rounds said of a superset's pair ("5A and 5B", "A1/A2"), not of the whole class."""


_MANNER_CLAUSE = re.compile(r"(?:swinging|keeping|breathing|moving|holding|pumping|using|taking|staying|going)"
                            r"(?:\s[a-z'’]+){0,4}", re.IGNORECASE)
"""A clause that says how the move before is done ("swinging your arms", "keeping it slow"), no move of its own."""


def list_parts(text: str) -> list[str]:
    """The moves of a sentence that lists them ("child's pose for 60 seconds and a knee-to-chest stretch, 30
    seconds per leg"): split at commas and "and", a piece that is only a dose kept with the move before it."""
    parts: list[str] = []
    for piece in _LIST_SPLIT.split(text):
        piece = re.sub(r"^(?:an?|the|some)\s(?=\S)(?!(?:minute|min|second|sec|hour)\b)", "",
                       piece.strip(" ."), flags=re.IGNORECASE)  # "a minute in child's pose" keeps its minute
        if not piece:
            continue
        if parts and ((piece[:1].isdigit() and not split_entry(piece).name) or _MANNER_CLAUSE.fullmatch(piece)):
            parts[-1] = f"{parts[-1]}, {piece}"  # "… for 1 minute, swinging your arms": how, not a move
        else:
            parts.append(piece)
    return parts


_NUMBERED_LEAD = re.compile(r"^\s?(?:exercise|move|stretch)\s?\d{1,2}\s?[.:)]", re.IGNORECASE)
"""A paragraph led by its number among the moves ("Exercise 9. Stretching of the piriformis. Lied face up …"): a
move, though its name starts like a part of the class ("Stretching")."""


_MOTION_LEAD = re.compile(r"^(?:press|pull|push|bend|lift|raise|roll|bring|hug|tilt|arch|rotate|twist|reach|slide|"
                          r"squeeze|tuck|curl|rock|swing|draw|drop|lower)\s(?!.*[,;:])", re.IGNORECASE)
"""A step's bold lead that says the motion ("Press up with your arms", "Pull your knees to your chest while lying
down"), one clause."""


def _dose_only(text: str) -> bool:
    """A line that is only a dose ("45 sec", "2 sets · 8 reps each side · rest 45 sec"): no name before it."""
    split = split_entry(text)
    return len(text) <= 80 and read_line_dose(text).has_work and not is_name_like(split.name)


_DIRECTION_TAIL = re.compile(r",\s((?:forwards?|backwards?|front|back|side|left|right|up|down|clockwise|"
                             r"anti-?clockwise|one\sway)\s(?:then|and|to)\s[a-z -]{2,30})$", re.IGNORECASE)
"""The ways a move goes, after a comma ("Arm circles, forwards then backwards"): a remark, not the name's."""
_COUNTED_LINE = re.compile(r"^[A-Za-z][\w'’&/ -]{2,40}\sx\s?\d{1,3}$")
"""A line of a name and its count, nothing else ("Top leg lift & lower x 10")."""
_AS_BEFORE = re.compile(r"^(?:no\schange|unchanged|as\sbefore|same\sas\s(?:before|last\s(?:time|week))"
                        r"|as\slast\s(?:time|week)|(?:keep|carry\son)\sas\s(?:is|before))\b", re.IGNORECASE)
"""A line's word that its move is done as before ("Pelvic tilts - no change")."""
_SAME_AGAIN = re.compile(r"^(?:(?:the\s|just\s)?same\s(?:again|as\s(?:above|the\s(?:last|previous)(?:\sone)?))"
                         r"|ditto|as\sabove)\b", re.IGNORECASE)
"""A line's words that its move is dosed as the move above it ("Side plank: same again, each side")."""
_THEN = re.compile(r"(?:,|\bthen|\band)\s(?:do\s)?$")
"""What goes before the count of the next move in a sentence ("…, then 10 hip circles"): a comma, "then" or "and"."""


class LineReading(WalkState):
    """Reads lines that name a move (see the module's description)."""

    def _in_turn(self, entry: Entry, lead: str) -> bool:
        """Whether a paragraph whose ``lead`` starts "First," / "Then" / "Next," can name its move: a class said a
        move a paragraph from its "First," ("First, pelvic tilts. Gently flatten …", then "Next, bridges. …"), never
        the writer's story ("Then bridges. Two sets of fifteen, … I'm up to three lots") nor a "Then bridges." after
        moves said in passing. The one place that decides it, so the readers of a named paragraph and of a line
        agree (a lead without a sequencing word always can)."""
        if not _SEQUENCE_WORD.match(lead):
            return True
        if entry.kind is Kind.TEXT and _FIRST_WORD.match(lead) and _SAID_TITLE.match(entry.text):
            self.said_in_turn = True
        return self.said_in_turn and not self.mentions and not PERSONAL.search(entry.text[:300])

    def _named_paragraph(self, entry: Entry) -> bool:
        """A paragraph that starts with its move's name set off in bold, or by a full stop, colon or dash before
        a long description ("**Pelvic clocks.** Lying on your back … Go round the clock five times."): the move,
        its description, and the dose the description gives."""
        text = entry.text
        lead = entry.lead
        if not lead and entry.kind in (Kind.TEXT, Kind.ITEM) and len(text) > 60:
            titled = _NAME_THEN_TEXT.match(text)  # a long paragraph (a wrapped handout) read as a bold one
            # a known move, or a numbered item's: "Knee rolls. In the same position, … Do 10 in all.", "1. Seated cat
            # and cow. Hands on your knees. … Go slowly, 6 times."
            known = titled is not None and (self.matcher.find(titled.group(0).rstrip(" .:–—-")).entry is not None
                                            or (entry.kind is Kind.ITEM and entry.ordered))
            colon = titled is not None and titled.group(0).rstrip().endswith(":") \
                and len(titled.group(0).split()) <= 4 and not re.search(r"['’]", titled.group(0)) \
                and not _IMPERATIVE_LEAD.match(titled.group(0)) and not _SEQUENCE_WORD.match(titled.group(0))
            # ("Standing hip hinge: hands on the worktop, …"; not "The cat stretch isn't held: on your hands and …",
            # "Finish with a gentle stretch: child's pose for 30 seconds, …")
            if titled is not None and text[titled.end():titled.end() + 1].islower() and not colon:
                titled = None  # a description in small letters follows only a name set off by its colon
            if titled is not None and (len(text) > 160 or known) and (_INSTRUCTION.match(text[titled.end():]) or (
                    (known or colon) and read_dose(text[titled.end():]).has_work)):
                lead = titled.group(0)
        if not lead or len(lead) >= len(text.rstrip(" .:")) or not text.startswith(lead):
            return False
        if not self._in_turn(entry, lead):
            return False
        split = split_entry(lead.strip().rstrip(".:–—-, ").strip())
        name, rest = split.name, text[len(lead):].strip(" .:–—-")
        if not is_name_like(name) or _IMPERATIVE_LEAD.match(name):
            name = self._lead_move(lead.strip().rstrip(".:–—-, !")) or name
        if entry.kind is Kind.ITEM and len(rest) <= 60:
            return False  # "**Cobra** — hold 3-5 breaths": a line of a list, read as one
        # a how-to page's step, its bold lead the motion ("**Press up with your arms.** Place your hands … Repeat 10
        # times."): the lead names the move, when the step gives its dose
        motion = not is_name_like(name) and bool(entry.lead) and len(name.split()) <= 9 \
            and _MOTION_LEAD.match(name) is not None
        if not rest or not (is_name_like(name) or motion) or _LEAD_LABEL.match(name) or NOISE.match(name) \
                or topic_heading(name) or (block_heading(name) and not _NUMBERED_LEAD.match(lead)) \
                or session_heading(name) or meta_of(text) is not None \
                or HOW_OFTEN_SAID.search(lead.strip()):
            return False  # "**Note:** …", "**Do:** 2 sets of 8", "**Warm-up** …", "Once or twice a week. …": no move
        rest_plain = plain(rest)
        facts = find_facts(rest_plain.text)
        word = re.escape(name.split()[-1].lower().rstrip("s")) if name.split() else "-"
        paced = _PACED_ROUNDS.search(rest_plain.text) is not None \
            or re.search(rf"\brounds?\sof\s(?:the\s|your\s)?(?:[\w-]+\s)?{word}", rest_plain.text.lower()) is not None \
            or (entry.kind is Kind.ITEM and any(_COUNTED_ROUNDS.match(rest_plain.text, f.start)
                                                for f in own_rounds(rest_plain.text, facts))
                and not any(f.kind in ("reps", "repeat", "hold", "sets", "breaths") for f in facts))
        # ("- Cat-cow – on all fours, … 8 slow rounds.": a list's move, its own count; the list's rounds are said of
        # the list, not inside one of its items)
        # ("… finish with 6 slow rounds of cat-cow": the move's reps)
        own = [f for f in facts if f.kind not in BLOCK_KINDS or (paced and f.kind == "rounds")]
        # "**Single leg stretch** … 2 sets of 10 (5 each leg)": ten in all, five a leg, as under a move's heading
        said = read_line_dose(split.dose_text) if split.dose_text else Dose()
        bare = BARE_COUNT.match(plain(split.dose_text).text) if split.dose_text and not said.has_work else None
        if bare is not None:
            said = read_cell(bare.group(1), "reps")  # "Pelvic tilts - 10. Lie on your back …": ten of them
        dose = said.merged(halved_each(dose_of(own), rest_plain.text))
        closing = _CLOSING_COUNT.search(rest_plain.text[:3000]) if dose.reps is None and dose.repeat is None else None
        if closing is not None:  # "**Pelvic tilts.** Knees bent, …, hold for three, relax. Ten to fifteen."
            dose = dose.merged(read_cell(closing.group(1), "reps"))
        of_this = [f for f in facts if f.kind == "rounds" and OF_THIS.match(rest_plain.text, f.end)]
        if of_this and dose.sets is None and dose.has_work:
            dose = replace(dose, sets=dose_of(of_this).rounds)  # "20 seconds per side, two rounds of that": its sets
        if not facts and not said.has_work and entry.kind is Kind.ITEM:
            # "**Arm swings** — stand tall and swing … **Fifteen** swings.", "**Squats** — … stand back up. **Ten.**":
            # the move's own count, at the end of how to do it
            counted = find_facts(own_count(f"{rest_plain.text}.", name))  # (its full stop was cut off above)
            dose = dose.merged(dose_of([f for f in counted if f.kind in ("reps", "repeat")]))
        if paced:
            dose = rounds_as_reps(dose)  # "**Cat–Cow** — … 8 rounds, one breath per movement": eight of it
        description = PARAGRAPH_LABEL.sub("", re.sub(r"^to do (?:it|this)\W+", "", rest, flags=re.IGNORECASE))
        if motion and not dose.has_work:
            return False
        if not (dose.has_work or _INSTRUCTION.match(description) or self._dosed_below(entry)):
            return False  # "**Pull-ups** are one of the best …": a paragraph about a move, read as such
        if self._next_move_counted(name, rest):
            return False  # "Marching on the spot for 1 minute, swinging your arms, then 10 hip circles each way.": two
            # moves in prose, each with its dose
        draft = self._draft(name, dose, entry, "line" if dose.has_work else "listed", split.remark)
        draft.description.append(rest)
        self._add(draft, entry)
        block_facts = [f for f in facts if f.kind in BLOCK_KINDS and not (paced and f.kind == "rounds")
                       and not (of_this and dose.sets is not None and f in of_this)
                       and not (f.kind == "rounds" and laps_walked(name, rest_plain.text, f.start, f.end))]
        if block_facts and self.block is not None:
            self._block_dose(dose_of(block_facts), entry)
        self.subject = None
        return True

    def _line_then_how(self, entry: Entry, following: Entry | None) -> bool:
        """A paragraph that opens a part, its first sentence a move's line, its name then its dose and nothing else
        ("Finisher:" over "Prone swimmers 2x10, 45″ rest between sets. Forehead on a towel, arms sweep …"): that line,
        then how to do the move."""
        block = self.block
        if block is None or block.drafts or block.strength != "strong":
            return False  # only the first line of a part ("Finisher:" over it): elsewhere, a paragraph of prose
        first = SENTENCE.split(entry.text[:400], maxsplit=1)[0].rstrip(" .")
        split = split_entry(first)
        if len(first) > 100 or not is_name_like(split.name) or not split.dose_text \
                or not _DOSE_FIRST.match(split.dose_text) or self.matcher.mentions(split.dose_text):
            return False
        head = replace(entry, text=first)
        head_plain = plain(first)
        head_facts = find_facts(head_plain.text)
        if not self._line(head, head_plain, head_facts, dose_of(head_facts), following):
            return False
        if self.last is not None:
            self.last.description.append(entry.text[len(first):].strip(" ."))
        return True

    def _next_move_counted(self, name: str, rest: str) -> bool:
        """Whether the first sentence after a move's name goes on to another move of the library, a count before it
        ("…, then 10 hip circles each way") or its dose after it ("and then standing back extension … — five
        times")."""
        first = SENTENCE.split(rest, maxsplit=1)[0][:300]
        own = self.matcher.find(name).entry
        lowered = first.lower().replace("’", "'")
        for _word, library_entry, written in self.matcher.mentions(first):
            at = lowered.find(written)
            before = plain(lowered[max(0, at - 30):at]).text if library_entry is not own and at > 0 else ""
            count = COUNT_BEFORE.search(before)
            if count is not None and _THEN.search(before[:count.start()]):
                return True
            if at > 0 and library_entry is not own and _THEN_THE.search(before) \
                    and read_dose(first[at + len(written):]).has_work:
                return True  # "…, fifteen to twenty seconds on each leg, and then standing back extension — five times"
        return False

    def _dosed_below(self, entry: Entry) -> bool:
        """Whether a bullet right under the paragraph gives only a dose ("**6. Dead bug** – arms up, knees over hips."
        over "- **2 x 8 per side**, alternating"): the paragraph names that move."""
        below = self.entries[self.index + 1] if self.index + 1 < len(self.entries) else None
        if below is None or below.kind is not Kind.ITEM or below.gap or entry.kind is not Kind.TEXT:
            return False
        return _dose_only(below.text)

    def _under_numbered_move(self, entry: Entry) -> bool:
        """Whether a bullet stands under the numbered item that named the move read last (its sub-points)."""
        last = self.last
        above = next((e for e in reversed(self.entries[max(0, self.index - 4):self.index]) if e.kind is not Kind.ITEM
                      or e.ordered), None)
        return last is not None and above is not None and above.kind is Kind.ITEM and above.ordered \
            and above.line == last.position.line

    def _says_how_of_last(self, entry: Entry, name: str) -> bool:
        """A line right under a list item that named a move and no dose, saying how to do it and how much ("2️⃣
        Bridges" over "Lift the hips, pause for 3 secs at the top, slowly down", "Bird dog" over "Opposite arm and
        leg, hold 5 secs"); a bullet of the dose under a paragraph that named the move ("**1. Cat-camel** – on all
        fours …" over "- **10 reps**", "- **10 switches** (5 each way)"); or a line under either ("3 x 10, rest 30
        secs between sets"): the move's description and dose, no move of its own."""
        last = self.last
        if entry.gap or last is None or self.index == 0 or entry.kind not in (Kind.TEXT, Kind.ITEM) \
                or LEADERS.search(entry.text):
            return False  # "Doorway chest stretch ...... 30 sec" under a move's description: a printed line of its own
        above = self.entries[self.index - 1]
        said_above = above.kind in (Kind.TEXT, Kind.ITEM) and bool(last.description) \
            and last.description[-1] == above.text and not entry.text.startswith("(")  # "(10/SIDE)": said of the line
        if entry.kind is Kind.ITEM:
            # "10. Apanasana (knees to chest)" over "- rock side to side, ~1 min": a sub-point of the numbered move
            sub = above.kind is Kind.ITEM and above.ordered and not entry.ordered and entry.column > above.column \
                and last.position.line == above.line
            named_above = (above.kind is Kind.TEXT and last.position.line == above.line) or sub
            own = {word_root(w) for w in re.findall(r"[a-z]+", last.name.lower())}
            step = bool(_INSTRUCTION.match(entry.text)) and (
                sub or (entry.ordered and above.kind is Kind.ITEM and above.ordered))
            # the next numbered step of how to do it ("3. Pause at the top for a second or two, then lower")
            return (named_above or said_above) and (step or not is_name_like(name) or all(
                word_root(w) in own for w in re.findall(r"[a-z]+", name.lower())))
        labelled = above.kind is Kind.TEXT and bare_dose_label(above.text) \
            and self.index >= 2 and self.entries[self.index - 2].line == last.position.line
        if above.kind is Kind.TEXT and (last.position.line == above.line or labelled) and not last.dose.has_work \
                and _dose_only(entry.text):
            if labelled:
                last.description.append(above.text)
            return True  # "Lower trunk rotation" over "45 sec"; "CHILD'S POSE" over "HOLD" over "1 MIN"
        named_above = above.kind is Kind.ITEM and last.position.line == above.line
        below = self.entries[self.index + 1] if self.index + 1 < len(self.entries) else None
        if named_above and not last.dose.has_work and is_name_like(name) and _COUNTED_LINE.match(entry.text) \
                and below is not None and not below.gap and _COUNTED_LINE.match(below.text):
            return False  # "f) Side-lying series" over "Top leg lift & lower   x 10", "Small kicks   x 8": its moves
        known = self._known_first(name) if (named_above or said_above) and not is_name_like(name) else None
        if known is not None and self.matcher.find(known.name).entry is not self.matcher.find(last.name).entry:
            return False  # "Hip hinge with a broom handle along your spine — ten slow ones." under the walk: a move
        return (named_above or said_above) and (
            not is_name_like(name) or _INSTRUCTION.match(entry.text) is not None
            or self.matcher.find(name).entry is None)

    def _motion_of_last(self, name: str) -> Draft | None:
        """The move above, when a dose line names it by its own motion ("March for 1 minute." under "Seated
        marching", "5 slow, deep breaths." under "Deep breathing") while it has no dose yet: the line is its dose."""
        last = self.section_draft if self.section is not None else self.last
        if last is None and self.block is not None and self.block.drafts:
            last = self.block.drafts[-1]  # a numbered move's section ends at the blank line before its dose
        if last is None or last.dose.has_work or name.lower() == last.name.lower():
            return None
        words = [w for w in re.findall(r"[a-z]+", name.lower()) if w not in _MANNER]
        own = {word_root(w) for w in re.findall(r"[a-z]+", last.name.lower())}
        return last if 0 < len(words) <= 2 and all(word_root(w) in own for w in words) else None

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
        ending = _WITH_MOVE.search(lead)
        if ending is not None and is_name_like(ending.group("name")):
            return ending.group("name")  # "Loosen up your spine with pelvic tilts.": what it is done with
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
        if len(text) > 600 or PERSONAL.search(text):
            return False
        sentences = [s.strip().rstrip(".!") for s in SENTENCE.split(text) if s.strip(" .!")]
        if len(sentences) < 2:
            return False
        lines: list[Entry] = []
        for sentence in sentences:
            part = CONNECTIVE.sub("", sentence)
            if part != sentence:
                part = re.sub(r"^the\s(?=[a-z])", "", part)  # "And the piriformis stretch (…), again 30 seconds a side"
            part = _DO.sub("", part)
            lead = _PART_LEAD.match(part)
            core = _DO.sub("", part[lead.end():] if lead else part)
            core_plain = plain(core)
            facts = find_facts(core_plain.text)
            split = split_entry(core, facts, core_plain)
            if not is_name_like(split.name) or not (split.leading_reps or any(f.kind in WORK_KINDS for f in facts)):
                return False
            lines.append(Entry(Kind.ITEM, part if lead else core, entry.line, entry.column))
        for line in lines:
            line_plain = plain(line.text)
            facts = find_facts(line_plain.text)
            self._line(line, line_plain, facts, dose_of(facts), None)
        return True

    def _inline_list(self, entry: Entry) -> bool:
        """"Cat-cow x10, child's pose 30s, cobra x10": moves and doses in one sentence, each read as a line."""
        parts = [CONNECTIVE.sub("", p.strip(" .")) for p in list_parts(entry.text)]
        if len(parts) < 2 or len(entry.text) > 600:
            return False
        lines: list[tuple[Entry, Plain, list[Fact]]] = []
        for part in parts:
            part_plain = plain(part)
            facts = find_facts(part_plain.text)
            split = split_entry(part, facts, part_plain)
            if not is_name_like(split.name) or not (split.leading_reps or any(f.kind in WORK_KINDS for f in facts)) \
                    or len(split.name.strip()) < 2:
                return False  # (a card's "3x8, R 60 s": the rest of the one move)
            lines.append((Entry(Kind.ITEM, part, entry.line, entry.column), part_plain, facts))
        for line, part_plain, facts in lines:
            self._line(line, part_plain, facts, dose_of(facts), None)
        return True

    def _line(self, entry: Entry, text_plain: Plain, facts: list[Fact], dose: Dose, following: Entry | None) -> bool:
        """An entry that names a move: with its dose, as a heading of its description, or as a bare name."""
        text = entry.text
        byline = BYLINE.search(text)
        if byline is not None and text[byline.start()] == "·" and (
                read_dose(text[:byline.start()]).has_work or (
                    text.count("·") == 1 and is_name_like(text[:byline.start()].strip())
                    and _DOSE_ONLY.fullmatch(text[byline.end():].strip()) is not None)):
            # "Dead bug — 3×6/side · rest 45″": a dot between a move's dose and its rest; an app's warm-up line
            # "Shoulder rolls · 30s": between a move and its time
            byline = None
        if byline is not None and text[byline.start()] == "|" and text.count("|") == 1 \
                and is_name_like(text[:byline.start()].strip()) and (
                    BARE_COUNT.match(plain(text[byline.end():]).text) or read_line_dose(text[byline.end():]).has_work):
            byline = None  # "Standing pelvic tilts  | 10": a sheet's two columns, the move and how much
        if entry.kind is Kind.TEXT and _SAID_TITLE.match(text) and not self._in_turn(entry, text):
            return False
        if entry.kind is Kind.TEXT and len(text) > 160 and not DOSE_LABEL.match(text) and byline is None:
            return self._line_then_how(entry, following)
        if DOSE_LABEL.match(text) or byline is not None:
            return False  # "Reps: 12, 3 sets." is the dose of the move above; "Posted by … · 6 min read"
        if text == self.title and entry.kind is not Kind.ITEM:
            return self._described_title(entry, following)  # the title is a move only when a description follows
        work = [f for f in facts if f.kind in WORK_KINDS]
        lead = _PART_LEAD.match(text) if work else None
        split = split_entry(_THEN_MORE.split(text[lead.end():], maxsplit=1)[0]) if lead is not None \
            else split_entry(text, facts, text_plain)  # "Warm up with … walking or skipping, then complete …"
        if lead is not None and (not is_name_like(split.name) or (
                lead.group(1).lower() in ("start", "begin") and _SETS_FIRST.match(text, lead.end()))):
            # "Start with 2 sets of 10 pelvic tilts and 2 sets of 10 bridges.": the dose to begin at, no warm-up
            lead, split = None, split_entry(text, facts, text_plain)
        if not split.leading_reps and not split.separated and entry.kind in (Kind.ITEM, Kind.TEXT):
            split = self._counted_name(text, split)
        name = split.name
        article = _A_MOVE.match(name) if split.separated and entry.kind is Kind.ITEM else None
        if article is not None and not is_name_like(name) and is_name_like(name[article.end():]):
            name = name[article.end():]  # "- A gentle walk along the towpath – 5 minutes": the walk, as a list names it
            name = name[:1].upper() + name[1:]
        if not work and split.separated and _LEAD_LABEL.fullmatch(name.rstrip(" :")) is not None:
            return False  # "Partner: count your partner's reps on round 1 …", "Cue: …": a label, no move
        if not work and not split.leading_reps and entry.kind in (Kind.ITEM, Kind.TEXT) and len(text) <= 160 \
                and self._part_said_bare(entry, following):
            return True
        same = _SAME_AGAIN.match(split.dose_text) if split.separated and self.last is not None else None
        if same is not None and self.last is not None and self.last.dose.has_work and is_name_like(name):
            # "Front plank: hold 20 to 40 seconds, twice" then "Side plank: same again, each side": the dose above,
            # and what the line adds to it
            said = read_line_dose(split.dose_text[same.end():]) if split.dose_text[same.end():].strip() else Dose()
            dose = replace(said.merged(self.last.dose), facts=said.facts)  # (the facts are where this line says them)
            self._add(self._draft(name, dose, entry, "line", split.remark), entry)
            return True
        if split.separated and is_name_like(name) and _AS_BEFORE.match(split.dose_text):
            # "Pelvic tilts - no change", "Walk - no change, and well done on the 20 mins!": the dose of an earlier
            # list (see :func:`.amendments.settle_as_before`)
            draft = self._draft(name, Dose(), entry, "line", split.remark)
            draft.as_before, draft.takes_description = True, False
            self._add(draft, entry)
            return True
        rounds_of_a_move = split.separated and bool(LONE_ROUNDS.fullmatch(plain(split.dose_text).text)
                                                    or _PACED_ROUNDS.match(split.dose_text.lstrip()))
        last = self.last
        if last is not None and entry.kind is Kind.ITEM and not entry.ordered and not last.dose.has_work \
                and _COUNT_FIRST.match(text) and self._under_numbered_move(entry):
            # "1. Marjaryasana / Bitilasana (cat / cow)" over "- 8 rounds, inhale cow, exhale cat": eight of the move;
            # "2. Balasana (child's pose)" over "- 5 breaths": its hold
            rounds_only = dose.reps is None and dose.sets is None and dose.rounds is not None
            last.description.append(text)
            last.dose = last.dose.merged(rounds_as_reps(replace(dose, hold=None, breaths=None)) if rounds_only
                                         else dose)
            return True
        if work or split.leading_reps or rounds_of_a_move:
            if last is not None and work and self._says_how_of_last(entry, name):
                last.description.append(text)
                last.dose = last.dose.merged(dose)
                if last.kind == "mentioned":  # the item named it bare, as a chat's "2️⃣ Bridges": now a line of it
                    self.mentions = [d for d in self.mentions if d is not last]
                    last.kind = "line"
                    self._ensure_block(entry).drafts.append(last)
                return True
            if entry.kind is Kind.TEXT and text.endswith((".", "!")) and len(text.split()) >= 6 \
                    and not split.separated and lead is None and self.matcher.find(name).entry is None:
                # a sentence ("Use a load that leaves two reps in reserve."), not a line of a workout, unless its
                # first sentence is one ("Prone swimmers 2x10, 45″ rest between sets. Forehead on a towel, …")
                return self._line_then_how(entry, following)
            line_dose = read_line_dose(split.dose_text) if split.dose_text else Dose()
            first_count = _COUNT_FIRST_THEN.match(plain(split.dose_text).text) if split.separated else None
            if first_count is not None and line_dose.reps is None and line_dose.sets is None \
                    and line_dose.repeat is None:
                line_dose.reps = read_cell(first_count.group(1), "reps").reps
            elif first_count is not None and line_dose.reps is None and line_dose.sets is None \
                    and line_dose.hold is None and line_dose.per is None \
                    and (times := read_line_dose(plain(split.dose_text).text[first_count.end():]).repeat) is not None \
                    and times.is_single:
                line_dose = replace(line_dose, reps=read_cell(first_count.group(1), "reps").reps, sets=times.low,
                                    repeat=None)  # "Calf raises …: 15, twice": two sets of fifteen
            closing = _CLOSING_COUNT.search(plain(split.dose_text).text) \
                if split.separated and line_dose.reps is None and line_dose.repeat is None else None
            if closing is not None:  # "Pelvic tilts. Knees bent, …, hold for three, relax. Ten to fifteen."
                line_dose.reps = read_cell(closing.group(1), "reps").reps
            if line_dose.rounds is not None and line_dose.reps is None and line_dose.hold is None:
                # "Cat-cow: 10 slow rounds" — rounds of one move are its reps
                line_dose.reps = Range(count_most(line_dose.rounds), count_most(line_dose.rounds)) \
                    if isinstance(line_dose.rounds, int) else line_dose.rounds
                line_dose.rounds = None
            if split.leading_reps and line_dose.reps is None:
                line_dose = line_dose.merged(read_cell(split.leading_reps, "reps"))
                # "10 Bird Dogs (5 each side, alternating)": ten in all, five a side (not five sets of ten)
                line_dose = halved_each(line_dose, plain(split.dose_text).text)
            remark = split.remark
            option = _OPTION.search(name) if not is_name_like(name) else None
            first_said = split.separated and bool(re.match(r"\s?\d", text))  # "5 minutes of easy spinning, or …"
            if option is not None and is_name_like(name[:option.start()].rstrip(" ,")) \
                    and (self.matcher.find(name[:option.start()]).entry is not None or first_said):
                # "5 min brisk walk or on the exercise bike if you've still got it": the move, the other a remark
                name, remark = name[:option.start()].rstrip(" ,"), name[option.start():].strip()
            purpose = _SEQUENCE_WORD.sub("", name)
            inner = self.matcher.mentions(split.dose_text[:200]) \
                if split.separated and _IMPERATIVE_LEAD.match(purpose) and self.matcher.find(name).entry is None \
                else []
            if inner and inner[0][0] == 0:
                # "First, get the blood moving: march on the spot for a couple of minutes": the move said after what
                # it is for
                name, remark = inner[0][1].name, "; ".join(r for r in (name, remark) if r)
            direction = _DIRECTION_TAIL.search(name) if not is_name_like(name) else None
            if direction is not None and is_name_like(name[:direction.start()]):
                # "Arm circles, forwards then backwards ...... 30 sec": the move, then which ways it goes
                name, remark = name[:direction.start()], "; ".join(r for r in (direction.group(1), remark) if r)
            known = self._known_first(name) if not is_name_like(name) else None
            if known is not None:
                # "Sit to stand from a dining chair without using your hands - 3 sets of 8": the move, where a remark
                name, remark = known.name, "; ".join(r for r in (known.remark, remark) if r)
            bold = entry.lead.strip() if entry.kind is Kind.ITEM and not entry.lead.rstrip().endswith(
                (".", "!", "?", ":")) else ""
            bold = "" if block_heading(bold) or _PART_LEAD.match(bold) else bold.strip(" –—-,")
            if len(bold) >= 4 and name.startswith(bold) and len(name) > len(bold) + 3 and is_name_like(bold) \
                    and self.matcher.find(name).entry is None:
                # "**Standing hip hinge** with hands on the rail — 10 slow reps": the words in bold name the move,
                # the rest says how
                name, remark = bold, "; ".join(r for r in (name[len(bold):].strip(" ,"), remark) if r)
            if (not is_name_like(name) and not (name[:1].isalpha() and self.matcher.find(name).entry is not None)) \
                    or NOISE.match(name) \
                    or not (line_dose.has_work or line_dose.rest) \
                    or _ANSWER.fullmatch(name) or _CHATTY.match(name) or _EACH_STATION.match(name) or (
                        split.separated and _LEAD_LABEL.fullmatch(name.rstrip(" :")) is not None):
                return False  # "Set a timer: 40 seconds work, 20 seconds rest." is said of the moves below; "Yep 12
                # reps, then rest 60s" answers a question
            above = self._motion_of_last(name) if entry.kind is Kind.TEXT else None
            if above is not None:
                above.dose = above.dose.merged(line_dose)  # "March for 1 minute." under "Seated marching"
                return True
            warm_up = lead is not None and lead.group(1).lower().startswith(("warm", "start", "begin"))
            if lead is not None:
                # "Cool down with a gentle child's pose for 1 minute": a part of the class and its move
                self._open_part(WARM_UP_TITLE if warm_up else COOL_DOWN_TITLE, entry_position(entry))
                rest = text[lead.end():].rstrip(" .")
                parts = [split_entry(p.strip()).name for p in list_parts(rest)]
                if len(parts) >= 2 and all(self.matcher.find(p).entry is not None for p in parts) \
                        and self._inline_list(replace(entry, text=rest)):
                    return True  # "Finish with a 2-minute child's pose and 5 cat-cows": both moves
            pair = _TWO_MOVES.match(name) if not remark else None
            if pair is not None and all(MOVE_NOUN.search(part) or self.matcher.find(part).entry is not None
                                        for part in pair.groups()):
                for part in pair.groups():  # "Hip flexor stretch and hamstring stretch, 30 seconds each leg": both
                    self._add(self._draft(part, replace(line_dose), entry, "line", None), entry)
                return True
            draft = self._draft(name, line_dose, entry, "line", remark)
            draft.minute = bool(_MINUTE_LABEL.match(text))
            draft.alternating = bool(re.search(r"\balternat", split.dose_text, re.IGNORECASE))
            if split.separated and len(split.dose_text) > 60:
                # "Knee to chest. Lie on your back … 3 times"; a printed line's leaders and what follows them are
                # its dose, no words of it
                draft.description.append(LEADERS.split(split.dose_text)[0].strip())
            draft.takes_description = entry.kind is not Kind.ITEM  # after a list comes the list's remark
            self._add(draft, entry)
            if warm_up and (following is None or following.kind is not entry.kind):
                self.block = None  # "Warm up with 5 minutes on the bike." and then a list: the list is the main part
            return True
        led = _led_count(split.dose_text) if split.separated and entry.kind is Kind.ITEM else None
        if led is not None and is_name_like(name):
            # "Chair stand (sit to stand) - hands on thighs, or use the chair arms if you need them ...... 5 - 10": the
            # count after the leaders is its reps, the words before them how to do it
            draft = self._draft(name, read_cell(led[0], "reps"), entry, "line", split.remark)
            draft.takes_description = False
            draft.description.append(led[1])
            self._add(draft, entry)
            return True
        told = _COUNT_THEN_HOW.match(split.dose_text) if split.separated else None
        if told is not None:  # "Pelvic tilts - 10. Lie on your back …": the count, then how to do it
            split = replace(split, dose_text=told.group(1))
        how = _HOW_THEN_COUNT.match(split.dose_text) if split.separated and told is None else None
        if how is not None and not read_line_dose(how.group("how")).has_work:
            # "Shoulder shrugs -- up to the ears, drop. Ten.": how to do it, then the count, a sentence of its own
            split = replace(split, dose_text=how.group("count"))
        else:
            how = None
        aside = ASIDE_AFTER.search(split.dose_text) if split.dose_text else None
        if aside is not None and BARE_COUNT.match(plain(split.dose_text[:aside.start()]).text):
            # "Squats -- twelve (sit back like there's a chair)": the count, then how in brackets (a remark)
            split = replace(split, dose_text=split.dose_text[:aside.start()],
                            remark="; ".join(r for r in (split.remark, sentence_case(aside.group(1))) if r))
        parts = [plain(p).text for p in split.dose_text.split(",")] if split.dose_text else []
        counts = [BARE_COUNT.match(p) for p in parts]
        count = counts[0] if counts and all(c is not None for c in counts) \
            and len({c.group(1) for c in counts if c is not None}) == 1 else None
        if count is None and (entry.kind is Kind.ITEM or split.separated) and len(counts) >= 2 \
                and counts[0] is not None \
                and not any(c is not None or re.search(r"\d", p) for c, p in zip(counts[1:], parts[1:], strict=True)):
            count, counts = counts[0], counts[:1]  # "Glute bridge -- twelve, squeezing your bum …", "Squats - 10, slow"
        known = self._known_first(name) if count is not None and split.separated and not is_name_like(name) else None
        if known is not None:
            # "Wall angels, with your heels, bottom and head against the wall: ten.": the move, then where
            name, split = known.name, replace(split, remark="; ".join(r for r in (known.remark, split.remark) if r))
        if count is not None and is_name_like(name) and entry.kind in (Kind.ITEM, Kind.TEXT):
            # "Calf raises: 15", "Shoulder rolls – 10 backwards": a bare number after the name is its reps;
            # "Arm circles — 10 forwards, 10 backwards": as many each way
            line_dose = read_cell(count.group(1), "reps")
            if len(counts) > 1 or re.search(r"\beach\s?\.?$", split.dose_text, re.IGNORECASE):  # "Bird dog: 8 each"
                line_dose.per = Per.SIDE
            draft = self._draft(name, line_dose, entry, "line", split.remark)
            draft.takes_description = False
            if told is not None:
                draft.description.append(entry.text[entry.text.find(told.group(2)):])
            if how is not None:
                draft.description.append(how.group("how"))
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
        # "Step-ups (low step) – change leading leg halfway" in a circuit's list: the move, and a cue that says no dose
        # "Side plank — swap side at the whistle halfway": a cue too, one interval shared by both sides (as in brackets)
        halfway = all(f.kind == "side" for f in listed_dose.facts) and bool(HALFWAY.search(split.dose_text))
        cue = split.separated and (not listed_dose.facts or halfway) and len(split.dose_text) <= 60 \
            and self._in_workout() \
            and not split.dose_text.endswith((".", "!", "?")) and entry.kind in (Kind.ITEM, Kind.TEXT) \
            and (not text.startswith(name) or self.matcher.find(name).entry is not None)  # a station's, a known move's
        if split.separated and split.dose_text and not listed_dose.facts and len(split.dose_text) <= 40 \
                and text.isupper() and is_name_like(split.dose_text) and following is not None \
                and ((following.kind is Kind.TEXT and is_paragraph(following)) or is_step(following)):
            # "STEP 6  FOUR-POINT KNEELING: ARM AND LEG LIFT" over how to do it: a sheet's name in capitals, in two
            # parts, no dose after its colon
            name = f"{name}: {split.dose_text}"
            split = Split(name, "")
        if split.separated and split.dose_text and not listed_dose.facts and len(split.dose_text) <= 30 \
                and split.dose_text[:1].islower() and re.search(r"\s[-–—]\s", text) is not None \
                and not PURPOSE.match(split.dose_text) \
                and not cue and is_name_like(text) and following is not None \
                and ((following.kind is Kind.TEXT and is_paragraph(following)) or is_step(following)):
            # "Pelvic floor exercises - slow squeezes" over how to do them: a dash inside the name, no dose after it
            split, name = Split(text.strip(), ""), text.strip()
        if not split.dose_text and not is_name_like(name) and entry.kind is Kind.ITEM and self._in_workout():
            named = self._named_first(entry, name)
            if named is not None:
                split = named  # "**Sit to stand** from a chair, arms crossed if you can": the move, then a remark
                name = split.name
        if not is_name_like(name) or topic_heading(text) or (split.dose_text and not side_only and not cue):
            return False
        if entry.kind is Kind.HEADING and SECTION_NUMBER.match(text) \
                and self.matcher.find(SECTION_NUMBER.sub("", name)).entry is None:
            return False  # "### 4.2 Endurance holds" over how they are done: a report's section, no move
        if text.endswith(".") and len(text.split()) >= 3:
            return False  # "Stretching improves range of motion." is a sentence
        past = self._described_past_caption() if entry.kind is Kind.HEADING and following is not None else None
        described = following is not None and (
            (following.kind is Kind.TEXT and is_paragraph(following)) or is_step(following) or past is not None)
        if described and text.rstrip().endswith(":") and following is not None \
                and self.matcher.find(split.name).entry is None and read_line_dose(following.text[:300]).has_work \
                and self.matcher.find(split_entry(following.text[:300]).name).entry is not None:
            return False  # "Standing at the worktop:" over "Sit-to-stand from a kitchen chair …: ten, …": where the
            # moves below are done, no move
        if described:
            assert following is not None
            match = self.matcher.find(split.name)
            instructive = self._instructive(self._paragraphs_after()) or (
                past is not None and (is_step(past) or bool(_INSTRUCTION.match(past.text))))
            if match.entry is not None or instructive:
                self._add(self._draft(split.name, Dose(per=listed_dose.per), entry, "listed", split.remark, match),
                          entry)
                return True
            if not self._in_workout():
                return False  # a heading of a paragraph about something else
        if (entry.kind is Kind.HEADING and not self._in_workout()) or text == self.title:
            return False  # the article's title, unless a description shows it names a move
        if entry.kind is Kind.HEADING and following is not None and following.kind is Kind.ROW \
                and self.matcher.find(split.name).entry is None:
            return False  # "### Weekly progression" over a table: the table's heading, not a move
        dosed_below = following is not None and following.kind is Kind.TEXT and not following.gap \
            and entry.kind in (Kind.TEXT, Kind.ITEM) and _dose_only(following.text) \
            and not bare_dose_label(text)  # an infographic's "HOLD" over "1 MIN": no move
        # an app's printout: "Lower trunk rotation" over "45 sec": a move, its dose on the line below
        kind = "listed" if self._in_workout() or dosed_below else "mentioned"
        match = self.matcher.find(split.name)
        if kind == "mentioned" and match.entry is None:
            return False
        if kind == "mentioned" and entry.kind is Kind.TEXT and not self._neighbour_is_name(following):
            return False
        draft = self._draft(split.name, Dose(per=None if halfway else listed_dose.per), entry, kind, split.remark,
                            match)
        draft.takes_description = False
        draft.alternating = bool(re.search(r"\balternat", split.dose_text, re.IGNORECASE))
        if cue or side_only:
            draft.description.append(split.dose_text)  # "change leading leg halfway", "swap sides each rep": the
            # interval shared by both sides
        self._add(draft, entry)
        return True

    def _described_past_caption(self) -> Entry | None:
        """The how-to of a heading that comes after a picture's caption or a line about the move ("## Step 3:
        Press-ups" over "Hips stay down. The goal is to bend your back.", "This is the heart of the program.", then
        "1. Lie face down …"): after short lines with no dose, the paragraph or the first step; else ``None``."""
        for ahead in self.entries[self.index + 1:self.index + 4]:
            if ahead.kind is Kind.TEXT and len(ahead.text) <= 100 and not _INSTRUCTION.match(ahead.text) \
                    and not read_dose(ahead.text).has_work:
                continue  # the caption, a line about the move
            if (ahead.kind is Kind.TEXT and is_paragraph(ahead)) or is_step(ahead):
                return ahead
            return None
        return None

    def _named_first(self, entry: Entry, name: str) -> Split | None:
        """A station's item that names its move first and goes on about where or how, too long for a name: the
        move in bold ("**Sit to stand** from a chair, arms crossed if you can"), or a library move's name
        ("Bird dog on a mat, or standing and leaning on a chair back"); the rest is the move's remark."""
        lead = entry.lead.strip()
        if lead and name.startswith(lead) and len(lead) < len(name) and is_name_like(lead):
            return Split(lead, "", name[len(lead):].strip(" ,;:–—-") or None)
        return self._known_first(name)

    def _known_first(self, name: str) -> Split | None:
        """A library move's name that a longer name starts with ("Bird dog on a mat, or standing …", "Sit to stand
        from a dining chair without using your hands"): the move, and the words after it its remark; else the name
        cut where it starts saying where the move is done."""
        known = self.matcher.find(name).entry if len(name.split()) <= 20 else None
        if known is not None and name[:len(known.name)].lower() == known.name.lower() \
                and name[len(known.name):len(known.name) + 1] in (" ", ","):
            return Split(name[:len(known.name)], "", name[len(known.name):].strip(" ,;:–—-") or None)
        return self._cut_where(name)

    def _cut_where(self, name: str) -> Split | None:
        """A move's own name and where or how it is done, too long for a name ("Kneeling hip flexor stretch on the
        mat by the shelves", "Wall angels, with your heels … against the wall"): cut at the first word that starts
        the where (or after a comma) that leaves a name the library knows or one that ends in a move's noun."""
        words = name.split()
        cuts = [at for at in range(2, min(len(words), 8))
                if words[at].lower() in _WHERE_WORDS or words[at - 1].endswith(",")]
        for at in cuts:
            # "Kneeling hip flexor stretch on the mat by the shelves": the move as the article names it, then where
            head = " ".join(words[:at]).rstrip(",")
            if is_name_like(head) and (self.matcher.find(head).entry is not None or MOVE_NOUN.search(head)):
                # ("Doorway chest stretch in the kiln-room doorway, …": a move's own name, stretch and all)
                return Split(head, "", " ".join(words[at:]))
        return None

    @staticmethod
    def warm_up_then_more(entry: Entry) -> tuple[Entry, Entry] | None:
        """A paragraph that opens with its warm-up ("Warm up with five minutes of easy spinning or a brisk walk.")
        and goes on about the circuit ("Then do the first six exercises as a circuit … three rounds"): the
        warm-up's sentence, read as the line it is, and the rest, read as the paragraph it is."""
        lead = _PART_LEAD.match(entry.text)
        if entry.kind is not Kind.TEXT or len(entry.text) <= 160 or lead is None:
            return None
        sentences = SENTENCE.split(entry.text, maxsplit=1)
        if len(sentences) < 2 or not lead.group(1).lower().startswith("warm") \
                or not read_dose(sentences[0]).has_work or not read_dose(sentences[1]).rounds \
                or _PAIRED.search(sentences[1]):
            return None  # ("Moves 5A and 5B are a superset: … repeat for three rounds": the pair's, not the class's)
        return replace(entry, text=sentences[0]), replace(entry, text=sentences[1])

    def _part_said_bare(self, entry: Entry, following: Entry | None) -> bool:
        """"Warm up by walking around your home for a few minutes": a part of the class and its library move, its
        time not said (the routine guesses it, marked). Only a move the library knows: "Finish with a cup of tea"."""
        part = _PART_LEAD.match(entry.text)
        if part is None:
            return False
        said = re.sub(r"\s(?:for\s)?(?:a\sfew|a\scouple\sof|several|some|a\sfew\smore)\s(?:minutes?|mins?)$", "",
                      entry.text[part.end():].rstrip(" ."), flags=re.IGNORECASE)  # a time said without a number
        named = split_entry(said).name
        if len(named.split()) > 6 or self.matcher.find(named).entry is None:
            return False  # ("walking around your home" is the library's walking, where it is done a note)
        warm_up = part.group(1).lower().startswith(("warm", "start", "begin"))
        self._open_part(WARM_UP_TITLE if warm_up else COOL_DOWN_TITLE, entry_position(entry))
        draft = self._draft(named, Dose(), entry, "line", None)
        draft.takes_description = False
        self._add(draft, entry)
        if warm_up and (following is None or following.kind is not entry.kind):
            self.block = None  # the list after the warm-up is the main part
        return True

    def _counted_name(self, text: str, split: Split) -> Split:
        """A library move's name then a bare count, in a note's shorthand ("clams 15", "pelvic tilts 12, hold 3s
        at top"): the count is its reps. Only a library move's name, so that "Week 3" or "Day 12" stay what they
        are."""
        counted = _NAME_COUNT.match(text.strip())
        if counted is None or self.matcher.find(counted.group("name")).entry is None:
            return split
        after = text.strip()[counted.end():].strip(" ,")
        if after.startswith("(") and not read_line_dose(after).facts:
            after = ""  # "KB deadlift  12   (16kg, …)": the count, and a remark (a dose in brackets is the dose's)
        return Split(counted.group("name"), after, split.remark, counted.group("n"))

    def _described_title(self, entry: Entry, following: Entry | None) -> bool:
        """An article whose title is the move it describes ("Knee to chest stretch", then how to do it)."""
        split = split_entry(entry.text)
        paragraphs = self._paragraphs_after()
        if split.dose_text or not is_name_like(split.name) or not paragraphs or TITLE_WORDS.search(split.name):
            return False
        if not _INSTRUCTION.match(PARAGRAPH_LABEL.sub("", paragraphs[0].text)):
            return False
        self._add(self._draft(split.name, Dose(), entry, "listed", split.remark), entry)
        return True

    @staticmethod
    def _instructive(paragraphs: list[Entry]) -> bool:
        """Whether the paragraphs after a name describe a move: they start with the body's position or a
        movement, or give a dose; a labelled paragraph ("How to do it: …") may leave the dose to the next."""
        if not paragraphs or PERSONAL.search(paragraphs[0].text) or PROGRESSION.match(paragraphs[0].text):
            return False
        first = paragraphs[0].text
        if _INSTRUCTION.match(PARAGRAPH_LABEL.sub("", first)):
            return True
        if _INTRODUCES_CLASS.search(first[:600]):
            return False  # "Ines … has put together a short routine for us. … stay there for an hour": the class's
            # introduction under the page's heading, no move's description
        # a dose anywhere in the move's own paragraphs ("Prop yourself on one elbow …" then "Do: 3 holds of 15
        # seconds on each side."): how to do it may start with any verb, the dose is what tells a move
        for paragraph in paragraphs:
            if SUBJECT.match(paragraph.text) or PERSONAL.search(paragraph.text) \
                    or PROGRESSION.match(paragraph.text):
                return False  # "Pull-ups are one of the best …": a paragraph about a move of its own
            facts = find_facts(plain(paragraph.text).text)
            if any(f.kind in ("rounds", "round_rest") for f in facts):
                return False  # "30 seconds on, 15 off, 3 rounds:": how to run a circuit, not one move
            if any(f.kind in WORK_KINDS for f in facts):
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
        if self.matcher.find(split_entry(entry.text).name).entry is not None:
            return False  # "Station 1  Step-ups (low step) – change leading leg halfway": the first of the moves
        return all(e.kind in (Kind.TEXT, Kind.ITEM) and is_name_like(e.text) and len(e.text) <= 60
                   and not e.text.endswith(".") and ": " not in e.text for e in after)  # (no "Bisque: Mon 10th")

    def _paragraphs_after(self) -> list[Entry]:
        """The paragraphs that follow the entry being read, up to the next heading, list or table (at most 3),
        and a line of only a dose right after them ("If you have a foam roller, lie with it …" then "1–2 minutes.")."""
        found: list[Entry] = []
        for entry in self.entries[self.index + 1:self.index + 4]:
            if found and entry.kind is Kind.TEXT and _dose_only(entry.text):
                found.append(entry)
                break
            if not ((entry.kind is Kind.TEXT and is_paragraph(entry)) or is_step(entry)):
                break
            found.append(entry)
        return found

    @staticmethod
    def _neighbour_is_name(following: Entry | None) -> bool:
        return following is not None and following.kind in (Kind.TEXT, Kind.ITEM) and is_name_like(following.text)
