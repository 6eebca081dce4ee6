"""Starting the Qt application: the one place that creates QApplication, the window and the audio."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ..resources import assets_dir
from .main_window import MainWindow
from .settings_store import SettingsStore

log = logging.getLogger("backcoach")


class _AudioReady(QObject):
    """Carries the audio chosen on a worker thread back to the GUI thread (a queued signal)."""

    chosen = Signal(object)


def create_window(store: SettingsStore | None = None) -> MainWindow:
    """The main window, wired to the bundled and user routine folders."""
    from ..cli import bundled_catalog

    return MainWindow(bundled_catalog, store or SettingsStore())


def start_audio(window: MainWindow) -> None:
    """Choose speech and sound off the GUI thread (starting the speech engine takes a moment)."""
    from ..audio.choose import choose_audio

    relay = _AudioReady(window)
    relay.chosen.connect(lambda choice: window.set_audio(choice.speaker, choice.beeper, choice.notice))

    def choose() -> None:
        try:
            relay.chosen.emit(choose_audio(window.settings.audio()))
        except Exception:  # the session must run without sound rather than not at all
            log.exception("choosing audio failed")

    threading.Thread(target=choose, name="backcoach-audio-start", daemon=True).start()


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

    def load() -> None:
        # After the first frame: the window appears at once, the library fills in a moment later.
        window.reload()
        if routine_path is not None:
            window.open_file(routine_path)
        if smoke_test:
            QTimer.singleShot(0, app.quit)

    QTimer.singleShot(0, load)
    if not smoke_test:
        start_audio(window)
    code = app.exec()
    window.output.speaker.close()
    window.output.beeper.close()
    return code
