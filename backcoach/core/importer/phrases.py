"""Doses as articles write them: sets, reps, holds, rests, sides and rounds out of free text.

"Dead Bug – 3 sets of 12 reps per side", "15 x Squat (3 sets, rest 10 seconds per set)", "Stay in this
position for about 20-30 seconds and repeat it thrice", "hold for 10 seconds … rest for 10 seconds …
repeat the cycle two more times", "repeat the circuit four to five times". :func:`read_dose` finds every
such fact in a piece of text; deciding what a bare "repeat 5 times" means for one exercise (reps or
sets) is left to :meth:`Dose.settle`, because it depends on the rest of the dose.

The text is lower-cased, its dashes and spaces made plain and its number words turned into digits first
(:func:`plain_text`), so every pattern here is written once, for digits. Each pattern is a fixed sequence
of bounded pieces scanned with ``finditer``, and spaces are collapsed first, so matching is linear.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field, replace

from ..durations import MAX_DURATION_SECONDS, MAX_REPS, Range, ValueProblem, parse_duration_range
from ..loader import MAX_ROUNDS, MAX_SETS
from ..model import Count, Per
from .dates import CLOCK, DAY_MONTH

# -- words to digits ---------------------------------------------------------------------------------------

_UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_WORD_VALUES = {word: value for value, word in enumerate(_UNITS)} | _TENS | {"hundred": 100}
COUNT = "(?:\\d{1,3}|" + "|".join(sorted((*_UNITS[1:], *_TENS), key=len, reverse=True)) + ")"
"""A count in digits or in words ("12", "twelve", "thirty"), for the patterns that read a note or a line as written,
before :func:`plain` turns its words into digits (a correction's "not twelve", a line's closing "Ten.")."""
_REPLACEMENTS = re.compile(
    r"\b(?:(?P<half90>(?:one|1|a) and a half (?:minutes?|mins?)|an? (?:minute|min) and a half)"
    r"|an? (?P<ortwo>second|minute) or two|(?<=for )a (?P<asecond>second)(?! (?:set|round|time|one|side|rep))"
    r"|(?P<half30>half an? (?:minute|min))|(?P<halfhour>half an? hour)"
    r"|(?:an?\s(?:full\s|whole\s|entire\s)?|the\s(?:full|whole|entire)\s)(?P<one>minute|min|hour)"
    r"|(?<=, )(?P<rest>r)(?= ?\d)|(?P<thrice>thrice)|(?P<twice>twice)|(?P<couple>a couple of)"
    r"|(?P<dozen>(?:half )?a dozen)|(?P<es>e/(?:s(?:ide)?|l(?:eg)?|a(?:rm)?))"
    r"|(?P<repose>repose)"
    r"|(?:(?<=\d )|(?<=between )|(?<=btwn )|(?<=b/w ))(?P<rds>rds)|(?P<rnds>rnds)|(?P<btwn>btwn|b/w)"
    r"|(?<![\d/.])(?<!page\s)(?<!slide\s)(?<!part\s)(?P<pair>[2-9]|[12]\d|30)/(?P=pair)(?![\d/])"
    r"|between (?P<low>\d{1,3}) and (?P<high>\d{1,3})(?=,|\.|$| reps| times| of)"
    r"|(?P<load>(?:\d\s?x\s?)?\d{1,3}(?:\.\d{1,2})?\s?(?:kgs?|kilos?|kilograms?|lbs?|pounds?))"
    r"|(?P<tens>" + "|".join(_TENS) + r")(?:[- ](?P<unit>one|two|three|four|five|six|seven|eight|nine))?"
    r"|(?P<word>" + "|".join(_UNITS[1:]) + r"|a hundred|one hundred))\b"
    r"|(?P<fraction>[½¼¾])"
    r"|(?<=\d )(?P<wdh>wdh|wdhl|whl|wiederholungen|wiederholung)(?:\.|\b)"
    r"|(?<=\d )(?P<sek>sek|sekunden)(?:\.|\b)|(?<=\d )(?P<minuten>minuten)\b"
    r"|(?<=\d)(?P<decimal>,)(?=\d{1,2} ?(?:min|mins|minutes?|minuten|sek|sekunden|sec|secs|seconds?|hours?|std)\b)"
    r"|(?<=\d)(?:-| )?(?P<mal>mal)\b|(?<=\d )(?P<series>series|serien|sätze|saetze)\b"
    r"|\b(?P<betweenseries>(?:between|zwischen) (?:the |den )?(?:series|serien|sätzen))\b"
    r"|\b(?P<page>(?:each|per|every|je|pro) (?:page|seite)|(?<=the )other page)\b"
    r"|(?:(?<=^)|(?<=[\s(]))(?P<colonseconds>:)(?=[0-5]\d\b(?!:))"
)
"""Besides the number words: the doses of a page machine-translated from German (or left in German): "15 Wdh.",
"5 Sek.", "1,5 minutes" (a decimal comma), "3-mal", "2 series" (Sätze), "between the series", "each page" and
"the other page" (Seite: side); a box's seconds with no minutes (":30 Hollow Hold", ":20 Side Plank / side")."""
_TRANSLATED = {"wdh": "reps", "sek": "seconds", "minuten": "minutes", "decimal": ".", "mal": " times",
               "series": "sets", "betweenseries": "between sets", "colonseconds": "0:"}
_FRACTIONS = {"½": ".5", "¼": ".25", "¾": ".75"}
"""A word processor's fractions ("½ minute", "2½ minutes", "¾ minute"): decimals the patterns read."""
_CHARS = str.maketrans({"‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-", "×": "x",
                        "’": "'", "‘": "'", "\u00a0": " ", "~": " ", "≈": " ",
                        "″": "s", "′": "m"})
_SPACE = re.compile(r"\s+")


def _replacement(match: re.Match[str]) -> str:
    group = match.lastgroup
    if group == "fraction":
        decimal = _FRACTIONS[match.group("fraction")]
        return decimal if match.start() > 0 and match.string[match.start() - 1].isdigit() else "0" + decimal
    if group in _TRANSLATED:
        return _TRANSLATED[group]
    if group == "page":
        return "other side" if match.group("page") == "other page" else "each side"
    if group == "half90":
        return "90 seconds"
    if group == "half30":
        return "30 seconds"
    if group == "halfhour":
        return "30 minutes"
    if group == "ortwo":
        return f"1-2 {match.group('ortwo')}s"  # "pause for a second or two"
    if group == "asecond":
        return "1 second"  # "hold for a second"
    if group == "one":
        return f"1 {match.group('one')}"
    if group == "rest":
        return "rest"  # a card's "3x8, R 60 s"
    if group == "thrice":
        return "3 times"
    if group == "twice":
        return "2 times"
    if group == "couple":
        return "2"
    if group == "dozen":
        return "6" if match.group("dozen").startswith("half") else "12"  # "I … do a dozen pelvic tilts"
    if group == "es":  # a printed programme's "8 e/s", a gym card's "10 e/a" (each arm), "e/l" (each leg)
        return {"s": "each side", "l": "each leg", "a": "each arm"}[match.group("es")[2]]  # (also "e/side")
    if group == "repose":
        return "rest"  # a translated page's "Between each exercise repose 30 seconds" (reposo, repos)
    if group in ("rds", "rnds"):
        return "rounds"  # a social post's "3 rds", a whiteboard's "4 rnds   rest 90s btwn rnds"
    if group == "btwn":
        return "between"  # "90s rest b/w rds"
    if group == "pair":
        return f"{match.group('pair')} each side"  # a chalkboard's "bird dog ..... 5/5": five a side (not "90/90",
        # not a printout's "Page 2/2")
    if group == "high":
        return f"{match.group('low')}-{match.group('high')}"  # "Between 6 and 10, whatever you can manage"
    if group == "load":
        return "weight"  # "farmers carry 40s (2x 24kg)": what is carried, no count of anything
    if match.group("tens"):
        unit = match.group("unit")
        return str(_TENS[match.group("tens")] + (_WORD_VALUES[unit] if unit else 0))
    word = match.group("word")
    return "100" if word.endswith("hundred") else str(_WORD_VALUES[word])


