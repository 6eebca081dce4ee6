"""From what an article says to routines: values decided, every inference recorded as a guess.

A value the article states is used as it stands. Everything else is a guess with its reason, kept apart
from the routine (:class:`Guess`, at a path such as ``("blocks", 0, "exercises", 2, "sets")``) so the
writer can mark it ``# guessed: …`` and the editor can highlight it: an empty table cell takes the value
its column holds in the other rows, a move the article only names gets a usual dose (hold 30 s for a
stretch, 10 reps otherwise, and as many sets as the class's stated length allows), a one-sided move from
the library is done on both sides, a block that lists the same moves twice becomes two rounds.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from ..durations import Level, Range
from ..exercise_library import LibraryExercise
from ..loader import MAX_ROUNDS, MAX_SESSION_SECONDS, MAX_SETS
from ..model import Block, Count, Exercise, Per, Routine, Timing
from ..problems import Position
from ..timeline import planned_seconds
from ..wording import count_text, range_text
from .drafts import COOL_DOWN_TITLE, WARM_UP_TITLE, BlockDraft, Draft, Note, Reading, SessionDraft
from .names import ROW_NUMBER, sentence_case
from .phrases import parse_duration
from .structure import STAGE_COLUMN

Path = tuple[str | int, ...]
"""Where a value sits in a routine file: ``("level",)``, ``("blocks", 1, "rounds")``,
``("blocks", 0, "exercises", 3, "sets")``."""

MAX_SUMMARY = 1500
MAX_INSTRUCTIONS = 1500
_HOLD_WORDS = re.compile(
    r"\b(?:stretch\w*|poses?|hugs?|carry|carries|walk|walking|march\w*|rolling|foam|yoga|breathing|wall sit|"
    r"cobra|sphinx|hang|(?:lying|supine|seated|reclined|reclining)\s(?:spinal\s|spine\s)?twist)\b|\b(?:plank|hold)$",
    re.IGNORECASE,
)
"""A move held for a time rather than counted ("Hip flexor stretch", "High plank", "Knee hugs"); a plank
or hold only when the name ends with it ("High plank knee drives" are counted)."""
_LONG_HOLD_WORDS = re.compile(r"\b(?:walk\w*|march\w*|breath\w*|yoga|foam|cycling|swim\w*)\b", re.IGNORECASE)
_SIDE_NAME = re.compile(
    r"\b(?:single|one|side|lunges?|step[\s-]?ups?|oblique\w*|twist\w*|rotations?|reach\s?overs?|knee drives?|"
    r"bicycle|alternat\w*|quad\w*|hamstring|hip flexor|glute stretch\w*|it band|calf|knee rolls?|side bends?|"
    r"lateral|split)\b",
    re.IGNORECASE,
)
_BREATHING = re.compile(r"\bbreath(?:ing|s)?\b", re.IGNORECASE)
"""A move that is a breath ("Connection breath", "Belly breathing"): its breaths are its reps, not a pose held."""
_SWITCHED = re.compile(r"\b(?:alternat\w*|switch\w*|swap\w*|change (?:sides|legs|arms)|half[\s-]?way|"
                       r"then the (?:last|other|second))\b", re.IGNORECASE)
"""A move that changes sides within its interval ("keep going, alternating", "switch sides halfway")."""
_HELD_THEN_SWITCH = re.compile(r"\bhold\b[^.;]{0,20}?[,.;]?\s(?:and\s)?then\s(?:change|switch|swap)\s"
                               r"(?:sides|legs|arms)\b", re.IGNORECASE)
"""A stretch held, then done on the other side ("Hold, then change sides."): the hold is each side's, not shared."""
_SHARED = "is shared by both sides"
_TITLE_LENGTH = re.compile(r"(?:\(|\b)(\d{1,3})[\s-](minutes?|mins?|min)\b", re.IGNORECASE)
"""A class's length in its title: "The 8-minute posture reset", "Gentle yoga flow (10 minutes)"."""
_OTHER_SIDE = re.compile(
    r"\b(?:repeat|the same|again|then)\b[^.]{0,30}\b(?:other|opposite)\s(side|leg|arm|knee|foot|hand)s?\b"
    r"|\b(?:change|switch|swap)\s(sides|legs|arms)\b",
    re.IGNORECASE,
)
"""How an instruction says to do the move again on the other side ("repeat on the other side", "hold, then
change legs"); "the opposite leg" alone is part of a move (a bird dog), not a second side."""
_LEVELS = (
    (re.compile(r"\b(?:easy|beginners?|gentle|low|light)\b", re.IGNORECASE), Level.EASY),
    (re.compile(r"\b(?:advanced|hard|difficult|high|challenging)\b", re.IGNORECASE), Level.ADVANCED),
    (re.compile(r"\b(?:intermediate|moderate|medium)\b", re.IGNORECASE), Level.INTERMEDIATE),
)


_WARM_UP_TITLE = re.compile(r"^warm[\s-]?up\b|^warming up\b", re.IGNORECASE)


@dataclass(frozen=True)
class Guess:
    """A value the importer inferred rather than read, where it sits, and where the article led to it."""

    path: Path
    message: str
    position: Position


@dataclass(frozen=True)
class ImportedRoutine:
    routine: Routine
    guesses: tuple[Guess, ...] = ()

    def comments(self) -> dict[Path, str]:
        """``# guessed: …`` comments for the writer, one per value (several reasons joined)."""
        comments: dict[Path, str] = {}
        for guess in self.guesses:
            text = f"guessed: {guess.message}"
            comments[guess.path] = f"{comments[guess.path]}; {guess.message}" if guess.path in comments else text
        return comments


def describe(routine: Routine, path: Path) -> str:
    """Which value a guess is about, for someone reading the notes: ``"Bird dog, per"``, ``"block Main, rounds"``."""
    if len(path) == 5 and isinstance(path[1], int) and isinstance(path[3], int):
        if path[1] < len(routine.blocks) and path[3] < len(routine.blocks[path[1]].exercises):
            return f"{routine.blocks[path[1]].exercises[path[3]].name}, {path[4]}"
        return str(path[4])
    if len(path) == 3 and isinstance(path[1], int) and path[1] < len(routine.blocks):
        return f"block {routine.blocks[path[1]].title}, {path[2]}"
    return str(path[-1]) if path else ""


