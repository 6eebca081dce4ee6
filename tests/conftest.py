"""Shared test set-up: Qt without a display and a private user folder."""

import os
from pathlib import Path

import pytest

# Before anything imports Qt: render offscreen, so the suite needs no display (CI has none).
os.environ["QT_QPA_PLATFORM"] = "offscreen"

@pytest.fixture
def user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty folder that the app uses as the user's routine folder (``BACKCOACH_USER_DIR``)."""
    path = tmp_path / "user"
    path.mkdir()
    monkeypatch.setenv("BACKCOACH_USER_DIR", str(path))
    return path
