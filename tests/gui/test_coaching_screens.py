"""What a person sees of each move's coaching (issue 14): cautions and notes on the get-ready screen and in
the preview, the gentler move a key away, what the level changes, and the settings that shape it."""

from __future__ import annotations

from gui_harness import Harness
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from backcoach.core.timeline import StepKind
from backcoach.settings_store import SettingsStore


def open_class(qtbot: QtBot, harness: Harness, title: str) -> None:
    library = harness.window.routine_library
    library.table.selectRow(library.titles().index(title))
    library.table.setFocus()
    with qtbot.waitSignal(harness.window.sessionOpened):  # Shift+Enter: ready to start (Enter starts, issue 17)
        qtbot.keyClick(library.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)


def key(qtbot: QtBot, harness: Harness, which: Qt.Key) -> None:
    qtbot.keyClick(harness.window.session, which)


def test_the_get_ready_shows_the_caution_and_g_swaps_the_high_impact_move(qtbot: QtBot, harness: Harness) -> None:
    open_class(qtbot, harness, "The back fit workout")
    session = harness.window.session
    assert session.advice_label.isVisibleTo(session)
    assert session.advice_label.text().startswith("⚠ A high-impact move; land softly and skip it")
    assert session.gentler_button.isVisibleTo(session)
    assert "press G for a gentler move (step-up)" in session.gentler_button.toolTip()
    key(qtbot, harness, Qt.Key.Key_G)  # before the start: the session is planned again with the step-up
    engine = harness.window.controller.driver.engine
    assert engine is not None and engine.steps[0].exercise == "Step-up"
    assert engine.state.value == "ready" and not session.gentler_button.isVisibleTo(session)
    assert session.title_label.text() == "Step-up"
    assert "In place of depth jump, a high-impact move." in session.advice_label.text()


def test_g_during_the_move_goes_on_with_the_gentler_moves_get_ready(qtbot: QtBot, harness: Harness) -> None:
    open_class(qtbot, harness, "The back fit workout")
    engine = harness.window.controller.driver.engine
    assert engine is not None
    key(qtbot, harness, Qt.Key.Key_Space)
    harness.advance(engine.steps[0].planned + 5)  # five seconds into the first set of depth jumps
    current = engine.current
    assert current is not None and current.exercise == "Depth jump" and current.kind is StepKind.WORK
    key(qtbot, harness, Qt.Key.Key_G)
    engine = harness.window.controller.driver.engine
    assert engine is not None and engine.state.value == "running"
    current = engine.current
    assert current is not None and (current.exercise, current.kind, engine.index) == ("Step-up", StepKind.PREPARE, 0)
    assert "Step-up" in harness.window.session.instructions_label.text()


def test_the_settings_swap_every_high_impact_move_and_set_the_time_to_change_position(
    qtbot: QtBot, harness: Harness
) -> None:
    window = harness.window
    settings = window.settings.with_changes(gentler=True, position_change=0)
    window.apply_settings(settings)
    assert SettingsStore(harness.settings_file).load() == settings
    open_class(qtbot, harness, "The back fit workout")
    engine = window.controller.driver.engine
    assert engine is not None
    assert [s.exercise for s in engine.steps if s.kind is StepKind.PREPARE][:2] == ["Step-up", "Arm circles"]
    sit_up = next(s for s in engine.steps if s.kind is StepKind.PREPARE and s.exercise == "Sit up")
    assert sit_up.position_steps == 2 and sit_up.planned < 18  # no time added to get down to the mat


def test_the_preview_lists_cautions_notes_and_what_the_level_changes(qtbot: QtBot, harness: Harness) -> None:
    library = harness.window.routine_library
    library.table.selectRow(library.titles().index("7-Day Preventive Back Plan — Day 2: Upper Back Strengthening"))
    text = library.preview.toPlainText()
    assert "What the level changes" in text and "easy: one set fewer (exercises of 2 sets or more)" in text
    assert "Face pulls: 2 × 15 reps, rest 30 s · 3 × 15 reps, rest 30 s · 4 × 15 reps, rest 30 s" in text
    assert "Note: With a resistance band or a cable." in text
    assert "Face pulls: Use light resistance and keep your back still; stop if your shoulders hurt." in text
    assert library.level_box.isEnabled()
    row = library.titles().index("The back fit workout")
    tip = library.proxy.index(row, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith("at a steady pace; the source says 10 min")
