"""Issue 17 A: a class on two screens. With a projector, the room sees the audience view full screen while the
laptop keeps the controls, the timeline and the notes; the View menu chooses the screen; screens plugged in
or out mid-session move the audience view and never touch the session. One screen works as before.

Screens come and go through Qt's offscreen platform (``offscreen_screens``: its ``setConfiguration``, the
same path as the ``configfile=`` layout given at start, which the last test uses in a process of its own).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_harness import Harness
from offscreen_screens import current_screens, set_screens
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backcoach.core.display import clock_text
from backcoach.core.engine import State
from backcoach.gui.class_screens import AUTOMATIC, OFF
from backcoach.settings_store import SettingsStore

PROJECTOR = {"name": "projector", "x": 2000, "y": 0, "width": 1920, "height": 1080}
TV = {"name": "tv", "x": 4000, "y": 0, "width": 1280, "height": 720}
Screens = Callable[..., None]


@pytest.fixture
def screens() -> Iterator[Screens]:
    """``screens(PROJECTOR, …)``: the laptop's screen (the one the tests start with) and these; put back after."""
    before = current_screens()
    laptop = before[0]
    yield lambda *others: set_screens([laptop, *others])
    set_screens(before)


def start_class(qtbot: QtBot, harness: Harness, title: str = "The back fit workout") -> None:
    library = harness.window.routine_library
    library.table.selectRow(library.titles().index(title))
    library.table.setFocus()
    with qtbot.waitSignal(harness.window.sessionOpened):
        qtbot.keyClick(library.table, Qt.Key.Key_Return)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def audience_on(harness: Harness) -> QRect | None:
    """The audience view's place, when it is up."""
    audience = harness.window.class_screens.audience
    return audience.geometry() if audience is not None and audience.isVisible() else None


def test_with_one_screen_nothing_changes(qtbot: QtBot, harness: Harness) -> None:
    assert len(QGuiApplication.screens()) == 1
    start_class(qtbot, harness)
    harness.advance(3)
    screens = harness.window.class_screens
    assert audience_on(harness) is None and (screens.dock is None or not screens.dock.isVisible())
    assert harness.window.session.isVisible() and harness.window.controller.state is State.RUNNING


def test_a_projector_plugged_in_mid_session_shows_the_class_and_the_session_goes_on(
    qtbot: QtBot, harness: Harness, screens: Screens
) -> None:
    start_class(qtbot, harness)
    engine = harness.window.controller.engine
    assert engine is not None
    harness.advance(engine.steps[1].start + 4)  # four seconds into the first set
    with qtbot.waitSignal(harness.window.class_screens.audienceMoved):
        screens(PROJECTOR)
    settle()
    assert audience_on(harness) == QRect(2000, 0, 1920, 1080)
    audience = harness.window.class_screens.audience
    assert audience is not None and audience.screen().name() == "projector"
    session = harness.window.session
    for name, label in (("clock", session.clock_label), ("title", session.title_label),
                        ("upcoming", session.upcoming_label), ("heading", session.heading_label)):
        assert audience.text(name) == label.text(), name  # one controller, two views: the same moment
    left = engine.remaining()
    assert left is not None and audience.text("clock") == clock_text(left) and audience.text("title") == "Depth jump"
    # the laptop: the controls, the whole timeline with the step now, and the notes for it
    panel, dock = harness.window.class_screens.panel, harness.window.class_screens.dock
    assert panel is not None and dock is not None and dock.isVisible()
    assert panel.steps.count() == len(engine.steps) and panel.current_row() == engine.index == 1
    assert "Depth jump" in panel.notes.text() and session.toggle_button.isVisible()
    assert QApplication.focusWidget() is session  # the keyboard stays on the laptop
    harness.advance(2)
    assert audience.text("clock") == clock_text(left - 2) and engine.state is State.RUNNING

    with qtbot.waitSignal(harness.window.class_screens.audienceMoved):
        screens()  # unplugged
    settle()
    assert audience_on(harness) is None and not dock.isVisible()
    assert engine.state is State.RUNNING and harness.window.controller.engine is engine
    harness.advance(1)
    assert session.clock_label.text() == clock_text(left - 3)
    qtbot.keyClick(session, Qt.Key.Key_Space)  # the keys still drive it
    assert engine.state is State.PAUSED

    with qtbot.waitSignal(harness.window.class_screens.audienceMoved):
        screens(PROJECTOR)  # plugged back in: the class sees it again, as it is now
    settle()
    assert audience_on(harness) == QRect(2000, 0, 1920, 1080)
    assert audience.text("heading") == "PAUSED" and audience.text("clock") == clock_text(left - 3)
    qtbot.keyClick(session, Qt.Key.Key_Space)
    assert engine.state is State.RUNNING


