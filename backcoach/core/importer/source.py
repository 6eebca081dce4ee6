"""An article's bytes → lines of text with their kind (heading, list item, table row) and position.

People save articles as plain text, Markdown or a web page, or paste them; all three become the same
:class:`Entry` list, so everything after this module reads one shape. Nothing in the input is run or
fetched: HTML is reduced to its text (scripts, styles and attributes are dropped before the standard
library's ``html.parser`` sees it), and links keep only their words.

Every step is linear in the input, and the input is bounded (:data:`MAX_ARTICLE_BYTES`), so a hostile
file costs at most a fraction of a second. Python's own ``html.parser`` is quadratic on some malformed
markup (``"<a " * 20000`` takes a minute on 3.11), which is why :func:`_tidy_html` rewrites every tag to a
bare ``<name>`` first, in one pass.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from enum import Enum
from html.parser import HTMLParser
from pathlib import Path

from ..files import read_user_file
from .app_logs import fold_logged_sets
from .columns import page_columns
from .dates import DAY_MONTH, DAY_NAME
from .forms import form_lines
from .forums import forum_lines
from .highlights import clippings, highlight_lines
from .lessons import lesson_lines
from .list_tables import list_table_lines
from .phrases import DOSE_LABEL, EACH_SIDE_COUNT
from .printed import printed_lines
from .slides import slide_lines
from .subtitles import subtitle_lines
from .text_tables import TextTable, aligned_tables, is_header, part_column, text_tables, unframed, without_key
from .threads import comment_lines, numbered_posts, thread_lines
from .timecodes import timecode_class
from .timers import timer_workout

MAX_ARTICLE_BYTES = 4 * 1024 * 1024
"""Larger than any article (a long web page saved with its markup is well under 1 MiB)."""


def read_article(path: Path | str, file: str | None = None) -> bytes:
    """An article file's bytes, through the one bounded reader of a user's file (:mod:`..files`): a folder,
    a named pipe, a device, a broken link or a file over :data:`MAX_ARTICLE_BYTES` is refused before it is
    read, as a :class:`~backcoach.core.problems.RoutineError` at 1:1 that says what the path is."""
    return read_user_file(path, file, MAX_ARTICLE_BYTES, "an article")

MAX_LINE_CHARS = 20_000
"""A longer "line" (a minified page, a file without line breaks) is cut into pieces of this size."""


class ArticleProblem(ValueError):
    """Input that cannot be an article (binary, too large, empty); the message is for the user."""


class Kind(Enum):
    TEXT = "text"
    HEADING = "heading"
    ITEM = "item"
    ROW = "row"


@dataclass(frozen=True)
class Entry:
    """One unit of the article: a paragraph or line, a heading, a list item or a table row.

    ``gap`` is the number of blank lines before it in a text file: a table copied out of a web page often
    arrives as one cell per paragraph, and an empty cell shows only as one more blank line.
    """

    kind: Kind
    text: str
    line: int
    column: int = 1
    level: int = 0
    """For headings: 1-6 when the source says so (``#``, ``<h2>``), 0 when only the layout suggests it."""
    cells: tuple[str, ...] = ()
    ordered: bool = False
    gap: int = 1
    lead: str = ""
    """The words the entry starts with in bold (``**Pelvic clocks.** Lying on your back …``, ``<dt>``): how
    articles set a move's name off from its description; ``""`` when none."""
    ruled: bool = False
    """A horizontal rule (``---``, ``<hr>``) comes before it: whatever section was open has ended."""
    quoted: bool = False
    """A quoted line (``> …``): an earlier email in a reply, a quotation in a blog — never the routine."""
    pair: str = ""
    """A gym programme's superset label (``A1``, ``B2``) the entry starts with; ``""`` when none."""
    bolds: tuple[str, ...] = ()
    """Words set in bold inside the entry, after its start (``I like a **90/90 hip stretch, 30 seconds each
    side,** and a **child's pose for 1 minute**``): how a blog marks the moves its prose names."""
    spoken: bool = False
    """Words said in a video, joined from its transcript's captions (see :mod:`.follow_along`)."""


# -- bytes to text -----------------------------------------------------------------------------------------

_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def decode_article(data: bytes) -> str:
    """Text of an article file: UTF-8 (or UTF-16 with its mark), else Windows-1252 as saved by old editors."""
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleProblem(
            f"the file is too large ({len(data) / 1048576:.1f} MiB); an article is read up to "
            f"{MAX_ARTICLE_BYTES // 1048576} MiB"
        )
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    sample = data[:65536]
    if b"\x00" in sample or _control_share(sample) > 0.05:
        raise ArticleProblem("this is a binary file, not an article: import a .txt, .md or .html file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _control_share(sample: bytes) -> float:
    if not sample:
        return 0.0
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return controls / len(sample)


def looks_like_html(text: str, name: str = "") -> bool:
    """Whether text (a file named ``name``, or pasted) is a web page rather than plain text or Markdown."""
    lowered = name.lower()
    if lowered.endswith((".html", ".htm", ".xhtml")):
        return True
    if lowered.endswith((".txt", ".md", ".markdown", ".text")):
        return False
    head = text[:4096].lower()
    return bool(re.search(r"<(?:!doctype html|html|body|p|div|h[1-6]|li|table|article)\b", head))


_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
"""The ligatures a PDF's text keeps ("ﬂat", "oﬀ"), as the letters they stand for."""


def read_entries(text: str, name: str = "") -> list[Entry]:
    """The article's entries, from HTML or from text (plain or Markdown)."""
    text = text.translate(_LIGATURES)
    if looks_like_html(text, name):
        return split_part_columns(html_entries(text))
    return split_part_columns(text_entries(_ASCII_ARROW.sub(" – ", _ASCII_BULLET.sub(r"\1→ ", _prime_marks(
        _ocr_digits(text))))))


_ASCII_BULLET = re.compile(r"(?m)^([ \t]*)->\s(?=\S)")
"""A typed arrow that marks a list item ("  -> bird dog   8 ea side"), as "→" does."""
_ASCII_ARROW = re.compile(r"(?<=[A-Za-z)])\s->\s(?=\S)")
"""A typed arrow after words ("WARM UP -> 5 min"): a dash; after a number it may be a change ("10 -> 12")."""


_OCR_NUMBER = re.compile(r"(?<![\w.])(?=[0-9lIO]{0,2}[0-9])(?=[0-9]{0,2}[lIO])[0-9lIO]{2,3}(?![\w.])")
"""A number a photo's text recognition misread, a letter for a digit ("l0", "6O", "3O sec", "l2"): ``l`` and
``I`` for one, ``O`` for nought, beside at least one real digit."""
_OCR_DIGITS = str.maketrans("lIO", "110")
_OCR_TIMES = re.compile(r"(?<=\bx\s)[lI][O0](?![\w.])")
_OCR_WORD = re.compile(r"\b[A-Z]*[A-Z]0+[A-Z][A-Z0]*\b|\b[A-Z]+0+\b(?<!\b[A-Z]0)")
"""A word in capitals with a nought for an O ("BL0CK", "C00L D0WN"), not a label like "A0"."""


_SECONDS_MARK = re.compile(r"(?<![\w\"“.])(\d{1,3})\"(?=[\s/,;:).]|$)")
"""A number of seconds typed with a double quote for the ″ ("squeeze 2\" at top", "60\" rest", "30\"/side"), not a
number in quotes ("\"10\"")."""
_MINUTES_MARK = re.compile(r"(?<![\w'’.])(\d{1,2})'(?=[\s/,;:).]|$)")
"""Minutes typed with an apostrophe for the ′ ("5' easy spin", "WU (~8')")."""


def _prime_marks(text: str) -> str:
    """A coach's plan typed with quotes for seconds and apostrophes for minutes ("Side plank - 30\"/side", "5' easy
    spin") reads them as the ″ and ′ they stand for, when at least two numbers are set so (one quoted number in a
    page of prose is a quotation)."""
    if len(_SECONDS_MARK.findall(text[:100_000])) < 2:
        return text
    return _MINUTES_MARK.sub(r"\1′", _SECONDS_MARK.sub(r"\1″", text))


def _ocr_digits(text: str) -> str:
    """A whiteboard's text out of a photo, or a book's scanned page, reads its numbers right again, when at least two
    numbers in it mix letters and digits ("Repeat l0 times", "Repeat 1O times"; a page of words like "I0S" is left as
    it is)."""
    if len(_OCR_NUMBER.findall(text[:100_000])) < 2:
        return text
    text = _OCR_NUMBER.sub(lambda found: found.group(0).translate(_OCR_DIGITS), text)
    text = _OCR_TIMES.sub("10", text)  # "cat cow x lO"
    return _OCR_WORD.sub(lambda found: found.group(0).replace("0", "O"), text)  # "BL0CK A", "C00L D0WN"


# -- plain text and Markdown ---------------------------------------------------------------------------------

_FORM_FILL = re.compile(r":\s?\.{2,}(?=[^.\s])[^.]{1,40}?\.{2,}(?:\s|$)")
"""A form's field with what was written on its dotted line ("Name: ..Margaret Ashworth.......")."""
_BOX_AFTER = re.compile(r"(?<=\s)(?:\[\s?[xX✓✔]?\s?\]|[☐☑□])\s?(?:done|completed?|tick|ticked|✓)?$", re.IGNORECASE)
"""A box to tick at a line's end ("[ ] done", "☐"), as a printed exercise sheet leaves one after each step."""
_BULLET = re.compile(r"^(?:(?:[-*+–—]\s+|[•●◦▪▫‣⁃·→»✓✔✅☐☑❖◆■□]\ufe0f?\s*))+(?=\S)")
"""A list marker: ``-``, ``*``, ``+`` or a dash followed by a space (``**bold**`` is not a list), or a bullet
sign, tick or box, with or without one (and the phone's mark that draws it as a picture: "▫️")."""
_LEADING_SYMBOLS = re.compile(
    r"^(?:\d\ufe0f?\u20e3|[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF][\ufe0f\U0001F3FB-\U0001F3FF]?)+\s*"
)
"""Keycap digits and pictographs (👉 ✅ 🔥) that social posts and blogs put before their list items."""
_TYPED_MARK = re.compile(r"^(?:[-•]|(\d{1,2})[.)])\s+(?=[A-Z])")
"""A list's mark typed at a page's line (a hyphen, a bullet, a number and a dot)."""
_CLAUSE = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){2,3}|\d{1,2}\.\d)\.?\s+(?=(?:\*{1,2}|_{1,2})?[A-Z])")
"""A procedure's clause number, ``6.3.1`` or ``1.2`` (the whole number: a time's ``7.30`` is none): a paragraph of
the document, its number no count."""
_NUMBERED = re.compile(r"^(?:\(?\d{1,3}[.)]|\d{1,3}\s*[-–—:]\s|\d{1,2}\s{2,}(?=[A-Z][A-Z'’&/ -]{2,60}$)|"
                       r"\d{1,2}\s{1,3}(?=[A-Z][A-Z'’&/ \"-]{2,60}\b[^.]{0,40}\.{4,})|"
                       r"\d{1,2}\s?\|\s(?=[^|]*$)|\d{1,2}\s?·\s(?=[A-Z])|\(?[A-H][.)](?=\s+[A-Z])|"
                       r"(?:[A-H][1-9]|[1-9][A-H])[.):]?(?=\s+(?:\*\*|__)?[A-Z0-9])|"
                       r"\(?[a-z]\)(?=\s+[A-Za-z0-9])|[a-j]\.(?=\s+[A-Z][a-z])|[\u2460-\u2473](?=\s))\s*(?=\S)")
