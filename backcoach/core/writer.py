"""Writing a routine back to YAML, the way a person would have written it.

:func:`dump_routine` is the inverse of :func:`~backcoach.core.loader.load_routine`: for every routine the
loader can return, ``load_routine(dump_routine(routine)) == routine`` (``tests/core/test_writer.py`` checks
it over generated routines and every bundled one). The text follows ``docs/routine-format.md``:

* ``backcoach: 1`` first, then the keys in the documented order; only what is set is written (no ``None``
  values, no ``sets: 1`` or ``rounds: 1``, no empty lists, no empty ``defaults``);
* durations as people write them (``30s``, ``2 min``, ``1 h``, ``2m30s``; ranges ``30-60s``, ``20-30 min``,
  ``30s-2 min``), reps as ``12`` or ``6-12``, levels, paces and sides as their lower-case words;
* two-space indentation with indented list items, like the bundled routines; short lists in flow style
  (``[mat, dumbbells]``), longer ones one item per line;
* text quoted only when YAML needs it (PyYAML's emitter decides, so a title with ``: ``, `` #``, a leading
  ``*`` or one that reads as a number is always safe); long text folded with ``>-``, text of several lines
  as a literal ``|-`` block.

Comments and the author's own spelling of values (``1:30`` rather than ``1m30s``) are not kept: a routine
holds what the file *means*, not how it was typed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .durations import Range
from .figure.spec import FigureSpec, figure_node
from .model import Block, Count, Exercise, LevelChange, Routine, Timing, count_least

WIDTH = 100
"""Folded text wraps before this column; other values are never wrapped (one value, one line)."""

INDENT = 2

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"

# Line breaks other than "\n": a YAML reader turns a raw CR or NEL into "\n", and folds raw breaks in quoted
# text, so text holding them is written double-quoted, where they are escapes (\r, \N, \L, \P).
_OTHER_BREAKS = frozenset("\r\x85\u2028\u2029")

# Indentation of a key's value at each level of a routine, for deciding when text is long.
_ROUTINE_INDENT = 0
_BLOCK_INDENT = 4
_EXERCISE_INDENT = 8


# -- values ----------------------------------------------------------------------------------------------


def format_duration(value: Range) -> str:
    """A duration or range in the one form the writer uses for it; ``parse_duration_range`` reads it back.

    Single values: ``0s`` to ``119s``, whole hours as ``1 h``, other whole minutes below two hours as
    ``2 min`` or ``90 min``, anything else compound (``2m30s``, ``2h5m``, ``1h30s``). Ranges share a unit
    when both ends allow it (``30-60s``, ``20-30 min``, ``1-2 h``), else each end is written whole
    (``30s-2 min``).
    """
    low, high = value.low, value.high
    if value.is_single:
        return _seconds_text(low)
    if high % 3600 == 0 and low % 3600 == 0:
        return f"{low // 3600}-{high // 3600} h"
    if high % 60 == 0 and low % 60 == 0 and high >= 120:
        return f"{low // 60}-{high // 60} min"
    if high < 120:
        return f"{low}-{high}s"
    return f"{_seconds_text(low)}-{_seconds_text(high)}"


def _seconds_text(seconds: int) -> str:
    if seconds < 120:
        return f"{seconds}s"
    if seconds % 3600 == 0:
        return f"{seconds // 3600} h"
    if seconds % 60 == 0 and seconds < 7200:
        return f"{seconds // 60} min"
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return "".join(f"{n}{unit}" for n, unit in ((hours, "h"), (minutes, "m"), (secs, "s")) if n)


def format_reps(value: Range) -> str:
    """``12`` or ``6-12``."""
    return str(value.low) if value.is_single else f"{value.low}-{value.high}"


# -- nodes -----------------------------------------------------------------------------------------------


def _key(name: str) -> ScalarNode:
    return ScalarNode(_STR, name)


def _plain(text: str) -> ScalarNode:
    """A value that is always plain text in YAML (durations, levels): the emitter writes it unquoted."""
    return ScalarNode(_STR, text)


def _int(value: int) -> ScalarNode:
    return ScalarNode(_INT, str(value))


def _text(value: str, used: int) -> ScalarNode:
    """Free text; ``used`` is how many columns its line already holds before the value."""
    if any(ch in _OTHER_BREAKS for ch in value):
        style: str | None = '"'
    elif "\n" in value:
        style = "|"
    elif used + len(value) > WIDTH:
        style = ">"
    else:
        style = None
    return ScalarNode(_STR, value, style=style)


def _text_list(values: tuple[str, ...], indent: int, key: str) -> SequenceNode:
    """``[mat, dumbbells]`` when it fits on the key's line, else one item a line (``  - mat``)."""
    flow = f"{key}: [{', '.join(values)}]"
    one_line = not any("\n" in v or _OTHER_BREAKS.intersection(v) for v in values)
    if one_line and indent + len(flow) <= WIDTH:
        return SequenceNode(_SEQ, [ScalarNode(_STR, v) for v in values], flow_style=True)
    items: list[Node] = [_text(v, indent + INDENT + 2) for v in values]
    return SequenceNode(_SEQ, items, flow_style=False)


