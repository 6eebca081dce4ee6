"""Issue 17, B: the editor defects a new user meets — a name picked from the list is stored, a name the exercise
library does not know is flagged, saving a copy of a bundled routine asks nothing about comments, a refusal goes
once the field is fixed, and the window title follows the title field at once."""

from __future__ import annotations

import pytest
from gui_harness import Harness
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from test_editor import field, open_mine, select

from backcoach.core.loader import load_routine_file


def name_box(qtbot: QtBot, harness: Harness) -> QLineEdit:
    """The name field of the second block's first exercise ("Bird dog"), emptied, with the focus."""
    editor, _ = open_mine(qtbot, harness, harness_routine())
    select(editor, (1, 0))
    box = field(editor, "name")
    box.setFocus()
    box.selectAll()
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    return box


# The completer's list is a popup: the offscreen platform cannot raise it nor grab the keyboard for it, and says so.
POPUP = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")


def harness_routine() -> str:
    from test_editor import MINE

    return MINE.replace("# my own class, written by hand\n", "")


def popup_rows(box: QLineEdit) -> list[str]:
    completer = box.completer()
    model = completer.completionModel()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def stored_name(harness: Harness) -> str:
    routine = harness.window.editor.routine
    assert routine is not None
    return routine.blocks[1].exercises[0].name


@POPUP
def test_a_name_picked_from_the_list_with_the_keyboard_is_stored(qtbot: QtBot, harness: Harness) -> None:
    box = name_box(qtbot, harness)
    qtbot.keyClicks(box, "Gl")
    popup = box.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup_rows(box)[0] == "Glute bridge"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert box.text() == "Glute bridge"
    assert stored_name(harness) == "Glute bridge"  # was "Gl": the field said one thing, the routine another
    editor = harness.window.editor
    assert editor.tree.currentItem().text(0).startswith("Glute bridge — ")
    assert "Glute bridge" in harness.window.routine_library.preview.toPlainText()
    harness.prompter.choices = [0]
    assert editor.save()
    path = editor.document.path if editor.document else None
    assert path is not None and load_routine_file(path).blocks[1].exercises[0].name == "Glute bridge"


@POPUP
def test_a_name_picked_from_the_list_with_the_mouse_is_stored(qtbot: QtBot, harness: Harness) -> None:
    box = name_box(qtbot, harness)
    qtbot.keyClicks(box, "stretch")  # any part of a name finds it, not only its start
    popup = box.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert isinstance(popup, QAbstractItemView)
    row = popup_rows(box).index("Lying glute stretch")
    index: QModelIndex = popup.model().index(row, 0)
    popup.scrollTo(index)
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=popup.visualRect(index).center())
    assert box.text() == "Lying glute stretch"
    assert stored_name(harness) == "Lying glute stretch"


@POPUP
def test_a_name_the_list_filled_in_is_stored_when_the_focus_leaves(qtbot: QtBot, harness: Harness) -> None:
    box = name_box(qtbot, harness)
    qtbot.keyClicks(box, "Dead")
    popup = box.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)  # the list fills the field in ...
    popup.hide()
    harness.window.editor.tree.setFocus()  # ... and the user moves on without Enter
    QApplication.processEvents()
    assert stored_name(harness) == box.text()


@POPUP
def test_the_list_offers_one_spelling_of_each_name(qtbot: QtBot, harness: Harness) -> None:
    box = name_box(qtbot, harness)
    qtbot.keyClicks(box, "Bird")
    rows = popup_rows(box)
    assert "Bird dog" in rows and "Bird dogs" not in rows
    names = box.completer().model()
    offered = [str(names.index(row, 0).data()) for row in range(names.rowCount())]
    assert "Kneeling superman" in offered  # another name for the bird dog, found by what people call it
    for twin in ("Dead bugs", "Deadbug", "Farmers carry", "Planks", "Reverse flies"):
        assert twin not in offered


@POPUP
def test_a_name_the_exercise_library_does_not_know_is_flagged_with_a_guess(qtbot: QtBot, harness: Harness) -> None:
    box = name_box(qtbot, harness)
    editor = harness.window.editor
    qtbot.keyClicks(box, "Pln")
    assert editor.field_note("name") == ""  # not flagged at every letter typed ...
    qtbot.keyClicks(box, "ak")
    qtbot.keyClick(box, Qt.Key.Key_Return)  # ... but once the name is entered (or the field left)
    note = editor.field_note("name")
    assert "Not in the exercise library" in note and "Did you mean 'Plank'?" in note
    assert editor.form_host.widget().findChild(type(editor.message), "name_note").isVisible()
    assert stored_name(harness) == "Plnak"  # a note, not an error: a routine may name a move of its own
    assert not editor.field_problems()
    box.clear()
    qtbot.keyClicks(box, "Plank")
    assert editor.field_note("name") == ""
    select(editor, (0, 0))
    select(editor, (1, 0))
    assert editor.field_note("name") == ""
    box = field(editor, "name")
    box.selectAll()
    qtbot.keyClicks(box, "My own move")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.accessibleDescription() == editor.field_note("name") != ""  # read with the field too
    select(editor, (0, 0))
    select(editor, (1, 0))  # the form made again for the exercise says it again, without a guess
    assert editor.field_note("name").endswith("for 'My own move'.")


def test_saving_a_copy_of_a_bundled_routine_asks_nothing_about_comments(qtbot: QtBot, harness: Harness) -> None:
    library = harness.window.routine_library
    library.table.selectRow(library.titles().index("The back fit workout"))
    harness.window.edit_actions["toggle"].trigger()
    editor = harness.window.editor
    assert editor.document is not None and editor.document.has_comments  # the bundled file has "# not in …"
    select(editor, (0, 0))
    sets = field(editor, "sets")
    sets.selectAll()
    qtbot.keyClicks(sets, "3")
    target = harness.user_routines / "back-fit-mine.yaml"
    harness.prompter.save_paths = [target]
    assert editor.save()
    assert harness.prompter.asked == ["save as the-back-fit-workout-my-copy.yaml"]
    assert load_routine_file(target).exercises[0].sets == 3


def test_a_refusal_to_save_goes_once_the_field_is_fixed(qtbot: QtBot, harness: Harness) -> None:
    editor, _ = open_mine(qtbot, harness, harness_routine())
    select(editor, (1, 1))
    box = field(editor, "reps")
    box.selectAll()
    qtbot.keyClicks(box, "ten")
    assert not editor.save()
    assert editor.message.text().startswith("Not saved: fix the marked field first — 'reps'")
    assert harness.window.status.text() == editor.message.text()
    box.selectAll()
    qtbot.keyClicks(box, "10")
    assert editor.message.text() == ""
    assert harness.window.status.text() == harness.window.loader.summary()


def test_the_window_title_follows_the_title_field_at_each_keystroke(qtbot: QtBot, harness: Harness) -> None:
    editor, _ = open_mine(qtbot, harness, harness_routine())
    select(editor, ())
    box = field(editor, "title")
    box.setFocus()
    box.end(False)
    shown = []
    for letter in "AB":
        qtbot.keyClicks(box, letter)
        shown.append(harness.window.windowTitle())
    assert shown == ["My classA *", "My classAB *"]
