"""The user's settings: one table of defaults, stored in one INI file, only values that differ written.

The file is the one ``QSettings`` has always written (``~/.config/BackCoach/BackCoach.ini`` on Linux, see
:func:`backcoach.resources.user_settings_path`), read and written here without Qt
(:mod:`backcoach.ini_file`), so the app and the command line read the very same settings and no file
moves or needs converting. Every stored value is checked in :func:`_decode`, the one place values are read:
a value out of range is clamped into the range the dialog offers, one that cannot be used falls back to its
default, and either is noted in the log.
"""

from __future__ import annotations

import errno
import logging
import math
import re
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING

from . import ini_file
from .audio.settings import AudioSettings
from .core.advice import PROGRESS_AFTER, PROGRESS_AFTER_DEFAULT, RECOVERY_HOURS
from .core.choices import Level, Pace, Verbosity
from .core.preferences import Preferences
from .resources import user_settings_path

if TYPE_CHECKING:
    from .core.history_stats import WeekTarget

log = logging.getLogger(__name__)


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
    ask_pain_before: bool = False
    """Ask how the back is (0-10) before each session, for the history's pain trend."""
    week_target_low: int = 2
    week_target_high: int = 4
    """Sessions a week the history measures against: the articles' "two to four days a week" by default."""
    last_routine: str | None = None
    """The routine file of the last session opened: the library selects it again at the next start."""
    audience_screen: str = "auto"
    """Where the audience view goes during a class: ``auto`` (another screen when there is one), ``off``, or a
    screen's name (``HDMI-1``)."""
    quick_timer: str = ""
    """The last quick timer, in its short form (``8x20/10: Plank, Bird dog``): the dialog opens on it."""
    progress_after: int = PROGRESS_AFTER_DEFAULT
    """Sessions in a row rated too easy before the summary offers a harder step (2 or 3)."""
    recovery_hours: int = RECOVERY_HOURS[0]
    """Hours a muscle group rests after a session that worked it hard (kimfitness: 48 to 72)."""

    def audio(self) -> AudioSettings:
        """Just the sound settings, for the audio layer."""
        return AudioSettings(**{f.name: getattr(self, f.name) for f in fields(AudioSettings)})

    def preferences(self) -> Preferences:
        """What these settings change about the sessions the core plans."""
        return Preferences(prepare=self.prepare, pace=self.pace, position_change=self.position_change,
                           gentler=self.gentler)

    def week_target(self) -> WeekTarget:
        """The sessions a week the history measures against (the two ends in order, however they were set)."""
        from .core.history_stats import WeekTarget  # the history's modules load with the history

        low, high = sorted((self.week_target_low, self.week_target_high))
        return WeekTarget(low, high)

    def with_changes(self, **changes: object) -> AppSettings:
        return replace(self, **changes)  # type: ignore[arg-type]


DEFAULTS = AppSettings()
RATE_RANGE = (80, 400)
"""Speech rates the dialog offers, in words a minute; a stored rate outside them is clamped on load."""
PREPARE_RANGE = (0, 120)
"""Get-ready seconds the dialog and the command line's ``--prepare`` offer; more is clamped, a negative
value means the routine's own."""
POSITION_CHANGE_RANGE = (0, 60)
"""Seconds added for each step of a change of position, as the dialog and ``--position-change`` offer; as
for ``prepare``."""
WEEK_TARGET_RANGE = (1, 14)
"""Sessions a week the history's target may ask for (the articles: two to four)."""
PROGRESS_AFTER_RANGE = PROGRESS_AFTER
"""Sessions in a row rated too easy before a harder step is offered: "two or three times in a row"."""
RECOVERY_HOURS_RANGE = RECOVERY_HOURS
"""Hours of recovery for a muscle group worked hard: kimfitness's "48 to 72 hours"."""
MAX_TEXT_CHARS = 1000
"""Longer than any voice id; a longer stored text is a damaged file, not a setting."""
_RANGES = {"rate": RATE_RANGE, "prepare": PREPARE_RANGE, "position_change": POSITION_CHANGE_RANGE,
           "week_target_low": WEEK_TARGET_RANGE, "week_target_high": WEEK_TARGET_RANGE,
           "progress_after": PROGRESS_AFTER_RANGE, "recovery_hours": RECOVERY_HOURS_RANGE}
