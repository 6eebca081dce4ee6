"""Where a move's section begins and ends: a heading per move, then its description and its dose.

Listicles, handouts and yoga blogs give each move a heading — an ``<h2>``, a ``###``, a line in bold, a
numbered line of a handout — and under it what the move is, how to do it (often under subheadings such as
"How to do it" or "Muscles worked") and, somewhere, its dose ("Sets/Reps: 3 × 10", "x10  2-3 sets",
"Repeat 6 times"). Read line by line, such an article loses its doses to the subheadings between them and
the move; read by section, everything under a move's heading until the next heading of the same rank is
that move's.

A heading is taken for a move only when its siblings agree: at least two headings of the same rank read
as moves (a name, not a topic, a label or a part of the class; with a library match, a description that
says how to do it, or a dose under it), and none of them holds a list of moves of its own. Finding the
sections is one backward pass for where each ends, and one bounded look under each heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import DAY_MONTH, DAY_NAME, STAMP
from .drafts import COOL_DOWN_TITLE, WARM_UP_TITLE
from .names import CATALOGUE_ID, PURPOSE, Matcher, is_name_like, split_entry, word_root
from .phrases import Fact, find_facts, plain, read_line_dose
from .source import COUNTER_WORDS, LEADERS, SECTION_NUMBER, Entry, Kind
from .structure import ASIDE_AFTER, block_heading, meta_of, session_heading, topic_heading

INSTRUCTION = re.compile(
    r"^(?:(?:lie|stand|sit|kneel|start|begin|place|put|hold|keep|bend|raise|lift|slowly|gently|get|position|"
    r"grab|step|bring|pull|push|press|roll|tuck|squeeze|draw|reach|extend|straighten|turn|rotate|engage|"
    r"tighten|inhale|exhale|breathe|using|face|rest|cross|clasp|stretch|move|walk|march|return|hinge|"
    r"lower(?![\s-]back\s(?!down|to|onto|into|slowly|up)\w)|"
    r"brace|curl|arch|round|drop|sink|squat|support|hug|relax|flow|sweep|lean|tilt|look|nod|shrug|rock|"
    r"slide|swing|twist|open|on all fours|flatten|point|let|allow|bring|hold|repeat|release|clench|pause|prop|"
    r"lay|assume|adopt|interlace|grip|set up|come|scoot|stack|elbows|still on|on hands and knees)(?=[\s,])"
    r"|(?:lying|standing|sitting|kneeling|starting|from|with|on all fours|on your)\b\s?(?:on|with|in|at|up|"
    r"upright|tall|straight|your|a|the|all|one|both|hands|feet|knees|as|elbows?|forearms?|side|back|front|"
    r"stomach|tummy|toes)\b)",
    re.IGNORECASE,
)
"""How a description of a move starts: with the body's position or movement ("Lie on your back …"); "Lower back
aching by hour two?" is about the back, though "Lower back down slowly" is a movement."""
_SLIDE = r"slide\s\d{1,2}\s?(?:/|of)\s?\d{1,2}"
"""A carousel post's "Slide 8/8": page furniture, and the end of the move on the slide before it."""
NOISE = re.compile(
    r"^(?:advertisement|advert|sponsored(?:\scontent)?|ad|ads|promoted|read more|read next|related(?:\s\w+)?|"
    r"you (?:might|may) also (?:like|enjoy)|more from|recommended(?: for you)?|shop(?: now| the)?|buy now|"
    r"sign up|subscribe|newsletter|share(?: this)?|follow us|music|set a timer|reading time|\d{1,3}\s?min(?:ute)?s?"
    r"\sread|skip to|view (?:this email )?in (?:your )?browser|view this email|trending|popular|most read|"
    r"comments?|top comments|leave a (?:comment|reply)|reply|continue reading|"
    r"\d{1,5}\s(?:thoughts|comments|responses|replies)\son|watch(?: next)?|photo|image|credit|"
    r"video(?=\s?[:|–—-])|read the transcript|"
    r"get (?:my|the|our) free|join|download|print(?: this)?|save(?: this)?|pin it|tweet|email this|"
    rf"posted by|r/\w+|sent from my|class times|timetable|tomorrow|yesterday|score|{_SLIDE}|"
    r"(?:notation|legend|key|abbreviations?|glossary)(?=\s?:)|"
    rf"{COUNTER_WORDS}\s?$|see all|reviews?(?=\s?$|\s\(\d)|"
    r"(?:edited|answered|asked|modified)\s(?:[a-z]{3}\s\d{1,2}|\d{1,2}\s(?:years?|months?|days?|hours?)\sago)|"
    r"(?:joined|messages|posts|reaction score|likes(?: received)?|member since|trophy points|location)(?=\s?:)|"
    r"(?:weather|forecast|tides?|sea\sstate)(?=\s?:)|"
    r"(?:tel|telephone|phone|fax|e-?mail|bleep|extension|ext)(?=\.?\s?:)|"
    r"(?:sent|to|cc|bcc|date|reply-to)(?=\s?:\s)|"
    r"(?:printed|generated|created|exported)(?:\s(?:on|at))?\s?:?\s\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|"
    rf"{DAY_MONTH}\s\d{{4}}(?:,?\s(?:at\s)?\d{{1,2}}[:.]\d\d)?\s*$|"
    rf"(?:appointments?|opening\s(?:hours|times)|clinic\shours|open)(?=\s?:|\s(?:{DAY_NAME}))|"
    rf"(?:{DAY_NAME})\s?(?:-|–|—|to)\s?(?:{DAY_NAME})\s?:?\s\d{{1,2}}[:.]\d\d|\d{{1,2}}[:.]\d\d\s?(?:-|–|—|to)\s?\d{{1,2}}[:.]\d\d\s"
    r"(?=.{0,60}(?:£|\$|€|\bfree\b|\bhall\b|\broom\b|\bstudio\b|\(|$))|cookies?(?:\s(?:on|settings|policy|"
    r"preferences|notice))?)\b",
    re.IGNORECASE,
)
"""Lines of a page or a message that are never a move, whatever words follow ("ADVERTISEMENT - CONTINUE
READING BELOW", "Read more: The 20-minute core workout", "Music: …", "Sent from my iPhone", a clinic's "Tel: 01632
960 448 (Mon-Fri 08:00-16:30)", a health page's "Video: knee rolls (0:46). Read the transcript": the video's length
is no hold; a Q&A site's "edited Mar 3 '24 at 9:20" under an answer: 9:20 is no hold either; an app's "Exercise 1
of 8" over each move: its player's counter, no part of the class; a clinic's hours, "Appointments Monday–Friday
08:00–18:00" or "Mon–Fri 9:00–17:00": a clock's times, no hold; an email's headers, "Sent: 14 October 2026 17:42":
17:42 is no hold either, nor is it in a printout's "Printed 12/05/2026 17:42"; a centre's timetable, "10:00-10:45
Back Class (Hall 2) £3.50": when and where a class is held, no hold of 10 to 10 min 45; a note's date, "14 March 2026
at 19:42")."""

