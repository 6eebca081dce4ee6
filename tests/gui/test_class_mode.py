"""Class mode: the session screen driven by keys and buttons, with a fake clock and fake sound."""

from __future__ import annotations

import pytest
from gui_harness import Harness
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from backcoach.audio.fakes import FakePlayer
from backcoach.audio.null import NullBeeper, NullSpeaker
from backcoach.core.cue_types import Tone, Verbosity
from backcoach.core.model import Pace
from backcoach.core.spoken import STOPPED_FOR_PAIN
from backcoach.core.timeline import StepKind
from backcoach.gui import theme
from backcoach.settings_store import AppSettings, SettingsStore


def open_class(qtbot: QtBot, harness: Harness, title: str = "The back fit workout") -> None:
    library = harness.window.routine_library
    library.table.selectRow(library.titles().index(title))
    library.table.setFocus()
    with qtbot.waitSignal(harness.window.sessionOpened):  # Shift+Enter: ready to start (Enter starts, issue 17)
        qtbot.keyClick(library.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)


def settle() -> None:
    """Run the layout and font fitting that Qt and the session view defer to the event loop."""
    for _ in range(3):
        QApplication.processEvents()


def key(qtbot: QtBot, harness: Harness, which: Qt.Key, text: str = "") -> None:
    qtbot.keyClick(harness.window.session, which)


def test_the_first_session_asks_about_safety_once(qtbot: QtBot, harness: Harness) -> None:
    open_class(qtbot, harness)
    assert harness.prompter.asked == ["Before you start"]
    assert harness.window.stack.currentWidget() is harness.window.session
    assert SettingsStore(harness.settings_file).load().safety_acknowledged
    harness.window.show_library()
    open_class(qtbot, harness)
    assert harness.prompter.asked == ["Before you start"]


def test_declining_the_safety_advice_keeps_the_library(harness: Harness) -> None:
    harness.prompter.answer = False
    library = harness.window.routine_library
    library.table.selectRow(0)
    library.start_button.click()
    assert harness.window.stack.currentWidget() is library
    assert harness.window.controller.engine is None


def test_space_starts_pauses_and_resumes(qtbot: QtBot, harness: Harness) -> None:
    open_class(qtbot, harness)
    driver = harness.window.controller.driver
    with qtbot.waitSignal(driver.stateChanged) as blocker:
        key(qtbot, harness, Qt.Key.Key_Space)
    assert blocker.args == ["running"]
    assert harness.window.session.toggle_button.text() == "Pause (Space)"  # buttons say their keys (issue 17)
    key(qtbot, harness, Qt.Key.Key_Space)
    assert driver.state is not None and driver.state.value == "paused"
    assert harness.window.session.heading_label.text().startswith("PAUSED")
    assert "Paused." in harness.speaker.texts and Tone.PAUSE in harness.beeper.played
    key(qtbot, harness, Qt.Key.Key_Space)
    assert driver.state.value == "running"


def test_resume_counts_3_2_1_on_screen_for_those_without_sound(qtbot: QtBot, harness: Harness) -> None:
    harness.window.set_audio(NullSpeaker("no device"), NullBeeper("no device"), "No sound")
    open_class(qtbot, harness)
    key(qtbot, harness, Qt.Key.Key_Space)
    harness.advance(5)
    key(qtbot, harness, Qt.Key.Key_Space)  # pause
    harness.advance(30)
    key(qtbot, harness, Qt.Key.Key_Space)  # resume
    heading = harness.window.session.heading_label
    seen = [heading.text()]
    for _ in range(3):
        harness.advance(1)
        seen.append(heading.text())
    assert seen[:3] == ["RESUMING IN 3", "RESUMING IN 2", "RESUMING IN 1"]
    assert seen[3] in ("WORK", "GET READY")


