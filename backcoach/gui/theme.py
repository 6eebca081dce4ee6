"""Colours and type sizes for reading the screen from a mat two metres away.

Each step kind has its own strong background with white text, so the state reads from across the room in
light and dark system themes alike (contrast of white on each colour is at least 4.5:1).
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from ..core.timeline import StepKind

STEP_COLOURS: dict[str, str] = {
    StepKind.PREPARE.value: "#9a3412",  # orange-800: get ready
    StepKind.WORK.value: "#166534",  # green-800: work
    StepKind.REST.value: "#1e40af",  # blue-800: rest
    StepKind.SWITCH.value: "#6b21a8",  # purple-800: switch sides
    "paused": "#374151",  # grey-700
    "ready": "#374151",
    "finished": "#115e59",  # teal-800
    "stopped": "#374151",
}
TEXT_COLOUR = "#ffffff"


def background(state: str) -> QColor:
    return QColor(STEP_COLOURS.get(state, STEP_COLOURS["ready"]))


def contrast_ratio(foreground: QColor, back: QColor) -> float:
    """WCAG contrast ratio between two colours (tests check every step colour against white)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())

    lighter, darker = sorted((luminance(foreground), luminance(back)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
