"""Tables whose exercise-name column is not the first, and the cells they hold: each form with its test.

A trial's dosage table numbers its rows ("No. | Exercise | Starting position | Dosage"), a wellbeing email's
schedule puts a minute slot before each move ("3:00 – 5:00 | Seated spinal twist – …"), a physio's progression
gives a column per stage ("Exercise | Weeks 1–2 | Weeks 3–4"), and an email is laid out as a table of tables.
"""

from __future__ import annotations

from article_helpers import LIBRARY, r, routine_of

from backcoach.core.importer import import_article
from backcoach.core.importer.names import Matcher
from backcoach.core.importer.source import Kind, read_entries
from backcoach.core.importer.structure import header_kinds, name_column, slot_length
from backcoach.core.model import Per

TRIAL = """<html><body><h1>Motor control programme</h1>
<p>Rest intervals of 30&nbsp;s between sets and 60&nbsp;s between exercises were used throughout.</p>
<table>
<tr><th>No.</th><th>Exercise</th><th>Starting position</th><th>Dosage</th></tr>
<tr><td>1</td><td>Abdominal drawing-in manoeuvre</td><td>Crook lying</td><td>1 × 10, 10-s hold</td></tr>
<tr><td>2</td><td>Bird dog (opposite arm and leg raise), alternating sides</td><td>Four-point kneeling</td>
<td>3 × 8 each side, 5-s hold</td></tr>
<tr><td>3</td><td>Side bridge from knees</td><td>Side lying</td><td>3 × 15 s each side</td></tr>
<tr><td>4</td><td>Bridging</td><td>Crook lying</td><td>3 × 12</td></tr>
<tr><td>5</td><td>Plank (prone bridge) from forearms</td><td>Prone</td><td>3 × 20 s</td></tr>
</table></body></html>
"""


def test_a_numbered_first_column_is_not_the_name_and_a_dosage_column_is_read() -> None:
    routine = routine_of(TRIAL, "trial.html")
    assert [e.name for e in routine.exercises][:4] == ["Abdominal drawing-in manoeuvre", "Bird dog",
                                                        "Side plank", "Bridging"]  # a side bridge is one
    plank_entry = Matcher(LIBRARY).find(routine.exercises[4].name).entry  # "Plank (prone bridge) from forearms"
    assert plank_entry is not None and plank_entry.name == "Plank"
    drawing, bird, bridge, bridging, plank = routine.exercises
    assert (drawing.sets, drawing.reps, drawing.hold) == (1, r(10), r(10))  # "1 × 10, 10-s hold"
    assert (bird.sets, bird.reps, bird.hold, bird.per) == (3, r(8), r(5), Per.SIDE)  # "3 × 8 each side, 5-s hold"
    assert (bridge.sets, bridge.reps, bridge.hold, bridge.per) == (3, None, r(15), Per.SIDE)
    assert bridge.note is not None and bridge.note.startswith("From knees.")  # how the trial did it, kept
    assert (bridging.sets, bridging.reps) == (3, r(12))
    assert (plank.sets, plank.hold) == (3, r(20))


def test_rests_said_in_the_prose_around_a_table_are_each_the_rest_they_are_beside() -> None:
    routine = routine_of(TRIAL, "trial.html")
    assert (routine.defaults.rest, routine.defaults.between) == (r(30), r(60))  # the routine's: "… throughout"


def test_header_words_that_name_no_dose_leave_the_name_column_to_the_first_unclaimed_one() -> None:
    assert header_kinds(("No.", "Exercise", "Starting position", "Dosage")) == ("index", "name", "ignore",
                                                                               "sets_reps")
    assert header_kinds(("#", "Move", "Sets x reps")) == ("index", "name", "sets_reps")
    assert header_kinds(("#", "", "Sets", "Reps")) == ("index", "name", "sets", "reps")