def test_arrows_plus_and_enter_drive_the_session(qtbot: QtBot, harness: Harness) -> None:
    open_class(qtbot, harness)
    engine = harness.window.controller.engine
    assert engine is not None
    key(qtbot, harness, Qt.Key.Key_Space)
    get_ready = engine.steps[0].duration
    assert get_ready is not None
    key(qtbot, harness, Qt.Key.Key_Plus)  # the get-ready + 10 s
    assert engine.remaining() == pytest.approx(get_ready + 10)
    key(qtbot, harness, Qt.Key.Key_Right)
    assert engine.index == 1 and engine.current is not None and engine.current.kind is StepKind.WORK
    key(qtbot, harness, Qt.Key.Key_Left)  # less than 3 s in: back to the prepare
    assert engine.index == 0
    key(qtbot, harness, Qt.Key.Key_Return)  # Done does nothing on a timed step
    assert engine.index == 0


def test_enter_ends_a_self_paced_set(qtbot: QtBot, harness: Harness) -> None:
    harness.window.apply_settings(harness.window.settings.with_changes(pace=Pace.SELF))
    open_class(qtbot, harness)
    engine = harness.window.controller.engine
    assert engine is not None
    key(qtbot, harness, Qt.Key.Key_Space)
    harness.advance(float(engine.steps[0].planned))  # the get-ready
    assert engine.current is not None and engine.current.duration is None
    assert harness.window.session.done_button.isEnabled()
    assert "press Done" in harness.window.session.detail_label.text()
    key(qtbot, harness, Qt.Key.Key_Enter)
    assert engine.current is not None and engine.current.kind is StepKind.REST


def test_every_button_does_what_it_says(qtbot: QtBot, harness: Harness) -> None:
    open_class(qtbot, harness)
    session = harness.window.session
    engine = harness.window.controller.engine
    assert engine is not None
    click = lambda button: qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # noqa: E731
    click(session.toggle_button)
    assert engine.state.value == "running"
    get_ready = engine.steps[0].duration
    assert get_ready is not None
    click(session.extend_button)
    assert engine.remaining() == pytest.approx(get_ready + 10)
    click(session.next_button)
    assert engine.index == 1
    harness.advance(5)
    click(session.previous_button)  # 5 s in: restart the step
    assert engine.index == 1 and engine.elapsed() == 0
    click(session.toggle_button)
    assert engine.state.value == "paused"
    click(session.toggle_button)
    harness.prompter.answer = False
    click(session.stop_button)  # asked, and kept going
    assert engine.state.value == "running" and harness.prompter.asked[-1] == "Stop the session?"
    assert harness.prompter.defaults[-1] is False  # Return keeps the class going
    harness.prompter.answer = True
    click(session.stop_button)
    # Issue 15: a stopped session ends on its summary (what was done is kept), and Enter goes to the library.
    assert engine.state.value == "stopped"
    assert harness.window.stack.currentWidget() is harness.window.history_screen.summary
    qtbot.keyClick(harness.window.history_screen.summary, Qt.Key.Key_Return)
    assert harness.window.stack.currentWidget() is harness.window.routine_library


def test_stop_it_hurts_ends_kindly_with_advice(qtbot: QtBot, harness: Harness) -> None:
    open_class(qtbot, harness)
    key(qtbot, harness, Qt.Key.Key_Space)
    harness.advance(20)
    behind_the_advice: list[str] = []
    told = harness.prompter.inform

    def inform(title: str, paragraphs: tuple[str, ...]) -> None:
        session = harness.window.session
        behind_the_advice.extend([session.heading_label.text(), session.title_label.text(),
                                  session.clock_label.text(), session.caption_label.text()])
        told(title, paragraphs)

    harness.prompter.inform = inform  # type: ignore[method-assign]
    qtbot.mouseClick(harness.window.session.hurt_button, Qt.MouseButton.LeftButton)
    assert harness.window.controller.state is not None and harness.window.controller.state.value == "stopped"
    assert harness.prompter.told == ["Session stopped"]
    assert behind_the_advice == ["STOPPED", "Session stopped", "", ""]
    assert harness.speaker.texts[-1] == STOPPED_FOR_PAIN
    # issue 15: with its pain question
    assert harness.window.stack.currentWidget() is harness.window.history_screen.summary
    assert harness.window.history_screen.summary.heading.text() == "Stopped because it hurt"


