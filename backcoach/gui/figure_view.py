"""Painting the exercise figure: a widget, PNG and SVG export, and the session's animation.

The geometry is the core's (:mod:`backcoach.core.figure`); this module only maps its metres to pixels and
its colour roles to the theme's colours, antialiased, at any size. :class:`SessionFigure` animates the
figure from the session's own clock as the session controller tells it (its moment: the step and the
seconds into it), so it moves with the count and stops when the session pauses; its timer only asks for
repaints, and no widget here sees the engine.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QHideEvent,
    QImage,
    QImageWriter,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
    QShowEvent,
    QWindow,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..core.engine import State
from ..core.exercise_library import ExerciseLibrary
from ..core.figure.book import FigureBook, RoutineFigures
from ..core.figure.describe import describe_frame, describe_pose
from ..core.figure.model import Figure
from ..core.figure.motion import Frame, frame_at, frame_skeleton, rep_segments, step_frame
from ..core.figure.placing import stage
from ..core.figure.scene import Dot, Polygon, Scene, Shape, Stroke, draw, figure_bounds
from ..core.timeline import Step

if TYPE_CHECKING:
    from ..core.session_plan import SessionPlan
    from .session_controller import SessionController


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


class Canvas(Protocol):
    """What :func:`paint_scene` draws on: a QPainter (the screen, a PNG, an SVG) or :class:`Fills` (what the
    session's figure view replays every frame)."""

    def save(self) -> None: ...
    def restore(self) -> None: ...
    def setRenderHint(self, hint: QPainter.RenderHint, on: bool = ..., /) -> None: ...
    def fillRect(self, rect: QRectF, colour: QColor, /) -> None: ...
    def setPen(self, pen: QPen | Qt.PenStyle, /) -> None: ...
    def setBrush(self, brush: QColor | Qt.BrushStyle, /) -> None: ...
    def drawLine(self, a: QPointF, b: QPointF, /) -> None: ...
    def drawPolyline(self, polygon: QPolygonF, /) -> None: ...
    def drawEllipse(self, centre: QPointF, rx: float, ry: float, /) -> None: ...
    def drawPolygon(self, polygon: QPolygonF, /) -> None: ...
    def drawRect(self, rect: QRectF, /) -> None: ...


def paint_scene(painter: Canvas, scene: Scene, rect: QRectF, style: FigureStyle, *, fill: bool = True) -> None:
    """Draw a scene to fill ``rect`` (keeping its proportions, standing on the bottom edge); ``fill`` paints
    the style's background first (a widget that has already painted it passes False)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if fill and style.background is not None:
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


def _shapes(painter: Canvas, shapes: tuple[Shape, ...], colour: QColor, k: float,
            p: Callable[[float, float], QPointF], grow: float = 0.0, fill: QColor | None = None) -> None:
    brush = fill or colour
    for shape in shapes:
        if isinstance(shape, Stroke):
            first = shape.points[0]
            width = shape.width * k + grow
            if all(abs(x - first[0]) < 1e-9 and abs(y - first[1]) < 1e-9 for x, y in shape.points):  # end-on
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(brush)
                painter.drawEllipse(p(*first), width / 2, width / 2)
                continue
            # One rounded line: the same outline as a disc at each joint and straight pieces between them, in
            # one call instead of one a piece and one a joint (a third cheaper to draw).
            painter.setPen(QPen(brush, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                Qt.PenJoinStyle.RoundJoin))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(QPolygonF([p(x, y) for x, y in shape.points]))
        elif isinstance(shape, Dot):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(brush)
            r = shape.r * k + grow / 2
            painter.drawEllipse(p(*shape.centre), r, r)
        else:
            edge = shape.edge * k + grow
            corners = [p(*point) for point in shape.points]
            box = _upright_box(corners)
            if box is not None and edge <= 0:  # a mat or a floor patch seen level: a plain rectangle is cheap
                painter.fillRect(box, brush)
                continue
            if edge > 0:
                painter.setPen(QPen(brush, edge, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                    Qt.PenJoinStyle.RoundJoin))
            else:
                painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(brush)
            painter.drawPolygon(QPolygonF(corners))


def _upright_box(corners: list[QPointF]) -> QRectF | None:
    """The rectangle a polygon is, when it is one with level and upright sides (else ``None``)."""
    xs = sorted({round(c.x(), 3) for c in corners})
    ys = sorted({round(c.y(), 3) for c in corners})
    if len(corners) != 4 or len(xs) != 2 or len(ys) != 2:
        return None
    return QRectF(QPointF(xs[0], ys[0]), QPointF(xs[1], ys[1]))


def _props(painter: Canvas, shapes: tuple[Shape, ...], style: FigureStyle, k: float,
           p: Callable[[float, float], QPointF], fill: bool = True) -> None:
    line = max(1.2, 0.012 * k) * (1.0 if fill else 2.0)
    for shape in shapes:
        if isinstance(shape, Polygon):
            painter.setPen(QPen(style.prop, line, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                Qt.PenJoinStyle.RoundJoin))
            painter.setBrush(style.prop_fill if fill else Qt.BrushStyle.NoBrush)
            box = _upright_box([p(*point) for point in shape.points])
            if box is not None:
                painter.drawRect(box)
                continue
            painter.drawPolygon(QPolygonF([p(*point) for point in shape.points]))
        else:
            _shapes(painter, (shape,), style.prop, k, p)


class Fills:
    """A scene's drawing as the areas a painter fills, each in one colour: every line already turned into its
    outline (QPainterPathStroker, as QPainter itself does for a wide pen). Filling these is what drawing the
    scene costs without working the outlines out again, so the session's figure view keeps them for each
    scene it shows and fills them every frame; the pixels are the same as :func:`paint_scene` on a QPainter.
    A line a pixel wide or less (a cable, the floor in a small view) stays a line: QPainter draws those with
    its own thin-line drawing, not as an outline."""

    def __init__(self) -> None:
        self.areas: list[tuple[QPainterPath, QBrush | QPen]] = []
        """Each area with the brush it is filled with, or a thin line's path with its pen."""
        self._pen: QPen | None = None
        self._brush: QColor | None = None

    def fill(self, painter: QPainter) -> None:
        """Fill every area, in order, antialiased, on ``painter``."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for path, paint in self.areas:
            if isinstance(paint, QBrush):
                painter.fillPath(path, paint)
            else:
                painter.strokePath(path, paint)

    def save(self) -> None:
        pass

    def restore(self) -> None:
        pass

    def setRenderHint(self, hint: QPainter.RenderHint, on: bool = True, /) -> None:
        pass  # always antialiased (fill)

    def fillRect(self, rect: QRectF, colour: QColor, /) -> None:
        path = QPainterPath()
        path.addRect(rect)
        self.areas.append((path, QBrush(colour)))

    def setPen(self, pen: QPen | Qt.PenStyle, /) -> None:
        self._pen = pen if isinstance(pen, QPen) else None

    def setBrush(self, brush: QColor | Qt.BrushStyle, /) -> None:
        self._brush = brush if isinstance(brush, QColor) else None

    def drawLine(self, a: QPointF, b: QPointF, /) -> None:
        path = QPainterPath(a)
        path.lineTo(b)
        self._outline(path)

    def drawPolyline(self, polygon: QPolygonF, /) -> None:
        path = QPainterPath()
        path.addPolygon(polygon)
        self._outline(path)

    def drawEllipse(self, centre: QPointF, rx: float, ry: float, /) -> None:
        path = QPainterPath()
        path.addEllipse(centre, rx, ry)
        self._shape(path)

    def drawPolygon(self, polygon: QPolygonF, /) -> None:
        path = QPainterPath()
        path.addPolygon(polygon)
        path.closeSubpath()
        self._shape(path)

    def drawRect(self, rect: QRectF, /) -> None:
        path = QPainterPath()
        path.addRect(rect)
        self._shape(path)

    def _shape(self, path: QPainterPath) -> None:
        """Its inside in the brush, then its edge in the pen (QPainter's order)."""
        if self._brush is not None:
            self.areas.append((path, QBrush(self._brush)))
        self._outline(path)

    def _outline(self, path: QPainterPath) -> None:
        pen = self._pen
        if pen is None:
            return
        if pen.widthF() <= 1.0:
            self.areas.append((path, QPen(pen)))
        else:
            self.areas.append((QPainterPathStroker(pen).createStroke(path), QBrush(pen.color())))


# -- the widget ---------------------------------------------------------------------------------------------


DRAWINGS = 600
"""Drawings (:class:`Fills`) a view keeps for one style, a few kilobytes each: every scene of a set's reps."""

STYLES = 4
"""Styles whose drawings a view keeps: a session's work, rest, switch-sides and get-ready colours, so the first
rep of each set after a rest is not worked out again (the paused grey, rarer, is the one let go)."""


class FigureView(QWidget):
    """Paints one frame of a figure, as large as it is given room for. It holds no session logic."""

    onScreenChanged = Signal(bool)
    """Shown or hidden, its window minimised or restored: whether anyone can see it now (:attr:`on_screen`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on_screen = False
        """Shown, and its window not minimised (kept up to date from events, not asked 30 times a second)."""
        self._handle: QWindow | None = None
        self.setAccessibleName("Exercise figure")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(60, 60)
        self._scene: Scene | None = None
        self._drawings: dict[Scene, Fills] = {}
        """What each scene shown fills at this size in the current style (cleared when the size changes)."""
        self._extents: dict[Scene, QRect] = {}
        """The pixels each scene shown covers at this size."""
        self._style = on_colour("#374151")
        self._styled: dict[tuple[str, ...], dict[Scene, Fills]] = {_style_key(self._style): self._drawings}
        """The drawings of the last :data:`STYLES` styles, the current one last."""
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)  # as set_style says for a filled style:
        # the screen beneath is not repainted each frame (it was, until a style other than this one was set)
        self._description = ""

    def set_style(self, style: FigureStyle) -> None:
        if style != self._style:
            self._style = style
            self._drawings = self._styled.pop(_style_key(style), {})
            self._styled[_style_key(style)] = self._drawings
            while len(self._styled) > STYLES:
                self._styled.pop(next(iter(self._styled)))
            self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, style.background is not None)
            self.update()

    def style_colours(self) -> FigureStyle:
        return self._style

    def show_frame(self, frame: Frame | None, name: str = "") -> None:
        """Draw ``frame`` (``None``: nothing to show). A frame that would look the same as the one on screen
        (the same scene, or nothing moved by a pixel) is not drawn again."""
        scene = scene_of(frame) if frame is not None else None
        description = describe_frame(frame, name) if frame is not None else ""
        if description != self._description:
            self._description = description
            self.setAccessibleDescription(description)
            self.setToolTip(description)
        shown = self._scene
        if scene is shown or (scene is not None and shown is not None
                              and scene.moved_less_than(shown, STILL_PIXELS / self._pixels_per_metre(scene))):
            return
        before, self._scene = self._scene, scene
        if before is None or scene is None or before.bounds != scene.bounds:
            self.update()
            return
        # Only where the figure was and where it is now (what a frame of a moving figure changes).
        self.update(self._extent(before).united(self._extent(scene)))

    def placement(self) -> QRectF:
        """Where in the view the figure is drawn (:func:`paint_scene`'s rectangle): a small margin inside it."""
        margin = max(4.0, min(self.width(), self.height()) * 0.03)
        return QRectF(self.rect()).adjusted(margin, margin, -margin, -margin)

    def _extent(self, scene: Scene) -> QRect:
        """The pixels a scene's body and props cover (the floor and the mat do not move)."""
        extent = self._extents.get(scene)
        if extent is None:
            if len(self._extents) >= DRAWINGS:
                self._extents.pop(next(iter(self._extents)))
            extent = self._extents[scene] = self._work_out_extent(scene)
        return extent

    def _work_out_extent(self, scene: Scene) -> QRect:
        reach = scene.reach
        if reach is None:
            return self.rect()
        rect = self.placement()
        x0, y0, x1, y1 = scene.bounds
        k = min(rect.width() / (x1 - x0), rect.height() / (y1 - y0))
        left = rect.left() + (rect.width() - (x1 - x0) * k) / 2 - x0 * k
        bottom = rect.bottom() - (rect.height() - (y1 - y0) * k) * 0.15 + y0 * k
        grow = GAP * k * 2 + 2
        low_x, low_y, high_x, high_y = reach
        width = math.ceil((high_x - low_x) * k + 2 * grow) + 1
        height = math.ceil((high_y - low_y) * k + 2 * grow) + 1
        return QRect(math.floor(left + low_x * k - grow), math.floor(bottom - high_y * k - grow), width, height)

    def _pixels_per_metre(self, scene: Scene) -> float:
        x0, y0, x1, y1 = scene.bounds
        return min(max(1, self.width()) / max(1e-6, x1 - x0), max(1, self.height()) / max(1e-6, y1 - y0))

    def scene(self) -> Scene | None:
        return self._scene

    def description(self) -> str:
        return self._description

    def sizeHint(self) -> QSize:
        return QSize(320, 240)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        handle = self.window().windowHandle()
        if handle is not None and handle is not self._handle:  # a new window (or the first): minimising it
            self._handle = handle
            handle.windowStateChanged.connect(lambda _state: self._follow_screen())
        self._follow_screen()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._follow_screen()

    def _follow_screen(self) -> None:
        shown = self.isVisible() and not self.window().isMinimized()
        if shown != self.on_screen:
            self.on_screen = shown
            self.onScreenChanged.emit(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for drawings in self._styled.values():
            drawings.clear()
        self._drawings.clear()
        self._extents.clear()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)  # clipped to what changed (update's region) by Qt
        if self._style.background is not None:
            painter.fillRect(event.rect(), self._style.background)
        if self._scene is not None:
            self._drawing(self._scene).fill(painter)
        painter.end()

    def _drawing(self, scene: Scene) -> Fills:
        """The scene's drawing, worked out once for this size and these colours and filled again after (every
        rep after the first draws the same scenes: its lines are not turned into outlines again)."""
        drawing = self._drawings.get(scene)
        if drawing is None:
            drawing = Fills()
            paint_scene(drawing, scene, self.placement(), self._style, fill=False)
            if len(self._drawings) >= DRAWINGS:
                self._drawings.pop(next(iter(self._drawings)))
            self._drawings[scene] = drawing
        return drawing


def _style_key(style: FigureStyle) -> tuple[str, ...]:
    """A style's colours as text (QColor is not hashable), to find the drawings made in it."""
    return tuple("" if colour is None else colour.name(QColor.NameFormat.HexArgb)
                 for colour in (style.body, style.far, style.prop, style.prop_fill, style.floor, style.mat,
                                style.background, style.outline))


STEPS = 60
"""A move between two key poses is drawn at one of this many places along the way (and a breath at one of a
quarter as many): far finer than a frame can show, and coarse enough that every rep after the first draws
scenes already worked out."""


STILL_PIXELS = 1.0
"""A frame in which nothing moved this far (in pixels) from the frame on screen is not drawn: the eye cannot
tell, and slow moves (a breath, the ends of an eased move) then cost a fraction of 30 frames a second."""


def scene_of(frame: Frame) -> Scene:
    """The scene of a frame (the same for every rep: worked out once, then remembered)."""
    return _scene(Frame(frame.figure, frame.start, frame.end, round(frame.t * STEPS) / STEPS,
                        round(frame.breath * STEPS / 4) / (STEPS / 4)))


@lru_cache(maxsize=2048)
def _scene(frame: Frame) -> Scene:
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


# -- animation ----------------------------------------------------------------------------------------------

MOVING_FPS = 30
"""Frames a second while the figure moves through a rep."""
BREATHING_FPS = 15
"""Frames a second while it only breathes (a hold, get ready, rest, the stays of a rep): a breath moves a few
pixels in seconds, so most of its frames would be skipped as unchanged anyway (:data:`STILL_PIXELS`); half the
moving rate keeps every frame on the same grid of the session's time."""


def _warming(figure: Figure) -> list[Callable[[], object]]:
    """What showing a figure the first time works out, in pieces of a few milliseconds each."""
    return [
        lambda: stage(figure),
        lambda: stage(figure.mirrored()),
        lambda: figure_bounds(_written(figure)),
        *(lambda pose=pose: describe_pose(figure, pose) for pose in range(len(figure.poses))),
    ]


def on_grid(seconds: float, fps: int = MOVING_FPS) -> int:
    """The frame of a grid of ``fps`` frames a second of the session's time nearest to ``seconds``."""
    return math.floor(seconds * fps + 0.5)


class SessionFigure(QObject):
    """Animates the session's figure views (the session screen's, the audience view's) from the session's own
    clock, through the session controller.

    Each frame is worked out from the controller's position — the step and the seconds into it on the engine's
    clock (:func:`step_frame`) — so the figure is where the count is, however late a frame is drawn, and it
    stops when the session pauses. Frames are taken on a fixed grid of the step's time (30 a second), and the
    timer wakes on that grid: every rep of a set shows the same frames, so after the first rep each is a scene
    already worked out and a drawing already kept (:class:`Fills`). Which figure a step shows comes from the
    controller's plan (the routine as it runs: a gentler move swapped in shows its own). The timer runs only
    while the session runs, there is a figure to show and a view shows it (not hidden, its window not
    minimised), at 30 frames a second while the figure moves and 15 while it only breathes.
    """

    figuresChanged = Signal(bool)
    """Whether the session just opened has any figure to show (the screen gives it room beside the clock)."""

    def __init__(self, view: FigureView, controller: SessionController,
                 figures: Callable[[ExerciseLibrary], FigureBook]) -> None:
        super().__init__(view)
        self.view = view
        """The session screen's view (:meth:`add_view` adds others)."""
        self.views: list[FigureView] = []
        self.controller = controller
        self.figures = figures
        self._plan: SessionPlan | None = None
        self._routine_figures: RoutineFigures | None = None
        self._has_figures = False
        self._warm: deque[Callable[[], object]] = deque()
        self._shown: tuple[SessionPlan, int, int] | None = None
        """What the views show now: (plan, step, frame of the grid); the same again is not worked out again."""
        self._frame: Frame | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.refresh)
        self._settle = QTimer(self)  # a view shown, hidden, minimised: refreshed once that has settled
        self._settle.setSingleShot(True)
        self._settle.setInterval(0)
        self._settle.timeout.connect(self.refresh)
        controller.opened.connect(self._opened)
        controller.momentChanged.connect(lambda _moment: self._follow())
        controller.stateChanged.connect(lambda _state: self._follow())
        controller.ended.connect(lambda _ending: self._follow())
        self.add_view(view)

    def add_view(self, view: FigureView) -> None:
        """Show the same frames on ``view`` too (the audience view's figure), from the same timer."""
        if view in self.views:
            return
        self.views.append(view)
        view.destroyed.connect(lambda _gone=None, view=view: self._forget(view))
        view.onScreenChanged.connect(self._screen_changed)  # a slot of this object: gone with it (the audience
        # view, a window of its own, can outlive the session screen's animation when the app closes)
        view.show_frame(self._frame)

    def _forget(self, view: FigureView) -> None:
        if view in self.views:
            self.views.remove(view)

    def has_figures(self) -> bool:
        """Whether the session opened last has any figure to show (see :attr:`figuresChanged`)."""
        return self._has_figures

    def figure_for(self, step: Step) -> Figure | None:
        """The figure ``step`` shows in the controller's plan (``None``: none, or no session)."""
        figures = self._figures()
        return figures.for_step(step) if figures is not None else None

    def _figures(self) -> RoutineFigures | None:
        plan = self.controller.plan
        if plan is None:
            return None
        if plan is not self._plan:  # a new session, or the same one planned again (G swapped a move)
            self._plan = plan
            self._routine_figures = RoutineFigures(self.figures(plan.exercise_library), plan.routine)
            self._warm_up(plan.timeline.steps)
        return self._routine_figures

    def _opened(self, plan: SessionPlan) -> None:
        self._figures()
        steps = plan.timeline.steps
        self._has_figures = any(self.figure_for(step) is not None for step in steps)
        self.figuresChanged.emit(self._has_figures)  # at once: the layout has the figure's room from the start
        self._settle.start()

    def _follow(self) -> None:
        """The figure follows the session at once (it starts, waits, stops), but a session just opened shows
        its first pose a moment later, after the screen's first frame: working a figure out the first time
        takes milliseconds that opening the screen need not wait for."""
        if self.controller.state is State.READY:
            self._settle.start()
        else:
            self.refresh()

    def _warm_up(self, steps: tuple[Step, ...]) -> None:
        """The figures of ``steps`` are set down ahead of time, one small piece per turn of the event loop, so
        that no step change has to (a figure's first placing takes up to a few milliseconds a side)."""
        figures = self._routine_figures
        assert figures is not None
        found = list(dict.fromkeys(f for f in (figures.for_step(step) for step in steps) if f is not None))
        self._warm = deque(task for figure in found for task in _warming(figure))
        if self._warm:
            QTimer.singleShot(0, self._warm_next)

    def _warm_next(self) -> None:
        if self._warm:
            self._warm.popleft()()
            QTimer.singleShot(0, self._warm_next)

    def frame(self) -> Frame | None:
        """The frame for the session's moment now, on the grid of 30 a second (``None`` before and after a
        session, and where there is nothing to show)."""
        position = self.controller.position()
        figures = self._figures()
        if position is None or figures is None or self._plan is None:
            return None
        index, elapsed = position
        return self._frame_at(index, on_grid(elapsed))

    def _frame_at(self, index: int, frame: int) -> Frame | None:
        assert self._plan is not None and self._routine_figures is not None
        return step_frame(self._plan.timeline.steps, index, frame / MOVING_FPS, self._routine_figures.for_step)

    def refresh(self) -> None:
        """Show the frame for now on every view that shows, and wake again for the next one that may differ."""
        position = self.controller.position()
        figures = self._figures()
        if position is None or figures is None or self._plan is None:
            self._show(None, None)
            self._timer.stop()
            return
        index, elapsed = position
        now = on_grid(elapsed)
        key = (self._plan, index, now)
        frame = self._frame if self._same(key) else self._frame_at(index, now)
        self._show(key, frame)
        if frame is None or self.controller.state is not State.RUNNING or not self._showing():
            self._timer.stop()  # a step (or rest) with nothing to show wakes it with the next moment
            return
        fps = MOVING_FPS
        step = MOVING_FPS // BREATHING_FPS
        if frame.start == frame.end and now % step == 0:
            # Breathing: every other frame of the grid, unless the next one starts to move.
            following = self._frame_at(index, now + 1)
            if following is None or following.start == following.end:
                fps = BREATHING_FPS
        due = (math.floor(elapsed * fps + 0.5) + 1) / fps
        self._timer.start(max(1, math.ceil((due - elapsed) * 1000)))

    def _same(self, key: tuple[SessionPlan, int, int]) -> bool:
        shown = self._shown  # the plan by identity: a plan swapped for a gentler move is another one
        return shown is not None and shown[0] is key[0] and shown[1:] == key[1:]

    def _show(self, key: tuple[SessionPlan, int, int] | None, frame: Frame | None) -> None:
        if key is not None and self._same(key):
            return
        self._shown, self._frame = key, frame
        for view in self.views:
            if view.on_screen:
                view.show_frame(frame)

    def _showing(self) -> bool:
        return any(view.on_screen for view in self.views)

    def _screen_changed(self, shown: bool) -> None:
        view = self.sender()
        if shown and isinstance(view, FigureView):
            view.show_frame(self._frame)  # what it missed while hidden
        self._settle.start()  # the timer runs while a view shows the figure

    def animating(self) -> bool:
        return self._timer.isActive()


PREVIEW_FPS = 20
PREVIEW_REPS = 4
"""A preview plays this many reps (a move that keeps going: this many cycles), then rests on the pose that says
most about the move: browsing the library or editing costs no CPU once it has shown how the move goes."""


class FigurePreview:
    """A figure going through a few reps for a preview (library, editor): no session here, so it keeps its own
    time. It plays again whenever the figure shown changes (or :meth:`replay` is called)."""

    def __init__(self, view: FigureView, clock: Callable[[], float] = time.monotonic) -> None:
        self.view = view
        self.clock = clock
        self.figure: Figure | None = None
        self.rep_seconds = 3.0
        self._started = clock()
        self._timer = QTimer(view)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.timeout.connect(self.refresh)
        view.onScreenChanged.connect(self._screen_changed)

    def show_figure(self, figure: Figure | None, rep_seconds: float = 3.0) -> None:
        changed = figure != self.figure
        self.figure, self.rep_seconds = figure, max(1.0, rep_seconds)
        if changed:
            self.replay()
        else:
            self.refresh()

    def replay(self) -> None:
        """Play from the start: at once if the view is on screen, else from when it is shown (a routine chosen
        just as its session opens must not wake a hidden preview 20 times a second for its reps)."""
        self._started = self.clock()
        if self.figure is not None and len(self.figure.poses) > 1 and self.view.on_screen:
            self._timer.start(1000 // PREVIEW_FPS)
        else:
            self._timer.stop()
        self.refresh()

    def playing(self) -> bool:
        return self._timer.isActive()

    def _screen_changed(self, shown: bool) -> None:
        """Hidden (a session on the window, the editor closed), it waits without waking; shown again, it goes
        on where its own clock is (or rests on the move, its reps played)."""
        if not shown:
            self._timer.stop()
        elif self.figure is not None and len(self.figure.poses) > 1:
            self._timer.start(1000 // PREVIEW_FPS)
            self.refresh()

    def refresh(self) -> None:
        figure = self.figure
        if figure is None:
            self.view.show_frame(None)
            return
        seconds = self.clock() - self._started
        if seconds >= PREVIEW_REPS * preview_length(figure, self.rep_seconds):
            self._timer.stop()
            self.view.show_frame(key_frame(figure, showcase(figure)))
            return
        if not self.view.isVisible() and self._timer.isActive():
            return  # nothing to draw on; it catches up with the clock when shown again
        self.view.show_frame(preview_frame(figure, seconds, self.rep_seconds))

    def stop(self) -> None:
        self._timer.stop()


def preview_length(figure: Figure, rep_seconds: float = 3.0) -> float:
    """Seconds of one rep (or cycle) of a preview."""
    return figure.cycle if figure.held_pose is None else rep_seconds + 1.0


def preview_frame(figure: Figure, seconds: float, rep_seconds: float = 3.0) -> Frame:
    """A figure ``seconds`` into an endless set of reps (or its cycle, for a move that keeps going)."""
    length = preview_length(figure, rep_seconds)
    turn = int(seconds // length)
    shown = figure.mirrored() if figure.alternate and turn % 2 else figure
    into = seconds - turn * length
    if figure.held_pose is None:
        return frame_at(shown, rep_segments(shown, length), into, seconds)
    return frame_at(shown, rep_segments(shown, rep_seconds, 1.0), into, seconds)

