"""Real processes: a session killed with SIGKILL keeps what was done, and two copies writing at once
corrupt nothing. The recording process is tests/core/history_child.py (the core engine, recorder and the
history thread the app uses)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from backcoach.core.history_records import SessionStatus
from backcoach.core.history_store import HistoryStore

CHILD = Path(__file__).with_name("history_child.py")
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(CHILD), *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def read_until(child: subprocess.Popen[str], wanted: str) -> list[str]:
    assert child.stdout is not None
    lines = []
    for line in child.stdout:
        lines.append(line.strip())
        if line.strip() == wanted:
            return lines
    raise AssertionError(f"the child ended before {wanted!r}: {child.stderr.read() if child.stderr else ''}")


def kill(child: subprocess.Popen[str]) -> None:
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL
    for stream in (child.stdin, child.stdout, child.stderr):
        if stream is not None:
            stream.close()


def test_kill_9_mid_session_keeps_every_committed_step_and_marks_the_session_interrupted(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    child = start(str(db), "session", "6")
    read_until(child, "committed 6")
    # While it runs, another copy of the app sees it running and leaves it so.
    assert HistoryStore.open(db).sessions()[0].status is SessionStatus.RUNNING
    kill(child)
    [record] = HistoryStore.open(db).sessions(with_steps=True)
    assert record.status is SessionStatus.INTERRUPTED
    assert [log.seq for log in record.steps] == list(range(6))
    assert record.tally.done == 3  # the squats' two sets and the plank's left side, all done before the kill
    assert record.ended is not None and record.ended > record.started
    assert not list((tmp_path / "history.sqlite3.running").iterdir())  # the dead process's lock is tidied


def test_kill_9_at_any_moment_of_a_stream_of_writes_leaves_a_whole_database(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    for kills in range(3):
        child = start(str(db), "flood")
        read_until(child, f"queued {40 + 37 * kills}")  # somewhere in the middle of a session, writes in flight
        kill(child)
        check = sqlite3.connect(db)
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        check.close()
        store = HistoryStore.open(db)
        assert store.notice is None
        for record in store.sessions(with_steps=True):
            assert [log.seq for log in record.steps] == list(range(len(record.steps)))  # a prefix, no holes
            assert record.status is not SessionStatus.RUNNING
            done = sum(1 for log in record.steps if log.outcome() is not None and log.outcome().value == "done")
            assert record.tally.done == done  # the session row and its steps agree (one transaction each)
        store.close()


def test_two_copies_writing_at_once_lose_nothing_and_corrupt_nothing(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    children = [start(str(db), "writer", "60", tag) for tag in ("left", "right")]
    for child in children:
        out, err = child.communicate(timeout=300)
        assert child.returncode == 0, err
        assert out.count("\n") == 60
    check = sqlite3.connect(db)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store = HistoryStore.open(db)
    sessions = store.sessions(with_steps=True)
    assert len(sessions) == 120
    assert {r.routine_id for r in sessions} == {"routines/left.yaml", "routines/right.yaml"}
    assert all(r.status is SessionStatus.STOPPED and len(r.steps) == 5 for r in sessions)
