"""The side-panel editor: edits, undo/redo, drag-and-drop, field messages, new routines, safe saving."""

from __future__ import annotations

from pathlib import Path

from gui_harness import Harness
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from backcoach.core.durations import Range
from backcoach.core.loader import load_routine_file
from backcoach.core.timeline import expand
from backcoach.gui.editor import RoutineEditor

MINE = """# my own class, written by hand
backcoach: 1
title: My class
blocks:
  - title: Warm-up
    exercises:
      - name: Cat-cow stretch
        reps: 10
  - title: Main
    exercises:
      - name: Bird dog
        reps: 10
        per: side
      - name: Glute bridge
        reps: 12
        sets: 2
"""


def open_mine(qtbot: QtBot, harness: Harness, text: str = MINE) -> tuple[RoutineEditor, Path]:
    path = harness.user_routines / "mine.yaml"
    path.write_text(text)
    harness.window.reload()
    library = harness.window.routine_library
    library.table.selectRow(library.titles().index("My class"))
    qtbot.keyClick(harness.window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    editor = harness.window.editor
    assert harness.window.editor_dock.isVisible() and editor.routine is not None
    return editor, path


def select(editor: RoutineEditor, address: tuple[int, ...]) -> None:
    tree = editor.tree
    for index in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(index)
        if tuple(item.data(0, Qt.ItemDataRole.UserRole + 10)) == address:
            tree.setCurrentItem(item)
            return
        for child in range(item.childCount()):
            sub = item.child(child)
            if tuple(sub.data(0, Qt.ItemDataRole.UserRole + 10)) == address:
                tree.setCurrentItem(sub)
                return
    raise AssertionError(f"no tree item at {address}")


def field(editor: RoutineEditor, key: str) -> QLineEdit:
    widget = editor.form_host.widget().findChild(QLineEdit, f"field_{key}")
    assert widget is not None, key
    return widget


def test_typing_a_field_edits_live_and_undoes_in_one_step(qtbot: QtBot, harness: Harness) -> None:
    editor, _ = open_mine(qtbot, harness)
    select(editor, (1, 1))
    before = editor.estimate.text()
    box = field(editor, "reps")
    box.selectAll()
    qtbot.keyClicks(box, "30")
    assert editor.routine is not None and editor.routine.blocks[1].exercises[1].reps == Range(30, 30)
    assert editor.estimate.text() != before and editor.is_dirty()
    assert "Glute bridge — 2 × 30 reps" in harness.window.routine_library.preview.toPlainText()
    qtbot.keyClick(harness.window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.routine.blocks[1].exercises[1].reps == Range(12, 12)
    assert not editor.is_dirty()
    editor.undo_stack.redo()
    assert editor.routine.blocks[1].exercises[1].reps == Range(30, 30)


def test_invalid_values_are_marked_at_the_field_with_the_validators_message(qtbot: QtBot, harness: Harness) -> None:
    editor, _ = open_mine(qtbot, harness)
    select(editor, (1, 0))
    box = field(editor, "hold")
    qtbot.keyClicks(box, "60-30s")
    assert editor.field_error("hold") == "'hold': the range '60-30s' is reversed: write the smaller value first"
    # Typing applies each valid prefix live ("6", "60"); the reversed range itself is never applied.
    assert editor.routine is not None and editor.routine.blocks[1].exercises[0].hold == Range(60, 60)
    box.clear()
    qtbot.keyClicks(box, "30-60s")
    assert editor.field_error("hold") == ""
    assert editor.routine.blocks[1].exercises[0].hold == Range(30, 60)
    sets = field(editor, "sets")
    sets.selectAll()
    qtbot.keyClicks(sets, "2.5")
    assert editor.field_error("sets") == "'sets' must be a whole number, not 2.5"


def test_structure_edits_and_their_undo(qtbot: QtBot, harness: Harness) -> None:
    editor, _ = open_mine(qtbot, harness)
    window = harness.window
    original = editor.routine
    select(editor, (1, 0))
    window.edit_actions["duplicate"].trigger()
    window.edit_actions["add"].trigger()
    window.edit_actions["block"].trigger()
    window.edit_actions["up"].trigger()
    assert editor.routine is not None
    assert [len(b.exercises) for b in editor.routine.blocks] == [1, 4, 1] or [len(b.exercises) for b in
                                                                            editor.routine.blocks] == [1, 1, 4]
    window.edit_actions["remove"].trigger()
    for _ in range(5):
        editor.undo_stack.undo()
    assert editor.routine == original and not editor.is_dirty()
    for _ in range(5):
        editor.undo_stack.redo()
    assert editor.routine != original


def test_moving_an_exercise_into_another_block_and_refusing_an_empty_block(qtbot: QtBot, harness: Harness) -> None:
    editor, _ = open_mine(qtbot, harness)
    select(editor, (1, 0))
    qtbot.keyClick(editor.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert editor.routine is not None
    assert [e.name for e in editor.routine.blocks[0].exercises] == ["Cat-cow stretch", "Bird dog"]
    select(editor, (0, 0))
    editor.tree.moveRequested.emit((0, 0), (1, 0))
    assert [e.name for e in editor.routine.blocks[1].exercises] == ["Cat-cow stretch", "Glute bridge"]
    select(editor, (1, 1))
    editor.tree.moveRequested.emit((1, 1), (0, 1))  # would leave block 1 with only Cat-cow: fine
    assert [e.name for e in editor.routine.blocks[0].exercises] == ["Bird dog", "Glute bridge"]
    select(editor, (1, 0))
    assert not editor.remove()
    assert "remove the block instead" in editor.message.text()


def test_drag_and_drop_in_the_tree_moves_the_exercise(qtbot: QtBot, harness: Harness) -> None:
    editor, _ = open_mine(qtbot, harness)
    tree = editor.tree
    select(editor, (1, 1))
    source = tree.currentItem()
    target = tree.topLevelItem(1)  # the Warm-up block
    assert source is not None and target is not None
    from PySide6.QtCore import QMimeData, QPoint
    from PySide6.QtGui import QDropEvent

    rect = tree.visualItemRect(target)
    drop = QDropEvent(QPoint(rect.center().x(), rect.center().y()), Qt.DropAction.MoveAction, QMimeData(),
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    tree.dropEvent(drop)
    assert editor.routine is not None
    assert [e.name for e in editor.routine.blocks[0].exercises] == ["Cat-cow stretch", "Glute bridge"]


def test_saving_a_hand_written_file_warns_about_comments(qtbot: QtBot, harness: Harness) -> None:
    editor, path = open_mine(qtbot, harness)
    select(editor, ())
    qtbot.keyClicks(field(editor, "title"), " (edited)")
    harness.prompter.choices = [-1]
    assert not editor.save()  # cancelled: nothing written
    assert path.read_text() == MINE
    harness.prompter.choices = [0]
    qtbot.keyClick(harness.window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert harness.prompter.asked[-1] == "Comments will be lost"
    saved = load_routine_file(path)
    assert saved.title == "My class (edited)" and path.read_text().startswith("backcoach: 1\n")
    assert not editor.is_dirty() and "My class (edited)" in harness.window.routine_library.titles()


def test_bundled_routines_are_saved_as_a_copy(qtbot: QtBot, harness: Harness) -> None:
    library = harness.window.routine_library
    library.table.selectRow(library.titles().index("The back fit workout"))
    harness.window.edit_actions["toggle"].trigger()
    editor = harness.window.editor
    select(editor, (0, 0))
    qtbot.keyClicks(field(editor, "sets"), "")
    field(editor, "sets").setText("3")
    editor._edited("sets", "3")
    target = harness.user_routines / "back-fit-mine.yaml"
    assert not editor.save()  # the place to save the copy is asked, and cancelled
    assert not target.exists()
    harness.prompter.save_paths = [target]
    assert editor.save()
    # the bundled file's comments ("# not in the source") stay in the bundled file: nothing asked about them
    assert harness.prompter.asked == ["save as the-back-fit-workout-my-copy.yaml"] * 2
    assert editor.user_folder().is_dir()  # made before asking, so the dialog opens there
    copy = load_routine_file(target)
    assert copy.exercises[0].sets == 3 and copy.title == "The back fit workout (my copy)"
    assert len(expand(copy).steps) > 0
    assert "routines/nuffield-back-fit-workout.yaml" in {e.display_name for e in harness.window.loader.catalog.entries}


def test_new_routine_from_the_template_and_unsaved_changes_prompt(qtbot: QtBot, harness: Harness) -> None:
    window = harness.window
    window.edit_actions["template"].trigger()
    editor = window.editor
    assert editor.routine is not None and [b.title for b in editor.routine.blocks] == ["Warm-up", "Main", "Cool down"]
    assert editor.is_dirty()
    harness.prompter.choices = [-1]
    window.edit_actions["new"].trigger()  # cancel: the template stays
    assert [b.title for b in editor.routine.blocks] == ["Warm-up", "Main", "Cool down"]
    harness.prompter.choices = [0]
    harness.prompter.save_paths = [harness.user_routines / "template.yaml"]
    window.edit_actions["new"].trigger()  # save, then the blank routine
    assert load_routine_file(harness.user_routines / "template.yaml").title == "New routine"
    assert [b.title for b in editor.routine.blocks] == ["Main"]


def test_closing_with_unsaved_changes_asks(qtbot: QtBot, harness: Harness) -> None:
    editor, _ = open_mine(qtbot, harness)
    select(editor, ())
    qtbot.keyClicks(field(editor, "title"), "!")
    harness.prompter.choices = [-1]
    assert not harness.window.close()
    harness.prompter.choices = [1]
    assert harness.window.close()


def test_a_change_on_disk_prompts_a_reload(qtbot: QtBot, harness: Harness) -> None:
    editor, path = open_mine(qtbot, harness)
    changed = MINE.replace("title: My class", "title: Changed elsewhere")
    harness.prompter.choices = [0]
    with qtbot.waitSignal(editor.watcher.fileChanged, timeout=5000):
        path.write_text(changed)
    assert harness.prompter.asked[-1] == "Changed on disk"
    assert editor.routine is not None and editor.routine.title == "Changed elsewhere"


def test_saving_while_a_session_runs_keeps_the_sessions_copy(qtbot: QtBot, harness: Harness) -> None:
    editor, path = open_mine(qtbot, harness, MINE.replace("# my own class, written by hand\n", ""))
    window = harness.window
    window.routine_library.start_button.click()
    assert not window.editor_dock.isVisible() and not window.edit_actions["remove"].isEnabled()
    qtbot.keyClick(window.session, Qt.Key.Key_Space)
    running = window.controller.engine
    assert running is not None
    plan = running.plan
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # the editor, beside the session
    assert window.editor_dock.isVisible() and window.edit_actions["remove"].isEnabled()
    select(editor, (1, 1))
    field(editor, "reps").selectAll()
    qtbot.keyClicks(field(editor, "reps"), "20")
    assert editor.save()
    assert load_routine_file(path).blocks[1].exercises[1].reps == Range(20, 20)
    assert window.controller.engine is running and running.plan is plan and running.state.value == "running"
    assert "applies next time" in window.status.text()


def test_saving_is_refused_while_a_field_shows_an_error(qtbot: QtBot, harness: Harness) -> None:
    editor, path = open_mine(qtbot, harness, MINE.replace("# my own class, written by hand\n", ""))
    select(editor, (1, 1))
    box = field(editor, "hold")
    qtbot.keyClicks(box, "60-30s")
    assert not editor.save()
    assert "fix the marked field first" in editor.message.text()
    assert "hold" not in path.read_text()
    box.clear()
    qtbot.keyClicks(box, "30s")
    assert editor.save() and "hold: 30s" in path.read_text()


def test_a_new_routine_stays_open_and_selected_after_its_first_save(qtbot: QtBot, harness: Harness) -> None:
    window = harness.window
    window.routine_library.table.selectRow(0)
    qtbot.keyClicks(window.routine_library.search, "back fit")
    window.edit_actions["template"].trigger()
    target = harness.user_routines / "new-class.yaml"
    harness.prompter.save_paths = [target]
    assert window.editor.save()
    assert window.editor.routine is not None and window.editor.routine.title == "New routine"
    assert window.editor.document is not None and window.editor.document.path == target
    entry = window.routine_library.current_entry()
    assert entry is not None and entry.path == target and window.routine_library.search.text() == ""
    assert window.windowTitle() == "New routine"


def test_a_copy_saved_outside_the_routine_folders_is_still_listed(
    qtbot: QtBot, harness: Harness, tmp_path: Path
) -> None:
    window = harness.window
    window.edit_actions["new"].trigger()
    elsewhere = tmp_path / "elsewhere" / "mine.yaml"
    harness.prompter.save_paths = [elsewhere]
    assert window.editor.save()
    current = window.routine_library.current_entry()
    assert current is not None and current.path == elsewhere


def test_ctrl_e_opens_the_editor_from_the_search_box(qtbot: QtBot, harness: Harness) -> None:
    window = harness.window
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.routine_library.search, "back fit")
    window.routine_library.table.selectRow(0)
    window.routine_library.search.setFocus()
    qtbot.keyClick(window.routine_library.search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.editor_dock.isVisible()


def test_a_broken_file_cannot_be_opened_in_the_editor(qtbot: QtBot, harness: Harness) -> None:
    (harness.user_routines / "broken.yaml").write_text("backcoach: 1\ntitle: B\nblocks: []\n")
    harness.window.reload()
    library = harness.window.routine_library
    library.table.selectRow(library.titles().index("broken.yaml (broken)"))
    assert not library.edit_button.isEnabled() and "cannot be read" in library.edit_button.toolTip()
