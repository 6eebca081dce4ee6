"""The 2-D drawing of a placed figure: what a painter draws, in order, in metres (y up).

A :class:`Scene` is a list of layers, far to near, each a colour role (``body``, ``far`` for limbs behind
the body, ``prop``, ``floor``) and simple shapes: strokes with round ends (the capsules of limbs and rods),
dots (the head, joints) and polygons (the torso seen from the front, boxes, plates). Body layers have an
outline in the background colour, so a near arm reads in front of the chest. The painter only maps metres to
pixels and colours to roles; it decides nothing, so the same scene makes the session screen, a PNG and an SVG.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache

from .body import RADII, Skeleton, Vec, add, norm, scale, sub
from .model import Figure
from .placing import Staging, Surface, elements, stage

Point = tuple[float, float]


@dataclass(frozen=True)
class Stroke:
    """A polyline drawn with round ends and joins, ``width`` metres wide (one point: a dot)."""

    points: tuple[Point, ...]
    width: float


@dataclass(frozen=True)
class Dot:
    centre: Point
    r: float


@dataclass(frozen=True)
class Polygon:
    points: tuple[Point, ...]
    edge: float = 0.0
    """Width of a rounded edge drawn around it (in the fill colour), in metres."""


Shape = Stroke | Dot | Polygon


@dataclass(frozen=True)
class Layer:
    role: str
    """``body``, ``far`` (a limb behind the trunk), ``prop``, ``plate`` (a ring), ``mat`` or ``ground`` (the
    floor seen from above): the painter's colour for it."""
    shapes: tuple[Shape, ...]
    outline: bool = False
    """Draw a thin background-coloured outline first, so it reads against what is behind it."""


@dataclass(frozen=True)
class Scene:
    layers: tuple[Layer, ...]
    bounds: tuple[float, float, float, float]
    """(left, bottom, right, top) in metres: what must fit in the picture, the same for every frame."""
    floor: float | None
    """Height of the floor line on screen (metres), or ``None`` in a raised view."""

    def __hash__(self) -> int:
        """Hashed once: a scene is a cache key every frame (its kept drawing, what it covers)."""
        cached: int | None = self.__dict__.get("_hash")
        if cached is None:
            cached = hash((self.layers, self.bounds, self.floor))
            object.__setattr__(self, "_hash", cached)
        return cached

    @cached_property
    def reach(self) -> tuple[float, float, float, float] | None:
        """(left, bottom, right, top) in metres of what can move from one frame to the next: the body and the
        props in its hands and behind it, not the floor, the mat and a raised view's ground (``None``: nothing)."""
        xs: list[float] = []
        ys: list[float] = []
        for layer in self.layers:
            if layer.role in STILL_ROLES:
                continue
            for shape in layer.shapes:
                points: tuple[Point, ...]
                if isinstance(shape, Dot):
                    grow, points = shape.r, (shape.centre,)
                elif isinstance(shape, Stroke):
                    grow, points = shape.width / 2, shape.points
                else:
                    grow, points = shape.edge / 2, shape.points
                for x, y in points:
                    xs.extend((x - grow, x + grow))
                    ys.extend((y - grow, y + grow))
        return (min(xs), min(ys), max(xs), max(ys)) if xs else None

    @cached_property
    def outline(self) -> tuple[object, ...]:
        """The scene's make-up without its coordinates (the layers' roles, the shapes' kinds and sizes): two
        scenes alike in it differ only in where their points are (:attr:`points`). Scenes alike in it share
        one tuple, so that telling them alike (every frame) is one identity test."""
        made = (self.bounds, self.floor, *((layer.role, layer.outline, *(
            (type(shape), shape.r) if isinstance(shape, Dot) else
            (type(shape), len(shape.points), shape.width if isinstance(shape, Stroke) else shape.edge)
            for shape in layer.shapes)) for layer in self.layers))
        if len(_OUTLINES) >= OUTLINES:
            _OUTLINES.clear()
        return _OUTLINES.setdefault(made, made)

    @cached_property
    def points(self) -> tuple[float, ...]:
        """Every coordinate of every shape, in order: what moves from frame to frame."""
        values: list[float] = []
        for layer in self.layers:
            for shape in layer.shapes:
                for x, y in (shape.centre,) if isinstance(shape, Dot) else shape.points:
                    values.extend((x, y))
        return tuple(values)

    def moved_less_than(self, other: Scene, limit: float) -> bool:
        """Whether ``other`` is this scene with no point moved ``limit`` metres or more (across or up)."""
        if self.outline is not other.outline and self.outline != other.outline:
            return False
        return max(map(abs, map(operator.sub, self.points, other.points)), default=0.0) < limit


