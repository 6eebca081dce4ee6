"""Issue 17 A: what a person running a class needs, on one screen: a clicker that works without setup, keys
people can find, the time left, fewer steps to start, a quick timer without YAML, and a voice to try."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_harness import FakeClock, FakePrompter, Harness
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from backcoach.audio.fakes import FakeSpeaker
from backcoach.audio.interfaces import VoiceInfo
from backcoach.core.catalog import Catalog, load_catalog
from backcoach.core.display import clock_text
from backcoach.core.engine import State
from backcoach.core.loader import load_routine_file
from backcoach.core.quick_timer import QuickTimer
from backcoach.core.spoken import VOICE_SAMPLE
from backcoach.core.timeline import StepKind
from backcoach.gui.accessibility import spoken
from backcoach.gui.main_window import MainWindow
from backcoach.gui.quick_timer_dialog import QuickTimerDialog
from backcoach.gui.settings_dialog import SettingsDialog
from backcoach.resources import bundled_routines_dir, docs_dir
from backcoach.settings_store import SettingsStore

KEY = Qt.Key


def select(harness: Harness, title: str = "The back fit workout") -> None:
    library = harness.window.routine_library
    library.table.selectRow(library.titles().index(title))
    library.table.setFocus()


def open_ready(qtbot: QtBot, harness: Harness, title: str = "The back fit workout") -> None:
    select(harness, title)
    with qtbot.waitSignal(harness.window.sessionOpened):
        qtbot.keyClick(harness.window.routine_library.table, KEY.Key_Return, Qt.KeyboardModifier.ShiftModifier)


def state(harness: Harness) -> State | None:
    return harness.window.controller.state


# -- fewer steps to start -----------------------------------------------------------------------------------


def test_enter_in_the_library_goes_straight_into_the_get_ready(qtbot: QtBot, harness: Harness) -> None:
    select(harness)
    with qtbot.waitSignal(harness.window.sessionOpened):
        qtbot.keyClick(harness.window.routine_library.table, KEY.Key_Return)
    engine = harness.window.controller.engine
    assert harness.prompter.asked == ["Before you start"]  # the first time only: the safety advice, accepted
    assert engine is not None and engine.state is State.RUNNING and engine.index == 0
    assert engine.current is not None and engine.current.kind is StepKind.PREPARE
    harness.advance(1)
    assert engine.elapsed() == pytest.approx(1)  # the get-ready counts down at once
    assert harness.window.session.hasFocus()


def test_the_start_button_goes_straight_into_the_get_ready_too(qtbot: QtBot, harness: Harness) -> None:
    select(harness, "Revitalise your spine")
    library = harness.window.routine_library
    assert library.start_button.text() == "Start (Enter)"
    qtbot.mouseClick(library.start_button, Qt.MouseButton.LeftButton)
    assert state(harness) is State.RUNNING


def test_before_the_start_back_and_stop_lead_back_to_the_library_by_mouse(qtbot: QtBot, harness: Harness) -> None:
    window = harness.window
    for button in ("previous_button", "stop_button"):
        open_ready(qtbot, harness)
        session = window.session
        assert state(harness) is State.READY
        assert getattr(session, button).isEnabled()
        qtbot.mouseClick(getattr(session, button), Qt.MouseButton.LeftButton)
        assert window.stack.currentWidget() is window.routine_library, button
        assert harness.prompter.asked == ["Before you start"]  # nothing to stop: no question
    open_ready(qtbot, harness)
    qtbot.keyClick(window.session, KEY.Key_PageUp)  # a clicker's "previous" before the start: the same way back
    assert window.stack.currentWidget() is window.routine_library


def test_enter_on_the_closing_screen_goes_back_to_the_library(qtbot: QtBot, harness: Harness) -> None:
    """A recorded class ends on its summary (Enter: the library, below); the session screen's own closing
    screen, which shows until then, takes Enter the same way."""
    session = harness.window.session
    for ended in (State.FINISHED, State.STOPPED):
        open_ready(qtbot, harness)
        session.show_state(ended)
        assert session.library_button.text() == "Back to library (Enter)"
        with qtbot.waitSignal(session.libraryRequested):
            qtbot.keyClick(session, KEY.Key_Return)
        assert harness.window.library_shown()


def test_a_finished_class_then_enter_is_back_in_the_library_on_the_same_routine(
    qtbot: QtBot, harness: Harness
) -> None:
    select(harness, "Revitalise your spine")
    qtbot.keyClick(harness.window.routine_library.table, KEY.Key_Return)
    engine = harness.window.controller.engine
    assert engine is not None
    harness.advance(engine.plan.timeline.total_seconds + 1, step=0.5)
    summary = harness.window.history_screen.summary
    assert summary is not None and harness.window.stack.currentWidget() is summary
    qtbot.keyClick(summary, KEY.Key_Return)
    library = harness.window.routine_library
    assert harness.window.stack.currentWidget() is library and library.table.hasFocus()
    current = library.current_entry()
    assert current is not None and current.display_name.endswith("revitalise-your-spine.yaml")


def test_the_last_routine_is_selected_again_at_the_next_launch(qtbot: QtBot, harness: Harness, tmp_path: Path) -> None:
    open_ready(qtbot, harness, "Revitalise your spine")
    assert SettingsStore(harness.settings_file).load().last_routine is not None
    bundled = bundled_routines_dir()

    def load() -> Catalog:
        return load_catalog([(bundled, True)], {bundled: "routines"})

    again = MainWindow(load, SettingsStore(harness.settings_file), FakePrompter(), FakeClock())
    qtbot.addWidget(again)
    again.show()
    with qtbot.waitSignal(again.libraryLoaded):
        again.reload()
    current = again.routine_library.current_entry()
    assert current is not None and current.routine is not None and current.routine.title == "Revitalise your spine"
    assert again.focusWidget() is again.routine_library.table  # Enter starts it: one key from launch to the get-ready


# -- a presentation clicker and the media keys ---------------------------------------------------------------


def test_a_clicker_runs_the_class_without_setup(qtbot: QtBot, harness: Harness) -> None:
    open_ready(qtbot, harness)
    session = harness.window.session
    engine = harness.window.controller.engine
    assert engine is not None

    def press(key: Qt.Key, text: str = "") -> None:
        qtbot.keyClick(session, key)

    press(KEY.Key_PageDown)  # "next" on the ready screen: start
    assert engine.state is State.RUNNING and engine.index == 0
    press(KEY.Key_PageDown)
    assert engine.index == 1
    press(KEY.Key_PageUp)  # early in a step: back one
    assert engine.index == 0
    press(KEY.Key_B)  # the clicker's "blank screen" button: pause, and again: resume
    assert engine.state is State.PAUSED
    press(KEY.Key_B)
    assert engine.state is State.RUNNING
    press(KEY.Key_Period)
    assert engine.state is State.PAUSED
    press(KEY.Key_Period)
    assert engine.state is State.RUNNING


def test_media_keys_play_pause_next_and_previous(qtbot: QtBot, harness: Harness) -> None:
    from PySide6.QtTest import QTest

    open_ready(qtbot, harness)
    session = harness.window.session
    engine = harness.window.controller.engine
    assert engine is not None

    class Keys:  # media keys have no text (QTest would warn that it cannot make one up)
        @staticmethod
        def keyClick(widget: object, key: Qt.Key) -> None:
            QTest.sendKeyEvent(QTest.KeyAction.Click, session, key, "", Qt.KeyboardModifier.NoModifier)

    qtbot = Keys()  # type: ignore[assignment]
    qtbot.keyClick(session, KEY.Key_MediaPlay)
    assert engine.state is State.RUNNING
    qtbot.keyClick(session, KEY.Key_MediaPlay)  # play never pauses
    assert engine.state is State.RUNNING
    qtbot.keyClick(session, KEY.Key_MediaNext)
    assert engine.index == 1
    qtbot.keyClick(session, KEY.Key_MediaPrevious)
    assert engine.index == 0
    qtbot.keyClick(session, KEY.Key_MediaPause)
    assert engine.state is State.PAUSED
    qtbot.keyClick(session, KEY.Key_MediaPause)  # pause never resumes
    assert engine.state is State.PAUSED
    qtbot.keyClick(session, KEY.Key_MediaTogglePlayPause)
    assert engine.state is State.RUNNING
    qtbot.keyClick(session, KEY.Key_MediaTogglePlayPause)
    assert engine.state is State.PAUSED
    harness.prompter.answer = False
    qtbot.keyClick(session, KEY.Key_MediaStop)  # asks first, like Stop
    assert harness.prompter.asked[-1] == "Stop the session?" and engine.state is State.PAUSED


# -- keys people can find ------------------------------------------------------------------------------------


def test_f1_shows_every_key_and_any_key_closes_it(qtbot: QtBot, harness: Harness) -> None:
    from backcoach.gui.key_overlay import keys_text

    window = harness.window
    open_ready(qtbot, harness)
    engine = window.controller.engine
    assert engine is not None
    qtbot.keyClick(window.session, KEY.Key_F1)
    overlay = window.help_menu.overlay
    assert overlay is not None and overlay.isVisible() and overlay.hasFocus()
    listed = overlay.text()
    actions = [*window.actions(), *window.session.actions(), *window.routine_library.actions()]
    with_keys = [action for action in actions if keys_text(action)]
    assert len(with_keys) >= 30
    for action in with_keys:
        assert f"{keys_text(action)} {action.text().replace('&', '').rstrip('…')}" in listed, action.text()
    for clicker in ("PgDown", "PgUp", "B", "."):
        assert clicker in listed
    qtbot.keyClick(overlay, KEY.Key_Space)  # closes the overlay, and does nothing else
    assert not overlay.isVisible() and engine.state is State.READY and window.session.hasFocus()
    qtbot.keyClick(window.session, KEY.Key_Question)
    assert overlay.isVisible()
    window.resize(window.width() + 120, window.height() + 80)  # it covers the window as the window grows
    assert overlay.geometry() == window.rect()
    qtbot.mouseClick(overlay, Qt.MouseButton.LeftButton)
    assert not overlay.isVisible()
    window.resize(window.width() - 120, window.height() - 80)
    qtbot.keyClick(window.session, KEY.Key_F1)  # shown again: the window's size as it is now
    assert overlay.isVisible() and overlay.geometry() == window.rect()


def test_no_two_actions_share_a_key_where_both_work(harness: Harness) -> None:
    """Qt runs neither of two actions bound to one key where both apply (an "ambiguous shortcut"): the keys
    of the window's menus, with those of the session screen or of the library, are each bound once."""
    window = harness.window
    for place in (window.session, window.routine_library):
        seen: dict[str, str] = {}
        for action in [*window.actions(), *place.actions()]:
            for key in action.shortcuts():
                assert seen.setdefault(key.toString(), action.text()) == action.text(), (key.toString(), seen)


