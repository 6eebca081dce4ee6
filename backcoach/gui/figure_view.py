"""Painting the exercise figure: a widget, PNG and SVG export, and the session's animation.

The geometry is the core's (:mod:`backcoach.core.figure`); this module only maps its metres to pixels and
its colour roles to the theme's colours, antialiased, at any size. :class:`SessionFigure` animates the
figure from the session engine's own time (the seconds into the current step), so it moves with the count
and stops when the session pauses; its timer only asks for repaints.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QObject, QPointF, QRectF, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QImage, QImageWriter, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QTextBrowser, QWidget

from ..core.engine import State
from ..core.figure.describe import describe_frame
from ..core.figure.model import Figure
from ..core.figure.motion import Frame, frame_at, frame_skeleton, rep_segments, step_frame
from ..core.figure.scene import Cone, Dot, Polygon, Scene, Shape, Stroke, draw, figure_bounds
from ..core.timeline import Step
from .session_driver import SessionDriver


@dataclass(frozen=True)
class FigureStyle:
    """The colours of a figure: on a step's colour on the session screen, or on a light or dark panel."""

    body: QColor
    far: QColor
    prop: QColor
    prop_fill: QColor
    floor: QColor
    mat: QColor
    background: QColor | None
    """What the widget fills first and the colour of the outlines that separate parts (None: transparent,
    outlines in ``outline``)."""
    outline: QColor


def on_colour(background: str | QColor, foreground: str | QColor = "#ffffff") -> FigureStyle:
    """White (or ``foreground``) on a strong colour: the session screen."""
    back = QColor(background)
    front = QColor(foreground)
    far = _mix(front, back, 0.55)
    prop = _mix(front, back, 0.8)
    prop_fill = QColor(front)
    prop_fill.setAlphaF(0.16)
    floor = _mix(front, back, 0.6)
    return FigureStyle(front, far, prop, prop_fill, floor, _mix(front, back, 0.3), back, back)