OUTLINES = 4096
"""Scenes' make-ups kept to be shared (a few hundred moves' worth; forgotten all at once past this)."""
_OUTLINES: dict[tuple[object, ...], tuple[object, ...]] = {}


STILL_ROLES = ("mat", "ground")
"""Layers that stand still while the figure moves."""


@dataclass(frozen=True)
class Camera:
    """An orthographic view: turned ``azimuth`` degrees round the figure (0: its right side; 90: its front)
    and raised ``elevation`` degrees above the floor."""

    azimuth: float = 0.0
    elevation: float = 0.0

    @cached_property
    def _trig(self) -> tuple[float, float, float, float]:
        a, e = math.radians(self.azimuth), math.radians(self.elevation)
        return math.cos(a), math.sin(a), math.cos(e), math.sin(e)

    def project(self, p: Vec) -> tuple[float, float, float]:
        """(x, y, depth) on screen; larger depth is nearer the viewer."""
        ca, sa, ce, se = self._trig
        z = p[0] * sa + p[2] * ca
        return p[0] * ca - p[2] * sa, p[1] * ce - z * se, p[1] * se + z * ce

    def across(self, p: Vec) -> float:
        """How near the viewer a point is, level with the floor (what near and far limbs are told apart by)."""
        ca, sa, _, _ = self._trig
        return p[0] * sa + p[2] * ca

    @property
    def level(self) -> bool:
        """Whether the floor is seen edge-on (a line)."""
        return self.elevation < 10.0


# -- props --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Box:
    lo: Vec
    hi: Vec


@dataclass(frozen=True)
class Rod:
    a: Vec
    b: Vec
    r: float


@dataclass(frozen=True)
class Disc:
    centre: Vec
    r: float
    """A plate across z (a barbell's): seen from the side, a circle."""


Solid = Box | Rod | Disc

LEG = 0.02
"""Half the thickness of a bench's or a chair's legs, which stand on the floor."""
HELD_BEHIND = -1e9
"""Depth of what stands behind the figure (floor, mat, bench, wall): drawn first."""


def _span(values: Iterable[float], minimum: float, margin: float) -> tuple[float, float]:
    items = list(values)
    lo, hi = min(items) - margin, max(items) + margin
    if hi - lo < minimum:
        middle = (lo + hi) / 2
        lo, hi = middle - minimum / 2, middle + minimum / 2
    return lo, hi


def _resting_extent(staging: Staging, kind: str) -> tuple[list[float], list[float]]:
    xs: list[float] = []
    zs: list[float] = []
    for placed in staging.poses:
        for surface, part in placed.contacts:
            if surface != kind:
                continue
            for element in elements(placed.skeleton, part):
                for end, r in ((element.a, element.ra), (element.b, element.rb)):
                    xs.extend((end[0] - r, end[0] + r))
                    zs.append(end[2])
    return xs, zs


@lru_cache(maxsize=512)
def ground(staging: Staging) -> Box:
    """The patch of floor under a figure in every key pose: what a raised view shows as the floor."""
    xs: list[float] = []
    zs: list[float] = []
    for placed in staging.poses:
        for capsule in placed.skeleton.capsules:
            if capsule.lowest() < 0.45:
                xs.extend((capsule.a[0], capsule.b[0]))
                zs.extend((capsule.a[2], capsule.b[2]))
    x0, x1 = _span(xs or [0.0], 1.0, 0.25)
    z0, z1 = _span(zs or [0.0], 0.8, 0.25)
    return Box((x0, -0.02, z0), (x1, 0.0, z1))


