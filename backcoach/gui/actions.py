"""Making a keyboard action: the one way the window, the editor panel and the session screen bind keys."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

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
