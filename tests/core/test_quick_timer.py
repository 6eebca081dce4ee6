"""Issue 17: a quick timer, "N rounds of W seconds work / R seconds rest", becomes a routine that keeps the
promise exactly (one get-ready, then work and rest alternating, no rest after the last), round-trips through
the one routine writer, and refuses what it cannot run with a sentence."""

from __future__ import annotations

import pytest

from backcoach.core.catalog import load_catalog
from backcoach.core.loader import load_routine
from backcoach.core.quick_timer import QuickTimer, split_moves
from backcoach.core.session_plan import plan_session
from backcoach.core.timeline import StepKind
from backcoach.core.writer import dump_routine
from backcoach.resources import bundled_routines_dir

LIBRARY = load_catalog([(bundled_routines_dir(), True)]).exercise_library


def shape(timer: QuickTimer, get_ready: int = 10) -> list[tuple[str, int, str]]:
    plan = plan_session(timer.routine(get_ready, LIBRARY), exercise_library=LIBRARY)
    return [(step.kind.value, step.planned, step.exercise) for step in plan.timeline.steps]


@pytest.mark.parametrize("timer", [QuickTimer(), QuickTimer(3, 30, 15, ("Plank", "Side plank", "Bird dog")),
                                   QuickTimer(2, 45, 0, ("Dead bug",)), QuickTimer(1, 5, 5, ("A", "B"))])
def test_one_get_ready_then_work_and_rest_alternate_with_no_rest_after_the_last(timer: QuickTimer) -> None:
    steps = shape(timer)
    kinds = [kind for kind, _, _ in steps]
    assert kinds[0] == "prepare" and "prepare" not in kinds[1:]  # one get-ready, however many moves
    intervals = [(kind, seconds) for kind, seconds, _ in steps[1:]]
    expected = [("work", timer.work)]
    for _ in range(timer.intervals - 1):
        expected += ([("rest", timer.rest)] if timer.rest else []) + [("work", timer.work)]
    assert intervals == expected  # no switch of sides either: Side plank is one interval, as set
    moves = [name for kind, _, name in steps if kind == "work"]
    assert moves == list(timer.moves or ("Work",)) * timer.rounds
    assert sum(seconds for _, seconds, _ in steps[1:]) == timer.total_seconds


def test_the_get_ready_is_what_the_user_set_and_long_enough_to_say_the_move() -> None:
    assert shape(QuickTimer(2, 20, 10), get_ready=25)[0][:2] == ("prepare", 25)
    said = shape(QuickTimer(2, 20, 10, ("Side plank",)), get_ready=2)[0]
    assert said[0] == "prepare" and said[1] > 2  # lengthened: there must be time to say the move and its caution
    assert shape(QuickTimer(2, 20, 10), get_ready=0)[0][0] == "work"  # settings of 0 s: no get-ready at all


def test_the_screen_says_which_round() -> None:
    plan = plan_session(QuickTimer(3, 30, 15, ("Plank", "Bird dog")).routine(10, LIBRARY), exercise_library=LIBRARY)
    blocks = [step.block for step in plan.timeline.steps if step.kind is StepKind.WORK]
    assert blocks == ["Round 1 of 3"] * 2 + ["Round 2 of 3"] * 2 + ["Round 3 of 3"] * 2


@pytest.mark.parametrize("timer", [QuickTimer(), QuickTimer(4, 40, 20, ("Plank", "Side plank")),
                                   QuickTimer(1, 60, 0, ("Wall sit: 1 min",))])
def test_it_saves_through_the_routine_writer_and_reads_back_the_same(timer: QuickTimer) -> None:
    routine = timer.routine(10, LIBRARY)
    text = dump_routine(routine)
    assert load_routine(text, "quick.yaml") == routine
    assert routine.title == timer.title and timer.text() in (routine.summary or "")


def test_the_short_form_round_trips() -> None:
    for timer in (QuickTimer(), QuickTimer(3, 30, 15, ("Plank", "Bird dog")), QuickTimer(100, 1, 0)):
        assert QuickTimer.parse(timer.text()) == timer
    assert QuickTimer.parse(" 5 X 40 / 20 : plank,, bird dog ") == QuickTimer(5, 40, 20, ("plank", "bird dog"))
    assert split_moves("Plank\nBird dog, Side plank,\n ,") == ("Plank", "Bird dog", "Side plank")
    assert QuickTimer().title == "Quick timer: 8 × 20 s work / 10 s rest"
    assert QuickTimer(2, 90, 0, ("Plank",)).title == "Quick timer: 2 × 1 min 30 s work, no rest — Plank"


@pytest.mark.parametrize("text, message", [
    ("8x20", "write a quick timer as ROUNDSxWORK/REST"), ("x20/10", "ROUNDSxWORK/REST"),
    ("8x-20/10", "ROUNDSxWORK/REST"), ("8x٣/10", "ROUNDSxWORK/REST"), ("0x20/10", "rounds must be from 1 to 100"),
    ("8x0/10", "work must be from 1 to 3600"), ("101x20/10", "rounds must be from 1"),
    ("99999999x1/1", "ROUNDSxWORK/REST"), ("8x3600/3600", "the most is 4 h"),
    ("2x20/10: " + ",".join(["Plank"] * 11), "at most 10 moves"),
    ("2x20/10: " + "P" * 61, "a move is a name of 1 to 60 characters"), ("x" * 2000, "at most 1000 characters"),
])
def test_what_cannot_run_is_refused_with_a_sentence(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        QuickTimer.parse(text)
