"""Shared test set-up: Qt without a display, a private settings file and a private user folder (routines,
history, logs)."""

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Before anything imports Qt: render offscreen, so the suite needs no display (CI has none).
os.environ["QT_QPA_PLATFORM"] = "offscreen"

# Speed is measured in benchmarks/, never asserted in a test: hypothesis' default deadline (200 ms an example)
# is such an assertion, and it failed a property test of count ranges on a loaded two-core machine.
settings.register_profile("backcoach", deadline=None)
settings.load_profile("backcoach")


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
