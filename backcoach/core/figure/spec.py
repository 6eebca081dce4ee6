"""Figures as they are written: key poses as joint angles and the parts that rest on the floor or a prop.

The same words serve the library's ``routines/figures.yaml`` and an exercise's own ``figure:`` in a routine
or an exercise library, and they are read with the routine loader's :class:`~backcoach.core.reading.NodeReader`,
so a mistake gets the same ``FILE:LINE:COL: message`` wherever it is. What is read is kept as written (a
:class:`FigureSpec`), so the routine writer can save it back unchanged; :mod:`.book` turns specs into
figures (resolving ``like:``). The format is documented in ``docs/figures.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ..problems import Position
from ..reading import INT_TAG, NodeReader, describe
from ..yamlsource import mapping_items, position_of
from .body import GROUPS, JOINTS

FIGURES_VERSION = 1
FILE_KEYS = ("backcoach-figures", "positions", "figures")
FIGURE_KEYS = ("like", "view", "side", "alternate", "hold", "cycle", "props", "poses")
SURFACES = ("floor", "bench", "step", "chair", "wall", "bar", "roller", "pillow")
"""What a part can rest on (``floor: [hands, knees]``); every one but the floor is drawn as a prop."""
HELD_PROPS = ("mat", "dumbbells", "dumbbell", "barbell", "kettlebell", "band", "anchored_band", "cable")
"""Props a figure lists under ``props`` (the ones it rests on are drawn from its contacts)."""
POSE_SETTINGS = ("like", "says", "shift", "lift", "move", "stay")
ANGLE_KEYS = (*JOINTS, *GROUPS)
POSE_KEYS = (*POSE_SETTINGS, *ANGLE_KEYS, *SURFACES)
VIEWS: dict[str, tuple[float, float]] = {
    "side": (0.0, 0.0),
    "front": (90.0, 0.0),
    "three-quarter": (35.0, 20.0),
    "raised": (20.0, 40.0),
    "above": (0.0, 70.0),
}
"""Named views as (azimuth, elevation) in degrees: the side view looks at the figure's right side."""

PARTS: dict[str, tuple[str, ...]] = {
    "head": ("head",),
    "shoulders": ("upper_back",),
    "upper_back": ("upper_back",),
    "mid_back": ("mid_back",),
    "lower_back": ("lower_back",),
    "back": ("lower_back", "mid_back", "upper_back"),
    "front": ("lower_back", "mid_back", "upper_back"),
    "chest": ("mid_back", "upper_back"),
    "stomach": ("lower_back",),
    "pelvis": ("@pelvis",),
    **{f"{side}_{name}": elements for side in ("left", "right") for name, elements in {
        "hip": (f"@{side}_hip",),
        "side": (f"@{side}_hip", f"@{side}_shoulder"),
        "hand": (f"{side}_hand", f"@{side}_wrist"),
        "forearm": (f"{side}_forearm", f"@{side}_elbow"),
        "elbow": (f"@{side}_elbow",),
        "arm": (f"{side}_upper_arm", f"{side}_forearm"),
        "knee": (f"@{side}_knee",),
        "shin": (f"{side}_shin",),
        "thigh": (f"{side}_thigh",),
        "foot": (f"{side}_foot", f"@{side}_ankle"),
        "toes": (f"@{side}_toes",),
        "heel": (f"@{side}_ankle",),
    }.items()},
}
"""Parts that can rest on something, as the capsules (or ``@joint`` balls) that must all touch it."""
for _one, _both in (("hand", "hands"), ("forearm", "forearms"), ("elbow", "elbows"), ("arm", "arms"),
                    ("knee", "knees"), ("shin", "shins"), ("thigh", "thighs"), ("foot", "feet"), ("toes", "toes"),
                    ("heel", "heels"), ("hip", "hips")):
    PARTS[_both] = PARTS[f"left_{_one}"] + PARTS[f"right_{_one}"]
FLAT_PARTS = frozenset({"hands", "left_hand", "right_hand", "feet", "left_foot", "right_foot"})
"""Parts that lie flat on what they rest on, whatever the wrist or ankle angle says (hands on the floor on
all fours, feet flat in a squat); ``toes`` and ``heels`` keep the ankle's angle."""

ANGLE_LIMIT = 360.0
MAX_POSES = 12


@dataclass(frozen=True)
class AngleSetting:
    """One angle key as written: ``hips: 90`` (plain) or ``hips: {flex: 90, out: 20}``."""

    key: str
    values: tuple[tuple[str, float], ...]
    plain: bool = True


