"""Shared test set-up: Qt without a display, a private settings file and a private user folder (routines,
history, logs)."""

import os
from pathlib import Path

import pytest

# Before anything imports Qt: render offscreen, so the suite needs no display (CI has none).
os.environ["QT_QPA_PLATFORM"] = "offscreen"


@pytest.fixture(autouse=True)
def settings_file(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test (and every command it runs) reads and writes its own settings file, never the developer's."""
    path = tmp_path_factory.mktemp("settings") / "BackCoach.ini"
    monkeypatch.setenv("BACKCOACH_SETTINGS", str(path))
    return path


@pytest.fixture(autouse=True)
def private_user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test (and every command it runs) keeps its history and routines in a folder of its own, never in
    the developer's (``user_dir`` below gives a test the folder to look into)."""
    path = tmp_path_factory.mktemp("user-data")
    monkeypatch.setenv("BACKCOACH_USER_DIR", str(path))
    return path


@pytest.fixture
def user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty folder that the app uses as the user's routine folder (``BACKCOACH_USER_DIR``)."""
    path = tmp_path / "user"
    path.mkdir()
    monkeypatch.setenv("BACKCOACH_USER_DIR", str(path))
    return path
