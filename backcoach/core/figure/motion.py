"""Key poses in time: what the figure shows at a moment of a session.

Everything is a function of the session's own time (the engine's seconds into the current step), never of
a timer of its own, so the figure cannot drift from the count and stops when the session pauses:

* **counted reps** go through the key poses once per rep (start → … → last → start), so the figure is back
  in the starting position on every counted beat, where the coach counts the next rep; a rep with a hold
  stays that long in the held pose; self-paced reps loop at the step's rep time;
* **holds** move into the held pose, breathe slowly, and come back at the end; a move that keeps going
  during a hold (a walk) cycles at its own pace;
* **sides**: work on one side shows that side (a mirror image of the poses as written when needed), and a
  move whose reps alternate mirrors every other rep;
* **get ready**, **switch** and **rest** show the starting position of what comes next, breathing.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from ..timeline import FIRST_SIDE, Step, StepKind
from .body import IDENTITY, Angles, Mat, Skeleton, Vec, add, pose_skeleton, rotation_about, scale, sub
from .model import Figure
from .placing import (
    Placed,
    Staging,
    Surface,
    contact_point,
    end_point,
    flatten,
    limb_ends,
    rested_before,
    set_ends,
    stage,
)

BREATH_SECONDS = 5.0
"""One slow breath: in and out."""
BREATH_DEGREES = 3.0
ENTER_SECONDS = 1.5
"""How long a hold takes to move into its pose, and out of it at the end (at most a fifth of the hold)."""


@dataclass(frozen=True)
class Frame:
    """What to draw: a figure (already on the side shown) between two of its key poses, and a breath."""

    figure: Figure
    start: int
    end: int
    t: float
    """0 at ``start``, 1 at ``end``."""
    breath: float = 0.0
    """-1 to 1: how far into a breath (0 while moving)."""

    @property
    def pose(self) -> int:
        """The key pose this frame is at or moving towards (what the description names)."""
        return self.end if self.t >= 0.5 else self.start


# -- timing within a rep ------------------------------------------------------------------------------------

Segment = tuple[int, int, float]
"""(from pose, to pose, seconds); from == to is a stay."""


@lru_cache(maxsize=256)  # the same for every rep of a set: worked out once (callers do not change it)
def rep_segments(figure: Figure, move_seconds: float, hold_seconds: float = 0.0) -> list[Segment]:
    """One rep: start → each key pose in turn → back to the start, the moves sharing ``move_seconds`` by their
    weights; ``hold_seconds`` more are spent in the held pose."""
    poses = figure.poses
    n = len(poses)
    if n == 1:
        return [(0, 0, move_seconds + hold_seconds)]
    path = [*range(n), 0]
    held = figure.held_pose if figure.held_pose is not None else n - 1
    pieces: list[tuple[int, int, float]] = [(0, 0, poses[0].stay)]
    for a, b in pairwise(path):
        pieces.append((a, b, poses[b].move))
        if b != 0:
            pieces.append((b, b, poses[b].stay))
    total = sum(w for _, _, w in pieces) or 1.0
    segments = [(a, b, w * move_seconds / total) for a, b, w in pieces]
    for i, (a, b, seconds) in enumerate(segments):
        if a == b == held:
            segments[i] = (a, b, seconds + hold_seconds)
            break
    return segments


def hold_segments(figure: Figure, seconds: float) -> list[Segment]:
    """A timed hold: into the held pose (through the poses before it), stay, and back out at the end."""
    held = figure.held_pose
    assert held is not None
    if held == 0:
        return [(0, 0, seconds)]
    enter = min(ENTER_SECONDS, seconds / 5)
    steps = list(pairwise(range(held + 1)))
    total = sum(figure.poses[b].move for _, b in steps) or 1.0
    into = [(a, b, enter * figure.poses[b].move / total) for a, b in steps]
    back = [(b, a, length) for a, b, length in reversed(into)]
    return [*into, (held, held, seconds - 2 * enter), *back]


def at(segments: Sequence[Segment], seconds: float) -> tuple[int, int, float, float, float]:
    """Where ``seconds`` falls: (from, to, fraction, seconds into the segment, seconds left in it)."""
    elapsed = 0.0
    for a, b, length in segments:
        if seconds < elapsed + length or (a, b, length) == segments[-1]:
            into = min(max(0.0, seconds - elapsed), length)
            return a, b, (into / length if length > 0 else 1.0), into, length - into
        elapsed += length
    a, b, _ = segments[-1]
    return a, b, 1.0, 0.0, 0.0


def breath_at(seconds: float, into: float = math.inf, left: float = math.inf) -> float:
    """A slow breath, faded in and out over a second at the edges of a stay, so nothing jumps."""
    fade = min(1.0, into, left)
    return math.sin(2 * math.pi * seconds / BREATH_SECONDS) * max(0.0, fade)


def frame_at(figure: Figure, segments: Sequence[Segment], seconds: float, clock: float) -> Frame:
    """The frame ``seconds`` into a run of ``segments``; ``clock`` paces the breath."""
    a, b, t, into, left = at(segments, seconds)
    breath = breath_at(clock, into, left) if a == b else 0.0
    return Frame(figure, a, b, t, breath)


_OTHER = {"left": "right", "right": "left"}

# -- a session's moment -------------------------------------------------------------------------------------

FigureFor = Callable[[Step], Figure | None]


def step_frame(steps: Sequence[Step], index: int, elapsed: float, figure_for: FigureFor) -> Frame | None:
    """The frame for ``elapsed`` seconds into step ``index`` (``None`` when there is nothing to show)."""
    if not 0 <= index < len(steps):
        return None
    step = steps[index]
    if step.kind is StepKind.REST:
        following = next((s for s in steps[index + 1:] if s.kind is StepKind.WORK), None)
        if following is None:
            return None
        return starting_frame(following, elapsed, figure_for)
    if step.kind is not StepKind.WORK:
        return starting_frame(step, elapsed, figure_for)
    written = figure_for(step)
    if written is None:
        return None
    turns = alternates(step, written)
    if step.reps is not None:
        # an alternating set's count is per side: each rep is done on the starting side, then the other
        per_turn = step.reps * (2 if step.alternating else 1)
        rep_length = step.duration / per_turn if step.duration is not None else float(step.rep_time)
        rep = math.floor(elapsed / rep_length + 1e-9)
        into = elapsed - rep * rep_length
        figure = turn_figure(step, written, rep) if turns else written.on_side(opening_side(step))
        hold = float(step.hold or 0) if step.duration is not None else 0.0
        hold = min(hold, rep_length)
        return frame_at(figure, rep_segments(figure, rep_length - hold, hold), into, elapsed)
    duration = float(step.duration if step.duration is not None else step.planned)
    if written.held_pose is None:  # keeps moving: a cycle at the figure's own pace
        cycle = written.cycle
        turn = math.floor(elapsed / cycle + 1e-9)
        figure = turn_figure(step, written, turn) if turns else written.on_side(opening_side(step))
        return frame_at(figure, rep_segments(figure, cycle), elapsed - turn * cycle, elapsed)
    if step.alternating:  # a hold on each side: the starting side's, then the other's
        half = duration / 2
        turn = 0 if elapsed < half else 1
        figure = turn_figure(step, written, turn)
        return frame_at(figure, hold_segments(figure, half), elapsed - turn * half, elapsed)
    figure = written.on_side(opening_side(step))
    return frame_at(figure, hold_segments(figure, duration), elapsed, elapsed)


def alternates(step: Step, figure: Figure) -> bool:
    """Whether the step's reps (or cycles) take the sides in turn: a move whose sides alternate (``sides:
    alternating``, from the routine or the exercise library), or a move that works both sides at once whose
    figure alternates as it goes (marching on the spot). A step on one side never does."""
    if step.alternating:
        return True
    return step.side is None and step.sides is None and figure.alternate


def opening_side(step: Step) -> str | None:
    """The side a step's work starts on: its own, or for a move whose sides alternate the one its get-ready
    names (:data:`FIRST_SIDE`); ``None`` for a move that works both sides at once."""
    if step.side is not None:
        return step.side.value
    return FIRST_SIDE.value if step.alternating else None


def turn_figure(step: Step, written: Figure, turn: int) -> Figure:
    """The figure for the ``turn``-th rep (or cycle) of a step whose sides take turns: the opening side first."""
    if step.alternating:
        first = FIRST_SIDE.value
        return written.on_side(first if turn % 2 == 0 else _OTHER[first])
    return written.mirrored() if turn % 2 == 1 else written


def starting_frame(step: Step, elapsed: float, figure_for: FigureFor) -> Frame | None:
    """The starting position of ``step``'s exercise on the side it starts with, breathing."""
    written = figure_for(step)
    if written is None:
        return None
    figure = written.on_side(opening_side(step))
    return Frame(figure, 0, 0, 0.0, breath_at(elapsed, elapsed + 1.0))


