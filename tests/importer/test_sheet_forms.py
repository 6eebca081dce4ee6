"""Printed sheets, cards, posters and charts: how their layouts say a class (leaders wrapped under a numbered
line, boxes to tick, doses by level, a chart's shorthand, a column a trimester), each with its own test."""

from __future__ import annotations

from article_helpers import r, routine_of

from backcoach.core.importer.phrases import read_cell, read_dose
from backcoach.core.model import Per

SENIORS_SHEET = """  PART 1 - WARMING UP (sitting)                               about 5 mins
  ----------------------------------------------------------------------
   1. Marching on the spot, sitting down ......... 1 minute
   2. Shoulder rolls ......................... 10 backwards
   3. Gentle turns - look over one shoulder, then the other
                                                  ... 6 each way

  ----------------------------------------------------------------------
  PART 2 - STRONG BACK (sitting)                             about 12 mins
  ----------------------------------------------------------------------
   4. Shoulder blade squeeze - elbows bent, squeeze back and down,
      hold for a count of 5 ............................... 8 times
   5. Chair stand (sit to stand) - hands on thighs, or use the chair
      arms if you need them ............................... 5 - 10

  ----------------------------------------------------------------------
  PART 3 - COOL DOWN (sitting)                                 about 5 mins
  ----------------------------------------------------------------------
  Seated hamstring stretch and seated side stretch – Maureen will talk
  you through these. Hold each stretch for about 10 seconds, each side,
  then we finish with a few deep breaths before the kettle goes on.
"""


def test_a_class_sheets_wrapped_numbered_lines_keep_their_doses_after_the_leaders() -> None:
    """A church hall's sheet: a numbered line wrapped onto the line of its leaders (or only the leaders' end and
    the dose set right under it), a bare range after them, parts whose length follows their heading, and the cool
    down's two stretches named first in a paragraph that then doses "each stretch". Before, the wrapped lines
    lost their moves, the bare range was no dose and the stretches were not read."""
    routine = routine_of(SENIORS_SHEET, "sheet.txt")
    assert [b.title for b in routine.blocks] == ["PART 1 - WARMING UP", "PART 2 - STRONG BACK", "PART 3 - COOL DOWN"]
    assert [(e.name, e.reps, e.hold, e.per) for e in routine.exercises] == [
        ("Marching on the spot", None, r(60), None), ("Shoulder rolls", r(10), None, None),
        ("Gentle turns", r(6), None, Per.SIDE), ("Shoulder blade squeeze", r(8), r(5), None),
        ("Sit to stand", r(5, 10), None, None), ("Seated hamstring stretch", None, r(10), Per.LEG),
        ("Seated side stretch", None, r(10), Per.SIDE)]
    assert all("..." not in (e.instructions or "") for e in routine.exercises)


TICK_SHEET = """LOWER BACK PAIN: HOME EXERCISE PROGRAMME (STAGE 2)

Name: ..Margaret Ashworth..............   Hospital no: ..E0742931..
Next appointment: ..01/12/26, 14:20, Room 6..

-------------------------------------------------------------------
STEP 1  PELVIC TILT                                      [ ] done
In the same position, gently flatten the small of your back into the bed. Hold for 5 seconds, then relax.
Repeat 10 times.

-------------------------------------------------------------------
STEP 2  FOUR-POINT KNEELING: ARM AND LEG LIFT            [ ] done
On your hands and knees, back flat. Slowly reach one arm forward and the opposite leg back. Hold for 5 seconds.
6 times each side.
"""


def test_a_sheets_boxes_to_tick_and_filled_in_fields_are_no_words_of_its_moves() -> None:
    """"[ ] done" after each step's name was part of the name (no library move found), the appointment's time
    "14:20" a move of 14 min 20 s, and a name in capitals with a colon inside it was cut at the colon."""
    routine = routine_of(TICK_SHEET, "sheet.txt")
    assert [(e.name, e.reps, e.hold, e.per) for e in routine.exercises] == [
        ("Pelvic tilt", r(10), r(5), None), ("Four-point kneeling: arm and leg lift", r(6), r(5), Per.SIDE)]


POSTER = """<p class="poster-step"><strong>1 &middot; WALK IT OUT</strong><br>
Walk to the end of your floor and back. About a minute.</p>
<p class="poster-step"><strong>2 &middot; SEATED CAT-COW</strong><br>
Back on your chair, hands on knees. Round your back, then arch it.<br>
<span class="dose">&times;8</span></p>
<p class="poster-step"><strong>3 &middot; CHAIR TWIST</strong><br>
Sit tall, hold the back of the chair and turn.<br>
<span class="dose">15 sec each way</span></p>
"""