"""``1.``, ``2)``, ``(3)``, ``4 –``, a social post's slide ``05 | SIDE PLANK`` (one bar: no table's row), the lettered
``A.``, ``B)`` of a clinic's protocol, a poster's ``1 · WALK IT OUT``, a gym's ``A1.``, a newsletter's ``a)``, a
notice's ``f. Glute bridge``, a poster's circled ``④ Rail row`` and a
leaflet's number set two spaces before a move's name in capitals (``1  MARCH ON THE SPOT``: no count of marches), or
before one with its leaders to its dose (``2  SHOULDER ROLLS (backwards) ...... 10``)."""
_CARD_NUMBER = re.compile(r"^\d{1,2}\s{1,3}(?=[A-Z][a-z][^.]{0,60}?\s?(?:\.{2,}|…))")
"""A card's number before a move's name and its leaders ("7  Calf raises on the bottom rung ........ 15"): where the
move comes on the card, no count of it; the line stays a line of its own."""
_ANSWER_ITEM = re.compile(r"^A:\s+(?=[-*•]\s\S)")
"""An answer's label before a list typed under its question ("A:  - March on the spot …")."""
_BULLET_PAIR = re.compile(r"^(?:\*\*|__)?([A-H][1-9](?![0-9])|[1-9][A-H](?![A-Za-z]))[.):]\s")
"""A superset's label after a list's bullet ("- A1. Glute bridge 3x10", "- **B2)** Dead bug")."""
_CHECKBOX = re.compile(r"\[[ xX✓✔-]\]\s+(?=\S)")
"""A task list's box after its bullet (``- [ ] Dead bug``, ``- [x] Cat-cow``): the item is the words after it."""
_PAIR = re.compile(r"([A-H][1-9](?![0-9])|[1-9][A-H](?![A-Za-z]))")
"""A superset's label ("A1", "B2", or number first: "1A", "1B"): moves of one letter (number) are done one after
the other, then the rest."""
_BOLD_PAIR = re.compile(r"^(\*\*|__)((?:[A-H][1-9]|[1-9][A-H])[.):]?\s{1,3})(?=[A-Z])")
"""A superset's label inside a bold name ("**A1. Romanian deadlift** — 3×8 @ 3-1-1-0"): a coach's programme."""
_PAGE_MARK = re.compile(r"(?:^|\s{2,}|\t)(?:page\s)?\d{1,3}\sof\s\d{1,3}\s*$|^page\s\d{1,3}\s*$"
                        r"|^page\s\d{1,3}\sof\s\d{1,3}\s{3,}(?=\S)", re.IGNORECASE)
"""A page's number, as a PDF converted to text keeps it ("Page 2 of 4", alone or at a line's end, or at the start
of a foot with the leaflet's name across the page: "Page 5 of 6        Patient Information Leaflet PIL-0417")."""
_BANNER = re.compile(r"([-=]){3,}\s+([A-Za-z][^|]{1,70}?)\s+\1{3,}\s*")
"""A heading set between two rules on its line ("----- THE MAIN ROUTINE (at home, 3 days a week) -----")."""
_RULE = re.compile(r"^(?:([-*_=~━─═])\s?)\1(?:\s?\1)+\s*$")
"""A horizontal rule: a line of one repeated sign ("---", "* * *", "━━━━")."""
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_FENCE = re.compile(r"^(?:`{3,}|~{3,})[^`~]*$")
"""A Markdown code fence ("```", "~~~ yaml"); not a title set between tildes ("~~~ TUESDAY BACK CLASS ~~~")."""
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_UNDERLINE = re.compile(r"^([.·•~_*])\1{2,}$")
"""A plain-text newsletter's sub-heading underlined with dots or tildes ("Warm up" over "......."), as Setext
headings are with ``====`` and ``----``."""
_FRONT_KEY = re.compile(r"^[A-Za-z_][\w\- ]{0,40}:(?:\s|$)")
_TOML_KEY = re.compile(r"^[A-Za-z_][\w\-]{0,40}\s?=\s?\S")
_CALLOUT = re.compile(r"^>\s?\[!([A-Za-z-]{1,30})\][+-]?\s*(.*)$")
"""An Obsidian or GitHub callout's first line (``> [!tip]- How to run it``): its type and title."""
_LATER = re.compile(r"\b(?:progress\w*|regress\w*|variations?|modifications?|later|next (?:week|time|block|phase)|"
                    r"harder|easier|options?)\b", re.IGNORECASE)
"""A callout's title that says its body is for another day ("Progressions (for later)"): not the routine."""
_EXPAND = re.compile(r"\s?\((?:click|tap) to (?:expand|open|show)\)\s?$", re.IGNORECASE)
_NOTE_COMMENT = "%%"
"""An Obsidian comment (``%% TODO … %%``): never shown, never read."""
_HTML_COMMENT = "<!--"
"""A comment in a Markdown page's source (``<!-- Leaflet DM-PI-0217 v3 | Review date … -->``): never shown either."""
_TABLE_RULE = re.compile(r"^\s*[|+]?\s*:?-{2,}:?\s*(?:[|+]\s*:?-{2,}:?\s*)*[|+]?\s*$")
_MD_IMAGE = re.compile(r"!\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)")
_WIKI_EMBED = re.compile(r"!\[\[[^\]\n]{0,500}\]\]")
_WIKI_LINK = re.compile(r"\[\[(?:[^\]|\n]{0,500}\|)?([^\]|\n]{0,500})\]\]")
"""A note app's link to another note (``[[Routines]]``, ``[[Back pain – timeline|timeline]]``): its words."""
_DOUBLE_HYPHEN = re.compile(r"(?<=\S) -- (?=\S)")
"""A typewriter's dash ("Bird dog -- six on each side"), as plain-text emails write "–"."""
_MD_LINK = re.compile(r"\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|`)")
_MD_BOLD_LEAD = re.compile(r"^(\*\*|__)([^*_\n]{1,100}?)\1")
_INLINE_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,20}(?:\s[^<>\n]{0,500})?/?>")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_COLUMNS = re.compile(r"\t+| {3,}")
SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?\s+(?=[A-Za-z])")
"""A book's or a report's section number ("4.2 The main programme", "4.1 Warming up"): numbers with dots between."""
_NAME_GAP = re.compile(r"(?<=[\w)\"'’]) {3,}(?=\w)")
"""The wide gap after a numbered line's name on a printed sheet ("A1  Cat-camel            10 reps"): where the
dose's column starts, set off as a dash is (the name's own words are one space apart)."""


_FOOTNOTE_MARK = re.compile(r"(?<=[A-Za-z)])[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}(?![¹²³⁴⁵⁶⁷⁸⁹⁰\w])")
"""A footnote's mark after a word ("Bear crawl hold³", "3 circuits in total²"), no part of it."""


def clean_inline(text: str) -> str:
    """Markdown emphasis, links, images and stray tags removed; spaces collapsed."""
    text = _WIKI_EMBED.sub("", text)
    text = _WIKI_LINK.sub(r"\1", text)
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _DOUBLE_HYPHEN.sub(" – ", text)
    text = _INLINE_TAG.sub(" ", text)
    text = _MD_EMPHASIS.sub("", text)
    text = _FOOTNOTE_MARK.sub("", text)
    return _SPACES.sub(" ", text).strip()


_CROSSED = re.compile(r"(?<!~)~~(?!~)[^~\n]{1,80}?(?<!~)~~(?!~) ?")
"""Markdown's crossed-out text ("~~3~~ 4 rnds", "~~sit ups~~ dead bug"): what the writer took back is not read (a
title between three tildes, "~~~ TUESDAY ~~~", is none)."""


def _pieces(text: str) -> list[str]:
    """Lines, with over-long ones cut so no later step sees more than :data:`MAX_LINE_CHARS` at once; crossed-out
    text taken out."""
    lines: list[str] = []
    for line in text.splitlines():
        line = _CROSSED.sub("", line) if "~~" in line else line
        while len(line) > MAX_LINE_CHARS:
            cut = line.rfind(" ", 0, MAX_LINE_CHARS)
            cut = cut if cut > MAX_LINE_CHARS // 2 else MAX_LINE_CHARS
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    return lines


_DAY_AND_TIME = (rf"(?:{DAY_NAME},?\s)?{DAY_MONTH}(?:\s\d{{4}})?,?\s"
                 r"(?:at\s)?\d{1,2}:\d\d(?:\s?[ap]\.?m\.?)?")
"""A phone's date and time of a text message, the month in words ("Mon 3 Mar, 09:00", "3 March 2026 at 9:00 am")."""
CHAT_PREFIX = re.compile(
    r"^\[?(?:\d{1,4}[./-]\d{1,2}[./-]\d{2,4},?\s\d{1,2}:\d\d(?::\d\d)?(?:\s?[ap]\.?m\.?)?"
    rf"|{_DAY_AND_TIME}(?=\s[^:\[\]]{{1,40}}:\s)"
    r"|\d{1,2}:\d\d(?::\d\d)?(?:\s?[ap]\.?m\.?)?,\s\d{1,4}[./-]\d{1,2}[./-]\d{2,4}"
    r"|(?<=\[)\d{1,2}:\d\d(?::\d\d)?(?:\s?[ap]\.?m\.?)?(?=\]\s?[^:\[\]]{1,40}:\s))\]?\s?(?:[-–]\s)?"
    r"(?:(?P<sender>[^:\[\]]{1,40}):(?:\s|$))?", re.IGNORECASE)
"""A chat export's date, time and sender before each message ("[03/03/2024, 07:41:58] Coach Mike: …", the time
first as some phones copy it: "[10:42, 03/05/2026] Sarah Physio: …"; a video call's chat gives the time alone, in
brackets, always with a sender: "[16:42:49] Priya Nandakumar: …"; text messages saved from a phone, the month in
words and a sender always after it: "Mon 3 Mar, 09:00 ElmPhysio: …")."""


