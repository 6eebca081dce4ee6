"""A workout exported from an interval-timer app as text (Intervalo, Seconds, Tabata and HIIT timers): its
list of intervals read as the parts and moves they make.

Such an export lists every interval the timer will run, one to a line: a phase in capitals, often in
brackets, its time, and the move's name (``[WORK]  00:40  Cat cow``, ``[REST]  00:20``, ``Warm up 05:00
March on the spot``), with each round marked (``--- SET 1/3 ---``, ``Round 2 of 3``) and written out again
in full. Read line by line it is a list of rests and of moves named after a clock time; what it means is a
warm-up, a circuit done as many times as it has rounds with the rest after each move before the next one and
the longer rest between rounds, and a cool-down. :func:`timer_workout` reads the list and says it in the
words the rest of the importer reads (a part's heading ``Circuit – 3 rounds, 60 seconds rest between
rounds``, an item ``Cat cow – 40 seconds, rest 20 seconds before the next exercise``), each at the line of
the interval it comes from; the rounds after the first are not read again when they repeat it. Two work
intervals in a row of one move and its two sides (``Side plank - LEFT``, ``Side plank - RIGHT``) are that
move on each side; an interval of a move that alternates sides (``Bird dog (alternate sides)``) is half its
time a side. The settings table above the list (``Work 00:40``, ``Sets 3``) only repeats it and is dropped;
the text around the list (a title, the coach's notes) is read as text.

A text with fewer than three named work intervals is no timer export and is left as it is. One pass over the
lines and one over the intervals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MIN_WORK_INTERVALS = 3

_PHASES = (r"prepare|preparation|get ready|ready|countdown|warm[\s-]?up|work|exercise|high|go|interval|"
           r"rest(?:\s(?:set|round|b/w\s(?:sets|rounds)|between\s(?:sets|rounds|cycles)))?|recover|recovery|low|"
           r"break|cool[\s-]?down|finish|finished|done|complete")
_INTERVAL = re.compile(
    rf"^\s*(?:\d{{1,3}}[.)]\s+)?(?P<open>[\[(]?)(?P<phase>{_PHASES})[\])]?\s?[:\-–—]?\s+"
    r"(?P<time>\d{1,2}:\d\d(?::\d\d)?|\d{1,4}\s?(?:s|sec|secs|seconds|m|min|mins|minutes)\b)"
    r"(?:\s+(?:[-–—·|]\s+)?(?P<name>\S.{0,120}?))?\s*$",
    re.IGNORECASE,
)
"""One interval: its phase (``[WORK]``, ``Rest``, ``COOL DOWN:``), its time (``00:40``, ``1:30``, ``40s``)
and the move it names, if any."""
_ROUND_MARK = re.compile(r"^\s*[-=#*~_•·\s]*\b(?:set|round|cycle|circuit|lap|block)\s(?P<n>\d{1,2})\s?(?:/|of)\s?"
                         r"(?P<total>\d{1,2})\b[-=#*~_•·:\s]*$", re.IGNORECASE)
"""A round's mark in the list (``--- SET 1/3 ---``, ``Round 2 of 3``, ``== CYCLE 1/4 ==``)."""
_SETTING = re.compile(r"^\s*[A-Za-z][A-Za-z /&.'-]{0,30}?(?:\s{2,}|\t+|:\s+)(?:\d{1,2}:\d\d(?::\d\d)?|\d{1,3}|on|off)"
                      r"\s*$", re.IGNORECASE)
"""A line of the timer's settings above the list (``Work  00:40``, ``Sets  3``, ``Total time: 28:10``)."""
SIDE = re.compile(r"\s?(?:[-–—:,]\s?|\()?\b(?P<side>left|right|l|r|left side|right side)\b\)?\s?$", re.IGNORECASE)
"""A side after a move's name in a work interval (``Side plank - LEFT``, ``Clamshell (right)``)."""
_REMARK = re.compile(r"\s\*[^*\n]{1,40}\*\s*$|\s\((?:custom(?: time)?|edited)\)\s*$", re.IGNORECASE)
"""The app's own remark on an interval (``*custom time*``): not the move's."""
_RULE = re.compile(r"^([-=_*~#])\1{2,}$")
_CHROME = re.compile(r"\b(?:shared|export(?:ed)?|via|app|timer|created with|made with|sent from)\b|"
                     r"^(?:settings|intervals?|notes?|summary|details|workout)$", re.IGNORECASE)
"""The app's line above the workout's name ("🔔 Intervalo — Shared workout") and its sections' headings, not
the workout's name."""
ALTERNATE = re.compile(r"\balternat\w*\b", re.IGNORECASE)
"""A move done on alternate sides within its interval: half the interval a side."""
_WITH = re.compile(r"\s\+\s")


