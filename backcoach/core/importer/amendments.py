"""Notes that settle one move's dose, or which moves there are, wherever the moves are listed.

A forum post above a pasted workout log ("the bird dogs are 8 EACH SIDE"), or a chat's answer to a
question ("dead bug x12 – is that 12 each side?" then "12 total, so 6 each side") changes a move that
is listed elsewhere, often later. Such notes are kept while the article is read and applied once it is
all read, to the moves they name; the last word wins ("really", "actually").

A later edit or message may change the list itself: "EDIT: I've swapped the dead bugs for Pallof press (10
each side) and dropped the back extensions", "Add it after the dead bug: bird dog x 8 each side". Those are kept
the same way and applied first, to the moves listed before them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..problems import Position
from .drafts import BlockDraft, Draft, Reading
from .names import CLOSES_WITH, OPENS_WITH, is_name_like, split_entry
from .phrases import COUNT, Dose, plain, read_cell, read_dose, read_line_dose
from .source import Entry
from .walk_state import EXCEPT_REST, SENTENCE, ListChange, WalkState, entry_position, plain_key

_NAME = r"[a-z][\w'’ -]{2,40}?"
"""A move's name in a note (each note pattern's group ``name``)."""
_ABOUT_MOVE = tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
    r"(?:^|(?<=[:;.!]\s)|(?<=\s[-–—]\s)|(?<=\bsays\s)|(?<=\bsaid\s))(?:so\s|and\s|but\s|also\s)?(?:the\s|(?<=also\s))"
    rf"(?P<name>{_NAME})(?:\s\((?:[a-z]|\d{{1,2}})\))?\s?(?:\sare|\sis|:|\sget|\sgets)\s",
    rf"(?<=\bmake\s)the\s(?P<name>{_NAME})\s(?=(?:hold\s)?\d[^.!?]{{0,40}}\b(?:instead|not)\b)",
    rf"(?<=\blike\s)the\s(?P<name>{_NAME})\s(?:holds?\s)?to\sbe\s",
    rf"(?<=\bit['’]s\s)(?P<name>{_NAME})\s(?=\d{{1,2}}\s?x\s?\d)",
    rf"(?<=\bthat\s)the\s(?P<name>{_NAME})\s(?:were|was|are|is)\s(?=[^.!?]{{0,60}}\bnot\s{COUNT})",
    rf"(?<=\bwrong,\s)the\s(?P<name>{_NAME})\s(?:were|was|are|is)\s(?=[^.!?]{{0,60}}\bnot\s{COUNT})",
    r"(?:^|(?<=[:;.!,]\s)|(?<=\s[-–—]\s)|(?<=\bsaid\s)|(?<=\bsays\s))(?:correction\W{0,6}\s)?"
    r"(?:so\s|and\s|but\s|also\s|the\s)?(?:(?:holds?|reps|sets|rests?)\s(?:on|for|of|in)\s(?:the\s)?)?"
    r"(?P<name>[a-z](?:(?!\s[-–—]\s)[\w'’ -]){2,40}?)\s(?:should|need to|needs to)\sbe\s",
    rf"(?:^|(?<=[:;.!]\s))(?:the\s)?(?P<name>{_NAME})\s?[-–—:]\s?(?:make\sit|change\sit\sto|it['’]s\snow)\s"
    rf"(?=[^.!?]{{0,40}}\bnot\s{COUNT})",
    r"(?:^|(?<=[:;.!,]\s))(?:(?:oh|and|also|sorry|oops|ah|wait|so),?\s){0,3}(?:the\s)?"
    r"(?!(?:make|do|keep|change|put|set|it['’]s|it\sis|that['’]s|they['’]re)\b)(?P<name>[a-z][a-z'’ -]{2,40}?)"
    r"(?:\s(?:is\s|are\s)?now)?\s"
    r"(?=\d{1,3}(?:\s?(?:s|secs?|seconds|reps))?,?\s(?:not|instead\sof)\s\d)",
))
"""A note about one move: "the bird dogs are 8 EACH SIDE", "the side planks: … really 2 sets of 30 sec", also after
what leads to it ("EDIT: … I went back and checked my sheet – the bird dogs are actually 2 sets of 8 each side"), or
a coach's correction ("oh wait sorry, bird dogs should be 3x8 each side not 10", "CORRECTION 🙈 plank should be 30
sec not 40", "Also dead bug is 8 each side not 10", "Make the bird dog hold 3 secs instead of 5", "she would like the
bird dog holds to be three seconds", "I typed it wrong … It's bird dog 2 x 6 each side, 5 sec hold", "Gareth has
pointed out that the bridges were 2 sets of 12, not 10", "Oh sorry I got one wrong, the chin tucks are 3 secs hold not
5", "Sorry just re read it - bird dogs should be 6 each side …, not 8", "Lena … said the wall squat should be 3 x 30s,
not 2", "Amended 2 Oct by Ben: wall sit — make it three sets, not two", "oh and bridges 12 not 15 sorry lol")."""
_FOR_THE = re.compile(r"\b(?:(?:that|it|this)\s(?:should|needs?\sto)\sbe|make\s(?:that|it))\s(?P<dose>[^!?.]{1,40}?)"
                      r"\sfor\s(?:the\s)?"
                      rf"(?P<name>{_NAME})(?=\s(?:not|instead)\b|\s?[!.?,]|$)", re.IGNORECASE)
