"""Exercise names: telling a name from a sentence, splitting it from its dose, finding it in the library.

An article writes "Face Pulls (Resistance Band or Cable) – 3 sets of 15 reps", "15 x Squat (3 sets …)",
"Squats 3x10" or just "Cat camel"; :func:`split_entry` finds the name, the dose text and any remark in
brackets. :class:`Matcher` then finds the move in the exercise library by its name or an alias, also in
the forms articles use ("Planking" for "Plank", "Squat" for "Squats", a small misspelling), so the
routine gets the library's instructions, cautions and figure; how a match was made is reported as a
guess when it is not a plain name or alias.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ..exercise_library import ExerciseLibrary, LibraryExercise, normalise_name
from ..suggest import closest, edit_distance
from .dates import DAY_MONTH
from .phrases import Fact, Plain, find_facts, plain
from .source import Entry, Kind

MAX_NAME_CHARS = 70
MAX_NAME_WORDS = 9
MAX_SPLIT_CHARS = 600
"""Only the start of a longer entry is looked at for a name (no name is that long; a paragraph is not one)."""
_FUZZY_LIMIT = 400
"""At most this many names per article are compared letter by letter with the library (each costs a few
milliseconds), so an article of a thousand unknown names stays fast."""

_NOT_IN_NAMES = frozenset(
    (
        "i", "i'm", "i've", "you", "you're", "your", "yours", "we", "our", "us", "my", "me", "is", "are", "was",
        "were", "be", "been", "being", "should", "can", "could", "will", "would", "may", "might", "must",
        "shall", "this", "these", "those", "it", "it's", "its", "they", "them", "their", "there", "how", "why",
        "what", "when", "where", "which", "who", "whom", "if", "because", "so", "but", "also", "not", "don't",
        "doesn't", "has", "have", "had", "do", "does", "did", "here", "helps", "help", "let's", "lets", "than",
        "then", "very", "more", "most", "less", "really", "just", "please", "click", "read", "watch", "below", "above",
        "says", "said", "told",
    )
)
_NOT_FIRST = frozenset(
    ("hold", "do", "aim", "repeat", "stay", "perform", "complete", "try", "keep", "work", "spend", "take",
     "make", "then", "and", "or", "each", "every", "again", "now", "next", "finally", "with", "for", "to", "on", "in",
     "at", "after", "before", "during", "while", "as", "a", "an", "increase", "decrease", "reduce", "progress",
     "start", "begin", "continue", "reps", "sets", "rounds", "repetitions", "no", "that's", "it's", "here's",
     "there's", "that", "this", "these", "those")
)
_SMALL_WORDS = frozenset(("the", "a", "an", "of", "and", "or", "to", "for", "with", "your", "my", "our", "this", "x"))
_PAUSES = frozenset(("rest", "recover", "recovery", "break", "pause", "rest period", "rest time", "rebound", "total",
                     "total time", "in total", "work", "work time", "working", "change-over", "changeover"))
_PART_VERBS = frozenset(("finish", "start", "begin", "end", "then", "next", "finally"))
"""The verb of "Finish with a couple of minutes of easy walking …" left alone: a way into a sentence, no move."""
_LEAD = re.compile(
    r"^(?:(?:(?:exercise|move|step|stretch)\s(?:no\.?|number)\s?|exercise|move|step|no\.?|number|#|tabata|station)"
    r"\s?\d{1,3}\s?[:.)\-–—]?\s*|\d{1,3}[.)]\s+|\d{1,2}\s?·\s+"
    r"|\(?[a-z]\)\s+"
    r"|[a-h][1-9][.):]?\s+(?=[a-z])"  # "A1. Lat pulldown", "B2) Face pull": a superset's pairs
    r"|(?-i:\d{1,2}[A-F])[.):]?\s+(?=[a-z])"  # "5A Suitcase carry", "5B Dead bug": the same, number first
    r"|(?-i:[A-L])\.\s+(?=(?-i:[A-Z][a-z]))"  # "A. Cat-camel", "H. Dead hang": a coach's sheet lettering its moves
    r"|(?:minutes?|mins?)\s?\d{1,2}(?:\s?[-–]\s?\d{1,2})?\s?[:.)\-–—]\s*"  # an EMOM's "Minute 1: 12 swings"
    r"|(?:odd|even)\s(?:minutes?|mins?)(?:\s?\([\d,\s&and]{1,30}\))?\s?[:\-–—]\s*"  # "Odd minutes (1, 3, 5):"
    r"|(?:the\s)?(?:last|final)\s(?:one|move|exercise|stretch|thing)\s?[:\-–—,]\s*(?:an?\s(?=\w))?"  # a chat's "Last
    # one - hip flexor …", a blog's "Last thing: a kneeling hip flexor stretch, …"
    r"|(?:new|added|bonus)(?:\s(?:one|move|exercise))?\s?:\s*"
    r"|card\s?:\s*"  # a task board's "### Card: Cat-cow"  # a revised list's "NEW: side plank from your knees"
    # a programme's own label of its moves ("WFE 3 — Single knee to chest"), never a part, a day or a format
    r"|(?!(?:amrap|emom|e2mom|rft|hiit|day|week|part|block|round|set|stage|phase|level|class|wod)\b)"
    r"(?-i:[A-Z]{2,5})\s?\d{1,2}\s?[—–:.)-]\s+(?=[A-Za-z]))",
    re.IGNORECASE,
)
_TABATA = "8 rounds of 20 s on, 10 s off"
_COUNT_BEFORE_BRACKET = re.compile(r"(?<=[a-z])\s\d{1,3}\s?$")
"""A bare count between a name and its bracket of dose ("Pelvic tilts 10 (5s hold)")."""
_SEPARATORS = re.compile(r"\s[-–—|]\s|:\s|\s?[–—]\s?|,\s(?=\d)|\s?(?:\.{4,}|…{2,})\s?|\s\.{2,3}\s(?=\d)")
"""Where a name ends and its dose starts; dot leaders set to a column are as short as three dots after a long name
("Hip hinges (hands on thighs) ... 10"), or two ("Sit to stand from a chair .. 10"), then a number follows them."""
_PAREN = re.compile(r"\(([^()]{0,200})\)")
_NAME_GOES_ON = re.compile(r"\s?(?!(?:hold|holding|for|each|rest|reps?|sets?|repeat|times|per|with|without|then|and|"
                           r"or|on|onto|to|in|into|at|x|from|off|against|using|over|under|by|while)\b)"
                           r"[A-Za-z]{3,}(?:\s[A-Za-z]+){0,3}\s*$", re.IGNORECASE)
"""After a word in brackets, the rest of a name: the brackets are inside it ("Deep abdominal (core) activation")."""
_TRAILING = re.compile(r"(?:[\s,;:.\-–—(]|\b(?:for|x|do|of|with|and|then|at|about|around|(?<!\bin\s)first|afterwards|"
                       r"beforehand|again|-)\b|(?<=,\s)hold(?:ing)?\b)+$",
                       re.IGNORECASE)
_SIDE_TAIL = re.compile(r"\s/\s?(side|leg|arm)s?\s*$", re.IGNORECASE)
"""A whiteboard's side after the name ("Bird Dogs / side", "Side Plank / side")."""
_LEADING_COUNT = re.compile(r"^(\d{1,3}(?:\s?[-–]\s?\d{1,3})?)\s?(?:x|×)?\s+(?=[A-Za-z])")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_QUALIFIER = re.compile(r"^(easy|brisk|light|gentle|slow|controlled|modified|bodyweight|body[\s-]weight|"
                        r"iso(?:metric)?(?:\s(?:hold|holds))?)\s+(?=[a-z])",
                        re.IGNORECASE)
"""How to do a move, written before its name ("easy walking", "10 bodyweight good mornings", "iso hold side
plank"): not the move."""
_POSITION_TAIL = re.compile(
    r"\s(on (?:all fours|(?:your\s)?hands and knees|your (?:back|front|side|stomach|tummy)|the floor|a mat)"
    r"|from (?:the\s|your\s)?(?:forearms|elbows))$",
    re.IGNORECASE)
"""Where to do a move, written after its name ("Cat stretch on all fours"): not the move."""
_ABBREVIATIONS = {"kb": "kettlebell", "db": "dumbbell", "bb": "barbell", "rdl": "romanian deadlift",
                  "sl": "single leg", "fig": "figure", "ext": "extension", "ext.": "extension", "supine": "lying",
                  "str": "stretch", "str.": "stretch",
                  **{str(n): word for n, word in enumerate(("zero", "one", "two", "three", "four", "five", "six",
                                                              "seven", "eight", "nine"))}}
