"""Every phrase form the importer promises to read, each with its own test (issue 19's list, and more)."""

from __future__ import annotations

import pytest
from article_helpers import LIBRARY, r, routine_of

from backcoach.core.durations import Range
from backcoach.core.importer import import_article
from backcoach.core.importer.names import Matcher, split_entry
from backcoach.core.importer.phrases import plain_text, read_dose, read_line_dose
from backcoach.core.model import Exercise, Per


def only(text: str) -> Exercise:
    exercises = routine_of(text).exercises
    assert len(exercises) == 1, [e.name for e in exercises]
    return exercises[0]



# -- the forms of issue 19 ------------------------------------------------------------------------------------

def test_count_x_name_with_sets_and_rest_in_brackets() -> None:
    squat = only("Main workout\n\n15 x Squat (3 sets, rest 10 seconds per set)\n")
    assert (squat.name, squat.reps, squat.sets, squat.timing.rest) == ("Squat", r(15), 3, r(10))


def test_name_dash_sets_of_reps_per_side() -> None:
    dead_bug = only("- Dead Bug – 3 sets of 12 reps per side\n")
    assert (dead_bug.name, dead_bug.sets, dead_bug.reps, dead_bug.per) == ("Dead bug", 3, r(12), Per.SIDE)


def test_a_time_in_brackets_is_a_hold() -> None:
    rotation = only("Cool down\n\nThoracic Rotation (30 secs)\n")
    assert (rotation.name, rotation.hold, rotation.reps) == ("Thoracic rotation", r(30), None)


def test_name_colon_seconds() -> None:
    plank = only("Plank: 30 seconds\n")
    assert (plank.name, plank.hold, plank.sets, plank.per) == ("Plank", r(30), 1, None)


def test_seconds_each_side() -> None:
    side_plank = only("Side plank: 30 seconds each side\n")
    assert (side_plank.hold, side_plank.per) == (r(30), Per.SIDE)


def test_sets_of_a_range_of_repetitions() -> None:
    row = only("- Bent-over row: 3 sets of 10-12 repetitions\n")
    assert (row.sets, row.reps) == (3, r(10, 12))


def test_a_range_of_sets_stays_a_range() -> None:
    squat = only("- Squats: 5 to 10 sets of 10 reps\n")
    assert (squat.sets, squat.reps) == (r(5, 10), r(10))


def test_hold_a_range_repeat_and_the_opposite_side() -> None:
    stretch = only("Knee to chest stretch\nLie on your back and pull one knee to your chest. Hold for 20-30 seconds. "
                   "Repeat 2 times and repeat on the opposite side.\n")
    assert (stretch.hold, stretch.sets, stretch.reps, stretch.per) == (r(20, 30), 2, None, Per.SIDE)


def test_hold_rest_and_repeat_the_cycle_two_more_times() -> None:
    press = only("Prone press-up\nLie on your front and straighten your arms. Hold for 10 seconds, then rest for 10 "
                 "seconds, and repeat the cycle two more times.\n")
    assert (press.hold, press.timing.rest, press.sets, press.reps) == (r(10), r(10), 3, None)


def test_perform_on_alternate_sides() -> None:
    rolls = only("Knee rolls\nLie on your back and roll your knees from side to side. Perform on alternate sides. "
                 "Repeat 10 times.\n")
    assert (rolls.reps, rolls.per) == (r(10), Per.SIDE)


def test_a_table_with_sets_reps_and_rest_columns_and_empty_cells() -> None:
    text = """| Exercise | Sets | Reps | Rest |
|---|---|---|---|
| Dumbbell row | 3 | 8-12 | 60 s |
| Back extension | | 15 | 45 s |
| Face pull | 3 | 15 | |
"""
    result = import_article(text, "table.md", LIBRARY)
    assert result.whole is not None
    row, extension, pull = result.whole.routine.exercises
    assert (row.sets, row.reps, row.timing.rest) == (3, r(8, 12), r(60))
    assert (extension.sets, extension.reps, extension.timing.rest) == (3, r(15), r(45))  # the empty cell: 3
    assert pull.timing.rest == r(60)
    guessed = {g.path[-1]: g.message for g in result.whole.guesses if g.path[3] in (1, 2)}
    assert "the sets cell is empty" in guessed["sets"] and "the rest cell is empty" in guessed["rest"]


def test_a_table_copied_as_one_cell_per_paragraph() -> None:
    # Each cell is a paragraph; an empty cell leaves one more blank line (Bird Dog has no sets).
    text = "Exercise\n\nSets\n\nReps\n\nRest\n\nDumbbell Row\n\n3\n\n10\n\n60 seconds\n\nBird Dog\n\n\n8\n\n" \
           "30 seconds\n\nThat is the whole workout, done twice a week.\n"
    row, bird_dog = routine_of(text).exercises
    assert (row.sets, row.reps, row.timing.rest) == (3, r(10), r(60))
    assert (bird_dog.reps, bird_dog.timing.rest, bird_dog.sets) == (r(8), r(30), 3)  # an empty sets cell


def test_numbered_and_bulleted_lists() -> None:
    routine = routine_of("1. Cat-cow – 10 reps\n2) Bird dog – 8 reps each side\n* Glute bridge: 12 reps\n"
                         "• Child's pose: 30 seconds\n")
    assert [(e.name, e.reps, e.hold) for e in routine.exercises] == [
        ("Cat-cow", r(10), None), ("Bird dog", r(8), None), ("Glute bridge", r(12), None),
        ("Child's pose", None, r(30))]


def test_headings_that_name_blocks() -> None:
    routine = routine_of("Warm-up\nMarch on the spot: 1 minute\n\nMain\n- Squat: 10 reps\n\nBlock 1\n"
                         "- Plank: 20 seconds\n\nCool down\n- Child's pose: 30 seconds\n")
    assert [b.title for b in routine.blocks] == ["Warm-up", "Main", "Block 1", "Cool down"]


def test_a_circuit_each_exercise_for_a_time_rest_and_rounds_with_a_rest_between() -> None:
    routine = routine_of("Core circuit\n\nDo each exercise for 45 seconds, then rest 15 seconds before the next one. "
                         "Complete four circuits with a minute of rest between each.\n\n- Dead bug\n- Glute bridge\n"
                         "- Superman\n")
    block = routine.blocks[0]
    assert (block.rounds, block.rest_between_rounds) == (4, r(60))
    assert [(e.hold, e.timing.between) for e in block.exercises] == [(r(45), r(15))] * 3


def test_repeat_the_circuit_four_to_five_times() -> None:
    routine = routine_of("Circuit\nRepeat the circuit four to five times.\n\n- Squat: 10 reps\n- Plank: 30 seconds\n")
    assert routine.blocks[0].rounds == r(4, 5)


def test_words_as_numbers_thrice_and_two_to_three_times() -> None:
    assert plain_text("Three sets of twenty-five, thrice, two to three times") == \
        "3 sets of 25, 3 times, 2 to 3 times"
    twist = only("Lying knee twist\nLie on your back and let your knees fall to one side. Hold for thirty seconds. "
                 "Repeat two to three times on each side.\n")
    assert (twist.hold, twist.sets, twist.per) == (r(30), r(2, 3), Per.SIDE)
    stretch = only("Seated forward bend\nSit with straight legs and reach for your toes. Hold for half a minute, "
                   "and repeat it thrice.\n")
    assert (stretch.hold, stretch.sets) == (r(30), 3)


@pytest.mark.parametrize(
    ("phrase", "per"),
    [("10 reps per side", Per.SIDE), ("10 reps each leg", Per.LEG), ("10 reps on each arm", Per.ARM),
     ("10 reps, alternating", Per.SIDE), ("3x10/side", Per.SIDE), ("10 reps, then switch legs", Per.LEG),
     ("10 reps. Do the same on the other side", Per.SIDE), ("10 reps for each foot and hand", Per.SIDE)],
)
def test_sides_legs_arms_and_alternating(phrase: str, per: Per) -> None:
    assert read_dose(phrase).per is per


@pytest.mark.parametrize(
    "phrase",
    ["hold a dumbbell in each hand for 10 reps", "the muscles on each side of your spine, 10 reps",
     "lift the opposite arm and leg, 10 reps", "alternate between arching and rounding, 10 reps",
     "10 reps per set"],
)
def test_phrases_that_only_look_one_sided(phrase: str) -> None:
    assert read_dose(phrase).per is None


# -- more of what articles write ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("phrase", "sets", "reps", "hold", "rest"),
    [
        ("3x10", 3, r(10), None, None),
        ("3 × 12 reps", 3, r(12), None, None),
        ("2 x 30 seconds", 2, None, r(30), None),
        ("3 rounds of 30 seconds", 3, None, r(30), None),
        ("10 reps, holding each for 3 seconds", None, r(10), r(3), None),
        ("Stay in this position for about 5 seconds and repeat 5 times", None, r(5), r(5), None),
        ("hold 30 sec, 3 each side", 3, None, r(30), None),
        ("8-10 slow reps", None, r(8, 10), None, None),
        ("Rest 60-90 seconds between sets; 4 sets of 6", 4, r(6), None, r(60, 90)),
        ("a minute and a half", None, None, r(90), None),
        ("30 seconds on, 15 seconds off", None, None, r(30), r(15)),
        ("Reps: 12", None, r(12), None, None),
    ],
)
def test_dose_phrases(phrase: str, sets: object, reps: object, hold: object, rest: object) -> None:
    dose = read_dose(phrase).settle()
    assert (dose.sets, dose.reps, dose.hold, dose.rest) == (sets, reps, hold, rest)


@pytest.mark.parametrize(
    "phrase",
    ["3 times a week", "Allow for 48 to 72 hours of recovery", "walking, about 6-8km every day",
     "By Sam on Jul 08, 2012 10:00 AM", "This 10-minute workout", "within 5 minutes", "a few seconds"],
)
def test_what_is_not_a_dose(phrase: str) -> None:
    dose = read_dose(phrase).settle()
    assert not dose.has_work and dose.rest is None, dose


def test_breaths_hold_a_pose_or_pace_a_move() -> None:
    routine = routine_of("1. **Downward dog** — Hold for 5 breaths.\n2. **Cat-cow** — Flow between the poses for "
                         "10 rounds of breath.\n")
    dog, cat_cow = routine.exercises
    assert (dog.hold, cat_cow.reps) == (r(30), r(10))


# -- forms found in the held-out sets' misses (general rules, each with its own test) -------------------------

def test_a_rest_after_each_circuit_is_the_rest_between_rounds() -> None:
    dose = read_dose("Perform the circuit below 3 times. Rest 90 seconds after each circuit.")
    assert (dose.rounds, dose.round_rest) == (3, r(90))


def test_a_circuit_of_some_minutes_is_still_no_dose() -> None:
    assert read_dose("a 10-minute circuit").round_rest is None


def test_a_bare_count_of_each_part_after_the_name_is_its_reps() -> None:
    ytw = routine_of("Circuit\n\n1. Prone Y-T-W – 5 of each letter\n2. Dead bug – 8 reps\n").exercises[0]
    assert (ytw.name, ytw.reps) == ("Prone Y-T-W", r(5))


def test_a_heading_whose_section_gives_a_dose_is_a_move_whatever_its_first_verb() -> None:
    routine = routine_of("# Core basics\n\n### 1. Dead bug\nLie on your back, arms up.\n**Do:** 2 sets of 8 reps.\n\n"
                         "### 2. Side plank from knees\nProp yourself on one elbow with your knees bent.\n"
                         "**Do:** 3 holds of 15 seconds on each side.\n", "core.md")
    assert [e.name for e in routine.exercises] == ["Dead bug", "Side plank"]  # the library's move, ...
    side = routine.exercises[1]
    assert side.note == "From knees."  # ... done as the article says
    assert (side.sets, side.hold, side.per) == (3, r(15), Per.SIDE)


def test_a_heading_over_a_paragraph_about_another_move_is_not_a_move() -> None:
    routine = routine_of("Exercises\n\n1. Pull-ups\n2. Yoga poses\n\nPull-ups are one of the best exercises for the "
                         "upper back and they work the lats.\n\nFor this exercise, use a bar. Aim for 3 sets of 8 "
                         "reps.\n")
    assert "Yoga poses" not in [e.name for e in routine.exercises]


# -- forms found in the seventh set's misses --------------------------------------------------------------------

@pytest.mark.parametrize("phrase, hold", [("Hold for a count of ten, then relax.", r(10)),
                                          ("holding the top for a count of three", r(3)),
                                          ("hold it and count to 5", r(5))])
def test_a_hold_counted_out_loud_is_seconds(phrase: str, hold: Range) -> None:
    assert read_dose(phrase).hold == hold


@pytest.mark.parametrize("phrase", ["Go through it twice, resting a minute between rounds.",
                                    "Do the whole thing twice"])
def test_going_through_it_all_twice_is_two_rounds(phrase: str) -> None:
    assert read_dose(phrase).rounds == 2


