"""Ranges of sets and rounds ("5 to 10 sets", "repeat the circuit four to five times"), picked by level.

The format keeps an article's range as a range: ``sets: 2-3`` and ``rounds: 4-5`` are read, validated with
positioned messages, written back, described by the JSON Schema and expanded by the level like reps.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from test_writer import round_trip, routines

from backcoach.core import editing
from backcoach.core.durations import Level, Range
from backcoach.core.loader import MAX_SESSION_SECONDS, load_routine
from backcoach.core.model import Block, Exercise, Routine, count_at, count_most
from backcoach.core.problems import RoutineError
from backcoach.core.timeline import StepKind, expand, planned_seconds
from backcoach.core.wording import dose_text
from backcoach.core.writer import dump_routine
from backcoach.resources import _package_dir

ROUTINE = """backcoach: 1
title: Ranges
blocks:
  - title: Circuit
    rounds: 4-5
    exercises:
      - name: Squat
        reps: 10
        sets: 2-3
      - name: Plank
        hold: 30s
        sets: 5 to 10
"""


def test_ranges_of_sets_and_rounds_are_read_as_ranges_and_plain_counts_stay_numbers() -> None:
    routine = load_routine(ROUTINE)
    block = routine.blocks[0]
    assert block.rounds == Range(4, 5)
    assert block.exercises[0].sets == Range(2, 3)
    assert block.exercises[1].sets == Range(5, 10)
    single = load_routine(ROUTINE.replace("sets: 2-3", "sets: 3-3").replace("rounds: 4-5", "rounds: 2"))
    assert single.blocks[0].exercises[0].sets == 3 and single.blocks[0].rounds == 2
    quoted = load_routine(ROUTINE.replace("sets: 2-3", 'sets: "2-3"'))  # quoted as a range, as reps may be
    assert quoted.blocks[0].exercises[0].sets == Range(2, 3)


@pytest.mark.parametrize(
    ("level", "sets", "rounds"),
    [(Level.EASY, 2, 4), (Level.INTERMEDIATE, 3, 5), (Level.ADVANCED, 3, 5)],
)
def test_the_level_picks_sets_and_rounds_as_it_picks_reps(level: Level, sets: int, rounds: int) -> None:
    routine = load_routine(ROUTINE)
    timeline = expand(routine, level)
    squats = [s for s in timeline.steps if s.kind is StepKind.WORK and s.exercise == "Squat"]
    assert {s.sets for s in squats} == {sets}
    assert len(squats) == sets * rounds
    assert {s.rounds for s in squats} == {rounds}
    planks = [s for s in timeline.steps if s.kind is StepKind.WORK and s.exercise == "Plank"]
    assert len(planks) == count_at(Range(5, 10), level) * rounds
    assert planned_seconds(routine, level) == timeline.total_seconds


@pytest.mark.parametrize(
    ("value", "line", "column", "message"),
    [
        ("5-2", 9, 15, "'sets': the range '5-2' is reversed: write the smaller number first"),
        ("0-3", 9, 15, "'sets' must be from 1 to 100, not 0-3"),
        ("2-101", 9, 15, "'sets' must be from 1 to 100, not 2-101"),
        ("2-", 9, 15, "'sets': '2-' is not a range; write it like 6-12"),
        ("2-three", 9, 15, "'sets': '2-three' is not a whole number or a range like 6-12"),
        ('"3"', 9, 15, "'sets' must be a whole number, not \"3\" (quoted text)"),
        ("2.5", 9, 15, "'sets' must be a whole number, not 2.5"),
        # the hardened parsers' guards hold for ranges of sets as for reps: digits measured before int() sees
        # them, values longer than any real one refused before they are parsed, long values quoted, not copied
        ("2-" + "9" * 25, 9, 15, "'sets': a number this long (25 digits) is not a count"),
        ("1" * 5000 + "-2", 9, 15, "'sets': this value is 5,002 characters long, too long to be a count"),
        ("1 -" + " " * 200 + "2", 9, 15, "'sets': this value is 204 characters long, too long to be a count"),
        ("2" + " " * 70 + "- 300", 9, 15, "'sets' must be from 1 to 100, not 2" + " " * 58 + "… (76 characters)"),
    ],
)
def test_a_wrong_range_of_sets_is_reported_where_it_is(value: str, line: int, column: int, message: str) -> None:
    with pytest.raises(RoutineError) as caught:
        load_routine(ROUTINE.replace("sets: 2-3", f"sets: {value}"), "r.yaml")
    problem = caught.value.first
    assert (problem.position.line, problem.position.column) == (line, column)
    assert problem.message.startswith(message), problem.message


def test_a_reversed_range_of_rounds_is_reported_where_it_is() -> None:
    with pytest.raises(RoutineError) as caught:
        load_routine(ROUTINE.replace("rounds: 4-5", "rounds: 5-4"), "r.yaml")
    assert str(caught.value.first) == (
        "r.yaml:5:13: 'rounds': the range '5-4' is reversed: write the smaller number first")


def test_ranges_are_written_back_as_ranges() -> None:
    routine = load_routine(ROUTINE)
    text = dump_routine(routine)
    assert "    rounds: 4-5\n" in text and "        sets: 2-3\n" in text and "        sets: 5-10\n" in text
    assert round_trip(routine) == routine


def test_a_range_of_one_value_is_written_as_that_number() -> None:
    routine = Routine("T", (Block("B", (Exercise("Plank", hold=Range.single(30), sets=Range(3, 3)),),
                                  rounds=Range(2, 2)),))
    text = dump_routine(routine)
    assert "sets: 3\n" in text and "rounds: 2\n" in text


count_ranges = st.integers(1, 6).flatmap(lambda low: st.builds(Range, st.just(low), st.integers(low, 8)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(routines, st.data())
def test_any_routine_with_ranges_of_sets_and_rounds_survives_a_round_trip(routine: Routine, data: Any) -> None:
    blocks = tuple(
        replace(block, rounds=data.draw(st.one_of(st.just(block.rounds), count_ranges)),
                exercises=tuple(replace(e, sets=data.draw(st.one_of(st.just(e.sets), count_ranges)))
                                for e in block.exercises))
        for block in routine.blocks
    )
    routine = replace(routine, blocks=tuple(
        replace(b, rounds=b.rounds.low if isinstance(b.rounds, Range) and b.rounds.is_single else b.rounds,
                exercises=tuple(replace(e, sets=e.sets.low if isinstance(e.sets, Range) and e.sets.is_single
                                        else e.sets) for e in b.exercises))
        for b in blocks))
    assume(planned_seconds(routine, Level.ADVANCED) <= MAX_SESSION_SECONDS)
    round_trip(routine)
    for level in Level:
        assert planned_seconds(routine, level) == expand(routine, level).total_seconds


def test_the_editor_reads_and_shows_a_range_of_sets() -> None:
    value = editing.read_field("sets", "2-3")
    assert value == Range(2, 3)
    assert editing.field_text("sets", value) == "2-3"
    assert editing.read_field("rounds", "4") == 4
    with pytest.raises(editing.EditRefused, match="reversed"):
        editing.read_field("sets", "3-2")


def test_a_range_of_sets_is_described_as_a_range() -> None:
    exercise = Exercise("Squat", reps=Range.single(12), sets=Range(2, 3))
    assert dose_text(exercise) == "2-3 × 12 reps"
    assert count_most(exercise.sets) == 3


def _schema() -> Draft202012Validator:
    path = _package_dir("schemas") / "routine-v1.schema.json"
    return Draft202012Validator(json.loads(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize(
    ("value", "valid"),
    [(3, True), ("2-3", True), ("5 to 10", True), ("4–5", True), ("3-2", True), ("0-3", False), ("2-101", False),
     ("2-", False), ("three", False), ("2.5", False), (0, False), (101, False)],
)
def test_the_schema_accepts_ranges_of_sets_and_rounds(value: object, valid: bool) -> None:
    """The schema cannot compare the two ends (3-2), which only the loader reports."""
    document = yaml.safe_load(ROUTINE)
    document["blocks"][0]["exercises"][0]["sets"] = value
    document["blocks"][0]["rounds"] = value
    assert _schema().is_valid(document) is valid


counts_text = st.builds(
    lambda a, sep, b: f"{a}{sep}{b}",
    st.integers(0, 120).map(str), st.sampled_from(["-", " - ", "–", " to ", "to", "--", "-x"]),
    st.integers(0, 120).map(str),
)


@settings(max_examples=300)
@given(counts_text)
def test_the_schema_pattern_for_counts_agrees_with_the_loader(text: str) -> None:
    document = yaml.safe_load(ROUTINE)
    document["blocks"][0]["exercises"][0]["sets"] = text
    try:
        loaded = load_routine(yaml.safe_dump(document, sort_keys=False))
        loader_ok = True
        sets = loaded.blocks[0].exercises[0].sets
        ordered = True if isinstance(sets, int) else sets.low <= sets.high
    except RoutineError as error:
        loader_ok = False
        ordered = "reversed" not in str(error)
    if ordered:
        assert _schema().is_valid(document) == loader_ok, text