def test_escape_leaves_full_screen_first_then_asks_to_stop(qtbot: QtBot, harness: Harness) -> None:
    open_class(qtbot, harness)
    key(qtbot, harness, Qt.Key.Key_Space)
    key(qtbot, harness, Qt.Key.Key_F)
    assert harness.window.isFullScreen()
    assert not harness.window.menuBar().isVisible()  # class mode: the whole screen is the session
    key(qtbot, harness, Qt.Key.Key_Escape)
    assert not harness.window.isFullScreen() and harness.prompter.asked == ["Before you start"]
    assert harness.window.menuBar().isVisible()
    key(qtbot, harness, Qt.Key.Key_Escape)
    assert harness.prompter.asked[-1] == "Stop the session?"
    assert harness.window.stack.currentWidget() is harness.window.history_screen.summary  # issue 15
    qtbot.keyClick(harness.window.history_screen.summary, Qt.Key.Key_Escape)
    assert harness.window.stack.currentWidget() is harness.window.routine_library


def test_m_mutes_and_says_so_on_screen(qtbot: QtBot, harness: Harness) -> None:
    open_class(qtbot, harness)
    settle()
    clock_place = harness.window.session.clock_label.geometry()
    key(qtbot, harness, Qt.Key.Key_M)
    assert harness.window.settings.muted and SettingsStore(harness.settings_file).load().muted
    assert "muted" in harness.window.session.notice_label.text()
    settle()
    assert harness.window.session.clock_label.geometry() == clock_place  # nothing jumps mid-set
    key(qtbot, harness, Qt.Key.Key_Space)
    harness.advance(4)
    assert harness.speaker.texts == [] and harness.beeper.played == []
    assert harness.window.session.caption_label.text()  # the cue still shows as text
    key(qtbot, harness, Qt.Key.Key_M)
    assert not harness.window.settings.muted


def test_a_long_caption_then_a_short_one_does_not_move_the_countdown(qtbot: QtBot, harness: Harness) -> None:
    open_class(qtbot, harness)
    session = harness.window.session
    harness.window.resize(900, 650)
    session.show_caption("7-Day Preventive Back Plan — Day 4: Mobility & Flexibility. About 10 minutes. "
                         "First: cat-cow stretch. 10 reps, 3 sets.")
    settle()
    assert session.caption_label.height() >= 2 * session.caption_label.fontMetrics().lineSpacing()
    place = session.clock_label.geometry()
    session.show_caption("Go.")
    settle()
    assert session.clock_label.geometry() == place


def test_a_whole_bundled_class_runs_to_session_complete(qtbot: QtBot, harness: Harness) -> None:
    open_class(qtbot, harness)
    key(qtbot, harness, Qt.Key.Key_Space)
    total = harness.window.controller.engine.plan.timeline.total_seconds  # type: ignore[union-attr]
    with qtbot.waitSignal(harness.window.controller.driver.sessionFinished, timeout=1000):
        harness.advance(total + 1, step=0.5)
    session = harness.window.session
    assert session.heading_label.text() == "WELL DONE" and session.title_label.text() == "Session complete"
    assert harness.speaker.texts[-1] == "Well done. Session complete."
    assert harness.beeper.played.count(Tone.GO) == sum(
        1 for s in harness.window.controller.engine.steps if s.kind is StepKind.WORK  # type: ignore[union-attr]
    )
    summary = harness.window.history_screen.summary  # issue 15: the session ends on its summary
    assert harness.window.stack.currentWidget() is summary and summary.heading.text() == "Well done"
    qtbot.mouseClick(summary.library_button, Qt.MouseButton.LeftButton)
    assert harness.window.stack.currentWidget() is harness.window.routine_library


