"""The library window: lists every routine, shows broken ones with their error, previews, searches, opens."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from backcoach.core.catalog import Catalog, load_catalog
from backcoach.gui.library_model import ENTRY_ROLE
from backcoach.gui.main_window import MainWindow
from backcoach.resources import bundled_routines_dir

BROKEN = (
    "backcoach: 1\ntitle: Broken\nblocks:\n  - title: B\n    exercises:\n      - name: X\n        sets: 0\n"
    "        reps: 5\n"
)
VALID = (
    "backcoach: 1\ntitle: Opened from disk\nblocks:\n  - title: B\n    exercises:\n"
    "      - {name: Plank, hold: 30s}\n"
)


def make_window(qtbot: QtBot, user_routines: Path) -> MainWindow:
    bundled = bundled_routines_dir()

    def load() -> Catalog:
        return load_catalog([(bundled, True), (user_routines, False)], {bundled: "routines"})

    window = MainWindow(load)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.libraryLoaded) as blocker:
        window.reload()
    assert blocker.args is not None
    return window


def shown_titles(window: MainWindow) -> list[str]:
    return [window.proxy.index(row, 0).data() for row in range(window.proxy.rowCount())]


def test_window_lists_bundled_routines_and_a_broken_user_file(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "broken.yaml").write_text(BROKEN)
    window = make_window(qtbot, tmp_path)
    titles = shown_titles(window)
    assert len(titles) == 14
    assert "The back fit workout" in titles and "broken.yaml (broken)" in titles
    row = titles.index("broken.yaml (broken)")
    assert window.proxy.index(row, 1).data() == "broken"
    assert window.proxy.index(row, 4).data() == "'sets' must be from 1 to 100, not 0"
    assert "broken.yaml:7:15:" in window.proxy.index(row, 0).data(3)  # tool tip: the full FILE:LINE:COL
    assert "1 broken" in window.status.text()


def test_selecting_a_routine_previews_blocks_doses_and_estimates(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    row = shown_titles(window).index("The back fit workout")
    with qtbot.waitSignal(window.routineSelected) as blocker:
        window.table.selectRow(row)
    assert blocker.args is not None and blocker.args[0].routine.title == "The back fit workout"
    text = window.preview.toPlainText()
    assert "Depth jump — 2 × 15 reps" in text and "Cool down" in text
    assert "easy" in text and "advanced" in text and "Stated by the author: 10 min" in text


def test_a_broken_routine_preview_lists_every_problem(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "broken.yaml").write_text(BROKEN + "        per: both\n")
    window = make_window(qtbot, tmp_path)
    window.table.selectRow(shown_titles(window).index("broken.yaml (broken)"))
    text = window.preview.toPlainText()
    assert "cannot be used" in text and ":7:15:" in text and ":9:14:" in text


def test_search_filters_by_any_column(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    qtbot.keyClicks(window.search, "nuffield")
    assert sorted(shown_titles(window)) == [
        "Get strong back muscles with Zahra's core workout", "Revitalise your spine", "The back fit workout"
    ]
    window.search.clear()
    assert len(shown_titles(window)) == 13


def test_opening_a_file_adds_and_selects_it(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path / "none")
    path = tmp_path / "mine.yaml"
    path.write_text(VALID)
    entry = window.open_file(path)
    assert entry.routine is not None
    assert window.current_entry() is entry
    assert window.table.currentIndex().data(ENTRY_ROLE) is entry
    window.open_file(path)  # opening it again selects the same row rather than adding a second
    assert shown_titles(window).count("Opened from disk") == 1


def test_reload_picks_up_new_files(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    (tmp_path / "new.yaml").write_text(VALID)
    with qtbot.waitSignal(window.libraryLoaded) as blocker:
        window.reload_action.trigger()
    assert blocker.args == [14]
