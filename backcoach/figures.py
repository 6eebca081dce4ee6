"""The figures the app, the commands and the scripts draw: the bundled ``figures.yaml`` and the user's own.

Like :mod:`backcoach.catalogs`, kept out of :mod:`backcoach.cli` and read only when a figure is first needed.
"""

from __future__ import annotations

from functools import lru_cache

from .core.catalog import library_path
from .core.figure.book import FigureBook, figures_path, load_book
from .core.library import ExerciseLibrary, load_library_path
from .core.problems import Problem, RoutineError
from .resources import bundled_routines_dir, user_routines_dir


def _bundled_library() -> ExerciseLibrary:
    found = library_path(bundled_routines_dir())
    if found is None:
        return ExerciseLibrary()
    try:
        return load_library_path(found)
    except RoutineError:
        return ExerciseLibrary()


@lru_cache(maxsize=1)
def bundled_book() -> tuple[FigureBook, list[Problem]]:
    """The figures that ship, with the bundled exercise library for names and aliases."""
    return book_for(_bundled_library(), user=False)


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
