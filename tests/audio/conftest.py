"""Audio test set-up: a private speech cache, and a real PulseAudio null sink whose monitor tests record.

``scripts/test.sh`` runs pytest under ``scripts/private_pulse.py``, which starts the server and exports
``PULSE_SERVER``; run without it, the ``pulse`` fixture starts one itself with the same code. If no server
can start, tests that need one are skipped — except in CI (``CI=true``), where they fail with the reason:
sound is part of what CI checks.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pulse_sink import PulseServer

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from private_pulse import PrivatePulse, PulseUnavailable


@pytest.fixture(autouse=True)
def _private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "cache"
    monkeypatch.setenv("BACKCOACH_CACHE_DIR", str(path))
    return path


@pytest.fixture(scope="session")
def pulse() -> Iterator[PulseServer]:
    """A PulseAudio server with the null sink ``backcoach_null``, for this process's players too: the one
    ``scripts/test.sh`` started, else a private one started here (scripts/private_pulse.py)."""
    def unavailable(reason: str) -> None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI needs a PulseAudio null sink for the audio tests: {reason}", pytrace=False)
        pytest.skip(f"no PulseAudio null sink: {reason}")

    if shutil.which("parec") is None:
        unavailable("parec is not installed (sudo apt install pulseaudio-utils)")
    server = PrivatePulse()
    try:
        server.start()
    except PulseUnavailable as error:
        unavailable(str(error))
    saved = {key: os.environ.get(key) for key in server.env}
    os.environ.update(server.env)
    try:
        yield PulseServer(server.env["PULSE_SERVER"], server.env["PULSE_SINK"])
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        server.stop()
