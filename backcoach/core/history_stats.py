"""What the history says: days trained, sessions and minutes per week against a target, the streak, trends.

The target comes from the articles: kimfitness advises strength training for the back "typically two to
four days a week according to your fitness level and goals", and not the same back muscles on consecutive
days. So the streak counts *weeks* that reached the target, not days in a row (training every day is not
what the articles ask for). Only sessions in which at least one set was done in full count as trained
(:attr:`~.history_records.SessionRecord.trained`); minutes are the time the steps really ran, pauses out.
Pure functions of the records and "today", so they are tested without a clock or a screen.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .history_records import Answers, Feeling, SessionRecord


@dataclass(frozen=True)
class WeekTarget:
    low: int = 2
    high: int = 4

    def __post_init__(self) -> None:
        if not 1 <= self.low <= self.high <= 14:
            raise ValueError(f"a weekly target is 1 to 14 sessions, low before high, not {self.low}-{self.high}")

    def text(self) -> str:
        return f"{self.low}–{self.high}" if self.low != self.high else str(self.low)


DEFAULT_TARGET = WeekTarget(2, 4)
TARGET_SOURCE = ('kimfitness, "A Back Strengthening Workout for All": "typically two to four days a week '
                 'according to your fitness level and goals"')
"""Where the default target comes from, shown beside it."""


@dataclass(frozen=True)
class Week:
    start: date
    sessions: int
    minutes: float


@dataclass(frozen=True)
class TrendPoint:
    """One session's answers, for the pain and effort trend."""

    when: datetime
    pain_before: int | None
    pain_after: int | None
    feeling: Feeling | None


def week_start(day: date, first_weekday: int = 0) -> date:
    """The first day of ``day``'s week; ``first_weekday`` 0 is Monday (ISO), 6 Sunday."""
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


def trained_days(records: Iterable[SessionRecord]) -> Counter[date]:
    """How many sessions counted as trained on each local day."""
    return Counter(record.day for record in records if record.trained)


def weeks(records: Iterable[SessionRecord], today: date, count: int, first_weekday: int = 0) -> list[Week]:
    """The last ``count`` weeks up to and including this one, oldest first (weeks with nothing included)."""
    sessions: Counter[date] = Counter()
    minutes: defaultdict[date, float] = defaultdict(float)
    for record in records:
        if record.trained:
            start = week_start(record.day, first_weekday)
            sessions[start] += 1
            minutes[start] += record.minutes
    this_week = week_start(today, first_weekday)
    starts = [this_week - timedelta(weeks=back) for back in range(count - 1, -1, -1)]
    return [Week(start, sessions[start], minutes[start]) for start in starts]


def weeks_since_first(records: Sequence[SessionRecord], today: date, first_weekday: int = 0) -> int:
    """How many weeks the history spans, up to this one (at least one)."""
    days = [record.day for record in records]
    if not days:
        return 1
    return (week_start(today, first_weekday) - week_start(min(days), first_weekday)).days // 7 + 1


def streak(records: Iterable[SessionRecord], today: date, target: WeekTarget = DEFAULT_TARGET,
           first_weekday: int = 0) -> int:
    """Weeks in a row that reached the target's low end, up to this week. This week counts once reached;
    until then it does not break the streak (the week is not over)."""
    per_week = trained_days_per_week(records, first_weekday)
    week = week_start(today, first_weekday)
    count = 0
    if per_week.get(week, 0) >= target.low:
        count += 1
    week -= timedelta(weeks=1)
    while per_week.get(week, 0) >= target.low:
        count += 1
        week -= timedelta(weeks=1)
    return count


def trained_days_per_week(records: Iterable[SessionRecord], first_weekday: int = 0) -> Counter[date]:
    """Sessions trained in each week (keyed by the week's first day)."""
    return Counter(week_start(record.day, first_weekday) for record in records if record.trained)


def trend(records: Iterable[SessionRecord]) -> list[TrendPoint]:
    """The sessions with at least one answer, oldest first."""
    return [TrendPoint(r.started, r.answers.pain_before, r.answers.pain_after, r.answers.feeling)
            for r in records if r.answers != Answers()]


def week_verdict(sessions: int, target: WeekTarget) -> str:
    """How a week's count compares with the target, in words."""
    if sessions < target.low:
        return "below the target"
    if sessions > target.high:
        return "above the target"
    return "on target"


def since_text(when: datetime | date, today: date) -> str:
    """``today``, ``yesterday``, ``3 days ago``, ``12 Mar``, ``12 Mar 2023``: how long ago, as a list shows it."""
    day = when.date() if isinstance(when, datetime) else when
    days = (today - day).days
    if days <= 0:
        return "today"
    if days == 1:
        return "yesterday"
    if days < 7:
        return f"{days} days ago"
    return f"{day.day} {day:%b}" + (f" {day.year}" if day.year != today.year else "")


@dataclass(frozen=True)
class Overview:
    """Everything the history view's overview shows, worked out in one pass over the records."""

    today: date
    target: WeekTarget
    weeks: list[Week]
    """The weeks the charts show, oldest first, this week last."""
    this_week: int
    """Sessions trained this week so far."""
    streak: int
    sessions: int
    """Sessions trained, in all."""
    minutes: float
    days: Counter[date]
    """Sessions trained on each local day (the calendar)."""
    trend: list[TrendPoint]
    """Answers of the sessions within the weeks shown."""

    @property
    def weeks_on_target(self) -> int:
        return sum(1 for week in self.weeks if self.target.low <= week.sessions)


def overview(records: Sequence[SessionRecord], today: date, target: WeekTarget = DEFAULT_TARGET,
             shown_weeks: int | None = 26, first_weekday: int = 0) -> Overview:
    """``shown_weeks`` None: every week since the first session. One pass over the records (the history
    screen opens on years of them), counting weeks by the ordinal of their first day."""
    this_week = week_start(today, first_weekday).toordinal()
    days: Counter[date] = Counter()
    per_week: Counter[int] = Counter()
    minutes: defaultdict[int, float] = defaultdict(float)
    first = this_week
    sessions = 0
    total = 0.0
    for record in records:
        day = record.started.date()
        ordinal = day.toordinal()
        week = ordinal - (ordinal - 1 - first_weekday) % 7  # date.fromordinal(1) is a Monday
        first = min(first, week)
        if record.tally.done > 0:  # trained
            days[day] += 1
            per_week[week] += 1
            minutes[week] += record.active / 60
            sessions += 1
            total += record.active / 60
    count = shown_weeks if shown_weeks is not None else (this_week - first) // 7 + 1
    starts = [this_week - 7 * back for back in range(count - 1, -1, -1)]
    shown = [Week(date.fromordinal(start), per_week[start], minutes[start]) for start in starts]
    run = 1 if per_week[this_week] >= target.low else 0
    week = this_week - 7
    while per_week[week] >= target.low:
        run += 1
        week -= 7
    since = date.fromordinal(starts[0])
    return Overview(today=today, target=target, weeks=shown, this_week=per_week[this_week], streak=run,
                    sessions=sessions, minutes=total, days=days,
                    trend=trend(record for record in records if record.started.date() >= since))