def test_the_view_menu_chooses_the_screen_and_it_is_remembered(
    qtbot: QtBot, harness: Harness, screens: Screens
) -> None:
    screens(PROJECTOR, TV)
    chooser = harness.window.class_screens
    chooser.menu.aboutToShow.emit()  # the menu lists the screens as they are now
    entries = {action.text(): action for action in chooser.menu.actions()}
    assert list(entries) == ["&Automatic: another screen when there is one", "&Off: this window only",
                             "unnamed screen (800×800) (this window's screen)", "projector (1920×1080)",
                             "tv (1280×720)"]
    assert entries["&Automatic: another screen when there is one"].isChecked()
    assert not entries["unnamed screen (800×800) (this window's screen)"].isEnabled()
    entries["tv (1280×720)"].trigger()
    assert chooser.choice == "tv" and SettingsStore(harness.settings_file).load().audience_screen == "tv"
    assert audience_on(harness) is None  # nothing on the wall until a class starts
    start_class(qtbot, harness)
    settle()
    assert audience_on(harness) == QRect(4000, 0, 1280, 720)
    chooser.choose(OFF)
    assert audience_on(harness) is None and harness.window.controller.state is State.RUNNING
    chooser.choose(AUTOMATIC)
    settle()
    assert audience_on(harness) == QRect(2000, 0, 1920, 1080)  # the first screen that is not the laptop's
    screens(PROJECTOR)  # the chosen "tv" would be gone; automatic stays on the projector
    chooser.choose("tv")
    assert audience_on(harness) is None
    chooser.menu.aboutToShow.emit()
    assert "tv (not connected now)" in [action.text() for action in chooser.menu.actions()]
    with qtbot.waitSignal(chooser.audienceMoved):
        screens(PROJECTOR, TV)  # the chosen screen comes back: so does the class's view
    assert audience_on(harness) == QRect(4000, 0, 1280, 720)


def test_the_audience_view_shows_the_move_its_side_its_caution_and_what_comes_next(
    qtbot: QtBot, harness: Harness, screens: Screens
) -> None:
    screens(PROJECTOR)
    start_class(qtbot, harness, "Exercises to Strengthen Back Muscles")
    settle()
    audience = harness.window.class_screens.audience
    assert audience is not None and audience.isVisible()
    moment = harness.window.controller.moment()
    assert moment is not None
    assert audience.text("heading") == "GET READY" and audience.text("side") == "Left leg"
    assert audience.text("upcoming") == moment.upcoming != ""
    engine = harness.window.controller.engine
    assert engine is not None
    harness.advance(engine.steps[1].start + 1)
    assert audience.text("heading") == "WORK" and audience.text("side") == "Left leg"
    assert audience.text("upcoming") == "Next: rest 10 s"
    assert audience.text("time").endswith(" left")
    upcoming, title = audience.labels["upcoming"], audience.labels["title"]
    assert upcoming.font().pixelSize() >= 0.5 * title.font().pixelSize()
    for name in ("clock", "title", "side", "upcoming", "heading"):
        label = audience.labels[name]
        assert label.fontMetrics().horizontalAdvance(label.text()) <= audience.width(), name
    assert audience.labels["clock"].font().pixelSize() >= 0.2 * audience.height()
    harness.window.controller.stop()
    assert audience.text("heading") == "STOPPED"


def test_the_caution_shows_on_the_wall_before_a_high_impact_move(
    qtbot: QtBot, harness: Harness, screens: Screens
) -> None:
    screens(PROJECTOR)
    start_class(qtbot, harness)  # The back fit workout opens on the depth jump's get-ready
    settle()
    audience = harness.window.class_screens.audience
    assert audience is not None
    assert audience.text("caution").startswith("⚠ A high-impact move")
    assert audience.labels["caution"].isVisibleTo(audience)


def test_the_figure_slot_takes_no_room_for_a_class_without_figures(qtbot: QtBot) -> None:
    from backcoach.gui.audience_view import AudienceView

    audience = AudienceView()
    qtbot.addWidget(audience)
    audience.resize(1280, 720)
    audience.show()
    assert not audience.figure_slot.isVisible()
    wide = audience.labels["clock"].width()
    audience.show_figure(True)
    settle()
    assert audience.figure_view.isVisible() and audience.figure_view.parent() is audience.figure_slot
    assert audience.labels["clock"].width() < wide  # the figure beside the countdown
    audience.show_figure(False)
    settle()
    assert not audience.figure_slot.isVisible() and audience.labels["clock"].width() == wide


