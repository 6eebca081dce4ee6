"""A private PulseAudio server with a null sink: real sound output on a machine without a sound card.

The one way the test suite, the audio tests run on their own, and the audio benchmarks get sound:

    python scripts/private_pulse.py -- COMMAND [ARG ...]   # run COMMAND with PULSE_SERVER set, then stop it

or, from Python, ``with PrivatePulse() as pulse: ...`` (``pulse.env`` holds ``PULSE_SERVER``/``PULSE_SINK``).
The server has its own runtime folder and socket (it never touches a user's server) and runs in the
foreground as any user, root included (``--system=false``). A keepalive stream of silence keeps the sink
running, and one short silent play warms it up: without them the first sounds come 0.2-1.4 s late.
When a server already answers at ``PULSE_SERVER``, that one is used and nothing is started.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

SINK = "backcoach_null"
RATE = 44100
TOOLS = ("pulseaudio", "pactl", "pacat")


class PulseUnavailable(RuntimeError):
    """No server could be started here (tools missing, or the server failed: the message says which)."""


def server_answers(env: dict[str, str] | None = None) -> bool:
    """True when ``pactl info`` reaches a server with this environment."""
    try:
        return subprocess.run(["pactl", "info"], env=env, capture_output=True, timeout=5).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


class PrivatePulse:
    """Start (or reuse) a server with the null sink; ``stop`` kills what was started and removes its folder."""

    def __init__(self, reuse: bool = True) -> None:
        self.env: dict[str, str] = {}
        self.folder: Path | None = None
        self.reuse = reuse
        """Use a server that already answers at PULSE_SERVER; False always starts one (to kill it in a test)."""
        self._processes: list[subprocess.Popen[bytes]] = []

    def __enter__(self) -> PrivatePulse:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def started_here(self) -> bool:
        return bool(self._processes)

    def start(self) -> None:
        if self.reuse and os.environ.get("PULSE_SERVER") and server_answers(dict(os.environ)):
            self.env = {"PULSE_SERVER": os.environ["PULSE_SERVER"], "PULSE_SINK": os.environ.get("PULSE_SINK", SINK)}
            return
        missing = [tool for tool in TOOLS if shutil.which(tool) is None]
        if missing:
            raise PulseUnavailable(f"{', '.join(missing)} not installed (sudo apt install pulseaudio pulseaudio-utils)")
        self.folder = Path(tempfile.mkdtemp(prefix="backcoach-pulse-"))
        self._launch()

    def kill_server(self) -> None:
        """Kill the server (and the keepalive) as a crash would, keeping its folder for :meth:`restart`."""
        for process in reversed(self._processes):
            process.kill()
            process.wait(timeout=5)
            if process.stdin is not None:  # the keepalive's pipe: silence still buffered would be flushed into
                with contextlib.suppress(OSError, ValueError):  # a dead pipe when it is collected, and warn
                    process.stdin.close()
        self._processes.clear()

    def restart(self) -> None:
        """Start the server again on the same socket, as a sound server that restarts does."""
        self.kill_server()
        self._launch()

    def _launch(self) -> None:
        assert self.folder is not None
        (self.folder / "native").unlink(missing_ok=True)  # a killed server leaves its socket behind
        config = self.folder / "default.pa"
        config.write_text(
            f"load-module module-native-protocol-unix socket={self.folder}/native auth-anonymous=1\n"
            f"load-module module-null-sink sink_name={SINK} rate={RATE} channels=2 "
            "sink_properties=device.description=BackCoach-null\n"
            f"set-default-sink {SINK}\nset-default-source {SINK}.monitor\n"
        )
        private_home = {"HOME": str(self.folder), "XDG_RUNTIME_DIR": str(self.folder),
                        "XDG_CONFIG_HOME": str(self.folder)}
        server = subprocess.Popen(
            ["pulseaudio", "-n", "-F", str(config), "--daemonize=no", "--system=false", "--use-pid-file=no",
             "--exit-idle-time=-1", "--disallow-exit", f"--log-target=file:{self.folder}/log"],
            env=dict(os.environ, **private_home), stdin=subprocess.DEVNULL,
        )
        self._processes.append(server)
        self.env = {"PULSE_SERVER": f"unix:{self.folder}/native", "PULSE_SINK": SINK}
        client_env = dict(os.environ, **self.env)
        for _ in range(100):
            if server.poll() is not None or server_answers(client_env):
                break
            time.sleep(0.1)  # waiting for the server to come up (not timing any sound)
        if not server_answers(client_env):
            log = self.folder / "log"
            text = log.read_text(errors="replace")[-2000:] if log.exists() else "no log"
            self.stop()
            raise PulseUnavailable(f"pulseaudio did not start: {text}")
        keepalive = subprocess.Popen(
            ["pacat", "--playback", "--raw", "--format=s16le", f"--rate={RATE}", "--channels=2", "--latency-msec=20",
             f"--device={SINK}", "--client-name=backcoach-keepalive"],
            stdin=subprocess.PIPE, env=client_env,
        )
        self._processes.append(keepalive)
        threading.Thread(target=_feed_silence, args=(keepalive,), daemon=True).start()
        subprocess.run(["pacat", "--playback", "--raw", "--format=s16le", f"--rate={RATE}", "--channels=1",
                        f"--device={SINK}", "--client-name=backcoach-warmup"],
                       input=bytes(RATE // 5), env=client_env, timeout=10, check=False)

    def stop(self) -> None:
        self.kill_server()  # the keepalive first, then the server
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None


def _feed_silence(process: subprocess.Popen[bytes]) -> None:
    block = bytes(4 * RATE // 10)
    try:
        while process.poll() is None and process.stdin is not None:
            process.stdin.write(block)
            process.stdin.flush()
    except (OSError, ValueError):
        pass


def main(argv: list[str]) -> int:
    if not argv or argv[0] != "--" or len(argv) < 2:
        print("usage: private_pulse.py -- COMMAND [ARG ...]", file=sys.stderr)
        return 2
    command = argv[1:]
    pulse = PrivatePulse()
    try:
        pulse.start()
    except PulseUnavailable as error:  # the audio tests then fail in CI and skip elsewhere, with this reason
        print(f"private_pulse: no sound server: {error}", file=sys.stderr)
        return subprocess.run(command, check=False).returncode
    try:
        where = "started" if pulse.started_here else "reused"
        print(f"private_pulse: {where} PulseAudio at {pulse.env['PULSE_SERVER']}, null sink {SINK}", file=sys.stderr)
        return subprocess.run(command, env=dict(os.environ, **pulse.env), check=False).returncode
    finally:
        pulse.stop()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