# -- the skeleton of a frame --------------------------------------------------------------------------------


def smooth(t: float) -> float:
    """Ease in and out: moves start and end gently, as people move."""
    return t * t * (3.0 - 2.0 * t)


def rotation_vector(m: Mat) -> Vec:
    """Axis × angle (degrees) of a rotation: rotations are interpolated through these."""
    cosine = max(-1.0, min(1.0, (m[0] + m[4] + m[8] - 1.0) / 2.0))
    angle = math.acos(cosine)
    if angle < 1e-9:
        return (0.0, 0.0, 0.0)
    k = math.degrees(angle) / (2.0 * math.sin(angle))
    return ((m[7] - m[5]) * k, (m[2] - m[6]) * k, (m[3] - m[1]) * k)


def rotation_from(vector: Vec) -> Mat:
    degrees = math.sqrt(vector[0] ** 2 + vector[1] ** 2 + vector[2] ** 2)
    if degrees < 1e-9:
        return IDENTITY
    return rotation_about(scale(vector, 1.0 / degrees), degrees)


def _breathing(angles: Angles, breath: float) -> Angles:
    if breath == 0.0:
        return angles
    lift = BREATH_DEGREES * breath
    return angles.with_values({
        "upper_back.bend": angles.get("upper_back", "bend") - lift,
        "left_shoulder_blade.shrug": angles.get("left_shoulder_blade", "shrug") + lift,
        "right_shoulder_blade.shrug": angles.get("right_shoulder_blade", "shrug") + lift,
    })