def test_the_room_sees_the_moves_figure_in_step_with_the_session(
    qtbot: QtBot, harness: Harness, screens: Screens
) -> None:
    """Issue 18: the figure appears large beside the countdown, on the projector too: the current move's, the
    same frame as the laptop's, the next move's when the step changes, and it waits while the class pauses."""
    start_class(qtbot, harness)
    engine = harness.window.controller.engine
    assert engine is not None
    harness.advance(engine.steps[1].start + 1.5)  # into the first set
    with qtbot.waitSignal(harness.window.class_screens.audienceMoved):
        screens(PROJECTOR)
    settle()
    audience = harness.window.class_screens.audience
    assert audience is not None and audience.isVisible()
    figure, laptop = audience.figure_view, harness.window.session.figure_view
    assert figure.isVisible() and figure.scene() is not None
    assert figure.geometry().right() <= audience.labels["clock"].geometry().left() + 1  # beside the countdown
    assert figure.height() >= 0.3 * audience.height()  # large: readable across a room
    assert engine.current is not None and figure.description().startswith(engine.current.exercise + ":")
    assert figure.scene() is laptop.scene()  # one animation, the same frame on both screens
    assert harness.window.session_figure.animating()

    first = engine.current.exercise
    while engine.current is not None and engine.current.exercise == first:
        harness.advance(0.5)  # through the set and its rest: the next move's figure
    settle()
    assert engine.current is not None and figure.description().startswith(engine.current.exercise + ":")
    assert figure.scene() is laptop.scene()

    qtbot.keyClick(harness.window.session, Qt.Key.Key_Space)  # pause
    assert engine.state is State.PAUSED and not harness.window.session_figure.animating()
    paused = figure.scene()
    harness.advance(5)
    settle()
    assert figure.scene() is paused  # the figure waits with the count
    qtbot.keyClick(harness.window.session, Qt.Key.Key_Space)
    assert harness.window.session_figure.animating()


def test_ctrl_l_shows_the_timeline_and_notes_with_one_screen_too(qtbot: QtBot, harness: Harness) -> None:
    start_class(qtbot, harness)
    qtbot.keyClick(harness.window.session, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dock = harness.window.class_screens.dock
    assert dock is not None and dock.isVisible()
    qtbot.keyClick(harness.window.session, Qt.Key.Key_Right)  # the session's keys work as before
    engine = harness.window.controller.engine
    assert engine is not None and engine.index == 1
    panel = harness.window.class_screens.panel
    assert panel is not None and panel.current_row() == 1
    qtbot.keyClick(harness.window.session, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not dock.isVisible()


TWO_SCREENS_AT_START = """
import json, sys
sys.path.insert(0, {harness_dir!r})
from pathlib import Path
from PySide6.QtWidgets import QApplication
from PySide6.QtGui import QGuiApplication
app = QApplication([])
from gui_harness import FakeClock, FakePrompter
from backcoach.audio.fakes import FakeBeeper, FakeSpeaker
from backcoach.catalogs import bundled_catalog
from backcoach.gui.main_window import MainWindow
from backcoach.settings_store import SettingsStore
window = MainWindow(bundled_catalog, SettingsStore(Path({settings!r})), FakePrompter(), FakeClock())
window.set_audio(FakeSpeaker(), FakeBeeper(), None)
window.show()
window.reload()
library = window.routine_library
library.table.selectRow(library.titles().index("Revitalise your spine"))
window.open_session(library.current_entry(), start=True)
app.processEvents()
audience = window.class_screens.audience
print(json.dumps({{
    "screens": [s.name() for s in QGuiApplication.screens()],
    "window": window.screen().name(),
    "audience": audience.screen().name() if audience is not None and audience.isVisible() else None,
    "geometry": list(audience.geometry().getRect()) if audience is not None else None,
    "state": window.controller.state.value,
}}))
"""


def test_two_screens_given_at_start_put_the_class_on_the_projector(tmp_path: Path) -> None:
    """The layout a real start sees: QT_QPA_PLATFORM=offscreen:configfile=FILE, in a process of its own."""
    layout = tmp_path / "screens.json"
    layout.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 800},
                                              {"name": "projector", "x": 1280, "y": 0, "width": 1920,
                                               "height": 1080}]}))
    script = TWO_SCREENS_AT_START.format(harness_dir=str(Path(__file__).parent), settings=str(tmp_path / "s.ini"))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={layout}")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    seen: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen == {"screens": ["laptop", "projector"], "window": "laptop", "audience": "projector",
                    "geometry": [1280, 0, 1920, 1080], "state": "running"}
