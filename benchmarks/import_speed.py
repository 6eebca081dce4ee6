"""How long ``import_article`` takes as an article grows: the time per kilobyte should stay flat (linear).

For each kind of input — the five source articles put end to end, a long web page, and hostile inputs
that make naive parsers quadratic (``"<a " * n`` for Python's own HTML parser, runs of digits and dashes,
a page of numbers) — the import is timed at four sizes, doubling each time, and the ratio of the largest
time per kilobyte to the smallest is printed (about 1 for linear work, about 8 for quadratic). Prints
figures, asserts nothing.

    .venv/bin/python benchmarks/import_speed.py
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

from backcoach.core.exercise_library import load_library_path
from backcoach.core.importer import import_article
from backcoach.resources import bundled_routines_dir

SEEDS = Path(__file__).resolve().parent.parent / "tests" / "importer" / "articles" / "seeds"
LIBRARY = load_library_path(bundled_routines_dir() / "exercises.yaml")


def articles(size: int) -> str:
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    return (text * (size // len(text) + 1))[:size]


def page(size: int) -> str:
    row = ("<tr><td>Dead bug</td><td>3</td><td>10 each side</td><td>30 s</td></tr>"
           "<script>var x = '<div>' + 1;</script><p class=\"x\">Keep your back flat &amp; breathe.</p>\n")
    return "<html><body><table><tr><th>Exercise</th><th>Sets</th><th>Reps</th><th>Rest</th></tr>" + \
        row * (size // len(row))


def repeated(unit: str) -> Callable[[int], str]:
    return lambda size: unit * (size // len(unit))


def numbers(size: int) -> str:
    return " ".join(str(n) for n in range(size // 6))[:size]


def unknown_layout(size: int) -> str:
    """Lines in a layout the structural reading does not know, each naming a library move: the named lines'
    reading (``importer.named_lines``) reads them all."""
    moves = ["cat cow", "dead bug", "bird dog", "glute bridge", "child's pose", "side plank"]
    lines = [f"PART{n % 7} >> {moves[n % len(moves)]} >> {n % 5 + 1} sets >> {n % 12 + 3} reps\n"
             for n in range(size // 30)]
    return "".join(lines)[:size]


KINDS: dict[str, tuple[Callable[[int], str], str]] = {
    "source articles, end to end": (articles, "articles.txt"),
    "a long web page (tables, scripts)": (page, "page.html"),
    "'<a ' repeated (HTML parser's worst case)": (repeated("<a "), "hostile.html"),
    "digits and dashes": (repeated("1-"), "hostile.txt"),
    "a page of numbers": (numbers, "hostile.txt"),
    "a layout not understood, a named move a line": (unknown_layout, "hostile.txt"),
    "blank lines (a page of empty lines)": (repeated("\n"), "hostile.txt"),
    "numbered lines of leaders with no count": (repeated("1. Bridge - lift " + "." * 500 + " x\n"), "hostile.txt"),
    "spaces before no box to tick": (repeated("Plank" + " " * 2_000 + "y\n"), "hostile.txt"),
    "e-reader clippings of one passage": (repeated("Book (A)\n- Your Highlight on page 1 | Location 10-20 | Added on "
                                                   "Monday\n\nThe bird dog. Six each side.\n==========\n"),
                                          "hostile.txt"),
    "crossed-out text, and tildes never closed": (repeated("plank ~~60s~~ 45s ~~" + "x" * 70 + " "), "hostile.txt"),
    "<del> tags never closed": (repeated("<li>plank <del>60 s 45 s "), "hostile.html"),
}
SIZES = [25_000, 50_000, 100_000, 200_000]


def timed(text: str, name: str) -> float:
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        import_article(text, name, LIBRARY)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> None:
    print(f"{'input':44} " + " ".join(f"{s // 1000:>6} kB" for s in SIZES) + "   ms/kB (first → last)   ratio")
    for label, (make, name) in KINDS.items():
        seconds = [timed(make(size), name) for size in SIZES]
        per_kb = [1000 * s / (size / 1000) for s, size in zip(seconds, SIZES, strict=True)]
        cells = " ".join(f"{s:8.2f}s" for s in seconds)
        print(f"{label:44} {cells}   {per_kb[0]:6.2f} → {per_kb[-1]:6.2f}        {per_kb[-1] / per_kb[0]:.2f}")


if __name__ == "__main__":
    main()
