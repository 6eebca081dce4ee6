"""The "today" panel above the routine library: today's session of the programme followed (or the rest day and
what is next), what was done last and when, a warning when today's session comes too soon for the same
muscles, and one key to start it (Ctrl+Enter).

It shows a :class:`TodayText` made by the programme screen (``gui/programme_screen.py``) and says what is asked
of it through signals: no programme logic here.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QMenu, QPushButton, QSizePolicy, QToolButton

COMPACT_WIDTH = 560
COMPACT_WINDOW_HEIGHT = 700
"""Below both (a narrow library in a short window) the panel is one line: today's session, Start and the menu."""
COMPACT_WARNING = "Too soon for the same muscles."
COMPACT_BUTTONS = {"Start today's session": "Start", "Choose a programme…": "Choose…"}
"""What the button says on one line (the whole words stay its accessible name): beside
it, "No programme yet" must not wrap onto a second line at 800x600 with the editor open."""
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
        self.main.setMinimumWidth(120)  # beside the buttons in a narrow panel: words whole, wrapped
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

        grid = self._grid = QGridLayout(self)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.heading, 0, 0, 1, 3)
        # today's session, its button and the menu on one row: with the heading, the detail and the last session
        # left out (see compact), the panel is one line, and the list below it keeps its room at 800x600 with the
        # editor open
        grid.addWidget(self.main, 1, 0, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.start_button, 1, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.menu_button, 1, 2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.detail, 2, 0, 1, 3)
        grid.addWidget(self.warning, 3, 0, 1, 3)
        grid.addWidget(self.last, 4, 0, 1, 3)
        self.compact = False
        grid.setColumnStretch(0, 1)
        self._set_margins()
        self.setStyleSheet(
            "#TodayPanel { background: palette(alternate-base); border: 1px solid palette(mid); border-radius: 6px; }"
            "#TodayPanel QLabel#todayHeading { color: palette(placeholder-text); font-weight: bold; }"
            "#TodayPanel QLabel#todayDetail, #TodayPanel QLabel#todayLast { color: palette(placeholder-text); }"
            f"#TodayPanel QLabel#todayWarning {{ background: {WARNING_COLOUR}; color: white; padding: 4px 6px;"
            " border-radius: 4px; }")
        font = QFont(self.main.font())
        font.setBold(True)
        self._compact_font = QFont(font)  # one line: bold, at the text's size
        font.setPointSizeF((font.pointSizeF() if font.pointSizeF() > 0 else 10.0) * 1.3)
        self._font = font
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

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Narrow and short (800x600 with the editor beside the library): one line, the rest in its tooltip."""
        super().resizeEvent(event)
        compact = event.size().width() < COMPACT_WIDTH and self.window().height() < COMPACT_WINDOW_HEIGHT
        if compact != self.compact:
            self.compact = compact
            self.main.setFont(self._compact_font if compact else self._font)
            self._set_margins()
            self.show_text(self.text)

    def _set_margins(self) -> None:
        self._grid.setContentsMargins(*((8, 2, 8, 2) if self.compact else (10, 6, 10, 8)))

    def show_text(self, text: TodayText) -> None:
        self.text = text
        self.heading.setText(text.heading)
        self.heading.setVisible(not self.compact)
        self.main.setText(text.main)
        self.main.setToolTip("\n".join(t for t in (text.heading, text.detail, text.last) if t) if self.compact else "")
        for label, value in ((self.detail, text.detail), (self.last, text.last)):
            label.setText(value)
            label.setVisible(bool(value) and not self.compact)
        said = COMPACT_WARNING if self.compact else text.warning  # compact: the whole warning in its tooltip
        self.warning.setText(f"⚠ {_escape(said)} <a href='rule' style='color: white'>Why?</a>" if text.warning else "")
        self.warning.setToolTip(text.warning if self.compact else "")
        self.warning.setVisible(bool(text.warning))
        start = COMPACT_BUTTONS.get(text.start, text.start) if self.compact else text.start
        self.start_button.setText(f"{start} (Ctrl+Enter)" if start else "")
        self.start_button.setAccessibleName(text.start or "Start")  # its whole text without the key (issue 17)
        self.start_button.setVisible(bool(text.start))


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