@lru_cache(maxsize=512)
def environment(staging: Staging) -> tuple[Solid, ...]:
    """The props that stand still behind the figure: mat, bench, step, chair, wall, bar, roller, pillow."""
    solids: list[Solid] = []
    figure = staging.figure
    surfaces = staging.surfaces
    kinds = {kind for kind, _ in figure.props}
    if "mat" in kinds:
        xs: list[float] = []
        zs: list[float] = []
        for placed in staging.poses:
            for capsule in placed.skeleton.capsules:
                if capsule.lowest() < 0.45:
                    for end, r in ((capsule.a, capsule.ra), (capsule.b, capsule.rb)):
                        xs.extend((end[0] - r, end[0] + r))
                        zs.extend((end[2] - r, end[2] + r))
        x0, x1 = _span(xs or [0.0], 0.6, 0.1)
        z0, z1 = _span(zs or [0.0], 0.6, 0.1)
        solids.append(Box((x0, -0.03, z0), (x1, 0.0, z1)))
    for kind, surface in sorted(surfaces.items()):
        if kind == "floor":
            continue
        xs, zs = _resting_extent(staging, kind)
        if kind == "wall":
            thickness = 0.08 * surface.facing
            lo, hi = sorted((surface.level, surface.level + thickness))
            solids.append(Box((lo, 0.0, -1.0), (hi, 2.1, 1.0)))
        elif kind == "bar":
            point = surface.point
            assert point is not None
            solids.append(Rod((point[0], point[1], -0.6), (point[0], point[1], 0.6), 0.02))
            solids.append(Rod((point[0], point[1], -0.6), (point[0], point[1] + 0.35, -0.6), 0.025))
        elif kind == "roller" and xs:
            middle = (min(xs) + max(xs)) / 2
            r = surface.level / 2
            solids.append(Rod((middle, r, -0.45), (middle, r, 0.45), r))
        elif xs:
            _stand(solids, kind, surface, xs, zs)
    return tuple(solids)


def _stand(solids: list[Solid], kind: str, surface: Surface, xs: list[float], zs: list[float]) -> None:
    """A bench, step, chair or pillow under what rests on it."""
    top = surface.level
    minimum = {"bench": 0.7, "step": 0.4, "chair": 0.42, "pillow": 0.35}.get(kind, 0.4)
    x0, x1 = _span(xs, minimum, 0.04)
    z0, z1 = _span(zs or [0.0], 0.36, 0.1)
    if kind in ("step", "pillow"):
        solids.append(Box((x0, 0.0, z0), (x1, top, z1)))
        return
    solids.append(Box((x0, top - 0.05, z0), (x1, top, z1)))
    for x in (x0 + 0.04, x1 - 0.04):
        solids.append(Rod((x, LEG, 0.0), (x, top - 0.05, 0.0), LEG))
    if kind == "chair":
        back = x0 if (x0 + x1) / 2 >= 0 else x1
        solids.append(Rod((back, top, 0.0), (back, top + 0.45, 0.0), 0.025))


def held(skeleton: Skeleton, figure: Figure, staging: Staging) -> list[tuple[float, Solid]]:
    """Props in the hands, for this frame: (the hand's side sign, the solid)."""
    solids: list[tuple[float, Solid]] = []
    hands = {side: scale(add(skeleton.points[f"{side}_wrist"], skeleton.points[f"{side}_fingers"]), 0.5)
             for side in ("left", "right")}
    grip = scale(add(hands["left"], hands["right"]), 0.5)
    first = stage_grip(staging)
    for kind, hand in figure.props:
        sides = ("left", "right") if hand == "both" else (hand,)
        if kind in ("dumbbells", "dumbbell"):
            for side in sides:
                c = hands[side]
                solids.append((_sign(side), Rod((c[0], c[1], c[2] - 0.13), (c[0], c[1], c[2] + 0.13), 0.015)))
                for dz in (-0.11, 0.11):
                    solids.append((_sign(side), Rod((c[0], c[1], c[2] + dz - 0.03), (c[0], c[1], c[2] + dz + 0.03),
                                                    0.055)))
        elif kind == "barbell":
            solids.append((0.0, Rod((grip[0], grip[1], -0.75), (grip[0], grip[1], 0.75), 0.014)))
            for dz in (-0.6, 0.6):
                solids.append((dz, Disc((grip[0], grip[1], dz), 0.2)))
        elif kind == "kettlebell":
            down = sub(grip, scale(add(skeleton.points["left_elbow"], skeleton.points["right_elbow"]), 0.5))
            length = norm(down) or 1.0
            bell = add(grip, scale(down, 0.13 / length))
            solids.append((0.5, Rod(bell, bell, 0.09)))
            solids.append((0.5, Rod(grip, bell, 0.02)))
        elif kind == "band":
            solids.append((0.5, Rod(hands["left"], hands["right"], 0.012)))
        elif kind == "anchored_band":
            anchor = (first[0] + 0.85, first[1], 0.0)
            solids.append((0.5, Rod(grip, anchor, 0.012)))
            solids.append((HELD_BEHIND, Rod((anchor[0] + 0.03, 0.03, 0.0), (anchor[0] + 0.03, anchor[1] + 0.25, 0.0),
                                            0.03)))
        elif kind == "cable":
            top = (first[0], max(_grips(staging)) + 0.45, 0.0)
            solids.append((0.5, Rod((grip[0], grip[1], -0.45), (grip[0], grip[1], 0.45), 0.016)))
            solids.append((HELD_BEHIND, Rod(grip, top, 0.006)))
            solids.append((HELD_BEHIND, Rod(top, top, 0.05)))
    return solids