def frame_skeleton(frame: Frame) -> tuple[Skeleton, Staging]:
    """The placed skeleton of a frame: angles and placement interpolated between its two key poses.

    A part resting in both poses stays put (the first one anchors the body, planted hands and feet are
    reached for); a hand or foot that rests in only one of them lifts off or sets down gradually; the
    frame at either end is exactly that key pose; nothing goes below the floor."""
    figure = frame.figure
    staging = stage(figure)
    a, b = staging.poses[frame.start], staging.poses[frame.end]
    if frame.breath == 0.0 and (frame.t <= 0.0 or frame.start == frame.end):
        return a.skeleton, staging
    if frame.breath == 0.0 and frame.t >= 1.0:
        return b.skeleton, staging
    ka, kb = figure.poses[frame.start], figure.poses[frame.end]
    s = smooth(frame.t) if frame.start != frame.end else 0.0
    angles = _breathing(ka.angles.towards(kb.angles, s) if frame.start != frame.end else ka.angles, frame.breath)
    ra, rb = rotation_vector(a.rotation), rotation_vector(b.rotation)
    rotation = rotation_from(add(ra, scale(sub(rb, ra), s)))
    free = pose_skeleton(angles).moved(rotation, (0.0, 0.0, 0.0), (0.0, 0.0, 0.0))
    surfaces = staging.surfaces
    kept = tuple(c for c in kb.contacts if c[0] in surfaces and rested_before(a, c))
    anchor = next((c for c in kept if c[0] != "wall"), None)
    if anchor is not None:
        surface = surfaces[anchor[0]]
        pa = contact_point(a.skeleton, surface, anchor[1])
        pb = contact_point(b.skeleton, surface, anchor[1])
        target = add(pa, scale(sub(pb, pa), s))
        point = contact_point(flatten(free, kept, surfaces), surface, anchor[1])
        offset = sub(target, point)
        if surface.kind != "bar":
            offset = (offset[0], surface.level - point[1], offset[2])
    else:
        pa, pb = a.skeleton.points["pelvis"], b.skeleton.points["pelvis"]
        offset = sub(add(pa, scale(sub(pb, pa), s)), free.points["pelvis"])
    skeleton = free.moved(IDENTITY, (0.0, 0.0, 0.0), offset)
    # Hands and feet: those resting in both poses stay where they rest; one resting only in the pose left
    # behind lifts off, one resting only in the pose ahead sets down, each as far as the move has gone.
    targets: dict[str, Vec] = {}
    weights: dict[tuple[str, str], float] = {}
    anchored = set(limb_ends(anchor[1])) if anchor is not None and anchor[0] != "bar" else set()
    ends_a = _resting_ends(a, surfaces)
    ends_b = _resting_ends(b, surfaces)
    # In a fixed order (a set's changes with the hash seed, from run to run): toes before the heel or the whole
    # foot of the same leg, so that the ankle, reached last, rests where it should.
    for end in sorted({*ends_a, *ends_b} - anchored, reverse=True):
        here = end_point(skeleton, end)
        start = end_point(a.skeleton, end) if end in ends_a else here
        finish = end_point(b.skeleton, end) if end in ends_b else here
        targets[end] = add(start, scale(sub(finish, start), s))
    for contact in ka.contacts:
        weights[contact] = 1.0 if contact in kb.contacts else 1.0 - s
    for contact in kb.contacts:
        weights.setdefault(contact, s)
    contacts = tuple(dict.fromkeys((*ka.contacts, *kb.contacts)))
    skeleton = set_ends(skeleton, targets, contacts, surfaces, weights)
    low = skeleton.lowest()
    if low < 0.0:
        skeleton = skeleton.moved(IDENTITY, (0.0, 0.0, 0.0), (0.0, -low, 0.0))
    return skeleton, staging


def _resting_ends(placed: Placed, surfaces: dict[str, Surface]) -> set[str]:
    """The hands and feet that rest on something (but a bar, which they hold) in a placed pose."""
    return {end for kind, part in placed.contacts if kind in surfaces and kind != "bar" for end in limb_ends(part)}