EMAIL = """<html><body><table width="100%"><tr><td>
<p>From: People team</p>
<h1>Wellbeing Wednesday</h1>
<h2>Your 10-minute desk reset</h2>
<p>Follow the clock: each slot tells you what to do.</p>
<table class="sched">
<tr><td><b>0:00 – 1:00</b></td>
<td><b>Shoulder rolls</b> – sitting tall, roll your shoulders for the whole minute.</td></tr>
<tr><td><b>1:00 – 2:00</b></td>
<td><b>Chin tucks</b> – glide your chin back. 10 slow chin tucks, holding each for 3 seconds.</td></tr>
<tr><td><b>2:00 – 3:00</b></td>
<td><b>Seated cat-cow</b> – arch and round your back with your breath. 8 rounds.</td></tr>
<tr><td><b>3:00 – 5:00</b></td>
<td><b>Seated spinal twist</b> – 30 seconds each side, then repeat both sides once more.</td></tr>
<tr><td><b>5:00 – 6:00</b></td>
<td><b>Wall angels</b> – back against a wall, slide your arms up and down.</td></tr>
</table>
</td></tr></table></body></html>
"""


def test_a_time_slot_column_is_not_the_name_and_the_name_is_the_part_before_the_dash() -> None:
    routine = routine_of(EMAIL, "email.html")
    assert [e.name for e in routine.exercises] == ["Shoulder rolls", "Chin tucks", "Seated cat-cow",
                                                    "Seated spinal twist", "Wall angels"]
    rolls, tucks, cat_cow, twist, angels = routine.exercises
    assert rolls.hold == r(60)  # "for the whole minute"
    assert (tucks.reps, tucks.hold) == (r(10), r(3))  # "10 slow chin tucks": the move's own count
    assert cat_cow.reps == r(8)  # one move's rounds are its reps
    assert (twist.sets, twist.hold, twist.per) == (2, r(30), Per.SIDE)  # "then repeat both sides once more"
    assert angels.hold == r(60)  # no dose in the cell: the slot's minute


def test_a_time_slot_alone_over_each_moves_heading_is_no_dose_of_the_move_before() -> None:
    page = ("<h2>The routine</h2><p>0:00 – 1:00</p><h3>Seated march</h3><p>Lift one knee, then the other, "
            "for one minute.</p><p>1:00 – 2:00</p><h3>Neck side stretch</h3><p>Drop your ear to your shoulder "
            "and hold for 30 seconds. Repeat on the left.</p><p>2:00 – 3:00</p><h3>Chest opener</h3>"
            "<p>Squeeze your shoulder blades together and hold for the full minute.</p>")
    routine = routine_of(page, "slots.html")
    assert [(e.name, e.hold) for e in routine.exercises] == [
        ("Seated march", r(60)), ("Neck side stretch", r(30)), ("Chest opener", r(60))]


def test_the_cells_that_come_before_a_name_are_numbers_and_time_slots() -> None:
    assert name_column(("1", "Bird dog", "3 x 8")) == 1
    assert name_column(("3:00 – 5:00", "Seated twist – 30 s each side")) == 1
    assert name_column(("#2", "Minute 3", "Plank")) == 2
    assert name_column(("Plank", "30 s")) == 0
    assert slot_length(("3:00 – 5:00", "Seated twist")) == 120
    assert slot_length(("9:00 am – 9:30 am", "Walk")) is None  # a time of day, not a slot of the routine
    assert slot_length(("1", "Plank")) is None


def test_an_email_laid_out_as_a_table_of_tables_keeps_its_headings_and_paragraphs() -> None:
    entries = read_entries(EMAIL, "email.html")
    headings = [e.text for e in entries if e.kind is Kind.HEADING]
    assert headings == ["Wellbeing Wednesday", "Your 10-minute desk reset"]
    assert any(e.kind is Kind.TEXT and e.text.startswith("Follow the clock") for e in entries)
    assert sum(1 for e in entries if e.kind is Kind.ROW) == 5


PROGRESSION = """## The programme

| Exercise | Weeks 1–2 | Weeks 3–4 | Weeks 5–6 |
|---|---|---|---|
| Dead bug | 2 × 8 each side | 3 × 8 each side | 3 × 12 each side |
| Glute bridge | 2 × 10, 3 s hold at the top | 3 × 10, 5 s hold | Single-leg bridge 3 × 8 each leg |
| Pallof press (band) | — | 2 × 10 each side | 3 × 12 each side |
| Walking | 10 min | 20 min | 30 min |
"""