def test_repeat_it_is_still_the_moves_own_repeat() -> None:
    dose = read_dose("repeat it thrice")
    assert (dose.rounds, dose.repeat) == (None, r(3))


def test_a_handout_in_capitals_names_its_moves_in_sentence_case() -> None:
    routine = routine_of("HOME EXERCISES\n\n1) KNEE ROLLS\nLie on your back with your knees bent.\n"
                         "Do this 10 times each side.\n\n2) PELVIC TILT\nLie on your back. Hold for a count of ten.\n"
                         "Repeat 8 times.\n")
    rolls, tilt = routine.exercises
    assert (rolls.name, rolls.reps, rolls.per) == ("Knee rolls", r(10), Per.SIDE)
    assert (tilt.name, tilt.reps, tilt.hold) == ("Pelvic tilt", r(8), r(10))


def test_doses_in_a_parts_heading_are_said_of_all_its_moves() -> None:
    routine = routine_of("# Class\n\n## Warm-up (2 rounds)\n- March on the spot — 1 min\n- Side bends x 8 each side\n\n"
                         "## Main circuit — 3 rounds, 1 min rest between rounds\nWork 40 seconds, rest 20 seconds.\n\n"
                         "1. Glute bridge\n2. Bird dog\n\n## Floor stretches (hold each 30-45 s)\n* Knee hugs\n"
                         "* Figure-4 stretch, both sides\n", "class.md")
    warm, main, floor = routine.blocks
    assert (warm.rounds, main.rounds, main.rest_between_rounds) == (2, 3, r(60))
    assert [(e.hold, e.timing.between) for e in main.exercises] == [(r(40), r(20))] * 2
    assert [(e.name, e.hold, e.per) for e in floor.exercises] == [("Knee hugs", r(30, 45), None),
                                                                  ("Figure-4 stretch", r(30, 45), Per.SIDE)]


def test_as_many_each_way_is_a_move_each_way() -> None:
    """"Arm circles — 10 forwards, 10 backwards": ten forwards, then ten backwards, two moves (as most writers of
    the held-out articles wrote them), never ten sets."""
    routine = routine_of("Warm-up\n\n- Arm circles — 10 forwards, 10 backwards\n")
    assert [(e.name, e.sets, e.reps, e.per, e.note) for e in routine.exercises] == [
        ("Arm circles", 1, r(10), None, "Forwards."), ("Arm circles", 1, r(10), None, "Backwards.")]


def test_seconds_apostrophe_rest_is_a_rest() -> None:
    dose = read_dose("two sets of twelve, with 20 seconds' rest")
    assert (dose.sets, dose.reps, dose.hold, dose.rest) == (2, r(12), None, r(20))


def test_a_work_and_rest_table_rests_after_each_timed_move() -> None:
    routine = routine_of("| Move | Work | Rest |\n|---|---|---|\n| Swimming | 30 sec | 15 sec |\n"
                         "| Single-leg stretch | 40 sec | 20 sec |\n", "t.md")
    assert [(e.hold, e.timing.between) for e in routine.exercises] == [(r(30), r(15)), (r(40), r(20))]


def test_each_stretch_on_the_other_side_and_a_pose_to_rest_in() -> None:
    routine = routine_of("Cool-down\n\nHold each stretch for 30 seconds and repeat on the other side.\n\n"
                         "- Hamstring stretch\n- Rest in child's pose for one minute.\n")
    stretch, pose = routine.exercises
    assert (stretch.hold, stretch.per) == (r(30), Per.SIDE)
    assert (pose.name, pose.hold) == ("Child's pose", r(60))


# -- forms of articles nobody has tuned for (general rules, each with its own test) -------------------------------

@pytest.mark.parametrize(
    ("phrase", "sets", "reps", "hold", "per"),
    [
        ("1 min each side", None, None, r(60), Per.SIDE),
        ("8/side", None, r(8), None, Per.SIDE),
        ("3 x 8 / side", 3, r(8), None, Per.SIDE),
        ("10 reps/side", None, r(10), None, Per.SIDE),
        ("3 x 30 s / side", 3, None, r(30), Per.SIDE),
        ("5 times in each direction", None, r(5), None, Per.SIDE),
        ("2 × 1:00 each side", 2, None, r(60), Per.SIDE),
        ("3 sets of 1:00", 3, None, r(60), None),
        ("x10", None, r(10), None, None),
        ("10x", None, r(10), None, None),
        ("Plank 30s x 3", 3, None, r(30), None),
        ("hold 5 s x 10", None, r(10), r(5), None),
        ("45 secs", None, None, r(45), None),
        ("20 sec", None, None, r(20), None),
        ("30s", None, None, r(30), None),
        ("1 min", None, None, r(60), None),
        ("1:00", None, None, r(60), None),
    ],
)
def test_more_dose_phrases(phrase: str, sets: object, reps: object, hold: object, per: object) -> None:
    dose = read_dose(phrase).settle()
    assert (dose.sets, dose.reps, dose.hold, dose.per) == (sets, reps, hold, per)


def test_a_dumbbell_in_each_hand_is_still_not_a_side() -> None:
    assert read_dose("a dumbbell in each hand, 1 min").per is None


def test_a_last_each_beside_one_move_is_its_sides() -> None:
    assert read_line_dose("2 x 20-30 s each").per is Per.SIDE
    assert read_line_dose("10 each").per is None  # no dose to speak of here; the line's bare count reads it
    plank = only("Core\n\n- Side plank 2 x 20-30 s each\n")
    assert (plank.sets, plank.hold, plank.per) == (2, r(20, 30), Per.SIDE)


def test_a_bare_count_then_each_after_a_name() -> None:
    bird_dog = only("Circuit\n\n- Bird dog: 8 each\n")
    assert (bird_dog.reps, bird_dog.per) == (r(8), Per.SIDE)


def test_a_count_per_side_after_a_name() -> None:
    needle = only("➡️ Thread the needle 8/side\n")
    assert (needle.name, needle.reps, needle.per) == ("Thread the needle", r(8), Per.SIDE)


def test_per_side_in_a_plain_text_table() -> None:
    text = ("Exercise                Sets x Reps          Rest\n"
            "Pallof press            3 x 8 / side         45 s\n"
            "Suitcase carry          3 x 30 s / side      60 s\n"
            "Side plank              2 x 20-30 s each     30 s\n")
    pallof, carry, plank = routine_of(text).exercises
    assert (pallof.sets, pallof.reps, pallof.per, pallof.timing.rest) == (3, r(8), Per.SIDE, r(45))
    assert (carry.sets, carry.hold, carry.per) == (3, r(30), Per.SIDE)
    assert (plank.sets, plank.hold, plank.per, plank.timing.rest) == (2, r(20, 30), Per.SIDE, r(30))


def test_a_second_or_two_and_for_a_second() -> None:
    assert read_dose("Pause for a second or two, then switch.").hold == r(1, 2)
    assert read_dose("hold for a second").hold == r(1)
    assert not read_dose("a second set").has_work


@pytest.mark.parametrize("phrase", ["30 seconds on, 15 off", "30s on / 15s off", "30 on, 15 off",
                                    "30 seconds work, 15 seconds rest"])
def test_interval_work_on_and_off(phrase: str) -> None:
    dose = read_dose(phrase)
    assert (dose.hold, dose.rest) == (r(30), r(15))


def test_intervals_said_of_a_circuit_are_every_moves_work_and_rest() -> None:
    block = routine_of("Intervals\n\n30 seconds on, 15 off, 3 rounds:\n- Mountain climbers\n- Glute bridge\n").blocks[0]
    assert block.rounds == 3
    assert [(e.hold, e.timing.between) for e in block.exercises] == [(r(30), r(15))] * 2


@pytest.mark.parametrize(("phrase", "rounds"), [("EMOM 10 min", 10), ("10-minute EMOM", 10), ("E2MOM 12 minutes", 6),
                                                ("Complete the circuit 2x.", 2), ("repeat the circuit x3", 3)])
def test_clocked_and_x_rounds(phrase: str, rounds: int) -> None:
    dose = read_dose(phrase)
    assert (dose.rounds, dose.hold) == (rounds, None)


def test_an_amrap_time_is_no_hold() -> None:
    dose = read_dose("AMRAP 12 minutes")
    assert not dose.has_work and dose.rounds is None


def test_an_emom_heading_gives_its_block_rounds_and_minute_labels_are_not_names() -> None:
    block = routine_of("## EMOM 10 minutes\n\n- Minute 1: 12 kettlebell swings\n- Minute 2: 30 s plank\n",
                       "emom.md").blocks[0]
    assert block.rounds == 5  # ten minutes, the two moves taking turns: five rounds of a minute each
    assert [(e.name, e.reps, e.hold) for e in block.exercises] == [("Kettlebell swings", r(12), None),
                                                                   ("Plank", None, r(30))]


@pytest.mark.parametrize("phrase", ["tempo 3-1-1", "3-1-1 tempo", "tempo 3010"])
def test_a_tempo_is_no_dose(phrase: str) -> None:
    dose = read_dose(f"3 x 8, {phrase}")
    assert (dose.sets, dose.reps, dose.hold, dose.rest) == (3, r(8), None, None)


def test_superset_labels_a1_a2_are_not_names() -> None:
    routine = routine_of("A1. Lat pulldown 3 x 10-12\nA2. Band pull-aparts 3 x 15\nB1) Dumbbell row 3 x 10/arm, "
                         "tempo 3-1-1\n", "gym.md")
    # A1/A2 are one superset: its 3 sets are the block's rounds; B1 alone keeps its sets
    assert [(b.title, b.rounds) for b in routine.blocks] == [("A", 3), ("B", 1)]
    assert [(e.name, e.sets, e.reps, e.per) for e in routine.exercises] == [
        ("Lat pulldown", 1, r(10, 12), None), ("Band pull-aparts", 1, r(15), None), ("Dumbbell row", 3, r(10), Per.ARM)]


def test_a_videos_timestamped_chapters_are_not_durations() -> None:
    routine = routine_of("TIMESTAMPS\n0:00 Intro\n0:45 Cat-cow x 10\n2:10 Child's pose – hold 30 sec\n"
                         "3:30 Bird dog 8/side\n(5:05) Glute bridge 2 x 12\n")
    assert [(e.name, e.sets, e.reps, e.hold) for e in routine.exercises] == [
        ("Cat-cow", 1, r(10), None), ("Child's pose", 1, None, r(30)), ("Bird dog", 1, r(8), None),
        ("Glute bridge", 2, r(12), None)]


def test_a_time_before_a_name_is_still_a_dose_when_it_is_no_chapter() -> None:
    assert only("Cool down\n\n1:00 child's pose\n").hold == r(60)


def test_bold_names_of_paragraphs_under_a_first_person_intro() -> None:
    text = ("# My morning routine\n\nI've worked at a desk for years, and my physio gave me this. Here it is, exactly "
            "as I do it.\n\n**Pelvic clocks.** Lying on your back with knees bent, imagine a clock on your belly and "
            "gently tilt your\npelvis to 12, 3, 6 and 9 o'clock. Go round the clock five times in each direction.\n\n"
            "**Open book.** Lie on your side with your knees stacked and arms out in front. Open the top arm across "
            "to the\nother side, and hold for 5 seconds. Do this 10 times each side.\n\n**Bird dog.** On all fours, "
            "reach the opposite arm and leg out long. Pause for a second or two, then switch.\nAim for 8 on each "
            "side.\n\nRepeat the whole sequence twice.\n")
    routine = routine_of(text, "blog.md")
    clocks, book, bird_dog = routine.exercises
    assert (clocks.name, clocks.reps, clocks.per) == ("Pelvic clocks", r(5), Per.SIDE)
    assert clocks.instructions is not None and clocks.instructions.startswith("Lying on your back")
    assert (book.name, book.reps, book.hold, book.per) == ("Open book", r(10), r(5), Per.SIDE)
    assert (bird_dog.name, bird_dog.reps, bird_dog.hold, bird_dog.per) == ("Bird dog", r(8), r(1, 2), Per.SIDE)
    assert routine.blocks[0].rounds == 2


def test_bold_labels_of_a_paragraph_are_not_moves() -> None:
    routine = routine_of("### Dead bug\nLie on your back, arms up.\n**Do:** 2 sets of 8 reps.\n**Cue:** Keep your "
                         "lower back on the floor and move slowly throughout the whole set.\n", "core.md")
    assert [e.name for e in routine.exercises] == ["Dead bug"]


def test_html_paragraphs_with_a_strong_name_first() -> None:
    routine = routine_of("<html><body><h1>Routine</h1><p><strong>Cobra.</strong> Roll onto your front, hands under "
                         "your shoulders, and gently press your chest up. Six reps.</p><p><b>Knee rolls:</b> Lie on "
                         "your back and let your knees fall to one side, then the other. Do this 10 times each side."
                         "</p></body></html>", "r.html")
    cobra, rolls = routine.exercises
    assert (cobra.name, cobra.reps) == ("Cobra", r(6))
    assert (rolls.name, rolls.reps, rolls.per) == ("Knee rolls", r(10), Per.SIDE)


