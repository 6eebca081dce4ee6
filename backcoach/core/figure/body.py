"""The figure's skeleton: segments, joints and their angles, and forward kinematics.

Why 3-D: a move is seen from the side (a squat), from the front (a side bend) or from a little above (knee
rolls), and a pose written once must look right from any of them; a side view also has to show which arm is
the near one. So the skeleton is posed in 3-D and projected; each segment keeps its length whatever the
angles (a test checks it), and mirroring a pose is an exact reflection.

World axes (metres): x is where the figure faces when every angle is 0 (to the right in a side view), y is
up, z is the figure's right (towards the viewer of a side view). Angles are anatomical and in degrees:

* ``tilt`` leans the whole body forwards (90: face down, horizontal; -90: on the back), ``roll`` rolls it
  onto its right side (90: lying on the right side), ``turn`` turns it to its right.
* spine segments (``lower_back``, ``mid_back``, ``upper_back``), ``neck`` and ``head``: ``bend`` forwards
  (negative arches back), ``side`` bends to the right, ``twist`` turns the chest to the right.
* ``shoulder`` and ``hip``: ``flex`` forwards (180: arm overhead), ``out`` away from the body (abduction),
  ``turn`` outwards (external rotation); ``elbow`` and ``knee``: ``flex`` (bent); ``wrist``: ``flex``
  towards the front of the forearm (hands flat on the floor on all fours); ``ankle``: ``point`` (toes
  pointed; negative pulls them up); ``shoulder_blade``: ``shrug`` (up) and ``squeeze`` (back).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

Vec = tuple[float, float, float]
Mat = tuple[float, float, float, float, float, float, float, float, float]
"""A 3×3 rotation, row-major."""

# -- joints and their degrees of freedom --------------------------------------------------------------------

SIDES = ("left", "right")
SPINE = ("lower_back", "mid_back", "upper_back")
CENTRAL_JOINTS: dict[str, tuple[str, ...]] = {
    "tilt": ("tilt",),
    "roll": ("roll",),
    "turn": ("turn",),
    "lower_back": ("bend", "side", "twist"),
    "mid_back": ("bend", "side", "twist"),
    "upper_back": ("bend", "side", "twist"),
    "neck": ("bend", "side", "twist"),
    "head": ("bend", "side", "twist"),
}
SIDED_JOINTS: dict[str, tuple[str, ...]] = {
    "shoulder_blade": ("shrug", "squeeze"),
    "shoulder": ("flex", "out", "turn"),
    "elbow": ("flex",),
    "wrist": ("flex",),
    "hip": ("flex", "out", "turn"),
    "knee": ("flex",),
    "ankle": ("point",),
}
JOINTS: dict[str, tuple[str, ...]] = {
    **CENTRAL_JOINTS,
    **{f"{side}_{joint}": dofs for side in SIDES for joint, dofs in SIDED_JOINTS.items()},
}
"""Every joint a pose sets, with its degrees of freedom; the first is the one a plain number sets."""

DOFS: tuple[str, ...] = tuple(f"{joint}.{dof}" for joint, dofs in JOINTS.items() for dof in dofs)
INDEX: dict[str, int] = {name: i for i, name in enumerate(DOFS)}
N_DOFS = len(DOFS)

GROUPS: dict[str, tuple[str, ...]] = {
    "spine": SPINE,
    **{f"{joint}s": tuple(f"{side}_{joint}" for side in SIDES) for joint in SIDED_JOINTS},
}
"""Keys that set several joints at once: ``spine`` shares its angles among the three spine segments;
``hips`` (and every other plural) sets the left and the right joint alike."""


def _mirror_table() -> tuple[tuple[int, ...], tuple[float, ...]]:
    """Which value goes where, and with which sign, when a pose is mirrored (left and right exchanged).

    Reflecting the world through the figure's mid-plane (z → -z) keeps rotations about z (bending forwards,
    flexing a knee) and reverses those about x and y (side bends, twists, roll, turn); a left joint's angles
    become the right joint's, because each side's ``out`` and ``turn`` are measured away from the body.
    """
    source = list(range(N_DOFS))
    sign = [1.0] * N_DOFS
    for name, i in INDEX.items():
        joint, dof = name.split(".")
        for side, other in (("left_", "right_"), ("right_", "left_")):
            if joint.startswith(side):
                source[i] = INDEX[f"{other}{joint.removeprefix(side)}.{dof}"]
        if joint in CENTRAL_JOINTS and dof in ("side", "twist", "roll", "turn"):
            sign[i] = -1.0
    return tuple(source), tuple(sign)


_MIRROR_SOURCE, _MIRROR_SIGN = _mirror_table()


@dataclass(frozen=True)
class Angles:
    """Every joint angle of a pose, in degrees, in :data:`DOFS` order."""

    values: tuple[float, ...]

    def __post_init__(self) -> None:
        if len(self.values) != N_DOFS:
            raise ValueError(f"a pose has {N_DOFS} angles, not {len(self.values)}")

    @classmethod
    def zero(cls) -> Angles:
        return cls((0.0,) * N_DOFS)

    def get(self, joint: str, dof: str) -> float:
        return self.values[INDEX[f"{joint}.{dof}"]]

    def with_values(self, changes: dict[str, float]) -> Angles:
        """These angles with some replaced (keys like ``left_hip.flex``)."""
        values = list(self.values)
        for name, value in changes.items():
            values[INDEX[name]] = value
        return Angles(tuple(values))

    def mirrored(self) -> Angles:
        """The same pose on the other side (a reflection through the figure's mid-plane)."""
        v = self.values
        return Angles(tuple(v[s] * k for s, k in zip(_MIRROR_SOURCE, _MIRROR_SIGN, strict=True)))

    def towards(self, other: Angles, t: float) -> Angles:
        """The angles a fraction ``t`` of the way to ``other`` (0: these, 1: ``other``)."""
        return Angles(tuple(a + (b - a) * t for a, b in zip(self.values, other.values, strict=True)))


# -- proportions --------------------------------------------------------------------------------------------

LENGTHS: dict[str, float] = {
    "lower_back": 0.17, "mid_back": 0.18, "upper_back": 0.18, "neck": 0.09, "head": 0.11,
    "upper_arm": 0.29, "forearm": 0.25, "hand": 0.08, "thigh": 0.43, "shin": 0.42, "foot": 0.16,
}
"""Segment lengths in metres, for a figure about 1.73 m tall."""
RADII: dict[str, tuple[float, float]] = {
    "lower_back": (0.105, 0.105), "mid_back": (0.105, 0.105), "upper_back": (0.105, 0.105),
    "neck": (0.045, 0.045), "head": (0.115, 0.115), "clavicle": (0.05, 0.05), "pelvis": (0.07, 0.07),
    "upper_arm": (0.04, 0.04), "forearm": (0.04, 0.04), "hand": (0.04, 0.04),
    "thigh": (0.05, 0.05), "shin": (0.05, 0.05), "foot": (0.048, 0.048),
}
"""Half the thickness of each segment as drawn (and as it rests on the floor), where it starts and ends. An
arm, a leg (thigh and shin) and the spine are each one even thickness, so each is drawn as one rounded line:
a frame is a handful of strokes, and what rests on the floor is exactly what is drawn."""
HIP_WIDTH = 0.09
"""From the middle of the pelvis to each hip joint."""
CLAVICLE: Vec = (0.0, -0.04, 0.17)
"""From the base of the neck to the right shoulder joint (the left one is its mirror image)."""
UPPER_BACK_SHORTENING = 0.05
"""The upper back is drawn this much short of the neck's base, so the shoulders are not hunched."""
NOSE = 0.1
"""How far in front of the head's centre its nose is drawn (it shows which way the figure faces)."""

LIMBS: dict[str, tuple[str, ...]] = {
    "arm": ("upper_arm", "forearm", "hand"),
    "leg": ("thigh", "shin", "foot"),
}


# -- rotations ----------------------------------------------------------------------------------------------

IDENTITY: Mat = (1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0)


def rot_x(degrees: float) -> Mat:
    a = math.radians(degrees)
    c, s = math.cos(a), math.sin(a)
    return (1.0, 0.0, 0.0, 0.0, c, -s, 0.0, s, c)


def rot_y(degrees: float) -> Mat:
    a = math.radians(degrees)
    c, s = math.cos(a), math.sin(a)
    return (c, 0.0, s, 0.0, 1.0, 0.0, -s, 0.0, c)


def rot_z(degrees: float) -> Mat:
    a = math.radians(degrees)
    c, s = math.cos(a), math.sin(a)
    return (c, -s, 0.0, s, c, 0.0, 0.0, 0.0, 1.0)


def mul(a: Mat, b: Mat) -> Mat:
    a0, a1, a2, a3, a4, a5, a6, a7, a8 = a
    b0, b1, b2, b3, b4, b5, b6, b7, b8 = b
    return (
        a0 * b0 + a1 * b3 + a2 * b6, a0 * b1 + a1 * b4 + a2 * b7, a0 * b2 + a1 * b5 + a2 * b8,
        a3 * b0 + a4 * b3 + a5 * b6, a3 * b1 + a4 * b4 + a5 * b7, a3 * b2 + a4 * b5 + a5 * b8,
        a6 * b0 + a7 * b3 + a8 * b6, a6 * b1 + a7 * b4 + a8 * b7, a6 * b2 + a7 * b5 + a8 * b8,
    )


def apply(m: Mat, v: Vec) -> Vec:
    x, y, z = v
    return (m[0] * x + m[1] * y + m[2] * z, m[3] * x + m[4] * y + m[5] * z, m[6] * x + m[7] * y + m[8] * z)


def add(a: Vec, b: Vec) -> Vec:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def sub(a: Vec, b: Vec) -> Vec:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def scale(v: Vec, k: float) -> Vec:
    return (v[0] * k, v[1] * k, v[2] * k)


def norm(v: Vec) -> float:
    return math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2])


