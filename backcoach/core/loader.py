"""Loading and validating routine files (format version 1).

:func:`load_routine` turns a file's bytes into a :class:`~backcoach.core.model.Routine` or raises a
:class:`~backcoach.core.problems.RoutineError` holding *every* problem, each at the offending value.
The rules are those of ``docs/routine-format.md``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TypeVar

from yaml.nodes import Node, ScalarNode

from .durations import (
    MAX_DURATION_SECONDS,
    MAX_REPS,
    Level,
    ValueProblem,
    format_seconds,
    parse_duration_range,
    whole_number,
)
from .files import read_user_file
from .model import (
    FORMAT_VERSION,
    Block,
    BodyPosition,
    Count,
    Exercise,
    LevelChange,
    Pace,
    Per,
    Routine,
    Sides,
    Timing,
)
from .problems import Position, Problem, RoutineError
from .reading import INT_TAG, STR_TAG, Fields, NodeReader, describe, read_document

MAX_EXERCISES = 1000
MAX_SETS = 100
MAX_ROUNDS = 100
MAX_SESSION_SECONDS = 24 * 3600

ROUTINE_KEYS = (
    "backcoach", "title", "summary", "source", "level", "levels", "duration", "equipment", "defaults", "blocks",
)
TIMING_KEYS = ("prepare", "rep_time", "rest", "switch", "between", "pace", "position_change")
LEVEL_CHANGE_KEYS = ("sets", "reps", "hold")
BLOCK_KEYS = ("title", "rounds", "rest_between_rounds", "exercises")
EXERCISE_KEYS = (
    "name",
    "reps",
    "hold",
    "sets",
    "per",
    "sides",
    "position",
    "rest",
    "pace",
    "rep_time",
    "prepare",
    "switch",
    "between",
    "position_change",
    "instructions",
    "muscles",
    "equipment",
    "note",
    "figure",
)
T = TypeVar("T")
_SIGNED = re.compile(r"[+-]?[0-9]+")

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
    "side_mode": "sides",
    "alternate": "sides",
    "start": "position",
    "starting_position": "position",
    "transition": "position_change",
}

POSITION_WORDS: dict[str, BodyPosition] = {
    **{p.value: p for p in BodyPosition},
    "on your back": BodyPosition.BACK, "lying on back": BodyPosition.BACK, "lying on the back": BodyPosition.BACK,
    "supine": BodyPosition.BACK, "face down": BodyPosition.FRONT, "lying on your front": BodyPosition.FRONT,
    "on your front": BodyPosition.FRONT, "prone": BodyPosition.FRONT, "on all fours": BodyPosition.KNEELING,
    "all fours": BodyPosition.KNEELING, "seated on the floor": BodyPosition.SEATED, "sitting": BodyPosition.SEATED,
    "on a chair": BodyPosition.CHAIR, "sitting on a chair": BodyPosition.CHAIR, "side lying": BodyPosition.SIDE,
    "lying on your side": BodyPosition.SIDE, "on your side": BodyPosition.SIDE, "on a bench": BodyPosition.BENCH,
}
"""What ``position`` accepts: the documented words and the other ways people say them."""

SIDES_WORDS: dict[str, Sides] = {
    **{s.value: s for s in Sides},
    "all-sets": Sides.ALL_SETS, "all_sets": Sides.ALL_SETS, "each-set": Sides.EACH_SET, "each_set": Sides.EACH_SET,
    "alternate": Sides.ALTERNATING, "both": Sides.TOGETHER, "both at once": Sides.TOGETHER,
}


def load_routine_file(path: Path | str, display_name: str | None = None) -> Routine:
    """Read and validate a routine file; problems name the file as ``display_name`` (default: path)."""
    name = display_name or str(path)
    return load_routine(read_user_file(path, name), name)


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
        levels_node = fields.get("levels")
        levels = self.levels(levels_node) if levels_node is not None else ()
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
            levels=levels,
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
            try:
                version = whole_number(text, "a format version")
            except ValueProblem as problem:
                self.r.report(node, f"'backcoach': {problem}; it must be {FORMAT_VERSION}")
                return
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
            position_change=_opt(fields, "position_change", r.duration),
        )

    def levels(self, node: Node) -> tuple[tuple[Level, LevelChange], ...]:
        """``levels: {easy: {sets: -1}, advanced: {sets: +1}}``: what each level changes beyond the ranges."""
        r = self.r
        fields = r.mapping(node, "'levels'", tuple(level.value for level in Level))
        if fields is None:
            return ()
        found: list[tuple[Level, LevelChange]] = []
        for name, value in fields.values.items():
            change = r.mapping(value, f"'levels: {name}'", LEVEL_CHANGE_KEYS)
            if change is None:
                continue
            sets = _opt(change, "sets", lambda n, k: _signed(r, n, k, MAX_SETS))
            reps = _opt(change, "reps", lambda n, k: _signed(r, n, k, MAX_REPS))
            hold = _opt(change, "hold", lambda n, k: _signed_duration(r, n, k))
            found.append((Level(name), LevelChange(sets=sets or 0, reps=reps or 0, hold=hold or 0)))
        return tuple(found)

    def block(self, node: Node) -> Block | None:
        r = self.r
        fields = r.mapping(node, "a block", BLOCK_KEYS, ("title", "exercises"), SYNONYMS)
        if fields is None:
            return None
        title = _opt(fields, "title", r.text)
        rounds = self._count(fields, "rounds", MAX_ROUNDS)
        rest_between_rounds = _opt(fields, "rest_between_rounds", r.duration)
        exercises: list[Exercise] = []
        exercises_node = fields.get("exercises")
        items = r.sequence(exercises_node, "exercises") if exercises_node is not None else None
        for item in items or ():
            self.exercise_count += 1
            if self.exercise_count > MAX_EXERCISES:
                if self.exercise_count == MAX_EXERCISES + 1:  # said once, at the first one too many
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
            rounds=_or_one(rounds),
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
        sets = self._count(fields, "sets", MAX_SETS)
        per = _opt(fields, "per", lambda n, k: r.choice(n, k, Per))
        sides = _opt(fields, "sides", lambda n, k: read_word(r, n, k, SIDES_WORDS))
        position = _opt(fields, "position", lambda n, k: read_word(r, n, k, POSITION_WORDS))
        if sides is Sides.TOGETHER and per is not None:
            r.report(fields.values["sides"], f"'sides: together' means both sides at once, but 'per: {per.value}' "
                     "says one at a time; keep one")
        timing = self.timing(fields)
        instructions = _opt(fields, "instructions", r.text)
        muscles = _opt(fields, "muscles", r.text_list) or ()
        equipment = _opt(fields, "equipment", r.text_list) or ()
        note = _opt(fields, "note", r.text)
        figure = None
        figure_node = fields.get("figure")
        if figure_node is not None:  # docs/figures.md; read only where there is one
            from .figure.spec import read_figure

            figure = read_figure(r, figure_node)
        if name is None or len(r.problems) != before:
            return None
        return Exercise(
            name=name,
            reps=reps,
            hold=hold,
            sets=_or_one(sets),
            per=per,
            sides=sides,
            position=position,
            timing=timing,
            instructions=instructions,
            muscles=muscles,
            equipment=equipment,
            note=note,
            figure=figure,
            line=fields.node.start_mark.line + 1,
        )

    def _count(self, fields: Fields, key: str, most: int) -> Count | None:
        """``sets`` or ``rounds``: a number or a range of them (``_opt`` would lose the union's type)."""
        node = fields.get(key)
        return self.r.count_or_range(node, key, 1, most) if node is not None else None

    def _session_limit(self, routine: Routine, blocks_node: Node | None) -> None:
        from .timeline import planned_seconds  # the timeline depends on the model, not on loading

        longest = planned_seconds(routine, Level.ADVANCED)
        if longest > MAX_SESSION_SECONDS and blocks_node is not None:
            self.r.report(
                blocks_node,
                f"the whole session lasts {format_seconds(longest)} at advanced level; "
                f"the limit is {format_seconds(MAX_SESSION_SECONDS)}",
            )


def _or_one(count: Count | None) -> Count:
    """``sets`` and ``rounds`` default to 1."""
    return 1 if count is None else count


W = TypeVar("W")


def read_word(r: NodeReader, node: Node, key: str, words: Mapping[str, W]) -> W | None:
    """One of a few words (any case, extra spaces ignored), naming the documented ones when it is not."""
    if not isinstance(node, ScalarNode) or node.tag != STR_TAG:
        r.report(node, f"'{key}' must be one of {_documented(words)}, not {describe(node)}")
        return None
    text = " ".join(str(node.value).lower().split())
    if text in words:
        return words[text]
    r.report(node, f"'{key}' must be one of {_documented(words)}, not {describe(node)}")
    return None


def _documented(words: Mapping[str, W]) -> str:
    seen: list[str] = []
    for word, value in words.items():
        if getattr(value, "value", value) == word:  # an enum's own word, or a plain word standing for itself
            seen.append(word)
    return ", ".join(seen)


def _signed(r: NodeReader, node: Node, key: str, limit: int) -> int | None:
    """A whole number that may carry a sign (``+1``, ``-2``): how many more or fewer."""
    text = str(node.value).strip() if isinstance(node, ScalarNode) else ""
    if not isinstance(node, ScalarNode) or node.tag != INT_TAG or not _SIGNED.fullmatch(text):
        r.report(node, f"'{key}' must be a whole number of more (+1) or fewer (-1), not {describe(node)}")
        return None
    try:
        value = whole_number(text.lstrip("+-"), "a count")
    except ValueProblem as problem:
        r.report(node, f"'{key}': {problem}; write a number from -{limit} to +{limit}")
        return None
    value = -value if text.startswith("-") else value
    if abs(value) > limit:
        r.report(node, f"'{key}' must be from -{limit} to +{limit}, not {text}")
        return None
    return value


def _signed_duration(r: NodeReader, node: Node, key: str) -> int | None:
    """A duration that may carry a sign (``+10s``, ``-5 s``): seconds more or fewer."""
    text = str(node.value).strip() if isinstance(node, ScalarNode) else ""
    if not isinstance(node, ScalarNode) or node.tag not in (INT_TAG, STR_TAG) or not text:
        r.report(node, f"'{key}' must be a duration more (+10s) or less (-10s), not {describe(node)}")
        return None
    sign = -1 if text[0] == "-" else 1
    body = text[1:] if text[0] in "+-" else text
    try:
        value = parse_duration_range(body)
    except ValueProblem as problem:
        r.report(node, f"'{key}': {problem}")
        return None
    if not value.is_single:
        r.report(node, f"'{key}' must be one duration, not a range")
        return None
    if value.low > MAX_DURATION_SECONDS:
        r.report(node, f"'{key}' is {format_seconds(value.low)}, longer than the limit of "
                 f"{format_seconds(MAX_DURATION_SECONDS)}")
        return None
    return sign * value.low


def _opt(fields: Fields, key: str, read: Callable[[Node, str], T | None]) -> T | None:
    """Read ``key`` with ``read`` when present; ``None`` when absent or invalid."""
    node = fields.get(key)
    return read(node, key) if node is not None else None