@dataclass(frozen=True)
class Plain:
    """Text made plain for the patterns, with the offset in the original text of every character."""

    text: str
    offsets: tuple[int, ...]
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Where ``text[start:end]`` came from in the original."""
        if not self.offsets:
            return 0, 0
        first = self.offsets[start] if start < len(self.offsets) else self.original_length
        last = self.offsets[end - 1] + 1 if 0 < end <= len(self.offsets) else first
        return first, max(first, last)


def plain(text: str) -> Plain:
    """Lower case, plain dashes and spaces, ``×`` as ``x``, number words as digits — and where each came from."""
    chars: list[str] = []
    offsets: list[int] = []
    space = False
    for index, char in enumerate(text.translate(_CHARS)):
        if char.isspace():
            if not space and chars:
                chars.append(" ")
                offsets.append(index)
            space = True
            continue
        space = False
        lower = char.lower()
        chars.append(lower if len(lower) == 1 else char)
        offsets.append(index)
    lowered = "".join(chars).rstrip()
    out: list[str] = []
    out_offsets: list[int] = []
    position = 0
    for match in _REPLACEMENTS.finditer(lowered):
        out.append(lowered[position:match.start()])
        out_offsets.extend(offsets[position:match.start()])
        replacement = _replacement(match)
        out.append(replacement)
        span = match.end() - match.start()
        out_offsets.extend(offsets[match.start() + min(i, span - 1)] for i in range(len(replacement)))
        position = match.end()
    out.append(lowered[position:])
    out_offsets.extend(offsets[position:len(lowered)])
    return Plain("".join(out), tuple(out_offsets), len(text))


def plain_text(text: str) -> str:
    """Lower case, plain dashes, one space between words, ``×`` as ``x``, number words as digits."""
    return plain(text).text


# -- the facts ---------------------------------------------------------------------------------------------

_N = r"\d{1,4}(?:\.\d{1,2})?"
_TO = r"\s?(?:-\s?to|-|to|or)\s?"
_R = rf"{_N}(?:{_TO}{_N})?"
_BIG_UNIT = r"(?:minutes?|mins?|m|hours?|hrs?|hr|h)(?![a-z])\.?"
_UNIT = rf"(?:(?:seconds?|secs?|s)(?![a-z])\.?|{_BIG_UNIT})"
_ONE_DURATION = rf"{_N}\s?-?(?:{_BIG_UNIT},?\s?(?:and\s)?{_N}\s?{_UNIT}|{_UNIT})"
"""One time, also of two units ("1 minute 30 seconds", "2 min and 15 s"); never two of seconds ("hold 2 seconds.
30 seconds' rest": a hold, then a rest)."""
_DURATION = re.compile(
    rf"(?<![\d.:])(?:(?<!x)(?<!x\s){_N}(?:\s?-?{_UNIT})?{_TO}{_ONE_DURATION}"
    rf"|{_N}(?:\s?-?{_UNIT})?(?:-|-\s?to\s?|\s?to\s|\sor\s){_ONE_DURATION}|{_ONE_DURATION}"
    rf"|(?<!:\d\d-)(?<!:\d\d\s-\s)(?<!:\d\d\sto\s)(?P<clock>\d{{1,2}}:\d\d(?:{_TO}\d{{1,2}}:\d\d)?)(?![\d:]))"
)
"""A time or a range of times. After a count and ``x`` a spaced dash starts another clause, not a range
("3x12 – 45s rest": twelve reps, then the rest), while "2 x 20-30 s" is a range of holds. A time on a clock's face
("0:30", "0:30-1:00") is a move's length unless :func:`_time_of_day` says it is when."""
_WHEN_BEFORE = re.compile(
    r"(?:(?:at|by|until|till|kick-off|moved\sto|changed\sto)\s|\d{1,2}/\d{1,2}/(?:\d\d){1,2}\s|\d{4}-\d\d-\d\d\s"
    rf"|\b{DAY_MONTH}(?:\s\d{{4}})?,?\s(?:at\s)?"
    r"|\b(?:mon|tues?|wed|weds|thu|thurs?|fri|sat|sun)(?:day)?s?\.?\s)$")
"""What says the clock after it is a time of day: "at 21:01", "by 13:30", "kick-off 15:00", a date in numbers or in
words ("21/11/2026 20:14", "Posted 14 Oct, 09:12": when it was posted), a weekday ("Mon/Wed/Fri 8:30")."""
_WHEN_AFTER = re.compile(r"\s(?:before|after)\s(?:the\s)?(?:doors?|work|shift|opening|open|school|breakfast|lunch)\b")
"""What says the clock before it is a time of day ("8:30 before doors open")."""
_DAY_START = re.compile(r"\s?(?:mon|tues?|wed|weds|thu|thurs?|fri|sat|sun)(?:day)?\.?\s")
"""A timetable's day at the line's start ("Mon  19:30  Intermediate Foxtrot")."""
_DAY_HOURS = re.compile(rf"{CLOCK}\s?(?:-|to)\s?{CLOCK}(?![\d:])")
"""A class's hours in the day, from and to on a 24-hour clock ("07:30–08:00"): when it is, never how long a move
lasts (a move's times are written "0:30-1:00")."""
_WHERE_AND_WHEN = re.compile(rf"(?<=,\s){CLOCK}\)|(?<=\(){CLOCK},\s|(?<=,\s)(?:0[5-9]|1\d|2[0-3]):(?!00)[0-5]\d\s?$")
"""A time of day in brackets with where ("(courtyard, 08:00)", "(16:30, by the trailer)") or after it at the line's
end ("done together at the cabin, 07:45"); a move's "0:30" or a round hour is not read so."""
_MERIDIEM = re.compile(r"\s?[ap]\.?m\b")



def _time_of_day(plain: str, start: int, end: int) -> bool:
    """Whether the clock at ``plain[start:end]`` says when (a time of day), never how long: the one place that
    tells the two apart, so a clock that is no dose is no fact at all."""
    return bool(_WHEN_BEFORE.search(plain[max(0, start - 40):start]) or _DAY_START.fullmatch(plain[:start])
                or _DAY_HOURS.match(plain, start) or _WHERE_AND_WHEN.match(plain, start)
                or _MERIDIEM.match(plain, end) or _WHEN_AFTER.match(plain, end))
_REPS_WORD = r"(?:reps?|repetitions?|repeats?|rep\.|lifts|pulses)(?![a-z])"
_SETS_OF = re.compile(
    rf"(?<![\d.])(?P<sets>{_R})\s?(?:sets?|rounds?|holds?|bouts?|lots?)\s?(?:of|x)\s?(?P<inner>\d{{1,2}}:\d\d|{_R})(?![\d:])"
    rf"(?:\s?-?(?P<unit>{_UNIT}|{_REPS_WORD}))?"
)
_SETS_X = re.compile(
    rf"(?<![\d.])(?!\d{{3,4}}\s?[x×]\s?\d{{3,4}}\b)(?P<sets>{_R})\s?x\s?(?P<inner>\d{{1,2}}:\d\d|{_R})(?![\d:])(?:\s?-?(?P<unit>{_UNIT}|{_REPS_WORD}))?"
    rf"(?!\d|\.\d)"
)
"""Sets by reps or by a time: "3x10", "2 x 30 s", "2 × 1:00" (never a screen's "800x600")."""
_SPACED_LOW = re.compile(rf"({_N})\s-\s")
"""The count before a spaced dash ("3x12 – 45s rest"): when a rest follows, the dash starts the rest's clause."""
_SETS = re.compile(rf"(?<![\d.])(?P<n>{_R})\s?(?:sets?|lots\sof\s(?:them|those|these))\b"
                   rf"|\bsets?\s?[:=]\s?(?P<m>{_R})\b")
"""Sets said alone ("3 sets", "Sets: 3"), also as lots ("Bridges - fifteen, and three lots of them")."""
_AT_EACH_OF = re.compile(rf"\bat\seach\sof\s(?:the\s)?(?P<n>{_R})\s(?:different\s)?"
                         r"(?:levels|positions|heights|angles|points|spots|places)\b")
"""The same reps done at several places ("Repeat 5 times at each of 3 levels of your upper back"): a set at each."""
_STRIP_CELL = r"(?:^|(?<=[|·;(])\s?|(?<=\s\|)\s)"
"""Where a dose strip's cell begins ("Sets 2 | Reps 10 | Hold 5 s | 2x daily"): a label there needs no colon."""
_BUILD_UP_REPS = re.compile(
    r"\bstart(?:ing)?\swith\s(?P<low>\d{1,2})\s(?:reps|repetitions|times)\b[^.;]{0,80}?"
    r"\b(?:build(?:ing)?|work(?:ing)?|increas(?:e|ing)|progress(?:ing)?|go(?:ing)?)\b[^.;]{0,40}?\bup\sto\s(?P<high>\d{1,2})\b"
    r"(?!\s?(?:s\b|secs?|seconds|mins?|minutes))")
"""Reps that start low and build up ("Start with 5 repetitions of each exercise and increase by one repetition each
day up to 10"): a range of reps, as a routine's levels give them."""
_LABELLED_SETS = re.compile(rf"(?:\bsets?\s?[:=]|{_STRIP_CELL}sets?)\s?(?P<m>{_R})\b(?![.:]\d)(?P<n>)")
_LABELLED_REPS = re.compile(rf"(?:\b(?:reps|repetitions)\s?[:=]|{_STRIP_CELL}(?:reps|repetitions))\s?(?P<m>{_R})\b"
                            rf"(?![.:]\d|\s?-?{_UNIT})(?P<n>)(?P<k>)")
"""Labels first ("Sets: 2  Reps: 12"), so that "2 Reps" is not read across them."""
_REPS = re.compile(  # a count of the move's own motions is its reps too: "10 rolls backwards", "8 slow tilts"
    rf"(?<![\d.])(?P<n>{_R})\s?(?:(?:slow|controlled|quick|full|easy|gentle|good|big|small|deep|alternating|total)\s)?"
    rf"(?:{_REPS_WORD}|cycles?\b(?!\sof\b)|(?<=[a-z]\s)ones\b|total\b(?=\s?\(\s?\d{{1,3}}\s?(?:per|each|a|on\seach)\s)"
    r"|(?:rolls|circles|tilts|nods|shrugs|taps|pulses|rotations|turns|reaches|steps|paces|strokes)\b)"
    rf"|\b(?:reps|repetitions)\s?[:=]\s?(?P<m>{_R})\b"
    rf"|(?<![\d.])(?P<k>{_R})(?!\s(?:more\s)?(?:times?|sets?|rounds?|seconds?|secs?|minutes?|mins?)\b)"
    rf"(?=(?:\s[a-z]{{3,15}}){{0,2}}\s(?:on\s|with\s|for\s|to\s|in\s(?=each\s(?:way|direction)))?(?:each|per|every)\s"
    r"(?:sides?|legs?|arms?|foot|feet|hand|hands|way|direction)\b|\s?/\s?(?:sides?|legs?|arms?)\b"
    r"|\sa\s(?:side|leg|arm)\b(?!\s(?:plank|bend|lying|step|lunge|kick|raise|stretch))|\sea\b|\sl\s?/\s?r\b)"
    rf"|(?<![\d.])(?P<o>{_R})\sof\s(?:those|these|them|each)\b(?!\s(?:sets?|rounds?|exercises|moves))"
)
"""Reps: "12 reps", "Reps: 12", "8 each side", "4 to each side", "10 in each direction", "six a side", "eight each
way", "8 ea", "Ten of those", "10 slow ones", "20 total (10 per leg)" (then halved: see :func:`halved_each`)."""
_BOTH_WAYS = re.compile(
    r"(?<![\d.])(?P<a>\d{1,2})\s?(?:(?:big|small|slow|gentle|full|circles|rolls|rotations|times)\s){0,3}?"
    r"(?P<one>fwd|forwards?)\s?(?:,\s?|/\s?|&\s|\+\s?|and\s|then\s)*x?\s?(?P<b>\d{1,2})\s?(?P<other>back|backwards?|bwd)\b")
"""A count each way ("10 fwd 10 back", "10 forwards, then 10 backwards", "Ten big slow circles forwards, then ten
backwards"): that many each way, as "10 each way" is (the coach counts one way, then the other); two counts that
differ are the move's reps in all."""
_TIMES_ONE_WAY = re.compile(r"(?<![\d.])(?P<a>\d{1,2})\stimes\s(?:one|1)\sway,?\s(?:and\s)?then\s(?P<b>\d{1,2})"
                            r"\stimes\sthe\sother(?:\sway)?\b")
"""A count said in times each way ("Go round 5 times one way, then 5 times the other"): that many each way, as "5
each way" is, and no rounds of the class."""
_ONE_THEN_OTHER = re.compile(
    r"(?<![\d.])(?P<a>\d{1,3})\s(?:reps?\s|times\s)?(?:with|on|for)\s(?:one|1|the\sfirst|your\s(?:left|right)|the\s(?:left|right))"
    r"(?:\s(?P<what>legs?|sides?|arms?|foot|hand))?,?\s(?:and\s)?then\s(?P<b>\d{1,3})\s(?:reps?\s|times\s)?(?:with|on|for)\s"
    r"(?:the|your)\s(?:other|left|right)(?:\s(?:legs?|sides?|arms?|foot|hand|one))?\b")
""""Do 6 with one leg, then 6 with the other", "8 on one side, then 8 on the other": that many each side."""
_EACH_THEN_HOW = re.compile(r"(?<![\d.])(?P<n>\d{1,3})\s(?:each|ea)(?=,?\s(?:hold|pause|squeeze|slow|alternat))")
""""bird dog 8 each, hold 2 sec": a count each side, then how each is done."""
_AS_MANY_UP_TO = re.compile(
    r"\bas\smany\sas\s(?:you|they)\s(?:\w+\s)?(?:can|are\sable|comfortably\scan|manage)\b[^.;\d]{0,12}?,?\s?\(?"
    r"(?:up\sto|to\sa\smax(?:imum)?\sof|max(?:imum)?\.?)\s(?P<n>\d{1,3})\b"
    r"|\bas\smany\sas\s(?:you|they)\s(?:\w+\s)?(?:can|are\sable|comfortably\scan|manage),?\s?\(?"
    r"(?:usually|normally|typically|often|that's|thats)\s(?:about\s|around\s|roughly\s)?"
    r"(?P<low>\d{1,3})(?:\s?(?:-|to)\s?(?P<high>\d{1,3}))?\b")
""""As many as you comfortably can, up to 10": reps, as many as the body allows, ten at most; "as many as you
comfortably can, usually about 15-20 for me": about that many."""
_ONCE_OR_MORE = re.compile(r"\b(?:go\s(?:round|around|through)|do|repeat|complete)\s"
                           r"(?:(?:it|this|them|the\s(?:whole\s)?(?:circuit|routine|sequence|exercises|lot))\s)?"
                           r"once,?\s(?:or|to)\s(?P<n>[23])\stimes\b")
""""Go round once, or twice if you feel up to it": one round or two."""
_MORE_THAN = re.compile(r"\b(?:more|fewer|less)\sthan\s(?:one|a|1|two|2)\s(?:sets?|rounds?)\b")
""""Where you are asked to do more than one set, rest for 1 minute between sets": a condition, no count of sets."""
_PROGRESS_TO = re.compile(r"\bprogress(?:ion)?\s(?:to|on\sto)\s?:[^.;]{0,80}")
""""Repeat: 10 times     Progress to: 2 sets of 10": the dose to build up to later, none of today's."""
_X_REPS = re.compile(rf"(?:^|\s)x\s?(?P<a>{_R})\b|(?<![\d.])(?P<b>{_N})\s?x(?:\s|$)(?!\s?\d)")
_TEMPO = re.compile(r"(?<![\d.:-])\d-\d-\d(?:-\d)?(?![\d-])|\btempo\s?:?\s?\d[\dx]{3}\b|\b\d{4}\s?tempo\b"
                    r"|@\s?\d[\dx]{3}\b")
"""A tempo ("3-1-1", "tempo 3010", "@ 20X1": seconds down, pause, up) says how to move, not how much."""
_STEP = r"\d{1,2}(?:\sreps?)?"
_STEP_SEP = r"(?:,\srest,\s|,?\sthen\s|,\s|,?\sand\s|-)"
_LADDER = re.compile(rf"(?<![\d.:-])(?P<run>{_STEP}{_STEP_SEP}{_STEP}{_STEP_SEP}{_STEP}(?:{_STEP_SEP}{_STEP})?)"
                     r"(?![\d:-])(?P<after>\sreps?\b|\s(?:descending\s)?pyramid\b)?")
"""A descending pyramid of one move ("Do 6, then 4, then 2", "6 reps, rest, 4 reps, rest, 2 reps", "6, 4 and 2
reps", "the same 6-4-2 pyramid"): a set of each count in turn, fewer each time. Only when it says so — a "then"
or "rest" between the counts, reps, or "pyramid" — for a bare "6-4-2" is a tempo and "10, 8, 6" may be a list."""
_PACE = re.compile(
    rf"\bon\sthe\sway\s(?:down|up)\s?[(,]?\s?(?:for\s|over\s|taking\s)?{_N}\s?(?:s|secs?|seconds?)\b\)?"
    rf"|(?<![\d.]){_N}\s?(?:s|secs?|seconds?)\s(?:on\sthe\sway\s(?:down|up)|to\s(?:lower|come\sdown|sit\sdown))\b"
)
"""How long the way down or up takes ("slow on the way down (3 seconds)", "3 seconds to lower"): a pace, no hold."""
_ON_OFF = re.compile(
    rf"(?:(?<![\d.])(?P<sets>{_R})\s?(?:sets?|rounds?|x)\s?(?:of\s)?)?(?<![\d.])(?P<on>{_N})\s?(?P<u1>{_UNIT})?\s?(?:on|work)\s?[,/;]?\s?(?:and\s|then\s)?"
    rf"(?P<off>{_N})\s?(?P<u2>{_UNIT})?\s?(?:off|rest)\b"
)
"""Interval work: "30 seconds on, 15 off", "20s on / 10s off", "40 on, 20 off" (seconds unless it says); "8 rounds of
20 seconds on, 10 seconds off": eight of them."""
_CLOCKED = re.compile(
    rf"\b(?P<kind>emom|e2mom|amrap)\s?(?:for\s|x\s?|in\s)?(?P<n>{_N})\s?(?P<unit>{_UNIT}|rounds?)?"
    rf"|(?<![\d.])(?P<m>{_N})[\s-]?(?P<unit2>minutes?|mins?|min|m)\s(?:of\s)?(?P<kind2>emom|amrap)\b"
)
"""Clocked formats: "EMOM 10 min" (each minute a round: 10 rounds), "AMRAP 12 minutes" (a time, no count)."""
MANNER = ("slow", "gentle", "easy", "controlled", "small", "big", "deep", "full", "good", "quick", "careful", "steady")
"""Words that say how a motion is done, between a count and the move it counts ("ten slow hip circles", "5 slow, deep
breaths"): never part of the move's name."""
COUNT_BEFORE = re.compile(
    r"(?<![\d.])(?:(?:(?P<sets>\d{1,2}(?:\s?-\s?\d{1,2})?)\s(?:sets?|rounds?)\sof\s)?(?P<n>\d{1,3}(?:\s?-\s?\d{1,3})?)"
    r"(?:\s?x)?(?:\s(?:reps?|repetitions))?(?:\sof(?:\sthe|\smy)?)?"
    r"|(?P<time>\d{1,3}(?:\s?-\s?\d{1,3})?\s(?:minutes?|mins?|seconds?|secs?))(?:\sof|(?<=s)'))"
    rf"(?:\s(?:{'|'.join(MANNER)})){{0,2}}\s?$")
"""A count just before the next move named ("… then 10 bridges", "2 sets of 15 glute bridges", "3 sets of 10 of bird
dogs", "ten slow hip circles"), or a time ("a couple of minutes of easy walking", "five minutes' brisk walking"): the
next move's reps and sets, or how long it lasts."""
_HOW_OFTEN = r"(?:a|per|each|every)\s(?:day|week|month|night|morning|evening|fortnight)"
_FREQUENCY = rf"\s{_HOW_OFTEN}"
DOSE_LABEL = re.compile(r"^(?:reps?|repetitions|sets?|hold|time|rest|duration|frequency|tempo|rounds|dose|dosage|"
                        r"prescription|parameters|repeat)\s?:",
                        re.IGNORECASE)
"""A dose's label at the start of a line or cell ("Reps: 10", "Hold:"), as programmes and printouts write them."""
EACH_SIDE_COUNT = r"\d{1,3}\s(?:each|per|a|on each)\s(?:side|leg|arm|way)\b"
"""A count said first with its side ("5 each side", "10 per leg"): a line's whole dose, or a note's halves."""
HOW_OFTEN_SAID = re.compile(rf"\b(?:{_HOW_OFTEN}|daily|weekly|every\sother\sday)\W{{0,3}}$", re.IGNORECASE)
"""A lead that only says how often ("Once or twice a week.", "Three times a week", "Daily"): never a move's name."""
_TIMES_A_DAY = re.compile(
    rf"(?<![\d.]){_R}\s?(?:x|times)\s?(?:daily|weekly|nightly|{_HOW_OFTEN})\b"
)
"""How often, not how many: "3 x daily", "2 x a day", "2 times per week" (a physiotherapist's sheet)."""
_TIMES = re.compile(
    rf"(?<![\d.])(?P<n>{_R})\s(?P<more>more\s)?times?\b(?P<more_after>\smore\b)?(?!{_FREQUENCY})"
    rf"(?!\s(?:as|more likely|higher|greater))"
)
_DISTANCE = re.compile(
    rf"(?:(?<![\d.])(?P<sets>{_R})\s?(?:x|(?:rounds?|sets?|times)\sof)\s?)?(?<![\d.])(?P<n>{_R})\s?-?"
    rf"(?:yards?|yds?|metres?|meters?|km|kilomet(?:re|er)s?|"
    rf"miles?|feet|ft|lengths)\b"
    rf"|(?:(?<![\d.])(?P<sets2>{_R})\s?x\s?)?(?<![\d.])(?P<m>{_R})\s?m\s(?=(?:per|each|a|every)\s(?:hand|arm|side|way|"
    rf"length|direction)\b)"
    rf"|\b(?:walk|carry|run|row|sprint|jog|shuttle)\s(?:for\s)?(?P<k>{_R})\s?m\b"
    rf"|(?:(?<==\s)|(?<==))(?P<e>{_R})\s?m\b"
    rf"|(?<![\d.])(?P<sets3>{_R})\s?x\s?(?P<j>1[5-9]|[2-9]\d|[1-9]\d\d)m(?![a-z])"
)
"""A distance ("3 × 40 yards each hand", "3 rounds of 30 metres per side", "30 m per hand", "walk 30 m", "3 x 40m",
"four lengths = 40 m"): no count
and no time, though "m" is otherwise a minute (sets of 15 minutes or more, written "40m", are a carry's metres)."""
_REPEAT_N = re.compile(
    rf"\brepeat(?:\s(?:it|this|them|each|x))?\s(?P<n>{_R})(?:\s?[x×](?![a-z]))?\b"
    r"(?!\s?(?:sets?|seconds?|secs?|minutes?|mins?|s\b))"
)
"""How many times, after "repeat" ("Repeat 10", "repeat it 3", "Repeat 3x")."""
_DEFINED_REP = re.compile(r"\b(?:that'?s|that is|this is|counts as|makes)\s(?:one|1|a|two|2)\s"
                          r"(?:reps?|repetitions?|set|round|circuit|lap|(?:on\s)?(?:each|per)\sside)\b")
"""What one rep is ("That's one rep", "lift the right knee, then the left. That's 2 reps.", "… to the left, …, then
to the right. That's one each side."), or one round ("When you've done all five stations, that's one round."), not
how many to do."""
_ONCE_MORE = re.compile(r"\bonce more\b|\bone more time\b"
                        r"|\bdo (?:it|this|that) again\b(?!\s(?:tomorrow|later|tonight|next))")
_ALL_N = r"all\s(?:the\s)?\d{1,2}(?:\s(?:exercises|moves|movements|stretches))?"
"""All the moves, counted ("go through all 6 twice", "do all 5 exercises 3 times"): the routine once a round."""
_LAPS_OF = re.compile(r"\sof\s(?:the|a|your)\s(?:[a-z]{3,12}\s)?"
                      r"(?:yard|fields?|park|pitch|garden|block|hall|track|pool|room|house|playground|arena|"
                      r"(?:car|school|sports)\s(?:park|hall))\b")
"""Where a lap is walked or run ("a couple of laps of the yard", "of the jogging track")."""
_WALKED = re.compile(r"\b(?:walk|walking|jog|jogging|run|running|march|marching|stroll|swim|swimming|cycle)\b")
"""A move that goes round a place."""


def laps_walked(said_before: str, plain: str, start: int, end: int) -> bool:
    """Whether the rounds at ``plain[start:end]`` are laps that say how far a walk or run goes, no rounds of the
    class: a walk said before them, in the same text or in the move's name ("**Walk round the hall** – two laps"),
    or the place they go round ("a couple of laps of the yard"). The one place that tells a lap from a round."""
    return "lap" in plain[start:end] and (_WALKED.search(said_before.lower()) is not None
                                          or _LAPS_OF.match(plain, end) is not None)
_ROUNDS = re.compile(
    rf"(?<![\d.])(?<!\bas\s)(?P<n>{_R})\s(?P<more>more\s)?(?:(?:slow|easy|gentle|full|complete)\s)?"
    rf"(?:rounds?|circuits?|laps?|rft|rfq)\b"
    rf"(?!\sof\s(?:\w+\s)?breath)(?!\sof\s\d)"
    rf"(?!\sof\s(?:massage|physio\w*|therapy|treatment|injections?|acupuncture|golf|drinks|antibiotics|"
    rf"chemo\w*|ivf|appointments?|sessions with)\b)"  # "two rounds of massage": a story, not the class's rounds
    rf"|\b(?:repeat|do|perform|complete|go through|go round|go around)\s(?:the|this|that|your)\s"
    rf"(?:whole\s|entire\s|full\s|following\s|"
    rf"next\s)?"
    rf"(?:circuit|sequence|routine|workout|series|set of exercises|exercises|round|list|thing|lot|section|block|part)"
    rf"(?:\s(?:below|above|here|that follows|as written))?"
    rf"(?:\s(?P<m>{_R})\s(?P<more2>more\s)?times?\b(?!{_FREQUENCY})|\s(?P<mx>{_R})\s?x(?![\w])|\sx\s?(?P<xm>{_R})\b)"
    rf"|\b(?:go\sthrough\s(?:it|them|everything|all\sof\s(?:it|them)|{_ALL_N})|^\W{{0,3}}(?:round|around)\sthe\scircuit|(?:repeat|do)\s(?:everything|"
    rf"all\sof\s(?:it|them)|{_ALL_N}|(?:exercises\s|moves\s|numbers\s)?1\s?-\s?\d{{1,2}})|\bgo\s(?:round|around)(?:\s(?:this|these|it|them))?"
    rf"|\b(?:go|run|work)\sthrough\s(?:(?:these|those|the)\s(?:\d{{1,2}}\s)?(?:exercises|moves|\d{{1,2}})|the\sfollowing)"
    rf"(?:\sback\sto\sback|\sin\sorder)?,?)"
    rf"\s(?P<w>{_R})\s(?P<more3>more\s)?times?\b(?!{_FREQUENCY})"
)
_NTH_TIME = re.compile(
    r"\b(?:(?:do|repeat|go\sthrough|complete|perform|run\sthrough)\s(?:it|them|everything|all\sof\sit|(?:the|this|"
    r"that|your)\s(?:whole\s|entire\s|full\s)?(?:circuit|sequence|routine|workout|series|list|thing|lot|round|set\sof\s"
    r"exercises))|go\s(?:round|around))\s(?:for\s)?an?\s(?P<nth>second|third|fourth|fifth)\stime\b")
"""The rounds said as the last one's place ("do the whole circuit a second time", a station circuit's "then go round
a second time"): two rounds, and so on."""
_ALL_AGAIN = re.compile(r"\b(?:then|and)\s(?:do|repeat|go\sthrough)\s"
                        r"(?:it\sall|them\sall|everything|all\sof\s(?:it|them)|(?:the|this|that)\s(?:whole\s|entire\s)?(?:circuit|sequence|routine|lot|thing|list))"
                        r"\s(?:all\s)?again\b(?!\s(?:before|after|at|later|tonight|tomorrow|in\sthe|when|if))")
"""The whole list done once more, straight after ("Go through these three, then do the whole lot again"): two
rounds; never the list done again later ("Do the lot again before you go home")."""
_IF_TIME = re.compile(r"\b(?:if|can|could|optionally|when)\b")
"""A later round said as a choice ("If you have a longer layover you can go round a third time"): the most rounds."""
_ROUNDS_A_SIDE = re.compile(r"\s?(?:each|per|on\seach|for\seach)\s(?:side|leg|arm|hand)\b")
"""After a count of rounds: one move's rounds on each side ("Do 3 rounds each hand") are its sets, not the circuit's."""
_LABELLED_ROUNDS = re.compile(rf"\b(?:rounds|circuits)\s?[:=]\s?(?P<n>{_R})\b(?![.:]\d|\s?-?{_UNIT})")
"""A card's labelled rounds ("Rounds: 3 · Rest between rounds: 2 min" under a circuit's table)."""
_NTH = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}
_NO_REST = re.compile(
    r"\b(?:no|without\s(?:a\s|any\s)?)\s?(?:rest|break|pause)s?\b"
    r"(?P<what>\s(?:in\s)?(?:between|after)(?:\s(?:each\s|every\s|the\s)?(?:rounds?|circuits?|laps?|exercises?|moves?|"
    r"movements?|stretch(?:es)?|poses?|sets?|reps?|them|these|those)\b)?|\swithin\s(?:the|a|each)\s(?:loop|round|circuit)\b)?(?!\s(?:days?|needed|is|periods?\sbetween\sdays))"
)
"""No rest said of a circuit ("2 rounds, no rest"), between its moves ("no break between exercises", "do the moves
without rest", "no break within the loop"), between sets ("no rest between sets") or after a move ("Bird dog 3 x 10,
no rest"): a rest of nothing, read (never guessed)."""
_ONE_AFTER_ANOTHER = re.compile(r"\b(?:one|1) after (?:the\s)?(?:other|another)\b|\bback[\s-]to[\s-]back\b")
"""The moves done in a row: a bare "no rest in between" said next to it is between them, rounds or not."""
_MOVES_SAID = re.compile(r"\b(?:exercises?|moves?|movements?|stretch(?:es)?|poses?|one to the next|the next one)\b")
"""What a bare "no rest" is said of when it names no rest ("go through the moves without rest"): the moves."""
_DO_N = re.compile(rf"\b(?:do|perform|complete)\s(?:about\s|around\s|roughly\s|approximately\s)?(?P<n>{_R})"
                   rf"(?=\s?(?:[.,;!]|$))|(?:^|(?<=[.!?:]\s))[\"“‘']?(?P<lead>\d{{1,2}}(?:\s?-\s?\d{{1,2}})?)(?=,\s(?:with|slowly|really|each|nice|and)\b)")
