"""The snapshot of the routine list (``gui/library_snapshot.py``): a start whose routines and settings have not
changed lists the last listing's rows before any routine is read, and reads them right after that paint; anything
else is never shown stale, a broken snapshot is ignored, and nothing acts on a row before its routine is read."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest
from gui_harness import FakeClock, FakePrompter
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from backcoach.core.catalog import Catalog, load_catalog
from backcoach.core.durations import Level
from backcoach.gui.library_snapshot import LibrarySnapshot
from backcoach.gui.main_window import MainWindow
from backcoach.gui.routine_library_model import SORT_ROLE, RoutineLibraryModel
from backcoach.gui.window_build import list_routines
from backcoach.resources import bundled_routines_dir
from backcoach.settings_store import SettingsStore

LATER = 10_000_000_000
"""The snapshot's clock runs ten seconds ahead: files the test has just written count as settled (a real start
writes no snapshot while a file is that recent, since a second change in the same tick would not show)."""
MINE = "best-workout-for-your-back.yaml"
Rows = list[list[tuple[object, object, object]]]


class Starts:
    """Starts of the app on one user folder, settings file and cache, as ``gui/app.py`` starts it."""

    def __init__(self, qtbot: QtBot, tmp_path: Path) -> None:
        self.qtbot = qtbot
        self.tmp = tmp_path
        self.user = tmp_path / "routines"
        self.user.mkdir()
        shutil.copy(bundled_routines_dir() / MINE, self.user / MINE)
        self.settings = tmp_path / "settings.ini"
        self.snapshot_file = tmp_path / "cache" / "library.json"
        self.reads: list[int] = []

    def load(self) -> Catalog:
        self.reads.append(1)
        bundled = bundled_routines_dir()
        return load_catalog([(bundled, True), (self.user, False)], {bundled: "routines"})

    def window(self) -> MainWindow:
        window = MainWindow(self.load, SettingsStore(self.settings), FakePrompter(), FakeClock(), deferred=True,
                            history_path=self.tmp / "history.sqlite3")
        window.user_folder = lambda: self.user
        self.qtbot.addWidget(window)
        with self.qtbot.waitSignal(window.libraryBuilt, timeout=5000):
            window.show()
        return window

    def start(self) -> MainWindow:
        """A start: the window's first frame, then its routines listed as the app lists them."""
        self.reads.clear()
        window = self.window()
        snapshot = LibrarySnapshot(self.snapshot_file, (bundled_routines_dir(), self.user), self.settings,
                                   len(RoutineLibraryModel.HEADERS), clock=lambda: time.time_ns() + LATER)
        list_routines(window, snapshot)
        return window

    def read_now(self) -> Rows:
        """The rows a start that reads every routine shows (no snapshot)."""
        window = self.window()
        window.reload()
        rows = shown(window)
        window.close()
        return rows


def shown(window: MainWindow) -> Rows:
    """Every cell of the list as shown, in the order shown: text, sort key and tooltip."""
    proxy = window.routine_library.proxy
    return [[(proxy.index(row, column).data(), proxy.index(row, column).data(SORT_ROLE),
              proxy.index(row, column).data(Qt.ItemDataRole.ToolTipRole)) for column in range(proxy.columnCount())]
            for row in range(proxy.rowCount())]


def test_an_unchanged_start_lists_the_last_rows_and_puts_the_routines_behind_them_without_redrawing(
        qtbot: QtBot, tmp_path: Path) -> None:
    starts = Starts(qtbot, tmp_path)
    first = starts.start()
    assert starts.reads == [1] and not first.routine_library.model.from_snapshot()  # nothing kept yet: read
    assert starts.snapshot_file.is_file()
    rows, columns = shown(first), first.routine_library.visible_columns()
    first.close()

    second = starts.start()
    library = second.routine_library
    assert starts.reads == [] and library.model.from_snapshot()  # listed before any routine was read
    assert shown(second) == rows and library.visible_columns() == columns
    assert second.status.text() == "14 routines"
    assert library.start_button.isEnabled()
    library.table.selectRow(3)
    selected, first_item = library.proxy.index(3, 0).data(), library.model.item(0, 0)
    assert starts.reads == []  # moving through the list needs no routine before the first paint
    with qtbot.waitSignal(library.listPainted, timeout=5000):
        pass
    assert starts.reads == [1] and not library.model.from_snapshot()  # read right after the list's paint
    assert library.model.item(0, 0) is first_item  # the same rows: attached, not listed again (no flicker)
    assert shown(second) == rows and library.proxy.index(3, 0).data() == selected
    entry = library.current_entry()
    assert entry is not None and entry.routine is not None and entry.routine.title == selected
    qtbot.waitUntil(lambda: selected in library.preview.toPlainText())  # the preview follows the reading


@pytest.mark.parametrize("change", ["changed", "new", "deleted", "renamed"])
def test_a_changed_routine_folder_is_never_shown_stale(qtbot: QtBot, tmp_path: Path, change: str) -> None:
    starts = Starts(qtbot, tmp_path)
    starts.start().close()
    mine = starts.user / MINE
    if change == "changed":
        mine.write_text(mine.read_text(encoding="utf-8").replace("title: The Best Workout for Your Back",
                                                                  "title: My own back workout"), encoding="utf-8")
    elif change == "new":
        shutil.copy(bundled_routines_dir() / "stretch-and-strengthen-back.yaml", starts.user / "second.yaml")
    elif change == "deleted":
        mine.unlink()
    else:
        mine.rename(starts.user / "renamed.yaml")
    expected = starts.read_now()
    window = starts.start()
    assert starts.reads == [1] and not window.routine_library.model.from_snapshot()
    assert shown(window) == expected
    if change == "changed":
        assert "My own back workout" in window.routine_library.titles()


