"""A made-up but plausible history, the same every time: for the benchmark (years of sessions), the
README's screenshots and tests that need a full history without running hundreds of sessions."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from .durations import Level
from .engine import StepEnding
from .exercise_library import ExerciseLibrary
from .history_records import Answers, Feeling, SessionRecord, SessionStatus, StepLog, Tally
from .model import Routine
from .timeline import StepKind, expand

ROUTINES = (  # bundled routines, by their history id and title, with their length at a steady pace
    ("routines/nuffield-back-fit-workout.yaml", "The back fit workout", 1992),
    ("routines/nuffield-revitalise-your-spine.yaml", "Revitalise your spine", 1797),
    ("routines/stretch-and-strengthen-back.yaml", "Exercises to Strengthen Back Muscles", 886),
    ("routines/7-day-preventive-back-plan/day-1-core-activation-and-stability.yaml",
     "7-Day Preventive Back Plan — Day 1: Core Activation & Stability", 1147),
)
EXERCISES = ("Bird dog", "Glute bridge", "Dead bug", "Superman", "Plank", "Cat-cow", "Side plank", "Back extension")


def sample_history(end: datetime, days: int, *, every_day: bool = False, seed: int = 15,
                   steps: bool = True) -> list[SessionRecord]:
    """Sessions on the ``days`` days up to ``end`` (aware): every day, or two to four days a week with
    the odd stop, skip, pause and answered question. ``steps``: with a step log per set and rest."""
    rng = random.Random(seed)
    records: list[SessionRecord] = []
    for back in range(days - 1, -1, -1):
        day = end - timedelta(days=back)
        if not every_day and rng.random() > 0.45:
            continue
        routine_id, title, planned = ROUTINES[rng.randrange(len(ROUTINES))]
        started = day.replace(hour=rng.choice((7, 12, 18, 19)), minute=rng.randrange(60), second=0, microsecond=0)
        roll = rng.random()
        status = (SessionStatus.FINISHED if roll < 0.85 else SessionStatus.STOPPED if roll < 0.95
                  else SessionStatus.HURT if roll < 0.98 else SessionStatus.INTERRUPTED)
        sets = 16
        done = sets if status is SessionStatus.FINISHED else rng.randrange(2, sets)
        skipped = rng.choice((0, 0, 0, 1)) if status is SessionStatus.FINISHED else 0
        done -= skipped
        paused = rng.choice((0.0, 0.0, 0.0, 45.0, 130.0))
        active = planned * (done + skipped * 0.1) / sets + rng.uniform(-20, 20)
        logs = _logs(rng, done, skipped, planned / (sets * 2)) if steps else ()
        pain_after = rng.choice((None, 1, 2, 2, 3, 3, 4)) if rng.random() < 0.7 else None
        feeling = rng.choice((None, *Feeling, Feeling.ABOUT_RIGHT)) if rng.random() < 0.8 else None
        pain_before = min(10, pain_after + rng.choice((0, 1, 1, 2))) if pain_after is not None else None
        if status is SessionStatus.HURT:
            pain_after = 6
        elapsed = active + paused
        records.append(SessionRecord(
            uid=f"sample-{started:%Y%m%d}-{back}", routine_id=routine_id, routine_title=title,
            level=rng.choice(("easy", "intermediate", "intermediate", "advanced")), status=status,
            started=started, ended=started + timedelta(seconds=elapsed), planned_seconds=planned, elapsed=elapsed,
            active=active, paused=paused,
            tally=Tally(sets, done, 0, skipped, rng.choice((0, 0, 1, 2)), 0),
            answers=Answers(feeling, pain_after, pain_before), steps=logs))
    return records


def _logs(rng: random.Random, done: int, skipped: int, seconds: float) -> tuple[StepLog, ...]:
    logs: list[StepLog] = []
    at = 0.0
    for number in range(done + skipped):
        exercise = EXERCISES[number // 2 % len(EXERCISES)]
        for kind in (StepKind.WORK, StepKind.REST):
            ran = seconds if kind is StepKind.REST or number < done else rng.uniform(0.5, 2.5)
            ending = StepEnding.COMPLETED if number < done else StepEnding.SKIPPED
            at += ran
            logs.append(StepLog(len(logs), len(logs), kind, exercise, number % 2 + 1, 2, None, 1, round(seconds),
                                ran, ending, 0, at))
    return tuple(logs)


def done_session(routine: Routine, routine_id: str, started: datetime, *, library: ExerciseLibrary | None = None,
                 level: Level | None = None, feeling: Feeling | None = None, pain_before: int | None = None,
                 pain_after: int | None = None, status: SessionStatus = SessionStatus.FINISHED,
                 uid: str | None = None) -> SessionRecord:
    """A session of ``routine`` done as planned from ``started`` (aware): every step in full, at a steady pace,
    with the answers given (tests of what builds on the history, and the screenshots)."""
    timeline = expand(routine, level, library)
    logs = tuple(StepLog.of(seq, step, float(step.planned), StepEnding.COMPLETED, 0, float(step.end))
                 for seq, step in enumerate(timeline.steps))
    total = float(timeline.total_seconds)
    sets = sum(1 for step in timeline.steps if step.kind is StepKind.WORK)
    return SessionRecord(
        uid=uid or f"done-{started:%Y%m%d%H%M%S}-{routine_id}", routine_id=routine_id, routine_title=routine.title,
        level=timeline.level.value, status=status, started=started, ended=started + timedelta(seconds=total),
        planned_seconds=timeline.total_seconds, elapsed=total, active=total, paused=0.0,
        tally=Tally(sets, sets, 0, 0, 0, 0), answers=Answers(feeling, pain_after, pain_before), steps=logs)
