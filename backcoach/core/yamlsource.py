"""Reading a YAML file into position-carrying nodes, safely.

Why not ``yaml.safe_load``: the validator needs the line and column of every value, must see duplicate
keys (which loaders silently collapse), and must survive hostile input. So this module builds PyYAML
``Node`` objects itself from the parser's event stream:

* only standard tags are accepted, so no tag can build an object;
* nesting depth is bounded *while* parsing (libyaml's own composer recurses in C and crashes the
  interpreter on a file of 100,000 ``[``);
* aliases stay shared nodes here; the walker that reads them counts every node it visits, which is what
  stops a "billion laughs" file (see :class:`NodeBudget`).
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .problems import Position, Problem, RoutineError

MAX_FILE_BYTES = 1024 * 1024
MAX_DEPTH = 64
MAX_NODE_VISITS = 200_000
MAX_NODES = 50_000
"""Values (keys, values, list items) in one file. A routine of 1,000 exercises with every key set holds
about 40,000; a megabyte of ``[a,a,a,...]`` holds 500,000 and would take seconds to build."""

STANDARD_TAGS = frozenset(
    "tag:yaml.org,2002:" + name
    for name in ("str", "int", "float", "bool", "null", "seq", "map", "merge", "timestamp")
)

try:  # libyaml's parser is iterative and fast; the pure-Python one is the fallback.
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader


def position_of(node: Node) -> Position:
    """The 1-based position where a node starts."""
    mark = node.start_mark
    return Position(mark.line + 1, mark.column + 1)


def _position_in_text(text: str, index: int) -> Position:
    line = text.count("\n", 0, index) + 1
    start = text.rfind("\n", 0, index) + 1
    return Position(line, index - start + 1)


_OTHER_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def too_large(file: str, size: int | None, limit: int = MAX_FILE_BYTES, what: str = "a routine") -> Problem:
    """The one message for a file over the limit; ``size`` None when only "more than the limit" is known.

    ``what`` names what the file should have been (``a routine``, ``an article``)."""
    if size is None:
        shown = f"more than {limit / (1024 * 1024):g} MiB"
    elif size >= 1024**3:
        shown = f"{size / 1024**3:.1f} GiB"
    else:
        shown = f"{size / (1024 * 1024):.1f} MiB"
    most = f"{limit / (1024 * 1024):g} MiB"
    return Problem(file, Position(), f"the file is too large ({shown}); {what} is at most {most}")


def decode(data: bytes, file: str) -> str:
    """Bytes to text: UTF-8 (a BOM allowed), no NUL bytes, at most :data:`MAX_FILE_BYTES`."""
    if len(data) > MAX_FILE_BYTES:
        raise RoutineError([too_large(file, len(data))])
    for bom, encoding in _OTHER_BOMS:
        if data.startswith(bom):
            raise RoutineError(
                [Problem(file, Position(), f"the file is {encoding} text, not UTF-8; save it as UTF-8")]
            )
    if b"\x00" in data:
        index = data.index(b"\x00")
        prefix = data[:index].decode("utf-8", errors="replace")
        raise RoutineError(
            [Problem(file, _position_in_text(prefix, len(prefix)), "this is a binary file, not a YAML routine")]
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        prefix = data[: error.start].decode("utf-8-sig", errors="replace")
        bad = data[error.start : error.start + 1].hex()
        raise RoutineError(
            [
                Problem(
                    file,
                    _position_in_text(prefix, len(prefix)),
                    f"the file is not UTF-8 text (byte 0x{bad}); save it as UTF-8",
                )
            ]
        ) from None


_FRIENDLIER = {
    "found character '\\t' that cannot start any token": "a tab cannot be used here; indent with spaces",
    "expected a single document in the stream": "the file holds more than one YAML document (---)",
}


def _yaml_problem(file: str, error: yaml.YAMLError, text: str) -> Problem:
    if isinstance(error, yaml.MarkedYAMLError) and error.problem_mark is not None:
        mark = error.problem_mark
        problem = error.problem or "not valid YAML"
        if problem.startswith("exceeded maximum nesting depth"):  # libyaml >= 0.2.6 has a limit of its own
            return Problem(file, Position(mark.line + 1, mark.column + 1), _too_deep())
        message = _FRIENDLIER.get(problem, problem)
        lines = text.split("\n")
        if mark.line < len(lines) and lines[mark.line][mark.column : mark.column + 1] == "\t":
            message = _FRIENDLIER["found character '\\t' that cannot start any token"]
        if error.context and message == problem:
            message = f"{message} ({error.context})"
        return Problem(file, Position(mark.line + 1, mark.column + 1), f"not valid YAML: {message}")
    if isinstance(error, yaml.reader.ReaderError):
        return Problem(
            file,
            _position_in_text(text, error.position),
            f"not valid YAML: control character {_char_name(error.character)} is not allowed",
        )
    return Problem(file, Position(), f"not valid YAML: {error}")


def _too_deep() -> str:
    """One wording for nesting that is too deep, whichever layer (ours or libyaml's) notices it first."""
    return f"values are nested more than {MAX_DEPTH} deep (lists or maps inside each other)"


def _char_name(character: object) -> str:
    code = character if isinstance(character, int) else ord(str(character)[:1] or "\0")
    return f"U+{code:04X}"


def compose(text: str, file: str) -> Node | None:
    """Parse text into a node tree; ``None`` for a file with no document (empty, or comments only).

    The loop runs once per event of a file of up to :data:`MAX_NODES` values, so it dispatches on the
    event's exact type and resolves only what is not tagged already: it is most of the time a megabyte of
    small values takes.
    """
    loader = _Loader(text)
    resolve = yaml.resolver.Resolver().resolve
    anchors: dict[str, Node] = {}
    stack: list[tuple[Node, list[Node]]] = []
    items: list[Node] | None = None  # the open collection's items (stack[-1][1]), or None at the top
    root: Node | None = None
    documents = 0
    nodes = 0
    try:
        while loader.check_event():
            event = loader.get_event()
            kind = type(event)
            if kind is yaml.ScalarEvent:
                nodes += 1
                if nodes > MAX_NODES:
                    raise RoutineError([_too_many_values(file, event)])
                tag = event.tag
                if tag is None or tag == "!":
                    tag = resolve(ScalarNode, event.value, event.implicit)  # type: ignore[no-untyped-call]
                    if tag == "tag:yaml.org,2002:value":  # PyYAML's reading of a bare "=": plain text to a person
                        tag = "tag:yaml.org,2002:str"
                if tag not in STANDARD_TAGS:
                    raise RoutineError([_bad_tag(file, event, tag)])
                node: Node = ScalarNode(tag, event.value, event.start_mark, event.end_mark, style=event.style)
                if event.anchor is not None:
                    anchors[event.anchor] = node
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                nodes += 1
                if nodes > MAX_NODES:
                    raise RoutineError([_too_many_values(file, event)])
                collection_type: type[SequenceNode] | type[MappingNode] = (
                    MappingNode if kind is yaml.MappingStartEvent else SequenceNode
                )
                tag = event.tag
                if tag is None or tag == "!":
                    tag = resolve(collection_type, None, event.implicit)  # type: ignore[no-untyped-call]
                if tag not in STANDARD_TAGS:
                    raise RoutineError([_bad_tag(file, event, tag)])
                if len(stack) >= MAX_DEPTH:
                    raise RoutineError([_marked(file, event, _too_deep())])
                collection = collection_type(tag, [], event.start_mark, None, flow_style=event.flow_style)
                if event.anchor is not None:
                    anchors[event.anchor] = collection
                items = []
                stack.append((collection, items))
                continue
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                node, finished = stack.pop()
                node.end_mark = event.end_mark
                if kind is yaml.MappingEndEvent:
                    node.value = list(zip(finished[::2], finished[1::2], strict=True))
                else:
                    node.value = finished
                items = stack[-1][1] if stack else None
            elif kind is yaml.AliasEvent:
                if event.anchor not in anchors:
                    raise RoutineError([_marked(file, event, f"the alias *{event.anchor} names no anchor")])
                node = anchors[event.anchor]
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise RoutineError(
                        [_marked(file, event, "not valid YAML: the file holds more than one YAML document (---)")]
                    )
                continue
            else:
                continue
            if items is not None:
                items.append(node)
            else:
                root = node
    except yaml.YAMLError as error:
        raise RoutineError([_yaml_problem(file, error, text)]) from None
    return root


def _too_many_values(file: str, event: yaml.Event) -> Problem:
    message = f"the file holds more than {MAX_NODES:,} values (keys, values and list items); a routine needs far fewer"
    return _marked(file, event, message)


def _marked(file: str, event: yaml.Event, message: str) -> Problem:
    mark = event.start_mark
    position = Position(mark.line + 1, mark.column + 1) if mark is not None else Position()
    return Problem(file, position, message)


def _bad_tag(file: str, event: yaml.Event, tag: str) -> Problem:
    return _marked(file, event, f"the tag {tag!r} is not allowed: routines hold plain values only")


@dataclass
class NodeBudget:
    """Counts node visits while a file is read, so shared aliases cannot multiply the work.

    A "billion laughs" file is small but expands to billions of values; every visit through an alias
    is charged here, and the read stops with one clear problem once the budget is spent.
    """

    file: str
    remaining: int = MAX_NODE_VISITS

    def charge(self, node: Node) -> None:
        self.remaining -= 1
        if self.remaining < 0:
            raise RoutineError(
                [
                    Problem(
                        self.file,
                        position_of(node),
                        "aliases expand this file to too many values; write the values out instead",
                    )
                ]
            )


MERGE_TAG = "tag:yaml.org,2002:merge"


def mapping_items(node: MappingNode, budget: NodeBudget) -> list[tuple[ScalarNode | Node, Node]]:
    """A mapping's key/value pairs with YAML merge keys (``<<: *base``) applied.

    Explicit keys win over merged ones, as in YAML's merge rule. Duplicate detection is the caller's.
    """
    explicit: list[tuple[Node, Node]] = []
    merged: list[tuple[Node, Node]] = []
    for key, value in node.value:
        budget.charge(key)
        if isinstance(key, ScalarNode) and key.tag == MERGE_TAG:
            sources = value.value if isinstance(value, SequenceNode) else [value]
            for source in sources:
                budget.charge(source)
                if isinstance(source, MappingNode):
                    merged.extend(mapping_items(source, budget))
        else:
            explicit.append((key, value))
    if not merged:
        return explicit
    names = {k.value for k, _ in explicit if isinstance(k, ScalarNode)}
    seen: set[str] = set()
    result = list(explicit)
    for key, value in merged:
        name = key.value if isinstance(key, ScalarNode) else None
        if name in names or name in seen:
            continue
        if name is not None:
            seen.add(name)
        result.append((key, value))
    return result