_BOOLEANS = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}
_WHOLE = re.compile(r"[+-]?[0-9]{1,18}")
_CANNOT_WRITE = {errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOTDIR, errno.EISDIR, errno.EEXIST}
"""Errors that mean the settings' place cannot be written at all (rather than, say, a full disk)."""


class BadSetting(ValueError):
    """A stored value that cannot be used at all: the setting falls back to its default."""


def _decode(name: str, raw: object) -> tuple[object, str | None]:
    """A stored value as the field's type, kept inside the range the dialog offers.

    The INI file holds text (a list where the text has a top-level comma). Returns the value and, when it is
    not what was stored, why, for the log; raises :class:`BadSetting` when nothing usable is there. Nothing
    here may raise anything else: the settings are read before the window is built.
    """
    default = getattr(DEFAULTS, name)
    if not isinstance(raw, str):
        raise BadSetting("is not a single value")
    if len(raw) > MAX_TEXT_CHARS:
        raise BadSetting(f"is {len(raw):,} characters long")
    text = raw.strip()
    if isinstance(default, bool):
        if text.lower() not in _BOOLEANS:
            raise BadSetting("is neither true nor false")
        return _BOOLEANS[text.lower()], None
    if name in _RANGES:
        if not _WHOLE.fullmatch(text):
            raise BadSetting("is not a whole number")
        value = int(text)
        low, high = _RANGES[name]
        if name in ("prepare", "position_change") and value < 0:
            return None, "is negative: what the routine says is used"
        if not low <= value <= high:
            clamped = min(high, max(low, value))
            return clamped, f"is outside {low}-{high}: {clamped} is used"
        return value, None
    if name == "volume":
        try:
            volume = float(text)
        except ValueError:
            raise BadSetting("is not a number") from None
        if not math.isfinite(volume):
            raise BadSetting("is not a finite number")
        if not 0.0 <= volume <= 1.0:
            clamped_volume = min(1.0, max(0.0, volume))
            return clamped_volume, f"is outside 0-1: {clamped_volume:g} is used"
        return volume, None
    kinds: dict[str, type[Verbosity] | type[Level] | type[Pace]] = {
        "verbosity": Verbosity, "level": Level, "pace": Pace,
    }
    if name in kinds:
        try:
            return kinds[name](text), None
        except ValueError:
            raise BadSetting(f"is not one of {', '.join(m.value for m in kinds[name])}") from None
    if default is None or isinstance(default, str):
        return raw, None
    raise BadSetting("is not a setting this version reads")


class SettingsStore:
    """Loads and saves :class:`AppSettings`; a bad stored value falls back to its default."""

    def __init__(self, path: Path | None = None) -> None:
        self._path = path or user_settings_path()

    @property
    def path(self) -> Path:
        return self._path

    def load(self) -> AppSettings:
        """The stored settings, each one usable: a value out of range is clamped, one that cannot be read is
        replaced by its default (a hand-edited or damaged file must not stop the app or its dialog), and
        either is noted in the log."""
        values: dict[str, object] = {}
        try:
            ini = ini_file.read(self._path)
        except (OSError, ini_file.IniError) as error:  # never a reason not to start: the defaults run
            log.warning("settings %s: %s; using the defaults", self._path, getattr(error, "strerror", None) or error)
            return DEFAULTS
        for field in fields(AppSettings):
            raw = ini.get(field.name)
            if raw is None:
                continue
            try:
                value, note = _decode(field.name, raw)
            except BadSetting as problem:
                log.warning("settings %s: %s=%s %s; the default (%r) is used",
                            self._path, field.name, _shown(raw), problem, getattr(DEFAULTS, field.name))
                continue
            if note:
                log.warning("settings %s: %s=%s %s", self._path, field.name, _shown(raw), note)
            values[field.name] = value
        return replace(DEFAULTS, **values)  # type: ignore[arg-type]

    def save(self, settings: AppSettings) -> str | None:
        """Write what differs from the defaults (keys this version does not know are kept).

        Returns ``None`` when saved, else what went wrong, for the status line: the settings still apply to
        this run, and a full disk loses the change, never the session or the file that was there."""
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
            log.warning("settings %s: cannot save: %s", self._path, error)
            if error.errno in _CANNOT_WRITE:
                return f"Settings not saved (cannot write {self._path}); they apply until you quit."
            return f"Settings not saved: {error.strerror or error} ({self._path}); they apply until you quit."
        return None


def _shown(raw: object) -> str:
    text = repr(raw)
    return text if len(text) <= 60 else f"{text[:59]}… ({len(text):,} characters)"