def test_a_question_mark_typed_in_the_search_box_is_text(qtbot: QtBot, harness: Harness) -> None:
    library = harness.window.routine_library
    library.search.setFocus()
    qtbot.keyClicks(library.search, "why?")
    assert library.search.text() == "why?"
    assert harness.window.help_menu.overlay is None or not harness.window.help_menu.overlay.isVisible()


def test_the_session_buttons_say_their_keys(qtbot: QtBot, harness: Harness) -> None:
    from backcoach.gui.session_view import KEYS

    open_ready(qtbot, harness)
    session = harness.window.session
    said = {"toggle_button": "Space", "previous_button": "←", "next_button": "→", "done_button": "Enter",
            "extend_button": "+", "stop_button": "Esc", "hurt_button": "H", "gentler_button": "G",
            "library_button": "Enter"}
    for name, key in said.items():
        button: QPushButton = getattr(session, name)
        assert button.text().endswith(f"({key})"), button.text()
        assert button.accessibleName() == spoken(button.text())  # what is shown, as said aloud
    keys = {key for _, sequence in KEYS for key in sequence if isinstance(key, str)}
    assert {"Space", "Left", "Right", "Return", "+", "Escape", "H", "G"} <= keys
    qtbot.keyClick(session, KEY.Key_Space)
    assert session.toggle_button.text() == "Pause (Space)" == session.toggle_button.accessibleName()


