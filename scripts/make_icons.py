"""Render assets/icons/backcoach.svg to the PNG sizes a desktop needs (16 to 512 px), deterministically.

Run it after changing the SVG and commit the PNGs:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_icons.py

It uses Qt's own SVG renderer (QtSvg's ``QSvgRenderer``) offscreen, so it needs no display and no other
tool; the PNGs carry no timestamps or text chunks, so re-running it on the same SVG and Qt gives the same
bytes. ``--check`` renders to memory and exits 1 if a committed PNG is missing or differs.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "assets" / "icons"
SOURCE = ICONS / "backcoach.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_path(size: int) -> Path:
    return ICONS / f"backcoach-{size}.png"


def render(renderer: QSvgRenderer, size: int) -> bytes:
    """The SVG drawn into a transparent ``size`` x ``size`` image, encoded as PNG."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG"):  # type: ignore[call-overload]  # PySide6 6.12 stubs say bytes; only str works
        raise RuntimeError(f"could not encode the {size} px icon as PNG")
    buffer.close()
    return bytes(data.data())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed PNGs, write nothing")
    options = parser.parse_args(argv)

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"make_icons: {SOURCE}: not a valid SVG for QtSvg", file=sys.stderr)
        return 1
    stale = []
    for size in SIZES:
        data = render(renderer, size)
        path = png_path(size)
        if options.check:
            if not path.is_file() or path.read_bytes() != data:
                stale.append(path.name)
        elif not path.is_file() or path.read_bytes() != data:
            path.write_bytes(data)
            print(f"make_icons: wrote {path.relative_to(ROOT)} ({len(data)} bytes)")
    del app
    if stale:
        print(f"make_icons: out of date: {', '.join(stale)} (run scripts/make_icons.py)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
