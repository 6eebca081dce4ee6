"""What an import promises beyond single phrases: matching, new moves, advice, guesses, parts, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_facts import differences, marked_paths

from backcoach.core.durations import Range
from backcoach.core.exercise_library import ExerciseLibrary, load_library_path
from backcoach.core.importer import NO_EXERCISES, import_article
from backcoach.core.loader import load_routine
from backcoach.core.model import Per
from backcoach.core.writer import dump_routine
from backcoach.resources import bundled_routines_dir

LIBRARY: ExerciseLibrary = load_library_path(bundled_routines_dir() / "exercises.yaml")
ARTICLES = Path(__file__).parent / "articles"


def test_moves_are_found_in_the_library_by_name_alias_plural_and_spelling() -> None:
    text = ("- Plank hold: 30 seconds\n- Glute bridges: 12 reps\n- Planking: 20 seconds\n- Bird-dog: 8 reps\n"
            "- Kneeling superman: 10 reps\n- Hamstrnig stretch: 30 seconds\n")
    result = import_article(text, "a.txt", LIBRARY)
    assert result.whole is not None
    exercises = result.whole.routine.exercises
    found = [LIBRARY.find(e.name) for e in exercises]
    assert [f.name if f else None for f in found] == ["Plank", "Glute bridge", "Plank", "Bird dog", "Bird dog",
                                                      "Hamstring stretch"]
    assert [e.name for e in exercises][:2] == ["Plank hold", "Glute bridges"]  # the article's own words
    how = {g.path[3]: g.message for g in result.whole.guesses if g.path[-1] == "name"}
    assert "read as the library's 'Plank'" in how[2] and "spelt alike" in how[5]


def test_an_unknown_move_is_a_new_exercise_with_the_articles_description_marked_for_review() -> None:
    text = ("Wall slide\nStand with your back against a wall and slide your arms up and down slowly. "
            "Repeat 10 times.\n")
    result = import_article(text, "a.txt", LIBRARY)
    assert result.whole is not None
    (slide,) = result.whole.routine.exercises
    assert slide.name == "Wall slide" and slide.reps == Range.single(10)
    assert slide.instructions is not None and slide.instructions.startswith("Stand with your back against a wall")
    written = dump_routine(result.whole.routine, result.whole.comments())
    assert "instructions: >-  # guessed: a new move, not in the exercise library" in written


def test_safety_and_frequency_advice_goes_into_the_summary_and_personal_stories_do_not() -> None:
    text = """Back routine

Do these exercises three times a week. If you feel sharp pain, stop and see your doctor.

- Plank: 30 seconds

I did this for a month and my back pain went away, but I should probably see a physio.
You should not exercise if you have:
- Severe pain
- Bleeding
"""
    result = import_article(text, "a.txt", LIBRARY)
    assert result.whole is not None
    summary = result.whole.routine.summary or ""
    assert "If you feel sharp pain, stop and see your doctor." in summary
    assert "You should not exercise if you have: severe pain, bleeding." in summary
    assert "I did this" not in summary


def test_every_inferred_value_is_a_guess_and_is_written_as_a_comment() -> None:
    text = "Warm up\nMarch on the spot\nCat camel\nBird dog\n"
    result = import_article(text, "a.txt", LIBRARY)
    assert result.whole is not None
    routine = result.whole.routine
    guessed = {(g.path[3], g.path[4]) for g in result.whole.guesses}
    assert guessed >= {(0, "hold"), (1, "reps"), (2, "reps"), (2, "per")}
    assert routine.exercises[2].per is Per.SIDE
    written = dump_routine(routine, result.whole.comments())
    assert written.count("# guessed:") == len(result.whole.comments())
    assert load_routine(written) == routine
    for guess in result.whole.guesses:
        assert guess.position.line >= 2


def test_an_article_of_several_classes_gives_one_routine_each_and_all_of_them_as_one() -> None:
    text = """The plan

Day 1: Core
- Dead bug – 3 sets of 10
- Plank – 3 sets of 30 seconds

