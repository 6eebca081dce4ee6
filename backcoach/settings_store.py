"""The user's settings: one table of defaults, stored in one INI file, only values that differ written.

The file is the one ``QSettings`` has always written (``~/.config/BackCoach/BackCoach.ini`` on Linux, see
:func:`backcoach.resources.user_settings_path`), read and written here without Qt
(:mod:`backcoach.ini_file`), so the app and the command line read the very same settings and no file
moves or needs converting. Every stored value is checked in :func:`_decode`, the one place values are read.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, fields, replace
from pathlib import Path

from . import ini_file
from .audio.settings import AudioSettings
from .core.cue_types import Verbosity
from .core.durations import Level
from .core.model import Pace
from .core.preferences import Preferences
from .resources import user_settings_path

log = logging.getLogger("backcoach")


@dataclass(frozen=True)
class AppSettings(AudioSettings):
    """Everything the user can set: the sound settings (inherited, one definition) and how sessions run."""

    level: Level | None = None
    """Default level; None means each routine's own."""
    prepare: int | None = None
    """Get-ready seconds before each exercise; None means what the routine says."""
    pace: Pace | None = None
    """Counted or self-paced reps for every routine; None means what the routine says."""
    safety_acknowledged: bool = False

    def audio(self) -> AudioSettings:
        """Just the sound settings, for the audio layer."""
        return AudioSettings(**{f.name: getattr(self, f.name) for f in fields(AudioSettings)})

    def preferences(self) -> Preferences:
        """What these settings change about the sessions the core plans."""
        return Preferences(prepare=self.prepare, pace=self.pace)

    def with_changes(self, **changes: object) -> AppSettings:
        return replace(self, **changes)  # type: ignore[arg-type]


DEFAULTS = AppSettings()
RATE_RANGE = (80, 400)
"""Speech rates the dialog offers, in words a minute."""
PREPARE_RANGE = (0, 120)
"""Get-ready seconds the dialog and the command line's ``--prepare`` offer."""


def _decode(name: str, raw: object) -> object:
    """The file holds text; turn it into the field's type, or fail (the caller keeps the default)."""
    default = getattr(DEFAULTS, name)
    if not isinstance(raw, str):
        raise ValueError(f"a list, not one value: {raw!r}")
    text = raw
    if name in ("beeps", "muted", "safety_acknowledged"):
        return text.lower() in ("true", "1", "yes")
    if name in ("rate", "prepare"):
        return int(text)
    if name == "volume":
        return min(1.0, max(0.0, float(text)))
    if name == "verbosity":
        return Verbosity(text)
    if name == "level":
        return Level(text)
    if name == "pace":
        return Pace(text)
    return text if default is None or isinstance(default, str) else default


class SettingsStore:
    """Loads and saves :class:`AppSettings`; a bad stored value falls back to its default."""

    def __init__(self, path: Path | None = None) -> None:
        self._path = path or user_settings_path()

    @property
    def path(self) -> Path:
        return self._path

    def load(self) -> AppSettings:
        values: dict[str, object] = {}
        try:
            ini = ini_file.read(self._path)
        except (OSError, ini_file.IniError) as error:  # never a reason not to start: the defaults run
            log.warning("settings: %s: %s; using the defaults", self._path, getattr(error, "strerror", None) or error)
            return DEFAULTS
        for field in fields(AppSettings):
            raw = ini.get(field.name)
            if raw is None:
                continue
            try:
                values[field.name] = _decode(field.name, raw)
            except (TypeError, ValueError):
                # a hand-edited or old value: keep the default rather than fail to start
                log.warning("settings: %s: %s=%r is not valid; using the default", self._path, field.name, raw)
        return replace(DEFAULTS, **values)  # type: ignore[arg-type]

    def save(self, settings: AppSettings) -> str | None:
        """Write what differs from the defaults (keys this version does not know are kept).

        Returns ``None`` when saved, else what went wrong, for the status line: a full disk loses the
        change, never the session or the file that was there."""
        try:
            ini = ini_file.read(self._path)
        except (OSError, ini_file.IniError):
            ini = ini_file.IniFile()  # unreadable: replaced by what the user has just chosen
        for field in fields(AppSettings):
            value = getattr(settings, field.name)
            if value == getattr(DEFAULTS, field.name):
                ini.remove(field.name)
            else:
                ini.set(field.name, value.value if hasattr(value, "value") else value)
        try:
            ini_file.write(self._path, ini)
        except OSError as error:
            log.warning("settings: cannot save %s: %s", self._path, error)
            return f"Settings not saved: {error.strerror or error} ({self._path})"
        return None
