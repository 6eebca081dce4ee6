"""How the session's figure is painted frame after frame: what a person on the mat would see go wrong if the
ways it saves work broke — a ghost of the last frame left behind, the coloured screen flickering beneath it,
a drawing that differs from the exported one, a still figure that costs a repaint every frame."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from backcoach.core.figure.motion import Frame
from backcoach.figures import bundled_book
from backcoach.gui import theme
from backcoach.gui.figure_view import (
    FigurePreview,
    FigureStyle,
    FigureView,
    key_frame,
    on_colour,
    on_panel,
    paint_scene,
    scene_of,
)
from backcoach.gui.session_view import SessionView


class Paints(QObject):
    """Counts the paint events a widget gets, and keeps the last one's region."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        self.last = QRect()
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(event, QPaintEvent):
            self.count += 1
            self.last = event.rect()
        return False


def work_style() -> FigureStyle:
    return on_colour(theme.STEP_COLOURS["work"], theme.TEXT_COLOUR)


def cat_cow(t: float) -> Frame:
    return between("Cat-cow", t)


def between(move: str, t: float) -> Frame:
    """``t`` of the way from the move's first key pose to its second."""
    figure = bundled_book()[0].figure(move)
    assert figure is not None
    return Frame(figure, 0, 1, t)


def on_a_window(qtbot: QtBot) -> tuple[QWidget, FigureView]:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    view = FigureView()
    layout.addWidget(view)
    view.set_style(work_style())
    window.resize(520, 300)
    window.show()
    qtbot.waitExposed(window)
    return window, view


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def on_screen(window: QWidget, view: FigureView) -> QImage:
    """What the window's backing store holds where the view is: what the person sees, frames painted in parts
    included (``grab`` would paint the whole view afresh)."""
    shot = view.screen().grabWindow(window.winId()).toImage()
    part = shot.copy(QRect(view.mapTo(window, view.rect().topLeft()), view.size()))
    return part.convertToFormat(QImage.Format.Format_RGB32)


def test_a_moving_figure_leaves_no_ghost_of_the_frame_before(qtbot: QtBot) -> None:
    """Each frame repaints only where the figure was and where it is now; what is on screen after it is
    exactly the new frame painted whole."""
    window, view = on_a_window(qtbot)
    view.show_frame(between("Bird dog", 0.0))
    settle()
    paints = Paints(view)
    for t in (0.3, 1.0, 0.6, 0.2, 0.0):  # an arm and a leg reach out, then come back in under the body
        view.show_frame(between("Bird dog", t))
        settle()
        assert paints.count > 0 and paints.last.width() * paints.last.height() < view.width() * view.height()
        fresh = view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        assert on_screen(window, view) == fresh, t


def test_the_session_screen_beneath_is_not_repainted_as_the_figure_moves(qtbot: QtBot) -> None:
    """The figure paints its own background (the step's colour), so its frames do not repaint the coloured
    screen and every label on it."""
    screen = SessionView()
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show_figure_column(True)
    screen.show()
    qtbot.waitExposed(screen)
    view = screen.figure_view
    view.show_frame(cat_cow(0.0))
    settle()
    beneath, painted = Paints(screen), Paints(view)
    for t in (0.2, 0.4, 0.6):
        view.show_frame(cat_cow(t))
        settle()
    assert painted.count >= 3
    assert beneath.count == 0


def test_a_frame_that_did_not_move_is_not_painted_again(qtbot: QtBot) -> None:
    """A breath's slowest moments and the ends of an eased move change nothing a person could see (less
    than a pixel): no repaint; the next frame that moves is painted."""
    _, view = on_a_window(qtbot)
    view.show_frame(cat_cow(0.0))
    settle()
    shown = view.scene()
    paints = Paints(view)
    view.show_frame(cat_cow(1 / 40))  # eased: the back has barely started to move, well under a pixel
    settle()
    assert scene_of(cat_cow(1 / 40)) != shown  # another frame, not the same one again
    assert paints.count == 0 and view.scene() is shown
    view.show_frame(cat_cow(0.3))
    settle()
    assert paints.count == 1