PART_LABEL = re.compile(r"^(?:to\s)?(warm[\s-]?up|cool[\s-]?down|main(?:\sset|\sworkout)?|finish(?:er)?)\s?:\s?(?=\S)",
                        re.IGNORECASE)
"""A part of the class and its moves on one line ("Warm-up: 5 minutes on the rower, then 10 good mornings"), or a
move's heading ("Finish: Kneeling hip flexor stretch"): the part starts there."""


def part_title(label: re.Match[str]) -> str:
    """The block's title for a :data:`PART_LABEL` ("warm up" → "Warm-up", "To finish" → "Finish")."""
    part = label.group(1).lower()
    return WARM_UP_TITLE if part.startswith("warm") else COOL_DOWN_TITLE if part.startswith("cool") else \
        "Finish" if part.startswith("finish") else label.group(1).capitalize()


SUBHEADING = re.compile(
    r"^(?:how to(?:\s(?:do|perform)\s(?:it|this|them|the \w+))?|how it'?s done|instructions?|steps?|directions|"
    r"form(?:\stips?|\scues?)?|tips?|cues?|coach(?:ing|es|['’]s)? (?:tips?|cues?|notes?)|(?:top|pro|quick) tips?|"
    r"(?:main\s|primary\s|key\s)?muscles?(?:\s(?:worked|targeted|used))?|"
    r"targets?|target muscles|benefits?|why (?:it|this) (?:works|helps)|why we (?:like|love) it|"
    r"sets?\s?(?:/|and|&|x|×)\s?reps?|reps?|sets?|dose|dosage|prescription|equipment(?: needed)?|variations?|"
    r"modifications?|progressions?|regressions?|make it (?:easier|harder)|easier|harder|common mistakes?|"
    r"mistakes to avoid|avoid|who (?:it'?s|this is) for|good for|level|difficulty|watch out|note|notes|"
    r"the move|the movement|what to do|getting started|starting position)\s?:?$",
    re.IGNORECASE,
)
"""Subheadings under a move ("How to do it", "Muscles worked", "Sets/Reps:"): parts of it, never moves."""