def test_the_help_menu_lists_the_keys_and_opens_the_docs_shipped_with_the_app(qtbot: QtBot, harness: Harness) -> None:
    from backcoach.gui.help_menu import DOCS

    window = harness.window
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    entries = [action.text() for action in help_menu.actions() if not action.isSeparator()]
    assert entries[0] == "&Keyboard shortcuts" and "&Safety advice" in entries
    assert [key.toString() for key in help_menu.actions()[0].shortcuts()] == ["F1", "?"]
    for text, name in DOCS:
        assert text in entries and (docs_dir() / name).is_file(), name
    browser = window.help_menu.show_doc("running-a-class.md")
    qtbot.addWidget(browser)
    assert browser.shown() == "running-a-class.md" and "audience view" in browser.text.toPlainText()
    browser.follow(QUrl("routine-format.md"))  # a link to another document: shown here
    assert browser.shown() == "routine-format.md" and browser.contents.currentRow() == 1
    browser.follow(QUrl("https://example.org/elsewhere"))  # the internet: said, never fetched
    assert browser.shown() == "routine-format.md" and "https://example.org/elsewhere" in browser.notice.text()


# -- time left ---------------------------------------------------------------------------------------------


def test_the_header_shows_the_time_left_in_the_class_and_the_step(qtbot: QtBot, harness: Harness) -> None:
    open_ready(qtbot, harness, "Revitalise your spine")
    session, engine = harness.window.session, harness.window.controller.engine
    assert engine is not None
    total = engine.plan.timeline.total_seconds
    header = session.progress_label
    first = engine.steps[0].planned
    assert header.text() == f"Class: {clock_text(total)} left · Step: {clock_text(first)} left"
    qtbot.keyClick(session, KEY.Key_Space)
    harness.advance(4)
    assert header.text() == f"Class: {clock_text(total - 4)} left · Step: {clock_text(first - 4)} left"
    qtbot.keyClick(session, KEY.Key_Space)  # paused for a minute: the class's time is not used up
    harness.advance(60)
    assert header.text() == f"Class: {clock_text(total - 4)} left · Step: {clock_text(first - 4)} left"
    qtbot.keyClick(session, KEY.Key_Plus)  # +10 s on the get-ready
    assert header.text() == f"Class: {clock_text(total + 6)} left · Step: {clock_text(first + 6)} left"