def rotation_about(axis: Vec, degrees: float) -> Mat:
    """Rotation by ``degrees`` about a unit ``axis`` (Rodrigues)."""
    x, y, z = axis
    a = math.radians(degrees)
    c, s = math.cos(a), math.sin(a)
    t = 1.0 - c
    return (
        t * x * x + c, t * x * y - s * z, t * x * z + s * y,
        t * x * y + s * z, t * y * y + c, t * y * z - s * x,
        t * x * z - s * y, t * y * z + s * x, t * z * z + c,
    )


def _segment_rotation(bend: float, side: float, twist: float) -> Mat:
    return mul(mul(rot_z(-bend), rot_x(side)), rot_y(-twist))


# -- forward kinematics -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Capsule:
    """A segment as drawn: the hull of two balls (at ``a`` of radius ``ra``, at ``b`` of radius ``rb``)."""

    name: str
    a: Vec
    b: Vec
    ra: float
    rb: float

    def lowest(self) -> float:
        return min(self.a[1] - self.ra, self.b[1] - self.rb)


CAPSULES: tuple[tuple[str, str, str, tuple[float, float]], ...] = (
    ("lower_back", "pelvis", "lower_back", RADII["lower_back"]),
    ("mid_back", "lower_back", "mid_back", RADII["mid_back"]),
    ("upper_back", "mid_back", "upper_back_end", RADII["upper_back"]),
    ("neck", "upper_back", "neck", RADII["neck"]),
    ("head", "head", "head", RADII["head"]),
    ("pelvis", "left_hip", "right_hip", RADII["pelvis"]),
    *(
        (f"{side}_{name}", f"{side}_{a}" if a != "upper_back" else a, f"{side}_{b}", RADII[radius])
        for side in SIDES
        for name, a, b, radius in (
            ("clavicle", "upper_back", "shoulder", "clavicle"),
            ("upper_arm", "shoulder", "elbow", "upper_arm"), ("forearm", "elbow", "wrist", "forearm"),
            ("hand", "wrist", "fingers", "hand"), ("thigh", "hip", "knee", "thigh"),
            ("shin", "knee", "ankle", "shin"), ("foot", "ankle", "toes", "foot"),
        )
    ),
)
"""Every capsule drawn, as (name, from point, to point, radius)."""