_NUMBERING = re.compile(r"^\s*(?:\d{1,3}[.):]|#\d{1,3}|(?:exercise|move|station|no\.?)\s?\d{1,3}\s?[.:)–—-]?)\s*",
                        re.IGNORECASE)
_QUALIFIER = re.compile(r"^(?:lying|standing|seated|sitting|kneeling|prone|supine|in sitting|in standing|"
                        r"(?:on|from) (?:your )?(?:back|front|side|knees|a chair)|"
                        r"(?:level|stage|phase|progression|version|variation|option)\s?\d{1,2}|"
                        r"beginners?|intermediate|advanced|easier|harder)\s?\.?$", re.IGNORECASE)
"""What a programme writes after a move's name and a dash to say how or at which stage it is done."""
_MOVE_LEAD = re.compile(r"^\s?[—–-]\s")
"""A dash after a paragraph's bold lead ("**Balasana (Child's Pose)** — knees wide …"): the lead names a move."""
PAIR_LABEL = re.compile(r"^([A-H][1-9])[.):]?\s{1,3}(?=[A-Z])")
"""A superset's label before a move's name in its heading ("A1. Romanian Deadlift", "B2) Side plank"): the pair,
never an answer's "A1" of a page's questions."""
_MAX_LOOK = 40
"""How many entries under a heading are looked at to decide whether it names a move."""


@dataclass(frozen=True)
class Section:
    """A move's section: its heading (an index into the entries), where it ends, and the move's name."""

    head: int
    end: int
    name: str
    rank: int


def heading_rank(entries: list[Entry], index: int) -> int | None:
    """How high an entry stands as a heading: 1-6 for ``<h1>``-``<h6>`` and ``#``-``######``, 7 for a short
    line wholly in bold, 8 for a short numbered line with a paragraph under it (a handout's "1. Pelvic
    tilts"); ``None`` for an entry that is no heading."""
    entry = entries[index]
    if entry.kind is Kind.HEADING:
        return max(1, min(entry.level, 6)) if entry.level else 6
    text = entry.text
    if len(text) > 70 or text.endswith((".", "!", "?", ";", ",")):
        return None
    if entry.kind is Kind.TEXT and entry.lead and entry.lead.rstrip(" :") == text.rstrip(" :"):
        return 7
    following = entries[index + 1] if index + 1 < len(entries) else None
    if entry.kind is Kind.ITEM and entry.ordered and following is not None and following.kind is Kind.TEXT \
            and not STAMP.fullmatch(following.text) and not _heads_list(entries, index + 1):
        return 8  # (a message's stamp under a texted "3) Bridges x 10" is no paragraph of it)
    return None