def test_a_long_handout_paragraph_that_starts_with_its_name() -> None:
    text = ("Pelvic tilt. Lie on your back with your knees bent and your feet flat on the floor, tighten your "
            "stomach muscles and press your lower back into the floor, then relax. Hold for about 6 seconds while you "
            "breathe smoothly. Repeat 8 to 12 times.\n")
    tilt = only(text)
    assert (tilt.name, tilt.reps, tilt.hold) == ("Pelvic tilt", r(8, 12), r(6))


def test_html_definition_lists_are_a_name_and_its_dose() -> None:
    routine = routine_of("<html><body><h1>Desk stretches</h1><dl><dt>Chin tuck</dt><dd>10 reps, hold each for 3 "
                         "seconds</dd><dt>Seated twist</dt><dd>Hold 20 seconds each direction</dd></dl></body></html>",
                         "d.html")
    assert [(e.name, e.reps, e.hold, e.per) for e in routine.exercises] == [
        ("Chin tuck", r(10), r(3), None), ("Seated twist", None, r(20), Per.SIDE)]


def test_patient_education_repeat_and_sets_a_day() -> None:
    clam = only("Clamshell\nLie on your side, with your hips and knees bent and your feet together. Keeping your "
                "feet together, raise your top knee. Repeat 10 times. Do 2 sets a day.\n")
    assert (clam.reps, clam.sets) == (r(10), 2)


def test_a_short_hold_with_a_rest_repeated_many_times_is_reps() -> None:
    dose = read_dose("Hold for about 6 seconds, then lower and rest for up to 10 seconds. Repeat 8 to 12 times.")
    settled = dose.settle()
    assert (settled.reps, settled.hold, settled.sets) == (r(8, 12), r(6), None)


def test_a_converted_pdf_page_numbers_and_hyphenated_words() -> None:
    # A move the exercise library does not hold, so the article's own words become its instructions.
    text = ("HOME EXERCISES                                  Page 1 of 2\n\n1. Prone hip rotation\nLying on your "
            "stomach, bend one knee and let the foot fall slowly out to the side, keeping your hips on "
            "the floor. Hold 5 sec-\nonds. Repeat 10 times.\n\nPage 2 of 2\n")
    result = import_article(text, "handout.txt", LIBRARY)
    assert result.whole is not None
    rotation = result.whole.routine.exercises[0]
    assert (rotation.name, rotation.reps, rotation.hold) == ("Prone hip rotation", r(10), r(5))
    assert "Page" not in result.whole.routine.title
    assert rotation.instructions is not None and "5 seconds" in rotation.instructions


def test_a_dose_on_the_indented_line_under_a_list_item() -> None:
    routine = routine_of("Quick core\n\n- Plank\n  3 x 30s\n- Bird dog\n  3 x 10 each side\n", "q.md")
    assert [(e.name, e.sets, e.reps, e.hold, e.per) for e in routine.exercises] == [
        ("Plank", 3, None, r(30), None), ("Bird dog", 3, r(10), None, Per.SIDE)]


def test_a_physiotherapists_email_of_sentences_and_its_signature() -> None:
    text = ("Hi Alex,\n\nThanks for coming in. For the next two weeks I'd like you to do the following every "
            "morning.\n\nStart with 10 pelvic tilts, holding each for 5 seconds. Then do 2 sets of 12 glute bridges. "
            "Finish by resting in child's pose for 1 minute.\n\nIf the pain spreads down your leg, stop and give me "
            "a call.\n\nBest,\nChris\n")
    routine = routine_of(text, "email.txt")
    assert [(e.name, e.sets, e.reps, e.hold) for e in routine.exercises] == [
        ("Pelvic tilts", 1, r(10), r(5)), ("Glute bridges", 2, r(12), None), ("Child's pose", 1, None, r(60))]


def test_a_physiotherapists_email_of_lines() -> None:
    text = ("Hi Sam,\n\nAs discussed, here is your home programme:\n\nPelvic tilts - 10 reps, twice a day\n"
            "Knee rolls - 10 each side\nBridges x 12, hold 3 secs at the top, 2 sets\n\nKind regards,\nJo "
            "(Physiotherapist)\n")
    assert [(e.name, e.sets, e.reps, e.hold, e.per) for e in routine_of(text).exercises] == [
        ("Pelvic tilts", 1, r(10), None, None), ("Knee rolls", 1, r(10), None, Per.SIDE),
        ("Bridges", 2, r(12), r(3), None)]


@pytest.mark.parametrize(("line", "hold"), [("Breathing with a neutral spine: ten slow breaths.", r(60)),
                                            ("Knees to chest — 8 deep breaths.", r(48)),
                                            ("Child's pose: 5 breaths", r(30))])
def test_slow_breaths_alone_or_in_a_pose_are_a_hold(line: str, hold: Range) -> None:
    move = only(f"Activation\n\n- {line}\n")
    assert (move.reps, move.hold) == (None, hold)


def test_breaths_that_pace_a_move_are_its_reps() -> None:
    cat_cow = only("1. **Cat-cow** — 10 rounds, moving with the breath.\n")
    assert (cat_cow.reps, cat_cow.hold) == (r(10), None)


def test_a_rep_held_for_breaths() -> None:
    cobra = only("Cobra\nRoll onto your front and gently press your chest up. Hold for 2 to 3 breaths and lower. "
                 "Six reps.\n")
    assert (cobra.reps, cobra.hold) == (r(6), r(12, 18))


def test_how_a_move_is_done_before_its_name_is_not_the_name() -> None:
    routine = routine_of("Warm-up: 5 minutes on the rower, then 10 bodyweight good mornings.\n\nCool down\n\n"
                         "- 5 minutes of easy walking\n")
    mornings, walking = routine.exercises[1:]
    assert (mornings.name, mornings.reps, mornings.note) == ("Good mornings", r(10), "Bodyweight.")
    assert walking.name.lower().endswith("walking") and walking.hold == r(300)
    assert Matcher(LIBRARY).find(walking.name).entry is not None  # the library's Walking, with its instructions


def test_the_last_rest_of_a_work_and_rest_table_ends_the_round() -> None:
    result = import_article("### Timed set (repeat the sequence 3 times)\n\n| Move | Work | Rest |\n|---|---|---|\n"
                            "| Swimming | 30 sec | 30 sec |\n| Side-lying leg lift | 30 sec | 15 sec |\n", "t.md",
                            LIBRARY)
    assert result.whole is not None
    block = result.whole.routine.blocks[0]
    assert (block.rounds, block.rest_between_rounds) == (3, r(15))
    assert any(g.path == ("blocks", 0, "rest_between_rounds") for g in result.whole.guesses)  # a guess, marked


def test_a_rest_cut_to_a_time_is_a_rest() -> None:
    """"cut your rest to 30 seconds", "reduce rest to 45 s": a rest, not a hold."""
    assert read_dose("cut your rest to 30 seconds").rest == r(30)
    assert read_dose("reduce rest to 45 s").hold is None


def test_times_a_day_is_how_often_not_how_many() -> None:
    """A physiotherapist's "Repeat x 10, 3 x daily", "Repeat 10 times each way, 2 x a day": 10 reps; the rest is
    how often."""
    daily = read_dose("Repeat x 10, 3 x daily.").settle()
    assert (daily.reps, daily.sets) == (r(10), None)
    each_way = read_dose("Repeat 10 times each way, 2 x a day.").settle()
    assert (each_way.reps, each_way.sets, each_way.per) == (r(10), None, Per.SIDE)
    assert read_dose("Continue for 1 minute. 3 x daily.").settle().sets is None
    assert read_dose("3 x 10").sets == 3


def test_going_through_a_section_twice_is_two_rounds() -> None:
    assert read_dose("Go through this section twice.").rounds == 2
    assert read_dose("Repeat the block 3 times").rounds == 3


def test_a_rest_said_with_maybe_is_a_rest() -> None:
    """"2 x 12 or so, resting maybe a minute between": the rest between sets, not a hold."""
    dose = read_dose("a couple of sets of glute bridges, 2 x 12 or so, resting maybe a minute between")
    assert (dose.sets, dose.reps, dose.hold, dose.rest) == (2, r(12), None, r(60))


def test_an_easy_walk_is_walking() -> None:
    """"Then 5 min easy walk": the library's Walking (its instructions come with it), for 5 minutes."""
    walk = routine_of("Cool-down\n\nHip flexor stretch, 45 sec each side. Then 5 min easy walk.\n").exercises[-1]
    assert walk.hold == r(300) and walk.instructions is None
    found = Matcher(LIBRARY).find(walk.name).entry
    assert found is not None and found.name == "Walking"


def test_an_emoms_minutes_taken_in_turns_are_rounds_of_all_the_moves() -> None:
    """"EMOM × 6 min: odd minutes – 12 kettlebell swings, even minutes – 30 s front plank": 3 rounds, not 6."""
    text = "FINISHER: EMOM × 6 min\n    odd minutes  – 12 kettlebell swings\n    even minutes – 30 s front plank\n"
    block = routine_of(text, "p.txt").blocks[0]
    assert (block.rounds, [e.name for e in block.exercises]) == (3, ["Kettlebell swings", "Front plank"])


def test_no_rest_said_of_a_circuit_is_a_rest_of_nothing() -> None:
    """"Warm-up (2 rounds, no rest)": straight into the next round; "no rest between exercises"."""
    assert (read_dose("2 rounds, no rest").round_rest, read_dose("no rest between exercises").between) == (
        Range(0, 0), Range(0, 0))
    assert read_dose("take no rest days").round_rest is None and read_dose("hold with no pause").rest is None


def test_another_count_after_a_rest_is_a_second_set() -> None:
    """A leaflet's "Do 10. Rest for a minute, then do another 10.": 2 sets of 10 with a minute's rest."""
    dose = read_dose("Do 10. Rest for a minute, then do another 10.").settle()
    assert (dose.sets, dose.reps, dose.rest) == (2, r(10), r(60))
    assert read_dose("then walk another 10 metres").sets is None


def test_what_a_rest_comes_between_said_before_it() -> None:
    """"Between exercises, rest 30 seconds." is the rest before the next move, as "Rest 30 seconds between
    exercises." is; a translated page's "repose" is a rest; "After each round take a 2 minute rest." is the rest
    between rounds; a rest with nothing said before it stays the rest between sets."""
    assert read_dose("Between exercises, rest 30 seconds.").between == r(30)
    assert read_dose("Between each exercise repose 30 seconds.").between == r(30)
    assert read_dose("After each round take a 2 minute rest.").round_rest == r(120)
    assert read_dose("Between sets, rest 45 s.").rest == r(45)
    assert read_dose("Bridge 3 x 10. Rest 30 s.").rest == r(30)


def test_a_hold_in_seconds_then_a_rest_in_the_next_sentence() -> None:
    """"Hold at the top for 2 seconds. 30 seconds' rest between sets.": a hold of 2 s and a rest of 30 s, not one
    time of "2 seconds 30 seconds" (two units make one time only after minutes: "1 minute 30 seconds"); "hold for
    2 seconds. Rest 30 seconds." is a hold too, the unit's full stop ending its sentence."""
    dose = read_dose("2 sets of 8, hold at the top for 2 seconds. 30 seconds' rest between sets.")
    assert (dose.sets, dose.reps, dose.hold, dose.rest) == (2, r(8), r(2), r(30))
    assert (read_dose("hold for 2 seconds. Rest 30 seconds.").hold, read_dose("1 minute 30 seconds").hold) == (
        r(2), r(90))
    assert read_dose("2 min and 15 s").hold == r(135)


def test_the_same_count_said_for_each_side_in_turn() -> None:
    """A dance handout's "8 with the right leg, 8 with the left": eight reps a leg; "10 on the right, 10 on the left"
    ten a side; different counts for each side ("8 on the right, 6 on the left") are no such dose."""
    assert (read_dose("8 with the right leg, 8 with the left.").reps, read_dose("8 with the right leg, 8 with the "
                                                                               "left.").per) == (r(8), Per.LEG)
    assert (read_dose("10 on the right, 10 on the left").reps, read_dose("10 on the right, 10 on the left").per) == (
        r(10), Per.SIDE)
    assert read_dose("8 on the right, 6 on the left").reps is None


def test_the_time_to_move_to_the_next_station_is_the_rest_between_moves() -> None:
    """A swim squad's circuit: "30 seconds work on each exercise, 15 seconds to move to the next station, and 1
    minute rest after each round": 15 s between the moves, a minute between rounds."""
    dose = read_dose("30 seconds work on each exercise, 15 seconds to move to the next station, and 1 minute rest "
                     "after each round.")
    assert (dose.between, dose.round_rest) == (r(15), r(60))