class _Mapping:
    """Builds a block mapping's items in order, skipping what is not set."""

    def __init__(self, indent: int) -> None:
        self.indent = indent
        self.items: list[tuple[Node, Node]] = []

    def add(self, key: str, node: Node) -> None:
        self.items.append((_key(key), node))

    def used(self, key: str) -> int:
        return self.indent + len(key) + 2

    def text(self, key: str, value: str | None) -> None:
        if value is not None:
            self.add(key, _text(value, self.used(key)))

    def texts(self, key: str, values: tuple[str, ...]) -> None:
        if values:
            self.add(key, _text_list(values, self.indent, key))

    def duration(self, key: str, value: Range | None) -> None:
        if value is not None:
            self.add(key, _plain(format_duration(value)))

    def count(self, key: str, value: Count) -> None:
        """``sets``/``rounds``: left out when 1 (the default), a number, or a range like ``2-3``."""
        if isinstance(value, Range) and not value.is_single:
            self.add(key, _plain(format_reps(value)))
        elif (number := count_least(value)) != 1:
            self.add(key, _int(number))

    def word(self, key: str, value: str | None) -> None:
        if value is not None:
            self.add(key, _plain(value))

    def timing(self, timing: Timing, keys: tuple[str, ...]) -> None:
        for key in keys:
            if key == "pace":
                self.word(key, timing.pace.value if timing.pace is not None else None)
            else:
                self.duration(key, getattr(timing, key))

    def node(self, flow: bool = False) -> MappingNode:
        return MappingNode(_MAP, self.items, flow_style=flow)


_DEFAULTS_ORDER = ("prepare", "rep_time", "rest", "switch", "between", "pace", "position_change")
_EXERCISE_TIMING_ORDER = ("rest", "pace", "rep_time", "prepare", "switch", "between", "position_change")


def _exercise_node(exercise: Exercise, indent: int = _EXERCISE_INDENT) -> MappingNode:
    """An exercise as a YAML node (keys in the documented order, only what is set)."""
    m = _Mapping(indent)
    m.text("name", exercise.name)
    if exercise.reps is not None:
        reps = exercise.reps
        m.add("reps", _int(reps.low) if reps.is_single else _plain(format_reps(reps)))
    m.duration("hold", exercise.hold)
    m.count("sets", exercise.sets)
    m.word("per", exercise.per.value if exercise.per is not None else None)
    m.word("sides", exercise.sides.value if exercise.sides is not None else None)
    m.word("position", exercise.position.value if exercise.position is not None else None)
    m.timing(exercise.timing, _EXERCISE_TIMING_ORDER)
    m.text("instructions", exercise.instructions)
    m.texts("muscles", exercise.muscles)
    m.texts("equipment", exercise.equipment)
    m.text("note", exercise.note)
    if exercise.figure is not None:
        m.add("figure", figure_node(exercise.figure))
    return m.node()


def _level_change_node(change: LevelChange) -> MappingNode:
    """``{sets: -1, hold: +10s}``: only what the level changes, signed."""
    m = _Mapping(0)
    if change.sets:
        m.add("sets", _int_signed(change.sets))
    if change.reps:
        m.add("reps", _int_signed(change.reps))
    if change.hold:
        m.add("hold", _plain(("+" if change.hold > 0 else "-") + _seconds_text(abs(change.hold))))
    return m.node(flow=True)


def _int_signed(value: int) -> ScalarNode:
    return ScalarNode(_INT, f"{value:+d}")


def _block_node(block: Block, indent: int = _BLOCK_INDENT) -> MappingNode:
    """A block as a YAML node, its exercises included."""
    m = _Mapping(indent)
    m.text("title", block.title)
    m.count("rounds", block.rounds)
    m.duration("rest_between_rounds", block.rest_between_rounds)
    exercises: list[Node] = [_exercise_node(e, indent + 2 * INDENT) for e in block.exercises]
    m.add("exercises", SequenceNode(_SEQ, exercises, flow_style=False))
    return m.node()