"""A gym's shorthand in a move's name, spelt out to find the library's move; a clinician's "supine" is lying."""
_SAID_FIRST = re.compile(r"^[^.!?\d]{2,40}[.!]\s+")
"""A short sentence before a line that starts with its time ("Nothing fancy. 5 minutes on the rower …")."""
_TIME_ON = re.compile(r"\S{1,10}\s(?:minutes?|mins?|seconds?|secs?)\s(?:on|of)\s", re.IGNORECASE)
"""A time of something ("5 minutes on the rower", "two minutes of marching"): the move follows its dose."""
_SIDE_WORDS = re.compile(r"(?:each|per|a|on each|every)\s(?:side|leg|arm|way|direction)", re.IGNORECASE)
_SHORTENED = re.compile(r"(?<=\b[A-Za-z]{2})[a-z]{0,2}\.(?=\s[a-z])")
"""A word a table shortens, its dot before the name goes on in lower case ("ext. rotation", "alt. arms")."""
_DIRECTION_AFTER = frozenset(("forwards", "forward", "fwd", "backwards", "backward", "back", "bwd", "clockwise",
                              "anticlockwise", "anti-clockwise"))
"""Which way a move goes, said after its name ("Arm circles forwards"): the move, one way."""
_WORD_DASH = re.compile(r"(?<=[A-Za-z])[–—](?=[A-Za-z])")
"""A dash typed between two words of a name with no space ("Cat–cow"): a hyphen."""
_WAY_TAIL_SAID = re.compile(r"\s\(?(side[\s-]to[\s-]side|left and right|both ways|each way)\)?$", re.IGNORECASE)
"""Both ways said after a move's name ("Knee rolls side to side"): the move, its way a remark."""
_POSTURE_AFTER = frozenset(("lying", "standing", "seated", "sitting", "kneeling", "prone", "supine"))
"""How a move is done, written after its name ("Piriformis stretch – lying") as before it ("Lying …")."""
_SETTING_WORDS = frozenset(("from", "against", "using", "holding", "with", "off", "on", "onto", "around", "round"))
"""Words after a move's name that say where or with what it is done ("from the kitchen chair", "with a band")."""
_HOW_IT_RESTS = frozenset(("knees", "knee", "elbows", "toes", "forearms", "hands", "fingertips", "ball", "wall", "step",
                           "bench", "box", "chair", "side", "back", "front", "floor", "spot", "place"))
"""What a move rests on when it is another way of doing it ("Plank on the knees", "Bridge on the ball"), or where it
stays ("Walk on the spot" is marching): no place it is done."""
_BARE_WORDS = frozenset(("pose", "poses", "stretch", "stretches", "twist", "hold", "bridge", "start", "lying", "lie",
                         "sitting", "kneeling", "standing", "resting"))
"""What is left of a name that only means something with its qualifier ("Easy pose" is a yoga pose, "Lying on your
front" a posture held)."""


def unqualified(name: str) -> tuple[str, str] | None:
    """``("good mornings", "bodyweight")`` for "bodyweight good mornings"; ``None`` when nothing is to strip
    or what is left is no name of its own ("Easy pose")."""
    found = _QUALIFIER.match(name.strip())
    if found is None:
        tail = _POSITION_TAIL.search(name.strip())
        if tail is None:
            return None
        rest = name.strip()[:tail.start()].strip()  # "Cat stretch on all fours": the cat stretch, on all fours
        return None if rest.lower() in _BARE_WORDS or len(rest) < 4 else (rest, tail.group(1))
    rest = name.strip()[found.end():].strip()
    if rest.lower() in _BARE_WORDS or len(rest) < 4:
        return None
    return rest, found.group(1)


@dataclass(frozen=True)
class Split:
    """An entry cut into its name, the text that holds its dose, and a remark in brackets."""

    name: str
    dose_text: str
    remark: str | None = None
    leading_reps: str | None = None
    """A count written before the name ("15 x Squat", "10 push-ups"): reps."""
    separated: bool = False
    """The name was set off by a dash, a colon or brackets ("Plank: 30 seconds"), not just followed by a dose."""


_MONTH_ALONE = re.compile(r"^(?:january|february|april|june|july|august|september|october|november|december)\W*$",
                          re.IGNORECASE)
"""A month alone ("June" of a diary's heading "### 18 June" once its day is read as a count); never "March", "May",
which a move's name or a sentence starts with."""
_DATED = re.compile(rf"\b{DAY_MONTH}(?:\s\d{{4}})?$", re.IGNORECASE)
"""A name that ends with a date ("Posted 14 Oct", "Wed 5 March 2026"): a byline or a stamp."""


def is_name_like(text: str) -> bool:
    """Whether text can be an exercise's name: a few words, no sentence ("I'm in pain", "How often …?")."""
    text = text.strip()
    if not text or len(text) > MAX_NAME_CHARS or text.endswith(("?", "!")):
        return False
    words = _WORD.findall(_PAREN.sub(" ", text))
    if not words or len(words) > MAX_NAME_WORDS or not text[0].isalnum():
        return False
    if text.lower().rstrip(" :.") in _CHART_LABELS or text.lower().rstrip(" :.") in _POSTURES \
            or text.lower().rstrip(" :.") in _PAUSES:
        return False  # a tick chart's rows ("AM: [ ] [ ] …", "Day: 1 2 3"): when, not what
    if _COUNTED_PARTS.match(text) or _REST_SAID.match(text) or _STAGE.match(text):
        return False  # "6 exercises, 2 rounds": how the workout is built; "Rest between sets", "Stage 2": no move
    if "=" in text:
        return False  # a card's key, "ea = each side / each leg": what its shorthand means
    if _ALL_OF.search(text):
        return False  # "3 rounds of all the stations", "Walk to the next station": the circuit, not a move of it
    if _HANDLE.match(text):
        return False  # "kez.fitt", "tomhughes_91", "backwithbex (creator)": a commenter's handle over the comment
    if _DATED.search(text) or _MONTH_ALONE.match(text):
        return False  # "Posted 14 Oct", a forum post's date over it, a diary's "18 June" (its day a count): when
    if re.search(r"[.!?;]\s+\S", _SHORTENED.sub("", text)) or text.count(",") > 2 or "http" in text.lower():
        return False  # a sentence ends inside: no name ("Banded ext. rotation" has a shortened word, no end)
    if text.endswith(".") and len(words) >= 3:
        return False  # "Stretching improves range of motion." is a sentence, not a move
    shouting = _all_capitals(text)  # "KNEE ROLLS", a handout's heading: its words, not acronyms
    lowered = [w.lower().replace("’", "'") for w in words if shouting or not (len(w) > 1 and w.isupper())]  # "IT band"
    if lowered and lowered[0] in _NOT_FIRST and words[0].lower().replace("’", "'") == lowered[0]:
        return False  # "Hold a forearm plank …" is an instruction ("ADIM with heel slides" starts with its acronym)
    if (all(w in _SMALL_WORDS for w in lowered) and not (not lowered and _INITIALS.fullmatch(text.strip()))) \
            or " ".join(lowered) in _PAUSES or " ".join(lowered) in _PART_VERBS:
        return False  # "The", "Rest": no move ("BD", a note's initials of a move, may be one)
    if _ON_YOUR.search(text):
        lowered = _WORD.findall(_ON_YOUR.sub(" ", " ".join(lowered)))  # "Plank on your knees": where, in a name
    if len(lowered) == 3 and lowered[1] == "it" and lowered[2] in ("out", "off", "up"):
        return True  # a poster's "MARCH IT OUT", "Shake it out": a verb and its particle, no sentence
    return not any(w in _NOT_IN_NAMES for w in lowered)


MOVE_NOUN = re.compile(r"\b(?:stretch|hold|raises?|lifts?|rolls?|tilts?|twists?|circles?|squeezes?|bridges?|"
                       r"pose|plank)$", re.IGNORECASE)