def test_a_progression_by_weeks_is_read_from_its_first_column_and_a_dash_means_not_yet() -> None:
    result = import_article(PROGRESSION, "progression.md", LIBRARY)
    assert result.whole is not None
    routine = result.whole.routine
    assert [e.name for e in routine.exercises] == ["Dead bug", "Glute bridge", "Walking"]
    dead_bug, bridge, walking = routine.exercises
    assert (dead_bug.sets, dead_bug.reps, dead_bug.per) == (2, r(8), Per.SIDE)
    assert (bridge.sets, bridge.reps, bridge.hold, bridge.per) == (2, r(10), r(3), None)  # not week 5's "each leg"
    assert walking.hold == r(600)
    assert any("not in the first column" in n.message and n.position.line == 7 for n in result.notes)


PLUS_RULED = """HOME EXERCISE PROGRAMME

 No. | Exercise                    | Sets | Reps / Hold                  | How often
-----+-----------------------------+------+------------------------------+---------------
  1  | Pelvic tilts                |  1   | 10 reps, hold 5 sec          | Daily
  2  | Bridging                    |  3   | 10 reps, hold 3 sec          | Alternate days
  3  | Dead bug                    |  2   | 6 each side (alternate)      | Alternate days

Rest about 30-60 seconds between sets.

PROGRESSION

When the programme feels easy for a whole week, you may:
  - increase the bridge hold to 5 seconds
  - move the side plank from your knees to your feet
"""


def test_a_table_ruled_with_plus_signs_keeps_its_header_and_a_progression_list_is_no_move() -> None:
    routine = routine_of(PLUS_RULED)
    moves = [e for b in routine.blocks for e in b.exercises]
    assert [(e.name, e.sets, e.reps) for e in moves] == [
        ("Pelvic tilts", 1, r(10)), ("Bridging", 3, r(10)), ("Dead bug", 2, r(6))]
    assert routine.defaults.rest == r(30, 60)


def test_a_reps_cells_count_before_a_comma_and_a_hold_is_its_reps_each_held() -> None:
    """A gym's table: "Superman | 2 | 10, 2 sec hold | 30 sec" under Sets / Reps / time / Rest is 2 sets of 10 reps,
    each held 2 s (as "10 (2 sec hold)" already was)."""
    table = ("| Exercise | Sets | Reps / time | Rest |\n|---|---|---|---|\n"
             "| Glute bridge | 3 | 12 | 30 sec |\n| Superman | 2 | 10, 2 sec hold | 30 sec |\n")
    superman = routine_of(table, "core.md").exercises[1]
    assert (superman.name, superman.sets, superman.reps, superman.hold) == ("Superman", 2, r(10), r(2))


def test_a_station_tables_rows_for_the_left_and_the_right_side_are_one_move_each_side() -> None:
    """A gymnastics club's stations: "Side plank – left | 20 sec | 10 sec" then "Side plank – right | 20 sec | 15 sec":
    one side plank, 20 s a side, and the rest after the right side is the rest after the move (it had been two
    side planks); rows of two different moves that happen to say a side stay two moves."""
    page = ("<h1>Conditioning circuit</h1><table><tr><th>Station</th><th>Exercise</th><th>Work</th><th>Rest</th></tr>"
            "<tr><td>1</td><td>Hollow body rocks</td><td>30 sec</td><td>15 sec</td></tr>"
            "<tr><td>2</td><td>Side plank – left</td><td>20 sec</td><td>10 sec</td></tr>"
            "<tr><td>2</td><td>Side plank – right</td><td>20 sec</td><td>15 sec</td></tr>"
            "<tr><td>3</td><td>Clamshell – left</td><td>30 sec</td><td>15 sec</td></tr>"
            "<tr><td>4</td><td>Reverse plank</td><td>30 sec</td><td>–</td></tr></table>")
    routine = routine_of(page, "stations.html")
    assert [(e.name, e.hold, e.per, e.timing.between) for e in routine.exercises] == [
        ("Hollow body rocks", r(30), None, r(15)), ("Side plank", r(20), Per.SIDE, r(15)),
        ("Clamshell", r(30), None, r(15)), ("Reverse plank", r(30), None, None)]
