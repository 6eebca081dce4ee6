"""BackCoach from process start to the first paint of its routine library with the routines listed, started as
the ``backcoach`` command starts it: the moment a user can pick a routine (↑/↓, Enter, search, menus). The exit
is queued behind that paint, as in first_paint.py, so the frame is complete and nothing after it is timed."""

from backcoach.cli import main  # noqa: I001 - first, as the console script does

import os

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QTableView


class ExitWhenListed(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            table = watched.parent()
            if isinstance(table, QTableView) and table.model() is not None and table.model().rowCount() > 0:
                QTimer.singleShot(0, lambda: os._exit(0))
        return False


app = QApplication([])
watcher = ExitWhenListed(app)
app.installEventFilter(watcher)
main([])
