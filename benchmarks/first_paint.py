"""End the process just after a window's first paint: the moment its first frame is on screen. Shared by the
start-up benchmarks, so the bare window and BackCoach are timed to the same event. ``os._exit`` leaves at
once (no teardown), so the figure is start-up alone; the exit is queued behind the paint, so the frame is
complete, and ahead of anything the app schedules during that paint."""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class ExitAfterFirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.isWindow():
            QTimer.singleShot(0, lambda: os._exit(0))
        return False


def exit_after_first_paint(app: QApplication) -> ExitAfterFirstPaint:
    watcher = ExitAfterFirstPaint(app)
    app.installEventFilter(watcher)
    return watcher
