"""GUI fixtures: a main window with fake sound, a fake clock and an answering prompter."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_harness import FakeClock, FakePrompter, Harness
from pytestqt.qtbot import QtBot

from backcoach.audio.fakes import FakeBeeper, FakeSpeaker
from backcoach.core.catalog import Catalog, load_catalog
from backcoach.gui.main_window import MainWindow
from backcoach.resources import bundled_routines_dir
from backcoach.settings_store import SettingsStore


@pytest.fixture
def harness(qtbot: QtBot, tmp_path: Path) -> Harness:
    user_routines = tmp_path / "routines"
    user_routines.mkdir()
    bundled = bundled_routines_dir()

    def load() -> Catalog:
        return load_catalog([(bundled, True), (user_routines, False)], {bundled: "routines"})

    clock = FakeClock()
    prompter = FakePrompter()
    settings_file = tmp_path / "settings.ini"
    window = MainWindow(load, SettingsStore(settings_file), prompter, clock)
    window.user_folder = lambda: tmp_path / "new-user-folder" / "routines"
    speaker, beeper = FakeSpeaker(), FakeBeeper()
    window.set_audio(speaker, beeper, None)
    qtbot.addWidget(window)
    window.show()
    # listed and painted: the selected routine's preview follows the list's first paint, as at start-up
    with qtbot.waitSignals([window.libraryLoaded, window.routine_library.listPainted]):
        window.reload()
    return Harness(window, clock, prompter, speaker, beeper, user_routines, settings_file)