def test_a_posters_steps_numbered_with_a_middle_dot() -> None:
    """"1 · WALK IT OUT": the number and its dot are no part of the name (the poster gave 11 facts in 56)."""
    routine = routine_of(POSTER, "poster.html")
    assert [(e.name, e.reps, e.hold) for e in routine.exercises] == [
        ("Walk it out", None, r(60)), ("Seated cat-cow", r(8), None), ("Chair twist", None, r(15))]


WARM_UP_CARD = """KEY:   2 x 10 = 2 sets of 10 reps
       ea     = each side / each leg

-------------------------------------------------------------------
 A. WARM UP
-------------------------------------------------------------------
  1  MARCH ON THE SPOT ............................ 60 s
  2  SHOULDER ROLLS (backwards) ................... 10

-------------------------------------------------------------------
 B. MOBILISE
-------------------------------------------------------------------
  3  TRUNK TWIST, arms folded ..................... 10 (5 ea side)
  4  STANDING BACK EXTENSION, hands on hips ....... 5 x 2 s hold
"""


def test_a_cards_numbers_before_names_in_capitals_and_its_parts() -> None:
    """A track workers' card: "1  MARCH ON THE SPOT .... 60 s" is the first move (its number was read as a
    count), "B. MOBILISE" a part (it was a move), "TRUNK TWIST, arms folded" the move and a remark, the card's key
    no move, and "5 x 2 s hold" five reps held two seconds (it was five sets of two seconds)."""
    routine = routine_of(WARM_UP_CARD, "card.txt")
    assert [b.title for b in routine.blocks] == ["WARM UP", "MOBILISE"]
    assert [(e.name, e.reps, e.hold, e.sets) for e in routine.exercises] == [
        ("March on the spot", None, r(60), 1), ("Shoulder rolls", r(10), None, 1), ("Trunk twist", r(5), None, 1),
        ("Standing back extension", r(5), r(2), 1)]
    assert routine.exercises[2].note == "Arms folded."


def test_a_short_held_count_times_seconds_is_reps_held() -> None:
    assert (read_dose("5 x 2 s hold").settle().reps, read_dose("5 x 2 s hold").settle().hold) == (r(5), r(2))
    assert read_dose("3 x 30s").settle().sets == 3  # a set of 30 seconds, as before
    assert read_dose("6 x 10s hold").settle().sets == 6


def test_a_count_of_both_sides_with_a_sides_count_in_brackets() -> None:
    """"10 (5 each side, swap sides each time)" in a table's cell: five a side (it was 5 sets of 10)."""
    dose = read_cell("10 (5 each side, swap sides each time)", "reps").settle()
    assert (dose.sets, dose.reps, dose.per) == (None, r(5), Per.SIDE)


OUTDOOR_GYM = """STATION 2 - BACK EXTENSION BENCH
Lie face down with your hips on the pad. Pause at the top for 2 seconds.

BEGINNER       6 reps
INTERMEDIATE   10 reps
ADVANCED       14 reps

STATION 3 - ROWER
Sit on the seat with your feet on the footrests. Pull the handles towards your chest.

BEGINNER       2 sets x 10
INTERMEDIATE   3 sets x 12
ADVANCED       4 sets x 14

STATION 4 - PLANK BENCH
Place your forearms on the bench and walk your feet back. Hold.

BEGINNER       20 seconds
INTERMEDIATE   30 seconds
ADVANCED       40 seconds
"""


def test_a_signs_doses_by_level_are_ranges_from_the_easiest_to_the_hardest() -> None:
    """An outdoor gym's plates: each level's dose on a line; the routine's range picks the level (the lines had
    been read as moves called "Beginner" or left out)."""
    routine = routine_of(OUTDOOR_GYM, "signs.txt")
    assert [(e.name, e.sets, e.reps, e.hold) for e in routine.exercises] == [
        ("Back extension bench", 1, r(6, 14), r(2)), ("Rower", r(2, 4), r(10, 14), None),
        ("Plank bench", 1, None, r(20, 40))]


WALL_CHART = """KEY
   2/10     = 2 sets of 10 reps
   6e       = 6 each side
   2x:20    = 2 holds of 20 seconds

                 WK1    WK2    WK3
----------------------------------------------
CAT-COW          10     10     10
GLUTE BRIDGE     2/10   2/12   3/10
BIRD DOG         2/6e   2/6e   2/8e
PLANK            2x:20  2x:25  2x:30
SIDE PLANK       -      -      2x:15e
----------------------------------------------
"""