@dataclass
class _Built:
    """A routine being put together, with its guesses."""

    blocks: list[Block] = field(default_factory=list)
    guesses: list[Guess] = field(default_factory=list)

    def guess(self, path: Path, message: str, position: Position) -> None:
        self.guesses.append(Guess(path, message, position))


def level_of(text: str) -> Level | None:
    """"Difficulty: easy", "Level: beginner to intermediate" (the first word wins)."""
    found = [(m.start(), level) for pattern, level in _LEVELS if (m := pattern.search(text))]
    return min(found)[1] if found else None


def equipment_of(text: str) -> tuple[str, ...]:
    """"dumbbells, mat, stepper", "A mat. That's all." → ``("dumbbells", "mat", "stepper")``, ``("mat",)``."""
    if re.fullmatch(r"\s*(?:none|nothing|no equipment|n/?a|-)\s*\.?", text, re.IGNORECASE):
        return ()
    text = re.split(r"(?<=[a-z)]{2})(?<!\.[a-z])[.!]\s(?=[A-Z])", text, maxsplit=1)[0]  # "A mat. That's all."
    parts = re.split(r",|;|/|\band\b|\+", text)
    items: list[str] = []
    for part in parts:
        item = re.sub(r"^\s*(?:a|an|some|one|two|a pair of|pair of)\s+", "", part.strip(" .").lower()).strip()
        if item and len(item) <= 40 and item not in items:
            items.append(item)
    return tuple(items[:12])


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def _clip(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text.rfind(". ", 0, limit)
    return text[: cut + 1] if cut > limit // 2 else text[: limit - 1].rstrip() + "…"


class Assembler:
    """Turns one article's :class:`Reading` into routines (one per session, and one for the whole)."""

    def __init__(self, reading: Reading, file_title: str, file_name: str | None = None) -> None:
        self.reading = reading
        self.file_title = file_title
        self.file_name = file_name
        self.notes: list[Note] = []

    # -- which drafts make the routine --------------------------------------------------------------

    def sessions(self) -> list[SessionDraft]:
        """The class parts to build: the article's "Day 1"… parts, or the whole article as one."""
        reading = self.reading
        with_work = [s for s in reading.sessions if s.drafts]
        structured = [d for d in reading.outside.drafts if d.kind in ("line", "listed")]
        if with_work and len(structured) >= 4 and 2 * sum(len(s.drafts) for s in with_work) < len(structured) \
                and min(s.position for s in with_work) > max(d.position for d in structured):
            # a box's blog: today's workout, then "Coming up this week" with "**Tuesday:** Back squat 5×5": the
            # days after it are other classes, the workout is the page's
            for session in with_work:
                self.notes.append(Note(session.position, f"not used: “{session.title}” comes after the article's "
                                                         "workout, a class of another day"))
            return [reading.outside]
        if len(with_work) == 1 and len(with_work[0].drafts) == 1 and len(structured) >= 4:
            # a page's masthead, "Day 5 · Wednesday · At sea" over "Sunrise 07:41": one day's label, no class, and
            # the page's class outside it
            self.notes.append(Note(with_work[0].position, f"not used: “{with_work[0].title}” labels the page, "
                                                          "not a class of the article"))
            return [reading.outside]
        if with_work:
            for draft in reading.outside.drafts:
                if draft.kind != "mentioned":
                    self.notes.append(Note(draft.position, f"not used: “{draft.name}” is outside the article's "
                                                           "classes (days, sessions)"))
            return with_work
        if len(structured) >= 2:
            self._said_warm_up(reading.outside)
            return [reading.outside]
        return [self._from_mentions()]

    def _said_warm_up(self, session: SessionDraft) -> None:
        """A warm-up said in a sentence before a list of moves ("Before starting, please walk around in your house
        for 5 minutes so that the body is warmed up. Then do the following exercises …"): a part of its own before
        the list's, when the article has none and the sentence gives the move's time. A part whose heading is over
        prose alone, among parts of listed moves, has the moves the prose names with their doses."""
        first = min((d.position for d in session.drafts), default=None)
        said = [d for d in self.reading.mentions if d.warm == "warm-up" and d.dose.has_work
                and first is not None and d.position < first]
        if said and not any(b.title.lower().startswith("warm") for b in session.blocks):
            session.blocks.insert(0, BlockDraft(WARM_UP_TITLE, said[0].position, "strong", _unique(said)))
        for number, block in enumerate(session.blocks):
            if block.drafts:
                continue
            ends = session.blocks[number + 1].position if number + 1 < len(session.blocks) else None
            told = [d for d in self.reading.mentions if d.dose.has_work and block.position < d.position
                    and (ends is None or d.position < ends)]
            if told and (ends is not None or number > 0):
                # "## Warm up first" over "**Marching on the spot** for 1 minute, …, then **10 hip circles** each
                # way.": a part's heading over prose that names its moves and doses
                block.drafts = _unique(told)

    def _from_mentions(self) -> SessionDraft:
        """A listicle: warm-up moves first, then the moves it recommends, lists merged in their order."""
        reading = self.reading
        outside = reading.outside
        warm = [d for d in reading.mentions if d.warm == "warm-up"]
        cool = [d for d in reading.mentions if d.warm == "cool-down"]
        groups: dict[int, list[Draft]] = {}
        for draft in outside.drafts:
            groups.setdefault(-1 - len(groups), []).append(draft)
        for draft in reading.mentions:
            if draft.warm is None:
                groups.setdefault(draft.group, []).append(draft)
        merged: list[Draft] = []
        ordered_groups = sorted(groups.items(), key=lambda item: min(d.position for d in item[1]))
        for _group, drafts in ordered_groups:
            _merge(merged, drafts)
        session = SessionDraft(None, Position(), meta=dict(outside.meta), intro=outside.intro,
                               advice=list(outside.advice))
        taken = {d.key for d in merged}
        if warm:
            block = BlockDraft(WARM_UP_TITLE, warm[0].position, "strong")
            _merge(block.drafts, [d for d in warm if d.key not in taken])
            if block.drafts:
                session.blocks.append(block)
        if merged:
            session.blocks.append(BlockDraft("Workout", merged[0].position, "strong", merged))
        if cool:
            block = BlockDraft(COOL_DOWN_TITLE, cool[0].position, "strong")
            _merge(block.drafts, [d for d in cool if d.key not in taken])
            if block.drafts:
                session.blocks.append(block)
        return session

    # -- a routine ------------------------------------------------------------------------------------

    def build(self, session: SessionDraft) -> ImportedRoutine | None:
        built = _Built()
        blocks = _without_glossaries([b for b in session.blocks if b.drafts])
        for block in blocks:
            self._block(block, built, session)
        if not built.blocks:
            return None
        routine = Routine(
            title=self._title(session),
            blocks=tuple(built.blocks),
            summary=self._summary(session),
            source=self._source(),
            duration=self._duration(session),
            equipment=self._equipment(session),
            defaults=Timing(
                rest=session.defaults.rest or self.reading.outside.defaults.rest,
                between=session.defaults.between or self.reading.outside.defaults.between,
            ),
        )
        routine = self._fit(self._level(routine, session, built), built)
        within = self._within_limits(routine, built, session)
        return ImportedRoutine(within, tuple(built.guesses)) if within is not None else None

    def _title(self, session: SessionDraft) -> str:
        """A class's own name ("Class #1: The back fit workout"); a day of a plan with the plan's name
        ("7-Day Preventive Back Workout Plan — Day 1: Core activation"), as a day alone says little."""
        article = self.reading.title
        if session.title:
            named = re.match(r"^(?:class|workout|session|lesson|routine)\b[^:.\-–—]{0,8}[:.\-–—]\s*\S", session.title,
                             re.IGNORECASE)
            if article and not named and article.lower() not in session.title.lower() and len(article) <= 80:
                return f"{article} — {session.title}"
            return session.title
        return article or self.file_title

    def _source(self) -> str:
        """Where the routine comes from: the article's address when it gives one, else its title and file."""
        reading = self.reading
        if reading.source:
            return reading.source
        if reading.title and self.file_name and reading.title != self.file_title:
            return f"{reading.title} ({self.file_name})"
        return reading.title or self.file_name or self.file_title

    def _summary(self, session: SessionDraft) -> str | None:
        parts: list[str] = []
        intro = session.intro
        if intro:
            parts.append(_clip(intro, 400))
        advice = list(session.advice)
        if session is not self.reading.outside:
            advice += [a for a in self.reading.outside.advice if a not in advice]
        advice += [a for a in self.reading.advice if a not in advice]
        for sentence in advice:
            if sum(len(p) + 1 for p in parts) + len(sentence) > MAX_SUMMARY:
                break
            if not any(sentence.rstrip(".") in part for part in parts):
                parts.append(_sentence(sentence))
        text = " ".join(parts).strip()
        return text or None

    def _meta(self, session: SessionDraft, key: str) -> tuple[str, Position] | None:
        return session.meta.get(key) or self.reading.outside.meta.get(key)

    def _duration(self, session: SessionDraft) -> Range | None:
        """The length the article states: "Duration: 10 minutes", or a title's "(10 minutes)" or "20-minute"."""
        found = self._meta(session, "duration")
        if found:
            return parse_duration(found[0])
        title = session.title or (self.reading.title if session is self.reading.outside or not self.reading.sessions
                                  else None)
        stated = _TITLE_LENGTH.search(title or "")
        return parse_duration(f"{stated.group(1)} {stated.group(2)}") if stated else None

    def _equipment(self, session: SessionDraft) -> tuple[str, ...]:
        found = self._meta(session, "equipment")
        return equipment_of(found[0]) if found else ()

    def _level(self, routine: Routine, session: SessionDraft, built: _Built) -> Routine:
        """The level the article states ("Difficulty: easy"); none is invented (the user picks one to run)."""
        found = self._meta(session, "level")
        if found is not None:
            level = level_of(found[0])
            if level is not None:
                return replace(routine, level=level)
        return routine

    # -- blocks and exercises -------------------------------------------------------------------------

    def _block(self, block: BlockDraft, built: _Built, session: SessionDraft) -> None:
        index = len(built.blocks)
        drafts = block.drafts
        if block.strength != "strong" and self.reading.mentions and drafts and drafts[0].kind == "mentioned":
            drafts = _unique(drafts)
        rounds: Count = 1
        rounds_guess: str | None = None
        dose = block.dose
        if dose.rounds is not None:
            rounds = dose.rounds
            if isinstance(rounds, int) and len(drafts) >= 2 and all(d.minute for d in drafts):
                # "EMOM × 6 min: odd minutes – swings, even minutes – plank": the moves take turns, a round is
                # one minute of each
                rounds = max(1, rounds // len(drafts))
        else:
            repeated = _repeats(drafts)
            if repeated is not None:
                size, times = repeated
                rounds_guess = f"the block lists these {size} moves {times} times: {times} rounds"
                drafts, rounds = drafts[:size], times
        exercises: list[Exercise] = []
        for draft in drafts:
            for step in _pyramid_steps(draft, dose.rest or session.defaults.rest or self.reading.outside.defaults.rest):
                path = ("blocks", index, "exercises", len(exercises))
                exercises.append(self._exercise(step, block, path, built, session))
        round_rest = dose.round_rest
        last_rest = exercises[-1].timing.between if exercises else None
        if round_rest is None and rounds != 1 and last_rest is not None and drafts[-1].dose.between is not None:
            # a table's "Work | Rest" row says the rest after its last move, which is where the round ends
            round_rest = last_rest
            built.guess(("blocks", index, "rest_between_rounds"), f"the rest after the last move "
                        f"({range_text(last_rest, 's')}), as the article states no rest between rounds",
                        drafts[-1].position)
        built.blocks.append(Block(
            title=block.title or "Exercises",
            exercises=tuple(exercises),
            rounds=rounds,
            rest_between_rounds=round_rest,
        ))
        if rounds_guess is not None:
            built.guess(("blocks", index, "rounds"), rounds_guess, block.position)

    def _exercise(self, draft: Draft, block: BlockDraft, path: Path, built: _Built,
                  session: SessionDraft) -> Exercise:
        dose = draft.dose.settle()
        where = draft.position
        entry = draft.match.entry
        reps, hold, sets, rest, per = dose.reps, dose.hold, dose.sets, dose.rest, dose.per
        if reps is None and hold is None and rest is not None and (sets is None or sets == 1) \
                and _RESTING_POSE.search(draft.name):
            hold, rest = rest, None  # "Child's pose … Rest for 30 seconds.": the pose is the rest, held that long
        each = block.dose.each_hold
        if each is not None and hold is not None and reps is None and sets is None and hold.high <= 5 \
                and each.low >= 15:
            hold = None  # "hold for a second, lower, repeat" in a circuit of 40 s a move: a pause in each rep, no hold
        said_of_each = reps is None and hold is None and (each is not None or block.dose.each_reps is not None)
        if said_of_each:
            reps, hold = block.dose.each_reps, each
            if sets is None and block.dose.sets is not None:
                sets = block.dose.sets  # "hold each stretch for 20 seconds and repeat twice"
            if rest is None and block.dose.rest is not None:
                rest = block.dose.rest  # "… with 60 seconds of rest between sets" for each exercise
            if per is None and block.dose.per is not None:
                per = block.dose.per  # "hold each stretch for 30 seconds and repeat on the other side"
        elif reps is None and hold is not None and hold.high <= 10 and block.dose.each_reps is not None:
            reps = block.dose.each_reps  # "Start with 5 repetitions of each exercise" over "Hold 5 seconds. Relax."
        if not said_of_each and sets is None and block.dose.sets is not None and (reps is not None or hold is not None):
            # "2 sets of each, 30 s rest between sets" above "Clamshells – 15 each side": the list's sets and rest
            sets = block.dose.sets
            if rest is None and block.dose.rest is not None:
                rest = block.dose.rest
        switched = _SWITCHED.search(" ".join(draft.description))
        if per is None and switched is not None and switched.group(0).lower().startswith("half") \
                and each is not None and hold == each and reps is None and each.low >= 10:
            # "Side-lying leg lifts – roll over halfway": a move that changes sides halfway through its interval
            per = (entry.per if entry is not None else None) or _side_of(draft, entry) or Per.SIDE
            built.guess((*path, "per"), f"one {per.value} at a time: the move changes sides halfway", where)
        if each is not None and hold == each and reps is None and per is not None and each.low >= 10 \
                and (draft.alternating or switched) and not _HELD_THEN_SWITCH.search(" ".join(draft.description)):
            # "30 seconds on" for a move that alternates or switches sides halfway: half the interval a side
            hold = Range(max(1, each.low // 2), max(1, each.high // 2))
            built.guess((*path, "hold"), f"{range_text(hold, 's')} a side: the {range_text(each, 's')} interval "
                                         f"{_SHARED}", where)
        held_pose = bool(_HOLD_WORDS.search(entry.name if entry is not None else draft.name))
        if reps is not None and hold is None and dose.breaths is not None and dose.breath_hold:
            # "Hold for 2 to 3 breaths and lower. Six reps.": each rep held that long
            hold = Range(dose.breaths.low * 6, dose.breaths.high * 6)
            built.guess((*path, "hold"), _breaths_text(dose.breaths), where)
        if reps is None and hold is None and dose.breaths is not None:
            if _BREATHING.search(draft.name) and not held_pose:
                reps = dose.breaths  # "Connection breath … 10 breaths": the move is the breath, ten of it
            elif dose.breath_hold or held_pose:
                # "hold for 5 breaths", "Child's pose: ten slow breaths": a breath is about 6 s
                hold = Range(dose.breaths.low * 6, dose.breaths.high * 6)
                built.guess((*path, "hold"), _breaths_text(dose.breaths), where)
            else:  # "flow between the poses for 10 rounds of breath": a move with each breath
                reps = dose.breaths
                built.guess((*path, "reps"), f"{range_text(dose.breaths)} breaths, one move each", where)
        if draft.table is not None and draft.empty_cells:
            column = self.reading.tables[draft.table]
            for cell in draft.empty_cells:
                value = _column_value(column, cell)
                if cell == "sets" and sets is None and value is not None and value != 1:
                    sets = _as_count(value)
                    built.guess((*path, "sets"), f"the sets cell is empty; {count_text(sets)} as in the other rows",
                                where)
                elif cell == "reps" and reps is None and hold is None and isinstance(value, Range):
                    reps = value
                    built.guess((*path, "reps"), f"the reps cell is empty; {range_text(reps)} as in the other rows",
                                where)
                elif cell == "rest" and rest is None and isinstance(value, Range):
                    rest = value
                    built.guess((*path, "rest"), f"the rest cell is empty; {range_text(rest, 's')} as in the other "
                                                 "rows", where)
        amount_guessed = (draft.table is not None and ("reps" in draft.empty_cells or "hold" in draft.empty_cells)
                          and dose.reps is None and dose.hold is None)
        if reps is None and hold is None:
            amount_guessed = True
            reps, hold, sets_guess, message = self._usual_dose(draft, session)
            if sets is None and sets_guess is not None and not _WARM_UP_TITLE.match(block.title):
                # a warm-up's move without a dose is done once, not in the main moves' sets
                sets = sets_guess
                built.guess((*path, "sets"), f"{count_text(sets)} sets as for the article's other exercises", where)
            if reps is not None:
                built.guess((*path, "reps"), message, where)
            if hold is not None:
                built.guess((*path, "hold"), message, where)
        if per is Per.SIDE and dose.per is Per.SIDE and entry is not None and entry.per in (Per.LEG, Per.ARM):
            # "SL glute bridge 10 e/s": each side said of a one-leg move is each leg (a side said for every move
            # of a part, "repeat each stretch on the other side", stays a side)
            per = entry.per
        if amount_guessed and per is None:
            # The article does not say how much; whether the move is one-sided comes from the library.
            per = _side_of(draft, entry)
            if per is not None:
                built.guess((*path, "per"), f"one {per.value} at a time: the move's instructions say to do it on "
                                            "the other side too", where)
        notes: list[str] = []
        if draft.remark:
            notes.append(_sentence(sentence_case(draft.remark)))
        left_out = _sentence(sentence_case(draft.match.left_out)) if draft.match.left_out else None
        if left_out is not None and left_out.lower() not in (note.lower() for note in notes):
            notes.insert(0, left_out)  # ("Heel raises holding the worktop": the words set aside once, not twice)
        if dose.open_ended and hold is not None:
            notes.append(f"The article says {range_text(hold, 's')} or more.")
        instructions: str | None = None
        if entry is None:
            description = " ".join(draft.description).strip()
            if description and draft.kind != "mentioned":
                instructions = _clip(description, MAX_INSTRUCTIONS)
                built.guess((*path, "instructions"), "a new move, not in the exercise library: these are the "
                                                     "article's words; check them", where)
            else:
                built.guess((*path, "name"), "not in the exercise library: no instructions will be shown; check "
                                             "the name", where)
        elif draft.match.how:
            built.guess((*path, "name"), draft.match.how, where)
        between = dose.between or block.dose.between
        if between is None and rest is not None and (sets is None or sets == 1) and draft.dose.rest is not None:
            between = rest  # "Rebound 1 minute." after a move done once: the rest before the next move
        timing = Timing(rest=rest, between=between)
        return Exercise(
            name=draft.name[:80] or "Exercise",
            reps=reps,
            hold=hold,
            sets=_as_count(sets) if sets is not None else 1,
            per=per,
            timing=timing,
            instructions=instructions,
            note=" ".join(notes) if notes else None,
            line=where.line,
        )

    def _usual_dose(self, draft: Draft, session: SessionDraft) -> tuple[Range | None, Range | None, Count | None, str]:
        """What to do when the article names a move without a dose: what it gives its other moves, or
        a usual amount (a 30 s hold for a stretch, 10 reps otherwise)."""
        name = draft.match.entry.name if draft.match.entry is not None else draft.name
        known = [d for d in session.drafts if d.dose.has_work] or [
            d for d in self.reading.outside.drafts if d.dose.has_work]
        sets_values = Counter(str(d.dose.settle().sets) for d in known if d.dose.settle().sets is not None)
        sets_guess: Count | None = None
        if sets_values and len(known) >= 2:
            common, count = sets_values.most_common(1)[0]
            if count * 2 > len(known) and common != "1":
                sets_guess = next(d.dose.settle().sets for d in known if str(d.dose.settle().sets) == common)
        holdish = bool(_HOLD_WORDS.search(name) or _HOLD_WORDS.search(draft.name))
        if holdish:
            holds = Counter(hold for d in known if (hold := d.dose.settle().hold) is not None
                            and d.dose.settle().reps is None and hold.high <= 90)
            if _LONG_HOLD_WORDS.search(name):
                return None, Range.single(60), None, "no dose in the article: 1 minute, an easy start"
            if holds:
                held = holds.most_common(1)[0][0]
                return None, held, sets_guess, f"no dose in the article: {range_text(held, 's')} as for its other holds"
            return None, Range.single(30), sets_guess, "no dose in the article: a 30 s hold, usual for a stretch"
        counted = Counter(reps for d in known if (reps := d.dose.settle().reps) is not None)
        if counted:
            usual = counted.most_common(1)[0][0]
            return usual, None, sets_guess, f"no dose in the article: {range_text(usual)} reps as for its other moves"
        return Range.single(10), None, sets_guess, "no dose in the article: 10 reps, a usual number"

    # -- whole routine adjustments ----------------------------------------------------------------------

    def _fit(self, routine: Routine, built: _Built) -> Routine:
        """Where the article states the class's length but not the doses, scale the guessed doses to fill it.

        The guessed reps and holds are scaled together (and given a second or third set when that is not
        enough), choosing what brings the estimate closest to the stated length.
        """
        if routine.duration is None:
            return routine
        guessed = {(g.path[1], g.path[3]) for g in built.guesses
                   if len(g.path) == 5 and g.path[4] in ("reps", "hold") and isinstance(g.path[1], int)
                   and _SHARED not in g.message  # a stated interval halved is no usual dose to scale
                   and isinstance(g.path[3], int)}
        if not guessed or len(guessed) * 2 < len(routine.exercises):
            return routine
        target = routine.duration.at(routine.effective_level())
        best: tuple[int, int, float, Routine] | None = None
        for sets in (1, 2, 3):
            for factor in (0.5, 0.75, 1.0, 1.25, 1.5, 2.0):
                candidate = _scaled(routine, guessed, sets, factor)
                # Fewer sets and the usual amounts are preferred unless more fit clearly better.
                distance = abs(planned_seconds(candidate) - target) + int(target * (0.1 * (sets - 1)
                                                                                  + 0.05 * abs(factor - 1)))
                if best is None or distance < best[0]:
                    best = (distance, sets, factor, candidate)
        assert best is not None
        _distance, sets, factor, fitted = best
        stated = range_text(routine.duration, "s")
        for b, e in sorted(guessed):
            where = built_position(built, b, e)
            exercise = fitted.blocks[b].exercises[e]
            if factor != 1.0:
                key = "reps" if exercise.reps is not None else "hold"
                built.guess(("blocks", b, "exercises", e, key), f"scaled so the class lasts about its stated {stated}",
                            where)
            if sets > 1 and routine.blocks[b].exercises[e].sets == 1:
                built.guess(("blocks", b, "exercises", e, "sets"),
                            f"{sets} sets, so the class lasts about its stated {stated}", where)
        return fitted

    def _within_limits(self, routine: Routine, built: _Built, session: SessionDraft) -> Routine | None:
        """The format's limits (24 h in all at the hardest level): an article over them is cut, with a note."""
        if planned_seconds(routine, Level.ADVANCED) <= MAX_SESSION_SECONDS:
            return routine
        # The longest run of whole blocks from the start within the limit, found by halving: a plan grows with
        # every block added, and planning it again for each block dropped was quadratic (a minute for a page of
        # a thousand dosed parts).
        fits, over = 0, len(routine.blocks)
        while over - fits > 1:
            middle = (fits + over) // 2
            if planned_seconds(replace(routine, blocks=routine.blocks[:middle]), Level.ADVANCED) <= MAX_SESSION_SECONDS:
                fits = middle
            else:
                over = middle
        blocks = routine.blocks[:fits]
        if blocks:
            self.notes.append(Note(session.position, "not used: the workout would last more than 24 hours; the "
                                                     "blocks beyond that are left out"))
            kept = len(blocks)
            built.guesses[:] = [g for g in built.guesses if len(g.path) < 2 or not isinstance(g.path[1], int)
                                or g.path[1] < kept]
            return replace(routine, blocks=blocks)
        # The first block alone is over a day (a long page read as one list): keep its longest run of whole
        # exercises from the start, found the same way, rather than nothing.
        first = routine.blocks[0]
        fits, over = 0, len(first.exercises)
        while over - fits > 1:
            middle = (fits + over) // 2
            trial = replace(routine, blocks=(replace(first, exercises=first.exercises[:middle]),))
            if planned_seconds(trial, Level.ADVANCED) <= MAX_SESSION_SECONDS:
                fits = middle
            else:
                over = middle
        if not fits:
            self.notes.append(Note(session.position, "not used: the workout would last more than 24 hours"))
            return None
        self.notes.append(Note(session.position, "not used: the workout would last more than 24 hours; the "
                                                 "exercises beyond that are left out"))
        built.guesses[:] = [g for g in built.guesses if len(g.path) < 2 or not isinstance(g.path[1], int)
                            or (g.path[1] == 0 and (len(g.path) < 4 or not isinstance(g.path[3], int)
                                                    or g.path[3] < fits))]
        return replace(routine, blocks=(replace(first, exercises=first.exercises[:fits]),))

    def whole(self, parts: list[tuple[SessionDraft, ImportedRoutine]]) -> ImportedRoutine:
        """All the article's sessions as one routine, each a block (or its blocks, titled with it)."""
        if len(parts) == 1:
            return parts[0][1]
        blocks: list[Block] = []
        guesses: list[Guess] = []
        for session, imported in parts:
            offset = len(blocks)
            routine = _defaults_pushed(imported.routine)
            title = imported.routine.title
            if self.reading.title and title.startswith(f"{self.reading.title} — "):
                title = title[len(self.reading.title) + 3:]
            for block in routine.blocks:
                name = title if len(routine.blocks) == 1 else f"{title} — {block.title}"
                blocks.append(replace(block, title=name[:120]))
            for guess in imported.guesses:
                if len(guess.path) >= 2 and guess.path[0] == "blocks" and isinstance(guess.path[1], int):
                    guesses.append(replace(guess, path=("blocks", guess.path[1] + offset, *guess.path[2:])))
            del session
        first = parts[0][1].routine
        levels = {p[1].routine.level for p in parts}
        level = levels.pop() if len(levels) == 1 else None
        equipment: list[str] = []
        for _session, imported in parts:
            equipment += [e for e in imported.routine.equipment if e not in equipment]
        summary_parts = [self.reading.outside.intro] if self.reading.outside.intro else []
        summary_parts += [_sentence(a) for a in self.reading.advice]
        summary = _clip(" ".join(summary_parts), MAX_SUMMARY) or first.summary
        routine = Routine(
            title=self.reading.title or self.file_title,
            blocks=tuple(blocks),
            summary=summary or None,
            source=first.source,
            level=level,
            equipment=tuple(equipment[:12]),
        )
        return ImportedRoutine(routine, tuple(guesses))


def _breaths_text(breaths: Range) -> str:
    return f"{range_text(breaths)} breath{'' if breaths.high == 1 else 's'}, about 6 seconds each"


def _defaults_pushed(routine: Routine) -> Routine:
    """The routine's own defaults written on each exercise, so its blocks keep them inside another routine."""
    defaults = routine.defaults
    if defaults == Timing():
        return routine
    blocks = tuple(replace(block, exercises=tuple(replace(e, timing=e.timing.over(defaults)) for e in block.exercises))
                   for block in routine.blocks)
    return replace(routine, blocks=blocks, defaults=Timing())


def built_position(built: _Built, block: int, exercise: int) -> Position:
    for guess in built.guesses:
        if guess.path[:4] == ("blocks", block, "exercises", exercise):
            return guess.position
    return Position()


def _scaled(routine: Routine, guessed: set[tuple[int, int]], sets: int, factor: float) -> Routine:
    """The routine with the guessed doses scaled by ``factor`` and ``sets`` sets where it had one."""

    def scale(exercise: Exercise) -> Exercise:
        reps = exercise.reps
        hold = exercise.hold
        if reps is not None and hold is None:
            reps = Range.single(max(3, round(reps.low * factor)))
        elif hold is not None and reps is None:
            hold = Range.single(max(10, min(3600, 5 * round(hold.low * factor / 5))))
        return replace(exercise, reps=reps, hold=hold, sets=sets if exercise.sets == 1 else exercise.sets)

    blocks = tuple(
        replace(block, exercises=tuple(
            scale(exercise) if (b, e) in guessed else exercise for e, exercise in enumerate(block.exercises)))
        for b, block in enumerate(routine.blocks))
    return replace(routine, blocks=blocks)


def _without_glossaries(blocks: list[BlockDraft]) -> list[BlockDraft]:
    """A magazine's table of the workout, then "The moves" with each move's heading and how to do it: the second
    part describes the first's moves, it is not a second workout of them. A part all of whose moves (two at
    least) an earlier part already has, most of them without a dose of their own, gives those moves its words
    and any dose they lack ("hold for two seconds") and is no part of its own; so does a recap of an earlier
    part (see ``_recapped``). A trimester's part is always a class of its own (see
    :func:`.structure.stage_tables`)."""
    out: list[BlockDraft] = []
    for block in blocks:
        _fold_move_notes(block)
        keys = [_recap_key(d) for d in block.drafts]
        earlier = {_recap_key(d): d for b in out for d in b.drafts}
        undosed = sum(not d.dose.has_work for d in block.drafts)
        if STAGE_COLUMN.match(block.title):
            out.append(block)  # the third trimester's class after the second's: mostly the same moves, its own class
            continue
        if len(keys) >= 3 and all(k in earlier for k in keys) and 2 * undosed < len(keys) \
                and _agrees(block.drafts, [earlier[k] for k in keys]):
            # "HOW TO DO EACH MOVE": every move of the class again, in the class's order or not, each with how to do
            # it and the dose the class gave it: the moves' words, no second class of them
            for key, draft in zip(keys, block.drafts, strict=True):
                present = earlier[key]
                if present.dose.has_work:
                    present.dose.per = present.dose.per or draft.dose.per
                else:
                    present.dose = present.dose.merged(draft.dose)
                present.description += [t for t in draft.description if t not in present.description]
            continue
        if len(keys) < 2 or not all(k in earlier for k in keys) or 2 * undosed < len(keys):
            charted = _charted(out, block, keys)
            if charted is not None:
                for draft, dosed in zip(charted, block.drafts, strict=True):
                    draft.dose = draft.dose.merged(dosed.dose)
                continue
            recapped = _recapped(out, block, keys)
            if recapped is None:
                out.append(block)
                continue
            recapped.dose = recapped.dose.merged(block.dose)  # the recap's "Rest 1:00, then repeat once more"
            if all(d.dose.has_work for d in recapped.drafts):
                continue  # every move has its dose already: a recap's columns add nothing it could be trusted for
        for key, draft in zip(keys, block.drafts, strict=True):
            present = earlier[key]
            present.dose = present.dose.merged(draft.dose)
            present.description += [t for t in draft.description if t not in present.description]
    return out


def _fold_move_notes(block: BlockDraft) -> None:
    """A handout's table of the moves, then "EXERCISE NOTES" set as a line of capitals (no heading that opens a part
    of its own): "1. Supine heel slides" over how to do it, for each move of the table again. When a part's moves
    run again in their order (half of them at least), and most of the second run come with their words while the
    first run has none, the second run describes the first: its words and any dose the first lacks go to the moves
    above, and the moves are not done twice."""
    keys = [ROW_NUMBER.sub("", d.key) for d in block.drafts]
    seen: set[str] = set()
    start = None
    for index, key in enumerate(keys):
        if key in seen:
            start = index  # the first move named again: where the second run starts
            break
        seen.add(key)
    if start is None:
        return
    first = keys[:start]
    stop = start
    while stop < len(keys) and keys[stop] in first and (stop == start or first.index(keys[stop]) > first.index(
            keys[stop - 1])):
        stop += 1  # the notes' run: the moves above again in their order (a closing line may name another move)
    drafts = block.drafts
    again = keys[start:stop]
    described = sum(bool(d.description) for d in drafts[start:stop])
    if 2 * len(again) < len(first) or 2 * described <= len(again) or any(d.description for d in drafts[:start]):
        return
    present = dict(zip(first, drafts, strict=False))
    for key, draft in zip(again, drafts[start:stop], strict=True):
        present[key].dose = present[key].dose.merged(draft.dose)
        present[key].description += draft.description
    del drafts[start:stop]


_SHORT_WORDS = ((re.compile(r"\bdb\b"), "dumbbell"), (re.compile(r"\bkb\b"), "kettlebell"),
                (re.compile(r"\bbb\b"), "barbell"), (re.compile(r"\bext\.(?=\s)"), "external"),
                (re.compile(r"\bint\.(?=\s)"), "internal"), (re.compile(r"\brot\.(?=\s|$)"), "rotation"))
"""A summary table's shortened words ("DB overhead press", "Banded ext. rotation"), said in full in the text."""


def _recap_key(draft: Draft) -> str:
    """A move's key as a recap is compared: without a row's number, its table's short words in full."""
    key = ROW_NUMBER.sub("", draft.key)
    for short, word in _SHORT_WORDS:
        key = short.sub(word, key)
    return key


def _agrees(again: list[Draft], present: list[Draft]) -> bool:
    """Whether moves said again give the doses they were given (sets, reps, hold), where both say one: a guide to
    the class's moves, not another class. At most one move in three may differ."""
    differing = sum(any(getattr(a.dose, f) is not None and getattr(b.dose, f) is not None
                        and getattr(a.dose, f) != getattr(b.dose, f) for f in ("reps", "hold"))
                    for a, b in zip(again, present, strict=True))
    said = sum(any(getattr(a.dose, f) is not None and getattr(b.dose, f) is not None for f in ("reps", "hold"))
               for a, b in zip(again, present, strict=True))
    return said >= 2 and 3 * differing <= len(again)


def _charted(out: list[BlockDraft], block: BlockDraft, keys: list[str]) -> list[Draft] | None:
    """The earlier moves that a part gives the doses of, as a challenge's chart under the moves it described
    ("1. Dead bug" … "6. Superman", each with how to do it and no dose, then "Dead bug (each side) | 6",
    "Glute bridge | 12" …): three moves at least, the same in the same order, all of them dosed in the chart, at
    most one dosed above ("hold for a second" in how to do it). ``None`` when the part is no such chart."""
    if len(keys) < 3 or not all(d.dose.has_work for d in block.drafts):
        return None
    for prior in out:
        prior_keys = [_recap_key(d) for d in prior.drafts]
        for start in range(len(prior_keys) - len(keys) + 1):
            run = prior.drafts[start:start + len(keys)]
            if prior_keys[start:start + len(keys)] == keys and sum(d.dose.has_work for d in run) <= 1:
                return run
    return None


def _recapped(out: list[BlockDraft], block: BlockDraft, keys: list[str]) -> BlockDraft | None:
    """The earlier part that a part repeats as a recap ("Your timer, at a glance": the same moves, in the same
    order, with doses that agree), or ``None``. Three moves at least, and at most one whose dose differs: a
    pyramid's rounds (6, 4, 2 reps of the same moves) differ in every move and stay parts of their own."""
    for prior in out:
        if len(keys) < (2 if prior.title == block.title else 3) or [_recap_key(d) for d in prior.drafts] != keys:
            continue  # two moves are a recap only of the part of the same title ("Superset 1" in a summary table)
        differing = sum(any(getattr(a.dose, f) is not None and getattr(b.dose, f) is not None
                            and getattr(a.dose, f) != getattr(b.dose, f) for f in ("sets", "reps", "hold"))
                        for a, b in zip(prior.drafts, block.drafts, strict=True))
        if differing <= 1:
            return prior
    return None


def _merge(merged: list[Draft], drafts: list[Draft]) -> None:
    """Add a list's moves to those already taken, keeping both lists' orders: a new move goes just before
    the next move of its own list that is already there (else at the end); a move already there gives it
    any dose it lacks."""
    keys = [d.key for d in merged]
    for index, draft in enumerate(drafts):
        if draft.key in keys:
            present = merged[keys.index(draft.key)]
            if not present.dose.has_work and draft.dose.has_work:
                present.dose = present.dose.merged(draft.dose)
            present.description += [t for t in draft.description if t not in present.description]
            continue
        later = [d.key for d in drafts[index + 1:] if d.key in keys]
        position = keys.index(later[0]) if later else len(merged)
        merged.insert(position, draft)
        keys.insert(position, draft.key)


_RESTING_POSE = re.compile(r"\bchild['’]?s\spose|\bbalasana\b|\bcorpse\spose|\bsavasana\b|\bcrocodile\b|"
                           r"\bconstructive\srest\b", re.IGNORECASE)
"""A pose one rests in: "rest for 30 seconds" in it is how long it is held."""


def _pyramid_steps(draft: Draft, sets_rest: Range | None) -> list[Draft]:
    """A move done as a descending pyramid ("6, then 4, then 2 reps") as one entry a step, the way a routine
    writes it: each step's reps once, the rest said for the move (or for every move's sets) before the next."""
    dose = draft.dose
    if len(dose.steps) < 2:
        return [draft]
    rest = dose.rest or dose.between or sets_rest
    last = len(dose.steps) - 1
    return [replace(draft, dose=replace(dose, reps=Range.single(reps), steps=(), sets=None, rest=None,
                                        between=rest if number < last else dose.between))
            for number, reps in enumerate(dose.steps)]


def _unique(drafts: list[Draft]) -> list[Draft]:
    seen: set[str] = set()
    out: list[Draft] = []
    for draft in drafts:
        if draft.key not in seen:
            seen.add(draft.key)
            out.append(draft)
    return out


def _signature(draft: Draft) -> tuple[object, ...]:
    dose = draft.dose.settle()
    return (draft.key, dose.sets, dose.reps, dose.hold, dose.rest, dose.per)


def _repeats(drafts: list[Draft]) -> tuple[int, int] | None:
    """``(size, times)`` when the list is one sequence of at least two moves written ``times`` times."""
    count = len(drafts)
    signatures = [_signature(d) for d in drafts]
    for size in range(2, count // 2 + 1):
        if count % size:
            continue
        first = signatures[:size]
        if len(set(s[0] for s in first)) == size and all(
            signatures[start:start + size] == first for start in range(size, count, size)
        ):
            return size, min(count // size, MAX_ROUNDS)
    return None


def _column_value(column: list[Draft], cell: str) -> Range | int | None:
    """The value a table's column holds most often in its filled rows."""
    values: Counter[object] = Counter()
    for draft in column:
        if cell in draft.empty_cells:
            continue
        dose = draft.dose.settle()
        value = {"sets": dose.sets, "reps": dose.reps, "rest": dose.rest, "hold": dose.hold}.get(cell)
        if value is not None:
            values[value] += 1
    if not values:
        return None
    found = values.most_common(1)[0][0]
    return found if isinstance(found, Range | int) else None


def _as_count(value: Range | int) -> Count:
    if isinstance(value, int):
        return max(1, min(value, MAX_SETS))
    low, high = max(1, min(value.low, MAX_SETS)), max(1, min(value.high, MAX_SETS))
    return low if low == high else Range(low, high)


def _side_of(draft: Draft, entry: LibraryExercise | None) -> Per | None:
    """Whether a move named without a dose is done one side at a time: the library's instructions say
    "change legs" or "repeat on the other side", or its name says so (a lunge, a side bend)."""
    text = entry.instructions if entry is not None else " ".join(draft.description)
    found = _OTHER_SIDE.search(text)
    if found is not None:
        word = (found.group(1) or found.group(2) or "side").lower()
        if word.startswith(("leg", "knee", "foot")):
            return Per.LEG
        if word.startswith(("arm", "hand")):
            return Per.ARM
        return Per.SIDE
    if entry is None and _SIDE_NAME.search(draft.name):
        return Per.SIDE
    if entry is not None and _SIDE_NAME.search(entry.name) and re.search(r"\bone\s(?:side|leg|arm)\b|\beach\b",
                                                                           entry.instructions, re.IGNORECASE):
        return Per.SIDE
    return None