"""A coach's correction that says the dose first ("that should be 3 sets for the sit to stand not 2", "Oh sorry, make
that 8 for the bird dog, not 5")."""
_CORRECTED_IS = re.compile(
    r"^(?:(?P<told>\W{0,4}(?:supervisor|physio|coach|teacher|trainer|instructor|tutor|correction|nb)\b"
    r"(?:[^:.!?]{0,30}:|\W{1,4})\s)"
    rf"|[^:.!?]{{2,40}}:\s)?(?:(?:and|also|so|but)\s)?(?P<name>{_NAME})\s(?:is|are|now|(?(told)should\sbe|(?!)))\s"
    rf"(?(told)(?=[^.!?]{{0,30}}(?:\b{COUNT}\b|\d\s?x\s?\d))|(?=[^.!?]{{1,80}}?,?\snot\s\d))", re.IGNORECASE)
"""A correction that names its move first, with no "the" ("Bird dog is 3 x 6 each side, not 10."), also after its
label ("NB correction from Bosun 08/11: calf stretch is 45 sec ea leg, not 30.", "⚠️ CORRECTION ⚠️ Bird dog is 3x6 ea
side this week, not 3x8", "UPDATE (OH, March): Mini squats now 12, not 10."); set apart by who corrects, with or
without the old dose ("[Supervisor: Glute bridge is THREE sets of ten, Callum - check the handout.")."""
_HAD_WRONG = re.compile(rf"\b(?:had|got|put)\s(?:the\s)?(?P<name>{_NAME})\swrong,?\s(?:[-–—]\s)?"
                        r"(?:it['’]s|it\sis|they['’]re|they\sare|(?:it\s)?should\sbe)\s", re.IGNORECASE)
"""A writer's own correction of a move ("I had the bridges wrong, it's three sets of eight not two")."""
_CORRECT_THE = re.compile(rf"\bcorrect(?:ed)?\s(?:the\s)?(?P<name>{_NAME})\s?(?:[-–—:,]\s?)\s?"
                          r"(?:it|they)\s(?:should|needs?\sto)\sbe\s", re.IGNORECASE)
"""A correction passed on ("Hannah has asked me to correct the chin tucks — it should be three sets of five")."""
EDIT_NOTE = re.compile(r"^\W{0,3}(?:a\s)?(?:amendment|correction|erratum|errata|update[ds]?|edit(?:ed)?)\b",
                       re.IGNORECASE)
"""A note on the page's own history ("EDIT 2:", "*Correction (added 22 September 2025):*", "AMENDMENT (Issue 6):",
"CORRECTION 🙈 plank should be 30 sec"): what it says of a move, and what it changes in the list ("What I do now
instead is …", "I finish with …"), is read here as any note is; the note itself is never more of the move above
it nor the rounds of the part it stands in (``prose_reading``)."""
_TO_CORRECT = re.compile(r"\b(?:to\s|me\sto\s)correct\b|\bcorrection\b", re.IGNORECASE)
"""A sentence of a long paragraph that says it corrects ("Hege … wants me to correct one thing: the bridges should be
held at the top for a count of three"): read as a note of its own."""
_ROUNDS_NOW = re.compile(rf"\b(?:the\s)?(?:rounds?|circuits?)\s(?:(?:are|is)\s)?(?:now\s)?"
                         rf"(?:cut|reduced|dropped|down|changed|"
                         rf"increased|up|raised|upped)\s(?:to\s)(?P<n>{COUNT})\b", re.IGNORECASE)
"""A later note that changes the circuit's rounds ("CAPT. NOTE (added 0750): Rounds cut to THREE today")."""
_ON_THE_SHEET = re.compile(r"\s(?:on|in)\s(?:the|my|your)\s(?:sheet|list|post|handout|page|plan)$", re.IGNORECASE)
"""Words after a note's name that say where the move is listed ("the bridges on the sheet are 2 x 15")."""
_BULLET = re.compile(r"^[-*•–]\s+")
_EMPHASIS = re.compile(r"(?<![\w*])[_*]{1,2}(?=\S)|(?<=\S)[_*]{1,2}(?![\w*])")
"""Emphasis marks a page left in a note's words ("_Update from Ros, 12 May:_")."""
_AND_THEN = re.compile(r",\s(?:and|but)\s(?=(?:she|he|they|we|I|the|also)\b[^.!?]{0,120}\bnot\s)", re.IGNORECASE)
"""Where a note's second correction starts in its sentence ("the bridges should be ten, not twelve, …, and she
would like the bird dog holds to be three seconds …, not five"); "…, and rest 30s on those, not 60" is more of the
first."""
_BARE_COUNT = re.compile(rf"^\s?{COUNT}\b(?=,?\s(?:not|instead)\b|\s?[.!]?\s*$)", re.IGNORECASE)
"""A correction's bare count ("should be ten, not twelve", "the squats are ten not twelve"): the move's reps; never a
count said of something else ("The glute bridge is one of five moves", "The hip hinge: three points of contact")."""
_CORRECTS = re.compile(rf"\bnot\s{COUNT}\b", re.IGNORECASE)
"""A correction's "not 10": a later sentence of a note that says it corrects one more move."""
_SETS_OF_THE = re.compile(r"\b(?:\d{1,2}|two|three|four|five)\ssets\sof\sthe\s(?P<names>[a-z][\w'’ -]{2,40}?"
                          r"(?:(?:,\s(?:and\s)?|\s(?:and|&)\s)(?:the\s)?[a-z][\w'’ -]{2,40}?){0,4})"
                          r"(?=\s?[,.;!)*]|\swith\b|$)", re.IGNORECASE)