def test_missing_sound_shows_a_notice_and_captions(qtbot: QtBot, harness: Harness) -> None:
    notice = "No speech: espeak-ng is not installed — sudo apt install espeak-ng"
    harness.window.set_audio(NullSpeaker("no espeak-ng"), NullBeeper("no device"), notice)
    assert harness.window.status.text() == notice  # in the library, on the status line
    open_class(qtbot, harness)
    assert harness.window.session.notice_label.isVisibleTo(harness.window)
    assert harness.window.session.notice_label.text() == notice
    assert not harness.window.statusBar().isVisibleTo(harness.window)  # once on the session screen, not twice
    key(qtbot, harness, Qt.Key.Key_M)  # issue 17: M is heard even with no sound here, and the notice stays
    assert harness.window.session.notice_label.text() == f"Sound is muted — press M to turn it back on. {notice}"
    key(qtbot, harness, Qt.Key.Key_M)
    assert harness.window.session.notice_label.text() == notice
    key(qtbot, harness, Qt.Key.Key_Space)
    harness.advance(harness.window.controller.driver.engine.steps[0].planned + 0.5)  # type: ignore[union-attr]
    assert harness.window.session.caption_label.text() == "“Go.”"


def test_settings_persist_and_shape_the_next_session(qtbot: QtBot, harness: Harness) -> None:
    settings = harness.window.settings.with_changes(prepare=20, verbosity=Verbosity.BEEPS, rate=200)
    harness.window.apply_settings(settings)
    assert SettingsStore(harness.settings_file).load() == settings
    open_class(qtbot, harness)
    engine = harness.window.controller.engine
    assert engine is not None and engine.steps[0].duration == 20
    assert all(cue.kind.value == "beep" for cue in engine.plan.cues)


def test_only_changed_settings_are_written(harness: Harness) -> None:
    harness.window.apply_settings(AppSettings(muted=True))
    text = harness.settings_file.read_text()
    assert "muted=true" in text and "rate" not in text


def test_the_background_shows_the_step_kind(qtbot: QtBot, harness: Harness) -> None:
    open_class(qtbot, harness)
    session = harness.window.session

    def corner() -> str:
        settle()
        return session.grab().toImage().pixelColor(2, session.height() // 2).name()

    assert session.colour_key() == "ready" and corner() == theme.background("ready").name()
    key(qtbot, harness, Qt.Key.Key_Space)
    assert session.colour_key() == "prepare" and corner() == theme.background("prepare").name()
    key(qtbot, harness, Qt.Key.Key_Right)
    assert session.colour_key() == "work" and corner() == theme.background("work").name()
    key(qtbot, harness, Qt.Key.Key_Space)
    assert session.colour_key() == "paused" and corner() == theme.background("paused").name()


def test_step_colours_read_from_across_the_room() -> None:
    white = QColor(theme.TEXT_COLOUR)
    for name in theme.STEP_COLOURS:
        assert theme.contrast_ratio(white, theme.background(name)) >= 4.5, name


@pytest.mark.parametrize("size", [(800, 600), (1280, 800), (3840, 2160)])
def test_nothing_is_clipped_from_800x600_to_4k(qtbot: QtBot, harness: Harness, size: tuple[int, int]) -> None:
    open_class(qtbot, harness, "Exercises to Strengthen Back Muscles")
    harness.window.resize(*size)
    key(qtbot, harness, Qt.Key.Key_Space)
    harness.advance(12)
    session = harness.window.session
    qtbot.waitUntil(lambda: session.width() > 0.9 * size[0] - 40)
    labels = (session.clock_label, session.title_label, session.upcoming_label, session.heading_label)
    # Geometry settles on the next layout pass after the fonts change; wait for it, then check it.
    qtbot.waitUntil(lambda: all(label.height() >= label.fontMetrics().height() * 0.95 for label in labels))
    settle()  # the view fits its type once per event-loop turn after the texts change (a caution, a caption)
    layout = session.layout()
    assert layout.totalHeightForWidth(session.width()) <= session.height()
    for label in labels:
        assert label.fontMetrics().horizontalAdvance(label.text()) <= session.width(), label.objectName()
    assert session.clock_label.font().pixelSize() >= session.height() * 0.18
    assert all(isinstance(label, QLabel) for label in (session.caption_label, session.instructions_label))


def test_keyboard_only_search_then_return_opens_the_session(qtbot: QtBot, harness: Harness) -> None:
    window = harness.window
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.routine_library.search, "back fit")
    with qtbot.waitSignal(window.sessionOpened):
        qtbot.keyClick(window.routine_library.search, Qt.Key.Key_Return)
    engine = window.controller.engine
    assert engine is not None and engine.plan.timeline.title == "The back fit workout"


