"""The contact sheet of every move's figure (docs/figures/contact-sheet.png), and a check while authoring.

    .venv/bin/python scripts/make_contact_sheet.py [--only "Bird dog,Squat"] [--out FILE] [--size 200]

Each move gets a cell with its name and every key pose side by side (the starting position first), drawn
exactly as the app draws them. Whatever a person authoring figures must fix is printed: a part that should
rest on something and does not, anything below the floor, a starting position that is not the one expected.
Runs offscreen; needs no display.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="comma-separated move names")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "figures" / "contact-sheet.png")
    parser.add_argument("--size", type=int, default=170, help="height of one pose, in pixels")
    parser.add_argument("--columns", type=int, default=4)
    options = parser.parse_args()

    from PySide6.QtCore import QRectF, QSize, Qt
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

    from backcoach.core.figure.body import distances
    from backcoach.core.figure.describe import describe_pose, start_position
    from backcoach.core.figure.motion import Frame, frame_skeleton
    from backcoach.core.figure.placing import stage
    from backcoach.core.figure.scene import draw, figure_bounds
    from backcoach.figures import bundled_book
    from backcoach.gui.figure_view import on_panel, paint_scene, write_png

    app = QGuiApplication.instance() or QGuiApplication([])
    book, problems = bundled_book()
    for problem in problems:
        print(problem)
    names = [entry.name for entry in book.exercises.entries]
    if options.only:
        wanted = {n.strip().casefold() for n in options.only.split(",")}
        names = [n for n in names if n.casefold() in wanted]
    style = on_panel(QColor("#1f2937"), QColor("#ffffff"))
    pose_h = options.size
    pose_w = round(pose_h * 1.25)
    label_h = 44
    columns = options.columns
    cell_w = pose_w * 3 + 16
    cell_h = pose_h + label_h + 10
    rows = (len(names) + columns - 1) // columns
    image = QImage(QSize(cell_w * columns, cell_h * rows), QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    title_font = QFont("DejaVu Sans")
    title_font.setPixelSize(15)
    title_font.setBold(True)
    note_font = QFont("DejaVu Sans")
    note_font.setPixelSize(11)
    issues = 0
    for i, name in enumerate(names):
        figure = book.figure(name)
        x, y = (i % columns) * cell_w, (i // columns) * cell_h
        painter.setPen(QColor("#e5e7eb"))
        painter.drawRect(x, y, cell_w - 1, cell_h - 1)
        painter.setPen(QColor("#111827"))
        painter.setFont(title_font)
        painter.drawText(QRectF(x + 8, y + 4, cell_w - 16, 20), Qt.AlignmentFlag.AlignLeft, name)
        if figure is None:
            source = book.source(name)
            if source is not None:
                for problem in book.resolve(source.spec, source.name, source.file)[1]:
                    print(problem)
            painter.setPen(QColor("#b91c1c"))
            painter.drawText(QRectF(x + 8, y + 30, cell_w, 20), Qt.AlignmentFlag.AlignLeft, "NO FIGURE")
            print(f"{name}: no figure")
            issues += 1
            continue
        staging = stage(figure)
        bounds = figure_bounds(figure)
        shown = min(3, len(figure.poses))
        width = cell_w - 16
        for k in range(shown):
            index = k if len(figure.poses) <= 3 else [0, (len(figure.poses)) // 2, len(figure.poses) - 1][k]
            skeleton, _ = frame_skeleton(Frame(figure, index, index, 0.0))
            scene = draw(skeleton, figure, staging, bounds)
            rect = QRectF(x + 8 + k * width / shown, y + label_h, width / shown - 4, pose_h)
            paint_scene(painter, scene, rect, style)
        painter.setFont(note_font)
        painter.setPen(QColor("#4b5563"))
        says = " → ".join(p.says for p in figure.poses if p.says) or ""
        position = start_position(figure)
        painter.drawText(QRectF(x + 8, y + 22, cell_w - 16, 18), Qt.AlignmentFlag.AlignLeft,
                         f"{position} · {says}"[:120])
        # What needs fixing.
        for number, placed in enumerate(staging.poses, start=1):
            for surface, part, metres in placed.misses:
                print(f"{name}: pose {number}: {part} misses the {surface} by {metres * 100:+.1f} cm")
                issues += 1
            low = placed.skeleton.lowest()
            if low < -0.002:
                below = [c.name for c in placed.skeleton.capsules if c.lowest() < -0.002]
                print(f"{name}: pose {number}: below the floor by {-low * 100:.1f} cm: {', '.join(below)}")
                issues += 1
            for segment, length, expected in distances(placed.skeleton):
                if abs(length - expected) > 1e-6:
                    print(f"{name}: pose {number}: {segment} is {length:.3f} m, not {expected:.3f}")
                    issues += 1
        print(f"{describe_pose(figure, 0, name)} | {len(figure.poses)} poses")
    painter.end()
    options.out.parent.mkdir(parents=True, exist_ok=True)
    write_png(image, options.out)
    print(f"wrote {options.out} ({image.width()}x{image.height()}); {issues} thing(s) to fix", file=sys.stderr)
    del app
    return 1 if issues else 0


if __name__ == "__main__":
    sys.exit(main())