def _routine_node(routine: Routine) -> MappingNode:
    """A whole routine as a YAML node, starting with ``backcoach: 1``."""
    m = _Mapping(_ROUTINE_INDENT)
    m.add("backcoach", _int(routine.version))
    m.text("title", routine.title)
    m.text("summary", routine.summary)
    m.text("source", routine.source)
    m.word("level", routine.level.value if routine.level is not None else None)
    if routine.levels:
        levels = _Mapping(INDENT)
        for level, change in routine.levels:
            levels.add(level.value, _level_change_node(change))
        m.add("levels", levels.node())
    m.duration("duration", routine.duration)
    m.texts("equipment", routine.equipment)
    defaults = _Mapping(INDENT)
    defaults.timing(routine.defaults, _DEFAULTS_ORDER)
    if defaults.items:
        m.add("defaults", defaults.node())
    blocks: list[Node] = [_block_node(b, _ROUTINE_INDENT + 2 * INDENT) for b in routine.blocks]
    m.add("blocks", SequenceNode(_SEQ, blocks, flow_style=False))
    return m.node()


# -- text ------------------------------------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    """PyYAML's emitter with indented list items, no wrapping of one-line values, and double quotes."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)  # "key:\n  - item", as the bundled routines are written

    def write_plain(self, text: str, split: bool = True) -> None:
        super().write_plain(text, False)

    def write_single_quoted(self, text: str, split: bool = True) -> None:
        super().write_single_quoted(text, False)

    def write_double_quoted(self, text: str, split: bool = True) -> None:
        super().write_double_quoted(text, False)

    def choose_scalar_style(self) -> str:
        """Where quotes are needed, prefer "double" ones (as the format guide does) unless they need escapes."""
        style = super().choose_scalar_style()
        event: Any = self.event
        if style == "'" and not event.style and '"' not in event.value and "\\" not in event.value:
            return '"'
        return style


def _dump_node(node: Node) -> str:
    """YAML text for a node built by this module."""
    text: str = yaml.serialize(node, Dumper=_Dumper, allow_unicode=True, width=WIDTH, indent=INDENT)
    return text


def dump_figure(figure: FigureSpec) -> str:
    """An exercise's figure as the YAML text of its ``figure:`` value (what the editor's field shows)."""
    return _dump_node(figure_node(figure))


CommentPath = tuple[str | int, ...]
"""A value's place in a routine file: ``("level",)``, ``("defaults", "rest")``, ``("blocks", 0, "rounds")``,
``("blocks", 0, "exercises", 2, "sets")``."""


def dump_routine(routine: Routine, comments: Mapping[CommentPath, str] | None = None) -> str:
    """The routine as readable YAML text (``\\n`` line endings, ending with one), ready to save as UTF-8.

    ``comments`` are written at the end of the line of the value they name (``sets: 3  # guessed: …``),
    the way the bundled routines mark chosen values; a value the file leaves out (``sets: 1``) has its
    comment on the line of the exercise or block it belongs to, naming the key. Comments never change
    what the file means.
    """
    text = _dump_node(_routine_node(routine))
    return _with_comments(text, comments) if comments else text


def _with_comments(text: str, comments: Mapping[CommentPath, str]) -> str:
    from .yamlsource import compose  # only when there are comments to place

    root = compose(text, "<written>")
    lines = text.split("\n")
    placed: dict[int, list[str]] = {}
    for path, comment in comments.items():
        line, missing = _line_of(root, path)
        if line is None:
            continue
        # one line of text YAML allows in a comment: an article's control characters (ESC, NUL…) would make
        # the file unreadable, and they mean nothing to the person checking the guess
        words = " ".join("".join(c if c.isprintable() else " " for c in comment).split())
        placed.setdefault(line, []).append(f"{missing}: {words}" if missing else words)
    for line, texts in placed.items():
        lines[line] = f"{lines[line]}  # {'; '.join(texts)}"
    return "\n".join(lines)


def _line_of(root: Node | None, path: CommentPath) -> tuple[int | None, str | None]:
    """The 0-based line of the key at ``path``; for a last key the file leaves out, its part's line and the
    key; ``None`` for a place the routine does not have."""
    node = root
    line: int | None = None
    for number, step in enumerate(path):
        if isinstance(step, int) and isinstance(node, SequenceNode) and 0 <= step < len(node.value):
            node = node.value[step]
            line = node.start_mark.line
        elif isinstance(step, str) and isinstance(node, MappingNode):
            found = [(key, value) for key, value in node.value if isinstance(key, ScalarNode) and key.value == step]
            if not found:
                last = number == len(path) - 1
                return ((line if line is not None else node.start_mark.line), step) if last else (None, None)
            key, node = found[0]
            line = key.start_mark.line
        else:
            return None, None
    return line, None