@dataclass(frozen=True)
class Interval:
    line: int
    """1-based line number in the article."""
    phase: str
    """``warm``, ``work``, ``rest``, ``round_rest``, ``cool`` or ``other``."""
    seconds: int
    name: str


@dataclass(frozen=True)
class TimerLine:
    """One line the timer's list says, in the importer's words, at the line it comes from."""

    line: int
    level: int
    """The heading's level (1 the workout's name, 2 a part), 0 for a move."""
    text: str


@dataclass
class TimerWorkout:
    lines: list[str]
    """The article's lines with the interval list and the settings blanked."""
    said: list[TimerLine] = field(default_factory=list)


def _phase(word: str) -> str:
    word = " ".join(word.lower().replace("-", " ").split())
    if word.startswith("warm"):
        return "warm"
    if word.startswith("cool"):
        return "cool"
    if word in ("work", "exercise", "high", "go", "interval"):
        return "work"
    if word.startswith("rest ") or word.startswith("break"):
        return "round_rest" if word != "break" else "rest"
    if word in ("rest", "recover", "recovery", "low"):
        return "rest"
    return "other"


def _seconds(text: str) -> int:
    text = text.strip().lower()
    if ":" in text:
        total = 0
        for part in text.split(":"):
            total = total * 60 + int(part)
        return total
    digits = re.match(r"\d+", text)
    number = int(digits.group(0)) if digits is not None else 0
    return number * 60 if "m" in text else number


def other_side(name: str, following: str) -> str | None:
    """The move's name without its side, when the next interval is the same move on the other side ("Side plank -
    LEFT", then "Side plank - RIGHT"); ``None`` otherwise. A class's timecodes pair their marks the same way."""
    side, other = SIDE.search(name), SIDE.search(following)
    if side is None or other is None or following[:other.start()].lower() != name[:side.start()].lower() \
            or other.group("side")[0].lower() == side.group("side")[0].lower():
        return None
    return name[:side.start()].strip(" -–—:,(")


def timed_dose(name: str, seconds: int, sided: bool) -> str:
    """The dose of a timed interval in the words a line of a workout would use: a side's time when the move was
    paired with its other side, half the time a side when it alternates within one interval, else the time."""
    if sided:
        return f"{duration_text(seconds)} each side"
    if ALTERNATE.search(name) and seconds >= 10:
        return f"{duration_text(seconds // 2)} each side, alternating"  # one interval for both sides
    return duration_text(seconds)


def duration_text(seconds: int) -> str:
    """A number of seconds as a dose's words ("45 s", "2 min", "1 min 30 s")."""
    if seconds >= 60 and seconds % 60 == 0:
        return f"{seconds // 60} min"
    if seconds > 60:
        return f"{seconds // 60} min {seconds % 60} s"
    return f"{seconds} s"


