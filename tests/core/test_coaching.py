"""Each move coached the way it is really done (issue 14): its natural pace, a get-ready that grows with the
change of position and always has room for the dose, the starting side and the caution, the three ways of
changing sides, levels that mean something, and high-impact moves that can be swapped for gentler ones."""

from __future__ import annotations

import pytest

from backcoach.core.cue_types import CueKind, Verbosity
from backcoach.core.cues import plan_cues
from backcoach.core.display import describe
from backcoach.core.durations import Level
from backcoach.core.engine import SessionEngine, State
from backcoach.core.exercise_library import ExerciseLibrary, load_library
from backcoach.core.gentler import swap_in_session, with_gentler
from backcoach.core.loader import load_routine
from backcoach.core.model import BodyPosition, Pace, Sides
from backcoach.core.preferences import apply_preferences
from backcoach.core.problems import RoutineError
from backcoach.core.timeline import Side, StepKind, expand, level_matters, planned_seconds, position_steps
from backcoach.core.wording import dose_text, length_text, level_changes

LIBRARY = load_library("""
backcoach-exercises: 1
exercises:
  - name: Squat
    instructions: Sit back and stand up.
    muscles: [glutes]
    position: standing
    rep_time: 3s
  - name: Sit up
    instructions: Curl up and lower.
    muscles: [abdominals]
    position: lying on your back
    rep_time: 3s
    cautions: Do not jerk up or pull on your neck; do a smaller curl-up instead.
  - name: Superman
    instructions: Lift a little off the floor.
    muscles: [erector spinae]
    position: lying face down
    rep_time: 4s
  - name: Cat camel
    instructions: Round and sag the back slowly.
    muscles: [erector spinae]
    position: kneeling
    rep_time: 5s
  - name: Dead bug
    instructions: Lower one arm and the other leg, then repeat with the other pair.
    muscles: [core]
    position: lying on your back
    rep_time: 4s
    per: side
    sides: alternating
    cautions: Stop if your lower back lifts off the floor, and shorten the movement.
    spoken_caution: Keep your lower back on the floor.
  - name: Thigh stretch
    instructions: Hold one leg, then do the same with the other leg.
    muscles: [hamstrings]
    position: lying on your back
    rep_time: 5s
    per: leg
    sides: all sets
  - name: Lunge
    instructions: Step and lower, then change legs.
    muscles: [quadriceps]
    position: standing
    rep_time: 3s
    per: leg
  - name: Depth jump
    instructions: Step off and jump.
    muscles: [quadriceps]
    position: standing
    rep_time: 4s
    cautions: A high-impact move; land softly.
    spoken_caution: High impact. Land softly.
    impact: high
    gentler: Step-up
  - name: Step-up
    instructions: Step up with one leg, then the other.
    muscles: [quadriceps]
    position: standing
    rep_time: 3s
    per: leg
    sides: each set
  - name: Tuck jump
    instructions: Jump and tuck.
    muscles: [quadriceps]
    position: standing
    rep_time: 2s
    impact: high
""", "lib.yaml")


def routine(exercises: str, defaults: str = "{prepare: 10s}", extra: str = "") -> str:
    return f"backcoach: 1\ntitle: T\n{extra}defaults: {defaults}\nblocks:\n  - title: B\n    exercises:\n{exercises}"


def steps(text: str, level: Level | None = None, library: ExerciseLibrary | None = LIBRARY) -> list[tuple[str, int]]:
    return [(s.kind.value, s.planned) for s in expand(load_routine(text, "t.yaml"), level, library).steps]


# -- pace --------------------------------------------------------------------------------------------------


def test_counted_reps_follow_the_moves_natural_pace_unless_the_routine_sets_one() -> None:
    text = routine("      - {name: Cat camel, reps: 10}\n")
    assert steps(text)[1] == ("work", 50)  # 5 s a rep, from the library
    assert steps(text, library=None)[1] == ("work", 30)  # no library: the built-in 3 s
    assert steps(routine("      - {name: Cat camel, reps: 10, rep_time: 2s}\n"))[1] == ("work", 20)
    assert steps(routine("      - {name: Cat camel, reps: 10}\n", "{prepare: 10s, rep_time: 4s}"))[1] == ("work", 40)


