"""``backcoach today`` and ``backcoach programme …``: what they print, their JSON, the calendar file, exit codes."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar

from backcoach.catalogs import bundled_catalog
from backcoach.cli import main
from backcoach.core.catalog import CatalogEntry
from backcoach.core.history_sample import done_session
from backcoach.core.history_store import HistoryStore
from backcoach.core.programme_day import entry_id
from backcoach.core.programme_log import record_done, start
from backcoach.core.session_recorder import local_now
from backcoach.resources import bundled_programmes_dir

SEVEN = "programmes/7-day-preventive-back-plan.yaml"


def day_entry(number: int) -> CatalogEntry:
    return next(e for e in bundled_catalog().entries if e.title.startswith(f"7-Day Preventive Back Plan — Day "
                                                                           f"{number}:"))


def seed(user_dir: Path, done_hours_ago: list[float], started_days_ago: int = 3) -> None:
    """The 7-day plan started a few days ago, with its first sessions done so many hours ago (one each)."""
    store = HistoryStore.open(user_dir / "history.sqlite3")
    now = local_now()
    run = start(store, SEVEN, "7-Day Preventive Back Plan", now - timedelta(days=started_days_ago))
    for number, hours in enumerate(done_hours_ago, start=1):
        entry = day_entry(number)
        when = now - timedelta(hours=hours)
        assert entry.routine is not None
        record = done_session(entry.routine, entry_id(entry), when, library=entry.exercise_library)
        store.add_records([record])
        assert record_done(store, run.id, record.uid, record.day, when)
    store.close()


def test_today_without_a_programme_says_how_to_start_one_and_makes_no_file(
        user_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["today"]) == 0
    assert "No programme followed. 'backcoach programme list' shows them" in capsys.readouterr().out
    assert main(["today", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["programme"] is None and data["today"] is None and data["date"] == date.today().isoformat()
    assert not (user_dir / "history.sqlite3").exists()


def test_programme_list_and_show(user_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["programme", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["following"] is None
    assert {p["title"]: (p["schedule"]["text"], p["sessions"]) for p in listed["programmes"]} == {
        "7-Day Preventive Back Plan": ("every day", 7),
        "Nuffield Health back classes": ("Monday, Wednesday and Friday (3 a week)", 3),
        "A Back Strengthening Workout for All, two to four days a week":
            ("whenever you are ready, with at least 1 rest day in between", 1)}
    assert main(["programme", "show", "nuffield-back-classes", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert [s["routine"] for s in shown["sessions"]] == [
        "The back fit workout", "Revitalise your spine", "Get strong back muscles with Zahra's core workout"]
    assert shown["schedule"]["days"] == ["monday", "wednesday", "friday"]
    assert all(s["estimated_seconds"] > 0 for s in shown["sessions"])
    assert main(["programme", "show", "Nuffield Health back classes"]) == 0
    out = capsys.readouterr().out
    assert "schedule: Monday, Wednesday and Friday (3 a week); rest days: Tuesday, Thursday, Saturday, Sunday" in out


def test_a_broken_programme_file_gets_located_problems_and_exit_1(user_dir: Path, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    mine = user_dir / "programmes"
    mine.mkdir()
    (mine / "mine.yaml").write_text("backcoach-programme: 1\ntitle: Mine\nschedule: {every: 0}\n"
                                    "sessions: [The back fit workot]\n", encoding="utf-8")
    assert main(["programme", "show", "mine"]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [f"{mine / 'mine.yaml'}:3:19: 'every' must be from 1 to 28, not 0"]
    assert "cannot be used" in captured.err
    (mine / "mine.yaml").write_text("backcoach-programme: 1\ntitle: Mine\nschedule: {every: 2}\n"
                                    "sessions: [The back fit workot]\n", encoding="utf-8")
    assert main(["programme", "show", str(mine / "mine.yaml")]) == 1
    assert "did you mean 'The back fit workout'?" in capsys.readouterr().out
    assert main(["programme", "list"]) == 0
    captured = capsys.readouterr()
    assert "BROKEN" in captured.out and "4 programmes (1 of yours in" in captured.err and "1 broken" in captured.err
    assert main(["programme", "show", "nothing-like-it"]) == 1
    assert "no such programme" in capsys.readouterr().err


def test_validate_checks_a_programme_as_a_programme(user_dir: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """``backcoach validate`` is how a file is checked: a programme among routines is read as a programme (its
    routines looked up), not reported as a routine with unknown keys."""
    (tmp_path / "plan.yaml").write_text("# my plan\nbackcoach-programme: 1\ntitle: Mine\nschedule: {every: 2}\n"
                                        "sessions: [The back fit workot]\n", encoding="utf-8")
    (tmp_path / "good.yaml").write_text("backcoach-programme: 1\ntitle: Good\nschedule: {when: ready}\n"
                                        "sessions: [Revitalise your spine]\n", encoding="utf-8")
    assert main(["validate", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [f"{tmp_path / 'plan.yaml'}:5:12: 'sessions': no routine is called 'The "
                                         "back fit workot' — did you mean 'The back fit workout'?"]
    assert "checked 2 file(s): 1 valid, 1 with problems" in captured.err
    assert main(["validate", str(bundled_programmes_dir())]) == 0  # the bundled programmes are valid
    assert "checked 3 file(s): 3 valid, 0 with problems" in capsys.readouterr().err


def test_start_pause_resume_leave(user_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["programme", "start", "7-day-preventive-back-plan", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["today"]["kind"] == "due" and data["today"]["session"] == 1 and data["programme"]["status"] == "active"
    assert main(["programme", "start", "nuffield-back-classes"]) == 0
    captured = capsys.readouterr()
    assert "you no longer follow 7-Day Preventive Back Plan" in captured.err
    assert captured.out.startswith("Started Nuffield Health back classes today.")
    assert main(["programme", "pause"]) == 0 and main(["programme", "pause"]) == 1
    assert "already paused" in capsys.readouterr().err
    assert main(["today", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["today"]["kind"] == "paused"
    assert main(["programme", "resume"]) == 0 and main(["programme", "leave"]) == 0
    capsys.readouterr()
    assert main(["programme", "leave"]) == 1
    assert "you follow no programme" in capsys.readouterr().err


def test_today_after_missed_days_offers_the_next_session_once(user_dir: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    seed(user_dir, [72], started_days_ago=3)  # Day 1 three days ago; Day 2 was due the day after
    assert main(["today", "--json"]) == 0
    today = json.loads(capsys.readouterr().out)["today"]
    assert today["kind"] == "due" and today["session"] == 2 and today["late_days"] == 2
    assert "the plan waited for you, nothing piles up" in today["text"]
    tomorrow = (local_now() + timedelta(days=1)).date()
    assert main(["today", "--json", "--on", tomorrow.isoformat()]) == 0
    assert json.loads(capsys.readouterr().out)["today"]["session"] == 2  # still Day 2, not Day 3 as well


def test_today_warns_when_its_session_comes_too_soon(user_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed(user_dir, [30, 6], started_days_ago=2)  # Day 1 and Day 2 bunched together: Day 3 is next
    assert main(["today"]) == 0
    out = capsys.readouterr().out
    assert "Too soon: This session works your glutes and hips and lower back hard" in out
    assert "Last: 7-Day Preventive Back Plan — Day 2: Upper Back Strengthening, today" in out or \
        "Last: 7-Day Preventive Back Plan — Day 2: Upper Back Strengthening, yesterday" in out
    assert main(["today", "--json"]) == 0
    recovery = json.loads(capsys.readouterr().out)["recovery"]
    assert recovery["groups"] == ["glutes and hips", "lower back"] and recovery["hours_needed"] == 48
    assert any("Allow for 48 to 72 hours of recovery" in line for line in recovery["rule"])


def test_calendar_of_the_nuffield_classes(user_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "classes.ics"
    assert main(["programme", "calendar", "nuffield-back-classes", "--output", str(target)]) == 0
    calendar = Calendar.from_ical(target.read_bytes())
    events = [c for c in calendar.walk("VEVENT")]
    assert len(events) == 3
    today = local_now().date()
    dates: list[tuple[date, str]] = []
    for event in events:
        first = event.decoded("dtstart")
        rule = rrulestr(event["rrule"].to_ical().decode(), dtstart=datetime(first.year, first.month, first.day))
        dates += [(when.date(), str(event["summary"])) for when in rule[:8]]
    dates.sort()
    assert dates[0][0] >= today and all(day.weekday() in (0, 2, 4) for day, _ in dates)
    assert [summary.removeprefix("BackCoach: ") for _, summary in dates[:6]] == [
        "The back fit workout", "Revitalise your spine", "Get strong back muscles with Zahra's core workout"] * 2
    assert len({str(e["uid"]) for e in events}) == 3
    assert main(["programme", "calendar", "--output", str(target)]) == 1  # none followed, none named


def test_calendar_of_the_followed_plan_starts_at_the_waiting_session(user_dir: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    seed(user_dir, [72], started_days_ago=3)
    assert main(["programme", "calendar", "--output", "-"]) == 0
    calendar = Calendar.from_ical(capsys.readouterr().out.encode())
    events = sorted(calendar.walk("VEVENT"), key=lambda e: e.decoded("dtstart"))
    assert events[0].decoded("dtstart") == local_now().date()
    assert str(events[0]["summary"]).startswith("BackCoach: 7-Day Preventive Back Plan — Day 2:")
    assert all(e["rrule"]["INTERVAL"] == [7] and e["rrule"]["FREQ"] == ["DAILY"] for e in events)