@dataclass(frozen=True)
class PoseSpec:
    """One key pose as written; what it leaves out comes from ``like`` (or is 0)."""

    like: str | int | None = None
    says: str | None = None
    angles: tuple[AngleSetting, ...] = ()
    contacts: tuple[tuple[str, tuple[str, ...]], ...] = ()
    shift: float | None = None
    lift: float | None = None
    move: float | None = None
    stay: float | None = None
    at: Position = field(default=Position(), compare=False)
    """Where the pose starts in its file, for messages about it (not part of equality)."""
    like_at: Position = field(default=Position(), compare=False)


@dataclass(frozen=True)
class FigureSpec:
    """A figure as written: its own key poses, or another move's (``like``), with some settings changed."""

    like: str | None = None
    view: str | tuple[float, float] | None = None
    side: str | None = None
    alternate: bool | None = None
    hold: int | str | None = None
    cycle: float | None = None
    props: tuple[str, ...] | None = None
    poses: tuple[PoseSpec, ...] = ()
    at: Position = field(default=Position(), compare=False)
    like_at: Position = field(default=Position(), compare=False)


@dataclass(frozen=True)
class FiguresFile:
    """A figures file: shared positions (poses figures start from) and figures by exercise name."""

    positions: tuple[tuple[str, PoseSpec], ...]
    figures: tuple[tuple[str, FigureSpec], ...]


# -- reading ------------------------------------------------------------------------------------------------


def named_items(r: NodeReader, node: Node, what: str) -> list[tuple[str, Node, Node]]:
    """A mapping whose keys are names (an exercise, a position): (name, key node, value node), each once."""
    r.budget.charge(node)
    if not isinstance(node, MappingNode):
        r.report(node, f"{what} must be a mapping of names to values, not {describe(node)}")
        return []
    items: list[tuple[str, Node, Node]] = []
    seen: set[str] = set()
    for key, value in mapping_items(node, r.budget):
        name = str(key.value).strip() if isinstance(key, ScalarNode) else ""
        if not name:
            r.report(key, f"a name in {what} must be plain text, not {describe(key)}")
            continue
        if name.casefold() in seen:
            r.report(key, f"'{name}' appears twice in {what}; keep one")
            continue
        seen.add(name.casefold())
        items.append((name, key, value))
    return items


def read_figures_file(r: NodeReader, root: Node) -> FiguresFile | None:
    fields = r.mapping(root, "a figures file", FILE_KEYS, ("backcoach-figures", "figures"))
    if fields is None:
        return None
    version = fields.get("backcoach-figures")
    if version is not None and not (
        isinstance(version, ScalarNode) and version.tag == INT_TAG and version.value == str(FIGURES_VERSION)
    ):
        r.report(version, f"'backcoach-figures' must be {FIGURES_VERSION}, not {describe(version)}")
    positions: list[tuple[str, PoseSpec]] = []
    node = fields.get("positions")
    for name, _key, value in named_items(r, node, "'positions'") if node is not None else ():
        pose = read_pose(r, value, None)
        if pose is not None:
            positions.append((name, pose))
    figures: list[tuple[str, FigureSpec]] = []
    node = fields.get("figures")
    for name, _key, value in named_items(r, node, "'figures'") if node is not None else ():
        figure = read_figure(r, value)
        if figure is not None:
            figures.append((name, figure))
    return FiguresFile(tuple(positions), tuple(figures))


def read_figure(r: NodeReader, node: Node) -> FigureSpec | None:
    """An exercise's ``figure:`` (or one entry of a figures file); ``None`` after reporting a problem."""
    before = len(r.problems)
    fields = r.mapping(node, "a figure", FIGURE_KEYS)
    if fields is None:
        return None
    like_node = fields.get("like")
    like = r.text(like_node, "like") if like_node is not None else None
    if like_node is None and fields.get("poses") is None:
        r.report(node, "a figure needs 'poses', or 'like' naming the move whose poses it uses")
    view = _view(r, fields.get("view"))
    side = _word(r, fields.get("side"), "side", ("left", "right"))
    alternate_node = fields.get("alternate")
    alternate = r.flag(alternate_node, "alternate") if alternate_node is not None else None
    cycle_node = fields.get("cycle")
    cycle = r.number(cycle_node, "cycle", 0.5, 60) if cycle_node is not None else None
    props_node = fields.get("props")
    props = _names(r, props_node, "props", HELD_PROPS) if props_node is not None else None
    poses: list[PoseSpec] = []
    poses_node = fields.get("poses")
    items = r.sequence(poses_node, "poses") if poses_node is not None else None
    if items is not None and len(items) > MAX_POSES:
        r.report(poses_node or node, f"a figure has at most {MAX_POSES} poses, not {len(items)}")
        items = items[:MAX_POSES]
    for item in items or ():
        pose = read_pose(r, item, len(poses))
        if pose is not None:
            poses.append(pose)
    hold_node = fields.get("hold")
    hold: int | str | None = None
    if hold_node is not None:
        if isinstance(hold_node, ScalarNode) and str(hold_node.value).strip().lower() == "moving":
            hold = "moving"
        elif isinstance(hold_node, ScalarNode) and hold_node.tag == INT_TAG:
            hold = r.count(hold_node, "hold", 1, max(1, len(poses)) if poses else MAX_POSES)
        else:
            r.report(hold_node, f"'hold' must be the number of the pose held, or moving, not {describe(hold_node)}")
    if len(r.problems) != before:
        return None
    return FigureSpec(
        like=like, view=view, side=side, alternate=alternate, hold=hold, cycle=cycle, props=props,
        poses=tuple(poses), at=position_of(node),
        like_at=position_of(like_node) if like_node is not None else position_of(node),
    )


