"""The figures the app, the commands and the scripts draw: the bundled ``figures.yaml`` and the user's own.

Like :mod:`backcoach.catalogs`, kept out of :mod:`backcoach.cli` and read only when a figure is first needed.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .catalogs import bundled_library
from .core.figure.book import FigureBook, figures_path, load_book
from .core.library import ExerciseLibrary
from .core.model import Routine
from .core.problems import Problem
from .resources import bundled_routines_dir, user_routines_dir

__all__ = ["FigureBook", "book_for", "bundled_book", "check_figures", "figures_path"]


@lru_cache(maxsize=1)
def bundled_book() -> tuple[FigureBook, list[Problem]]:
    """The figures that ship, with the bundled exercise library for names and aliases."""
    return book_for(bundled_library(), user=False)


def check_figures(folder: Path | None, library: ExerciseLibrary, routines: list[tuple[str, Routine]]
                  ) -> list[Problem]:
    """Every problem with figures: a folder's ``figures.yaml`` (read after the bundled one), and the
    ``figure:`` of each routine's exercises (a ``like`` naming no figure, a pose that cannot rest as it says)."""
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
    paths = []
    bundled = figures_path(bundled_routines_dir())
    if bundled is not None:
        paths.append((bundled, f"routines/{bundled.name}"))
    if user:
        own = figures_path(user_routines_dir())
        if own is not None:
            paths.append((own, str(own)))
    return load_book(paths, library)