def test_return_on_a_library_row_opens_the_session(qtbot: QtBot, harness: Harness) -> None:
    library = harness.window.routine_library
    library.table.setFocus()
    library.table.selectRow(library.titles().index("Revitalise your spine"))
    with qtbot.waitSignal(harness.window.sessionOpened):
        qtbot.keyClick(library.table, Qt.Key.Key_Return)
    assert harness.window.stack.currentWidget() is harness.window.session


def test_sound_that_stops_mid_session_is_said_on_screen_and_so_is_its_return(qtbot: QtBot, harness: Harness) -> None:
    player = FakePlayer()
    harness.window.set_audio(harness.speaker, harness.beeper, None, player)
    open_class(qtbot, harness)
    key(qtbot, harness, Qt.Key.Key_Space)
    notice = harness.window.session.notice_label
    player.fail("the sound output stopped")
    assert notice.isVisibleTo(harness.window)
    assert notice.text() == ("Sound stopped: the speakers or the sound server went away. Cues are shown on screen; "
                             "BackCoach tries again at the next cue.")
    harness.advance(2)
    state = harness.window.controller.driver.state
    assert state is not None and state.value == "running"
    player.recover()
    assert notice.text() == "Sound is back."
    qtbot.waitUntil(lambda: not notice.isVisibleTo(harness.window), timeout=8000)


def test_cues_reach_the_player_early_enough_to_be_placed_on_their_moment(qtbot: QtBot, harness: Harness) -> None:
    """With a player that places sounds, each beep is handed over ahead and carries its exact moment."""
    harness.beeper.lead = 0.1
    open_class(qtbot, harness)
    key(qtbot, harness, Qt.Key.Key_Space)
    started = harness.clock.now
    harness.advance(12, step=0.02)
    moments = [at for at in harness.beeper.moments if at is not None]
    assert moments, "no beep was handed over ahead of its moment"
    assert all((at - started) == pytest.approx(round(at - started), abs=1e-6) for at in moments), \
        "ticks and the go tone fall on whole seconds of the session"
    # Pausing while a beep waits for its moment takes it back.
    for _ in range(2000):
        if harness.beeper.moments and (harness.beeper.moments[-1] or 0) > harness.clock.now:
            break
        harness.advance(0.02, step=0.02)
    assert (harness.beeper.moments[-1] or 0) > harness.clock.now
    key(qtbot, harness, Qt.Key.Key_Space)
    assert harness.beeper.withdrawals == 1 and harness.speaker.withdrawals == 1


@pytest.mark.parametrize("size", [(800, 600), (1280, 800)])
def test_every_button_shows_its_words_whole(qtbot: QtBot, harness: Harness, size: tuple[int, int]) -> None:
    """Eight buttons and their keys (a high-impact move offers a gentler one) did not fit one row at 800×600:
    "Pause (Space" and "p: it hurts" were cut. Where one row cannot show them whole, they take two."""
    open_class(qtbot, harness, "The back fit workout")
    harness.window.resize(*size)
    key(qtbot, harness, Qt.Key.Key_Space)
    harness.advance(3)
    session = harness.window.session
    qtbot.waitUntil(lambda: session.width() > 0.9 * size[0] - 40)
    settle()
    buttons = [b for b in (session.previous_button, session.toggle_button, session.next_button, session.done_button,
                           session.extend_button, session.gentler_button, session.stop_button, session.hurt_button)
               if b.isVisibleTo(session)]
    assert session.gentler_button in buttons
    for button in buttons:
        assert button.width() >= button.sizeHint().width(), button.text()
    rows = {button.y() for button in buttons}
    assert len(rows) == (2 if size[0] == 800 else 1)
    assert session.layout().totalHeightForWidth(session.width()) <= session.height()
