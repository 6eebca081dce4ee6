"""Issue 16 on screen: the "today" panel above the library, one key to start today's session, the programme
moving on when it is done, the recovery check before a session, the progress offer on the summary (yes, no,
undo), the Programme menu, the calendar export and the programme editor (reorder, undo, atomic save)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from gui_harness import Harness
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget
from pytestqt.qtbot import QtBot

from backcoach.core.engine import State
from backcoach.core.history_records import Feeling
from backcoach.core.history_sample import done_session
from backcoach.core.history_store import HistoryStore
from backcoach.core.programme import load_programme_file
from backcoach.core.programme_day import entry_id
from backcoach.core.programme_log import level_changes, recovery_checks, start
from backcoach.core.programme_schedule import DayKind
from backcoach.core.session_recorder import local_now
from backcoach.gui.programme_screen import ProgrammeScreen
from backcoach.resources import user_history_path
from backcoach.settings_store import SettingsStore

QUICK = """\
backcoach: 1
title: Quick one
level: easy
defaults: {prepare: 3s}
blocks:
  - title: Main
    exercises:
      - {name: Plank, hold: 4-8s}
"""
QUICK_TWO = QUICK.replace("Quick one", "Quick two").replace("Plank", "Bird dog").replace("hold: 4-8s", "reps: 2")
MINE = """\
backcoach-programme: 1
title: My quick plan
schedule:
  every: 1 day
sessions:
  - Quick one
  - Quick two
"""


@pytest.fixture
def quick(harness: Harness, tmp_path: Path) -> ProgrammeScreen:
    """Two short routines of the user's and a programme of them; the programme screen, once it shows today."""
    (harness.user_routines / "quick-one.yaml").write_text(QUICK, encoding="utf-8")
    (harness.user_routines / "quick-two.yaml").write_text(QUICK_TWO, encoding="utf-8")
    folder = tmp_path / "programmes"
    folder.mkdir()
    (folder / "my-quick-plan.yaml").write_text(MINE, encoding="utf-8")
    screen = harness.window.programmes
    screen.user_folder = lambda: folder
    harness.window.reload()
    return shown(screen)


def shown(screen: ProgrammeScreen, qtbot: QtBot | None = None) -> ProgrammeScreen:
    if screen.day is None:
        screen._history_read()  # as 300 ms after the routines are listed
    return screen


def follow(screen: ProgrammeScreen, title: str) -> None:
    screen.pick = lambda entries, _note: [e.title for e in entries].index(title)
    screen.choose()


def finish_session(qtbot: QtBot, harness: Harness) -> None:
    """Space if it waits to start (the library's Start starts it at once), then the clock to the end."""
    if harness.window.controller.driver.state is State.READY:
        qtbot.keyClick(harness.window.session, Qt.Key.Key_Space)
    assert harness.window.controller.driver.state is State.RUNNING
    engine = harness.window.controller.driver.engine
    assert engine is not None
    harness.advance(engine.steps[-1].end + 1)
    assert harness.window.stack.currentWidget() is harness.window.history_screen.summary