def _opens_box(lines: list[str], index: int) -> bool:
    """A rule that opens a boxed heading (a rule, "PART 4: COOL-DOWN", the same rule again) under the last line of a
    part ("  >> 10 times"): no underline of that line."""
    rule = lines[index].strip()
    return index + 2 < len(lines) and bool(lines[index + 1].strip()) and lines[index + 2].strip() == rule


def _closes_box(lines: list[str], index: int, first: int) -> bool:
    """A rule under a numbered line that the same rule opened ("=====", "3. EXAMPLE HEP – PHASE 2 (…", "office
    worker …)", "====="): the box of a numbered section's heading, not the end of a list's item."""
    above = first - 2  # the entry's first line is 1-based
    return 0 <= above < index and lines[above].strip() == lines[index].strip()


_LONE_STAMP = re.compile(rf"^{_DAY_AND_TIME}$", re.IGNORECASE)
"""A phone's text messages saved with each message's date and time on a line of its own ("Mon 3 Mar, 09:00")."""
_SENDER = re.compile(r"^[^\s:][^:]{0,30}:\s\S")


def _stamped_messages(lines: list[str]) -> list[str]:
    """Text messages whose date and time stand on a line over each sender's message ("Mon 3 Mar, 09:00" over
    "ElmPhysio: Hi Sam, …"): the stamp is joined to its message's line ("Mon 3 Mar, 09:00 ElmPhysio: Hi Sam, …"), as
    a chat export writes it, so that :data:`CHAT_PREFIX` reads them as any chat (three such messages at least)."""
    pairs: list[tuple[int, int, re.Match[str]]] = []
    for index, line in enumerate(lines[:100000]):
        stamp = _LONE_STAMP.match(line.strip()) if len(line) <= 60 else None
        if stamp is None:
            continue
        after = next((at for at in range(index + 1, min(len(lines), index + 3)) if lines[at].strip()), None)
        if after is not None and _SENDER.match(lines[after].strip()):
            pairs.append((index, after, stamp))
    if len(pairs) < 3:
        return lines
    out = list(lines)
    for index, after, stamp in pairs:
        out[after] = f"{stamp.group(0)} {lines[after].strip()}"
        out[index] = ""
    return out


def _is_chat(lines: list[str]) -> bool:
    """A chat exported as text: three messages or more. Its lines are never joined as a wrapped paragraph, since a
    message keeps the line breaks its writer typed ("WARM UP", then "5 min brisk walk", then "cat cows x10")."""
    count = 0
    for line in lines:
        found = CHAT_PREFIX.match(line.strip())
        if found is not None and found.end() > 0:
            count += 1
            if count >= 3:
                return True
    return False


def text_entries(text: str) -> list[Entry]:
    """Entries of a plain-text or Markdown article; each non-blank line is one (wrapped paragraphs joined).

    Before the lines are read: a Markdown note's front matter (``---`` … ``---`` at the top) is skipped, and
    the tables of :mod:`.text_tables` (a spreadsheet pasted as delimited text, a box-drawn grid) become rows
    (an app's log of sets one row a move, :mod:`.app_logs`),
    and of a social thread only its author's posts are kept (:mod:`.threads`); a subtitle file's cues are
    written as the transcript they are (:mod:`.subtitles`); an interval timer's list of
    intervals is read as the parts and moves it makes (:mod:`.timers`), and a class's list of timecodes as
    its moves, each lasting to the next mark (:mod:`.timecodes`).
    A note app's callout (``> [!tip] …``) is read as text, unless its title says it is for later
    ("Progressions"); its comments (``%% … %%``) are never read.
    """
    entries: list[Entry] = []
    gap = 0
    in_fence = False
    code_block = False  # a fence of a few marks ("```", "~~~ yaml"), not a page's rule of tildes across its width
    comment_end: str | None = None
    """Inside a comment: what ends it (``%%``, ``-->``)."""
    callout: bool | None = None
    """Inside a callout: ``True`` when its body is read as text, ``False`` when it stays quoted."""
    ruled = False
    bold_open = False
    """The line before ended inside a bold run (``I like a **90/90 hip stretch, 30``)."""
    lines = form_lines(comment_lines(numbered_posts(thread_lines(forum_lines(printed_lines(slide_lines(highlight_lines(
        lesson_lines(list_table_lines(subtitle_lines(_pieces(text))))))))))))
    numbers: list[int] | None = None
    """The line number of each line, when a page of two columns is read out of the page's order."""
    lines = unframed(lines)
    set_in_columns = frozenset(at for table in aligned_tables(lines) for at in range(table.start, table.end))
    columns = clippings(lines) or page_columns(lines, set_in_columns)  # a table's columns are no page's; an
    # e-reader's clippings are read in the book's order
    if columns is not None:
        lines, numbers = columns
    timer = timer_workout(lines) or timecode_class(lines)
    if timer is not None:
        lines = timer.lines
    tables = {start: fold_logged_sets(table) for start, table in text_tables(lines).items()}
    lines = _stamped_messages(lines)
    chat = _is_chat(lines)
    skip_to = _front_matter_end(lines)
    entries.extend(_front_matter_title(lines, skip_to))
    for index, raw in enumerate(lines):
        if index < skip_to:
            continue
        number = numbers[index] if numbers is not None else index + 1
        stripped = raw.strip()
        table = tables.get(index)
        if table is not None and not in_fence and comment_end is None:
            gap = _table_entries(entries, table, lines, gap)
            skip_to = table.end
            continue
        if not in_fence and (comment_end is not None or stripped.startswith((_NOTE_COMMENT, _HTML_COMMENT))):
            opened = comment_end is None
            end = comment_end or (_NOTE_COMMENT if stripped.startswith(_NOTE_COMMENT) else "-->")
            # "%% TODO %%" and "<!-- Leaflet DM-PI-0217 v3 -->" open and close on one line
            opener = len(_NOTE_COMMENT if end == _NOTE_COMMENT else _HTML_COMMENT)
            closes = stripped.endswith(end) and (not opened or len(stripped) >= opener + len(end))
            comment_end = None if closes else end
            gap += 1
            continue
        if callout is not None and not stripped.startswith(">"):
            callout = None
        found = _CALLOUT.match(stripped) if not in_fence else None
        if found is not None:
            title = _EXPAND.sub("", found.group(2)).strip()
            callout = not _LATER.search(title)
            if callout and title:
                entry = _line_entry(title if title.endswith((":", ".", "?", "!")) else f"{title}:", number,
                                    len(raw) - len(raw.lstrip()) + stripped.index(title) + 1, gap, in_fence)
                if entry is not None:
                    entries.append(entry)
                gap = 0
            continue
        if callout:
            raw = raw.replace(">", " ", 1)  # a callout's body, read as the text it is
            stripped = raw.strip()
        if _FENCE.match(stripped):
            in_fence = not in_fence
            code_block = in_fence and len(stripped.split()[0]) <= 12
            gap += 1
            continue
        if stripped and gap == 0 and entries and entries[-1].kind is Kind.TEXT and len(entries[-1].text) <= 80 \
                and not in_fence and _UNDERLINE.match(stripped):
            previous = entries[-1]  # "Warm up" over ".......": a newsletter's sub-heading
            entries[-1] = Entry(Kind.HEADING, previous.text, previous.line, previous.column, 3, gap=previous.gap,
                                ruled=previous.ruled)
            continue
        underline = gap == 0 and bool(entries) and bool(_SETEXT.match(stripped)) and not _opens_box(lines, index) \
            and (entries[-1].kind is Kind.TEXT or (entries[-1].kind is Kind.ITEM and numbers is None
                                                   and _closes_box(lines, index, entries[-1].line)))
        if stripped and "|" not in stripped and _RULE.match(stripped) and not underline:
            ruled = True  # "---" after a blank line, "* * *", "━━━━": a break between parts of the page
            gap += 1
            continue
        if not stripped or (_TABLE_RULE.match(stripped) and "-" in stripped and ("|" in stripped or entries)):
            if stripped and underline:
                previous = entries[-1]
                entries[-1] = Entry(Kind.HEADING, previous.text, previous.line, previous.column,
                                    1 if stripped.startswith("=") else 2, gap=previous.gap)
                continue
            gap += 1
            continue
        if _SETEXT.match(stripped) and stripped.startswith("=") and entries and (entries[-1].kind is Kind.TEXT
                                                                                 or underline):
            previous = entries[-1]  # a numbered section's boxed heading is a section's, never the title
            entries[-1] = Entry(Kind.HEADING, previous.text, previous.line, previous.column,
                                2 if previous.kind is Kind.ITEM else 1, gap=previous.gap)
            continue
        column = len(raw) - len(raw.lstrip()) + 1
        page = _PAGE_MARK.search(stripped)
        if page is not None:
            stripped = stripped[:page.start()].rstrip()
            if not stripped:
                continue  # a page break of a converted PDF: the paragraph may go on after it
        if stripped.startswith(">> ") and gap == 0 and entries and not entries[-1].quoted and not in_fence:
            stripped = stripped[3:]  # "   >> Hold for 5 seconds" under a move's description: an arrow, no quote
        entry = _line_entry(stripped, number, column, gap, in_fence)
        if entry is not None and entry.kind is Kind.TEXT and not in_fence:
            entry = replace(entry, bolds=_bold_spans(stripped, bold_open and not gap))
        bold_open = not in_fence and (stripped.count("**") + (bold_open and not gap)) % 2 == 1
        gap = 0
        if entry is None:
            continue
        if ruled:
            entry, ruled = replace(entry, ruled=True), False
        if entries and _wrapped_cell(entries[-1], entry):
            previous = entries[-1]
            cells = (*previous.cells[:-1], f"{previous.cells[-1]} {entry.text}".strip())
            entries[-1] = replace(previous, text=" | ".join(c for c in cells if c), cells=cells)
            continue
        if entries and _row_goes_on(entries[-1], entry):
            previous = entries[-1]  # "    |            | Lower back pressed to the floor!" under its station's row
            under = _under_cells(previous, entry) or entry.cells
            cells = tuple(f"{a} {b}".strip() for a, b in zip(previous.cells, under, strict=True))
            entries[-1] = replace(previous, text=" | ".join(c for c in cells if c), cells=cells)
            continue
        if entries and not entry.gap and entries[-1].kind is Kind.ITEM and _SUB_LINE.match(entry.text):
            previous, piece = entries[-1], _SUB_LINE.sub("", entry.text)
            head = previous.text.rstrip(" .")
            joined = f"{head}. {piece}" if " – " in head else f"{head} – {piece}"
            entries[-1] = replace(previous, text=joined)
            continue  # "1️⃣ Chin tucks" then "↳ 10 reps", "↳ Hold each one for 3 seconds": the item's lines
        if entries and not entry.gap and entries[-1].kind is Kind.ITEM and entry.column > entries[-1].column \
                and not LEADERS.search(entries[-1].text) and (tail := _LEADER_TAIL.match(entry.text)):
            entry = replace(entry, text=f"..... {tail.group(1)}")  # "3. Gentle turns - look over …" then, set right
            # under it, "... 6 each way": the item's dose after leaders cut short by the wrap
        if entries and not chat and not entry.gap and entry.kind is Kind.ITEM and stripped[:2] in ("— ", "– ") \
                and entry.text[:1].islower() and entries[-1].kind is Kind.TEXT and len(entries[-1].text) >= 40 \
                and not entries[-1].text.endswith((".", "!", "?", ":", ";")) \
                and len(entries[-1].text) + len(entry.text) <= MAX_LINE_CHARS:
            # "… not a cup of tea and a biscuit" over "— and go round again. Three rounds all told.": the sentence's
            # dash wrapped to the line's start, no list's item
            entries[-1] = replace(entries[-1], text=f"{entries[-1].text} — {entry.text}")
            continue
        if entries and not chat and not code_block \
                and _continues(entries[-1], entry, raw, 40 if numbers is None else 24):
            # (a code block's lines are lines: "hip flexor stretch  45s/side" over "child's pose        1 min")
            previous = entries[-1]
            broken = _HYPHENATED.search(previous.text) is not None and entry.text[:1].islower()
            joined = f"{previous.text[:-1]}{entry.text}" if broken else f"{previous.text} {entry.text}"
            if previous.kind is Kind.ITEM and _DOSE_UNDER.match(entry.text) and raw[:1].isspace():
                joined = f"{previous.text} – {entry.text}"  # "- Plank" then "  3 x 30s" under it
                if " – " in previous.text:  # a second line of it ("30 seconds' rest between sets."): a sentence more
                    joined = f"{previous.text}{'' if previous.text.endswith(('.', ';')) else '.'} {entry.text}"
            entries[-1] = replace(previous, text=joined, bolds=_joined_bolds(previous.bolds, entry.bolds))
            continue
        entries.append(entry)
    if timer is not None:
        said = [Entry(Kind.HEADING if line.level else Kind.ITEM, line.text, line.line, 1, line.level)
                for line in timer.said]
        entries = sorted([*entries, *said], key=lambda entry: entry.line)
    from .calendars import calendar_days  # it reads this module's entries

    return _numbered_sections(_join_broken_headings(calendar_days(entries)))


