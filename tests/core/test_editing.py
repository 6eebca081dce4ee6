"""Edits as pure functions: fields read like files, structure changes keep the routine valid."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcoach.core import editing
from backcoach.core.durations import Level, Range
from backcoach.core.editing import EditRefused, field_text, read_field
from backcoach.core.loader import load_routine
from backcoach.core.model import Per, Routine
from backcoach.core.timeline import expand

ROUTINE = load_routine(
    "backcoach: 1\ntitle: T\nblocks:\n  - title: A\n    exercises:\n      - {name: One, reps: 5}\n"
    "      - {name: Two, hold: 20s}\n  - title: B\n    exercises:\n      - {name: Three, reps: 8, per: leg}\n",
    "t.yaml",
)


@pytest.mark.parametrize(
    ("key", "text", "value"),
    [("hold", "30-60s", Range(30, 60)), ("rest", "1:30", Range(90, 90)), ("reps", "6-12", Range(6, 12)),
     ("sets", "3", 3), ("per", "Leg", Per.LEG), ("level", "advanced", Level.ADVANCED), ("rest", "", None),
     ("equipment", "mat, band ,", ("mat", "band")), ("title", "  Spaced  ", "Spaced")],
)
def test_fields_are_read_like_routine_files(key: str, text: str, value: object) -> None:
    assert read_field(key, text) == value


@pytest.mark.parametrize(
    ("key", "text", "message"),
    [("hold", "60-30s", "'hold': the range '60-30s' is reversed: write the smaller value first"),
     ("sets", "0", "'sets' must be from 1 to 100, not 0"), ("sets", "2.5", "'sets' must be a whole number, not 2.5"),
     ("per", "both", "'per' must be one of side, leg, arm, not 'both'"), ("name", " ", "'name' is empty"),
     ("hold", "0", "'hold' must be at least 1 second, not 0"), ("reps", "[1, 2]", "'reps' must be a single value")],
)
def test_bad_field_values_get_the_validators_message(key: str, text: str, message: str) -> None:
    with pytest.raises(EditRefused) as refused:
        read_field(key, text)
    assert str(refused.value).startswith(message)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(["hold", "rest", "prepare", "reps", "sets", "rounds"]), st.integers(1, 99),
       st.integers(0, 50))
def test_shown_values_read_back_to_themselves(key: str, low: int, extra: int) -> None:
    value: object = low if key in ("sets", "rounds") else Range(low, low + extra)
    assert read_field(key, field_text(key, value)) == value


def test_set_field_at_every_level_of_the_routine() -> None:
    changed = editing.set_field(ROUTINE, (), "rest", Range.single(45))
    changed = editing.set_field(changed, (1,), "rounds", 2)
    changed = editing.set_field(changed, (0, 1), "hold", Range(20, 40))
    assert changed.defaults.rest == Range.single(45) and changed.blocks[1].rounds == 2
    assert changed.blocks[0].exercises[1].hold == Range(20, 40)
    assert ROUTINE.blocks[1].rounds == 1  # the original is untouched
    with pytest.raises(EditRefused, match="needs 'reps', 'hold' or both"):
        editing.set_field(ROUTINE, (0, 0), "reps", None)


def test_structure_edits_keep_at_least_one_block_and_exercise() -> None:
    single = load_routine("backcoach: 1\ntitle: T\nblocks:\n  - title: A\n    exercises:\n      - {name: X, reps: 1}\n")
    with pytest.raises(EditRefused, match="at least one block"):
        editing.remove(single, (0,))
    with pytest.raises(EditRefused, match="remove the block instead"):
        editing.remove(single, (0, 0))
    removed, at = editing.remove(ROUTINE, (0, 0))
    assert [e.name for e in removed.blocks[0].exercises] == ["Two"] and at == (0, 0)


def test_moves_within_and_between_blocks() -> None:
    down, at = editing.move_by(ROUTINE, (0, 0), +1)
    assert [e.name for e in down.blocks[0].exercises] == ["Two", "One"] and at == (0, 1)
    across, at = editing.move_by(down, (0, 1), +1)
    assert [e.name for e in across.blocks[1].exercises] == ["One", "Three"] and at == (1, 0)
    blocks, at = editing.move(ROUTINE, (1,), (0,))
    assert [b.title for b in blocks.blocks] == ["B", "A"] and at == (0,)
    with pytest.raises(EditRefused, match="edge"):
        editing.move_by(ROUTINE, (0,), -1)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["add", "block", "dup", "remove", "up", "down"]),
                          st.integers(0, 5), st.integers(0, 5)), max_size=25))
def test_any_sequence_of_structure_edits_leaves_a_valid_routine(edits: list[tuple[str, int, int]]) -> None:
    routine = ROUTINE
    for action, a, b in edits:
        try:
            routine, _ = _structure_edit(routine, action, a, b)
        except EditRefused:
            continue
        assert routine.blocks and all(block.exercises for block in routine.blocks)
        assert expand(routine).steps


def _structure_edit(routine: Routine, action: str, a: int, b: int) -> tuple[Routine, editing.Address]:
    block = a % len(routine.blocks)
    index = b % len(routine.blocks[block].exercises)
    address: editing.Address = (block, index) if b % 2 else (block,)
    if action == "add":
        return editing.add_exercise(routine, block, index)
    if action == "block":
        return editing.add_block(routine, block)
    if action == "dup":
        return editing.duplicate(routine, address)
    if action == "remove":
        return editing.remove(routine, address)
    return editing.move_by(routine, address, -1 if action == "up" else +1)


def test_the_template_is_a_full_class() -> None:
    template = editing.template_routine()
    assert [b.title for b in template.blocks] == ["Warm-up", "Main", "Cool down"]
    assert expand(template).total_seconds > 0
