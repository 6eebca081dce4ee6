"""The PulseAudio null sink the audio tests use (started by scripts/private_pulse.py), and a recorder of its monitor."""

from __future__ import annotations

import array
import subprocess
import threading
import time
from dataclasses import dataclass

RATE = 44100


@dataclass
class PulseServer:
    server: str
    sink: str

    def recorder(self) -> Recorder:
        return Recorder(self)


class Recorder:
    """Records the null sink's monitor with parec (mono, 44.1 kHz) on a thread; tests wait on it."""

    def __init__(self, pulse: PulseServer) -> None:
        self.pulse = pulse
        self.samples: array.array[int] = array.array("h")
        self.started_at = 0.0
        self._cond = threading.Condition()
        self._process: subprocess.Popen[bytes] | None = None
        self._thread: threading.Thread | None = None
        self.first_data = threading.Event()

    def __enter__(self) -> Recorder:
        self._process = subprocess.Popen(
            ["parec", f"--device={self.pulse.sink}.monitor", "--raw", "--format=s16le", f"--rate={RATE}",
             "--channels=1", "--latency-msec=10", "--client-name=backcoach-test-recorder"],
            stdout=subprocess.PIPE,
        )
        self.started_at = time.monotonic()
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()
        assert self.first_data.wait(10), "parec produced no data in 10 s"
        return self

    def _read(self) -> None:
        assert self._process is not None and self._process.stdout is not None
        pending = b""
        while True:
            chunk = self._process.stdout.read1(4096)  # type: ignore[attr-defined]
            if not chunk:
                break
            pending += chunk
            usable = len(pending) - len(pending) % 2
            with self._cond:
                self.samples.frombytes(pending[:usable])
                self._cond.notify_all()
            pending = pending[usable:]
            self.first_data.set()

    def mark(self) -> int:
        """The number of samples recorded so far: sound after this point is new."""
        with self._cond:
            return len(self.samples)

    def wait_for_sound(self, after: int = 0, threshold: int = 2000, timeout: float = 10.0) -> int | None:
        """Wait until a sample after ``after`` is louder than ``threshold``; return its index (None: timeout)."""
        deadline = time.monotonic() + timeout
        checked = after
        with self._cond:
            while True:
                for i in range(checked, len(self.samples)):
                    if abs(self.samples[i]) > threshold:
                        return i
                checked = max(checked, len(self.samples))
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return None
                self._cond.wait(remaining)

    def wait_for_silence(self, after: int, seconds: float = 0.3, timeout: float = 10.0) -> int | None:
        """Wait until ``seconds`` of quiet follow ``after``; return where the quiet starts."""
        need = round(seconds * RATE)
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                quiet_from = after
                for i in range(after, len(self.samples)):
                    if abs(self.samples[i]) > 300:
                        quiet_from = i + 1
                if len(self.samples) - quiet_from >= need:
                    return quiet_from
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return None
                self._cond.wait(remaining)

    def __exit__(self, *exc: object) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.wait(timeout=5)
        if self._thread is not None:
            self._thread.join(timeout=5)
