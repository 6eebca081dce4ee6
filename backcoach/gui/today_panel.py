"""The "today" panel above the routine library: today's session of the programme followed (or the rest day and
what is next), what was done last and when, a warning when today's session comes too soon for the same
muscles, and one key to start it (Ctrl+Enter).

It shows a :class:`TodayText` made by the programme screen (``gui/programme_screen.py``) and says what is asked
of it through signals: no programme logic here.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QMenu, QPushButton, QSizePolicy, QToolButton

WARNING_COLOUR = "#92400e"  # amber-800: white on it is 7:1, readable in light and dark themes


@dataclass(frozen=True)
class TodayText:
    """What the panel says, worked out by the programme screen."""

    heading: str
    """``Today · 7-Day Preventive Back Plan (every day)``."""
    main: str
    """Today's session, ``Rest day``, ``Paused``, or an invitation to follow a programme."""
    detail: str = ""
    last: str = ""
    """``Last: …, yesterday at 18:05``."""
    warning: str = ""
    """The recovery warning (empty: none)."""
    start: str = ""
    """The start button's text (empty: no button)."""
    following: bool = False


class TodayPanel(QFrame):
    startRequested = Signal()
    ruleRequested = Signal()  # "Why?": the recovery rule and its source

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("TodayPanel")
        self.setAccessibleName("Today")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = TodayText("Today", "")
        self.heading = QLabel()
        self.heading.setObjectName("todayHeading")
        self.heading.setAccessibleDescription("Programme")  # a label's name is what it shows (issue 17)
        self.main = QLabel()
        self.main.setObjectName("todayMain")
        self.main.setAccessibleDescription("Today's session")
        self.main.setWordWrap(True)
        self.main.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel()
        self.detail.setObjectName("todayDetail")
        self.detail.setAccessibleDescription("About today's session")
        self.detail.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("todayWarning")
        self.warning.setAccessibleDescription("Recovery warning")
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.RichText)
        self.warning.linkActivated.connect(lambda _link: self.ruleRequested.emit())
        self.last = QLabel()
        self.last.setObjectName("todayLast")
        self.last.setAccessibleDescription("Last session")
        self.last.setWordWrap(True)
        self.heading.setWordWrap(True)  # a long title with its schedule wraps rather than slipping under the menu
        for label in (self.heading, self.detail, self.last, self.warning):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.main.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.start_button = QPushButton()
        self.start_button.setToolTip("Open today's session, ready to start (Ctrl+Enter)")
        self.start_button.clicked.connect(lambda _checked=False: self.startRequested.emit())
        self.menu_button = QToolButton()
        self.menu_button.setText("Programme")
        self.menu_button.setAccessibleName("Programme menu")
        self.menu_button.setToolTip("Choose, pause, restart, leave, edit or export the programme")
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.menu_button)
        self.menu_button.setMenu(self.menu)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.menu_button)
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 6, 10, 8)
        grid.setVerticalSpacing(2)
        grid.addLayout(top, 0, 0, 1, 2)
        grid.addWidget(self.main, 1, 0, 1, 2)
        grid.addWidget(self.detail, 2, 0, 1, 2)
        grid.addWidget(self.warning, 3, 0, 1, 2)
        grid.addWidget(self.last, 4, 0, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.start_button, 4, 1, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(0, 1)
        self.setStyleSheet(
            "#TodayPanel { background: palette(alternate-base); border: 1px solid palette(mid); border-radius: 6px; }"
            "#TodayPanel QLabel#todayHeading { color: palette(placeholder-text); font-weight: bold; }"
            "#TodayPanel QLabel#todayDetail, #TodayPanel QLabel#todayLast { color: palette(placeholder-text); }"
            f"#TodayPanel QLabel#todayWarning {{ background: {WARNING_COLOUR}; color: white; padding: 4px 6px;"
            " border-radius: 4px; }")
        font = QFont(self.main.font())
        font.setPointSizeF((font.pointSizeF() if font.pointSizeF() > 0 else 10.0) * 1.3)
        font.setBold(True)
        self.main.setFont(font)
        self.show_text(self.text)

    def set_actions(self, actions: list[QAction | None]) -> None:
        """The programme's actions in the panel's menu (``None``: a separator)."""
        self.menu.clear()
        for action in actions:
            if action is None:
                self.menu.addSeparator()
            else:
                self.menu.addAction(action)

    def show_text(self, text: TodayText) -> None:
        self.text = text
        self.heading.setText(text.heading)
        self.main.setText(text.main)
        for label, value in ((self.detail, text.detail), (self.last, text.last)):
            label.setText(value)
            label.setVisible(bool(value))
        self.warning.setText(f"⚠ {_escape(text.warning)} <a href='rule' style='color: white'>Why?</a>"
                             if text.warning else "")
        self.warning.setVisible(bool(text.warning))
        self.start_button.setText(f"{text.start} (Ctrl+Enter)" if text.start else "")
        self.start_button.setVisible(bool(text.start))


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