def on_panel(text: QColor, base: QColor) -> FigureStyle:
    """The palette's text colour on its base colour: previews in the library and the editor."""
    far = _mix(text, base, 0.45)
    prop = _mix(text, base, 0.7)
    prop_fill = QColor(text)
    prop_fill.setAlphaF(0.08)
    return FigureStyle(QColor(text), far, prop, prop_fill, _mix(text, base, 0.5), _mix(text, base, 0.25), None,
                       QColor(base))


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``amount`` of ``a`` over ``b``."""
    return QColor.fromRgbF(
        a.redF() * amount + b.redF() * (1 - amount),
        a.greenF() * amount + b.greenF() * (1 - amount),
        a.blueF() * amount + b.blueF() * (1 - amount),
    )


GAP = 0.018
"""Width (metres) of the background-coloured outline between overlapping parts."""


def paint_scene(painter: QPainter, scene: Scene, rect: QRectF, style: FigureStyle) -> None:
    """Draw a scene to fill ``rect`` (keeping its proportions, standing on the bottom edge)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if style.background is not None:
        painter.fillRect(rect, style.background)
    x0, y0, x1, y1 = scene.bounds
    width, height = x1 - x0, y1 - y0
    if width <= 0 or height <= 0 or rect.width() <= 2 or rect.height() <= 2:
        painter.restore()
        return
    k = min(rect.width() / width, rect.height() / height)
    left = rect.left() + (rect.width() - width * k) / 2 - x0 * k
    bottom = rect.bottom() - (rect.height() - height * k) * 0.15 + y0 * k

    def p(x: float, y: float) -> QPointF:
        return QPointF(left + x * k, bottom - y * k)

    if scene.floor is not None:
        y = bottom - scene.floor * k
        painter.setPen(QPen(style.floor, max(1.0, 0.012 * k), Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
    colours = {"body": style.body, "far": style.far, "prop": style.prop}
    for layer in scene.layers:
        colour = colours.get(layer.role, style.body)
        if layer.outline:
            _shapes(painter, layer.shapes, style.outline, k, p, grow=GAP * k * 2, fill=style.outline)
        if layer.role == "mat":
            _shapes(painter, layer.shapes, style.mat, k, p)
        elif layer.role == "eye":
            _shapes(painter, layer.shapes, style.outline, k, p)
        elif layer.role == "ground":
            ground = QColor(style.floor)
            ground.setAlphaF(0.25)
            _shapes(painter, layer.shapes, ground, k, p)
        elif layer.role == "prop":
            _props(painter, layer.shapes, style, k, p)
        elif layer.role == "plate":
            _props(painter, layer.shapes, style, k, p, fill=False)
        else:
            _shapes(painter, layer.shapes, colour, k, p)
    painter.restore()


def _shapes(painter: QPainter, shapes: tuple[Shape, ...], colour: QColor, k: float,
            p: Callable[[float, float], QPointF], grow: float = 0.0, fill: QColor | None = None) -> None:
    brush = fill or colour
    for shape in shapes:
        if isinstance(shape, Stroke):
            pen = QPen(colour, shape.width * k + grow, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                       Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            first = shape.points[0]
            if all(abs(x - first[0]) < 1e-9 and abs(y - first[1]) < 1e-9 for x, y in shape.points):  # end-on
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                r = (shape.width * k + grow) / 2
                painter.drawEllipse(p(*shape.points[0]), r, r)
                continue
            path = QPainterPath(p(*shape.points[0]))
            for point in shape.points[1:]:
                path.lineTo(p(*point))
            painter.drawPath(path)
        elif isinstance(shape, Cone):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(brush)
            _draw_cone(painter, shape, k, grow / 2, p)
        elif isinstance(shape, Dot):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(brush)
            r = shape.r * k + grow / 2
            painter.drawEllipse(p(*shape.centre), r, r)
        else:
            edge = shape.edge * k + grow
            if edge > 0:
                painter.setPen(QPen(colour, edge, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                    Qt.PenJoinStyle.RoundJoin))
            else:
                painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(brush)
            painter.drawPolygon(QPolygonF([p(*point) for point in shape.points]))


def _draw_cone(painter: QPainter, cone: Cone, k: float, grow: float, p: Callable[[float, float], QPointF]) -> None:
    """A tapered segment: both end circles and the quadrilateral between the lines touching them (drawn as
    three shapes: one path of them would leave holes where their windings cancel)."""
    a, b = p(*cone.a), p(*cone.b)
    ra, rb = cone.ra * k + grow, cone.rb * k + grow
    painter.drawEllipse(a, ra, ra)
    painter.drawEllipse(b, rb, rb)
    dx, dy = b.x() - a.x(), b.y() - a.y()
    d = math.hypot(dx, dy)
    if d <= abs(ra - rb) + 1e-6:
        return
    ux, uy = dx / d, dy / d
    s = (ra - rb) / d
    c = math.sqrt(max(0.0, 1.0 - s * s))
    corners: list[QPointF] = []
    for sign in (1.0, -1.0):
        wx, wy = ux * s - sign * uy * c, uy * s + sign * ux * c
        corners.append(QPointF(a.x() + ra * wx, a.y() + ra * wy))
        corners.append(QPointF(b.x() + rb * wx, b.y() + rb * wy))
    painter.drawPolygon(QPolygonF([corners[0], corners[1], corners[3], corners[2]]))


def _props(painter: QPainter, shapes: tuple[Shape, ...], style: FigureStyle, k: float,
           p: Callable[[float, float], QPointF], fill: bool = True) -> None:
    line = max(1.2, 0.012 * k) * (1.0 if fill else 2.0)
    for shape in shapes:
        if isinstance(shape, Polygon):
            painter.setPen(QPen(style.prop, line, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                Qt.PenJoinStyle.RoundJoin))
            painter.setBrush(style.prop_fill if fill else Qt.BrushStyle.NoBrush)
            painter.drawPolygon(QPolygonF([p(*point) for point in shape.points]))
        else:
            _shapes(painter, (shape,), style.prop, k, p)


# -- the widget ---------------------------------------------------------------------------------------------


class FigureView(QWidget):
    """Paints one frame of a figure, as large as it is given room for. It holds no session logic."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Exercise figure")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(60, 60)
        self._scene: Scene | None = None
        self._style = on_colour("#374151")
        self._description = ""

    def set_style(self, style: FigureStyle) -> None:
        if style != self._style:
            self._style = style
            self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, style.background is not None)
            self.update()

    def style_colours(self) -> FigureStyle:
        return self._style

    def show_frame(self, frame: Frame | None, name: str = "") -> None:
        """Draw ``frame`` (``None``: nothing to show)."""
        self._scene = scene_of(frame) if frame is not None else None
        description = describe_frame(frame, name) if frame is not None else ""
        if description != self._description:
            self._description = description
            self.setAccessibleDescription(description)
            self.setToolTip(description)
        self.update()

    def scene(self) -> Scene | None:
        return self._scene

    def description(self) -> str:
        return self._description

    def sizeHint(self) -> QSize:
        return QSize(320, 240)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self._style.background is not None:
            painter.fillRect(self.rect(), self._style.background)
        if self._scene is not None:
            margin = max(4.0, min(self.width(), self.height()) * 0.03)
            paint_scene(painter, self._scene, QRectF(self.rect()).adjusted(margin, margin, -margin, -margin),
                        self._style)
        painter.end()


def scene_of(frame: Frame) -> Scene:
    skeleton, staging = frame_skeleton(frame)
    return draw(skeleton, frame.figure, staging, figure_bounds(_written(frame.figure)))


def _written(figure: Figure) -> Figure:
    """The figure as written (bounds are shared by it and its mirror image, so alternating never zooms)."""
    return figure.mirrored() if figure.mirror else figure


def key_frame(figure: Figure, pose: int = 0) -> Frame:
    return Frame(figure, pose, pose, 0.0)


# -- images -------------------------------------------------------------------------------------------------


def render_image(frame: Frame, size: QSize, style: FigureStyle) -> QImage:
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(style.background if style.background is not None else QColor(0, 0, 0, 0))
    painter = QPainter(image)
    paint_scene(painter, scene_of(frame), QRectF(0, 0, size.width(), size.height()), style)
    painter.end()
    return image


def save_png(frame: Frame, path: Path, size: QSize, style: FigureStyle) -> bool:
    return write_png(render_image(frame, size, style), path)


def write_png(image: QImage, path: Path) -> bool:
    """Save as PNG whatever the file's name ends with, compressed as far as PNG goes."""
    writer = QImageWriter(str(path), b"png")
    writer.setQuality(0)  # for PNG: the smallest file (lossless all the same)
    return bool(writer.write(image))


def save_svg(frame: Frame, path: Path, size: QSize, style: FigureStyle, title: str = "", description: str = "") -> None:
    """Qt's own SVG generator paints the same calls as the screen does."""
    from PySide6.QtSvg import QSvgGenerator

    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    generator.setDescription(description)
    painter = QPainter(generator)
    paint_scene(painter, scene_of(frame), QRectF(0, 0, size.width(), size.height()), style)
    painter.end()


# -- pictures in rich text ---------------------------------------------------------------------------------


def showcase(figure: Figure) -> int:
    """The pose that says most about a move in one still picture: the one held, else the end of the movement."""
    if figure.held_pose is not None:
        return figure.held_pose
    return min(1, len(figure.poses) - 1)


@lru_cache(maxsize=256)
def thumbnail(figure: Figure, width: int, height: int, text: str, base: str, ratio: float = 1.0) -> QImage:
    """A still picture of a move (its showcase pose) in ``text`` on ``base`` colours, ``ratio`` for HiDPI."""
    size = QSize(round(width * ratio), round(height * ratio))
    image = render_image(key_frame(figure, showcase(figure)), size, on_panel(QColor(text), QColor(base)))
    image.setDevicePixelRatio(ratio)
    return image


class FigureBrowser(QTextBrowser):
    """A rich-text view whose ``figure:`` images are the moves' pictures (the preview of a routine)."""

    def __init__(self) -> None:
        super().__init__()
        self.images: dict[str, QImage] = {}

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        image = self.images.get(name.toString() if isinstance(name, QUrl) else name)
        if image is not None:
            return image
        return super().loadResource(kind, name)


# -- animation ----------------------------------------------------------------------------------------------

MOVING_FPS = 30
"""Frames a second while the figure moves through a rep."""
BREATHING_FPS = 12
"""Frames a second while it only breathes (a hold, get ready, rest): the motion is slow, the CPU is spared."""


class SessionFigure(QObject):
    """Animates the session screen's figure from the session engine's own time.

    Each frame is worked out from the engine's seconds into the current step (:func:`step_frame`), so the
    figure is where the count is, however late a frame is drawn, and it stops when the session pauses. The
    timer only asks for a new frame while the session runs, at 30 frames a second while the figure moves
    and fewer while it only breathes.
    """

    def __init__(self, view: FigureView, driver: SessionDriver) -> None:
        super().__init__(view)
        self.view = view
        self.driver = driver
        self.figure_for: Callable[[Step], Figure | None] = lambda _step: None
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.refresh)
        driver.stepStarted.connect(lambda _step: self.refresh())
        driver.stateChanged.connect(lambda _state: self._follow_state())
        driver.sessionFinished.connect(self._follow_state)

    def set_figures(self, figure_for: Callable[[Step], Figure | None]) -> None:
        """Which figure each step shows (the routine's own figures, else the library's)."""
        self.figure_for = figure_for
        self._follow_state()

    def frame(self) -> Frame | None:
        """The frame for the engine's moment now (``None`` before and after a session)."""
        engine = self.driver.engine
        if engine is None or engine.current is None or engine.state in (State.FINISHED, State.STOPPED):
            return None
        return step_frame(engine.steps, engine.index, engine.elapsed(), self.figure_for)

    def refresh(self) -> None:
        frame = self.frame()
        self.view.show_frame(frame)
        if self._timer.isActive():
            fps = MOVING_FPS if frame is not None and frame.start != frame.end else BREATHING_FPS
            interval = 1000 // fps
            if self._timer.interval() != interval:
                self._timer.setInterval(interval)

    def _follow_state(self) -> None:
        running = self.driver.state is State.RUNNING
        if running and not self._timer.isActive():
            self._timer.start(1000 // MOVING_FPS)
        elif not running:
            self._timer.stop()
        self.refresh()

    def animating(self) -> bool:
        return self._timer.isActive()


class FigurePreview:
    """A figure looping through its reps for a preview (library, editor): no session here, so it keeps
    its own time; the loop restarts whenever the figure shown changes."""

    def __init__(self, view: FigureView, clock: Callable[[], float] = time.monotonic) -> None:
        self.view = view
        self.clock = clock
        self.figure: Figure | None = None
        self.rep_seconds = 3.0
        self._started = clock()
        self._timer = QTimer(view)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.timeout.connect(self.refresh)

    def show_figure(self, figure: Figure | None, rep_seconds: float = 3.0) -> None:
        if figure != self.figure:
            self._started = self.clock()
        self.figure, self.rep_seconds = figure, max(1.0, rep_seconds)
        if figure is not None and len(figure.poses) > 1:
            if not self._timer.isActive():
                self._timer.start(1000 // MOVING_FPS)
        else:
            self._timer.stop()
        self.refresh()

    def refresh(self) -> None:
        if self.figure is None:
            self.view.show_frame(None)
            return
        if not self.view.isVisible() and self._timer.isActive():
            return  # nothing to draw on; the loop picks up where the clock is when shown again
        self.view.show_frame(preview_frame(self.figure, self.clock() - self._started, self.rep_seconds))

    def stop(self) -> None:
        self._timer.stop()


def preview_frame(figure: Figure, seconds: float, rep_seconds: float = 3.0) -> Frame:
    """A figure ``seconds`` into an endless set of reps (or its cycle, for a move that keeps going)."""
    length = figure.cycle if figure.held_pose is None else rep_seconds + 1.0
    turn = int(seconds // length)
    shown = figure.mirrored() if figure.alternate and turn % 2 else figure
    into = seconds - turn * length
    if figure.held_pose is None:
        return frame_at(shown, rep_segments(shown, length), into, seconds)
    return frame_at(shown, rep_segments(shown, rep_seconds, 1.0), into, seconds)


__all__ = ["FigurePreview", "FigureView", "SessionFigure", "key_frame", "save_png", "save_svg"]
