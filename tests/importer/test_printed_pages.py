"""A printed sheet turned into text: its running heads and feet are not read, and its numbers without dots are
a list's, not counts (backcoach.core.importer.printed)."""

from __future__ import annotations

from article_helpers import LIBRARY, r, routine_of

from backcoach.core.importer.names import Matcher, split_entry
from backcoach.core.importer.printed import printed_lines
from backcoach.core.importer.source import read_entries

HEAD = "Stronger backs                                         Hillside Physio Trust"
FOOT = "Hillside Physio Trust is a registered charity no. 1234567.                    {page}"

SHEET = "\n".join([
    "Hillside Physio Trust", "", "Stronger backs", "", "Do these every day.", "",
    "1 Pelvic tilt", "Lie on your back with your knees bent. Flatten your back", "to the floor. Hold for a count of 5.",
    "Repeat 8 times.", "", FOOT.format(page=1), "", "--- page break ---", "", HEAD, "",
    "2 Glute bridge", "Lift your bottom off the floor and lower slowly.", "Do 2 sets of 10.", "",
    "3 Knee rolls", "Roll both knees to one side, then the other.", "Repeat 6 times each side.", "",
    FOOT.format(page=2), "", "--- page break ---", "", HEAD, "",
    "4 Cat-cow", "On all fours, round then arch your back.", "Repeat 5 times.", "", FOOT.format(page=3),
])


def test_a_printed_sheets_numbers_without_dots_are_its_list_and_its_running_lines_are_not_read() -> None:
    routine = routine_of(SHEET)
    matcher = Matcher(LIBRARY)
    found = [(matcher.find(e.name).entry, e.sets, e.reps, e.hold) for e in routine.exercises]
    assert [(entry.name if entry else None, sets, reps, hold) for entry, sets, reps, hold in found] == [
        ("Pelvic tilt", 1, r(8), r(5)),
        ("Glute bridge", 2, r(10), None),
        ("Knee rolls", 1, r(6), None),
        ("Cat-cow", 1, r(5), None),
    ]
    said = " ".join([*(b.title or "" for b in routine.blocks),
                     *(e.instructions or "" for e in routine.exercises), *(e.note or "" for e in routine.exercises)])
    assert "registered charity" not in said and "Hillside Physio Trust" not in said.replace("Stronger", "")


def test_running_lines_go_only_where_they_repeat_at_the_breaks_and_never_a_dose() -> None:
    lines = ["Title", "Repeat 10 times.", "--- page break ---", "Page head      Trust", "Side plank",
             "Repeat 10 times.", "--- page break ---", "Page head      Trust", "Plank", "Repeat 10 times."]
    out = printed_lines(lines)
    assert out.count("Repeat 10 times.") == 3  # a dose at the end of each page is the move's
    assert "Page head      Trust" not in out and out.count("") == 4  # two heads and two breaks, blanked
    assert len(out) == len(lines)  # every line keeps its number
    assert printed_lines(["Page head      Trust", "Plank", "Page head      Trust"]) == \
        ["Page head      Trust", "Plank", "Page head      Trust"]  # no page break: nothing is a running line


def test_numbers_are_a_list_only_when_they_run_from_one_with_names_that_differ() -> None:
    assert printed_lines(["1 Pelvic tilt", "text", "2 Bridge", "text", "3 Plank"]) == \
        ["1. Pelvic tilt", "text", "2. Bridge", "text", "3. Plank"]
    ladder = ["1 Burpee", "2 Burpee", "3 Burpee"]
    assert printed_lines(ladder) == ladder  # a ladder's counts of one move
    counts = ["10 Squats", "15 Lunges", "20 Crunches"]
    assert printed_lines(counts) == counts  # counts, not a list from one
    assert printed_lines(["1 Plank", "2 Bridge"]) == ["1 Plank", "2 Bridge"]  # two are too few to tell



