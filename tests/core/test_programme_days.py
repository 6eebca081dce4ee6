"""Programmes over days and weeks, on the history alone (no Qt): a programme followed, missed, paused and
resumed; the 48-hour recovery rule at 47 and 49 hours; a harder step offered, accepted and undone. Every day and
time is given: nothing waits, nothing reads the clock."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from backcoach.core.catalog import Catalog, CatalogEntry, load_catalog
from backcoach.core.durations import Level
from backcoach.core.history_records import Feeling, SessionRecord, SessionStatus
from backcoach.core.history_sample import done_session
from backcoach.core.history_store import HistoryStore
from backcoach.core.programme_catalog import ProgrammeEntry, find_programme, load_programmes
from backcoach.core.programme_day import (
    alternatives,
    day_of,
    entry_id,
    note_session,
    offer_after,
    recovery_warning,
    session_routine,
)
from backcoach.core.programme_log import (
    events,
    leave,
    level_changes,
    pause,
    record_level_change,
    restart,
    resume,
    start,
    undo_level_change,
)
from backcoach.core.programme_schedule import DayKind, RunState, describe_today, today_of, upcoming
from backcoach.core.progression import Direction, Rung, ladder, rung_text, what_changes, with_extra
from backcoach.core.recovery import HARD_SETS, check, rule_text
from backcoach.resources import bundled_programmes_dir, bundled_routines_dir

ZONE = timezone(timedelta(hours=1))
MONDAY = date(2025, 3, 3)


def at(day: date, hour: int = 18, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZONE)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    bundled = bundled_routines_dir()
    return load_catalog([(bundled, True)], {bundled: "routines"})


@pytest.fixture(scope="module")
def programmes(catalog: Catalog) -> tuple[ProgrammeEntry, ...]:
    folder = bundled_programmes_dir()
    return load_programmes([(folder, True)], catalog, {folder: "programmes"})


@pytest.fixture
def store() -> HistoryStore:
    return HistoryStore.open(None)


def routine(catalog: Catalog, title: str) -> CatalogEntry:
    return next(e for e in catalog.entries if e.title == title)


def do(store: HistoryStore, entry: CatalogEntry, when: datetime, programmes: tuple[ProgrammeEntry, ...] = (),
       **answers: object) -> SessionRecord:
    """Record a session of ``entry`` done in full from ``when``, as the app does when it ends."""
    assert entry.routine is not None
    record = done_session(entry.routine, entry_id(entry), when, library=entry.exercise_library, **answers)  # type: ignore[arg-type]
    store.add_records([record])
    note_session(store, record, programmes, record.ended or when)
    return record


def plan(programmes: tuple[ProgrammeEntry, ...], name: str) -> ProgrammeEntry:
    found = find_programme(programmes, name)
    assert found is not None and found.resolved is not None
    return found


def day_title(day_number: int) -> str:
    titles = {1: "Core Activation & Stability", 2: "Upper Back Strengthening", 3: "Lower Back & Glutes",
              4: "Mobility & Flexibility", 5: "Functional Movements & Endurance", 6: "Posture & Alignment",
              7: "Active Recovery & Foam Rolling"}
    return f"7-Day Preventive Back Plan — Day {day_number}: {titles[day_number]}"


# -- followed, missed, resumed --------------------------------------------------------------------------------


def test_the_7_day_plan_followed_day_after_day(store: HistoryStore, catalog: Catalog,
                                               programmes: tuple[ProgrammeEntry, ...]) -> None:
    seven = plan(programmes, "7-day-preventive-back-plan")
    start(store, seven.programme_id, seven.title, at(MONDAY, 8))
    for offset in range(9):  # round the week, into the second one
        day = MONDAY + timedelta(days=offset)
        today = day_of(store, catalog, programmes, at(day, 18), 48)
        assert today.today is not None and today.today.kind is DayKind.DUE and today.today.late_days == 0
        assert today.session is not None and today.session.title == day_title(offset % 7 + 1)
        assert today.warning is None  # each day "a different aspect of back health": never too soon
        if offset == 2:  # in the morning, Day 3's lower back and glutes are not 48 hours from Day 1's yet
            morning = day_of(store, catalog, programmes, at(day, 9), 48).warning
            assert morning is not None and morning.text().endswith("until Wed 18:00, 9 hours from now.")
        do(store, today.session, at(day, 18), programmes)
        evening = day_of(store, catalog, programmes, at(day, 21), 48)
        assert evening.today is not None and evening.today.kind is DayKind.REST
        assert evening.today.due == day + timedelta(days=1)
        assert evening.last is not None and evening.last.routine_title == day_title(offset % 7 + 1)
    assert describe_today(seven.resolved.programme, evening.today) == (  # type: ignore[union-attr]
        "Rest day. Next: 7-Day Preventive Back Plan — Day 3: Lower Back & Glutes (session 3 of 7, round 2), "
        "tomorrow.")


def test_missed_days_wait_for_you_and_never_pile_up(store: HistoryStore, catalog: Catalog,
                                                    programmes: tuple[ProgrammeEntry, ...]) -> None:
    seven = plan(programmes, "7-Day Preventive Back Plan")
    start(store, seven.programme_id, seven.title, at(MONDAY, 8))
    do(store, routine(catalog, day_title(1)), at(MONDAY), programmes)
    # Tuesday to Friday missed: on Saturday the plan still offers Day 2, once, planned for Tuesday.
    saturday = MONDAY + timedelta(days=5)
    today = day_of(store, catalog, programmes, at(saturday, 9), 48).today
    assert today is not None and today.kind is DayKind.DUE and today.session.routine == day_title(2)
    assert today.due == MONDAY + timedelta(days=1) and today.late_days == 4
    assert "planned 4 days ago (Tuesday): the plan waited for you" in describe_today(seven.resolved.programme, today)  # type: ignore[union-attr]
    do(store, routine(catalog, day_title(2)), at(saturday), programmes)
    sunday = day_of(store, catalog, programmes, at(saturday + timedelta(days=1), 9), 48).today
    assert sunday is not None and sunday.kind is DayKind.DUE and sunday.session.routine == day_title(3)
    assert sunday.late_days == 0  # planned from the day Day 2 was really done


def test_a_session_of_another_routine_or_with_no_set_done_does_not_move_the_programme_on(
        store: HistoryStore, catalog: Catalog, programmes: tuple[ProgrammeEntry, ...]) -> None:
    seven = plan(programmes, "7-Day Preventive Back Plan")
    start(store, seven.programme_id, seven.title, at(MONDAY, 8))
    do(store, routine(catalog, day_title(4)), at(MONDAY), programmes)  # not the next one
    stopped = done_session(routine(catalog, day_title(1)).routine, entry_id(routine(catalog, day_title(1))),  # type: ignore[arg-type]
                           at(MONDAY, 19), status=SessionStatus.STOPPED)
    stopped = SessionRecord(**{**stopped.__dict__, "tally": type(stopped.tally)(stopped.tally.sets_planned, 0)})
    store.add_records([stopped])
    assert not note_session(store, stopped, programmes, at(MONDAY, 20))
    today = day_of(store, catalog, programmes, at(MONDAY, 21), 48).today
    assert today is not None and today.session.routine == day_title(1) and today.kind is DayKind.DUE
    record = do(store, routine(catalog, day_title(1)), at(MONDAY, 21), programmes)
    assert not note_session(store, record, programmes, at(MONDAY, 23))  # counted once


def test_paused_then_resumed_the_programme_goes_on_where_it_stood(store: HistoryStore, catalog: Catalog,
                                                                  programmes: tuple[ProgrammeEntry, ...]) -> None:
    seven = plan(programmes, "7-Day Preventive Back Plan")
    start(store, seven.programme_id, seven.title, at(MONDAY, 8))
    do(store, routine(catalog, day_title(1)), at(MONDAY), programmes)
    assert pause(store, at(MONDAY, 21)) and not pause(store, at(MONDAY, 22))
    thursday = MONDAY + timedelta(days=3)
    paused = day_of(store, catalog, programmes, at(thursday, 9), 48)
    assert paused.today is not None and paused.today.kind is DayKind.PAUSED and paused.warning is None
    record = do(store, routine(catalog, day_title(2)), at(thursday), programmes)  # done while paused: not counted
    assert paused.run is not None and not note_session(store, record, programmes, at(thursday, 19))
    assert resume(store, at(thursday + timedelta(days=1), 8)) and not resume(store, at(thursday, 9))
    friday = day_of(store, catalog, programmes, at(thursday + timedelta(days=1), 9), 48).today
    assert friday is not None and friday.kind is DayKind.DUE and friday.session.routine == day_title(2)
    assert [e.kind for e in events(store, paused.run.id)] == ["start", "done", "pause", "resume"]


def test_restart_and_leave(store: HistoryStore, catalog: Catalog, programmes: tuple[ProgrammeEntry, ...]) -> None:
    seven = plan(programmes, "7-Day Preventive Back Plan")
    first = start(store, seven.programme_id, seven.title, at(MONDAY, 8))
    do(store, routine(catalog, day_title(1)), at(MONDAY), programmes)
    again = restart(store, at(MONDAY + timedelta(days=1), 8))
    assert again is not None and again.id != first.id and again.state == RunState(MONDAY + timedelta(days=1))
    assert [e.kind for e in events(store, first.id)] == ["start", "done", "leave"]
    nuffield = plan(programmes, "nuffield-back-classes")
    switched = start(store, nuffield.programme_id, nuffield.title, at(MONDAY + timedelta(days=1), 9))
    assert [e.kind for e in events(store, again.id)] == ["start", "leave"]  # one programme at a time
    left = leave(store, at(MONDAY + timedelta(days=2)))
    assert left is not None and left.id == switched.id
    assert day_of(store, catalog, programmes, at(MONDAY + timedelta(days=2)), 48).run is None


def test_days_of_the_week_schedule(catalog: Catalog, programmes: tuple[ProgrammeEntry, ...]) -> None:
    nuffield = plan(programmes, "nuffield-back-classes").resolved.programme  # type: ignore[union-attr]
    sunday = MONDAY - timedelta(days=1)
    state = RunState(sunday)
    assert today_of(nuffield, state, sunday).kind is DayKind.REST
    assert today_of(nuffield, state, sunday).due == MONDAY
    after_monday = RunState(sunday, 1, MONDAY)
    assert today_of(nuffield, after_monday, MONDAY + timedelta(days=1)).due == MONDAY + timedelta(days=2)
    late = today_of(nuffield, after_monday, MONDAY + timedelta(days=3))  # Wednesday missed, Thursday now
    assert late.kind is DayKind.DUE and late.late_days == 1 and late.session.routine == "Revitalise your spine"
    assert [day.weekday() for day, _ in upcoming(nuffield, RunState(sunday), sunday, 6)] == [0, 2, 4, 0, 2, 4]
    assert [pos for _, pos in upcoming(nuffield, RunState(sunday), sunday, 4)] == [0, 1, 2, 3]


def test_when_ready_with_a_rest_day(programmes: tuple[ProgrammeEntry, ...]) -> None:
    kim = plan(programmes, "back-strengthening-two-to-four-days").resolved.programme  # type: ignore[union-attr]
    done_monday = RunState(MONDAY, 1, MONDAY)
    assert today_of(kim, done_monday, MONDAY + timedelta(days=1)).kind is DayKind.REST  # consecutive days: no
    assert today_of(kim, done_monday, MONDAY + timedelta(days=2)).kind is DayKind.DUE  # 48 hours later
    assert [d for d, _ in upcoming(kim, done_monday, MONDAY, 3)] == [MONDAY + timedelta(days=n) for n in (2, 4, 6)]


# -- recovery: 48 hours ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("hours_later", "warned"), [(47, True), (49, False)])
def test_the_48_hour_rule_at_47_and_49_hours(store: HistoryStore, catalog: Catalog, hours_later: int,
                                             warned: bool) -> None:
    zahra = routine(catalog, "Get strong back muscles with Zahra's core workout")
    record = do(store, zahra, at(MONDAY, 9))
    now = record.started + timedelta(hours=hours_later)
    warning = recovery_warning(store, catalog, zahra, now, 48)
    assert (warning is not None) is warned
    if warning is not None:
        assert warning.groups == ("glutes and hips", "core and abdominals", "lower back")  # most worked first
        assert int(warning.hours_since) == 47 and warning.last.title == zahra.title
        assert "works your glutes and hips, core and abdominals and lower back hard" in warning.text()
        assert warning.text().endswith("(Mon 09:00). Give them 48 hours to recover: until Wed 09:00, 1 hour from now.")
    longer = recovery_warning(store, catalog, zahra, now, 72)  # the setting's other end
    assert longer is not None


def test_a_session_that_works_other_muscles_or_only_stretches_is_not_warned(store: HistoryStore,
                                                                           catalog: Catalog) -> None:
    do(store, routine(catalog, "Get strong back muscles with Zahra's core workout"), at(MONDAY, 9))
    tomorrow = at(MONDAY + timedelta(days=1), 9)
    assert recovery_warning(store, catalog, routine(catalog, day_title(2)), tomorrow, 48) is None  # upper back
    assert recovery_warning(store, catalog, routine(catalog, day_title(4)), tomorrow, 48) is None  # mobility


def test_the_check_counts_sets_and_leaves_light_moves_out(catalog: Catalog) -> None:
    from backcoach.core.recovery import Worked, group_of

    assert group_of("Erector Spinae") == "lower back" and group_of("whole body") == ""
    now = at(MONDAY)
    hard = {"legs": HARD_SETS}
    almost = {"legs": HARD_SETS - 1}
    assert check(hard, [Worked("A", now - timedelta(hours=5), hard)], now) is not None
    assert check(almost, [Worked("A", now - timedelta(hours=5), hard)], now) is None
    assert check(hard, [Worked("A", now - timedelta(hours=5), almost)], now) is None
    assert check(hard, [Worked("A", now + timedelta(hours=1), hard)], now) is None  # the future is not the past
    text = " ".join(rule_text(48))
    assert "48 hours" in text and "Allow for 48 to 72 hours of recovery" in text and f"{HARD_SETS} sets" in text


def test_too_soon_offers_the_programmes_gentler_alternative_and_a_mobility_session(
        store: HistoryStore, catalog: Catalog, programmes: tuple[ProgrammeEntry, ...]) -> None:
    seven = plan(programmes, "7-Day Preventive Back Plan")
    do(store, routine(catalog, day_title(1)), at(MONDAY, 9))
    day3 = routine(catalog, day_title(3))  # lower back and glutes again, a day later
    warning = recovery_warning(store, catalog, day3, at(MONDAY + timedelta(days=1), 9), 48)
    assert warning is not None and set(warning.groups) == {"glutes and hips", "lower back"}
    gentler, mobility = alternatives(warning, catalog, seven.resolved.gentler_entry(2), seven, day3)  # type: ignore[union-attr]
    assert gentler is not None and gentler.title == day_title(7)
    assert mobility is not None and mobility.title == day_title(4)
    # outside a programme: no gentler alternative, a mobility session from the library
    assert alternatives(warning, catalog, None, None, day3)[1] is not None


# -- progress the user agrees to --------------------------------------------------------------------------


def test_a_harder_step_offered_after_three_too_easy_accepted_and_undone(store: HistoryStore,
                                                                        catalog: Catalog) -> None:
    day1 = routine(catalog, day_title(1))
    assert day1.routine is not None
    rid = entry_id(day1)
    first = do(store, day1, at(MONDAY), feeling=Feeling.TOO_EASY)
    assert offer_after(store, first, day1, 3) is None
    second = do(store, day1, at(MONDAY + timedelta(days=2)), feeling=Feeling.TOO_EASY)
    assert offer_after(store, second, day1, 3) is None
    assert offer_after(store, second, day1, 2) is not None  # the threshold is the user's setting
    third = do(store, day1, at(MONDAY + timedelta(days=4)), feeling=Feeling.TOO_EASY)
    state = offer_after(store, third, day1, 3)
    assert state is not None and state.answered is None
    offer = state.offer
    assert offer.direction is Direction.HARDER and offer.in_a_row == 3
    assert offer.before == Rung(Level.INTERMEDIATE) and offer.after == Rung(Level.ADVANCED)
    assert offer.question(day1.title).endswith("Make it harder from next time: advanced level instead of "
                                               "intermediate level?")
    # Nothing changes without a yes:
    assert session_routine(store, day1, None) == (day1.routine, None)
    change = record_level_change(store, rid, at(MONDAY + timedelta(days=4), 19), third.uid, offer.reason,
                                 offer.before, offer.after, True)  # type: ignore[arg-type]
    assert session_routine(store, day1, None) == (day1.routine, Level.ADVANCED)
    assert session_routine(store, day1, Level.EASY) == (day1.routine, Level.EASY)  # chosen for one session
    again = offer_after(store, third, day1, 3)  # the summary shown again: the answer is remembered
    assert again is not None and again.answered is True
    # A fourth too easy session does not offer again at once: the count starts after the change.
    fourth = do(store, day1, at(MONDAY + timedelta(days=6)), feeling=Feeling.TOO_EASY)
    assert offer_after(store, fourth, day1, 3) is None
    assert undo_level_change(store, change.id, at(MONDAY + timedelta(days=6), 20))
    assert not undo_level_change(store, change.id, at(MONDAY + timedelta(days=6), 21))
    assert session_routine(store, day1, None) == (day1.routine, None)
    assert [(c.accepted, c.undone_at is not None) for c in level_changes(store, rid)] == [(True, True)]


def test_too_hard_or_more_pain_offers_an_easier_step(store: HistoryStore, catalog: Catalog) -> None:
    day1 = routine(catalog, day_title(1))
    hard = do(store, day1, at(MONDAY), feeling=Feeling.TOO_HARD)
    state = offer_after(store, hard, day1, 3)
    assert state is not None and state.offer.direction is Direction.EASIER and state.offer.after == Rung(Level.EASY)
    sore = do(store, day1, at(MONDAY + timedelta(days=2)), pain_before=2, pain_after=4)
    state = offer_after(store, sore, day1, 3)
    assert state is not None and state.offer.reason == "pain"
    fine = do(store, day1, at(MONDAY + timedelta(days=4)), pain_before=4, pain_after=2)
    assert offer_after(store, fine, day1, 3) is None
    hurt = do(store, day1, at(MONDAY + timedelta(days=6)), level=Level.EASY, status=SessionStatus.HURT)
    state = offer_after(store, hurt, day1, 3)
    assert state is not None and state.offer.reason == "hurt" and state.offer.after is None  # easiest already
    assert "see a physiotherapist" in state.offer.question(day1.title)


def test_beyond_the_top_level_more_reps_holds_then_a_set_within_the_ranges(catalog: Catalog) -> None:
    day1 = routine(catalog, day_title(1))
    assert day1.routine is not None and day1.exercise_library is not None
    steps = ladder(day1.routine, day1.exercise_library)
    assert steps == (Rung(Level.EASY), Rung(Level.INTERMEDIATE), Rung(Level.ADVANCED), Rung(Level.ADVANCED, 1),
                     Rung(Level.ADVANCED, 2), Rung(Level.ADVANCED, 3))
    harder = {e.name: e for e in with_extra(day1.routine, 3, day1.exercise_library).exercises}
    assert harder["Dead bug"].reps is not None and harder["Dead bug"].reps.low == 16 and harder["Dead bug"].sets == 4
    plank = harder["Plank hold"]
    assert plank.hold is not None and (plank.hold.low, plank.hold.high) == (30, 60)  # a range: its author's limit
    assert rung_text(Rung(Level.ADVANCED, 2)) == "advanced level +4 reps, +10 s holds"
    assert what_changes(day1.routine, Rung(Level.INTERMEDIATE), Rung(Level.ADVANCED)) == (
        "the high end of each range; one set more (exercises of 2 sets or more)")
    assert what_changes(day1.routine, Rung(Level.ADVANCED), Rung(Level.ADVANCED, 1)) == (
        "2 more reps where a set has a fixed count, holds 5 s longer; ranges stay at their top")
    stretches = routine(catalog, day_title(4))
    assert stretches.routine is not None and stretches.exercise_library is not None
    assert with_extra(stretches.routine, 3, stretches.exercise_library) == stretches.routine  # stretches left alone
