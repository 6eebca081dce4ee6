"""A private PulseAudio server with a null sink, and a recorder of its monitor (helpers for the audio tests)."""

from __future__ import annotations

import array
import os
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

SINK = "backcoach_null"
RATE = 44100


def _pactl_ok(env: dict[str, str]) -> bool:
    try:
        return subprocess.run(["pactl", "info"], env=env, capture_output=True, timeout=5).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


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


def _start_private_server(folder: Path) -> tuple[list[subprocess.Popen[bytes]], dict[str, str]]:
    config = folder / "default.pa"
    config.write_text(
        f"load-module module-native-protocol-unix socket={folder}/native auth-anonymous=1\n"
        f"load-module module-null-sink sink_name={SINK} rate={RATE} channels=2\n"
        f"set-default-sink {SINK}\nset-default-source {SINK}.monitor\n"
    )
    server_env = dict(os.environ, HOME=str(folder), XDG_RUNTIME_DIR=str(folder), XDG_CONFIG_HOME=str(folder))
    server = subprocess.Popen(
        ["pulseaudio", "-n", "-F", str(config), "--daemonize=no", "--system=false", "--use-pid-file=no",
         "--exit-idle-time=-1", "--disallow-exit", f"--log-target=file:{folder}/log"],
        env=server_env, stdin=subprocess.DEVNULL,
    )
    env = dict(os.environ, PULSE_SERVER=f"unix:{folder}/native", PULSE_SINK=SINK)
    started = False
    for _ in range(100):
        if server.poll() is not None:
            break
        if _pactl_ok(env):
            started = True
            break
        time.sleep(0.1)  # polling for the server to start up (not timing any sound)
    if not started:
        server.kill()
        server.wait()
        log = (folder / "log").read_text(errors="replace") if (folder / "log").exists() else "no log"
        raise RuntimeError(f"pulseaudio did not start: {log[-2000:]}")
    keepalive = subprocess.Popen(
        ["pacat", "--playback", "--raw", "--format=s16le", f"--rate={RATE}", "--channels=2", "--latency-msec=20",
         f"--device={SINK}", "--client-name=backcoach-keepalive"],
        stdin=subprocess.PIPE, env=env,
    )
    threading.Thread(target=_feed_silence, args=(keepalive,), daemon=True).start()
    subprocess.run(["pacat", "--playback", "--raw", "--format=s16le", f"--rate={RATE}", "--channels=1",
                    f"--device={SINK}"], input=bytes(8820), env=env, timeout=10, check=False)
    return [keepalive, server], env


def _feed_silence(process: subprocess.Popen[bytes]) -> None:
    block = bytes(4 * RATE // 10)
    try:
        while process.poll() is None and process.stdin is not None:
            process.stdin.write(block)
            process.stdin.flush()
    except (BrokenPipeError, OSError, ValueError):
        pass


