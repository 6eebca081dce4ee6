"""Where each move starts, as the figure's position classes: the exercise library's ``position`` (issue 14's
:class:`~backcoach.core.model.BodyPosition`) says where a move starts, and its figure's first pose must show
that. A figure tells a chair from the floor and a bench from the mat by its props, not by its position class."""

from backcoach.core.figure.describe import (
    FACE_DOWN,
    HANGING,
    KNEELING,
    ON_THE_BACK,
    ON_THE_SIDE,
    SEATED,
    STANDING,
)
from backcoach.core.model import BodyPosition

POSITION_CLASSES: dict[BodyPosition, str] = {
    BodyPosition.STANDING: STANDING,
    BodyPosition.HANGING: HANGING,
    BodyPosition.CHAIR: SEATED,
    BodyPosition.BENCH: ON_THE_BACK,
    BodyPosition.KNEELING: KNEELING,
    BodyPosition.SEATED: SEATED,
    BodyPosition.BACK: ON_THE_BACK,
    BodyPosition.FRONT: FACE_DOWN,
    BodyPosition.SIDE: ON_THE_SIDE,
}
