"""The figure on screen: painted at any size in the theme's colours, described for screen readers, moving on
the session screen with the engine's clock (and not while paused), in the library's preview, live in the
editor, and exported as SVG and PNG."""

from __future__ import annotations

from pathlib import Path

from gui_harness import Harness
from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot
from test_editor import open_mine, select

from backcoach.core.figure.motion import Frame
from backcoach.core.timeline import StepKind
from backcoach.figures import bundled_book
from backcoach.gui import theme
from backcoach.gui.figure_view import FigureView, key_frame, on_colour, on_panel, render_image, save_png, save_svg


def dog_frame(pose: int = 1) -> Frame:
    dog = bundled_book()[0].figure("Bird dog")
    assert dog is not None
    return key_frame(dog, pose)


def share(image: QImage, colour: QColor) -> float:
    """The share of pixels of (nearly) one colour."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    hits = total = 0
    step = max(1, image.width() // 200)
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            pixel = image.pixelColor(x, y)
            total += 1
            if abs(pixel.red() - colour.red()) + abs(pixel.green() - colour.green()) + \
                    abs(pixel.blue() - colour.blue()) < 30:
                hits += 1
    return hits / total


def test_the_figure_is_painted_at_any_size_in_the_step_colours(qtbot: QtBot) -> None:
    view = FigureView()
    qtbot.addWidget(view)
    view.set_style(on_colour(theme.STEP_COLOURS["work"], theme.TEXT_COLOUR))
    view.show_frame(dog_frame())
    for size in (QSize(90, 70), QSize(640, 480), QSize(1920, 1080)):
        view.resize(size)
        picture = view.grab().toImage()
        body = share(picture, QColor(theme.TEXT_COLOUR))
        assert 0.02 < body < 0.5, (size, body)  # a figure, not an empty or a white panel
        assert share(picture, QColor(theme.STEP_COLOURS["work"])) > 0.4


def test_the_figure_is_described_for_screen_readers(qtbot: QtBot) -> None:
    view = FigureView()
    qtbot.addWidget(view)
    view.show_frame(dog_frame(1))
    assert view.accessibleDescription() == "Bird dog: on hands and knees, right arm and left leg reaching out"
    frame = dog_frame(1)
    view.show_frame(Frame(frame.figure.mirrored(), 1, 1, 0.0))
    assert view.accessibleDescription() == "Bird dog: on hands and knees, left arm and right leg reaching out"
    view.show_frame(None)
    assert view.accessibleDescription() == "" and view.scene() is None


def test_svg_and_png_export(tmp_path: Path) -> None:
    style = on_panel(QColor("#1f2937"), QColor("#ffffff"))
    svg, png = tmp_path / "dog.svg", tmp_path / "dog.png"
    save_svg(dog_frame(), svg, QSize(400, 300), style, "Bird dog", "on hands and knees")
    text = svg.read_text(encoding="utf-8")
    assert text.startswith("<?xml") and "<svg" in text and "<title>Bird dog</title>" in text
    shapes = ("<path", "<ellipse", "<circle", "<polyline")  # limbs are rounded lines, the head a circle
    assert sum(text.count(shape) for shape in shapes) > 10
    assert save_png(dog_frame(), png, QSize(400, 300), style)
    image = QImage(str(png))
    assert image.size() == QSize(400, 300) and share(image, QColor("#1f2937")) > 0.02
    assert render_image(dog_frame(), QSize(400, 300), style).hasAlphaChannel()  # transparent round the figure


def open_class(qtbot: QtBot, harness: Harness, title: str) -> None:
    library = harness.window.routine_library
    library.table.selectRow(library.titles().index(title))
    library.table.setFocus()
    with qtbot.waitSignal(harness.window.sessionOpened):  # ready to start (Start and Enter start at once: issue 17)
        qtbot.keyClick(library.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    for _ in range(3):
        QApplication.processEvents()


def test_the_session_screen_shows_the_move_beside_the_countdown(qtbot: QtBot, harness: Harness) -> None:
    open_class(qtbot, harness, "Exercises to Strengthen Back Muscles")
    window = harness.window
    view = window.session.figure_view
    assert view.isVisible() and view.scene() is not None  # ready: the first move's starting position
    clock = window.session.clock_label
    assert view.geometry().right() <= clock.geometry().left() + 1  # beside the countdown, not over it
    assert view.height() >= 0.5 * clock.height()
    assert view.accessibleDescription().startswith(window.controller.engine.steps[0].exercise)  # type: ignore[union-attr]


def test_the_figure_moves_with_the_engines_clock_and_stops_when_paused(qtbot: QtBot, harness: Harness) -> None:
    open_class(qtbot, harness, "Exercises to Strengthen Back Muscles")
    window = harness.window
    animation = window.session_figure
    assert not animation.animating()
    window.controller.toggle()  # start
    assert animation.animating()
    engine = window.controller.engine
    assert engine is not None
    while engine.current is not None and not (engine.current.kind is StepKind.WORK and engine.current.reps):
        harness.advance(0.5)
    harness.advance(0.3)
    first = animation.frame()
    harness.advance(0.4)
    second = animation.frame()
    assert first is not None and second is not None and first != second  # moving through a rep
    assert window.session.figure_view.scene() is not None
    window.controller.pause()
    assert not animation.animating()
    paused = animation.frame()
    harness.advance(5.0)
    assert animation.frame() == paused  # the figure waits with the count
    window.controller.resume()
    assert animation.animating()
    window.controller.stop()
    assert not animation.animating() and animation.frame() is None


def test_a_routine_without_figures_leaves_the_countdown_alone(qtbot: QtBot, harness: Harness) -> None:
    (harness.user_routines / "odd.yaml").write_text(
        "backcoach: 1\ntitle: Odd moves\nblocks:\n  - title: B\n    exercises:\n      - {name: Juggling, reps: 5}\n")
    harness.window.reload()
    open_class(qtbot, harness, "Odd moves")
    assert not harness.window.session.figure_view.isVisible()


def test_the_library_preview_shows_each_move_and_the_chosen_one_moving(qtbot: QtBot, harness: Harness) -> None:
    library = harness.window.routine_library
    library.table.selectRow(library.titles().index("The back fit workout"))
    preview = library.preview
    assert "Depth jump" in preview.toPlainText()  # the routine at once, its figures a moment later
    qtbot.waitUntil(library.figures_shown)
    assert preview.images and all(address.startswith("figure:") for address in preview.images)
    assert "<img" in preview.toHtml()
    view = library.figure_view
    assert view is not None and view.isVisible()
    first = view.description()
    last = max(int(address.split(":")[1]) for address in preview.images)
    preview.anchorClicked.emit(QUrl(f"exercise:{last}"))
    assert view.description() != first
    assert view.isVisible()


def test_the_editor_shows_the_selected_exercises_figure_and_follows_edits(qtbot: QtBot, harness: Harness) -> None:
    editor, _ = open_mine(qtbot, harness)
    select(editor, (1, 0))  # Bird dog
    assert editor.figure_view.isVisible()
    assert editor.figure_view.description().startswith("Bird dog:")
    box = editor.form_host.widget().findChild(QPlainTextEdit, "field_figure")
    assert box is not None and box.toPlainText() == ""
    box.setPlainText("{like: Squat}")
    assert editor.field_error("figure") == ""
    assert editor.routine is not None and editor.routine.blocks[1].exercises[0].figure is not None
    assert editor.figure_view.description().startswith("Bird dog: standing")  # the squat's poses, its name
    box.setPlainText("{like: Sqaut}")
    assert editor.field_error("figure") == ""  # it reads; what it names does not exist
    assert editor.figure_note.isVisible() and "did you mean 'Squat'" in editor.figure_note.text()
    box.setPlainText("{lik: Squat}")
    assert "'lik' is not a key here — did you mean 'like'?" in editor.field_error("figure")
    select(editor, (1,))
    assert not editor.figure_view.isVisible()


def test_a_sessions_figures_are_set_down_before_they_are_needed(qtbot: QtBot, harness: Harness) -> None:
    """Placing a figure the first time takes milliseconds: it is done in idle turns after the session screen
    opens, so that a step change never has to (no stall as the next move appears)."""
    from backcoach.core.figure.placing import stage

    open_class(qtbot, harness, "The back fit workout")
    animation = harness.window.session_figure
    qtbot.waitUntil(lambda: not animation._warm)
    engine = harness.window.controller.engine
    assert engine is not None
    figures = {animation.figure_for(step) for step in engine.steps} - {None}
    assert len(figures) >= 8
    misses = stage.cache_info().misses
    for figure in figures:
        assert figure is not None
        stage(figure)
        stage(figure.mirrored())
    assert stage.cache_info().misses == misses


def test_a_preview_shows_a_few_reps_then_rests_on_the_move(qtbot: QtBot) -> None:
    """The library and the editor cost no CPU once a move has been shown: a preview plays a few reps, then
    shows the pose that says most about the move."""
    from backcoach.gui.figure_view import PREVIEW_REPS, FigurePreview, preview_length, showcase

    dog = bundled_book()[0].figure("Bird dog")
    assert dog is not None
    now = [100.0]
    view = FigureView()
    qtbot.addWidget(view)
    view.show()
    preview = FigurePreview(view, clock=lambda: now[0])
    preview.show_figure(dog, 3.0)
    assert preview.playing()
    now[0] += 1.5
    preview.refresh()
    moving = view.scene()
    now[0] += PREVIEW_REPS * preview_length(dog, 3.0)
    preview.refresh()
    assert not preview.playing()
    assert view.scene() != moving
    assert view.description() == "Bird dog: on hands and knees, right arm and left leg reaching out"
    assert showcase(dog) == 1
    preview.replay()
    assert preview.playing()


def test_the_figure_sleeps_while_no_one_can_see_it(qtbot: QtBot, harness: Harness) -> None:
    """Its timer runs only while the figure is on screen: not behind another page of the window, not while
    the window is minimised, and not on a step with nothing to show."""
    (harness.user_routines / "mixed.yaml").write_text(
        "backcoach: 1\ntitle: Mixed moves\nblocks:\n  - title: B\n    exercises:\n"
        "      - {name: Cat-cow, reps: 5, rep_time: 3s}\n      - {name: Juggling, reps: 5, rep_time: 3s}\n")
    harness.window.reload()
    open_class(qtbot, harness, "Mixed moves")
    window, animation = harness.window, harness.window.session_figure
    window.controller.toggle()
    harness.advance(12)  # into the cat-cow reps
    assert animation.animating()
    window.stack.setCurrentWidget(window.routine_library)  # another page in front of the session screen
    qtbot.waitUntil(lambda: not animation.animating())
    window.show_session()
    qtbot.waitUntil(animation.animating)
    window.showMinimized()
    qtbot.waitUntil(lambda: not animation.animating())
    window.showNormal()
    qtbot.waitUntil(animation.animating)
    engine = window.controller.engine
    assert engine is not None
    while engine.current is not None and engine.current.exercise != "Juggling":
        harness.advance(0.5)
    while engine.current is not None and engine.current.kind is not StepKind.WORK:
        harness.advance(0.5)
    assert engine.current is not None and engine.current.exercise == "Juggling"  # no figure for it
    qtbot.waitUntil(lambda: not animation.animating())
    assert window.session.figure_view.scene() is None
