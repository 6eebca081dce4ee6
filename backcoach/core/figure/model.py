"""A resolved figure: key poses with every angle set, ready to place and animate.

:mod:`.spec` keeps what was written; :mod:`.book` resolves it (``like:``, shared positions, plural keys)
into these plain values, which are hashable so that their placement and drawing bounds are worked out once.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..problems import Position
from .body import Angles

DEFAULT_CYCLE = 3.0
"""Seconds per cycle of a move that keeps moving during a hold (a walk), unless the figure says."""
DEFAULT_LIFT = 0.1
"""How far above the floor a pose with nothing resting on the floor floats (a jump, a hang)."""


def swap_side_words(text: str) -> str:
    """``right arm and left leg`` → ``left arm and right leg`` (the words a mirrored pose needs)."""
    out: list[str] = []
    for word in text.split(" "):
        core = word.rstrip(",.;:")
        tail = word[len(core):]
        swapped = {"left": "right", "right": "left", "Left": "Right", "Right": "Left"}.get(core, core)
        out.append(swapped + tail)
    return " ".join(out)


def swap_side_name(name: str) -> str:
    """``left_hand`` ↔ ``right_hand``; names without a side are unchanged."""
    for side, other in (("left_", "right_"), ("right_", "left_")):
        if name.startswith(side):
            return other + name.removeprefix(side)
    return name


@dataclass(frozen=True)
class KeyPose:
    """One key pose: every angle, what rests on what, and how it is reached in a rep."""

    angles: Angles
    contacts: tuple[tuple[str, str], ...] = ()
    """(surface, part) pairs: ``("floor", "hands")``."""
    says: str = ""
    shift: float = 0.0
    """Metres the resting part moves forwards from where it was in the pose before (a step, a jump)."""
    lift: float = DEFAULT_LIFT
    move: float = 1.0
    """Relative time to move into this pose within a rep."""
    stay: float = 0.0
    """Relative time to stay in it before moving on."""
    at: Position = field(default=Position(), compare=False)

    def mirrored(self) -> KeyPose:
        return replace(
            self,
            angles=self.angles.mirrored(),
            contacts=tuple((surface, swap_side_name(part)) for surface, part in self.contacts),
            says=swap_side_words(self.says),
        )


@dataclass(frozen=True)
class Figure:
    """A move's figure: its key poses (the first is the starting position) and how it is shown."""

    name: str
    poses: tuple[KeyPose, ...]
    view: tuple[float, float] = (0.0, 0.0)
    """(azimuth, elevation) in degrees."""
    side: str = "right"
    """The side the poses show working; the other side is drawn mirrored."""
    alternate: bool = False
    """Reps alternate sides (each even rep is mirrored): in a session for a move done on both sides at once
    (a one-sided move follows its step's ``sides``: :func:`~.motion.alternates`), in a preview for any move."""
    hold: int | None = -1
    """Index of the pose a timed hold shows (-1: the last), or ``None`` to keep moving during holds."""
    cycle: float = DEFAULT_CYCLE
    props: tuple[tuple[str, str], ...] = ()
    """Held props and the hand (``right``, ``left`` or ``both``) they are in: ``("dumbbell", "right")``."""
    mirror: bool = False
    """Whether this is the mirror image of the figure as written."""
    file: str = field(default="", compare=False)

    def __hash__(self) -> int:
        """Hashed once: a figure is a cache key every frame (its placing, bounds, mirror image)."""
        cached: int | None = self.__dict__.get("_hash")
        if cached is None:
            cached = hash((self.name, self.poses, self.view, self.side, self.alternate, self.hold, self.cycle,
                           self.props, self.mirror))
            object.__setattr__(self, "_hash", cached)
        return cached

    @property
    def held_pose(self) -> int | None:
        if self.hold is None:
            return None
        return self.hold % len(self.poses)

    def mirrored(self) -> Figure:
        """The same move worked on the other side."""
        return _mirrored(self)

    def _mirror(self) -> Figure:
        props = tuple((kind, {"left": "right", "right": "left"}.get(hand, hand)) for kind, hand in self.props)
        return replace(
            self,
            poses=tuple(p.mirrored() for p in self.poses),
            side="left" if self.side == "right" else "right",
            props=props,
            mirror=not self.mirror,
        )

    def on_side(self, side: str | None) -> Figure:
        """The figure for work on ``side`` (``left``, ``right``; ``None``: as written)."""
        return self.mirrored() if side is not None and side != self.side else self


@lru_cache(maxsize=512)
def _mirrored(figure: Figure) -> Figure:
    return figure._mirror()
