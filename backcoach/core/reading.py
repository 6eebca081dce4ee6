"""Reading typed values out of position-carrying YAML nodes, collecting every problem on the way.

Both the routine loader and the exercise-library loader read through a :class:`NodeReader`, so a value
is judged the same way wherever it appears and every message names the key and the offending value.
A reader never raises for a bad value: it records a :class:`Problem` and returns ``None``, so one pass
reports everything that is wrong with a file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from enum import Enum
from typing import TypeVar

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .durations import (
    MAX_DURATION_SECONDS,
    Range,
    ValueProblem,
    format_seconds,
    parse_count_range,
    parse_duration_range,
    whole_number,
    written_as_range,
)
from .problems import Position, Problem, RoutineError
from .suggest import closest
from .yamlsource import NodeBudget, compose, decode, mapping_items, position_of

T = TypeVar("T", bound=Enum)
R = TypeVar("R")

INT_TAG = "tag:yaml.org,2002:int"
STR_TAG = "tag:yaml.org,2002:str"
FLOAT_TAG = "tag:yaml.org,2002:float"
BOOL_TAG = "tag:yaml.org,2002:bool"
NULL_TAG = "tag:yaml.org,2002:null"
_DIGITS = re.compile(r"[0-9]+")
MAX_PROBLEMS = 100
"""Problems reported for one file before reading stops: the first hundred say what to fix, and a file of
a hundred thousand mistakes is not read to the end."""
SHOWN_CHARS = 60
"""How much of a value a message quotes: enough to find it, never a megabyte on one line."""


def clip(text: str) -> str:
    """A value as quoted in a message, cut to :data:`SHOWN_CHARS` with its full length said."""
    if len(text) <= SHOWN_CHARS:
        return text
    return f"{text[: SHOWN_CHARS - 1]}… ({len(text):,} characters)"


def describe(node: Node) -> str:
    """How a value is named in a message: the text as written, and what kind of thing it is."""
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    assert isinstance(node, ScalarNode)
    if node.tag == NULL_TAG:
        return "nothing"
    if node.style in ("'", '"'):
        return f'"{clip(node.value)}" (quoted text)'
    return repr(clip(node.value)) if node.tag == STR_TAG else clip(str(node.value))


@dataclass
class Fields:
    """A mapping's values by key, and the mapping node itself (for "missing key" positions)."""

    node: MappingNode
    values: dict[str, Node] = field(default_factory=dict)
    keys: dict[str, Node] = field(default_factory=dict)

    def get(self, key: str) -> Node | None:
        return self.values.get(key)


