"""Whole pages read as one kind: a printed form (a clinic's exercise sheet with tick boxes beside its moves and
doses, and blanks filled in) and a calendar of days (a challenge's table, a cell a day).

What the therapist ticked is the routine; what was left unticked is not; a form nobody filled in is read whole.
"""

from __future__ import annotations

from article_helpers import LIBRARY, r, routine_of

from backcoach.core.importer import import_article
from backcoach.core.importer.forms import fill_blanks, form_lines
from backcoach.core.importer.source import Kind, read_entries
from backcoach.core.model import Per

SHEET = """CITY HOSPITAL - PHYSIOTHERAPY
Tel: 0161 496 0000 (Mon-Fri 08:00-16:30)

EXERCISES                                    Tick if to do

[x] 1. KNEE ROLLS
    Lying on your back, knees bent. Roll your knees side to side.
    Repeat 10 times each way.

[ ] 2. STRAIGHT LEG RAISE
    Lying on your back. Lift one straight leg.

    Repeat 10 times.

[x] 3. PELVIC TILT
    Lying on your back, knees bent. Flatten your back into the bed.
    10 repetitions, hold each 5 seconds.

[ ] 4. BRIDGING
    (start at 2 week review)

[x] 5. DEEP BREATHING
    Sitting. Breathe in through your nose, out through your mouth.
    5 deep breaths.
"""


def test_only_the_ticked_moves_of_a_discharge_sheet_are_the_routine() -> None:
    """An unticked move goes with its description (the lines under it, and those indented under it past a blank
    line); a ticked one is read as a numbered move without its box; the phone line is no move."""
    routine = routine_of(SHEET)
    assert [(e.name, e.reps, e.hold, e.per) for e in routine.exercises] == [
        ("Knee rolls", r(10), None, Per.SIDE), ("Pelvic tilt", r(10), r(5), None),
        ("Deep breathing", None, r(30), None)]
    lines = SHEET.splitlines()
    kept = form_lines(lines)
    assert len(kept) == len(lines)  # every line where it was
    assert kept[5] == "1. KNEE ROLLS" and kept[9] == kept[10] == kept[12] == ""


def test_boxes_at_the_end_of_a_line_and_a_dose_chosen_among_options() -> None:
    sheet = ["Exercise                    Do?",
             "Bird dog ....... 8 each side   [x]",
             "Superman ....... 10            [ ]",
             "Glute bridge                   ☑",
             "   Sets: ☐ 1  ☑ 2  ☐ 3    Reps: ☐ 8 ☑ 12 ☐ 15",
             "Side plank                     ☐"]
    assert form_lines(sheet) == ["Exercise                    Do?", "Bird dog ....... 8 each side", "",
                                 "Glute bridge", "   Sets: 2 Reps: 12", ""]


def test_a_form_nobody_ticked_and_a_markdown_task_list_keep_every_move() -> None:
    blank = ["[ ] Bird dog - 8 each side", "[ ] Glute bridge - 10 reps"]
    assert form_lines(blank) == ["Bird dog - 8 each side", "Glute bridge - 10 reps"]
    tasks = ["- [x] Bird dog - 8 each side", "- [ ] Glute bridge - 10 reps"]
    assert form_lines(tasks) == tasks  # a to-do list: its unticked items are still the routine
    assert [e.name for e in routine_of("\n".join(tasks), "note.md").exercises] == ["Bird dog", "Glute bridge"]


def test_filled_in_blanks_are_the_words_written_in_them() -> None:
    assert fill_blanks("Sets: __3__   Reps: _10_   Hold: ______ s") == "Sets: 3   Reps: 10   Hold:   s"
    assert fill_blanks("Name: ____Mr R. Castellano____________") == "Name: Mr R. Castellano"
    assert fill_blanks("snake_case_word stays") == "snake_case_word stays"
    routine = routine_of("1. CLAMSHELL\n   Lying on your side.\n   Sets: __3__ Reps: __12__ each side\n\n"
                         "2. BIRD DOG\n   On all fours.\n   Sets: _2_ Reps: _8_ each side\n")
    assert [(e.name, e.sets, e.reps, e.per) for e in routine.exercises] == [
        ("Clamshell", 3, r(12), Per.SIDE), ("Bird dog", 2, r(8), Per.SIDE)]


# -- a calendar of days ------------------------------------------------------------------------------------------

