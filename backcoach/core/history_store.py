"""The history of sessions in an embedded SQLite database: never lost to a crash, never a reason not to start.

* **Recorded as it happens.** A session is inserted when it starts and updated at every step boundary, each
  time in its own transaction, in WAL mode with ``synchronous=FULL``: what was committed survives a crash,
  a ``kill -9`` and a power cut. A session whose app died stays ``running`` on disk until the next opening
  finds its lock free (:mod:`.history_locks`) and marks it ``interrupted``, with everything done until then.
* **Several copies of the app** share the file: WAL lets readers read while one writes, every write takes
  the write lock at once (``BEGIN IMMEDIATE``) and waits its turn (``busy_timeout``) instead of failing.
* **A schema version** (``PRAGMA user_version``) and numbered migrations, applied in one transaction by
  whichever copy opens the file first. Migrations only ever add (tables, columns), so a newer file stays
  readable by the columns this version knows; this version never writes to a newer file.
* **A file that cannot be read** (not a database, corrupt, a folder in its place) is moved aside to
  ``history.sqlite3.broken-<time>`` with a notice, and a new history starts; if even that fails the
  history lives in memory for this run, with a notice. A busy or full disk never moves a file aside.

Times: ``started_at``/``ended_at``/``updated_at`` are Unix seconds; ``tz_offset`` is the UTC offset (minutes)
of the place the session was done, so "which day" is the user's day then; ``local_date`` is that day.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .engine import StepEnding
from .history_locks import RunningLocks
from .history_records import (
    Answers,
    Feeling,
    Progress,
    SessionRecord,
    SessionStart,
    SessionStatus,
    StepLog,
    Tally,
    local_time,
    offset_minutes,
)
from .timeline import StepKind

log = logging.getLogger("backcoach")

BUSY_TIMEOUT_MS = 10_000
"""How long a write waits for another copy of the app to finish its own (theirs take milliseconds)."""


def _schema_1(db: sqlite3.Connection) -> None:
    """Sessions and the steps they went through. Room is left for what builds on the history (programmes,
    their progress, recovery checks): new tables that refer to ``sessions.id``/``uid``, added by a migration."""
    db.execute("""
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            routine_id TEXT NOT NULL,
            routine_title TEXT NOT NULL,
            level TEXT,
            status TEXT NOT NULL
                CHECK (status IN ('running', 'finished', 'stopped', 'hurt', 'interrupted')),
            started_at REAL NOT NULL,
            tz_offset INTEGER NOT NULL,
            local_date TEXT NOT NULL,
            updated_at REAL NOT NULL,
            ended_at REAL,
            planned_seconds INTEGER NOT NULL,
            elapsed_seconds REAL NOT NULL DEFAULT 0,
            active_seconds REAL NOT NULL DEFAULT 0,
            paused_seconds REAL NOT NULL DEFAULT 0,
            sets_planned INTEGER NOT NULL DEFAULT 0,
            sets_done INTEGER NOT NULL DEFAULT 0,
            sets_shortened INTEGER NOT NULL DEFAULT 0,
            sets_skipped INTEGER NOT NULL DEFAULT 0,
            rests_lengthened INTEGER NOT NULL DEFAULT 0,
            seconds_added INTEGER NOT NULL DEFAULT 0,
            feeling TEXT CHECK (feeling IN ('too-easy', 'about-right', 'too-hard')),
            pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
            pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10)
        )""")
    db.execute("CREATE INDEX sessions_by_date ON sessions (local_date, started_at)")
    db.execute("CREATE INDEX sessions_by_routine ON sessions (routine_id, started_at)")
    db.execute("CREATE INDEX sessions_running ON sessions (status) WHERE status = 'running'")
    db.execute("""
        CREATE TABLE steps (
            session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            step_index INTEGER NOT NULL,
            kind TEXT NOT NULL,
            exercise TEXT NOT NULL,
            set_number INTEGER NOT NULL,
            sets INTEGER NOT NULL,
            side TEXT,
            round INTEGER NOT NULL,
            planned_seconds INTEGER,
            seconds REAL NOT NULL,
            ending TEXT NOT NULL,
            extended_seconds INTEGER NOT NULL DEFAULT 0,
            at_seconds REAL NOT NULL,
            PRIMARY KEY (session_id, seq)
        ) WITHOUT ROWID""")


def _schema_2(db: sqlite3.Connection) -> None:
    """What builds on the sessions (issue 16, ``docs/programmes.md``): the programmes followed, the recovery
    checks before a session, and the changes of level the user agreed to. Sessions are named by ``uid`` (as
    text: deleting a session from the history, and putting it back, leaves these as they are)."""
    db.execute("""
        CREATE TABLE programme_runs (
            id INTEGER PRIMARY KEY,
            programme_id TEXT NOT NULL,
            programme_title TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('active', 'paused', 'left')),
            started_at REAL NOT NULL,
            tz_offset INTEGER NOT NULL,
            start_date TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            last_done_date TEXT,
            paused_at REAL,
            ended_at REAL
        )""")
    # One programme at a time is followed (active or paused); any number have been left.
    db.execute("CREATE UNIQUE INDEX programme_runs_current ON programme_runs ((status != 'left')) "
               "WHERE status != 'left'")
    db.execute("""
        CREATE TABLE programme_events (
            id INTEGER PRIMARY KEY,
            run_id INTEGER NOT NULL REFERENCES programme_runs (id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('start', 'pause', 'resume', 'leave', 'done')),
            at REAL NOT NULL,
            tz_offset INTEGER NOT NULL,
            local_date TEXT NOT NULL,
            position INTEGER NOT NULL,
            session_uid TEXT
        )""")
    db.execute("CREATE INDEX programme_events_by_run ON programme_events (run_id, id)")
    db.execute("""
        CREATE TABLE recovery_checks (
            id INTEGER PRIMARY KEY,
            at REAL NOT NULL,
            tz_offset INTEGER NOT NULL,
            routine_id TEXT NOT NULL,
            muscles TEXT NOT NULL,
            hours REAL NOT NULL,
            choice TEXT NOT NULL CHECK (choice IN ('went-ahead', 'gentler', 'mobility', 'cancelled')),
            chosen_routine_id TEXT
        )""")
    db.execute("""
        CREATE TABLE level_changes (
            id INTEGER PRIMARY KEY,
            routine_id TEXT NOT NULL,
            at REAL NOT NULL,
            tz_offset INTEGER NOT NULL,
            session_uid TEXT,
            reason TEXT NOT NULL CHECK (reason IN ('too-easy', 'too-hard', 'pain', 'hurt')),
            level_before TEXT NOT NULL,
            extra_before INTEGER NOT NULL,
            level_after TEXT NOT NULL,
            extra_after INTEGER NOT NULL,
            answer TEXT NOT NULL CHECK (answer IN ('yes', 'no')),
            undone_at REAL
        )""")
    db.execute("CREATE INDEX level_changes_by_routine ON level_changes (routine_id, id)")


Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: tuple[Migration, ...] = (_schema_1, _schema_2)
"""Migration ``n`` (1-based) takes a database from schema version ``n - 1`` to ``n``. Append; never edit one
that has shipped."""
SCHEMA_VERSION = len(MIGRATIONS)

# SQLite's primary result codes (sqlite3.Error.sqlite_errorcode carries extended ones: & 0xFF).
_BUSY, _CORRUPT, _NOTADB, _CANTOPEN = 5, 11, 26, 14


class HistoryUnavailable(Exception):
    """The history cannot be written here (a newer version's file, kept as it is)."""


@dataclass(frozen=True)
class Deleted:
    """Sessions taken out of the history, whole, so that they can be put back (undo)."""

    sessions: tuple[SessionRecord, ...]


_SESSION_COLUMNS = (
    "uid, routine_id, routine_title, level, status, started_at, tz_offset, ended_at, planned_seconds, "
    "elapsed_seconds, active_seconds, paused_seconds, sets_planned, sets_done, sets_shortened, sets_skipped, "
    "rests_lengthened, seconds_added, feeling, pain_before, pain_after, id"
)
_STEP_COLUMNS = (
    "seq, step_index, kind, exercise, set_number, sets, side, round, planned_seconds, seconds, ending, "
    "extended_seconds, at_seconds"
)
_STEP_INSERT = f"INSERT OR REPLACE INTO steps (session_id, {_STEP_COLUMNS}) VALUES ({', '.join('?' * 14)})"


class HistoryStore:
    """One connection to the history database. Not shared between threads: the app gives it a thread of
    its own (:mod:`.history_thread`); the command line uses it directly."""

    def __init__(self, db: sqlite3.Connection, path: Path | None, *, read_only: bool = False,
                 notice: str | None = None) -> None:
        self._db = db
        self.path = path
        self.read_only = read_only
        self.notice = notice
        """What the user should know about the history file (moved aside, kept in memory, read-only)."""
        self.locks = RunningLocks(path.with_name(path.name + ".running") if path is not None else None)
        self._ids: dict[str, int] = {}
        self._writes = 0
        """Transactions this connection committed (with SQLite's data_version, for other connections', it
        says whether the list of sessions read last is still the history)."""
        self._listed: tuple[tuple[int, int], list[SessionRecord]] | None = None

    # -- opening ---------------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | None, *, clock: Callable[[], float] = time.time,
             busy_ms: int = BUSY_TIMEOUT_MS) -> HistoryStore:
        """Open (or create) the history at ``path`` (``None``: in memory). Never raises for a bad file: an
        unreadable one is moved aside and a new history started, and :attr:`notice` says so. ``busy_ms``:
        how long to wait for another copy of the app that holds the file."""
        if path is None:
            return cls._in_memory(None)
        try:
            store = cls._open_file(path, busy_ms)
        except (sqlite3.Error, OSError) as error:
            if not _moveable(error, path):
                log.warning("history: %s: %s; keeping this run's sessions in memory", path, error)
                return cls._in_memory(f"Your history could not be opened ({_reason(error)}): this run's sessions "
                                      "will not be kept.")
            moved = _move_aside(path, clock())
            if moved is None:
                return cls._in_memory(f"Your history file {path} cannot be read ({_reason(error)}) nor moved "
                                      "aside: this run's sessions will not be kept.")
            log.warning("history: %s cannot be read (%s); moved to %s", path, error, moved)
            notice = (f"Your history file could not be read ({_reason(error)}). It was moved to {moved} and a new "
                      "history started.")
            try:
                store = cls._open_file(path, busy_ms)
            except (sqlite3.Error, OSError) as again:
                return cls._in_memory(f"{notice} The new one cannot be created either ({_reason(again)}): this "
                                      "run's sessions will not be kept.")
            store.notice = notice
        return store

    @classmethod
    def open_existing(cls, path: Path) -> HistoryStore | None:
        """The history at ``path`` if there is one (the command line reads it without creating a file)."""
        return cls.open(path) if path.exists() else None

    @classmethod
    def _in_memory(cls, notice: str | None) -> HistoryStore:
        db = sqlite3.connect(":memory:", isolation_level=None)
        _configure(db, memory=True, busy_ms=0)
        _migrate(db)
        return cls(db, None, notice=notice)

    @classmethod
    def _open_file(cls, path: Path, busy_ms: int) -> HistoryStore:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, isolation_level=None, timeout=busy_ms / 1000)
        try:
            _configure(db, memory=False, busy_ms=busy_ms)
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                store = cls(db, path, read_only=True, notice=(
                    "Your history was saved by a newer BackCoach: it is shown, but this version will not change "
                    "it (sessions of this run are not kept)."))
                return store
            problems = [row[0] for row in db.execute("PRAGMA quick_check")]
            if problems != ["ok"]:
                raise sqlite3.DatabaseError(f"damaged: {problems[0]}")
            _migrate(db)
        except BaseException:
            db.close()
            raise
        store = cls(db, path)
        store.mark_interrupted()
        return store

    def close(self) -> None:
        self.locks.release_all()
        self._db.close()

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    # -- writing (the recorder's sink) -----------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taking the write lock at once (a deferred one could fail half-way when
        another copy of the app wrote in between)."""
        if self.read_only:
            raise HistoryUnavailable("this history was written by a newer BackCoach")
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        finally:
            self._writes += 1
        db.execute("COMMIT")

    @contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """One write transaction for what builds on the history (:mod:`.programme_log`): the write lock taken at
        once, committed whole or not at all."""
        with self._write() as db:
            yield db

    @property
    def db(self) -> sqlite3.Connection:
        """The connection, for reading what builds on the history (writes go through :meth:`writing`)."""
        return self._db

    def begin(self, start: SessionStart) -> None:
        """A session started: recorded at once, as running (its lock held first, so that nobody who reads it
        as running can find the lock free)."""
        self.locks.acquire(start.uid)
        timestamp = start.started.timestamp()
        with self._write() as db:
            cursor = db.execute(
                "INSERT INTO sessions (uid, routine_id, routine_title, level, status, started_at, tz_offset, "
                "local_date, updated_at, planned_seconds, sets_planned, pain_before) "
                "VALUES (?, ?, ?, ?, 'running', ?, ?, ?, ?, ?, ?, ?)",
                (start.uid, start.routine_id, start.routine_title, start.level, timestamp,
                 offset_minutes(start.started), start.started.date().isoformat(), timestamp, start.planned_seconds,
                 start.sets_planned, start.pain_before))
            assert cursor.lastrowid is not None
            self._ids[start.uid] = cursor.lastrowid

    def step(self, uid: str, log: StepLog, progress: Progress) -> None:
        """A step boundary: the visit that ended, and where the session stands."""
        with self._write() as db:
            session_id = self._id(uid)
            if session_id is None:
                return  # deleted meanwhile (by another copy of the app): nothing to add to
            db.execute(_STEP_INSERT, _step_values(session_id, log))
            self._update_progress(db, session_id, progress, None)

    def end(self, uid: str, status: SessionStatus, progress: Progress) -> None:
        """The session is over (finished, stopped, stopped because it hurt)."""
        with self._write() as db:
            session_id = self._id(uid)
            if session_id is not None:
                self._update_progress(db, session_id, progress, status)
        self.locks.release(uid)  # after the status is on disk: a reader never sees "running" and a free lock

    def answer(self, uid: str, answers: Answers) -> None:
        """The questions after (and before) the session; ``None`` answers clear what was chosen."""
        with self._write() as db:
            db.execute("UPDATE sessions SET feeling = ?, pain_after = ?, pain_before = ? WHERE uid = ?",
                       (answers.feeling.value if answers.feeling else None, answers.pain_after, answers.pain_before,
                        uid))

    def _id(self, uid: str) -> int | None:
        known = self._ids.get(uid)
        if known is not None:
            return known
        row = self._db.execute("SELECT id FROM sessions WHERE uid = ?", (uid,)).fetchone()
        if row is not None:
            self._ids[uid] = int(row[0])
        return int(row[0]) if row else None

    @staticmethod
    def _update_progress(db: sqlite3.Connection, session_id: int, progress: Progress,
                         status: SessionStatus | None) -> None:
        t = progress.tally
        ending = ", status = ?, ended_at = started_at + ?" if status is not None else ""
        db.execute(
            "UPDATE sessions SET updated_at = started_at + ?, elapsed_seconds = ?, active_seconds = ?, "
            "paused_seconds = ?, sets_planned = ?, sets_done = ?, sets_shortened = ?, sets_skipped = ?, "
            f"rests_lengthened = ?, seconds_added = ?{ending} WHERE id = ?",
            (progress.elapsed, progress.elapsed, progress.active, progress.paused, t.sets_planned, t.done,
             t.shortened, t.skipped, t.lengthened, t.seconds_added,
             *((status.value, progress.elapsed) if status is not None else ()), session_id))

    def mark_interrupted(self) -> int:
        """Sessions left running by an app that is gone become interrupted, ending when last recorded."""
        if self.read_only:
            return 0
        running = [row[0] for row in self._db.execute("SELECT uid FROM sessions WHERE status = 'running'")]
        gone = [uid for uid in running if not self.locks.alive(uid)]
        if not gone:
            return 0
        with self._write() as db:
            db.executemany("UPDATE sessions SET status = 'interrupted', ended_at = updated_at "
                           "WHERE uid = ? AND status = 'running'", [(uid,) for uid in gone])
        log.info("history: %d session(s) left by an app that ended marked interrupted", len(gone))
        return len(gone)

    # -- reading ---------------------------------------------------------------------------------------

    def sessions(self, since: date | None = None, routine_id: str | None = None, *,
                 with_steps: bool = False) -> list[SessionRecord]:
        """Sessions oldest first, from the local day ``since`` on (``with_steps``: each with its step logs).
        The whole list (no filter, no steps) is kept until anyone writes: the history screen reopens at once."""
        if since is None and routine_id is None and not with_steps:
            version = (int(self._db.execute("PRAGMA data_version").fetchone()[0]), self._writes)
            if self._listed is None or self._listed[0] != version:
                self._listed = (version, self._read_sessions(None, None, with_steps=False))
            return list(self._listed[1])
        return self._read_sessions(since, routine_id, with_steps=with_steps)

    def _read_sessions(self, since: date | None, routine_id: str | None, *,
                       with_steps: bool) -> list[SessionRecord]:
        query = f"SELECT {_SESSION_COLUMNS} FROM sessions"
        where: list[str] = []
        values: list[object] = []
        if since is not None:
            where.append("local_date >= ?")
            values.append(since.isoformat())
        if routine_id is not None:
            where.append("routine_id = ?")
            values.append(routine_id)
        if where:
            query += " WHERE " + " AND ".join(where)
        rows = self._db.execute(query + " ORDER BY started_at, id", values).fetchall()
        steps = self._steps_of([row[-1] for row in rows]) if with_steps else {}
        return [_record(row, steps.get(row[-1], ())) for row in rows]

    def session(self, uid: str) -> SessionRecord | None:
        """One session with its step logs."""
        row = self._db.execute(f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE uid = ?", (uid,)).fetchone()
        if row is None:
            return None
        return _record(row, self._steps_of([row[-1]]).get(row[-1], ()))

    def _steps_of(self, ids: Sequence[int]) -> dict[int, tuple[StepLog, ...]]:
        found: dict[int, list[StepLog]] = {}
        for first in range(0, len(ids), 500):  # SQLite allows a bounded number of parameters per query
            chunk = ids[first:first + 500]
            marks = ", ".join("?" * len(chunk))
            for row in self._db.execute(f"SELECT session_id, {_STEP_COLUMNS} FROM steps WHERE session_id IN "
                                        f"({marks}) ORDER BY session_id, seq", chunk):
                found.setdefault(int(row[0]), []).append(_step(row[1:]))
        return {key: tuple(value) for key, value in found.items()}

    def last_done(self) -> dict[str, datetime]:
        """For each routine, when a session of it last counted as trained (a set done in full)."""
        # SQLite takes the other columns of an aggregate query with MAX() from the row that has the maximum.
        rows = self._db.execute("SELECT routine_id, MAX(started_at), tz_offset FROM sessions WHERE sets_done > 0 "
                                "GROUP BY routine_id")
        return {str(routine): local_time(started, offset) for routine, started, offset in rows}

    def count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0])

    # -- deleting and putting back ---------------------------------------------------------------------

    def delete(self, uids: Iterable[str]) -> Deleted:
        """Take sessions out (whole: steps and answers), returned for :meth:`restore`. A session still
        running is never deleted (another copy of the app is recording it)."""
        wanted = list(uids)
        taken = [record for uid in wanted if (record := self.session(uid)) is not None
                 and record.status is not SessionStatus.RUNNING]
        with self._write() as db:
            db.executemany("DELETE FROM sessions WHERE uid = ?", [(record.uid,) for record in taken])
        for record in taken:
            self._ids.pop(record.uid, None)
        return Deleted(tuple(taken))

    def delete_all(self) -> Deleted:
        """Every session that is over (one being recorded elsewhere stays)."""
        records = [r for r in self.sessions(with_steps=True) if r.status is not SessionStatus.RUNNING]
        with self._write() as db:
            db.execute("DELETE FROM sessions WHERE status != 'running'")
        self._ids.clear()
        return Deleted(tuple(records))

    def restore(self, deleted: Deleted) -> int:
        """Put deleted sessions back as they were (a session recorded again meanwhile is left alone)."""
        restored = 0
        with self._write() as db:
            for record in deleted.sessions:
                if db.execute("SELECT 1 FROM sessions WHERE uid = ?", (record.uid,)).fetchone():
                    continue
                session_id = _insert_record(db, record)
                db.executemany(_STEP_INSERT, [_step_values(session_id, log) for log in record.steps])
                restored += 1
        return restored

    def add_records(self, records: Iterable[SessionRecord]) -> int:
        """Add whole sessions (imports, samples), skipping uids already present."""
        return self.restore(Deleted(tuple(records)))


# -- rows ------------------------------------------------------------------------------------------------


_STATUS = {status.value: status for status in SessionStatus}
_FEELING = {feeling.value: feeling for feeling in Feeling}
_NO_ANSWERS = Answers()


def _record(row: Any, steps: tuple[StepLog, ...]) -> SessionRecord:
    """A row as a record. Years of sessions are read at once for the history screen: no enum calls, one
    timezone object per offset, the shared empty answers."""
    (uid, routine_id, title, level, status, started_at, offset, ended_at, planned, elapsed, active, paused,
     sets_planned, done, shortened, skipped, lengthened, added, feeling, pain_before, pain_after, _id) = row
    answered = feeling is not None or pain_after is not None or pain_before is not None
    return SessionRecord(
        uid, routine_id, title, level, _STATUS[status], local_time(started_at, offset),
        local_time(ended_at, offset) if ended_at is not None else None, planned, elapsed, active, paused,
        Tally(sets_planned, done, shortened, skipped, lengthened, added),
        Answers(_FEELING[feeling] if feeling else None, pain_after, pain_before) if answered else _NO_ANSWERS,
        steps,
    )


def _step(row: Any) -> StepLog:
    seq, index, kind, exercise, set_number, sets, side, round_, planned, seconds, ending, extended, at = row
    return StepLog(seq, index, StepKind(kind), exercise, set_number, sets, side, round_, planned, seconds,
                   StepEnding(ending), extended, at)


def _step_values(session_id: int, log: StepLog) -> tuple[object, ...]:
    return (session_id, log.seq, log.index, log.kind.value, log.exercise, log.set, log.sets, log.side, log.round,
            log.planned, log.seconds, log.ending.value, log.extended, log.at)


def _insert_record(db: sqlite3.Connection, record: SessionRecord) -> int:
    t = record.tally
    started = record.started.timestamp()
    ended = record.ended.timestamp() if record.ended is not None else None
    updated = ended if ended is not None else started + record.elapsed
    cursor = db.execute(
        "INSERT INTO sessions (uid, routine_id, routine_title, level, status, started_at, tz_offset, local_date, "
        "updated_at, ended_at, planned_seconds, elapsed_seconds, active_seconds, paused_seconds, sets_planned, "
        "sets_done, sets_shortened, sets_skipped, rests_lengthened, seconds_added, feeling, pain_before, pain_after) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (record.uid, record.routine_id, record.routine_title, record.level, record.status.value, started,
         offset_minutes(record.started), record.day.isoformat(), updated, ended, record.planned_seconds,
         record.elapsed, record.active, record.paused, t.sets_planned, t.done,
         t.shortened, t.skipped, t.lengthened, t.seconds_added,
         record.answers.feeling.value if record.answers.feeling else None, record.answers.pain_before,
         record.answers.pain_after))
    assert cursor.lastrowid is not None
    return cursor.lastrowid


# -- opening helpers -------------------------------------------------------------------------------------


def _configure(db: sqlite3.Connection, *, memory: bool, busy_ms: int) -> None:
    db.execute(f"PRAGMA busy_timeout = {int(busy_ms)}")
    db.execute("PRAGMA foreign_keys = ON")
    if not memory:
        mode = _switch_to_wal(db, busy_ms)
        if mode.lower() != "wal":
            log.warning("history: the database would not switch to WAL (%s)", mode)
        # Each commit reaches the disk before the next step starts: a power cut loses nothing recorded.
        db.execute("PRAGMA synchronous = FULL")


def _switch_to_wal(db: sqlite3.Connection, busy_ms: int) -> str:
    """The journal mode after asking for WAL. Two copies of the app creating the file at once: SQLite answers
    the second switch "database is locked" at once, without waiting as its busy timeout says, and that copy
    would keep its sessions in memory only; so the switch is tried again until ``busy_ms`` have passed."""
    deadline = time.monotonic() + busy_ms / 1000
    while True:
        try:
            return str(db.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        except sqlite3.OperationalError as error:
            code = getattr(error, "sqlite_errorcode", None)
            if code is None or code & 0xFF != _BUSY or time.monotonic() >= deadline:
                raise
            time.sleep(0.005)


def migrate(db: sqlite3.Connection, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Bring the schema up to ``len(migrations)`` in one transaction; returns the version found. Two copies
    of the app opening a new file at once: the second waits for the write lock, then finds it done."""
    db.execute("BEGIN IMMEDIATE")
    try:
        found = int(db.execute("PRAGMA user_version").fetchone()[0])
        for number, step in enumerate(migrations, start=1):
            if number > found:
                step(db)
        if found < len(migrations):
            db.execute(f"PRAGMA user_version = {len(migrations)}")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
    return found


def _migrate(db: sqlite3.Connection) -> None:
    found = migrate(db)
    if found < SCHEMA_VERSION:
        log.info("history: schema %d -> %d", found, SCHEMA_VERSION)


def _moveable(error: BaseException, path: Path) -> bool:
    """Whether the file itself is the problem (move it aside) rather than the moment (busy, disk full)."""
    if isinstance(error, OSError):
        return False  # the folder cannot be made: nothing to move
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:  # our own quick_check failure
        return path.exists()
    return (code & 0xFF) in (_CORRUPT, _NOTADB) or ((code & 0xFF) == _CANTOPEN and path.exists())


def _move_aside(path: Path, now: float) -> Path | None:
    """Rename the database (and its WAL and shared-memory files) to ``<name>.broken-<time>``."""
    stamp = datetime.fromtimestamp(now).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.broken-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.broken-{stamp}-{counter}")
    try:
        path.rename(target)
    except OSError as error:
        log.warning("history: cannot move %s aside: %s", path, error)
        return None
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            try:
                companion.rename(target.with_name(target.name + suffix))
            except OSError:
                companion.unlink(missing_ok=True)
    return target


def _reason(error: BaseException) -> str:
    text = str(error) or type(error).__name__
    return getattr(error, "strerror", None) or text
