"""One frame of the exercise figure: worked out (angles, placing, the 2-D scene) and painted at 1080p.

    .venv/bin/python benchmarks/figure_frame.py [--frames 600]

Every move's figure in turn, at frames spread over a rep (moving between key poses, and breathing in a
held pose), painted in the session screen's colours, antialiased: at the size the figure has on a 1920×1080
session screen (measured from the session view itself), and, as a worst case, filling a whole 1920×1080 image.
The baseline in the same run is filling that area with the step's colour (what any repaint of it costs).
Each frame is timed three times and the fastest kept, so that other processes on a shared machine do not
count. The last row is a frame drawn before, as every rep after the first is: its scene remembered and its
kept drawing (outlines already worked out) filled. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from backcoach.core.figure.motion import Frame, frame_skeleton
from backcoach.core.figure.scene import draw, figure_bounds
from backcoach.figures import bundled_book
from backcoach.gui import theme
from backcoach.gui.figure_view import FigureStyle, Fills, on_colour, paint_scene, scene_of


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=600, help="frames to time (spread over all moves)")
    options = parser.parse_args()
    app = QApplication([])

    book, _ = bundled_book()
    figures = [f for f in (book.figure(e.name) for e in book.exercises.entries) if f is not None]
    frames: list[Frame] = []
    while len(frames) < options.frames:
        for figure in figures:
            n = len(figure.poses)
            k = len(frames)
            if k % 3 == 2:  # a held pose, breathing
                frames.append(Frame(figure, n - 1, n - 1, 0.0, breath=0.6))
            else:
                frames.append(Frame(figure, k % n, (k + 1) % n, (k % 7) / 7))
    frames = frames[: options.frames]
    for figure in figures:  # placing key poses and bounds is done once per figure, when it is first shown
        figure_bounds(figure)
        figure_bounds(figure.mirrored())
    style = on_colour(theme.STEP_COLOURS["work"], theme.TEXT_COLOUR)
    shown = session_figure_size()
    print(f"{len(frames)} frames of {len(figures)} moves' figures; the session screen at 1920x1080 gives the "
          f"figure {shown.width()}x{shown.height()}")
    for label, size in ((f"at its size on a 1080p session screen ({shown.width()}x{shown.height()})", shown),
                        ("filling a whole 1920x1080 image (worst case)", QSize(1920, 1080))):
        compute, paint, baseline = measure(frames, size, style)
        total = [c + p for c, p in zip(compute, paint, strict=True)]
        print(label)
        print(line("  compute (pose, place, scene)", compute))
        print(line("  paint (antialiased)", paint))
        print(line("  one frame, both", total))
        print(line("  baseline: fill the area", baseline))
        print(line("  again, as every later rep", replayed(frames, size, style)))
    del app


def replayed(frames: list[Frame], size: QSize, style: FigureStyle) -> list[float]:
    """A frame drawn before, as the session screen draws it in every rep after the first: the scene is
    remembered and its kept drawing (its lines already turned into outlines: :class:`Fills`) filled again
    (see FigureView)."""
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    rect = QRectF(0, 0, size.width(), size.height())
    drawings: dict[Frame, Fills] = {}
    for frame in frames:
        drawing = Fills()
        paint_scene(drawing, scene_of(frame), rect, style, fill=False)
        drawings[frame] = drawing
    times: list[float] = []
    for frame in frames:
        best = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            scene_of(frame)
            painter = QPainter(image)
            drawings[frame].fill(painter)
            painter.end()
            best = min(best, (time.perf_counter() - started) * 1000)
        times.append(best)
    return times


def session_figure_size() -> QSize:
    """How big the session screen draws the figure on a 1920×1080 screen."""
    from backcoach.gui.session_view import SessionView

    view = SessionView()
    view.resize(1920, 1080)
    view.show()
    view.show_figure_column(True)
    for _ in range(5):
        QApplication.processEvents()
    size = view.figure_view.size()
    view.close()
    return size


def measure(frames: list[Frame], size: QSize, style: FigureStyle) -> tuple[list[float], list[float], list[float]]:
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    rect = QRectF(0, 0, size.width(), size.height())
    compute: list[float] = []
    paint: list[float] = []
    baseline: list[float] = []
    for frame in frames:
        timed: list[tuple[float, float, float]] = []
        for _ in range(3):
            started = time.perf_counter()
            skeleton, staging = frame_skeleton(frame)
            scene = draw(skeleton, frame.figure, staging, figure_bounds(frame.figure))
            computed = time.perf_counter()
            painter = QPainter(image)
            paint_scene(painter, scene, rect, style)
            painter.end()
            painted = time.perf_counter()
            painter = QPainter(image)
            painter.fillRect(rect, QColor(theme.STEP_COLOURS["work"]))
            painter.end()
            filled = time.perf_counter()
            timed.append(((computed - started) * 1000, (painted - computed) * 1000, (filled - painted) * 1000))
        compute.append(min(t[0] for t in timed))
        paint.append(min(t[1] for t in timed))
        baseline.append(min(t[2] for t in timed))
    return compute, paint, baseline


def line(name: str, values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    return f"{name:<32} median {statistics.median(values):5.2f} ms, p95 {p95:5.2f} ms, max {ordered[-1]:5.2f} ms"


if __name__ == "__main__":
    main()