"""The last word of a name that names a move of its own ("seated side stretch", "shoulder rolls")."""
SEQUENCE_WORD = r"(?:then|next|now|finally|lastly)"
"""A word that says where in the class a sentence comes ("Then the cat-camel", "Finally, hug your knees"), written
once for the line's reading and the paragraph's."""
PERSONAL = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|my|me|myself)\b")
"""The writer speaking of themself: a story of what they do, not an instruction."""
SEQUENCE_LEAD = rf"(?:first(?:ly)?|{SEQUENCE_WORD}),?\s"
"""The same word, "first" too, as a sentence's or a name's first word ("First, get the blood moving: …", "Then a
walk round the house")."""
OPENS_WITH = r"(?:start(?:ing)?|begin(?:ning)?)\s(?:off\s)?with"
"""The words that put a move first ("Start with", "begin off with"), one spelling for a name's lead, a paragraph's
moves and a list of changes (lower case: some read text ``plain`` has lowered)."""
CLOSES_WITH = r"(?:finish|end)(?:\soff|\sthe\s[a-z-]{2,20}(?:\s[a-z-]{2,20})?)?\swith"
"""The words that put a move last ("Finish off with", "End with", "Finish the mat work with"), spelt once as
``OPENS_WITH`` is."""
_ALL_OF = re.compile(r"^(?:all|each|every)\s(?:of\s)?the\s|\b(?:the\s)?next\s(?:station|exercise|move)\b"
                     r"|^(?:per|each|every)\s(?:station|exercise|move|round)s?$", re.IGNORECASE)
"""Words that say which moves a dose is for, never a move's name ("all the exercises", "per station")."""
_HANDLE = re.compile(r"^@?(?:[a-z0-9]+(?:[._][a-z0-9]+)+"
                     r"|[a-z0-9._]{3,30}\s\((?:creator|author|op|mod|moderator|admin)\))(?:\s.{0,20})?$")
"""A social site's user name: words run together with dots or underscores, in lower case, or one marked as the
post's creator."""
_POSTURES = frozenset(("sitting", "standing", "lying", "lying down", "sleeping", "driving", "lifting", "bending",
                       "posture", "resting"))
"""A leaflet's heading over advice on daily life ("Sitting" over "Limit sitting to 20 minutes at a time"): never a
move on its own."""
_WITH_SLASH = re.compile(r"\bw/\s?(?=[a-z])", re.IGNORECASE)
_STAGE = re.compile(r"^(?:(?:stage|phase|level|chapter|unit|lesson)\s(?:\d{1,2}|one|two|three|four)\s?(?:$|[(:])"
                    r"|side\s[ab12]\s?$"
                    r"|(?:sessions?|minutes?|mins|seconds?|hours?|weeks?|days?|times)\s(?:a|per|each|of|to)\b)",
                    re.IGNORECASE)
"""A programme's stage ("Stage 2 (current, since 9 Feb)", "Phase 1"), a book's chapter, a laminated card's side
("SIDE A - BEFORE YOU CLIMB"), or a count's unit ("3 - sessions a week", "20 - minutes per session" in a box of
figures): never a move."""
_REST_SAID = re.compile(r"^(?:rest|recovery|breaks?)\s(?:between|after|period|time)\b", re.IGNORECASE)
_COUNTED_PARTS = re.compile(r"^(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\s"
                            r"(?:exercises|moves|movements|rounds|stations|sets|circuits|poses|stretches|pairs|supersets)\b",
                            re.IGNORECASE)
"""How a workout is built, said as a list item ("6 exercises, 2 rounds"): never a move called "6 exercises"."""
_CHART_LABELS = frozenset(("am", "pm", "a.m", "p.m", "day", "days", "week", "weeks", "date", "time", "morning",
                           "evening", "done", "tick", "initials", "key", "legend", "abbreviations"))
"""A tick chart's row labels under a handout ("Day:", "AM:", "PM:"): when a move is done, never a move; nor is a
chart's key to its shorthand ("KEY" over "6e = 6 each side")."""
_REMARK_TAIL = re.compile(r"(?:\s?[-–—]\s|\s?\()([^()\-–—]{1,40}?)\)?\s*$")
"""A remark after a move's name, behind a dash or in brackets ("Pelvic Tilt - Supine", "Prone Press Up (half)")."""
_REMARK_WORDS = frozenset((
    "supine", "prone", "lying", "standing", "seated", "sitting", "kneeling", "half", "modified", "easy", "easier",
    "gentle", "beginner", "beginners", "advanced", "assisted", "partial", "basic", "with", "a", "the", "towel",
    "band", "strap", "chair", "wall", "ball", "on", "in", "floor", "bed", "mat", "version", "variation"))
"""The words of a remark that says how or with what a library move is done, not another move."""


def says_how(remark: str) -> bool:
    """Whether a remark only says how or with what a move is done ("supine", "half", "with a towel")."""
    return all(w in _REMARK_WORDS for w in _WORD.findall(remark.lower()))


_ON_YOUR = re.compile(r"(?<=\w)\s(?:(?:on|onto|to|from)\syour\s(?:knees|toes|back|side|front|stomach|belly|chest|"
                      r"forearms|elbows|hands and knees)|by\syour\s(?:sides|side|ears|hips)|"
                      r"(?:above|below)\s(?:the\s|your\s)?(?:knees|ankles|elbows|wrists)|"
                      r"with\syour\s(?:poles?|band|towel|ball|partner|dumbbells?|kettlebell|stick|broom(?:stick)?))\b",
                      re.IGNORECASE)
"""Where the body is, said inside a move's name after its first word ("Plank on your knees", "Side plank from your
knees", "Knee to your chest", "Superman hold with arms by your sides", a band's place: "Clam w/ band above
knees", what is held: "Trunk twists with your poles"); "your" elsewhere marks a sentence."""


def _all_capitals(text: str) -> bool:
    """A line written in capitals ("KNEE ROLLS"), not a name with an acronym in it ("IT band stretch")."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters) and len(_WORD.findall(text)) >= 1 \
        and not (len(_WORD.findall(text)) == 1 and len(letters) <= 4)


def sentence_case(name: str) -> str:
    """``Dead Bug`` → ``Dead bug``, as the bundled routines write names; ``IT``, ``McKenzie`` are kept."""
    if _all_capitals(name):
        return name[:1] + name[1:].lower()  # "SINGLE KNEE TO CHEST" → "Single knee to chest"
    words = name.split(" ")
    capitalised = [w for w in words if w[:1].isupper()]
    if len(words) == 1 and "-" in name and all(p[:1].isupper() for p in name.split("-") if p):
        return "-".join([name.split("-")[0], *(p.lower() if p[1:].islower() else p for p in name.split("-")[1:])])
    if len(capitalised) < 2 or len(capitalised) < len([w for w in words if w[:1].isalpha()]) * 0.6:
        return name
    out = [words[0]]
    for word in words[1:]:
        parts = word.split("-")
        out.append("-".join(p[:1].lower() + p[1:] if p[:1].isupper() and p[1:].islower() else p for p in parts))
    first = out[0].split("-")
    out[0] = "-".join([first[0], *(p[:1].lower() + p[1:] if p[:1].isupper() and p[1:].islower() else p
                                   for p in first[1:])])
    return " ".join(out)


CATALOGUE_ID = re.compile(r"\s?\[\s?[A-Z]{1,6}[-‐]?\d{2,8}\s?\]\s*$")
"""An exercise's number in the software that printed the sheet ("Clam  Shell      [ EX-10215 ]"): not in its name."""


_SIDE_OF = re.compile(r"\s?(?:on\s)?(?:each|per|a)\s(?:side|leg|arm)(?=\s(?:of|in|on)\s)", re.IGNORECASE)


_WITH_SHORT = re.compile(r"(?<=[a-z])\sw\s(?=[a-z])")
"""A note's "w" for "with", in lower case ("clams w band"); a capital W is a shape ("Prone W raise")."""
_STRETCH_SHORT = re.compile(r"(?<=[a-z])\sstr\.(?=\s|$)", re.IGNORECASE)
"""A whiteboard's "str." for "stretch" ("hamstring str. w/ strap")."""
_SPELT_OUT = re.compile(r"^([A-Z]{2,5})\s\(([A-Za-z][a-z'’ -]{3,40})\)(?=\s|$)")
"""Shorthand in capitals with what it stands for in brackets after it ("KTC (knee to chest) lying"): the words are
the name."""