def test_the_panel_invites_to_follow_a_programme_and_one_key_starts_today(qtbot: QtBot, harness: Harness,
                                                                          quick: ProgrammeScreen) -> None:
    panel = quick.panel
    assert panel.main.text() == "No programme yet" and panel.isVisible()
    assert panel.start_button.text() == "Choose a programme… (Ctrl+Enter)"
    asked: list[str] = []

    def pick(entries: list, note: str) -> int:  # type: ignore[type-arg]
        asked.extend(e.title for e in entries)
        return [e.title for e in entries].index("My quick plan")

    quick.pick = pick
    qtbot.keyClick(harness.window.routine_library.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert {"7-Day Preventive Back Plan", "Nuffield Health back classes", "My quick plan"} <= set(asked)
    assert panel.main.text() == "Quick one"
    assert panel.heading.text() == "Today · My quick plan (every day)"
    assert panel.detail.text().startswith("Session 1 of 2 · about ")
    with qtbot.waitSignal(harness.window.sessionOpened) as opened:
        qtbot.keyClick(harness.window.routine_library.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert opened.args[0].routine.title == "Quick one"


def test_a_session_done_moves_the_programme_on_and_tomorrow_is_next(qtbot: QtBot, harness: Harness,
                                                                    quick: ProgrammeScreen) -> None:
    follow(quick, "My quick plan")
    quick.start_today()
    finish_session(qtbot, harness)
    harness.window.show_library()
    assert quick.day is not None and quick.day.today is not None and quick.day.today.kind is DayKind.REST
    assert quick.panel.main.text() == "Rest day"
    assert quick.panel.detail.text() == "Next: Quick two (session 2 of 2), tomorrow."
    assert quick.panel.last.text().startswith("Last: Quick one, today at ")
    assert quick.panel.start_button.text() == "Start it early (Ctrl+Enter)"
    quick.now = lambda: local_now() + timedelta(days=3)  # three days later: Quick two waits, once
    application = QGuiApplication.instance()
    assert isinstance(application, QGuiApplication)
    application.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)  # the user comes back to it
    assert quick.panel.main.text() == "Quick two"
    assert "planned 2 days ago" in quick.panel.detail.text() and "the plan waited for you" in quick.panel.detail.text()


def test_pause_resume_restart_leave_from_the_programme_menu(harness: Harness, quick: ProgrammeScreen) -> None:
    follow(quick, "My quick plan")
    quick.actions["pause"].trigger()
    assert quick.panel.main.text() == "Paused" and quick.panel.start_button.text() == "Resume (Ctrl+Enter)"
    assert not quick.actions["pause"].isEnabled() and quick.actions["resume"].isEnabled()
    quick.start_today()  # Ctrl+Enter on a paused programme resumes it
    assert quick.panel.main.text() == "Quick one"
    quick.actions["restart"].trigger()
    assert harness.prompter.asked[-1] == "Start the programme again?"
    assert harness.prompter.defaults[-1] is False  # Return does not restart by accident
    quick.actions["leave"].trigger()
    assert quick.panel.main.text() == "No programme yet"
    menus = [a.text() for a in harness.window.menuBar().actions()]
    assert menus[-2:] == ["&Programme", "&Help"]


def test_too_soon_for_the_same_muscles_warns_and_offers_a_mobility_session(qtbot: QtBot, harness: Harness,
                                                                          quick: ProgrammeScreen) -> None:
    catalog = quick.catalog
    assert catalog is not None
    zahra = next(e for e in catalog.entries if e.title == "Get strong back muscles with Zahra's core workout")
    assert zahra.routine is not None
    store = HistoryStore.open(user_history_path())
    store.add_records([done_session(zahra.routine, entry_id(zahra), local_now() - timedelta(hours=20),
                                    library=zahra.exercise_library)])
    store.close()
    harness.prompter.choices = [1]  # "Do a mobility session" (no programme followed: no gentler session)
    with qtbot.waitSignal(harness.window.sessionOpened) as opened:
        assert harness.window.open_session(zahra)
    assert harness.prompter.asked[-1] == "Too soon for the same muscles"
    assert opened.args[0].routine.title == "7-Day Preventive Back Plan — Day 4: Mobility & Flexibility"
    harness.window.controller.stop()
    harness.window.show_library()
    harness.prompter.choices = [-1]  # changed their mind
    assert not harness.window.open_session(zahra)
    harness.prompter.choices = [0]  # go ahead anyway
    with qtbot.waitSignal(harness.window.sessionOpened) as opened:
        assert harness.window.open_session(zahra)
    assert opened.args[0].routine.title == zahra.title
    checks = quick.history.run(recovery_checks)
    assert [c[4].value for c in checks] == ["mobility", "cancelled", "went-ahead"]
    assert checks[0][2] == "glutes and hips, core and abdominals, lower back" and 19.9 < checks[0][3] < 20.1


def test_the_rule_and_its_source_are_one_click_away(harness: Harness, quick: ProgrammeScreen) -> None:
    quick.panel.warning.linkActivated.emit("rule")
    assert harness.prompter.told[-1] == "Recovery between sessions"


def test_a_harder_step_is_offered_on_the_summary_taken_with_y_and_undone_with_u(
        qtbot: QtBot, harness: Harness, quick: ProgrammeScreen) -> None:
    window = harness.window
    catalog = quick.catalog
    assert catalog is not None
    entry = next(e for e in catalog.entries if e.title == "Quick one")
    assert entry.routine is not None
    store = HistoryStore.open(user_history_path())
    for days in (4, 2):
        store.add_records([done_session(entry.routine, entry_id(entry), local_now() - timedelta(days=days),
                                        feeling=Feeling.TOO_EASY)])
    store.close()
    library = window.routine_library
    library.table.selectRow(library.titles().index("Quick one"))
    with qtbot.waitSignal(window.sessionOpened) as opened:
        library.request_start()
    assert opened.args[0].level.value == "easy"
    finish_session(qtbot, harness)
    summary = window.history_screen.summary
    assert summary is not None and quick.offer_box is not None
    assert not quick.offer_box.isVisible()  # nothing offered before the answer
    qtbot.keyClick(summary.feeling, Qt.Key.Key_1)  # too easy: the third time in a row
    box = quick.offer_box
    assert box.isVisible() and box.yes.isVisible()
    assert box.question.text().startswith("Quick one felt too easy 3 times in a row. Make it harder from next time: "
                                          "intermediate level instead of easy level? (the middle of each range: "
                                          "about ")
    assert "Progress Gradually: Increase reps, sets, or resistance over time." in box.sources.text()
    assert quick.history.run(lambda s: level_changes(s)) == []  # nothing changes without a yes
    qtbot.keyClick(summary.pain, Qt.Key.Key_Y)
    [change] = quick.history.run(lambda s: level_changes(s))
    assert change.accepted and change.after.level.value == "intermediate"
    assert box.undo.isVisible() and "From next time, Quick one runs at intermediate level" in box.question.text()
    window.show_library()
    with qtbot.waitSignal(window.sessionOpened) as opened:
        library.request_start()
    assert opened.args[0].level.value == "intermediate"  # the step agreed to
    window.controller.stop()
    # Undo from the summary, shown again after that stopped session? It offers nothing new; undo from the menu:
    window.show_library()
    harness.prompter.answer = True
    quick.actions["undo_level"].trigger()
    assert harness.prompter.asked[-1] == "Undo the change of level?"
    [change] = quick.history.run(lambda s: level_changes(s))
    assert change.undone_at is not None
    with qtbot.waitSignal(window.sessionOpened) as opened:
        library.request_start()
    assert opened.args[0].level.value == "easy"


def test_no_keeps_it_and_u_undoes_a_change_on_the_summary(qtbot: QtBot, harness: Harness,
                                                          quick: ProgrammeScreen) -> None:
    window = harness.window
    library = window.routine_library
    library.table.selectRow(library.titles().index("Quick one"))
    library.request_start()
    finish_session(qtbot, harness)
    summary = window.history_screen.summary
    assert summary is not None and quick.offer_box is not None
    qtbot.keyClick(summary.feeling, Qt.Key.Key_3)  # too hard at the easiest level: advice, no change offered
    box = quick.offer_box
    assert box.isVisible() and not box.yes.isVisible() and "see a physiotherapist" in box.question.text()
    qtbot.keyClick(summary.pain, Qt.Key.Key_N)
    assert quick.history.run(lambda s: level_changes(s)) == []


def test_calendar_export(harness: Harness, quick: ProgrammeScreen, tmp_path: Path) -> None:
    follow(quick, "Nuffield Health back classes")
    target = tmp_path / "plan.ics"
    quick.ask_calendar_path = lambda suggested: target if suggested.name == "nuffield-back-classes.ics" else None
    quick.actions["calendar"].trigger()
    events = list(Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert len(events) == 3 and all(e.decoded("dtstart").weekday() in (0, 2, 4) for e in events)
    assert "Exported the schedule of Nuffield Health back classes" in harness.window.status.text()


def test_the_programme_editor_reorders_undoes_and_saves_atomically(qtbot: QtBot, harness: Harness,
                                                                  quick: ProgrammeScreen, tmp_path: Path) -> None:
    follow(quick, "My quick plan")
    quick.actions["edit"].trigger()
    editor = quick.editor
    assert quick.dock.isVisible() and editor.title.text() == "My quick plan"
    assert [editor.sessions.item(i).text() for i in range(2)] == ["1. Quick one", "2. Quick two"]
    editor.sessions.setCurrentRow(0)
    qtbot.keyClick(editor.sessions, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [editor.sessions.item(i).text() for i in range(2)] == ["1. Quick two", "2. Quick one"]
    assert editor.sessions.currentRow() == 1
    qtbot.keyClick(editor.sessions, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [editor.sessions.item(i).text() for i in range(2)] == ["1. Quick one", "2. Quick two"]
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(editor.sessions, Qt.Key.Key_Z, redo)
    assert [editor.sessions.item(i).text() for i in range(2)] == ["1. Quick two", "2. Quick one"]
    editor.kind.setCurrentIndex(0)
    editor.kind.activated.emit(0)  # on days of the week: Monday and Thursday to start from
    assert editor.programme is not None and editor.programme.schedule.days == (0, 3)
    assert "Unsaved changes." in editor.where.text()
    qtbot.keyClick(editor.sessions, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    path = tmp_path / "programmes" / "my-quick-plan.yaml"
    saved = load_programme_file(path)
    assert [s.routine for s in saved.sessions] == ["Quick two", "Quick one"] and saved.schedule.days == (0, 3)
    assert not list(path.parent.glob("*.yaml.*"))  # no temporary file left behind
    assert quick.panel.heading.text() == "Today · My quick plan (Monday and Thursday (2 a week))"
    harness.window.open_session(next(e for e in quick.catalog.entries if e.title == "Quick one"))  # type: ignore[union-attr]
    assert not quick.dock.isVisible()  # the session takes the room
    harness.window.controller.stop()
    harness.window.show_library()
    assert quick.dock.isVisible()


def test_the_routine_editor_comes_to_the_front_of_the_side_panel_whatever_opens_it(
        qtbot: QtBot, harness: Harness, quick: ProgrammeScreen) -> None:
    """The two editors share the side panel as tabs: editing a routine (Ctrl+E, Edit, New, an imported
    article) while the programme editor is in front must show the routine editor, not leave it behind its tab
    (where Qt calls a dock visible, placed out of sight)."""
    window = harness.window
    panel = window.editor_panel

    def seen(dock: QDockWidget) -> bool:
        return dock.isVisible() and not dock.visibleRegion().isEmpty()

    def programme_in_front() -> None:
        quick.edit()
        assert seen(quick.dock) and not seen(window.editor_dock)

    follow(quick, "My quick plan")
    window.edit_actions["toggle"].trigger()  # the routine editor once, so the two are tabs of one panel
    programme_in_front()
    window.edit_actions["toggle"].trigger()  # Ctrl+E
    assert seen(window.editor_dock) and not seen(quick.dock)
    programme_in_front()
    window.routine_library.editRequested.emit()  # the library's Edit
    assert seen(window.editor_dock)
    programme_in_front()
    panel._new_routine("template")  # File → New from template
    assert seen(window.editor_dock)
    programme_in_front()
    harness.prompter.choices = [1]  # the new routine's changes: discard them for the draft
    assert panel.open_draft(window.editor.routine, None, "Imported")  # an article read
    assert seen(window.editor_dock)
    window.edit_actions["toggle"].trigger()  # in front: Ctrl+E hides it, as ever
    assert not window.editor_dock.isVisible()


def test_a_bundled_programme_is_saved_as_your_copy_which_you_can_follow_from_where_you_are(
        harness: Harness, quick: ProgrammeScreen, tmp_path: Path) -> None:
    follow(quick, "7-Day Preventive Back Plan")
    store = HistoryStore.open(user_history_path())
    store.close()
    quick.edit()
    editor = quick.editor
    assert "saving makes your copy" in editor.where.text()
    editor.title.setText("My 7-day plan")
    editor.title.editingFinished.emit()
    editor.sessions.setCurrentRow(6)
    editor.remove_session()
    harness.prompter.answer = True
    assert editor.save()
    copy = tmp_path / "programmes" / "my-7-day-plan.yaml"
    assert len(load_programme_file(copy).sessions) == 6
    assert harness.prompter.asked[-1] == "Follow your copy?"
    assert quick.day is not None and quick.day.run is not None and quick.day.run.title == "My 7-day plan"
    assert quick.panel.heading.text().startswith("Today · My 7-day plan")


def test_unsaved_programme_changes_are_not_lost_to_closing_the_window(harness: Harness,
                                                                     quick: ProgrammeScreen) -> None:
    quick.actions["new"].trigger()
    editor = quick.editor
    editor.title.setText("Something new")
    editor.title.editingFinished.emit()
    harness.prompter.choices = [-1]  # neither save nor drop: stay
    assert not harness.window.close()
    assert harness.prompter.asked[-1] == "Unsaved programme"


def test_a_programme_run_started_elsewhere_shows_here(harness: Harness, quick: ProgrammeScreen) -> None:
    store = HistoryStore.open(user_history_path())
    start(store, "programmes/nuffield-back-classes.yaml", "Nuffield Health back classes", local_now())
    store.close()
    quick.refresh()
    assert quick.panel.heading.text().startswith("Today · Nuffield Health back classes")


def test_the_settings_offer_the_programme_numbers_within_the_articles_ranges(
        qtbot: QtBot, harness: Harness, quick: ProgrammeScreen) -> None:
    from backcoach.gui.settings_dialog import SettingsDialog

    follow(quick, "7-Day Preventive Back Plan")
    catalog = quick.catalog
    assert catalog is not None
    day1 = next(e for e in catalog.entries if e.title.startswith("7-Day Preventive Back Plan — Day 1:"))
    assert day1.routine is not None
    store = HistoryStore.open(user_history_path())
    store.add_records([done_session(day1.routine, entry_id(day1), local_now() - timedelta(hours=36))])
    store.close()
    quick.now = lambda: local_now() + timedelta(days=1)  # 60 hours after that session
    quick.refresh()  # Day 1 was not done for the programme: it is still today's, and 60 hours is more than 48
    assert not quick.panel.warning.isVisible()
    dialog = SettingsDialog(harness.window.settings, [])
    qtbot.addWidget(dialog)
    assert (dialog.progress_after.minimum(), dialog.progress_after.maximum(), dialog.progress_after.value()) == (
        2, 3, 3)
    assert (dialog.recovery_hours.minimum(), dialog.recovery_hours.maximum(), dialog.recovery_hours.value()) == (
        48, 72, 48)
    dialog.recovery_hours.setValue(72)
    dialog.progress_after.setValue(2)
    harness.window.apply_settings(dialog.result_settings())  # the panel follows at once: 60 hours is less than 72
    assert "Give them 72 hours to recover" in quick.panel.warning.text() and quick.panel.warning.isVisible()
    assert SettingsStore(harness.settings_file).load().progress_after == 2


def test_an_editor_with_unsaved_changes_goes_away_quietly(qtbot: QtBot, tmp_path: Path) -> None:
    """Destroying the editor clears its undo stack, which says the programme is clean again: that must not reach
    the half-deleted editor (an exception in Qt's event loop fails this test)."""
    import shiboken6
    from gui_harness import FakePrompter

    from backcoach.core.programme import load_programme
    from backcoach.gui.programme_editor import ProgrammeEditor

    editor = ProgrammeEditor(FakePrompter())
    assert editor.new_programme(load_programme(MINE), ["Quick one", "Quick two"], tmp_path)
    editor.sessions.setCurrentRow(0)
    editor.move_session(1)
    assert editor.is_dirty()
    shiboken6.delete(editor)


def test_a_screen_reader_can_follow_the_today_panel_and_the_programme_editor(harness: Harness,
                                                                            quick: ProgrammeScreen) -> None:
    """Issue 17's walk through QAccessible (labels named by what they show, buttons by their text, every control
    named and reached by Tab) over what issue 16 adds: the panel while following, and the editor."""
    from test_accessibility import problems_of, settle

    follow(quick, "My quick plan")
    settle()
    assert quick.panel.main.isVisible() and problems_of(harness.window) == []
    quick.actions["edit"].trigger()
    settle()
    assert quick.dock.isVisible() and problems_of(harness.window) == []


def test_at_800_by_600_with_the_editor_open_the_panel_is_one_line_and_everything_fits(
        qtbot: QtBot, harness: Harness, quick: ProgrammeScreen) -> None:
    from test_accessibility import settle

    follow(quick, "My quick plan")
    window, panel = harness.window, quick.panel
    window.resize(1100, 760)
    settle()
    assert not panel.compact and panel.heading.isVisible() and panel.detail.isVisible()
    window.resize(800, 600)
    quick.actions["edit"].trigger()
    qtbot.waitUntil(lambda: panel.compact)
    assert not panel.heading.isVisible() and not panel.detail.isVisible() and panel.main.isVisible()
    assert panel.start_button.text() == "Start (Ctrl+Enter)" and panel.start_button.isVisible()
    assert "Today · My quick plan" in panel.main.toolTip() and "Session 1 of 2" in panel.main.toolTip()
    settle()
    assert panel.height() <= 40  # one line: the list below keeps its rows
    editor = quick.editor
    for widget in (editor.save_button, editor.every, editor.add_button, panel.start_button, panel.menu_button):
        assert widget.isVisible(), widget
        top_left = widget.mapTo(window, widget.rect().topLeft())
        bottom_right = widget.mapTo(window, widget.rect().bottomRight())
        assert window.rect().contains(top_left) and window.rect().contains(bottom_right), widget
