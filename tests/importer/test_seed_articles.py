"""The visible test set: each source article imports to the routines BackCoach ships for it.

Same exercises in the same order, the same sets, reps, holds, rests, sides and rounds; values a shipped
routine marks ``# not in the source`` are our own choices and may differ. The expected values are read
from ``routines/`` when the test runs, so a change to a shipped routine is compared as it ships.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from import_facts import differences, marked_paths

from backcoach.core.exercise_library import ExerciseLibrary, load_library_path
from backcoach.core.importer import import_article
from backcoach.core.loader import load_routine
from backcoach.resources import bundled_routines_dir

ARTICLES = Path(__file__).parent / "articles" / "seeds"
DAYS = "7-day-preventive-back-plan"
SEEDS = {
    "000_4bd813824d09483d.txt": [
        f"{DAYS}/day-1-core-activation-and-stability.yaml",
        f"{DAYS}/day-2-upper-back-strengthening.yaml",
        f"{DAYS}/day-3-lower-back-and-glutes.yaml",
        f"{DAYS}/day-4-mobility-and-flexibility.yaml",
        f"{DAYS}/day-5-functional-movements-and-endurance.yaml",
        f"{DAYS}/day-6-posture-and-alignment.yaml",
        f"{DAYS}/day-7-active-recovery-and-foam-rolling.yaml",
    ],
    "001_fb6d3e9d4f97e13a.txt": ["back-strengthening-workout-for-all.yaml"],
    "002_27544914071606b5.txt": ["best-workout-for-your-back.yaml"],
    "003_b51002de055de167.txt": [
        "nuffield-back-fit-workout.yaml",
        "nuffield-revitalise-your-spine.yaml",
        "nuffield-zahra-core-workout.yaml",
    ],
    "004_1a7551a3d5e6ab10.txt": ["stretch-and-strengthen-back.yaml"],
}


@pytest.fixture(scope="module")
def library() -> ExerciseLibrary:
    return load_library_path(bundled_routines_dir() / "exercises.yaml")


@pytest.mark.parametrize("article", sorted(SEEDS))
def test_each_source_article_imports_to_the_routines_that_ship(article: str, library: ExerciseLibrary) -> None:
    result = import_article((ARTICLES / article).read_bytes(), article, library)
    assert result.problem is None
    shipped_files = SEEDS[article]
    assert len(result.sessions) == len(shipped_files), [s.routine.title for s in result.sessions]
    problems: list[str] = []
    for imported, name in zip(result.sessions, shipped_files, strict=True):
        text = (bundled_routines_dir() / name).read_text(encoding="utf-8")
        shipped = load_routine(text, name)
        problems += [f"{name}: {p}" for p in differences(imported.routine, shipped, marked_paths(text), library)]
    assert problems == []


def test_the_seed_articles_are_the_shared_ones() -> None:
    """The copies in tests/ are the project's source articles, byte for byte, when those are at hand."""
    shared = Path("/work/shared/seeds")
    if not shared.is_dir():
        return
    for article in SEEDS:
        assert (ARTICLES / article).read_bytes() == (shared / article).read_bytes()