def _sign(side: str) -> float:
    return 1.0 if side == "right" else -1.0


def _grips(staging: Staging) -> list[float]:
    return [stage_grip_of(p.skeleton)[1] for p in staging.poses]


def stage_grip_of(skeleton: Skeleton) -> Vec:
    """Between the two hands: where a bar or a kettlebell is held."""
    points = [scale(add(skeleton.points[f"{s}_wrist"], skeleton.points[f"{s}_fingers"]), 0.5)
              for s in ("left", "right")]
    return scale(add(points[0], points[1]), 0.5)


def stage_grip(staging: Staging) -> Vec:
    return stage_grip_of(staging.poses[0].skeleton)


# -- drawing ------------------------------------------------------------------------------------------------

EYE = 0.06
"""How far in front of the head's centre its eye is drawn: the one mark of which way the figure faces."""
FAR_BEHIND = 0.05
"""A limb whose middle is this far (metres) behind the trunk's is drawn in the paler far colour."""
TWIN_NEARER = 0.02
"""Seen from above, a limb behind the trunk level-wise is drawn near only if it is this much (metres) nearer the
eye than its twin: two limbs lying side by side (arms on the floor overhead) stay alike."""
TORSO_EDGE = 0.06


def _solid_shapes(solid: Solid, camera: Camera) -> tuple[Shape, float]:
    project = camera.project
    if isinstance(solid, Rod):
        a, b = project(solid.a), project(solid.b)
        points = ((a[0], a[1]),) if solid.a == solid.b else ((a[0], a[1]), (b[0], b[1]))
        return Stroke(points, 2 * solid.r), (a[2] + b[2]) / 2
    if isinstance(solid, Disc):
        c = solid.centre
        ring = [project((c[0] + solid.r * math.cos(t), c[1] + solid.r * math.sin(t), c[2]))
                for t in (i * math.pi / 10 for i in range(20))]
        return Polygon(_hull([(p[0], p[1]) for p in ring])), sum(p[2] for p in ring) / len(ring)
    lo, hi = solid.lo, solid.hi
    corners = [project((x, y, z)) for x in (lo[0], hi[0]) for y in (lo[1], hi[1]) for z in (lo[2], hi[2])]
    return Polygon(_hull([(p[0], p[1]) for p in corners])), sum(p[2] for p in corners) / 8


def _hull(points: list[Point]) -> tuple[Point, ...]:
    """Convex hull (Andrew's monotone chain), counter-clockwise."""
    pts = sorted(set(points))
    if len(pts) <= 2:
        return tuple(pts)

    def cross(o: Point, a: Point, b: Point) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[Point] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 1e-12:
            lower.pop()
        lower.append(p)
    upper: list[Point] = []
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 1e-12:
            upper.pop()
        upper.append(p)
    return tuple(lower[:-1] + upper[:-1])


LIMB_CHAINS: tuple[tuple[str, tuple[tuple[tuple[str, ...], str], ...]], ...] = (
    ("arm", ((("shoulder", "elbow", "wrist", "fingers"), "upper_arm"),)),
    ("leg", ((("hip", "knee", "ankle"), "thigh"), (("ankle", "toes"), "foot"))),
)
"""Each limb as the rounded lines it is drawn with: (the joints it passes through, the segment whose thickness
it has)."""


