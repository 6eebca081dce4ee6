"""Edits to a routine as pure functions: each takes a Routine and returns a new one.

The editor keeps the routine immutable and records each edit as a before/after pair, which makes undo
and redo exact for every kind of change (a field, a move between blocks, a duplicate). Field text is
read with the same :class:`~backcoach.core.reading.NodeReader` rules as routine files, so a field shows
the very message ``backcoach validate`` would print for that value.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Literal, TypeVar

from yaml.nodes import MappingNode

from .durations import MAX_REPS, Level, Range
from .figure.spec import FigureSpec, read_figure
from .loader import MAX_ROUNDS, MAX_SETS, POSITION_WORDS, SIDES_WORDS, read_word
from .model import Block, BodyPosition, Exercise, Pace, Per, Routine, Sides, Timing
from .problems import RoutineError
from .reading import NodeReader
from .wording import range_text
from .writer import dump_figure
from .yamlsource import compose

T = TypeVar("T")

Address = tuple[()] | tuple[int] | tuple[int, int]
"""``()`` the routine, ``(block,)`` a block, ``(block, exercise)`` an exercise."""


class EditRefused(ValueError):
    """An edit that would make the routine invalid (the message says why, for the status line)."""


# -- reading one field ---------------------------------------------------------------------------------

FieldKind = Literal["text", "list", "duration", "duration1", "count", "reps", "level", "pace", "per", "sides",
                    "position", "figure"]

FIELD_KINDS: dict[str, FieldKind] = {
    "title": "text", "summary": "text", "source": "text", "name": "text", "instructions": "text", "note": "text",
    "equipment": "list", "muscles": "list",
    "prepare": "duration", "rest": "duration", "switch": "duration", "between": "duration",
    "rest_between_rounds": "duration",
    "hold": "duration1", "rep_time": "duration1", "duration": "duration1",
    "sets": "count", "rounds": "count", "reps": "reps",
    "level": "level", "pace": "pace", "per": "per", "sides": "sides", "position": "position", "figure": "figure",
    "position_change": "duration",
}
REQUIRED = {"title", "name"}
TIMING_FIELDS = {"prepare", "rep_time", "rest", "switch", "between", "pace", "position_change"}


def read_field(key: str, text: str) -> object:
    """The value of ``key`` typed as ``text``; ``None`` for an empty optional field.

    Raises :class:`EditRefused` with the validator's own message for that key and value.
    """
    kind = FIELD_KINDS[key]
    stripped = text.strip()
    if not stripped:
        if key in REQUIRED:
            raise EditRefused(f"'{key}' is empty")
        return () if kind == "list" else None
    if kind == "text":
        return stripped
    if kind == "list":
        return tuple(part.strip() for part in stripped.split(",") if part.strip())
    if kind == "figure":
        return _read_figure_field(text)
    try:
        node = compose(f"{key}: {stripped}\n", "<field>")
    except RoutineError as error:
        raise EditRefused(f"'{key}': {error.first.message}") from None
    if not isinstance(node, MappingNode) or len(node.value) != 1:
        raise EditRefused(f"'{key}' must be a single value")
    value_node = node.value[0][1]
    reader = NodeReader("<field>")
    value: object
    if kind == "duration":
        value = reader.duration(value_node, key)
    elif kind == "duration1":
        value = reader.duration(value_node, key, 1)
    elif kind == "count":
        value = reader.count_or_range(value_node, key, 1, MAX_SETS if key == "sets" else MAX_ROUNDS)
    elif kind == "reps":
        value = reader.reps(value_node, key, MAX_REPS)
    elif kind == "level":
        value = reader.choice(value_node, key, Level)
    elif kind == "pace":
        value = reader.choice(value_node, key, Pace)
    elif kind == "sides":
        value = read_word(reader, value_node, key, SIDES_WORDS)
    elif kind == "position":
        value = read_word(reader, value_node, key, POSITION_WORDS)
    else:
        value = reader.choice(value_node, key, Per)
    if reader.problems:
        raise EditRefused(reader.problems[0].message)
    return value


def _read_figure_field(text: str) -> FigureSpec:
    """A figure typed as YAML (``{like: Bird dog}``, or its keys one per line), read as a routine file's is."""
    body = "\n".join("  " + line for line in text.splitlines())
    try:
        node = compose(f"figure:\n{body}\n", "<field>")
    except RoutineError as error:
        raise EditRefused(f"'figure': {error.first.message}") from None
    if not isinstance(node, MappingNode) or len(node.value) != 1:
        raise EditRefused("'figure' must be a mapping, like {like: Bird dog}")
    reader = NodeReader("<field>")
    figure = read_figure(reader, node.value[0][1])
    if reader.problems or figure is None:
        first = reader.problems[0] if reader.problems else None
        where = f" (line {first.position.line - 1})" if first is not None and first.position.line > 1 else ""
        raise EditRefused((first.message if first else "'figure' is not a figure") + where)
    return figure