# -- transitions -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [(BodyPosition.STANDING, BodyPosition.STANDING, 0), (BodyPosition.STANDING, BodyPosition.BACK, 2),
     (BodyPosition.BACK, BodyPosition.STANDING, 2), (BodyPosition.BACK, BodyPosition.FRONT, 1),
     (BodyPosition.KNEELING, BodyPosition.FRONT, 1), (BodyPosition.KNEELING, BodyPosition.BACK, 2),
     (BodyPosition.STANDING, BodyPosition.CHAIR, 1), (BodyPosition.SEATED, BodyPosition.BACK, 1),
     (None, BodyPosition.BACK, 0)],
)
def test_a_change_of_position_is_counted_in_steps(before: BodyPosition | None, after: BodyPosition | None,
                                                   expected: int) -> None:
    assert position_steps(before, after) == expected


def test_the_get_ready_grows_with_the_change_of_position() -> None:
    text = routine("      - {name: Squat, reps: 10}\n      - {name: Sit up, reps: 10}\n"
                   "      - {name: Superman, reps: 5}\n      - {name: Squat, reps: 10}\n")
    prepares = [seconds for kind, seconds in steps(text) if kind == "prepare"]
    # Standing to start; down to the mat (+8 s); onto the front (+4 s); up from the mat (+8 s).
    assert prepares == [10, 18, 14, 18]
    timeline = expand(load_routine(text, "t.yaml"), None, LIBRARY)
    assert [s.position_steps for s in timeline.steps if s.kind is StepKind.PREPARE] == [0, 2, 1, 2]


def test_a_routine_and_the_users_setting_change_the_time_to_change_position() -> None:
    text = routine("      - {name: Squat, reps: 10}\n      - {name: Sit up, reps: 10}\n")
    assert [s for k, s in steps(text.replace("{prepare: 10s}", "{prepare: 10s, position_change: 6s}"))
            if k == "prepare"] == [10, 22]
    own = load_routine(text, "t.yaml")
    quick = apply_preferences(own, position_change=0)
    assert [s.planned for s in expand(quick, None, LIBRARY).steps if s.kind is StepKind.PREPARE] == [10, 10]
    assert [s.planned for s in expand(apply_preferences(own, prepare=20), None, LIBRARY).steps
            if s.kind is StepKind.PREPARE] == [20, 28]


def test_a_get_ready_is_never_shorter_than_its_words() -> None:
    text = routine("      - {name: Dead bug, reps: 12, sets: 3}\n", "{prepare: 1s}")
    timeline = expand(load_routine(text, "t.yaml"), None, LIBRARY)
    prepare = timeline.steps[0]
    said = [c for c in plan_cues(timeline).cues if c.step == 0 and c.kind is CueKind.SAY]
    assert said[0].text == ("T. About 6 minutes. B. First: dead bug. 12 reps each side, alternating, 3 sets. "
                            "Left side first. Keep your lower back on the floor.")
    assert prepare.planned >= said[0].seconds + 2
    # A get-ready of 0 s with no change of position is left out, as the routine asks; the work then names
    # the move, its dose and its side before "Go".
    bare = routine("      - {name: Lunge, reps: 6}\n", "{prepare: 0s}")
    timeline = expand(load_routine(bare, "t.yaml"), None, LIBRARY)
    assert timeline.steps[0].kind is StepKind.WORK
    first = [c.text for c in plan_cues(timeline).cues if c.step == 0 and c.offset == 0 and c.kind is CueKind.SAY]
    assert first == ["T. About 1 minute. B. Lunge. 6 reps per leg. Left leg first. Go."]


def test_planned_seconds_agree_with_the_steps_with_a_library() -> None:
    text = routine("      - {name: Squat, reps: 10, sets: 2}\n      - {name: Dead bug, reps: 8, sets: 2}\n"
                   "      - {name: Thigh stretch, hold: 20s, sets: 3}\n      - {name: Lunge, reps: 5, sets: 2}\n",
                   "{prepare: 2s}")
    own = load_routine(text, "t.yaml")
    for level in Level:
        assert planned_seconds(own, level, LIBRARY) == expand(own, level, LIBRARY).total_seconds