def draw(skeleton: Skeleton, figure: Figure, staging: Staging, bounds: tuple[float, float, float, float]) -> Scene:
    """The scene for one frame: props behind, then limbs and trunk from far to near, then what is in front."""
    camera = Camera(*figure.view)
    project = camera.project
    flat: dict[str, tuple[float, float, float]] = {k: project(p) for k, p in skeleton.points.items()}

    def pt(name: str) -> Point:
        p = flat[name]
        return (p[0], p[1])

    groups: list[tuple[float, Layer]] = []  # (depth, layer): drawn far to near
    trunk_depth = flat["pelvis"][2] * 0.5 + flat["upper_back"][2] * 0.5
    across = camera.across
    trunk_across = (across(skeleton.points["pelvis"]) + across(skeleton.points["upper_back"])) / 2

    # The trunk: the spine as one rounded line, the neck; seen from the front also the shoulders, the hips
    # and a polygon between them.
    hull = (pt("left_shoulder"), pt("right_shoulder"), pt("right_hip"), pt("left_hip"))
    width = min(math.dist(hull[0], hull[1]), math.dist(hull[2], hull[3]))
    trunk: list[Shape] = [Polygon(hull, 2 * TORSO_EDGE)] if width > 0.05 else []
    for names, radius in (((("left_shoulder", "upper_back", "right_shoulder"),), RADII["clavicle"][0]),
                          ((("left_hip", "right_hip"),), RADII["pelvis"][0])):
        for chain in names:
            points = tuple(pt(n) for n in chain)
            if math.dist(points[0], points[-1]) > radius:  # edge-on they are inside the spine's outline
                trunk.append(Stroke(points, 2 * radius))
    trunk.append(Stroke(tuple(pt(n) for n in ("pelvis", "lower_back", "mid_back", "upper_back_end")),
                        2 * RADII["lower_back"][0]))
    trunk.append(Stroke((pt("upper_back"), pt("neck")), 2 * RADII["neck"][0]))
    # Nothing of the body is drawn under the trunk in its own colour (far limbs are paler), so it needs no
    # outline; near arms and the head, drawn over it in the same colour, have one.
    groups.append((trunk_depth, Layer("body", tuple(trunk))))
    head = flat["head"]
    groups.append((max(head[2], trunk_depth) + 1e-3,
                   Layer("body", (Dot((head[0], head[1]), RADII["head"][0]),), outline=True)))
    eye = project(add(skeleton.points["head"], scale(skeleton.facing, EYE)))
    if math.hypot(eye[0] - head[0], eye[1] - head[1]) > EYE * 0.6:  # seen from the side: which way it faces
        groups.append((max(head[2], trunk_depth) + 2e-3, Layer("eye", (Dot((eye[0], eye[1]), 0.02),))))

    limbs: dict[tuple[str, str], tuple[list[Shape], float, float]] = {}  # (side, limb): shapes, depth, across
    for side in ("left", "right"):
        for limb, chains in LIMB_CHAINS:
            shapes: list[Shape] = [Stroke(tuple(pt(f"{side}_{n}") for n in chain), 2 * RADII[segment][0])
                                   for chain, segment in chains]
            joints = [skeleton.points[f"{side}_{n}"] for chain, _ in chains for n in chain]
            limbs[side, limb] = (shapes, sum(project(j)[2] for j in joints) / len(joints),
                                 sum(across(j) for j in joints) / len(joints))
    for (side, limb), (shapes, depth, level_depth) in limbs.items():
        twin_depth = limbs["right" if side == "left" else "left", limb][1]
        # Behind the trunk (level with the floor), unless, seen from above, it is nearer the eye than the trunk
        # and than its twin: the upper leg of someone lying on their side, the one the move works, is behind
        # the trunk level-wise and yet the nearer leg. Seen level, the first test alone decides, as before.
        far = level_depth < trunk_across - FAR_BEHIND and (depth < trunk_depth - FAR_BEHIND
                                                            or depth < twin_depth + TWIN_NEARER)
        role = "far" if far else "body"
        # A near arm often crosses the chest: it gets an outline. A near leg meets the trunk only at the hip,
        # where an outline would cut a seam into it; a far limb is paler than what covers it.
        groups.append((depth, Layer(role, tuple(shapes), outline=role == "body" and limb == "arm")))

    behind: list[Layer] = []
    if not camera.level and not any(kind == "mat" for kind, _ in figure.props):
        behind.append(Layer("ground", (_solid_shapes(ground(staging), camera)[0],)))
    for solid in environment(staging):
        shape, _ = _solid_shapes(solid, camera)
        behind.append(Layer("mat" if isinstance(solid, Box) and solid.hi[1] == 0.0 else "prop", (shape,)))
    for sign, solid in held(skeleton, figure, staging):
        shape, depth = _solid_shapes(solid, camera)
        if sign == HELD_BEHIND:
            behind.append(Layer("prop", (shape,)))
        else:  # a plate is drawn as a ring over what it is in front of; rods (handles, bands) in front
            groups.append((depth + 0.02, Layer("plate" if isinstance(solid, Disc) else "prop", (shape,),
                                               outline=not isinstance(solid, Disc))))

    groups.sort(key=lambda g: g[0])
    drawn = [layer for _, layer in groups]
    # Seen square from the side, a symmetric pose puts each far limb exactly behind its near twin: it would be
    # drawn only to be covered (a third of the drawing of such a frame), so it is left out.
    drawn = [layer for i, layer in enumerate(drawn) if not (layer.role == "far" and _covered(layer, drawn[i + 1:]))]
    return Scene((*behind, *drawn), bounds, 0.0 if camera.level else None)