def test_an_apps_numbered_timer_list_runs_on_past_its_rests_and_a_name_that_starts_with_a_number() -> None:
    app = ["1  Cat-cow", "   1:00", "2  Rest", "   0:15", "3  90/90 hip switches", "   1:00", "4  Rest",
           "10 reps", "5  Supine twist", "6  Cool down: standing breath"]
    assert printed_lines(app) == ["1. Cat-cow", "   1:00", "2. Rest", "   0:15", "3. 90/90 hip switches", "   1:00",
                                  "4. Rest", "10 reps", "5. Supine twist", "6. Cool down: standing breath"]
    routine = routine_of("\n".join(["1  Cat-cow", "   1:00", "", "2  Rest", "   0:15", "", "3  Bird dog",
                                     "   8 reps", "", "4  Rest", "   0:15", "", "5  Supine twist", "   0:45 per side",
                                     "", "6  Glute bridge", "   10 reps", "", "7  Side bend", "   0:30 per side"]))
    assert [(e.name, e.reps) for e in routine.exercises][-3:] == [("Supine twist", None), ("Glute bridge", r(10)),
                                                                   ("Side bend", None)]  # "5", "7" no counts

HEP_PRINTOUT = """Riverside Physio - HOME EXERCISE PROGRAMME

1. Pelvic Tilt - Supine

[Image: lying on her back, knees bent]

Lie on your back with your knees bent. Flatten your lower back into the floor.

  Sets 2 | Reps 10 | Hold 5 s | 2x daily

----------------------------------------------------------------------------

2. Knee Rolls

Lie on your back with knees bent and together. Roll both knees to one side.

  Sets 1 | Reps 10 | 2x daily

                                                              Page 1 of 3
Riverside Physio - Home Exercise Programme - Mrs D. Okafor
----------------------------------------------------------------------------

3. Bridging

Lie on your back, knees bent. Lift your bottom off the floor.

  Sets 2 | Reps 10 | Hold 3 s | Rest 30 s | 1x daily

                                                              Page 2 of 3
Riverside Physio - Home Exercise Programme - Mrs D. Okafor
----------------------------------------------------------------------------

4. Sit to Stand

Sit towards the front of a firm chair and stand up without using your hands.

  Sets 3 | Reps 8 | Rest 60 s | 1x daily

                                                              Page 3 of 3
"""


def test_a_printouts_dose_strips_are_each_moves_dose_and_its_running_head_is_no_part() -> None:
    routine = routine_of(HEP_PRINTOUT)
    [block] = routine.blocks  # "Page 1 of 3" then the running head: a page's furniture, not a new part
    doses = [(e.name, e.sets, e.reps, e.hold, e.timing.rest) for e in block.exercises]
    assert doses == [
        ("Pelvic tilt", 2, r(10), r(5), None),
        ("Knee rolls", 1, r(10), None, None),
        ("Bridging", 2, r(10), r(3), r(30)),
        ("Sit to stand", 3, r(8), None, r(60)),
    ]


FLEXION_HANDOUT = """WILLIAMS FLEXION EXERCISES

GENERAL INSTRUCTIONS

 *  Do the exercises in the order listed, twice a day.
 *  Start with 5 repetitions of each exercise and increase by one
    repetition each day up to 10, unless your therapist instructs
    otherwise.

St. Brendan's Rehabilitation Centre - PT Handout 22 (rev. 4)      Page 1 of 2
-------------------------------------------------------------------------------

EXERCISE 1: PELVIC TILT

   Lie on your back with your knees bent. Flatten the small of your back against
   the floor. Hold 5 seconds. Relax.

EXERCISE 2: PARTIAL SIT-UP

   Lie on your back with your knees bent. Slowly curl your head and shoulders off
   the floor, then lower.

 PROGRESSION CHART - tick each day

 Day:   1   2   3   4   5   6   7
 AM:   [ ] [ ] [ ] [ ] [ ] [ ] [ ]
 PM:   [ ] [ ] [ ] [ ] [ ] [ ] [ ]

St. Brendan's Rehabilitation Centre - PT Handout 22 (rev. 4)      Page 2 of 2
"""


def test_a_handouts_reps_said_once_for_every_move_build_up_and_its_tick_chart_is_no_move() -> None:
    routine = routine_of(FLEXION_HANDOUT)
    [block] = routine.blocks  # the sheet's foot, "… Page 1 of 2", is where a page ends, not a new part
    assert [(e.name, e.reps, e.hold) for e in block.exercises] == [
        ("Pelvic tilt", r(5, 10), r(5)),  # "Start with 5 … up to 10": a range; its hold is each rep's
        ("Partial sit-up", r(5, 10), None),
    ]  # no "Start" move from the instruction, no "AM"/"PM" moves from the chart