def timer_workout(lines: list[str]) -> TimerWorkout | None:
    """The interval list of a timer app's export in the importer's words (see the module's description);
    ``None`` when the text is no such export."""
    runs: list[list[tuple[int, Interval | tuple[int, int]]]] = [[]]
    """The interval lines and round marks, in runs unbroken by other text (blank lines do not break one)."""
    for index, raw in enumerate(lines):
        found = _INTERVAL.match(raw) if len(raw) <= 200 else None
        mark = _ROUND_MARK.match(raw) if found is None and len(raw) <= 200 else None
        if found is not None:
            name = _REMARK.sub("", found.group("name") or "").strip(" -–—·|")
            runs[-1].append((index, Interval(index + 1, _phase(found.group("phase")), _seconds(found.group("time")),
                                             name)))
        elif mark is not None and int(mark.group("n")) <= int(mark.group("total")):
            runs[-1].append((index, (int(mark.group("n")), int(mark.group("total")))))
        elif raw.strip() and runs[-1]:
            runs.append([])
    listed = [run for run in runs if any(isinstance(i, Interval) and i.phase == "work" and i.name for _, i in run)]
    """The list itself; a run with no named work is the timer's settings (``Work  00:40``, ``Rest  00:20``)."""
    intervals: list[Interval] = []
    marks: dict[int, tuple[int, int]] = {}
    """Index in ``intervals`` where a round starts → (its number, the rounds in all)."""
    for run in listed:
        for _, item in run:
            if isinstance(item, Interval):
                intervals.append(item)
            else:
                marks[len(intervals)] = item
    if sum(1 for i in intervals if i.phase == "work" and i.name) < MIN_WORK_INTERVALS:
        return None
    out = list(lines)
    for index, _ in (pair for run in listed for pair in run):
        out[index] = ""
    first = listed[0][0][0]
    for index in range(first):
        if _SETTING.match(out[index]):
            out[index] = ""  # the timer's settings: the list says them again
    workout = TimerWorkout(out)
    for index in range(first):
        stripped = out[index].strip()
        if stripped and not _RULE.match(stripped) and len(stripped) <= 80 and not _CHROME.search(stripped):
            out[index] = ""  # the workout's name, under the app's own line ("Intervalo — Shared workout")
            workout.said.append(TimerLine(index + 1, 1, stripped))
            break
    rounds = _rounds(intervals, marks)
    warm = [i for i in intervals if i.phase == "warm" and i.name]
    cool = [i for i in intervals if i.phase == "cool" and i.name]
    if warm:
        workout.said.append(TimerLine(warm[0].line, 2, "Warm-up"))
        workout.said.extend(TimerLine(i.line, 0, f"{_name(i.name)} – {duration_text(i.seconds)}") for i in warm)
    for number, (body, count) in enumerate(rounds, start=1):
        if not any(i.phase == "work" for i in body):
            continue
        round_rest = body[-1].seconds if body[-1].phase in ("rest", "round_rest") else None
        if round_rest is None and count > 1:
            round_rest = next((i.seconds for i in intervals if i.phase == "round_rest"), None)
        title = "Circuit" if len(rounds) == 1 else f"Circuit {number}"
        if count > 1:
            title += f" – {count} rounds"
            title += f", {duration_text(round_rest)} rest between rounds" if round_rest else ", no rest between rounds"
        workout.said.append(TimerLine(body[0].line, 2, title))
        workout.said.extend(_moves(body[:-1] if round_rest and body[-1].phase != "work" else body))
    if cool:
        workout.said.append(TimerLine(cool[0].line, 2, "Cool down"))
        workout.said.extend(TimerLine(i.line, 0, f"{_name(i.name)} – {duration_text(i.seconds)}") for i in cool)
    return workout


def _rounds(intervals: list[Interval], marks: dict[int, tuple[int, int]]) -> list[tuple[list[Interval], int]]:
    """The work and rest intervals as rounds, each with how many times it is done: rounds written out again
    the same are one round done that many times."""
    body = [(index, i) for index, i in enumerate(intervals) if i.phase in ("work", "rest", "round_rest")]
    if not body:
        return []
    pieces: list[list[Interval]] = [[]]
    for index, interval in body:  # one pass: a round's mark starts a new piece
        if index in marks and pieces[-1]:
            pieces.append([])
        pieces[-1].append(interval)
    if marks and len(pieces) > 1 and not any(i.phase == "work" for i in pieces[0]):
        pieces.pop(0)  # a rest before the first round's mark
    out: list[tuple[list[Interval], int]] = []
    for piece in pieces:
        if out and _same(out[-1][0], piece):
            out[-1] = (out[-1][0], out[-1][1] + 1)
        else:
            out.append((piece, 1))
    return out


def _same(one: list[Interval], other: list[Interval]) -> bool:
    """Two rounds of the same work: the same moves for the same times (the rest after the last may differ)."""
    def works(piece: list[Interval]) -> list[tuple[str, int, str]]:
        trimmed = piece[:-1] if piece and piece[-1].phase != "work" else piece
        return [(i.phase, i.seconds, i.name.lower()) for i in trimmed]
    return works(one) == works(other)


def _name(text: str) -> str:
    """A move's name as the interval gives it; a second thing done in the same interval (``March on the spot
    + arm swings``) a remark in brackets."""
    parts = _WITH.split(text, maxsplit=1)
    return f"{parts[0]} (with {parts[1]})" if len(parts) == 2 else text


def _moves(body: list[Interval]) -> list[TimerLine]:
    out: list[TimerLine] = []
    index = 0
    while index < len(body):
        interval = body[index]
        if interval.phase != "work" or not interval.name:
            index += 1
            continue
        name, seconds, sided = interval.name, interval.seconds, False
        following = body[index + 1] if index + 1 < len(body) else None
        paired = other_side(name, following.name) if following is not None and following.phase == "work" else None
        if paired is not None:
            name, sided = paired, True  # "Side plank - LEFT", then RIGHT
            index += 1
        index += 1
        words = _name(name)
        dose = timed_dose(name, seconds, sided)
        after = body[index] if index < len(body) else None
        if after is not None and after.phase == "rest" and index + 1 < len(body):
            dose += f", rest {duration_text(after.seconds)} before the next exercise"
            index += 1
        elif after is not None and after.phase == "work":
            dose += ", no rest before the next exercise"
        out.append(TimerLine(interval.line, 0, f"{words} – {dose}"))
    return out
