"""A pyttsx3-like engine for the speech worker process, steered by environment variables.

FAKE_TTS_DIR: a folder for its state (``starts``: how many engines were made; ``renders.log``).
FAKE_TTS_MODE: ``ok``; ``hang-first`` (the first engine hangs in runAndWait forever); ``no-callback``
(never reports an utterance finished); ``empty`` (writes an empty file); ``empty-first`` (the first
engine writes empty files, as espeak-ng now and then does); ``init-fails``.
"""

from __future__ import annotations

import array
import math
import os
import threading
import wave
from pathlib import Path
from types import SimpleNamespace
from typing import Any

STATE = Path(os.environ.get("FAKE_TTS_DIR", "."))
MODE = os.environ.get("FAKE_TTS_MODE", "ok")
RATE = 22050


def make_engine() -> FakeEngine:
    return FakeEngine()


class FakeEngine:
    def __init__(self) -> None:
        if MODE == "init-fails":
            raise OSError("libespeak-ng.so.1: cannot open shared object file: No such file or directory")
        starts_file = STATE / "starts"
        self.start_number = int(starts_file.read_text()) + 1 if starts_file.exists() else 1
        starts_file.write_text(str(self.start_number))
        self.callbacks: list[Any] = []
        self.properties: dict[str, object] = {"voice": "fake/en", "rate": 175, "volume": 1.0}
        self.pending: tuple[str, str] | None = None

    def connect(self, topic: str, callback: Any) -> None:
        if topic == "finished-utterance":
            self.callbacks.append(callback)

    def getProperty(self, name: str) -> object:
        if name == "voices":
            return [SimpleNamespace(id="fake/en", name="Fake English", languages=["en"]),
                    SimpleNamespace(id="fake/de", name="Fake German", languages=["de"])]
        return self.properties[name]

    def setProperty(self, name: str, value: object) -> None:
        self.properties[name] = value

    def save_to_file(self, text: str, path: str) -> None:
        self.pending = (text, path)

    def runAndWait(self) -> None:
        assert self.pending is not None
        text, path = self.pending
        with open(STATE / "renders.log", "a", encoding="utf-8") as log:
            log.write(f"{self.start_number}\t{self.properties['voice']}\t{text}\n")
        if MODE == "hang-first" and self.start_number == 1:
            threading.Event().wait()  # hangs forever, like a stuck audio back end
        if MODE == "no-callback":
            return
        if MODE == "empty" or (MODE == "empty-first" and self.start_number == 1):
            Path(path).write_bytes(b"")
        else:
            seconds = 0.1 + 0.05 * len(text)
            lead, tail = round(0.037 * RATE), round(0.3 * RATE)
            tone = [round(9000 * math.sin(2 * math.pi * 300 * i / RATE)) for i in range(round(seconds * RATE))]
            samples = array.array("h", [0] * lead + tone + [0] * tail)
            with wave.open(path, "wb") as out:
                out.setnchannels(1)
                out.setsampwidth(2)
                out.setframerate(RATE)
                out.writeframes(samples.tobytes())
        for callback in self.callbacks:
            callback(name=None, completed=True)