"""Sets said of some of the listed moves by name ("I do 3 sets of the bird dogs and the bridges, with about 30
seconds rest between sets. Everything else is just once through.")."""
_REST_BETWEEN_ITS_SETS = re.compile(
    r"\brest\s(?:for\s)?(?P<dose>\d{1,3}\s?(?:s|secs?|seconds?|min|mins?|minutes?))\sbetween\s(?:the\s|your\s)?"
    r"(?P<name>[a-z][\w'’ -]{2,30}?)\ssets\b", re.IGNORECASE)
"""A rest said of one move's sets by its name ("rest 30s between the bridge sets")."""
_ALL_BUT_REST = re.compile(
    r"\b(?:everything|every\s(?:exercise|move|lift)|all\s(?:the\s)?(?:exercises|moves|lifts|sets))\s(?:else\s)?"
    r"(?:except|but|apart\sfrom|other\sthan)\s(?:for\s)?(?:the\s)?(?P<names>[\w'’ ,&-]{2,80}?)\s"
    r"(?:was|is|were|are|had|has|got|gets|get|with)\s(?:a\s)?(?P<dose>\d{1,3}\s?(?:s|secs?|seconds?|min|mins?|minutes?))\b\s?(?:of\s)?rest",
    re.IGNORECASE)
"""A rest for every move but those named ("Everything except the deads and the core finisher was 90s rest between
sets"): each other listed move's rest between sets, where its line gives none."""
_REST_ASKED = re.compile(r"\bhow\s(?:long|much)\b[^?]{0,60}\brest|\brest\b[^?]{0,40}\bhow\s(?:long|much)\b",
                         re.IGNORECASE)
"""A question about the rest between sets ("how long do I rest between the sets?"): the answer's time is the rest
of every move done in sets."""
_ASKED_REST = "\0rest"
"""What :attr:`asked` holds after a question about the rest (no move's name can be it)."""
_NAMES_APART = re.compile(r",\s(?:and\s)?(?:the\s)?|\s(?:and|&)\s(?:the\s)?")
"""Between the moves a sentence names in a row ("the bird dogs and the bridges", "the bridge, bird dog and side
plank")."""
_MAX_AMENDMENTS = 100
"""Notes about single moves kept at most: each is checked against every move listed."""
_REALLY = re.compile(r"\b(?:really|actually|in fact|in reality)\b", re.IGNORECASE)
_SWAPPED = re.compile(rf"\b(?:swapped|switched|replaced|subbed)\s(?:out\s)?(?:the\s|my\s|all\s)?(?P<old>{_NAME})\s"
                      r"(?:out\s)?(?:for|with)\s(?:the\s|a\s|an\s|some\s)?(?P<new>[^.;!?]{3,120})", re.IGNORECASE)
"""A move swapped for another, told after the list ("I've swapped the dead bugs for Pallof press (10 each side,
light band round a door handle)"): past tense only, as "swap the plank for a wall plank if …" offers an option."""
_DROPPED = re.compile(rf"\b(?:dropped|ditched|cut out|took out|removed|left out)\s(?:the\s|my\s|all\s)?"
                      rf"(?P<old>{_NAME})(?=\s(?:completely|altogether|entirely|for now)\b|\s?[,.;!)]"
                      r"|\s(?:and|as|because|since)\s|$)", re.IGNORECASE)
"""A move dropped from the list ("… and dropped the roman chair back extensions completely, they were …")."""
_ADDED = re.compile(rf"\badd\s(?:(?P<it>it|them|this|that)|(?:a\s|an\s|some\s)?(?P<new>{_NAME}))\s"
                    rf"(?:straight\s|right\s|just\s)?(?P<where>after|before)\s(?:the\s|your\s)?(?P<anchor>{_NAME})(?:\s?[:–—-]\s?(?P<said>[^.;!?]{{3,120}})"
                    r"|(?P<dose>\s?(?:\(|,\s|[-–—]\s)[^.;!?]{1,80})?(?=[.;!?]|$))", re.IGNORECASE)
"""A move added next to a listed one ("Add it after the dead bug: bird dog x 8 each side", "add a side plank after
the bridges, 20 s each side")."""
_ADD_AT_END = re.compile(r"\badd\s(?:a\s|an\s|some\s)?(?P<new>[^.;!?,]{3,60}?)\s(?:at\s(?:the\s)?end"
                         r"(?:\sof\s(?:the|your|all)\s(?:\w+\s)?(?:exercises|routine|session|moves|workout|stretches))?"
                         r"|afterwards)\b", re.IGNORECASE)
"""A move a note adds after the others ("And you can add a 10 min walk at the end of the exercises, every day")."""
_INSTEAD = re.compile(r"\bI\s(?:now\s)?(?:do|use|go\sfor)\s(?:now\s)?instead\s(?:is\s)?(?:the\s|a\s|an\s)?"
                      r"(?P<new>[^.;!?]{3,120})", re.IGNORECASE)
