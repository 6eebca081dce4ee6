"""The session history on its own (no Qt): recording as it happens, what a summary counts, migrations,
files that cannot be read, deleting and putting back."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sample_routines import TEST_CLASS

from backcoach.core.cues import plan_cues
from backcoach.core.engine import SessionEngine, State, StepEnding
from backcoach.core.history_records import Answers, Feeling, SessionStatus, StepLog, tally
from backcoach.core.history_sample import sample_history
from backcoach.core.history_store import (
    MIGRATIONS,
    SCHEMA_VERSION,
    HistoryStore,
    HistoryUnavailable,
    migrate,
)
from backcoach.core.loader import load_routine
from backcoach.core.session_recorder import SessionRecorder
from backcoach.core.timeline import StepKind, expand

WHEN = datetime(2025, 3, 4, 18, 30, tzinfo=timezone(timedelta(hours=1)))


class Clock:
    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


def session(store: HistoryStore, when: datetime = WHEN, pain_before: int | None = None
            ) -> tuple[SessionEngine, Clock, SessionRecorder]:
    clock = Clock()
    engine = SessionEngine(plan_cues(expand(load_routine(TEST_CLASS, "test.yaml"))), clock)
    recorder = SessionRecorder(engine, store, "routines/test.yaml", wall=lambda: when, pain_before=pain_before)
    return engine, clock, recorder


def run(engine: SessionEngine, clock: Clock, seconds: float) -> None:
    end = clock.now + seconds
    while clock.now < end - 1e-9 and engine.state is State.RUNNING:
        clock.now = min(end, clock.now + 0.25)
        engine.tick()


@pytest.fixture
def store(tmp_path: Path) -> HistoryStore:
    return HistoryStore.open(tmp_path / "history.sqlite3")


def test_nothing_is_recorded_until_the_session_starts_then_at_once(store: HistoryStore) -> None:
    engine, _clock, recorder = session(store)
    assert store.count() == 0
    engine.start()
    [stored] = store.sessions()
    assert stored.status is SessionStatus.RUNNING
    assert (stored.routine_id, stored.routine_title, stored.level) == ("routines/test.yaml", "Test class",
                                                                       "intermediate")
    assert stored.started == WHEN and stored.day == date(2025, 3, 4)
    assert stored.uid == recorder.uid


def test_every_step_boundary_is_on_disk_before_the_next_step_runs(store: HistoryStore, tmp_path: Path) -> None:
    engine, clock, recorder = session(store)
    engine.start()
    first = engine.steps[0]
    run(engine, clock, first.planned + 0.1)
    other = sqlite3.connect(tmp_path / "history.sqlite3")  # what any other reader (or a restart) sees
    assert other.execute("SELECT COUNT(*) FROM steps").fetchone()[0] == 1
    engine.next()
    assert other.execute("SELECT COUNT(*) FROM steps").fetchone()[0] == 2
    assert other.execute("SELECT status FROM sessions").fetchone()[0] == "running"
    record = store.session(recorder.uid)
    assert record is not None and [log.ending for log in record.steps] == [StepEnding.COMPLETED,
                                                                           StepEnding.SKIPPED]


def test_the_summary_counts_sets_done_skipped_shortened_and_rests_lengthened_from_the_engine(
        store: HistoryStore) -> None:
    engine, clock, recorder = session(store)
    engine.start()
    steps = engine.steps
    work = [s for s in steps if s.kind is StepKind.WORK]
    run(engine, clock, steps[1].end + 0.5)  # get-ready, first set of squats
    assert engine.current is not None and engine.current.kind is StepKind.REST
    engine.extend()  # the rest between the squats' sets: +10 s
    run(engine, clock, 1)
    engine.pause()
    clock.now += 95  # a phone call
    engine.resume()
    engine.next()  # the rest, left early
    run(engine, clock, 5)
    engine.next()  # second set of squats: 5 s of it, then on
    engine.next()  # the get-ready of the plank
    engine.next()  # the plank's first side, at once: skipped
    while engine.state is State.RUNNING:
        run(engine, clock, 1)
        if engine.current is not None and engine.current.duration is None:
            engine.done()
    assert engine.state is State.FINISHED
    record = recorder.record()
    assert record is not None
    t = record.tally
    assert (t.sets_planned, t.done, t.shortened, t.skipped, t.not_reached) == (len(work), len(work) - 2, 1, 1, 0)
    assert (t.lengthened, t.seconds_added) == (1, 10)
    assert record.paused == pytest.approx(95)
    assert record.elapsed == pytest.approx(clock.now - 500.0)  # the clock's time, not the plan's
    assert record.active == pytest.approx(sum(engine.active_seconds))
    assert record.status is SessionStatus.FINISHED
    stored = store.session(recorder.uid)
    assert stored == record  # what the summary shows is what the history holds
    assert stored is not None and stored.steps == record.steps


def test_a_set_restarted_and_then_finished_counts_once_as_done() -> None:
    def log(index: int, ending: StepEnding, seconds: float) -> StepLog:
        return StepLog(0, index, StepKind.WORK, "Plank", 1, 1, None, 1, 40, seconds, ending, 0, 0.0)

    steps = expand(load_routine(TEST_CLASS, "t.yaml")).steps
    counted = tally([log(1, StepEnding.REPEATED, 12), log(1, StepEnding.COMPLETED, 40), log(3, StepEnding.BACK, 1),
                     log(5, StepEnding.SWAPPED, 20), log(7, StepEnding.STOPPED, 9)], steps)
    assert (counted.done, counted.shortened, counted.skipped) == (1, 1, 0)  # 3: passing through; 5: swapped


def test_stopped_and_stopped_because_it_hurt_are_told_apart_and_keep_what_was_done(store: HistoryStore) -> None:
    engine, clock, recorder = session(store)
    engine.start()
    run(engine, clock, engine.steps[2].start + 1)
    engine.stop()
    assert store.sessions()[0].status is SessionStatus.STOPPED
    assert store.sessions()[0].tally.done == 1 and store.sessions()[0].tally.not_reached > 0
    engine, clock, recorder = session(store, WHEN + timedelta(days=1))
    engine.start()
    recorder.stopping_for_pain()
    engine.stop()
    assert store.sessions()[1].status is SessionStatus.HURT


def test_answers_are_optional_can_change_and_are_kept(store: HistoryStore) -> None:
    engine, _clock, recorder = session(store, pain_before=4)
    engine.start()
    engine.stop()
    assert store.sessions()[0].answers == Answers(None, None, 4)
    recorder.answer(Feeling.TOO_HARD, None)
    recorder.answer(Feeling.ABOUT_RIGHT, 2)
    assert store.sessions()[0].answers == Answers(Feeling.ABOUT_RIGHT, 2, 4)
    recorder.answer(None, 2)  # un-chosen again
    assert store.sessions()[0].answers.feeling is None
    with pytest.raises(ValueError, match="0 to 10"):
        Answers(pain_after=11)


def test_a_new_file_gets_the_current_schema_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "folder" / "history.sqlite3"
    store = HistoryStore.open(path)
    assert store.schema_version == SCHEMA_VERSION and store.notice is None
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_migration_adds_to_the_schema_and_keeps_every_session(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    store = HistoryStore.open(path)
    store.add_records(sample_history(WHEN, 30))
    before = store.sessions(with_steps=True)
    store.close()

    def programmes(db: sqlite3.Connection) -> None:  # what the programmes issue will add, for example
        db.execute("CREATE TABLE programme_progress (session_uid TEXT REFERENCES sessions (uid), position INTEGER)")

    db = sqlite3.connect(path, isolation_level=None)
    assert migrate(db, (*MIGRATIONS, programmes)) == SCHEMA_VERSION
    assert migrate(db, (*MIGRATIONS, programmes)) == SCHEMA_VERSION + 1  # applied once only
    db.close()
    newer = HistoryStore.open(path)  # this version, on a file one version newer
    assert newer.read_only and newer.notice is not None and "newer BackCoach" in newer.notice
    assert newer.sessions(with_steps=True) == before  # readable as it is
    assert path.exists() and not list(tmp_path.glob("*.broken-*"))  # never moved aside: it is not broken
    engine, _clock, _recorder = session(newer)
    with pytest.raises(HistoryUnavailable):
        engine.start()


def test_a_file_that_is_not_a_database_is_moved_aside_with_a_notice_and_a_new_one_started(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"this is not SQLite\n" * 100)
    store = HistoryStore.open(path, clock=lambda: datetime(2025, 3, 4, 9).timestamp())
    [aside] = tmp_path.glob("history.sqlite3.broken-*")
    assert aside.name == "history.sqlite3.broken-20250304-090000"
    assert aside.read_bytes() == b"this is not SQLite\n" * 100  # kept as it was, for whoever wants it
    assert store.notice is not None and str(aside) in store.notice and "new history" in store.notice
    engine, _clock, _recorder = session(store)
    engine.start()
    assert HistoryStore.open(path).count() == 1


def test_a_damaged_database_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    store = HistoryStore.open(path)
    store.add_records(sample_history(WHEN, 200))
    store.close()
    data = bytearray(path.read_bytes())
    page = 4096
    data[3 * page:6 * page] = b"\xa5" * (3 * page)  # scribble over pages in the middle
    path.write_bytes(bytes(data))
    again = HistoryStore.open(path)
    assert again.notice is not None and "moved to" in again.notice
    assert again.count() == 0
    assert len(list(tmp_path.glob("history.sqlite3.broken-*"))) == 1


def test_a_folder_where_the_file_should_be_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.mkdir()
    store = HistoryStore.open(path)
    assert store.notice is not None and store.path == path and path.is_file()


def test_when_no_file_can_be_made_the_history_lives_in_memory_for_the_run(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    store = HistoryStore.open(blocker / "history.sqlite3")
    assert store.path is None and store.notice is not None and "will not be kept" in store.notice
    engine, _clock, recorder = session(store)
    engine.start()
    engine.stop()
    assert store.sessions()[0].uid == recorder.uid  # the app goes on, with its summary


def test_a_busy_file_is_never_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    HistoryStore.open(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    store = HistoryStore.open(path, busy_ms=50)
    holder.execute("ROLLBACK")
    holder.close()
    assert store.path is None and store.notice is not None
    assert not list(tmp_path.glob("*.broken-*"))
    assert HistoryStore.open(path).notice is None


def test_a_session_left_running_by_an_app_that_is_gone_is_marked_interrupted_with_what_it_did(
        tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    first = HistoryStore.open(path)
    engine, clock, _recorder = session(first)
    engine.start()
    run(engine, clock, engine.steps[1].end + 1)
    second = HistoryStore.open(path)  # another copy of the app opens while the session runs
    assert second.sessions()[0].status is SessionStatus.RUNNING  # alive: left alone
    first.locks.release_all()  # what the end of its process does to its lock
    assert HistoryStore.open(path).mark_interrupted() == 0  # marked by the opening itself
    [stored] = second.sessions(with_steps=True)
    assert stored.status is SessionStatus.INTERRUPTED
    assert stored.tally.done == 1 and len(stored.steps) == 2
    assert stored.ended == stored.started + timedelta(seconds=stored.elapsed)


def test_deleting_asks_nothing_of_the_store_and_restoring_puts_everything_back(store: HistoryStore) -> None:
    store.add_records(sample_history(WHEN, 40))
    everything = store.sessions(with_steps=True)
    victim = everything[3]
    deleted = store.delete([victim.uid])
    assert [r.uid for r in deleted.sessions] == [victim.uid]
    assert victim.uid not in {r.uid for r in store.sessions()}
    assert store.restore(deleted) == 1
    assert store.sessions(with_steps=True) == everything
    assert store.session(victim.uid) == victim and store.session(victim.uid).steps == victim.steps  # type: ignore[union-attr]
    all_of_it = store.delete_all()
    assert store.count() == 0 and len(all_of_it.sessions) == len(everything)
    store.restore(all_of_it)
    assert store.sessions(with_steps=True) == everything


def test_delete_all_leaves_a_session_another_copy_is_recording(store: HistoryStore) -> None:
    store.add_records(sample_history(WHEN, 10))
    engine, _clock, recorder = session(store)
    engine.start()
    store.delete_all()
    assert [r.uid for r in store.sessions()] == [recorder.uid]


def test_last_done_is_the_latest_session_of_each_routine_with_a_set_done(store: HistoryStore) -> None:
    engine, clock, _ = session(store, WHEN)
    engine.start()
    run(engine, clock, engine.steps[1].end + 0.5)
    engine.stop()
    engine, clock, _ = session(store, WHEN + timedelta(days=2))
    engine.start()
    engine.stop()  # nothing done: does not count
    assert store.last_done() == {"routines/test.yaml": WHEN}


def test_since_filters_by_the_local_day(store: HistoryStore) -> None:
    store.add_records(sample_history(WHEN, 60, every_day=True))
    days = [r.day for r in store.sessions(since=date(2025, 3, 1))]
    assert days == [date(2025, 3, d) for d in (1, 2, 3, 4)]


def test_the_list_of_sessions_is_read_again_whenever_anyone_wrote(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    mine, other = HistoryStore.open(path), HistoryStore.open(path)
    mine.add_records(sample_history(WHEN, 20))
    first = mine.sessions()
    assert mine.sessions() == first
    other.add_records(sample_history(WHEN + timedelta(days=30), 5, seed=3))  # another copy of the app
    assert len(mine.sessions()) == len(first) + len(other.sessions(since=date(2025, 3, 5)))
    engine, _clock, recorder = session(mine, WHEN + timedelta(days=40))
    engine.start()
    assert mine.sessions()[-1].uid == recorder.uid and other.sessions()[-1].uid == recorder.uid
    engine.stop()
    assert other.sessions()[-1].status is SessionStatus.STOPPED
    mine.delete([recorder.uid])
    assert recorder.uid not in {r.uid for r in other.sessions()} | {r.uid for r in mine.sessions()}


class _LockedOnce(sqlite3.Connection):
    """A connection whose first switch to WAL gets what SQLite answers when another copy switches the same new
    file at that moment: "database is locked" at once, without its busy timeout."""

    refused = 0

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:  # type: ignore[override]
        if sql == "PRAGMA journal_mode = WAL" and _LockedOnce.refused == 0:
            _LockedOnce.refused += 1
            error = sqlite3.OperationalError("database is locked")
            error.sqlite_errorcode = 5  # type: ignore[attr-defined]  # SQLITE_BUSY, as sqlite3 sets it
            raise error
        return super().execute(sql, *args)


def test_a_history_another_copy_is_creating_at_the_same_moment_is_still_opened_as_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda *args, **kwargs: connect(*args, factory=_LockedOnce, **kwargs))
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    assert _LockedOnce.refused == 1
    assert store.path == tmp_path / "history.sqlite3" and store.notice is None  # not "kept in memory"


def test_two_copies_opening_a_new_history_at_once_both_keep_it_on_disk(tmp_path: Path) -> None:
    def open_and_close(path: Path, found: list[tuple[Path | None, str | None]]) -> None:
        store = HistoryStore.open(path)
        found.append((store.path, store.notice))
        store.close()

    for attempt in range(20):  # the two switches to WAL meet in a good share of attempts
        path = tmp_path / f"history-{attempt}.sqlite3"
        found: list[tuple[Path | None, str | None]] = []
        other = threading.Thread(target=open_and_close, args=(path, found))
        other.start()
        open_and_close(path, found)
        other.join()
        assert found == [(path, None), (path, None)]  # neither "keeps this run's sessions in memory"