_BULLETED_CELLS = re.compile(r"^[-*+•]\s(?!\s*\|)")
"""A list item whose labels are set apart by bars ("- **Sets:** 3 | **Reps:** 8 | **Rest:** 30 sec"): an item, not a
table's row (a row never starts with a bullet)."""
_CELL_BR = re.compile(r"<br\s{0,3}/?>", re.IGNORECASE)
"""A line break inside a Markdown table's cell ("| Day 1<br>Cat-cow x8 |")."""
_LEADER_TAIL = re.compile(r"^(?:\.{2,3}|…)\s?(\S.{0,30})$")
"""The end of a printed line's leaders wrapped under it, the dose after them ("... 6 each way")."""
_SUB_LINE = re.compile(r"^[↳⤷↪⮑└╰]\s?[-–—]?\s*(?=\S)")
"""A social post's lines under a list item ("↳ 10 reps"): the item's dose and cues, one to a line."""


_FRONT_MATTER_LINES = 200


_FRONT_TITLE = re.compile(r"^title\s?[:=]\s?(?P<q>[\"']?)(?P<title>.{3,200}?)(?P=q)\s*$", re.IGNORECASE)


def _front_matter_title(lines: list[str], end: int) -> list[Entry]:
    """A blog post's own title in its front matter (``title: "Gareth's story …"``), as the page's ``<h1>``: the
    post's first lines are an image and a story, never its title. Only a ``title`` key: the other
    properties say nothing of the article. A note whose body has its own ``# heading`` is titled by that."""
    if any(line.startswith("# ") for line in lines[end:]):
        return []
    for index in range(1, max(1, end - 1)):
        found = _FRONT_TITLE.match(lines[index].strip())
        if found is not None:
            return [Entry(Kind.HEADING, found.group("title").strip(), index + 1, 1, 1)]
    return []


def _front_matter_end(lines: list[str]) -> int:
    """Where a Markdown note's front matter ends (the index after its closing ``---``), or 0 when it has none:
    ``---`` on the first line, then ``key: value`` lines (and their lists), then ``---`` or ``...``; or a
    Hugo post's TOML between ``+++`` lines (``title = "…"``). Its properties (``cssclasses: [wide-page]``,
    ``tags:``) are the note app's, never the article's title."""
    if not lines or lines[0].strip() not in ("---", "+++"):
        return 0
    toml = lines[0].strip() == "+++"
    keyed = False
    for index in range(1, min(len(lines), _FRONT_MATTER_LINES)):
        stripped = lines[index].strip()
        if stripped in (("+++",) if toml else ("---", "...")):
            return index + 1 if keyed else 0
        if (_TOML_KEY if toml else _FRONT_KEY).match(stripped):
            keyed = True
        elif stripped and not lines[index][:1].isspace() and not stripped.startswith(("-", "#")):
            return 0  # a line that is no property: a rule under the first line of an ordinary text
    return 0


def _table_entries(entries: list[Entry], table: TextTable, lines: list[str], gap: int) -> int:
    """A text table's rows as entries (appended to ``entries``); returns the blank lines counted after it.

    A section row spanning the table ("COOL-DOWN") becomes a heading and the header row is said again under
    it, so the rows below it are read by their columns; a row of a delimited sheet with one cell (its title,
    a legend) is a line of text; an empty row counts as a blank line."""
    header: Entry | None = None
    for row in table.rows:
        filled = [cell for cell in row.cells if cell]
        number = row.line + 1
        if not filled:
            gap += 1
            continue
        if row.section:
            entries.append(Entry(Kind.HEADING, clean_inline(filled[0]), number, row.column, 0, gap=gap))
            if header is not None:
                entries.append(replace(header, line=number, gap=0))
            gap = 0
            continue
        cells = tuple(clean_inline(cell) for cell in row.cells)
        if len(filled) == 1 and not _BOX_LINE.match(lines[row.line].strip()):
            # a sheet's title above its header; under it, a legend or a remark ("Legend: Hold (s) = …"), which is
            # about the sheet, never a move of it
            entries.append(Entry(Kind.TEXT, clean_inline(filled[0]), number, row.column, gap=gap,
                                 quoted=header is not None))
        elif len(filled) == 2 and row.cells[0].rstrip().endswith(":") and not is_header(cells):
            # a sheet's label and its value ("Notes:,"Warm up 5 min on the bike first. …"", "Progression:,…"):
            # a line of text about the sheet, read as written (its notes as what they say)
            label, value = clean_inline(filled[0]), clean_inline(filled[1])
            said = value if _SAID_LABEL.match(label) else f"{label} {value}"
            entries.append(Entry(Kind.TEXT, said, number, row.column, gap=gap, quoted=header is not None))
        else:
            entry = Entry(Kind.ROW, " | ".join(c for c in cells if c), number, row.column, cells=cells, gap=gap)
            if header is None and is_header(cells):
                header = entry
            entries.append(entry)
        gap = 0
    return gap


_BOX_LINE = re.compile(r"^[│║┃|]")
_SAID_LABEL = re.compile(r"^(?:notes?|comments?|instructions?|coach(?:'s)? notes?)\s?:$", re.IGNORECASE)
"""A sheet's label whose value is said to the client ("Notes:", "Comments:"): its words are read as they are."""


def split_part_columns(entries: list[Entry]) -> list[Entry]:
    """A table whose header names a column of parts ("Block": Warm-up, Main, Cool-down; "Section"), as a
    coach's spreadsheet keeps them: each part becomes a heading over its rows, the header said again under
    it, and the column is left out of every row. One pass; the rows are copied once."""
    out: list[Entry] = []
    part: int | None = None
    width = 0
    header: Entry | None = None
    current = ""
    for entry in entries:
        if entry.kind is not Kind.ROW:
            if not (entry.quoted and entry.kind is Kind.TEXT):
                part, header = None, None  # a sheet's one-cell row under its header (a title, a note) goes on
            out.append(entry)
            continue
        found = part_column(entry.cells)
        if found is not None:
            part, width, current = found, len(entry.cells), ""
            header = _without(entry, found)
            out.append(header)
            continue
        if part is None or header is None or len(entry.cells) != width:
            out.append(entry)
            continue
        name = entry.cells[part].strip()
        others = [cell for index, cell in enumerate(entry.cells) if index != part and cell.strip()]
        if name and name != current and len(others) >= 2:  # not "Total time approx.;;;;;"40 min"": no part
            current = name
            out.append(Entry(Kind.HEADING, name, entry.line, entry.column, 0, gap=entry.gap))
            out.append(replace(header, line=entry.line, gap=0))
        out.append(_without(entry, part))
    return out


def _without(entry: Entry, column: int) -> Entry:
    cells = entry.cells[:column] + entry.cells[column + 1:]
    return replace(entry, text=" | ".join(c for c in cells if c), cells=cells)


_SECTION_TITLE = re.compile(r"^[A-Za-z][A-Za-z&/' -]{1,40}(?:\s\([A-Za-z&/' -]{2,30}\))?$")
"""A numbered section's title: words, and a remark in brackets ("8. Press-up (prone extension)")."""
_LABELLED_MOVE = re.compile(r"^(?:exercise|move|movement|stretch|station)\s?#?\d{1,2}\s?[.:)–—-]\s?"
                            r"[A-Za-z][^.!?:;]{1,60}$", re.IGNORECASE)


