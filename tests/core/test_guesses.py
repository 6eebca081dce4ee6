"""Guessed values stay marked through edits: a moved exercise keeps its marks, an edited value loses its own,
undo brings the old marks back, and saving writes the marks that still stand."""

from __future__ import annotations

from dataclasses import dataclass

from backcoach.core import editing
from backcoach.core.durations import Range
from backcoach.core.guesses import GuessMarks
from backcoach.core.model import Block, Exercise, Routine


@dataclass(frozen=True)
class Guess:
    path: tuple[str | int, ...]
    message: str


ROUTINE = Routine("T", (
    Block("A", (Exercise("Cat-cow", reps=Range.single(10)), Exercise("Plank", hold=Range.single(30)))),
    Block("B", (Exercise("Bird dog", reps=Range.single(8), sets=3),), rounds=2),
))
GUESSES = [
    Guess(("blocks", 0, "exercises", 0, "reps"), "10 reps, a usual number"),
    Guess(("blocks", 0, "exercises", 0, "name"), "not in the library"),
    Guess(("blocks", 1, "exercises", 0, "sets"), "3 as in the other rows"),
    Guess(("blocks", 1, "rounds"), "listed twice"),
    Guess(("level",), "no level given"),
    Guess(("blocks", 7, "exercises", 0, "sets"), "a place that does not exist"),
]


def test_marks_are_found_where_the_guesses_point() -> None:
    marks = GuessMarks(ROUTINE, GUESSES)
    assert marks.at(ROUTINE, (0, 0), "reps") == "10 reps, a usual number"
    assert marks.at(ROUTINE, (0, 1), "hold") is None
    assert marks.at(ROUTINE, (1,), "rounds") == "listed twice"
    assert marks.at(ROUTINE, (), "level") == "no level given"
    assert marks.count(ROUTINE) == 5


def test_editing_a_guessed_value_clears_its_mark_only_and_undo_restores_it() -> None:
    marks = GuessMarks(ROUTINE, GUESSES)
    after = editing.set_field(ROUTINE, (0, 0), "reps", Range.single(12))
    marks.follow(ROUTINE, after, ((0, 0), "reps"))
    assert marks.at(after, (0, 0), "reps") is None
    assert marks.at(after, (0, 0), "name") == "not in the library"
    assert marks.at(after, (1, 0), "sets") == "3 as in the other rows"
    assert marks.at(after, (), "level") == "no level given"
    assert marks.at(ROUTINE, (0, 0), "reps") == "10 reps, a usual number"  # undo shows the old routine again


def test_a_moved_exercise_keeps_its_marks_and_its_new_neighbours_get_none() -> None:
    marks = GuessMarks(ROUTINE, GUESSES)
    moved, at = editing.move(ROUTINE, (0, 0), (1, 1))
    marks.follow(ROUTINE, moved)
    assert at == (1, 1)
    assert marks.at(moved, (1, 1), "reps") == "10 reps, a usual number"
    assert marks.at(moved, (0, 0), "reps") is None  # the plank, now first, was never guessed
    assert marks.at(moved, (1, 0), "sets") == "3 as in the other rows"
    comments = marks.comments(moved)
    assert comments[("blocks", 1, "exercises", 1, "reps")] == "guessed: 10 reps, a usual number"
    assert comments[("level",)] == "guessed: no level given"


def test_swapping_two_exercises_does_not_pass_marks_between_them() -> None:
    marks = GuessMarks(ROUTINE, GUESSES)
    swapped, _ = editing.move_by(ROUTINE, (0, 1), -1)
    marks.follow(ROUTINE, swapped)
    assert swapped.blocks[0].exercises[0].name == "Plank"
    assert marks.keys_at(swapped, (0, 0)) == {}
    assert set(marks.keys_at(swapped, (0, 1))) == {"reps", "name"}
