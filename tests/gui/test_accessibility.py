"""Issue 17, C: a screen reader can follow it. Every screen is walked through Qt's accessibility interface
(``QAccessible``, what the AT-SPI bridge hands Orca): an interactive widget without a name, a combo box named
by its value, a button whose name is not its text, a label whose accessible text differs from what it shows,
or a control Tab cannot reach fails the walk. Step changes are announced once a step; fields that refuse
their text say so."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

import pytest
from gui_harness import Harness
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_editor import field, open_mine, select

from backcoach.core.engine import State
from backcoach.core.history_sample import sample_history
from backcoach.core.history_store import HistoryStore
from backcoach.core.timeline import StepKind
from backcoach.gui.accessibility import spoken
from backcoach.gui.choice_row import ChoiceRow
from backcoach.gui.settings_dialog import SettingsDialog

Role = QAccessible.Role
NAMED = {Role.Button, Role.CheckBox, Role.RadioButton, Role.ComboBox, Role.EditableText, Role.SpinBox,
         Role.Slider, Role.Table, Role.Tree, Role.List, Role.PageTab, Role.PageTabList, Role.MenuItem}
"""Roles a person operates: each must have a name to be found by."""
ITEM_VIEWS = {Role.Table, Role.Tree, Role.List, Role.MenuBar}
"""Not walked into: their rows are named by their cells (and a history can have thousands)."""
KEY_HINT = re.compile(r"\s*\((?:[A-Z][\w+]*|Enter|Esc)(?:[ +][\w+]+)*\)$")


def walk(iface: QAccessibleInterface) -> Iterator[QAccessibleInterface]:
    """Every visible interface below ``iface`` (item views' rows left out)."""
    for index in range(iface.childCount()):
        child = iface.child(index)
        if child is None or not child.isValid() or child.state().invisible:
            continue
        yield child
        if child.role() not in ITEM_VIEWS and not isinstance(child.object(), QComboBox):
            yield from walk(child)


def shown_text(label: QLabel) -> str:
    """What a label shows, as text (rich text as its words)."""
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (label.textFormat() == Qt.TextFormat.AutoText
                                                        and GuiQt.mightBeRichText(text)):
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    if label.buddy() is not None:
        text = spoken(text)
    return " ".join(text.split())


def tab_stop_expected(widget: QWidget) -> bool:
    """Whether Tab must reach ``widget`` (the parts of a composite are reached through the composite)."""
    if isinstance(widget, QScrollBar) or not widget.isEnabled():
        return False
    if widget.objectName().startswith("qt_dockwidget_"):
        return False  # a dock's own float and close buttons: Ctrl+E shows and hides the editor
    inside = widget.parentWidget()
    while inside is not None:
        if isinstance(inside, (ChoiceRow, QCalendarWidget, QTabBar, QComboBox)):
            return False  # the row, the calendar's grid, the tab bar, the combo box take the focus
        inside = inside.parentWidget()
    return isinstance(widget, (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QAbstractSlider,
                               QAbstractItemView, QPlainTextEdit, QTabBar, ChoiceRow))


def problems_of(top: QWidget) -> list[str]:
    """What is wrong on the screen ``top`` shows, through QAccessible; [] when a screen reader can follow it."""
    root = QAccessible.queryAccessibleInterface(top)
    assert root is not None and root.isValid()
    found: list[str] = []
    interactive = 0
    for iface in walk(root):
        widget, role = iface.object(), iface.role()
        name = iface.text(QAccessible.Text.Name)
        where = f"{type(widget).__name__} {widget.objectName() if widget else ''} ({role.name}, {name!r})"
        if role in NAMED:
            interactive += 1
            if not name.strip():
                found.append(f"no name: {where}")
        if isinstance(widget, QComboBox):
            value = iface.text(QAccessible.Text.Value)
            label = widget.accessibleName() or spoken(_buddy_text(widget)).rstrip(":")
            if name != label or value != widget.currentText():
                found.append(f"combo box not named by its label {label!r} or not valued {value!r}: {where}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            words = spoken(KEY_HINT.sub("", widget.text()))
            if words.lower() not in name.lower():
                found.append(f"button name {name!r} does not say its text {words!r}: {where}")
        elif (isinstance(widget, QLabel) and role == Role.StaticText and widget.text()
              and " ".join(name.split()) != shown_text(widget)):
            found.append(f"label says {name!r} but shows {shown_text(widget)!r}: {where}")
        if (isinstance(widget, QWidget) and widget.isVisible() and tab_stop_expected(widget)
                and not widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            found.append(f"not reached by Tab: {where}")
    if interactive == 0:
        found.append("nothing to operate: the walk found no interactive widget")
    return found


def _buddy_text(combo: QComboBox) -> str:
    for label in combo.window().findChildren(QLabel):
        if label.buddy() is combo:
            return label.text()
    return ""


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def open_class(qtbot: QtBot, harness: Harness, title: str = "Revitalise your spine") -> None:
    library = harness.window.routine_library
    library.table.selectRow(library.titles().index(title))
    with qtbot.waitSignal(harness.window.sessionOpened):
        qtbot.mouseClick(library.start_button, Qt.MouseButton.LeftButton)


# -- the walk, screen by screen ------------------------------------------------------------------------------


def test_the_library_can_be_followed(qtbot: QtBot, harness: Harness) -> None:
    assert problems_of(harness.window) == []
    library = harness.window.routine_library
    qtbot.waitUntil(library.figures_shown)  # the moves' pictures, and the first one moving below the preview
    settle()
    assert library.figure_view is not None and library.figure_view.isVisible()
    assert problems_of(harness.window) == []
    level = QAccessible.queryAccessibleInterface(harness.window.routine_library.level_box)
    assert level.text(QAccessible.Text.Name) == "Level"  # on Linux Qt said "Routine's own level", its value
    assert level.text(QAccessible.Text.Value) == "Routine's own level"
    assert level.childCount() == 1 and level.state().hasPopup


def test_the_editor_can_be_followed_and_marks_a_refused_field(qtbot: QtBot, harness: Harness) -> None:
    editor, _ = open_mine(qtbot, harness, "backcoach: 1\ntitle: My class\nblocks:\n  - title: Main\n"
                          "    exercises:\n      - {name: Bird dog, reps: 10, per: side}\n")
    select(editor, (0, 0))
    settle()
    assert problems_of(harness.window) == []
    reps = field(editor, "reps")
    qtbot.keyClicks(reps, "x")
    iface = QAccessible.queryAccessibleInterface(reps)
    assert iface.text(QAccessible.Text.Description).startswith("Not valid: 'reps'")
    assert problems_of(harness.window) == []  # the message shown under the field is a label like any other
    reps.selectAll()
    qtbot.keyClicks(reps, "12")
    assert iface.text(QAccessible.Text.Description) == ""
    select(editor, ())
    assert problems_of(harness.window) == []  # the routine's own fields, its level box among them
    select(editor, (0, 0))
    figure = editor.form_host.widget().findChild(QPlainTextEdit, "field_figure")
    assert figure is not None
    figure.setPlainText("{like: Sqaut}")  # it reads, but names no figure: a note under the figure says why
    settle()
    assert editor.figure_note.isVisible() and editor.figure_view.isVisible()
    assert problems_of(harness.window) == []


HANDOUT = """Back care exercises

Day 1: Gentle start

- Cat-cow stretch – 2 sets of 10 reps
- Bird dog – 3 sets of 8 reps per side

Day 2: A little more

- Child's pose: hold for 30 seconds
- Pelvic tilt
"""


def test_the_import_dialog_and_a_draft_with_guesses_can_be_followed(qtbot: QtBot, harness: Harness) -> None:
    from backcoach.gui.article_import import ImportDialog

    window = harness.window
    window.import_action.trigger()  # File → Import article…
    dialog = window.findChild(ImportDialog)
    assert isinstance(dialog, ImportDialog)
    settle()
    assert problems_of(dialog) == []
    with qtbot.waitSignal(dialog.resultShown):
        dialog.set_text(HANDOUT)
    settle()
    assert dialog.which.isVisible() and dialog.summary.text().startswith("Found")  # two classes: which to open
    assert problems_of(dialog) == []
    summary = QAccessible.queryAccessibleInterface(dialog.summary)
    assert summary.text(QAccessible.Text.Name) == dialog.summary.text()  # was "What was found"
    with qtbot.waitSignal(window.article_import.draftOpened):
        dialog.open_button.click()
    editor = window.editor
    select(editor, (1, 1))  # "Pelvic tilt": named without a dose
    settle()
    assert editor.guessed_fields()  # a value the article did not give, marked with a note to check it
    assert problems_of(window) == []


def session_states(qtbot: QtBot, harness: Harness) -> Iterator[str]:
    """Walk a session through its states, yielding at each; the screen is checked at every yield."""
    open_class(qtbot, harness)
    yield "ready"
    session = harness.window.session
    qtbot.keyClick(session, Qt.Key.Key_Space)
    yield "get ready"
    engine = harness.window.controller.driver.engine
    assert engine is not None
    while engine.current is not None and engine.current.kind is not StepKind.WORK:
        harness.advance(1)
    harness.advance(1)
    yield "work"
    while engine.current is not None and engine.current.kind is not StepKind.REST:
        harness.advance(1)
    yield "rest"
    qtbot.keyClick(session, Qt.Key.Key_Space)
    yield "paused"
    qtbot.keyClick(session, Qt.Key.Key_Space)
    while engine.state is State.RUNNING:
        harness.advance(5, step=0.5)
        if engine.current is not None and engine.current.duration is None and engine.elapsed() > 3:
            qtbot.keyClick(session, Qt.Key.Key_Return)
    harness.window.stack.setCurrentWidget(session)  # the finished screen, behind its summary
    yield "finished"
    harness.window.show_library()
    open_class(qtbot, harness)
    qtbot.keyClick(session, Qt.Key.Key_Space)
    harness.advance(3)
    harness.window.ask_stop()
    harness.window.stack.setCurrentWidget(session)
    yield "stopped"


def test_the_session_screen_can_be_followed_in_every_state(qtbot: QtBot, harness: Harness) -> None:
    session = harness.window.session
    seen = []
    for state in session_states(qtbot, harness):
        settle()
        seen.append(state)
        assert problems_of(harness.window) == [], state
        clock = QAccessible.queryAccessibleInterface(session.clock_label)
        assert clock.text(QAccessible.Text.Name) == session.clock_label.text()  # was "Time left in this step"
        assert clock.text(QAccessible.Text.Description) == "Time left in this step"
        for label in (session.title_label, session.detail_label, session.upcoming_label, session.heading_label):
            assert QAccessible.queryAccessibleInterface(label).text(QAccessible.Text.Name) == label.text()
        if state == "work":
            assert session.figure_view.isVisible()  # the move beside the countdown: walked too
        toggle = QAccessible.queryAccessibleInterface(session.toggle_button)
        if session.toggle_button.isVisible():
            assert toggle.text(QAccessible.Text.Name) == session.toggle_button.text()
    assert seen == ["ready", "get ready", "work", "rest", "paused", "finished", "stopped"]
    assert session.toggle_button.text() == "Start"  # and its name was Pause, Resume … on the way


def test_the_summary_and_the_history_can_be_followed(qtbot: QtBot, harness: Harness) -> None:
    for _ in session_states(qtbot, harness):
        pass  # two sessions, a finished one and a stopped one
    window = harness.window
    window.history_screen.show_summary(window.history_screen.summary.record)  # type: ignore[arg-type]
    settle()
    assert window.stack.currentWidget() is window.history_screen.summary
    assert problems_of(window) == []
    path = window.history_screen.history.path
    assert path is not None
    HistoryStore.open(path).add_records(sample_history(datetime.now().astimezone(), 40))
    window.show_library()
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    view = window.history_screen.view
    assert view is not None and window.stack.currentWidget() is view
    settle()
    assert problems_of(window) == []
    view.tabs.setCurrentIndex(1)
    settle()
    assert problems_of(window) == []


def test_the_settings_dialog_can_be_followed(qtbot: QtBot, harness: Harness) -> None:
    from backcoach.audio.interfaces import VoiceInfo

    dialog = SettingsDialog(harness.window.settings, [VoiceInfo("en-gb", "English (Great Britain)", ("en",))])
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    assert problems_of(dialog) == []
    voice = QAccessible.queryAccessibleInterface(dialog.voice)
    assert (voice.text(QAccessible.Text.Name), voice.text(QAccessible.Text.Value)) == ("Voice", "System default")


# -- what the walk cannot see: announcements, names that follow, Tab on the session screen -----------------


def test_step_changes_are_announced_once_a_step_never_each_second(qtbot: QtBot, harness: Harness) -> None:
    open_class(qtbot, harness)
    session = harness.window.session
    said: list[str] = []
    shown: list[str] = []  # what the "what comes next" line showed as each was said
    session.announced.connect(lambda text: (said.append(text), shown.append(session.upcoming_label.text())))
    qtbot.keyClick(session, Qt.Key.Key_Space)
    engine = harness.window.controller.driver.engine
    assert engine is not None
    steps = [engine.index]
    while len(steps) < 4:  # second by second, over three step changes
        harness.advance(1)
        if engine.index != steps[-1]:
            steps.append(engine.index)
    assert len(said) == len(steps)  # one announcement a step
    first, second = engine.steps[steps[0]], engine.steps[steps[1]]
    assert said[0].startswith(f"Get ready: {first.exercise}")
    assert said[1].startswith(f"{'Work' if second.kind is StepKind.WORK else 'Rest'}: ")
    assert all(next_line and said[i].endswith(next_line) for i, next_line in enumerate(shown))
    qtbot.keyClick(session, Qt.Key.Key_Space)
    qtbot.keyClick(session, Qt.Key.Key_Space)
    harness.advance(4)
    assert said[-2:] == ["Paused. Press Space to resume.", "Resuming."]  # and the same step is not said again
    harness.window.ask_stop()
    assert said[-1] == "Stopped. Session stopped. Take your time getting up."


def test_the_start_button_is_named_by_what_it_shows(qtbot: QtBot, harness: Harness) -> None:
    open_class(qtbot, harness)
    session = harness.window.session
    names = []
    for _ in range(3):
        names.append(QAccessible.queryAccessibleInterface(session.toggle_button).text(QAccessible.Text.Name))
        qtbot.keyClick(session, Qt.Key.Key_Space)
    assert names == ["Start", "Pause", "Resume"]  # was "Start" three times
    back = QAccessible.queryAccessibleInterface(session.previous_button).text(QAccessible.Text.Name)
    assert back == "Back"  # "◀ Back" on screen: the arrow is not read out


@pytest.mark.parametrize("press", [Qt.Key.Key_Space, Qt.Key.Key_Return], ids=["Space", "Enter"])
def test_tab_reaches_every_session_button_and_space_or_enter_presses_it(qtbot: QtBot, harness: Harness,
                                                                         press: Qt.Key) -> None:
    open_class(qtbot, harness)
    window, session = harness.window, harness.window.session
    qtbot.keyClick(session, Qt.Key.Key_Space)  # running: every button is on
    assert session.hasFocus()
    reached = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is session or focused in reached:
            break
        reached.append(focused)
    buttons = [b for b in (session.previous_button, session.toggle_button, session.next_button, session.done_button,
                           session.extend_button, session.gentler_button, session.stop_button, session.hurt_button,
                           session.library_button) if b.isVisible() and b.isEnabled()]
    assert set(buttons) <= set(reached), [b.text() for b in buttons if b not in reached]
    engine = window.controller.driver.engine
    assert engine is not None
    session.next_button.setFocus(Qt.FocusReason.TabFocusReason)
    index = engine.index
    qtbot.keyClick(session.next_button, press)  # the focused button, not Space's pause nor Enter's Done
    assert engine.index == index + 1 and engine.state is State.RUNNING
    session.setFocus()
    qtbot.mouseClick(session.next_button, Qt.MouseButton.LeftButton)
    assert not session.next_button.hasFocus()  # a click leaves the keys to the session
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert engine.state is State.PAUSED
