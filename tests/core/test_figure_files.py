"""Figures as data: routines/figures.yaml, an exercise's own `figure:` in a routine or an exercise library,
read with the same FILE:LINE:COL messages as routines, written back unchanged, and checked by validate."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from backcoach.commands import validate
from backcoach.core.editing import EditRefused, field_text, read_field
from backcoach.core.exercise_library import load_library
from backcoach.core.figure.book import FigureBook, load_figures
from backcoach.core.figure.spec import FigureSpec
from backcoach.core.loader import load_routine
from backcoach.core.problems import RoutineError
from backcoach.core.writer import dump_routine
from backcoach.figures import book_for, bundled_book

GOOD = """\
backcoach-figures: 1
positions:
  kneel:
    tilt: 80
    hips: 80
    knees: 96
    shoulders: 80
    wrists: 90
    ankles: 94
    floor: [knees, shins, hands]
figures:
  Crawl:
    alternate: true
    props: [mat]
    poses:
      - like: kneel
        says: on all fours
      - like: 1
        says: right arm reaching forward
        right_shoulder: {flex: 170}
        floor: [knees, shins, left_hand]
"""


def problems(text: str, file: str = "mine.yaml") -> list[str]:
    try:
        load_figures(text, file)
    except RoutineError as error:
        return [str(p) for p in error.problems]
    return []


def test_a_figures_file_reads_and_resolves() -> None:
    content = load_figures(GOOD, "mine.yaml")
    book = FigureBook([("mine.yaml", content)])
    crawl = book.figure("crawl")
    assert crawl is not None and crawl.alternate and len(crawl.poses) == 2
    assert crawl.poses[1].angles.get("right_shoulder", "flex") == 170
    assert crawl.poses[1].angles.get("left_shoulder", "flex") == 80  # copied from pose 1 (like: 1)
    assert book.check() == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("  Crawl:\n", "  Crawl:\n    veiw: side\n"),
         "mine.yaml:13:5: 'veiw' is not a key here — did you mean 'view'?"),
        (("right_shoulder: {flex: 170}", "right_shoulder: {flex: 170, bend: 3}"),
         "mine.yaml:20:37: 'bend' is not a key of 'right_shoulder'; the keys are: flex, out, turn"),
        (("right_shoulder: {flex: 170}", "right_shoulder: high"),
         "mine.yaml:20:25: 'right_shoulder' must be a number, not 'high'"),
        (("right_shoulder: {flex: 170}", "right_shoulder: 400"),
         "mine.yaml:20:25: 'right_shoulder' must be from -360 to 360, not 400"),
        (("floor: [knees, shins, left_hand]", "floor: [knees, shins, left_hnd]"),
         "mine.yaml:21:31: 'left_hnd' is not one of the parts that can rest on the floor — did you mean 'left_hand'?"),
        (("        floor: [knees, shins, left_hand]", "        celing: [head]"),
         "mine.yaml:21:9: 'celing' is not a key of a pose"),
        (("props: [mat]", "props: [mat, trampoline]"), "mine.yaml:14:18: 'trampoline' is not one of the props"),
        (("      - like: 1\n", "      - like: 2\n"), "mine.yaml:18:15: 'like' must be from 1 to 1, not 2"),
        (("alternate: true", "alternate: sometimes"),
         "mine.yaml:13:16: 'alternate' must be true or false, not 'sometimes'"),
        (("backcoach-figures: 1", "backcoach-figures: 2"), "mine.yaml:1:20: 'backcoach-figures' must be 1, not 2"),
    ],
)
def test_mistakes_are_reported_where_they_are(change: tuple[str, str], expected: str) -> None:
    old, new = change
    assert old in GOOD
    found = problems(GOOD.replace(old, new, 1))
    assert any(p.startswith(expected) for p in found), found


def test_references_that_lead_nowhere_are_reported_where_they_are() -> None:
    text = GOOD.replace("      - like: kneel\n", "      - like: kneal\n")
    book = FigureBook([("mine.yaml", load_figures(text, "mine.yaml"))])
    assert [str(p) for p in book.check()] == [
        "mine.yaml:16:15: 'like': there is no position or pose called 'kneal' — did you mean 'kneel'?"
    ]
    circular = GOOD + "  Walk:\n    like: Run\n  Run:\n    like: Walk\n"
    book = FigureBook([("mine.yaml", load_figures(circular, "mine.yaml"))])
    assert any("goes round in a circle" in str(p) for p in book.check())


def test_a_pose_that_cannot_rest_as_it_says_is_reported_at_the_pose() -> None:
    text = GOOD.replace("    knees: 96\n", "    knees: 20\n", 1)
    book = FigureBook([("mine.yaml", load_figures(text, "mine.yaml"))])
    found = [str(p) for p in book.check()]
    assert found and all("should rest on the floor" in p for p in found)
    assert found[0].startswith("mine.yaml:16:9: pose 1: ")


def test_the_bundled_figures_file_follows_its_own_format() -> None:
    book, found = bundled_book()
    assert found == []
    assert len(book.names()) == 96


# -- an exercise's own figure ----------------------------------------------------------------------------

ROUTINE = """\
backcoach: 1
title: Mine
blocks:
  - title: B
    exercises:
      - name: Pointer dog
        reps: 6
        figure: {like: Bird dog, side: left}
      - name: Tall reach
        hold: 20s
        figure:
          view: front
          poses:
            - {like: standing, says: arms up, shoulders: {out: 170}, floor: [feet]}
