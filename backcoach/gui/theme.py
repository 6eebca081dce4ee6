"""Colours and type sizes for reading the screen from a mat two metres away.

Each step kind has its own strong background with white text, so the state reads from across the room in
light and dark system themes alike (contrast of white on each colour is at least 4.5:1).
"""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from ..core.engine import State
from ..core.timeline import StepKind

Backdrop = StepKind | State
"""What the session screen's colour shows: the step's kind while it runs, else the session's state."""

STEP_COLOURS: dict[Backdrop, str] = {
    StepKind.PREPARE: "#9a3412",  # orange-800: get ready
    StepKind.WORK: "#166534",  # green-800: work
    StepKind.REST: "#1e40af",  # blue-800: rest
    StepKind.SWITCH: "#6b21a8",  # purple-800: switch sides
    State.PAUSED: "#374151",  # grey-700
    State.READY: "#374151",
    State.FINISHED: "#115e59",  # teal-800
    State.STOPPED: "#374151",
}
TEXT_COLOUR = "#ffffff"


def backdrop(state: State, kind: StepKind) -> Backdrop:
    """Running: the step's colour; ready, paused or over: the state's."""
    return kind if state is State.RUNNING else state


def backdrop_rules(object_name: str) -> str:
    """Style-sheet rules giving the widget named ``object_name`` the colour its ``colour`` property names (one
    static sheet: a screen changes colour by changing the property, see :func:`show_backdrop`)."""
    return "".join(f'#{object_name}[colour="{key}"] {{ background: {colour}; }}'
                   for key, colour in STEP_COLOURS.items())


def show_backdrop(widget: QWidget, key: Backdrop) -> None:
    """Give ``widget`` the colour of ``key``. Only this widget is re-polished, and only when the colour changes
    (setting a new style sheet would re-polish every label and button, a visible hitch at each step change)."""
    if widget.property("colour") == str(key):
        return
    widget.setProperty("colour", str(key))
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


def background(key: Backdrop) -> QColor:
    return QColor(STEP_COLOURS[key])


def contrast_ratio(foreground: QColor, back: QColor) -> float:
    """WCAG contrast ratio between two colours (tests check every step colour against white)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())

    lighter, darker = sorted((luminance(foreground), luminance(back)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