def _unquoted(name: str) -> str:
    """A name without the quotes around it ("“Dead bug”"), or left over at an end; a quote closing one inside
    the name stays (Squat to "pick up")."""
    stripped = name.strip(" \"'“”*")
    if name.endswith(("\"", "”")) and stripped.count("\"") + stripped.count("“") == 1 \
            and not name.startswith(("\"", "“")):
        return stripped + name[-1]
    return stripped


def split_entry(text: str, facts: list[Fact] | None = None, text_plain: Plain | None = None) -> Split:
    """The name, dose text and remark of a list item, a line or a table's name cell.

    The forms, tried in this order: the dose first ("3 sets of 10 squats", "15 x Squat (…)", "20-second
    side plank on each side", "1 minute of cat-cow"); the name set off by a dash or colon ("Dead Bug – 3 sets
    of 12 reps"); a name ending in a full stop, then its description ("Knee to chest. Lie on your back …");
    a count before the name ("12 dead bugs"); the name with a remark in brackets; the name then its dose
    ("Squats 3x10"); the name alone.
    """
    text = CATALOGUE_ID.sub("", text)
    lead = _LEAD.match(text.strip())
    stripped = text.strip()[lead.end():].strip()[:MAX_SPLIT_CHARS] if lead else text.strip()[:MAX_SPLIT_CHARS]
    stripped = _ORDER_LEAD.sub("", _ONE_LEAD.sub("", stripped))
    if lead is not None and lead.group(0).lower().startswith("tabata") and not any(
            f.kind not in ("none", "side") for f in find_facts(plain(stripped).text)):
        # "Tabata 2: Glute bridge": a Tabata is eight rounds of 20 s of work and 10 s of rest, by definition
        return replace(split_entry(stripped), dose_text=_TABATA)
    if text_plain is None or facts is None or stripped != text:
        text = stripped
        text_plain = plain(text)
        facts = find_facts(text_plain.text)
    dose_facts = [f for f in facts if f.kind not in ("none", "side")]  # "Alternate leg lifts" is a name
    first = text_plain.span(dose_facts[0].start, dose_facts[0].end)[0] if dose_facts else len(text)
    opened = text.rfind("(", 0, first)
    if opened >= 0 and ")" not in text[opened:first]:
        first = opened  # "Bird dog (hold 2 s)": the dose starts at its bracket, never inside the name
        counted = _COUNT_BEFORE_BRACKET.search(text, 0, first)
        if counted is not None and is_name_like(text[:counted.start()]):
            first = counted.start() + 1  # "Pelvic tilts 10 (5s hold)": the count is the dose's, not the name's
    said = _SAID_FIRST.match(text) if dose_facts and first > 0 else None
    if said is not None and said.end() == first and _TIME_ON.match(text, said.end()):
        then = split_entry(text[said.end():])
        if then.separated and is_name_like(then.name) and not _SIDE_WORDS.fullmatch(then.name):
            return then  # "Nothing fancy. 5 minutes on the rower or skipping": a remark, then a move's line
    if dose_facts and first == 0:
        ends = [text_plain.span(f.start, f.end)[1] for f in dose_facts]
        after = ends[0]
        for fact, end in zip(dose_facts[1:], ends[1:], strict=True):
            start = text_plain.span(fact.start, fact.end)[0]
            if text[after:start].strip(" ,;-–—"):
                break
            after = end
        sided = _SIDE_OF.match(text, after)
        if sided is not None:
            after = sided.end()  # "30 seconds each side of a lying twist": the side is the dose's
        lead = re.match(r"\s*(?:of(?:\sthe|\sa|\san)?|x|×|on(?:\sthe|\sa|\san)?|at|with(?:\sthe|\sa)?|in(?:\sa|\sthe)?)"
                        r"\s+", text[after:], re.IGNORECASE)  # "30 seconds in child's pose": the pose, no "in"
        begin = after + (lead.end() if lead else 0)
        rest = text[begin:]
        later = [text_plain.span(f.start, f.end)[0] - begin for f in facts if f.kind != "none"]
        stops = [at for at in later if at > 0]
        cut_at = min(stops) if stops else len(rest)
        cut = _SEPARATORS.search(rest, 0, cut_at) or re.search(r"\(|\.\s+(?=[A-Z])", rest[:cut_at])
        if cut is not None:
            cut_at = cut.start()  # (also a sentence's end: "30 seconds in child's pose. Your back will thank you.")
        dose_text = text[:after] + " " + rest[cut_at:]
        return replace(_finish(rest[:cut_at], dose_text), separated=True)
    separator = _SEPARATORS.search(text, 0, first + 1) if first > 0 else None
    if separator is not None and text.count("(", 0, separator.start()) > text.count(")", 0, separator.start()) \
            and 0 < (closing := text.find(")", separator.end())) < first:
        # "Back extension (on the floor: superman) – 3 × 12": the colon is the bracket's, the dash sets off the dose
        separator = _SEPARATORS.search(text, closing + 1, first + 1)
    while separator is not None and separator.end() - separator.start() == 1 and separator.start() > 0 \
            and separator.end() < len(text) and text[separator.start() - 1].isalpha() \
            and text[separator.end()].isalpha():
        # "Cat–cow – 8–10 slow repetitions": a word processor's dash inside the name, the spaced one sets it off
        spaced = _SEPARATORS.search(text, separator.end(), first + 1)
        if spaced is None and text[separator.start()] == "–":
            separator = None  # an en dash with no space sets off nothing ("Cat–camel", "Cat–camel 8 reps")
            break
        if spaced is None:
            break  # an em dash does, spaces or none: "Bird dog—hold for 5 seconds"
        separator = spaced
    if separator is not None and separator.start() > 0:
        return replace(_finish(text[: separator.start()], text[separator.end():]), separated=True)
    titled = _TITLED.match(text)
    title = titled.group(1) if titled is not None else ""
    title = _SEQUENCE_ALONE.sub("", title)  # "Next, bridges. Lift your …" (a story's "Then bridges." is the reader's)
    if titled is not None and is_name_like(title) and len(text) - titled.end() >= 20 \
            and len(title.split()) <= 6 and not _IMPERATIVE.match(title) and titled.end() <= first:
        return replace(_finish(title, text[titled.end():]), separated=True)
    leading = _LEADING_COUNT.match(text)
    if leading and not dose_facts:
        manner = _MANNER_TAIL.search(text, leading.end())
        if manner is not None:  # "5 cat-cows, slow and smooth": how to do them, not their name
            split = _finish(text[leading.end():manner.start()], "")
            if is_name_like(split.name) and not _CATEGORY.search(split.name):
                return Split(split.name, "", manner.group(1), leading.group(1))
        split = _finish(text[leading.end():], "")
        if is_name_like(split.name) and not _CATEGORY.search(split.name):  # not "7 Best Exercises for …"
            return Split(split.name, split.dose_text, split.remark, leading.group(1))
    paren = text.find("(")
    if 0 < paren < first:
        inside = _PAREN.match(text, paren)
        # "Face Pulls (Resistance Band or Cable) – 3 sets …" keeps looking for the dash after the brackets.
        if inside is not None and not dose_facts:
            tail = text[inside.end():]
            more = _SEPARATORS.match(tail.lstrip()) if tail.strip() else None
            sided = re.fullmatch(r"\s?,\s?(?:alternating|alternate|each|both|per)\s(?:sides?|legs?|arms?)\s?\.?", tail)
            if sided is not None:  # "Bird dog (opposite arm and leg raise), alternating sides": a side after it
                return _finish(text[:inside.end()], tail.strip(" ,"))
            if more is None:
                return _finish(text, "")  # "Side plank (switch sides halfway)": a remark
    if dose_facts and leading:
        # "10 pelvic tilts, holding each for 5 seconds": the count before the name is its reps
        head = text[leading.end():first]
        cut = re.search(r",|\s(?:holding|with|for|and|then|each)\b", head)
        split = _finish(head[:cut.start()] if cut else head, (head[cut.start():] if cut else "") + text[first:])
        if is_name_like(split.name) and not _CATEGORY.search(split.name):
            return Split(split.name, split.dose_text, split.remark, leading.group(1))
    if dose_facts:
        return _finish(text[:first], text[first:])
    sides = [f for f in facts if f.kind == "side"]
    if sides:
        start, end = text_plain.span(sides[-1].start, sides[-1].end)
        comma = text.rfind(",", 0, start)
        if end >= len(text.rstrip(" .")) and comma > 0 and not text[comma + 1:start].strip():
            return _finish(text[:comma], text[comma + 1:])  # "Figure-4 stretch, both sides"
    return _finish(text, "")