"""A count said alone after the verb ("Do 10.", "I do about ten, really slowly"), or opening a quoted answer
("Fifteen, with a squeeze at the top"): how many times, which :meth:`Dose.settle` reads."""
_ANOTHER = re.compile(rf"\b(?:then\s|and\s)?(?:do\s|repeat\s)?another\s(?:{_R})\b"
                      r"(?!\s?(?:more\s)?(?:sets?|rounds?|times?|seconds?|secs?|minutes?|mins?|s\b|m\b|steps|paces|"
                      r"metres|meters|yards))")
"""A second set said as the same count again ("Rest for a minute, then do another 10")."""
_HOLD_ANOTHER = re.compile(rf"\bhold\s(?:it\s|for\s)?another\s(?=(?P<n>{_R})\s?(?:seconds?|secs?|s)\b)")
"""A second hold of the same stretch ("Hold for about 20 seconds. Then bend the back knee a little … and hold another
20 seconds"): two sets of it."""
_THEN_ANOTHER_TIME = re.compile(
    rf"\b(?:then|and)\s(?:do\s|go\sfor\s|keep\sgoing\sfor\s)?another\s"
    rf"(?=(?:{_R}\s?(?:seconds?|secs?|s|minutes?|mins?)|minute|half\sminute)\b(?![^.;]{{0,25}}\bother\s(?:side|leg|arm)))")
"""The same time again after a rest ("Keep going for 1 minute. Have a rest, then another minute."): two sets."""
_NTH_SET = re.compile(r"\b(?:then\s|and\s)?(?:(?:do|add|try|go for|have|follow with)\s(?:a\s)?"
                      r"(?P<nth>second|2nd|third|3rd)|(?:do|try|go for|have)\s(?P<another>another))"
                      r"\s(?:set|round of (?:it|them|this))\b")