CALENDAR = """<h1>14-Day Core Challenge</h1>
<h2>The calendar</h2>
<table>
<tr><th>Mon</th><th>Tue</th><th>Wed</th><th>Thu</th></tr>
<tr><td><span>Day 1</span><br>Cat-cow x8<br>Bird dog x5 each side<br>Plank 15 sec</td>
<td><span>Day 2</span><br>REST DAY<br><small>gentle walk if you like</small></td>
<td><span>Day 3</span><ul><li>Cat-cow x10</li><li>Superman x6 (2 sec hold)</li></ul></td>
<td><span>Day 4</span><br><b>FINAL DAY! 2 rounds:</b><br>Glute bridge x20<br>Plank 60 sec
<br><small>rest 1 min between rounds</small></td></tr>
<tr><td>Day 5: rest</td><td class="empty"></td><td></td><td></td></tr>
</table>
<table><tr><td>You need</td><td>a mat<br>a towel</td></tr></table>
"""


def test_a_challenge_calendar_is_read_a_day_a_cell() -> None:
    """Each cell opening with its day is that day's class, its lines its moves; a rest day is no class; the
    weekday names over the days are no row; a cell's line breaks in any other table are spaces as before."""
    result = import_article(CALENDAR, "challenge.html", LIBRARY)
    assert result.whole is not None
    blocks = result.whole.routine.blocks
    assert [b.title for b in blocks][:3] == ["Day 1", "Day 3", "Day 4"]
    assert [(e.name, e.reps, e.hold, e.per) for e in blocks[0].exercises] == [
        ("Cat-cow", r(8), None, None), ("Bird dog", r(5), None, Per.SIDE), ("Plank", None, r(15), None)]
    assert [(e.name, e.reps, e.hold) for e in blocks[1].exercises] == [("Cat-cow", r(10), None),
                                                                       ("Superman", r(6), r(2))]
    assert blocks[2].rounds == 2 and blocks[2].rest_between_rounds == r(60)
    assert [(e.name, e.reps, e.hold) for e in blocks[2].exercises] == [("Glute bridge", r(20), None),
                                                                       ("Plank", None, r(60))]
    rows = [e for e in read_entries(CALENDAR, "challenge.html") if e.kind is Kind.ROW]
    assert [e.cells for e in rows] == [("You need", "a mat a towel")]


def test_a_markdown_calendar_breaks_its_cells_with_br() -> None:
    page = ("| Mon | Tue | Wed |\n|---|---|---|\n"
            "| Day 1<br>Cat-cow x8<br>Plank 15 sec | Day 2<br>Rest | Day 3<br>Glute bridge x12<br>Plank 20 sec |\n")
    routine = routine_of(page, "challenge.md")
    assert [(b.title, [(e.name, e.reps, e.hold) for e in b.exercises]) for b in routine.blocks] == [
        ("Day 1", [("Cat-cow", r(8), None), ("Plank", None, r(15))]),
        ("Day 3", [("Glute bridge", r(12), None), ("Plank", None, r(20))])]


HANDOUT_WITH_NOTES = """Core Stability Programme - Phase 2

------------------------------------------------------------
 EXERCISE                   SETS   REPS          HOLD    REST
------------------------------------------------------------
 1. Supine heel slides       2     10 each leg    -      30 sec
 2. Dead bug                 3     8 each side    -      45 sec
 3. Four-point bird dog      3     8 each side    5 sec  45 sec
 4. Wall sit                 2     -              30 sec 60 sec
------------------------------------------------------------

EXERCISE NOTES

1. Supine heel slides
Lie on your back, knees bent. Slowly slide one heel away until the leg is
straight, then slide it back. Alternate legs.

2. Dead bug
On your back with hips and knees at 90 degrees. Lower the opposite arm and
leg towards the floor, then return, and change sides.

3. Four-point bird dog
On hands and knees. Reach one arm forward and the opposite leg back, hold
5 seconds, return, then change sides.

4. Wall sit
Back against the wall, slide down until knees are at about 60 degrees.
"""


def test_a_handouts_notes_on_each_move_of_its_table_describe_those_moves_and_are_not_done_again() -> None:
    """A physio handout's table, then "EXERCISE NOTES" (a line of capitals, no part of its own) with each move's
    number, name and how to do it: the notes are the table's moves' words, and the session does each move once
    (it had done all four again after the table, with guessed doses)."""
    routine = routine_of(HANDOUT_WITH_NOTES, "handout.txt")
    assert [(e.name, e.sets, e.reps, e.hold) for e in routine.exercises] == [
        ("Supine heel slides", 2, r(10), None), ("Dead bug", 3, r(8), None), ("Four-point bird dog", 3, r(8), r(5)),
        ("Wall sit", 2, None, r(30))]
    bird_dog = routine.exercises[2]
    assert "Reach one arm forward" in (bird_dog.instructions or "")