def test_the_screen_draws_every_move_as_its_export_does(qtbot: QtBot) -> None:
    """The view keeps each scene's drawing as filled outlines; what it paints is the exported picture's
    drawing (PNG, SVG, the docs' contact sheet), on the session screen's colours and on a panel's."""
    book = bundled_book()[0]
    figures = [f for f in (book.figure(e.name) for e in book.exercises.entries) if f is not None]
    assert len(figures) == 96
    view = FigureView()
    qtbot.addWidget(view)
    view.resize(200, 120)
    panel = on_panel(QColor("#1f2937"), QColor("#ffffff"))
    for figure in figures:
        for style, frame in ((work_style(), Frame(figure, 0, min(1, len(figure.poses) - 1), 0.4)),
                             (panel, key_frame(figure.mirrored(), len(figure.poses) - 1))):
            view.set_style(style)
            view.show_frame(frame)
            shown = view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
            scene = view.scene()  # this frame's, or the one before when this one moved less than a pixel
            assert scene is not None
            exported = QImage(view.size(), QImage.Format.Format_RGB32)  # as render_image, in the view's place
            exported.fill(style.background or view.palette().window().color())
            painter = QPainter(exported)
            paint_scene(painter, scene, view.placement(), style)
            painter.end()
            assert _differs(shown, exported) == 0, figure.name


def _differs(a: QImage, b: QImage, tolerance: int = 8) -> int:
    """How many channel values differ by more than ``tolerance`` (antialiasing rounds a level or two
    differently when a drawing is replayed rather than drawn)."""
    difference = QImage(a)
    painter = QPainter(difference)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Difference)
    painter.drawImage(0, 0, b)
    painter.end()
    channels = difference.convertToFormat(QImage.Format.Format_RGB888)
    assert channels.bytesPerLine() == 3 * channels.width()  # no padding at the ends of rows
    values = bytes(channels.constBits())
    return 0 if max(values) <= tolerance else sum(1 for value in values if value > tolerance)


def test_a_hidden_preview_does_not_play_until_it_is_shown(qtbot: QtBot) -> None:
    """A routine chosen just as its session opens redraws the library's preview behind the session screen:
    it must not wake 20 times a second there for its reps, and it plays once it is seen."""
    now = [50.0]
    view = FigureView()
    qtbot.addWidget(view)
    preview = FigurePreview(view, clock=lambda: now[0])
    preview.show_figure(between("Bird dog", 0.0).figure, 3.0)
    assert not preview.playing()
    view.show()
    qtbot.waitExposed(view)
    assert preview.playing()
    view.hide()
    assert not preview.playing()


def test_a_set_after_a_rest_is_drawn_from_the_drawings_kept_in_its_colour(qtbot: QtBot) -> None:
    """Work, rest, work: the figure goes back to the work colour and to scenes it drew in it before, which
    are filled from what it kept (the same drawing, not worked out again), and look exactly as a view that
    never left it. (The drawing is looked up in the view itself: other views alive in the test run may draw
    meanwhile, so counting drawings made anywhere would not say what this view did.)"""
    _, view = on_a_window(qtbot)
    rest = on_colour(theme.STEP_COLOURS["rest"], theme.TEXT_COLOUR)
    scene = scene_of(cat_cow(0.5))
    view.show_frame(cat_cow(0.5))
    settle()
    kept = view._drawings.get(scene)
    assert kept is not None
    view.set_style(rest)
    view.show_frame(between("Bird dog", 0.0))
    settle()
    assert view._drawings.get(scene) is None  # the rest colour's drawings are another set
    view.set_style(work_style())
    view.show_frame(cat_cow(0.5))
    settle()
    assert view._drawings.get(scene) is kept  # the work colour's drawing of that scene was kept
    fresh = FigureView()
    qtbot.addWidget(fresh)
    fresh.resize(view.size())
    fresh.set_style(work_style())
    fresh.show_frame(cat_cow(0.5))
    assert view.grab().toImage() == fresh.grab().toImage()