def test_e_s_is_each_side_and_e_a_each_arm() -> None:
    """A printed programme's "3 x 10 e/s"; a gym card's "10 e/a" (each arm) and "8 e/l" (each leg)."""
    assert read_dose("3 x 10 e/s").per is Per.SIDE
    assert (read_dose("3 x 10 e/a").per, read_dose("3 x 10 e/a").reps) == (Per.ARM, r(10))
    assert read_dose("8 e/l").per is Per.LEG


def test_a_few_reps_of_a_long_hold_are_sets_of_it() -> None:
    """A health system's "Hold: 30 seconds / Repetitions: 3": three 30-second holds; "Reps: 12, Hold: 3 sec" stays
    twelve reps each held."""
    long = read_dose("Hold: 30 seconds. Repetitions: 3").settle()
    assert (long.sets, long.reps, long.hold) == (3, None, r(30))
    short = read_dose("Reps: 12. Hold: 3 sec").settle()
    assert (short.sets, short.reps, short.hold) == (None, r(12), r(3))


def test_a_hold_then_a_rest_then_many_repeats_is_sets_of_the_hold_with_the_rest_after_each() -> None:
    """A clinic's "Hold about 6 seconds, then slowly lower and rest for 10 seconds. Repeat 8 to 12 times.": the rest
    comes after every hold, so each hold is a set (the rest between sets is the rest said); a rest that is only a
    most ("rest for up to 10 seconds", above) leaves them reps."""
    settled = read_dose("Hold about 6 seconds, and then slowly lower your hips to the floor and rest for 10 seconds. "
                        "Repeat 8 to 12 times.").settle()
    assert (settled.sets, settled.reps, settled.hold, settled.rest) == (Range(8, 12), None, r(6), r(10))
    table = read_dose("6/side, 8 s hold").merged(read_dose("rest 30 s")).settle()
    assert (table.sets, table.reps) == (None, r(6))  # a table's Rest column is no cycle


def test_sets_of_many_m_are_metres_and_a_tilde_is_about() -> None:
    """"Suitcase carries 3 x 40m": three carries of 40 metres, not 40 minutes; "2 x 5m" stays minutes; "Rest ~60s
    between sets" is a rest of about a minute."""
    carry = read_dose("3 x 40m")
    assert (carry.sets, carry.hold) == (3, None)
    assert read_dose("2 x 5m").hold == r(300)
    assert read_dose("Rest ~60s between sets.").rest == r(60)


def test_a_poses_breaths_said_alone_are_its_hold() -> None:
    """"Low lunge: 5 breaths each side", "Happy baby: 10 breaths": poses held about 6 s a breath; "flow between the
    poses for 10 breaths" paces a movement."""
    lunge, baby = routine_of("Yoga\n\n1. Low lunge: 5 breaths each side\n2. Happy baby: 10 breaths\n").exercises
    assert (lunge.reps, lunge.hold, lunge.per) == (None, r(30), Per.SIDE)
    assert (baby.reps, baby.hold) == (None, r(60))
    assert read_dose("flow between the poses for 10 breaths").breath_hold is False


def test_a_count_in_all_with_its_half_each_way_in_brackets() -> None:
    """"Lower trunk rotation x 10 (5 each way)": five each way, one set — the five is not a number of sets."""
    dose = read_line_dose("x 10 (5 each way)").settle()
    assert (dose.sets, dose.reps, dose.per) == (None, r(5), Per.SIDE)


# -- forms found in the eleventh set's misses -------------------------------------------------------------------

@pytest.mark.parametrize("cell, sets, reps, hold", [("1 × 10, 10-s hold", 1, r(10), r(10)),
                                                    ("2 × 10, 3-s hold", 2, r(10), r(3)),
                                                    ("3 × 8 each side, 5-s hold", 3, r(8), r(5))])
def test_a_hyphenated_hold_after_the_reps_is_each_reps_hold(cell: str, sets: int, reps: Range, hold: Range) -> None:
    dose = read_line_dose(cell)
    assert (dose.sets, dose.reps, dose.hold) == (sets, reps, hold)


@pytest.mark.parametrize("phrase", ["Rest intervals of 30 s between sets and 60 s between exercises were used.",
                                    "Rest 30 s between sets and 60 s between exercises."])
def test_each_rest_is_the_one_it_is_said_beside(phrase: str) -> None:
    dose = read_dose(phrase)
    assert (dose.rest, dose.between, dose.hold) == (r(30), r(60), None)


def test_a_rest_before_the_next_movement_is_between_moves_and_a_rest_timer_is_a_rest() -> None:
    assert read_dose("then 1:00 rest before the next movement").between == r(60)
    assert read_dose("rest timer was 60 sec on everything").rest == r(60)


@pytest.mark.parametrize("phrase, sets", [("30 seconds each side, then repeat both sides once more.", 2),
                                          ("we'll hold this for thirty seconds and then do that one more time", 2)])
def test_once_more_is_one_more_time(phrase: str, sets: int) -> None:
    assert read_dose(phrase).settle().sets == sets


@pytest.mark.parametrize("phrase, kind, value", [("roll your shoulders for the whole minute", "hold", r(60)),
                                                 ("take a full minute between rounds", "round_rest", r(60)),
                                                 ("3 RFQ (rounds for quality)", "rounds", 3),
                                                 ("3 RFT", "rounds", 3),
                                                 ("3 rds, 30s on 15s off", "rounds", 3),
                                                 ("4 rnds", "rounds", 4)])
def test_a_full_minute_and_rounds_for_quality(phrase: str, kind: str, value: object) -> None:
    assert getattr(read_dose(phrase), kind) == value


def test_the_sixes_and_the_fours_of_a_pyramid_are_not_seconds() -> None:
    dose = read_dose("take a full minute between rounds (between the 6s and the 4s, and between the 4s and the 2s)")
    assert dose.hold is None and dose.round_rest == r(60)


@pytest.mark.parametrize("phrase", ["Do 6, then 4, then 2, with a short breather between",
                                    "10 sec holds, same 6-4-2 pyramid each side",
                                    "6 reps, rest, 4 reps, rest, 2 reps – each held for 10 seconds",
                                    "The same pyramid – six, four and two reps with 10-second holds"])
def test_a_descending_pyramid_of_one_move_is_its_steps(phrase: str) -> None:
    dose = read_dose(phrase)
    assert (dose.reps, dose.steps) == (r(6), (6, 4, 2))


@pytest.mark.parametrize("phrase", ["tempo 3-2-1", "you can add a set at the top (8-6-4-2)", "do 10, 8, 6",
                                    "3 sets of 10-12 reps", "Do 2, then 4, then 6 reps"])
def test_a_tempo_a_list_or_a_rising_ladder_is_no_pyramid(phrase: str) -> None:
    assert read_dose(phrase).steps == ()


def test_a_sides_half_in_brackets_after_a_word_or_two() -> None:
    dose = read_line_dose("2 x 10 (alternating, so 5 each side)")
    assert (dose.sets, dose.reps, dose.per) == (2, r(5), Per.SIDE)


def test_a_cards_labelled_rounds_and_rest_between_them() -> None:
    dose = read_dose("Rounds: 3 · Rest between rounds: 2 min")
    assert (dose.rounds, dose.round_rest, dose.hold) == (3, r(120), None)
    assert read_dose("Rest between sets: 30 s").rest == r(30)


def test_what_one_round_is_is_not_how_many_and_a_time_at_each_station_is_every_moves() -> None:
    """"When you've done all five stations, that's one round."; "You work for 30 SECONDS at each station.";
    "then go round a SECOND time": two rounds."""
    assert read_dose("When you've done all five stations, that's one round. Take a 2-minute break").rounds is None
    dose = read_dose("You work for 30 SECONDS at each station.")
    assert (dose.each_hold, dose.hold) == (r(30), None)
    assert read_dose("we rest for 2 minutes (drink of water) and then go round a SECOND time.").rounds == 2


def test_what_one_rep_is_is_not_how_many() -> None:
    dose = read_dose("lift one foot, set it down, and lift the other. That's one rep. Do 3 sets of 8 marches each leg")
    assert (dose.sets, dose.reps) == (3, r(8))


def test_a_sides_half_in_brackets_is_read_in_a_description_too() -> None:
    routine = routine_of("## Dead Bug\n\nLie faceup with arms up. Lower your right arm and left leg, return, and "
                         "switch. Do 3 sets of 12 (6 per side).\n\n## Bird Dog\n\nOn all fours, reach one arm "
                         "forward. Do 2 sets of 10 (5 per side).\n", "slides.md")
    assert [(e.sets, e.reps) for e in routine.exercises] == [(3, r(6)), (2, r(5))]


def test_how_a_counted_move_is_done_after_a_comma_is_not_its_name() -> None:
    routine = routine_of("Warm-up\n- 5 cat-cows, slow and smooth\n- 10 pelvic tilts\n")
    cat_cow = routine.exercises[0]
    assert (cat_cow.name, cat_cow.reps, cat_cow.note) == ("Cat-cows", r(5), "Slow and smooth.")


def test_where_the_other_leg_rests_is_not_a_second_side_and_slow_cycles_are_reps() -> None:
    assert read_dose("lie on your back, one knee bent and the other leg straight").per is None
    assert read_dose("hold, then switch to the other leg").per is Per.LEG
    assert read_dose("6–8 slow cycles").reps == r(6, 8)
    assert read_dose("5 cycles of breath").reps is None


def test_no_rest_said_bare_or_of_the_moves_is_a_rest_of_nothing_read() -> None:
    """"Bird dog 3 x 10, no rest": no rest between its sets; "do the moves without rest", "no break between
    exercises": none between the moves; "no rest between rounds": none between rounds — each read, not guessed;
    "no rest days" and "no rest is needed" are no dose."""
    assert read_line_dose("Bird dog 3 x 10, no rest").rest == Range(0, 0)
    assert read_dose("without rest").rest == Range(0, 0)
    assert read_dose("go through the moves without a break").between == Range(0, 0)
    assert read_dose("no break between exercises").between == Range(0, 0)
    assert read_dose("with no rest in between sets").rest == Range(0, 0)
    assert read_dose("no rest between rounds").round_rest == Range(0, 0)
    for said in ("take no rest days", "no rest is needed"):
        dose = read_dose(said)
        assert (dose.rest, dose.between, dose.round_rest) == (None, None, None)
    routine = routine_of("- Bird dog 3 x 10 each side, no rest\n- Plank 3 x 30 s, rest 30 s\n", "p.txt")
    bird_dog, plank = routine.exercises
    assert (bird_dog.sets, bird_dog.timing.rest, plank.timing.rest) == (3, Range(0, 0), Range(30, 30))
    result = import_article("- Bird dog 3 x 10 each side, no rest\n- Plank 3 x 30 s\n", "p.txt", LIBRARY)
    assert result.whole is not None
    assert not any(path[-1] == "rest" and path[3] == 0 for path in (g.path for g in result.whole.guesses))


def test_a_trainers_shorthand_sets_by_reps_then_a_rest_after_a_dash() -> None:
    """A chat's "Band row 3x12 – 45s rest": 3 sets of 12 and 45 s of rest, not a rest of 12-45 s; "2 x 30s e/s"
    is 2 sets of 30 s each side; a range after the "x" without spaces is still a range ("2 x 20-30 s")."""
    row = read_line_dose("3x12 – 45s rest")
    assert (row.sets, row.reps, row.rest) == (3, Range(12, 12), Range(45, 45))
    carry = read_line_dose("2 x 30s e/s")
    assert (carry.sets, carry.hold, carry.per) == (2, Range(30, 30), Per.SIDE)
    assert read_line_dose("2 x 20-30 s").hold == Range(20, 30)
    assert read_line_dose("3 x 10 - 12 reps").reps == Range(10, 12)


def test_each_side_of_a_one_leg_move_is_each_leg() -> None:
    """"SL glute bridge 10 e/s": the library's single-leg glute bridge is done a leg at a time, so its sides are
    legs; a move the library does per side keeps "side"."""
    bridge, bird_dog = routine_of("- SL glute bridge 10 e/s\n- Bird dog 8 e/s\n", "chat.txt").exercises
    assert (bridge.reps, bridge.per) == (Range(10, 10), Per.LEG)
    assert bird_dog.per is Per.SIDE


def test_primes_are_seconds_and_minutes() -> None:
    """A coach's `″` and `′` ("rest 90″", "Child's pose — 1′", "2×30″/side"): seconds and minutes, never reps."""
    assert read_dose("rest 90″").rest == Range(90, 90)
    assert read_line_dose("2×30″/side").hold == Range(30, 30)
    assert read_line_dose("2×30″/side").reps is None
    assert read_line_dose("1′").hold == Range(60, 60)
    assert read_dose("rest 60–90″").rest == Range(60, 90)


def test_a_number_word_alone_after_a_listed_name_is_its_reps_with_a_cue_after_it() -> None:
    """"Glute bridge -- twelve, squeezing your bum at the top.": 12 reps, the rest a cue."""
    bridge, bird_dog = routine_of("Main\n\n- Glute bridge -- twelve, squeezing your bum at the top.\n"
                                  "- Bird dog -- 6 each side\n").exercises
    assert (bridge.name, bridge.reps, bridge.per) == ("Glute bridge", r(12), None)
    assert (bird_dog.reps, bird_dog.per) == (r(6), Per.SIDE)