"""One more set said as its number ("Rest for a minute, then do a second set if you feel able", "add a third set"):
that many sets in all ("add another set" to a week's plan is one more than that week's, read where weeks are)."""
_CYCLE = re.compile(
    rf"\brepeat\s(?:the|this)\s(?:cycle|sequence|movement|exercise|stretch)\s(?P<n>{_R})\s(?P<more>more\s)?times?\b"
)
_AFTER_COUNT = "(?:" + "|".join([r"(?<=\d\s)"] + [rf"(?<=\d{unit}\s)|(?<=\d\s{unit}\s)" for unit in (
    "s", "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes")]) + ")"
"""Just after a count or a time, where "a side" means each side ("six a side", "30 seconds a side")."""
_SIDE_WORDS = r"(?:sides?|legs?|arms?|feet|foot|hands?|knees?|hips?|shoulders?|directions?|ways?)"
_SIDE = re.compile(
    rf"\b(?:per|each|ea|on each|for each|with each|every|on the other|the other|other|alternate|alternating|"
    rf"alternating between|switch|change|swap)\s"
    rf"(?P<what>{_SIDE_WORDS}(?:\s(?:and|&)\s{_SIDE_WORDS})?)\b(?!\sof\b)(?!\s(?:round|around))"
    r"|\b(?:on |to )?(?:the )?opposite (?P<opposite>sides?|directions?)\b"
    r"|\b(?P<alt>alternating|alternately)\b(?=\s?(?:[.,;:)]|$|sides?\b|legs?\b|arms?\b))"
    r"|\b(?P<lr>left and right|right and left|one side at a time|both sides)\b"
    r"|(?<=\ds)\s?(?:[·,;-]\s?)?both\s(?P<both>legs|arms)\b"
    r"|/\s?(?P<slash>sides?|legs?|arms?)\b|\b(?P<ea>ea)\b\.?|(?<=[\ds]\s)(?P<lr3>l\s?/\s?r)\b"
    r"|\b(?:repeat|do the same|the same|then)\s(?:it\s|this\s)?on\s(?:the\s)?(?P<lr2>left|right)"
    r"(?:\s(?:side|leg|arm))?\b"
    rf"|(?=a\s(?:side|leg|arm)\b){_AFTER_COUNT}"
    r"a\s(?P<asided>side|leg|arm)\b"  # "six a side", "30 seconds a side"
    r"|\bon\s(?:the\s(?:right|left)|one|1)\s(?P<halves>side|leg|arm)\b(?=,?\s(?:then|and then)\b)"
)
_EACH_SIDE_SAID = re.compile(
    r"\b(?P<n>\d{1,2})\s(?:reps?\s)?(?:with|on|to)\s(?:the\s|your\s)?(?:right|left)(?:\s(?P<what>leg|arm|side|foot|hand))?,?"
    r"\s(?:and\s|then\s)?(?P=n)\s(?:reps?\s)?(?:with|on|to)\s(?:the\s|your\s)?(?:left|right)\b(?:\s(?:leg|arm|side|foot|hand)"
    r"\b)?")
"""The same count said for each side in turn ("8 with the right leg, 8 with the left", "10 on the right, 10 on the
left"): that many reps a side."""
_BENT_WAY = re.compile(r"\b(?:arch|bend|curl|round|sink|tip|tilt)\s(?:it\s)?(?:the\s)?other\sway$")
"""The spine bent the other way ("curl up like a cat, then arch the other way"): a direction, not the other side."""
_POSED = re.compile(r"\s(?:straight|bent|extended|long|flat|relaxed|down|still|on the floor|on the ground)\b")
"""Where a limb rests ("the other leg straight"), after "the other leg": a position, not the other side."""
_EACH_EXERCISE = re.compile(
    r"\beach\s(?:exercise|move|movement|station|one|stretch|pose|position)\b|\bevery\s(?:exercise|move|stretch)\b"
)
_AT_EACH = re.compile(r"^\s?(?:at|on|for|of)\s(?:each|every)\s(?:exercise|move|movement|station|stretch|pose)\b")
"""A time said before the moves it is for ("You work for 30 seconds at each station", "40 s on each exercise")."""
_BREATHS = re.compile(
    rf"(?<![\d.])(?P<n>{_R})\s(?:(?:rounds?|cycles?)\sof\s)?(?:deep\s|slow\s|full\s|long\s|complete\s)?"
    r"breath(?:s|es)?\b"
)
_PACED_BEFORE = re.compile(r"\b(?:flow|flowing|move|moving|alternate|alternating|rock|rocking|cycle|repeat|"
                           r"rounds?|reps?|times)\b[^.;]{0,25}$")
"""Breaths that pace a movement ("flow between the poses for 10 breaths"), not a pose held for them."""
_BREATH_HOLD = re.compile(r"\b(?:hold|holding|stay|staying|remain|rest|resting|relax|pause|breathe)\b[^.;]{0,25}$")
_REST_BEFORE = re.compile(
    r"(?:\brest|\bresting|\brecover|\brecovery|\bbreak|\bpause|\brelax|\bbreather|\bbreathe|\bthen rest|\btake"
    r"|\brebound|\brest\s(?:timer|interval|period|time)s?\s(?:was|is|were|are|at|set to))"
    r"(?:\s(?:for|of|about|around|approximately|up to|at least|between|roughly|only|just|to|down to|maybe|perhaps|"
    r"probably|like))*(?:\s(?:in\s)?between|\s(?:a\s)?(?:little|bit|moment|while))?(?:,\s(?:call\sit|say))?"
    r"\s?[:(-]?\s?(?:about\s|around\s)?$"
)
"""A rest's word just before its time ("rest 30 s", "a short breather in between (about 30 seconds)", "rest a little
(20 seconds)")."""
_HELD = re.compile(r"\b(?:hold|holding|held|stay|staying|pause|pausing)\b[^.;,|]{0,20}$")
"""A hold at the top of a rep, or of a stretch: "pause for 3 seconds", "holding each for 3 seconds"."""
_PAUSE_AT = re.compile(r"^\s?(?:-\s?)?(?:pause|hold)\s(?:at|in)\s(?:the\s)?"
                       r"(?:top|bottom|end|peak|middle|full\s(?:reach|extension|stretch))\b")
"""A pause at one point of each rep ("a 3-second pause at the top", "3s pause at full reach"): a hold, though a pause
said after its time is otherwise a rest."""
_REST_AND = re.compile(r"\b(?:rest|recovery)\s\d[^.;]{0,40}\sand\s$")
"""A second rest after a first, the word said once ("Rest 45 sec between sets and 1 min before the next exercise")."""
_REST_AFTER = re.compile(r"^['’]?s?\s?(?:of\s|to\s)?(?:(?:water|drinks?|short|quick)\s)?"
                         r"(?:rest|recovery|recover|break|off|pause|breather|easy(?=\sbetween|\safter\seach))\b"
                         r"(?!\s?[:=])")
"""A rest said after its time ("30 s rest", "a minute's break", "a 2 minute water break", "one minute easy between
the two rounds"); not the next value's label ("Hold: 10 s Rest: 30")."""
_NOT_A_DOSE_BEFORE = re.compile(
    r"(?:\bwithin|\bafter|\bevery|\bbefore|\bin|(?<!\bbut\s)\bonly|\btakes?|\blasts?|\bunder|\bover|\blast|\bfirst|\bnext"
    r"|\bmore\sthan|\bless\sthan|\blonger\sthan|\bit['’]s)"
    r"\s(?:about|around|the|just|only)?\s?$"
)
"""What makes the time after it no dose: when it is in the day ("within 10 minutes", "after 30 minutes"), a
threshold ("more than 45 minutes of continuous bench work") or how long the whole thing is ("It's about 10
minutes"); a clock's time of day is :func:`_time_of_day`'s. "Plank — but only 30 seconds for this one!" is a
move's own time."""
_NOT_A_DOSE_AFTER = re.compile(
    r"^\s?(?:-\s?)?(?:long\s)?(?:[a-z][a-z-]*\s){0,2}(?:workout|routine|class|session|program|programme|plan|circuit|"
    r"flow|sequence|reset|challenge|read|video|watch|listen)\b"
    r"|^\s?(?:-\s?)?(?:long\s)?(?:workout|routine|class|session|program|programme|plan|video|walk a day|a day|"
    r"per day|a week|per week|of recovery|recovery|daily|later|ago|of exercise|of activity|of cardio|"
    r"of moderate|of vigorous|of walking|early|late)\b"
    r"|^\s?(?:of\s\w+\s)?(?:by|before)\s(?:your|the)\s(?:next\s)?(?:appointment|follow-up|review|check-?up|visit)\b"
)
"""What follows a time that is no move's dose: the length of a class or a video, a day's activity, a goal to reach
by the next appointment ("Aim for 20 minutes by your next appointment")."""
_A_DAY_AFTER = re.compile(r"^\s?(?:a|per)\sday\b")
"""A day's time said right after a move's name and its dash ("Walking — 10 to 15 min a day"): that move's dose."""
_COUNTED = re.compile(rf"\b(?:a\s|the\s)?(?:slow\s)?count\s(?:of|to)\s(?P<n>{_R})\b(?!\s?(?:reps?|times?|sets?))"
                      rf"|(?<=\bhold\sfor\s)(?P<held>\d{{1,2}})(?=\s?(?:[,.;)]|$))")
"""A hold counted out loud ("hold for a count of ten", "count to 5"), or said with no unit ("Bird dog 6 each side,
hold for 5", "squeeze and hold for five, do ten"): about a second a count."""
_BETWEEN_ROUNDS = re.compile(
    r"^[^.;]{0,40}?\b(?:between\s(?:each\s|the\s)?(?:\d\s|two\s|three\s|four\s|five\s)?|"
    r"after\s(?:each|every|the|both)\s(?:first\s|1st\s)?|"
    r"at\sthe\send\sof\s(?:each|every|the)\s)(?:rounds?|circuits?|laps?|cycles?|supersets?|pairs?|giant\ssets?|"
    r"times?\s(?:round|around|through)|goes)\b"  # ("one minute break after each time round")
    r"|^[^.;]{0,40}?\bbetween\sthe\sfirst\s(?:go|time|run)\sand\sthe\ssecond\b"
    r"|^[^.;]{0,20}?\bafter\s[a-h][2-9]\b(?!\s?[a-z])"  # "rest 90 s after B2": the pair's last move, so each round
)
_BETWEEN_EXERCISES = re.compile(
    r"^[^.;]{0,40}?\b(?:between\s(?:each\s|the\s)?(?:exercises?|moves?|movements?|stations?|poses|stretches|positions)|"
    r"(?:before|for) (?:moving on to |going on to |starting )?the next (?:exercise|move|movement|station|one)|"
    r"(?:and\s|then\s)?(?:move|go|walk|change|get)\s(?:on\s)?to the next (?:exercise|move|station)|"
    r"(?:before|for) the next(?=\s?[.;,)]|$)|"
    r"after each (?:exercise|move|movement|station))\b"
)
_BETWEEN_SETS = re.compile(r"^[^.;]{0,40}?\b(?:between\s(?:each\s|the\s)?sets?|per set|after each set)\b")
_BETWEEN_NEAR = re.compile(
    r"^\s?(?:of\s(?:rest|recovery)\s|(?:rest|recovery|breather|break|pause)\s)?(?:between|after\s(?:each|every))\s"
    r"(?:each\s|the\s|every\s)?(?:2\s)?"
    r"(?P<what>sets?|rounds?|circuits?|laps?|loops?|cycles?|goes|exercises?|moves?|movements?|stations?|poses|stretches|"
    r"positions)\b")
"""A rest's duration followed at once by what it comes between ("30 s between sets", "30 s breather between goes")."""
_REST_LABEL = re.compile(r"\b(?:rest|recovery)\s(?:between|after)\s(?:each\s|the\s|every\s)?(?P<what>sets?|rounds?|"
                         r"circuits?|laps?|exercises?|moves?|stations?)\s?[:=]\s?$")
"""A rest's label that says what it comes between ("Rest between rounds: 2 min", "Rest between sets: 30 s")."""
_BETWEEN_LEADS = re.compile(r"(?:^|[.;!?:]\s?)\s?(?:between\s(?:each\s|the\s|every\s)?|after\s(?:each|every)\s)"
                            r"(?P<what>sets?|rounds?|circuits?|laps?|loops?|exercises?|moves?|movements?|stations?|poses|"
                            r"stretches|positions)\b[^.;!?]{0,30}$")
"""What a rest comes between, said first in its sentence ("Between exercises, rest 30 seconds.", "After each round
take 2 minutes")."""
_BETWEEN_EACH = re.compile(r"^[^.;]{0,30}?\b(?:between\s(?:each|them)|in\sbetween)\b")
_BETWEEN_ALONE = re.compile(r"^[^.;]{0,30}?\bbetween(?=\s?[.;]|\s?$)")
"""A rest "between" with nothing after it ("Do 1-6 TWICE through. Rest 1 min between."): between the rounds when
the sentence before says the whole list is done again (not "2 rounds of 10 reps" of one move)."""
_WHOLE_AGAIN = re.compile(r"\b(?:circuits?|laps?|times\sthrough)\b")
"""A rest between the things said before it: after a circuit's rounds ("round the circuit twice, with a 2 minute
water break in between"), the rest between rounds."""
_CHANGEOVER = re.compile(r"^\s?(?:(?:to\s)?move\son\b|to\s(?:change\s(?:over|stations?|"
                         r"to\sthe\snext\s(?:station|exercise|move))|"
                         r"(?:get|move|go|walk)\sto\sthe\snext\s(?:station|exercise|move|one|1))|changeover|change-over|"
                         r"transitions?(?:\sbetween)?)\b")
