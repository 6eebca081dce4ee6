"""``backcoach import PATH|- [-o FILE] [--split]``: a routine written, every guess and unused line noted."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from backcoach.cli import main
from backcoach.core.loader import load_routine_file

ARTICLE = """Back care at home

Stop if anything hurts.

Warm-up
- March on the spot: 2 minutes

Main
- Bird dog – 3 sets of 8 reps per side
- Wall slide
| 3 | 12 |
"""
NOTE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<column>\d+): (?P<message>.+)$")


def run_cli(*args: str, cwd: Path, stdin: str | bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    executable = Path(sys.executable).with_name("backcoach")
    data = stdin.encode() if isinstance(stdin, str) else stdin
    return subprocess.run([str(executable), *args], capture_output=True, input=data, cwd=cwd, timeout=120)


def test_import_writes_a_routine_and_notes_every_guess_at_its_line(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text(ARTICLE)
    result = run_cli("import", "article.txt", "-o", "mine.yaml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == b""
    routine = load_routine_file(tmp_path / "mine.yaml")
    assert [e.name for e in routine.exercises] == ["March on the spot", "Bird dog", "Wall slide"]
    written = (tmp_path / "mine.yaml").read_text()
    notes = [NOTE.match(line) for line in result.stderr.decode().splitlines() if line.startswith("article.txt:")]
    assert notes and all(notes)
    guessed = [n for n in notes if n and "guessed: Wall slide" in n.group("message")]
    assert guessed and all(n["line"] == "10" for n in guessed if n)
    assert written.count("# guessed:") == len([n for n in notes if n and "guessed:" in n.group("message")])
    unused = [n for n in notes if n and n.group("message").startswith("not used")]
    assert [(n["line"], n["message"]) for n in unused if n] == [("11", "not used: a table row with no exercise "
                                                                  "name (3; 12)")]
    assert "Traceback" not in result.stderr.decode()


def test_the_routine_written_runs_as_a_timeline(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text(ARTICLE)
    assert run_cli("import", "article.txt", "-o", "out.yaml", cwd=tmp_path).returncode == 0
    timeline = run_cli("timeline", "out.yaml", "--json", cwd=tmp_path)
    assert timeline.returncode == 0
    steps = json.loads(timeline.stdout)["steps"]
    bird_dog = [s for s in steps if s["kind"] == "work" and s["exercise"] == "Bird dog"]
    # three sets of 8 per side (the library says how a bird dog changes sides: each rep, alternating)
    assert {s["set"] for s in bird_dog} == {1, 2, 3}
    assert {(s["reps"], s["sets"], s["per"]) for s in bird_dog} == {(8, 3, "side")}


def test_without_o_the_routine_goes_to_standard_output(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# Quick\n\n- Plank: 30 seconds\n- Side plank: 20 seconds each side\n")
    assert main(["import", str(tmp_path / "a.md")]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("backcoach: 1\ntitle: Quick\n")
    assert "wrote standard output" in captured.err


def test_standard_input_is_read_with_a_dash(tmp_path: Path) -> None:
    result = run_cli("import", "-", "-o", "in.yaml", cwd=tmp_path, stdin="Plank: 30 seconds\nBird dog: 10 reps\n")
    assert result.returncode == 0
    assert len(load_routine_file(tmp_path / "in.yaml").exercises) == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x00\x01\x02" * 300, "this is a binary file, not an article"),
        (b"Nothing about exercise here, just a story about a cat.", "no exercises found"),
        (b"<html><body><script>alert('x')</script><p>Hello</p></body></html>", "no exercises found"),
    ],
)
def test_bad_input_exits_1_with_a_located_message_and_writes_nothing(tmp_path: Path, content: bytes,
                                                                     message: str) -> None:
    (tmp_path / "in.html").write_bytes(content)
    result = run_cli("import", "in.html", "-o", "out.yaml", cwd=tmp_path)
    assert result.returncode == 1
    assert f"in.html:1:1: {message}" in result.stderr.decode()
    assert not (tmp_path / "out.yaml").exists() and "Traceback" not in result.stderr.decode()


def test_a_missing_file_or_a_folder_exits_1(tmp_path: Path) -> None:
    assert run_cli("import", "nope.txt", cwd=tmp_path).returncode == 1
    result = run_cli("import", ".", cwd=tmp_path)
    assert result.returncode == 1 and b".:1:1: cannot read the article" in result.stderr


@pytest.mark.parametrize("args", [["import"], ["import", "a.txt", "--split"], ["import", "a.txt", "--bogus"]])
def test_wrong_use_exits_2(args: list[str], tmp_path: Path) -> None:
    assert run_cli(*args, cwd=tmp_path).returncode == 2


def test_an_existing_routine_is_replaced_whole_and_no_temporary_file_is_left(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Plank: 30 seconds\nBird dog: 10 reps\n")
    (tmp_path / "out.yaml").write_text("old contents\n")
    assert run_cli("import", "a.txt", "-o", "out.yaml", cwd=tmp_path).returncode == 0
    assert load_routine_file(tmp_path / "out.yaml").exercises[0].name == "Plank"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "out.yaml"]


def test_split_writes_one_routine_per_class(tmp_path: Path) -> None:
    (tmp_path / "plan.txt").write_text("Week plan\n\nDay 1: Core\n- Plank: 30 seconds\n\nDay 2: Legs\n"
                                       "- Squat: 3 sets of 10\n")
    whole = run_cli("import", "plan.txt", "-o", "all.yaml", cwd=tmp_path)
    assert b"the article holds 2 classes" in whole.stderr
    assert [b.title for b in load_routine_file(tmp_path / "all.yaml").blocks] == ["Day 1: Core", "Day 2: Legs"]
    result = run_cli("import", "plan.txt", "--split", "-o", "plan", cwd=tmp_path)
    assert result.returncode == 0
    files = sorted((tmp_path / "plan").iterdir())
    assert [f.name for f in files] == ["week-plan-day-1-core.yaml", "week-plan-day-2-legs.yaml"]
    assert load_routine_file(files[1]).exercises[0].sets == 3