def test_an_amrap_of_seconds_is_one_moves_timed_work_and_of_minutes_no_dose() -> None:
    """"Superman — AMRAP 60s": as many reps as fit in a minute is a minute of work; "AMRAP 10 min" is a circuit's
    time, never a hold."""
    assert read_line_dose("AMRAP 60s").settle().hold == r(60)
    assert read_line_dose("AMRAP 45 seconds").settle().hold == r(45)
    assert read_dose("AMRAP 10 min").settle().hold is None


@pytest.mark.parametrize("phrase, kind, value", [
    ("Do the whole circuit 3 rounds. 20 sec between exercises, 90 sec between rounds.", "between", r(20)),
    ("Do the whole circuit 3 rounds. 20 sec between exercises, 90 sec between rounds.", "round_rest", r(90)),
    ("3 sets of 10, 60 s between sets", "rest", r(60)),
    ("hold 30 s between sets", "hold", r(30))])
def test_a_time_that_opens_a_clause_and_comes_between_things_is_a_rest(phrase: str, kind: str, value: Range) -> None:
    assert getattr(read_dose(phrase).settle(), kind) == value


@pytest.mark.parametrize("phrase, sets", [
    ("Repeat 5-8 times. Rest for a minute, then do a second set if you feel able.", 2),
    ("Do 10. Rest, then add a third set.", 3), ("Hold 30 s, then do another set.", 2),
    ("Same as week 1, but add another set", None)])
def test_a_second_or_third_set_said_by_its_number_is_that_many_sets(phrase: str, sets: int | None) -> None:
    """"add another set" to a week's plan is one more than that week's: read where weeks are, never 2 sets here."""
    assert read_dose(phrase).settle().sets == sets


# -- round twelve: a phone note's shorthand and a word processor's fractions ------------------------------------

@pytest.mark.parametrize(("phrase", "sets", "reps", "per"), [
    ("8 ea alt x2", 2, r(8), Per.SIDE),
    ("15 ea", None, r(15), Per.SIDE),
    ("8 each side x2", 2, r(8), Per.SIDE),
    ("10 reps x 3", 3, r(10), None),
    ("x10", None, r(10), None),
])
def test_ea_is_each_side_and_an_x_after_the_count_is_its_sets(phrase: str, sets: int | None, reps: Range,
                                                               per: Per | None) -> None:
    dose = read_dose(phrase).settle()
    assert (dose.sets, dose.reps, dose.per) == (sets, reps, per)


@pytest.mark.parametrize(("phrase", "hold", "rest"), [
    ("2½ minutes", r(150), None),
    ("hold for ¾ minute", r(45), None),
    ("do 2 sets with ½ minute’s rest between them", None, r(30)),
    ("¼ minute", r(15), None),
])
def test_a_word_processors_fractions_are_read(phrase: str, hold: Range | None, rest: Range | None) -> None:
    dose = read_dose(phrase)
    assert (dose.hold, dose.rest) == (hold, rest)


def test_a_phone_notes_shorthand_reads_initials_abbreviations_and_a_bare_count_after_a_name() -> None:
    exercises = routine_of("back routine\n- cat cow x10 slow\n- pelvic tilts 12, hold 3s at top\n"
                           "- BD 8 ea alt x2 (dont rush it)\n- SL bridge 8 ea x3\n- clams 15 ea\n"
                           "- iso hold side plank from knees 20s x3 ea\n- piriformis str 30s x2 ea\n").exercises
    found = [(Matcher(LIBRARY).find(e.name).entry, e.sets, e.reps, e.hold, e.per) for e in exercises]
    assert [(entry.name if entry else None, sets, reps, hold, per) for entry, sets, reps, hold, per in found] == [
        ("Cat-cow", 1, r(10), None, None),
        ("Pelvic tilt", 1, r(12), r(3), None),
        ("Bird dog", 2, r(8), None, Per.SIDE),
        ("Single-leg glute bridge", 3, r(8), None, Per.LEG),
        ("Clamshells", 1, r(15), None, Per.SIDE),
        ("Side plank", 3, None, r(20), Per.SIDE),
        ("Lying glute stretch", 2, None, r(30), Per.SIDE),
    ]


def test_initials_are_read_only_for_one_library_move_and_a_count_after_a_name_only_for_a_library_move() -> None:
    matcher = Matcher(LIBRARY)
    assert matcher.find("BD").entry is not None and matcher.find("BD").entry.name == "Bird dog"
    assert matcher.find("SP").entry is None  # plank, side plank, sphinx: whose initials?
    assert matcher.find("bd").entry is None  # a lower-case word is no set of initials
    names = [e.name for e in routine_of("Plan\n- Week 3\n- clams 15\n- glute bridge 10\n").exercises]
    assert "Week" not in names


def test_initials_are_a_moves_own_name_and_never_a_common_word_in_capitals() -> None:
    matcher = Matcher(LIBRARY)
    for word in ("PT", "DR", "OR", "ALL", "PS", "BW", "CM"):  # a physiotherapist, a doctor, a word, body weight …
        assert matcher.find(word).entry is None, word
    assert matcher.find("LPS").entry is None  # an alias's initials ("lying piriformis stretch"): nobody writes them
    assert matcher.find("GB").entry is not None and matcher.find("GB").entry.name == "Glute bridge"
    exercises = routine_of("My PT's plan\n- PT x 3\n- glute bridge 10\n- DR x 2\n").exercises
    found = [matcher.find(e.name).entry for e in exercises]
    assert [entry.name for entry in found if entry is not None] == ["Glute bridge"]  # no pelvic tilt, no dumbbell row


def test_a_dash_inside_a_name_is_not_the_dash_that_sets_the_dose_off() -> None:
    cat_cow = only("On the mat\n\n1. Cat–cow – 8–10 slow repetitions, breathing in as you look up\n")
    assert (Matcher(LIBRARY).find(cat_cow.name).entry is not None, cat_cow.reps) == (True, Range(8, 10))


def test_rounds_of_an_interval_are_its_sets() -> None:
    dose = read_line_dose("8 rounds of 20 seconds on, 10 seconds off")
    assert (dose.sets, dose.hold, dose.rest) == (8, r(20), r(10))
    assert read_line_dose("30 s on, 15 s off").sets is None


def test_a_tabata_heading_is_its_move_done_as_a_tabata() -> None:
    page = ("<h1>Core class</h1><h2>The Tabatas</h2>"
            "<h3>Tabata 1: Dead bug</h3><p>Lie on your back, arms straight up, knees over hips.</p>"
            "<h3>Tabata 2: Glute bridge</h3><p>Feet flat, hip-width apart. Drive through your heels.</p>")
    exercises = routine_of(page, "class.html").exercises
    assert [(e.name, e.sets, e.hold, e.timing.rest) for e in exercises] == [
        ("Dead bug", 8, r(20), r(10)), ("Glute bridge", 8, r(20), r(10))]


def test_what_to_do_while_moving_after_a_comma_is_not_the_moves_name() -> None:
    march = only("Warm-up\n\n- March on the spot, swinging your arms – 2 minutes\n")
    assert (march.name, march.hold) == ("March on the spot", r(120))


def test_ones_after_a_count_and_a_manner_are_reps() -> None:
    assert read_dose("10 slow ones").reps == r(10)
    assert read_dose("two good ones each side").reps == r(2)
    assert read_dose("the ones I like").reps is None


def test_the_time_of_the_way_down_is_a_pace_not_a_hold() -> None:
    assert read_dose("Slow on the way down (3 seconds)").hold is None
    assert read_dose("take 3 seconds to lower").hold is None
    assert read_dose("Hold 5 seconds at the end of each twist").hold == r(5)


def test_all_the_moves_counted_done_twice_are_two_rounds() -> None:
    assert read_dose("Go through all 6 twice.").rounds == 2
    assert read_dose("Do all 5 exercises 3 times.").rounds == 3


def test_a_screens_size_is_no_sets_by_reps() -> None:
    assert read_dose("Best viewed in Internet Explorer 6 at 800x600").sets is None
    assert read_dose("3x10").sets == 3


def test_a_circuits_rests_and_rounds_as_an_app_or_a_magazine_words_them() -> None:
    dose = read_dose("The app times each exercise for 40 seconds and then gives you 20 seconds to rest and get into "
                     "position for the next one. After the fourth exercise you get a 1-minute break, then the "
                     "circuit repeats once more (2 rounds in all).")
    assert (dose.each_hold, dose.rest, dose.round_rest, dose.rounds, dose.repeat) == (r(40), r(20), r(60), 2, None)
    assert read_dose("After the last move, do the whole circuit a second time.").rounds == 2
    assert read_dose("Go through it a third time if you can.").rounds == 3
    assert read_dose("Repeat 10 times, then once more.").rounds is None


def test_a_progression_said_in_the_same_paragraph_is_not_the_rounds() -> None:
    page = ("Chair routine\n\nDo the whole sequence once, at your own pace. As you get stronger you can go through "
            "it twice.\n\n1. Seated marching – 1 minute\n2. Shoulder rolls – 10 times\n3. Sit to stand – 5 times\n")
    assert routine_of(page).blocks[0].rounds == 1


def test_a_warm_up_said_in_a_sentence_is_its_library_move_the_choice_and_the_place_its_note() -> None:
    moves = "\n\n1. Bird dog - 3 sets of 8 each side\n2. Glute bridge - 3x12\n"
    choice = routine_of("Back routine\n\nWarm up with 5 to 10 minutes of gentle walking or riding a stationary bike."
                        + moves)
    walk = choice.blocks[0].exercises[0]
    assert (choice.blocks[0].title, walk.name, walk.hold) == ("Warm-up", "Walking", r(300, 600))
    assert "riding a stationary bike" in (walk.note or "").lower()
    around = routine_of("Back routine\n\nWarm up by walking around your home for a few minutes." + moves)
    first = around.blocks[0]
    assert (first.title, [e.name for e in first.exercises]) == ("Warm-up", ["Walking"])
    tea = routine_of("Back routine\n\nFinish with a cup of tea." + moves)
    assert [e.name for e in tea.exercises] == ["Bird dog", "Glute bridge"]


def test_what_a_rep_is_and_a_total_halved_per_leg() -> None:
    assert read_line_dose("Lift the right knee, then the left. That's 2 reps.").reps is None
    dose = read_line_dose("20 total (10 per leg)")
    assert (dose.reps, dose.per) == (r(10), Per.LEG)
    assert read_line_dose("Do 2 reps.").reps == r(2)


def test_the_doses_of_a_page_translated_from_german() -> None:
    """A machine translation keeps German abbreviations, decimal commas and words ("Seite" as "page")."""
    assert read_dose("15 Wdh. in the calm rhythm.").reps == r(15)
    assert read_dose("Hold the position 5 Sek., then slowly put down").hold == r(5)
    dose = read_dose("Dosage: 3x 10 repetitions, between the series 1,5 minutes pause.")
    assert (dose.sets, dose.reps, dose.rest) == (3, r(10), r(90))
    dose = read_dose("Dosage: 2 series with each 6 Wdh. per side, pause 1 minute.")
    assert (dose.sets, dose.reps, dose.hold, dose.rest, dose.per) == (2, r(6), None, r(60), Per.SIDE)
    dose = read_dose("Dosage: 3x 20 Sek. each side, pause between 30 Sek.")
    assert (dose.sets, dose.hold, dose.rest, dose.per) == (3, r(20), r(30), Per.SIDE)
    assert read_dose("Stay 1,5 minutes in this position.").hold == r(90)
    assert (read_dose("10 reps each page").per, read_dose("then the other page").per) == (Per.SIDE, Per.SIDE)
    assert read_dose("3-mal 10 Wiederholungen je Seite").reps == r(10)
    assert read_dose("pause 2 sec at the top").hold == r(2)  # a pause at the top of a rep is still its hold
    assert read_dose("1,500 steps").hold is None and plain_text("sets 3,4") == "sets 3,4"


def test_a_translated_clinic_page_is_read_under_its_own_names() -> None:
    """Moves named in the translation's words ("Superman in prone position") are the structural reading's, not a
    layout it did not understand."""
    page = ("<h1>Back school</h1>\n<h2>Warming up</h2>\n"
            "<p><strong>1. Walking on the place</strong><br>\nWalk 2 minutes on the place and swing the arms "
            "loosely along. So the circulation becomes stimulated.</p>\n<h2>Strengthening</h2>\n"
            "<p><strong>2. Bridge (Bridging)</strong><br>\nBack position. Hold the position 5 Sek.<br>\n"
            "Dosage: 3x 10 repetitions, between the series 1,5 minutes pause.</p>\n"
            "<p><strong>3. Superman in prone position</strong><br>\nBelly position. Hold 3 Sek.<br>\n"
            "Dosage: 2x 8 repetitions, pause 1 minute.</p>\n")
    exercises = routine_of(page, "clinic.html").exercises
    assert [(e.name, e.sets, e.reps, e.hold, e.timing.rest) for e in exercises] == [
        ("Walking on the place", 1, None, r(120), None), ("Bridge", 3, r(10), r(5), r(90)),
        ("Superman in prone position", 2, r(8), r(3), r(60))]


