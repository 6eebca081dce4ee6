"""Recovery between sessions: is it too soon to work the same muscles hard again?

The rule is kimfitness's ("A Back Strengthening Workout for All"): *"Do not work the same back muscles on
consecutive days. Allow for 48 to 72 hours of recovery depending on your fitness level."* BackCoach warns
before a session that would work a muscle group hard when a session less than 48 hours before (the low end;
a setting takes it up to 72) worked that group hard too. It says which groups and when, and offers the
programme's gentler alternative or a mobility session; the user may go ahead anyway.

What the articles do not say, and BackCoach chooses (each marked where it is defined):

* **which muscles**: the muscles the exercise library names for each move (a routine's own ``muscles``
  win), gathered into the groups of :data:`MUSCLE_GROUPS`, so "core" and "abdominals" are one group;
* **hard**: a group counts as worked hard by a session when it got at least :data:`HARD_SETS` sets of
  moves that are not stretches or mobility moves (``load: light`` in the library); a set done on both
  sides counts once. A session in the history counts only the sets really done (in full or cut short);
* **48 hours from what**: from the start of the session that worked the group to the start of the next, so
  the same time two days later is 48 hours, as a person counts it (the 7-day plan works the lower back on
  its Day 1 and Day 3).

Nothing here reads a clock or the history: the caller gives the sessions and the time.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from .advice import RECOVERY_HOURS
from .exercise_library import ExerciseLibrary
from .history_records import SessionRecord, SetOutcome
from .model import Exercise, Routine
from .timeline import Side, Step, StepKind
from .wording import plural

HARD_SETS = 6  # not in the source: the articles prescribe 3 sets a move; two moves' worth on one group is hard
"""Sets of hard moves on one muscle group in one session from which that group counts as worked hard. Not in
the articles: they prescribe 3 sets of each strength move ("3 sets of 12 reps", "3 sets of 10 reps"), so this
is two such moves on the same group. With 6, the 7-day plan's consecutive days (each "a different aspect of back
health") never warn; with 3 (one move's worth), its Day 3 would warn about the upper back worked on Day 2 (the
superman hold's trapezius)."""
RULE_SOURCE = "A Back Strengthening Workout for All (kimfitness)"
RULE_QUOTE = ("Do not work the same back muscles on consecutive days. Allow for 48 to 72 hours of recovery "
              "depending on your fitness level.")

MUSCLE_GROUPS: Mapping[str, str] = {  # not in the source: the articles name muscles, not groups of them
    "erector spinae": "lower back", "quadratus lumborum": "lower back",
    "latissimus dorsi": "upper back", "trapezius": "upper back", "upper trapezius": "upper back",
    "rhomboids": "upper back", "rear deltoids": "upper back", "thoracic spine": "upper back",
    "core": "core and abdominals", "abdominals": "core and abdominals", "obliques": "core and abdominals",
    "deep abdominals": "core and abdominals", "diaphragm": "core and abdominals",
    "pelvic floor": "core and abdominals",
    "glutes": "glutes and hips", "hip flexors": "glutes and hips", "piriformis": "glutes and hips",
    "hip abductors": "glutes and hips", "iliotibial band": "glutes and hips",
    "hamstrings": "legs", "quadriceps": "legs", "calves": "legs", "legs": "legs",
    "shoulders": "shoulders and arms", "biceps": "shoulders and arms", "biceps brachii": "shoulders and arms",
    "triceps": "shoulders and arms", "forearms": "shoulders and arms",
    "chest": "chest", "pectoralis major": "chest", "pectoralis minor": "chest",
    "deep neck flexors": "neck", "neck extensors": "neck",
    "whole body": "",
}
"""The exercise library's muscles by group (an empty group: not one group; a muscle not listed is a group of
its own)."""


def group_of(muscle: str) -> str:
    name = " ".join(muscle.lower().split())
    return MUSCLE_GROUPS.get(name, name)


Load = dict[str, int]
"""Sets of hard moves per muscle group, for one session."""


@dataclass(frozen=True)
class Move:
    """What the check needs to know about a move: the groups it works, and whether it is a light one."""

    groups: frozenset[str]
    light: bool


def move_of(name: str, library: ExerciseLibrary, exercise: Exercise | None = None) -> Move:
    """A move by its name (a routine's own ``muscles`` win over the library's)."""
    entry = library.find(name)
    muscles = (exercise.muscles if exercise is not None and exercise.muscles else
               entry.muscles if entry is not None else ())
    groups = frozenset(group for muscle in muscles if (group := group_of(muscle)))
    return Move(groups, entry.light if entry is not None else False)


def hard_groups(load: Load) -> dict[str, int]:
    """The groups a session worked hard (at least :data:`HARD_SETS` sets), with their sets."""
    return {group: sets for group, sets in load.items() if sets >= HARD_SETS}


def _add(load: Load, move: Move) -> None:
    if not move.light:
        for group in move.groups:
            load[group] = load.get(group, 0) + 1


