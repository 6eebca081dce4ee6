"""Whatever bytes a routine file holds, loading it returns a routine or a RoutineError: never a crash."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from backcoach.core.loader import load_routine
from backcoach.core.problems import RoutineError

SAMPLE = """backcoach: 1
title: The back fit workout
level: easy
defaults: {prepare: 5s, rep_time: 1s}
blocks:
  - title: Warm-up
    rounds: 2
    exercises:
      - name: Depth jump
        reps: 15
        sets: 2
        rest: 30s
      - name: Plank
        hold: 30-60s
        per: side
"""


def load_or_problems(data: bytes) -> None:
    try:
        load_routine(data, "fuzz.yaml")
    except RoutineError as error:
        for problem in error.problems:
            assert problem.position.line >= 1 and problem.position.column >= 1
            assert str(problem).startswith("fuzz.yaml:")


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_never_crash(data: bytes) -> None:
    load_or_problems(data)


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_mutated_routines_never_crash(data: st.DataObject) -> None:
    text = SAMPLE
    for _ in range(data.draw(st.integers(min_value=1, max_value=4))):
        position = data.draw(st.integers(min_value=0, max_value=len(text)))
        action = data.draw(st.sampled_from(["delete", "insert", "replace"]))
        snippet = data.draw(st.sampled_from([":", "-", " ", "\n", "&a", "*a", "[", "{", "'", "0", "-5", "2.5", "!!str",
                                             "\t", "<<: *a", "x", "1e9", "~", "null", "99999999999999999999"]))
        end = position + data.draw(st.integers(min_value=1, max_value=5))
        if action == "delete":
            text = text[:position] + text[end:]
        elif action == "insert":
            text = text[:position] + snippet + text[position:]
        else:
            text = text[:position] + snippet + text[end:]
    load_or_problems(text.encode("utf-8"))