"""The move done now in place of one the note names before ("What I do now instead is the McGill curl-up: 5 reps")."""
_ENDS_WITH = rf"{CLOSES_WITH}\s(?:a\s|an\s|the\s|some\s)?(?P<new>[^.;!?]{{3,120}})"
"""The move said last ("finish with a hamstring stretch …"), in a note or a list of changes."""
_FINISH_WITH = re.compile(rf"\bI\s(?:now\s|also\s)?{_ENDS_WITH}", re.IGNORECASE)
"""A move a note adds at the end ("I finish with 5 minutes of easy walking around the flat")."""
CHANGES_LABEL = re.compile(r"(?:^|[.!)]\s)(?:the\s|some\s|a\sfew\s)?(?:changes|updates|amendments|what['’]s\schanged)"
                           r"(?:\sto\s(?:the\s|my\s|your\s)?(?:routine|list|plan|exercises))?:\s*$", re.IGNORECASE)
"""A list's label that says its lines change the moves listed before ("… watched me do it. Changes:")."""
_CHANGED_MOVE = re.compile(rf"^(?P<name>{_NAME}):\s(?P<said>.+)$", re.IGNORECASE)
"""A line of a list of changes that names a move listed before ("Bird dog: keep the 5 s hold but do eight each side
now, and do two sets")."""
_ADDED_FIRST = re.compile(rf"^{OPENS_WITH}\s(?:a\s|an\s|the\s|some\s)?(?P<new>[^.;!?]{{3,120}})",
                          re.IGNORECASE)
_ADDED_LAST = re.compile(rf"^{_ENDS_WITH}", re.IGNORECASE)
_AFTER_THE = re.compile(r",?\s(?:straight\s|right\s|just\s)?after\s(?:the|your)\s[^,.;!?]{2,40}$", re.IGNORECASE)
_KEPT = re.compile(r"^(?:yes|yep|yeah|sure|of\scourse|ok(?:ay)?)\b[\s,.!]*(?:(?:ok(?:ay)?|fine)\b[\s,.!]*)?"
                   r"(?:(?:please\s)?(?:keep|do|add|carry\son\swith)\s(?:it|them|those|that)\b|(?P<named>(?:the\s)?[a-z]))",
                   re.IGNORECASE)
"""A yes to "can I still do the knee hugs from last time?" ("Yes keep them. Do them after the bird dogs. 3 x 20 second
hold each leg"), or one that names the move with its dose ("yes ok. knee hugs 30 secs, at the very end"): the move
asked about is added, with the answer's dose."""
_PUT_WHERE = re.compile(rf"\b(?:do|put|add)\s(?:it|them|those)\s(?P<where>after|before)\s(?:the\s|your\s)?"
                        rf"(?P<anchor>{_NAME})(?=\s?[.,;!]|$)", re.IGNORECASE)
"""Where the answer puts the move it keeps ("Do them after the bird dogs")."""
_QUESTION_FIRST = re.compile(r"^[^?.!]{8,120}\?(?=\s[^?]{1,80}$)")
"""A message that asks first and says why after ("can I still do the knee hugs from last time? they really help at
night")."""
_FOR_NAMED = re.compile(
    r"^(?:for|with)\s(?:the\s)?(?:[a-z ]{3,40}?\s?[—–-]\s|[a-z ]{3,40}?\s?\(\s?)?(?:the\s)?"
    r"(?P<names>[a-z][\w'’ ,&-]{2,160}?)\s?(?:[—–)-]|,)\s?"
    r"(?P<dose>(?:start\swith|begin\swith|do|aim\sfor|try)\s[^.;]{3,120})", re.IGNORECASE)
"""A sentence that gives some listed moves a dose by name ("For the three strengthening exercises — the bridge, bird
dog and side plank — start with 2 sets, resting 30 to 60 seconds between sets")."""
_MAX_CHANGE_CHARS = 2000
"""The longest message looked at for changes to the list: a change is said in a short note."""


def _first_clause(text: str) -> str:
    """The words of a note that bring one move, up to where the note goes on ("Pallof press (10 each side, light
    band) and dropped the back extensions", "a side plank, which I love"): a bracket is kept whole, a comma before
    a dose ("Pallof press, 10 each side") too."""
    depth = 0
    for index, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if depth > 0:
            continue
        if char == "," and not _DOSE_NEXT.match(text, index + 1):
            return text[:index]
        if char == " " and _GOES_ON.match(text, index):
            return text[:index]
    return text


_DOSE_NEXT = re.compile(rf"\s?(?:{COUNT}|x\s?\d|hold|for\s)",
                        re.IGNORECASE)
_GOES_ON = re.compile(r"\s(?:and|but|then|so|because|as|since|which|instead)\s", re.IGNORECASE)


def note_about(text: str) -> str | None:
    """The move a short note is about by its form ("the bird dogs are 8 EACH SIDE", "make that 8 for the bird dog"),
    without reading it: a cheap first look before :meth:`AmendmentReading._amendment` reads it and keeps what it
    says."""
    corrected, found = _note_forms(_BULLET.sub("", " ".join(_EMPHASIS.sub("", text).split())))
    told = corrected or found
    return _ON_THE_SHEET.sub("", told.group("name")) if told is not None else None