"""A station circuit's time to change stations ("40 seconds work · 20 seconds to move on", "15 sec transition
between exercises", "20 seconds to change to the next exercise"): the rest between moves."""
_CIRCUIT_WORDS = re.compile(r"\b(?:circuits?|rounds?|laps?)\b")
_AFTER_ALL = re.compile(r"(?:\b(?:all|every|each of)\s(?:the\s)?(?:\w+\s)?(?:exercises|moves|stations)|"
                        r"\bthrough\s(?:the\s)?(?:whole\s)?(?:list|circuit|sequence)|"
                        r"\bafter\s(?:the\s)?(?:last|final|second|third|fourth|fifth|sixth|seventh|eighth|\d{1,2}(?:st|nd|rd|th))\s"
                        r"(?:exercise|move|movement|station)|"
                        r"\b(?:done|finished|completed)\sall\s(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)|"
                        r"\b(?:completion\sof|completing|finishing|the\send\sof)\s(?:the|each|every|a)\s(?:circuit|round|lap))"
                        r"\b[^.;]{0,25}$")
_GO_AGAIN = re.compile(r"^[^.;()]{0,12}?(?:\s?\([^()]{0,60}\))?[^.;()]{0,12}?,?\s?(?:(?:and\s)?then\s|and\s)"
                       r"(?P<verb>go(?:\s(?:round|around|through\s(?:it|them|the\slot)))?|start|repeat\s(?:it|the\scircuit)|do\sit)"
                       r"\s(?:again|once\smore|from\sthe\stop)\b"
                       r"|^[^.;()]{0,40}?\sbefore\s(?:going|I\sgo|you\sgo|we\sgo)\s(?:round|around|through\s(?:it|them))\s"
                       r"(?:again|once\smore)\b")
"""A rest before the round starts again ("rest for one minute, then go round again", also after an aside in
brackets: "have a minute's break (check the baby monitor) and go round again", "a minute's breather and a swig of
water before going round again"): the rest between rounds."""
_ROUNDS_NEXT = re.compile(r"^[^.;]{0,12}[.;]\s?(?:then\s)?(?:complete|do|repeat|perform|go through)\s(?:it\s|this\s)?"
                          r"\d{1,2}(?:\s?-\s?\d{1,2})?\s(?:\w+\s)?(?:rounds?|times)\b(?![^.;]{0,50}\brest)")
"""A rest said after all the moves ("go straight through the list, then rest 1 minute"), or just before the number
of rounds: the rest between rounds."""


@dataclass(frozen=True)
class Fact:
    """One thing a text says about a dose, and where (offsets into :func:`plain_text`'s output)."""

    kind: str
    """sets, reps, hold, rest, between, round_rest, repeat, rounds, side, each_hold."""
    start: int
    end: int
    amount: Range | None = None
    per: Per | None = None
    more: bool = False
    open_ended: bool = False
    steps: tuple[int, ...] = ()
    """A descending pyramid's counts, the first of them the amount."""
    ways: tuple[str, str] | None = None
    """A side fact's two ways in the article's words ("fwd", "back") when a count is said each way ("10 fwd 10
    back"): the coach calls them as two moves, made where the drafts are made (:attr:`Dose.both_ways`)."""


@dataclass
class Dose:
    """What a piece of text says about one exercise (or, for rounds and circuit rests, about its block)."""

    sets: Count | None = None
    reps: Range | None = None
    hold: Range | None = None
    rest: Range | None = None
    per: Per | None = None
    repeat: Range | None = None
    repeat_more: bool = False
    rounds: Count | None = None
    round_rest: Range | None = None
    between: Range | None = None
    each_hold: Range | None = None
    each_reps: Range | None = None
    """Said of every move of a block ("perform 2-3 sets of 10-15 reps of each exercise")."""
    breaths: Range | None = None
    breath_hold: bool = False
    """Breaths to hold a pose for ("hold for 5 breaths"), rather than breaths that pace a movement."""
    open_ended: bool = False
    rest_capped: bool = False
    """The rest is a most ("rest for up to 10 seconds"): go on sooner if ready."""
    cycle: bool = False
    """A hold, a rest, then how many times, said in that order ("hold 6 s, rest 10 s, repeat 8-12 times")."""
    steps: tuple[int, ...] = ()
    """The reps of a descending pyramid's sets in turn ("6, then 4, then 2"): a set of each, ``reps`` the first."""
    facts: list[Fact] = field(default_factory=list)

    @property
    def has_work(self) -> bool:
        """Whether it says how much to do (not only a rest or a side)."""
        return any(v is not None for v in (self.sets, self.reps, self.hold, self.repeat, self.breaths))

    @property
    def empty(self) -> bool:
        return not self.facts

    @property
    def both_ways(self) -> tuple[Range, str, str] | None:
        """The count said each way and the two ways' words ("Arm circles — 10 forwards, 10 backwards"), if so."""
        for way, count in itertools.product(self.facts, self.facts):
            if way.ways is not None and count.end == way.start and count.amount is not None:
                return count.amount, way.ways[0], way.ways[1]
        return None

    def merged(self, other: Dose) -> Dose:
        """This dose with ``other``'s facts where this one has none (the first mention wins). A count each side said
        after reps twice as many ("Arm circles x 20" over "(10 each way)") is a side's half of them, as in one line
        (:func:`halved_each`), not sets."""
        values = {name: getattr(self, name) if getattr(self, name) is not None else getattr(other, name)
                  for name in ("sets", "reps", "hold", "rest", "per", "repeat", "rounds", "round_rest",
                               "between", "each_hold", "each_reps", "breaths")}
        if self.reps is not None and self.reps.is_single and self.repeat is None and other.reps is None \
                and other.repeat is not None and other.per is not None and 2 * other.repeat.low == self.reps.low \
                and other.repeat.is_single:
            values.update(reps=other.repeat, repeat=None)
        return Dose(**values, repeat_more=self.repeat_more or (self.repeat is None and other.repeat_more),
                    breath_hold=self.breath_hold if self.breaths is not None else other.breath_hold,
                    open_ended=self.open_ended or other.open_ended,
                    rest_capped=self.rest_capped if self.rest is not None else other.rest_capped,
                    cycle=self.cycle or other.cycle, steps=self.steps if self.reps is not None else other.steps,
                    facts=self.facts + other.facts)

    def repeats_as_rounds(self) -> Dose:
        """This dose with its "repeat N times" read as rounds of a circuit ("Go through all six, then take 2 minutes'
        rest. Do it 3 times in total."); "two more times" is three rounds."""
        if self.repeat is None:
            return self
        if self.repeat == self.reps and self.per is not None and self.sets is None and not self.repeat_more:
            # "Hip circles – 10 each way. … 10 clockwise then 10 anticlockwise": the same count said twice
            return replace(self, repeat=None)
        count = Range(self.repeat.low + 1, self.repeat.high + 1) if self.repeat_more else self.repeat
        return replace(self, rounds=_count(count, MAX_ROUNDS), repeat=None, repeat_more=False)

    def settle(self) -> Dose:
        """Decide what a bare "repeat N times" means, the way a physiotherapist's handout means it.

        With reps already given, repeats are sets ("10 reps, repeat 3 times"); with a short hold (10 s or
        less) they are reps, each held ("stay 5 seconds and repeat 5 times"); with a longer hold they are
        sets of that hold ("hold 20-30 seconds and repeat it thrice"), as they are when a rest comes between
        a few of them ("hold 10 s, rest 10 s, repeat the cycle"; but "hold 6 s, rest up to 10 s, repeat 8 to
        12 times" is reps); alone they are reps. "Two more times" means three in all. A few reps of a long hold
        ("Hold: 30 seconds / Repetitions: 3") are sets of that hold too.
        """
        if self.repeat is None and self.reps is not None and self.hold is not None and self.hold.low > 10 \
                and self.sets is None and self.reps.high <= 6 and self.breaths is None:
            return replace(self, sets=_count(self.reps, MAX_SETS), reps=None)
        if self.repeat is None:
            return self
        if self.repeat == self.reps and self.per is not None and self.sets is None and not self.repeat_more:
            # "Hip circles – 10 each way. … 10 clockwise then 10 anticlockwise": the same count said twice
            return replace(self, repeat=None)
        count = Range(self.repeat.low + 1, self.repeat.high + 1) if self.repeat_more else self.repeat
        settled = replace(self, repeat=None, repeat_more=False)
        # "hold 10 s, rest 10 s, repeat the cycle": sets of the hold, a rest after each; but a rest that is only a most
        # ("hold 6 s, rest up to 10 s; repeat 8-12 times") between many holds is a pause between reps
        cycle = self.rest is not None and (count.high <= 5 or (self.cycle and not self.rest_capped))
        if self.reps is not None or (self.hold is not None and (self.hold.high > 10 or cycle)):
            if self.sets is None:
                settled.sets = _count(count, MAX_SETS)
        elif self.reps is None:
            settled.reps = _clamp(count, MAX_REPS)
        return settled


def _count(value: Range, most: int) -> Count:
    value = _clamp(value, most)
    return value.low if value.is_single else value


def _clamp(value: Range, most: int) -> Range:
    low, high = max(1, min(value.low, most)), max(1, min(value.high, most))
    return Range(min(low, high), max(low, high))


def _number_range(text: str) -> Range | None:
    parts = re.split(r"\s?(?:-|to|or)\s?", text.strip())
    try:
        numbers = [float(p) for p in parts if p]
    except ValueError:
        return None
    if not numbers or len(numbers) > 2 or any(n != int(n) for n in numbers):
        return None
    low, high = int(numbers[0]), int(numbers[-1])
    if low > high or low < 1:
        return None
    return Range(low, high)


def parse_duration(text: str) -> Range | None:
    """A duration or range as an article writes it (``30 secs``, ``20-30 seconds``, ``a minute``), or None."""
    value = re.sub(r"\bor\b", "-", text.strip().rstrip("."))
    value = re.sub(r"(\d)\s?-\s?(?:-\s?)?to\s?(?=\d)", r"\1-", value)  # "20- to 30-second"
    value = re.sub(r"(\d)\s?-\s?(?=(?:seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h)\b)", r"\1 ", value)
    value = re.sub(r"\b(sec|min)\.", r"\1", value)
    try:
        duration = parse_duration_range(value)
    except (ValueProblem, ValueError):
        return None
    if duration.low < 1 or duration.high > MAX_DURATION_SECONDS:
        return None
    return duration


def _per_of(words: str) -> Per:
    if re.search(r"\b(?:sides?|directions?|ways?)\b", words) or (
        re.search(r"\b(?:arms?|hands?|shoulders?)\b", words)
        and re.search(r"\b(?:legs?|feet|foot|knees?|hips?)\b", words)
    ):
        return Per.SIDE
    if re.search(r"\b(?:arms?|hands?|shoulders?)\b", words):
        return Per.ARM
    if re.search(r"\b(?:legs?|feet|foot|knees?|hips?)\b", words):
        return Per.LEG
    return Per.SIDE


_BUILD_UP = re.compile(
    r"\b(?:start(?:ing)?\s(?:with|at)|repeat)\s(\d{1,3})(?:\s(?:reps|repetitions|times))?(?:\sa\sday)?[,.]?\s"
    r"(?:and\s)?(?:then\s)?(?:gradually\s|slowly\s)?(?:build|work|increase)(?:ing)?\s(?:up\s)?to\s(\d{1,3})\b"
    r"(?!\s?(?:sets|seconds|secs?|minutes?|mins?))",
    re.IGNORECASE)
"""A count to start at and one to build up to ("Start with 10 and build up to 25", a handout's "Repeat 5 times. Build
up to 10 over a few weeks."): the range of reps."""


_COUNT_THEN_HELD = re.compile(r"(?<![\d.:/x×-])(?<![x×]\s)(?<!of\s)(?P<n>\d{1,3})\s?"
                              r"(?=\(\d{1,2}\s?(?:s|secs?|seconds?)\s?(?:holds?\)|(?:squeeze|pause|hold)\s(?:at\s)?(?:the\s)?top\)))")
"""A count before each rep's hold in brackets ("Pelvic tilts 10 (5s hold)", "12 (3 sec squeeze at top)")."""
_COUNT_AGAIN = re.compile(r"(?<![\d.:])(?P<n>\d{1,3})(?:,\s|\sand\s)(?:[^,.;]{1,40},\s)?then\s"
                          r"(?:(?P<m>\d{1,3})\smore|another\s(?P<another>\d{1,3}))\b")
"""A count said twice, a rest between ("ten, have a minute's breather, then ten more", "do 10 and rest a little (20
seconds), then another 10"): two sets of it."""
_CIRCUIT_X = re.compile(r"(?:\bcircuit\s?\(\s?|^\s?\(?\s?(?=x\s?[1-6]\b[^)]{0,40}\bbetween\srounds\b))"
                        r"(?P<x>x)\s?(?P<n>\d{1,2})\b(?=\s?[,;)])")
"""A circuit's rounds in brackets after its name ("LIFTING CIRCUIT (x3, 45 sec rest between rounds)"), or first in a
part's heading's tail ("x3, 45 sec rest between rounds")."""
_GO_ROUND_X = re.compile(rf"\bgo\s(?:round|around)(?:\s(?:this|these|it|them|the\scircuit))?\s(?P<n>{_R})\s?x\b")
"""A circuit's rounds as a board writes them ("go round 2x"): rounds, not reps."""
_LOOP_TIMES = re.compile(rf"\b(?:loop|circuit|sequence)\b[^.;:]{{0,40}}?(?<![\d.])(?P<n>{_R})\stimes\sthrough\b"
                         rf"|(?:^|(?<=[.!?]\s))(?P<m>{_R})\stimes\sthrough\s(?:altogether|in\sall|in\stotal)(?=\s?[.!]|$)")