def test_changed_settings_are_never_shown_stale(qtbot: QtBot, tmp_path: Path) -> None:
    starts = Starts(qtbot, tmp_path)
    starts.start().close()
    store = SettingsStore(starts.settings)
    assert store.save(store.load().with_changes(prepare=45, level=Level.ADVANCED)) is None
    expected = starts.read_now()
    window = starts.start()
    assert starts.reads == [1] and not window.routine_library.model.from_snapshot()
    assert shown(window) == expected and window.routine_library.chosen_level() is Level.ADVANCED


def test_rows_listed_at_another_level_than_the_settings_are_not_shown_at_the_next_start(
        qtbot: QtBot, tmp_path: Path) -> None:
    """The level beside the list is not saved: a reading (F5) made at another level keeps estimates that the next
    start, at the settings' level, must not show."""
    starts = Starts(qtbot, tmp_path)
    first = starts.start()
    library = first.routine_library
    library.level_box.setCurrentIndex(library.level_box.findData(Level.ADVANCED))
    first.reload()
    first.close()
    expected = starts.read_now()
    window = starts.start()
    assert starts.reads == [1] and not window.routine_library.model.from_snapshot()
    assert shown(window) == expected


@pytest.mark.parametrize("damage", ["empty", "not json", "truncated", "a list", "foreign", "a cell of another type",
                                    "a row too short", "binary"])
def test_a_corrupt_or_foreign_snapshot_is_ignored(qtbot: QtBot, tmp_path: Path, damage: str) -> None:
    starts = Starts(qtbot, tmp_path)
    starts.start().close()
    text = starts.snapshot_file.read_text(encoding="utf-8")
    data = json.loads(text)
    if damage == "empty":
        text = ""
    elif damage == "not json":
        text = "rows: 14"
    elif damage == "truncated":
        text = text[: len(text) // 2]
    elif damage == "a list":
        text = json.dumps([data])
    elif damage == "foreign":
        text = json.dumps(dict(data, format="someone-else's 1"))
    elif damage == "a cell of another type":
        data["rows"][0][3][0][0] = 42
        text = json.dumps(data)
    elif damage == "a row too short":
        data["rows"][0][3].pop()
        text = json.dumps(data)
    if damage == "binary":
        starts.snapshot_file.write_bytes(b"\xff\xfe\x00garbage")
    else:
        starts.snapshot_file.write_text(text, encoding="utf-8")
    expected = starts.read_now()
    window = starts.start()  # no traceback: pytest-qt fails the test on an exception in a slot
    assert starts.reads == [1] and not window.routine_library.model.from_snapshot()
    assert shown(window) == expected
    second = starts.start()  # the reading wrote a good snapshot again
    assert starts.reads == [] and shown(second) == expected


def test_rows_that_the_routines_read_do_not_make_are_listed_afresh(qtbot: QtBot, tmp_path: Path) -> None:
    """A snapshot whose rows differ from what its routines make (written by code the fingerprint cannot see, or by
    hand) is replaced by the routines read right after the paint."""
    starts = Starts(qtbot, tmp_path)
    starts.start().close()
    expected = starts.read_now()
    data = json.loads(starts.snapshot_file.read_text(encoding="utf-8"))
    data["rows"][0][3][0][0] = "A title from elsewhere"
    starts.snapshot_file.write_text(json.dumps(data), encoding="utf-8")
    window = starts.start()
    library = window.routine_library
    assert library.model.from_snapshot() and "A title from elsewhere" in library.titles()
    with qtbot.waitSignal(library.listPainted, timeout=5000):
        pass
    assert not library.model.from_snapshot() and shown(window) == expected


def test_enter_before_the_routines_are_read_opens_the_routine_of_that_row(qtbot: QtBot, tmp_path: Path) -> None:
    starts = Starts(qtbot, tmp_path)
    starts.start().close()
    window = starts.start()
    library = window.routine_library
    assert library.model.from_snapshot()
    library.table.selectRow(2)
    title = library.proxy.index(2, 0).data()
    library.table.setFocus()
    with qtbot.waitSignal(window.sessionOpened, timeout=5000) as opened:
        qtbot.keyClick(library.table, Qt.Key.Key_Return)
    assert starts.reads == [1]  # read first, at once
    assert opened.args[0].routine.title == title  # type: ignore[index]
    window.controller.stop()


def test_a_search_or_a_routine_asked_for_before_the_routines_are_read_reads_them_first(
        qtbot: QtBot, tmp_path: Path) -> None:
    starts = Starts(qtbot, tmp_path)
    starts.start().close()
    window = starts.start()
    library = window.routine_library
    qtbot.keyClicks(library.search, "plank")
    assert starts.reads == [1] and not library.model.from_snapshot()
    window.close()
    window = starts.start()
    assert window.routine_library.model.from_snapshot()
    entry = window.open_file(starts.user / MINE)  # a routine named on the command line
    assert starts.reads == [1] and entry.routine is not None
    assert window.routine_library.current_entry() is entry
