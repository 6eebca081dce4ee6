"""Where BackCoach finds its files: the bundled data inside the installed package, and the user's folder.

Bundled routines, sounds and icons are read through :mod:`importlib.resources` from the installed
package (the build places the repository's ``routines/`` and ``assets/`` there). A source checkout and
an editable install have no such folders beside the code, so there the checkout's own top-level
``routines/`` and ``assets/`` are used: ``pytest``, ``python -m backcoach`` and ``pip install -e .``
work the way a Python developer expects. This module imports no Qt, so the CLI can use it.
"""

from __future__ import annotations

import os
import sys
from importlib.resources import files
from pathlib import Path

APP_NAME = "BackCoach"
USER_DIR_ENV = "BACKCOACH_USER_DIR"


def _package_dir(name: str) -> Path:
    """``name`` inside the installed package, or else in the source checkout the package lives in."""
    path = Path(str(files("backcoach").joinpath(name)))
    if path.is_dir():
        return path
    checkout = path.parent.parent / name  # backcoach/../routines in a checkout or an editable install
    if checkout.is_dir() and (path.parent.parent / "pyproject.toml").is_file():
        return checkout
    raise FileNotFoundError(
        f"BackCoach's bundled {name} are missing: not at {path}, nor at {checkout} — reinstall BackCoach "
        "(pip install .)"
    )


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


def user_log_dir() -> Path:
    """Where ``backcoach.log`` is written (``$XDG_STATE_HOME/BackCoach`` on Linux; beside the data elsewhere)."""
    override = os.environ.get(USER_DIR_ENV)
    if override:
        return Path(override) / "logs"
    if sys.platform in ("win32", "darwin"):
        return user_data_dir() / "logs"
    return Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state") / APP_NAME


def user_routines_dir() -> Path:
    """Where the user's own routines live (created on first save, not on read)."""
    return user_data_dir() / "routines"