def _heads_list(entries: list[Entry], index: int) -> bool:
    """A short line with no full stop, set out left of the item above it, over a list's next lettered or numbered
    item ("CORE - 3 rounds, 45 sec between rounds" over "e) Plank …"): the next list's heading, no paragraph of the
    item above it."""
    text = entries[index].text
    return len(text) <= 90 and not text.endswith((".", "!", "?", ";", ",")) and index + 1 < len(entries) \
        and entries[index + 1].kind is Kind.ITEM and entries[index + 1].ordered \
        and entries[index].column < entries[index - 1].column - 2 \
        and not read_line_dose(text).has_work  # set out left of the item above, as a heading is; no dose of it


def move_name(text: str) -> str | None:
    """The move a heading names ("2. Bird Dog" → "Bird Dog", "Cat and cow (Marjaryasana)" → "Cat and cow"),
    or ``None`` for a topic, a label, a part of the class, a session or noise."""
    text = text.strip()
    if not text or topic_heading(PAIR_LABEL.sub("", text)) or SUBHEADING.match(text) or NOISE.match(text) \
            or session_heading(text) or meta_of(text) is not None or re.match(r"^step\s?\d", text, re.IGNORECASE):
        return None
    text = CATALOGUE_ID.sub("", text)
    bracket = re.search(r"\s?\(([^()]{1,80})\)\s*$", text)
    if bracket is not None and not find_facts(plain(bracket.group(1)).text):
        text = text[:bracket.start()]  # "Cat and cow (Marjaryasana–Bitilasana)": another name for it
    part = PART_LABEL.match(text)
    if part is not None and not read_line_dose(text[part.end():]).has_work:
        text = text[part.end():]  # "Finish: Kneeling hip flexor stretch": the move that starts the last part
    split = split_entry(text)
    name = split.name
    if split.dose_text and not _QUALIFIER.match(split.dose_text):
        # "Pelvic tilt – lying", "Dead bug – level 1": how or at which stage the move is done, not its name
        dose = read_line_dose(split.dose_text)
        if not (dose.has_work or dose.rest is not None or (dose.per is not None and len(split.dose_text) <= 20)
                or PURPOSE.match(split.dose_text)):
            # "4 point kneeling – opposite arm/leg lift": a dash inside the name, not before a dose
            name = _NUMBERING.sub("", text).strip(" .:–—-")
    led = _LED_BY.match(name)
    if led is not None and is_name_like(name[led.end():]):
        name = name[led.end():]  # "7. Finish with knee to chest stretch, 30 secs each leg": the move after the verb
    article = _ARTICLE.match(name)
    bare = name[article.end():] if article is not None else name  # "7. A short walk": a move's heading all the same
    if not is_name_like(bare) or SUBHEADING.match(bare) or NOISE.match(bare) or topic_heading(bare) \
            or block_heading(bare) is not None:
        return None
    return name


_ARTICLE = re.compile(r"^(?:a|an)\s(?=[a-z])", re.IGNORECASE)
_LED_BY = re.compile(r"^(?:finish|end|start|begin)\s(?:with|by)\s(?:an?\s|the\s|some\s)?(?=[a-z])", re.IGNORECASE)


def dose_strip(entry: Entry) -> bool:
    """A printout's line of dose cells under a move ("Sets 2 | Reps 10 | Hold 5 s | 2x daily"): read as a table's
    only row, it is the move's dose, not a table that ends the move's section."""
    cells = [c.strip() for c in entry.cells if c.strip()]
    if entry.kind is not Kind.ROW or not 2 <= len(cells) <= 8:
        return False
    doses = [read_line_dose(c) for c in cells]
    return any(d.has_work for d in doses) and all(
        d.has_work or d.rest is not None or d.per is not None or _FREQUENCY_CELL.match(c)
        for c, d in zip(cells, doses, strict=True))


_FREQUENCY_CELL = re.compile(r"^(?:\d{1,2}\s?x\s?|once\s|twice\s)?(?:daily|a day|per day|weekly|a week|per week|"
                             r"every (?:day|other day))\.?$", re.IGNORECASE)


def _ends_sections(entry: Entry) -> bool:
    """A line that starts another part of the article: a session ("Day 2"), a part of a class ("Cool down"),
    a table's row."""
    if entry.kind is Kind.ROW:
        return not dose_strip(entry)
    text = entry.text.strip()
    return entry.kind is not Kind.HEADING and len(text) <= 60 and (
        session_heading(text) or block_heading(text) == "strong" or bool(_SLIDE_MARK.match(text)))