def _numbered_sections(entries: list[Entry]) -> list[Entry]:
    """A handout's numbered section headings ("1. Purpose", "4. Exercise program"): a short numbered line of
    words alone between blank lines, with paragraphs under it before the next number. Read as list items they
    would be moves; the moves are the paragraphs' ("Exercise 1. Abdominal bracing … Dosage: …"). And such a
    handout's numbered move alone on its line over its description ("Exercise 3. Side bridge (from the knees)", a
    circuit's station card "STATION 2 – PLANK"): the heading of the move's section, whose lines ("Dosage: 3 × 10 s
    each side") give its dose."""
    out: list[Entry | None] = list(entries)
    count = len(entries)
    for index, entry in enumerate(entries):
        if entry.kind is Kind.TEXT and index + 1 < count and _COUNTER.match(entry.text) \
                and entries[index + 1].kind is Kind.TEXT and not entries[index + 1].gap \
                and len(entries[index + 1].text) <= 60:
            # an app's "Exercise 1 of 8" over "Standing Y raise": the player's counter, and the move's section
            named = entries[index + 1]
            out[index] = None
            out[index + 1] = Entry(Kind.HEADING, named.text, named.line, named.column, 0, gap=max(1, entry.gap),
                                   ruled=entry.ruled)
            continue
        if out[index] is None or out[index] is not entry:
            continue
        if entry.kind is Kind.TEXT and entry.gap and index + 1 < count and not entries[index + 1].gap \
                and _LABELLED_MOVE.match(entry.text):
            out[index] = Entry(Kind.HEADING, entry.text, entry.line, entry.column, 0, gap=entry.gap, ruled=entry.ruled)
            continue  # "Exercise 3. Side bridge (from the knees)" over its description: the move's section
        if not (entry.kind is Kind.ITEM and entry.ordered and entry.gap and index + 1 < count) \
                or not _SECTION_TITLE.match(entry.text) or len(entry.text.split()) > 5:
            continue
        under = entries[index + 1]
        if under.gap and under.kind is Kind.TEXT:
            out[index] = Entry(Kind.HEADING, entry.text, entry.line, entry.column, 0, gap=entry.gap,
                               ruled=entry.ruled)
    capitals = [index for index, entry in enumerate(entries) if out[index] is entry and entry.kind is Kind.ITEM
                and entry.ordered and entry.gap and _CAPITAL_SECTION.match(entry.text) and index + 1 < count
                and not (entries[index + 1].kind is Kind.ITEM and entries[index + 1].ordered
                         and entries[index + 1].column <= entry.column)]
    spans = zip(capitals, [*capitals[1:], count], strict=True)
    if len(capitals) >= 2 and any(_lists_under(entries, a, b) for a, b in spans):
        # an email's "1. OPERATIONS", "3. BACKS - from the medic" over lists: its numbered sections (a notice's "2.
        # STANDING BACK BEND" over how to do it is a move)
        for index in capitals:
            entry = entries[index]
            out[index] = Entry(Kind.HEADING, entry.text, entry.line, entry.column, 0, gap=entry.gap, ruled=entry.ruled)
    return [e for e in out if e is not None]


def _lists_under(entries: list[Entry], head: int, end: int) -> bool:
    """Whether a numbered line's section holds a list of its own: two items in a row, bullets or set in deeper than
    its number ("1. OPERATIONS" over "- Casts every 4 hrs …", "- Hard hats …"), before the next heading."""
    run = 0
    for entry in itertools.takewhile(lambda e: e.kind is not Kind.HEADING, entries[head + 1:end]):
        if (entry.kind is Kind.ITEM and entry.ordered and entry.column <= entries[head].column) \
                or (entry.kind is Kind.TEXT and entry.column < entries[head].column - 2):
            break  # the next number of the list ("10. HAMSTRING STRETCH (STANDING)"), or the page's text set out again
        own = entry.kind is Kind.ITEM and (not entry.ordered or entry.column > entries[head].column)
        run = run + 1 if own else 0
        if run >= 2:
            return True
    return False


_CAPITAL_SECTION = re.compile(r"^[A-Z][A-Z&/'’-]{2,}(?:\s[A-Z&][A-Z&/'’-]*){0,3}(?:\s[-–—:]\s[^.!?]{1,60})?$")
"""A numbered section's title in capitals, and a remark after a dash ("OPERATIONS", "BACKS - from the Chief Officer
& the ship's medic")."""
COUNTER_WORDS = r"(?:exercise|move|step)\s\d{1,2}\s(?:of|/)\s\d{1,2}"
"""A workout app's counter over each move ("Exercise 1 of 8"): the player's, never the class's."""
_COUNTER = re.compile(rf"^{COUNTER_WORDS}$", re.IGNORECASE)


def _join_broken_headings(entries: list[Entry]) -> list[Entry]:
    """A PDF's numbered heading broken over two lines ("5. 4 point kneeling – opposite" then "arm/leg lift",
    "4. THORACIC EXTENSION OVER A" then "CHAIR"): a short fragment in lower case (or in capitals under capitals)
    right under a short numbered line, with the description right under it, is the heading's end."""
    out: list[Entry] = []
    count = len(entries)
    index = 0
    while index < count:
        entry = entries[index]
        if entry.kind is Kind.ITEM and entry.ordered and len(entry.text) <= 50 and index + 2 < count:
            fragment, description = entries[index + 1], entries[index + 2]
            capitals = entry.text.isupper() and fragment.text.isupper()  # no description needed to tell
            if fragment.kind is Kind.TEXT and fragment.gap == 0 and (fragment.text[:1].islower() or capitals) \
                    and len(fragment.text.split()) <= 5 and not fragment.text.endswith((".", ",", ";", ":")) \
                    and (capitals or (description.kind is Kind.TEXT and description.gap == 0
                                      and len(description.text) >= 40)):
                out.append(replace(entry, text=f"{entry.text} {fragment.text}"))
                index += 2
                continue
        out.append(entry)
        index += 1
    return out


def message_entry(text: str, line: int, column: int, gap: int) -> Entry | None:
    """A chat message's words read as a line of their own ("1. Pelvic tilts lying on your back" after "[12/03/2026,
    08:15] Sam Physio: " is a numbered item, as it would be without the sender before it)."""
    return _line_entry(text, line, column, gap, False)


def _line_entry(stripped: str, number: int, column: int, gap: int, in_fence: bool) -> Entry | None:
    if not in_fence and _FORM_FILL.search(stripped):
        return None  # "Next appointment: ..01/12/26, 14:20, Room 6..": a form's fields filled in by hand, no words of
        # the article (its times no holds)
    box = _BOX_AFTER.search(stripped.rstrip()) if not in_fence else None
    if box is not None and stripped[:box.start()].strip():
        stripped = stripped[:box.start()].rstrip()  # "STEP 1  BREATHING      [ ] done": the sheet's box to tick, no
        # word of it
    if stripped.startswith(">") and not in_fence:
        stripped = stripped.lstrip("> ").strip()
        entry = _line_entry(stripped, number, column, gap, in_fence) if stripped else None
        return replace(entry, quoted=True) if entry is not None else None
    heading = None if in_fence else _MD_HEADING.match(stripped)
    if heading:
        text = clean_inline(_HEADING_ID.sub("", heading.group(2)))  # "## Part 1 of 4: Warming Up {#part-1}"
        symbols = _LEADING_SYMBOLS.match(text)
        if symbols is not None and symbols.end() < len(text):
            text = text[symbols.end():]  # "## ⚡ Finisher", "## 💬 From the comments": the heading's words
        return Entry(Kind.HEADING, text, number, column, len(heading.group(1)), gap=gap) if text else None
    banner = _BANNER.fullmatch(stripped) if not in_fence else None
    if banner is not None:  # "----- AFTER YOUR WALK (cool down) -----": a printed page's heading between its rules
        return Entry(Kind.HEADING, clean_inline(banner.group(2)), number, column + banner.start(2), 3, gap=gap)
    if stripped.count("|") >= 2 and stripped.strip("|").strip() and not _BULLETED_CELLS.match(stripped):
        cells = tuple(clean_inline(_CELL_BR.sub(CELL_BREAK, cell)) for cell in stripped.strip().strip("|").split("|"))
        if len(cells) >= 2:
            return Entry(Kind.ROW, " | ".join(cells), number, column, cells=cells, gap=gap)
    section = SECTION_NUMBER.match(stripped) if len(stripped) <= 80 and not stripped.endswith((".", ",", ";")) \
        and not in_fence else None
    if section is not None and not re.match(r"[A-Z][a-z]", stripped[section.end():]):
        section = None  # "1.5 kg dumbbells": a weight, no section
    if section is not None and re.search(r"[a-z)]\.\s+[A-Z][a-z]", stripped[section.end():]):
        # "3.1 Warm-up (5 min). Conducted by the PTI: 3 min light jog or march on the": a paragraph that opens with
        # its title, wrapped onto the lines under it; its number is the document's, no list's (kept: it says the
        # paragraph is a section of the document, so its title a part's)
        return Entry(Kind.TEXT, clean_inline(stripped), number, column, gap=gap)
    if section is not None:
        # "4.2 The main programme (about 10 minutes)": a book's numbered section, a heading without its number
        return Entry(Kind.HEADING, clean_inline(stripped[section.end():]), number, column + section.end(), 3, gap=gap)
    clause = _CLAUSE.match(stripped) if not in_fence else None
    if clause is not None:  # "6.3.1 **Chin tucks** — … Hold 5 s.", "7.4.1 Rolling: roll casks on the bilge …"
        said = stripped[clause.end():]
        text = clean_inline(said)
        return Entry(Kind.TEXT, text, number, column + clause.end(), gap=gap, lead=_bold_lead(said, text))
    stripped = _BOLD_PAIR.sub(r"\2\1", stripped, count=1)  # "**A1. Romanian deadlift** — 3×8": the label, then bold
    answer = _ANSWER_ITEM.match(stripped)
    if answer is not None:  # a worksheet's "A:  - March on the spot for 2 mins": the answer's first list item
        stripped, column = stripped[answer.end():], column + answer.end()
    symbols = _LEADING_SYMBOLS.match(stripped)
    if symbols and len(stripped) > symbols.end():
        # "1️⃣ Superman x 12", "👉 3 rounds …": a sign or an emoji before the words marks a list item
        text = clean_inline(stripped[symbols.end():])
        if text:
            return Entry(Kind.ITEM, text, number, column + symbols.end(), gap=gap)
    bullet = _BULLET.match(stripped)
    numbered = None if bullet else _NUMBERED.match(stripped)
    marker = bullet or numbered
    if marker and len(stripped) > marker.end():
        start = marker.end()
        box = _CHECKBOX.match(stripped, start) if bullet is not None else None
        start = box.end() if box is not None else start  # "- [x] **Cat-cow** — 10 slow reps": the item's words
        symbols = _LEADING_SYMBOLS.match(stripped[start:start + 40]) if bullet is not None else None
        if symbols is not None and start + symbols.end() < len(stripped):
            start += symbols.end()  # "- 🐻 Bear crawl hold — **45s**": an emoji after the bullet, before the name
        body = stripped[start:]
        if numbered is not None:
            body = _NAME_GAP.sub(" — ", body, count=1)  # "B1  Modified curl-up      hold 10 sec": name, then dose
        text = clean_inline(body)
        pair = _PAIR.match(stripped) if numbered is not None else _BULLET_PAIR.match(body) if bullet is not None \
            else None
        if text:
            return Entry(Kind.ITEM, text, number, column + start, ordered=numbered is not None, gap=gap,
                         lead=_bold_lead(stripped[start:], text), pair=pair.group(1).upper() if pair else "")
        if bullet is not None:
            return None  # "- ![[picture.png]]": a list item with nothing to read
    carded = _CARD_NUMBER.match(stripped)
    if carded is not None:  # "7  Calf raises on the bottom rung ........ 15": the card's number, no count of raises
        stripped, column = stripped[carded.end():], column + carded.end()
    if "\t" in stripped or "   " in stripped:
        pieces = [cell for cell in _COLUMNS.split(stripped) if cell.strip()]
        cells = tuple(clean_inline(without_key(cell) if at == 0 else cell) for at, cell in enumerate(pieces))
        if len(cells) >= 3 and sum(bool(DOSE_LABEL.match(cell)) for cell in cells) >= 2 \
                and all(_FIELD.match(cell) for cell in cells):
            # an exercise program's printout, "Sets: 2    Reps: 10    Hold: 2s    Rest: 30s" under a move: its
            # dose, said in fields, not a table's row
            return Entry(Kind.TEXT, ", ".join(cells), number, column, gap=gap)
        if len(cells) >= 3:
            return Entry(Kind.ROW, " | ".join(cells), number, column, cells=cells, gap=gap)
    text = clean_inline(stripped)
    return Entry(Kind.TEXT, text, number, column, gap=gap, lead=_bold_lead(stripped, text),
                 bolds=_bold_spans(stripped)) if text else None