Day 2: Stretch
- Child's pose – 1 minute
"""
    result = import_article(text, "plan.txt", LIBRARY)
    assert [s.routine.title for s in result.sessions] == ["The plan — Day 1: Core", "The plan — Day 2: Stretch"]
    assert result.whole is not None
    assert [b.title for b in result.whole.routine.blocks] == ["Day 1: Core", "Day 2: Stretch"]
    assert len(result.whole.routine.exercises) == 3


def test_stated_level_length_and_equipment_are_kept() -> None:
    text = ("Class #1: Core basics\nDifficulty: easy\nDuration: 10 minutes\nWhat you'll need: a mat, dumbbells\n\n"
            "Warm-up\n- March on the spot (1 min)\nMain\n- 10 x Squat (2 sets)\n")
    result = import_article(text, "c.txt", LIBRARY)
    assert result.whole is not None
    routine = result.whole.routine
    assert (routine.level and routine.level.value, routine.duration, routine.equipment) == (
        "easy", Range.single(600), ("mat", "dumbbells"))


def test_a_sheets_approximate_session_length_at_its_foot_is_the_length_not_a_move() -> None:
    text = "Main\n- Bird dog 3 x 8\n- Glute bridge 3 x 12\n\nApprox session duration: 40 min\n"
    result = import_article(text, "c.txt", LIBRARY)
    assert result.whole is not None
    routine = result.whole.routine
    assert ([e.name for e in routine.exercises], routine.duration) == (["Bird dog", "Glute bridge"], Range.single(2400))


def test_a_block_that_lists_its_moves_twice_is_two_rounds() -> None:
    text = "Block 1\nLeg raises\nBicycle crunches\nLeg raises\nBicycle crunches\n"
    result = import_article(text, "b.txt", LIBRARY)
    assert result.whole is not None
    block = result.whole.routine.blocks[0]
    assert block.rounds == 2 and [e.name for e in block.exercises] == ["Leg raises", "Bicycle crunches"]
    assert any(g.path == ("blocks", 0, "rounds") for g in result.whole.guesses)


def test_a_class_with_a_stated_length_gets_doses_that_fill_it() -> None:
    names = "\n".join(["Cat cow", "Bird dog", "Glute bridge", "Dead bug", "Child's pose", "Knee hugs"])
    result = import_article(f"Class 1: Gentle\nDuration: 20 minutes\n\nMain\n{names}\n", "c.txt", LIBRARY)
    assert result.whole is not None
    from backcoach.core.timeline import planned_seconds

    seconds = planned_seconds(result.whole.routine)
    assert 15 * 60 <= seconds <= 25 * 60
    assert any("stated 20 min" in g.message for g in result.whole.guesses)


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"\x00\x01\x02\x03" * 100, "binary file"),
        ("The weather will be sunny all week. Enjoy your walk in the park!", NO_EXERCISES),
        ("<html><body><h1>News</h1><p>Nothing to see.</p><script>alert('x')</script></body></html>", NO_EXERCISES),
        ("", NO_EXERCISES),
        (b"a" * (4 * 1024 * 1024 + 1), "too large"),
    ],
)
def test_bad_input_gives_a_problem_and_no_routine(data: bytes | str, problem: str) -> None:
    result = import_article(data, "x.html" if isinstance(data, str) and data.startswith("<") else "x.txt", LIBRARY)
    assert result.whole is None and result.sessions == ()
    assert result.problem is not None and problem in result.problem


def test_lines_that_could_not_be_used_are_noted_at_their_place() -> None:
    text = ("Exercise | Sets | Reps\n---|---|---\nSquat | 3 | 10\n | 3 | 12\n\nDay 1\n- Plank: 30 s\n\n"
            "Aim for 3 sets of 8.\n")
    result = import_article(text, "t.md", LIBRARY)
    lines = {(n.position.line, n.message.split(":")[0]) for n in result.notes}
    assert (4, "not used") in lines


ARTICLE_SETS = ["extra", "fresh", "holdout", "final", "last"]
"""The sets the importer was developed on. ``sixth`` was written last, to measure articles it had not been
tuned on (benchmarks/import_accuracy.py reports it); it is not asserted here, as some of it is still wrong."""
KNOWN = {
    # "10 bodyweight good mornings": the equipment word stays in the name, so it is not the library's move.
    "kettlebell-session.md": {"Good mornings"},
}


@pytest.mark.parametrize(
    "article",
    sorted(p.relative_to(ARTICLES).as_posix() for folder in ARTICLE_SETS for p in (ARTICLES / folder).iterdir()
           if not p.name.endswith(".expected.yaml")),
)
def test_each_article_of_our_collection_imports_to_its_hand_made_routine(article: str) -> None:
    """Articles in the styles people find (handouts, class sheets, listicles, tables, HTML, Markdown), each
    with the routine a careful person would write from it (chosen values marked ``# not in the source``)."""
    path = ARTICLES / article
    expected_text = path.with_name(f"{path.stem}.expected.yaml").read_text(encoding="utf-8")
    result = import_article(path.read_bytes(), path.name, LIBRARY)
    assert result.whole is not None, result.problem
    problems = differences(result.whole.routine, load_routine(expected_text), marked_paths(expected_text), LIBRARY)
    known = KNOWN.get(path.name, set())
    assert [p for p in problems if not any(k.lower() in p.lower() for k in known)] == []
