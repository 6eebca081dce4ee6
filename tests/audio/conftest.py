"""Audio test set-up: a private speech cache, and a real PulseAudio null sink whose monitor tests record.

``scripts/test.sh`` starts the server and exports ``PULSE_SERVER``; run without it, the ``pulse`` fixture
starts one itself. If no server can start, tests that need one are skipped — except in CI (``CI=true``),
where they fail with the reason: sound is part of what CI checks.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pulse_sink import SINK, PulseServer, _pactl_ok, _start_private_server


@pytest.fixture(autouse=True)
def _private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "cache"
    monkeypatch.setenv("BACKCOACH_CACHE_DIR", str(path))
    return path


@pytest.fixture(scope="session")
def pulse() -> Iterator[PulseServer]:
    """A PulseAudio server with the null sink ``backcoach_null``, for this process's players too."""
    in_ci = os.environ.get("CI", "").lower() == "true"

    def unavailable(reason: str) -> None:
        if in_ci:
            pytest.fail(f"CI needs a PulseAudio null sink for the audio tests: {reason}", pytrace=False)
        pytest.skip(f"no PulseAudio null sink: {reason}")

    for tool in ("pulseaudio", "pactl", "pacat", "parec"):
        if shutil.which(tool) is None:
            unavailable(f"{tool} is not installed (sudo apt install pulseaudio pulseaudio-utils)")
    if os.environ.get("PULSE_SERVER") and _pactl_ok(dict(os.environ)):
        yield PulseServer(os.environ["PULSE_SERVER"], os.environ.get("PULSE_SINK", SINK))
        return
    folder = Path(tempfile.mkdtemp(prefix="backcoach-pulse-"))
    try:
        processes, env = _start_private_server(folder)
    except (OSError, RuntimeError, subprocess.SubprocessError) as error:
        shutil.rmtree(folder, ignore_errors=True)
        unavailable(str(error))
        return
    saved = {key: os.environ.get(key) for key in ("PULSE_SERVER", "PULSE_SINK")}
    os.environ.update(PULSE_SERVER=env["PULSE_SERVER"], PULSE_SINK=SINK)
    try:
        yield PulseServer(env["PULSE_SERVER"], SINK)
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        for process in processes:
            process.kill()
            process.wait(timeout=5)
        shutil.rmtree(folder, ignore_errors=True)
