"""`backcoach validate` counts each file once, valid or not, whatever mix of arguments names it, and a name the
exercise library does not know gets the name it was most likely meant to be (issue 17, B2 and B8)."""

from __future__ import annotations

from pathlib import Path

import pytest

from backcoach.cli import main

GOOD = "backcoach: 1\ntitle: Good\nblocks:\n  - title: B\n    exercises:\n      - {name: Plank, hold: 30s}\n"
BAD = "backcoach: 1\ntitle: Bad\nblocks: 3\n"
TYPO = "backcoach: 1\ntitle: Typo\nblocks:\n  - title: B\n    exercises:\n      - {name: Plnak, hold: 30s}\n"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "good.yaml").write_text(GOOD)
    (tmp_path / "bad.yaml").write_text(BAD)
    inside = tmp_path / "class"
    inside.mkdir()
    (inside / "good.yaml").write_text(GOOD)
    (inside / "bad.yaml").write_text(BAD)
    (tmp_path / "link.yaml").symlink_to(tmp_path / "good.yaml")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize(("args", "checked", "valid", "broken"), [
    (["good.yaml", "missing.yaml"], 2, 1, 1),  # issue 13's docs test found "0 valid" here
    (["missing.yaml", "good.yaml"], 2, 1, 1),
    (["good.yaml", "good.yaml"], 1, 1, 0),  # a file named twice is one file
    (["bad.yaml", "bad.yaml"], 1, 0, 1),  # was "1 valid, 1 with problems"
    (["missing.yaml", "missing.yaml"], 1, 0, 1),
    (["missing.yaml", "gone/"], 2, 0, 2),
    (["good.yaml", "./good.yaml", "link.yaml"], 1, 1, 0),  # the same file by other names
    (["class", "class/good.yaml", "./class/bad.yaml"], 2, 1, 1),  # given and inside a folder given too
    (["class", "class"], 2, 1, 1),
    (["good.yaml", "bad.yaml", "missing.yaml", "class", "good.yaml"], 5, 2, 3),
])
def test_every_mix_of_good_broken_missing_and_repeated_paths_counts_each_file_once(
        folder: Path, capsys: pytest.CaptureFixture[str], args: list[str], checked: int, valid: int,
        broken: int) -> None:
    code = main(["validate", *args])
    captured = capsys.readouterr()
    assert captured.err.splitlines()[-1] == f"checked {checked} file(s): {valid} valid, {broken} with problems"
    assert code == (1 if broken else 0)
    assert len(captured.out.splitlines()) == len(set(captured.out.splitlines()))  # no problem printed twice


def test_a_folder_with_a_broken_exercise_library_counts_the_library_as_a_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "good.yaml").write_text(GOOD)
    (tmp_path / "exercises.yaml").write_text("backcoach-exercises: 1\nexercises:\n  - name: Plank\n")
    assert main(["validate", str(tmp_path), str(tmp_path / "exercises.yaml")]) == 1
    assert capsys.readouterr().err.splitlines()[-1] == "checked 2 file(s): 1 valid, 1 with problems"


def test_an_unknown_exercise_name_gets_the_name_it_was_most_likely_meant_to_be(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "typo.yaml"
    path.write_text(TYPO)
    assert main(["validate", str(path)]) == 0  # a note, not a problem: a routine may name a move of its own
    assert f"{path}: note: not in the exercise library (no instructions shown): 'Plnak' (did you mean 'Plank'?)" \
        in capsys.readouterr().err.splitlines()
    path.write_text(TYPO.replace("Plnak", "Handstand walk"))  # nothing close: no guess
    main(["validate", str(path)])
    assert "'Handstand walk'\n" in capsys.readouterr().err


FIGURED = GOOD.replace("hold: 30s}", "hold: 30s, figure: {like: Brid dog}}")


def test_figures_count_as_the_files_they_are_in(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A routine whose figure names no figure is a file with a problem (once, however often it is named); a
    folder's figures.yaml is a file of its own, counted and told once when the folder is given twice."""
    (folder / "figured.yaml").write_text(FIGURED)
    assert main(["validate", "figured.yaml", "./figured.yaml", "good.yaml"]) == 1
    captured = capsys.readouterr()
    assert captured.err.splitlines()[-1] == "checked 2 file(s): 1 valid, 1 with problems"
    assert [line for line in captured.out.splitlines() if "Brid dog" in line] == [
        "figured.yaml:6:49: 'like': there is no figure for 'Brid dog' — did you mean 'Bird dog'?"]
    inside = folder / "class"
    (inside / "bad.yaml").unlink()
    (inside / "figures.yaml").write_text("backcoach-figures: 1\npositions: 3\n")
    assert main(["validate", "class", "class"]) == 1
    captured = capsys.readouterr()
    assert captured.err.splitlines()[-1] == "checked 2 file(s): 1 valid, 1 with problems"
    told = captured.out.splitlines()
    assert told and all(line.startswith("class/figures.yaml:") for line in told) and len(told) == len(set(told))