COVERED = 5e-4
"""How close (metres) a far limb's joints must be to a nearer limb's to count as hidden behind it: half a
millimetre, a fraction of a pixel on any screen."""


def _covered(layer: Layer, nearer: list[Layer]) -> bool:
    """Whether every shape of ``layer`` is drawn over by a shape of the same size in the same place nearer the
    viewer, without an outline between them that would let it show (the far colour is paler)."""
    return all(any(_covers(over, shape) for front in nearer for over in front.shapes) for shape in layer.shapes)


def _covers(over: Shape, shape: Shape) -> bool:
    if not (isinstance(over, Stroke) and isinstance(shape, Stroke)) or len(over.points) != len(shape.points):
        return False
    pairs = zip(over.points, shape.points, strict=True)
    return over.width >= shape.width and all(abs(a[0] - b[0]) <= COVERED and abs(a[1] - b[1]) <= COVERED
                                             for a, b in pairs)


def _points_of(skeleton: Skeleton) -> list[tuple[Vec, float]]:
    return [(c.a, c.ra) for c in skeleton.capsules] + [(c.b, c.rb) for c in skeleton.capsules]


@lru_cache(maxsize=512)
def figure_bounds(figure: Figure) -> tuple[float, float, float, float]:
    """What every key pose of a figure (and its mirror image) with its props needs on screen, with a margin;
    the same for every frame, so the figure never zooms while it moves."""
    xs: list[float] = []
    ys: list[float] = [0.0]
    for variant in (figure, figure.mirrored()):
        staging = stage(variant)
        camera = Camera(*variant.view)
        for placed in staging.poses:
            for point, r in _points_of(placed.skeleton):
                x, y, _ = camera.project(point)
                xs.extend((x - r, x + r))
                ys.extend((y - r, y + r))
            for _, solid in held(placed.skeleton, variant, staging):
                shape, _ = _solid_shapes(solid, camera)
                _extend(shape, xs, ys)
        for solid in environment(staging):
            shape, _ = _solid_shapes(solid, camera)
            _extend(shape, xs, ys)
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    margin = 0.06 * max(x1 - x0, y1 - y0)
    return (x0 - margin, y0 - margin, x1 + margin, y1 + margin)


def _extend(shape: Shape, xs: list[float], ys: list[float]) -> None:
    if isinstance(shape, Stroke):
        for x, y in shape.points:
            xs.extend((x - shape.width / 2, x + shape.width / 2))
            ys.extend((y - shape.width / 2, y + shape.width / 2))
    elif isinstance(shape, Dot):
        xs.extend((shape.centre[0] - shape.r, shape.centre[0] + shape.r))
        ys.extend((shape.centre[1] - shape.r, shape.centre[1] + shape.r))
    else:
        for x, y in shape.points:
            xs.append(x)
            ys.append(y)