@dataclass(frozen=True)
class Skeleton:
    """A posed figure: named joint positions (metres), the capsules drawn between them, and which way it faces.

    ``hinges`` are the axes the elbows and knees bend about (unit vectors), which a reach needs when a limb is
    straight. Moving a skeleton moves points and turns directions; it never changes a segment's length.
    """

    points: dict[str, Vec]
    hinges: dict[str, Vec]
    facing: Vec
    """Where the face points (unit vector): the nose, and whether the figure lies face up or down."""
    chest: Vec
    """The direction the chest faces (unit vector): face up, face down or sideways."""
    up: Vec
    """The direction from the pelvis to the neck (unit vector)."""

    @cached_property
    def capsules(self) -> tuple[Capsule, ...]:
        p = self.points
        return tuple(Capsule(name, p[a], p[b], r[0], r[1]) for name, a, b, r in CAPSULES)

    def capsule(self, name: str) -> Capsule:
        for capsule in self.capsules:
            if capsule.name == name:
                return capsule
        raise KeyError(name)

    def moved(self, rotation: Mat, pivot: Vec, offset: Vec) -> Skeleton:
        """The skeleton turned by ``rotation`` about ``pivot`` and then shifted by ``offset``."""
        ox, oy, oz = offset
        if rotation == IDENTITY:  # a shift alone: the common case, every frame
            points = {k: (x + ox, y + oy, z + oz) for k, (x, y, z) in self.points.items()}
            return Skeleton(points, self.hinges, self.facing, self.chest, self.up)
        r0, r1, r2, r3, r4, r5, r6, r7, r8 = rotation
        px, py, pz = pivot
        moved: dict[str, Vec] = {}
        for k, (x, y, z) in self.points.items():
            x, y, z = x - px, y - py, z - pz
            moved[k] = (r0 * x + r1 * y + r2 * z + px + ox, r3 * x + r4 * y + r5 * z + py + oy,
                        r6 * x + r7 * y + r8 * z + pz + oz)
        return Skeleton(
            moved,
            {k: apply(rotation, v) for k, v in self.hinges.items()},
            apply(rotation, self.facing),
            apply(rotation, self.chest),
            apply(rotation, self.up),
        )

    def with_points(self, changes: dict[str, Vec], hinges: dict[str, Vec] | None = None) -> Skeleton:
        return Skeleton({**self.points, **changes}, {**self.hinges, **(hinges or {})}, self.facing, self.chest,
                        self.up)

    def lowest(self) -> float:
        p = self.points
        return min(min(p[a][1] - r[0], p[b][1] - r[1]) for _, a, b, r in CAPSULES)

    def with_segment(self, name: str, start: str, end: str, direction: Vec) -> Skeleton:
        """The skeleton with one end segment (a hand or a foot) pointing along ``direction`` (unit)."""
        tip = add(self.points[start], scale(direction, LENGTHS[name.split("_", 1)[1]]))
        return self.with_points({end: tip})