def _note_forms(text: str) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """A correction that says its dose first (:data:`_FOR_THE`), else a note that names its move first (one of
    :data:`_ABOUT_MOVE`, "Bird dog is 3 x 6 each side, not 10.", "I had the bridges wrong, it's …", "correct the chin
    tucks — it should be …")."""
    corrected = _FOR_THE.search(text)
    if corrected is not None:
        return corrected, None
    return None, _about_move(text) or _CORRECTED_IS.match(text) or _HAD_WRONG.search(text) or _CORRECT_THE.search(text)


def _time_last(text: str) -> str:
    """A move said after its time ("5 minutes of walking") as a line says it, the time after the name ("walking 5
    minutes"): a day's "minutes of walking" is no dose, a change's first move is."""
    return re.sub(r"^(\d{1,3}(?:-\d{1,3})?\s(?:minutes?|mins?|seconds?|secs?))\sof\s(.{3,60})$", r"\2 \1", text)


def _about_move(text: str) -> re.Match[str] | None:
    """The first note about a move in ``text``: the leftmost of the note forms, the one listed first where two start
    at the same place (as one pattern of them all would find it, with one name group)."""
    found = (pattern.search(text) for pattern in _ABOUT_MOVE)
    return min((m for m in found if m is not None), key=lambda m: m.start(), default=None)