# -- sides -------------------------------------------------------------------------------------------------


def test_all_sets_on_one_side_then_the_other() -> None:
    text = routine("      - {name: Thigh stretch, hold: 20s, sets: 3, rest: 10s}\n")
    timeline = expand(load_routine(text, "t.yaml"), None, LIBRARY)
    assert [(s.kind.value, s.set, s.side) for s in timeline.steps[1:]] == [
        ("work", 1, Side.LEFT), ("rest", 1, Side.LEFT), ("work", 2, Side.LEFT), ("rest", 2, Side.LEFT),
        ("work", 3, Side.LEFT), ("switch", 1, Side.RIGHT), ("work", 1, Side.RIGHT), ("rest", 1, Side.RIGHT),
        ("work", 2, Side.RIGHT), ("rest", 2, Side.RIGHT), ("work", 3, Side.RIGHT),
    ]
    said = [c.text for c in plan_cues(timeline).cues if c.kind is CueKind.SAY]
    assert ("T. About 3 minutes. B. First: thigh stretch. 20 seconds per leg, 3 sets. All 3 sets on the left leg "
            "first.") in said
    assert "Rest. 10 seconds. Next: set 2, right leg." in said


def test_each_set_on_one_side_then_the_other_is_the_default_for_a_one_sided_move() -> None:
    text = routine("      - {name: Lunge, reps: 5, sets: 2, rest: 10s}\n")
    timeline = expand(load_routine(text, "t.yaml"), None, LIBRARY)
    assert [(s.kind.value, s.side) for s in timeline.steps[1:]] == [
        ("work", Side.LEFT), ("switch", Side.RIGHT), ("work", Side.RIGHT), ("rest", None),
        ("work", Side.LEFT), ("switch", Side.RIGHT), ("work", Side.RIGHT),
    ]
    assert timeline.steps[0].sides is Sides.EACH_SET


