"""Choosing speech and sound off the GUI thread at start-up (starting a speech engine takes a moment)."""

from __future__ import annotations

import contextlib
import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger("backcoach")


class _AudioReady(QObject):
    """Carries the audio chosen on a worker thread back to the GUI thread (a queued signal)."""

    chosen = Signal(object)


def start_audio(window: MainWindow) -> None:
    """Choose the speaker and beeper on a thread; the window gets them (and any notice) when ready."""
    from ..audio.choose import PLAYERS, choose_audio

    if "qt" in PLAYERS:
        load_qt_multimedia()
    relay = _AudioReady(window)
    relay.chosen.connect(lambda choice: window.set_audio(choice.speaker, choice.beeper, choice.notice, choice.player))

    def choose() -> None:
        try:
            relay.chosen.emit(choose_audio(window.settings.audio()))
        except Exception:  # the session must run without sound rather than not at all
            log.exception("choosing audio failed")

    threading.Thread(target=choose, name="backcoach-audio-start", daemon=True).start()


def load_qt_multimedia() -> None:
    """Load Qt Multimedia here, on the GUI thread, before the worker may need it (the last sound output it
    tries). Loading it logs Qt messages from inside the dynamic loader, and our message handler is Python: on
    the worker, that handler waited for Python's lock while holding the loader's, and the GUI thread, holding
    Python's lock, waited for the loader's to import a module of its own (sqlite3 for the history): both
    stopped for good (seen in about one start in four on a machine with no sound server). ~18 ms, once the
    routines are on screen."""
    with contextlib.suppress(ImportError):  # the worker says why Qt's output is not used
        import PySide6.QtMultimedia  # noqa: F401
