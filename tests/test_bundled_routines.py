"""The routines that ship: all valid, faithful to their articles, fully described by the library."""

from __future__ import annotations

from pathlib import Path

import pytest

from backcoach.core.catalog import Catalog, load_catalog
from backcoach.core.durations import Range
from backcoach.core.model import Per, Routine
from backcoach.core.timeline import planned_seconds
from backcoach.resources import bundled_routines_dir

EXPECTED_FILES = {
    "7-day-preventive-back-plan/day-1-core-activation-and-stability.yaml",
    "7-day-preventive-back-plan/day-2-upper-back-strengthening.yaml",
    "7-day-preventive-back-plan/day-3-lower-back-and-glutes.yaml",
    "7-day-preventive-back-plan/day-4-mobility-and-flexibility.yaml",
    "7-day-preventive-back-plan/day-5-functional-movements-and-endurance.yaml",
    "7-day-preventive-back-plan/day-6-posture-and-alignment.yaml",
    "7-day-preventive-back-plan/day-7-active-recovery-and-foam-rolling.yaml",
    "nuffield-back-fit-workout.yaml",
    "nuffield-revitalise-your-spine.yaml",
    "nuffield-zahra-core-workout.yaml",
    "back-strengthening-workout-for-all.yaml",
    "best-workout-for-your-back.yaml",
    "stretch-and-strengthen-back.yaml",
}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    folder = bundled_routines_dir()
    return load_catalog([(folder, True)], {folder: "routines"})


def routine(catalog: Catalog, name: str) -> Routine:
    for entry in catalog.entries:
        if entry.display_name == f"routines/{name}":
            assert entry.routine is not None, entry.problems
            return entry.routine
    raise AssertionError(f"{name} is not bundled")


def test_every_seed_routine_ships_and_loads(catalog: Catalog) -> None:
    names = {e.display_name.removeprefix("routines/") for e in catalog.entries}
    assert names == EXPECTED_FILES
    assert [str(p) for e in catalog.entries for p in e.problems] == []
    assert catalog.library_problems == ()


def test_every_exercise_is_described_in_the_library(catalog: Catalog) -> None:
    missing = {e.display_name: catalog.exercise_library.unknown_names(e.routine) for e in catalog.entries if e.routine}
    assert {name: unknown for name, unknown in missing.items() if unknown} == {}
    for entry in catalog.exercise_library.entries:
        assert entry.instructions and entry.muscles, entry.name


def test_every_routine_names_its_source(catalog: Catalog) -> None:
    assert all(e.routine and e.routine.source for e in catalog.entries)


@pytest.mark.parametrize(
    ("name", "minutes"),
    [("nuffield-back-fit-workout.yaml", 10), ("nuffield-revitalise-your-spine.yaml", 30),
     ("nuffield-zahra-core-workout.yaml", 20)],
)
def test_classes_with_a_stated_length_compute_within_25_percent(catalog: Catalog, name: str, minutes: int) -> None:
    shipped = routine(catalog, name)
    assert shipped.duration == Range.single(minutes * 60)
    computed = planned_seconds(shipped)
    assert abs(computed - minutes * 60) <= 0.25 * minutes * 60, computed


@pytest.mark.parametrize(
    ("name", "exercise", "reps", "hold", "sets", "per", "rest"),
    [
        ("nuffield-back-fit-workout.yaml", "Depth jump", Range(15, 15), None, 2, None, Range(30, 30)),
        ("nuffield-back-fit-workout.yaml", "Arm circles", Range(15, 15), None, 2, None, Range(10, 10)),
        ("nuffield-back-fit-workout.yaml", "Squat", Range(15, 15), None, 3, None, Range(10, 10)),
        ("nuffield-back-fit-workout.yaml", "Thoracic rotation", None, Range(30, 30), 1, None, None),
        ("7-day-preventive-back-plan/day-1-core-activation-and-stability.yaml", "Dead bug", Range(12, 12), None, 3,
         Per.SIDE, None),
        ("7-day-preventive-back-plan/day-1-core-activation-and-stability.yaml", "Plank hold", None, Range(30, 60), 3,
         None, None),
        ("7-day-preventive-back-plan/day-3-lower-back-and-glutes.yaml", "Step-ups", Range(10, 10), None, 3, Per.LEG,
         None),
        ("7-day-preventive-back-plan/day-7-active-recovery-and-foam-rolling.yaml", "Gentle yoga or walk", None,
         Range(1200, 1800), 1, None, None),
        ("stretch-and-strengthen-back.yaml", "Stretching the back of the thigh lying", None, Range(20, 30), 3,
         Per.LEG, None),
        ("stretch-and-strengthen-back.yaml", "Pulling the knees to the chest", Range(5, 5), Range(5, 5), 1, None,
         None),
        ("back-strengthening-workout-for-all.yaml", "Dumbbell row", Range(6, 12), None, 3, None, Range(30, 30)),
        ("back-strengthening-workout-for-all.yaml", "One arm row", Range(6, 12), None, 3, Per.ARM, Range(30, 30)),
        ("best-workout-for-your-back.yaml", "Pull-ups", Range(8, 8), Range(2, 2), 3, None, None),
    ],
)
def test_the_articles_numbers_are_kept(
    catalog: Catalog, name: str, exercise: str, reps: Range | None, hold: Range | None, sets: int, per: Per | None,
    rest: Range | None,
) -> None:
    matches = [e for e in routine(catalog, name).exercises if e.name == exercise]
    assert matches, f"{exercise} not in {name}"
    found = matches[0]
    assert (found.reps, found.hold, found.sets, found.per) == (reps, hold, sets, per)
    if rest is not None:
        assert found.timing.rest == rest


def test_zahras_first_block_is_one_circuit_of_two_rounds(catalog: Catalog) -> None:
    first_work_block = routine(catalog, "nuffield-zahra-core-workout.yaml").blocks[1]
    assert first_work_block.rounds == 2
    assert [e.name for e in first_work_block.exercises] == ["Leg raises", "Leg raise crunches", "Bicycle crunches"]


@pytest.mark.parametrize(
    "name", ["nuffield-revitalise-your-spine.yaml", "nuffield-zahra-core-workout.yaml",
             "7-day-preventive-back-plan/day-1-core-activation-and-stability.yaml"]
)
def test_numbers_we_chose_are_marked_in_the_file(name: str) -> None:
    text = (bundled_routines_dir() / Path(name)).read_text(encoding="utf-8")
    assert "# not in the source" in text
