"""Where BackCoach finds its files: the bundled data inside the installed package, and the user's folder.

Bundled routines, programmes, sounds and icons are read from the installed package's own folder (what
:mod:`importlib.resources` gives for a package on disk, without importing it before the first frame; the
build places the repository's ``routines/``, ``programmes/``, ``assets/`` and ``docs/`` there). A source checkout and
an editable install have no such folders beside the code, so there the checkout's own top-level
``routines/`` and ``assets/`` are used: ``pytest``, ``python -m backcoach`` and ``pip install -e .``
work the way a Python developer expects. This module imports no Qt, so the CLI can use it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "BackCoach"
USER_DIR_ENV = "BACKCOACH_USER_DIR"
SETTINGS_ENV = "BACKCOACH_SETTINGS"
CACHE_DIR_ENV = "BACKCOACH_CACHE_DIR"


def _package_dir(name: str) -> Path:
    """``name`` inside the installed package, or else in the source checkout the package lives in."""
    path = Path(__file__).resolve().parent / name
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


def bundled_programmes_dir() -> Path:
    """The programmes that ship with the app (read-only): weekly plans made of the bundled routines."""
    return _package_dir("programmes")


def assets_dir() -> Path:
    """Sounds, icons and the JSON Schema that ship with the app."""
    return _package_dir("assets")


def docs_dir() -> Path:
    """The user's documentation (``docs/``, Markdown), shown by the Help menu: it ships with the app, so help
    never needs the internet."""
    return _package_dir("docs")


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


def user_programmes_dir() -> Path:
    """Where the user's own programmes live (created on first save, not on read)."""
    return user_data_dir() / "programmes"


def user_history_path() -> Path:
    """The session history database (``BACKCOACH_USER_DIR`` moves it with the rest of the user's data)."""
    return user_data_dir() / "history.sqlite3"


def user_settings_path() -> Path:
    """The settings file; ``BACKCOACH_SETTINGS`` overrides it (tests, portable installs).

    It is where ``QSettings(IniFormat, UserScope, "BackCoach", "BackCoach")`` keeps it, which is where
    BackCoach has always kept it: ``%APPDATA%\\BackCoach\\BackCoach.ini`` on Windows, and elsewhere
    ``BackCoach/BackCoach.ini`` under ``$XDG_CONFIG_HOME`` (absolute, or relative to the home folder) or
    ``~/.config`` (macOS too: Qt uses the same rule there for INI files).
    """
    override = os.environ.get(SETTINGS_ENV)
    if override:
        return Path(override)
    home = Path.home()
    if sys.platform == "win32":
        folder = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    else:
        config = os.environ.get("XDG_CONFIG_HOME", "")
        folder = home / config if config else home / ".config"  # an absolute value replaces the home folder
    return folder / APP_NAME / f"{APP_NAME}.ini"


def user_cache_dir() -> Path:
    """The user's cache folder for BackCoach (``BACKCOACH_CACHE_DIR`` overrides it): rendered speech, parsed
    routines; everything in it can be made again."""
    override = os.environ.get(CACHE_DIR_ENV)
    if override:
        return Path(override)
    home = Path.home()
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA", home / "AppData" / "Local")) / APP_NAME / "cache"
    if sys.platform == "darwin":
        return home / "Library" / "Caches" / APP_NAME
    return Path(os.environ.get("XDG_CACHE_HOME") or home / ".cache") / APP_NAME