def field_text(key: str, value: object) -> str:
    """How a field's value is shown in its box; :func:`read_field` reads it back to the same value."""
    if value is None:
        return ""
    kind = FIELD_KINDS[key]
    if isinstance(value, FigureSpec):
        return dump_figure(value).rstrip("\n")
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, Range):
        return range_text(value, "s" if kind.startswith("duration") else "")
    if isinstance(value, Level | Pace | Per | Sides | BodyPosition):
        return value.value
    return str(value)


# -- reading and writing fields of a routine -----------------------------------------------------------

ROUTINE_FIELDS = ("title", "summary", "source", "level", "duration", "equipment", *sorted(TIMING_FIELDS))
BLOCK_FIELDS = ("title", "rounds", "rest_between_rounds")
EXERCISE_FIELDS = ("name", "reps", "hold", "sets", "per", "sides", "position", "rest", "pace", "rep_time", "prepare",
                   "switch", "between", "position_change", "instructions", "muscles", "equipment", "note",
                   "figure")


def get_field(routine: Routine, address: Address, key: str) -> object:
    if len(address) == 0:
        return getattr(routine.defaults, key) if key in TIMING_FIELDS else getattr(routine, key)
    block = routine.blocks[address[0]]
    if len(address) == 1:
        return getattr(block, key)
    exercise = block.exercises[address[1]]
    return getattr(exercise.timing, key) if key in TIMING_FIELDS else getattr(exercise, key)


def _replaced(obj: T, key: str, value: object) -> T:
    """``dataclasses.replace`` for a field named at run time (the editor's key); values were read by
    :func:`read_field`, so they have the field's type."""
    changes: dict[str, Any] = {key: value}
    return replace(obj, **changes)  # type: ignore[type-var]


def set_field(routine: Routine, address: Address, key: str, value: object) -> Routine:
    """``routine`` with one field changed (``None`` clears an optional one back to its default)."""
    if len(address) == 0:
        if key in TIMING_FIELDS:
            return replace(routine, defaults=_replaced(routine.defaults, key, value))
        return _replaced(routine, key, value if value is not None or key != "equipment" else ())
    if len(address) == 1:
        if key == "rounds" and value is None:
            value = 1
        return _with_block(routine, address[0], _replaced(routine.blocks[address[0]], key, value))
    block_index, exercise_index = address
    exercise = routine.blocks[block_index].exercises[exercise_index]
    if key in TIMING_FIELDS:
        changed = replace(exercise, timing=_replaced(exercise.timing, key, value))
    else:
        if key == "sets" and value is None:
            value = 1
        changed = _replaced(exercise, key, value)
    if changed.reps is None and changed.hold is None:
        raise EditRefused("an exercise needs 'reps', 'hold' or both")
    return _with_exercise(routine, block_index, exercise_index, changed)


def _with_block(routine: Routine, index: int, block: Block) -> Routine:
    blocks = list(routine.blocks)
    blocks[index] = block
    return replace(routine, blocks=tuple(blocks))


def _with_exercise(routine: Routine, block_index: int, index: int, exercise: Exercise) -> Routine:
    block = routine.blocks[block_index]
    exercises = list(block.exercises)
    exercises[index] = exercise
    return _with_block(routine, block_index, replace(block, exercises=tuple(exercises)))


# -- structure -------------------------------------------------------------------------------------------

NEW_EXERCISE = Exercise(name="New exercise", reps=Range.single(10))


def new_block(title: str = "New block") -> Block:
    return Block(title=title, exercises=(NEW_EXERCISE,))


def add_block(routine: Routine, index: int, block: Block | None = None) -> tuple[Routine, Address]:
    blocks = list(routine.blocks)
    index = max(0, min(index, len(blocks)))
    blocks.insert(index, block or new_block())
    return replace(routine, blocks=tuple(blocks)), (index,)


def add_exercise(routine: Routine, block_index: int, index: int,
                 exercise: Exercise | None = None) -> tuple[Routine, Address]:
    block = routine.blocks[block_index]
    exercises = list(block.exercises)
    index = max(0, min(index, len(exercises)))
    exercises.insert(index, exercise or NEW_EXERCISE)
    return _with_block(routine, block_index, replace(block, exercises=tuple(exercises))), (block_index, index)