@pytest.mark.parametrize("size", [(800, 600), (1280, 800), (3840, 2160)])
def test_next_is_at_least_half_the_size_of_the_move(qtbot: QtBot, harness: Harness, size: tuple[int, int]) -> None:
    open_ready(qtbot, harness, "Exercises to Strengthen Back Muscles")
    window, session = harness.window, harness.window.session
    window.resize(*size)
    qtbot.keyClick(session, KEY.Key_Space)
    for _ in range(4):  # a few steps, long names and long "Next:" lines among them
        harness.advance(3)
        qtbot.waitUntil(lambda: session.width() > 0.9 * size[0] - 40)
        for _ in range(3):
            QApplication.processEvents()
        upcoming, title = session.upcoming_label, session.title_label
        assert upcoming.text().startswith(("Next:", "Get into position", "Last step"))
        assert upcoming.font().pixelSize() >= 0.5 * title.font().pixelSize(), (upcoming.text(), title.text())
        for label in (upcoming, title):
            assert label.fontMetrics().horizontalAdvance(label.text()) <= session.width()
        qtbot.keyClick(session, KEY.Key_Right)


# -- a quick timer ---------------------------------------------------------------------------------------------


def open_quick_timer(qtbot: QtBot, window: MainWindow) -> QuickTimerDialog:
    """Ctrl+T, as typed: the quick timer opens, modal over the window (without blocking the test)."""
    qtbot.keyClick(window, KEY.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QuickTimerDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.rounds)  # typing goes to it
    return dialog


def answer_quick_timer(qtbot: QtBot, dialog: QuickTimerDialog, rounds: str, work: str, rest: str, moves: str, *,
                       save: bool = False) -> None:
    """Fill in the quick timer as typed, then Enter (Start) or a click on "Save as routine…"."""
    assert dialog.focusWidget() is dialog.rounds  # the first thing typed is the number of rounds
    for box, text in ((dialog.rounds, rounds), (dialog.work, work), (dialog.rest, rest)):
        if text:
            box.lineEdit().selectAll()
            qtbot.keyClicks(box, text)
    qtbot.keyClicks(dialog.moves, moves)
    if save:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    else:
        qtbot.keyClick(dialog.moves, KEY.Key_Return)
    assert not dialog.isVisible()