class AmendmentReading(WalkState):
    """Keeps and applies notes about one move (see the module's description)."""

    def _amendment(self, entry: Entry) -> bool:
        """A note about one move rather than a line of the workout: "the bird dogs are 8 EACH SIDE, alternating",
        "the rows are one arm at a time, 10 each arm", or the answer to a question about a move ("dead bug x12 – is
        that 12 each side or 12 altogether?" then "12 total, so 6 each side"). Kept to settle that move's dose
        once the whole article is read; a rest said for all but one move ("60 sec on everything except the rows,
        those get 90 sec") settles that move's rest. True when the entry is that note and nothing else (a writer's
        "I had the bridges wrong, it's three sets of eight not two"), so no move of its own."""
        text = _BULLET.sub("", " ".join(_EMPHASIS.sub("", entry.text).split()))
        # ("- Side plank should be 3 x 10 sec each side, not 20.", "_Update from Ros, 12 May:_ squats are now …")
        asked, self.asked = self.asked, None
        if len(text) <= _MAX_CHANGE_CHARS:
            self._list_changes(entry, text)
            self._doses_for_named(entry, text)
        if EDIT_NOTE.match(text):
            sentences = SENTENCE.split(text)  # "Correction from Mr H. re: … — the chin tucks should be … And the …"
        elif len(text) > 300 and _TO_CORRECT.search(text[:3000]):
            sentences = [s for s in SENTENCE.split(text[:3000]) if _TO_CORRECT.search(s)]  # "… wants me to correct …"
        else:
            sentences = []
        if len(text) > 300 or len(sentences) > 1:
            before = len(self.amendments)
            for sentence in sentences[:_MAX_AMENDMENTS]:  # "A correction from Dani …: the bridges should be ten, not
                if len(sentence) <= 300:  # twelve, …": each sentence a note of its own
                    self._amendment(replace(entry, text=sentence))
            return len(text) <= 300 and len(self.amendments) > before
        if asked == _ASKED_REST:
            said = read_dose(text).settle()
            rest = said.rest or said.hold
            if rest is not None and said.reps is None and len(self.rests_but) < _MAX_AMENDMENTS:
                self.rests_but.append(([], rest))  # "about 30 seconds to a minute, whatever feels ok"
                self.last = None
                return False
        kept = _KEPT.match(text) if asked is not None and asked != _ASKED_REST else None
        if kept is not None and kept.group("named") is not None and not any(
                where == 0 and found.name == asked
                for where, found, _w in self.matcher.mentions(text[kept.start("named"):][:200])):
            kept = None  # "yes, the bridges are fine": no answer about the move asked of
        if kept is not None and asked is not None and len(self.list_changes) < _MAX_AMENDMENTS:
            dosed = next((x for x in SENTENCE.split(text) if read_dose(x).has_work), None)
            if dosed is not None:
                put = _PUT_WHERE.search(text)
                kind, anchor = (f"add {put.group('where').lower()}", put.group("anchor")) if put else ("append", "")
                self.list_changes.append(ListChange(kind, anchor, f"{asked} - {dosed}", entry))
                self.last = None
                return False
        question = _QUESTION_FIRST.match(text) if not text.endswith("?") else None
        if question is not None:
            # "can I still do the knee hugs from last time? they really help at night": the question, then why
            named = self.matcher.mentions(question.group(0))
            if named and not read_dose(text).has_work:
                self.asked = named[0][1].name
            return False
        if text.endswith("?"):
            if _REST_ASKED.search(text):
                self.asked = _ASKED_REST
                return False
            named = self.matcher.mentions(text)
            split = split_entry(re.split(r"\s[-–—]\s|\?", text)[0])
            if named:
                self.asked = named[0][1].name
            elif split.name and is_name_like(split.name) and len(split.name.split()) <= 4:
                self.asked = split.name
            return False
        rounds_now = _ROUNDS_NOW.search(text)
        if rounds_now is not None:
            count = read_cell(rounds_now.group("n"), "reps").reps
            if count is not None and count.is_single and 1 <= count.low <= 20:
                self.rounds_now = count.low  # settled on the one circuit with rounds, once all is read
                return True
        except_rest = EXCEPT_REST.search(text)
        if except_rest is not None:
            rest = read_dose(f"rest {except_rest.group('dose')}").rest
            if rest is not None and len(self.amendments) < _MAX_AMENDMENTS:
                self.amendments.append((except_rest.group("name"), Dose(rest=rest), Position()))
            return False  # the rest for everything else is read as any rest
        sets_of = _SETS_OF_THE.search(text)
        if sets_of is not None:
            # "I do **3 sets of the bird dogs and the bridges**, with about 30 seconds rest between sets": those moves'
            sentence = next((x for x in SENTENCE.split(text) if sets_of.group(0) in x), sets_of.group(0))
            said = read_dose(sentence).settle()
            for name in _NAMES_APART.split(sets_of.group("names")):
                if name.strip() and len(self.amendments) < _MAX_AMENDMENTS:
                    self.amendments.append((name.strip(), Dose(sets=said.sets, rest=said.rest), entry_position(entry)))
            return False
        rest_of = _REST_BETWEEN_ITS_SETS.search(text)
        if rest_of is not None and self.matcher.find(rest_of.group("name")).entry is not None:
            # "rest 30s between the bridge sets, rest of it just go straight thru": that move's rest, said after
            rest = read_dose(f"rest {rest_of.group('dose')}").rest
            if rest is not None and len(self.amendments) < _MAX_AMENDMENTS:
                self.amendments.append((rest_of.group("name"), Dose(rest=rest), entry_position(entry)))
                self.last = None
            return False
        all_but = _ALL_BUT_REST.search(text)
        if all_but is not None:
            rest = read_dose(f"rest {all_but.group('dose')}").rest
            if rest is not None and len(self.rests_but) < _MAX_AMENDMENTS:
                names = [n for n in re.split(r",\s|\sand\s|\s&\s", all_but.group("names")) if n.strip()]
                self.rests_but.append(([re.sub(r"^the\s", "", n.strip(), flags=re.IGNORECASE) for n in names], rest))
                self.last = None  # said of the list, not of the move right above it
            return False
        corrected, found = _note_forms(text)
        name = found.group("name") if found is not None else asked
        if name is not None:
            name = _ON_THE_SHEET.sub("", name)  # "the bridges on the sheet are 2 x 15, not 3"
        told = text[found.end():] if found is not None else text
        if corrected is not None:
            # "Oops sorry that should be 3 sets for the sit to stand not 2!!": the dose, then the move it is for
            name, told = corrected.group("name"), corrected.group("dose")
            if told.strip().isdigit():
                told = f"{told.strip()} reps"  # "make that 8 for the bird dog": a bare count is its reps
        if name is None:
            return False
        if found is not None:
            # "So the curl-up is really three sets (5, then 3, then 1) … Rest about 20 seconds between sets. For the
            # side bridge and bird dog that is on each side.": the note is its own sentence, the next ones the page's
            told = _AND_THEN.split(SENTENCE.split(told, maxsplit=1)[0], maxsplit=1)[0]
        really = list(_REALLY.finditer(told))
        if really and read_dose(told[really[-1].end():]).has_work:
            told = told[really[-1].end():]  # "I log them as 4 sets, but it's really 2 sets of 30 sec": the last word
        said = read_dose(told)
        if said.rounds is not None and said.sets is None:
            said = replace(said, sets=said.rounds, rounds=None)  # "the side plank: I now do three rounds each side"
        bare = _BARE_COUNT.match(told) if found is not None and not said.has_work else None
        if bare is not None:
            said = read_cell(bare.group(0), "reps")  # "the bridges should be ten, not twelve": ten of them
        if said.settle().reps is None and said.sets is None and said.hold is None and said.per is None:
            return False
        if found is None and corrected is None \
                and not re.match(r"^\W{0,3}\d|^(?:it'?s|that'?s|yes|no)\b", text, re.IGNORECASE):
            return False  # an answer opens with its number ("12 total, so 6 each side")
        if len(self.amendments) < _MAX_AMENDMENTS:
            self.amendments.append((name, said, entry_position(entry)))
        if found is not None and found.re in (_HAD_WRONG, _CORRECT_THE):
            return True
        if found is not None:
            # "CORRECTION 🙈 plank should be 30 sec not 40 for now. We'll build up. Also dead bug is 8 each side not
            # 10": a later sentence that corrects another move ("… not 10") is a note of its own
            later = _AND_THEN.split(SENTENCE.split(text[found.end():], maxsplit=1)[0], maxsplit=1)[1:] \
                + SENTENCE.split(text[found.end():])[1:]
            corrects = next((n for n, sentence in enumerate(later) if _CORRECTS.search(sentence)), None)
            if corrects is not None:
                self._amendment(replace(entry, text=" ".join(later[corrects:])))
        return False

    def _doses_for_named(self, entry: Entry, text: str) -> None:
        """A dose said of some of the listed moves by name, in a sentence of its own ("For the three strengthening
        exercises — the bridge, bird dog and side plank — start with 2 sets, resting 30 to 60 seconds between
        sets."): those moves' sets and rests, once the article is read."""
        for sentence in SENTENCE.split(text):
            found = _FOR_NAMED.search(sentence) if len(sentence) <= 400 else None
            if found is None or not re.search(r",\s|\s(?:and|&)\s", found.group("names")):
                continue  # two moves named at least
            said = read_dose(found.group("dose")).settle()
            if said.sets is None and said.rest is None:
                continue
            for name in _NAMES_APART.split(found.group("names")):
                if name.strip() and self.matcher.find(name.strip()).entry is not None \
                        and len(self.amendments) < _MAX_AMENDMENTS:
                    self.amendments.append((name.strip(), Dose(sets=said.sets, rest=said.rest), entry_position(entry)))

    def _changed_item(self, entry: Entry) -> bool:
        """A line of a list of changes ("Changes:" over it): a move listed before with its new dose ("Bird dog: keep
        the 5 s hold but do eight each side now, and do two sets, with a rest of thirty seconds"), or a move it adds
        first or last ("Start with five minutes of walking", "Finish with a hamstring stretch …, 30 seconds a leg,
        after the knee hugs"); a move added next to one ("Add dead bugs straight after the bridges: 3 sets of 8") is
        read as any note's. True when the line is such a change, so no move of its own."""
        text = " ".join(_EMPHASIS.sub("", entry.text).split())
        if len(text) > _MAX_CHANGE_CHARS or len(self.list_changes) >= _MAX_AMENDMENTS:
            return False
        first = _ADDED_FIRST.match(text)
        listed = [d for b in self.session.blocks for d in b.drafts]
        if first is not None and listed:
            new = re.split(r"\s[-–—]\s", first.group("new"), maxsplit=1)[0]  # "… walking — up to the helipad": where
            self.list_changes.append(ListChange("add before", listed[0].name, _time_last(plain(new).text), entry))
            return True
        last = _ADDED_LAST.match(text)
        if last is not None:
            new = _time_last(plain(_AFTER_THE.sub("", last.group("new"))).text)  # "…, after the knee hugs": last
            self.list_changes.append(ListChange("append", "", new, entry))
            return True
        changed = _CHANGED_MOVE.match(text)
        if changed is not None and self._targets(self.session.blocks, changed.group("name"), entry_position(entry)):
            said = read_dose(changed.group("said"))
            if said.has_work or said.sets is not None or said.rest is not None:
                self.amendments.append((changed.group("name"), said, entry_position(entry)))
                return True
        return False

    def _list_changes(self, entry: Entry, text: str) -> None:
        """Keeps what a note changes in the list of moves (see the module's description)."""
        for sentence in SENTENCE.split(text):
            for swapped in _SWAPPED.finditer(sentence):
                self.list_changes.append(ListChange("swap", swapped.group("old"), swapped.group("new"), entry))
            for dropped in _DROPPED.finditer(sentence):
                self.list_changes.append(ListChange("drop", dropped.group("old"), None, entry))
            for added in _ADDED.finditer(sentence):
                new = added.group("said") if added.group("it") else added.group("new") + (
                    f": {added.group('said')}" if added.group("said") else added.group("dose") or "")
                # ("add a side plank after the bridges, 20 s each side", "Add dead bugs straight after the bridges: 3
                # sets of 8")
                if new:
                    self.list_changes.append(ListChange(f"add {added.group('where').lower()}", added.group("anchor"),
                                                        new, entry))
            for added in _ADD_AT_END.finditer(sentence):
                self.list_changes.append(ListChange("append", "", added.group("new"), entry))
        if EDIT_NOTE.match(text):
            # a post's "EDIT 2: … sit-ups aren't great … What I do now instead is the McGill curl-up: 5 reps, hold
            # each for 10 seconds.", "EDIT 3: … I finish with 5 minutes of easy walking": the list as it is now
            for sentence in SENTENCE.split(text):
                instead = _INSTEAD.search(sentence)
                if instead is not None:
                    said_before = text[:text.find(sentence)] + sentence[:instead.start()]
                    self.list_changes.append(ListChange("instead", said_before, instead.group("new"), entry))
                finish = _FINISH_WITH.search(sentence)
                if finish is not None:
                    self.list_changes.append(ListChange("append", "", finish.group("new"), entry))
        if len(self.list_changes) > _MAX_AMENDMENTS:
            del self.list_changes[_MAX_AMENDMENTS:]

    def _targets(self, blocks: list[BlockDraft], name: str, where: Position) -> list[Draft]:
        """The moves listed elsewhere in the article that a note's name means ("the rows" of a "Single arm dumbbell
        row", "the dead bugs" of a "Dead bug")."""
        known = self.matcher.find(name).entry
        key = known.name if known is not None else plain_key(name)
        drafts = [draft for block in blocks for draft in block.drafts if draft.position != where]
        named = [draft for draft in drafts
                 if (draft.match.entry is not None and draft.match.entry.name == key) or plain_key(draft.name) == key
                 or plain_key(draft.name).endswith(f" {key}")]
        # ("the chin tucks" of the "Wall-free chin tucks", when no move is called just that: "the plank" is the
        # plank, never the side plank beside it)
        return named or [draft for draft in drafts if plain_key(draft.name).endswith(f" {plain_key(name)}")]

    def _settle_list_changes(self, blocks: list[BlockDraft]) -> None:
        """A change applies to moves listed before its note; a move it brings takes the note's dose, or the dose of
        the move it replaces when the note gives none. The note, read as a line of its own, is then no move."""
        brought: list[Draft] = []
        for change in self.list_changes:
            where = entry_position(change.note)
            before = [d for b in blocks for d in b.drafts
                      if (d.position.line, d.position.column) < (where.line, where.column)]
            if change.kind == "instead":
                named = [d for _w, library_entry, _t in self.matcher.mentions(change.old)
                         for d in before if d.match.entry is library_entry]
                targets = named[-1:]  # the move the note spoke of last, before what it does instead
            elif change.kind == "append":
                targets = before[-1:]  # after the last move listed
            else:
                listed = {id(d) for d in before}
                targets = [d for d in self._targets(blocks, change.old, where) if id(d) in listed]
            draft = None
            if change.new is not None:
                split = split_entry(_first_clause(change.new))
                if not is_name_like(split.name):
                    continue
                dose = read_line_dose(split.dose_text) if split.dose_text else Dose()
                if split.leading_reps and dose.reps is None:
                    dose = dose.merged(read_cell(split.leading_reps, "reps"))
                if not dose.has_work and change.kind in ("swap", "instead") and targets:
                    dose = targets[-1].dose  # "swapped the dead bugs for Pallof press": the same slot, the same dose
                draft = self._draft(split.name, dose, change.note, "line", split.remark)
            if not targets:
                continue
            for block in blocks:  # the note read as a line of its own; not a move another change brought
                block.drafts = [d for d in block.drafts if d.position != where or any(d is b for b in brought)]
            target = targets[-1]
            for block in blocks:
                index = next((number for number, listed in enumerate(block.drafts) if listed is target), None)
                if index is None:
                    continue
                if draft is not None:
                    brought.append(draft)
                if draft is None:
                    del block.drafts[index]
                elif change.kind in ("swap", "instead"):
                    block.drafts[index] = draft
                else:
                    block.drafts.insert(index + (change.kind in ("add after", "append")), draft)

    def _settle_amendments(self) -> None:
        """Each note applies to the move it names as listed elsewhere in the article; the note itself, read as a
        line of its own ("The side planks"), is then no move. A note naming no listed move changes nothing."""
        blocks = [b for s in (self.outside, *self.sessions) for b in s.blocks]
        self._settle_list_changes(blocks)
        for names, rest in self.rests_but:
            keys = [plain_key(name) for name in names]
            for block in blocks:
                title = plain_key(block.title)
                if any(key and title.startswith(key) for key in keys):
                    continue  # "… and the core finisher": the part the sentence leaves out
                left_out = {id(d) for name in names for d in self._targets([block], name, Position())}
                for draft in block.drafts:
                    sets = draft.dose.settle().sets
                    if draft.dose.rest is None and id(draft) not in left_out and sets is not None and sets != 1:
                        draft.dose = replace(draft.dose, rest=rest)  # a rest between sets: only of moves in sets
        circuits = [b for b in blocks if b.dose.rounds is not None]
        if self.rounds_now is not None and len(circuits) == 1:
            circuits[0].dose = replace(circuits[0].dose, rounds=self.rounds_now)  # "Rounds cut to THREE today"
        for name, said, where in self.amendments:
            targets = self._targets(blocks, name, where)
            if not targets:
                continue
            for block in blocks:
                block.drafts = [d for d in block.drafts if d.position != where]
            settled = said.settle()
            values: dict[str, object] = {k: getattr(settled, k) for k in ("sets", "reps", "hold", "rest", "per")
                                         if getattr(settled, k) is not None}
            for draft in targets:
                own = draft.dose
                counted = own.repeat is not None and own.sets is None  # its sets (if any) only its repeats, settled
                if own.repeat is not None and ("reps" in values or "sets" in values):
                    own = own.settle()  # "Dead bug x 10 each side", then "dead bug is 8 each side": 8 reps, not 10 sets
                mine = dict(values)
                if counted and "reps" in mine and "sets" not in mine:
                    mine["sets"] = None  # "6 each side, hold 15 sec", then "6 each side but hold each one 5 seconds":
                    # six reps held five seconds, no six sets
                if "reps" in mine and own.hold is not None and "hold" not in mine and own.reps is None:
                    mine["hold"] = None  # "8 EACH SIDE" of a move logged as timed sets
                draft.dose = replace(own, **mine)  # type: ignore[arg-type]
                draft.amended = True


def settle_as_before(reading: Reading, earlier: Reading) -> None:
    """A reply's list whose lines say "no change" ("4. Bridges - no change") takes those moves' doses from the
    earlier list it quotes ("> 4. Bridges - 2 sets of 12, rest 30 secs between sets"), read on its own."""
    said = {d.key: d for s in (earlier.outside, *earlier.sessions) for d in s.drafts if d.dose.has_work}
    for session in (reading.outside, *reading.sessions):
        for draft in session.drafts:
            before = said.get(draft.key) if draft.as_before else None
            if before is not None:
                draft.dose = before.dose.merged(draft.dose)
                draft.description += [t for t in before.description if t not in draft.description]