def test_a_flattened_tables_position_column_is_no_part_of_the_moves_name() -> None:
    """A handout's table that lost its layout in the PDF's text: "4. Heel slides Crook lying 2 sets × 10 reps" puts
    the Position column's "Crook lying" after the name ("8. Prone multifidus Lying face down 10 reps × 10 s hold"):
    how the body lies, kept as the move's remark, not its name; "Side-lying clam" keeps its own words."""
    assert (split_entry("Heel slides Crook lying").name, split_entry("Heel slides Crook lying").remark) == (
        "Heel slides", "Crook lying")
    assert split_entry("Prone multifidus Lying face down").name == "Prone multifidus"
    assert split_entry("Side-lying clam").name == "Side-lying clam"


FLATTENED_TABLE = """Exercise programme
Exercise Position Dosage Key points
1. Abdominal drawing-in (TA Crook lying (on 10 reps × 10 s hold Keep the pelvis and
activation) back, knees bent) ribs still
2. Pelvic floor + TA co- Crook lying 10 reps × 5 s hold Lift the pelvic floor
contraction first, then draw in
3. Bridge Crook lying 2 sets × 10 reps Draw in before lifting;
× 5 s hold lift only to the
height you can control
4. Four-point kneeling arm 4-point kneeling 10 reps each arm Keep the trunk level;
lift (hands and knees) × 5 s hold no shift of weight
5. Prone multifidus Lying face down, 10 reps × 10 s hold Gently swell the
activation pillow under muscles beside the
stomach spine

Appointments Monday–Friday 08:00–18:00
"""


def test_a_flattened_tables_name_cells_wrapped_onto_the_line_under_the_row_are_whole() -> None:
    """A university handout's table whose columns ran together: each row's name cell wrapped onto the line under
    it, among the other cells' wrapped ends ("activation) back, knees bent) ribs still"). The name is whole when
    its cell was cut open ("(TA", "co-") or the word is the noun a name ends with ("lift", "activation"); a dose's
    "× 5 s hold" and a key point's words stay where they are. The clinic's hours under the table are no move."""
    routine = routine_of(FLATTENED_TABLE)
    assert [(e.name, e.sets, e.reps, e.hold) for e in routine.exercises] == [
        ("Abdominal drawing-in (TA activation)", 1, r(10), r(10)),
        ("Pelvic floor + TA co-contraction", 1, r(10), r(5)),
        ("Bridge", 2, r(10), r(5)),
        ("Four-point kneeling arm lift", 1, r(10), r(5)),
        ("Prone multifidus activation", 1, r(10), r(10)),
    ]


def test_how_heavy_after_a_comma_is_the_moves_remark() -> None:
    """A forum coach's list: "5) Goblet squat to a box, light. 3x8." and "6) Kettlebell deadlift, start with like
    16-20kg. 3x10.": the load is a remark, the name the move's (the first release kept it in the name, and so no
    reader found the move)."""
    assert (split_entry("Goblet squat to a box, light").name, split_entry("Goblet squat to a box, light").remark) == (
        "Goblet squat to a box", "light")
    assert split_entry("Kettlebell deadlift, start with like 16-20kg").name == "Kettlebell deadlift"
    assert split_entry("Bird dog, opposite arm and leg").name == "Bird dog, opposite arm and leg"


def test_a_paragraph_wrapped_with_a_sentence_ending_at_a_lines_end_is_one_paragraph() -> None:
    """An e-guide's warm-up: "Pelvic clocks - Imagine a clock face on your lower belly." over "Gently tilt your pelvis
    to 12 o'clock, then 6 o'clock. Do" over "10 slow tilts.": one paragraph, so the ten tilts are the clocks', not the
    move's above; a short line under a paragraph ("Cool-down") and a move's line ("Bird dog - 8 each side") stay
    lines of their own."""
    text = ("Warm-up\n\n    Diaphragmatic breathing - Lie on your back with knees bent, one hand on your\n"
            "    chest and one on your belly. Breathe into your belly. 2 minutes.\n\n"
            "    Pelvic clocks - Imagine a clock face on your lower belly.\n"
            "    Gently tilt your pelvis to 12 o'clock, then 6 o'clock. Do\n    10 slow tilts.\n")
    routine = routine_of(text)
    assert [(e.name, e.reps, e.hold) for e in routine.exercises] == [
        ("Diaphragmatic breathing", None, r(120)), ("Pelvic clocks", r(10), None)]
    lines = read_entries("Breathe into your belly so the bottom hand rises, slowly and gently.\n"
                         "Bird dog - 8 each side, holding each one for three seconds.\n", "sheet.txt")
    assert [e.text[:8] for e in lines] == ["Breathe ", "Bird dog"]
