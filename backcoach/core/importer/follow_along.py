"""A follow-along video's transcript: the class as the coach says it, with no list and no dose beside a move.

A coach says the plan once ("six exercises, each one for 40 seconds, then 20 seconds of rest, and we go through
the whole thing twice"), then the warm-up, then announces each move of the circuit as it comes ("exercise number
one is the bird dog", "next up is the glute bridge", "last one, side plank: 20 seconds on each side") and never
says its dose again; "round two" repeats them; "let's finish with a stretch" starts the cool-down. Read as
prose, those moves would get no dose (or the warm-up's) and the plan's time would be read as nobody's.

:func:`spoken_class` reads the joined transcript (the entries :func:`.structure.join_transcript` marked as
spoken) that way: the words before the circuit (the warm-up, after its marker) stay as they were said; the
circuit becomes a part of its own with the plan's dose written out plainly, and a line for each library move
announced in it (with the dose said of that move, when one is: "20 seconds on each side"); the words from the
cool-down's marker on stay as said. A transcript without a plan's dose for each move, or with fewer than three
moves announced in the circuit, is left as it is. The words are looked at a bounded number of times each.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .names import Matcher
from .phrases import Dose, plain, read_dose
from .source import Entry, Kind

_EACH_WORK = re.compile(r"\beach\s(?:one\s|1\s|exercise\s|move\s)?for\s(\d{1,3})\s?(?:seconds?|secs?|s)\b"
                        r"|\b(\d{1,3})\s?(?:seconds?|secs?|s)\s(?:each|on\seach|per\s(?:exercise|move))\b")
"""The plan's work for every move ("each one for 40 seconds", "forty-five seconds each")."""
_REST = re.compile(r"\b(\d{1,3})\s?(?:seconds?|secs?|s)\s(?:of\s)?(?:rest|recovery|break)\b"
                   r"|\brest\s(?:for\s)?(\d{1,3})\s?(?:seconds?|secs?|s)\b")
_ROUNDS = re.compile(r"\b(?:twice|(\d)\s(?:rounds|times|circuits))\b")
_WARM_UP = re.compile(r"\bwarm[\s-]?up\b")
_CIRCUIT_START = re.compile(r"\b(?:round\s(?:one|1)\b|first\sround|exercise\s(?:number\s)?(?:one|1)\b|"
                            r"first\s(?:move|exercise))")
_GET_GOING = re.compile(r"\blet'?s\sget\sinto\sit\b")
"""Where the circuit starts when no round or first move is said."""
_CIRCUIT_END = re.compile(r"\b(?:round\s(?:two|2)\b|second\sround|round\s(?:one|1)\sdone|"
                          r"let'?s\s(?:finish|stretch)|finish\swith|cool[\s-]?down|stretch\sit\sout)")
_COOL_DOWN = re.compile(r"\b(?:let'?s\s(?:finish|stretch)|finish\swith|cool[\s-]?down|stretch\sit\sout)")
_AGAIN = re.compile(r"\b(\d{1,3})\s?(?:minutes?|mins?)\b|\b(?:a|one)\sminute\b")
MAX_SPOKEN_CHARS = 60_000
"""A transcript longer than this is left as it is (a class is a few thousand words)."""


def spoken_class(entries: list[Entry], matcher: Matcher) -> list[Entry]:
    """The entries with a follow-along transcript's circuit read as its plan says (see the module's
    description); the same list when the entries hold no such transcript."""
    spoken = [index for index, entry in enumerate(entries) if entry.spoken]
    if not spoken or spoken[-1] - spoken[0] + 1 != len(spoken):
        return entries
    said = [entries[index] for index in spoken]
    text = " ".join(entry.text for entry in said)
    if len(text) > MAX_SPOKEN_CHARS:
        return entries
    flat = plain(text)
    words = flat.text

    def said_between(begin: int, end: int) -> str:
        """The words as said (not as the patterns read them: "figure four stretch", not "figure 4 stretch")."""
        first, last = flat.span(begin, end)
        return text[first:last].lower()

    start = _CIRCUIT_START.search(words) or _GET_GOING.search(words)
    if start is None:
        return entries
    plan = _plan(words[:start.start()])
    if plan is None:
        return entries
    end = _CIRCUIT_END.search(words, start.end())
    stop = end.start() if end is not None else len(words)
    moves = _announced(said_between(start.start(), stop), matcher)
    if len(moves) < 3:
        return entries
    cool = _COOL_DOWN.search(words, stop)
    if end is not None and plan.round_rest is None:
        # "take a full minute here, grab some water, that's round one done", "you've got one minute and then we go
        # again": the minute said around the round's end
        again = _AGAIN.search(words[max(start.end(), stop - 150):cool.start() if cool is not None else stop + 200])
        if again is not None:
            plan.round_rest = read_dose(f"{again.group(1) or 1} minutes rest between rounds").round_rest
    first = said[0]
    before = words[:start.start()]
    warms = list(_WARM_UP.finditer(before))
    warm = warms[-1] if warms else None  # the last before the circuit: "so warm-up, we're starting with …"
    out: list[Entry] = []
    # the greeting and the plan before the warm-up are not read: the plan is written out over the circuit
    if warm is not None:
        out.append(Entry(Kind.HEADING, "Warm-up", first.line, first.column, 2, gap=2, spoken=True))
        out.extend(_said_moves(said_between(warm.end(), start.start()), matcher, first))
    elif before.strip():
        out.append(replace(first, text=before.strip()))
    out.append(Entry(Kind.HEADING, "Workout", first.line, first.column, 2, gap=2, spoken=True))
    out.append(Entry(Kind.TEXT, _plan_text(plan), first.line, first.column, gap=1, spoken=True))
    for written, dose_text in moves:
        out.append(Entry(Kind.ITEM, f"{written} - {dose_text}" if dose_text else written, first.line,
                         first.column, gap=0, spoken=True))
    if cool is not None:
        out.append(Entry(Kind.HEADING, "Stretch", first.line, first.column, 2, gap=2, spoken=True))
        out.extend(_said_moves(said_between(cool.start(), len(words)), matcher, first))
    return [*entries[:spoken[0]], *out, *entries[spoken[-1] + 1:]]