def read_pose(r: NodeReader, node: Node, before: int | None) -> PoseSpec | None:
    """One key pose; ``before`` is how many poses of its figure precede it (``None`` for a shared position)."""
    start = len(r.problems)
    fields = r.mapping(node, "a pose", POSE_KEYS)
    if fields is None:
        return None
    like: str | int | None = None
    like_node = fields.get("like")
    if like_node is not None:
        if isinstance(like_node, ScalarNode) and like_node.tag == INT_TAG:
            if before is None or before == 0:
                r.report(like_node, "'like' names a position here; a pose number needs an earlier pose to copy")
            else:
                like = r.count(like_node, "like", 1, before)
        else:
            like = r.text(like_node, "like")
    says_node = fields.get("says")
    says = r.text(says_node, "says") if says_node is not None else None
    numbers: dict[str, float | None] = {}
    for key, low, high in (("shift", -3.0, 3.0), ("lift", 0.0, 2.0), ("move", 0.0, 10.0), ("stay", 0.0, 10.0)):
        value_node = fields.get(key)
        numbers[key] = r.number(value_node, key, low, high) if value_node is not None else None
    angles: list[AngleSetting] = []
    contacts: list[tuple[str, tuple[str, ...]]] = []
    for key, value_node in fields.values.items():
        if key in ANGLE_KEYS:
            setting = _angle(r, key, value_node)
            if setting is not None:
                angles.append(setting)
        elif key in SURFACES:
            parts = _names(r, value_node, key, tuple(PARTS))
            if parts:
                contacts.append((key, parts))
    if len(r.problems) != start:
        return None
    return PoseSpec(
        like=like, says=says, angles=tuple(angles), contacts=tuple(contacts), shift=numbers["shift"],
        lift=numbers["lift"], move=numbers["move"], stay=numbers["stay"], at=position_of(node),
        like_at=position_of(like_node) if like_node is not None else position_of(node),
    )


def _joint_dofs(key: str) -> tuple[str, ...]:
    joint = GROUPS[key][0] if key in GROUPS else key
    return JOINTS[joint]


def _angle(r: NodeReader, key: str, node: Node) -> AngleSetting | None:
    dofs = _joint_dofs(key)
    if isinstance(node, MappingNode):
        fields = r.mapping(node, f"'{key}'", dofs)
        if fields is None:
            return None
        values: list[tuple[str, float]] = []
        for dof in dofs:  # the documented order, whatever order they were written in
            value_node = fields.get(dof)
            if value_node is not None:
                value = r.number(value_node, dof, -ANGLE_LIMIT, ANGLE_LIMIT)
                if value is None:
                    return None
                values.append((dof, value))
        if not values:
            r.report(node, f"'{key}' is empty; give at least one of {', '.join(dofs)}")
            return None
        return AngleSetting(key, tuple(values), plain=False)
    value = r.number(node, key, -ANGLE_LIMIT, ANGLE_LIMIT)
    return AngleSetting(key, ((dofs[0], value),)) if value is not None else None


def _word(r: NodeReader, node: Node | None, key: str, allowed: tuple[str, ...]) -> str | None:
    if node is None:
        return None
    text = r.text(node, key)
    if text is None:
        return None
    if text.lower() not in allowed:
        r.report(node, f"'{key}' must be one of {', '.join(allowed)}, not {describe(node)}")
        return None
    return text.lower()


