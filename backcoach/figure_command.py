"""``backcoach figure MOVE [--pose N] [--svg FILE | --png FILE]``: a move's figure, in words or as a picture.

Without a file it prints what each key pose shows (the words a screen reader says). With ``--svg`` it writes
an SVG through Qt's own SVG generator, with ``--png`` a PNG; both are painted by the same code as the app's
screens. Qt is imported only when a picture is asked for, and runs offscreen (no display needed).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from . import EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE

if TYPE_CHECKING:
    from .core.figure.book import FigureBook
    from .core.problems import Problem


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="backcoach figure",
        description="A move's figure: what each key pose shows, or a picture of one (SVG or PNG).",
        epilog="MOVE is an exercise of the library, by name or alias (backcoach figure 'bird dog' --svg dog.svg).",
    )
    p.add_argument("move", metavar="MOVE", help="the exercise's name or alias")
    p.add_argument("--pose", type=int, metavar="N", help="which key pose to draw (1 is the starting position; "
                   "default: the one held, else the end of the movement)")
    p.add_argument("--side", choices=("left", "right"), help="the side worked (default: as the figure is written)")
    files = p.add_mutually_exclusive_group()
    files.add_argument("--svg", type=Path, metavar="FILE", help="write the picture as SVG")
    files.add_argument("--png", type=Path, metavar="FILE", help="write the picture as PNG")
    p.add_argument("--size", default="800x600", metavar="WxH", help="picture size in pixels (default 800x600)")
    return p


def run(args: Sequence[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    options = parser().parse_args(list(args))
    from .core.figure.describe import describe_pose, start_position
    from .core.suggest import closest
    from .core.wording import plural

    book, problems = _app_book()
    for problem in problems:
        print(f"warning: {problem}", file=err)
    figure = book.figure(options.move)
    if figure is None:
        names = {name.lower(): name for name in [e.name for e in book.exercises.entries] or book.names()}
        suggestion = names.get(closest(options.move, names) or "")
        hint = f"; did you mean '{suggestion}'?" if suggestion else "; `backcoach list` shows the routines, " \
            "docs/figures.md the moves"
        print(f"backcoach figure: no figure for '{options.move}'{hint}", file=err)
        return EXIT_BAD_INPUT
    figure = figure.on_side(options.side)
    count = len(figure.poses)
    if options.pose is not None and not 1 <= options.pose <= count:
        print(f"backcoach figure: --pose must be from 1 to {count} for {figure.name}", file=err)
        return EXIT_USAGE
    size = _size(options.size)
    if size is None:
        print(f"backcoach figure: --size must look like 800x600, not {options.size!r}", file=err)
        return EXIT_USAGE
    if options.svg is None and options.png is None:
        out.write(f"{figure.name} — starts {start_position(figure)}; seen from "
                  f"{_view_words(figure.view)}; {plural(count, 'key pose')}\n")
        for index in range(count):
            out.write(f"  {index + 1}. {describe_pose(figure, index).split(': ', 1)[1]}\n")
        return EXIT_OK
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QGuiApplication

    from .gui.figure_view import key_frame, on_panel, save_png, save_svg, showcase

    app = QGuiApplication.instance() or QGuiApplication(["backcoach"])
    index = options.pose - 1 if options.pose is not None else showcase(figure)
    frame = key_frame(figure, index)
    style = on_panel(QColor("#1f2937"), QColor("#ffffff"))
    picture = QSize(*size)
    description = describe_pose(figure, index)
    try:
        if options.svg is not None:
            save_svg(frame, options.svg, picture, style, figure.name, description)
            written = options.svg
        else:
            assert options.png is not None
            if not save_png(frame, options.png, picture, style):
                raise OSError("the PNG could not be written")
            written = options.png
    except OSError as error:
        print(f"backcoach figure: cannot write the picture: {error}", file=err)
        return EXIT_BAD_INPUT
    finally:
        del app
    if not written.is_file():
        print(f"backcoach figure: cannot write {written}", file=err)
        return EXIT_BAD_INPUT
    print(f"{written}: {description}", file=err)
    return EXIT_OK


def _app_book() -> tuple[FigureBook, list[Problem]]:
    """The figures the app shows: bundled and the user's, with the exercise library of both."""
    from .catalogs import bundled_catalog
    from .figures import book_for

    return book_for(bundled_catalog().exercise_library)


def _size(text: str) -> tuple[int, int] | None:
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit()):
        return None
    w, h = int(width), int(height)
    return (w, h) if 16 <= w <= 8000 and 16 <= h <= 8000 else None


def _view_words(view: tuple[float, float]) -> str:
    azimuth, elevation = view
    side = {0.0: "the side", 90.0: "the front"}.get(azimuth, f"{azimuth:g}° round from the side")
    return side + (f", {elevation:g}° above" if elevation else "")
