"""What the history view and the command line say about a history: weeks, target, streak, trends, exports."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

from backcoach.core.history_export import CSV_COLUMNS, to_csv, to_json
from backcoach.core.history_records import Answers, Feeling, SessionRecord, SessionStatus, Tally
from backcoach.core.history_sample import sample_history
from backcoach.core.history_stats import (
    DEFAULT_TARGET,
    TARGET_SOURCE,
    WeekTarget,
    overview,
    since_text,
    streak,
    trained_days,
    trend,
    week_start,
    weeks,
    weeks_since_first,
)

TZ = timezone(timedelta(hours=2))


def record(day: date, done: int = 5, minutes: float = 20, hour: int = 18, **changes: object) -> SessionRecord:
    started = datetime(day.year, day.month, day.day, hour, tzinfo=TZ)
    base = SessionRecord(f"u{day}{hour}", "routines/r.yaml", "R", "intermediate", SessionStatus.FINISHED, started,
                         started + timedelta(minutes=minutes), 1200, minutes * 60, minutes * 60, 0.0,
                         Tally(5, done, 0, 0, 0, 0))
    return replace(base, **changes)  # type: ignore[arg-type]


MONDAY = date(2025, 3, 3)


def test_the_default_target_is_the_articles_two_to_four_a_week() -> None:
    assert (DEFAULT_TARGET.low, DEFAULT_TARGET.high) == (2, 4)
    assert "two to four days a week" in TARGET_SOURCE
    with pytest.raises(ValueError):
        WeekTarget(4, 2)


def test_weeks_start_on_the_chosen_day() -> None:
    assert week_start(date(2025, 3, 9)) == MONDAY  # a Sunday belongs to the week that began on Monday
    assert week_start(date(2025, 3, 9), first_weekday=6) == date(2025, 3, 9)


def test_sessions_and_minutes_per_week_count_only_sessions_with_a_set_done() -> None:
    records = [record(MONDAY), record(MONDAY + timedelta(days=2), minutes=30),
               record(MONDAY + timedelta(days=3), done=0),  # opened and stopped at once: not trained
               record(MONDAY - timedelta(days=6))]
    shown = weeks(records, MONDAY + timedelta(days=4), 3)
    assert [(w.start, w.sessions, round(w.minutes)) for w in shown] == [
        (MONDAY - timedelta(weeks=2), 0, 0), (MONDAY - timedelta(weeks=1), 1, 20), (MONDAY, 2, 50)]
    assert trained_days(records) == {MONDAY: 1, MONDAY + timedelta(days=2): 1, MONDAY - timedelta(days=6): 1}


def test_the_streak_counts_weeks_on_target_and_an_unfinished_week_does_not_break_it() -> None:
    history = [record(MONDAY - timedelta(weeks=w) + timedelta(days=d)) for w in (1, 2, 3) for d in (0, 3)]
    history.append(record(MONDAY - timedelta(weeks=5)))
    wednesday = MONDAY + timedelta(days=2)
    assert streak(history, wednesday) == 3  # this week has nothing yet: not over, not broken
    assert streak([*history, record(MONDAY), record(MONDAY + timedelta(days=1))], wednesday) == 4
    assert streak(history, wednesday + timedelta(weeks=1)) == 0  # a whole week with nothing ends it
    assert streak(history, wednesday, WeekTarget(3, 4)) == 0


def test_a_session_belongs_to_the_day_where_it_was_done() -> None:
    late = datetime(2025, 3, 3, 23, 30, tzinfo=timezone(timedelta(hours=-5)))  # 04:30 UTC on the 4th
    assert record(MONDAY, started=late).day == MONDAY


def test_the_trend_lists_sessions_with_an_answer() -> None:
    answered = record(MONDAY, answers=Answers(Feeling.TOO_EASY, 2, 3))
    assert [(p.pain_before, p.pain_after, p.feeling) for p in trend([record(MONDAY, hour=7), answered])] == [
        (3, 2, Feeling.TOO_EASY)]


def test_since_text_reads_like_a_person() -> None:
    today = date(2025, 3, 10)
    assert [since_text(today - timedelta(days=d), today) for d in (0, 1, 3, 8)] == [
        "today", "yesterday", "3 days ago", "2 Mar"]
    assert since_text(date(2024, 12, 30), today) == "30 Dec 2024"


def test_csv_has_one_row_per_session_and_keeps_formula_text_as_text() -> None:
    records = [record(MONDAY, answers=Answers(Feeling.TOO_HARD, 4, None)),
               record(MONDAY + timedelta(days=1), routine_title="=HYPERLINK(\"x\")")]
    rows = list(csv.DictReader(io.StringIO(to_csv(records))))
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert (rows[0]["how_hard"], rows[0]["pain_after"], rows[0]["pain_before"]) == ("too-hard", "4", "")
    assert rows[0]["started"] == "2025-03-03T18:00:00+02:00"
    assert rows[1]["routine"] == "'=HYPERLINK(\"x\")"


def test_json_carries_every_session_with_its_steps() -> None:
    records = sample_history(datetime(2025, 3, 3, 12, tzinfo=TZ), 20)
    document = json.loads(to_json(records))
    assert document["format"] == "backcoach-history" and document["version"] == 1
    assert [s["uid"] for s in document["sessions"]] == [r.uid for r in records]
    assert len(document["sessions"][0]["steps"]) == len(records[0].steps)
    assert set(CSV_COLUMNS) <= set(document["sessions"][0])


@pytest.mark.parametrize("first_weekday", [0, 6])
@pytest.mark.parametrize("shown", [12, None])
def test_the_overview_in_one_pass_agrees_with_each_count_on_its_own(first_weekday: int, shown: int | None) -> None:
    records = sample_history(datetime(2025, 3, 5, 12, tzinfo=TZ), 400)
    today = date(2025, 3, 5)
    seen = overview(records, today, WeekTarget(2, 3), shown, first_weekday)
    count = shown if shown is not None else weeks_since_first(records, today, first_weekday)
    assert seen.weeks == weeks(records, today, count, first_weekday)
    assert seen.streak == streak(records, today, WeekTarget(2, 3), first_weekday)
    assert seen.days == trained_days(records)
    assert seen.this_week == seen.weeks[-1].sessions
    assert seen.sessions == sum(1 for r in records if r.trained)
    assert [p.when for p in seen.trend] == [r.started for r in records
                                            if r.day >= seen.weeks[0].start and r.answers != Answers()]