NEWSLETTER = """<html><body><table><tr><td>
<p><strong>MAIN SET</strong> – 30 seconds work / 15 seconds rest. Complete 2 rounds, resting 60 seconds after each
round.</p>
<table>
<tr><td>1.</td><td>Glute bridge</td></tr>
<tr><td>2.</td><td>Bird dog (alternate sides)</td></tr>
<tr><td>3.</td><td>Clamshells</td></tr>
</table>
<p><strong>STRETCH</strong></p>
<table><tr><td>Child's pose</td><td>1 min</td></tr></table>
</td></tr></table></body></html>
"""


def test_an_emails_numbered_rows_are_moves_under_a_bold_titles_circuit() -> None:
    routine = routine_of(NEWSLETTER, "newsletter.html")
    circuit = routine.blocks[0]
    assert circuit.title.lower() == "main set"  # the bold title, its dose after the dash said of the moves below
    assert (circuit.rounds, circuit.rest_between_rounds) == (2, r(60))
    assert [(e.name, e.hold, e.timing.between) for e in circuit.exercises] == [
        ("Glute bridge", r(30), r(15)), ("Bird dog", r(15), r(15)), ("Clamshells", r(30), r(15))]
    assert circuit.exercises[1].per is Per.SIDE  # "(alternate sides)": the 30 s shared by both sides
    assert [e.name for e in routine.blocks[1].exercises] == ["Child's pose"]  # a numbered row is no stretch's


LADDERS = """## The routine

| Exercise (progression) | Sets x reps | Rest |
|---|---|---|
| Bridge progression | 3 x 8–15 | 60 s |
| Arch hold progression | 3 x 20–40 s | 60 s |
| Squat progression | 3 x 10 | 90 s |

## Progressions

### Bridge progression

1. Glute bridge
2. Single-leg glute bridge

### Arch hold progression

1. Superman hold with arms by your sides
2. Superman hold with arms overhead
"""


def test_a_tables_progression_is_the_first_step_listed_under_its_own_heading() -> None:
    routine = routine_of(LADDERS, "wiki.md")
    bridge, arch, squat = routine.blocks[0].exercises
    assert (bridge.name, bridge.sets, bridge.reps, bridge.timing.rest) == ("Glute bridge", 3, r(8, 15), r(60))
    assert (arch.name, arch.sets, arch.hold) == ("Superman hold", 3, r(20, 40))  # "with arms by your sides" a note
    assert arch.note is not None and "by your sides" in arch.note
    assert squat.name == "Squat progression"  # no steps listed for it: as it is named


COACH_SHEET = """Back Strength Programme - Block B,,,,,
Client:,Tom Ashworth,,,,
Notes:,"Warm up 5 min on the bike first.",,,,
,,,,,
Exercise,Sets,Reps,Hold,Rest,Notes
Bird dog,3,8 each side,5 sec,30 sec,Alternate sides
Glute bridge - single leg,3,8 each leg,2 sec,45 sec,All reps one leg then swap
Dead bug,3,10,,30 sec,"5 each side, alternate. Low back flat"
,,,,,
Progression:,"If all sets feel easy for 2 sessions, add 2 reps",,,,
,,,,,
EXERCISE GUIDE,,,,,
Exercise,How to,Video,,,
Bird dog,"Hands under shoulders, knees under hips. Reach one arm forward and the opposite leg back.",https://youtu.be/x,,,
"""


def test_a_coachs_sheet_with_its_labels_notes_and_a_guide_under_it() -> None:
    """A coach's spreadsheet pasted as CSV: "Notes:" over the table says the warm-up (5 minutes on the bike), the
    "Client:" and "Progression:" labels are no moves; "Glute bridge - single leg" is the library's single-leg
    bridge; Reps "10" with Notes "5 each side" is five a side; the guide under it ("Exercise,How to,Video")
    describes the moves, it is no second workout of them."""
    routine = routine_of(COACH_SHEET, "sheet.csv")
    moves = [(e.name, e.sets, e.reps, e.hold, e.per) for e in routine.exercises]
    assert moves == [("Bike", 1, None, r(300), None), ("Bird dog", 3, r(8), r(5), Per.SIDE),
                     ("Single leg Glute bridge", 3, r(8), r(2), Per.LEG), ("Dead bug", 3, r(5), None, Per.SIDE)]
