"""Unusual but valid routines load, and mean what their author wrote."""

from __future__ import annotations

from backcoach.core.durations import Level, Range
from backcoach.core.loader import load_routine
from backcoach.core.model import Pace, Per
from backcoach.core.timeline import expand


def test_minimal_routine() -> None:
    routine = load_routine("backcoach: 1\ntitle: T\nblocks:\n- title: B\n  exercises:\n  - {name: X, hold: 1}\n")
    assert routine.title == "T" and routine.exercises[0].hold == Range(1, 1)
    assert routine.effective_level() is Level.INTERMEDIATE


def test_byte_order_mark_comments_and_crlf_are_fine() -> None:
    text = "\ufeff# my routine\r\nbackcoach: 1\r\ntitle: T # inline\r\nblocks:\r\n  - title: B\r\n    exercises:\r\n"
    text += "      - name: X\r\n        reps: 3\r\n"
    assert load_routine(text.encode("utf-8"), "bom.yaml").title == "T"


def test_full_routine_with_every_key() -> None:
    text = """
backcoach: 1
title: Everything
summary: All the keys.
source: Me
level: ADVANCED
duration: 10 min
equipment: mat
defaults: {prepare: 0:05, rep_time: 2 sec, rest: 45, switch: 3s, between: 10s, pace: self}
blocks:
  - title: Main
    rounds: 2
    rest_between_rounds: 1 min
    exercises:
      - name: Row
        reps: 6-12
        sets: 3
        per: arm
        rest: 30-60s
        pace: counted
        rep_time: 3s
        prepare: 10s
        switch: 5s
        between: 0
        instructions: Pull.
        muscles: [lats, rhomboids]
        equipment: [dumbbell]
        note: Light weights.
"""
    routine = load_routine(text, "all.yaml")
    row = routine.exercises[0]
    assert routine.level is Level.ADVANCED and routine.equipment == ("mat",)
    assert routine.duration == Range(600, 600) and routine.defaults.prepare == Range(5, 5)
    assert routine.defaults.pace is Pace.SELF and row.timing.pace is Pace.COUNTED
    assert row.per is Per.ARM and row.reps == Range(6, 12) and row.muscles == ("lats", "rhomboids")
    assert routine.blocks[0].rest_between_rounds == Range(60, 60)
    assert expand(routine).steps[1].reps == 12


def test_anchors_and_merge_keys_share_settings() -> None:
    text = """
backcoach: 1
title: Anchors
blocks:
  - title: B
    exercises:
      - &base {name: Bridge, reps: 10, sets: 2, rest: 15s}
      - <<: *base
        name: Single-leg bridge
        per: leg
"""
    routine = load_routine(text, "a.yaml")
    second = routine.exercises[1]
    assert second.name == "Single-leg bridge" and second.reps == Range(10, 10) and second.sets == 2
    assert second.per is Per.LEG and second.timing.rest == Range(15, 15)


def test_sexagesimal_and_numeric_text_titles() -> None:
    routine = load_routine("backcoach: 1\ntitle: 1984\nblocks:\n- title: 2\n  exercises:\n  - {name: X, hold: 1:30}\n")
    assert routine.title == "1984" and routine.exercises[0].hold == Range(90, 90)


def test_exercise_lines_are_remembered_for_views() -> None:
    routine = load_routine("backcoach: 1\ntitle: T\nblocks:\n- title: B\n  exercises:\n  - {name: X, hold: 1}\n"
                           "  - {name: Y, hold: 1}\n")
    assert [e.line for e in routine.exercises] == [6, 7]


def test_a_bare_equals_sign_is_text() -> None:
    routine = load_routine("backcoach: 1\ntitle: =\nblocks:\n- title: B\n  exercises:\n  - {name: X, hold: 1}\n")
    assert routine.title == "="
