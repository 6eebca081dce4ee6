"""Speech rendered ahead of time: phrases become trimmed WAV clips in the user's cache folder.

:class:`SpeechRenderer` keeps one worker thread in this process, which talks to ONE worker process that
owns the speech engine (:mod:`backcoach.audio.speech_worker`), one phrase at a time. Each clip is keyed by
a hash of the text and the voice settings, checked (it exists, is a WAV, is not silent), trimmed of the
quiet espeak-ng puts before and after the words, and kept in memory, so saying it later is handing bytes
to the player. A phrase wanted now but not rendered yet jumps the queue. If the engine hangs, the worker
process is killed after ``render_timeout`` seconds and a new one is started.
"""

from __future__ import annotations

import collections
import contextlib
import hashlib
import heapq
import itertools
import json
import logging
import queue
import subprocess
import sys
import threading
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .clips import Clip, ClipError, load_wav, trim_silence, write_wav
from .interfaces import SpeechEvent, SpeechEventKind, SpeechListener, VoiceInfo, notify
from .settings import AudioSettings, speech_cache_dir
from .speech_worker import DEFAULT_ENGINE

log = logging.getLogger(__name__)

CACHE_FORMAT = 1  # bump when rendering or trimming changes, so old clips are not reused
ESPEAK_LIBRARIES = ("libespeak-ng.so.1", "libespeak.so.1")


def cache_key(text: str, settings: AudioSettings, engine: str = DEFAULT_ENGINE) -> str:
    voice, rate, volume = settings.voice_key
    identity = {"format": CACHE_FORMAT, "engine": engine, "text": text, "voice": voice, "rate": rate, "volume": volume}
    return hashlib.sha256(json.dumps(identity, sort_keys=True).encode("utf-8")).hexdigest()[:32]


def speech_preflight() -> str | None:
    """Why speech cannot work here (with what to install), checked without starting the engine; else None."""
    try:
        import pyttsx3  # noqa: F401
    except ImportError as error:
        return f"pyttsx3 is not installed ({error}) — pip install pyttsx3"
    if sys.platform.startswith("linux"):
        import ctypes

        for name in ESPEAK_LIBRARIES:
            try:
                ctypes.CDLL(name)
            except OSError:
                continue
            return None
        return "espeak-ng is not installed — sudo apt install espeak-ng"
    return None


class SpeechUnavailable(RuntimeError):
    """The engine cannot be started; the message says why and what to install."""


class _WorkerHung(RuntimeError):
    pass


class _WorkerProcess:
    """The child process and its line protocol (used by the renderer's thread only)."""

    def __init__(self, command: Sequence[str], env: Mapping[str, str] | None) -> None:
        self.process = subprocess.Popen(
            list(command),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=dict(env) if env is not None else None,
        )
        self.replies: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self.stderr_tail: collections.deque[str] = collections.deque(maxlen=20)
        assert self.process.stdout is not None and self.process.stderr is not None
        threading.Thread(target=self._read, args=(self.process.stdout,), daemon=True, name="backcoach-tts-out").start()
        threading.Thread(target=self._drain, args=(self.process.stderr,), daemon=True, name="backcoach-tts-err").start()

    def _read(self, stream: IO[str]) -> None:
        for line in stream:
            try:
                self.replies.put(json.loads(line))
            except ValueError:
                self.stderr_tail.append(line.rstrip())
        self.replies.put(None)  # the process ended

    def _drain(self, stream: IO[str]) -> None:
        for line in stream:
            self.stderr_tail.append(line.rstrip())

    def receive(self, timeout: float) -> dict[str, Any]:
        try:
            reply = self.replies.get(timeout=timeout)
        except queue.Empty:
            raise _WorkerHung(f"no answer in {timeout:g} s") from None
        if reply is None:
            self.process.wait(timeout=5)
            tail = "; ".join(self.stderr_tail) or "no message"
            raise _WorkerHung(f"the speech process ended (exit {self.process.returncode}: {tail})")
        return reply

    def ask(self, request: Mapping[str, object], timeout: float) -> dict[str, Any]:
        assert self.process.stdin is not None
        try:
            self.process.stdin.write(json.dumps(request) + "\n")
            self.process.stdin.flush()
        except (BrokenPipeError, OSError) as error:
            raise _WorkerHung(f"the speech process is gone ({error})") from None
        return self.receive(timeout)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            log.error("speech process %d did not exit after SIGKILL", self.process.pid)
        if self.process.stdin is not None:
            with contextlib.suppress(OSError):
                self.process.stdin.close()

    def quit(self) -> None:
        try:
            assert self.process.stdin is not None
            self.process.stdin.close()
            self.process.wait(timeout=2)
        except (OSError, subprocess.TimeoutExpired):
            pass
        self.kill()


