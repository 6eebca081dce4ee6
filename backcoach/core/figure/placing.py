"""Resting a pose on the floor or a prop, and where the props stand.

A pose says which parts rest on what (``floor: [hands, knees]``). Its skeleton is moved, never bent, until
they do: the first part listed is set down on its surface (and kept where it was in the pose before, so a
planted foot does not slide), then the whole body is tipped about it until the part furthest from its
surface rests too. Hands and feet that rest on something lie flat on it. A bench, a step or a chair takes
the height at which the first pose rests on it; a wall stands where the first part against it is. What
still does not touch (a pose written with angles that cannot reach) is reported as a miss, which the
tests and ``backcoach validate`` turn into a message.

Parts are made of capsules and joint balls (see ``PARTS`` in :mod:`.spec`); a part touches a surface when
every one of them does, within :data:`TOLERANCE`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from .body import (
    IDENTITY,
    RADII,
    Mat,
    Skeleton,
    Vec,
    add,
    apply,
    mul,
    norm,
    pose_skeleton,
    rotation_about,
    scale,
    sub,
)
from .model import Figure, KeyPose
from .spec import FLAT_PARTS, PARTS

TOLERANCE = 0.015
"""How close (metres) a part must come to what it rests on to count as touching it."""
TIP_LEVER = 0.45
"""The body is tipped to set down a part only this far (metres) or further from the anchor (hands and knees
on all fours, forearms and toes in a plank); nearer ones (the head beside the shoulders) must reach by their
own angles, or tipping would undo the pose."""
TRUNK_PARTS = frozenset({"back", "front", "chest", "stomach", "shoulders", "upper_back", "mid_back", "lower_back",
                         "pelvis", "hips", "left_hip", "right_hip", "left_side", "right_side", "head"})
"""A body resting on its trunk (lying, sitting) is never tipped: its limbs reach what they rest on. Tipping is for
a body held up between limbs (knees and hands, forearms and toes)."""
FIXED_HEIGHTS = {"roller": 0.15, "pillow": 0.08}
"""Props whose height does not depend on the pose (a foam roller's diameter, a folded pillow)."""
HEIGHT_RANGES = {"bench": (0.25, 0.65), "step": (0.1, 0.4), "chair": (0.35, 0.56)}
"""Heights a bench, a step and a chair may take from the pose that first rests on them (tests check it)."""
BALL_RADII = {"pelvis": RADII["lower_back"][0], "hip": 0.075, "shoulder": 0.05, "elbow": RADII["forearm"][0],
              "wrist": RADII["hand"][0], "knee": RADII["thigh"][1], "toes": RADII["foot"][1],
              "ankle": RADII["foot"][0]}
"""Joint balls as thick as the thicker segment meeting there, so that what rests on them is what is drawn."""


@dataclass(frozen=True)
class Element:
    """A capsule or a joint ball of the placed skeleton, as far as resting on something goes."""

    a: Vec
    b: Vec
    ra: float
    rb: float

    def low(self) -> float:
        return min(self.a[1] - self.ra, self.b[1] - self.rb)

    def low_point(self) -> Vec:
        """Where it touches a horizontal surface (the lower end, or the middle when level)."""
        low_a, low_b = self.a[1] - self.ra, self.b[1] - self.rb
        if abs(low_a - low_b) < 1e-3:
            mid = scale(add(self.a, self.b), 0.5)
            return (mid[0], min(low_a, low_b), mid[2])
        end, low = (self.a, low_a) if low_a < low_b else (self.b, low_b)
        return (end[0], low, end[2])

    def extreme_x(self, sign: float) -> float:
        """The furthest point along x (``sign`` 1) or against it (-1)."""
        return max(self.a[0] * sign + self.ra, self.b[0] * sign + self.rb) * sign

    def centre(self) -> Vec:
        return scale(add(self.a, self.b), 0.5)


def elements(skeleton: Skeleton, part: str) -> list[Element]:
    found: list[Element] = []
    for name in PARTS[part]:
        if name.startswith("@"):
            joint = name[1:]
            point = skeleton.points[joint]
            radius = BALL_RADII[joint.split("_")[-1]]
            found.append(Element(point, point, radius, radius))
        else:
            capsule = skeleton.capsule(name)
            found.append(Element(capsule.a, capsule.b, capsule.ra, capsule.rb))
    return found


@dataclass(frozen=True)
class Surface:
    """Something to rest on: a horizontal top at ``level`` (floor, bench …), a wall at x = ``level``, or a
    bar held at ``point``."""

    kind: str
    level: float = 0.0
    point: Vec | None = None
    facing: float = 1.0
    """For a wall: +1 when it is in front of the figure (at larger x), -1 behind."""

    @property
    def horizontal(self) -> bool:
        return self.kind not in ("wall", "bar")


def _grip(skeleton: Skeleton, part: str) -> Vec:
    points = [e.centre() for e in elements(skeleton, part)]
    return scale((sum(p[0] for p in points), sum(p[1] for p in points), sum(p[2] for p in points)), 1 / len(points))


def miss(skeleton: Skeleton, surface: Surface, part: str) -> float:
    """How far (metres, signed: positive above or away) a part is from resting on ``surface``."""
    found = elements(skeleton, part)
    if surface.kind == "bar":
        assert surface.point is not None
        return norm(sub(_grip(skeleton, part), surface.point))
    if surface.kind == "wall":
        offs = [surface.facing * (surface.level - e.extreme_x(surface.facing)) for e in found]
    else:
        offs = [e.low() - surface.level for e in found]
    return max(offs, key=abs)


def flatten(skeleton: Skeleton, contacts: tuple[tuple[str, str], ...], surfaces: dict[str, Surface],
            weights: dict[tuple[str, str], float] | None = None) -> Skeleton:
    """Hands and feet that rest on something lie flat on it (along it, pointing the way they pointed).

    ``weights`` (0 to 1, default 1) turn a part only part of the way: a hand lifting off the floor during a
    move leaves it gradually."""
    for kind, part in contacts:
        if part not in FLAT_PARTS:
            continue
        weight = weights.get((kind, part), 1.0) if weights is not None else 1.0
        if weight <= 0.0:
            continue
        surface = surfaces.get(kind) or Surface(kind)
        if surface.kind == "bar":
            continue
        normal: Vec = (0.0, 1.0, 0.0) if surface.horizontal else (1.0, 0.0, 0.0)
        for name in PARTS[part]:
            if name.startswith("@"):
                continue
            side, segment = name.split("_", 1)
            joints = ("wrist", "fingers") if segment == "hand" else ("ankle", "toes")
            start, end = f"{side}_{joints[0]}", f"{side}_{joints[1]}"
            direction = sub(skeleton.points[end], skeleton.points[start])
            along = sub(direction, scale(normal, direction[0] * normal[0] + direction[1] * normal[1]))
            if norm(along) < 1e-3 * norm(direction):
                along = (skeleton.facing[0], 0.0, skeleton.facing[2]) if surface.horizontal else (0.0, 1.0, 0.0)
            length = norm(along)
            if length < 1e-9:
                continue
            flat = scale(along, 1.0 / length)
            if weight < 1.0:
                free = scale(direction, 1.0 / norm(direction))
                flat = add(scale(free, 1.0 - weight), scale(flat, weight))
                flat = scale(flat, 1.0 / norm(flat))
            skeleton = skeleton.with_segment(name, start, end, flat)
    return skeleton


# -- reaching: a hand or a foot set down where it should rest -----------------------------------------------

_CHAINS: dict[str, tuple[str, str, str, tuple[str, ...], str]] = {
    "foot": ("hip", "knee", "ankle", ("knee", "ankle", "toes"), "foot"),
    "heel": ("hip", "knee", "ankle", ("knee", "ankle", "toes"), "foot"),
    "toes": ("hip", "knee", "toes", ("knee", "ankle", "toes"), "foot"),
    "hand": ("shoulder", "elbow", "wrist", ("elbow", "wrist", "fingers"), "hand"),
}
"""A limb's end as (root joint, middle joint, the point that must rest, the points that move, capsule)."""
_PLURAL = {"feet": "foot", "toes": "toes", "heels": "heel", "hands": "hand"}


def limb_ends(part: str) -> list[str]:
    """The limb ends (``left_foot``, ``right_toes`` …) a part is made of; empty for other parts."""
    if part in _PLURAL:
        return [f"{side}_{_PLURAL[part]}" for side in ("left", "right")]
    side, _, kind = part.partition("_")
    return [part] if side in ("left", "right") and kind in _CHAINS else []


def _limb(end: str) -> str:
    """``left_toes`` → ``left_leg``: which limb a limb end belongs to."""
    side, kind = end.split("_", 1)
    return f"{side}_{'arm' if kind == 'hand' else 'leg'}"


def end_point(skeleton: Skeleton, end: str) -> Vec:
    side, kind = end.split("_", 1)
    return skeleton.points[f"{side}_{_CHAINS[kind][2]}"]


def resting_point(skeleton: Skeleton, end: str, surface: Surface) -> Vec:
    """Where a limb end's point is when it rests on a horizontal ``surface`` right below (or above) it."""
    kind = end.split("_", 1)[1]
    radius = BALL_RADII["toes" if kind == "toes" else "wrist" if kind == "hand" else "ankle"]
    point = end_point(skeleton, end)
    return (point[0], surface.level + radius, point[2])


def reach(skeleton: Skeleton, end: str, target: Vec) -> Skeleton:
    """Bend the limb at its middle joint and turn it at its root so that its end point is at ``target``
    (as near as the limb reaches). Rigid turns of segments only: no length changes."""
    side, kind = end.split("_", 1)
    root_name, mid_name, end_name, moving, _ = _CHAINS[kind]
    names = [f"{side}_{n}" for n in moving]
    p = skeleton.points
    a, b, e = p[f"{side}_{root_name}"], p[f"{side}_{mid_name}"], p[f"{side}_{end_name}"]
    l1, l2 = norm(sub(b, a)), norm(sub(e, b))
    wanted = norm(sub(target, a))
    wanted = max(abs(l1 - l2) + 1e-6, min(l1 + l2 - 1e-6, wanted))
    ba, be = sub(a, b), sub(e, b)
    cos_now = max(-1.0, min(1.0, dot(ba, be) / (l1 * l2)))
    cos_wanted = max(-1.0, min(1.0, (l1 * l1 + l2 * l2 - wanted * wanted) / (2 * l1 * l2)))
    now, goal = math.degrees(math.acos(cos_now)), math.degrees(math.acos(cos_wanted))
    axis = cross(ba, be)
    hinge_name = f"{side}_{mid_name}"
    if norm(axis) > 1e-6 * l1 * l2:
        axis = scale(axis, 1.0 / norm(axis))
        turn = goal - now
    else:  # straight: bend the way the joint bends (knees backwards, elbows forwards)
        axis = skeleton.hinges[hinge_name]
        turn = -(now - goal) if mid_name == "knee" else now - goal
    points = dict(p)
    hinges = dict(skeleton.hinges)
    bend = rotation_about(axis, turn)
    for name in names[1:]:
        points[name] = add(apply(bend, sub(points[name], b)), b)
    hinges[hinge_name] = apply(bend, hinges[hinge_name])
    u, v = sub(points[f"{side}_{end_name}"], a), sub(target, a)
    swing_axis = cross(u, v)
    if norm(swing_axis) > 1e-9:
        angle = math.degrees(math.atan2(norm(swing_axis), dot(u, v)))
        swing = rotation_about(scale(swing_axis, 1.0 / norm(swing_axis)), angle)
        for name in names:
            points[name] = add(apply(swing, sub(points[name], a)), a)
        hinges[hinge_name] = apply(swing, hinges[hinge_name])
    reached = Skeleton(points, hinges, skeleton.facing, skeleton.chest, skeleton.up)
    middle = points[f"{side}_{mid_name}"]
    if middle[1] - BALL_RADII[mid_name] < -1e-4:  # bent into the floor: bend the other way round instead
        line = sub(points[f"{side}_{end_name}"], a)
        if norm(line) > 1e-9:
            flip = rotation_about(scale(line, 1.0 / norm(line)), 180.0)
            points.update({name: add(apply(flip, sub(points[name], a)), a) for name in names})
            hinges[hinge_name] = apply(flip, hinges[hinge_name])
            reached = Skeleton(points, hinges, skeleton.facing, skeleton.chest, skeleton.up)
    return reached


def dot(a: Vec, b: Vec) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def cross(a: Vec, b: Vec) -> Vec:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


@dataclass(frozen=True)
class Placed:
    """A key pose resting where it should: the skeleton, how it was moved there, and what still misses."""

    skeleton: Skeleton
    rotation: Mat
    """Applied about the pelvis before the shift."""
    offset: Vec
    anchor: tuple[str, str] | None
    contacts: tuple[tuple[str, str], ...]
    misses: tuple[tuple[str, str, float], ...]


def contact_point(skeleton: Skeleton, surface: Surface, part: str) -> Vec:
    found = elements(skeleton, part)
    if surface.kind == "bar":
        return _grip(skeleton, part)
    lows = [e.low_point() for e in found]
    n = len(lows)
    return (sum(p[0] for p in lows) / n, min(p[1] for p in lows), sum(p[2] for p in lows) / n)


def _set_down(base: Skeleton, pose: KeyPose, rotation: Mat, surfaces: dict[str, Surface],
              anchor: tuple[str, str] | None, target: Vec | None) -> tuple[Skeleton, Vec]:
    """Rotate the unplaced skeleton about the pelvis, flatten what rests, and shift it onto its anchor."""
    turned = base.moved(rotation, (0.0, 0.0, 0.0), (0.0, 0.0, 0.0))
    turned = flatten(turned, pose.contacts, surfaces)
    if anchor is None or target is None:
        offset: Vec = (target[0] if target else 0.0, pose.lift - turned.lowest(), target[2] if target else 0.0)
    else:
        surface = surfaces.get(anchor[0]) or Surface(anchor[0])
        point = contact_point(turned, surface, anchor[1])
        if surface.kind == "bar":
            offset = sub(target, point)
        else:
            offset = (target[0] - point[0], surface.level - point[1], target[2] - point[2])
    return turned.moved(IDENTITY, (0.0, 0.0, 0.0), offset), offset


def place(pose: KeyPose, surfaces: dict[str, Surface], previous: Placed | None) -> Placed:
    """Rest one key pose. ``surfaces`` holds the floor and the props already placed by earlier poses."""
    base = pose_skeleton(pose.angles)
    known = [(kind, part) for kind, part in pose.contacts if kind == "floor" or (kind in surfaces and kind != "wall")]
    anchor = known[0] if known else None
    target = _target(pose, anchor, surfaces, previous, base)
    rotation = IDENTITY
    skeleton, offset = _set_down(base, pose, rotation, surfaces, anchor, target)
    planted = _planted(previous)
    others = [c for c in known[1:] if c[1] != (anchor[1] if anchor else None)
              and not any((c[0], _limb(end)) in planted for end in limb_ends(c[1]))
              and _lever(skeleton, surfaces, anchor, c) >= TIP_LEVER]
    if anchor is not None and others and anchor[1] not in TRUNK_PARTS:
        worst = max(others, key=lambda c: abs(miss(skeleton, surfaces.get(c[0]) or Surface(c[0]), c[1])))
        surface = surfaces.get(worst[0]) or Surface(worst[0])
        if abs(miss(skeleton, surface, worst[1])) > TOLERANCE / 4:
            tipped = _tip(base, pose, surfaces, anchor, target, worst, rotation)
            tried, moved = _set_down(base, pose, tipped, surfaces, anchor, target)
            if _worst_miss(tried, pose, surfaces) < _worst_miss(skeleton, pose, surfaces):  # only if it helps
                rotation, skeleton, offset = tipped, tried, moved
    skeleton = set_ends(skeleton, _end_targets(skeleton, pose, known, anchor, surfaces, previous), pose.contacts,
                        surfaces)
    low = skeleton.lowest()
    if low < 0.0:  # never below the floor: what still reaches into it lifts the whole body (a miss says so)
        skeleton = skeleton.moved(IDENTITY, (0.0, 0.0, 0.0), (0.0, -low, 0.0))
        offset = (offset[0], offset[1] - low, offset[2])
    return Placed(skeleton, rotation, offset, anchor, pose.contacts, misses_of(skeleton, pose, surfaces))


def _worst_miss(skeleton: Skeleton, pose: KeyPose, surfaces: dict[str, Surface]) -> float:
    found = [abs(miss(skeleton, surfaces[kind], part)) for kind, part in pose.contacts
             if kind in surfaces and kind != "wall" and not limb_ends(part)]
    return max(found, default=0.0)


def _lever(skeleton: Skeleton, surfaces: dict[str, Surface], anchor: tuple[str, str] | None,
           other: tuple[str, str]) -> float:
    """How far (level distance) a resting part is from the anchor: only far ones tip the body."""
    if anchor is None:
        return 0.0
    a = contact_point(skeleton, surfaces.get(anchor[0]) or Surface(anchor[0]), anchor[1])
    b = contact_point(skeleton, surfaces.get(other[0]) or Surface(other[0]), other[1])
    return math.hypot(b[0] - a[0], b[2] - a[2])


def set_ends(skeleton: Skeleton, targets: dict[str, Vec], contacts: tuple[tuple[str, str], ...],
             surfaces: dict[str, Surface], weights: dict[tuple[str, str], float] | None = None) -> Skeleton:
    """Reach every limb end to its target, then lay resting hands and feet flat."""
    for end, point in targets.items():
        skeleton = reach(skeleton, end, point)
    return flatten(skeleton, contacts, surfaces, weights) if targets or weights else skeleton


def _planted(previous: Placed | None) -> set[tuple[str, str]]:
    """(surface, limb) of every hand or foot that rested in the pose before: it stays where it was."""
    if previous is None:
        return set()
    return {(kind, _limb(end)) for kind, part in previous.contacts for end in limb_ends(part)}


def _end_targets(skeleton: Skeleton, pose: KeyPose, known: list[tuple[str, str]], anchor: tuple[str, str] | None,
                 surfaces: dict[str, Surface], previous: Placed | None) -> dict[str, Vec]:
    """Where each resting hand or foot goes: where it rested in the pose before (a planted foot does not slide),
    else straight down (or up) onto its surface."""
    targets: dict[str, Vec] = {}
    anchored = set(limb_ends(anchor[1])) if anchor is not None else set()
    planted = _planted(previous)
    for kind, part in known:
        surface = surfaces.get(kind) or Surface(kind)
        for end in limb_ends(part):
            if end in anchored or surface.kind == "bar":
                continue
            if previous is not None and (kind, _limb(end)) in planted:
                targets[end] = end_point(previous.skeleton, end)
            else:
                targets[end] = resting_point(skeleton, end, surface)
    return targets


def misses_of(skeleton: Skeleton, pose: KeyPose, surfaces: dict[str, Surface]) -> tuple[tuple[str, str, float], ...]:
    """(surface, part, metres) for every part that does not rest where the pose says (placed surfaces only)."""
    found = ((kind, part, miss(skeleton, surfaces[kind], part)) for kind, part in pose.contacts if kind in surfaces)
    return tuple(m for m in found if abs(m[2]) > TOLERANCE)


def rested_before(previous: Placed, contact: tuple[str, str]) -> bool:
    """Whether a part already rested on the same surface in the pose before (``shoulders`` did, if the
    whole ``back`` did): then it stays where it was."""
    kind, part = contact
    wanted = _ELEMENT_SETS[part]
    return any(k == kind and wanted <= _ELEMENT_SETS[p] for k, p in previous.contacts)


_ELEMENT_SETS = {part: frozenset(names) for part, names in PARTS.items()}


def _target(pose: KeyPose, anchor: tuple[str, str] | None, surfaces: dict[str, Surface],
            previous: Placed | None, base: Skeleton) -> Vec | None:
    """Where the anchor goes: a bar's point; else where the same part rested before (plus ``shift``), or the
    spot below where the pelvis was; the first pose starts at the origin."""
    if anchor is not None and anchor[0] == "bar":
        point = surfaces["bar"].point
        assert point is not None
        return point
    if previous is None:
        return (0.0, 0.0, 0.0)
    if anchor is not None and rested_before(previous, anchor):
        surface = surfaces.get(anchor[0]) or Surface(anchor[0])
        before = contact_point(previous.skeleton, surface, anchor[1])
        return (before[0] + pose.shift, 0.0, before[2])
    pelvis = previous.skeleton.points["pelvis"]
    if anchor is None:
        return (pelvis[0] + pose.shift, 0.0, pelvis[2])
    # A new resting part: keep the pelvis over the same spot (the anchor is set down below it).
    turned = base.moved(previous.rotation, (0.0, 0.0, 0.0), (0.0, 0.0, 0.0))
    surface = surfaces.get(anchor[0]) or Surface(anchor[0])
    point = contact_point(flatten(turned, pose.contacts, surfaces), surface, anchor[1])
    return (pelvis[0] + point[0] + pose.shift, 0.0, pelvis[2] + point[2])


def _tip(base: Skeleton, pose: KeyPose, surfaces: dict[str, Surface], anchor: tuple[str, str], target: Vec | None,
         worst: tuple[str, str], rotation: Mat) -> Mat:
    """The rotation (about a level axis through the anchor) that sets the worst-missing part down too."""
    placed, _ = _set_down(base, pose, rotation, surfaces, anchor, target)
    anchor_point = contact_point(placed, surfaces.get(anchor[0]) or Surface(anchor[0]), anchor[1])
    surface = surfaces.get(worst[0]) or Surface(worst[0])
    other = contact_point(placed, surface, worst[1])
    reach = (other[0] - anchor_point[0], 0.0, other[2] - anchor_point[2])
    length = norm(reach)
    if length < 0.05:
        return rotation
    axis: Vec = (-reach[2] / length, 0.0, reach[0] / length)  # level, across the line between them

    def error(degrees: float) -> float:
        turned = mul(rotation_about(axis, degrees), rotation)
        skeleton, _ = _set_down(base, pose, turned, surfaces, anchor, target)
        return miss(skeleton, surface, worst[1])

    # Secant steps from a first guess: tipping by θ lowers the other part by about θ × reach.
    a, fa = 0.0, error(0.0)
    b = math.degrees(math.atan2(fa, length))
    fb = error(b)
    for _ in range(8):
        if abs(fb) < 1e-4 or fb == fa:
            break
        a, fa, b = b, fb, b - fb * (b - a) / (fb - fa)
        b = max(-35.0, min(35.0, b))
        fb = error(b)
    return mul(rotation_about(axis, b), rotation) if abs(fb) < abs(error(0.0)) else rotation


# -- a whole figure -----------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)  # compared (and cached) by identity: stage() makes one per figure
class Staging:
    """A figure's key poses at rest, and the surfaces its props give (heights, a wall, a bar)."""

    figure: Figure
    poses: tuple[Placed, ...]
    surfaces: dict[str, Surface]


@lru_cache(maxsize=512)
def stage(figure: Figure) -> Staging:
    """Rest every key pose of a figure, in order; props take their place from the first pose using them."""
    surfaces: dict[str, Surface] = {"floor": Surface("floor")}
    surfaces.update({kind: Surface(kind, height) for kind, height in FIXED_HEIGHTS.items()})
    placed: list[Placed] = []
    previous: Placed | None = None
    for pose in figure.poses:
        result = place(pose, surfaces, previous)
        if _add_surfaces(result.skeleton, pose, surfaces):  # a prop this pose placed: its other parts reach it too
            result = place(pose, surfaces, previous)
        placed.append(result)
        previous = result
    return Staging(figure, tuple(placed), dict(surfaces))


def _add_surfaces(skeleton: Skeleton, pose: KeyPose, surfaces: dict[str, Surface]) -> bool:
    """Props first rested on by this pose take their height (or place) from it; ``True`` if any did."""
    added = False
    for kind, part in pose.contacts:
        if kind in surfaces:
            continue
        found = elements(skeleton, part)
        if kind == "bar":
            surfaces[kind] = Surface(kind, point=_grip(skeleton, part))
        elif kind == "wall":
            pelvis = skeleton.points["pelvis"]
            centre = sum(e.centre()[0] for e in found) / len(found)
            facing = 1.0 if centre > pelvis[0] else -1.0
            surfaces[kind] = Surface(kind, max(e.extreme_x(facing) * facing for e in found) * facing, facing=facing)
        else:
            surfaces[kind] = Surface(kind, min(e.low() for e in found))
        added = True
    return added
