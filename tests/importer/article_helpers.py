"""What the importer's unit tests share: the bundled exercise library, an article's whole routine, a range."""

from __future__ import annotations

from backcoach.core.durations import Range
from backcoach.core.exercise_library import ExerciseLibrary, load_library_path
from backcoach.core.importer import import_article
from backcoach.core.model import Routine
from backcoach.resources import bundled_routines_dir

LIBRARY: ExerciseLibrary = load_library_path(bundled_routines_dir() / "exercises.yaml")


def routine_of(text: str, name: str = "article.txt") -> Routine:
    """The one routine an article gives (its name's suffix says how it is read: .txt, .md, .html)."""
    result = import_article(text, name, LIBRARY)
    assert result.whole is not None, result.problem
    return result.whole.routine


def r(low: int, high: int | None = None) -> Range:
    return Range(low, low if high is None else high)