def pose_skeleton(angles: Angles) -> Skeleton:
    """Forward kinematics: joint angles to joint positions, with the middle of the pelvis at the origin."""
    v = angles.values
    g = INDEX

    def central(joint: str) -> Mat:
        i = g[f"{joint}.bend"]
        return _segment_rotation(v[i], v[i + 1], v[i + 2])

    root = mul(mul(rot_y(-v[g["turn.turn"]]), rot_x(v[g["roll.roll"]])), rot_z(-v[g["tilt.tilt"]]))
    points: dict[str, Vec] = {"pelvis": (0.0, 0.0, 0.0)}
    hinges: dict[str, Vec] = {}
    frame = root
    previous = points["pelvis"]
    for joint in SPINE:
        frame = mul(frame, central(joint))
        point = add(previous, apply(frame, (0.0, LENGTHS[joint], 0.0)))
        points[joint] = point
        if joint == "upper_back":
            points["upper_back_end"] = add(point, apply(frame, (0.0, -UPPER_BACK_SHORTENING, 0.0)))
        previous = point
    chest_frame = frame
    neck_base = previous
    frame = mul(frame, central("neck"))
    neck_top = add(neck_base, apply(frame, (0.0, LENGTHS["neck"], 0.0)))
    frame = mul(frame, central("head"))
    head = add(neck_top, apply(frame, (0.0, LENGTHS["head"], 0.0)))
    facing = apply(frame, (1.0, 0.0, 0.0))
    points.update(neck=neck_top, head=head)

    for sign, side in ((-1.0, "left"), (1.0, "right")):
        def dof(joint: str, name: str, side: str = side) -> float:
            return v[g[f"{side}_{joint}.{name}"]]

        # Shoulder girdle: the shoulder blade lifts and squeezes the clavicle; the arm keeps the chest's frame.
        girdle = mul(rot_y(-sign * dof("shoulder_blade", "squeeze")), rot_x(sign * dof("shoulder_blade", "shrug")))
        clavicle = (CLAVICLE[0], CLAVICLE[1], sign * CLAVICLE[2])
        shoulder = add(neck_base, apply(mul(chest_frame, girdle), clavicle))
        arm = mul(chest_frame, mul(mul(rot_z(dof("shoulder", "flex")), rot_x(-sign * dof("shoulder", "out"))),
                                   rot_y(-sign * dof("shoulder", "turn"))))
        elbow = add(shoulder, apply(arm, (0.0, -LENGTHS["upper_arm"], 0.0)))
        forearm = mul(arm, rot_z(dof("elbow", "flex")))
        wrist = add(elbow, apply(forearm, (0.0, -LENGTHS["forearm"], 0.0)))
        hand = mul(forearm, rot_z(dof("wrist", "flex")))
        fingers = add(wrist, apply(hand, (0.0, -LENGTHS["hand"], 0.0)))

        hip = apply(root, (0.0, 0.0, sign * HIP_WIDTH))
        thigh = mul(root, mul(mul(rot_z(dof("hip", "flex")), rot_x(-sign * dof("hip", "out"))),
                              rot_y(-sign * dof("hip", "turn"))))
        knee = add(hip, apply(thigh, (0.0, -LENGTHS["thigh"], 0.0)))
        shin = mul(thigh, rot_z(-dof("knee", "flex")))
        ankle = add(knee, apply(shin, (0.0, -LENGTHS["shin"], 0.0)))
        foot = mul(shin, rot_z(-dof("ankle", "point")))
        toes = add(ankle, apply(foot, (LENGTHS["foot"], 0.0, 0.0)))

        points.update({
            f"{side}_shoulder": shoulder, f"{side}_elbow": elbow, f"{side}_wrist": wrist,
            f"{side}_fingers": fingers, f"{side}_hip": hip, f"{side}_knee": knee, f"{side}_ankle": ankle,
            f"{side}_toes": toes,
        })
        hinges[f"{side}_elbow"] = apply(forearm, (0.0, 0.0, 1.0))
        hinges[f"{side}_knee"] = apply(shin, (0.0, 0.0, 1.0))
    chest = apply(chest_frame, (1.0, 0.0, 0.0))
    up = sub(neck_base, points["pelvis"])
    return Skeleton(points, hinges, facing, chest, scale(up, 1.0 / norm(up)))


SEGMENTS: tuple[tuple[str, str, str], ...] = (
    ("lower_back", "pelvis", "lower_back"),
    ("mid_back", "lower_back", "mid_back"),
    ("upper_back", "mid_back", "upper_back"),
    ("neck", "upper_back", "neck"),
    ("head", "neck", "head"),
    *(
        (f"{side}_{name}", f"{side}_{a}", f"{side}_{b}")
        for side in SIDES
        for name, a, b in (
            ("upper_arm", "shoulder", "elbow"), ("forearm", "elbow", "wrist"), ("hand", "wrist", "fingers"),
            ("thigh", "hip", "knee"), ("shin", "knee", "ankle"), ("foot", "ankle", "toes"),
        )
    ),
)
"""Every rigid segment as (name, from point, to point): what the tests measure."""


def segment_length(name: str) -> float:
    return LENGTHS[name.split("_", 1)[1] if name.startswith(SIDES) else name]


def distances(skeleton: Skeleton) -> Iterable[tuple[str, float, float]]:
    """(segment, its length in this skeleton, its length by the proportions) for every segment."""
    for name, a, b in SEGMENTS:
        yield name, norm(sub(skeleton.points[b], skeleton.points[a])), segment_length(name)