ClipCallback = Callable[[Clip | None], None]

URGENT, BACKGROUND = 0, 1


@dataclass(order=True)
class _Job:
    rank: int
    seq: int
    text: str = field(compare=False)
    key: str = field(compare=False)
    settings: AudioSettings = field(compare=False)


class SpeechRenderer:
    """Renders phrases to cached clips on its own thread through one speech process.

    ``command``/``env`` start the worker process (default: this Python running
    ``backcoach.audio.speech_worker``); ``engine`` names its engine factory, and is part of the cache key.
    """

    def __init__(
        self,
        settings: AudioSettings | None = None,
        cache_dir: Path | None = None,
        *,
        engine: str = DEFAULT_ENGINE,
        env: Mapping[str, str] | None = None,
        render_timeout: float = 15.0,
        start_timeout: float = 20.0,
    ) -> None:
        self.engine = engine
        self.cache_dir = cache_dir or speech_cache_dir()
        self.command = [sys.executable, "-m", "backcoach.audio.speech_worker", "--engine", engine]
        self.env = env
        self.render_timeout = render_timeout
        self.start_timeout = start_timeout
        self.available = True
        self.reason = ""
        self.engine_name = ""
        self.restarts = 0
        self.rendered = 0  # phrases rendered by the engine (not found in the cache)
        self._settings = settings or AudioSettings()
        self._lock = threading.Condition()
        self._queue: list[_Job] = []
        self._waiting: dict[str, list[ClipCallback]] = {}  # key -> callbacks, for keys queued or in progress
        self._busy = 0
        self._clips: dict[str, Clip] = {}
        self._phrases: dict[str, None] = {}
        self._voices: list[VoiceInfo] = []
        self._listeners: list[SpeechListener] = []
        self._clip_hooks: list[Callable[[Clip], None]] = []
        self._seq = itertools.count()
        self._ready = threading.Event()
        self._closing = False
        self._worker: _WorkerProcess | None = None
        self._worker_voice: tuple[str | None, int, float] | None = None
        """The voice, rate and volume the running worker speaks with (one set per engine: see _render)."""
        self._thread = threading.Thread(target=self._run, name="backcoach-speech", daemon=True)
        self._thread.start()

    # -- asked from any thread ------------------------------------------------------------------------

    @property
    def settings(self) -> AudioSettings:
        return self._settings

    def add_listener(self, listener: SpeechListener) -> None:
        self._listeners.append(listener)

    def add_clip_hook(self, hook: Callable[[Clip], None]) -> None:
        """Have ``hook`` see each clip on the rendering thread before anyone is told it is ready: a player
        converts it to its stream's format there, not on the GUI thread when the phrase is first said (a
        6-7 ms stall at the session's first phrase, measured by benchmarks/gui_load.py)."""
        self._clip_hooks.append(hook)

    def wait_ready(self, timeout: float | None = None) -> bool:
        """Wait until the engine has started or failed (see ``available``); False on timeout."""
        return self._ready.wait(timeout)

    def voices(self) -> list[VoiceInfo]:
        return list(self._voices)

    def key(self, text: str) -> str:
        return cache_key(text, self._settings, self.engine)

    def clip(self, text: str) -> Clip | None:
        """The rendered clip for ``text`` with the current settings, if it is ready (memory only: instant)."""
        return self._clips.get(self.key(text))

    def phrase_seconds(self, text: str) -> float | None:
        clip = self.clip(text)
        return clip.seconds if clip is not None else None

    def prepare(self, phrases: Iterable[str]) -> None:
        """Render these phrases in the background (phrases already in the cache are just loaded)."""
        with self._lock:
            for text in phrases:
                text = text.strip()
                if not text:
                    continue
                self._phrases[text] = None
                self._enqueue(text, BACKGROUND, None)

    def request(self, text: str, callback: ClipCallback) -> None:
        """Render ``text`` before anything prepared; ``callback(clip or None)`` runs on the renderer's thread
        (or at once, in this thread, if the clip is ready)."""
        text = text.strip()
        ready = self.clip(text)
        if ready is not None or not self.available:
            callback(ready)
            return
        with self._lock:
            self._enqueue(text, URGENT, callback)

    def apply(self, settings: AudioSettings) -> None:
        """Use new settings; if the voice, rate or volume changed, render every known phrase again."""
        with self._lock:
            changed = settings.voice_key != self._settings.voice_key
            self._settings = settings
            if changed:
                for text in self._phrases:
                    self._enqueue(text, BACKGROUND, None)

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Wait until everything asked for is rendered (or failed); False on timeout."""
        with self._lock:
            return self._lock.wait_for(lambda: not self._queue and not self._busy, timeout)

    def close(self) -> None:
        with self._lock:
            self._closing = True
            self._queue.clear()
            self._lock.notify_all()
        self._thread.join(timeout=10)
        self._fail_waiting("the speaker was closed")

    # -- the renderer's thread ------------------------------------------------------------------------

    def _enqueue(self, text: str, rank: int, callback: ClipCallback | None) -> None:
        key = cache_key(text, self._settings, self.engine)
        if key in self._clips:
            if callback is not None:
                callback(self._clips[key])
            return
        callbacks = self._waiting.get(key)
        if callbacks is not None:  # already queued: keep one job, and move it forward if it is urgent now
            if callback is not None:
                callbacks.append(callback)
            if rank == URGENT:
                for job in self._queue:
                    if job.key == key and job.rank != URGENT:
                        job.rank = URGENT
                        heapq.heapify(self._queue)
            return
        self._waiting[key] = [callback] if callback is not None else []
        heapq.heappush(self._queue, _Job(rank, next(self._seq), text, key, self._settings))
        self._lock.notify_all()

    def _run(self) -> None:
        try:
            self._start_worker()
        except SpeechUnavailable as error:
            self._become_unavailable(str(error))
        finally:
            self._ready.set()
        while True:
            with self._lock:
                self._lock.wait_for(lambda: self._queue or self._closing)
                if self._closing:
                    break
                job = heapq.heappop(self._queue)
                self._busy += 1
            try:
                clip = self._produce(job)
            except Exception as error:  # never let the thread die: report and go on
                log.exception("rendering %r failed", job.text)
                clip = None
                self._emit(SpeechEvent(SpeechEventKind.DROPPED, job.text, f"could not be rendered: {error}"))
            for hook in self._clip_hooks:
                try:
                    if clip is not None:
                        hook(clip)
                except Exception:  # a hook's failure costs its own work only, never the phrase
                    log.exception("preparing %r failed", job.text)
            with self._lock:
                if clip is not None:
                    self._clips[job.key] = clip
                callbacks = self._waiting.pop(job.key, [])
                self._busy -= 1
                self._lock.notify_all()
            if clip is not None:
                self._emit(SpeechEvent(SpeechEventKind.RENDERED, job.text))
            for callback in callbacks:
                self._call(callback, clip)
        if self._worker is not None:
            self._worker.quit()
            self._worker = None

    def _produce(self, job: _Job) -> Clip | None:
        if job.rank == BACKGROUND and not self._waiting.get(job.key) and job.key != self.key(job.text):
            return None  # prepared for settings that have changed since
        path = self.cache_dir / f"{job.key}.wav"
        if path.is_file():
            try:
                return load_wav(path)
            except ClipError as error:
                log.warning("cached speech unreadable, rendering it again: %s", error)
        if not self.available:
            return None
        return self._render(job.text, job.settings, path)

    def _render(self, text: str, settings: AudioSettings, path: Path) -> Clip | None:
        raw = path.with_name(f".{path.stem}-{uuid.uuid4().hex[:8]}.raw.wav")
        voice, rate, volume = settings.voice_key
        request = {"op": "render", "text": text, "path": str(raw), "voice": voice, "rate": rate,
                   "volume": volume, "timeout": self.render_timeout}
        path.parent.mkdir(parents=True, exist_ok=True)
        problem = ""
        if self._worker is not None and self._worker_voice not in (None, settings.voice_key):
            # A fresh engine for new voice settings: pyttsx3 queues property changes behind its commands, and
            # espeak-ng was seen to speak the next phrases at the rate before (found by the test that a faster
            # rate gives shorter audio). Settings change rarely; starting the engine takes a fraction of a second.
            self._worker.quit()
            self._worker = None
        try:
            for attempt in (1, 2):  # a stuck engine, or one that failed a phrase, gets one fresh start
                worker = self._worker
                if worker is None:
                    try:
                        worker = self._start_worker()
                    except SpeechUnavailable as error:
                        self._become_unavailable(str(error))
                        return None
                try:
                    reply = worker.ask(request, self.render_timeout)
                except _WorkerHung as error:
                    problem = f"the speech engine got stuck ({error})"
                else:
                    self._worker_voice = settings.voice_key
                    if reply.get("ok"):
                        clip = trim_silence(load_wav(raw))
                        self.rendered += 1
                        return write_wav(clip, path)
                    # espeak-ng has been seen to write an empty file now and then on a busy machine
                    problem = f"the speech engine could not render it ({reply.get('error')})"
                log.warning("%r: %s: restarting the engine (attempt %d)", text, problem, attempt)
                worker.kill()
                self._worker = None
                self.restarts += 1
            self._emit(SpeechEvent(SpeechEventKind.DROPPED, text, f"{problem}, twice"))
            return None
        except ClipError as error:
            log.warning("speech engine wrote an unusable file for %r: %s", text, error)
            self._emit(SpeechEvent(SpeechEventKind.DROPPED, text, str(error)))
            return None
        finally:
            raw.unlink(missing_ok=True)

    def _start_worker(self) -> _WorkerProcess:
        try:
            worker = _WorkerProcess(self.command, self.env)
        except OSError as error:
            raise SpeechUnavailable(f"cannot start the speech process ({error})") from None
        try:
            hello = worker.receive(self.start_timeout)
        except _WorkerHung as error:
            worker.kill()
            raise SpeechUnavailable(f"the speech engine did not start ({error})") from None
        if not hello.get("ready"):
            worker.kill()
            raise SpeechUnavailable(str(hello.get("error") or "the speech engine did not start"))
        self.engine_name = str(hello.get("engine", self.engine))
        if not self._voices:
            try:
                listing = worker.ask({"op": "voices"}, self.render_timeout)
                self._voices = [
                    VoiceInfo(str(v["id"]), str(v.get("name", v["id"])), tuple(v.get("languages", ())))
                    for v in listing.get("voices", [])
                ]
            except _WorkerHung as error:
                log.warning("speech engine did not list its voices: %s", error)
                worker.kill()
                raise SpeechUnavailable(f"the speech engine hung listing its voices ({error})") from None
        self._worker = worker
        return worker

    def _become_unavailable(self, reason: str) -> None:
        if self.available:
            log.warning("no speech: %s", reason)
        self.available = False
        self.reason = reason
        self._emit(SpeechEvent(SpeechEventKind.UNAVAILABLE, "", reason))

    def _fail_waiting(self, reason: str) -> None:
        with self._lock:
            waiting = list(self._waiting.values())
            self._waiting.clear()
        for callbacks in waiting:
            for callback in callbacks:
                self._call(callback, None)

    def _call(self, callback: ClipCallback, clip: Clip | None) -> None:
        try:
            callback(clip)
        except Exception:
            log.exception("speech callback failed")

    def _emit(self, event: SpeechEvent) -> None:
        notify(self._listeners, event)