_MD_BOLD = re.compile(r"(\*\*|__)(?=\S)([^*_\n]{2,100}?)(?<=\S)\1")


def _bold_spans(raw: str, opened: bool = False) -> tuple[str, ...]:
    """The bold words of a Markdown line after its start (the start is its :func:`_bold_lead`).

    A bold run wrapped onto the next line (``I like a **90/90 hip stretch, 30`` over ``seconds each side,** and``)
    is read in two halves, marked with :data:`BOLD_CUT` where the line cut them, so the two lines' halves can be
    joined when the lines are (``opened``: the line starts inside a bold run)."""
    spans: list[str] = []
    start = 0
    if opened and (close := raw.find("**")) > 0:
        spans.append(BOLD_CUT + clean_inline(raw[:close]))
        start = close + 2
    for found in _MD_BOLD.finditer(raw, start):
        if found.start() > 0:
            spans.append(clean_inline(found.group(2)))
        start = found.end()
    if raw.count("**", start) % 2 and (tail := raw[raw.find("**", start) + 2:].strip()):
        spans.append(clean_inline(tail) + BOLD_CUT)
    return tuple(spans[:20])


BOLD_CUT = "\x00"
"""Where a line's end cut a bold run in two (see :func:`_bold_spans`)."""


def _joined_bolds(before: tuple[str, ...], after: tuple[str, ...]) -> tuple[str, ...]:
    """Two joined lines' bold words, a run the line's end cut in two made whole again."""
    if before and after and before[-1].endswith(BOLD_CUT) and after[0].startswith(BOLD_CUT):
        return (*before[:-1], f"{before[-1][:-1]} {after[0][1:]}", *after[1:])[:20]
    return (before + after)[:20]


_HEADING_ID = re.compile(r"\s?\{#[\w:.-]{1,60}\}\s*$")
"""A Markdown heading's anchor ("{#part-1}"), no part of its words."""
_FIELD = re.compile(r"^[A-Za-z][A-Za-z /]{1,24}:\s?\S")


def _bold_lead(raw: str, text: str) -> str:
    """The bold words a Markdown line starts with, as they stand at the start of its cleaned ``text``."""
    bold = _MD_BOLD_LEAD.match(raw)
    lead = clean_inline(bold.group(2)) if bold else ""
    return lead if lead and text.startswith(lead) else ""


def _row_goes_on(previous: Entry, entry: Entry) -> bool:
    """A table's row wrapped onto the lines under it, its first cell empty there ("  1  | Hollow hold | Hold the
    shape for the full 40 s." over "     |             | Lower back pressed to the floor!"): the same row."""
    cells = _under_cells(previous, entry)
    filled = [cell for cell in cells if cell.strip()] if cells is not None else []
    return cells is not None and not entry.gap and not cells[0].strip() \
        and (not cells[1].strip() or not any(cell.strip() for cell in cells[2:])) \
        and bool(previous.cells[0].strip()) and bool(filled) \
        and not (len(filled) >= 2 and re.search(r"\d", filled[-1]) and not re.search(r"\d", filled[-2])) \
        and len(previous.text) + len(entry.text) <= MAX_LINE_CHARS
    # (a name wrapped alone: "Half-kneeling hip flexor" over "stretch"; a row under it with a move and its dose is
    # a row of its own, its first cell left empty as the one above says it: "| | Shoulder rolls | 8 back …", and
    # so its first two: "| | | Shoulder rolls | 10 backwards |" under "| 0:05–0:12 | Warm-up | March … | 2 minutes |")


def _under_cells(previous: Entry, entry: Entry) -> tuple[str, ...] | None:
    """The cells of a row line under a row of as many columns: a line that starts with its bar ("     |    | …")
    has lost its empty first cell, which is put back."""
    if previous.kind is not Kind.ROW or entry.kind is not Kind.ROW or len(previous.cells) < 3:
        return None
    if len(entry.cells) == len(previous.cells):
        return entry.cells
    if len(entry.cells) == len(previous.cells) - 1 and not entry.cells[0].strip():
        return ("", *entry.cells)
    if 2 <= len(entry.cells) < len(previous.cells) and not any(cell.strip() for cell in entry.cells[1:]):
        # "     |  stretch   |      |      |" under "3b | Half-kneeling hip flexor | 1 | …": the bars at both ends
        # taken off, the name's wrapped word alone is left
        return ("", entry.cells[0], *[""] * (len(previous.cells) - 2))
    return None


def _wrapped_cell(previous: Entry, entry: Entry) -> bool:
    """A table's last cell wrapped onto the next line, as a PDF's text keeps it: a short line right under a row
    of at least three cells, indented far past the row's first column ("Pause 2 sec at the" / "top")."""
    return previous.kind is Kind.ROW and entry.kind is Kind.TEXT and not entry.gap and len(previous.cells) >= 3 \
        and entry.column > 12 and len(entry.text) <= 60 and bool(previous.cells[-1].strip()) \
        and len(previous.text) + len(entry.text) <= MAX_LINE_CHARS


def _continues(previous: Entry, entry: Entry, raw: str, short: int = 40) -> bool:
    """A hard-wrapped paragraph: a long line that stops mid-sentence, continued on the next line.

    Mid-sentence means the next line starts in lower case, or the line ends with a comma or a small word
    ("and", "the", "of" …); a line shorter than ``short`` is a line of its own (a column of a two-column page
    is narrower, so its lines are shorter). Lines of a class sheet ("15 x Squat (3 sets …)") are never joined.
    """
    if entry.gap or previous.kind not in (Kind.TEXT, Kind.ITEM) or entry.kind is not Kind.TEXT \
            or entry.quoted != previous.quoted:
        return False
    if LEADERS.search(previous.text):
        # "Bird dog ....... x5" is a line of its own, as is the line under it; but "SIDE STRETCH ..... arm overhead,
        # lean away," over "hold 15 sec each side", set under the words after the leaders: what it says goes on
        return previous.kind is Kind.ITEM and previous.text.endswith(",") and entry.column > previous.column + 4 \
            and entry.text[:1].islower() and len(previous.text) + len(entry.text) <= MAX_LINE_CHARS
    if LEADERS.search(entry.text):
        # "Inchworm walk-outs – stand tall, walk your hands" over "out to a plank and back again ...... x 5": a
        # printed line whose name and remark wrap onto the line of its leaders; else a line of its own
        if entry.text[:1].islower() and previous.text.count("(") > previous.text.count(")") \
                and not re.search(r"\d", previous.text) and len(previous.text) + len(entry.text) <= MAX_LINE_CHARS:
            return True  # "6. Deep squat hold (hands in prayer, elbows" over "pushing knees out) ...... 30 seconds"
        if previous.kind is Kind.ITEM and (entry.text[:1].islower() or entry.text[:1] == ".") \
                and entry.column >= previous.column \
                and (entry.text[:1] == "." or not previous.text.endswith((".", "!", "?", ":", ";"))) \
                and len(previous.text) + len(entry.text) <= MAX_LINE_CHARS:
            return True  # "5. Shoulder blade squeeze - elbows bent, squeeze back and down," over "hold for a count
            # of 5 ........ 8 times": a numbered line wrapped onto the line of its leaders
        return previous.kind is Kind.TEXT and entry.text[:1].islower() and len(previous.text) >= short \
            and bool(re.search(r"\s[–—-]\s", previous.text)) and not re.search(r"\d", previous.text) \
            and not previous.text.endswith((".", "!", "?", ":", ";", ")")) \
            and len(previous.text) + len(entry.text) <= MAX_LINE_CHARS
    if len(previous.text) + len(entry.text) > MAX_LINE_CHARS:
        return False  # no paragraph is that long: keep every later step's input bounded
    if _TIME_MARK.match(entry.text):
        return False  # "8:20 Cat camel x 8" under "7:05 Bird dog - 6 each side, 3 second hold": a video's next chapter
    if previous.kind is Kind.ITEM and not raw[:1].isspace():
        # "1. Seated cat and cow. … then gently arch and" over "lift your chest. Go slowly, 6 times.": a long item
        # wrapped mid-sentence onto a line set at the margin; else the line is no more of the item
        return len(previous.text) >= 60 and not previous.text.endswith((".", "!", "?", ":", ";", ")")) \
            and (entry.text[:1].islower() or bool(_OPEN_END.search(previous.text)))
    if previous.kind is Kind.ITEM and _DOSE_UNDER.match(entry.text):
        return True  # the item's dose on the indented line under it
    if previous.kind is Kind.TEXT and previous.lead and entry.kind is Kind.TEXT and entry.lead in ("", entry.text):
        return True  # "**Balasana (Child's Pose)** — knees wide …" then "Stay for **10 breaths** …": one paragraph
    text = previous.text
    if previous.kind is Kind.TEXT and entry.column == previous.column > 1 and len(text) >= 50 \
            and len(entry.text) >= 40 and text.endswith((".", "!", "?")) and not previous.lead and not entry.lead \
            and not _LINE_OF_A_LIST.match(entry.text):
        # a printed paragraph wrapped at the page's width and set in from its margin, a sentence ending at a line's end
        # ("Pelvic clocks - Imagine a clock face on your lower belly." over "Gently tilt your pelvis to 12 o'clock,
        # then 6 o'clock. Do"): one paragraph
        return True
    if previous.kind is Kind.TEXT and text.count("(") == text.count(")") + 1 and ")" in entry.text \
            and entry.text.count(")") == entry.text.count("(") + 1 and len(text) >= short \
            and entry.column <= previous.column + 4 and not LEADERS.search(text):
        return True  # "IN THE SEAT (do these as a little circuit, go round" over "2x, 30 sec breather between the two
        # goes):": a remark in brackets wrapped onto the next line
    if text.endswith(":") and len(text) >= short and entry.text[:1].islower() and len(entry.text) >= 50 \
            and entry.column == previous.column and not previous.lead and not _LINE_OF_A_LIST.match(entry.text):
        return True  # "First, loosen up. On hands and knees, do the cat-camel:" over "slowly arch and round the back,
        # six to eight cycles, no holding …": the sentence goes on after its colon, wrapped at the page's width
    if len(text) < short or text.endswith((".", "!", "?", ":", ")")):
        return False
    return entry.text[:1].islower() or bool(_OPEN_END.search(text)) or bool(_HYPHENATED.search(text))