def _finish(name: str, dose_text: str) -> Split:
    if len(name) > MAX_SPLIT_CHARS // 2:
        return Split(name, dose_text.strip())
    remarks: list[str] = []

    def remark(match: re.Match[str]) -> str:
        nonlocal dose_text
        inner = match.group(1).strip()
        kinds = {f.kind for f in find_facts(plain(inner).text)} - {"none"}
        if kinds - {"side"} or (kinds and not HALFWAY.search(inner)):
            dose_text = f"{dose_text} ({inner})"  # "(3 sets, rest 10 seconds)", "(each side)"
        elif inner and not kinds and len(inner.split()) <= 3 and _NAME_GOES_ON.match(name, match.end()):
            return f" ({inner}) "  # "Deep abdominal (core) activation": a word of the name, the name goes on
        elif inner:
            remarks.append(inner)  # "(Resistance Band or Cable)", "(switch sides halfway)"
        return " "

    name = _STRETCH_SHORT.sub(" stretch", _SPELT_OUT.sub(r"\2", name))
    cleaned = _SETTLE_IN.sub("", _PAREN.sub(remark, name).lstrip())
    sided = _SIDE_TAIL.search(cleaned)
    if sided is not None:  # "10 Bird Dogs / side": the side is the dose's, not the name's
        cleaned, dose_text = cleaned[:sided.start()], f"{dose_text} per {sided.group(1)}".strip()
    cleaned = _SEQUENCE_LEAD.sub("", _TRAILING.sub("", " ".join(cleaned.split())).strip(" *"))
    quoted = _QUOTED_LEAD.match(cleaned)
    if quoted is not None:  # "the “dancer's stretch” for the chest": the name in quotes, then what it is for
        cleaned, remarks = quoted.group(1), [quoted.group(2), *remarks]
    cleaned = _unquoted(cleaned)
    cleaned = _WITH_SHORT.sub(" with ", cleaned)  # "clams w band": "with" ("SL clam w/ RTB" stays as written)
    for tail, kept in _NAME_TAILS:
        found = tail.search(cleaned)
        if found is not None and found.start() >= 4 and not _GENERIC.fullmatch(cleaned[:found.start()].strip(" ,")) \
                and (tail is not _HOW_TAIL or "," in cleaned[:found.start()]) \
                and (tail not in (_WAY_TAIL, _BODY_TAIL) or len(cleaned[:found.start()].split()) >= 2):
            # a name of its own is left before the tail ("Exercises lying on your back" is a part's heading)
            if kept:
                remarks.insert(0, cleaned[found.start():].strip(" ,"))
            cleaned = cleaned[:found.start()].strip(" ,")
    shouted = _SHOUTED_NAME.match(cleaned)
    if shouted is not None:
        # "TRUNK TWIST, arms folded": a card's name in capitals, then how to do it in small letters
        remarks.insert(0, cleaned[shouted.end():].strip(" ,"))
        cleaned = shouted.group(1)
    counted = _COUNT_LAST.search(cleaned) if not dose_text.strip() else None
    if counted is not None and cleaned[:counted.start()].split()[-1].lower() not in _NOT_COUNTED:
        cleaned, dose_text = cleaned[:counted.start()], counted.group(1)  # a chat's "• arm swings 10": ten of them
    remark_text = "; ".join(remarks) if remarks else None
    return Split(cleaned, dose_text.strip(), remark_text)


_SEQUENCE_LEAD = re.compile(rf"^(?:and\s(?:{SEQUENCE_LEAD})?|{SEQUENCE_LEAD})(?:the|a|some)\s(?=\S)", re.IGNORECASE)
"""Where in the class a move comes, before its name ("Finally, the “dancer's stretch” …", "Then a walk round the
house", "And the piriformis stretch"): no word of the name ("Then sit down on a chair:" says what to do next, and
stays as it is)."""
_ONE_LEAD = re.compile(r"^(?:(?:and|then|next|now)\s)?"
                       r"(?:the\sone\s(?:I|you|we|she|he|they|everyone|the\s\w+)\s[^.;:!?]{0,40}?"
                       rf"|(?:{OPENS_WITH}|{CLOSES_WITH})\s(?=(?:the|a|an)\s[^,]{{3,60}},\s?\S))"
                       r"(?:the|a|an)\s(?=[a-z])", re.IGNORECASE)
"""What a writer says of a move before its name ("Then the one I hate 😫 the dead bug", "Then the one the physio was
fussy about, the McGill curl-up", "Finish off with a hamstring stretch …, 30 secs a leg"): no word of the name (a
heading's "Finish with a walk" names its part)."""
_ORDER_LEAD = re.compile(r"^(?:and\s)?to\s(?:finish|end|start|begin)(?:\soff)?\s?,\s(?=[a-z])",
                         re.IGNORECASE)
"""Where in the class a move comes, set off by a comma before its name ("And to finish, lying knee to chest, both
knees: hold for 30 seconds"): no word of the name."""
_SEQUENCE_ALONE = re.compile(rf"^(?:and\s)?{SEQUENCE_LEAD}", re.IGNORECASE)
"""Where in the class a move comes, before a name that ends in a full stop ("Then single knee to chest. Bring one
knee up …"); a title that is an instruction stays one ("Then sit down. …")."""
_QUOTED_LEAD = re.compile(r"^[\"“]([^\"“”]{3,40})[\"”]\s((?:for|to|on|in)\s[^\"“”]{2,40})$")


_SHOUTED_NAME = re.compile(r"^([A-Z][A-Z'’\"&/ -]{2,60}?),\s(?=[a-z])")


_DOING_TAIL = re.compile(r",\s((?:(?:arms?|hands?)\s(?:folded|crossed|on\s(?:your\s)?(?:hips|thighs|knees|chest|head))"
                         r"|one\s(?:(?:leg|side|arm|knee)\s)?at\sa\stime"
                         r"|(?:feet|heels)\sdown|(?:(?:arms?|hands?)\s)?[a-z]{2,20}ing"
                         r"|(?:(?:one|a|your)\s)?(?:heel|foot|hand|knee)\s(?:up|on|against|down))\b[^,.;:()]{0,50})$",
                         re.IGNORECASE)
"""What to do while doing the move, after a comma in its name ("March on the spot, swinging your arms", a
printed table's "March on the spot, arms swinging", a card's "Russian twist, feet down", "Hamstring stretch, one heel
up on the trailer step", "Seated knee hug, one at a time")."""
_MANNER_TAIL = re.compile(r",\s((?:slow|slowly|controlled|smooth|gentle|gently|easy|steady|nice|small|big|full|"
                          r"with|keeping|focusing)\b[^,.;:]{0,40})\.?$", re.IGNORECASE)
"""How a counted move is done, after a comma ("5 cat-cows, slow and smooth")."""
_TITLED = re.compile(r"^([^.!?:()]{2,60}?)\.\s+(?=[A-Z])")
"""A handout's "Knee to chest. Lie on your back …": a short name, a full stop, its description."""
_IMPERATIVE = re.compile(
    r"^(?:lie|stand|sit|kneel|start|begin|place|put|hold|keep|bend|raise|lift|get|grab|bring|pull|push|tuck|"
    r"squeeze|draw|reach|straighten|turn|engage|tighten|inhale|exhale|breathe|clasp|move|return|use|try|make|"
    r"take|do|repeat|perform|aim|stay|relax|slowly|gently|avoid|don't|never|always|remember|set|work|go|find|"
    r"choose|pick|grab|start|finish|rest|prop|lie|kneel|lean|look|imagine|think|focus|note|check|see|ask|"
    r"stop|warm|cool|begin)\b",
    re.IGNORECASE,
)
_CATEGORY = re.compile(r"\b(?:exercises|moves|stretches|ways|tips|poses|workouts|things|reasons|steps|minutes?|"
                       r"days?|weeks?)\b", re.IGNORECASE)
_SETTLE_IN = re.compile(r"^(?:rest|resting|relax|relaxing|finish|end|settle|sink|breathe)"
                        r"\s(?:in|into)\s(?:an?\s|the\s)?(?=\S)",
                        re.IGNORECASE)
