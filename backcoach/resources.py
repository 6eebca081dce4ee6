"""Where BackCoach finds its files: the bundled data inside the installed package, and the user's folder.

Bundled routines, sounds and icons are read through :mod:`importlib.resources` from the installed
package (the build places the repository's ``routines/`` and ``assets/`` there), never from a source
checkout, so what is tested is what users get. This module imports no Qt, so the CLI can use it.
"""

from __future__ import annotations

import os
import sys
from importlib.resources import files
from pathlib import Path

APP_NAME = "BackCoach"
USER_DIR_ENV = "BACKCOACH_USER_DIR"


def _package_dir(name: str) -> Path:
    path = Path(str(files("backcoach").joinpath(name)))
    if not path.is_dir():
        raise FileNotFoundError(
            f"BackCoach's bundled {name} are missing at {path}: install the package with 'pip install .' "
            "(the source folder alone does not contain them)"
        )
    return path


def bundled_routines_dir() -> Path:
    """The routines that ship with the app (read-only)."""
    return _package_dir("routines")


def assets_dir() -> Path:
    """Sounds, icons and the JSON Schema that ship with the app."""
    return _package_dir("assets")


def user_data_dir() -> Path:
    """The user's BackCoach folder; ``BACKCOACH_USER_DIR`` overrides it (tests, portable installs).

    It matches Qt's ``QStandardPaths.AppDataLocation`` for an application named BackCoach with no
    organisation, so the CLI and the GUI agree without the CLI importing Qt.
    """
    override = os.environ.get(USER_DIR_ENV)
    if override:
        return Path(override)
    home = Path.home()
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", home / "AppData" / "Roaming")) / APP_NAME
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / APP_NAME
    return Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share") / APP_NAME


def user_routines_dir() -> Path:
    """Where the user's own routines live (created on first save, not on read)."""
    return user_data_dir() / "routines"