class NodeReader:
    """Reads values out of nodes for one file, collecting problems instead of raising."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []
        self.budget = NodeBudget(file)

    def report(self, node: Node, message: str) -> None:
        self.problems.append(Problem(self.file, position_of(node), message))
        if len(self.problems) >= MAX_PROBLEMS:
            raise _TooManyProblems(node)

    # -- structure ---------------------------------------------------------------------------------

    def mapping(
        self,
        node: Node,
        what: str,
        allowed: Collection[str],
        required: Collection[str] = (),
        synonyms: dict[str, str] | None = None,
    ) -> Fields | None:
        """The known keys of a mapping; unknown, duplicate and missing keys are reported."""
        self.budget.charge(node)
        if not isinstance(node, MappingNode):
            self.report(node, f"{what} must be a mapping of keys and values, not {describe(node)}")
            return None
        fields = Fields(node)
        unknown: list[tuple[Node, str]] = []
        for key, value in mapping_items(node, self.budget):
            if not isinstance(key, ScalarNode) or key.tag == NULL_TAG:
                self.report(key, f"a key in {what} must be a plain word, not {describe(key)}")
                continue
            name = str(key.value)
            if name in fields.keys:
                self.report(key, f"'{clip(name)}' appears twice in {what}; keep one")
                continue
            fields.keys[name] = key
            if name in allowed:
                fields.values[name] = value
            else:
                unknown.append((key, name))
        suggested: set[str] = set()
        for key, name in unknown:
            suggestion = closest(name, [a for a in allowed if a not in fields.keys], synonyms)
            if suggestion:
                suggested.add(suggestion)
                self.report(key, f"'{clip(name)}' is not a key here — did you mean '{suggestion}'?")
            else:
                self.report(key, f"'{clip(name)}' is not a key of {what}; the keys are: {', '.join(allowed)}")
        for name in required:
            if name not in fields.keys and name not in suggested:
                self.report(node, f"{what} needs '{name}'")
        return fields

    def sequence(self, node: Node, key: str, *, allow_empty: bool = False) -> list[Node] | None:
        self.budget.charge(node)
        if not isinstance(node, SequenceNode):
            self.report(node, f"'{key}' must be a list (items starting with '- '), not {describe(node)}")
            return None
        if not node.value and not allow_empty:
            self.report(node, f"'{key}' is empty; it needs at least one item")
            return None
        return list(node.value)

    # -- scalars -----------------------------------------------------------------------------------

    def _scalar(self, node: Node, key: str) -> ScalarNode | None:
        self.budget.charge(node)
        if not isinstance(node, ScalarNode):
            self.report(node, f"'{key}' must be a single value, not {describe(node)}")
            return None
        if node.tag == NULL_TAG:
            self.report(node, f"'{key}' has no value")
            return None
        return node

    def text(self, node: Node, key: str) -> str | None:
        """Non-empty text; numbers are accepted as their text (a title may be "1984")."""
        scalar = self._scalar(node, key)
        if scalar is None:
            return None
        value = str(scalar.value).strip()
        if not value:
            self.report(node, f"'{key}' is empty")
            return None
        return value

    def text_list(self, node: Node, key: str) -> tuple[str, ...] | None:
        """A list of texts; a single text is accepted as a list of one (``equipment: mat``)."""
        self.budget.charge(node)
        if isinstance(node, ScalarNode) and node.tag != NULL_TAG:
            value = self.text(node, key)
            return (value,) if value else None
        items = self.sequence(node, key, allow_empty=True)
        if items is None:
            return None
        values = [self.text(item, key) for item in items]
        if any(v is None for v in values):
            return None
        return tuple(v for v in values if v is not None)

    def count(self, node: Node, key: str, low: int, high: int) -> int | None:
        """A whole number in ``low..high``; quoted numbers, decimals and booleans are refused."""
        scalar = self._scalar(node, key)
        if scalar is None:
            return None
        if scalar.tag != INT_TAG or not _DIGITS.fullmatch(str(scalar.value)):
            self.report(node, f"'{key}' must be a whole number, not {describe(scalar)}")
            return None
        try:
            value = whole_number(str(scalar.value))
        except ValueProblem as problem:
            self.report(node, f"'{key}': {problem}; write a whole number from {low} to {high}")
            return None
        if not low <= value <= high:
            self.report(node, f"'{key}' must be from {low} to {high}, not {value}")
            return None
        return value

    def reps(self, node: Node, key: str, maximum: int) -> Range | None:
        """A rep count or a range of them (``12`` or ``6-12``)."""
        return self.count_range(node, key, 1, maximum)

    def count_range(self, node: Node, key: str, low: int, high: int, example: str = "6-12") -> Range | None:
        """A whole number in ``low..high`` or a range of them, always as a :class:`Range`."""
        scalar = self._scalar(node, key)
        if scalar is None:
            return None
        if scalar.tag == INT_TAG:
            count = self.count(node, key, low, high)
            return Range.single(count) if count is not None else None
        if scalar.tag != STR_TAG or (scalar.style in ("'", '"') and _DIGITS.fullmatch(str(scalar.value))):
            self.report(node, f"'{key}' must be a whole number or a range like {example}, not {describe(scalar)}")
            return None
        try:
            value = parse_count_range(str(scalar.value))
        except ValueProblem as problem:
            self.report(node, f"'{key}': {problem}")
            return None
        if value.low < low or value.high > high:
            self.report(node, f"'{key}' must be from {low} to {high}, not {clip(str(scalar.value))}")
            return None
        return value

    def count_or_range(self, node: Node, key: str, low: int, high: int) -> int | Range | None:
        """``sets`` and ``rounds``: a whole number (``3``) or, written as a range, a range (``2-3``).

        Anything that is not written as a range is judged as a plain count, with the count's messages (a
        quoted ``"3"`` is refused, as for reps); a range of one value (``3-3``) is that number.
        """
        scalar = self._scalar(node, key)
        if scalar is None:
            return None
        if scalar.tag == STR_TAG and written_as_range(str(scalar.value)):
            value = self.count_range(node, key, low, high, "2-3")
            return value.low if value is not None and value.is_single else value
        return self.count(node, key, low, high)

    def duration(self, node: Node, key: str, minimum: int = 0) -> Range | None:
        """A duration or a range of durations, in whole seconds, within the 4-hour limit."""
        scalar = self._scalar(node, key)
        if scalar is None:
            return None
        if scalar.tag == BOOL_TAG:
            self.report(node, f"'{key}' must be a duration like 30s or 2 min, not {describe(scalar)}")
            return None
        try:
            value = parse_duration_range(str(scalar.value))
        except ValueProblem as problem:
            self.report(node, f"'{key}': {problem}")
            return None
        if value.low < minimum:
            unit = "second" if minimum == 1 else "seconds"
            self.report(node, f"'{key}' must be at least {minimum} {unit}, not {clip(str(scalar.value))}")
            return None
        if value.high > MAX_DURATION_SECONDS:
            self.report(
                node,
                f"'{key}' is {format_seconds(value.high)}, longer than the limit of "
                f"{format_seconds(MAX_DURATION_SECONDS)}",
            )
            return None
        return value

    def number(self, node: Node, key: str, low: float, high: float) -> float | None:
        """A number, whole or decimal, in ``low..high`` (an angle, a distance); quoted numbers are refused."""
        scalar = self._scalar(node, key)
        if scalar is None:
            return None
        if scalar.tag not in (INT_TAG, FLOAT_TAG):
            self.report(node, f"'{key}' must be a number, not {describe(scalar)}")
            return None
        try:
            value = float(str(scalar.value).replace("_", ""))
        except ValueError:
            self.report(node, f"'{key}' must be a number, not {describe(scalar)}")
            return None
        if not low <= value <= high:  # also refuses .nan and .inf
            self.report(node, f"'{key}' must be from {low:g} to {high:g}, not {scalar.value}")
            return None
        return value

    def flag(self, node: Node, key: str) -> bool | None:
        """``true`` or ``false`` (YAML's yes/no spellings too)."""
        scalar = self._scalar(node, key)
        if scalar is None:
            return None
        if scalar.tag != BOOL_TAG:
            self.report(node, f"'{key}' must be true or false, not {describe(scalar)}")
            return None
        return str(scalar.value).lower() in ("true", "yes", "on", "y")

    def choice(self, node: Node, key: str, kind: type[T]) -> T | None:
        scalar = self._scalar(node, key)
        if scalar is None:
            return None
        text = str(scalar.value).strip().lower()
        for member in kind:
            if member.value == text:
                return member
        options = ", ".join(str(m.value) for m in kind)
        self.report(node, f"'{key}' must be one of {options}, not {describe(scalar)}")
        return None


class _TooManyProblems(Exception):
    """Stops a reader once :data:`MAX_PROBLEMS` are found; ``node`` is where it stopped."""

    def __init__(self, node: Node) -> None:
        super().__init__()
        self.node = node


def read_document(data: bytes | str, file: str, empty: str, read: Callable[[NodeReader, Node], R | None]) -> R:
    """The one pipeline for a user's YAML file: decode, compose, read, and raise every problem at once.

    ``read`` walks the root node with a :class:`NodeReader`; ``empty`` is the message for a file with no
    document in it.
    """
    text = decode(data, file) if isinstance(data, bytes) else data
    root = compose(text, file)
    if root is None:
        raise RoutineError([Problem(file, Position(), empty)])
    reader = NodeReader(file)
    stopped: list[Problem] = []
    try:
        result = read(reader, root)
    except _TooManyProblems as stop:
        result = None
        message = f"BackCoach stopped reading here after {MAX_PROBLEMS} problems; fix these first"
        stopped.append(Problem(file, position_of(stop.node), message))
    if reader.problems or result is None:
        problems = sorted(set(reader.problems), key=lambda p: (p.position, p.message)) + stopped
        raise RoutineError(problems or [Problem(file, Position(), "not a routine")])
    return result