def test_a_quick_timer_starts_in_a_few_keys(qtbot: QtBot, harness: Harness) -> None:
    window = harness.window
    dialog = open_quick_timer(qtbot, window)
    with qtbot.waitSignal(window.sessionOpened) as opened:
        answer_quick_timer(qtbot, dialog, "3", "30", "15", "Plank, Bird dog")
    plan = opened.args[0]  # type: ignore[index]
    assert plan.timeline.title == "Quick timer: 3 × 30 s work / 15 s rest — Plank, Bird dog"
    engine = window.controller.engine
    assert engine is not None and engine.state is State.RUNNING and engine.index == 0  # in its get-ready
    qtbot.waitUntil(window.session.hasFocus)  # the keys drive it at once (the dialog gave the keyboard back)
    steps = [(s.kind.value, s.planned) for s in engine.steps[1:]]
    assert steps == [("work", 30), ("rest", 15)] * 5 + [("work", 30)]
    assert SettingsStore(harness.settings_file).load().quick_timer == "3x30/15: Plank, Bird dog"
    assert window.session.block_label.text() == "Round 1 of 3"
    assert open_quick_timer_refused(qtbot, window)  # not over a running class
    window.controller.stop()  # recorded like any class
    records = window.history_screen.history.sessions()
    assert [record.routine_title for record in records] == [plan.timeline.title]
    # opened again, it offers the same timer: Ctrl+T, Enter
    window.show_library()
    dialog = open_quick_timer(qtbot, window)
    with qtbot.waitSignal(window.sessionOpened) as again:
        answer_quick_timer(qtbot, dialog, "", "", "", "")
    assert again.args[0].timeline.title == plan.timeline.title  # type: ignore[index]


def open_quick_timer_refused(qtbot: QtBot, window: MainWindow) -> bool:
    """Ctrl+T during a session opens nothing."""
    qtbot.keyClick(window.session, KEY.Key_T, Qt.KeyboardModifier.ControlModifier)
    return QApplication.activeModalWidget() is None


def test_a_quick_timer_cancelled_starts_nothing(qtbot: QtBot, harness: Harness) -> None:
    window = harness.window
    dialog = open_quick_timer(qtbot, window)
    qtbot.keyClicks(dialog.rounds, "5")
    qtbot.keyClick(dialog.rounds, KEY.Key_Escape)
    assert not dialog.isVisible() and QApplication.activeModalWidget() is None
    assert window.controller.engine is None and window.library_shown()
    assert window.settings.quick_timer == ""  # nothing remembered from a timer not run


def test_a_quick_timer_saves_as_a_routine(qtbot: QtBot, harness: Harness, tmp_path: Path) -> None:
    window = harness.window
    target = tmp_path / "mine" / "tabata.yaml"
    harness.prompter.save_paths = [target]
    answer_quick_timer(qtbot, open_quick_timer(qtbot, window), "8", "20", "10", "", save=True)
    routine = load_routine_file(target)
    assert routine == QuickTimer(8, 20, 10).routine(10, window.loader.catalog.exercise_library)
    assert harness.prompter.asked[-1].startswith("save as quick-timer-8-20-s-work-10-s-rest")
    current = window.routine_library.current_entry()
    assert current is not None and current.path == target and window.library_shown()
    assert window.controller.engine is None  # saved, not started


def test_a_quick_timer_that_cannot_run_says_why_and_cannot_start(qtbot: QtBot, harness: Harness) -> None:

    dialog = QuickTimerDialog(QuickTimer(), harness.window.loader.catalog.exercise_library)
    qtbot.addWidget(dialog)
    dialog.moves.setText(", ".join(f"Move {n}" for n in range(11)))
    assert "Cannot start: at most 10 moves" in dialog.summary.text() and not dialog.start_button.isEnabled()
    dialog.moves.setText("Plank, Plnak")
    assert dialog.start_button.isEnabled()
    assert "With how to do Plank" in dialog.summary.text()
    assert "Not in the exercise library (timed all the same): Plnak" in dialog.summary.text()
    assert all(button.accessibleName() == button.text() for button in dialog.findChildren(QPushButton))


# -- a voice to try ------------------------------------------------------------------------------------------


