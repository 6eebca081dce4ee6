"""The routines that ship: all valid, faithful to their articles, fully described by the library."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from backcoach.core import spoken
from backcoach.core.catalog import Catalog, load_catalog
from backcoach.core.cues import plan_cues
from backcoach.core.durations import Level, Range, format_seconds
from backcoach.core.model import Per, Routine, Sides
from backcoach.core.preferences import apply_preferences
from backcoach.core.safety import BEFORE_ADVICE, HURT_ADVICE, SHORT_REMINDER
from backcoach.core.session_plan import estimates
from backcoach.core.timeline import StepKind, expand, level_matters, planned_seconds, resolve
from backcoach.core.wording import length_text
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
    [("nuffield-revitalise-your-spine.yaml", 30), ("nuffield-zahra-core-workout.yaml", 20)],
)
def test_classes_whose_numbers_we_chose_compute_within_25_percent(catalog: Catalog, name: str, minutes: int) -> None:
    """The reps and holds of these classes are ours, chosen to fit the class's stated length at a steady pace."""
    shipped = routine(catalog, name)
    assert shipped.duration == Range.single(minutes * 60)
    computed = planned_seconds(shipped, None, catalog.exercise_library)
    assert abs(computed - minutes * 60) <= 0.25 * minutes * 60, computed


def test_a_class_longer_at_a_steady_pace_than_its_article_says_shows_both(catalog: Catalog) -> None:
    """The back fit class keeps the article's numbers; counted at a natural pace it takes longer than the
    article's 10 minutes, and the library says both rather than bending the pace."""
    entry = next(e for e in catalog.entries if e.display_name == "routines/nuffield-back-fit-workout.yaml")
    assert entry.routine is not None
    seconds = estimates(entry.routine, None, entry.exercise_library)[entry.routine.effective_level()]
    assert seconds > 15 * 60
    assert length_text(seconds, entry.routine.duration) == (
        f"about {format_seconds(seconds)} at a steady pace; the source says 10 min")