def test_a_rest_label_right_before_a_time_makes_it_the_rest_not_the_hold_before_it() -> None:
    dose = read_dose("Reps: 6 Sets: 3 Hold: 10 sec Rest: 30 sec")
    assert (dose.reps, dose.sets, dose.hold, dose.rest) == (r(6), 3, r(10), r(30))


def test_a_cool_down_sentence_listing_two_moves_keeps_a_dose_after_a_comma_with_its_move() -> None:
    page = ("Core plan\n\n1. Bird dog - 3 sets of 8 each side\n2. Glute bridge - 3x12\n\n"
            "Finish with child's pose for 60 seconds and a knee-to-chest stretch, 30 seconds per leg.\n")
    cool = routine_of(page).blocks[-1]
    assert [(e.name, e.hold, e.per) for e in cool.exercises] == [
        ("Child's pose", r(60), None), ("Knee-to-chest stretch", r(30), Per.LEG)]


def test_a_dose_strips_labels_need_no_colon_and_each_cell_is_its_own_value() -> None:
    dose = read_line_dose("Sets 2 | Reps 8 each side (alternate) | Hold 3 s | Rest 30 s | 1x daily")
    assert (dose.sets, dose.reps, dose.hold, dose.rest, dose.per) == (2, r(8), r(3), r(30), Per.SIDE)
    assert read_line_dose("3 sets 10 reps").sets == 3  # a count before the word is still the count


def test_a_count_of_the_moves_own_motions_is_its_reps() -> None:
    assert read_dose("10 rolls backwards.").reps == r(10)
    dose = read_dose("Make 8 slow circles each way")
    assert (dose.reps, dose.per) == (r(8), Per.SIDE)
    assert read_dose("do 10 pelvic tilts").reps is None  # another move's name: the prose reader's, not this move's


def test_a_count_said_in_a_quoted_answer_is_how_many_times() -> None:
    assert read_dose('"I do about ten, really slowly, matching it to my breathing."').repeat == r(10)
    assert read_dose('Onto her back. "Fifteen, with a squeeze at the top."').repeat == r(15)
    assert read_dose("2026, with the new year").repeat is None  # a year, not a count


def test_a_hold_up_to_a_time_is_a_most_and_at_least_a_time_is_open_ended() -> None:
    """"Hold for up to 10 seconds" (a leaflet's cap) is 10 s, never "10 s or more"; "hold for at least 30 seconds"
    and "30 seconds or longer" are open-ended."""
    capped = read_dose("Hold for up to 10 seconds, then relax fully.")
    assert (capped.hold, capped.open_ended) == (r(10), False)
    assert read_dose("Hold for at least 30 seconds.").open_ended
    assert read_dose("Hold it for 30 seconds or longer.").open_ended
    routine = routine_of("1. Pelvic floor squeezes\nSqueeze and lift. Hold for up to 10 seconds. Repeat 10 times.\n"
                         "2. Bridge\nLie on your back and lift your bottom. Repeat 10 times.\n", "leaflet.txt")
    assert (routine.exercises[0].hold, routine.exercises[0].note) == (r(10), None)


def test_a_count_to_each_side_is_reps_a_side() -> None:
    """A Pilates blog's "**Do:** 4 to each side." under a move's heading: 4 reps a side ("4 to 6 each side" stays a
    range)."""
    for text, reps, per in (("Do: 4 to each side.", r(4), Per.SIDE), ("ten to each leg", r(10), Per.LEG),
                            ("4 to 6 each side", r(4, 6), Per.SIDE)):
        dose = read_dose(text).settle()
        assert (dose.reps, dose.per) == (reps, per), text
    routine = routine_of("### 1. Spine twist supine\n\nBoth knees together, arms out in a T. Let your knees drift to "
                         "one side and draw them back to centre.\n\n**Do:** 4 to each side.\n\n"
                         "### 2. Knee folds\n\nFloat one knee up to tabletop and lower it.\n\n**Do:** 5 each leg.\n",
                         "pilates.md")
    assert [(e.name, e.reps, e.per) for e in routine.exercises] == [
        ("Lying twist", r(4), Per.SIDE), ("Knee folds", r(5), Per.LEG)]  # (the spine twist, done lying: the library's)


def test_rounds_of_a_treatment_in_a_story_are_no_rounds_of_the_class() -> None:
    assert read_dose("an inversion table, two rounds of massage, one chiropractor").rounds is None
    assert read_dose("do two rounds of the circuit").rounds == 2


def test_a_library_name_in_running_text_never_runs_across_a_comma_or_a_full_stop() -> None:
    matcher = Matcher(LIBRARY)
    for text, across in (("Lift the knee, roll it to the side.", "Knee rolls"),
                         ("Lean to the side, plank.", "Side plank"),
                         ("Bend the knee, to chest level.", "Pulling the knees to the chest")):
        assert across not in [entry.name for _word, entry, _written in matcher.mentions(text)], text
    named = [entry.name for _word, entry, _written in matcher.mentions("Then a standing back bend, then cat-cow.")]
    assert len(named) == 2 and named[0] != named[1]
    words = [word for word, _entry, _written in matcher.mentions("Lie down. Do a bird dog, then a glute bridge.")]
    assert words == [4, 8]  # word places count words only, as before


def test_a_pause_at_the_top_of_each_rep_is_a_hold_and_a_count_on_one_leg_then_the_other_is_per_leg() -> None:
    assert (read_dose("8 to each side, with a two-second pause at the bottom of each").hold,
            read_dose("10 reps with a 3 second pause at the top").hold) == (r(2), r(3))
    assert read_dose("10 reps, then a 30 second pause").hold is None  # a pause after the reps is still a rest
    swings = read_dose("12 reps on one leg, then 12 on the other")
    assert (swings.reps, swings.per) == (r(12), Per.LEG)


def test_a_rest_said_in_brackets_after_the_word_rest_is_a_rest() -> None:
    dose = read_dose("Hold for 5 seconds. Do 2 sets of 12, with a short rest (about 20 seconds) in between.")
    assert (dose.sets, dose.reps, dose.hold, dose.rest) == (2, r(12), r(5), r(20))


def test_repeat_three_x_after_a_hold_is_how_many_times() -> None:
    assert read_dose("Hold for 30 seconds. Repeat 3x.").settle().sets == 3
    assert read_dose("Hold for 5 breaths, rest, repeat 3x.").settle().reps == r(3)  # held reps, as yoga pages mean
    assert (read_dose("Repeat 3 x 10").sets, read_dose("Repeat 3 x 10").reps) == (3, r(10))


def test_a_move_from_your_knees_is_a_name_and_its_dose_is_read() -> None:
    moves = routine_of("Week 2\n\n1. Clamshells — 2 sets of 12 per side\n"
                       "2. Side plank from your knees — 3 × 15-second holds, each side\n").exercises
    assert [(e.sets, e.hold, e.per) for e in moves[1:]] == [(3, r(15), Per.SIDE)]


def test_a_posture_held_keeps_its_whole_name() -> None:
    page = ("<h1>Daily</h1><h3>2. Lying on your front</h3><p>Lie face down on the floor.</p>"
            "<p><strong>Stay there for 5 minutes.</strong></p>")
    assert [(e.name, e.hold) for e in routine_of(page, "page.html").exercises] == [("Lying on your front", r(300))]


def test_a_count_of_the_move_itself_under_its_heading_is_its_reps_and_arching_the_other_way_is_no_side() -> None:
    page = ("# Class\n\n### Roll-downs\n\nStand tall and roll down through the spine.\n\n**5 slow roll-downs.** "
            "Breathe out as you go down.\n\n### Arabesque lifts\n\nOn all fours, lift one leg behind you.\n\n"
            "**10 lifts on each leg.**\n\n### Cat-cow\n\nCurl the spine up like a cat, then let it arch the other "
            "way.\n\n**8 times, with the breath.**\n")
    assert [(e.reps, e.per) for e in routine_of(page, "class.md").exercises] == [
        (r(5), None), (r(10), Per.LEG), (r(8), None)]
    assert read_dose("10 one way, then 10 the other way").per is Per.SIDE


def test_moves_the_library_does_not_know_counted_by_their_own_names_under_their_headings_are_found() -> None:
    page = ("# Class\n\n### Heel drops\n\nRise up onto your toes, then drop.\n\nDo 20 heel drops.\n\n"
            "### Wall slides\n\nStand at a wall.\n\nDo 10 wall slides.\n")
    assert [(e.name, e.reps) for e in routine_of(page, "class.md").exercises] == [
        ("Heel drops", r(20)), ("Wall slides", r(10))]


def test_a_word_in_brackets_inside_a_name_stays_in_it() -> None:
    moves = routine_of("Weeks 1-2\n\n1. Deep abdominal (core) activation\nHold for 10 seconds. Repeat 10 times.\n\n"
                       "2. Plank (on knees) hold 30 seconds\n").exercises
    assert [(e.name, e.reps, e.hold) for e in moves] == [
        ("Deep abdominal (core) activation", r(10), r(10)), ("Plank hold", None, r(30))]
    from_forearms = routine_of("Table\n\n1. Plank (prone bridge) from forearms – 3 × 20 s\n").exercises[0]
    assert "(" not in from_forearms.name  # the name's own word after the brackets, not a preposition


def test_a_count_of_steps_is_reps_and_a_distance_stays_no_count() -> None:
    carry = read_line_dose("20 steps each side")
    assert (carry.reps, carry.per) == (r(20), Per.SIDE)  # a suitcase carry's steps are counted like reps
    assert read_line_dose("3 x 40 yards each hand").reps is None


def test_rounds_of_one_move_on_each_hand_are_its_sets_and_lengths_in_metres_are_no_time() -> None:
    """A carry's "40 metres, then swap hands. Do 3 rounds each hand. (about four lengths = 40 m.)": three sets a
    hand (not three rounds of the whole circuit, which it had become) and a distance, not 40 minutes."""
    carry = read_dose("Walk tall without leaning. 40 metres, then swap hands. Do 3 rounds each hand. (About four "
                      "lengths = 40 m.)")
    assert (carry.sets, carry.rounds, carry.per, carry.hold) == (3, None, Per.ARM, None)
    assert read_dose("3 rounds, rest 60 seconds between rounds").rounds == 3


def test_repeat_n_times_with_its_half_to_each_side_in_brackets_is_the_half_a_side() -> None:
    """A GP surgery's sheet: "Repeat 10 times (5 to each side)" is five a side, as "3 x 10 (5 per side)" is."""
    for said in ("Repeat 10 times (5 to each side).", "Hold 5 seconds. Repeat 10 times (5 on each side)."):
        dose = read_line_dose(said)
        assert (dose.settle().reps, dose.per) == (r(5), Per.SIDE)
def test_a_station_circuits_changeover_and_its_rounds_with_a_water_break_in_between() -> None:
    dose = read_dose("6 stations · 40 seconds work · 20 seconds to move on. "
                     "We go round the circuit TWICE, with a 2 minute water break in between.")
    assert (dose.hold, dose.between, dose.rounds, dose.round_rest) == (r(40), r(20), 2, r(120))
    assert read_dose("Go around the whole circuit 3 times.").rounds == 3
    moved = read_dose("2 sets of 10 with a 30 second rest in between")  # no rounds said: between the sets
    assert (moved.sets, moved.rest, moved.round_rest) == (2, r(30), None)


@pytest.mark.parametrize(("line", "steps", "per"), [("5-3-1 (hold each rep 8-10 s)", (5, 3, 1), None),
                                                    ("5-3-1 / side (hold each rep 8-10 s)", (5, 3, 1), Per.SIDE),
                                                    ("3 x 8, 3-1-1", (), None), ("3 x 8 @ 3-2-1", (), None),
                                                    ("tempo 3-2-1", (), None)])
def test_a_descending_run_that_is_a_moves_only_count_is_a_pyramid(line: str, steps: tuple[int, ...],
                                                                  per: Per | None) -> None:
    dose = read_line_dose(line)  # beside sets and reps, or called one, the run is the tempo that paces them
    assert (dose.steps, dose.per) == (steps, per)
    if steps:
        assert (dose.reps, dose.hold) == (r(steps[0]), r(8, 10))


def test_hold_another_n_seconds_is_a_second_hold() -> None:
    """A walking club's calf stretch: "Hold for about 20 seconds. Then bend the back knee a little …, and hold
    another 20 seconds. Change legs.": two holds of 20 s a leg."""
    dose = read_dose("Hold for about 20 seconds. Then bend the back knee a little to move the stretch lower down, "
                     "and hold another 20 seconds. Change legs.")
    assert (dose.sets, dose.hold, dose.per) == (2, r(20), Per.LEG)