""""Rest in child's pose for one minute": the pose is the move."""
_LYING_TAIL = re.compile(r"(?<!\bin)(?<!\bwhile)\s"  # "Abdominal bracing in crook lying" keeps its words
                         r"(?:(?:lying|laying|lie|sitting|seated|kneeling|standing)\s(?:on|against|in)\s"
                         r"(?:your\s|the\s|a\s)?(?:back|side|front|stomach|tummy|belly|floor|wall|chair|bed|mat)\b"
                         r"|on\s(?:all\sfours|(?:your\s)?hands\sand\sknees)\b"
                         r"|(?:crook|supine|prone|side)\sl(?:ying|y)\b|lying\sface\s(?:down|up)\b|\d-point\skneeling\b"
                         r"|(?:above|below|around)\s(?:the\s|your\s)?(?:knees|ankles|thighs)\b"
                         r"|(?:half|tall|high)[\s-]kneeling$).{0,120}$",
                         re.IGNORECASE)
"""How the body lies for a move, said after its name ("Pelvic tilts lying on your back", "Clam shells lying on your
side, band around the knees", "Cat cows on all fours", a flattened table's "Heel slides Crook lying"): where, and what
follows it a cue, not the name; a student's "crook ly" is crook lying; "SL clam w/ RTB above knees": where the band
goes."""
_WHEN_TAIL = re.compile(r"\s(?:to|as\sa)\s(?:finish|start|end|close|begin|warm\sup|cool\sdown)(?:\swith)?$",
                        re.IGNORECASE)
"""When in the routine a move comes, said after its name ("Child's pose to finish"): not the name."""
_HOW_TAIL = re.compile(r",\s((?:lean|keep|reach|turn|look|push|pull|press|lift|lower|bring|squeeze|tuck|rotate|"
                       r"twist|bend|straighten|relax|slowly|gently)\b[^.;:(),]{0,60})$", re.IGNORECASE)
"""How to do the move, an instruction after the second comma of its name ("Standing back bends, hands on hips, lean
back gently"): a remark (the words before it are cut in turn; "Bridging, squeeze your buttocks …" is left to the
description's reading)."""
_BODY_TAIL = re.compile(r",\s(?![^.;:()]*\b(?:don['’]t|do\snot|never|avoid)\b)(?:(?:your|the|one|both|left|right)\s)?"
                        r"(?:knees?|arms?|hands?|feet|foot|legs?|elbows?|"
                        r"chin|head|palms?|toes|heels?|shoulders?|hips?|eyes|port\sside|starboard)(?:\s[^.;:(),]{2,40})?"
                        r"(?:,\s[^.;:(),]{2,40})?$",
                        re.IGNORECASE)
"""Where the body is, after a comma in a move's name ("Standing march, knees high", "Chest stretch, hands behind
back", "Walk the main deck, port side up"): a remark."""
_COUNT_LAST = re.compile(r"(?<=[a-z]{2}s)\s(\d{1,2})$")
"""A count after a move's plural name with nothing else ("arm swings 10", "squats 15"): the reps, not a word of the
name ("Part 2", "Station 3" are no plurals)."""
_NOT_COUNTED = frozenset((
    "days", "weeks", "months", "years", "hours", "minutes", "mins", "seconds", "secs", "exercises", "moves", "sets",
    "reps", "rounds", "times", "steps", "stations", "levels", "pages", "slides", "parts", "sessions", "classes",
    "lessons", "chapters", "points", "notes", "comments", "likes", "views", "replies", "shares", "tips", "items"))
"""Plurals that a number after them counts in another way ("Days 3", "Comments 12"): no move's reps."""
_LOAD_TAIL = re.compile(r",\s(?:(?:very\s)?(?:light|heavy|slow|easy|gentle|controlled|optional|bodyweight|weighted)\b"
                        r"|(?:start|begin|use|go)\s(?:with|at)\b|z(?:one\s?)?[1-5]\b|rpe\s?\d).{0,80}$", re.IGNORECASE)
"""How heavy or how hard, after a comma in a move's name ("Goblet squat to a box, light", "Easy spin, Z1",
"Kettlebell deadlift, start with like 16-20kg"): a remark, not the name."""
_KIT_TAIL = re.compile(r"\swith\s(?:a|an|the|your)\s(?:(?:light|heavy|green|red|blue|yellow|black|small|mini|long|"
                       r"rolled(?:-up)?|resistance|loop|exercise)\s){0,3}(?:band|loop|towel|ball(?!\ssqueeze)|cushion|pillow|"
                       r"dumbbells?|weights?|kettlebell|foam\sroller|stick)\s.{2,80}$", re.IGNORECASE)
"""What a move is done with and where it goes, said after its name ("Clams with the green band just above the knees"):
a remark; with nothing after it, the kit is the name's ("Clams with a band")."""
_INSTEAD_TAIL = re.compile(r"\s(?:instead\sof|in\splace\sof|rather\sthan|replacing)\s.{2,60}$", re.IGNORECASE)
"""What a move replaces, said after its name ("Sphinx INSTEAD of the press-ups"): a remark."""
_GENERIC = re.compile(r"(?:the\s)?(?:exercises?|stretch(?:es)?|moves?|movements?|positions?|poses?|drills?)",
                      re.IGNORECASE)
"""Words that name no move on their own: what a tail leaves of "Exercises lying on your back" is no name."""
PURPOSE = re.compile(r"^(?:for|to\shelp\swith|helps?\swith|good\sfor|great\sfor)\s(?:that|the|your|a|an)\s",
                     re.IGNORECASE)
"""What a move is for, after the dash of its name ("Wall angels - for that upper back ache"): no part of the name."""
_PLACE_TAIL = re.compile(r",\s(?:indoors|outdoors|inside|outside|at\s(?:a|an|your\sown)\s(?:\w+\s)?pace|"
                         r"one\s(?:leg|side|arm|knee)\sat\sa\stime|(?:each|either)\s(?:leg|side|arm)\sin\sturn)\b.{0,80}$",
                         re.IGNORECASE)
"""Where, at what pace or one side at a time, after a comma in a move's name ("Walking, indoors or out, at a
comfortable pace", "Supine knee-to-chest, one leg at a time"): a remark."""
_SUPPORT_TAIL = re.compile(r"\s(?:holding(?:\son(?:to)?)?|leaning\son)\s(?:a|an|the|your)\s(?:[a-z]{2,12}\s)?"
                           r"(?:worktop|chair|counter|wall|rail|table|sink|bench|desk|door\s?frame|banister|bannister|"
                           r"chair\sback|support)\b[^,.;:()]{0,40}$", re.IGNORECASE)
"""What the hands hold for balance, after a move's name ("Heel raises holding the worktop"): a remark."""
_WAY_TAIL = re.compile(r"\s(in\sa\s(?:half[\s-]kneel(?:ing)?|lunge|split\sstance))$", re.IGNORECASE)
"""In what stance, after the name ("Hip flexor stretch in a half kneel"): a remark (as "Knee rolls side to side" is
the library's knee rolls, its way a note: see :meth:`Matcher.find`)."""
_NAME_TAILS: tuple[tuple[re.Pattern[str], bool], ...] = ((_HOW_TAIL, True), (_DOING_TAIL, True), (_WHEN_TAIL, False),
                                                         (_KIT_TAIL, True),
                                                         (_INSTEAD_TAIL, True), (_LYING_TAIL, True), (_LOAD_TAIL, True),
                                                         (_PLACE_TAIL, True), (_SUPPORT_TAIL, True), (_WAY_TAIL, True),
                                                         (_BODY_TAIL, True))
"""What an article writes after a move's name that is not the name, cut in this order, and whether it is kept as
the move's remark (how the body lies, what to do meanwhile) or dropped (when in the class: the order says it).
The lookups' own cut of a setting ("… from the kitchen chair", `_SETTING_WORDS`) happens later, in the library's
variants, because there the name is known to be a library move only once the words are cut."""
HALFWAY = re.compile(r"\b(?:half[\s-]?way|midway|in the middle)\b", re.IGNORECASE)


# -- the library -----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Match:
    """What a name found in the library: the entry, the name the routine should use, and how it was found."""

    name: str
    entry: LibraryExercise | None
    how: str | None = None
    """``None`` for a plain name or alias; otherwise what was inferred (reported as a guess)."""
    left_out: str | None = None
    """The words after the library's name that were set aside to find it ("from knees", "with a band"): how
    the article does the move, kept as its note so the routine does not lose them."""


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _stem(word: str) -> str:
    if len(word) > 6 and word.endswith("ing"):
        base = word[:-3]
        if len(base) > 2 and base[-1] == base[-2] and base[-1] not in "ls":
            base = base[:-1]  # "planning" → "plan"
        return base
    return word