_SLIDE_MARK = re.compile(rf"^{_SLIDE}$|^share\s+improve\sthis\s(?:answer|post)\b",
                         re.IGNORECASE)
"""A carousel post's "Slide 8/8": the next picture, so the move on the slide before ends there; as a Q&A answer's
last move does at its "Share  Improve this answer  Follow" (the comments under it are no more of that move)."""


BARE_COUNT = re.compile(
    r"^\s?(\d{1,3}(?:\s?(?:[-–]|to)\s?\d{1,3})?)(?!\s?(?:%|kg|lbs?|pounds?|km|miles?|m\b|cm|weeks?|days?|months?|years?|"
    r"steps?|calories|minutes?|mins?|seconds?|secs?|hours?|times? a))"
    r"(?:(?:\s[a-z]+){1,2}|\s(?:of\s)?(?:each|per|every|for each)\s[a-z]+(?:\s[a-z]+)?)?\s?\.?$",
    re.IGNORECASE,
)
"""A count alone as a move's dose, in plain text ("10", "10 each side", "8-12 reps", "10 slow ones"; after a sheet's
dot leaders, "Arm swings ...... 10"): its reps, never a count of something else ("5 minutes", "2 km")."""
LONE_ROUNDS = re.compile(r"\s*\d{1,3}(?:\s?(?:-|to)\s?\d{1,3})?\s(?:[a-z]+\s)?rounds?\.?\s*", re.IGNORECASE)
"""A move's rounds alone, in plain text ("8 slow rounds."): under its description, or as its whole dose, a dose of
that move, not a circuit's."""


def _count_alone(dose_text: str) -> bool:
    """A count alone after a sheet's dot leaders, a remark in brackets at most ("10 (each way)"): the move's reps."""
    aside = ASIDE_AFTER.search(dose_text)
    return BARE_COUNT.match(plain(dose_text[:aside.start()] if aside is not None else dose_text).text) is not None


def _names_a_move_line(entry: Entry) -> bool:
    """A line of a list of moves under a heading ("- Plank: 30 s", "Dead bug 3 x 10"): the heading is a part
    of a class, not a move."""
    text = LEADERS.sub(" – ", entry.text)  # a printed sheet's dot leaders end no sentence ("Hip circles .... 10 each")
    ended = re.search(r"[.!?]\s+\S", text)
    if ended is not None and entry.kind is Kind.ITEM and ended.start() <= 90:
        text = text[:ended.start()]  # "2. Bridge – 2 sets of 8, hold 2 seconds. – 30 seconds' rest …": its first one
    elif ended is not None:
        return False  # a sentence, or the end of one broken over lines ("elbows. Let your back relax …")
    if entry.kind not in (Kind.ITEM, Kind.TEXT) or len(text) > 90 or SUBHEADING.match(text.split(":")[0]) \
            or text[:1].islower():
        return False
    split = split_entry(text)
    if not split.name or not is_name_like(split.name) or SUBHEADING.match(split.name):
        return False
    if INSTRUCTION.match(split.name) or re.match(r"^(?:repeat|hold|rest|do|aim|perform|duration\b|time\b|x\s?\d)",
                                                  split.name, re.IGNORECASE):
        return False  # "Duration: 45–60 sec" under "**7. Child's Pose**": the move's dose line, no move of a list
    return split.leading_reps is not None or (bool(split.dose_text) and read_line_dose(split.dose_text).has_work) \
        or (text != entry.text and _count_alone(split.dose_text))  # "Arm swings ...... 10"


