"""Choosing speech and sound off the GUI thread at start-up (starting a speech engine takes a moment)."""

from __future__ import annotations

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
    from ..audio.choose import choose_audio

    relay = _AudioReady(window)
    relay.chosen.connect(lambda choice: window.set_audio(choice.speaker, choice.beeper, choice.notice, choice.player))

    def choose() -> None:
        try:
            relay.chosen.emit(choose_audio(window.settings.audio()))
        except Exception:  # the session must run without sound rather than not at all
            log.exception("choosing audio failed")

    threading.Thread(target=choose, name="backcoach-audio-start", daemon=True).start()
