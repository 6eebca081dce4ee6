"""The process that owns the speech engine: ``python -m backcoach.audio.speech_worker [--engine SPEC]``.

pyttsx3 keeps one engine per process (``init()`` hands every thread the same one, and espeak-ng can be
initialised only once), its ``save_to_file`` returns before the file exists, and its engine can hang.
So one process owns it, renders one phrase at a time, waits on the finished-utterance callback, and
checks the file; the parent (:mod:`backcoach.audio.speech`) times it out and starts a new one if it hangs.

Protocol: one JSON object a line. The worker first writes ``{"ready": true, "engine": …}`` or
``{"ready": false, "error": …}``; then answers each request on standard input in order:
``{"op": "voices"}`` → ``{"ok": true, "voices": [{"id", "name", "languages"}]}``;
``{"op": "render", "text", "path", "voice", "rate", "volume", "timeout"}`` → ``{"ok": true, "bytes": N}``
or ``{"ok": false, "error": …}``. End of input (or ``{"op": "quit"}``) ends it. Anything the engine
prints goes to standard error, never into the protocol.

``--engine module:callable`` makes the engine with another factory that returns a pyttsx3-like object
(``connect``, ``setProperty``, ``getProperty``, ``save_to_file``, ``runAndWait``): tests use it.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import sys
import threading
from pathlib import Path
from typing import Any, TextIO

DEFAULT_ENGINE = "pyttsx3"


def describe_engine_error(error: BaseException) -> str:
    """Why the engine could not start, and what to install."""
    text = f"{type(error).__name__}: {error}"
    if isinstance(error, ImportError) and "pyttsx3" in str(error):
        return f"pyttsx3 is not installed ({error}) — pip install pyttsx3"
    lowered = text.lower()
    if "espeak" in lowered or "libespeak" in lowered:
        return f"espeak-ng is not installed or does not start ({error}) — sudo apt install espeak-ng"
    return f"the speech engine did not start ({text})"


def make_engine(spec: str) -> tuple[Any, str]:
    if spec == DEFAULT_ENGINE:
        from importlib.metadata import version

        import pyttsx3

        return pyttsx3.init(), f"pyttsx3 {version('pyttsx3')}"
    module_name, _, attribute = spec.partition(":")
    factory = getattr(importlib.import_module(module_name), attribute or "make_engine")
    return factory(), spec


class Worker:
    def __init__(self, engine: Any, out: TextIO) -> None:
        self.engine = engine
        self.out = out
        self.finished = threading.Event()
        self.properties: dict[str, object] = {}
        engine.connect("finished-utterance", self._on_finished)

    def _on_finished(self, *args: object, **kwargs: object) -> None:
        self.finished.set()

    def send(self, message: dict[str, object]) -> None:
        self.out.write(json.dumps(message) + "\n")
        self.out.flush()

    def voices(self) -> dict[str, object]:
        voices = []
        for voice in self.engine.getProperty("voices") or []:
            languages = [str(lang) for lang in (getattr(voice, "languages", None) or [])]
            voices.append({"id": str(voice.id), "name": str(getattr(voice, "name", voice.id)), "languages": languages})
        return {"ok": True, "voices": voices, "voice": self.engine.getProperty("voice")}

    def _set(self, name: str, value: object) -> None:
        if value is not None and self.properties.get(name) != value:
            self.engine.setProperty(name, value)
            self.properties[name] = value

    def render(self, request: dict[str, Any]) -> dict[str, object]:
        path = Path(request["path"])
        self._set("voice", request.get("voice"))
        self._set("rate", request.get("rate"))
        self._set("volume", request.get("volume"))
        path.unlink(missing_ok=True)
        self.finished.clear()
        # A fresh file name for every phrase: after one save, pyttsx3's espeak driver writes every later
        # utterance to the same file, so nothing else may ever be said through this engine.
        self.engine.save_to_file(str(request["text"]), str(path))
        self.engine.runAndWait()  # may return before espeak-ng is done: the callback is what counts
        if not self.finished.wait(float(request.get("timeout", 30.0))):
            return {"ok": False, "error": "the engine never reported the phrase finished"}
        try:
            size = path.stat().st_size
        except OSError:
            return {"ok": False, "error": f"the engine reported success but wrote no file at {path}"}
        if size <= 44:
            return {"ok": False, "error": f"the engine wrote an empty file ({size} bytes)"}
        return {"ok": True, "bytes": size}

    def serve(self, requests: TextIO) -> None:
        for line in requests:
            if not line.strip():
                continue
            request = json.loads(line)
            op = request.get("op")
            if op == "quit":
                return
            try:
                if op == "voices":
                    reply = self.voices()
                elif op == "render":
                    reply = self.render(request)
                else:
                    reply = {"ok": False, "error": f"unknown op {op!r}"}
            except Exception as error:  # report it; the parent decides
                reply = {"ok": False, "error": f"{type(error).__name__}: {error}"}
            self.send(reply)


WORKER_NICENESS = 10


def _yield_to_the_window() -> None:
    """Render at a lower CPU priority: phrases are made seconds ahead, but the window must never wait for
    them (on a two-core laptop espeak-ng rendering a whole class would otherwise take turns with it)."""
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(WORKER_NICENESS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m backcoach.audio.speech_worker")
    parser.add_argument("--engine", default=DEFAULT_ENGINE)
    options = parser.parse_args(argv)
    # Keep the real standard output for the protocol; everything else printed goes to standard error.
    out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    _yield_to_the_window()
    try:
        engine, name = make_engine(options.engine)
    except BaseException as error:  # ImportError, OSError, RuntimeError from the engine's native side
        out.write(json.dumps({"ready": False, "error": describe_engine_error(error)}) + "\n")
        out.flush()
        return 1
    worker = Worker(engine, out)
    worker.send({"ready": True, "engine": name})
    worker.serve(sys.stdin)
    return 0


if __name__ == "__main__":
    sys.exit(main())
