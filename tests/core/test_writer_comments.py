"""The writer marks values with comments (``# guessed: …``) on their own lines, and they change nothing."""

from __future__ import annotations

from backcoach.core.durations import Range
from backcoach.core.loader import load_routine
from backcoach.core.model import Block, Exercise, Per, Routine
from backcoach.core.writer import dump_routine

ROUTINE = Routine(
    title="Imported",
    summary=" ".join(["A long summary"] * 12),
    blocks=(
        Block("Warm-up", (Exercise("Cat-cow", reps=Range.single(10)),)),
        Block("Main", (
            Exercise("Bird dog", reps=Range(6, 10), sets=3, per=Per.SIDE,
                     instructions=" ".join(["Kneel on all fours."] * 8)),
            Exercise("Plank", hold=Range.single(30)),
        ), rounds=2),
    ),
)


def line_of(text: str, start: str, after: str = "") -> str:
    """The first line beginning (after indentation) with ``start``, below the line containing ``after``."""
    lines = text.splitlines()
    begin = next(i for i, line in enumerate(lines) if after in line) if after else 0
    return next(line for line in lines[begin:] if line.strip().startswith(start))


def test_a_comment_is_written_at_the_end_of_its_value_line() -> None:
    text = dump_routine(ROUTINE, {
        ("blocks", 1, "exercises", 0, "sets"): "guessed: 3 as in the other rows",
        ("blocks", 1, "rounds"): "guessed: the block lists its moves twice",
        ("summary",): "guessed: from the article's first paragraph",
    })
    assert line_of(text, "sets:", "Bird dog") == "        sets: 3  # guessed: 3 as in the other rows"
    assert line_of(text, "rounds:") == "    rounds: 2  # guessed: the block lists its moves twice"
    assert line_of(text, "summary:") == "summary: >-  # guessed: from the article's first paragraph"
    assert load_routine(text) == ROUTINE


def test_a_comment_on_a_value_the_file_leaves_out_goes_on_its_part_naming_the_key() -> None:
    text = dump_routine(ROUTINE, {("blocks", 1, "exercises", 1, "sets"): "guessed: one set, as for a hold"})
    assert line_of(text, "- name: Plank") == "      - name: Plank  # sets: guessed: one set, as for a hold"
    assert load_routine(text) == ROUTINE


def test_two_comments_on_one_line_are_joined_and_a_comment_stays_on_its_line() -> None:
    text = dump_routine(ROUTINE, {
        ("blocks", 1, "exercises", 0, "instructions"): "guessed: the article's own words\nand more",
        ("blocks", 1, "exercises", 0, "per"): "guessed: one side at a time",
        ("blocks", 0, "exercises", 0, "per"): "guessed: a",
        ("blocks", 0, "exercises", 0, "name"): "guessed: b",
    })
    assert line_of(text, "instructions:") == "        instructions: >-  # guessed: the article's own words and more"
    # several comments on one line are joined in the order given
    assert line_of(text, "- name: Cat-cow") == "      - name: Cat-cow  # per: guessed: a; guessed: b"
    assert load_routine(text) == ROUTINE


def test_without_comments_nothing_changes_and_unknown_places_are_ignored() -> None:
    plain = dump_routine(ROUTINE)
    assert dump_routine(ROUTINE, {}) == plain
    assert dump_routine(ROUTINE, {("blocks", 9, "exercises", 0, "sets"): "x"}) == plain


def test_a_comment_with_control_characters_still_makes_a_readable_file() -> None:
    """A guess quotes the article ('Plank \\x1b' read as …): a control character in it must not make the
    written file invalid YAML."""
    routine = Routine(title="T", blocks=(Block(title="B", exercises=(Exercise(name="Plank", reps=Range.single(3)),)),))
    text = dump_routine(routine, {("blocks", 0, "exercises", 0, "name"): "guessed: 'Plank \x1b\x00' read as 'Plank'"})
    assert load_routine(text, "written.yaml") == routine
    assert "# guessed: 'Plank ' read as 'Plank'" in text