def _said_moves(words: str, matcher: Matcher, first: Entry) -> list[Entry]:
    """A warm-up's or a cool-down's words as a list of the library moves said in them with the dose said of each
    ("we're doing cat cow for 30 seconds", "standing side bends … five each side"); the words as they are when
    they name no move with its dose."""
    lines: list[Entry] = []
    mentions = matcher.mentions(words)
    tokens = words.split()
    seen: set[str] = set()
    for number, (at, entry, written) in enumerate(mentions):
        upto = mentions[number + 1][0] if number + 1 < len(mentions) else min(len(tokens), at + 40)
        dose = read_dose(" ".join(tokens[at + len(written.split()):upto][:40]))
        if entry.name in seen or not dose.has_work:
            continue
        seen.add(entry.name)
        lines.append(Entry(Kind.ITEM, f"{written} - {_dose_words(dose)}", first.line, first.column, gap=0,
                           spoken=True))
    return lines or [Entry(Kind.TEXT, words.strip(" ,."), first.line, first.column, gap=1, spoken=True)]


def _dose_words(dose: Dose) -> str:
    """A dose said plainly, as a list's line gives it ("5 reps each side", "30 seconds")."""
    said = []
    reps, hold = dose.reps or dose.each_reps, dose.hold or dose.each_hold
    if reps is not None:
        said.append(f"{reps.low} reps" if reps.is_single else f"{reps.low}-{reps.high} reps")
    if hold is not None:
        said.append(f"{hold.low} seconds" if hold.is_single else f"{hold.low}-{hold.high} seconds")
    text = ", hold ".join(said) if reps is not None else " ".join(said)
    return f"{text} each side" if dose.per is not None else text


def _plan(words: str) -> Dose | None:
    """The dose the coach gives every move before the circuit, or ``None`` when no time a move is said."""
    work = _EACH_WORK.search(words)
    if work is None:
        return None
    seconds = work.group(1) or work.group(2)
    rest = _REST.search(words)
    rounds = _ROUNDS.search(words)
    plan = read_dose(f"each exercise for {seconds} seconds")
    plan.hold = plan.hold or plan.each_hold
    plan.each_hold = None
    if rest is not None:
        plan.between = read_dose(f"{rest.group(1) or rest.group(2)} seconds rest between exercises").between
    if rounds is not None:
        plan.rounds = int(rounds.group(1)) if rounds.group(1) else 2
    return plan


def _plan_text(plan: Dose) -> str:
    """The plan written out plainly, as a sheet says it over its list."""
    said = [f"Do each exercise for {plan.hold.low if plan.hold else 0} seconds"]
    if plan.between is not None:
        said.append(f"then rest {plan.between.low} seconds between exercises")
    text = ", ".join(said) + "."
    if plan.rounds:
        text += f" {plan.rounds} rounds"
        if plan.round_rest is not None:
            text += f", {plan.round_rest.low} seconds rest between rounds"
        text += "."
    return text


def _announced(circuit: str, matcher: Matcher) -> list[tuple[str, str]]:
    """The library moves named in the circuit, each once, in order, with a dose said of it alone ("side plank
    we're doing 20 seconds on each side"): the words up to the next move, when they say a side or a time a
    side."""
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    mentions = matcher.mentions(circuit)
    words = circuit.split()
    for number, (at, entry, written) in enumerate(mentions):
        if entry.name in seen:
            continue
        seen.add(entry.name)
        upto = mentions[number + 1][0] if number + 1 < len(mentions) else min(len(words), at + 40)
        after = " ".join(words[at + len(written.split()):upto])
        own = read_dose(after)
        dose_text = ""
        if own.per is not None and own.hold is not None:
            dose_text = f"{own.hold.low} seconds each side"
        found.append((written, dose_text))
    return found
