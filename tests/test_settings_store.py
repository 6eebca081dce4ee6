"""Settings: one Qt-free store for the app and the command line, in the file QSettings has always written."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from backcoach import ini_file
from backcoach.core import atomic
from backcoach.core.cue_types import Verbosity
from backcoach.core.durations import Level
from backcoach.core.model import Pace
from backcoach.core.preferences import Preferences
from backcoach.resources import user_settings_path
from backcoach.settings_store import DEFAULTS, AppSettings, SettingsStore

WRITTEN_BY_QSETTINGS = """[General]
muted=true
prepare=20
rate=200
verbosity=beeps
voice=gmw/en-GB-x-rp
volume=0.8
level=advanced
pace=self
safety_acknowledged=true
"""


def test_a_file_qsettings_wrote_is_read_as_it_was_meant(tmp_path: Path) -> None:
    path = tmp_path / "BackCoach.ini"
    path.write_text(WRITTEN_BY_QSETTINGS)
    settings = SettingsStore(path).load()
    assert settings == AppSettings(muted=True, prepare=20, rate=200, verbosity=Verbosity.BEEPS, voice="gmw/en-GB-x-rp",
                                   volume=0.8, level=Level.ADVANCED, pace=Pace.SELF, safety_acknowledged=True)
    assert settings.preferences() == Preferences(prepare=20, pace=Pace.SELF)


def test_saving_writes_only_what_differs_and_keeps_what_it_does_not_know(tmp_path: Path) -> None:
    path = tmp_path / "BackCoach.ini"
    path.write_text("[General]\nrate=200\nfuture_setting=\"kept, as written\"\n\n[Window]\ngeometry=@ByteArray(x)\n")
    store = SettingsStore(path)
    assert store.save(AppSettings(prepare=15, voice="@odd, voice")) is None
    text = path.read_text()
    assert "rate" not in text and "prepare=15" in text and 'future_setting="kept, as written"' in text
    assert "[Window]\ngeometry=@ByteArray(x)" in text
    assert store.load() == AppSettings(prepare=15, voice="@odd, voice")
    assert [p.name for p in tmp_path.iterdir()] == ["BackCoach.ini"]  # no temporary file left behind


@pytest.mark.parametrize(("line", "field"), [("rate=fast", "rate"), ("verbosity=loud", "verbosity"),
                                             ("level=a, b", "level"), ("prepare=", "prepare")])
def test_a_bad_value_falls_back_to_its_default_and_the_rest_still_count(tmp_path: Path, line: str, field: str) -> None:
    path = tmp_path / "BackCoach.ini"
    path.write_text(f"[General]\n{line}\nmuted=true\n")
    settings = SettingsStore(path).load()
    assert getattr(settings, field) == getattr(DEFAULTS, field) and settings.muted


def test_an_unreadable_file_gives_the_defaults_and_saving_replaces_it(tmp_path: Path) -> None:
    path = tmp_path / "BackCoach.ini"
    path.write_bytes(b"[General]\nmuted=\xff\xfe\n")
    store = SettingsStore(path)
    assert store.load() == DEFAULTS
    assert store.save(AppSettings(muted=True)) is None and store.load() == AppSettings(muted=True)
    path.write_bytes(b"x" * (ini_file.MAX_BYTES + 1))
    assert store.load() == DEFAULTS


def test_a_save_that_fails_says_so_and_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "BackCoach.ini"
    path.write_text("[General]\nmuted=true\n")

    def disk_full(*_: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "replace", disk_full)
    problem = SettingsStore(path).save(AppSettings(prepare=30))
    assert problem is not None and problem.startswith("Settings not saved: No space left on device")
    assert SettingsStore(path).load() == AppSettings(muted=True)
    assert [p.name for p in tmp_path.iterdir()] == ["BackCoach.ini"]


@pytest.mark.parametrize(("raw", "value"), [
    ('"x, y"', "x, y"), ('" lead"', " lead"), ('"é\\"q\\\\;="', 'é"q\\;='), ("@@at", "@at"), ("", ""),
    ("tab\\there\\nnl", "tab\there\nnl"), ("\\x41\\102C", "ABC"), ("  padded  ", "padded"),
    ("a, b ,c", ["a", "b", "c"]),
])
def test_values_unescape_as_qsettings_reads_them(raw: str, value: object) -> None:
    assert ini_file.unescape(raw) == value


@pytest.mark.parametrize("text", ["x, y", " lead", 'é"q\\;=', "@at", "", "tab\there\nnl", "\x01A", "trail "])
def test_every_text_written_reads_back_the_same(text: str) -> None:
    assert ini_file.unescape(ini_file.escape(text)) == text


def test_the_file_is_where_qsettings_keeps_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("BACKCOACH_SETTINGS")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    assert user_settings_path() == tmp_path / ".config" / "BackCoach" / "BackCoach.ini"
    monkeypatch.setenv("XDG_CONFIG_HOME", "/somewhere/else")
    assert user_settings_path() == Path("/somewhere/else/BackCoach/BackCoach.ini")
    monkeypatch.setenv("BACKCOACH_SETTINGS", str(tmp_path / "mine.ini"))
    assert user_settings_path() == tmp_path / "mine.ini"


@pytest.mark.parametrize(("line", "field", "expected"), [
    ("progress_after=2", "progress_after", 2), ("progress_after=9", "progress_after", 3),
    ("progress_after=1", "progress_after", 2), ("progress_after=often", "progress_after", 3),
    ("recovery_hours=72", "recovery_hours", 72), ("recovery_hours=24", "recovery_hours", 48),
    ("recovery_hours=1000", "recovery_hours", 72), ("recovery_hours=2.5", "recovery_hours", 48),
])
def test_the_programme_settings_are_read_within_the_articles_ranges(tmp_path: Path, line: str, field: str,
                                                                   expected: int) -> None:
    """"Two or three times in a row" (too easy before a harder step), kimfitness's "48 to 72 hours" of recovery:
    a value outside is clamped into the range, one that cannot be read is the default (3, 48)."""
    path = tmp_path / "BackCoach.ini"
    path.write_text(f"[General]\n{line}\n")
    assert getattr(SettingsStore(path).load(), field) == expected
    assert (DEFAULTS.progress_after, DEFAULTS.recovery_hours) == (3, 48)