def lead_move(entry: Entry, heading: str, matcher: Matcher) -> str:
    """Whether a paragraph starts with a move's name in bold set off by a dash or a full stop ("**Anjaneyasana
    (Low Lunge)** — back knee down …", "**Bird dog.** On all fours …"), another than the heading's:
    ``"known"`` when the library knows the move, ``"named"`` when not, ``""`` for no such paragraph."""
    lead = entry.lead.strip()
    if entry.kind not in (Kind.TEXT, Kind.ITEM) or not lead or lead.endswith(":") or SUBHEADING.match(lead) \
            or NOISE.match(lead) or not (lead.endswith(".") or _MOVE_LEAD.match(entry.text[len(entry.lead):])):
        return ""
    name = split_entry(lead.rstrip(". ")).name
    if not is_name_like(name) or name.lower() == heading.lower():
        return ""
    return "known" if matcher.find(name).entry is not None else "named"




_NOT_BETWEEN = re.compile(r"(?:seconds?|secs?|minutes?|mins?|times|sets?|reps?|rounds?|breaths?|each|per|on|with|"
                          r"and|then|or|to)$")
"""Words that, between a number and a move's name, make the number another thing's ("5 seconds then roll down")."""
_NO_MOTION = frozenset(("stretch", "chest", "out", "up", "down", "pose", "hold", "position", "side", "back", "front",
                        "knee", "leg", "arm", "floor", "wall", "chair", "ball", "band", "head", "neck", "hip", "spine",
                        "exercise", "rotation", "extension", "tilt", "twist", "bridge", "plank"))
"""Last words of a name that are no count of the move ("Knee to chest", "Bent knee fall out", "Figure-four stretch"):
a number before them says something else."""


_COUNT_OPENS = re.compile(r"(^|[.!?]\s)(\d{1,3}(?:-\d{1,3})?)"
                          r"(?=\s(?:backwards|forwards|of these|of them|slow ones|in all)\b"
                          r"|,\s(?:whatever|as many as|depending))|([.!?]\s)(\d{1,3})(?=\.$)")
"""A sentence that opens with the move's count and which way ("10 backwards."), of what ("8 of these, …"), or how
many the reader can ("Between 6 and 10, whatever you can manage"); or a count alone, the last sentence ("… stand
back up. Ten."; a page's number alone, "8", is none)."""


def own_count(text: str, name: str) -> str:
    """A count of the move itself said under its heading ("**5 slow roll-downs.**" under "Roll-downs", "Do 20 heel
    drops" under "Heel drops", "10 backwards." under "Shoulder rolls"), written as the reps it is."""
    text = _COUNT_OPENS.sub(lambda found: f"{found.group(1) or found.group(3)}{found.group(2) or found.group(4)} reps",
                            text)  # "10 backwards. Only backwards – …": the move's count
    tokens = name.lower().split()
    if not tokens or len(name) > 60:
        return text
    root = word_root(tokens[-1])
    if len(root) < 3 or not re.fullmatch(r"[a-z][a-z'-]*", root) or root not in text.lower() or root in _NO_MOTION:
        return text
    pattern = re.compile(rf"(?<![\d.-])(\d{{1,3}}(?:\s?-\s?\d{{1,3}})?)((?:\s[a-z'-]{{1,15}}){{0,2}}?)"
                         rf"\s{re.escape(root)}(?:s|es)?\b")

    def counted(found: re.Match[str]) -> str:
        between = found.group(2).split()
        if any(_NOT_BETWEEN.fullmatch(word) for word in between):
            return found.group(0)
        return f"{found.group(1)} reps"

    return pattern.sub(counted, text)