def planned_load(steps: Iterable[Step], library: ExerciseLibrary, routine: Routine | None = None) -> Load:
    """The load a session will put on each group: its work steps (a set done on both sides once)."""
    load: Load = {}
    for step in steps:
        if step.kind is not StepKind.WORK or step.side is Side.RIGHT:
            continue
        exercise = _exercise_at(routine, step) if routine is not None else None
        _add(load, move_of(step.exercise, library, exercise))
    return load


def _exercise_at(routine: Routine, step: Step) -> Exercise | None:
    try:
        exercise = routine.blocks[step.block_index].exercises[step.exercise_index]
    except IndexError:
        return None
    return exercise if exercise.name == step.exercise else None  # a swapped move is looked up by its own name


def done_load(record: SessionRecord, library: ExerciseLibrary,
              muscles: Mapping[str, Sequence[str]] | None = None) -> Load:
    """The load a recorded session really put on each group: the sets done in full or cut short (each step
    once, however often it was visited; a set done on both sides once). ``muscles`` gives a move's own muscles
    where its routine names them."""
    load: Load = {}
    counted: set[int] = set()
    for log in record.steps:
        if log.index in counted or log.side == Side.RIGHT.value:
            continue
        outcome = log.outcome()
        if outcome not in (SetOutcome.DONE, SetOutcome.SHORTENED):
            continue
        counted.add(log.index)
        own = tuple(muscles.get(log.exercise, ())) if muscles is not None else ()
        _add(load, move_of(log.exercise, library, Exercise(log.exercise, muscles=own) if own else None))
    return load


@dataclass(frozen=True)
class Worked:
    """A recent session, as the check sees it."""

    title: str
    started: datetime
    load: Load


@dataclass(frozen=True)
class RecoveryWarning:
    """It is too soon: these groups were worked hard, and the session would work them hard again."""

    groups: tuple[str, ...]
    """The groups in question, most worked first."""
    last: Worked
    """The most recent session that worked them hard."""
    hours_since: float
    hours_needed: int

    @property
    def hours_left(self) -> float:
        return max(0.0, self.hours_needed - self.hours_since)

    def text(self) -> str:
        """What the warning says."""
        groups = _listed(self.groups)
        since = _hours(self.hours_since)
        ready = self.last.started + timedelta(hours=self.hours_needed)
        return (f"This session works your {groups} hard, and so did {self.last.title} {since} ago "
                f"({self.last.started:%a %H:%M}). Give them {self.hours_needed} hours to recover: until "
                f"{ready:%a %H:%M}, {_hours(self.hours_left)} from now.")


def rule_text(hours: int) -> tuple[str, ...]:
    """The rule and its numbers, with where they come from, as the user is shown them."""
    low, high = RECOVERY_HOURS
    return (
        f"The rule: after a session that works a muscle group hard, give that group {hours} hours before working "
        f"it hard again (from the start of one session to the start of the next: the same time two days later is "
        f"48 hours).",
        f"From {RULE_SOURCE}: \u201c{RULE_QUOTE}\u201d BackCoach uses {low} hours, the low end, unless you choose "
        f"more in Settings (up to {high}).",
        f"BackCoach's own choices, not in the articles: the muscles are those the exercise library names for each "
        f"move, in groups (lower back, upper back, core and abdominals, glutes and hips, legs, shoulders and arms, "
        f"chest, neck); a group counts as worked hard when a session gives it {HARD_SETS} sets or more of moves "
        f"that are not stretches or mobility moves (the articles give 3 sets a move, so that is two moves' worth).",
    )


def check(load: Load, recent: Iterable[Worked], now: datetime,
          hours: int = RECOVERY_HOURS[0]) -> RecoveryWarning | None:
    """A warning when ``load`` works a group hard that a session less than ``hours`` before ``now`` worked hard
    too; ``None`` when every group it works hard has had its rest."""
    planned = hard_groups(load)
    if not planned:
        return None
    found: dict[str, tuple[float, Worked]] = {}
    for worked in recent:
        since = (now - worked.started).total_seconds() / 3600
        if since < 0 or since >= hours:
            continue
        for group in hard_groups(worked.load):
            if group in planned and (group not in found or since < found[group][0]):
                found[group] = (since, worked)
    if not found:
        return None
    latest = min(found.values(), key=lambda pair: pair[0])
    groups = sorted(found, key=lambda group: (-planned[group], group))
    return RecoveryWarning(tuple(groups), latest[1], latest[0], hours)


def rested_for(load: Load, groups: Iterable[str]) -> bool:
    """Whether a session leaves ``groups`` alone (works none of them hard): a fit alternative."""
    hard = hard_groups(load)
    return not any(group in hard for group in groups)


def is_mobility(load: Load) -> bool:
    """A session that works no group hard: stretches and mobility moves (a mobility session)."""
    return not hard_groups(load)


def _listed(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _hours(hours: float) -> str:
    whole = int(hours)
    if whole < 1:
        return "less than an hour"
    return plural(whole, 'hour')
