"""The command-line contract of docs/cli.md: outputs, JSON shapes and exit codes 0/1/2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from backcoach import __version__
from backcoach.catalogs import bundled_catalog
from backcoach.cli import main
from backcoach.core.session_plan import plan_session
from backcoach.resources import bundled_routines_dir

BROKEN = "backcoach: 1\ntitle: Broken\nblocks:\n  - title: B\n    exercises:\n      - name: X\n        reps: 2.5\n"
VALID = (
    "backcoach: 1\ntitle: Mine\nblocks:\n  - title: B\n    exercises:\n"
    "      - {name: Plank, hold: 30-60s, sets: 2}\n"
)


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run the installed ``backcoach`` entry point as a user would."""
    executable = Path(sys.executable).with_name("backcoach")
    return subprocess.run([str(executable), *args], capture_output=True, text=True, cwd=cwd, timeout=60)


def test_version_and_help_exit_zero(tmp_path: Path) -> None:
    result = run_cli("--version", cwd=tmp_path)
    assert (result.returncode, result.stdout.strip()) == (0, f"backcoach {__version__}")
    assert "validate" in run_cli("--help", cwd=tmp_path).stdout


def test_validate_bundled_routines_passes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(bundled_routines_dir())]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "15 valid, 0 with problems" in captured.err  # 13 routines, exercises, figures


