"""Players: hand a clip to the sound system at once, several at a time.

- :class:`SimpleaudioPlayer`: simpleaudio (ALSA, so PulseAudio or PipeWire through their ALSA plugins),
  used where it is installed and safe (CPython < 3.12: it crashes after playback on newer versions).
- :class:`QtPlayer`: Qt Multimedia's ``QSoundEffect``; Qt is imported only when this player is made.
- :class:`~backcoach.audio.null.NullPlayer` when neither works.

A failure to open the device ("Error opening PCM device") is caught and logged; playing then reports
``None`` and the session continues without that sound.
"""

from __future__ import annotations

import logging
import platform
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .clips import Clip, silence, write_wav
from .interfaces import Playback

log = logging.getLogger(__name__)


class PlayerUnavailable(RuntimeError):
    """This player cannot work here; the message says why and what to install."""


def simpleaudio_supported() -> str | None:
    """``None`` if simpleaudio may be used on this Python, else why not."""
    if platform.python_implementation() != "CPython":
        return f"simpleaudio needs CPython, this is {platform.python_implementation()}"
    if sys.version_info >= (3, 12):
        return "simpleaudio crashes after playback on Python 3.12 and later"
    return None


class _TimedPlayback:
    """A clip handed to simpleaudio; it counts as done when its length has passed (or it was stopped).

    simpleaudio's own ``is_playing()`` stays true while ALSA drains its buffer, up to half a second after
    the sound has ended, which would hold back the next phrase for nothing.
    """

    def __init__(self, play_object: Any, seconds: float, on_done: Callable[[], None] | None) -> None:
        self._play_object = play_object
        self._stopped = threading.Event()
        self._on_done = on_done
        self._done = threading.Event()
        self._lock = threading.Lock()
        if on_done is not None:
            threading.Thread(target=self._watch, args=(seconds,), name="backcoach-playback", daemon=True).start()
        else:
            self._timer = threading.Timer(seconds, self._done.set)
            self._timer.daemon = True
            self._timer.start()

    def _watch(self, seconds: float) -> None:
        self._stopped.wait(seconds)
        self._finish()

    def _finish(self) -> None:
        with self._lock:
            if self._done.is_set():
                return
            self._done.set()
        if self._on_done is not None:
            try:
                self._on_done()
            except Exception:  # a listener's bug must not kill the player
                log.exception("playback listener failed")

    def is_playing(self) -> bool:
        return not self._done.is_set()

    def stop(self) -> None:
        try:
            self._play_object.stop()
        except Exception as error:  # already finished, or the device went away
            log.debug("simpleaudio stop: %s", error)
        self._stopped.set()
        if self._on_done is None:
            self._done.set()


class SimpleaudioPlayer:
    name = "simpleaudio"

    def __init__(self) -> None:
        problem = simpleaudio_supported()
        if problem:
            raise PlayerUnavailable(problem)
        try:
            import simpleaudio
        except ImportError as error:
            raise PlayerUnavailable(
                f"simpleaudio is not installed ({error}) — pip install simpleaudio "
                "(it builds against the ALSA headers: sudo apt install libasound2-dev)"
            ) from None
        self._sa = simpleaudio
        self.available = True
        self.reason = ""
        self.failures = 0

    def warm_up(self) -> None:
        """Play 20 ms of silence: opens the device once (raising PlayerUnavailable if it cannot)."""
        try:
            self._sa.play_buffer(silence(0.02).pcm, 1, 2, 44100)
        except Exception as error:
            raise PlayerUnavailable(f"cannot open the sound device: {error}") from None

    def play(self, clip: Clip, on_done: Callable[[], None] | None = None) -> Playback | None:
        try:
            play_object = self._sa.play_buffer(clip.pcm, clip.channels, clip.sample_width, clip.rate)
        except Exception as error:  # simpleaudio raises a bare Exception: "Error opening PCM device. -- …"
            self.failures += 1
            if self.failures == 1 or self.failures % 100 == 0:
                log.warning("sound could not be played (%d so far): %s", self.failures, error)
            if on_done is not None:
                on_done()
            return None
        return _TimedPlayback(play_object, clip.seconds, on_done)

    def close(self) -> None:
        try:
            self._sa.stop_all()
        except Exception as error:
            log.debug("simpleaudio stop_all: %s", error)