VOICES = [VoiceInfo("gmw/af", "Afrikaans", ("af",)), VoiceInfo("gmw/en-us", "English (America)", ("en-us",)),
          VoiceInfo("gmw/en", "English (Great Britain)", ("en-gb",)), VoiceInfo("roa/fr", "French", ("fr-fr",)),
          VoiceInfo("gmw/de", "German", ("de",)), VoiceInfo("x/odd", "No language", ())]


def test_voices_are_grouped_by_language_with_the_users_first(qtbot: QtBot) -> None:
    from backcoach.gui.voice_choice import VoiceBox

    french = VoiceBox(VOICES, None, "fr")
    qtbot.addWidget(french)
    assert french.headings() == ["French", "Afrikaans", "English", "German", "Other voices"]
    assert french.itemText(0) == "System default" and french.voice() is None
    assert [french.itemText(i).strip() for i in range(2, 3)] == ["French"]  # under its heading
    english = VoiceBox(VOICES, "gmw/en", "en")
    qtbot.addWidget(english)
    assert english.headings()[0] == "English" and english.voice() == "gmw/en"
    assert [english.itemText(i).strip() for i in (2, 3)] == ["English (America)", "English (Great Britain)"]
    for heading in range(english.count()):  # a heading cannot be chosen
        if english.itemText(heading) in english.headings():
            assert not english.model().flags(english.model().index(heading, 0)) & Qt.ItemFlag.ItemIsEnabled


def test_a_saved_voice_the_engine_does_not_offer_now_is_kept(qtbot: QtBot) -> None:
    from backcoach.settings_store import AppSettings

    dialog = SettingsDialog(AppSettings(voice="roa/it"), VOICES)
    qtbot.addWidget(dialog)
    assert dialog.voice.currentText() == "roa/it (your saved voice, not available now)"
    assert dialog.result_settings().voice == "roa/it"


def test_settings_plays_a_sample_with_the_voice_rate_and_volume_shown(qtbot: QtBot, harness: Harness) -> None:

    window = harness.window
    window.apply_settings(window.settings.with_changes(muted=True))  # muted: the sample still plays, asked for
    speaker = FakeSpeaker()
    speaker.voices = lambda: VOICES  # type: ignore[method-assign]
    window.controller.set_audio(speaker, harness.beeper, None)

    dialog = window.ask_settings()
    assert QApplication.activeModalWidget() is dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)  # the keys go to it
    dialog.voice.setCurrentIndex(dialog.voice.findData("roa/fr"))
    dialog.rate.setValue(220)
    dialog.volume.setValue(40)
    qtbot.mouseClick(dialog.preview, Qt.MouseButton.LeftButton)
    assert speaker.texts == [VOICE_SAMPLE]
    assert speaker.settings.voice_key == ("roa/fr", 220, 0.4)
    qtbot.keyClick(dialog, KEY.Key_Escape)
    assert not dialog.isVisible()
    assert speaker.texts == [VOICE_SAMPLE]
    assert speaker.settings == window.settings.audio()  # cancelled: the speaker has its own settings back
    assert speaker.settings.muted and window.settings.voice is None


def test_settings_chosen_with_ok_are_applied_and_kept(qtbot: QtBot, harness: Harness) -> None:
    window = harness.window
    speaker = FakeSpeaker()
    speaker.voices = lambda: VOICES  # type: ignore[method-assign]
    window.controller.set_audio(speaker, harness.beeper, None)
    qtbot.keyClick(window, KEY.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, SettingsDialog)
    dialog.voice.setCurrentIndex(dialog.voice.findData("gmw/de"))
    dialog.rate.setValue(150)
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert (window.settings.voice, window.settings.rate) == ("gmw/de", 150)
    assert speaker.settings.voice_key == ("gmw/de", 150, window.settings.volume)
    stored = SettingsStore(harness.settings_file).load()
    assert (stored.voice, stored.rate) == ("gmw/de", 150)


def test_without_speech_the_sample_button_says_why(qtbot: QtBot) -> None:
    from backcoach.settings_store import AppSettings

    dialog = SettingsDialog(AppSettings(), [], None, None, "espeak-ng is not installed")
    qtbot.addWidget(dialog)
    assert not dialog.preview.isEnabled() and "espeak-ng is not installed" in dialog.preview.toolTip()
