"""When a programme's next session is due, and what "today" is: pure date arithmetic, the day given.

The rule people expect from a coach: **the plan waits for you**. A missed day does not pile sessions up
and does not skip one: the next session in the order stays next, "planned for Monday" until it is done,
and the schedule goes on from the day it was really done. So what is due depends only on where the
programme stands (its position, the day the last session was done, or the day it started) and today:

* ``days``: the first of the chosen weekdays after the day of the last session (from the start day on,
  before the first one);
* ``every: N``: N days after the last session (the start day, before the first);
* ``when: ready``: the day after the last session's ``rest_days`` days off (the start day, before the first).

A session is due on that day and stays due, waiting, on every day after it. Tests give the day; nothing
here reads a clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from .programme import Programme, ProgrammeSession, Schedule, ScheduleKind


@dataclass(frozen=True)
class RunState:
    """Where a followed programme stands (``core/programme_log.py`` keeps it)."""

    start_date: date
    position: int = 0
    """Sessions of the programme done so far: the next one is ``sessions[position % len(sessions)]``."""
    last_done: date | None = None
    """The day the last of them was done (``None`` before the first)."""
    paused: bool = False


class DayKind(StrEnum):
    DUE = "due"
    """Today's session: due today, or due earlier and waiting."""
    REST = "rest"
    """A rest day: the next session is due later."""
    PAUSED = "paused"


@dataclass(frozen=True)
class Today:
    kind: DayKind
    position: int
    session: ProgrammeSession
    """The next session (today's, when ``kind`` is due)."""
    due: date
    """The day it is (or was) planned for."""
    today: date

    @property
    def late_days(self) -> int:
        """Days it has waited (0 when it is due today or later)."""
        return max(0, (self.today - self.due).days)

    @property
    def days_to_go(self) -> int:
        return max(0, (self.due - self.today).days)


def next_due(schedule: Schedule, state: RunState) -> date:
    """The day the next session is planned for (it may be in the past: then it is waiting)."""
    last = state.last_done
    if schedule.kind is ScheduleKind.EVERY:
        return last + timedelta(days=schedule.every) if last is not None else state.start_date
    if schedule.kind is ScheduleKind.READY:
        return last + timedelta(days=schedule.rest_days + 1) if last is not None else state.start_date
    base = last + timedelta(days=1) if last is not None else state.start_date
    return next_weekday(base, schedule.days)


def next_weekday(base: date, days: tuple[int, ...]) -> date:
    """The first day from ``base`` on that falls on one of ``days`` (Monday 0)."""
    for offset in range(7):
        day = base + timedelta(days=offset)
        if day.weekday() in days:
            return day
    raise ValueError("a weekly schedule needs at least one day")


def today_of(programme: Programme, state: RunState, today: date) -> Today:
    """What the programme says on ``today``."""
    due = next_due(programme.schedule, state)
    session = programme.session_at(state.position)
    kind = DayKind.PAUSED if state.paused else DayKind.DUE if due <= today else DayKind.REST
    return Today(kind, state.position, session, due, today)


def done(state: RunState, day: date) -> RunState:
    """The next session was done on ``day``: the programme moves on one, and plans from that day."""
    return RunState(state.start_date, state.position + 1, day, state.paused)


def upcoming(programme: Programme, state: RunState, today: date, count: int) -> list[tuple[date, int]]:
    """The next ``count`` sessions as ``(day, position)``, if each is done on the day it is due (a waiting
    session is planned for today)."""
    planned: list[tuple[date, int]] = []
    current = state
    for _ in range(count):
        day = max(next_due(programme.schedule, current), today)
        planned.append((day, current.position))
        current = done(current, day)
    return planned


def day_text(day: date, today: date) -> str:
    """``today``, ``tomorrow``, ``yesterday``, ``on Friday`` (within a week ahead), ``3 days ago (Tuesday)``
    (within a week back), else ``on Fri 14 Mar``."""
    delta = (day - today).days
    if delta == 0:
        return "today"
    if delta == 1:
        return "tomorrow"
    if delta == -1:
        return "yesterday"
    if 1 < delta < 7:
        return f"on {day:%A}"
    if -7 < delta < -1:
        return f"{-delta} days ago ({day:%A})"
    return f"on {day:%a} {day.day} {day:%b}" + (f" {day.year}" if day.year != today.year else "")


def describe_today(programme: Programme, today: Today) -> str:
    """One line for the "today" panel and ``backcoach today``."""
    n = len(programme.sessions)
    where = f"session {today.position % n + 1} of {n}" + (f", round {today.position // n + 1}" if today.position >= n
                                                            else "")
    name = today.session.routine
    if today.kind is DayKind.PAUSED:
        return f"{programme.title} is paused. Next when you resume: {name} ({where})."
    if today.kind is DayKind.REST:
        return f"Rest day. Next: {name} ({where}), {day_text(today.due, today.today)}."
    if today.late_days:
        return (f"Today: {name} ({where}). It was planned {day_text(today.due, today.today)}: the plan waited for "
                "you, nothing piles up.")
    return f"Today: {name} ({where})."
