"""Loading and validating routine files (format version 1).

:func:`load_routine` turns a file's bytes into a :class:`~backcoach.core.model.Routine` or raises a
:class:`~backcoach.core.problems.RoutineError` holding *every* problem, each at the offending value.
The rules are those of ``docs/routine-format.md``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from yaml.nodes import Node, ScalarNode

from .durations import MAX_REPS, Level, format_seconds
from .figure.spec import read_figure
from .model import FORMAT_VERSION, Block, Exercise, Pace, Per, Routine, Timing
from .problems import Position, Problem, RoutineError
from .reading import INT_TAG, Fields, NodeReader, describe, read_document

MAX_EXERCISES = 1000
MAX_SETS = 100
MAX_ROUNDS = 100
MAX_SESSION_SECONDS = 24 * 3600

ROUTINE_KEYS = ("backcoach", "title", "summary", "source", "level", "duration", "equipment", "defaults", "blocks")
TIMING_KEYS = ("prepare", "rep_time", "rest", "switch", "between", "pace")
BLOCK_KEYS = ("title", "rounds", "rest_between_rounds", "exercises")
EXERCISE_KEYS = (
    "name",
    "reps",
    "hold",
    "sets",
    "per",
    "rest",
    "pace",
    "rep_time",
    "prepare",
    "switch",
    "between",
    "instructions",
    "muscles",
    "equipment",
    "note",
    "figure",
)
T = TypeVar("T")

SYNONYMS = {
    "repetitions": "reps",
    "rep": "reps",
    "repeats": "reps",
    "set": "sets",
    "time": "hold",
    "seconds": "hold",
    "side": "per",
    "sides": "per",
    "round": "rounds",
    "version": "backcoach",
    "name": "title",
    "description": "summary",
    "difficulty": "level",
    "length": "duration",
    "exercise": "exercises",
    "instruction": "instructions",
    "notes": "note",
    "rest_time": "rest",
    "per_side": "per",
}


def load_routine_file(path: Path | str, display_name: str | None = None) -> Routine:
    """Read and validate a routine file; problems name the file as ``display_name`` (default: path)."""
    name = display_name or str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise RoutineError([Problem(name, Position(), f"cannot read the file: {error.strerror or error}")]) from None
    return load_routine(data, name)


def load_routine(data: bytes | str, file: str = "<routine>") -> Routine:
    """Validate a routine given as bytes (or text) and return it; raise with every problem found."""
    return read_document(data, file, "the file is empty; a routine starts with 'backcoach: 1'",
                         lambda reader, root: _RoutineReader(reader).routine(root))


class _RoutineReader:
    """Walks a routine's node tree; one instance per file."""

    def __init__(self, reader: NodeReader) -> None:
        self.r = reader
        self.exercise_count = 0

    def routine(self, root: Node) -> Routine | None:
        r = self.r
        if isinstance(root, ScalarNode):
            r.report(root, f"this is not a routine: a routine is a mapping starting with 'backcoach: 1', "
                     f"not {describe(root)}")
            return None
        fields = r.mapping(root, "a routine", ROUTINE_KEYS, ("backcoach", "title", "blocks"), SYNONYMS)
        if fields is None:
            return None
        self._version(fields)
        title = _opt(fields, "title", r.text)
        summary = _opt(fields, "summary", r.text)
        source = _opt(fields, "source", r.text)
        level = _opt(fields, "level", lambda n, k: r.choice(n, k, Level))
        duration = _opt(fields, "duration", lambda n, k: r.duration(n, k, 1))
        equipment = _opt(fields, "equipment", r.text_list) or ()
        defaults_node = fields.get("defaults")
        defaults = self.timing(
            r.mapping(defaults_node, "'defaults'", TIMING_KEYS, (), SYNONYMS) if defaults_node is not None else None
        )
        blocks: list[Block] = []
        blocks_node = fields.get("blocks")
        items = r.sequence(blocks_node, "blocks") if blocks_node is not None else None
        for item in items or ():
            block = self.block(item)
            if block is not None:
                blocks.append(block)
        if r.problems or title is None or not blocks:
            return None
        routine = Routine(
            title=title,
            blocks=tuple(blocks),
            summary=summary,
            source=source,
            level=level,
            duration=duration,
            equipment=equipment,
            defaults=defaults,
        )
        self._session_limit(routine, blocks_node)
        return routine

    def _version(self, fields: Fields) -> None:
        node = fields.get("backcoach")
        if node is None:
            return
        text = str(node.value) if isinstance(node, ScalarNode) else ""
        if isinstance(node, ScalarNode) and node.tag == INT_TAG and text.isascii() and text.isdigit():
            version = int(node.value)
            if version > FORMAT_VERSION:
                # One clear line: nothing else in a newer format can be judged by these rules.
                raise RoutineError(
                    [
                        Problem(
                            self.r.file,
                            Position(node.start_mark.line + 1, node.start_mark.column + 1),
                            f"made by a newer BackCoach (format {version}); this version reads format "
                            f"{FORMAT_VERSION}: update BackCoach to open it",
                        )
                    ]
                )
            if version == FORMAT_VERSION:
                return
        self.r.report(node, f"'backcoach' is the format version and must be {FORMAT_VERSION}, not {describe(node)}")

    def timing(self, fields: Fields | None) -> Timing:
        if fields is None:
            return Timing()
        r = self.r
        return Timing(
            prepare=_opt(fields, "prepare", r.duration),
            rep_time=_opt(fields, "rep_time", lambda n, k: r.duration(n, k, 1)),
            rest=_opt(fields, "rest", r.duration),
            switch=_opt(fields, "switch", r.duration),
            between=_opt(fields, "between", r.duration),
            pace=_opt(fields, "pace", lambda n, k: r.choice(n, k, Pace)),
        )

    def block(self, node: Node) -> Block | None:
        r = self.r
        fields = r.mapping(node, "a block", BLOCK_KEYS, ("title", "exercises"), SYNONYMS)
        if fields is None:
            return None
        title = _opt(fields, "title", r.text)
        rounds = _opt(fields, "rounds", lambda n, k: r.count(n, k, 1, MAX_ROUNDS))
        rest_between_rounds = _opt(fields, "rest_between_rounds", r.duration)
        exercises: list[Exercise] = []
        exercises_node = fields.get("exercises")
        items = r.sequence(exercises_node, "exercises") if exercises_node is not None else None
        for item in items or ():
            self.exercise_count += 1
            if self.exercise_count > MAX_EXERCISES:
                r.report(item, f"a routine holds at most {MAX_EXERCISES} exercises")
                break
            exercise = self.exercise(item)
            if exercise is not None:
                exercises.append(exercise)
        if title is None or not exercises or (items is not None and len(exercises) != len(items)):
            return None
        return Block(
            title=title,
            exercises=tuple(exercises),
            rounds=rounds if rounds is not None else 1,
            rest_between_rounds=rest_between_rounds,
        )

    def exercise(self, node: Node) -> Exercise | None:
        r = self.r
        fields = r.mapping(node, "an exercise", EXERCISE_KEYS, ("name",), SYNONYMS)
        if fields is None:
            return None
        before = len(r.problems)
        name = _opt(fields, "name", r.text)
        reps = _opt(fields, "reps", lambda n, k: r.reps(n, k, MAX_REPS))
        hold = _opt(fields, "hold", lambda n, k: r.duration(n, k, 1))
        if "reps" not in fields.keys and "hold" not in fields.keys:
            r.report(fields.node, "an exercise needs 'reps', 'hold' or both")
        sets = _opt(fields, "sets", lambda n, k: r.count(n, k, 1, MAX_SETS))
        per = _opt(fields, "per", lambda n, k: r.choice(n, k, Per))
        timing = self.timing(fields)
        instructions = _opt(fields, "instructions", r.text)
        muscles = _opt(fields, "muscles", r.text_list) or ()
        equipment = _opt(fields, "equipment", r.text_list) or ()
        note = _opt(fields, "note", r.text)
        figure_node = fields.get("figure")
        figure = read_figure(r, figure_node) if figure_node is not None else None
        if name is None or len(r.problems) != before:
            return None
        return Exercise(
            name=name,
            reps=reps,
            hold=hold,
            sets=sets if sets is not None else 1,
            per=per,
            timing=timing,
            instructions=instructions,
            muscles=muscles,
            equipment=equipment,
            note=note,
            figure=figure,
            line=fields.node.start_mark.line + 1,
        )

    def _session_limit(self, routine: Routine, blocks_node: Node | None) -> None:
        from .timeline import planned_seconds  # the timeline depends on the model, not on loading

        longest = planned_seconds(routine, Level.ADVANCED)
        if longest > MAX_SESSION_SECONDS and blocks_node is not None:
            self.r.report(
                blocks_node,
                f"the whole session lasts {format_seconds(longest)} at advanced level; "
                f"the limit is {format_seconds(MAX_SESSION_SECONDS)}",
            )


def _opt(fields: Fields, key: str, read: Callable[[Node, str], T | None]) -> T | None:
    """Read ``key`` with ``read`` when present; ``None`` when absent or invalid."""
    node = fields.get(key)
    return read(node, key) if node is not None else None
