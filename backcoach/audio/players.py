"""Players: hand a clip to the sound system, several at a time, in the order the chooser tries them.

- :class:`StreamPlayer`: one PortAudio output stream (sounddevice) held open for the whole run, every clip
  mixed into it (:mod:`.mixer`) and placed on the stream's own sample clock, so a cue handed over ahead of
  its moment is heard on it to the sample, on every Python. Preferred everywhere.
- :class:`SimpleaudioPlayer`: simpleaudio (ALSA), a new device stream per clip; the fallback where it is
  installed and safe (CPython < 3.12: it crashes after playback on newer versions).
- :class:`QtPlayer`: Qt Multimedia's ``QSoundEffect``; Qt is imported only when this player is made.
- :class:`~backcoach.audio.null.NullPlayer` when none works.

A failure to open the device is caught and logged; playing then reports ``None`` and the session continues
without that sound. The stream player also tells its status listeners when sound stops and when it is back.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import platform
import queue
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .clips import Clip, silence, write_wav
from .interfaces import Playback, StatusListener
from .mixer import Mixer, pcm_at_rate

log = logging.getLogger(__name__)


class PlayerUnavailable(RuntimeError):
    """This player cannot work here; the message says why and what to install."""


# -- the stream player ------------------------------------------------------------------------------------

STREAM_RATE = 44100
STREAM_LATENCY = 0.04
"""Seconds of sound buffered ahead of the speaker. Generous, because the mixer runs in Python and must take
the interpreter's lock from the GUI thread in time; punctuality does not suffer, because cues are handed
over ahead of their moment by more than this (:attr:`StreamPlayer.lead`) and placed to the sample."""


def _quiet_alsa() -> None:
    """Stop libasound printing to the terminal (underruns it recovers from, probes of absent cards).

    ALSA writes those lines to stderr from C; a no-op error handler silences them at their source. Real
    failures still surface: PortAudio returns them as errors, which the player logs and reports.
    """
    if _ALSA_HANDLER or not sys.platform.startswith("linux"):
        return
    name = ctypes.util.find_library("asound")
    if name is None:
        return
    try:
        library = ctypes.CDLL(name)
        handler_type = ctypes.CFUNCTYPE(None, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_int,
                                        ctypes.c_char_p)
        handler = handler_type(lambda *_: None)
        library.snd_lib_error_set_handler(handler)
    except (OSError, AttributeError) as error:
        log.debug("could not quieten ALSA: %s", error)
        return
    _ALSA_HANDLER.append(handler)  # kept alive for the life of the process


_ALSA_HANDLER: list[Any] = []


class StreamPlayer:
    """A PortAudio output stream (sounddevice) opened once and fed by :class:`~.mixer.Mixer`.

    The audio thread only mixes; everything that may take time (reporting ends, reopening a stream that
    died) happens on the player's own ``backcoach-sound`` thread, so neither the GUI thread nor the
    audio thread ever waits for it. A stream that stops (the sound server restarted, the device was
    unplugged) is noticed by a watchdog and reopened on the next cue; listeners hear "stopped" and "back".
    """

    name = "sounddevice"

    def __init__(self, *, rate: int = STREAM_RATE, latency: float = STREAM_LATENCY,
                 clock: Callable[[], float] = time.monotonic) -> None:
        _quiet_alsa()
        try:
            import sounddevice
        except ImportError as error:
            raise PlayerUnavailable(f"sounddevice is not installed ({error}) — pip install sounddevice") from None
        except OSError as error:  # sounddevice found no PortAudio library
            raise PlayerUnavailable(
                f"the PortAudio library is missing ({error}) — sudo apt install libportaudio2"
            ) from None
        self._sd = sounddevice
        self.rate = rate
        self.latency = latency
        self.clock = clock
        self.mixer = Mixer(rate)
        self._stream: Any = None
        self._last_fill = 0.0
        self._reported_ok = True
        self.reason = ""
        self._status_listeners: list[StatusListener] = []
        self._converted: dict[int, tuple[Clip, bytes]] = {}
        self._jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self._reopen_wanted = threading.Event()
        self._closed = False
        problem = self._open()
        if problem:
            raise PlayerUnavailable(problem)
        self._thread = threading.Thread(target=self._work, name="backcoach-sound", daemon=True)
        self._thread.start()

    @property
    def available(self) -> bool:
        return not self._closed

    @property
    def lead(self) -> float:
        """How far ahead of its moment a clip should be handed over to be heard on it exactly."""
        return self.latency + 0.06

    # -- the Player interface --------------------------------------------------------------------------

    def play(self, clip: Clip, on_done: Callable[[], None] | None = None, at: float | None = None) -> Playback | None:
        if self.reason or not self._healthy():
            self._reopen_wanted.set()
            self._jobs.put(self._reopen)
            if on_done is not None:
                self._jobs.put(on_done)
            return None
        return self.mixer.add(self._pcm(clip), at, on_done)

    def prepare_clip(self, clip: Clip) -> None:
        """Convert ``clip`` to the stream's rate now (the speech renderer calls it on its thread as each phrase
        is rendered), not on the GUI thread when it is first played."""
        self._pcm(clip)

    def add_status_listener(self, listener: StatusListener) -> None:
        self._status_listeners.append(listener)

    def close(self) -> None:
        self._closed = True
        self.mixer.stop_all()
        self._jobs.put(None)
        self._close_stream()

    # -- inside ----------------------------------------------------------------------------------------

    def _pcm(self, clip: Clip) -> bytes:
        if clip.rate == self.rate and clip.channels == 1 and sys.byteorder == "little":
            return clip.pcm
        known = self._converted.get(id(clip))
        if known is not None and known[0] is clip:
            return known[1]
        pcm = pcm_at_rate(clip, self.rate)
        if len(self._converted) > 512:
            self._converted.clear()
        self._converted[id(clip)] = (clip, pcm)
        return pcm

    def _open(self) -> str:
        """Open and start the stream; the reason it failed, or an empty string."""
        try:
            stream = self._sd.RawOutputStream(samplerate=self.rate, channels=1, dtype="int16",
                                              latency=self.latency, callback=self._fill)
            stream.start()
        except Exception as error:  # PortAudioError, or ValueError when there is no output device at all
            return f"cannot open the sound device: {error}"
        self._stream = stream
        self._last_fill = self.clock()
        return ""

    def _close_stream(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            try:
                stream.abort()
                stream.close()
            except Exception as error:
                log.debug("closing the sound stream: %s", error)

    def _healthy(self) -> bool:
        stream = self._stream
        if stream is None or not stream.active:
            return False
        # A stream whose callback stopped coming (a server that went away mid-write) is as good as dead.
        return self.clock() - self._last_fill < max(0.5, 10 * self.latency)

    def _fill(self, outdata: Any, frames: int, times: Any, status: Any) -> None:
        """PortAudio's callback, on its audio thread: mix the next block; nothing slow happens here."""
        now = self.clock()
        self._last_fill = now
        heard_after = max(0.0, times.outputBufferDacTime - times.currentTime)
        data, ended = self.mixer.fill(frames, now, heard_after)
        outdata[:] = data
        for voice in ended:
            if voice.on_done is not None:
                self._jobs.put(voice.on_done)

    def _work(self) -> None:
        """The player's thread: report ends, watch the stream, reopen it when a cue wants it."""
        while True:
            try:
                job = self._jobs.get(timeout=0.25)
            except queue.Empty:
                job = self._watch
            if job is None:
                return
            try:
                job()
            except Exception:  # a listener's bug must not stop the player
                log.exception("sound job failed")

    def _watch(self) -> None:
        if self._closed or self.reason or self._healthy():
            return
        self._failed("the sound output stopped")

    def _failed(self, reason: str) -> None:
        self.reason = reason
        log.warning("sound stopped: %s", reason)
        self._close_stream()
        for voice in self.mixer.pending():  # never heard: end them, or a phrase would wait for ever
            voice.stop()
            if voice._finish() and voice.on_done is not None:
                voice.on_done()
        self._report(False, reason)

    def _reopen(self) -> None:
        if self._closed or not self._reopen_wanted.is_set():
            return
        self._reopen_wanted.clear()
        if self._stream is not None and not self.reason and self._healthy():
            return
        if not self.reason:
            self._failed("the sound output stopped")
        self._close_stream()
        try:  # let PortAudio find the devices again (a restarted server, headphones plugged in)
            self._sd._terminate()
            self._sd._initialize()
        except Exception as error:
            log.debug("restarting PortAudio: %s", error)
        problem = self._open()
        if problem:
            log.info("sound is still unavailable: %s", problem)
            if problem != self.reason:
                self.reason = problem
                self._report(False, problem)
            return
        self.reason = ""
        log.warning("sound is back")
        self._report(True, "")

    def _report(self, ok: bool, reason: str) -> None:
        if ok == self._reported_ok and ok:
            return
        self._reported_ok = ok
        for listener in list(self._status_listeners):
            try:
                listener(ok, reason)
            except Exception:
                log.exception("sound status listener failed")


# -- simpleaudio ----------------------------------------------------------------------------------------


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
        self.lead = 0.0
        self.failures = 0

    def add_status_listener(self, listener: StatusListener) -> None:
        pass  # it opens the device for every clip: each failure is logged where it happens

    def warm_up(self) -> None:
        """Play 20 ms of silence: opens the device once (raising PlayerUnavailable if it cannot)."""
        try:
            self._sa.play_buffer(silence(0.02).pcm, 1, 2, 44100)
        except Exception as error:
            raise PlayerUnavailable(f"cannot open the sound device: {error}") from None

    def play(self, clip: Clip, on_done: Callable[[], None] | None = None, at: float | None = None) -> Playback | None:
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
        self.lead = 0.0
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

    def add_status_listener(self, listener: StatusListener) -> None:
        pass

    def play(self, clip: Clip, on_done: Callable[[], None] | None = None, at: float | None = None) -> Playback | None:
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
        shutil.rmtree(self._temp, ignore_errors=True)


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