def test_a_sides_half_in_brackets_with_a_slash_or_a_word_after_it() -> None:
    """"3 x 10 (5/side)" and "2 x 10 (5 each side, alternating)" are five a side, as "(5 per side)" is."""
    for said in ("3 x 10 (5/side)", "2 x 10 (5 each side, alternating)"):
        dose = read_line_dose(said)
        assert (dose.reps, dose.per) == (r(5), Per.SIDE)


def test_no_rest_between_moves_done_one_after_the_other_and_the_rest_before_going_round_again() -> None:
    """A newsletter's circuit: "Go through the four exercises below one after the other, with no rest in between.
    Then rest for one minute and go round again. Three rounds in all.": no rest between the moves (not between the
    rounds, though rounds are said), a minute between the rounds."""
    dose = read_dose("Go through the four exercises below one after the other, with no rest in between. Then rest "
                     "for one minute and go round again. Three rounds in all.")
    assert (dose.between, dose.round_rest, dose.rounds) == (r(0), r(60), 3)


def test_do_it_again_is_one_more_time() -> None:
    """"Hold for thirty seconds. Rest thirty seconds, then do it again: two in total.": the hold once more, so two
    sets; "do it again tomorrow" is no dose."""
    assert read_dose("Hold for thirty seconds. Rest thirty seconds, then do it again.").repeat == r(1)
    assert read_dose("Hold for thirty seconds, and do it again tomorrow.").repeat is None


def test_reps_in_total_taking_turns_are_half_a_side_and_rest_then_go_again_is_between_rounds() -> None:
    """A cycling magazine's circuit: "12 reps in total, alternating sides" is six a side; "Rest for 90 seconds,
    then go again. Complete four rounds in total." is the rest between rounds."""
    dose = read_dose("Return and switch. 12 reps in total, alternating sides.")
    assert (dose.reps, dose.per) == (r(6), Per.SIDE)
    circuit = read_dose("Rest for 90 seconds, then go again. Complete four rounds in total.")
    assert (circuit.round_rest, circuit.rounds) == (r(90), 4)


def test_a_rest_between_the_two_circuits_and_the_time_to_move_on_to_the_next_station() -> None:
    """A lesson plan's "2 circuits. 45 s work, 15 s move on to the next station. 2 min rest (water) between the two
    circuits.": the 15 s come between moves, the 2 minutes between the rounds ("the two circuits" counted)."""
    dose = read_dose("2 circuits. 45 s work, 15 s move on to the next station. 2 min rest (water) between the two "
                     "circuits.")
    assert (dose.rounds, dose.hold, dose.between, dose.round_rest, dose.rest) == (2, r(45), r(15), r(120), None)


def test_a_hold_said_after_a_comma_is_no_part_of_the_name() -> None:
    """"Cobra, hold 10 s, x 3": the move is the cobra, held ten seconds three times."""
    routine = routine_of("Cool down\n- Cobra, hold 10 s, x 3\n- Child's pose, 30 s\n")
    assert [(e.name, e.reps, e.hold) for e in routine.exercises] == [
        ("Cobra", r(3), r(10)), ("Child's pose", None, r(30))]


def test_seconds_without_minutes_and_a_second_rest_said_after_and() -> None:
    """A box's whiteboard writes seconds with no minutes (":30 Hollow Hold", ":20 Side Plank / side": thirty and twenty
    seconds, "/ side" the side, not the name); "Rest 45 sec between sets and 1 min before moving on to the next
    exercise": the minute is a rest too, between moves."""
    routine = routine_of("Part B: Midline\n3 Rounds, not for time\n:30 Hollow Hold\n:20 Side Plank / side\n"
                         "10 Bird Dogs / side\n")
    assert [(e.name, e.hold, e.reps, e.per) for e in routine.exercises] == [
        ("Hollow hold", r(30), None, None), ("Side plank", r(20), None, Per.SIDE), ("Bird dogs", None, r(10), Per.SIDE)]
    dose = read_dose("3 sets of each exercise. Rest 45 sec between sets and 1 min before moving on to the next "
                     "exercise.")
    assert (dose.sets, dose.rest, dose.between, dose.hold) == (3, r(45), r(60), None)


def test_a_count_of_big_or_small_motions_is_their_reps() -> None:
    """"Three big reaches.", "10 small circles each way": how big each motion is stands between the count and the
    motion, as "10 slow rolls" does."""
    assert read_dose("Grow tall, take a breath, then lower your arms. Three big reaches.").reps == r(3)
    assert read_dose("10 small circles each way").reps == r(10)


def test_a_rest_between_poses_said_first() -> None:
    """A yin class's rebound: "Between poses, take 30 seconds to a minute lying flat …" is the rest between moves,
    the poses said before it; "Rest 30 s between stretches" too."""
    assert read_dose("Between poses, take 30 seconds to a minute lying flat on your back.").between == r(30, 60)
    assert read_dose("Rest 30 s between stretches.").between == r(30)


def test_go_round_n_times_and_the_time_to_get_into_position_for_the_next() -> None:
    """"Work for 40 seconds on each exercise, then take 20 seconds to recover and get into position for the next.
    After the last exercise, rest for 2 minutes. Go round 3 times. (If you're new, do 2 rounds …)": 20 s between
    moves, three rounds (the option in brackets is no dose), 2 minutes between rounds."""
    dose = read_dose("Work for 40 seconds on each exercise, then take 20 seconds to recover and get into position for "
                     "the next. After the last exercise, rest for 2 minutes. Go round 3 times. (If you're new to core "
                     "work, do 2 rounds for the first fortnight.)")
    assert (dose.each_hold, dose.between, dose.rounds, dose.round_rest, dose.rest) == (r(40), r(20), 3, r(120), None)
    routine = routine_of("WARM-UP\n5 minutes of easy spinning on the turbo, or skipping / jogging on the\n"
                         "spot if you're not riding today.\n\nTHE CIRCUIT\n1. Dead bug - slowly lower the opposite "
                         "arm and leg.\n2. Bird dog - reach out the opposite arm and leg.\n")
    assert routine.exercises[0].hold == r(300)


def test_the_rules_paragraph_gives_the_rest_between_sets() -> None:
    """"**The rules:** Rest 60 seconds between sets unless we say otherwise.": a label over the workout's rules, no
    move called "The rules"; its rest is every move's that says none."""
    routine = routine_of("# Paddle-strong back: the dryland workout\n\nDo it twice a week when the surf is flat.\n\n"
                         "**The rules:** Rest 60 seconds between sets unless we say otherwise. Quality over quantity."
                         "\n\n## Main\n\n- Prone Y raise: 3 x 10\n- Cobra hold: 3 x 20 seconds, 30 seconds' rest\n",
                         "dryland.md")
    assert [e.name for e in routine.exercises] == ["Prone Y raise", "Cobra hold"]
    assert (routine.defaults.rest, routine.exercises[1].timing.rest) == (r(60), r(30))


def test_a_rest_between_sets_is_not_taken_for_the_breather_said_later() -> None:
    """"take about 30 seconds rest between sets, and a little breather between exercises is fine": the 30 seconds
    come between sets (what is said right after them), not between the moves said later in the sentence."""
    dose = read_dose("She said take about 30 seconds rest between sets, and a little breather between exercises is "
                     "fine.")
    assert (dose.rest, dose.between) == (r(30), None)


def test_a_circuit_done_again_after_a_rest_is_rounds_and_the_time_to_change_is_between() -> None:
    """"40 seconds of work, 20 seconds to change to the next exercise. Go through all six, then take 2 minutes' rest.
    Do it 3 times in total.": every move's 40 s, 20 s between moves, three rounds with 2 minutes between them."""
    routine = routine_of("It's an interval workout: 40 seconds of work, 20 seconds to change to the next exercise. "
                         "Go through all three, then take 2 minutes' rest. Do it 3 times in total.\n\n"
                         "- Glute bridges\n- Plank\n- Superman\n")
    block = routine.blocks[0]
    assert (block.rounds, block.rest_between_rounds) == (3, r(120))
    assert [(e.name, e.hold, e.sets, e.timing.between) for e in block.exercises][:2] == [
        ("Glute bridges", r(40), 1, r(20)), ("Plank", r(40), 1, r(20))]


def test_a_minutes_break_with_an_aside_in_brackets_then_go_round_again() -> None:
    """"… then have a minute's break (check the baby monitor 😅) and go round again": the rest between rounds."""
    dose = read_dose("Do each exercise once, then have a minute's break (check the baby monitor 😅) and go round "
                     "again.")
    assert (dose.round_rest, dose.rest) == (r(60), None)


def test_a_time_each_side_of_a_move_and_a_minute_in_a_pose() -> None:
    """"Finish with a minute in child's pose and 30 seconds each side of a lying twist.": both moves, each with its
    time, the twist one side at a time."""
    routine = routine_of("## The moves\n\n- Glute bridge x 12\n- Bird dog x 8 each side\n\n## Cool down\n\n"
                         "Finish with a minute in child's pose and 30 seconds each side of a lying twist.\n", "p.md")
    assert [(e.name, e.hold, e.per) for e in routine.blocks[-1].exercises] == [
        ("Child's pose", r(60), None), ("Lying twist", r(30), Per.SIDE)]


def test_a_name_keeps_the_quotes_that_close_inside_it() -> None:
    """'Squat to "pick up"': the quote closes a phrase of the name, and stays; a name quoted whole loses them."""
    routine = routine_of('- Squat to "pick up" x 12\n- "Dead bug" x 8 each side\n')
    assert [e.name for e in routine.exercises] == ['Squat to "pick up"', "Dead bug"]


def test_a_catalogue_number_after_a_moves_name_is_no_part_of_it() -> None:
    """A physio software's printout: "2.   Bridge  -  Double  Leg      [ EX-10107 ]" names the bridge, and
    "Printed 12/05/2026 17:42" at its foot is no move of 17 min 42 s."""
    text = ("HOME EXERCISE PROGRAMME\n\n 1.   Clam  Shell                 [ EX-10215 ]\n\n"
            "      Lie on your side, knees bent. Lift your top knee, then lower.\n\n"
            "      Sets:  2        Reps:  15        Rest:  30  sec\n\n"
            " 2.   Bridge  -  Double  Leg        [ EX-10107 ]\n\n"
            "      Lie on your back, knees bent. Lift your hips.\n\n"
            "      Sets:  3        Reps:  10        Rest:  30  sec\n\nPrinted 12/05/2026 17:42\n")
    routine = routine_of(text)
    assert [(e.name, e.sets, e.reps) for e in routine.exercises] == [("Clam shell", 2, r(15)),
                                                                     ("Bridge - double leg", 3, r(10))]


def test_as_many_as_you_can_up_to_a_number_is_that_many_reps() -> None:
    """"Reps: as many as you comfortably can, up to 10": ten reps at most (no guess from the other moves)."""
    assert read_dose("Reps: as many as you comfortably can, up to 10").reps == r(10)
    assert read_dose("as many as you can (up to 8)").reps == r(8)


def test_a_stretch_held_then_done_on_the_other_side_keeps_its_whole_hold() -> None:
    """"Hold each stretch for 20–30 seconds" over "Side stretch: reach one arm up and over … Hold, then change
    sides.": 20–30 s each side, not an interval shared by both."""
    routine = routine_of("<h1>Upper back workout</h1><h2>The workout</h2><h3>1. Band pull-apart</h3><p>Hold the band "
                         "at chest height. Pull your hands out to the sides.</p><p>Reps: 12–15</p><h3>2. Seated band "
                         "row</h3><p>Sit tall, then pull your elbows back.</p><p>Reps: 10–12</p>"
                         "<h2>Cool-down stretches</h2><p>Hold each stretch for 20–30 seconds, breathing normally.</p>"
                         "<ul><li><strong>Chest stretch:</strong> hands behind your head, draw your elbows back.</li>"
                         "<li><strong>Side stretch:</strong> reach one arm up and over your head, leaning gently to "
                         "the opposite side. Hold, then change sides. <em>Hold your wheel or armrest with the other "
                         "hand.</em></li></ul>", "page.html")
    side = routine.exercises[-1]
    assert (side.name, side.hold, side.per is not None) == ("Side stretch", r(20, 30), True)


def test_more_than_one_set_is_a_condition_not_a_count() -> None:
    """A leaflet's "Where you are asked to do more than one set, rest for 1 minute between sets.": a rest between
    sets for every move, no count of sets."""
    dose = read_dose("Where you are asked to do more than one set, rest for 1 minute between sets.")
    assert (dose.sets, dose.rest) == (None, r(60))
    routine = routine_of("How to do your exercises\n\nWhere you are asked to do more than one set, rest for 1 minute "
                         "between sets.\n\nYour exercises\n\n1. Glute bridge\nLie on your back and lift your hips.\n"
                         "   Repetitions: 10       Sets: 2\n\n2. Clam\nLie on your side.\n"
                         "   Repetitions: 10       Sets: 3\n")
    assert ([e.sets for e in routine.exercises], routine.defaults.rest) == ([2, 3], r(60))


