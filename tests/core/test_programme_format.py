"""The programme format: read like a routine (the same pipeline, the same located problems), checked against
the routine library, and written back exactly."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcoach.core.catalog import Catalog, load_catalog
from backcoach.core.problems import RoutineError
from backcoach.core.programme import (
    WEEKDAYS,
    Programme,
    ProgrammeSession,
    Schedule,
    ScheduleKind,
    check_routines,
    load_programme,
    load_programme_file,
)
from backcoach.core.programme_catalog import find_programme, load_programmes
from backcoach.core.programme_writer import dump_programme
from backcoach.resources import bundled_programmes_dir, bundled_routines_dir

GOOD = """\
backcoach-programme: 1
title: Mine
schedule:
  days: [Mon, thursday]
sessions:
  - The back fit workout
  - routine: Revitalise your spine
    gentler: "7-Day Preventive Back Plan — Day 4: Mobility & Flexibility"
gentler: "7-Day Preventive Back Plan — Day 7: Active Recovery & Foam Rolling"
"""


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    bundled = bundled_routines_dir()
    return load_catalog([(bundled, True)], {bundled: "routines"})


def problems(text: str, file: str = "p.yaml") -> list[str]:
    with pytest.raises(RoutineError) as caught:
        load_programme(text, file)
    return [str(p) for p in caught.value.problems]


def test_a_programme_reads_into_its_sessions_schedule_and_gentler_alternative() -> None:
    programme = load_programme(GOOD, "p.yaml")
    assert programme.title == "Mine"
    assert programme.schedule == Schedule(ScheduleKind.DAYS, days=(0, 3))
    assert [s.routine for s in programme.sessions] == ["The back fit workout", "Revitalise your spine"]
    assert programme.sessions[1].gentler == "7-Day Preventive Back Plan — Day 4: Mobility & Flexibility"
    assert programme.gentler_for(0) == "7-Day Preventive Back Plan — Day 7: Active Recovery & Foam Rolling"
    assert programme.gentler_for(1) == "7-Day Preventive Back Plan — Day 4: Mobility & Flexibility"
    assert programme.session_at(2).routine == "The back fit workout"  # it starts over after the last
    assert programme.schedule.describe() == "Monday and Thursday (2 a week)"


@pytest.mark.parametrize(("schedule", "expected", "said"), [
    ("every: 1", Schedule(ScheduleKind.EVERY, every=1), "every day"),
    ("every: day", Schedule(ScheduleKind.EVERY, every=1), "every day"),
    ("every: 3 days", Schedule(ScheduleKind.EVERY, every=3), "every 3 days"),
    ("when: ready", Schedule(ScheduleKind.READY), "whenever you are ready"),
    ("{when: Ready, rest_days: 2}", Schedule(ScheduleKind.READY, rest_days=2),
     "whenever you are ready, with at least 2 rest days in between"),
    ("days: sunday", Schedule(ScheduleKind.DAYS, days=(6,)), "Sunday (1 a week)"),
])
def test_each_kind_of_schedule(schedule: str, expected: Schedule, said: str) -> None:
    text = f"backcoach-programme: 1\ntitle: T\nschedule:\n  {schedule}\nsessions: [A]\n" if not schedule.startswith(
        "{") else f"backcoach-programme: 1\ntitle: T\nschedule: {schedule}\nsessions: [A]\n"
    programme = load_programme(text)
    assert programme.schedule == expected
    assert programme.schedule.describe() == said


HEAD = "backcoach-programme: 1\ntitle: T\n"


@pytest.mark.parametrize(("text", "expected"), [
    ("", "p.yaml:1:1: the file is empty; a programme starts with 'backcoach-programme: 1'"),
    ("backcoach-programme: 2\ntitle: T\nschedule: {every: 1}\nsessions: [A]\n",
     "p.yaml:1:22: 'backcoach-programme' is the format version and must be 1, not 2"),
    (HEAD + "sessions: [A]\n", "p.yaml:1:1: a programme needs 'schedule'"),
    (HEAD + "schedule: {every: 1}\nsessions: []\n", "p.yaml:4:11: 'sessions' is empty; it needs at least one item"),
    (HEAD + "schedule: {every: 1}\nsesions: [A]\n",
     "p.yaml:4:1: 'sesions' is not a key here — did you mean 'sessions'?"),
    (HEAD + "schedule: {every: 1, days: [mon]}\nsessions: [A]\n",
     "p.yaml:3:11: 'schedule' needs one of 'days' (days of the week), 'every' (a session every N days) or 'when: "
     "ready', not days and every"),
    (HEAD + "schedule: {}\nsessions: [A]\n", "p.yaml:3:11: 'schedule' needs one of 'days' (days of the week), "
     "'every' (a session every N days) or 'when: ready'"),
    (HEAD + "schedule: {days: [mon, funday]}\nsessions: [A]\n",
     "p.yaml:3:24: 'days': 'funday' is not a day of the week; write monday … sunday (or mon … sun)"),
    (HEAD + "schedule: {days: [mon, Monday]}\nsessions: [A]\n", "p.yaml:3:24: 'days': monday is named twice"),
    (HEAD + "schedule: {every: 0}\nsessions: [A]\n", "p.yaml:3:19: 'every' must be from 1 to 28, not 0"),
    (HEAD + "schedule: {every: 30 days}\nsessions: [A]\n", "p.yaml:3:19: 'every' must be from 1 to 28 days, not 30"),
    (HEAD + "schedule: {every: fortnightly}\nsessions: [A]\n",
     "p.yaml:3:19: 'every' is a number of days like 2 or '2 days', not 'fortnightly'"),
    (HEAD + "schedule: {when: later}\nsessions: [A]\n",
     "p.yaml:3:18: 'when' can only be 'ready' (the next session whenever you are ready), not 'later'"),
    (HEAD + "schedule: {every: 2, rest_days: 1}\nsessions: [A]\n",
     "p.yaml:3:33: 'rest_days' goes with 'when: ready'; with 'days' or 'every' the rest days are the days between "
     "sessions"),
    (HEAD + "schedule: {when: ready, rest_days: 15}\nsessions: [A]\n",
     "p.yaml:3:36: 'rest_days' must be from 0 to 14, not 15"),
    (HEAD + "schedule: {every: 1}\nsessions:\n  - {routine: A, easier: B}\n",
     "p.yaml:5:18: 'easier' is not a key here — did you mean 'gentler'?"),
    (HEAD + "schedule: {every: 1}\nsessions:\n  - {routine: A, colour: B}\n",
     "p.yaml:5:18: 'colour' is not a key of a session; the keys are: routine, gentler"),
    (HEAD + "schedule: {every: 1}\nsessions:\n  - {gentler: B}\n", "p.yaml:5:5: a session needs 'routine'"),
    (HEAD + "schedule: {every: 1}\nsessions:\n  - [A]\n", "p.yaml:5:5: 'sessions' must be a single value, not a list"),
    ("- a list\n", "p.yaml:1:1: a programme must be a mapping of keys and values, not a list"),
])
def test_a_broken_programme_says_what_is_wrong_where(text: str, expected: str) -> None:
    assert expected in problems(text)


def test_every_problem_of_a_file_is_reported_at_once() -> None:
    found = problems(HEAD + "schedule: {every: 0}\nsessions:\n  - {routine: A, easier: B}\ngentle: C\n")
    assert len(found) == 3 and [p.split(":")[1] for p in found] == ["3", "5", "6"]


def test_too_many_sessions_is_one_problem_at_the_first_one_too_many() -> None:
    text = HEAD + "schedule: {every: 1}\nsessions:\n" + "".join(f"  - R{i}\n" for i in range(150))
    assert problems(text) == ["p.yaml:105:5: a programme holds at most 100 sessions"]


def test_hostile_programmes_are_refused_quickly_with_located_messages(tmp_path: Path) -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
        f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(9)) + HEAD + "schedule: {every: 1}\nsessions: *j\n"
    deep = HEAD + "schedule: " + "[" * 100_000 + "\n"
    started = time.perf_counter()
    for text in (bomb, deep):
        assert problems(text)
    (tmp_path / "folder.yaml").mkdir()
    with pytest.raises(RoutineError, match="this is a folder, not a file"):
        load_programme_file(tmp_path / "folder.yaml")
    assert time.perf_counter() - started < 5  # not a hang (measured in ms; the bound only catches a hang)


def test_names_are_checked_against_the_routine_library_with_a_suggestion(catalog: Catalog) -> None:
    text = GOOD.replace("  - The back fit workout", "  - The back fitt workout").replace(
        "Day 4: Mobility", "Day 9: Mobility")
    checked = check_routines(load_programme(text, "p.yaml"), "p.yaml", catalog)
    assert checked == [] or isinstance(checked, list)
    assert [str(p) for p in checked] == [  # type: ignore[union-attr]
        "p.yaml:6:5: 'sessions': no routine is called 'The back fitt workout' — did you mean 'The back fit "
        "workout'?",
        "p.yaml:8:14: 'gentler': no routine is called '7-Day Preventive Back Plan — Day 9: Mobility & Flexibility' "
        "— did you mean '7-Day Preventive Back Plan — Day 4: Mobility & Flexibility'?",
    ]
    resolved = check_routines(load_programme(GOOD.replace("The back fit", "the BACK  fit"), "p.yaml"), "p.yaml",
                              catalog)
    assert not isinstance(resolved, list)
    assert resolved.session_entry(0).display_name == "routines/nuffield-back-fit-workout.yaml"
    assert [e.title for e in resolved.entries()][:2] == ["The back fit workout", "Revitalise your spine"]


def test_a_programme_naming_a_huge_unknown_title_gets_no_suggestion_and_a_clipped_message(catalog: Catalog) -> None:
    programme = Programme("T", Schedule(ScheduleKind.EVERY), (ProgrammeSession("x" * 100_000),))
    started = time.perf_counter()
    [problem] = check_routines(programme, "p.yaml", catalog)  # type: ignore[misc]
    assert time.perf_counter() - started < 1
    assert len(str(problem)) < 200 and "did you mean" not in str(problem)


# -- the bundled programmes --------------------------------------------------------------------------------


def test_the_bundled_programmes_all_read_and_name_bundled_routines(catalog: Catalog) -> None:
    folder = bundled_programmes_dir()
    entries = load_programmes([(folder, True)], catalog, {folder: "programmes"})
    assert {e.display_name for e in entries} == {
        "programmes/7-day-preventive-back-plan.yaml", "programmes/nuffield-back-classes.yaml",
        "programmes/back-strengthening-two-to-four-days.yaml"}
    assert all(e.usable and not e.problems for e in entries), [e.problems for e in entries]
    assert find_programme(entries, "nuffield-back-classes") is find_programme(entries, "Nuffield Health back classes")
    assert find_programme(entries, "programmes/7-day-preventive-back-plan.yaml") is not None
    assert find_programme(entries, "nothing") is None


# -- writing -----------------------------------------------------------------------------------------------


def test_every_bundled_programme_writes_back_to_itself() -> None:
    for path in sorted(bundled_programmes_dir().glob("*.yaml")):
        programme = load_programme_file(path)
        assert load_programme(dump_programme(programme)) == programme, path.name


texts = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30).filter(str.strip)
schedules = st.one_of(
    st.builds(lambda days: Schedule(ScheduleKind.DAYS, days=tuple(sorted(days))),
              st.sets(st.integers(0, 6), min_size=1)),
    st.builds(lambda n: Schedule(ScheduleKind.EVERY, every=n), st.integers(1, 28)),
    st.builds(lambda n: Schedule(ScheduleKind.READY, rest_days=n), st.integers(0, 14)),
)
sessions = st.builds(ProgrammeSession, texts.map(str.strip), st.one_of(st.none(), texts.map(str.strip)))


@settings(max_examples=150, deadline=None)
@given(texts.map(str.strip), schedules, st.lists(sessions, min_size=1, max_size=8),
       st.one_of(st.none(), texts.map(str.strip)), st.one_of(st.none(), texts.map(str.strip)))
def test_any_programme_writes_back_to_itself(title: str, schedule: Schedule, items: list[ProgrammeSession],
                                              summary: str | None, gentler: str | None) -> None:
    programme = Programme(title, schedule, tuple(items), summary=summary, gentler=gentler)
    assert load_programme(dump_programme(programme)) == programme


def test_weekday_names_are_in_date_weekday_order() -> None:
    from datetime import date

    assert WEEKDAYS[date(2025, 3, 3).weekday()] == "monday"