"""


def test_a_routine_exercise_can_carry_its_own_figure_and_keeps_it_when_saved() -> None:
    routine = load_routine(ROUTINE, "mine.yaml")
    assert routine.exercises[0].figure == FigureSpec(like="Bird dog", side="left")
    assert load_routine(dump_routine(routine)) == routine
    book = bundled_book()[0]
    pointer = book.for_exercise("Pointer dog", routine.exercises[0].figure)
    dog = book.figure("Bird dog")
    assert pointer is not None and dog is not None and pointer.poses == dog.poses and pointer.side == "left"
    reach = book.for_exercise("Tall reach", routine.exercises[1].figure)
    assert reach is not None and reach.view == (90.0, 0.0) and reach.poses[0].says == "arms up"


def test_a_figure_in_a_routine_is_checked_like_the_rest_of_it() -> None:
    with pytest.raises(RoutineError) as raised:
        load_routine(ROUTINE.replace("side: left", "side: middle"), "mine.yaml")
    assert str(raised.value.first) == "mine.yaml:8:40: 'side' must be one of left, right, not 'middle'"


def test_an_exercise_library_entry_can_carry_its_own_figure() -> None:
    library = load_library(
        "backcoach-exercises: 1\nexercises:\n  - name: Pointer dog\n    instructions: Like a bird dog.\n"
        "    muscles: [back]\n    figure: {like: Bird dog, side: left}\n", "lib.yaml"
    )
    entry = library.find("pointer dog")
    assert entry is not None and entry.figure == FigureSpec(like="Bird dog", side="left")
    book, found = book_for(bundled_book()[0].exercises.merged(library), user=False)
    assert found == []
    pointer, dog = book.for_exercise("Pointer dog"), book.figure("Bird dog")
    assert pointer is not None and dog is not None
    assert pointer.name == "Pointer dog" and pointer.poses == dog.poses and pointer.side == "left"


def test_the_editor_reads_a_figure_typed_in_its_field_with_the_same_messages() -> None:
    typed = "view: front\nposes:\n  - {like: standing, hips: 20}\n  - like: 1\n    shoulders: 90"
    spec = read_field("figure", typed)
    assert isinstance(spec, FigureSpec) and len(spec.poses) == 2
    assert read_field("figure", field_text("figure", spec)) == spec
    assert read_field("figure", "{like: Squat}") == FigureSpec(like="Squat")
    assert read_field("figure", "") is None
    with pytest.raises(EditRefused, match="'sidee' is not a key here — did you mean 'side'"):
        read_field("figure", "like: Bird dog\nsidee: left")


def test_validate_reports_figure_problems_in_routines_and_figures_files(tmp_path: Path) -> None:
    (tmp_path / "mine.yaml").write_text(ROUTINE.replace("like: Bird dog", "like: Brid dog"), encoding="utf-8")
    (tmp_path / "figures.yaml").write_text(GOOD.replace("like: kneel", "like: kneal"), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert validate([str(tmp_path)], out, err) == 1
    lines = out.getvalue().splitlines()
    assert f"{tmp_path / 'mine.yaml'}:8:24: 'like': there is no figure for 'Brid dog' — did you mean 'Bird dog'?" \
        in lines
    assert any(line.startswith(f"{tmp_path / 'figures.yaml'}:16:15: 'like': there is no position") for line in lines)
    (tmp_path / "mine.yaml").write_text(ROUTINE, encoding="utf-8")
    (tmp_path / "figures.yaml").write_text(GOOD, encoding="utf-8")
    out = io.StringIO()
    assert validate([str(tmp_path)], out, io.StringIO()) == 0, out.getvalue()


def test_a_figures_file_is_not_taken_for_a_routine(tmp_path: Path) -> None:
    from backcoach.core.catalog import routine_files

    (tmp_path / "figures.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "class.yaml").write_text(ROUTINE, encoding="utf-8")
    assert [p.name for p in routine_files(tmp_path)] == ["class.yaml"]


# -- the examples of docs/figures.md ---------------------------------------------------------------------

DOC = Path(__file__).resolve().parents[2] / "docs" / "figures.md"


def doc_blocks() -> list[tuple[str, str]]:
    """(language, text) of every fenced block of docs/figures.md, in order."""
    text = DOC.read_text(encoding="utf-8")
    blocks: list[tuple[str, str]] = []
    parts = text.split("```")
    for i in range(1, len(parts), 2):
        language, _, body = parts[i].partition("\n")
        blocks.append((language.strip(), body))
    return blocks


def test_the_guides_examples_read_without_a_problem() -> None:
    yaml_blocks = [body for language, body in doc_blocks() if language == "yaml"]
    figures_file, routine, mistakes = yaml_blocks
    book = FigureBook([("doc.yaml", load_figures(figures_file, "doc.yaml"))])
    assert book.check() == [] and book.figure("Crawl reach") is not None
    from backcoach.figures import check_figures

    loaded = load_routine(routine, "crawl.yaml")
    assert check_figures(None, bundled_book()[0].exercises, [("crawl.yaml", loaded)]) == []
    assert "Brid dog" in mistakes


def test_the_guide_shows_what_validate_prints_for_its_mistakes(tmp_path: Path) -> None:
    blocks = doc_blocks()
    mistakes = next(body for language, body in blocks if language == "yaml" and "Brid dog" in body)
    printed = [body for language, body in blocks if language == "" and body.startswith("mistakes.yaml")]
    assert len(printed) == 2
    path = tmp_path / "mistakes.yaml"
    for text, expected in ((mistakes, printed[0]), (mistakes.replace("view: sideways", "view: side"), printed[1])):
        path.write_text(text, encoding="utf-8")
        out = io.StringIO()
        assert validate([str(path)], out, io.StringIO()) == 1
        assert out.getvalue().replace(str(path), "mistakes.yaml") == expected


def test_a_figures_file_is_read_as_a_routine_file_is(tmp_path: Path) -> None:
    """A figures.yaml that is not a plain file of a sane size gets the routine files' own one-line message at 1:1
    (read in bounded time and memory: a named pipe does not wait for a writer), and the other figures stay."""
    import os

    from test_hostile_files import feeding

    from backcoach.core.figure.book import figures_path, load_book
    from backcoach.core.yamlsource import MAX_FILE_BYTES
    from backcoach.resources import bundled_routines_dir

    pipe, big, folder = tmp_path / "pipe", tmp_path / "big", tmp_path / "folder"
    for where in (pipe, big, folder):
        where.mkdir()
    os.mkfifo(pipe / "figures.yaml")
    (big / "figures.yaml").write_bytes(b"#" * (MAX_FILE_BYTES + 1))
    (folder / "figures.yaml").mkdir()
    bundled = figures_path(bundled_routines_dir())
    assert bundled is not None
    found: dict[str, str] = {}
    with feeding(pipe / "figures.yaml", GOOD):
        for where in (pipe, big, folder):
            path = figures_path(where)
            assert path is not None, where
            book, problems = load_book([(path, f"{where.name}.yaml"), (bundled, "routines/figures.yaml")])
            assert len(problems) == 1 and str(problems[0]).startswith(f"{where.name}.yaml:1:1: ")
            assert book.figure("Bird dog") is not None  # the bundled figures are still read
            found[where.name] = problems[0].message
    assert "named pipe" in found["pipe"] and "folder" in found["folder"]
    assert "MiB" in found["big"]