def test_counts_each_way_with_words_between_and_one_each_side_defining_a_rep() -> None:
    """"Ten big slow circles forwards, then ten backwards": ten each way; "Turn to the left, …, then to the right.
    That's one each side." says what one twist is, not one rep a side."""
    circles = read_dose("Ten big slow circles forwards, then ten backwards.")
    assert (circles.settle().reps, circles.per) == (r(10), Per.SIDE)
    assert read_dose("Turn to the left, back through the middle, then to the right. That's one each side.").repeat \
        is None


def test_ten_swings_names_a_move() -> None:
    """"- **min 1** – 10 swings (two-hand Russian swing)": a count and the move's name, so the swings stay a move."""
    moves = routine_of("- 10 swings (two-hand Russian swing)\n- 6 goblet squats\n").exercises
    assert [(e.name, e.reps) for e in moves] == [("Swings", r(10)), ("Goblet squats", r(6))]


def test_a_count_with_one_leg_then_the_other() -> None:
    """"Do 6 with one leg, then 6 with the other.", "Do 8 on one side, then 8 on the other.": that many each."""
    legs = read_dose("Do 6 with one leg, then 6 with the other.")
    sides = read_dose("Do 8 on one side, then 8 on the other.")
    assert [(d.settle().reps, d.per) for d in (legs, sides)] == [(r(6), Per.LEG), (r(8), Per.SIDE)]


def test_go_round_times_one_way_then_the_other_is_one_moves_reps_each_way() -> None:
    """"Go round 5 times one way, then 5 times the other." (a pelvic clock): five each way, no rounds of the part."""
    dose = read_dose("Gently rock your pelvis to 12 o'clock, 3, 6 and 9. Go round 5 times one way, then 5 times the "
                     "other.")
    assert (dose.settle().reps, dose.per, dose.rounds) == (r(5), Per.SIDE, None)


def test_a_goal_for_the_next_appointment_is_no_hold() -> None:
    """"Walk daily and gradually increase the distance. Aim for 20 minutes by your next appointment.": a goal over
    weeks, not a hold of the move above it."""
    assert read_dose("Walk daily and gradually increase the distance. Aim for 20 minutes by your next "
                     "appointment.").hold is None


def test_a_phone_notes_terse_lines() -> None:
    """A phone note: "bird dog 8 each, hold 2 sec" is eight each side, each held; "clams w band 15 each side" is
    "Clams with band" (a capital W is a shape: "Prone W raise"); "14 March 2026 at 19:42" at its top is the note's
    date, no move."""
    routine = routine_of("Back stuff\n14 March 2026 at 19:42\n\nmain bit\n- bird dog 8 each, hold 2 sec\n"
                         "- bridge 3x12, squeeze top\n- clams w band 15 each side\n- Prone W raise x 10\n")
    assert [(e.name, e.reps, e.hold, e.per) for e in routine.exercises] == [
        ("Bird dog", r(8), r(2), Per.SIDE), ("Bridge", r(12), None, None), ("Clams with band", r(15), None, Per.SIDE),
        ("Prone W raise", r(10), None, None)]


def test_a_move_offered_instead_in_brackets_gives_no_dose() -> None:
    """"walk around block 5 min (or stairs x3 if raining)": five minutes of walking, not three sets of it."""
    dose = read_line_dose("5 min (or stairs x3 if raining)").settle()
    assert (dose.hold, dose.sets) == (r(300), None)


def test_the_dose_to_progress_to_is_none_of_todays() -> None:
    """A carers' leaflet: "Repeat: 10 times     Progress to: 2 sets of 10": ten today, the two sets later."""
    dose = read_dose("Repeat: 10 times     Progress to: 2 sets of 10").settle()
    assert (dose.sets, dose.reps) == (None, r(10))


def test_for_each_of_the_first_five_exercises_do_two_sets() -> None:
    """"For each of the first five exercises, do 2 sets of 10 repetitions, resting for about a minute between sets."
    over the numbered moves: their sets, reps and rest."""
    routine = routine_of("<h2>The workout</h2><p>For each of the first five exercises, do 2 sets of 10 repetitions, "
                         "resting for about a minute between sets.</p><h3>1. Sit to stand</h3><p>Sit near the front "
                         "of the chair and stand up without using your hands.</p><h3>2. Glute bridge</h3><p>Lie on "
                         "your back, knees bent, and lift your hips.</p>", "page.html")
    assert [(e.name, e.sets, e.reps, e.timing.rest) for e in routine.exercises] == [
        ("Sit to stand", 2, r(10), r(60)), ("Glute bridge", 2, r(10), r(60))]


def test_rounds_offered_in_a_clause_as_you_get_stronger_are_no_rounds() -> None:
    """"Work through the moves in order. Do the whole thing once, and as you get stronger, go round twice.": one
    round today; the second is for later."""
    routine = routine_of("The workout\n\nWork through the moves in order. Do the whole thing once, and as you get "
                         "stronger, go round twice.\n\n- Glute bridge x 10\n- Cat-cow x 8\n")
    assert routine.blocks[0].rounds == 1


def test_l_slash_r_is_each_side() -> None:
    """An app wiki's table: "8 L/R", "30 s L/R": eight, or thirty seconds, on the left, then on the right."""
    reps, hold = read_line_dose("8 L/R").settle(), read_line_dose("30 s L/R").settle()
    assert [(reps.reps, reps.per), (hold.hold, hold.per)] == [(r(8), Per.SIDE), (r(30), Per.SIDE)]


def test_side_to_side_times_in_total_is_half_each_side() -> None:
    """Knee rolls: "Go side to side 10 times in total.": five to each side, taking turns."""
    dose = read_dose("Keep your shoulders on the floor. Go side to side 10 times in total.").settle()
    assert (dose.reps, dose.per) == (r(5), Per.SIDE)


def test_an_easy_pace_stays_in_a_name_the_library_does_not_know() -> None:
    """"Easy jog round the hall ...... 3 min": the page's words, "easy" and all, as no library move is left without
    it; "5 minutes of easy walking" is the library's walking, done easy."""
    routine = routine_of("WARM-UP\n\n - Easy jog round the hall ........ 3 min\n - 5 minutes of easy walking\n")
    jog, walk = routine.exercises
    assert (jog.name, walk.name.lower().endswith("walking")) == ("Easy jog round the hall", True)
    assert Matcher(LIBRARY).find(walk.name).entry is not None


@pytest.mark.parametrize(("text", "name", "remark"), [
    ("Clams with the green band just above the knees — 15 each side", "Clams",
     "with the green band just above the knees"),
    ("Clams with a band - 15 each side", "Clams with a band", None),  # the kit alone is the name's
    ("Bridge with a ball squeeze - 10", "Bridge with a ball squeeze", None),
    ("Sphinx INSTEAD of the press-ups - hold 30 secs", "Sphinx", "INSTEAD of the press-ups"),
    ("NEW: side plank - 20 secs each side", "side plank", None),
])
def test_what_a_move_is_done_with_or_replaces_is_a_remark_after_its_name(text: str, name: str,
                                                                       remark: str | None) -> None:
    split = split_entry(text)
    assert (split.name, split.remark) == (name, remark)


def test_a_days_time_right_after_a_moves_name_is_its_dose() -> None:
    """"Walking — 10 to 15 min a day": the walk's time, though "a day" says how often; "try to get 30 minutes a day"
    in a sentence stays advice."""
    assert read_line_dose("10 to 15 min a day, build to 30 over the next fortnight").settle().hold == r(600, 900)
    assert read_dose("try to get 30 minutes a day").settle().hold is None


def test_a_circuits_work_said_of_its_stations_and_a_partners_job_are_no_moves() -> None:
    """"40 seconds WORK at each station." and "20 seconds to REST and MOVE …" in a circuit's "HOW IT WORKS" bullets
    are the stations' dose; "Partner: count your partner's reps …" is a label, no move."""
    sheet = ("PART 2: THE CIRCUIT\n\nHOW IT WORKS\n"
             "  * 40 seconds WORK at each station.\n"
             "  * 20 seconds to REST and MOVE to the next station.\n"
             "  * We will do 2 ROUNDS with a 2 minute water break between them.\n"
             "  * Partner: count your partner's reps on round 1 and write them in the table.\n\n"
             "STATIONS\n  1. Plank\n  2. Glute bridge\n  3. Dead bug\n")
    routine = routine_of(sheet, "sheet.txt")
    circuit = routine.blocks[-1]
    assert (circuit.rounds, circuit.rest_between_rounds) == (2, r(120))
    assert [(e.name, e.hold) for e in circuit.exercises] == [("Plank", r(40)), ("Glute bridge", r(40)),
                                                             ("Dead bug", r(40))]
    assert (routine.defaults.between, routine.defaults.rest) == (r(20), None)  # the time to go to the next station


@pytest.mark.parametrize(("text", "sets", "hold", "per"), [
    ("Keep going for 1 minute. Have a rest, then another minute.", 2, r(60), None),
    ("March for 30 seconds, rest, then another 30 seconds.", 2, r(30), None),
    ("Hold 20 seconds, then another 20 seconds on the other side", None, r(20), Per.SIDE),  # the other side's
])
def test_the_same_time_again_after_a_rest_is_a_second_set(text: str, sets: int | None, hold: Range,
                                                         per: Per | None) -> None:
    dose = read_dose(text).settle()
    assert (dose.sets, dose.hold, dose.per) == (sets, hold, per)


@pytest.mark.parametrize(("text", "sets", "reps", "hold", "rest"), [
    ("3 rounds of 30 metres per side (roughly 20–30 seconds of walking), rest 60 seconds.", 3, None, None, r(60)),
    ("as many as you comfortably can, usually about 15-20 for me. Squeeze at the top.", None, r(15, 20), None, None),
    ("2 sets of 15. I rest like 30 sec between.", 2, r(15), None, r(30)),
])
def test_a_carrys_rounds_of_a_distance_a_usual_count_and_a_rest_said_like_so(
        text: str, sets: int | None, reps: Range | None, hold: Range | None, rest: Range | None) -> None:
    dose = read_line_dose(text).settle()
    assert (dose.sets, dose.reps, dose.hold, dose.rest) == (sets, reps, hold, rest)


def test_once_or_twice_round_is_one_round_or_two() -> None:
    """A noticeboard's "THE EXERCISES - GO ROUND ONCE, OR TWICE IF YOU FEEL UP TO IT": one round or two."""
    assert read_dose("THE EXERCISES - GO ROUND ONCE, OR TWICE IF YOU FEEL UP TO IT").settle().rounds == Range(1, 2)
    assert read_dose("Do the circuit once or twice.").settle().rounds == Range(1, 2)


def test_a_calisthenics_sheets_eights() -> None:
    """"8 count x 2": the music's eight counts twice, a move a count (it was read as 2 reps); taken in turns, left
    and right, eight a side."""
    assert read_dose("8 count x 2").settle().reps == r(16)
    assert read_dose("8 count x 1").settle().reps == r(8)
    turns = read_dose("left-right alternately, 8 count x 2").settle()
    assert (turns.reps, turns.per) == (r(8), Per.SIDE)


def test_a_count_then_how_many_times_through() -> None:
    """"Fifteen, twice through": fifteen reps, two sets (it was two reps)."""
    dose = read_dose("Fifteen, twice through.").settle()
    assert (dose.sets, dose.reps) == (2, r(15))


def test_slow_rounds_of_the_move_named_are_its_reps() -> None:
    """"**Cat-cow.** … finish with 6 slow rounds of cat-cow": six of it, not six rounds of the whole part."""
    text = ("**Glute bridge.** Squeeze your glutes and lift your hips. 8 reps.\n\n"
            "**Cat-cow.** Roll onto your hands and knees and finish with 6 slow rounds of cat-cow, breathing in as "
            "you look up.\n")
    routine = routine_of(text, "email.md")
    assert routine.blocks[0].rounds == 1
    assert [(e.name, e.reps) for e in routine.exercises] == [("Glute bridge", r(8)), ("Cat-cow", r(6))]


def test_a_parts_length_said_with_an_almost_equal_sign() -> None:
    """"### 2. Core circuit (≈10 min)": the part and its length (it was a move of ten minutes, and the circuit's
    rounds went to the warm-up before it)."""
    text = ("### 1. Warm-up (≈3 min)\n\n- **Cat-cow** — 10 slow reps.\n\n### 2. Core circuit (≈10 min)\n\n"
            "Do these back to back. **3 rounds total.**\n\n- Glute bridge — 12 reps\n- Plank — 30 s\n")
    routine = routine_of(text, "chat.md")
    assert [(b.title, b.rounds) for b in routine.blocks] == [("Warm-up", 1), ("Core circuit", 3)]
    assert [e.name for e in routine.exercises] == ["Cat-cow", "Glute bridge", "Plank"]

