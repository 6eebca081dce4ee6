"""The user's settings: one table of defaults, stored with QSettings, only values that differ written.

Tests point the store at a temporary INI file; the app uses the user's native settings location.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from pathlib import Path

from PySide6.QtCore import QSettings

from ..audio.settings import AudioSettings
from ..core.cue_types import Verbosity
from ..core.durations import Level
from ..core.model import Pace


@dataclass(frozen=True)
class AppSettings(AudioSettings):
    """Everything the user can set: the sound settings (inherited, one definition) and how sessions run."""

    level: Level | None = None
    """Default level; None means each routine's own."""
    prepare: int | None = None
    """Get-ready seconds before each exercise; None means what the routine says."""
    pace: Pace | None = None
    """Counted or self-paced reps for every routine; None means what the routine says."""
    position_change: int | None = None
    """Extra get-ready seconds for each step of a change of position; None means what the routine says."""
    gentler: bool = False
    """Swap every high-impact move for the gentler move the exercise library names (or leave it out)."""
    safety_acknowledged: bool = False

    def audio(self) -> AudioSettings:
        """Just the sound settings, for the audio layer."""
        return AudioSettings(**{f.name: getattr(self, f.name) for f in fields(AudioSettings)})

    def with_changes(self, **changes: object) -> AppSettings:
        return replace(self, **changes)  # type: ignore[arg-type]


DEFAULTS = AppSettings()


def _decode(name: str, raw: object) -> object:
    """QSettings hands back strings from INI files; turn them into the field's type, or fail."""
    default = getattr(DEFAULTS, name)
    text = str(raw)
    if name in ("beeps", "muted", "safety_acknowledged", "gentler"):
        return text.lower() in ("true", "1", "yes")
    if name in ("rate", "prepare", "position_change"):
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
        if path is None:
            self._qsettings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "BackCoach", "BackCoach")
        else:
            self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def path(self) -> str:
        return self._qsettings.fileName()

    def load(self) -> AppSettings:
        values: dict[str, object] = {}
        for field in fields(AppSettings):
            if not self._qsettings.contains(field.name):
                continue
            try:
                values[field.name] = _decode(field.name, self._qsettings.value(field.name))
            except (TypeError, ValueError):
                continue  # a hand-edited or old value: keep the default rather than fail to start
        return replace(DEFAULTS, **values)  # type: ignore[arg-type]

    def save(self, settings: AppSettings) -> None:
        for field in fields(AppSettings):
            value = getattr(settings, field.name)
            if value == getattr(DEFAULTS, field.name):
                self._qsettings.remove(field.name)
            else:
                self._qsettings.setValue(field.name, value.value if hasattr(value, "value") else value)
        self._qsettings.sync()