@pytest.mark.parametrize(
    ("name", "exercise", "reps", "hold", "sets", "per", "rest"),
    [
        ("nuffield-back-fit-workout.yaml", "Depth jump", Range(15, 15), None, 2, None, Range(30, 30)),
        ("nuffield-back-fit-workout.yaml", "Arm circles", Range(15, 15), None, 2, None, Range(10, 10)),
        ("nuffield-back-fit-workout.yaml", "Squat", Range(15, 15), None, 3, None, Range(10, 10)),
        ("nuffield-back-fit-workout.yaml", "Thoracic rotation", None, Range(30, 30), 1, Per.SIDE, None),
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


# -- issue 14: every move coached the way it is really done ------------------------------------------------

CHANGES_SIDES = re.compile(
    r"\b(?:the )?other (?:side|leg|arm|knee|pair|foot|hand)\b|\bchang(?:e|ing) (?:sides|legs|arms)\b"
    r"|\bswitch (?:sides|legs|arms)\b|\bturn over\b|\bone (?:side|leg|arm), then the other\b",
    re.IGNORECASE,
)
"""How an instruction says the move is done on one side and then the other."""


def test_every_move_has_a_natural_pace_and_a_starting_position_and_the_pace_is_marked_as_ours(
    catalog: Catalog,
) -> None:
    assert all(e.rep_time is not None and e.position is not None for e in catalog.exercise_library.entries)
    text = (bundled_routines_dir() / "exercises.yaml").read_text(encoding="utf-8")
    paces = [line for line in text.splitlines() if line.strip().startswith("rep_time:")]
    assert len(paces) == len(catalog.exercise_library.entries)
    assert all("# not in the source:" in line for line in paces)


def test_no_move_is_counted_faster_than_its_natural_pace(catalog: Catalog) -> None:
    for entry in catalog.entries:
        assert entry.routine is not None
        for level in Level:
            for step in expand(entry.routine, level, catalog.exercise_library).steps:
                known = catalog.exercise_library.find(step.exercise)
                if step.kind is StepKind.WORK and step.reps is not None and known is not None:
                    assert known.rep_time is not None and step.rep_time >= known.rep_time, (entry.title, step)


def test_a_move_whose_instructions_change_sides_is_one_sided_and_no_other(catalog: Catalog) -> None:
    for known in catalog.exercise_library.entries:
        assert bool(CHANGES_SIDES.search(known.instructions)) == known.one_sided, known.name


def test_every_bundled_move_that_changes_sides_is_coached_with_sides_and_no_other(catalog: Catalog) -> None:
    for entry in catalog.entries:
        assert entry.routine is not None
        for exercise in entry.routine.exercises:
            known = catalog.exercise_library.find(exercise.name)
            assert known is not None
            resolved = resolve(exercise, entry.routine.defaults, Level.INTERMEDIATE, catalog.exercise_library)
            assert (resolved.per is not None) == bool(CHANGES_SIDES.search(known.instructions)), (
                entry.title, exercise.name)


@pytest.mark.parametrize(
    ("name", "exercise", "sides"),
    [
        ("stretch-and-strengthen-back.yaml", "Stretching the back of the thigh lying", Sides.ALL_SETS),
        ("stretch-and-strengthen-back.yaml", "Twisting on the oblique muscles", Sides.EACH_SET),
        ("stretch-and-strengthen-back.yaml", "Diverse arms and legs", Sides.ALTERNATING),
        ("7-day-preventive-back-plan/day-1-core-activation-and-stability.yaml", "Dead bug", Sides.ALTERNATING),
        ("7-day-preventive-back-plan/day-5-functional-movements-and-endurance.yaml", "Lunges", Sides.ALTERNATING),
        ("7-day-preventive-back-plan/day-3-lower-back-and-glutes.yaml", "Step-ups", Sides.EACH_SET),
        ("nuffield-zahra-core-workout.yaml", "Bicycle crunches", Sides.ALTERNATING),
        ("nuffield-revitalise-your-spine.yaml", "Knee rolls", Sides.ALTERNATING),
        ("nuffield-back-fit-workout.yaml", "Standing IT band stretch", Sides.EACH_SET),
    ],
)
def test_sides_are_coached_as_the_article_or_the_move_says(catalog: Catalog, name: str, exercise: str,
                                                          sides: Sides) -> None:
    shipped = routine(catalog, name)
    found = next(e for e in shipped.exercises if e.name == exercise)
    assert resolve(found, shipped.defaults, Level.INTERMEDIATE, catalog.exercise_library).sides is sides


def test_every_caution_has_a_short_spoken_form(catalog: Catalog) -> None:
    for known in catalog.exercise_library.entries:
        if known.cautions:
            said = known.said_caution()
            assert said is not None and len(said.split()) <= 16, known.name


def test_the_high_impact_move_names_a_gentler_one_of_the_same_purpose(catalog: Catalog) -> None:
    library = catalog.exercise_library
    jumps = [e for e in library.entries if e.high_impact]
    assert [e.name for e in jumps] == ["Depth jump"]
    gentler = library.find(jumps[0].gentler or "")
    assert gentler is not None and not gentler.high_impact
    assert set(gentler.muscles) & set(jumps[0].muscles) and set(gentler.equipment) & {"stepper", "bench or stair"}
    assert library.missing_gentler() == []


def test_class_1_opens_with_its_high_impact_move_said_and_skippable(catalog: Catalog) -> None:
    shipped = routine(catalog, "nuffield-back-fit-workout.yaml")
    first = expand(shipped, None, catalog.exercise_library).steps[0]
    assert first.exercise == "Depth jump" and first.high_impact and first.gentler == "Step-up"
    assert first.caution and "high-impact" in first.caution.lower()


def test_levels_mean_something_or_the_routine_has_one(catalog: Catalog) -> None:
    one_level = {e.display_name.removeprefix("routines/") for e in catalog.entries
                 if e.routine is not None and not level_matters(e.routine, catalog.exercise_library)}
    # The three Nuffield classes are each one class of one difficulty, with no range or advice on levels.
    assert one_level == {"nuffield-back-fit-workout.yaml", "nuffield-revitalise-your-spine.yaml",
                         "nuffield-zahra-core-workout.yaml"}
    for day in (2, 4, 6):
        name = next(e for e in EXPECTED_FILES if e.startswith(f"7-day-preventive-back-plan/day-{day}-"))
        shipped = routine(catalog, name)
        lengths = [planned_seconds(shipped, level, catalog.exercise_library) for level in Level]
        assert lengths == sorted(lengths) and len(set(lengths)) == 3, name
        sets = {level: resolve(shipped.exercises[0], shipped.defaults, level, catalog.exercise_library,
                               shipped.level_change(level)).sets for level in Level}
        assert sets == {Level.EASY: 2, Level.INTERMEDIATE: 3, Level.ADVANCED: 4}  # the plan's 3 sets as written
        assert shipped.effective_level() is Level.INTERMEDIATE


def test_a_summary_that_counts_steps_counts_them_right(catalog: Catalog) -> None:
    for entry in catalog.entries:
        assert entry.routine is not None
        for claimed in re.findall(r"(\d+)-step", entry.routine.summary or ""):
            assert int(claimed) == len(entry.routine.exercises), entry.title


def test_a_readers_comment_is_not_presented_as_the_articles_advice(catalog: Catalog) -> None:
    summary = routine(catalog, "back-strengthening-workout-for-all.yaml").summary or ""
    assert "halve" in summary
    assert "commenting on the article (not the article itself)" in summary


def test_safety_advice_says_which_is_the_articles_and_which_is_general(catalog: Catalog) -> None:
    sources = {e.routine.source for e in catalog.entries if e.routine and e.routine.source}
    for advice in (*BEFORE_ADVICE, *HURT_ADVICE):
        if advice.from_article:
            assert any(source.startswith(advice.origin) for source in sources), advice.origin
    general = " ".join(a.text for a in (*BEFORE_ADVICE, *HURT_ADVICE) if not a.from_article)
    articles = " ".join(a.text for a in (*BEFORE_ADVICE, *HURT_ADVICE) if a.from_article) + SHORT_REMINDER
    for words in ("numbness", "pins and needles", "weakness"):  # advice no article gives
        assert words in general and words not in articles


@pytest.mark.parametrize("prepare", [None, 1])
def test_every_get_ready_says_the_move_its_dose_and_its_starting_side(catalog: Catalog, prepare: int | None) -> None:
    """Also with the shortest get-ready a user can set: it is lengthened rather than the words cut."""
    for entry in catalog.entries:
        assert entry.routine is not None
        own = apply_preferences(entry.routine, prepare=prepare)
        for level in Level:
            timeline = expand(own, level, catalog.exercise_library)
            plan = plan_cues(timeline)
            for step in timeline.steps:
                if step.kind is not StepKind.PREPARE:
                    continue
                said = [c.text or "" for c in plan.cues if c.step == step.index and c.offset == 0 and c.text]
                assert said, (entry.title, step)
                assert spoken.dose(step) in said[0] and spoken.starting_side(step) in said[0], (entry.title, said)
                if step.spoken_caution:
                    assert said[0].endswith(step.spoken_caution) or spoken.GENTLER_OFFER in said[0]