def test_a_wall_chart_of_weeks_with_no_title_over_its_names_and_its_shorthand() -> None:
    """A progression chart typed up: its first column has no title (the names were cut into the first week's
    column), and its cells are in the chart's shorthand ("2/6e", "2x:20"). The routine is week 1."""
    routine = routine_of(WALL_CHART, "chart.txt")
    assert [(e.name, e.sets, e.reps, e.hold, e.per) for e in routine.exercises] == [
        ("Cat-cow", 1, r(10), None, None), ("Glute bridge", 2, r(10), None, None),
        ("Bird dog", 2, r(6), None, Per.SIDE), ("Plank", 2, None, r(20), None)]


TRIMESTERS = """<h2>Your exercises</h2>
<table>
<tr><th>Exercise</th><th>1st trimester (up to 13 weeks)</th><th>2nd trimester (14 to 27 weeks)</th>
<th>3rd trimester (28 weeks to birth)</th></tr>
<tr><td>Pelvic tilts</td><td>10 slow tilts</td><td>10 slow tilts</td><td>10 slow tilts</td></tr>
<tr><td>Cat-cow</td><td>8 slow rounds</td><td>8 slow rounds</td><td>8 slow rounds</td></tr>
<tr><td>Glute bridge</td><td>2 sets of 10</td><td>–</td><td>–</td></tr>
<tr><td>Sit to stand</td><td>–</td><td>2 sets of 8</td><td>2 sets of 5–8</td></tr>
<tr><td>Pelvic floor – long squeezes</td><td>10 squeezes, hold each for 5 seconds</td>
<td>10 squeezes, hold each for 10 seconds</td><td>10 squeezes, hold each for 10 seconds</td></tr>
</table>
"""


def test_a_table_of_trimesters_is_a_class_for_each() -> None:
    """An antenatal handout: each trimester's column is its own part (only the first had been read, as a
    progression's first week is), a dash a move not done then; "8 slow rounds" of one move its reps, "10
    squeezes" the reps of the long squeezes, whose whole name is kept."""
    routine = routine_of(TRIMESTERS, "handout.html")
    assert [b.title for b in routine.blocks] == [
        "1st trimester (up to 13 weeks)", "2nd trimester (14 to 27 weeks)", "3rd trimester (28 weeks to birth)"]
    assert [(e.name, e.sets, e.reps, e.hold) for e in routine.blocks[1].exercises] == [
        ("Pelvic tilts", 1, r(10), None), ("Cat-cow", 1, r(8), None), ("Sit to stand", 2, r(8), None),
        ("Pelvic floor – long squeezes", 1, r(10), r(10))]
    assert [e.name for e in routine.blocks[2].exercises] == [
        "Pelvic tilts", "Cat-cow", "Sit to stand", "Pelvic floor – long squeezes"]


WATCH_SUMMARY = """## Main set · Repeat 3×

| Step | Exercise | Target | Actual |
|---|---|---|---|
| 4 | Superman pulses | Work 0:40 | 0:40 / 0:40 / 0:40 · 31 reps |
| 6 | Glute bridge | Work 0:40 | 0:40 / 0:40 / 0:40 |
| 8 | Plank | Work 0:40 | 0:40 / 0:35 / 0:31 |
"""


def test_a_watchs_summary_reads_the_target_not_what_was_done() -> None:
    """"Target | Actual": the plan and what the wearer did; the part's heading says its rounds after a dot."""
    routine = routine_of(WATCH_SUMMARY, "summary.md")
    block = routine.blocks[0]
    assert (block.title, block.rounds) == ("Main set", 3)
    assert [(e.name, e.hold, e.reps) for e in block.exercises] == [
        ("Superman pulses", r(40), None), ("Glute bridge", r(40), None), ("Plank", r(40), None)]


def test_a_held_moves_time_in_a_dose_cell_is_no_count_of_it() -> None:
    """"Superman hold | 20 sec hold": twenty seconds, not twenty of the hold (a dose cell's "10 squeezes" of "long
    squeezes" is a count of the move, the time before "hold" is not)."""
    table = ("| Exercise | Dose |\n|---|---|\n| Superman hold | 20 sec hold |\n"
             "| Pelvic floor – long squeezes | 10 squeezes, hold each for 5 seconds |\n")
    routine = routine_of(table, "table.md")
    assert [(e.name, e.reps, e.hold) for e in routine.exercises] == [
        ("Superman hold", None, r(20)), ("Pelvic floor – long squeezes", r(10), r(5))]


def test_the_move_said_after_what_it_is_for() -> None:
    """"First, get the blood moving: march on the spot for a couple of minutes": the marching (it was a move called
    "Get the blood moving")."""
    routine = routine_of("First, get the blood moving: march on the spot for a couple of minutes, "
                         "swinging your arms.\n\nShoulder rolls - ten backwards.\n", "note.txt")
    assert [(e.name, e.hold, e.reps) for e in routine.exercises] == [
        ("March on the spot", r(120), None), ("Shoulder rolls", None, r(10))]
