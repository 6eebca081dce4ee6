"""Shared test set-up: Qt without a display, tests against the installed package, a private user folder."""

import os
from pathlib import Path

import pytest

# Before anything imports Qt: render offscreen, so the suite needs no display (CI has none).
os.environ["QT_QPA_PLATFORM"] = "offscreen"

SOURCE_PACKAGE = Path(__file__).resolve().parent.parent / "backcoach"


@pytest.fixture(scope="session", autouse=True)
def _installed_backcoach() -> None:
    """Fail unless ``backcoach`` comes from an installed location, not the repository's source folder.

    Only the installed package holds the bundled routines and assets (pyproject force-includes them).
    """
    import backcoach

    location = Path(backcoach.__file__).resolve().parent
    if location == SOURCE_PACKAGE:
        pytest.fail(
            f"backcoach was imported from the source tree ({location}): run scripts/test.sh, "
            "or pip install . — tests run against the installed package",
            pytrace=False,
        )


@pytest.fixture
def user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty folder that the app uses as the user's routine folder (``BACKCOACH_USER_DIR``)."""
    path = tmp_path / "user"
    path.mkdir()
    monkeypatch.setenv("BACKCOACH_USER_DIR", str(path))
    return path