def word_root(word: str) -> str:
    """A word without its plural or its "-ing" ("breaths", "breathing" → "breath"; "marching" → "march"): so that
    a sentence may name a move by its motion."""
    return _stem(_singular(word.lower()))


ROW_NUMBER = re.compile(r"^\d{1,2}[.)]?\s+(?=\S)")
"""A row's or a heading's number before a move's name ("1 Trap bar deadlift | 4 | 5", "3 45° back extension"):
beside a column of counts, or in the heading that describes a table's move, it is no count of the move."""

_INITIALS = re.compile(r"[A-Z]{2,4}")
"""A name written as capitals only ("BD", "SLR"): a personal note's initials of a move's words."""

_CAPITAL_WORDS = frozenset({"all", "or", "be", "pt", "dr", "ct", "ac", "ps", "pr", "bw", "cm", "am", "pm", "ok", "nb"})
"""Capitals that are words or a page's own abbreviations before they are any move's initials: "ALL", "OR",
"PT" (a physiotherapist), "DR" (a doctor), "CT" (a scan), "PS", "PR" (a personal record), "BW" (body weight)."""


def _initials_table(library: ExerciseLibrary) -> dict[str, LibraryExercise]:
    """Initials a note may write for a move: those of a move's own name that no other move's name or alias shares.

    Only the move's own name (not its aliases, some of them long descriptions whose initials spell nothing a
    person would write), and never a common word in capitals: a physiotherapist's "PT" is not a pelvic tilt.
    """
    owners: dict[str, set[str]] = {}
    own: dict[str, LibraryExercise] = {}
    for entry in library.entries:
        for position, name in enumerate((entry.name, *entry.aliases)):
            words = normalise_name(name).split()
            if len(words) < 2:
                continue
            letters = "".join(w[0] for w in words)
            owners.setdefault(letters, set()).add(entry.name)
            if position == 0:
                own[letters] = entry
    return {letters: entry for letters, entry in own.items()
            if len(owners[letters]) == 1 and 2 <= len(letters) <= 4 and letters not in _CAPITAL_WORDS}


_STOPS = ",;:.!?"
_WORD_OR_STOP = re.compile(r"[a-z0-9']+|[,;:.!?]")
"""The words of running text, and the marks that end a clause (no name runs across them)."""


class Matcher:
    """Finds exercises of one library by name; remembers nothing between articles."""

    def __init__(self, library: ExerciseLibrary) -> None:
        self.library = library
        self.index: dict[str, LibraryExercise] = {}
        for entry in library.entries:
            for name in (entry.name, *entry.aliases):
                self.index.setdefault(normalise_name(name), entry)
        # a misspelt name is looked for among names of its first letter and about its length only
        self.by_length: dict[tuple[str, int], list[str]] = {}
        for key in self.index:
            self.by_length.setdefault((key[:1], len(key)), []).append(key)
        self.fuzzy_left = _FUZZY_LIMIT
        self.longest = max((len(k.split()) for k in self.index), default=1)
        self.initials = _initials_table(library)

    def _variants(self, key: str) -> Iterator[tuple[str, str | None]]:
        words = key.split()
        if not words:
            return
        yield " ".join([*words[:-1], _singular(words[-1])]), None
        yield " ".join(_singular(w) for w in words), None
        yield " ".join([*words[:-1], words[-1] + "s"]), None
        stemmed = [_stem(w) for w in words]
        if stemmed != words:
            yield " ".join(stemmed), "read as"
            yield " ".join(_singular(w) for w in stemmed), "read as"
        for lead in ("the ", "a ", "an ", "some ", "do ", "perform ", "try "):
            if key.startswith(lead):
                yield key[len(lead):], None
        for tail in (" exercise", " exercises", " move", " movement"):
            if key.endswith(tail):
                yield key[: -len(tail)], None
        spelled = " ".join(_ABBREVIATIONS.get(w, w) for w in words)
        if spelled != key:  # "KB swing", "SL glute bridge", "fig 4 stretch": a gym's shorthand
            yield spelled, None
            yield " ".join(w for w in spelled.split() if w not in ("kettlebell", "dumbbell", "barbell")), None
        if len(words) >= 2 and words[-1] in _POSTURE_AFTER:  # "Hamstring stretch lying": the lying hamstring stretch
            yield " ".join([words[-1], *words[:-1]]), None
        bare = unqualified(key)
        if bare is not None:  # "easy walking" is the library's "Walking"
            yield bare[0], None
            yield " ".join([*bare[0].split()[:-1], _singular(bare[0].split()[-1])]), None
        if " or " in key:  # "gentle walking or riding a stationary bike": the first, the other a choice
            yield key.split(" or ")[0], "read as"
        for cut in range(min(len(words), MAX_NAME_WORDS) - 1, 0, -1):
            # "Sit to stand from the kitchen chair, no hands": where, with what (a name of two words at least: "Walk
            # with a friend for 10 minutes" is a sentence; one word only when it is a doing around or with something,
            # "walking around the house": "walking on the spot" is marching; "Plank on the hangar mat" is where)
            if words[cut] in _SETTING_WORDS and (cut >= 2 or (words[0].endswith("ing") and len(words[0]) > 5
                                                             and words[1] in ("around", "with"))
                                                 or (words[1] == "on" and len(words) >= 4 and words[2] in ("the", "a")
                                                     and not words[0].endswith("ing")
                                                     and words[3] not in _HOW_IT_RESTS)):
                yield " ".join(words[:cut]), "read as"
                yield " ".join([*words[:cut - 1], _singular(words[cut - 1])]), "read as"

    def find(self, name: str) -> Match:
        """The library entry for a name as an article writes it, or a match with no entry."""
        if _WORD_DASH.search(name):  # "Cat–cow on the mats" typed with an en dash: the library's "Cat-cow"
            dashed = self.find(_WORD_DASH.sub("-", name))
            if dashed.entry is not None:
                return dashed if dashed.how else Match(dashed.entry.name, dashed.entry,
                                                       f"'{name}' taken for the library's '{dashed.entry.name}' "
                                                       "(spelt alike)")
        key = normalise_name(_WITH_SLASH.sub("with ", name))  # a note's "Hamstring stretch w/ strap"
        if not key:
            return Match(name, None)
        entry = self.index.get(key)
        if entry is not None:
            return Match(name, entry)
        if _INITIALS.fullmatch(name.strip()) and key not in _ABBREVIATIONS:
            entry = self.initials.get(key)  # "BD 8 ea": a note's initials of the one library move they spell
            if entry is not None:
                return Match(entry.name, entry, f"'{name}' read as the initials of the library's '{entry.name}'")
        for variant, how in self._variants(key):
            entry = self.index.get(variant)
            if entry is not None:
                if how is None:
                    return Match(name, entry)
                left_out = None
                if key.startswith(variant + " "):  # words cut from the end of the name
                    written = name.split()
                    cut = len(key.split()) - len(variant.split())
                    left_out = " ".join(written[-cut:]) if 0 < cut < len(written) else None
                return Match(entry.name, entry, f"'{name}' read as the library's '{entry.name}'", left_out)
        tail = _REMARK_TAIL.search(name)
        if tail is not None and tail.start() > 0:
            inner = self.find(f"{tail.group(1)} {name[:tail.start()]}")  # "Marching on the spot (seated)"
            if inner.entry is None and says_how(tail.group(1)):
                inner = self.find(name[:tail.start()])  # "Pelvic Tilt - Supine", "Prone Press Up (half)": how done
            # (a tail that names another move is that move when the library knows it: "Glute bridge - single leg")
            if inner.entry is not None:
                return Match(inner.entry.name, inner.entry,
                             f"'{name}' read as the library's '{inner.entry.name}'", tail.group(1))
        written = name.split()
        if len(written) >= 3 and written[-1].lower() in _POSTURE_AFTER:
            inner = self.find(" ".join(written[:-1]))  # "Knee to chest lying": the move, done lying
            if inner.entry is not None:
                return Match(inner.entry.name, inner.entry, f"'{name}' read as the library's '{inner.entry.name}'",
                             written[-1])
        if len(written) >= 2 and written[-1].lower().strip("()") in _DIRECTION_AFTER:
            inner = self.find(" ".join(written[:-1]))  # "Arm circles backwards", "Shoulder rolls (fwd)": which way
            if inner.entry is not None:
                return Match(inner.entry.name, inner.entry, f"'{name}' read as the library's '{inner.entry.name}'",
                             written[-1].strip("()"))
        way = _WAY_TAIL_SAID.search(name) if len(written) >= 4 else None
        if way is not None:
            inner = self.find(name[:way.start()])  # "Knee rolls side to side": the move, both ways in turn
            if inner.entry is not None:
                return Match(inner.entry.name, inner.entry, f"'{name}' read as the library's '{inner.entry.name}'",
                             way.group(1))
        if len(key) >= 7 and self.fuzzy_left > 0:
            self.fuzzy_left -= 1
            pool = [k for n in range(len(key) - 2, len(key) + 3) for k in self.by_length.get((key[:1], n), ())]
            found = closest(key, pool)
            if found is not None and _slips_in_long_words(key, found):
                entry = self.index[found]
                return Match(entry.name, entry, f"'{name}' taken for the library's '{entry.name}' (spelt alike)")
        return Match(name, None)

    def mentions(self, text: str) -> list[tuple[int, LibraryExercise, str]]:
        """Library exercises named anywhere in running text, longest names first, in order.

        Returns (word index, entry, the words as written). Each word is looked at a bounded number of
        times (names are at most a few words long), so this is linear in the text.
        """
        # a name never runs across a comma or a full stop ("arch your back, bend your knees" names no back bend):
        # ``reach`` is how many words, from each word on, one name may take
        words: list[str] = []
        stops: list[int] = []
        for piece in _WORD_OR_STOP.findall(text.lower().replace("’", "'")):
            if piece[0] in _STOPS:
                stops.append(len(words))
            else:
                words.append(piece if piece != "supine" else "lying")  # "a supine hamstring stretch" is the lying one
        stops.append(len(words))
        reach = [0] * len(words)
        stop = iter(stops)
        limit = next(stop)
        for place in range(len(words)):
            while limit <= place:
                limit = next(stop)
            reach[place] = limit - place
        found: list[tuple[int, LibraryExercise, str]] = []
        index = 0
        while index < len(words):
            hit = None
            for size in range(min(self.longest, reach[index]), 0, -1):
                piece = words[index:index + size]
                key = " ".join(piece)
                candidates = (key, " ".join([*piece[:-1], _singular(piece[-1])]),
                              " ".join([*piece[:-1], _stem(piece[-1])]),
                              " ".join([*piece[:-1], _singular(_stem(piece[-1]))]))
                for candidate in candidates:
                    entry = self.index.get(normalise_name(candidate))
                    if entry is not None:
                        hit = (size, entry, key)
                        break
                if hit:
                    break
            if hit is None:
                index += 1
                continue
            size, entry, key = hit
            found.append((index, entry, key))
            index += size
        return found