class QtPlayer:
    """``QSoundEffect`` per sound file, made and played in the thread of the Qt application object.

    ``play()`` may be called from any thread: it is forwarded through a queued signal. Clips that have no
    file (never the case for beeps and rendered speech) are written to a temporary folder first.
    """

    name = "qt-multimedia"

    def __init__(self) -> None:
        try:
            from PySide6.QtCore import QCoreApplication, QObject, QThread, QUrl, Signal, Slot
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as error:
            raise PlayerUnavailable(f"Qt Multimedia is not available ({error}) — pip install PySide6") from None
        app = QCoreApplication.instance()
        if app is None:
            raise PlayerUnavailable("Qt Multimedia needs the Qt application to be running")
        if not QMediaDevices.audioOutputs():
            raise PlayerUnavailable("Qt Multimedia finds no audio output device")
        self.available = True
        self.reason = ""
        self._temp = Path(tempfile.mkdtemp(prefix="backcoach-qt-"))

        class Dispatcher(QObject):  # lives in the application's thread
            request = Signal(object)

            def __init__(self) -> None:
                super().__init__()
                self.effects: dict[str, Any] = {}
                # PySide6 holds slots that are methods of plain objects weakly: keep each playback alive
                # until it has finished, or its end would never be reported.
                self.playing: set[Any] = set()
                self.request.connect(self.run)

            @Slot(object)
            def run(self, job: Any) -> None:
                job()

            def effect(self, path: Path) -> Any:
                key = str(path)
                effect = self.effects.get(key)
                if effect is None:
                    effect = QSoundEffect(self)
                    effect.setSource(QUrl.fromLocalFile(key))
                    self.effects[key] = effect
                return effect

        self._dispatcher = Dispatcher()
        self._dispatcher.moveToThread(app.thread())
        self._in_gui_thread: Callable[[], bool] = lambda: QThread.currentThread() == app.thread()

    def preload(self, clips: list[Clip]) -> None:
        """Load these files now, so their first play does not wait for decoding."""
        for clip in clips:
            path = self._file_for(clip)

            def load(path: Path = path) -> None:
                self._dispatcher.effect(path)

            self._call(load)

    def _file_for(self, clip: Clip) -> Path:
        if clip.path is not None:
            return clip.path
        return write_wav(clip, self._temp / f"{id(clip)}.wav").path or self._temp

    def _call(self, job: Callable[[], None]) -> None:
        if self._in_gui_thread():
            job()
        else:
            self._dispatcher.request.emit(job)

    def play(self, clip: Clip, on_done: Callable[[], None] | None = None) -> Playback | None:
        path = self._file_for(clip)
        playback = _QtPlayback(self, on_done)

        def start() -> None:
            effect = self._dispatcher.effect(path)
            self._dispatcher.playing.add(playback)
            playback.bind(effect)
            effect.play()

        self._call(start)
        return playback

    def close(self) -> None:
        def stop_all() -> None:
            for effect in self._dispatcher.effects.values():
                effect.stop()

        self._call(stop_all)


class _QtPlayback:
    def __init__(self, player: QtPlayer, on_done: Callable[[], None] | None) -> None:
        self._player = player
        self._on_done = on_done
        self._effect: Any = None
        self._error: Any = None
        self._started = False
        self._done = threading.Event()

    def bind(self, effect: Any) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        self._effect = effect
        self._error = QSoundEffect.Status.Error
        effect.playingChanged.connect(self._changed)
        effect.statusChanged.connect(self._changed)
        if effect.status() == self._error:
            self._changed()

    def _changed(self) -> None:
        effect = self._effect
        if effect is None:
            return
        failed = effect.status() == self._error
        if effect.isPlaying():
            self._started = True
        elif failed or self._started:
            if failed:
                log.warning("Qt Multimedia could not play %s", effect.source().toLocalFile())
            self._effect = None  # later signals are ignored (disconnecting inside the emission crashes PySide6)
            self._finish()

    def _finish(self) -> None:
        if self._done.is_set():
            return
        self._done.set()
        self._player._dispatcher.playing.discard(self)
        if self._on_done is not None:
            self._on_done()

    def is_playing(self) -> bool:
        return not self._done.is_set()

    def stop(self) -> None:
        def stop() -> None:
            effect = self._effect
            if effect is not None:
                self._started = True
                effect.stop()
                self._changed()
            self._finish()

        self._player._call(stop)
