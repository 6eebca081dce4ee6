"""Starting the Qt application: the one place that creates QApplication and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ..resources import assets_dir
from .main_window import MainWindow


def create_window() -> MainWindow:
    """The main window, wired to the bundled and user routine folders."""
    from ..cli import bundled_catalog

    return MainWindow(bundled_catalog)


def run(routine_path: Path | None = None, *, smoke_test: bool = False) -> int:
    """Open the app (with ``routine_path`` selected); in smoke-test mode, exit 0 once it is up."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("BackCoach")
    app.setApplicationDisplayName("BackCoach")
    app.setDesktopFileName("io.github.backcoach.BackCoach")
    app.setWindowIcon(QIcon(str(assets_dir() / "icons" / "backcoach.svg")))
    window = create_window()
    window.show()
    window.reload()
    if routine_path is not None:
        window.open_file(routine_path)
    if smoke_test:
        # Quit from the event loop once the window has been shown and painted, so the measurement
        # covers start-up to a visible, populated window.
        QTimer.singleShot(0, app.quit)
    return app.exec()