def _names(r: NodeReader, node: Node, key: str, allowed: tuple[str, ...]) -> tuple[str, ...] | None:
    from ..suggest import closest

    values = r.text_list(node, key)
    if values is None:
        return None
    items = node.value if isinstance(node, SequenceNode) else [node]
    result: list[str] = []
    ok = True
    for value, item in zip(values, items, strict=False):
        name = value.strip().lower().replace(" ", "_").replace("-", "_")
        if name not in allowed:
            suggestion = closest(name, list(allowed))
            hint = f" — did you mean '{suggestion}'?" if suggestion else f"; they are: {', '.join(allowed)}"
            r.report(item, f"'{value}' is not one of the {_plural(key)}{hint}")
            ok = False
        result.append(name)
    return tuple(result) if ok else None


def _plural(key: str) -> str:
    return "props" if key == "props" else f"parts that can rest on the {key}" if key in SURFACES else key


def _view(r: NodeReader, node: Node | None) -> str | tuple[float, float] | None:
    if node is None:
        return None
    if isinstance(node, MappingNode):
        fields = r.mapping(node, "'view'", ("azimuth", "elevation"), ("azimuth",))
        if fields is None:
            return None
        azimuth_node, elevation_node = fields.get("azimuth"), fields.get("elevation")
        azimuth = r.number(azimuth_node, "azimuth", -180, 180) if azimuth_node is not None else None
        elevation = r.number(elevation_node, "elevation", 0, 90) if elevation_node is not None else 0.0
        if azimuth is None or elevation is None:
            return None
        return (azimuth, elevation)
    return _word(r, node, "view", tuple(VIEWS))


# -- writing ------------------------------------------------------------------------------------------------

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"


def _number_node(value: float) -> ScalarNode:
    if float(value).is_integer():
        return ScalarNode(_INT, str(int(value)))
    return ScalarNode(_FLOAT, repr(float(value)))


def _flow_list(values: tuple[str, ...]) -> SequenceNode:
    return SequenceNode("tag:yaml.org,2002:seq", [ScalarNode(_STR, v) for v in values], flow_style=True)


def pose_node(pose: PoseSpec) -> MappingNode:
    """A pose as one flow mapping (``{like: 1, says: …, hips: 90, floor: [feet]}``), keys in a fixed order."""
    items: list[tuple[Node, Node]] = []

    def add(key: str, node: Node) -> None:
        items.append((ScalarNode(_STR, key), node))

    if pose.like is not None:
        add("like", ScalarNode(_INT, str(pose.like)) if isinstance(pose.like, int) else ScalarNode(_STR, pose.like))
    if pose.says is not None:
        add("says", ScalarNode(_STR, pose.says))
    for key in ("shift", "lift", "move", "stay"):
        value = getattr(pose, key)
        if value is not None:
            add(key, _number_node(value))
    for setting in pose.angles:
        if setting.plain:
            add(setting.key, _number_node(setting.values[0][1]))
        else:
            inner = [(ScalarNode(_STR, dof), _number_node(v)) for dof, v in setting.values]
            add(setting.key, MappingNode("tag:yaml.org,2002:map", inner, flow_style=True))
    for surface, parts in pose.contacts:
        add(surface, _flow_list(parts))
    return MappingNode("tag:yaml.org,2002:map", items, flow_style=True)


def figure_node(figure: FigureSpec) -> MappingNode:
    """A figure as a YAML node that :func:`read_figure` reads back to an equal spec."""
    items: list[tuple[Node, Node]] = []

    def add(key: str, node: Node) -> None:
        items.append((ScalarNode(_STR, key), node))

    if figure.like is not None:
        add("like", ScalarNode(_STR, figure.like))
    if isinstance(figure.view, tuple):
        add("view", MappingNode("tag:yaml.org,2002:map", [
            (ScalarNode(_STR, "azimuth"), _number_node(figure.view[0])),
            (ScalarNode(_STR, "elevation"), _number_node(figure.view[1])),
        ], flow_style=True))
    elif figure.view is not None:
        add("view", ScalarNode(_STR, figure.view))
    if figure.side is not None:
        add("side", ScalarNode(_STR, figure.side))
    if figure.alternate is not None:
        add("alternate", ScalarNode(_BOOL, "true" if figure.alternate else "false"))
    if figure.hold is not None:
        add("hold", ScalarNode(_INT, str(figure.hold)) if isinstance(figure.hold, int) else ScalarNode(_STR, "moving"))
    if figure.cycle is not None:
        add("cycle", _number_node(figure.cycle))
    if figure.props is not None:
        add("props", _flow_list(figure.props))
    if figure.poses:
        add("poses", SequenceNode("tag:yaml.org,2002:seq", [pose_node(p) for p in figure.poses], flow_style=False))
    only_like = bool(figure.like) and not figure.poses
    return MappingNode("tag:yaml.org,2002:map", items, flow_style=only_like)