_LINE_OF_A_LIST = re.compile(r"^[^.:]{2,50}?(?:\s[-–—]\s|:\s|\s\d{1,3}\s?(?:x|×|reps?\b|sets?\b|s\b|sec|min))")
"""A line that names a move and goes on to its dose ("Bird dog - 8 each side", "Plank: 30 s", "Squats 3 x 10"): a
line of a list, never the rest of the paragraph above it."""


_DOSE_UNDER = re.compile(r"^(?:\d{1,3}\s?(?:x|×|sets?|reps?|rounds?|s|secs?|seconds?|min|minutes?)\b|x\s?\d|hold\s\d|"
                         r"\d{1,3}\s?(?:-|to)\s?\d{1,3}\s?(?:reps?|x|s|secs?|seconds?)\b|"
                         rf"{EACH_SIDE_COUNT})[^.]{{0,40}}\.?$", re.IGNORECASE)
"""A dose alone on a line ("3 x 30s", "2 sets of 15/side", "hold 20 s", "10 each side.")."""
LEADERS = re.compile(r"\.{4,}|…{2,}|(?:\.\s){4,}")
"""Dot leaders between a name and its dose ("Cat-camel ........ x8"), as a printed programme sets them."""
_TIME_MARK = re.compile(r"^[\[(]?(?:\d{1,2}:)?\d{1,2}:\d\d[\])]?\s")
"""A line that opens with a time mark, as a video's chapters and a class's timecodes do."""
_HYPHENATED = re.compile(r"[a-z]{2}-$")
"""A word broken across lines ("sec-" then "onds"), as a PDF's text keeps it."""
_OPEN_END = re.compile(r"(?:,|\b(?:and|or|but|the|a|an|of|to|with|for|in|on|at|your|you|is|are|as|that|by|repeat|do|"
                       r"hold|about|approximately))$",
                       re.IGNORECASE)


# -- HTML ------------------------------------------------------------------------------------------------------

_SKIPPED = ("script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas", "select",
            "textarea", "nav", "footer", "form", "button", "head")
_CROSSED_OUT = {name: re.compile(rf"</{name}\s*>") for name in ("del", "s", "strike")}
"""Text the writer crossed out ("<del>3</del> 4 rounds"), and where it ends: not what they mean; a crossed-out word
or a few, closed within a few hundred characters (an unclosed one is read as it stands)."""


_BLOCKS = frozenset(
    (
        "address", "article", "aside", "blockquote", "body", "br", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li",
        "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
        "ul",
    )
)
_LAYOUT_INSIDE = frozenset(("table", "h1", "h2", "h3", "h4", "h5", "h6"))
"""Elements that a data table's cell never holds: inside a cell they show the table is the page's layout."""
CELL_BREAK = "\u2028"
"""A line break inside a table's cell, kept for :mod:`.calendars` (a day a cell, its lines the day's moves)."""
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]{0,30})")
_ANGLE = re.compile(r"[<>]")


def _tidy_html(text: str) -> str:
    """The page with every tag reduced to ``<name>``/``</name>``, comments and skipped elements removed.

    One left-to-right pass with ``str.find`` from ever-increasing positions, so it is linear: what makes
    ``html.parser`` slow (attributes, unclosed quotes or tags, stray ``<``) never reaches it. A ``<``
    that does not start a tag becomes ``&lt;`` text. Every line break removed is put back, so an entry's
    line is its line in the page (its column can be off where a tag before it on the line lost attributes).
    """
    lowered = text.lower()
    out: list[str] = []
    position = 0
    end = len(text)
    next_close = -2  # the first ">" at or after the last place looked from (-1: none left), found once

    def close_after(start: int) -> int:
        nonlocal next_close
        if next_close == -2 or 0 <= next_close < start:
            next_close = text.find(">", start)
        return next_close

    while position < end:
        start = text.find("<", position)
        if start < 0:
            out.append(_escape_angles(text[position:]))
            break
        out.append(_escape_angles(text[position:start]))
        if text.startswith("<!--", start):
            close = text.find("-->", start + 4)
            position = end if close < 0 else close + 3
            out.append("\n" * text.count("\n", start, position))
            continue
        if text.startswith(("<!", "<?"), start):
            close = close_after(start)
            position = end if close < 0 else close + 1
            out.append("\n" * text.count("\n", start, position))
            continue
        tag = _TAG.match(text, start)
        close = close_after(start)
        if tag is None or close < 0:
            out.append("&lt;")
            position = start + 1
            continue
        closing, name = tag.group(1), tag.group(2).lower()
        position = close + 1
        if not closing and name in _CROSSED_OUT:
            crossed = _CROSSED_OUT[name].search(lowered, position, min(end, position + 600))
            if crossed is not None:  # "<del>sit ups</del> dead bug": what the writer crossed out is not read
                out.append(" " + "\n" * text.count("\n", start, crossed.end()))
                position = crossed.end()
                continue
        if not closing and name in _SKIPPED:
            finish = lowered.find(f"</{name}", position)
            if name == "button" and finish >= 0 and _TOGGLE.search(text, start, close):
                said = clean_inline(_ANY_TAG.sub(" ", text[position:finish]))
                if len(said.split()) >= 2 and len(said) <= 160:
                    # an accordion's toggle, "<button aria-expanded=…>Do I do the knee rolls to both sides?": the
                    # question over its answer, a heading (other buttons, "Got it!", "Book online", are no text)
                    out.append(f"<h3>{_escape_angles(said)}</h3>")
            if finish < 0:
                position = end
            else:
                after = close_after(finish)
                position = end if after < 0 else after + 1
            out.append("<br>")
            if name == "head":
                title = _title_in(text, lowered, close + 1, finish if finish >= 0 else end)
                if title:
                    out.append(f"<title>{_escape_angles(title)}</title>")
            out.append("\n" * text.count("\n", start, position))
            continue
        out.append(f"<{closing}{name}>")
        out.append("\n" * text.count("\n", start, position))
    return "".join(out)


_TOGGLE = re.compile(r"\saria-expanded\b|\sclass=[\"']?[^\"'>]*(?:faq|accordion|question)", re.IGNORECASE)
"""A button that opens a part of the page (an FAQ's question, an accordion's title)."""
_ANY_TAG = re.compile(r"<[^<>]{0,500}>")


def _title_in(text: str, lowered: str, start: int, stop: int) -> str:
    begin = lowered.find("<title", start, stop)
    if begin < 0:
        return ""
    open_end = text.find(">", begin, stop)
    finish = lowered.find("</title", begin, stop)
    if open_end < 0 or finish < 0 or finish < open_end:
        return ""
    return text[open_end + 1:finish]


def _escape_angles(text: str) -> str:
    return _ANGLE.sub(lambda m: "&lt;" if m.group(0) == "<" else "&gt;", text)


