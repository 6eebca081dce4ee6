"""The figures the app, the commands and the scripts draw: the bundled ``figures.yaml`` and the user's own.

Like :mod:`backcoach.catalogs`, kept out of :mod:`backcoach.cli`; the figure modules (and the YAML reader)
load only when a figure is first needed, so the app's start-up pays nothing for importing this module.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .resources import bundled_routines_dir, user_routines_dir

if TYPE_CHECKING:  # the window makes its FigureShelf before the core is imported (start-up)
    from .core.exercise_library import ExerciseLibrary
    from .core.figure.book import FigureBook
    from .core.model import Routine
    from .core.problems import Problem

__all__ = ["FigureShelf", "book_for", "bundled_book", "check_figures", "figures_path"]


def figures_path(folder: Path) -> Path | None:
    """A folder's figures file (``figures.yaml``), if it has one."""
    from .core.figure.book import figures_path as found

    return found(folder)


@lru_cache(maxsize=1)
def bundled_book() -> tuple[FigureBook, list[Problem]]:
    """The figures that ship, with the bundled exercise library for names and aliases."""
    from .catalogs import bundled_library

    return book_for(bundled_library(), user=False)


def check_figures(folder: Path | None, library: ExerciseLibrary, routines: list[tuple[str, Routine]]
                  ) -> list[Problem]:
    """Every problem with figures: a folder's ``figures.yaml`` (read after the bundled one), and the
    ``figure:`` of each routine's exercises (a ``like`` naming no figure, a pose that cannot rest as it says)."""
    from .core.figure.book import load_book

    paths = []
    bundled = figures_path(bundled_routines_dir())
    if bundled is not None:
        paths.append((bundled, f"routines/{bundled.name}"))
    own = figures_path(folder) if folder is not None else None
    if own is not None and (bundled is None or own.resolve() != bundled.resolve()):
        paths.append((own, str(own)))
    book, problems = load_book(paths, library)
    if own is not None:
        problems.extend(p for p in book.check() if p.file == str(own))
    for file, routine in routines:
        for exercise in routine.exercises:
            if exercise.figure is not None:
                problems.extend(book.resolve(exercise.figure, exercise.name, file)[1])
    return problems


def book_for(library: ExerciseLibrary, *, user: bool = True) -> tuple[FigureBook, list[Problem]]:
    """The bundled figures and (with ``user``) those of the user's routines folder; bundled ones win."""
    from .core.figure.book import load_book

    paths = []
    bundled = figures_path(bundled_routines_dir())
    if bundled is not None:
        paths.append((bundled, f"routines/{bundled.name}"))
    if user:
        own = figures_path(user_routines_dir())
        if own is not None:
            paths.append((own, str(own)))
    return load_book(paths, library)


class FigureShelf:
    """The figures the app shows with an exercise library, read the first time they are asked for.

    Reading the routines again (F5, a save) reads a new exercise library, and so the figures files again; the
    last few books are kept, so the library's preview, the editor and the session screen share one. Problems
    are not shown here: ``backcoach validate`` and the editor say them.
    """

    KEPT = 4

    def __init__(self) -> None:
        self._books: list[tuple[ExerciseLibrary, FigureBook]] = []

    def __call__(self, library: ExerciseLibrary) -> FigureBook:
        for known, book in self._books:
            if known is library:
                return book
        book, _ = book_for(library)
        self._books = [(library, book), *self._books[: self.KEPT - 1]]
        return book