"""The rounds of a circuit said as times through it ("Do this as a loop, twice through", a sentence of its own:
"Three times through altogether."; a move's own "Twice through." is its sets)."""
_COUNT_THROUGH = re.compile(r"(?<![\d.:])(?P<n>\d{1,3}),\s(?P<times>[1-5])\stimes\s(?:through|over)\b")
"""A count, then how many times through it ("Fifteen, twice through", "Five, three times over"): reps, then sets."""
_COUNT_IN_ALL_TURNS = re.compile(r"(?<![\d.:-])(?P<n>\d{1,3})\s(?:in\s(?:total|all)|altogether),?\s(?:alternating|"
                                 r"alternate|taking turns|switching)(?:\s(?P<what>legs?|sides?|arms?)\b)?")
"""A bare count over both sides that take turns ("twenty altogether, alternating legs"): half of them a side."""
_COUNTS_TIMES = re.compile(r"(?<![\d.])(?P<counts>8|16|32)\s?counts?\s?(?:[x×]\s?(?P<times>[1-4])\b|(?=\s?$))")
"""A calisthenics sheet's eights ("8 count x 2", "8 count"): a move a count, the music's eights said so many times."""


def find_facts(plain: str) -> list[Fact]:
    """Every dose fact in text already made plain by :func:`plain_text`, in order of position."""
    facts: list[Fact] = []
    starts: list[int] = []  # the spans already read, sorted and never overlapping
    ends: list[int] = []

    def free(start: int, end: int) -> bool:
        """Whether no fact found so far overlaps ``start:end`` (a bisection: linear text, not quadratic)."""
        index = bisect.bisect_right(starts, start)
        if index > 0 and ends[index - 1] > start:
            return False
        return index >= len(starts) or starts[index] >= end

    def add(fact: Fact) -> None:
        facts.append(fact)
        index = bisect.bisect_right(starts, fact.start)
        starts.insert(index, fact.start)
        ends.insert(index, fact.end)

    def add_each_way(match: re.Match[str], count: str, kind: str = "repeat", per: Per = Per.SIDE,
                     ways: tuple[str, str] | None = None) -> None:
        """The same count one way and the other ("6 with one leg, then 6 with the other", "10 fwd 10 back"): the
        count once, then the side it is done on, as "6 each side" reads."""
        add(Fact(kind, match.start(), match.end(count), Range.single(int(match.group(count)))))
        add(Fact("side", match.end(count), match.end(), per=per, ways=ways))

    for match in _LADDER.finditer(plain):
        steps = tuple(int(n) for n in re.findall(r"\d{1,2}", match.group("run")))
        said = match.group("after") or re.search(r"then|rest|rep", match.group("run"))
        if said and all(a > b > 0 for a, b in itertools.pairwise(steps)):
            add(Fact("reps", match.start(), match.end(), Range.single(steps[0]), steps=steps))
    # Numbers that are no dose: a tempo, a pace, how often a day, what one rep is ("lift one foot, then the other.
    # That's one rep."), a later goal, "more than one set".
    for pattern in (_TEMPO, _PACE, _TIMES_A_DAY, _DEFINED_REP, _PROGRESS_TO, _MORE_THAN):
        for match in pattern.finditer(plain):
            if free(match.start(), match.end()):
                add(Fact("none", match.start(), match.end()))
    for match in _COUNT_THEN_HELD.finditer(plain):
        reps = _number_range(match.group("n"))
        if reps is not None and free(match.start(), match.end()):
            add(Fact("reps", match.start(), match.end(), reps))  # "10 (5s hold)": ten reps, each held
    for match in _COUNT_AGAIN.finditer(plain):
        reps = _number_range(match.group("n"))
        again = "m" if match.group("m") else "another"
        if reps is not None and match.group("n") == match.group(again) and free(match.start(), match.end("n")) \
                and free(match.start(again), match.end()):
            add(Fact("reps", match.start(), match.end("n"), reps))  # "ten, have a minute's breather, then ten more"
            add(Fact("sets", match.start(again), match.end(), Range.single(2)))
    for match in _GO_ROUND_X.finditer(plain):
        rounds = _number_range(match.group("n"))
        if rounds is not None and free(match.start(), match.end()):
            add(Fact("rounds", match.start(), match.end(), rounds))  # "do these as a little circuit, go round 2x"
    for match in _CIRCUIT_X.finditer(plain):
        rounds = _number_range(match.group("n"))
        if rounds is not None and free(match.start("x"), match.end()):
            add(Fact("rounds", match.start("x"), match.end(), rounds))  # "LIFTING CIRCUIT (x3, 45 sec rest …)"
    for match in _LOOP_TIMES.finditer(plain):
        said = "n" if match.group("n") else "m"
        rounds = _number_range(match.group(said))
        if rounds is not None and free(match.start(said), match.end()):
            add(Fact("rounds", match.start(said), match.end(), rounds))  # "Do this as a loop, twice through"
    for match in _COUNT_THROUGH.finditer(plain):
        reps, sets = _number_range(match.group("n")), _number_range(match.group("times"))
        if reps is not None and sets is not None and free(match.start(), match.end()):
            add(Fact("reps", match.start(), match.end("n"), reps))  # "Fifteen, twice through": 15 reps, 2 sets
            add(Fact("sets", match.start("times"), match.end(), sets))
    for match in _COUNT_IN_ALL_TURNS.finditer(plain):
        total = int(match.group("n"))
        if total % 2 == 0 and 2 <= total <= MAX_REPS and free(match.start(), match.end()):
            # "Seated knee lifts – twenty altogether, alternating legs": ten a leg
            add(Fact("reps", match.start(), match.end(), Range.single(total // 2),
                     per=_per_of(match.group("what") or "side")))
    for match in _COUNTS_TIMES.finditer(plain):
        # "8 count x 2": twice through the music's eight counts, a move a count; "left-right alternately, 8 count x 2":
        # eight a side, taking turns
        total = int(match.group("counts")) * int(match.group("times") or 1)
        lead = max(0, match.start() - 60)  # the words just before it: linear however many there are
        turns = re.search(r"\b(?:left[\s-]right|right[\s-]left)\s(?:alternately|alternating)\b",
                          plain[lead:match.start()])
        if free(match.start(), match.end()) and 1 <= total <= MAX_REPS:
            add(Fact("reps", match.start(), match.end(), Range.single(total // 2 if turns else total)))
            if turns:
                add(Fact("side", lead + turns.start(), lead + turns.end(), per=Per.SIDE))
    for match in _ONE_THEN_OTHER.finditer(plain):
        if free(match.start(), match.end()) and match.group("a") == match.group("b"):
            kind = "reps" if re.match(r"\s(?:reps?|repetitions)\b", plain[match.end("a"):]) else "repeat"
            add_each_way(match, "a", kind, _per_of(match.group("what") or "side"))
    for match in _EACH_THEN_HOW.finditer(plain):
        if free(match.start(), match.end()):
            add_each_way(match, "n")
    for match in _AS_MANY_UP_TO.finditer(plain):
        if free(match.start(), match.end()):
            if match.group("n"):
                add(Fact("reps", match.start(), match.end(), Range.single(int(match.group("n"))), open_ended=True))
            else:
                low = int(match.group("low"))
                high = int(match.group("high")) if match.group("high") else low
                add(Fact("reps", match.start(), match.end(), Range(low, max(low, high)), open_ended=True))
    for match in _ONCE_OR_MORE.finditer(plain):
        if free(match.start(), match.end()):
            add(Fact("rounds", match.start(), match.end(), Range(1, int(match.group("n")))))
    for match in _TIMES_ONE_WAY.finditer(plain):
        if free(match.start(), match.end()) and match.group("a") == match.group("b"):
            add_each_way(match, "a")
    for match in _BOTH_WAYS.finditer(plain):
        if not free(match.start(), match.end()):
            continue
        one_way, other_way = int(match.group("a")), int(match.group("b"))
        if one_way == other_way:  # each way, as a side: "10 each way"; its ways' words for the two moves
            add_each_way(match, "a", ways=(match.group("one"), match.group("other")))
        else:
            add(Fact("reps", match.start(), match.end(), Range.single(one_way + other_way)))
    for match in _BUILD_UP.finditer(plain):
        low, high = int(match.group(1)), int(match.group(2))
        if 0 < low < high and free(match.start(), match.end()):
            add(Fact("reps", match.start(), match.end(), Range(low, high)))
    for match in _DISTANCE.finditer(plain):
        if not free(match.start(), match.end()):
            continue
        sets_text = match.group("sets") or match.group("sets2") or match.group("sets3")
        sets = _number_range(sets_text) if sets_text else None
        number = "n" if match.group("n") else "m" if match.group("m") else "j" if match.group("j") else "k"
        if sets is not None:
            add(Fact("sets", match.start(), match.start(number), sets))
            add(Fact("none", match.start(number), match.end()))
        else:
            add(Fact("none", match.start(), match.end()))
    for match in _CLOCKED.finditer(plain):
        kind = match.group("kind") or match.group("kind2") or ""
        amount = _number_range(match.group("n") or match.group("m") or "")
        unit = match.group("unit") or match.group("unit2") or "min"
        if amount is None or not free(match.start(), match.end()):
            continue
        worked = parse_duration(f"{match.group('n')} s") if kind == "amrap" and unit.startswith("s") else None
        if worked is not None:
            add(Fact("hold", match.start(), match.end(), worked))  # "Superman — AMRAP 60s": a minute of work
        elif kind == "amrap" or unit.startswith("s"):
            add(Fact("none", match.start(), match.end()))  # as many rounds as fit: no count to read
        else:  # "EMOM 10 min": a round each minute ("E2MOM": each two minutes)
            every = 2 if kind == "e2mom" else 1
            add(Fact("rounds", match.start(), match.end(), Range(max(1, amount.low // every),
                                                                  max(1, amount.high // every))))
    for match in _ON_OFF.finditer(plain):
        unit = match.group("u1") or match.group("u2") or "s"
        work = parse_duration(f"{match.group('on')} {unit}")
        rest = parse_duration(f"{match.group('off')} {match.group('u2') or unit}")
        if work is not None and rest is not None and free(match.start(), match.end()):
            sets = _number_range(match.group("sets")) if match.group("sets") else None
            if sets is not None:  # "8 rounds of 20 seconds on, 10 seconds off": a Tabata's eight intervals
                add(Fact("sets", match.start(), match.start("on"), sets))
            add(Fact("hold", match.start("on"), match.start("off"), work))
            add(Fact("rest", match.start("off"), match.end(), rest))
    for match in _BREATHS.finditer(plain):
        amount = _number_range(match.group("n"))
        if amount is not None:
            # "hold for 5 breaths", and "8 slow breaths" alone: breaths taken in a pose, not moves paced by them
            paced = re.search(r"\b(?:rounds?|cycles?)\sof\b", match.group(0)) or re.match(
                r"\s?(?:,\s)?(?:moving|flowing|with|in time)\b", plain[match.end():match.end() + 20])
            before = plain[max(0, match.start() - 40):match.start()]
            alone = re.match(r"\s?(?:(?:each|per|on each|a)\s(?:side|leg|way)\b)?\s?[.;,)]?\s?$",
                             plain[match.end():match.end() + 20]) is not None \
                and not _PACED_BEFORE.search(before)  # "Low lunge: 5 breaths each side": the pose's hold
            held = bool(_BREATH_HOLD.search(before)) or (not paced and (
                alone or re.search(r"\b(?:deep|slow|long|full)\sbreath", match.group(0)) is not None))
            add(Fact("breaths", match.start(), match.end(), amount, open_ended=held))
    for match in _ROUNDS.finditer(plain):
        if not free(match.start(), match.end()):
            continue
        amount = _number_range(match.group("n") or match.group("m") or match.group("w") or match.group("mx")
                               or match.group("xm") or "")
        if amount is not None and _ROUNDS_A_SIDE.match(plain, match.end()):
            add(Fact("sets", match.start(), match.end(), amount))  # "40 metres, then swap hands. 3 rounds each hand"
        elif amount is not None and laps_walked(plain[max(0, match.start() - 40):match.start()], plain,
                                                match.start(), match.end()):
            add(Fact("none", match.start(), match.end()))  # "Walk round the hall – two laps": how far, no rounds
        elif amount is not None:
            more = bool(match.group("more") or match.group("more2") or match.group("more3"))
            add(Fact("rounds", match.start(), match.end(), amount, more=more))
    for match in _LABELLED_ROUNDS.finditer(plain):
        amount = _number_range(match.group("n"))
        if amount is not None and free(match.start(), match.end()):
            add(Fact("rounds", match.start(), match.end(), amount))
    for match in _ALL_AGAIN.finditer(plain):
        if free(match.start(), match.end()):
            add(Fact("rounds", match.start(), match.end(), Range(2, 2)))  # "then do the whole lot again"
    for match in _NTH_TIME.finditer(plain):
        if free(match.start(), match.end()):
            nth = _NTH[match.group("nth")]
            earlier = next((f for f in reversed(facts) if f.kind == "rounds" and f.amount is not None
                            and f.amount.high < nth and f.end <= match.start()), None)
            if earlier is not None and earlier.amount is not None \
                    and _IF_TIME.search(plain[max(earlier.end, match.start() - 80):match.start()]):
                # "… then do the whole lot again. If you have a longer layover you can go round a third time."
                facts[facts.index(earlier)] = replace(earlier, amount=Range(earlier.amount.low, nth))
                continue
            add(Fact("rounds", match.start(), match.end(), Range(nth, nth)))
    for match in _NO_REST.finditer(plain):
        what = match.group("what") or ""
        if re.search(r"exercise|move|stretch|pose|\b(?:them|these|those)\b|within", what):
            kind = "between"  # "Do the six exercises one after another with little or no rest between them"
        elif re.search(r"\bsets?\b|\breps?\b", what):
            kind = "rest"
        elif not re.search(r"round|circuit|lap", what) and _ONE_AFTER_ANOTHER.search(
                plain[max(0, match.start() - 60):match.start()]):
            kind = "between"  # "Go through the four exercises one after the other, with no rest in between."
        elif re.search(r"round|circuit|lap", what) or any(f.kind == "rounds" for f in facts):
            kind = "round_rest"  # "2 rounds, no rest": straight into the next round
        elif "pause" in match.group(0):
            continue  # "hold with no pause": how to move, not a rest
        else:  # a bare "no rest": between the moves it is said of, else between the move's sets
            near = plain[max(0, match.start() - 60):match.end() + 40]
            kind = "between" if _MOVES_SAID.search(near) else "rest"
        if kind and free(match.start(), match.end()):
            add(Fact(kind, match.start(), match.end(), Range(0, 0)))  # "2 rounds, no rest": straight on
    for match in _CYCLE.finditer(plain):
        amount = _number_range(match.group("n"))
        if amount is not None and free(match.start(), match.end()):
            add(Fact("repeat", match.start(), match.end(), amount, more=bool(match.group("more"))))
    for pattern in (_SETS_OF, _SETS_X):
        for match in pattern.finditer(plain):
            if not free(match.start(), match.end()):
                continue
            sets = _number_range(match.group("sets"))
            unit = match.group("unit") or ""
            if sets is None:
                continue
            spaced = _SPACED_LOW.match(match.group("inner"))
            if spaced is not None and _REST_AFTER.match(plain[match.end():match.end() + 20].lstrip()):
                reps = _number_range(spaced.group(1))  # "3x12 – 45s rest": twelve reps, then the rest
                if reps is not None:
                    add(Fact("sets", match.start(), match.start("inner"), sets))
                    add(Fact("reps", match.start("inner"), match.start("inner") + len(spaced.group(1)), reps))
                continue
            clock = ":" in match.group("inner")
            if clock or (unit and not re.match(_REPS_WORD, unit)):
                hold = parse_duration(match.group("inner") if clock else f"{match.group('inner')} {unit}")
                if hold is None:
                    continue
                # "5 x 2 s hold": five reps, each held two seconds (no set lasts two seconds)
                brief = hold.high <= 5 and (re.match(r"\s?holds?\b", plain[match.end():match.end() + 8]) is not None
                                            or sets.low >= 6)  # "Chin tuck 10 x 3s": ten reps, held three seconds
                add(Fact("reps" if brief else "sets", match.start(), match.start("inner"), sets))
                add(_duration_fact(plain, match.start("inner"), match.end(), hold))
            else:
                reps = _number_range(match.group("inner"))
                if reps is None:
                    continue
                add(Fact("sets", match.start(), match.start("inner"), sets))
                add(Fact("reps", match.start("inner"), match.end(), reps))
    for match in _COUNTED.finditer(plain):
        amount = _number_range(match.group("n") or match.group("held"))
        if amount is not None and amount.high <= 60 and free(match.start(), match.end()):
            add(_duration_fact(plain, match.start(), match.end(), amount))  # "hold for a count of ten": seconds
    for match in _DURATION.finditer(plain):
        if not free(match.start(), match.end()) or (
                match.group("clock") and _time_of_day(plain, match.start(), match.end())):
            continue
        amount = parse_duration(match.group(0))
        if amount is None:
            continue
        add(_duration_fact(plain, match.start(), match.end(), amount))
    for match in _AT_EACH_OF.finditer(plain):
        amount = _number_range(match.group("n"))
        if amount is not None and free(match.start(), match.end()):
            add(Fact("sets", match.start(), match.end(), amount))  # "repeat 5 times at each of 3 levels": 3 sets
    for match in _ANOTHER.finditer(plain):
        if free(match.start(), match.end()):
            add(Fact("sets", match.start(), match.end(), Range(2, 2)))  # "Do 10. Rest, then do another 10."
    for match in _THEN_ANOTHER_TIME.finditer(plain):
        if free(match.start(), match.end()):
            add(Fact("sets", match.start(), match.end(), Range(2, 2)))
    for match in _HOLD_ANOTHER.finditer(plain):
        if free(match.start(), match.end()):
            add(Fact("sets", match.start(), match.end(), Range(2, 2)))
    for match in _NTH_SET.finditer(plain):
        if free(match.start(), match.end()):
            count = 3 if match.group("nth") in ("third", "3rd") else 2  # "add another set" to a week: one more
            add(Fact("sets", match.start(), match.end(), Range(count, count)))
    for match in _DO_N.finditer(plain):
        amount = _number_range(match.group("n") or match.group("lead"))
        if amount is not None and free(match.start(), match.end()):
            add(Fact("repeat", match.start(), match.end(), amount))
    for match in _BUILD_UP_REPS.finditer(plain):
        if free(match.start(), match.end()) and int(match.group("low")) < int(match.group("high")):
            # "Start with 5 repetitions … and increase by one each day up to 10": a range, the level picks
            add(Fact("reps", match.start(), match.end(), Range(int(match.group("low")), int(match.group("high")))))
    for kind, pattern in (("sets", _LABELLED_SETS), ("reps", _LABELLED_REPS), ("sets", _SETS), ("reps", _REPS)):
        for match in pattern.finditer(plain):
            if free(match.start(), match.end()):
                bare = kind == "reps" and "k" in pattern.groupindex and bool(match.group("k"))
                number = match.group("n") or match.group("m") or (match.group("k") if bare else "") or (
                    match.group("o") if "o" in pattern.groupindex else "")
                amount = _number_range(number or "")
                if amount is not None:
                    # "10 each side" is reps, but "hold 30 sec, 3 each side" is sets: settle() decides
                    add(Fact("repeat" if bare else kind, match.start(), match.end(), amount))
    for match in _TIMES.finditer(plain):
        amount = _number_range(match.group("n"))
        if amount is not None and free(match.start(), match.end()):
            add(Fact("repeat", match.start(), match.end(), amount,
                     more=bool(match.group("more") or match.group("more_after"))))
    for match in _ONCE_MORE.finditer(plain):
        if free(match.start(), match.end()):
            add(Fact("repeat", match.start(), match.end(), Range.single(1), more=True))  # "repeat both sides once more"
    for match in _REPEAT_N.finditer(plain):
        amount = _number_range(match.group("n"))
        if amount is not None and free(match.start(), match.end()):
            add(Fact("repeat", match.start(), match.end(), amount))
    for match in _X_REPS.finditer(plain):
        amount = _number_range(match.group("a") or match.group("b") or "")
        if amount is not None and free(match.start(), match.end()):
            # "x 10" is reps, but after a hold ("plank 30 s x 3") it is how many times: settle() decides
            timed = any(f.kind == "hold" and f.end <= match.start() for f in facts)
            counted = any(f.kind in ("reps", "repeat") and f.end <= match.start()
                          and not re.search(r"[.;]", plain[f.end:match.start()]) for f in facts)
            # "8 ea x2", "10 reps x 3": an "x" after the count is how many sets of it
            add(Fact("sets" if counted and not timed else "repeat" if timed else "reps", match.start(), match.end(),
                     amount))
    for match in _EACH_SIDE_SAID.finditer(plain):
        amount = _number_range(match.group("n"))
        if amount is not None and free(match.start(), match.end()):
            # "8 with the right leg, 8 with the left": eight reps, one leg then the other
            add(Fact("reps", match.start(), match.start() + len(match.group("n")), amount))
            add(Fact("side", match.start() + len(match.group("n")), match.end(),
                     per=_per_of(match.group("what")) if match.group("what") else Per.SIDE))
    for match in _SIDE.finditer(plain):
        if not free(match.start(), match.end()) or _BENT_WAY.search(plain[max(0, match.start() - 12):match.end()]):
            continue
        what = match.group("what") or match.group("slash") or match.group("asided") or match.group("halves") \
            or match.group("both")  # "HOLD 30s · BOTH LEGS": a hold on each leg
        if what and what.startswith("hand") \
                and re.search(r"(?:^|[^a-z])in (?:each|both)\s?$", plain[max(0, match.start() - 4):match.start() + 5]):
            continue  # "a dumbbell in each hand" says what to hold, not to work one side at a time
        if re.search(r"\bbreath(?:s|es)?\s$", plain[max(0, match.start() - 9):match.start()]) \
                and re.search(r"\b(?:ways?|directions?)\b", match.group(0)):
            continue  # "one breath each way": in and out, not a side ("5 breaths each side" is)
        if _POSED.match(plain, match.end()) and re.match(r"the other\s", match.group(0)):
            continue  # "one knee bent and the other leg straight": where the other leg is, not a second side
        per = _per_of(what) if what else Per.SIDE
        add(Fact("side", match.start(), match.end(), per=per))
    facts.sort(key=lambda f: f.start)
    return [_taking_turns(fact, plain) for fact in facts]


_IN_TOTAL_TURNS = re.compile(r"\s?(?:reps?\s|repetitions\s)?(?:in\s)?(?:total|all),?\s(?:alternating|alternate|"
                             r"taking turns|switching)\b")
"""Reps counted over both sides that take turns ("12 reps in total, alternating sides"): half of them a side."""


def _taking_turns(fact: Fact, plain: str) -> Fact:
    amount = fact.amount
    if fact.kind == "reps" and amount is not None and amount.is_single and amount.low % 2 == 0 \
            and _IN_TOTAL_TURNS.match(plain, fact.end):
        return replace(fact, amount=Range.single(amount.low // 2), per=Per.SIDE)
    if fact.kind in ("reps", "repeat") and amount is not None and amount.is_single and amount.low % 2 == 0 \
            and _SIDE_TO_SIDE.search(plain[max(0, fact.start - 30):fact.start]) \
            and _IN_ALL.match(plain, fact.end):
        # "Go side to side 10 times in total": five to each side, taking turns
        return replace(fact, kind="reps", amount=Range.single(amount.low // 2), per=Per.SIDE)
    return fact


_SIDE_TO_SIDE = re.compile(r"\bside\sto\sside\s(?:\w+\s)?$")
_IN_ALL = re.compile(r"\s?(?:times\s|reps\s)?in\s(?:total|all)\b")


def _rest_kind(what: str) -> str:
    """The rest a time is, by what it comes between: rounds, circuits or laps (the rest between rounds), sets (the
    rest between sets), or the moves ("exercises", "stations": the rest before the next move)."""
    return "round_rest" if what[0] in "rclg" else "rest" if what.startswith("set") else "between"


def _duration_fact(plain: str, start: int, end: int, amount: Range) -> Fact:
    """A duration is work (a hold), a rest, or neither (a class length, "within 5 minutes")."""
    before = plain[max(0, start - 40):start]
    after = plain[end:end + 60]
    if plain[start:end].endswith(".") and re.match(r"\s[a-z]", after):
        after = "." + after  # "hold for 2 seconds. Rest 30 seconds.": the unit's dot ends its sentence
    # "at least 30 seconds" is open-ended; "hold for up to 10 seconds" is a most, never "10 s or more"
    open_ended = bool(re.match(r"^\s?(?:or (?:more|longer)|\+|plus)\b", after)) or bool(
        re.search(r"\b(?:at least|or more)\s?$", before))
    if re.fullmatch(r"\d{1,2}s", plain[start:end]) and re.search(r"\b(?:the|and)\s$", before):
        return Fact("none", start, end, amount)  # "between the 6s and the 4s": the rounds of six, not seconds
    near = _BETWEEN_NEAR.match(after)
    if near is not None and re.search(r"\b(?:rest\w*|recover\w*|breaks?|pauses?|breather|catch\syour\sbreath)\b"
                                      r"[^.;]{0,60}$", before):
        # "Rest intervals of 30 s between sets and 60 s between exercises": each duration the rest it is beside
        return Fact(_rest_kind(near.group("what")), start, end, amount)
    if near is not None and re.search(r"(?:^|[.;:,!?(]|\band|\bthen)\s?$", before) and not _HELD.search(before):
        # "Do the whole circuit 3 rounds. 20 sec between exercises, 90 sec between rounds.": a time that opens a
        # clause and comes between things is a rest, the word "rest" left out
        return Fact(_rest_kind(near.group("what")), start, end, amount)
    if re.match(r"\s?(?:in\s)?between\s?(?:[.;,)]|$)", after) \
            and re.search(r"\bwith\s(?:about\s|around\s|roughly\s)?(?:an?\s)?$", before):
        return Fact("rest", start, end, amount)  # "Mini squats — 2 × 10, with about half a minute between": the sets'
    if re.search(r"\b(?:change-?over|transition)\s?[:=]?\s?$", before):
        return Fact("between", start, end, amount)  # "WORK 40 s / CHANGE-OVER 20 s": the time to change stations
    between = _BETWEEN_ROUNDS.match(after) or _BETWEEN_EXERCISES.match(after) or _BETWEEN_SETS.match(after)
    rest_before = bool(_REST_BEFORE.search(before)) or bool(between and _REST_AND.search(before))
    rest_between = (bool(between) and (rest_before or bool(_REST_AFTER.match(after)))) or (
        rest_before and _BETWEEN_LEADS.search(plain[max(0, start - 80):start]) is not None)
    # ("Between poses, take 30 seconds to a minute lying flat": what it comes between said first)
    # "Rest 90 seconds after each circuit" is a rest, though "a 10-minute circuit" names no dose
    if not rest_between and (_NOT_A_DOSE_AFTER.match(after)
                             or (_NOT_A_DOSE_BEFORE.search(before) and not _REST_AFTER.match(after))) \
            and not (_A_DAY_AFTER.match(after) and re.search(r"^(?:[a-z][a-z' -]{2,30}\s[-:]\s?)?$", before)):
        return Fact("none", start, end, amount)
    if re.search(r"\b(?:rest|recovery)\s?[:=]\s?$", before):
        return Fact("rest", start, end, amount)  # "Hold: 10 sec Rest: 30 sec": the label right before it
    if re.match(r"\s?(?:in\s)?between\s?(?:[.;,)]|$)", after) and not _HELD.search(before) \
            and not _REST_BEFORE.search(before):
        return Fact("rest", start, end, amount)  # a table's note "20 s between": the rest between its sets
    label = _REST_LABEL.search(before)
    if label is not None:  # "Rest between rounds: 2 min": the label says what the rest comes between
        return Fact(_rest_kind(label.group("what")), start, end, amount)
    held = _HELD.search(before)
    if held is not None and held.group(0).startswith("paus") and (
            amount.low >= 20 or re.search(r"\bpause\sbetween\b", held.group(0))):
        held = None  # "pause 1 minute", "pause between 30 sec." (a translation's rest): no pause at the top of a rep
    if _PAUSE_AT.match(after):
        return Fact("hold", start, end, amount)  # "with a 2-second pause at the bottom of each": a hold in each rep
    if held is not None and not between and not _REST_AFTER.match(after):
        return Fact("hold", start, end, amount, open_ended=open_ended)  # "pause for 3 seconds", "holding each for 3 s"
    if rest_before or _REST_AFTER.match(after):
        if _BETWEEN_ROUNDS.match(after):
            kind = "round_rest"
        elif _BETWEEN_EXERCISES.match(after):
            kind = "between"
        elif _BETWEEN_SETS.match(after):
            kind = "rest"
        elif (_BETWEEN_EACH.match(after) and _CIRCUIT_WORDS.search(plain[max(0, start - 120):start])) or (
                _BETWEEN_ALONE.match(after) and _WHOLE_AGAIN.search(plain[max(0, start - 120):start])):
            kind = "round_rest"
        elif (again := _GO_AGAIN.match(after)) is not None and again.group("verb") == "do it" \
                and not _CIRCUIT_WORDS.search(plain[max(0, start - 120):start]):
            kind = "rest"  # "Hold for thirty seconds. Rest thirty seconds, then do it again": the move's set rest
        elif _AFTER_ALL.search(plain[max(0, start - 80):start]) or again is not None or (
                _ROUNDS_NEXT.match(after) and not re.search(r"\bwork\b|\bon\b", before)):
            kind = "round_rest"  # "move through all six exercises, then rest 1 minute. Complete 3 rounds."
        elif (led := _BETWEEN_LEADS.search(plain[max(0, start - 80):start])) is not None:
            kind = _rest_kind(led.group("what"))  # "Between exercises, rest 30 seconds.": said before the rest
        else:
            kind = "rest"
        return Fact(kind, start, end, amount, open_ended=bool(re.search(r"\bup to\s?$", before)))
    if _CHANGEOVER.match(after):
        return Fact("between", start, end, amount)
    if _EACH_EXERCISE.search(before[-30:]) or re.search(r"\beach\s(?:for|lasting)\s?$", before) \
            or _AT_EACH.match(after):
        return Fact("each_hold", start, end, amount, open_ended=open_ended)
    return Fact("hold", start, end, amount, open_ended=open_ended)


def dose_of(facts: list[Fact]) -> Dose:
    """The dose the facts add up to; the first fact of each kind wins (a later one is usually an aside)."""
    dose = Dose(facts=list(facts))
    order = [f.kind for f in facts if f.kind in ("hold", "rest", "repeat")]
    dose.cycle = any(order[i:i + 3] == ["hold", "rest", "repeat"] for i in range(len(order) - 2))
    for fact in facts:
        amount = fact.amount
        if fact.kind == "sets" and dose.sets is None and amount is not None:
            dose.sets = _count(amount, MAX_SETS)
        elif fact.kind == "reps" and dose.reps is None and amount is not None:
            dose.reps, dose.steps = _clamp(amount, MAX_REPS), fact.steps
            dose.per = dose.per or fact.per  # "side to side 10 times in total": five a side
        elif fact.kind == "hold" and dose.hold is None:
            dose.hold = amount
            dose.open_ended = dose.open_ended or fact.open_ended
        elif fact.kind == "each_hold" and dose.each_hold is None:
            dose.each_hold = amount
        elif fact.kind == "rest" and dose.rest is None:
            dose.rest, dose.rest_capped = amount, fact.open_ended
        elif fact.kind == "between" and dose.between is None:
            dose.between = amount
        elif fact.kind == "round_rest" and dose.round_rest is None:
            dose.round_rest = amount
        elif fact.kind == "repeat" and dose.repeat is None and amount is not None:
            dose.repeat, dose.repeat_more = amount, fact.more
        elif fact.kind == "rounds" and dose.rounds is None and amount is not None:
            total = Range(amount.low + 1, amount.high + 1) if fact.more else amount
            dose.rounds = _count(total, MAX_ROUNDS)
        elif fact.kind == "side" and (dose.per is None or (dose.per is Per.SIDE and fact.per is not Per.SIDE)):
            dose.per = fact.per  # "alternate sides, 6 each leg": the leg says more
        elif fact.kind == "breaths" and dose.breaths is None:
            dose.breaths, dose.breath_hold = amount, fact.open_ended
    rounds = dose.rounds
    if dose.repeat is not None and dose.repeat_more and isinstance(rounds, int) and dose.repeat.high + 1 == rounds:
        dose.repeat, dose.repeat_more = None, False  # "the circuit repeats once more (2 rounds in all)": said twice
    return dose


def read_dose(text: str) -> Dose:
    """Everything ``text`` says about a dose (see the module's description)."""
    return dose_of(find_facts(plain_text(text)))


_EACH_AT_END = re.compile(rf"(?:\d|\d\s?{_UNIT}|{_REPS_WORD})\s?(?:\(\s?)?each\s?\)?\s?\.?$")
_COUNT_THEN_HOLD = re.compile(r"(?:^|\s)\d{1,3},\s(?:hold|holding)\b")
"""A bare count, then its reps' hold ("chin tucks 10, hold 3 secs each")."""
_HOLD_EACH_AT_END = re.compile(rf"\bhold(?:ing)?\s(?:for\s)?\d{{1,3}}\s?{_UNIT}\s?each\s?\.?$")
"""A hold said of each of the move's counted reps ("chin tucks x10, hold 3 sec each"): no side."""


_HALF_EACH = re.compile(r"\(\s?(?:[a-z]{1,12},?\s){0,3}(\d{1,3})\s?(?:(?:per|each|a|on each|to each)\s|/\s?)"
                        r"(?:side|leg|arm|way|direction)(?:,?\s(?:alternating|alternate|in turn))?\s?\)"
                        r"|\btotal\s?[,;:]?\s?(?:so\s|i\.?e\.?\s|that'?s\s|=\s?)?(\d{1,3})\s?(?:per|each|a|on each)\s"
                        r"(?:side|leg|arm|way|direction)\b")
"""A side's half of the reps said after them: in brackets, also after a word or two ("(5 per side)", "(5/side)",
"(alternating, so 5 each side)", "(5 each side, alternating)"), or after "total" ("10 total so 5 each side")."""


def _each_way(match: re.Match[str]) -> str:
    return f"{match.group('a')} each way" if match.group("a") == match.group("b") else match.group(0)


def halved_each(dose: Dose, plain: str) -> Dose:
    """"3 × 10 (5 per side)", "2 x 10 (alternating, so 5 each side)", "3x10 total so 5 each side": the reps in all,
    then a side's half of them."""
    half = _HALF_EACH.search(_BOTH_WAYS.sub(_each_way, plain))  # "x 20 (10 forwards, 10 backwards)": 10 each way
    each = int(half.group(1) or half.group(2)) if half is not None else 0
    if half is not None and dose.reps is not None and dose.reps.is_single and 2 * each == dose.reps.low:
        dose.reps = Range.single(each)  # ten in all, five a side
        if dose.repeat == dose.reps:
            dose.repeat = None  # "x 10 (5 each way)": the five is the same count, not sets of it
    elif half is not None and dose.reps is None and dose.repeat is not None and dose.repeat.is_single \
            and 2 * each == dose.repeat.low:
        dose.reps, dose.repeat = Range.single(each), None  # "Repeat 10 times (5 to each side)": five a side
    return dose


_OR_INSTEAD = re.compile(r"\(\s?or\s[^()]{1,80}\)", re.IGNORECASE)


def read_line_dose(text: str) -> Dose:
    """The dose written beside one move's name, where a last "each" is each side ("2 x 20-30 s each",
    "10 each"): said of one move, it can only mean its sides (of a list of moves it means each move). Another move
    offered in brackets ("5 min (or stairs x3 if raining)") gives this one no dose."""
    plain = plain_text(_OR_INSTEAD.sub(" ", text))
    facts = find_facts(plain)
    if not any(f.kind in ("reps", "sets", "repeat") for f in facts) and not re.search(r"\btempo\b|@", plain):
        facts = [_line_ladder(plain, f) for f in facts]
    dose = halved_each(dose_of(facts), plain)
    if dose.per is None and dose.has_work and _EACH_AT_END.search(plain) \
            and not ((dose.reps is not None or _COUNT_THEN_HOLD.search(plain)) and _HOLD_EACH_AT_END.search(plain)):
        dose.per = Per.SIDE
        dose.facts.append(Fact("side", len(plain) - 4, len(plain), per=Per.SIDE))
    return dose


def _line_ladder(plain: str, fact: Fact) -> Fact:
    """A run of counts, each fewer, that is a move's only count ("Curl-up  5-3-1 (hold each rep 8-10 s)",
    "Side bridge  5-3-1 / side"): a descending pyramid of reps, as "the same 6-4-2 pyramid" is. Beside the sets
    and reps it paces ("3 x 8, 3-1-1") or called one, the same run is a tempo."""
    if fact.kind != "none":
        return fact
    steps = tuple(int(n) for n in re.findall(r"\d{1,2}", plain[fact.start:fact.end]))
    if len(steps) < 3 or not re.fullmatch(r"\d-\d-\d(?:-\d)?", plain[fact.start:fact.end]) \
            or not all(a > b > 0 for a, b in itertools.pairwise(steps)):
        return fact
    return Fact("reps", fact.start, fact.end, Range.single(steps[0]), steps=steps)


_COUNTED_CELL = re.compile(rf"\s?({_R})(?P<side>\s(?:each|per|a|on each)\s(?:side|leg|arm)s?)?,\s")
"""A Reps cell's count before the hold ("10, 2 sec hold", "5 each side, 8 s hold")."""


_FIRST_COUNT = re.compile(r"^\s?(\d{1,3})(?=\s?,\s|\s(?:back|forwards?|backwards?|slow|each|to|on|then|and)\b)")
"""A cell's count before words about it ("8 back, then 8 forward", "6 slow")."""


def read_cell(text: str, unit: str) -> Dose:
    """A table cell, whose column says what a bare number means: ``unit`` is sets, reps, hold or rest."""
    dose = read_line_dose(text)
    plain = plain_text(text)
    if unit == "repeat":
        # "2x each leg", "3 times", "once each side": how many times, which settle() reads as reps or sets
        if dose.repeat is None and dose.reps is not None:
            dose.repeat, dose.reps = dose.reps, None
        if dose.repeat is None and re.match(r"\s?once\b", plain):
            dose.repeat = Range.single(1)
    number = re.fullmatch(rf"\s?(?:about\s|around\s|~)?({_R})\s?(?:x|times?)?\s?(?:\(.*\))?\s?\.?\s?", plain)
    counted = _COUNTED_CELL.match(plain) if unit == "reps" else None
    if counted is not None and dose.reps is None and (dose.repeat is None or counted.group("side")) \
            and dose.sets is None and dose.hold is not None:
        dose.repeat = None  # "5 each side" before the hold: the count a side, no repeat of the whole
        # "10, 2 sec hold" in a Reps cell: 10 reps, each held 2 s ("5 each side, 8 s hold": 5 a side)
        amount = _number_range(counted.group(1))
        if amount is not None:
            dose.reps = _clamp(amount, MAX_REPS)
            dose.facts.append(Fact("reps", 0, counted.end(1), amount))
            return dose
    if number is None and not dose.empty:
        if unit == "rest" and dose.hold is not None and dose.rest is None:
            dose.rest, dose.hold = dose.hold, None
        return dose
    first = _FIRST_COUNT.match(plain) if number is None and unit == "reps" and not dose.has_work else None
    if first is not None:
        # "8 back, then 8 forward", "10, change direction halfway", "6 slow" in a reps column: the count first
        amount = _number_range(first.group(1))
        if amount is not None:
            dose.reps = _clamp(amount, MAX_REPS)
            dose.facts.append(Fact("reps", 0, first.end(1), amount))
        return dose
    if number is None:
        return dose
    amount = _number_range(number.group(1))
    if amount is None:
        return dose
    if unit == "sets":
        dose.sets = _count(amount, MAX_SETS)
    elif unit == "reps":
        side = dose.reps or dose.repeat
        if dose.per is not None and side is not None and side.is_single and amount.is_single \
                and amount.low == 2 * side.low:
            dose.reps, dose.repeat = side, None  # "10 (5 each side, swap sides each time)": ten in all, five a side
            return dose
        dose.reps = _clamp(amount, MAX_REPS)
    elif unit == "rounds":
        dose.rounds = _count(amount, MAX_ROUNDS)
    elif unit == "repeat":
        dose.repeat = amount
    elif unit in ("hold", "rest") and amount.high <= MAX_DURATION_SECONDS:
        setattr(dose, unit, amount)
    dose.facts.append(Fact(unit, 0, len(plain), amount))
    return dose
