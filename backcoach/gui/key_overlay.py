"""The key overlay (F1 or ?): every key of the app on one screen, over the window, gone at the next key.

The list is read from the window's own actions (the menus, the library's and the session screen's, all made
by :func:`~.actions.make_action`), so it can never promise a key that does nothing or miss one that was
added; the few keys that lists and question rows handle themselves (↑/↓ in a list, the summary's answers)
are written here beside them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QMenu, QScrollArea, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from .main_window import MainWindow

LIST_KEYS = (("↑ ↓", "Choose a routine in the list"), ("Enter", "Start it: straight into the get-ready"),
             ("Tab", "Move between the search box, the list and the buttons"))
SUMMARY_KEYS = (("1 2 3", "How hard it was"), ("0 – 9, 1 then 0", "Back pain now (10: 1 then 0)"),
                ("← →", "Change an answer"), ("Enter or Esc", "Back to the library"))
HISTORY_KEYS = (("Delete", "Delete the session chosen (asks first)"), ("Ctrl+Z", "Undo a deletion"),
                ("Esc", "Back to the library"))


@dataclass(frozen=True)
class KeyGroup:
    title: str
    rows: tuple[tuple[str, str], ...]
    """(keys, what they do), as shown."""


def keys_text(action: QAction) -> str:
    """An action's keys as a person reads them: ``Space, B, .``, ``Ctrl+O``."""
    names = [sequence.toString(QKeySequence.SequenceFormat.NativeText) for sequence in action.shortcuts()]
    return ", ".join(dict.fromkeys(name for name in names if name))  # each once, in order


def action_rows(actions: Iterable[QAction]) -> tuple[tuple[str, str], ...]:
    """The actions that have keys, as (keys, what), in order, each once; submenus are read too."""
    rows: list[tuple[str, str]] = []
    for action in actions:
        menu = action.menu()
        if isinstance(menu, QMenu):
            rows += action_rows(menu.actions())
        elif keys_text(action) and not action.isSeparator():
            row = (keys_text(action), action.text().replace("&", "").rstrip("…"))
            if row not in rows:
                rows.append(row)
    return tuple(rows)


def key_groups(window: MainWindow) -> list[KeyGroup]:
    """Every key of the window, by where it works."""
    groups = [KeyGroup("Session — the keyboard or a presentation clicker", action_rows(window.session.actions())),
              KeyGroup("Library", LIST_KEYS + action_rows(window.routine_library.actions()))]
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if isinstance(menu, QMenu):
            rows = action_rows(menu.actions())
            if rows:
                groups.append(KeyGroup(f"{menu_action.text().replace('&', '')} menu", rows))
    groups += [KeyGroup("After a session: the summary", SUMMARY_KEYS), KeyGroup("History", HISTORY_KEYS)]
    return groups


class KeyOverlay(QWidget):
    """Drawn over the whole window; any key or click closes it (and does nothing else)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("KeyOverlay")
        self.setAccessibleName("Keyboard shortcuts")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet("#KeyOverlay { background: rgba(17, 24, 39, 240); }"
                           "#KeyOverlay QLabel { color: #f9fafb; }"
                           "#KeyOverlay QScrollArea, #KeyOverlay #columns { background: transparent; border: none; }")
        self._window = window
        self.title = QLabel("<h2>Keyboard shortcuts</h2>Any key or a click closes this. F1 or ? shows it again.")
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.area.viewport().setAutoFillBackground(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.area, 1)
        self.groups: list[KeyGroup] = []
        self._before: QWidget | None = None
        self.hide()

    def show_keys(self) -> None:
        """Fill the overlay with the keys as they are now and show it over the window."""
        self.groups = key_groups(self._window)
        columns = QWidget()
        columns.setObjectName("columns")
        row = QHBoxLayout(columns)
        count = 3 if self._window.width() >= 1100 else 2 if self._window.width() >= 700 else 1
        stacks = [QVBoxLayout() for _ in range(count)]
        heights = [0] * count
        for group in self.groups:  # each group into the shortest column so far
            shortest = heights.index(min(heights))
            label = QLabel(group_html(group))
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            stacks[shortest].addWidget(label)
            heights[shortest] += len(group.rows) + 2
        for stack in stacks:
            stack.addStretch(1)
            row.addLayout(stack, 1)
        self.area.setWidget(columns)
        self.setGeometry(self._window.rect())
        # it follows the window's size while it is shown, and only then: a filter on the window sees every
        # repaint request (each frame of the moving figure)
        self._window.installEventFilter(self)
        focused = QApplication.focusWidget()
        self._before = focused if focused is not None and focused is not self else None
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def text(self) -> str:
        """Everything the overlay lists, as plain text (for tests)."""
        return "\n".join(f"{group.title}: " + "; ".join(f"{keys} {what}" for keys, what in group.rows)
                         for group in self.groups)

    def close_keys(self) -> None:
        if self.isVisible():
            self.hide()
            self._window.removeEventFilter(self)
            if self._before is not None:  # the keyboard goes back where it was (the session, the list)
                self._before.setFocus(Qt.FocusReason.OtherFocusReason)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:  # every key comes here, none runs a shortcut
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() not in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta):
            self.close_keys()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.close_keys()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self._window.rect())
        return super().eventFilter(watched, event)


def group_html(group: KeyGroup) -> str:
    rows = "".join(f"<tr><td style='padding-right:12px'><b>{escape(keys)}</b></td><td>{escape(what)}</td></tr>"
                   for keys, what in group.rows)
    return f"<h3>{escape(group.title)}</h3><table>{rows}</table>"
