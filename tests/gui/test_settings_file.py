"""The settings file stays a QSettings file: Qt and BackCoach's own reader agree on it, both ways, and on where
it is, so settings saved by earlier versions (which used QSettings) are read as they are, with no migration."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from backcoach import ini_file
from backcoach.core.cue_types import Verbosity
from backcoach.settings_store import AppSettings, SettingsStore

TEXTS = ["gmw/en", "x, y", " lead", 'é"q\\;=', "@at", "", "tab\there\nnl", "trail "]


def test_what_qsettings_writes_is_read_the_same(tmp_path: Path) -> None:
    path = tmp_path / "q.ini"
    qsettings = QSettings(str(path), QSettings.Format.IniFormat)
    for number, text in enumerate(TEXTS):
        qsettings.setValue(f"text{number}", text)
    qsettings.setValue("rate", 210)
    qsettings.setValue("volume", 0.8)
    qsettings.setValue("muted", True)
    qsettings.setValue("verbosity", "full")
    qsettings.sync()
    ini = ini_file.read(path)
    assert [ini.get(f"text{number}") for number in range(len(TEXTS))] == TEXTS
    assert SettingsStore(path).load() == AppSettings(rate=210, volume=0.8, muted=True, verbosity=Verbosity.FULL)


def test_what_backcoach_writes_qsettings_reads_the_same(tmp_path: Path) -> None:
    path = tmp_path / "ours.ini"
    ini = ini_file.IniFile()
    for number, text in enumerate(TEXTS):
        ini.set(f"text{number}", text)
    ini_file.write(path, ini)
    SettingsStore(path).save(AppSettings(rate=210, muted=True, voice="gmw/en"))
    qsettings = QSettings(str(path), QSettings.Format.IniFormat)
    assert [qsettings.value(f"text{number}") for number in range(len(TEXTS))] == TEXTS
    assert (qsettings.value("rate"), qsettings.value("muted"), qsettings.value("voice")) == ("210", "true", "gmw/en")


WHERE_QT_KEEPS_IT = """
from PySide6.QtCore import QSettings
from backcoach.resources import user_settings_path
qt = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "BackCoach", "BackCoach").fileName()
print(qt == str(user_settings_path()), qt)
"""


@pytest.mark.parametrize("config_home", [None, "/elsewhere/config"])
def test_the_file_is_the_one_qsettings_has_always_used(tmp_path: Path, config_home: str | None) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("BACKCOACH_SETTINGS", "XDG_CONFIG_HOME")}
    env["HOME"] = str(tmp_path)
    if config_home:
        env["XDG_CONFIG_HOME"] = config_home
    result = subprocess.run([sys.executable, "-c", WHERE_QT_KEEPS_IT], capture_output=True, text=True, env=env,
                            check=True)
    assert result.stdout.startswith("True "), result.stdout
