"""Making a keyboard action: the one way the window, the editor panel and the session screen bind keys (and
the one way the window's menus are filled)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

Keys = Sequence[QKeySequence | QKeySequence.StandardKey | str]


def make_action(parent: QObject, text: str, keys: Keys, slot: Callable[[], object],
                owner: QWidget | None = None) -> QAction:
    """An action that runs ``slot``; with an ``owner`` its keys work only while the focus is inside that widget."""
    action = QAction(text, parent)
    action.setShortcuts([QKeySequence(key) for key in keys])
    action.triggered.connect(lambda _checked=False: slot())
    if owner is not None:
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        owner.addAction(action)
    return action


def add_menus(window: QMainWindow, menus: Sequence[tuple[str, Sequence[QAction]]],
              separated: Collection[QAction] = ()) -> None:
    """The menu bar's menus, in order (a separator after each action in ``separated``); their keys work anywhere
    in the window, also when the menu bar is hidden (full screen)."""
    for title, actions in menus:
        menu = window.menuBar().addMenu(title)
        for action in actions:
            menu.addAction(action)
            if action in separated:
                menu.addSeparator()
        window.addActions(list(actions))
