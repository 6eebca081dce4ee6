"""Every surface describes the same session: the library's estimate, the session screen and `backcoach timeline`
agree to the second for every bundled routine, under settings that are not the defaults."""

from __future__ import annotations

import json

import pytest
from gui_harness import Harness
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from backcoach.cli import main
from backcoach.core.cue_types import CueKind, Verbosity
from backcoach.core.display import clock_text
from backcoach.core.durations import Level, format_seconds
from backcoach.core.model import Pace
from backcoach.core.spoken import about_minutes
from backcoach.settings_store import SettingsStore


@pytest.mark.parametrize("level", [None, Level.ADVANCED])
def test_library_estimate_session_total_and_timeline_agree(
    qtbot: QtBot, harness: Harness, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    level: Level | None,
) -> None:
    window = harness.window
    settings = window.settings.with_changes(prepare=17, pace=Pace.SELF, level=level, verbosity=Verbosity.FULL,
                                            safety_acknowledged=True)
    window.apply_settings(settings)
    monkeypatch.setenv("BACKCOACH_SETTINGS", str(harness.settings_file))  # the command line reads the same file
    library = window.routine_library
    checked, said = 0, 0
    for row, title in enumerate(library.titles()):
        source_row = library.proxy.mapToSource(library.proxy.index(row, 0)).row()
        entry = library.model.entry(source_row)
        estimate = library.model.estimate(source_row)
        assert entry.routine is not None and estimate is not None
        assert library.proxy.index(row, 2).data() == format_seconds(estimate)  # what the list shows
        library.table.selectRow(row)
        library.table.setFocus()
        with qtbot.waitSignal(window.sessionOpened) as opened:  # ready to start (Shift+Enter), so the next can open
            qtbot.keyClick(library.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
        plan = opened.args[0]  # type: ignore[index]
        moment = window.controller.moment()
        assert moment is not None
        assert main(["timeline", str(entry.path), "--json"]) == 0
        timeline = json.loads(capsys.readouterr().out)
        assert estimate == plan.total_seconds == timeline["total_seconds"], title
        assert moment.session_clock == f"0:00 / {clock_text(estimate)}", title  # what the screen shows
        lengths = [c.text for c in plan.cues.cues if c.kind is CueKind.SAY and c.text and "About " in c.text]
        assert all(about_minutes(estimate) in text for text in lengths), title  # what the coach says
        said += len(lengths)
        # the saved 17 s get-ready (and, since issue 14, time to get into the move's position and say its words)
        assert timeline["settings"]["prepare"] == {"value": 17, "from": "your settings"}
        assert timeline["steps"][0]["duration"] == plan.timeline.steps[0].duration >= 17
        assert timeline["level"] == plan.level.value
        window.show_library()
        checked += 1
    assert checked == len(library.titles()) == 13 and said > 0
    # and the routine last opened, selected again at the next start (issue 17)
    assert SettingsStore(harness.settings_file).load() == settings.with_changes(last_routine=str(entry.path))


def test_the_settings_dialog_and_the_level_box_give_the_session_what_they_show(qtbot: QtBot, harness: Harness) -> None:
    from backcoach.gui.settings_dialog import SettingsDialog

    window = harness.window
    dialog = SettingsDialog(window.settings, [], window)
    qtbot.addWidget(dialog)
    dialog.verbosity.setCurrentIndex(dialog.verbosity.findData(Verbosity.FULL))
    dialog.level.setCurrentIndex(dialog.level.findData(Level.ADVANCED))
    dialog.pace.setCurrentIndex(dialog.pace.findData(Pace.COUNTED))
    chosen = dialog.result_settings()
    assert (chosen.verbosity, chosen.level, chosen.pace) == (Verbosity.FULL, Level.ADVANCED, Pace.COUNTED)
    assert type(chosen.verbosity) is Verbosity and type(chosen.level) is Level and type(chosen.pace) is Pace
    window.apply_settings(chosen.with_changes(safety_acknowledged=True))
    library = window.routine_library
    assert library.chosen_level() is Level.ADVANCED  # the level box shows the setting, and means it
    library.table.selectRow(library.titles().index("The back fit workout"))
    with qtbot.waitSignal(window.sessionOpened) as opened:
        library.start_button.click()
    plan = opened.args[0]  # type: ignore[index]
    assert plan.level is Level.ADVANCED and plan.verbosity is Verbosity.FULL
    assert "Three" in plan.cues.phrases()  # full verbosity counts every rep
