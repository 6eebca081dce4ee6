"""What builds on the history, kept in the same SQLite file (schema 2, ``docs/history.md``): the programme
followed and how far it has come, the recovery checks answered, and the changes of level agreed to.

Each change is one transaction (:meth:`~.history_store.HistoryStore.writing`), so what the user did survives
a crash like a session does, and a second copy of the app sees it. Every event is kept (started, paused,
resumed, left, a session done; a level change and its undoing), not only the state it leads to: the history
of a programme can be told, and a change undone exactly.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from .durations import Level
from .history_records import local_time, offset_minutes
from .history_store import HistoryStore
from .programme_schedule import RunState
from .progression import Rung


class RunStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    LEFT = "left"


@dataclass(frozen=True)
class Run:
    """One time a programme was followed, from its start until it was left."""

    id: int
    programme_id: str
    title: str
    status: RunStatus
    started: datetime
    state: RunState

    @property
    def paused(self) -> bool:
        return self.status is RunStatus.PAUSED


@dataclass(frozen=True)
class RunEvent:
    kind: str
    """``start``, ``pause``, ``resume``, ``leave`` or ``done``."""
    at: datetime
    position: int
    """Sessions done after the event."""
    session_uid: str | None = None


_RUN_COLUMNS = "id, programme_id, programme_title, status, started_at, tz_offset, start_date, position, last_done_date"


def _run(row: Sequence[object]) -> Run:
    (run_id, programme_id, title, status, started_at, offset, start_date, position, last_done) = row
    status = RunStatus(str(status))
    state = RunState(date.fromisoformat(str(start_date)), int(str(position)),
                     date.fromisoformat(str(last_done)) if last_done else None, status is RunStatus.PAUSED)
    return Run(int(str(run_id)), str(programme_id), str(title), status,
               local_time(float(str(started_at)), int(str(offset))), state)


def current_run(store: HistoryStore) -> Run | None:
    """The programme followed now (active or paused), if any."""
    row = store.db.execute(f"SELECT {_RUN_COLUMNS} FROM programme_runs WHERE status != 'left'").fetchone()
    return _run(row) if row is not None else None


def runs(store: HistoryStore) -> list[Run]:
    """Every programme followed, oldest first."""
    return [_run(row) for row in store.db.execute(f"SELECT {_RUN_COLUMNS} FROM programme_runs ORDER BY id")]


def events(store: HistoryStore, run_id: int) -> list[RunEvent]:
    rows = store.db.execute("SELECT kind, at, tz_offset, position, session_uid FROM programme_events WHERE run_id = ? "
                            "ORDER BY id", (run_id,))
    return [RunEvent(kind, local_time(at, offset), position, uid) for kind, at, offset, position, uid in rows]


def _event(db: sqlite3.Connection, run_id: int, kind: str, now: datetime, position: int,
           uid: str | None = None) -> None:
    db.execute("INSERT INTO programme_events (run_id, kind, at, tz_offset, local_date, position, session_uid) "
               "VALUES (?, ?, ?, ?, ?, ?, ?)",
               (run_id, kind, now.timestamp(), offset_minutes(now), now.date().isoformat(), position, uid))


def start(store: HistoryStore, programme_id: str, title: str, now: datetime) -> Run:
    """Follow a programme from its first session, today (the one followed before is left)."""
    with store.writing() as db:
        _leave(db, now)
        cursor = db.execute(
            "INSERT INTO programme_runs (programme_id, programme_title, status, started_at, tz_offset, start_date) "
            "VALUES (?, ?, 'active', ?, ?, ?)",
            (programme_id, title, now.timestamp(), offset_minutes(now), now.date().isoformat()))
        assert cursor.lastrowid is not None
        _event(db, cursor.lastrowid, "start", now, 0)
    run = current_run(store)
    assert run is not None
    return run


def _leave(db: sqlite3.Connection, now: datetime) -> None:
    row = db.execute("SELECT id, position FROM programme_runs WHERE status != 'left'").fetchone()
    if row is not None:
        db.execute("UPDATE programme_runs SET status = 'left', ended_at = ? WHERE id = ?", (now.timestamp(), row[0]))
        _event(db, row[0], "leave", now, row[1])


def leave(store: HistoryStore, now: datetime) -> Run | None:
    """Stop following the current programme (kept in the history of programmes); returns it."""
    run = current_run(store)
    if run is not None:
        with store.writing() as db:
            _leave(db, now)
    return run


def pause(store: HistoryStore, now: datetime) -> bool:
    """Pause the current programme: nothing is due until it is resumed."""
    run = current_run(store)
    if run is None or run.status is not RunStatus.ACTIVE:
        return False
    with store.writing() as db:
        db.execute("UPDATE programme_runs SET status = 'paused', paused_at = ? WHERE id = ?", (now.timestamp(), run.id))
        _event(db, run.id, "pause", now, run.state.position)
    return True


def resume(store: HistoryStore, now: datetime) -> bool:
    """Go on with a paused programme where it stood: the next session is due at once if its day has passed."""
    run = current_run(store)
    if run is None or run.status is not RunStatus.PAUSED:
        return False
    with store.writing() as db:
        db.execute("UPDATE programme_runs SET status = 'active', paused_at = NULL WHERE id = ?", (run.id,))
        _event(db, run.id, "resume", now, run.state.position)
    return True


def restart(store: HistoryStore, now: datetime) -> Run | None:
    """The current programme again from its first session, today."""
    run = current_run(store)
    return start(store, run.programme_id, run.title, now) if run is not None else None


def retarget(store: HistoryStore, programme_id: str, title: str) -> bool:
    """Follow another file of the same programme (the user's edited copy of it) from where it stands: the
    sessions done and the day of the last one are kept."""
    with store.writing() as db:
        cursor = db.execute("UPDATE programme_runs SET programme_id = ?, programme_title = ? WHERE status != 'left'",
                            (programme_id, title))
        return cursor.rowcount == 1


def record_done(store: HistoryStore, run_id: int, session_uid: str, day: date, now: datetime) -> bool:
    """The programme's next session was done (the session ``session_uid``, on ``day``): it moves on one. A
    session is counted once, however often this is called for it."""
    with store.writing() as db:
        if db.execute("SELECT 1 FROM programme_events WHERE run_id = ? AND session_uid = ? AND kind = 'done'",
                      (run_id, session_uid)).fetchone():
            return False
        row = db.execute("SELECT position FROM programme_runs WHERE id = ? AND status = 'active'", (run_id,)).fetchone()
        if row is None:
            return False
        position = int(row[0]) + 1
        db.execute("UPDATE programme_runs SET position = ?, last_done_date = ? WHERE id = ?",
                   (position, day.isoformat(), run_id))
        _event(db, run_id, "done", now, position, session_uid)
    return True


# -- recovery checks -------------------------------------------------------------------------------------


class RecoveryChoice(StrEnum):
    WENT_AHEAD = "went-ahead"
    GENTLER = "gentler"
    MOBILITY = "mobility"
    CANCELLED = "cancelled"


def record_recovery_check(store: HistoryStore, now: datetime, routine_id: str, muscles: Sequence[str], hours: float,
                          choice: RecoveryChoice, chosen_routine_id: str | None = None) -> None:
    with store.writing() as db:
        db.execute("INSERT INTO recovery_checks (at, tz_offset, routine_id, muscles, hours, choice, chosen_routine_id) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)",
                   (now.timestamp(), offset_minutes(now), routine_id, ", ".join(muscles), round(hours, 2),
                    choice.value, chosen_routine_id))


def recovery_checks(store: HistoryStore) -> list[tuple[datetime, str, str, float, RecoveryChoice]]:
    """``(when, routine id, muscles, hours since they were worked, choice)``, oldest first."""
    rows = store.db.execute("SELECT at, tz_offset, routine_id, muscles, hours, choice FROM recovery_checks ORDER BY id")
    return [(local_time(at, offset), routine, muscles, hours, RecoveryChoice(choice))
            for at, offset, routine, muscles, hours, choice in rows]


# -- changes of level ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LevelChange:
    """A change of level offered after a session, and the user's answer."""

    id: int
    routine_id: str
    at: datetime
    session_uid: str | None
    reason: str
    """``too-easy``, ``too-hard``, ``pain`` (it went up) or ``hurt`` (stopped because it hurt)."""
    before: Rung
    after: Rung
    accepted: bool
    undone_at: datetime | None = None

    @property
    def in_force(self) -> bool:
        return self.accepted and self.undone_at is None


_CHANGE_COLUMNS = ("id, routine_id, at, tz_offset, session_uid, reason, level_before, extra_before, level_after, "
                   "extra_after, answer, undone_at")


def _change(row: Sequence[object]) -> LevelChange:
    (change_id, routine, at, offset, uid, reason, level_before, extra_before, level_after, extra_after, answer,
     undone) = row
    zone = int(str(offset))
    return LevelChange(int(str(change_id)), str(routine), local_time(float(str(at)), zone),
                       str(uid) if uid is not None else None, str(reason),
                       Rung(Level(str(level_before)), int(str(extra_before))),
                       Rung(Level(str(level_after)), int(str(extra_after))), answer == "yes",
                       local_time(float(str(undone)), zone) if undone is not None else None)


def level_changes(store: HistoryStore, routine_id: str | None = None) -> list[LevelChange]:
    """Changes offered (answered yes or no), oldest first; for one routine, or all."""
    where, values = ("WHERE routine_id = ?", (routine_id,)) if routine_id is not None else ("", ())
    rows = store.db.execute(f"SELECT {_CHANGE_COLUMNS} FROM level_changes {where} ORDER BY id", values)
    return [_change(row) for row in rows]


def rung_in_force(changes: Sequence[LevelChange]) -> Rung | None:
    """The user's rung for a routine: the last change agreed to and not undone (``None``: the routine's own)."""
    for change in reversed(changes):
        if change.in_force:
            return change.after
    return None


def rungs_in_force(store: HistoryStore) -> dict[str, Rung]:
    """Every routine's rung where the user changed it."""
    found: dict[str, list[LevelChange]] = {}
    for change in level_changes(store):
        found.setdefault(change.routine_id, []).append(change)
    return {routine: rung for routine, changes in found.items() if (rung := rung_in_force(changes)) is not None}


def record_level_change(store: HistoryStore, routine_id: str, now: datetime, session_uid: str | None, reason: str,
                        before: Rung, after: Rung, accepted: bool) -> LevelChange:
    with store.writing() as db:
        cursor = db.execute(
            "INSERT INTO level_changes (routine_id, at, tz_offset, session_uid, reason, level_before, extra_before, "
            "level_after, extra_after, answer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (routine_id, now.timestamp(), offset_minutes(now), session_uid, reason, before.level.value, before.extra,
             after.level.value, after.extra, "yes" if accepted else "no"))
        change_id = cursor.lastrowid
    row = store.db.execute(f"SELECT {_CHANGE_COLUMNS} FROM level_changes WHERE id = ?", (change_id,)).fetchone()
    return _change(row)


def undo_level_change(store: HistoryStore, change_id: int, now: datetime) -> bool:
    """Undo a change agreed to: the routine goes back to the rung before it. ``False`` if it was not in force."""
    with store.writing() as db:
        cursor = db.execute("UPDATE level_changes SET undone_at = ? WHERE id = ? AND answer = 'yes' AND undone_at IS "
                            "NULL", (now.timestamp(), change_id))
        return cursor.rowcount == 1


def last_undoable_change(store: HistoryStore) -> LevelChange | None:
    """The most recent change agreed to that is still in force (what "Undo level change" undoes)."""
    row = store.db.execute(f"SELECT {_CHANGE_COLUMNS} FROM level_changes WHERE answer = 'yes' AND undone_at IS NULL "
                           "ORDER BY id DESC LIMIT 1").fetchone()
    return _change(row) if row is not None else None
