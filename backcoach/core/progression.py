"""Progress the user agrees to: when a routine has felt too easy a few times in a row, offer the next step
up; when it felt too hard, hurt, or back pain went up, offer a step down. Nothing changes without a yes.

The articles' advice: "Progress Gradually: Increase reps, sets, or resistance over time" (7-Day Preventive
Back Workout Plan); pull-ups "can be made more challenging by … doing more repetitions and sets" (The Best
Workout for Your Back); and for pain, "you might be performing an exercise that is too advanced for you
currently" (Nuffield Health). So a routine's steps, its *ladder*, are:

1. its levels, where the level changes something (each range's low end, middle, high end; ``levels:``);
2. beyond its top level, :data:`EXTRA_STEPS`: a few more reps where a set has a fixed count, a few seconds
   more on holds, then one more set. A range stays at its top: that is the limit its author gave (kimfitness:
   "your muscles should fatigue before 12 repetitions"). Stretches and mobility moves are left as they are.

What the user has agreed to is a :class:`Rung` of that ladder, recorded in the history
(:mod:`.programme_log`) and undoable; :func:`adjusted` turns it into the routine and level a session runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from .durations import Level, Range
from .exercise_library import ExerciseLibrary
from .history_records import Feeling, SessionRecord, SessionStatus
from .model import Exercise, Routine


@dataclass(frozen=True)
class Rung:
    """How hard a routine is for this user: a level, then (beyond the routine's top level) a step of
    :data:`EXTRA_STEPS`."""

    level: Level
    extra: int = 0

    @property
    def rank(self) -> tuple[int, int]:
        """For comparing rungs: levels in their order (easy first), then the extra steps."""
        return list(Level).index(self.level), self.extra


@dataclass(frozen=True)
class Extra:
    """What one step beyond a routine's top level adds to each strength move."""

    reps: int = 0
    """Added to a fixed rep count (never to a range)."""
    hold: int = 0
    """Seconds added to a fixed hold (a move that is one timed effort)."""
    sets: int = 0
    """Added to a move done in two sets or more."""


EXTRA_STEPS: tuple[Extra, ...] = (  # not in the source: the articles say "increase reps, sets" without numbers
    Extra(),
    Extra(reps=2, hold=5),
    Extra(reps=4, hold=10),
    Extra(reps=4, hold=10, sets=1),
)
"""Beyond the top level: step 1 adds 2 reps and 5 s of hold, step 2 4 reps and 10 s, step 3 one set more as
well. Not in the articles (they say "increase reps, sets, or resistance over time" and "doing more repetitions
and sets"): small steps, reps and holds first, a set last, since a set adds a third or more to a move."""

PROGRESS_SOURCES = (
    ("7-Day Preventive Back Workout Plan", "Progress Gradually: Increase reps, sets, or resistance over time."),
    ("The Best Workout for Your Back", "Pull-ups can be made more challenging by … doing more repetitions and sets"),
)
EASIER_SOURCE = ("Nuffield Health, back workouts", "I'm in pain during exercise … you might be performing an "
                 "exercise that is too advanced for you currently.")


def _with_extra(exercise: Exercise, extra: Extra, library: ExerciseLibrary) -> Exercise:
    entry = library.find(exercise.name)
    if entry is not None and entry.light:
        return exercise
    reps, hold, sets = exercise.reps, exercise.hold, exercise.sets
    if reps is not None and reps.is_single and extra.reps:
        reps = Range.single(reps.low + extra.reps)
    if reps is None and hold is not None and hold.is_single and extra.hold:
        hold = Range.single(hold.low + extra.hold)
    if isinstance(sets, int) and sets >= 2 and extra.sets:
        sets = sets + extra.sets
    return replace(exercise, reps=reps, hold=hold, sets=sets)


def with_extra(routine: Routine, step: int, library: ExerciseLibrary) -> Routine:
    """The routine with :data:`EXTRA_STEPS` ``[step]`` added to its strength moves (step 0: as it is)."""
    if step <= 0:
        return routine
    extra = EXTRA_STEPS[min(step, len(EXTRA_STEPS) - 1)]
    blocks = tuple(replace(block, exercises=tuple(_with_extra(e, extra, library) for e in block.exercises))
                   for block in routine.blocks)
    return replace(routine, blocks=blocks)


def ladder(routine: Routine, library: ExerciseLibrary) -> tuple[Rung, ...]:
    """The routine's steps from easiest to hardest: the levels that change it, then the extra steps that do."""
    from .timeline import level_matters

    levels = list(Level) if level_matters(routine, library) else [routine.effective_level()]
    rungs = [Rung(level) for level in levels]
    top = levels[-1]
    for step in range(1, len(EXTRA_STEPS)):
        if with_extra(routine, step, library) != with_extra(routine, step - 1, library):
            rungs.append(Rung(top, step))
    return tuple(rungs)


def own_rung(routine: Routine) -> Rung:
    """Where a routine starts: its own level, nothing added."""
    return Rung(routine.effective_level())


def adjusted(routine: Routine, rung: Rung | None, library: ExerciseLibrary) -> tuple[Routine, Level | None]:
    """The routine and level a session runs for the user's rung (``None``: the routine as it is, its own level)."""
    if rung is None:
        return routine, None
    return with_extra(routine, rung.extra, library), rung.level


def step_up(rung: Rung, rungs: Sequence[Rung]) -> Rung | None:
    return next((r for r in rungs if r.rank > rung.rank), None)


def step_down(rung: Rung, rungs: Sequence[Rung]) -> Rung | None:
    return next((r for r in reversed(rungs) if r.rank < rung.rank), None)


class Direction(StrEnum):
    HARDER = "harder"
    EASIER = "easier"


@dataclass(frozen=True)
class Offer:
    """What the summary offers after a session (``after`` None: there is no step that way; only advice)."""

    direction: Direction
    reason: str
    """``too-easy``, ``too-hard``, ``pain`` or ``hurt`` (as :mod:`.programme_log` records it)."""
    before: Rung
    after: Rung | None
    in_a_row: int = 0
    """For a harder step: how many sessions in a row felt too easy."""

    def question(self, title: str) -> str:
        """The offer, in a sentence."""
        why = {"too-easy": f"{title} felt too easy {self.in_a_row} times in a row.",
               "too-hard": f"{title} felt too hard.",
               "pain": "Your back pain was higher after the session than before it.",
               "hurt": "You stopped because it hurt."}[self.reason]
        if self.after is None:
            if self.direction is Direction.HARDER:
                return (f"{why} You are at the top of this routine's steps: a harder routine is the next step, or "
                        "heavier weights where it uses them.")
            return (f"{why} This is already its easiest step: try the programme's gentler session, and if it hurts, "
                    "see a physiotherapist or GP before going on.")
        verb = "Make it harder" if self.direction is Direction.HARDER else "Make it easier"
        return f"{why} {verb} from next time: {rung_text(self.after)} instead of {rung_text(self.before)}?"

    def sources(self) -> tuple[tuple[str, str], ...]:
        return PROGRESS_SOURCES if self.direction is Direction.HARDER else (EASIER_SOURCE,)


def rung_text(rung: Rung) -> str:
    """``intermediate level``, ``advanced level +2 reps, +5 s holds``."""
    text = f"{rung.level.value} level"
    if rung.extra:
        extra = EXTRA_STEPS[min(rung.extra, len(EXTRA_STEPS) - 1)]
        parts = [f"+{extra.reps} reps" if extra.reps else "", f"+{extra.hold} s holds" if extra.hold else "",
                 f"+{extra.sets} set" if extra.sets else ""]
        text += " " + ", ".join(p for p in parts if p)
    return text


RANGE_ENDS = {Level.EASY: "the low end of each range", Level.INTERMEDIATE: "the middle of each range",
              Level.ADVANCED: "the high end of each range"}


def what_changes(routine: Routine, before: Rung, after: Rung) -> str:
    """What going from ``before`` to ``after`` changes in ``routine``, in a few words."""
    from .wording import level_change_text

    if after.level is not before.level:
        change = routine.level_change(after.level)
        text = RANGE_ENDS[after.level]
        return text + ("; " + level_change_text(after.level, change).split(": ", 1)[1] if not change.is_none else "")
    extra = EXTRA_STEPS[min(after.extra, len(EXTRA_STEPS) - 1)]
    if not after.extra:
        return "the routine as it is written"
    parts = [f"{extra.reps} more reps where a set has a fixed count" if extra.reps else "",
             f"holds {extra.hold} s longer" if extra.hold else "",
             f"{extra.sets} more set on moves of 2 sets or more" if extra.sets else ""]
    return ", ".join(p for p in parts if p) + "; ranges stay at their top"


def easier_reason(record: SessionRecord) -> str | None:
    """Why a session asks for an easier step: it hurt, felt too hard, or back pain went up."""
    if record.status is SessionStatus.HURT:
        return "hurt"
    if record.answers.feeling is Feeling.TOO_HARD:
        return "too-hard"
    before, after = record.answers.pain_before, record.answers.pain_after
    if before is not None and after is not None and after > before:
        return "pain"
    return None


def too_easy_in_a_row(records: Sequence[SessionRecord]) -> int:
    """How many of the latest rated sessions (oldest first in ``records``) felt too easy, in a row; sessions with
    no set done or not rated are passed over."""
    count = 0
    for record in reversed(records):
        if not record.trained or record.answers.feeling is None:
            continue
        if record.answers.feeling is not Feeling.TOO_EASY:
            break
        count += 1
    return count


def offer_for(record: SessionRecord, earlier: Sequence[SessionRecord], rung: Rung, rungs: Sequence[Rung],
              threshold: int) -> Offer | None:
    """What to offer after ``record``: ``earlier`` are the sessions of the same routine since the last change
    offered (oldest first, ``record`` not among them), ``rung`` the user's step now, ``threshold`` how many too
    easy in a row make an offer. ``None``: nothing to offer."""
    reason = easier_reason(record)
    if reason is not None:
        return Offer(Direction.EASIER, reason, rung, step_down(rung, rungs))
    if record.answers.feeling is not Feeling.TOO_EASY or not record.trained:
        return None
    in_a_row = too_easy_in_a_row([*earlier, record])
    if in_a_row < threshold:
        return None
    return Offer(Direction.HARDER, "too-easy", rung, step_up(rung, rungs), in_a_row)
