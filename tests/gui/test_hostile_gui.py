"""The window with hostile files and settings (issue 12): a broken file is listed as broken and the rest
load; the editor's watcher reports a file it cannot read; stored settings are clamped on load; a settings
save that fails is said on the status line."""

from __future__ import annotations

import errno
import logging
import os
from pathlib import Path

import pytest
from gui_harness import Harness
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_editor import open_mine

from backcoach.core import files
from backcoach.core.cue_types import Verbosity
from backcoach.core.durations import Level
from backcoach.core.timeline import StepKind
from backcoach.gui.settings_dialog import SettingsDialog
from backcoach.settings_store import DEFAULTS, AppSettings, SettingsStore

MINE = "backcoach: 1\ntitle: My class\nblocks:\n  - title: Main\n    exercises:\n      - name: Bird dog\n" \
       "        reps: 10\n"
DIGITS = "backcoach: 1\ntitle: T\nblocks:\n  - title: B\n    exercises:\n      - name: X\n        hold: 30s\n" \
         "        sets: " + "1" * 5_000 + "\n"


def test_a_file_with_a_huge_number_is_listed_broken_and_the_rest_load(qtbot: QtBot, harness: Harness) -> None:
    (harness.user_routines / "digits.yaml").write_text(DIGITS)
    (harness.user_routines / "loop.yaml").symlink_to("loop.yaml")
    (harness.user_routines / "mine.yaml").write_text(MINE)
    with qtbot.waitSignal(harness.window.libraryLoaded):
        harness.window.reload()
    titles = harness.window.routine_library.titles()
    assert "The back fit workout" in titles and "My class" in titles
    assert "digits.yaml (broken)" in titles and "loop.yaml (broken)" in titles
    library = harness.window.routine_library
    tip = library.proxy.index(titles.index("digits.yaml (broken)"), 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "digits.yaml:8:15: 'sets': a number this long (5,000 digits) is not a count" in tip
    assert "2 broken" in harness.window.status.text()


# -- the editor's watcher --------------------------------------------------------------------------------


def assert_kept_and_told(harness: Harness, path: Path, why: str) -> None:
    editor = harness.window.editor
    assert "Changed on disk" not in harness.prompter.asked  # nothing to reload: no question
    assert editor.routine is not None and editor.routine.title == "My class"
    assert editor.message.text() == (
        f"{path.name} was changed by another program and cannot be read: {why}. "
        "Your routine stays open here; save to write it again."
    )


def test_a_file_reencoded_by_another_program_is_reported_not_raised(qtbot: QtBot, harness: Harness) -> None:
    _, path = open_mine(qtbot, harness, MINE)
    with qtbot.waitSignal(harness.window.editor.watcher.fileChanged, timeout=5000):
        path.write_bytes(MINE.replace("My class", "Ma séance").encode("latin-1"))
    assert_kept_and_told(harness, path, "the file is not UTF-8 text (byte 0xe9); save it as UTF-8")


def test_a_file_replaced_by_a_folder_is_reported_not_raised(qtbot: QtBot, harness: Harness) -> None:
    _, path = open_mine(qtbot, harness, MINE)
    with qtbot.waitSignal(harness.window.editor.watcher.fileChanged, timeout=5000):
        path.unlink()
        path.mkdir()  # before the event loop hears of the removal
    assert_kept_and_told(harness, path, "this is a folder, not a file: BackCoach reads only regular files")


def test_a_file_made_unreadable_is_reported_not_raised(
    qtbot: QtBot, harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, path = open_mine(qtbot, harness, MINE)
    real_open = os.open

    def refuse(name: Path, flags: int) -> int:  # chmod 000 as the tests' root user still reads
        if Path(name) == path:
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(name, flags)

    monkeypatch.setattr(files.os, "open", refuse)
    with qtbot.waitSignal(harness.window.editor.watcher.fileChanged, timeout=5000):
        path.write_text(MINE.replace("My class", "Changed"))
    assert_kept_and_told(harness, path, "cannot read the file: permission denied")


# -- settings --------------------------------------------------------------------------------------------


def stored(path: Path, **values: str) -> SettingsStore:
    path.write_text("[General]\n" + "".join(f"{key}={value}\n" for key, value in values.items()))
    return SettingsStore(path)


def test_settings_out_of_range_are_clamped_on_load_with_a_note(
    tmp_path: Path, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    store = stored(tmp_path / "s.ini", prepare="99999999999", rate="2147483648000", volume="7",
                   position_change="99999")
    with caplog.at_level(logging.WARNING, logger="backcoach.settings_store"):
        settings = store.load()
    assert (settings.prepare, settings.rate, settings.volume, settings.position_change) == (120, 400, 1.0, 60)
    notes = [record.getMessage() for record in caplog.records]
    assert any("prepare='99999999999' is outside 0-120: 120 is used" in note for note in notes), notes
    assert any("rate='2147483648000' is outside 80-400: 400 is used" in note for note in notes), notes
    assert any("volume='7' is outside 0-1: 1 is used" in note for note in notes), notes
    assert any("position_change='99999' is outside 0-60: 60 is used" in note for note in notes), notes
    dialog = SettingsDialog(settings, [])  # Ctrl+, opens, so the user can repair it in the app
    qtbot.addWidget(dialog)
    assert (dialog.prepare.value(), dialog.rate.value(), dialog.position_change.value()) == (120, 400, 60)
    assert dialog.result_settings() == settings


def test_unreadable_settings_fall_back_to_their_defaults_with_a_note(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = stored(tmp_path / "s.ini", prepare="-5", rate="fast", volume="nan", beeps="maybe", verbosity="loud",
                   level="hard", pace="quick", voice="a, b", muted="1", safety_acknowledged="yes",
                   position_change="-3", gentler="perhaps")
    with caplog.at_level(logging.WARNING, logger="backcoach.settings_store"):
        settings = store.load()
    assert settings == AppSettings(muted=True, safety_acknowledged=True)
    assert settings.prepare is None  # a negative get-ready time means the routine's own, said in the log
    noted = {record.getMessage().split(": ", 1)[1].split("=")[0] for record in caplog.records}
    assert noted == {"prepare", "rate", "volume", "beeps", "verbosity", "level", "pace", "voice", "position_change",
                     "gentler"}


def test_settings_the_dialog_wrote_load_back_unchanged(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    settings = AppSettings(voice="gmw/en-GB", rate=80, volume=0.35, beeps=False, verbosity=Verbosity.FULL,
                           muted=True, level=Level.ADVANCED, prepare=0, safety_acknowledged=True,
                           position_change=60, gentler=True)
    SettingsStore(tmp_path / "s.ini").save(settings)
    with caplog.at_level(logging.WARNING, logger="backcoach.settings_store"):
        assert SettingsStore(tmp_path / "s.ini").load() == settings
    assert caplog.records == []
    assert SettingsStore(tmp_path / "empty.ini").load() == DEFAULTS


def test_a_stored_get_ready_time_cannot_pass_the_routine_limits(
    qtbot: QtBot, harness: Harness, tmp_path: Path
) -> None:
    harness.window.apply_settings(stored(tmp_path / "s.ini", prepare="99999999999", safety_acknowledged="true").load())
    library = harness.window.routine_library
    library.table.selectRow(library.titles().index("The back fit workout"))
    with qtbot.waitSignal(harness.window.sessionOpened):
        qtbot.mouseClick(library.start_button, Qt.MouseButton.LeftButton)
    engine = harness.window.controller.driver.engine
    assert engine is not None
    prepares = {step.duration for step in engine.steps if step.kind is StepKind.PREPARE}
    # 120 s, the most the dialog offers, and more only where the body changes position (issue 14)
    assert min(prepares) == 120 and max(prepares) < 180  # not 99,999,999,999 s, past the 4-hour limit


def test_a_settings_save_that_fails_is_said_on_the_status_line(harness: Harness, tmp_path: Path) -> None:
    (tmp_path / "not-a-folder").write_text("")
    harness.window.store = SettingsStore(tmp_path / "not-a-folder" / "settings.ini")
    harness.window.apply_settings(harness.window.settings.with_changes(muted=True))
    assert harness.window.settings.muted  # it still applies to this run
    assert harness.window.status.text() == (
        f"Settings not saved (cannot write {tmp_path / 'not-a-folder' / 'settings.ini'}); they apply until you quit."
    )
