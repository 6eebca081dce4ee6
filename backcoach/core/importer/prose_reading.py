"""Prose: paragraphs that describe a move, mention moves, or say something of every move.

Prose is read last, for what no line says: the description and dose of the move above, a circuit's
instructions ("do each exercise for 45 seconds, then rest 15 seconds"), rests said for every move, a
listicle's mentions of library moves, and running prose that names moves and their doses (a friend's
email, a forum answer). What reads as advice goes into the routine's notes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..exercise_library import LibraryExercise
from ..model import count_least, count_most
from .amendments import EDIT_NOTE
from .drafts import COOL_DOWN_TITLE, WARM_UP_TITLE, BlockDraft, Draft, Note
from .names import (
    CLOSES_WITH,
    MOVE_NOUN,
    OPENS_WITH,
    PERSONAL,
    SEQUENCE_WORD,
    Match,
    is_name_like,
    sentence_case,
    split_entry,
)
from .phrases import COUNT_BEFORE, Dose, Fact, dose_of, find_facts, plain, read_cell, read_dose
from .sections import INSTRUCTION as _INSTRUCTION
from .sections import OF_THIS, own_rounds
from .source import BOLD_CUT, Entry, Kind
from .walk_state import (
    BLOCK_KINDS,
    CONDITIONAL,
    COOL_DOWN,
    EXCEPT_REST,
    PARAGRAPH_LABEL,
    PROGRESSION,
    SENTENCE,
    SUBJECT,
    WARM_UP,
    WalkState,
    clip,
    entry_position,
    is_step,
    page_furniture,
    rounds_as_reps,
)

_NAMED_MOVE = re.compile(
    r"\b(?:move|exercise|stretch|pose)(?:\sis|\scalled)?\s?[:–—]\s?(?:the\s|a\s)?"
    r"([A-Za-z][A-Za-z'’ -]{2,40}?)[.!](?:\s|$)"
    r"|^(?:the\s)?(?:first|second|third|fourth|fifth|next|last|final)\s(?:one\s|move\s|exercise\s|stretch\s)?"
    r"is\s(?:the\s|a\s|called\s)?([A-Za-z][A-Za-z'’ -]{2,40}?)[.!](?:\s|$)"
    rf"|^(?:and\s)?(?:{SEQUENCE_WORD}|begin|start|finish|end)"
    r"(?:\s(?:with|on\s(?:your\s)?\w+\swith|(?:the|your)\s[a-z-]{2,20}(?:\s[a-z-]{2,20})?\swith))?,?\s"
    r"(?:(?:turn|roll|get|come)\s(?:onto|on|over\sonto)\s(?:your\s)?(?:back|front|side|feet|knees|hands\sand\sknees|all\sfours)\s"
    r"(?:for|with)\s"
    r"|go\sfor\s)?"
    r"(?:the\s|a\s|some\s)(?!(?:one|other|same|rest|next|last|first|whole)\b)"
    r"([A-Za-z][A-Za-z'’ -]{2,30}?)(?=[.,;:!]\s|\son\s(?:your|hands|all)\b)",
    re.IGNORECASE,
)
"""A paragraph that names its one move ("… recommends one simple move: the open book.", a book's class said in
prose: "Then the cat-camel, on hands and knees. Five to eight slow cycles …", "Finish on your feet with the hip
hinge.")."""
_FOR_EACH = re.compile(
    r"\b(?:for\s)?(?:each|every|all)\s(?:of\s)?(?:the\s|these\s|this\s)?(?:first\s\w+\s|\d\s)?"
    r"(?:exercises?|moves?|movements?|stretch(?:es)?|"
    r"poses?)\b(?:\s(?:below|above|listed|here))?"
    r"|\b(?:hold|do|repeat)\s(?:each|all)\sof\s(?:these|them|those)\b"
    r"|^\d{1,2}(?:\s?[-–]\s?\d{1,2})?\s(?:sets|rounds)\sof\seach\b(?!\s(?:side|leg|arm|way|direction))",
    re.IGNORECASE,
)
"""Said of all the moves that follow ("For each of the exercises below, …", "For each of the first five exercises,
do 2 sets of 10", "2 sets of each, 30 s rest")."""
_SCHEDULE = re.compile(r"\bevery\s(?:\d+\s)?hours?\b|\bevery\s\d+\s(?:days|weeks)\b|\b(?:a|per)\s(?:day|week)\b|"
                       r"\bdaily\b|\bweekly\b", re.IGNORECASE)
"""When to exercise ("a five-minute break every hour"), not how long to rest between sets."""
_REST_WORDS = re.compile(r"\brest\b|\bresting\b|\bbetween\b|\brecover(?:y)?\b", re.IGNORECASE)
_REP_HOLD = re.compile(r"\b(?:every|each)\s(?:single\s)?(?:rep|repetition)\b", re.IGNORECASE)
_EVERY_SESSION = re.compile(
    r"\b(?:before|start|begin|at the start of)\b[^.;]{0,40}?\b(?:each|every|all)\s(?:of\s(?:the|your)\s)?"
    r"(?:(strength|workout|training|exercise|gym|core|main)\s)?(?:days?|sessions?|workouts?|classes)\b",
    re.IGNORECASE)
"""A warm-up said once for a plan's days ("Before each strength day, warm up with …")."""
_LASTING = (r"(\d{1,3}(?:\s?[-–]\s?\d{1,3})?[\s-]?(?:minutes?|mins?|seconds?|secs?))"
            r"(?:\s(?:warm[\s-]?up|cool[\s-]?down))?\sof\s(?:some\s|gentle\s|easy\s|brisk\s)?")
"""A move's time said before its name: "3–5 minutes of marching on the spot", "a 5-minute warm-up of walking"."""
_PART_SAID = re.compile(r"\b(?:warm[\s-]?ups?|cool[\s-]?downs?)\s(?:consisted\sof|consists\sof|comprised|comprises|"
                        r"included|includes|was|is|of|with)\b", re.IGNORECASE)
"""A warm-up or cool-down said with what it holds ("a 5-minute warm-up of walking", "The cool-down consisted of")."""
_EACH_LEAD = re.compile(r"^\s?(?:each|every|both|all)\b", re.IGNORECASE)
_HELD_EACH = re.compile(r"\b(?:held|hold|holding)\b.{0,30}\beach\s*$", re.IGNORECASE)
"""A hold said of each move before their list ("Static stretches held for 30 sec each: hip flexor stretch, …")."""
_SEQUENCE_LEAD = re.compile(rf"^(?:{OPENS_WITH}|then(?:\sdo)?|next,?|after\sthat,?|{CLOSES_WITH}|"
                            r"(?:and\s)?finally,?)\s", re.IGNORECASE)
"""The words that open a sentence of a part said in prose, one move a sentence ("Start with", "Then", "Finish the
warm-up with")."""
_MAX_SHARED = 20
"""At most this many warm-up moves said once for every day (each day gets a copy)."""
_REFUSED = re.compile(r"\b(?:ditch|drop|avoid|skip|stop(?:ped)? doing|instead of|rather than|not|no more|never|"
                      r"don't|didn't|tried|used to)\b(?:\s[a-z']+){0,3}\s?$")
"""Words before a move that say it is not part of the routine ("ditch the sit-ups", "instead of crunches")."""
_LAST_FEW = re.compile(r"^(?:(?:and|then|now)\s)?(?:do\s)?(?:those|these|the\slast)\s(?P<n>two|three|four|five|[2-5])\s"
                       r"(?:moves\s|exercises\s)?(?:together\s)?as\sa\scircuit\b", re.IGNORECASE)
"""A circuit said of the few moves just listed ("do those three as a circuit, 3 times round"), after others that are
not in it."""
_PROSE_MOVE = re.compile(
    rf"\b(?:do|doing|practi[sc]e|{OPENS_WITH}|{CLOSES_WITH})\s(?:some\s|the\s|a few\s|a\s)?"
    r"(?!(?:second|third|fourth|another|one\smore|final|last|next|other|same)\s(?:sets?|rounds?|reps?|sides?|times?|go)\b)"
    r"(?P<name>[a-z][a-z'-]*(?:\s[a-z][a-z'-]*){0,3}?)(?=\s?(?:[-,.(;:!]|$)|\s(?:for|x|and|then|with)\b)"
)
"""A move named in running prose after the verb that does it ("I … do pelvic tilts – just flattening …", "practise
the hip hinge", "Finish the floor work with a plank from your knees"); never more of the last one ("then do a second
set", "do the other side")."""
_COUNT_AFTER = re.compile(r"^[^:–—.;]{1,60}?\s?[:–—]\s?(\d{1,3})\b(?!\s?(?:s\b|secs?\b|seconds|mins?\b|minutes|%|x\b))")
"""A bare count after a move's name and a colon or dash in prose ("roll onto your side for clams: fifteen with
the top knee"): its reps."""
_QUALIFIER_BEFORE = re.compile(r"\b(side|reverse|lateral|single[\s-]leg|one[\s-]leg|single[\s-]arm|one[\s-]arm|"
                               r"straight[\s-]leg|standing|seated|kneeling|supine|prone)\s$", re.IGNORECASE)
"""A word before a library move's name that makes it another move ("side planks", "reverse lunges")."""
_QUALIFIER_AFTER = re.compile(r"\s(?:from|on)\s(?:your|the|both)\s(?:knees|forearms|toes)\b", re.IGNORECASE)
"""Words after a library move's name that make it another, lighter or harder move ("plank from your knees")."""


_PROGRESSION_SAID = re.compile(r"^(?:progressions?|to\sprogress|increase)\b", re.IGNORECASE)
"""A sentence on progressing later ("Progression = …", "Increase to 15 reps …"); not PROGRESSION, whose "Once you"
is also how a circuit says its rest ("Once you've done all six, rest for one minute")."""


_NAMED_TOGETHER = re.compile(r"^(?P<names>[A-Z][\w'’ -]{2,40}?(?:,\s[\w'’ -]{2,40}?)*\s(?:and|&)\s[\w'’ -]{2,40}?)"
                             r"\s?[–—:]\s(?P<rest>.{10,600})$")
"""A paragraph led by the names of its moves ("Seated hamstring stretch and seated side stretch – …")."""
_EACH_OF_THEM = re.compile(r"\b(?:each|both)\s(?:stretch|exercise|move|one|of\sthem|of\sthese|pose)\b",
                           re.IGNORECASE)
"""A dose said of each of the moves named before ("Hold each stretch for about 10 seconds")."""
_COUNT_LEADS = frozenset(("do", "then", "and", "with", "of", "x"))
"""Words between a count and the move it counts ("then do 10 arm circles")."""
_BRACKETED = re.compile(r"\([^()]{0,200}\)")


_OF_ALL = re.compile(r"\b(?:this|these|them|the\slot|everything|circuit|goes|loops?)\b", re.IGNORECASE)


def _impersonal_dose(text: str) -> Dose:
    """The dose of the sentences that tell no story of the writer's ("I change the track …"), their asides in
    brackets left out ("3 rounds of this, 90 sec rest between rounds (I use the app's interval timer for it)")."""
    return read_dose(" ".join(said for said in SENTENCE.split(_BRACKETED.sub(" ", text))
                              if not PERSONAL.search(said)))


_OPTION_CLAUSE = re.compile(r",?\s(?:and|but)\s(?=(?:as|when|once|if)\s(?:you|it|this)\b)", re.IGNORECASE)


def _unconditional(text: str, dose: Dose) -> Dose:
    """The dose a paragraph gives firmly: without its sentences that offer an option ("Total time about 35 minutes.
    If you are short of time, do 2 rounds of the circuit." gives no rounds)."""
    if CONDITIONAL.match(text):
        return Dose()
    # "Do the whole thing once, and as you get stronger, go round twice.": the option said in a clause of its own
    sentences = [clause for sentence in SENTENCE.split(text) for clause in _OPTION_CLAUSE.split(sentence)]
    if len(sentences) < 2 or not any(_optional(s.strip()) for s in sentences):
        return dose
    firm = read_dose(" ".join(s for s in sentences if not _optional(s.strip())))
    if firm.rounds is not None and dose.rounds is not None and count_least(dose.rounds) == count_least(firm.rounds) \
            and count_most(dose.rounds) > count_most(firm.rounds):
        # "… then do the whole lot again. If you have a longer layover you can go round a third time.": 2-3 rounds
        firm = replace(firm, rounds=dose.rounds)
    return firm


def _optional(sentence: str) -> bool:
    """A sentence that offers an option or says how to progress later ("Progression = increase to 15 reps, then
    add a second set."), not the dose of today's class."""
    return bool(CONDITIONAL.match(sentence) or _PROGRESSION_SAID.match(sentence))


def _introduces(text: str) -> bool:
    """A paragraph that can open the routine's summary: said in sentences, not a menu, a byline or a banner
    ("MyChart Login / Pay My Bill / Careers", "Home › Our services › …", "Medically reviewed by …"). The first
    such paragraph is what the user reads under the routine's title, so a cookie banner there is a bad first look."""
    said = re.sub(r"[^\w.!?…]+$", "", text).endswith((".", "!", "?", "…")) \
        or (bool(re.search(r"[a-z]{2}[.!?]\s+[A-Z]", text)) and len(text.split()) >= 8)
    return said and "\n" not in text and "›" not in text and not page_furniture(text) \
        and not re.search("[\u034f\u200b\u200c]", text)  # an email's preheader, padded with invisible marks


_NOTA_BENE = re.compile(r"^\W{0,3}(?:nb|n\.b\.|please\snote)\b", re.IGNORECASE)
"""A notice's "NB" paragraph after its list ("NB  If you are on the folder and it jams, …"): a note of its own, no more
of the last move."""
_OLD_SAID = re.compile(r"\b(?:old|previous|earlier|last|first)\s(?:version|sheet|copy|edition|issue|draft)\b[^.]{0,40}?"
                       r"\b(?:said|says|had|has|was)\b", re.IGNORECASE)
"""What an earlier copy of the page said ("Old version of this sheet said "2 rounds""): no dose of this one."""


class ProseReading(WalkState):
    """Reads prose (see the module's description)."""

    def _prose(self, entry: Entry, dose: Dose, facts: list[Fact]) -> None:
        text = entry.text
        personal = bool(PERSONAL.search(text))
        used = False
        last = self.last
        if entry.kind is Kind.TEXT and (_names_a_move(text) or self._next_in_class(text, dose)):
            last = self.last = None  # "The second is the side bridge. …": a new move, not more of the last
        if entry.kind is Kind.TEXT and not personal and self._moves_named_first(entry):
            return
        said_of_all = len(text) <= 100 and self._circuit(dose) and (
            (not dose.has_work and bool(_OF_ALL.search(text))) or bool(_LAST_FEW.search(text)))
        # ("Go round this twice, 30 s breather between goes" under a list: the part's rounds, no more of its last
        # move; "On all fours, round then arch your back slowly. 10 rounds." is the move's own)
        if last is not None and last.takes_description and (entry.kind is Kind.TEXT or is_step(entry)) \
                and not personal and not PROGRESSION.match(text) and not self._names_next(text, last, dose) \
                and not said_of_all and not EDIT_NOTE.match(text) and not _NOTA_BENE.match(text):
            last.description.append(text)
            exercise_facts = [f for f in facts if f.kind not in BLOCK_KINDS]
            last.dose = last.dose.merged(dose_of(exercise_facts))
            block_facts = [f for f in facts if f.kind in BLOCK_KINDS]
            rounds = own_rounds(plain(text).text, block_facts)
            if rounds and last.dose.reps is None and last.dose.hold is None:
                # "Step 4 Cat-cow" over "On all fours, round then arch your back slowly. 10 rounds.": its reps
                last.dose = rounds_as_reps(replace(last.dose, rounds=dose_of(rounds).rounds))
                block_facts = [f for f in block_facts if f not in rounds]
            if block_facts and self.block is not None:
                self._block_dose(dose_of(block_facts), entry)
            used = True
        elif not personal and entry.kind is Kind.TEXT and _PART_SAID.search(text[:3000]) \
                and self.matcher.mentions(text[:3000]):
            # "The cool-down consisted of a supine hamstring stretch …": that part's moves (see _settle_said_parts)
            used = self._mentions(entry, dose, personal)
            self._general_rest(text)
        elif not personal and dose.has_work and _FOR_EACH.search(text) \
                and (dose := _unconditional(text, dose)).has_work:
            # "For each of the exercises below, perform 2-3 sets of 10-15 reps with 60 s of rest between sets" (not
            # its options: "Progression = increase to 15 reps, then add a second set.")
            self._ensure_block(entry)
            # "each move for 40 seconds … 10 minutes, done": what each move is given beats a time said of the whole
            settled = replace(dose, hold=dose.each_hold or dose.hold, each_hold=None).settle()
            self._block_dose(Dose(sets=settled.sets, each_reps=settled.reps, each_hold=settled.hold,
                                  rest=settled.rest, between=settled.between, rounds=settled.rounds,
                                  round_rest=settled.round_rest, per=settled.per), entry)
            used = True
        elif not personal and self.block is not None and self.block.strength == "strong" and not self.block.drafts \
                and dose.hold is not None and dose.reps is None and dose.sets is None and dose.repeat is None \
                and not self.matcher.mentions(_BRACKETED.sub(" ", text)):
            # "Work 40 seconds, rest 20 seconds." under a part's heading, before its moves: said of each of them (a
            # remark in brackets names no move: "WORK 40 s / CHANGE-OVER 20 s (walk to next station, get set)")
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
        elif self._circuit(dose) and not personal and self._circuit(firm := _unconditional(text, dose)) \
                and not _moves_own_rounds(text, facts, self.matcher.mentions(text[:3000])) \
                and not (EDIT_NOTE.match(text) and self.block is not None and self.block.drafts) \
                and not _OLD_SAID.search(text[:3000]):
            # ("AMENDMENT (Issue 6): the circuit was 2 rounds in Issue 5 …" after a later part's moves: a note on
            # an earlier part, never this one's rounds; nor is '(Old version of this sheet said "2 rounds". It's 3.)')
            block = self.block if self.block is not None else self._ensure_block(entry)
            last_few = _LAST_FEW.search(text)
            count = read_cell(last_few.group("n"), "reps").reps if last_few is not None else None
            if block is not None and count is not None and count.is_single and 2 <= count.low < len(block.drafts) \
                    and block.dose.rounds is None:
                # "cat cow 10 / bird dog 8 each side / glute bridge 12 / do those three as a circuit, 3 times round"
                # after the day's other moves: those moves are the circuit, a part of their own
                moved = block.drafts[-count.low:]
                del block.drafts[-count.low:]
                block = self._open_part("Circuit", moved[0].position)
                block.drafts.extend(moved)
            self._block_dose(firm, entry)
            used = block is not None
        elif personal and self.block is not None and self.block.strength == "strong" and not self.block.drafts \
                and self._circuit(said := _impersonal_dose(text)) \
                and not self.matcher.mentions(_BRACKETED.sub(" ", text[:3000])):
            # an instructor's notes over the circuit: "45 seconds work / 15 seconds rest, six stations, and we go
            # round 3 times … I change the track on the 15 s rest": the plan, said beside a story about the class
            self._block_dose(said, entry)
            used = True
        elif personal and self.block is not None and self.block.strength == "strong" and not self.block.drafts \
                and text.rstrip().endswith(":") \
                and self._circuit(said := _unconditional(text, read_dose(SENTENCE.split(text)[-1]))) \
                and not self.matcher.mentions(SENTENCE.split(text)[-1]):
            # "I go through these four back to back, twice through, with about a minute's breather between the
            # rounds:" over the list: the writer's own words for the circuit below, no story
            self._block_dose(said, entry)
            used = True
        elif personal and self.block is not None and self.block.dose.rounds is not None and self.block.drafts \
                and dose.round_rest is not None and not dose.has_work and len(text) <= 300 \
                and not self.matcher.mentions(text):
            # "No rest between the moves, then I have a minute's breather … before going round again." after the
            # circuit's list: its rests, said in the writer's own words
            self._block_dose(Dose(round_rest=dose.round_rest, between=dose.between), entry)
            used = True
        elif not personal and dose.hold is not None and dose.reps is None and dose.sets is None \
                and _REP_HOLD.search(text):
            self.rep_hold = dose.hold  # "Every rep below is a 10-second hold": said of the rounds that follow
            self._general_rest(text)  # "… Rest about 20 seconds between sets.": the sentence after it
            used = True
        elif not personal and entry.kind is Kind.TEXT and self._answers_question(entry, dose):
            used = True
        else:
            self.last = None
            subject = self.subject
            if subject is not None and not _names_a_move(text) and not self._next_in_class(text, dose) \
                    and not WARM_UP.search(text) \
                    and not COOL_DOWN.search(text) \
                    and (any(e.name != subject.key for _w, e, _t in self.matcher.mentions(text[:3000]))
                         or any(is_name_like(m.group("name")) for m in _PROSE_MOVE.finditer(plain(text[:3000]).text))):
                # a paragraph that names another move ("practise the hip hinge") is that move's, not more of the
                # move before; a warm-up's paragraph is read as the part it names
                used = self._prose_moves(entry) or self._mentions(entry, dose, personal)
            else:
                used = self._mentions(entry, dose, personal) or self._prose_moves(entry)
            self._general_rest(text)
        session = self.session
        if entry.kind is Kind.TEXT and session.intro is None and not session.drafts and not personal \
                and len(text) >= 40 and not used and _introduces(text):
            statements = [s for s in SENTENCE.split(text) if not s.rstrip().endswith(("?", "!"))]
            session.intro = " ".join(statements) or None
        if not personal and not (used and last is not None and last.match.entry is None):
            self._advice(entry, text)
        if (not used and not personal and any(f.kind in ("sets", "reps", "hold", "repeat") for f in facts) \
                and self.session is not self.outside) or (not used and not personal and self._workout_facts(facts)):
            self.notes.append(Note(entry_position(entry), f"not used: says how much to do, but not of which exercise: "
                                                          f"“{clip(text)}”"))

    def _names_next(self, text: str, last: Draft, dose: Dose) -> bool:
        """A paragraph after a move said in a class's sentences ("Next is the bridge. …") that names another move of
        the library in its first sentence and gives a dose ("Roll over onto hands and knees for the bird dog – …
        six each side"): the class's next move, not more of the last one's description. So after a paragraph that
        named its move first and gave its dose ("Then bridges. Squeeze … Two sets of eight, …")."""
        said_whole = (bool(last.description) or last.kind == "line") and last.dose.has_work
        # ("Then bridges. Squeeze … Two sets of eight.", "Next a side plank on my elbow, 15 seconds a side, twice.")
        if last.kind not in ("line", "mentioned") or not (last is self.subject or said_whole):
            return False
        sentences = SENTENCE.split(text[:600], maxsplit=2)
        first = sentences[0] if len(sentences[0]) > 40 or len(sentences) < 2 else " ".join(sentences[:2])
        # ("Last bit is standing up. Ten squats holding onto …": a short sentence that says where, then the move)
        own = last.match.entry.name if last.match.entry is not None else None
        others = [written for _word, library_entry, written in self.matcher.mentions(first)
                  if library_entry.name != own]
        if not others:
            return False
        if dose.has_work:
            return True
        said = plain(first).text  # "stand up and do ten squats holding the back of a hall chair": a count before it
        return any(COUNT_BEFORE.search(said[:max(0, said.find(written.lower()))]) for written in others[:_MAX_SHARED]
                   if written.lower() in said)

    def _answers_question(self, entry: Entry, dose: Dose) -> bool:
        """The answer under a question heading that names one move ("Do I do the knee rolls to both sides?" over
        "Yes. … Do 10 to each side, taking turns."): its dose is that move's when it names no other move."""
        text, asked = entry.text, self.questioned
        if asked is None or not dose.has_work or any(
                library_entry is not asked for _word, library_entry, _written in self.matcher.mentions(text[:3000])):
            return False
        self.questioned = None
        draft = self._draft(asked.name, dose, entry, "mentioned", None, Match(asked.name, asked))
        draft.alternating = bool(re.search(r"\balternat|\btaking turns\b", text, re.IGNORECASE))
        draft.takes_description = False
        self._add(draft, entry)
        self.subject = draft
        return True

    def _moves_named_first(self, entry: Entry) -> bool:
        """A part's paragraph that names its moves first and gives them one dose after ("Seated hamstring stretch
        and seated side stretch – Maureen will talk you through these. Hold each stretch for about 10 seconds,
        each side, …"), under the part's heading before any of its moves: each of them, with that dose."""
        named = _NAMED_TOGETHER.match(entry.text)
        if named is None or self.block is None or self.block.drafts or self.block.strength != "strong":
            return False
        names = [n.strip() for n in re.split(r",\s|\s(?:and|&)\s", named.group("names")) if n.strip()]
        if not all(is_name_like(n) and (MOVE_NOUN.search(n) or self.matcher.find(n).entry is not None)
                   for n in names):
            return False
        each = next((s for s in SENTENCE.split(named.group("rest")) if _EACH_OF_THEM.search(s)), None)
        dose = read_dose(each).settle() if each is not None else Dose()
        dose = replace(dose, hold=dose.each_hold or dose.hold, reps=dose.each_reps or dose.reps, each_hold=None,
                       each_reps=None, facts=[])
        if not dose.has_work:
            return False
        for name in names:
            draft = Draft(sentence_case(name[:1].upper() + name[1:]), self.matcher.find(name), replace(dose),
                          entry_position(entry), "listed")
            draft.takes_description = False
            self._add(draft, entry)
        return True

    def _next_in_class(self, text: str, dose: Dose) -> bool:
        """"Then the cat-camel, … Five to eight slow cycles": the next move of a class whose moves are already in a
        part, one a paragraph. A class said in sentences is read by what they mention ("Then the dreaded plank. I'm
        up to three lots …", "Start with the curl-up: …" after moves said in passing)."""
        named = _NAMED_MOVE.search(text)
        return named is not None and named.group(3) is not None and is_name_like(named.group(3)) \
            and dose.has_work and self.block is not None and bool(self.block.drafts) and not self.mentions

    def _general_rest(self, text: str) -> None:
        """"Rest 90 seconds between sets (unless stated)": a rest for the part it opens, or, said after a part's
        moves, for every part."""
        for sentence in SENTENCE.split(text):
            excepted = EXCEPT_REST.search(sentence)
            if excepted is not None:
                sentence = sentence[:excepted.start()]  # "… except the rows, those get 90 sec": that move's own
            rest_word = _REST_WORDS.search(sentence)
            if rest_word is None or PERSONAL.search(sentence[:rest_word.start()]):
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

    def _mentions(self, entry: Entry, dose: Dose, personal: bool) -> bool:
        """Prose: a paragraph about a library move ("Pull-ups are …"), or a warm-up that names moves."""
        text = entry.text
        named = _NAMED_MOVE.search(text) if entry.kind is Kind.TEXT else None
        name = next((g for g in named.groups() if g), "").strip() if named is not None else ""
        if named is not None and named.group(3) is not None and not self._next_in_class(text, dose):
            named = None
        if named is not None and is_name_like(name):
            # "… recommends one simple move: the open book.", "The first is the McGill curl-up." — a move
            draft = Draft(sentence_case(name[:1].upper() + name[1:]), self.matcher.find(name), dose,
                          entry_position(entry), "mentioned" if named.group(3) is None else "line")
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
        warm = "warm-up" if WARM_UP.search(text) else "cool-down" if COOL_DOWN.search(text) else None
        block = self.block
        if warm is None and block is not None and not block.drafts and entry.kind is Kind.TEXT:
            # "## Warm up first" over "**Marching on the spot** for 1 minute, …, then **10 hip circles** each way."
            warm = "warm-up" if WARM_UP.search(block.title) else "cool-down" if COOL_DOWN.search(block.title) else None
        if warm and found and (entry.kind is Kind.TEXT or (
                entry.kind is Kind.ITEM and (WARM_UP.match(entry.lead) or COOL_DOWN.match(entry.lead)))):
            # (also a list item led by its part: "- **Warm up first.** March on the spot for 1 minute, then …")
            self.group += 1
            every = _EVERY_SESSION.search(text) if warm == "warm-up" else None
            shared = (every.group(1) or "").lower() if every is not None else None
            words = [w for w in re.split(r"[^a-z0-9'’]+", text.lower().replace("’", "'")) if w]
            said: dict[str, Draft] = {}
            written_as: list[tuple[str, Draft]] = []  # "lying hamstring stretch", then "the hamstring stretch"
            for number, (start, library_entry, written) in enumerate(found):
                end = found[number + 1][0] if number + 1 < len(found) else len(words)
                window = words[start + len(written.split()):min(end, start + len(written.split()) + 6)]
                if number + 1 < len(found) and start + len(written.split()) + len(window) == end:
                    while window and (window[-1].isdigit() or window[-1] in _COUNT_LEADS):
                        window = window[:-1]  # "… for 1 minute, then do 10 arm circles": the 10 is the circles'
                after = " ".join(window)
                near = read_dose(after)
                counted = COUNT_BEFORE.search(plain(" ".join(words[max(0, start - 5):start])).text)
                if not near.has_work and counted is not None and not counted.group("time"):  # a time: below
                    near = near.merged(_said_before(counted) or Dose())  # "ten slow hip circles each way"
                if not near.has_work and start + len(written.split()) + len(window) < end:
                    # "a hamstring stretch on the bottom step of the stage — hold for thirty seconds, each leg": said
                    # further on, before the next move named
                    further = words[start + len(written.split()):min(end, start + len(written.split()) + 16)]
                    while number + 1 < len(found) and further and (
                            further[-1].isdigit() or further[-1] in _COUNT_LEADS):
                        further = further[:-1]
                    near = read_dose(" ".join(further))
                if not near.has_work:
                    lasting = re.search(_LASTING + re.escape(written) + r"\b", text.lower().replace("’", "'")[:3000])
                    if lasting is not None:
                        near = read_dose(f"for {lasting.group(1)}")  # "3–5 minutes of marching on the spot"
                earlier = said.get(library_entry.name) or next(
                    (d for w, d in written_as if w.endswith(f" {written}")), None)
                if earlier is not None:  # "… the hamstring stretch on each side": the one named before
                    earlier.dose = earlier.dose.merged(near)
                    continue
                draft = Draft(self._mention_name(text, written, library_entry),
                              Match(library_entry.name, library_entry), near, entry_position(entry), "mentioned",
                              warm=warm)
                draft.takes_description = False
                self._add(draft, entry)
                said[library_entry.name] = draft
                if len(written_as) < _MAX_SHARED:
                    written_as.append((written, draft))  # a few looked back at: linear in the paragraph
                if self.session is self.outside and shared is not None and len(self.shared_warm) < _MAX_SHARED:
                    self.shared_warm.append((shared, draft))
            every_move = _each_dose(text)
            for draft in said.values():
                if draft.dose.reps is None and draft.dose.hold is None:
                    draft.dose = draft.dose.merged(every_move)  # "Each stretch was held for 30 s …"
            if said and len(self.said_parts) < _MAX_SHARED:
                self.said_parts.append((self.session, warm, list(said.values())))
            return True
        if found and found[0][0] == 0 and ((SUBJECT.match(text) and entry.kind is Kind.TEXT) or dose.has_work):
            library_entry = found[0][1]
            draft = Draft(self._mention_name(text, found[0][2], library_entry),
                          Match(library_entry.name, library_entry), dose, entry_position(entry), "mentioned")
            draft.description.append(text)
            draft.takes_description = entry.kind is Kind.TEXT
            self._add(draft, entry)
            self.subject = draft
            return True
        if entry.kind is Kind.TEXT and SUBJECT.match(text):
            self.subject = None  # a paragraph about something else
            return False
        subject = self.subject
        if subject is not None and entry.kind is Kind.TEXT and (dose.has_work or _INSTRUCTION.match(PARAGRAPH_LABEL.sub(
                "", re.sub(r"^to do (?:it|this)\W+", "", text, flags=re.IGNORECASE)))):
            subject.dose = subject.dose.merged(dose)
            subject.description.append(text)
            return True
        return False

    def _settle_said_parts(self) -> None:
        """A warm-up or cool-down said only in prose ("Each session began with a 5-minute warm-up of walking",
        "The cool-down consisted of a supine hamstring stretch and a double knee-to-chest stretch. Each stretch
        was held for 30 s and repeated twice"), in an article whose routine is its lines (a table, a list): the
        moves it names with a dose are that part, first or last in the class. A listicle's mentions are left
        to the assembly, and a class that has its own warm-up or cool-down keeps it."""
        for session, warm, drafts in self.said_parts:
            structured = [d for d in session.drafts if d.kind in ("line", "listed")]
            if len(structured) < (2 if session is self.outside else 1):
                continue  # no lines: the mentions are the routine, as a listicle's (see Assembler.sessions)
            title = WARM_UP_TITLE if warm == "warm-up" else COOL_DOWN_TITLE
            kind = WARM_UP if warm == "warm-up" else COOL_DOWN
            empty = next((b for b in session.blocks if kind.search(b.title) and not b.drafts), None)
            if empty is None and any(kind.search(b.title) for b in session.blocks):
                continue
            dosed = {id(d) for d in drafts if d.dose.has_work}
            moves = [d for d in drafts if id(d) in dosed]
            if not moves:
                continue
            self.mentions = [d for d in self.mentions if id(d) not in dosed]
            for draft in moves:
                draft.kind, draft.warm = "line", None
            if empty is not None:
                empty.drafts = moves  # "3.3 Cool-down (5 min). Static stretches held for 30 sec each: …": its moves
                continue
            block = BlockDraft(title, moves[0].position, "strong", moves)
            if warm == "warm-up":
                session.blocks.insert(0, block)
            else:
                session.blocks.append(block)

    def _sequenced_move(self, entry: Entry) -> bool:
        """A newsletter's part said in sentences, a paragraph a move: "Start with two minutes of marching on the
        spot", "Then eight slow cat-cows on your hands and knees: …", "Finish the warm-up with side bends, …: ten
        each way" — under a part's heading, the lead word, then the move (from the library) and its dose, a count
        before its name being its reps."""
        text = entry.text
        lead = _SEQUENCE_LEAD.match(text) if entry.kind is Kind.TEXT and len(text) <= 400 else None
        if lead is None or self.block is None or self.block.strength != "strong":
            return False
        body = text[lead.end():]
        clause = re.split(r"[.;:!?](?:\s|$)|,", body, maxsplit=1)[0]
        found = self.matcher.mentions(clause)
        if not found or found[0][0] > 4 or len({e.name for _w, e, _t in self.matcher.mentions(text)}) > 1:
            return False  # "Finish with child's pose for 1 minute, then knee hugs for 30 seconds": the prose's
        _word, library_entry, written = found[0]
        before = plain(clause[:clause.lower().find(written.lower().split()[0])] if written else "").text
        dose = read_dose(text)
        count = re.match(r"^(\d{1,3})\s(?!(?:seconds?|secs?|minutes?|mins?|sets?|rounds?|times)\b)", before)
        if count is not None and dose.reps is None and dose.repeat is None and dose.hold is None:
            dose = dose.merged(read_cell(count.group(1), "reps"))  # "Then eight slow cat-cows": 8 reps
        if not dose.has_work:
            return False
        last = self.last
        if last is not None and last.match.entry is library_entry and not last.dose.has_work:
            last.dose = last.dose.merged(dose)  # "Walking" over "Walking is the most important … 5 minutes": its dose
            return True
        draft = self._draft(library_entry.name, dose, entry, "line", None, Match(library_entry.name, library_entry))
        draft.alternating = bool(re.search(r"\balternat|\btaking turns\b", text, re.IGNORECASE))
        draft.takes_description = False
        self._add(draft, entry)
        return True

    def _prose_moves(self, entry: Entry) -> bool:
        """Running prose that names moves and their doses, as a friend's email does: "I start with pelvic tilts …
        Ten of those. Then knee rolls, eight each way. Then bridges. Two sets of fifteen …" — each library move
        named, with the dose said between it and the next move named (numbers in words too). A move said not to
        be done ("ditch the sit-ups", "instead of crunches") and a move without a dose are left out."""
        text = entry.text
        if entry.kind is not Kind.TEXT or len(text) > 12000:
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
        for bold in entry.bolds:
            bold = bold.strip(BOLD_CUT)  # a half of a run cut by the line's end: its words as they are
            split = split_entry(bold.strip(" ,.;:"))
            at = text.find(bold)
            begin = text.find(split.name, at) if at >= 0 and split.name else -1
            if begin >= 0 and is_name_like(split.name) and not read_dose(split.name).has_work and not any(
                    begin <= at_ < begin + len(split.name) or at_ <= begin < at_ + len(n) for at_, _m, n in anchors):
                # "I like a **90/90 hip stretch, 30 seconds each side,**": a move the blog sets in bold
                anchors.append((begin, self.matcher.find(split.name), sentence_case(split.name)))
        anchors.sort(key=lambda a: a[0])
        if not anchors:
            return False
        anchors = _each_said_again(lowered, anchors)
        warm_said = bool(_WARMED_UP.search(text[:3000]))
        drafted: dict[str, Draft] = {}
        added = False
        found = anchors
        opening = COUNT_BEFORE.search(plain(text[max(0, found[0][0] - 60):found[0][0]]).text)
        carried = _said_before(opening)  # "I do 3 sets of 10 of bird dogs": the dose before the first move
        for number, (begin, match, written) in enumerate(found):
            end = found[number + 1][0] if number + 1 < len(found) else len(text)
            before = plain(text[max(0, begin - 40):begin]).text
            span = text[begin:end]
            count = COUNT_BEFORE.search(plain(span).text) if number + 1 < len(found) else None
            span_plain = plain(span).text
            if count is not None:
                span_plain = span_plain[:count.start()]  # "… then 10 bridges": the count is the next move's
            facts = find_facts(span_plain)
            dose = dose_of([f for f in facts if f.kind not in BLOCK_KINDS])
            if carried is not None:
                dose = carried.merged(dose) if carried.sets is not None else (
                    dose.merged(carried) if dose.reps is None else dose)
            bare = _COUNT_AFTER.match(span_plain) if dose.reps is None and dose.hold is None else None
            if bare is not None:
                dose = dose.merged(read_cell(bare.group(1), "reps"))  # "clams: fifteen with the top knee"
            rounds = own_rounds(span_plain, [f for f in facts if f.kind in BLOCK_KINDS])
            of_this = [f for f in rounds if OF_THIS.match(span_plain, f.end)]
            if of_this and dose.sets is None and dose.has_work:
                dose = replace(dose, sets=dose_of(of_this).rounds)  # "Eight on each side, …, and two rounds of that"
            elif rounds and dose.reps is None and dose.hold is None:
                # "… for cat cow. Breathe in, … Let's do ten rounds of that": rounds of one move are its reps
                dose = rounds_as_reps(replace(dose, rounds=dose_of(rounds).rounds))
            carried = _said_before(count)
            if _REFUSED.search(before) or not dose.has_work:
                continue
            key = match.entry.name if match.entry is not None else written.lower()
            earlier = drafted.get(key)
            if earlier is not None and _EACH_BEFORE.search(before):
                earlier.dose = earlier.dose.merged(dose)  # "… and 2 sets of 10 bridges. Hold each bridge for 3 s"
                continue
            times = dose.repeat if dose.repeat is not None and dose.sets is None else None
            if earlier is not None and times is not None and times.is_single and dose.reps is None \
                    and dose.hold is None and earlier.dose.sets is None and earlier.dose.has_work:
                # "… knee hugs, …, held for half a minute. I usually do the knee hugs twice": its sets
                earlier.dose = replace(earlier.dose, sets=times.low)
                continue
            draft = Draft(written[:1].upper() + written[1:], match, dose, entry_position(entry), "mentioned")
            draft.warm = "warm-up" if warm_said else None  # "… walk around in your house for 5 minutes so that the
            # body is warmed up": a warm-up, said in a sentence
            drafted.setdefault(key, draft)
            draft.takes_description = False
            self._add(draft, entry)
            self.subject = draft
            added = True
        return added

    def _qualified(self, text: str, begin: int, match: Match, written: str) -> tuple[int, Match, str]:
        """A library move named with a word before it that makes it another move ("side planks" is no plank), or
        with a few after it ("a plank from your knees"): that move, from the library when it knows it
        ("standing hamstring stretch"), else a new one."""
        qualifier = _QUALIFIER_BEFORE.search(text[max(0, begin - 20):begin])
        after = _QUALIFIER_AFTER.match(text, begin + len(written))
        if qualifier is None and after is not None and match.entry is not None and \
                self.matcher.find(text[begin:after.end()]).entry is None:
            # "a plank from your knees": a lighter move than the library's plank, named as the article does
            return begin, self.matcher.find(text[begin:after.end()]), sentence_case(text[begin:after.end()])
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


def _moves_own_rounds(text: str, facts: list[Fact], found: list[tuple[int, LibraryExercise, str]]) -> bool:
    """Running speech about several moves whose rounds are each one move's ("… onto hands and knees for cat
    cow. … Let's do ten rounds of that. Then onto your back for the bridges, two sets of fifteen."): no circuit
    said of them all, but each move's reps (see ``_prose_moves``)."""
    rounds = [f for f in facts if f.kind == "rounds"]
    return len({e.name for _w, e, _t in found}) >= 2 and bool(rounds) \
        and own_rounds(plain(text).text, rounds) == rounds


def _said_before(count: re.Match[str] | None) -> Dose | None:
    """The dose of a count said before a move's name in prose (see ``COUNT_BEFORE``)."""
    if count is None:
        return None
    if count.group("time"):
        return Dose(hold=read_dose(count.group("time")).hold)
    dose = read_cell(count.group("n"), "reps")
    if count.group("sets"):
        dose = read_cell(count.group("sets"), "sets").merged(dose)
    return dose


def _each_dose(text: str) -> Dose:
    """What a paragraph says of each of the moves it names ("Each stretch was held for 30 s and repeated
    twice", "Static stretches held for 30 sec each: …"): the dose of its sentences that open with "each", "every",
    "both" or "all", or of a clause that holds each for a time."""
    dose = Dose()
    for sentence in SENTENCE.split(text[:3000]):
        for clause in re.split(r"[;:]", sentence):
            if _EACH_LEAD.match(clause) or _HELD_EACH.search(clause):
                dose = dose.merged(read_dose(clause))
    return dose


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


_WARMED_UP = re.compile(r"\b(?:so (?:that )?(?:the |your )?(?:body|muscles|back) (?:is|are) warm(?:ed)? up|to warm "
                        r"(?:up|the body up|your body up))\b", re.IGNORECASE)
"""What a sentence says its move is for when it is the warm-up ("… for 5 minutes so that the body is warmed up")."""
_EACH_BEFORE = re.compile(r"\beach\s?$", re.IGNORECASE)
_EACH_WORD = re.compile(r"\beach\s([a-z]{3,20})\b")


def _each_said_again(lowered: str, anchors: list[tuple[int, Match, str]]) -> list[tuple[int, Match, str]]:
    """The moves named again by their last word after "each" ("2 sets of 10 pelvic tilts … Hold each tilt for
    5 seconds"): an anchor of the move named before, so the hold is the tilts', not the move named in between."""
    said = list(anchors)
    for found in _EACH_WORD.finditer(lowered):
        word = found.group(1).rstrip("s")
        at = found.start(1)
        if any(begin <= at < begin + len(written) for begin, _m, written in anchors):
            continue
        earlier = [(match, written) for begin, match, written in anchors
                   if begin < at and written.lower().split()[-1].rstrip("s") == word]
        if earlier:
            said.append((at, *earlier[-1]))
    return sorted(said, key=lambda a: a[0])