def _evidence(entries: list[Entry], ranks: list[int | None], head: int, end: int, name: str,
              matcher: Matcher) -> bool | None:
    """``True`` when what lies under a heading shows it names a move (a library name, a description of how
    to do it, a dose), ``None`` when it holds a list of moves (a part of a class: "Lying down" over "Hip
    rolls" and "Back extensions"), else ``False``."""
    known = matcher.find(name).entry is not None
    shown = known
    lines = 0
    for index in range(head + 1, min(end, head + 1 + _MAX_LOOK)):
        entry = entries[index]
        if entry.kind is Kind.ROW and dose_strip(entry):
            shown = True  # "Sets 2 | Reps 10 | Hold 5 s": the move's dose strip
            continue
        if entry.kind is Kind.ROW:
            return None  # a table under a heading: the heading names the table's part
        if ranks[index] is not None and move_name(entry.text) is not None:
            lines += 1  # a heading of a move under it
            if lines >= 2:
                return None
            continue
        led = lead_move(entry, name, matcher)
        if led == "known" and not known:
            return None  # "Arriving" over "**Balasana (Child's Pose)** — …": a part of the class
        if _names_a_move_line(entry) or led:
            lines += 1
            if lines >= 2:
                return None
        text = own_count(re.sub(r"^[A-Z][\w'’/ ]{0,30}:\s", "", entry.text), name)  # "Do 20 heel drops."
        said = plain(text[:300]).text
        found = find_facts(said)
        if INSTRUCTION.match(text) or LONE_ROUNDS.fullmatch(said) or any(
                f.kind in ("sets", "reps", "hold", "repeat", "breaths") for f in found) or own_rounds(said, found):
            # "Move with your breath, 8 rounds.": one move's rounds, its reps
            shown = True
    if end < len(entries) and entries[end].kind is Kind.ROW and end - head <= 3:
        return None  # "## The protocol" over "Table 1. … All holds are 10 seconds." and the table: the table's part
    return shown


def _titles_a_paragraph(entry: Entry, following: list[Entry]) -> bool:
    """A short line of its own after a blank line, with no number, dose or stop, set right over a paragraph: the
    title of what the paragraph is about (a leaflet's "Walking", "Your week at a glance"), no line of the move
    described above it."""
    text = entry.text.strip()
    if entry.kind is not Kind.TEXT or not entry.gap or not following or not text[:1].isupper() \
            or len(text.split()) > 5 or re.search(r"[\d.,:;!?]", text):
        return False
    paragraph = following[0]
    return paragraph.kind is Kind.TEXT and paragraph.gap == 0 and len(paragraph.text) >= 60


_SERIES_SAID = re.compile(r"\s?[:–—]\s|\s-\s")


def _series_move(text: str, matcher: Matcher) -> str | None:
    """A series' heading that numbers one move ("Week 1: Pelvic Tilt", "Day 3 – Bird dog" in a blog's "Exercise of
    the Week" round-up): the move the library knows, not a week of a plan (whose title says what the week is)."""
    said = _SERIES_SAID.split(text.strip(), maxsplit=1)
    if len(said) != 2 or not session_heading(text) or len(said[0]) > 20:
        return None
    rest = said[1].strip(" .:–—-")
    return rest if matcher.find(rest).entry is not None else None


def move_sections(entries: list[Entry], matcher: Matcher) -> dict[int, Section]:
    """The articles' move sections, by the index of their heading (see the module's description)."""
    count = len(entries)
    ranks = [heading_rank(entries, index) for index in range(count)]
    ends = [count] * count
    nearest = [count] * 10  # nearest[r]: the first entry after the one looked at that ends a section of rank r
    for index in range(count - 1, -1, -1):
        rank = ranks[index]
        if rank is not None:
            ends[index] = nearest[rank]
        else:
            ends[index] = index + 1
        entry = entries[index]
        if entry.ruled or ((rank is None or rank >= 7) and _ends_sections(entry)):
            # a horizontal rule, a "Day 2", a "Cool down" (also a numbered line's "3. COOL-DOWN (on mats)"), a table:
            # every section ends
            nearest = [index] * 10
        elif rank is None and (_names_a_move_line(entry) or _titles_a_paragraph(entry, entries[index + 1:index + 2])):
            for lower in range(7, 10):
                nearest[lower] = index  # a line of a list of moves ends a handout's numbered section, as does the
                # title of a paragraph after it ("Walking" over "Walking is the most important thing you can do …")
        if rank is not None:
            for lower in range(rank, 10):
                nearest[lower] = min(nearest[lower], index)
        if entries[index].kind is Kind.HEADING:
            for lower in range(7, 10):
                nearest[lower] = min(nearest[lower], index)
    found: dict[int, Section] = {}
    covered = [False] * count
    lone: list[Section] = []
    """A rank's only section: a move's only when it starts a part after other moves' sections."""
    for rank in range(1, 9):
        candidates: list[Section] = []
        for index in range(count):
            if ranks[index] != rank or covered[index]:
                continue
            name = move_name(entries[index].text) or _series_move(entries[index].text, matcher)
            if name is None or (SECTION_NUMBER.match(entries[index].text) and matcher.find(name).entry is None):
                continue  # "### 4.3 Extensor training": a report's section, not a move's, unless it names one
            if _evidence(entries, ranks, index, ends[index], name, matcher) \
                    and not lists_moves(entries, index, ends[index], matcher):
                candidates.append(Section(index, ends[index], name, rank))
        if len(candidates) < 2:
            lone.extend(candidates)
            continue
        for section in candidates:
            found[section.head] = section
            for inner in range(section.head, section.end):
                covered[inner] = True
    for section in lone:
        if found and not covered[section.head] and section.head > min(found) \
                and PART_LABEL.match(entries[section.head].text):
            found[section.head] = section  # "## Finish: kneeling hip flexor stretch" after the circuit's moves
    return found