def test_validate_reports_file_line_col_and_exits_1_without_traceback(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text(BROKEN)
    (tmp_path / "good.yaml").write_text(VALID)
    result = run_cli("validate", "bad.yaml", "good.yaml", "missing.yaml", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "bad.yaml:7:15: 'reps' must be a whole number or a range like 6-12, not 2.5",
        "missing.yaml:1:1: no such file or folder",
    ]
    assert "Traceback" not in result.stderr


def test_validate_a_folder_checks_its_exercise_library(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "good.yaml").write_text(VALID)
    (tmp_path / "exercises.yaml").write_text("backcoach-exercises: 1\nexercises:\n  - name: Plank\n")
    assert main(["validate", str(tmp_path)]) == 1
    assert "exercises.yaml:3:5: an exercise needs 'instructions'" in capsys.readouterr().out


@pytest.mark.parametrize("args", [["validate"], ["timeline"], ["timeline", "x", "--level", "hard"], ["list", "--x"],
                                  ["--no-such-option"]])
def test_wrong_usage_exits_2(args: list[str], tmp_path: Path) -> None:
    result = run_cli(*args, cwd=tmp_path)
    assert result.returncode == 2 and "usage:" in result.stderr


def test_list_json_shows_bundled_user_and_broken_routines(user_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    routines = user_dir / "routines"
    routines.mkdir(parents=True)
    (routines / "mine.yaml").write_text(VALID)
    (routines / "broken.yaml").write_text(BROKEN)
    assert main(["list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["routines"]
    assert len(listed) == 15
    by_title = {r["title"]: r for r in listed}
    assert by_title["The back fit workout"]["bundled"] is True
    assert by_title["The back fit workout"]["level"] == "easy"
    assert by_title["The back fit workout"]["stated_duration_seconds"] == 600
    mine = by_title["Mine"]
    # The plank starts lying face down: its get-ready (10 s) grows by 8 s to get down to the mat from standing.
    assert mine["bundled"] is False and mine["estimates"] == {"easy": 108, "intermediate": 138, "advanced": 168}
    assert mine["one_level"] is False and by_title["The back fit workout"]["one_level"] is True
    assert by_title["The back fit workout"]["length"].endswith("at a steady pace; the source says 10 min")
    broken = by_title["broken"]
    assert broken["status"] == "broken" and broken["error"].endswith("broken.yaml:7:15: 'reps' must be a whole "
                                                                      "number or a range like 6-12, not 2.5")


def test_list_text_marks_broken_files(user_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (user_dir / "routines").mkdir(parents=True)
    (user_dir / "routines" / "broken.yaml").write_text(BROKEN)
    assert main(["list"]) == 0
    out = capsys.readouterr().out
    assert "The back fit workout" in out and "BROKEN" in out


def test_timeline_json_has_the_documented_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(VALID)
    assert main(["timeline", str(path), "--json", "--level", "easy"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["title"], data["level"], data["total_seconds"]) == ("Mine", "easy", 108)
    required = {"index", "kind", "start", "duration", "block", "exercise", "set", "sets", "side", "round", "reps",
                "hold"}
    assert all(required <= set(step) for step in data["steps"])
    assert [(s["kind"], s["start"], s["duration"]) for s in data["steps"]] == [
        ("prepare", 0, 18), ("work", 18, 30), ("rest", 48, 30), ("work", 78, 30)
    ]  # the get-ready: 10 s, and 8 s to get down from standing to the plank (the exercise library's position)
    assert data["steps"][0]["position"] == "lying face down" and data["steps"][0]["caution"]


def test_timeline_finds_a_bundled_routine_by_name(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["timeline", "nuffield-back-fit-workout", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == "The back fit workout" and data["steps"][0]["exercise"] == "Depth jump"


def test_timeline_text_lists_every_step(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["timeline", "nuffield-back-fit-workout"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("The back fit workout — easy — ")
    assert any("Depth jump — set 1/2, 15 reps" in line for line in out)


def test_timeline_text_columns_line_up_for_long_lengths(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "long.yaml"
    path.write_text("backcoach: 1\ntitle: Long\nblocks:\n  - title: B\n    exercises:\n"
                    "      - {name: Walk, hold: 372s, sets: 2, rest: 15s}\n")
    assert main(["timeline", str(path)]) == 0
    header, *rows = capsys.readouterr().out.splitlines()[1:]
    assert any("6 min 12 s" in row for row in rows)
    kind_column = header.index("kind")
    assert [row[kind_column:].split()[0] for row in rows] == ["prepare", "work", "rest", "work"]


def test_timeline_of_a_broken_file_exits_1_with_positions(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(BROKEN)
    assert main(["timeline", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and ":7:15: 'reps' must be" in captured.err


def test_opening_a_missing_routine_exits_1(tmp_path: Path) -> None:
    result = run_cli("no-such-routine.yaml", cwd=tmp_path)
    assert result.returncode == 1 and "no such routine" in result.stderr


def test_smoke_test_opens_the_window_and_exits_0(tmp_path: Path) -> None:
    result = run_cli("nuffield-back-fit-workout", "--smoke-test", cwd=tmp_path)
    assert result.returncode == 0, result.stderr


def test_script_json_follows_the_cue_rules(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["script", "nuffield-back-fit-workout", "--json"]) == 0
    script = json.loads(capsys.readouterr().out)
    assert script["title"] == "The back fit workout" and script["verbosity"] == "standard"
    cues = script["cues"]
    assert {"at", "type"} <= set(cues[0]) and all(c["type"] in ("say", "beep") for c in cues)
    says = [c for c in cues if c["type"] == "say"]
    assert "depth jump" in says[0]["text"].lower()
    assert says[-1]["text"] == "Well done. Session complete."
    assert any(c["text"].startswith("Rest. 30 seconds. Next: set 2") for c in says)
    assert [c["at"] for c in cues] == sorted(c["at"] for c in cues)


def test_script_text_and_verbosity(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["script", "nuffield-back-fit-workout", "--verbosity", "beeps"]) == 0
    out = capsys.readouterr().out
    assert "beep  tick" in out and "say" not in out.split("\n", 1)[1]


def test_script_rejects_an_unknown_verbosity(tmp_path: Path) -> None:
    result = run_cli("script", "nuffield-back-fit-workout", "--verbosity", "loud", cwd=tmp_path)
    assert result.returncode == 2


def test_timeline_and_script_plan_with_the_saved_settings_and_say_which(
    settings_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings_file.write_text("[General]\nprepare=20\nlevel=advanced\nverbosity=beeps\npace=self\n")
    assert main(["timeline", "nuffield-back-fit-workout", "--json"]) == 0
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert data["level"] == "advanced" and data["steps"][0]["duration"] == 20
    assert data["steps"][1]["duration"] is None  # self-paced reps wait for Done
    assert data["settings"]["prepare"] == {"value": 20, "from": "your settings"}
    assert captured.err.startswith("settings: level advanced (your settings), get-ready 20 s (your settings), ")
    assert str(settings_file) in captured.err
    assert main(["script", "nuffield-back-fit-workout", "--json"]) == 0
    script = json.loads(capsys.readouterr().out)
    assert script["verbosity"] == "beeps" and {c["type"] for c in script["cues"]} == {"beep"}
    assert script["total_seconds"] == data["total_seconds"]


def test_flags_override_the_saved_settings(settings_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    settings_file.write_text("[General]\nprepare=20\nlevel=advanced\n")
    assert main(["timeline", "nuffield-back-fit-workout", "--json", "--prepare", "own", "--level", "own"]) == 0
    overridden = json.loads(capsys.readouterr().out)
    assert main(["timeline", "nuffield-back-fit-workout", "--json", "--no-settings"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["steps"] == overridden["steps"]
    # the routine's own get-ready (3 s, lengthened to its words since issue 14), not the saved 20 s
    entry = next(e for e in bundled_catalog().entries if e.path.stem == "nuffield-back-fit-workout")
    assert entry.routine is not None
    own = plan_session(entry.routine, exercise_library=entry.exercise_library).timeline.steps[0].duration
    assert overridden["level"] == "easy" and overridden["steps"][0]["duration"] == own != 20
    assert overridden["settings"]["level"] == {"value": None, "from": "flag"}
    assert "ignored (--no-settings)" in captured.err


def test_list_estimates_are_the_timelines_the_app_would_run(
    settings_file: Path, user_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings_file.write_text("[General]\nprepare=10\npace=self\n")
    assert main(["list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["routines"]
    for routine in listed:
        assert main(["timeline", routine["path"], "--json"]) == 0
        timeline = json.loads(capsys.readouterr().out)
        assert routine["estimated_seconds"] == timeline["total_seconds"], routine["title"]
        assert routine["estimates"][timeline["level"]] == timeline["total_seconds"]


def test_figure_describes_a_move_and_draws_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["figure", "kneeling superman"]) == 0  # an alias of Bird dog
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "Bird dog — starts kneeling; seen from the side; 2 key poses",
        "  1. on hands and knees, back flat",
        "  2. on hands and knees, right arm and left leg reaching out",
    ]
    result = run_cli("figure", "bird dog", "--svg", "dog.svg", "--pose", "2", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    svg = (tmp_path / "dog.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "<desc>Bird dog: on hands and knees, right arm and left leg reaching out</desc>" in svg
    result = run_cli("figure", "squat", "--png", "squat.png", "--size", "300x200", "--side", "left", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "squat.png").read_bytes().startswith(b"\x89PNG")


@pytest.mark.parametrize(("args", "code", "message"), [
    (["figure", "brid dog"], 1, "no figure for 'brid dog'; did you mean 'Bird dog'?"),
    (["figure", "bird dog", "--pose", "3"], 2, "--pose must be from 1 to 2 for Bird dog"),
    (["figure", "bird dog", "--png", "x.png", "--size", "big"], 2, "--size must look like 800x600"),
    (["figure"], 2, "the following arguments are required: MOVE"),
    (["figure", "squat", "--png", "a.png", "--svg", "a.svg"], 2, "not allowed with argument"),
])
def test_figure_refuses_what_it_cannot_draw(args: list[str], code: int, message: str, tmp_path: Path) -> None:
    result = run_cli(*args, cwd=tmp_path)
    assert result.returncode == code and message in result.stderr and "Traceback" not in result.stderr