class _TextParser(HTMLParser):
    """Collects the text of block elements as entries; headings, list items and table rows keep their kind."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.entries: list[Entry] = []
        self.parts: list[str] = []
        self.start: tuple[int, int] | None = None
        self.kind = Kind.TEXT
        self.level = 0
        self.lists: list[bool] = []
        self.cells: list[str] | None = None
        self.cell: list[str] | None = None
        self.in_title = False
        self.title = ""
        self.row_start: tuple[int, int] | None = None
        self.bold: list[str] | None = None
        self.lead = ""
        self.term = ""
        """What the element being read is in a definition list: "dt", "dd" or ""."""
        self.last_term: int | None = None
        """The index of the entry that is a definition list's term, while its definition may follow."""
        self.ruled = False
        self.quotes = 0
        self.pre = False
        """Inside a ``<pre>`` block: a plan set in a monospaced font, its lines and spacing kept."""
        self.bolds: list[str] = []
        self.bold_from: int | None = None
        """Where the bold words being read start in the paragraph's parts (bold inside it, not at its start)."""
        self.joint = ""
        """The inline tag just passed ("label" after ``</b>``, ``</strong>``, ``</label>``; "inline" after others):
        a card's strip of ``<b>Reps</b>6<b>Sets</b>3`` is set apart by the page's style, not by spaces."""

    def _flush(self) -> None:
        if self.pre and self.start is not None and "\n" in "".join(self.parts).strip():
            self._preformatted()
            return
        text = clean_inline("".join(self.parts))
        lead = self.lead if self.lead and text.startswith(self.lead) else ""
        if text and self.start is not None:
            line, column = self.start
            term = self.last_term
            if self.term == "dd" and term is not None and term == len(self.entries) - 1:
                # <dt>Bird dog</dt><dd>3 x 8 each side</dd>: a term and its definition are one line
                named = self.entries[term]
                self.entries[term] = Entry(Kind.ITEM, f"{named.text.rstrip(':')}: {text}", named.line, named.column,
                                           lead=named.text)
            else:
                kind, ordered = self.kind, bool(self.lists and self.lists[-1]) and self.kind is Kind.ITEM
                bolds = tuple(self.bolds[:20])
                marked = _TYPED_MARK.match(text) if kind is Kind.TEXT and len(text) <= 300 else None
                if marked is not None and len(text) > marked.end():
                    # "- Knee rolls … – 10 each side", "1. Glute bridge – 12." typed into a paragraph, a line each
                    # (<br>): the list items they are, as in a text file
                    kind, ordered, text, lead, bolds = Kind.ITEM, bool(marked.group(1)), text[marked.end():], "", ()
                    column += marked.end()
                self.entries.append(Entry(kind, text, line, column + 1, self.level, ordered=ordered,
                                          lead=lead, ruled=self.ruled, quoted=self.quotes > 0, bolds=bolds))
                self.ruled = False
            self.last_term = len(self.entries) - 1 if self.term == "dt" else None
        self.parts, self.start, self.kind, self.level = [], None, Kind.TEXT, 0
        self.bold, self.lead, self.term = None, "", ""
        self.bolds, self.bold_from = [], None

    def _preformatted(self) -> None:
        """A ``<pre>`` block of several lines ("crunches        3x20" / "superman        3x15", a Q&A's plan in a
        code block): read as a plain text's lines, a line each with its gaps, as a Markdown code block is, never
        as one paragraph."""
        line, column = self.start or (1, 0)
        raw = "".join(self.parts)
        skipped = len(raw) - len(raw.lstrip("\n"))
        for entry in text_entries(raw.strip("\n")):
            self.entries.append(replace(entry, line=entry.line + line - 1 + skipped, quoted=self.quotes > 0,
                                        column=entry.column + (column if entry.line == 1 and not skipped else 0)))
        self.parts, self.start, self.kind, self.level = [], None, Kind.TEXT, 0
        self.bold, self.lead, self.term = None, "", ""
        self.bolds, self.bold_from = [], None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
            return
        if tag in ("td", "th") and self.cells is not None:
            self.cell = []
            return
        if self.cell is not None and tag in _LAYOUT_INSIDE:
            self._layout_row()
        if tag == "tr":
            self._flush()
            self.cells, self.row_start = [], self.getpos()
            return
        if self.cell is not None:
            # a line break inside a cell ("Day 1<br>Cat-cow x8"): kept for calendar_days, a space in other rows
            self.cell.append(CELL_BREAK if tag in _BLOCKS else " ")
            return
        if tag in ("strong", "b") and not "".join(self.parts).strip() and not self.lead:
            self.bold = []  # bold words that start a paragraph or an item: a name set off from its text
            return
        if tag in ("strong", "b") and self.bold is None:
            self.bold_from = len(self.parts)  # bold words inside the paragraph: a move its prose names
        if tag in _BLOCKS:
            self._flush()
        else:
            self.joint = "inline"
        if tag == "hr":
            self.ruled = True
        elif tag == "pre":
            self.pre = True
        elif tag == "blockquote":
            self.quotes += 1
        if tag in ("dt", "dd"):
            self.term = tag
        if tag in ("ul", "ol"):
            self.lists.append(tag == "ol")
        elif tag == "li":
            self.kind = Kind.ITEM
        elif len(tag) == 2 and tag[0] == "h" and tag[1] in "123456":
            self.kind, self.level = Kind.HEADING, int(tag[1])

    def _layout_row(self) -> None:
        """A cell holding a heading or a table of its own is a page's layout (an email is a table of tables),
        not a row of data: what it has read so far becomes paragraphs, and the rest is read as any page."""
        if self.cell is not None and self.cells is not None:
            self.cells.append(clean_inline("".join(self.cell)))
        line, column = self.row_start or self.getpos()
        for cell in self.cells or ():
            if cell:
                self.entries.append(Entry(Kind.TEXT, cell, line, column + 1))
        self.cells, self.cell, self.row_start = None, None, None

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
            return
        if tag in ("td", "th") and self.cells is not None and self.cell is not None:
            self.cells.append(clean_inline("".join(self.cell)))
            self.cell = None
            return
        if tag in ("tr", "table") and self.cells is not None:
            if self.cell is not None:
                self.cells.append(clean_inline("".join(self.cell)))
                self.cell = None
            cells = tuple(self.cells)
            if any(cells) and self.row_start is not None:
                line, column = self.row_start
                self.entries.append(Entry(Kind.ROW, " | ".join(c for c in cells if c), line, column + 1,
                                          cells=cells, quoted=self.quotes > 0))  # (a table in a quotation too)
            self.cells, self.row_start = None, None
            return
        if self.cell is not None:
            return
        if tag in ("strong", "b") and self.bold is not None:
            self.lead, self.bold = clean_inline("".join(self.bold)), None
            self.joint = "label"
            return
        if tag in ("strong", "b") and self.bold_from is not None:
            said = clean_inline("".join(self.parts[self.bold_from:]))
            if 2 <= len(said) <= 100:
                self.bolds.append(said)
            self.bold_from = None
        if tag in _BLOCKS:
            self._flush()
        else:
            self.joint = "label" if tag in ("strong", "b", "label") else "inline"
        if tag == "pre":
            self.pre = False
        if tag == "blockquote" and self.quotes:
            self.quotes -= 1
        if tag in ("ul", "ol") and self.lists:
            self.lists.pop()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
            return
        if self.cell is not None:
            self.cell.append(data)
            return
        if not data.strip() and not self.parts:
            return
        if self.start is None:
            self.start = self.getpos()
        if self.joint and self.parts and self.parts[-1]:
            data = _joined(self.parts[-1][-1], data, self.joint == "label")
        self.joint = ""
        self.parts.append(data)
        if self.bold is not None:
            self.bold.append(data)


def _joined(before: str, data: str, labelled: bool) -> str:
    """Text after an inline tag, set apart from the text before it when the two would run together: a bold
    label and its value ("Reps" then "6": "Reps: 6"), a value and the next label ("10 sec" then "Rest")."""
    first = data[:1]
    if labelled and before.isalpha() and first.isdigit():
        return f": {data}"
    if (before.isalpha() and first.isdigit()) or (before.isdigit() and first.isalpha()) \
            or (before.islower() and first.isupper()):
        return f" {data}"
    return data


def _layout_cells(entries: list[Entry]) -> list[Entry]:
    """An old page laid out in tables (a picture in one cell, a move's name, description and dose in the other,
    broken by ``<br>``): rows in a row with one cell of text over several lines are that text, line by line, not a
    table's rows ("1. Knee Rolls" / "Lie on your back …" / "Repeat 10 times each way")."""
    def laid_out(entry: Entry) -> bool:
        filled = [cell for cell in entry.cells if cell.strip()] if entry.kind is Kind.ROW else []
        return len(filled) == 1 and len(entry.cells) >= 2 and filled[0].count("\n") >= 2

    marks = [laid_out(entry) for entry in entries]
    out: list[Entry] = []
    for index, entry in enumerate(entries):
        if not marks[index] or not ((index and marks[index - 1]) or (index + 1 < len(entries) and marks[index + 1])):
            out.append(entry)  # a lone row (a footer of links and a visitor count) stays a row
            continue
        filled = [cell for cell in entry.cells if cell.strip()]
        gap = max(entry.gap, 1)
        for line in filled[0].split("\n"):
            piece = _line_entry(line.strip(), entry.line, entry.column, gap, False) if line.strip() else None
            if piece is not None:
                out.append(piece)
                gap = 0
    return out


_QA_PAGE = re.compile(r"itemtype\s?=\s?[\"']?https?://schema\.org/QAPage\b", re.IGNORECASE)
_ANSWER_OPEN = (re.compile(r"<([a-z][a-z0-9]{0,9})\b[^<>]{0,600}?\bitemprop\s?=\s?[\"']?acceptedAnswer\b",
                           re.IGNORECASE),
                re.compile(r"<([a-z][a-z0-9]{0,9})\b[^<>]{0,600}?\bitemtype\s?=\s?[\"']?https?://schema\.org/Answer\b",
                           re.IGNORECASE))
_ANSWER_TEXT = re.compile(r"<([a-z][a-z0-9]{0,9})\b[^<>]{0,600}?\bitemprop\s?=\s?[\"']?text\b", re.IGNORECASE)
_H1 = re.compile(r"<h1\b", re.IGNORECASE)


def _element_end(lowered: str, start: int, name: str) -> int:
    """Where the element whose start tag is at ``start`` ends (after its end tag; the text's end when it is not
    closed): its tags of the same name counted in and out, once each."""
    depth = 0
    for tag in re.finditer(rf"<(/?){name}\b", lowered[start:]):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            close = lowered.find(">", start + tag.end())
            return len(lowered) if close < 0 else close + 1
    return len(lowered)


def _qa_answer(text: str) -> str:
    """A question-and-answer page (a Stack Exchange thread, marked as a schema.org ``QAPage``): only its question's
    title and the answer it accepted (else its first answer), that answer's text without its comments. The routine
    the asker posts is what they are asking about, and the other answers and the comments are other people's
    words; the answer is the routine."""
    head = text[:20000]
    if _QA_PAGE.search(head) is None:
        return text
    lowered = text.lower()
    for pattern in _ANSWER_OPEN:
        found = pattern.search(text)
        if found is not None:
            break
    else:
        return text
    end = _element_end(lowered, found.start(), found.group(1).lower())
    inner = _ANSWER_TEXT.search(text, found.end(), end)
    if inner is not None:
        found, end = inner, min(end, _element_end(lowered, inner.start(), inner.group(1).lower()))
    title = _H1.search(text, 0, found.start())
    heading = text[title.start():_element_end(lowered, title.start(), "h1")] if title is not None else ""
    page_title = _title_in(text, lowered, 0, found.start())
    return (f"<html><head><title>{page_title}</title></head><body>{heading}\n"
            f"{text[found.start():end]}</body></html>")


def html_entries(text: str) -> list[Entry]:
    """Entries of a web page: its title (as a level-1 heading when the page has no ``<h1>``), then its text."""
    parser = _TextParser()
    tidy = _tidy_html(_qa_answer(text))
    parser.feed(tidy)
    parser.close()
    parser._flush()
    from .calendars import calendar_days  # it reads this module's entries

    entries = _layout_cells(calendar_days(parser.entries))
    title = clean_inline(parser.title)
    if title and not any(e.kind is Kind.HEADING and e.level == 1 for e in entries):
        entries.insert(0, Entry(Kind.HEADING, title, 1, 1, 1))
    return [_without_signs(entry) for entry in entries]


def _without_signs(entry: Entry) -> Entry:
    """A page's list item or heading with the emoji it opens with left out ("🐕 Bird dog – 10 each side", "🔥
    Warm-up"), as a text's are: a sign of the item, no part of the move's name."""
    if entry.kind not in (Kind.ITEM, Kind.HEADING):
        return entry
    symbols = _LEADING_SYMBOLS.match(entry.text)
    if symbols is None or symbols.end() >= len(entry.text):
        return entry
    signs = entry.text[:symbols.end()]
    lead = entry.lead[len(signs):] if entry.lead.startswith(signs) else entry.lead
    return replace(entry, text=entry.text[symbols.end():], lead=lead)
