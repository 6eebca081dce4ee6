"""Issue 17, B: the defects a new user meets outside the editor (the editor's are in test_editor_new_user.py) —
a file fixed on disk is read again, settings never lose what the dialog could not show, both the library and
the editor fit 800×600, the stop question's title fits its window, routines opened from elsewhere can be kept
and the library says whose each routine is, M is heard without sound, and a finished class shows its full time."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from gui_harness import FakeClock, FakePrompter, Harness
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from backcoach.audio.fakes import FakeBeeper, FakeSpeaker
from backcoach.audio.null import NullBeeper, NullSpeaker
from backcoach.core.catalog import Catalog, load_catalog
from backcoach.core.engine import State
from backcoach.core.timeline import StepKind
from backcoach.gui.main_window import MainWindow
from backcoach.gui.prompts import DialogPrompter
from backcoach.gui.routine_library import TITLE_MIN_WIDTH
from backcoach.gui.routine_library_model import RoutineLibraryModel
from backcoach.gui.settings_dialog import SettingsDialog
from backcoach.resources import bundled_routines_dir
from backcoach.settings_store import AppSettings, SettingsStore

BROKEN = "backcoach: 1\ntitle: Mine\nblocks:\n  - title: A\n    exercises:\n      - {name: Plank, hold: ten}\n"
FIXED = BROKEN.replace("hold: ten", "hold: 10s")


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def when_shown(kind: type[QWidget], act: Callable[[QWidget], None]) -> QTimer:
    """Act on the first visible window of ``kind`` once a modal loop shows it (the test is not blocked by it)."""
    timer = QTimer()

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                timer.stop()
                act(widget)
                return

    timer.timeout.connect(look)
    timer.start(10)
    return timer


def entry_at(harness: Harness, path: Path):  # type: ignore[no-untyped-def]
    entry = harness.window.loader.find(path)
    assert entry is not None
    return entry


# -- B3: a broken file fixed on disk -------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["F5", "menu"])
def test_a_broken_file_fixed_on_disk_is_read_again_by_f5_and_the_menu(qtbot: QtBot, harness: Harness,
                                                                       how: str) -> None:
    window = harness.window
    path = harness.user_routines / "mine.yaml"
    path.write_text(BROKEN)
    window.reload()
    window.routine_library.select(entry_at(harness, path))
    assert window.routine_library.current_entry().broken  # type: ignore[union-attr]
    assert not window.routine_library.start_button.isEnabled()
    path.write_text(FIXED)
    with qtbot.waitSignal(window.libraryLoaded):
        if how == "F5":
            qtbot.keyClick(window.routine_library.table, Qt.Key.Key_F5)
        else:
            window.reload_action.trigger()  # File → Reload library
    current = window.routine_library.current_entry()
    assert current is not None and current.path == path and not current.broken
    assert window.routine_library.start_button.isEnabled() and "broken" not in window.status.text()
    assert "Mine" in window.routine_library.titles()


@pytest.mark.parametrize("inside", [False, True], ids=["from elsewhere", "in the user's folder"])
def test_a_broken_file_fixed_on_disk_is_read_again_by_ctrl_o(qtbot: QtBot, harness: Harness, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch, inside: bool) -> None:
    from PySide6.QtWidgets import QFileDialog

    window = harness.window
    path = (harness.user_routines if inside else tmp_path) / "mine.yaml"
    path.write_text(BROKEN)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(path), ""))
    window.reload()
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert window.routine_library.current_entry().broken  # type: ignore[union-attr]
    path.write_text(FIXED)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)  # was: the first reading, broken
    current = window.routine_library.current_entry()
    assert current is not None and current.path == path and not current.broken
    assert window.routine_library.titles().count("Mine") == 1 and "broken" not in window.status.text()


# -- B4: settings with no sound device -----------------------------------------------------------------------


def test_with_no_sound_device_the_voice_list_shows_the_saved_voice_and_ok_keeps_it(qtbot: QtBot,
                                                                                   harness: Harness) -> None:
    window = harness.window
    saved = window.settings.with_changes(voice="gmw/en-GB-x-rp", volume=0.333, rate=175)
    window.apply_settings(saved)
    window.set_audio(NullSpeaker("no sound device"), NullBeeper("no sound device"), "No sound device")
    dialog = window.ask_settings()
    assert isinstance(dialog, SettingsDialog)
    assert dialog.voice.currentText() == "gmw/en-GB-x-rp (your saved voice, not available now)"
    dialog.accept()
    kept = SettingsStore(harness.settings_file).load()
    assert (kept.voice, kept.volume, kept.rate) == ("gmw/en-GB-x-rp", 0.333, 175)  # nothing erased nor rounded
    assert window.settings == saved


def test_the_settings_dialog_changes_only_what_the_user_changed(qtbot: QtBot) -> None:
    odd = AppSettings(voice="gone", volume=0.337)
    dialog = SettingsDialog(odd, [])
    qtbot.addWidget(dialog)
    assert dialog.result_settings() == odd
    dialog.beeps.setChecked(not odd.beeps)
    assert dialog.result_settings() == odd.with_changes(beeps=not odd.beeps)
    dialog.voice.setCurrentIndex(0)  # "System default", chosen
    assert dialog.result_settings().voice is None
    dialog.volume.setValue(50)
    assert dialog.result_settings().volume == 0.5


# -- B5: 800×600 with the editor open ------------------------------------------------------------------------


def inside(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return window.rect().contains(QRect(top_left, widget.size()))


def test_at_800_by_600_with_the_editor_open_the_library_and_the_editor_stay_usable(qtbot: QtBot,
                                                                                    harness: Harness) -> None:
    window, library = harness.window, harness.window.routine_library
    window.resize(800, 600)
    window.edit_actions["toggle"].trigger()
    qtbot.waitUntil(lambda: window.editor_dock.isVisible())
    qtbot.waitUntil(library.figures_shown)  # the first move's figure below the preview (issue 18) takes room too
    if window.programmes.day is None:  # the "today" panel filled from the history ("No programme yet") too
        with qtbot.waitSignal(window.programmes.dayShown, timeout=5000):
            pass
    settle()
    assert window.today_panel.compact and window.today_panel.height() <= 40  # one line above the list
    assert library.figure_view is not None and library.figure_view.isVisible()
    table, search, level = library.table, library.search, library.level_box
    assert table.width() >= TITLE_MIN_WIDTH + 40, table.width()  # was 70 px: titles one word a line
    assert table.height() >= 150 and table.horizontalHeader().sectionSize(0) >= TITLE_MIN_WIDTH
    assert search.width() >= 200 and level.width() >= level.minimumSizeHint().width()
    assert library.preview.height() >= 100 and library.start_button.isVisible()
    assert window.editor_dock.width() >= 380 and window.editor.tree.height() >= 60
    for widget in (table, search, level, library.preview, library.start_button, window.editor_dock):
        assert widget.isVisible() and inside(widget, window), widget
    window.editor_dock.hide()  # room again: the preview goes back beside the list
    qtbot.waitUntil(lambda: library.splitter.orientation() is Qt.Orientation.Horizontal)


# -- B6: the stop question's title ---------------------------------------------------------------------------


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the window raised after the question
def test_the_stop_questions_title_fits_its_window(qtbot: QtBot, harness: Harness) -> None:
    window = harness.window
    library = window.routine_library
    library.table.selectRow(0)
    with qtbot.waitSignal(window.sessionOpened):
        library.start_button.click()
    qtbot.keyClick(window.session, Qt.Key.Key_Space)
    window.controller.prompter = DialogPrompter(window)
    display_name = QGuiApplication.applicationDisplayName()
    QGuiApplication.setApplicationDisplayName("BackCoach")
    seen: list[tuple[int, int]] = []

    def keep_going(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        title = f"{box.windowTitle()} — BackCoach"
        seen.append((box.width(), QFontMetrics(box.font()).horizontalAdvance(title)))
        box.reject()

    timer = when_shown(QMessageBox, keep_going)
    try:
        assert not window.ask_stop()
    finally:
        timer.stop()
        QGuiApplication.setApplicationDisplayName(display_name)
        window.controller.prompter = harness.prompter  # closing the window at the end asks again
    [(width, title_width)] = seen
    assert width >= title_width + 120  # the title, and the window manager's icon and buttons beside it
    assert window.session_active()


# -- B7: routines opened from elsewhere, and whose each routine is ---------------------------------------------


def a_window(qtbot: QtBot, harness: Harness) -> MainWindow:
    """Another start of the app on the same folders and settings (the next launch)."""
    bundled, user = bundled_routines_dir(), harness.user_routines

    def load() -> Catalog:
        return load_catalog([(bundled, True), (user, False)], {bundled: "routines"})

    window = MainWindow(load, SettingsStore(harness.settings_file), FakePrompter(), FakeClock())
    window.user_folder = lambda: user
    window.set_audio(FakeSpeaker(), FakeBeeper(), None)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.libraryLoaded):
        window.reload()
    return window


def origin_of(window: MainWindow, title: str) -> str:
    library = window.routine_library
    row = library.titles().index(title)
    return str(library.proxy.index(row, RoutineLibraryModel.FROM).data())


@pytest.mark.parametrize("answer", [0, 1], ids=["copied", "only this time"])
def test_a_routine_opened_from_elsewhere_can_be_kept_for_the_next_launch(
        qtbot: QtBot, harness: Harness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: int) -> None:
    from PySide6.QtWidgets import QFileDialog

    window = harness.window
    window.user_folder = lambda: harness.user_routines  # the folder the library reads, as in the app
    outside = tmp_path / "downloads" / "mine.yaml"
    outside.parent.mkdir()
    outside.write_text(FIXED)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(outside), ""))
    harness.prompter.choices = [answer]
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert harness.prompter.asked == ["Keep this routine?"]
    current = window.routine_library.current_entry()
    assert current is not None and current.title == "Mine"
    assert window.routine_library.titles().count("Mine") == 1
    assert "From" in window.routine_library.visible_columns()
    if answer == 0:
        assert current.path == harness.user_routines / "mine.yaml" and current.path.read_text() == FIXED
        assert origin_of(window, "Mine") == "Yours"
    else:
        assert current.path == outside and origin_of(window, "Mine") == "Opened"
    assert origin_of(window, "The back fit workout") == "BackCoach"
    later = a_window(qtbot, harness)
    assert ("Mine" in later.routine_library.titles()) == (answer == 0)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)  # listed, or copied: not asked again
    assert harness.prompter.asked == ["Keep this routine?"]
    assert window.routine_library.current_entry() == current and window.routine_library.titles().count("Mine") == 1


def test_the_library_says_which_routines_are_the_users_and_which_are_bundled(qtbot: QtBot,
                                                                               harness: Harness) -> None:
    window = harness.window
    window.resize(1400, 800)
    assert "From" not in window.routine_library.visible_columns()  # all bundled: nothing to tell apart
    (harness.user_routines / "mine.yaml").write_text(FIXED)
    with qtbot.waitSignal(window.libraryLoaded):
        window.reload()
    qtbot.waitUntil(lambda: "From" in window.routine_library.visible_columns())
    assert origin_of(window, "Mine") == "Yours" and origin_of(window, "Revitalise your spine") == "BackCoach"
    library = window.routine_library
    tip = library.proxy.index(library.titles().index("Mine"), RoutineLibraryModel.FROM).data(
        Qt.ItemDataRole.ToolTipRole)
    assert str(harness.user_routines / "mine.yaml") in tip


# -- B9 and B10: the session screen --------------------------------------------------------------------------


def open_and_start(qtbot: QtBot, harness: Harness, title: str = "Revitalise your spine") -> None:
    library = harness.window.routine_library
    library.table.selectRow(library.titles().index(title))
    with qtbot.waitSignal(harness.window.sessionOpened):  # Start goes straight into the get-ready
        qtbot.mouseClick(library.start_button, Qt.MouseButton.LeftButton)
    assert harness.window.controller.driver.state is State.RUNNING


def test_mute_shows_a_notice_with_no_sound_device(qtbot: QtBot, harness: Harness) -> None:
    harness.window.set_audio(NullSpeaker("no device"), NullBeeper("no device"), "No sound device: captions only")
    open_and_start(qtbot, harness)
    notice = harness.window.session.notice_label
    assert notice.text() == "No sound device: captions only"
    qtbot.keyClick(harness.window.session, Qt.Key.Key_M)
    assert notice.text().startswith("Sound is muted — press M") and "No sound device" in notice.text()
    assert notice.isVisibleTo(harness.window)


def test_a_class_that_ran_to_its_end_shows_its_full_time(qtbot: QtBot, harness: Harness) -> None:
    open_and_start(qtbot, harness)
    engine = harness.window.controller.driver.engine
    assert engine is not None
    total = engine.session_total()
    while engine.state.value == "running":
        harness.advance(5, step=0.5)
        if engine.current is not None and engine.current.duration is None and engine.elapsed() > 3:
            qtbot.keyClick(harness.window.session, Qt.Key.Key_Return)
    assert engine.state.value == "finished" and all(step.kind in StepKind for step in engine.steps)
    clock = f"{total // 60}:{total % 60:02d}"
    assert harness.window.session.progress_label.text() == f"{clock} / {clock}"  # was "29:56 / 29:57"
    summary = harness.window.history_screen.summary
    assert summary.facts["exercising"].text() == f"{clock} of the {clock} planned"
