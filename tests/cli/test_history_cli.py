"""``backcoach history``: the table, --json, --since, --export to CSV and JSON, and its exit codes."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from backcoach.cli import main
from backcoach.core.history_sample import sample_history
from backcoach.core.history_store import HistoryStore

END = datetime(2025, 3, 4, 12, tzinfo=timezone(timedelta(hours=1)))


@pytest.fixture
def history(user_dir: Path) -> list[str]:
    """A history of 30 days in the user folder; the uids of its sessions, oldest first."""
    store = HistoryStore.open(user_dir / "history.sqlite3")
    store.add_records(sample_history(END, 30))
    uids = [r.uid for r in store.sessions()]
    store.close()
    return uids


def test_no_history_is_an_empty_one_and_no_file_is_made(user_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["history", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["sessions"] == []
    assert not (user_dir / "history.sqlite3").exists()


def test_the_table_lists_every_session_oldest_first(history: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["history"]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert lines[0].split()[:2] == ["WHEN", "ROUTINE"]
    assert len(lines) == len(history) + 1
    assert lines[1] < lines[-1]  # dates first: oldest first
    assert f"{len(history)} session(s)" in captured.err


def test_json_and_since(history: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["history", "--json", "--since", "2025-03-01"]) == 0
    sessions = json.loads(capsys.readouterr().out)["sessions"]
    assert sessions and all(s["started"] >= "2025-03-01" for s in sessions)
    assert [s["uid"] for s in sessions] == history[-len(sessions):]
    assert "steps" in sessions[0]


def test_export_writes_csv_or_json_by_the_file_name(history: list[str], tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["history", "--export", str(tmp_path / "h.csv")]) == 0
    rows = list(csv.DictReader((tmp_path / "h.csv").open(encoding="utf-8")))
    assert [row["uid"] for row in rows] == history
    assert main(["history", "--export", str(tmp_path / "h.json")]) == 0
    assert [s["uid"] for s in json.loads((tmp_path / "h.json").read_text())["sessions"]] == history
    assert f"wrote {len(history)} session(s)" in capsys.readouterr().err
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file left behind


def test_export_to_standard_output(history: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["history", "--export", "-"]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("started,ended,routine")


def test_a_place_that_cannot_be_written_is_a_clear_error_not_a_traceback(
        history: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["history", "--export", str(tmp_path / "no" / "such" / "folder.csv")]) == 1
    err = capsys.readouterr().err
    assert "cannot write" in err and "Traceback" not in err


def test_a_bad_date_is_a_usage_error(user_dir: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "backcoach", "history", "--since", "last tuesday"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "'last tuesday' is not a date" in result.stderr and "Traceback" not in result.stderr


def test_a_corrupt_history_is_moved_aside_with_a_notice(user_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (user_dir / "history.sqlite3").write_bytes(b"\x00garbage" * 500)
    assert main(["history"]) == 0
    assert "moved to" in capsys.readouterr().err
    assert list(user_dir.glob("history.sqlite3.broken-*"))