def lists_moves(entries: list[Entry], head: int, end: int, matcher: Matcher, known: bool = True,
                rows: bool = False) -> bool:
    """Whether a heading's section lists two dosed moves of the library or more ("### 5. The McGill Big 3" over "-
    **McGill curl-up** — 5 reps, 10-second holds", "- **Side plank** — 10-second hold on each side …"): a part of the
    class, not one move (a move's own ways, "- Forehead into palm (front): 10 seconds", are no moves).

    A heading that already says it is a part's, by its length, asks less: with ``known`` false, two dosed items of any
    name will do, a long name that says where the move is done too, its dose after a comma too ("Knee hugs on the mat,
    hold 30 sec, do it 3 times"); with ``rows``, a table's dosed rows count as
    its items."""
    dosed = 0
    for entry in entries[head + 1:min(end, head + 40)]:
        set_in = not known and entry.kind is Kind.TEXT and entry.column > entries[head].column
        if (entry.kind is Kind.ITEM or set_in) \
                and len(entry.text) <= 300:  # (a typed sheet's lines set in under their part: its list)
            split = split_entry(entry.text)
            named = is_name_like(split.name) if known else 0 < len(split.name) <= 120  # (or a long name and where)
            if (split.separated or not known) and named and read_line_dose(split.dose_text).has_work \
                    and (not known or matcher.find(split.name).entry is not None):
                dosed += 1
        elif rows and entry.kind is Kind.ROW and len(entry.cells) >= 2 and len(entry.text) <= 300 \
                and is_name_like(entry.cells[0]) and read_line_dose(" ".join(entry.cells[1:])).has_work:
            dosed += 1  # a table's row: "Hamstring stretch (heel up on the bottom rail) | 30 s each leg"
        if dosed >= 2:
            return True
    return False


CIRCUIT_WORDS = re.compile(r"\b(?:circuits?|sequence|whole|exercises|moves|workout|routine|poses)\b",
                           re.IGNORECASE)
"""Words that say a sentence's rounds are the circuit's, not one move's."""


OF_THIS = re.compile(r"\s?of\s(?:this|it|that)\b")
"""After a count of rounds said of one move: the rounds are of that move, its sets ("Do 2 rounds of this.", "20
seconds per side, two rounds of that")."""


def own_rounds(said: str, facts: list[Fact]) -> list[Fact]:
    """The rounds said of one move in its description ("Flow through eight rounds, one breath each way", "10
    rounds."): its reps, unless their sentence speaks of the circuit ("repeat the whole sequence 3 times", "2
    rounds of the circuit"). ``said`` is the plain text the facts were found in."""
    return [f for f in facts if f.kind == "rounds" and not CIRCUIT_WORDS.search(_sentence_of(said, f))]


def _sentence_of(text: str, fact: Fact) -> str:
    """The sentence of plain text a fact stands in."""
    start = text.rfind(".", 0, fact.start) + 1
    end = text.find(".", fact.end)
    return text[start:end if end >= 0 else len(text)]
