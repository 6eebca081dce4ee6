"""What a pose shows, in words: its position class (standing, kneeling, lying on the back …) and the
accessible description a screen reader says ("Bird dog: on hands and knees, right arm and left leg reaching
out"). The class comes from the placed pose itself (what rests on what, which way the chest faces), so it
cannot disagree with the picture.
"""

from __future__ import annotations

from functools import lru_cache

from .body import Skeleton
from .model import Figure
from .motion import Frame
from .placing import stage

STANDING = "standing"
KNEELING = "kneeling"
ON_THE_BACK = "lying on the back"
FACE_DOWN = "lying face down"
ON_THE_SIDE = "lying on the side"
SEATED = "seated"
HANGING = "hanging"
POSITIONS = (STANDING, KNEELING, ON_THE_BACK, FACE_DOWN, ON_THE_SIDE, SEATED, HANGING)
"""The position classes, as the exercise library names where a move starts."""

_FEET = {"feet", "left_foot", "right_foot", "toes", "left_toes", "right_toes", "heels", "left_heel", "right_heel"}
_KNEES = {"knees", "left_knee", "right_knee", "shins", "left_shin", "right_shin"}
_HANDS = {"hands", "left_hand", "right_hand", "forearms", "left_forearm", "right_forearm", "elbows", "left_elbow",
          "right_elbow"}
_TRUNK = {"back", "front", "chest", "stomach", "shoulders", "upper_back", "mid_back", "lower_back", "left_side",
          "right_side", "left_hip", "right_hip", "hips", "head"}
_SEATS = {"floor", "bench", "chair", "step", "pillow", "roller"}


def position_class(skeleton: Skeleton, contacts: tuple[tuple[str, str], ...]) -> str:
    """Where a placed pose is: one of :data:`POSITIONS`."""
    resting = {part for surface, part in contacts if surface != "wall"}
    on_floor = {part for surface, part in contacts if surface == "floor"}
    upright = skeleton.up[1] > 0.5
    if not on_floor and any(surface == "bar" for surface, _ in contacts):
        return HANGING
    if upright and "pelvis" in resting and any(s in _SEATS for s, p in contacts if p == "pelvis"):
        return SEATED
    if on_floor & _KNEES and "pelvis" not in resting and not resting & (_TRUNK - {"head"}):
        return KNEELING  # on hands and knees, half kneeling, child's pose (the head may rest too)
    if resting & _TRUNK or ("pelvis" in resting and not upright):
        return _lying(skeleton)
    if on_floor & _HANDS and not upright:
        return _lying(skeleton)  # a plank: face down (or on the side), held up on hands or forearms
    return STANDING


def _lying(skeleton: Skeleton) -> str:
    chest = skeleton.chest[1]
    if chest > 0.5:
        return ON_THE_BACK
    if chest < -0.5:
        return FACE_DOWN
    return ON_THE_SIDE


def position_phrase(skeleton: Skeleton, contacts: tuple[tuple[str, str], ...]) -> str:
    """How the description says where the figure is ("on hands and knees", "in a plank")."""
    position = position_class(skeleton, contacts)
    parts = {part for surface, part in contacts if surface == "floor"}
    props = {surface for surface, _ in contacts} - {"floor", "wall"}
    if position == KNEELING and parts & _HANDS:
        return "on hands and knees"
    if position == FACE_DOWN and not parts & (_TRUNK | {"pelvis"}):
        return "in a plank"
    if position == ON_THE_SIDE and not parts & (_TRUNK | {"pelvis"}):
        return "in a side plank"
    if position == SEATED:
        return "sitting on a chair" if "chair" in props else "sitting on a bench" if "bench" in props else "sitting"
    if position == HANGING:
        return "hanging from a bar"
    if position == ON_THE_BACK and props & {"bench", "roller"}:
        return f"lying on the back on a {'bench' if 'bench' in props else 'foam roller'}"
    return position


def start_position(figure: Figure) -> str:
    """The position class of a figure's starting pose."""
    placed = stage(figure).poses[0]
    return position_class(placed.skeleton, placed.contacts)


@lru_cache(maxsize=1024)
def describe_pose(figure: Figure, index: int, name: str = "") -> str:
    """``Bird dog: on hands and knees, right arm and left leg reaching out`` for a key pose."""
    placed = stage(figure).poses[index]
    words = [position_phrase(placed.skeleton, placed.contacts)]
    says = figure.poses[index].says
    if says and says != words[0]:
        words.append(says)
    text = ", ".join(words)
    return f"{name or figure.name}: {text}"


def describe_frame(frame: Frame, name: str = "") -> str:
    return describe_pose(frame.figure, frame.pose, name)