# -- a name in another language, the English in brackets ------------------------------------------------------

_OTHER_NAME = re.compile(r"^(?P<number>\d{1,3}[.)]\s+)?(?P<first>[^()\n]{2,80}?)\s?\((?P<second>[^()\n]{2,60})\)")
_AFTER_NAME = re.compile(r"^\s*(?:$|[—–\-:.,;])")
_INNER_DASH = re.compile(r"(?<=\w)[–—](?=\w)")
"""A dash between two words of one name ("Cat–Cow"): a hyphen, not a dash before a dose."""
SANSKRIT = re.compile(r"(?:asana|asanam|namaskara?|mudra|pranayama)\b", re.IGNORECASE)
"""How a yoga pose's Sanskrit name ends ("Bhujangasana", "Surya Namaskar A"): a name whose English is given
in brackets after it."""


def english_first(entries: list[Entry], matcher: Matcher) -> list[Entry]:
    """Entries whose move is named in another language with the library's or the English name in brackets
    ("Bhujangasana (Cobra Pose) — hands under …", "Four point kneeling – opposite arm and leg reach (bird
    dog)"), rewritten with that name first and the other in brackets ("Cobra Pose (Bhujangasana) — …"), so
    every later step takes the move by the name a reader and the library know. The bracket is that name when
    the library knows it and not the name before it, or when the name before it is a Sanskrit pose's; never a
    dose ("(3 sets)") or a remark about a known move ("Dumbbell row (single arm)"). One look at each entry."""
    return [_english_first(entry, matcher) if entry.kind is not Kind.ROW else entry for entry in entries]


_KNOWN_AS = re.compile(
    r"^(?P<first>[^\"“”()\n]{2,80}?)\s?(?:[-–—,:]\s?|\()(?:this is |that's |that is |it's )?(?:the\s|our\s|your\s)?"
    r"(?:aka|a\.k\.a\.?|also (?:called|known as)|known as|what we call(?:ed)?|the one we call(?:ed)?|"
    r"(?=[\"“']))\s?[\"“']?(?P<second>[^\"“”'()\n]{2,40}?)[\"”']?"
    r"(?:\s(?:we did|we do|we practised|we practiced|we tried|i showed you|from (?:today|class|the clinic)))?\)?"
    r"(?=\s?[(\-–—:,.]|$)", re.IGNORECASE)
"""A move described, then named as the clinic or the class calls it ("Four-point kneeling arm/leg reach - this is
the "bird dog" we did (2 x 6 …)", "Cat/camel (aka cat-cow)")."""


def _known_as(entry: Entry, matcher: Matcher) -> Entry:
    """The entry with the name it says a move is known by instead of its description, when the library knows
    that name and not the description."""
    found = _KNOWN_AS.match(entry.text[:MAX_SPLIT_CHARS])
    if found is None:
        return entry
    first = found.group("first").strip(" –—-")
    second = re.sub(r"^(?:the|a|an|our|your)\s", "", found.group("second").strip(), flags=re.IGNORECASE)
    if not is_name_like(second) or matcher.find(second).entry is None or matcher.find(first).entry is not None:
        return entry
    if first[:1].isupper():
        second = second[:1].upper() + second[1:]  # 'Four-point … reach ("bird dog"). On your hands …': a name opens it
    return replace(entry, text=f"{second}{entry.text[found.end():]}", lead="")  # the description's words may
    # say a leg or an arm ("arm/leg reach") that are not the move's sides: the library's move says how it is done


def _english_first(entry: Entry, matcher: Matcher) -> Entry:
    entry = _known_as(entry, matcher)
    text = entry.text
    head = entry.lead if entry.lead and text.startswith(entry.lead) else text
    found = _OTHER_NAME.match(head[:MAX_SPLIT_CHARS])
    if found is None or not _AFTER_NAME.match(head[found.end():]):
        return entry
    first, second = found.group("first").strip(" –—-"), _INNER_DASH.sub("-", found.group("second").strip())
    if not first or not is_name_like(second) or len(second.split()) > 6 \
            or any(f.kind != "none" for f in find_facts(plain(second).text)):
        return entry
    labelled = _LEAD.match(first)
    bare = first[labelled.end():] if labelled is not None else first  # "WFE 6 — Hip flexor stretch (lunge)"
    if matcher.find(bare).entry is not None or not (
            SANSKRIT.search(first) or matcher.find(second).entry is not None):
        return entry
    # the other name stays as a remark in brackets; a dash inside it ("Marjaryasana–Bitilasana") is a hyphen, never
    # the dash before a dose
    swapped = f"{found.group('number') or ''}{second} ({_INNER_DASH.sub('-', first)})"
    if head is not text:
        lead = swapped + head[found.end():]
        return replace(entry, text=lead + text[len(head):], lead=lead)
    return replace(entry, text=swapped + text[found.end():])


def _slips_in_long_words(written: str, known: str) -> bool:
    """Whether the letters a misspelt name gets wrong are slips within its words rather than other words: one
    letter turns "cat" into "calf" and "left" into "lift", two turn "clocks" into "rocks", but a word of five
    letters or more with one slip ("strech"), or of eight or more with two, is still the word. Names whose
    words are split or joined otherwise ("birddog") are judged by their length alone."""
    ours, theirs = written.split(), known.split()
    if len(ours) != len(theirs):
        return True
    return all(_a_slip(a, b) for a, b in zip(ours, theirs, strict=True))


def _a_slip(written: str, known: str) -> bool:
    shortest = min(len(written), len(known))
    return written == known or (shortest >= 5 and edit_distance(written, known, limit=2) <= (1 if shortest < 8 else 2))