def remove(routine: Routine, address: Address) -> tuple[Routine, Address]:
    """Remove a block or an exercise; the routine keeps at least one block, and each block one exercise."""
    if len(address) == 1:
        if len(routine.blocks) == 1:
            raise EditRefused("a routine needs at least one block")
        blocks = list(routine.blocks)
        del blocks[address[0]]
        return replace(routine, blocks=tuple(blocks)), (min(address[0], len(blocks) - 1),)
    if len(address) == 2:
        block_index, index = address
        block = routine.blocks[block_index]
        if len(block.exercises) == 1:
            raise EditRefused("a block needs at least one exercise: remove the block instead")
        exercises = list(block.exercises)
        del exercises[index]
        changed = _with_block(routine, block_index, replace(block, exercises=tuple(exercises)))
        return changed, (block_index, min(index, len(exercises) - 1))
    raise EditRefused("select a block or an exercise to remove")


def duplicate(routine: Routine, address: Address) -> tuple[Routine, Address]:
    if len(address) == 1:
        return add_block(routine, address[0] + 1, routine.blocks[address[0]])
    if len(address) == 2:
        block_index, index = address
        return add_exercise(routine, block_index, index + 1, routine.blocks[block_index].exercises[index])
    raise EditRefused("select a block or an exercise to duplicate")


def move(routine: Routine, source: Address, target: Address) -> tuple[Routine, Address]:
    """Move a block to block position ``target[0]``, or an exercise to ``target`` (any block).

    Target positions are read before the move, as a drop indicator shows them.
    """
    if len(source) == 1 and len(target) >= 1:
        blocks = list(routine.blocks)
        moved = blocks.pop(source[0])
        index = target[0] - (1 if target[0] > source[0] else 0)
        index = max(0, min(index, len(blocks)))
        blocks.insert(index, moved)
        return replace(routine, blocks=tuple(blocks)), (index,)
    if len(source) == 2 and len(target) == 2:
        from_block, from_index = source
        to_block, to_index = target
        if from_block != to_block and len(routine.blocks[from_block].exercises) == 1:
            raise EditRefused("a block needs at least one exercise: remove the block instead")
        exercise = routine.blocks[from_block].exercises[from_index]
        if from_block == to_block and to_index > from_index:
            to_index -= 1
        without, _ = remove(routine, source) if len(routine.blocks[from_block].exercises) > 1 else (routine, source)
        if from_block == to_block and len(routine.blocks[from_block].exercises) == 1:
            return routine, source
        return add_exercise(without, to_block, to_index, exercise)
    raise EditRefused("an exercise moves into a block; a block moves between blocks")


def move_by(routine: Routine, address: Address, step: int) -> tuple[Routine, Address]:
    """Move up (-1) or down (+1) among its siblings; an exercise at a block's edge crosses into the next."""
    if len(address) == 1:
        target = address[0] + step
        if not 0 <= target < len(routine.blocks):
            raise EditRefused("already at the edge")
        return move(routine, address, (target + (1 if step > 0 else 0),))
    if len(address) == 2:
        block_index, index = address
        count = len(routine.blocks[block_index].exercises)
        target = index + step
        if 0 <= target < count:
            return move(routine, address, (block_index, target + (1 if step > 0 else 0)))
        neighbour = block_index + step
        if not 0 <= neighbour < len(routine.blocks):
            raise EditRefused("already at the edge")
        position = len(routine.blocks[neighbour].exercises) if step < 0 else 0
        return move(routine, address, (neighbour, position))
    raise EditRefused("select a block or an exercise to move")


# -- new routines ---------------------------------------------------------------------------------------

def blank_routine() -> Routine:
    return Routine(title="New routine", blocks=(new_block("Main"),))


def template_routine() -> Routine:
    """Warm-up, main and cool-down, with a sensible move in each to replace."""
    return Routine(
        title="New routine",
        level=Level.EASY,
        blocks=(
            Block("Warm-up", (Exercise("Cat-cow stretch", reps=Range.single(10)),)),
            Block("Main", (Exercise("Bird dog", reps=Range.single(10), sets=2, per=Per.SIDE),
                           Exercise("Glute bridge", reps=Range.single(12), sets=2))),
            Block("Cool down", (Exercise("Child's pose", hold=Range.single(30)),)),
        ),
        defaults=Timing(),
    )