def test_alternating_sides_count_each_side_and_never_switch() -> None:
    text = routine("      - {name: Dead bug, reps: 8, sets: 2, rest: 20s}\n")
    timeline = expand(load_routine(text, "t.yaml"), None, LIBRARY)
    assert [(s.kind.value, s.planned, s.side) for s in timeline.steps[1:]] == [
        ("work", 64, None), ("rest", 20, None), ("work", 64, None)  # 8 reps each side at 4 s a rep
    ]
    for verbosity in (Verbosity.STANDARD, Verbosity.FULL):
        said = [c.text or "" for c in plan_cues(timeline, verbosity).cues if c.kind is CueKind.SAY]
        assert not any("witch" in text for text in said)
        assert any("8 reps each side, alternating, 2 sets. Left side first." in text for text in said)
    counts = [c.text for c in plan_cues(timeline, Verbosity.FULL).cues if c.step == 1 and c.kind is CueKind.SAY]
    assert counts == ["Go.", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight"]
    work = timeline.steps[1]
    early = describe(work, timeline.steps[2], elapsed=1.0, remaining=63.0, session_elapsed=20, session_total=200)
    late = describe(work, timeline.steps[2], elapsed=5.0, remaining=59.0, session_elapsed=24, session_total=200)
    assert early.detail == "Set 1 of 2 · rep 1 of 8 each side · left side"
    assert late.detail == "Set 1 of 2 · rep 1 of 8 each side · right side"


def test_a_routine_decides_the_sides_over_the_library() -> None:
    together = routine("      - {name: Dead bug, reps: 8, sides: together}\n")
    assert steps(together)[1:] == [("work", 32)]
    each = routine("      - {name: Dead bug, reps: 8, sides: each set}\n")
    assert [k for k, _ in steps(each)] == ["prepare", "work", "switch", "work"]
    implied = routine("      - {name: Squat, reps: 8, sides: alternating}\n")  # sides alone: one side at a time
    timeline = expand(load_routine(implied, "t.yaml"), None, LIBRARY)
    assert timeline.steps[1].planned == 48 and timeline.steps[1].alternating
    assert dose_text(load_routine(each, "t.yaml").exercises[0]) == "8 reps"  # no per written: the library's


def test_sides_together_with_per_is_refused_where_it_is_written() -> None:
    with pytest.raises(RoutineError) as error:
        load_routine(routine("      - {name: Dead bug, reps: 8, per: leg, sides: together}\n"), "t.yaml")
    assert str(error.value.first) == ("t.yaml:7:52: 'sides: together' means both sides at once, but 'per: leg' says "
                                      "one at a time; keep one")


def test_positions_accept_the_words_people_use_and_name_the_documented_ones() -> None:
    loaded = load_routine(routine("      - {name: Plank, hold: 30s, position: Prone}\n"), "t.yaml")
    assert loaded.exercises[0].position is BodyPosition.FRONT
    with pytest.raises(RoutineError) as error:
        load_routine(routine("      - {name: Plank, hold: 30s, position: upside down}\n"), "t.yaml")
    message = str(error.value.first)
    assert message.startswith("t.yaml:7:44: 'position' must be one of standing, hanging, seated on a chair")
    assert message.endswith("not 'upside down'")


# -- what is said and shown ----------------------------------------------------------------------------------


def test_the_caution_is_said_at_standard_and_full_and_shown_on_the_get_ready() -> None:
    text = routine("      - {name: Squat, reps: 10}\n      - {name: Sit up, reps: 10, note: Hands at your chest.}\n")
    timeline = expand(load_routine(text, "t.yaml"), None, LIBRARY)
    prepare = next(s for s in timeline.steps if s.kind is StepKind.PREPARE and s.exercise == "Sit up")
    for verbosity in (Verbosity.STANDARD, Verbosity.FULL):
        said = [c.text for c in plan_cues(timeline, verbosity).cues if c.step == prepare.index and c.text]
        assert said == ["Next: sit up. 10 reps. Do not jerk up or pull on your neck."]
    assert all(c.kind is CueKind.BEEP for c in plan_cues(timeline, Verbosity.BEEPS).cues)
    shown = describe(prepare, timeline.steps[prepare.index + 1], 0, 10, 0, 100)
    assert shown.caution == "Do not jerk up or pull on your neck; do a smaller curl-up instead."
    assert shown.note == "Hands at your chest."
    assert shown.upcoming == "Get into position: lying on your back"  # not "Next: Sit up" about itself
    work = describe(timeline.steps[prepare.index + 1], None, 0, 30, 0, 100)
    assert work.caution == "" and work.note == "Hands at your chest."


def test_a_long_caution_with_no_spoken_form_is_shown_but_not_read_out() -> None:
    library = load_library("backcoach-exercises: 1\nexercises:\n  - name: Row\n    instructions: Pull.\n"
                           "    muscles: [lats]\n    cautions: Keep your back flat, your shoulders down, your neck "
                           "long, your knees soft and the weight light enough to move without a jerk at any point.\n",
                           "lib.yaml")
    entry = library.find("Row")
    assert entry is not None and entry.said_caution() is None
    short = load_library("backcoach-exercises: 1\nexercises:\n  - name: Row\n    instructions: Pull.\n"
                         "    muscles: [lats]\n    cautions: Keep your back flat; stop if it hurts.\n", "lib.yaml")
    assert short.entries[0].said_caution() == "Keep your back flat."


@pytest.mark.parametrize(
    ("entry", "message"),
    [("    spoken_caution: " + " ".join(["word"] * 17) + "\n",
      "lib.yaml:6:21: 'spoken_caution' is said before the move: keep it to 16 words or fewer, not 17 "
      "(the full advice goes in 'cautions')"),
     ("    gentler: Squat\n", "lib.yaml:6:14: 'gentler' names the move that replaces a high-impact one; add "
                              "'impact: high' or remove it"),
     ("    rep_time: 2-4s\n", "lib.yaml:6:15: 'rep_time' is the move's own pace: one duration, not a range"),
     ("    impact: medium\n", "lib.yaml:6:13: 'impact' must be one of low, high, not 'medium'"),
     ("    sides: together\n", "lib.yaml:6:12: 'sides' in the exercise library says how a one-sided move changes "
                               "sides: all sets, each set or alternating (leave it out for a move that works both "
                               "sides at once)")],
)
def test_the_library_refuses_what_it_cannot_coach(entry: str, message: str) -> None:
    text = "backcoach-exercises: 1\nexercises:\n  - name: Row\n    instructions: Pull.\n    muscles: [lats]\n" + entry
    with pytest.raises(RoutineError) as error:
        load_library(text, "lib.yaml")
    assert str(error.value.first) == message


# -- levels ------------------------------------------------------------------------------------------------

LEVELLED = routine("      - {name: Squat, reps: 10, sets: 3}\n      - {name: Plank, hold: 30s}\n",
                   extra="levels:\n  easy: {sets: -1}\n  advanced: {sets: +1, hold: +15s}\n")


def test_levels_change_sets_and_holds_as_the_routine_says() -> None:
    works = {level: [s.planned for s in expand(load_routine(LEVELLED, "t.yaml"), level, LIBRARY).steps
                     if s.kind is StepKind.WORK] for level in Level}
    assert works == {Level.EASY: [30, 30, 30], Level.INTERMEDIATE: [30, 30, 30, 30],
                     Level.ADVANCED: [30, 30, 30, 30, 45]}
    assert level_changes(load_routine(LEVELLED, "t.yaml"), LIBRARY) == [
        "easy: one set fewer (exercises of 2 sets or more)",
        "advanced: one set more (exercises of 2 sets or more), holds 15 s longer",
        "Squat: 2 × 10 reps, rest 30 s · 3 × 10 reps, rest 30 s · 4 × 10 reps, rest 30 s",
        "Plank: 30 s · 30 s · 45 s",
    ]


def test_a_routine_of_one_level_says_so() -> None:
    flat = load_routine(routine("      - {name: Squat, reps: 10, sets: 3}\n"), "t.yaml")
    assert not level_matters(flat, LIBRARY) and level_changes(flat, LIBRARY) == []
    assert level_matters(load_routine(LEVELLED, "t.yaml"), LIBRARY)


@pytest.mark.parametrize(
    ("levels", "message"),
    [("  hard: {sets: 1}\n", "t.yaml:4:3: 'hard' is not a key of 'levels'; the keys are: easy, intermediate, advanced"),
     ("  easy: {sets: one}\n", "t.yaml:4:16: 'sets' must be a whole number of more (+1) or fewer (-1), not 'one'"),
     ("  easy: {hold: +10 furlongs}\n", "t.yaml:4:16: 'hold': 'furlongs' is not a unit of time in '10 furlongs'"),
     ("  easy: {rest: 10s}\n", "t.yaml:4:10: 'rest' is not a key here — did you mean 'reps'?")],
)
def test_levels_mistakes_are_reported_where_they_are(levels: str, message: str) -> None:
    with pytest.raises(RoutineError) as error:
        load_routine(routine("      - {name: Squat, reps: 10}\n", extra="levels:\n" + levels), "t.yaml")
    assert str(error.value.first).startswith(message)


def test_the_length_is_shown_beside_what_the_source_says() -> None:
    text = routine("      - {name: Squat, reps: 10}\n", extra="duration: 10 min\n")
    own = load_routine(text, "t.yaml")
    assert length_text(planned_seconds(own, None, LIBRARY), own.duration) == (
        "about 40 s at a steady pace; the source says 10 min")


# -- high-impact moves ---------------------------------------------------------------------------------------


def test_a_high_impact_move_offers_its_gentler_move_and_says_so() -> None:
    text = routine("      - {name: Depth jump, reps: 10, sets: 2}\n      - {name: Squat, reps: 10}\n")
    own = load_routine(text, "t.yaml")
    timeline = expand(own, None, LIBRARY)
    first = timeline.steps[0]
    assert first.high_impact and first.gentler == "Step-up"
    assert describe(first, timeline.steps[1], 0, 10, 0, 100).offer == (
        "High impact — press G for a gentler move (step-up)")
    said = [c.text for c in plan_cues(timeline).cues if c.step == 0 and c.text]
    assert said[0].endswith("High impact. Land softly. Press G for a gentler move.")
    always = with_gentler(own, LIBRARY)
    assert always is not None and [e.name for e in always.exercises] == ["Step-up", "Squat"]
    assert always.exercises[0].reps == own.exercises[0].reps and always.exercises[0].sets == 2
    assert always.exercises[0].note == "In place of depth jump, a high-impact move."


def test_the_gentler_key_swaps_the_move_and_the_session_goes_on_from_its_get_ready() -> None:
    text = routine("      - {name: Squat, reps: 10}\n      - {name: Depth jump, reps: 10, sets: 2}\n"
                   "      - {name: Squat, reps: 5}\n")
    own = load_routine(text, "t.yaml")
    timeline = expand(own, None, LIBRARY)
    now = [0.0]
    engine = SessionEngine(plan_cues(timeline), lambda: now[0])
    engine.start()
    jump_prepare = next(s.index for s in timeline.steps if s.exercise == "Depth jump")
    assert swap_in_session(own, LIBRARY, timeline, 0) is None  # nothing high-impact now or next
    now[0] = timeline.steps[jump_prepare].start + 2.0
    engine.tick()
    assert engine.index == jump_prepare
    swap = swap_in_session(own, LIBRARY, timeline, engine.index)
    assert swap is not None and swap.index == jump_prepare
    assert swap.timeline.steps[:jump_prepare] == timeline.steps[:jump_prepare]  # what was done stays
    assert engine.continue_with(plan_cues(swap.timeline), swap.index)
    current = engine.current
    assert current is not None and current.exercise == "Step-up" and current.kind is StepKind.PREPARE
    assert engine.state is State.RUNNING and engine.elapsed() == 0


def test_a_high_impact_move_with_no_gentler_one_is_skipped() -> None:
    text = routine("      - {name: Squat, reps: 10}\n      - {name: Tuck jump, reps: 10}\n"
                   "      - {name: Sit up, reps: 5}\n")
    own = load_routine(text, "t.yaml")
    timeline = expand(own, None, LIBRARY)
    tuck = next(s.index for s in timeline.steps if s.exercise == "Tuck jump")
    swap = swap_in_session(own, LIBRARY, timeline, tuck - 1)  # from the step before its get-ready
    assert swap is not None and swap.timeline is timeline
    assert timeline.steps[swap.index].exercise == "Sit up" and timeline.steps[swap.index].kind is StepKind.PREPARE
    without = with_gentler(own, LIBRARY)
    assert without is not None and [e.name for e in without.exercises] == ["Squat", "Sit up"]
    only = load_routine(routine("      - {name: Tuck jump, reps: 10}\n"), "t.yaml")
    assert with_gentler(only, LIBRARY) is None  # nothing would be left to coach


def test_self_paced_preference_still_gives_alternating_work_no_clock() -> None:
    own = apply_preferences(load_routine(routine("      - {name: Dead bug, reps: 8}\n"), "t.yaml"), pace=Pace.SELF)
    work = expand(own, None, LIBRARY).steps[1]
    assert work.duration is None and work.planned == 64 and work.alternating


def test_the_editor_reads_and_writes_the_new_keys_as_the_loader_does() -> None:
    from backcoach.core import editing

    assert editing.read_field("sides", "Alternating") is Sides.ALTERNATING
    assert editing.read_field("position", "on all fours") is BodyPosition.KNEELING
    assert editing.field_text("position", BodyPosition.BACK) == "lying on your back"
    with pytest.raises(editing.EditRefused) as refused:
        editing.read_field("sides", "sometimes")
    assert str(refused.value) == "'sides' must be one of all sets, each set, alternating, together, not 'sometimes'"
    own = load_routine(routine("      - {name: Dead bug, reps: 8}\n"), "t.yaml")
    changed = editing.set_field(own, (0, 0), "sides", Sides.EACH_SET)
    changed = editing.set_field(changed, (0, 0), "position_change", editing.read_field("position_change", "6s"))
    assert changed.exercises[0].sides is Sides.EACH_SET and changed.exercises[0].timing.position_change is not None
