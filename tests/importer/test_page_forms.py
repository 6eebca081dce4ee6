"""What pages look like before they are read: each form with its test.

A note app's Markdown (front matter, callouts, task boxes, links to other notes), a spreadsheet pasted as
delimited text, a box-drawn table out of a PDF, a newsletter's dotted sub-headings, a social thread copied
from the web page, an interval timer's export, a class's list of timecodes, a page of two columns, a video's
subtitle file, a workout app's log of sets, and moves named
in another language with the English in brackets.
"""

from __future__ import annotations

from article_helpers import LIBRARY, r, routine_of

from backcoach.core.importer import import_article
from backcoach.core.importer.app_logs import fold_logged_sets
from backcoach.core.importer.columns import page_columns
from backcoach.core.importer.names import Matcher, english_first
from backcoach.core.importer.sections import move_name
from backcoach.core.importer.source import Entry, Kind, read_entries, text_entries
from backcoach.core.importer.subtitles import subtitle_lines
from backcoach.core.importer.text_tables import delimited_tables, split_delimited
from backcoach.core.importer.threads import comment_lines, thread_lines
from backcoach.core.importer.timecodes import timecode_class
from backcoach.core.importer.timers import timer_workout
from backcoach.core.model import Per


def kinds(entries: list[Entry]) -> list[tuple[str, str]]:
    return [(e.kind.name, e.text) for e in entries]


# -- a note app's Markdown -----------------------------------------------------------------------------------

NOTE = """---
title: Back day
tags:
  - rehab
cssclasses: [wide-page]
---

# Back day – home version

> [!warning] Red flags
> Numbness down the leg → stop.

## Main circuit

> [!tip]- How to run it (click to expand)
> Go straight from one exercise to the next. **3 rounds**, rest **60 s** between rounds.

- [ ] **Dead bug** — 8 per side, alternating
- [x] **Side plank** — 20 s per side
- ![[bird-dog.png|300]]

> [!example]- Progressions (for later)
> - side plank → full, 30 s

%% TODO: ask about [[RDLs]] %%
"""


def test_front_matter_is_skipped_and_the_title_is_the_first_heading() -> None:
    entries = text_entries(NOTE)
    assert entries[0] == Entry(Kind.HEADING, "Back day – home version", 8, 1, 1, gap=1)
    assert routine_of(NOTE, "note.md").title == "Back day – home version"


def test_a_line_of_dashes_that_closes_no_properties_is_no_front_matter() -> None:
    entries = text_entries("---\nPlank: 30 seconds\nhold it still\n---\nSquat x 10\n")
    assert ("TEXT", "Plank: 30 seconds") in kinds(entries)


def test_callouts_are_read_as_text_unless_for_later_and_task_boxes_and_note_links_are_their_words() -> None:
    entries = text_entries(NOTE)
    assert kinds(entries)[1:8] == [
        ("TEXT", "Red flags:"), ("TEXT", "Numbness down the leg → stop."), ("HEADING", "Main circuit"),
        ("TEXT", "How to run it:"),
        ("TEXT", "Go straight from one exercise to the next. 3 rounds, rest 60 s between rounds."),
        ("ITEM", "Dead bug — 8 per side, alternating"), ("ITEM", "Side plank — 20 s per side")]
    assert not any(e.quoted for e in entries[:8])
    later = [e for e in entries if "full, 30 s" in e.text]
    assert len(later) == 1 and later[0].quoted  # a progression for later is not the routine
    assert not any("TODO" in e.text or "bird-dog" in e.text for e in entries)
    circuit = routine_of(NOTE, "note.md").blocks[0]
    assert (circuit.rounds, circuit.rest_between_rounds) == (3, r(60))
    assert [(e.name, e.hold, e.per) for e in circuit.exercises] == [("Dead bug", None, Per.SIDE),
                                                                  ("Side plank", r(20), Per.SIDE)]


def test_links_to_other_notes_keep_their_words() -> None:
    entries = text_entries("Source: [[Stuart McGill – Back Mechanic]] and [[Physio notes|my notes]]\n")
    assert kinds(entries) == [("TEXT", "Source: Stuart McGill – Back Mechanic and my notes")]


# -- a spreadsheet pasted as text ----------------------------------------------------------------------------

SHEET = '''Hi Marco, the sheet is below.

SESSION A - BACK & CORE;;;;;;
;;;;;;
Block;Exercise;Sets;Reps;Hold (s);Side;Notes
Warm-up;Cat-cow;1;10;;;"slow; with the breath"
Warm-up;Hip flexor stretch;1;;30;each side;
;;;;;;
Main;Pallof press;2;12;2;each side;"red band; ""light"""
Total time;;;;;;40 min
Legend: Hold (s) = seconds per rep;;;;;;
'''


def test_a_delimited_cell_keeps_its_quoted_delimiters() -> None:
    assert split_delimited('Main;Pallof press;"red band; ""light""";', ";") == [
        "Main", "Pallof press", 'red band; "light"', ""]


def test_a_sheet_pasted_as_semicolons_gives_rows_with_their_empty_cells_and_its_parts_headings() -> None:
    entries = read_entries(SHEET, "mail.txt")
    assert kinds(entries)[1:4] == [("TEXT", "SESSION A - BACK & CORE"),
                                   ("ROW", "Exercise | Sets | Reps | Hold (s) | Side | Notes"),
                                   ("HEADING", "Warm-up")]
    rows = [e for e in entries if e.kind is Kind.ROW]
    assert rows[2].cells == ("Cat-cow", "1", "10", "", "", "slow; with the breath")
    assert [e.text for e in entries if e.kind is Kind.HEADING] == ["Warm-up", "Main"]
    assert next(e for e in entries if e.text.startswith("Legend")).quoted  # about the sheet, never a move
    routine = routine_of(SHEET)
    assert [b.title for b in routine.blocks] == ["Warm-up", "Main"]
    stretch, press = routine.blocks[0].exercises[1], routine.blocks[1].exercises[0]
    assert (stretch.name, stretch.hold, stretch.per) == ("Hip flexor stretch", r(30), Per.SIDE)
    assert (press.sets, press.reps, press.hold, press.per) == (2, r(12), r(2), Per.SIDE)


CSV_SHEET = (
    'Block,Exercise,Sets,Reps,Rest,Notes\n'
    '"BACK PROGRAMME – PHASE 1 (wks 1-3) – client: R. F. – coach: I. C.",,,,,\n'
    ',,,,,\n'
    'A – Prep,Cat camel,1,10,,"' + "Small range to start, move through the whole spine, no forcing the ends, " * 3
    + '"\n'
    'B – Core,Dead bug,3,6/side,45s,"Alternate sides. Low back stays down on the floor, the whole time"\n'
    ',Bird dog,3,6/side,45s,alternate\n'
    ',,,,,\n'
    '"NOTE: ' + "Rest is between sets of the same exercise, go straight to the next exercise. " * 3 + '",,,,,\n'
)


def test_a_csv_sheet_keeps_its_long_quoted_notes_and_its_parts_under_a_title_row() -> None:
    """A Google Sheets programme saved as CSV: a title row between the header and the rows, notes cells longer
    than a sentence (quoted, as a spreadsheet writes them) and a Block column that names each part once."""
    assert [len(t.rows) for t in delimited_tables(CSV_SHEET.splitlines())] == [8]
    routine = routine_of(CSV_SHEET)
    assert [e.text for e in read_entries(CSV_SHEET, "sheet.csv") if e.kind is Kind.HEADING] == ["A – Prep", "B – Core"]
    assert [(e.name, e.sets, e.reps, e.timing.rest, e.per) for b in routine.blocks for e in b.exercises] == [
        ("Cat camel", 1, r(10), None, None), ("Dead bug", 3, r(6), r(45), Per.SIDE),
        ("Bird dog", 3, r(6), r(45), Per.SIDE)]
    prose = ["Name, sets, reps and rest are below, as promised, in order.", "Squat, 3, 12, " + "and more, " * 30]
    assert delimited_tables(prose) == []  # a long cell not in quotes is prose


TAB_SHEET = (
    "COACHING\t\t\t\t\n"
    "Section\tExercise\tSets\tReps\tRest\n"
    "WARM UP\tCat-cow\t1\t10\t-\n"
    "\t\t\t\t\n"
    "MAIN\tPallof press\t3\t10/side\t45s\n"
    "\t\t\t\t\n"
    "COOL DOWN\tChild's pose\t1\t60s\t-\n"
)


def test_a_sheet_pasted_with_tabs_keeps_its_rows_after_an_empty_row() -> None:
    """A spreadsheet copied into an e-mail: its empty rows are bare tabs, which are whitespace to a strip, so an
    empty row must not end the table (the first release read the warm-up and lost the rest of the sheet)."""
    assert [len(t.rows) for t in delimited_tables(TAB_SHEET.splitlines())] == [7]
    routine = routine_of(TAB_SHEET)
    assert [b.title for b in routine.blocks] == ["WARM UP", "MAIN", "COOL DOWN"]
    assert [(e.name, e.sets, e.reps, e.timing.rest, e.per) for b in routine.blocks for e in b.exercises][1] == (
        "Pallof press", 3, r(10), r(45), Per.SIDE)


def test_commas_make_a_table_only_when_every_line_has_the_headers_width() -> None:
    csv = "Exercise,Sets,Reps\nSquat,3,12\nPlank,2,\n"
    assert [t.rows[1].cells for t in delimited_tables(csv.splitlines())] == [("Squat", "3", "12")]
    prose = ["Name, sets, reps and rest are below, as promised, in order.", "Squat, 3, 12", "Plank, 2, 30 s, easy"]
    assert delimited_tables(prose) == []
    assert delimited_tables(["a;b;c", "d;e;f"]) == []  # no header: not a workout table


# -- a box-drawn table ---------------------------------------------------------------------------------------

BOX = """┌────┬────────────────────┬──────┬────────────────┐
│ #  │ Exercise           │ Sets │ Reps / Time    │
╞════╧════════════════════╧══════╧════════════════╡
│ WARM-UP                                         │
├────┬────────────────────┬──────┬────────────────┤
│ 1  │ Standing hamstring │ 2    │ 30 s each leg  │
│    │ stretch            │      │                │
├────┼────────────────────┼──────┼────────────────┤
│ 2  │ Cat-camel          │ 1    │ 10             │
└────┴────────────────────┴──────┴────────────────┘
"""


def test_a_box_drawn_table_gives_rows_with_wrapped_cells_joined_and_its_sections_as_headings() -> None:
    assert kinds(text_entries(BOX)) == [
        ("ROW", "# | Exercise | Sets | Reps / Time"), ("HEADING", "WARM-UP"),
        ("ROW", "# | Exercise | Sets | Reps / Time"),
        ("ROW", "1 | Standing hamstring stretch | 2 | 30 s each leg"), ("ROW", "2 | Cat-camel | 1 | 10")]
    routine = routine_of(BOX)
    assert [(e.name, e.sets, e.hold, e.reps, e.per) for e in routine.exercises] == [
        ("Standing hamstring stretch", 2, r(30), None, Per.LEG), ("Cat-camel", 1, None, r(10), None)]


def test_a_framed_aside_of_one_column_is_no_table() -> None:
    page = ("YOUR FIRST WEEK\n\n3. Nerve glide (sitting)\nSit tall and slowly straighten one knee.\n"
            "Repeat 10 times.\n\n"
            "   +------------------------------------+\n   |  WHY A GLIDE AND NOT A STRETCH?    |\n"
            "   |  An irritated nerve does not like  |\n   |  being pulled tight and held.      |\n"
            "   +------------------------------------+\n\n4. Bridges\nLift your hips. Hold 3 seconds.\n"
            "Repeat 8 to 10 times.\n")
    assert "HEADING" not in [kind for kind, _text in kinds(text_entries(page))]
    assert [(e.name, e.reps) for e in routine_of(page).exercises] == [("Nerve glide", r(10)), ("Bridges", r(8, 10))]


def test_a_grid_without_rules_between_rows_joins_only_lines_whose_first_cell_is_empty() -> None:
    grid = ("+---------+------+\n| Exercise | Reps |\n+=========+======+\n| Squat   | 10   |\n"
            "|         | slow |\n| Plank   | 30 s |\n+---------+------+\n")
    assert [e.cells for e in text_entries(grid)] == [("Exercise", "Reps"), ("Squat", "10 slow"), ("Plank", "30 s")]


# -- a printed table set in columns with spaces ---------------------------------------------------------------

ALIGNED = """Table 2 - Main session
-------------------------------------------------------------
Ser  Exercise              Sets x Reps        Rest     Remarks
-------------------------------------------------------------
1    Bird dog              3 x 8 each side    30 sec   Slow
                           (5 sec hold)
2    Prone back extension  2 x 10             45 sec
3    Knee to chest (single) 2 x 30 sec each
-------------------------------------------------------------
Notes:
a. Progress one variable at a time, after two sessions.
"""


def test_a_table_set_in_columns_is_cut_where_its_header_cells_start_with_wrapped_cells_joined() -> None:
    rows = [e.cells for e in text_entries(ALIGNED) if e.kind is Kind.ROW]
    assert rows == [("Ser", "Exercise", "Sets x Reps", "Rest", "Remarks"),
                    ("1", "Bird dog", "3 x 8 each side (5 sec hold)", "30 sec", "Slow"),
                    ("2", "Prone back extension", "2 x 10", "45 sec", ""),  # two spaces from its dose
                    ("3", "Knee to chest (single)", "2 x 30 sec each", "", "")]  # one space
    routine = routine_of(ALIGNED)
    assert [(e.sets, e.reps, e.hold, e.timing.rest) for e in routine.exercises] == [
        (3, r(8), r(5), r(30)), (2, r(10), None, r(45)), (2, None, r(30), r(30))]  # the empty cell guessed
    assert routine.exercises[0].per is Per.SIDE


MARGIN_PLAN = """TIME    EXERCISE / DOSE                 CUES
-----------------------------------------------------------------------

        ** WARM-UP **

0:00    Pelvic curl                     Peel up bone by bone to
        x 8                             bridge, roll down.

-----------------------------------------------------------------------

        ** MAIN **

0:04    Swan prep (prone)               Ball under forehead.
        x 6                             Look down.
"""


def test_a_class_plans_margin_clock_is_when_each_move_starts_and_its_centred_lines_are_sections() -> None:
    assert kinds([e for e in text_entries(MARGIN_PLAN) if e.kind is not Kind.ROW or e.cells[0] != "TIME"]) == [
        ("HEADING", "WARM-UP"), ("ROW", "0:00 | Pelvic curl x 8 | Peel up bone by bone to bridge, roll down."),
        ("HEADING", "MAIN"), ("ROW", "0:04 | Swan prep (prone) x 6 | Ball under forehead. Look down.")]
    routine = routine_of(MARGIN_PLAN)
    assert [b.title for b in routine.blocks] == ["WARM-UP", "MAIN"]
    assert [(e.reps, e.hold) for e in routine.exercises] == [(r(8), None), (r(6), None)]  # "0:04" no hold


# -- a plain-text newsletter ---------------------------------------------------------------------------------

def test_dotted_underlines_are_headings_lettered_items_are_items_and_double_hyphens_are_dashes() -> None:
    text = "The circuit\n...........\n\n  a) Bird dog -- six on each side.\n  b) Glute bridge -- twelve reps.\n"
    assert kinds(text_entries(text)) == [("HEADING", "The circuit"), ("ITEM", "Bird dog – six on each side."),
                                         ("ITEM", "Glute bridge – twelve reps.")]
    assert [(e.name, e.reps, e.per) for e in routine_of(text).exercises] == [("Bird dog", r(6), Per.SIDE),
                                                                            ("Glute bridge", r(12), None)]


# -- a social thread -----------------------------------------------------------------------------------------

THREAD = """Dr. Sam
@sam_dpt
Here's my routine. 🧵
10:14 AM · Mar 3, 2025
1.2M
Views
482

Dr. Sam
@sam_dpt
·
Mar 3
2/ 1. Bird dog: 3x8/side
12
1.1K

Jo
@jo
·
Mar 3
Replying to @sam_dpt
I'd add 3x5 deadlifts
44

Promoted
Posture Pro
@posturepro
Slouching? 30% off.

Dr. Sam
@sam_dpt
3/ 2. Side plank: 3x20s/side
"""


def test_a_threads_authors_posts_are_kept_without_counts_replies_promotions_or_post_numbers() -> None:
    lines = THREAD.splitlines()
    kept = [line.strip() for line in thread_lines(lines) if line.strip()]
    assert kept == ["Here's my routine. 🧵", "1. Bird dog: 3x8/side", "2. Side plank: 3x20s/side"]
    assert len(thread_lines(lines)) == len(lines)  # every line where it was
    routine = routine_of(THREAD)
    assert [(e.name, e.sets, e.reps, e.hold, e.per) for e in routine.exercises] == [
        ("Bird dog", 3, r(8), None, Per.SIDE), ("Side plank", 3, None, r(20), Per.SIDE)]


def test_a_text_with_one_handle_is_no_thread() -> None:
    lines = ["Follow me", "@sam_dpt", "12", "Plank 30 s"]
    assert thread_lines(lines) == lines


# -- an interval timer's export --------------------------------------------------------------------------------

TIMER = """Lunchtime back reset
Exported from Seconds Pro

Warm-up 3:00 Walking
Round 1 of 2
Exercise 0:45 Bird dog (alternating)
Rest 0:15
Exercise 0:45 Glute bridge
Rest 0:15
Exercise 0:30 Clamshell - L
Exercise 0:30 Clamshell - R
Rest 1:00
Round 2 of 2
Exercise 0:45 Bird dog (alternating)
Rest 0:15
Exercise 0:45 Glute bridge
Rest 0:15
Exercise 0:30 Clamshell - L
Exercise 0:30 Clamshell - R
Cool down 2:00 Child's pose

Notes: go gently.
"""


def test_an_interval_timers_list_is_a_warm_up_a_circuit_of_its_rounds_and_a_cool_down() -> None:
    """Each round written out again is one round done twice, the rest after its last move the rest between
    rounds; each move's rest the rest before the next; a move's left and right intervals one move each side, an
    alternating move's interval half a side; the app's line is not the title."""
    routine = routine_of(TIMER)
    assert routine.title == "Lunchtime back reset"
    warm, circuit, cool = routine.blocks
    assert [(e.name, e.hold) for e in warm.exercises] == [("Walking", r(180))]
    assert (circuit.rounds, circuit.rest_between_rounds) == (2, r(60))
    assert [(e.name, e.hold, e.per, e.sets, e.timing.between) for e in circuit.exercises] == [
        ("Bird dog", r(22), Per.SIDE, 1, r(15)), ("Glute bridge", r(45), None, 1, r(15)),
        ("Clamshell", r(30), Per.SIDE, 1, None)]
    assert [(e.name, e.hold) for e in cool.exercises] == [("Child's pose", r(120))]


def test_a_timers_settings_are_not_intervals_and_rounds_that_differ_are_blocks_of_their_own() -> None:
    text = ("Settings\nWork  00:40\nRest  00:20\nSets  2\n\nIntervals\n--- SET 1/2 ---\n[WORK] 00:40 Plank\n"
            "[REST] 00:20\n[WORK] 00:40 Superman\n--- SET 2/2 ---\n[WORK] 00:40 Dead bug\n[REST] 00:20\n"
            "[WORK] 00:40 Superman\n")
    lines = text.splitlines()
    workout = timer_workout(lines)
    assert workout is not None and len(workout.lines) == len(lines)
    assert [line for line in workout.lines if line.strip()] == ["Settings", "Intervals"]
    routine = routine_of(text)
    assert routine.title != "Settings"
    assert [[e.name for e in b.exercises] for b in routine.blocks] == [["Plank", "Superman"], ["Dead bug", "Superman"]]
    assert all(b.rounds == 1 for b in routine.blocks)


def test_a_text_with_fewer_than_three_named_work_intervals_is_no_timer_export() -> None:
    lines = ["Work 0:40 Plank", "Rest 0:20", "Work 0:40 Superman", "Rest 0:20"]
    assert timer_workout(lines) is None


# -- a class's list of timecodes ------------------------------------------------------------------------------

CLASS_PLAN = """Morning mobility with Sam

Chapters
0:00 Intro
0:45 Warm-up
0:45 Marching in place
2:45 Cat cow
4:15 Main part
4:15 Side plank - right
5:00 Side plank - left
5:45 Water break
6:45 Glute bridge
8:45 Bird dog (alternating)
10:45 Outro

Thanks for moving with me!
"""


def test_a_class_of_timecodes_times_each_move_to_the_next_mark() -> None:
    """Each move lasts until the next mark; a mark at the same time as the next is the part it starts; a rest's
    mark is the rest after the move before it; a move's two sides in a row are one move each side, an
    alternating move's time half a side; the intro and the outro are no moves."""
    routine = routine_of(CLASS_PLAN)
    assert [b.title for b in routine.blocks] == ["Warm-up", "Main part"]
    warm, main = routine.blocks
    assert [(e.name, e.hold) for e in warm.exercises] == [("March on the spot", r(120)), ("Cat cow", r(90))]
    assert [(e.name, e.hold, e.per) for e in main.exercises] == [
        ("Side plank", r(45), Per.SIDE), ("Glute bridge", r(120), None), ("Bird dog", r(60), Per.SIDE)]
    assert main.exercises[0].timing.between == r(60)


def test_a_timetable_a_videos_chapters_or_times_that_go_back_are_no_class() -> None:
    assert timecode_class(["07:00 Breakfast", "08:00 Walk to work", "12:30 Lunch", "18:00 Yoga"]) is None
    assert timecode_class(["0:00 Wake up", "30:00 Yoga", "35:00 Stretch", "40:00 Walk"]) is None  # a long gap
    assert timecode_class(["6:00 AM Plank", "6:30 AM Squat", "7:00 AM Bridge", "7:30 AM Rest"]) is None
    assert timecode_class(["0:00 Plank", "1:00 Bird dog", "0:30 Bridge", "1:30 Squat"]) is None
    chapters = ["0:00 Intro", "0:21 Pelvic tilts", "1:02 Knee to chest", "1:56 Knee rolls", "2:44 Glute bridge"]
    assert timecode_class(chapters) is None  # a video's chapters: neither the class's end nor its plan
    assert timecode_class(["0:00 Intro", "0:45 Cat-cow x 10", "1:50 Bird dog 8/side", "3:05 Child's pose 45 sec",
                           "4:00 Glute bridge", "5:00 Outro"]) is None  # chapters that say their own doses
    lines = ["Plan", "00:00 Plank", "01:00 Bird dog", "02:00 Bridge", "03:00 Squat", "04:00 End", "Notes"]
    workout = timecode_class(lines)
    assert workout is not None and [line for line in workout.lines if line] == ["Plan", "Notes"]
    assert [line.text for line in workout.said] == ["Plank – 1 min", "Bird dog – 1 min", "Bridge – 1 min",
                                                    "Squat – 1 min"]


# -- a page of two columns -----------------------------------------------------------------------------------

TWO_COLUMNS = """Back care at home

Exercise 1. Cat-cow                                  Exercise 3. Side plank
On hands and knees, round your back up to the        Lie on your side on one elbow and lift the
ceiling, then let it sag slowly toward the floor.    hips so the body is in one straight line.
Dosage: 10 repetitions.                              Dosage: 3 × 20 s each side.

Exercise 2. Glute bridge                             Exercise 4. Bird dog
Lie on your back with your knees bent and lift       From hands and knees, reach one arm and the
the hips until the body is straight, then lower.     opposite leg out level with the back.
Dosage: 2 sets × 12 repetitions.                     Dosage: 2 × 8 each side.

Exercise 5. Dead bug                                 Stop if the pain spreads into your leg, and
On your back, arms up, lower one arm and the         tell your physiotherapist at the next visit.
opposite leg slowly, then change sides.
Dosage: 3 × 10 repetitions.

Clinic of Back Care · 12 Long Road · Phone 0123 456 789 · Page 1 of 1
"""


def test_a_page_of_two_columns_is_read_left_column_then_right_band_by_band() -> None:
    """Side by side, each column is read on its own; a band whose left column starts with the next number after
    the right column's last starts again from the left; the line across the gutter stays where it is."""
    routine = routine_of(TWO_COLUMNS)
    assert [(e.name, e.sets, e.reps, e.hold, e.per) for e in routine.exercises] == [
        ("Cat-cow", 1, r(10), None, None), ("Glute bridge", 2, r(12), None, None),
        ("Side plank", 3, None, r(20), Per.SIDE), ("Bird dog", 2, r(8), None, Per.SIDE),
        ("Dead bug", 3, r(10), None, Per.SIDE)]
    read = page_columns(TWO_COLUMNS.splitlines())
    assert read is not None
    lines, numbers = read
    assert lines[-1].startswith("Clinic of Back Care") and numbers[-1] == len(TWO_COLUMNS.splitlines())
    assert numbers[lines.index("Exercise 3. Side plank")] == 3  # each line keeps its own number


def test_a_table_with_a_wide_gap_is_no_page_of_columns() -> None:
    """Short cells far from the next column are a table's, not two columns of prose."""
    table = ["Exercise              Sets x reps", *(f"{name:<22}3 x 10" for name in
                                                   ("Cat-cow", "Bird dog", "Dead bug", "Glute bridge", "Side plank",
                                                    "Superman", "Clamshell", "Bridge march"))]
    assert page_columns(table) is None
    assert page_columns(["Plank" + " " * 40 + "Thirty seconds of work"] * 3) is None  # too few rows


# -- names ---------------------------------------------------------------------------------------------------

def test_a_name_in_another_language_gives_way_to_the_english_in_brackets() -> None:
    matcher = Matcher(LIBRARY)
    entries = [
        Entry(Kind.TEXT, "Bhujangasana (Cobra Pose) — hands under the shoulders. 6 times.", 1,
              lead="Bhujangasana (Cobra Pose)"),
        Entry(Kind.TEXT, "Marjaryasana–Bitilasana (Cat–Cow) — 8 rounds.", 2, lead="Marjaryasana–Bitilasana (Cat–Cow)"),
        Entry(Kind.HEADING, "3. Four point kneeling – opposite arm and leg reach (bird dog)", 3, level=3),
        Entry(Kind.ITEM, "Side plank (switch sides halfway) – 30 s", 4),
        Entry(Kind.ITEM, "Dumbbell row (single arm) – 3 x 10", 5),
        Entry(Kind.ITEM, "Balasana (3 breaths)", 6),
    ]
    assert [(e.text, e.lead) for e in english_first(entries, matcher)] == [
        ("Cobra Pose (Bhujangasana) — hands under the shoulders. 6 times.", "Cobra Pose (Bhujangasana)"),
        ("Cat-Cow (Marjaryasana-Bitilasana) — 8 rounds.", "Cat-Cow (Marjaryasana-Bitilasana)"),  # a hyphen, no dash
        ("3. bird dog (Four point kneeling – opposite arm and leg reach)", ""),
        ("Side plank (switch sides halfway) – 30 s", ""), ("Dumbbell row (single arm) – 3 x 10", ""),
        ("Balasana (3 breaths)", "")]
    yoga = routine_of("## Backbends\n\n**Salabhasana (Locust Pose)** — lift the chest. **3 × 5 breaths.**\n\n"
                      "**Setu Bandha Sarvangasana (Bridge Pose)** — lift the hips.\n**6 times.**\n", "yoga.md")
    assert [(e.name, e.reps) for e in yoga.exercises] == [("Locust pose", None), ("Bridge pose", r(6))]
    assert yoga.exercises[1].note == "Setu bandha sarvangasana."


def test_a_stage_or_a_posture_after_a_moves_dash_is_not_its_name() -> None:
    assert [move_name(t) for t in ("1. Pelvic tilt – lying", "6. Dead bug – level 1",
                                   "4 point kneeling – opposite arm/leg lift")] == [
        "Pelvic tilt", "Dead bug", "4 point kneeling – opposite arm/leg lift"]
    matcher = Matcher(LIBRARY)
    found = matcher.find("Hamstring stretch lying").entry
    assert found is not None and found is matcher.find("Lying hamstring stretch").entry


def test_an_emoji_after_a_list_items_bullet_or_a_headings_hashes_is_not_part_of_its_words() -> None:
    text = ("## ⚡ Finisher\n\n**2 rounds** · 60″ rest between rounds 🔁\n\n- 🐻 Bear crawl hold — **45s**\n"
            "- 🪵 Hollow hold — **20s**\n")
    assert kinds(text_entries(text))[::2] == [("HEADING", "Finisher"), ("ITEM", "Bear crawl hold — 45s")]
    block = routine_of(text, "post.md").blocks[0]
    assert (block.rounds, block.rest_between_rounds) == (2, r(60))
    assert [(e.name, e.hold) for e in block.exercises] == [("Bear crawl hold", r(45)), ("Hollow hold", r(20))]


def test_a_copied_posts_comments_likes_and_hashtags_are_blanked_where_they_were() -> None:
    lines = ["maya.physio Desk back? Do THIS", "", "- Cat cow x10", "", ".", "#backpain #physio", "",
             "View all 186 comments", "", "kit.runs Did this at lunch 🙌", "1d 12 likes Reply", "",
             "sarah.k Is the bird dog 30s each side?", "20h 2 likes Reply", "", "2,418 likes", "2 days ago"]
    kept = comment_lines(lines)
    assert len(kept) == len(lines)
    assert [line for line in kept if line.strip()] == ["maya.physio Desk back? Do THIS", "- Cat cow x10"]
    assert comment_lines(["Great post", "1d 12 likes Reply", "- Plank 30 s"]) == [
        "Great post", "1d 12 likes Reply", "- Plank 30 s"]  # one footer: no page of comments


def test_a_copied_pages_headline_is_the_line_above_its_byline_not_its_menu() -> None:
    page = ("Skip to Content\nSubscribe\nSign In\nFitness\nWorkouts\nA Gentle Core Routine for Sore Backs\n"
            "No crunches, nothing that twinges.\nBy Alex Marlow-Finch\nShare\n\n"
            "1. Dead bug – 10 each side\n2. Bird dog – 8 each side\n3. Glute bridge – 12 reps\n")
    assert routine_of(page).title == "A Gentle Core Routine for Sore Backs"
    dated = ("Menu\nLog in\nHealth & wellbeing\nA 10-minute back routine for desk workers\nShare\nFacebook\n"
             "Copy link\nPublished 2 May 2026 · 5 minute read\n\n1. Seated twist – 5 each side\n"
             "2. Chin tucks – 10 reps\n3. Shoulder rolls – 10 reps\n")
    assert routine_of(dated).title == "A 10-minute back routine for desk workers"


def test_a_blog_posts_title_is_its_front_matters_and_an_h1_under_menus_is_the_pages() -> None:
    post = ('---\ntitle: "Gareth\'s story, and the routine that got him digging"\nauthor: R. Pryce\n---\n\n'
            "![A man on an allotment](/img/a.jpg)\n\nGareth hurt his back in April.\n\n"
            "1. Cat-camel – 10 slow repetitions\n2. Glute bridge – 2 sets of 12\n3. Bird dog – 6 each side\n")
    assert routine_of(post, "post.md").title == "Gareth's story, and the routine that got him digging"
    menus = "".join(f"<li><a href='/{n}'>Guide {n}</a></li>" for n in range(70))
    page = (f"<html><body><ul>{menus}</ul><h2>On this page</h2><h1>Exercises for back pain</h1>"
            "<h3>Knee rolls</h3><p>Repeat 8 to 10 times.</p><h3>Pelvic tilt</h3><p>Hold for 5 seconds. Repeat 10 "
            "times.</p></body></html>")
    assert routine_of(page, "page.html").title == "Exercises for back pain"


def test_a_circuits_time_for_each_move_wins_over_the_time_of_the_whole_and_a_second_time_is_two_rounds() -> None:
    page = ("Core circuit\n\nHow to do this workout: Do each move for 40 seconds, then rest 20 seconds before "
            "starting the next one. After the last move, do the whole circuit a second time. That's it: "
            "10 minutes, done.\n\nEquipment: A mat. That's all.\n\n1. Glute bridge\nLift and lower.\n\n"
            "2. Modified side plank\nOn your knees. Hold for 20 seconds, then switch sides.\n\n"
            "3. Forearm plank\nHold it.\n")
    routine = routine_of(page)
    assert routine.equipment == ("mat",)
    assert [(e.name, e.hold) for e in routine.exercises] == [
        ("Glute bridge", r(40)), ("Modified side plank", r(20)), ("Forearm plank", r(40))]
    assert routine.blocks[0].rounds == 2
    assert Matcher(LIBRARY).find("Modified side plank").entry is not None  # the side plank, modified


def test_a_table_of_the_workout_then_the_moves_described_is_one_workout() -> None:
    page = ("<h1>Bulletproof back</h1><table><tr><th>Exercise</th><th>Sets</th><th>Reps</th><th>Rest</th></tr>"
            "<tr><td>1 Trap bar deadlift</td><td>4</td><td>5</td><td>2min</td></tr>"
            "<tr><td>2 45° back extension</td><td>3</td><td>12</td><td>60sec</td></tr>"
            "<tr><td>3A Pallof press</td><td>3</td><td>10 each side</td><td>0sec</td></tr>"
            "<tr><td>3B Dead bug</td><td>3</td><td>8 each side</td><td>60sec</td></tr></table>"
            "<h2>The moves</h2><h3>1 Trap bar deadlift</h3><p>Stand inside the bar and drive up.</p>"
            "<h3>2 45° back extension</h3><p>Hinge over the pad.</p>"
            "<h3>3A Pallof press</h3><p>Press the handle out and hold for two seconds.</p>"
            "<h3>3B Dead bug</h3><p>Extend the opposite arm and leg.</p>")
    routine = routine_of(page, "page.html")
    assert len(routine.blocks) == 1
    assert [(e.name, e.sets, e.reps, e.hold) for e in routine.exercises] == [
        ("Trap bar deadlift", 4, r(5), None), ("45° back extension", 3, r(12), None),
        ("Pallof press", 3, r(10), r(2)), ("Dead bug", 3, r(8), None)]
    assert "Hinge over the pad." in (routine.exercises[1].instructions or "")


def test_a_forum_posts_member_lines_and_dates_are_no_moves_and_a_cue_after_a_count_is_a_cue() -> None:
    page = ("BackTalk Community\n\nDaveR\nJoined: Aug 2026\nMessages: 14\nReaction score: 9\n11 Nov 2026\n#1\n"
            "Here's what my physio has me doing:\nSquats - 10, slow\nBird dogs - 3 sets of 8 each side\n"
            "Glute bridge - 3x12\n")
    assert [(e.name, e.reps) for e in routine_of(page).exercises] == [
        ("Squats", r(10)), ("Bird dogs", r(8)), ("Glute bridge", r(12))]


# -- a video's subtitle file (.srt, WebVTT) ---------------------------------------------------------------------

SRT = """1
00:00:00,000 --> 00:00:03,200
Hey everyone, welcome back to the channel, today we have a short one for your back.

2
00:00:03,200 --> 00:00:06,900
First one is pelvic tilts.
We're going to do fifteen of these,

3
00:00:06,900 --> 00:00:10,450
[soft music]

4
00:01:10,450 --> 00:01:14,100
just follow my pace. Next, glute bridges:
two sets of twelve.
"""

VTT = """WEBVTT
Kind: captions

NOTE made by hand

intro
00:00.000 --> 00:03.000 align:start position:0%
<v Coach>Hey everyone, welcome back to the channel, today a short one for your back.
First one is <i>pelvic tilts</i>.

00:03.000 --> 00:06.000
&gt;&gt; We're going to do fifteen
of these,

00:06.000 --> 00:09.000
of these,
just follow my pace. Next, glute bridges:

00:09.000 --> 00:12.000
♪ upbeat music ♪
two sets of twelve.
"""


def test_a_subtitle_file_is_read_as_the_transcript_it_is() -> None:
    lines = SRT.splitlines()
    kept = [line for line in subtitle_lines(lines) if line.strip()]
    assert kept == ["0:00", "Hey everyone, welcome back to the channel, today we have a short one for your back.",
                    "0:03", "First one is pelvic tilts.",
                    "We're going to do fifteen of these,", "0:06", "1:10", "just follow my pace. Next, glute bridges:",
                    "two sets of twelve."]
    assert len(subtitle_lines(lines)) == len(lines)  # every line where it was
    routine = routine_of(SRT)
    assert [(e.name, e.reps) for e in routine.exercises] == [("Pelvic tilts", r(15)), ("Glute bridges", r(12))]
    assert routine.exercises[1].sets == 2


def test_a_webvtt_file_loses_its_header_notes_markup_speakers_sounds_and_rolling_repeats() -> None:
    kept = [line for line in subtitle_lines(VTT.splitlines()) if line.strip()]
    assert kept == ["0:00", "Hey everyone, welcome back to the channel, today a short one for your back.",
                    "First one is pelvic tilts.", "0:03", "We're going to do fifteen", "of these,", "0:06",
                    "just follow my pace. Next, glute bridges:", "0:09", "two sets of twelve."]
    routine = routine_of(VTT)
    assert [(e.name, e.reps) for e in routine.exercises] == [("Pelvic tilts", r(15)), ("Glute bridges", r(12))]
    assert routine.exercises[1].sets == 2


def test_a_text_with_few_cue_times_or_times_going_back_is_no_subtitle_file() -> None:
    two = ["00:00:01,000 --> 00:00:02,000", "Plank 30 s", "", "00:00:02,000 --> 00:00:03,000", "Bridge 10"]
    assert subtitle_lines(two) == two
    back = [*two, "", "00:00:00,500 --> 00:00:01,000", "Squat 10"]
    assert subtitle_lines(back) == back


# -- a workout app's log of sets as CSV ---------------------------------------------------------------------------

APP_LOG = """Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Weight Unit,Reps,Seconds,Notes,RPE
2026-03-02 07:12:44,Back A,34m,Bird Dog,1,0,kg,8,,"8 each side, alternate",6
2026-03-02 07:12:44,Back A,34m,Bird Dog,2,0,kg,8,,,6
2026-03-02 07:12:44,Back A,34m,Bird Dog,3,0,kg,10,,,7
2026-03-02 07:12:44,Back A,34m,Side Plank,1,0,kg,,20,left,
2026-03-02 07:12:44,Back A,34m,Side Plank,2,0,kg,,20,right,
2026-03-02 07:12:44,Back A,34m,Side Plank,3,0,kg,,20,left,
2026-03-02 07:12:44,Back A,34m,Side Plank,4,0,kg,,20,right,
2026-03-04 18:03:10,Back B,29m,Bird Dog,1,0,kg,8,,,
2026-03-04 18:03:10,Back B,29m,Suitcase Carry,1,16,kg,,30,L hand,7
2026-03-04 18:03:10,Back B,29m,Suitcase Carry,2,16,kg,,30,R hand,7
"""


def test_an_apps_log_of_sets_is_one_row_a_move_and_a_section_a_workout() -> None:
    """Strong-style CSV: the rows of one exercise in a row are its sets; weights, RPE and the workout's length
    are left out; a side a set ("left", "R hand" taking turns) is half as many sets each side."""
    table = fold_logged_sets(delimited_tables(APP_LOG.splitlines())[0])
    assert [(row.cells, row.section) for row in table.rows] == [
        (("Exercise", "Sets", "Reps", "Hold (s)", "Notes"), False),
        (("Back A – 2026-03-02",), True),
        (("Bird Dog", "3", "8-10", "", "8 each side, alternate"), False),
        (("Side Plank", "2", "", "20", "each side"), False),
        (("Back B – 2026-03-04",), True),
        (("Bird Dog", "1", "8", "", ""), False),
        (("Suitcase Carry", "1", "", "30", "each side"), False)]
    routine = routine_of(APP_LOG, "log.csv")
    moves = [(e.name, e.sets, e.reps, e.hold, e.per) for b in routine.blocks for e in b.exercises]
    assert moves == [("Bird dog", 3, r(8, 10), None, Per.SIDE), ("Side plank", 2, None, r(20), Per.SIDE),
                     ("Bird dog", 1, r(8), None, None), ("Suitcase carry", 1, None, r(30), Per.SIDE)]


def test_a_sheet_without_a_set_column_is_no_log() -> None:
    sheet = "Exercise,Sets,Reps\nSquat,3,12\nSquat,2,10\n"
    table = delimited_tables(sheet.splitlines())[0]
    assert fold_logged_sets(table) is table


def test_a_warm_up_sentence_opening_the_circuits_paragraph_is_its_own_part() -> None:
    page = ("<html><body><h1>Core for cyclists</h1><p>Intro about riders.</p><h2>How to do the routine</h2>"
            "<p>Warm up with five minutes of easy spinning or a brisk walk. Then do the exercises as a circuit: one "
            "after the other, with 15 seconds' rest between exercises. Once you've done all three, rest for one "
            "minute, then go round again. Aim for three rounds in total.</p>"
            "<h3>1. Plank</h3><p>Forearms down. <strong>Time:</strong> 30 seconds</p>"
            "<h3>2. Dead bug</h3><p>Lie on your back. <strong>Reps:</strong> 10 each side, alternating</p>"
            "<h3>3. Side plank</h3><p>On your side. <strong>Time:</strong> 30 seconds each side</p></body></html>")
    routine = routine_of(page, "page.html")
    warm, circuit = routine.blocks
    assert (warm.title, warm.exercises[0].hold) == ("Warm-up", r(300))
    assert (circuit.rounds, circuit.rest_between_rounds) == (3, r(60))
    assert [(e.name, e.timing.between) for e in circuit.exercises] == [
        ("Plank", r(15)), ("Dead bug", r(15)), ("Side plank", r(15))]


def test_a_moves_rounds_alone_on_a_line_under_its_description_are_its_reps() -> None:
    page = ("Desk reset\n\n1. Chin tucks\nSit up straight. Hold for 3 seconds, then relax.\nDo this 5 times.\n"
            "2. Seated cat-cow\nHands on your knees. Breathe in as you arch your back; breathe out as you round it.\n"
            "8 slow rounds.\n3. Side bend\nSlide your hand down.\n5 each side, alternating.\n")
    routine = routine_of(page)
    assert routine.blocks[0].rounds == 1
    assert [(e.name, e.reps) for e in routine.exercises] == [
        ("Chin tucks", r(5)), ("Seated cat-cow", r(8)), ("Side bend", r(5))]


def test_an_exercise_cards_strip_of_bold_labels_and_values_reads_as_the_dose() -> None:
    page = ("<html><body><h1>Home exercise programme</h1><p>22 Station Parade, Ashgrove</p>"
            "<div><h3>1. Curl-up</h3><ol><li>Lie on your back.</li><li>Lift your head a little.</li></ol>"
            "<div><span><b>Reps</b>6</span><span><b>Sets</b>3</span><span><b>Hold</b>10 sec</span>"
            "<span><b>Rest</b>30 sec</span></div></div>"
            "<div><h3>2. Bridge</h3><ol><li>Lift your hips.</li></ol>"
            "<div><span><b>Reps</b>12</span><span><b>Sets</b>3</span><span><b>Rest</b>45 sec</span></div></div>"
            "</body></html>")
    assert [(e.name, e.sets, e.reps, e.hold, e.timing.rest) for e in routine_of(page, "hep.html").exercises] == [
        ("Curl-up", 3, r(6), r(10), r(30)), ("Bridge", 3, r(12), None, r(45))]


# -- a saved page's banners, menus and bylines --------------------------------------------------------------

BANNERED = """<html><body>
<div class="consent"><h2>Cookies on the NHS Westmoor website</h2>
<p>We value your privacy. We and our 214 partners store and/or access information on a
device, such as cookies, and process personal data for personalised ads and content.</p></div>
<p>Let us know if this is OK. We'll use a cookie to save your choice.</p>
<div class="alert"><p>Visitor guidelines have changed. Learn more</p></div>
<nav><p>Home › Fitness › Training</p></nav>
<h1>The 20-minute core routine</h1>
<p>By Tomasz Reilly · published 17 April 2026 · 5 min read</p>
<p>Hours in a flexed position on the bike are tough on the lower back. A little work off the bike helps.</p>
<h2>1. Plank</h2><p>Forearms on the floor, body in a straight line.</p><p>Time: 45 seconds</p>
<h2>2. Bird dog</h2><p>From all fours, reach one arm and the opposite leg.</p><p>Reps: 8 each side</p>
</body></html>"""


def test_a_pages_cookie_banner_alert_menu_and_byline_never_open_the_summary() -> None:
    routine = routine_of(BANNERED, "page.html")
    assert (routine.summary or "").startswith("Hours in a flexed position on the bike are tough on the lower back.")
    for clutter in ("cookies", "partners", "Learn more", "Home ›", "Tomasz"):
        assert clutter not in (routine.summary or "")
    assert [e.name for b in routine.blocks for e in b.exercises] == ["Plank", "Bird dog"]


def test_a_health_pages_video_line_gives_no_hold_to_the_move_it_shows() -> None:
    page = ("<html><body><h1>Exercises for back pain</h1>"
            "<h2>1. Knee rolls</h2><p>Video: knee rolls (0:46). Read the transcript</p>"
            "<p>Lie on your back with your knees bent.</p><p>Do this 5 to 10 times on each side.</p>"
            "<h2>2. Bridge</h2><p>Video | bridge (0:44)</p><p>Hold for 5 seconds, then lower.</p>"
            "<p>Repeat 5 to 10 times.</p></body></html>")
    assert [(e.name, e.sets, e.reps, e.hold) for e in routine_of(page, "page.html").exercises] == [
        ("Knee rolls", 1, r(5, 10), None), ("Bridge", 1, r(5, 10), r(5))]


# -- a move's heading that starts the last part --------------------------------------------------------------

FINISH_HEADING = """# Core circuit

Do the exercises as a circuit, with 15 seconds' rest between exercises. Aim for three rounds in total.

## 1. Plank
Forearms down, body straight.
Time: 45 seconds

## 2. Superman
Lie face down and lift your arms and legs.
Reps: 12

## Finish: Kneeling hip flexor stretch
Kneel on one knee and shift your weight forward.
Time: Hold for 45-60 seconds on each side
"""


def test_a_moves_heading_labelled_finish_is_a_part_of_its_own_after_the_circuit() -> None:
    routine = routine_of(FINISH_HEADING, "circuit.md")
    assert move_name("Finish: Kneeling hip flexor stretch") == "Kneeling hip flexor stretch"
    circuit, finish = routine.blocks[-2:]
    assert [e.name for e in circuit.exercises] == ["Plank", "Superman"]
    assert circuit.rounds == 3
    assert finish.title == "Finish" and finish.rounds == 1
    [stretch] = finish.exercises
    assert stretch.name == "Kneeling hip flexor stretch" and stretch.hold == r(45, 60) and stretch.per is Per.SIDE


CHAPTERS = """10 Min Lower Back Routine

⏱ TIMESTAMPS
0:00 Intro
2:20 Pelvic tilts x 10
7:05 Bird dog - 6 each side, 3 second hold
8:20 Cat camel x 8
8:55 Child's pose - 30 secs
"""


def test_a_videos_chapters_are_each_a_line_and_a_count_after_x_is_no_part_of_the_name() -> None:
    moves = [e for b in routine_of(CHAPTERS).blocks for e in b.exercises]
    assert [(e.name, e.reps) for e in moves] == [
        ("Pelvic tilts", r(10)), ("Bird dog", r(6)), ("Cat camel", r(8)), ("Child's pose", None)]


def test_a_forum_posts_buttons_and_its_authors_rank_are_no_moves_nor_counts() -> None:
    """A forum thread copied from the browser: "[ Quote ] [ Reply ] [ Report ]   Thanks x 312" under a post (the
    312 thanks had become 100 sets of the walking above it) and the next post's author with their rank ("Forum
    Moderator" had become a move)."""
    page = ("Back routine after a disc\n\n1) Bridges\nLift your hips. 10 times.\n\n2) Walking\nStart with what you can "
            "manage, even 5 minutes.\n\nJen x\n\n[ Quote ] [ Reply ] [ Report ]          Thanks x 312\n\n"
            "----------------------------------------\nModeratorJen                        #3\nForum Moderator\n\n"
            "Just the one set of 10, Mike.\n\n[ Quote ] [ Reply ] [ Report ]          Thanks x 11\n")
    routine = routine_of(page, "forum.txt")
    assert [(e.name, e.sets, e.reps, e.hold) for e in routine.exercises] == [
        ("Bridges", 1, r(10), None), ("Walking", 1, None, r(300))]


ERG_PAGE = """+++
title = "Ergo warm-up and back prehab"
date = 2026-01-09
tags = ["training", "indoor", "injury prevention"]
+++

*Posted by the coaching team*

## Part 1: Erg warm-up (on the machine)

1. **Easy paddle** – 5 minutes, light pressure, rate 18-20.
2. **Arms only** – 10 strokes. Legs straight, body upright.

## Part 2: Back prehab circuit (on a mat)

Do the exercises one after another with little or no rest between them. That's one round. **Do 2 rounds, with
1 minute rest between rounds.**

| # | Exercise | Dose |
|---|---|---|
| 1 | Dead bug | 8 each side, alternating |
| 2 | Glute bridge | 12, squeeze 2 s at the top |

### Technique reminders

- **Dead bug:** low back stays in contact with the mat the whole time.
- **Glute bridge:** squeeze your glutes, don't arch.
"""


def test_a_hugo_posts_toml_front_matter_and_a_rowing_clubs_parts() -> None:
    """A Hugo post's ``+++`` front matter gives its title (its ``tags = …`` line had been the title); "Part 2: Back
    prehab circuit (on a mat)" is a part however long its title; "little or no rest between them" is no rest
    between the moves, and the rest between rounds said after it still counts; strokes on the erg are reps; the
    technique reminders under a third-level heading are advice, not the moves again."""
    routine = routine_of(ERG_PAGE, "erg.md")
    assert routine.title == "Ergo warm-up and back prehab"
    warm_up, circuit = routine.blocks
    assert [(e.name, e.reps, e.hold) for e in warm_up.exercises][1] == ("Arms only", r(10), None)
    assert (circuit.title, circuit.rounds, circuit.rest_between_rounds) == (
        "Part 2: Back prehab circuit (on a mat)", 2, r(60))
    assert [(e.name, e.timing.between) for e in circuit.exercises] == [("Dead bug", r(0)), ("Glute bridge", r(0))]


def test_a_carousel_posts_numbered_slides_are_moves_and_rounds_of_a_held_move_are_its_sets() -> None:
    """A physio's carousel copied as text: "05 | SIDE PLANK FROM KNEES" is a numbered move (the page had been read
    by its last resort, "Slide 7/8" a move), and "20-30 sec each side" then "x 2 rounds" under it are two holds a
    side; the last slide's "Do this 3-4x per week" is no more of the move on the slide before it."""
    post = ("northgate_physio\n\nSlide 1/3\n01 | CAT-CAMEL\nOn hands & knees. Round up slowly, then let the back "
            "sag.\n8 slow reps\n\nSlide 2/3\n02 | GLUTE BRIDGE\nSqueeze and lift, lower slowly.\n2 x 10\n\n"
            "Slide 3/3\n03 | SIDE PLANK FROM KNEES\nElbow under shoulder, knees bent, hips UP.\n20-30 sec each side\n"
            "x 2 rounds\n\nSlide 4/4\nDo this 3-4x per week for 4 weeks\nStart with the reps on the slides, and add "
            "a third set to the bridges after 2 weeks\n")
    routine = routine_of(post, "carousel.txt")
    assert [(e.name, e.sets, e.reps, e.hold, e.per) for e in routine.exercises] == [
        ("Cat-camel", 1, r(8), None, None), ("Glute bridge", 2, r(10), None, None),
        ("Side plank", 2, None, r(20, 30), Per.SIDE)]


WHATSAPP = """[12/03/2026, 08:14] Sam Physio: Morning Jess! Here's your home programme from yesterday's session
[12/03/2026, 08:15] Sam Physio: 1. Pelvic tilts lying on your back, knees bent
10 reps, small movement, flatten your back into the floor then relax
[12/03/2026, 08:16] Sam Physio: 2. Bridge
2 sets of 10, hold at the top for 3 secs
[12/03/2026, 08:22] Sam Physio: 3. Bird dog on all fours
3 sets of 6 each side
[12/03/2026, 08:24] Sam Physio: 4. Finish with knee to chest stretch, 30 secs each leg
[12/03/2026, 08:25] Jess Turner: Ok brilliant. Quick q, does it matter which leg first?
[12/03/2026, 08:31] Sam Physio: No, either is fine. Do them 2 x 20 sec if 30 is too much
[12/03/2026, 08:47] Sam Physio: Sorry Jess, correction!! Bird dog should be 2 sets not 3 for this first week
[12/03/2026, 09:06] Sam Physio: Ha yes that's the one. And a minute between the bridges and bird dog is fine
[12/03/2026, 09:06] Sam Physio: Oh and the bridges, rest 30 secs between the 2 sets too
"""


def test_a_chat_exports_numbered_messages_are_its_moves_and_the_talk_after_them_is_not() -> None:
    """A WhatsApp export: "1. Pelvic tilts …" after the sender is a numbered move as it would be alone (the page
    had been read by its last resort); the other person's turn ends the last move (its question and the answers had
    become that move's description and dose); "Finish with" names the move after it; "Bird dog should be 2 sets"
    corrects it; "Ha yes that's the one" and "Oh and the bridges, rest 30 secs" are talk, not moves."""
    routine = routine_of(WHATSAPP, "chat.txt")
    assert [(e.name, e.sets, e.reps, e.hold, e.per) for e in routine.exercises] == [
        ("Pelvic tilts", 1, r(10), None, None), ("Bridge", 2, r(10), r(3), None),
        ("Bird dog", 2, r(6), None, Per.SIDE), ("Knee to chest stretch", 1, None, r(30), Per.LEG)]
QA_PAGE = """<html itemscope itemtype="https://schema.org/QAPage">
<head><title>Core routine? - Fitness Stack Exchange</title></head>
<body><h1 itemprop="name">Is this a good core routine?</h1>
<div class="question"><div class="s-prose" itemprop="text"><p>I do this every evening:</p>
<pre><code>crunches        3x20
superman        3x15
</code></pre></div>
<div class="comments"><span class="comment-copy">How long is your plank?</span> – Bruno Mar 2 at 19:05</div></div>
<div class="answer" itemscope itemtype="https://schema.org/Answer">
<div itemprop="text"><p>Add a dead bug 3 x 8.</p></div></div>
<div class="answer accepted-answer" itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer">
<div class="votecell">15</div>
<div class="s-prose" itemprop="text"><p>Something like this, done daily:</p>
<pre><code>1. Cat-camel             1 x 8      (slow, small range)
2. Curl-up               5-3-1      (hold each rep 8-10 s)
3. Glute bridge          2 x 12
</code></pre>
<p>So the curl-up is really three sets (5, then 3, then 1). For the glute bridge, rest 30 seconds between sets.</p>
</div>
<div class="post-signature">answered <span>Mar 3 at 9:12</span></div>
<div class="comments"><span class="comment-copy">Good answer, and do 20 min walk on bad days.</span></div>
</div></body></html>
"""


def test_a_qa_pages_routine_is_its_accepted_answer_and_a_pre_blocks_lines_are_lines() -> None:
    routine = routine_of(QA_PAGE, "qa.html")
    # the asker's routine, the other answer and the comments are no part of it; the <pre> plan a line a move
    assert [(e.name, e.sets, e.reps) for e in routine.exercises] == [
        ("Cat-camel", 1, r(8)), ("Curl-up", 1, r(5)), ("Curl-up", 1, r(3)), ("Curl-up", 1, r(1)),
        ("Glute bridge", 2, r(12))]
    assert all(e.hold == r(8, 10) for e in routine.exercises[1:4])  # a note about one move ends with its sentence
    assert all(e.per is None for e in routine.exercises)


def test_a_qa_answers_footer_and_comments_are_no_more_of_its_last_move() -> None:
    """A Q&A thread copied from the browser: the answer's last move ends at "Share  Improve this answer  Follow";
    "edited Mar 3 '24 at 9:20" is no hold of nine minutes, and a comment's "if you only had 5 minutes?" is none, nor
    the clock of a comment about a move ("The bird dog is harder than it looks. – … at 21:01")."""
    page = ("What's a good beginner routine?\n\n1. Bird dog\nOn hands and knees, reach one arm and the opposite leg. "
            "8 per side.\n\n2. Cat-camel\nBack on hands and knees. Slowly round your back up, then let it sag gently. "
            "10 slow cycles.\n\nShare  Improve this answer  Follow\nedited Mar 3 '24 at 9:20\nanswered Sep 19 '23 at "
            "20:15\n\n    Which of these would you do if you only had 5 minutes? – quietfox Sep 21 '23 at 07:44\n"
            "    The bird dog is harder than it looks. – dnorth_k Oct 22 '23 at 21:01\n")
    bird_dog, cat_camel = routine_of(page, "qa.txt").exercises
    assert (bird_dog.sets, bird_dog.reps, bird_dog.hold, bird_dog.per) == (1, r(8), None, Per.SIDE)
    assert (cat_camel.name, cat_camel.reps, cat_camel.hold) == ("Cat-camel", r(10), None)


CROSSFIT_POST = """---
title: "Mobility Monday: Bulletproof Your Back"
---

## WOD: "Steel Spine"

**3 RFT** (rounds for quality, not time!):

- 10 Bird Dogs (5 each side, alternating)
- 30-sec Side Plank / side
- 5 Superman lifts (hold 3 sec)
- 20-sec Hollow Hold

*Rest 2:00 between rounds.*

### Scaling options

| Movement | Rx | Scaled | Beginner / Injury |
|---|---|---|---|
| Bird dog | 5/side | 5/side | 3/side |
| Side plank | 30 sec/side | 20 sec/side | from knees, 20 sec/side |

### Coming up this week

- **Tuesday:** Back squat 5×5 + "Annie"
- **Saturday:** Community class 9:00 am, bring a friend!
"""


def test_a_box_blogs_workout_with_its_scaling_table_and_the_days_coming_up() -> None:
    """A CrossFit box's post: "10 Bird Dogs (5 each side, alternating)" is five a side (it had been five sets of
    ten), "5 Superman lifts (hold 3 sec)" a name and its hold (not "Superman lifts (hold"); the "Rx | Scaled |
    Beginner" table says how to scale those moves, it is no second workout; "**Tuesday:** Back squat 5×5" under
    "Coming up this week" is another day's class (the page had been read as that one move)."""
    result = import_article(CROSSFIT_POST, "wod.md", LIBRARY)
    assert len(result.sessions) == 1
    routine = result.sessions[0].routine
    assert [(b.rounds, b.rest_between_rounds) for b in routine.blocks] == [(3, r(120))]
    assert [(e.name, e.reps, e.hold, e.per) for e in routine.exercises] == [
        ("Bird dogs", r(5), None, Per.SIDE), ("Side plank", None, r(30), Per.SIDE),
        ("Superman lifts", r(5), r(3), None), ("Hollow hold", None, r(20), None)]


def test_an_apps_exercise_counter_is_no_part_of_the_class() -> None:
    """A fitness app's workout copied from its page: "Exercise 1 of 8" over each move is the player's counter (each
    had become a part of its own); the move's "40s work / 20s rest" under its name is its dose; "Reviews" and "See
    all 412 reviews >" are the page's, not moves."""
    page = ("Desk Worker Back Reset\n\nExercise 1 of 3\nStanding Y raise\n40s work / 20s rest\nLift both arms into a "
            "Y above your head, thumbs back, and lower slowly.\n\nExercise 2 of 3\nBird dog\n40s work / 20s rest\n"
            "Alternate sides every rep.\n\nExercise 3 of 3\nGlute bridge\n40s work / 20s rest\nLie on your back, feet "
            "flat, and lift your hips.\n\nReviews\n★★★★★ Great for my back. – Sam\nSee all 412 reviews >\n")
    routine = routine_of(page, "app.txt")
    assert len(routine.blocks) == 1
    assert [(e.name, e.hold, e.timing.between) for e in routine.exercises] == [
        ("Standing Y raise", r(40), r(20)), ("Bird dog", r(40), r(20)), ("Glute bridge", r(40), r(20))]


WEEKLY_TABLES = """4. Weekly programme

WEEK 1 – Foundation

 Exercise                    Sets   Reps / time            Rest
 ─────────────────────────────────────────────────────────────────
 A  Cat–camel                1      8 cycles               –
 C  Bird dog                 3      5 each side, 8 s hold  30 s
 E  McGill curl-up           3      6, 8 s hold            30 s

WEEK 2 – Foundation

 Exercise                    Sets   Reps / time            Rest
 ─────────────────────────────────────────────────────────────────
 A  Cat–camel                1      8 cycles               –
 C  Bird dog                 3      6 each side, 8 s hold  30 s
"""


def test_a_pdfs_weekly_tables_keyed_by_letters_are_a_week_each() -> None:
    """A university programme out of a PDF: a table a week set in columns, each move keyed by a letter to its
    description ("A  Cat–camel"), "5 each side, 8 s hold" in the Reps cell. The letter is no part of the name, nor
    the en dash a separator; the next week's title ends the table above it instead of being a row of it."""
    routine = routine_of(WEEKLY_TABLES)
    assert [b.title for b in routine.blocks] == ["WEEK 1 – Foundation", "WEEK 2 – Foundation"]
    week_1 = routine.blocks[0].exercises
    assert [e.name for e in week_1] == ["Cat camel", "Bird dog", "McGill curl-up"]  # the library's name
    bird_dog = week_1[1]
    assert (bird_dog.sets, bird_dog.reps, bird_dog.hold, bird_dog.per) == (3, r(5), r(8), Per.SIDE)
    assert (week_1[2].reps, week_1[2].hold) == (r(6), r(8))


PHONE_CHAT = """[10:42, 03/05/2026] Sarah Physio: Hi Tom, here are your exercises from today's session
[10:43, 03/05/2026] Tom: Brilliant thanks Sarah
[10:45, 03/05/2026] Sarah Physio: 2️⃣ Bridges
Lift the hips, pause for 3 secs at the top, slowly down
3 x 10, rest 30 secs between sets
[10:47, 03/05/2026] Sarah Physio: 3️⃣ Bird dog
Opposite arm and leg, hold 5 secs. Alternate sides
8 each side, 2 sets. Take 30 secs between sets
[10:48, 03/05/2026] Tom: Is it ok if my back clicks a bit on the bird dog?
[10:52, 03/05/2026] Sarah Physio: 4️⃣ Side plank from your knees
20 secs each side x 3
"""


def test_a_chat_copied_from_a_phone_with_the_time_first_and_each_moves_dose_on_the_lines_under_it() -> None:
    """A WhatsApp chat copied from a phone, the time before the date ("[10:42, 03/05/2026] Sarah Physio: …"); each
    move a message, its name on the first line and how to do it and how much on the lines under it ("Lift the
    hips, pause for 3 secs at the top", "3 x 10, rest 30 secs between sets"): the lines are the move's, no moves of
    their own, nor doses of no move."""
    routine = routine_of(PHONE_CHAT)
    assert [(e.name, e.sets, e.reps, e.hold, e.timing.rest) for e in routine.exercises] == [
        ("Bridges", 3, r(10), r(3), r(30)), ("Bird dog", 2, r(8), r(5), r(30)), ("Side plank", 3, None, r(20), None)]


NOTION_PAGE = """# Lunchtime Back Routine (Mon / Wed / Fri)

## This week

- [x]  Monday
- [x]  Wednesday
- [ ]  Friday

## Routine

### 1 · Loosen up (standing)

- [ ]  **Standing back extensions** — 10 reps, hands on hips, small range

### 2 · Strength (on the mat)

> Circuit, **2 rounds**. 1 min rest after each round. No rest between exercises.
>
- [ ]  **Glute bridge** — 12 reps
- [ ]  **Bird dog** — 8 each side, alternating
"""


def test_a_notes_pages_ticked_days_are_no_classes_and_its_callout_doses_the_list_under_it() -> None:
    """A Notion page: "- [x] Monday" … under "This week" is a tracker of the days done, not a class a day (the
    routine below it is the page's, not Friday's); a callout set as a quotation right over a list ("> Circuit,
    2 rounds. 1 min rest after each round.") is that part's dose, not an earlier message quoted."""
    routine = routine_of(NOTION_PAGE)
    assert "Friday" not in routine.title
    assert [e.name for e in routine.exercises] == ["Standing back extensions", "Glute bridge", "Bird dog"]
    circuit = routine.blocks[-1]
    assert (circuit.rounds, circuit.rest_between_rounds) == (2, r(60))


PYRAMID_TABLE = """## Principles

- **Short holds, many repetitions.** Holds are kept to about 10 seconds.

## The protocol (standard level)

Table 1. Standard protocol. All holds are 10 seconds. Rest 20 seconds between sets.

| Exercise | Set 1 | Set 2 | Set 3 | Notes |
|---|---|---|---|---|
| Modified curl-up | 6 reps | 4 reps | 2 reps | Change the bent leg between sets |
| Side bridge | 5 reps | 5 reps | 5 reps | Each side |
"""


def test_a_table_of_each_sets_reps_under_its_caption_is_a_pyramid_or_as_many_sets() -> None:
    """A lab's protocol: "Set 1 | Set 2 | Set 3" columns give each set's reps, a descending pyramid (6, 4, 2: one
    entry a step, 20 s between the steps and none after the last) or as many sets of the same reps; the caption
    over the table ("Table 1. … All holds are 10 seconds. Rest 20 seconds between sets.") is said of every row,
    and the heading over both names the part; "Principles" is advice, no moves."""
    routine = routine_of(PYRAMID_TABLE)
    assert [b.title for b in routine.blocks] == ["The protocol (standard level)"]
    assert [(e.name, e.sets, e.reps, e.hold, e.timing.between) for e in routine.exercises] == [
        ("Modified curl-up", 1, r(6), r(10), r(20)), ("Modified curl-up", 1, r(4), r(10), r(20)),
        ("Modified curl-up", 1, r(2), r(10), None), ("Side bridge", 3, r(5), r(10), None)]
    assert routine.exercises[3].timing.rest == r(20)


BOOK_CHAPTER = """                                  THE RESILIENT SPINE                                    47

4.1 Warming up (about 3 minutes)

Pelvic tilts. Lie on your back with your knees bent and your feet flat. Gently flatten the
small of your back into the floor, then let it arch a little. Rock slowly, 10 times.

Knee rolls. In the same position, keep your knees together and let them roll slowly to
one side as far as is comfortable, then to the other. Do 10 in all, 5 each way.


48                           THE RESILIENT SPINE

4.3 Cooling down (about 2 minutes)

Child's pose. Kneel, sit back on your heels and stretch your arms forward on the floor.
Stay there for 30 seconds, breathing slowly.

                           THE RESILIENT SPINE                                    49
"""


def test_a_books_chapter_its_numbered_sections_parts_and_its_running_head_no_move() -> None:
    """A chapter out of an e-book's PDF: "4.1 Warming up (about 3 minutes)" is a part (not a move counted "1"), the
    book's running head with the page's number on alternate sides ("THE RESILIENT SPINE 47", "48 THE RESILIENT
    SPINE") is no move, and "Knee rolls. In the same position, … Do 10 in all, 5 each way." names a known move."""
    routine = routine_of(BOOK_CHAPTER)
    assert [(b.title, [e.name for e in b.exercises]) for b in routine.blocks] == [
        ("Warming up", ["Pelvic tilts", "Knee rolls"]), ("Cooling down", ["Child's pose"])]
    assert "SPINE" not in routine.title


LETTERED_SHEET = """Exercise                        Sets x Reps      Weight        Rest     Notes
------------------------------------------------------------------------------------------------
A. Cat-camel                    1 x 10           BW            -        slow, only to comfortable range
B. Bird dog                     3 x 6/side       BW            45s      10 sec holds. alternate sides
E. Goblet box squat             3 x 8            16 kg KB      90s      box at parallel
"""


def test_a_coachs_sheet_letters_its_moves_and_its_notes_say_each_reps_hold() -> None:
    """A powerlifting coach's doc: "A. Cat-camel", "B. Bird dog" — the letter is the sheet's, not the name's (the
    first release found no name in any row); "10 sec holds" in the Notes column is each rep's hold."""
    routine = routine_of(LETTERED_SHEET)
    assert [(e.name, e.sets, e.reps, e.hold, e.timing.rest) for e in routine.exercises] == [
        ("Cat-camel", 1, r(10), None, None), ("Bird dog", 3, r(6), r(10), r(45)),
        ("Goblet box squat", 3, r(8), None, r(90))]


APP_PRINTOUT = """Part 1 · Mobility                                                 3 exercises
Cat-cow
10 reps
Move slowly with your breathing.
▶ Watch video (0:34)
Lower trunk rotation
45 sec
Lying on your back with knees bent, let your knees sway slowly from side to side.
▶ Watch video (0:22)
Belly breathing
2 min
Lie on your back with your knees bent and one hand on your belly.
"""


def test_a_rehab_apps_printout_a_name_a_line_and_its_dose_on_the_next() -> None:
    """A rehab app's programme printed to PDF: a name on its line, its dose alone on the next ("45 sec", "2 min"),
    then how to do it; moves the library does not know too (the first release dropped them: "45 sec" read as the
    heading of the paragraph under it)."""
    routine = routine_of(APP_PRINTOUT)
    assert [(e.name, e.reps, e.hold) for e in routine.exercises] == [
        ("Cat-cow", r(10), None), ("Lower trunk rotation", None, r(45)), ("Belly breathing", None, r(120))]


WHITEBOARD = """BACK & C0RE CLASS - TUES l8:3O

WARM UP -> 5 min
  - cat cow x lO
  - hip circles l0 ea way

C00L D0WN
 childs pose  1 min
 fig 4 stretch 3O sec ea
"""


def test_a_whiteboards_photographed_text_reads_its_numbers_and_words_right() -> None:
    """Text recognised from a photo of a class board: "l0", "3O", "x lO" are 10, 30 and 10, "C00L D0WN" the
    cool-down, "WARM UP -> 5 min" a part and its length; a page with fewer than three such numbers is read as it
    is."""
    routine = routine_of(WHITEBOARD)
    assert [b.title.lower() for b in routine.blocks] == ["warm up", "cool down"]
    assert [(e.name, e.reps, e.hold) for e in routine.exercises][:2] == [("Cat cow", r(10), None),
                                                                         ("Hip circles", r(10), None)]
    assert routine.exercises[-1].hold == r(30)
    assert read_entries("Model I0S\n", "x.txt")[0].text == "Model I0S"


def test_a_chats_last_one_is_the_move_after_it_with_its_dose_on_the_next_line() -> None:
    """"6️⃣ Last one - hip flexor stretch in half kneeling (the one with the cushion under your knee)" over "30 secs
    each side, do it twice": the move after "Last one", unknown to the library, dosed by the line under it."""
    chat = ("[10:42, 03/05/2026] Sarah Physio: here are your exercises\n[10:43, 03/05/2026] Tom: thanks\n"
            "[10:52, 03/05/2026] Sarah Physio: 1️⃣ Side plank from your knees\n20 secs each side x 3\n"
            "[10:58, 03/05/2026] Sarah Physio: 2️⃣ Last one - hip flexor stretch in half kneeling (the one with the "
            "cushion under your knee)\n30 secs each side, do it twice\n")
    routine = routine_of(chat)
    stretch = routine.exercises[-1]
    assert (stretch.name, stretch.hold, stretch.per) == ("Hip flexor stretch in half kneeling", r(30), Per.SIDE)


def test_a_coachs_correction_that_says_the_dose_before_the_move() -> None:
    """"Oops sorry that should be 3 sets for the sit to stand not 2!!" under "Sit to stand … 12 reps x 2 sets": the
    sit to stand is three sets, and the correction is no move of its own."""
    chat = ("[10:42, 03/05/2026] Sarah Physio: here are your exercises\n[10:43, 03/05/2026] Tom: thanks\n"
            "[10:53, 03/05/2026] Sarah Physio: 5️⃣ Sit to stand from the kitchen chair, arms crossed\n"
            "12 reps x 2 sets, 45 sec rest.\n"
            "[10:53, 03/05/2026] Sarah Physio: Oops sorry that should be 3 sets for the sit to stand not 2!! 3 x 12\n"
            "[10:54, 03/05/2026] Tom: 👍\n")
    routine = routine_of(chat)
    assert [(e.name, e.sets, e.reps) for e in routine.exercises] == [("Sit to stand", 3, r(12))]


def test_an_infographics_move_then_a_dose_label_then_its_amount() -> None:
    """An infographic's text: "CHILD'S POSE" over "HOLD" over "1 MIN": the pose held a minute ("HOLD" is the label
    of the amount under it, no move of its own)."""
    text = ("7 MOVES FOR A STRONG LOWER BACK\n\n1\nCAT COW\n10 REPS\nslow & controlled\n\n"
            "7\nCHILD'S POSE\nHOLD\n1 MIN\n\nREST 30 SEC\nBETWEEN SETS\n")
    routine = routine_of(text)
    assert [(e.name, e.reps, e.hold) for e in routine.exercises][:2] == [("Cat cow", r(10), None),
                                                                         ("Child's pose", None, r(60))]
    assert "HOLD" not in [e.name for e in routine.exercises]


FAQ_PAGE = """<html><body><h1>Lower back exercises: your questions answered</h1>
<div class="faq-item"><button class="faq-q" aria-expanded="false">How many should I do?</button>
<div class="faq-a"><p>Start with 2 sets of 10 pelvic tilts and 2 sets of 10 bridges. Hold each tilt for 5 seconds and
each bridge for 3 seconds at the top.</p></div></div>
<div class="faq-item"><button class="faq-q" aria-expanded="false">Do I do the knee rolls to both sides?</button>
<div class="faq-a"><p>Yes. Let your knees roll slowly to the left, then roll to the right. Do 10 to each side, taking
turns.</p></div></div>
<div class="faq-item"><button class="faq-q" aria-expanded="false">Should the exercises hurt?</button>
<div class="faq-a"><p>A little discomfort is OK, but stop if the pain is sharp.</p></div></div>
<button class="cookie-ok">Got it!</button>
</body></html>"""


def test_an_faq_pages_question_that_names_a_move_doses_it_from_the_answer() -> None:
    """A clinic's FAQ whose questions are accordion buttons: each question is a heading over its answer, and the
    answer's "Do 10 to each side, taking turns" is the knee rolls' that the question names; "Hold each tilt for 5
    seconds and each bridge for 3 seconds" gives each move named before its own hold. A plain button ("Got it!")
    is still no text of the page."""
    routine = routine_of(FAQ_PAGE, "faq.html")
    assert [(e.name, e.sets, e.reps, e.hold, e.per) for e in routine.exercises] == [
        ("Pelvic tilts", 2, r(10), r(5), None),
        ("Glute bridge", 2, r(10), r(3), None),
        ("Knee rolls", 1, r(10), None, Per.SIDE),
    ]


EREADER_EXPORT = """Notebook Export
The Resilient Spine

Chapter 5: The Foundation Routine

Highlight (yellow) | Location 1188
The Foundation Routine is three exercises. Do it every day.

Highlight (yellow) | Location 1221
Exercise 1: Pelvic tilts. Lie on your back with your knees bent and feet flat. Flatten the small of your back into the floor, then release. Do 15 slow tilts.

Highlight (yellow) | Location 1270
Exercise 2: Bird dog. From hands and knees, reach one arm forward and the opposite leg back. Hold for ten seconds, keeping your hips level,

Highlight (yellow) | Location 1273
then return and swap. Do 5 on each side.

Note | Location 1273
do all 5 on the left first, 10 secs each

Highlight (yellow) | Location 1366
Exercise 3: Child's pose. Kneel, sit back on your heels and stretch your arms forward. Stay for one minute.
"""  # noqa: E501 (an export keeps each highlight on one line)


def test_an_e_readers_highlights_are_the_books_passages_and_the_readers_notes_are_not_read() -> None:
    """A Kindle notebook export: "Highlight (yellow) | Location 1270" over each passage is no line of the book, a
    passage marked in two highlights ("… keeping your hips level," / "then return and swap. Do 5 on each side.")
    is one, the reader's own note is theirs, and a book's "Exercise 2: Bird dog. From hands and knees, …" is the
    move it names."""
    routine = routine_of(EREADER_EXPORT)
    assert [(e.name, e.reps, e.hold, e.per) for e in routine.exercises] == [
        ("Pelvic tilts", r(15), None, None), ("Bird dog", r(5), r(10), Per.SIDE), ("Child's pose", None, r(60), None)]


def test_a_podcasts_show_notes_with_bracketed_timestamps() -> None:
    """A podcast page's "[17:30] Exercise 2: Pelvic tilts – 2 sets of 10": where the talk is in the episode, not
    how long the move lasts; the moves are the exercises listed."""
    page = ("<h2>Show notes &amp; timestamps</h2><ul><li>[00:00] Intro and listener mail</li>"
            "<li>[04:22] What happens in an acute flare</li>"
            "<li>[17:30] Exercise 1: Pelvic tilts – 2 sets of 10, small range, no rush</li>"
            "<li>[20:12] Exercise 2: Glute bridge – 3 x 12 with a 2-second squeeze at the top, 45 seconds rest "
            "between sets</li><li>[41:30] Exercise 3: Child's pose – 1 minute, to finish</li>"
            "<li>[46:30] Wrap-up and next week's guest</li></ul>")
    routine = routine_of(page, "episode.html")
    assert [(e.name, e.sets, e.reps, e.hold) for e in routine.exercises] == [
        ("Pelvic tilts", 2, r(10), None), ("Glute bridge", 3, r(12), r(2)), ("Child's pose", 1, None, r(60))]


REPLY_ON_TOP = """From: Daniel Price <daniel@riversidephysio.co.uk>
Sent: 14 October 2026 17:42
To: Margaret Holloway
Subject: RE: Exercises from today

Hi Margaret,

Yes, keep going with the bridges. Everything else stays as on my email below.

Best wishes,
Daniel

> On 9 Oct 2026, at 16:03, Daniel Price <daniel@riversidephysio.co.uk> wrote:
>
> Hi Margaret, here are the exercises we went through.
>
> 1) Knee rolls - lying on your back, knees bent, let both knees drop
> slowly to one side, then the other. 10 each way.
>
> 2) Sit to stand from a dining chair without using your hands - 3 sets
> of 8, take a breather between sets.
"""


def test_a_reply_on_top_of_the_email_that_holds_the_exercises() -> None:
    """A patient's copy of the thread: the physio's reply says nothing to do, the exercises are in the email
    quoted under it, so that is read; the reply's "Sent: 14 October 2026 17:42" is no move of 17 min 42 s; "Sit to
    stand from a dining chair without using your hands" is the library's move, the rest where it is done."""
    routine = routine_of(REPLY_ON_TOP)
    assert [(e.name, e.sets, e.reps, e.per) for e in routine.exercises] == [
        ("Knee rolls", 1, r(10), Per.SIDE), ("Sit to stand", 3, r(8), None)]
    assert "dining chair" in (routine.exercises[1].note or "").lower()


def test_an_exercise_programs_printout_gives_each_moves_dose_in_fields() -> None:
    """A clinic's printout from exercise software: each move's description, then its fields set apart by wide
    gaps ("Sets: 3    Reps: 10    Hold: 5s    Rest: 45s    Frequency: 1x daily"): the move's dose, no table."""
    text = ("1  Bridge\n   [Picture 1: Lying on back, knees bent, feet flat]\n\n   Lie on your back with your knees "
            "bent and your feet flat on the floor. Lift your hips off the floor.\n\n"
            "   Sets: 3    Reps: 10    Hold: 5s    Rest: 45s    Frequency: 1x daily\n\n"
            "2  Clam\n   [Picture 1: Side lying, knees bent, feet together]\n\n   Lie on your side with your knees "
            "bent and your feet together. Lift your top knee.\n\n"
            "   Sets: 2    Reps: 15    Hold: -    Rest: 30s    Frequency: 1x daily\n\n"
            "3  Cat Camel\n   [Picture 1: On hands and knees]\n\n   Round your back up towards the ceiling, then let "
            "it sag towards the floor.\n\n   Sets: 1    Reps: 10    Hold: -    Frequency: 2x daily\n")
    routine = routine_of(text)
    assert [(e.name, e.sets, e.reps, e.hold, e.timing.rest) for e in routine.exercises] == [
        ("Bridge", 3, r(10), r(5), r(45)), ("Clam", 2, r(15), None, r(30)), ("Cat camel", 1, r(10), None, None)]


SLIDE_DECK = """Move More, Ache Less
Wellbeing Week – Lunch & Learn

Slide 6
The 8-minute desk routine
• No kit, no changing, no floor
Speaker notes:
Get the room on their feet.

Slide 7
1. Seated cat-cow
• Hands on knees, arch then round your back
• 10 slow reps
Speaker notes:
Breathe in as you arch, out as you round.

Slide 8
2. Seated rotation
• Hand on opposite knee, look over your shoulder
• Hold 15 s each side, 2 times
Speaker notes:
Twist from the middle of the back, not the neck.
"""


def test_a_slide_decks_export_reads_each_slides_move_with_its_bullets() -> None:
    """A wellbeing talk's slides exported as text: "Slide 7" is no line of the talk, a slide's title names the move
    ("1. Seated cat-cow") and its bullets are how and how much ("• 10 slow reps"), not moves of their own."""
    routine = routine_of(SLIDE_DECK)
    assert [(e.name, e.sets, e.reps, e.hold, e.per) for e in routine.exercises] == [
        ("Seated cat-cow", 1, r(10), None, None), ("Seated rotation", 2, None, r(15), Per.SIDE)]


def test_a_printed_guides_circuit_with_its_transitions_footnotes_and_box_of_figures() -> None:
    """A forces' guide: "15 sec transition between exercises" is the rest between moves, "On completion of the
    circuit rest 90 sec" between rounds; a footnote's mark ("Bear crawl hold³") is no part of the name; a box of
    figures ("3 - sessions a week", "20 - minutes per session") holds no moves."""
    text = ("Main session. Complete the exercises below as a circuit. Perform each exercise in order with 15 sec "
            "transition between exercises. On completion of the circuit rest 90 sec. Complete 3 circuits in total².\n"
            "\n Ser | Exercise           | Dose\n ----+--------------------+-------------\n"
            "  1  | Bird dog           | 8 each side\n  2  | Bear crawl hold³   | 20 sec hold\n\n"
            "IN NUMBERS\n3 - sessions a week Lucy recommends\n20 - minutes per session\n")
    routine = routine_of(text)
    [block] = routine.blocks
    assert (block.rounds, block.rest_between_rounds) == (3, r(90))
    assert [(e.name, e.timing.between) for e in block.exercises] == [("Bird dog", r(15)), ("Bear crawl hold", r(15))]


LESSON_PLAN = """Lesson title: Back care for Year 9

---------------------------------------------------------------------------------
TIME      ACTIVITY                              ORGANISATION     TEACHING POINTS
---------------------------------------------------------------------------------
0–5       Register, changing, lesson            On benches       Link to last week
          objectives on whiteboard

5–8       PULSE RAISER                          Whole hall,
          Jog around the hall, 3 minutes.       anticlockwise    Heel flicks on whistle

17–37     CORE CIRCUIT                          6 stations       45 s work / 15 s to
          2 circuits. 45 s work, 15 s move                       move to next station.
          on to the next station. 2 min rest
          (water) between the two circuits.

          Station 1  Plank (on elbows)                           Straight line head to
                     E: knees down                               heels
          Station 2  Side plank — swap side                      Stack feet or stagger
                     at the whistle halfway

37–42     REVIEW / PEER FEEDBACK                In groups        WWW / EBI on cards
          Partner watches one station.

42–50     COOL DOWN (on mats)                                    Slow breathing
          – Knee hugs, 30 s
          – Cobra, hold 10 s, x 3
---------------------------------------------------------------------------------
"""


def test_a_lesson_plans_timed_table_is_read_down_its_activity_column() -> None:
    """A PE lesson plan's columns (time, activity, organisation, teaching points): the activity column is the
    class, a sentence wrapped in it is one sentence ("… 15 s move" / "on to the next station. 2 min rest" /
    "(water) between the two circuits."), and the columns beside it are never read into its words. A row of no
    exercise (the register, the review) gives no move."""
    routine = routine_of(LESSON_PLAN)
    assert [b.title for b in routine.blocks] == ["PULSE RAISER", "CORE CIRCUIT", "COOL DOWN (on mats)"]
    pulse, circuit, cool = routine.blocks
    assert [(e.name, e.hold) for e in pulse.exercises] == [("Jog around the hall", r(180))]
    assert (circuit.rounds, circuit.rest_between_rounds) == (2, r(120))
    assert [(e.name, e.hold, e.per, e.timing.between) for e in circuit.exercises] == [
        ("Plank", r(45), None, r(15)), ("Side plank", r(45), None, r(15))]
    assert [(e.name, e.reps, e.hold) for e in cool.exercises] == [("Knee hugs", None, r(30)), ("Cobra", r(3), r(10))]


CHALLENGE = """<h1>30-Day Core Challenge</h1>
<p>Each day, do the moves below in order, with the number of reps (or seconds) the calendar gives for that day.</p>
<h2>The moves</h2>
<h3>1. Dead bug</h3><p>Lie on your back, arms up, knees over hips. Lower the opposite arm and leg, then switch.</p>
<h3>2. Glute bridge</h3><p>Feet flat, squeeze your glutes and lift your hips. Lower with control.</p>
<h3>3. Forearm plank</h3><p>Forearms down, elbows under shoulders. Hold for the seconds in the calendar.</p>
<h2>The 30-day calendar</h2>
<table><tr><th>Day</th><th>Dead bug (each side)</th><th>Glute bridge</th><th>Plank</th></tr>
<tr><td>1</td><td>6</td><td>12</td><td>20s</td></tr>
<tr><td>2</td><td>6</td><td>12</td><td>20s</td></tr>
<tr><td>3</td><td colspan="3">REST DAY</td></tr>
<tr><td>4</td><td>8</td><td>14</td><td>25s</td></tr></table>
<h3>138 thoughts on “30-Day Core Challenge”</h3>
<p>Danielle: Starting today!! Can I do 30 seconds of plank?</p>
"""


def test_a_challenges_chart_of_moves_across_and_days_down_doses_the_moves_it_described() -> None:
    """A 30-day challenge describes its moves, then charts them across the top with the days down the side: the
    routine is day 1's, each described move with its dose from the chart (not the moves twice), and the comments'
    heading ("138 thoughts on …") is no move."""
    routine = import_article(CHALLENGE, "challenge.html", LIBRARY).whole
    assert routine is not None
    assert [(e.name, e.reps, e.hold, e.per) for e in routine.routine.exercises] == [
        ("Dead bug", r(6), None, Per.SIDE), ("Glute bridge", r(12), None, None), ("Forearm plank", None, r(20), None)]


STUDENT_NOTES = """MSK 2 - LUMBAR STABILISATION

=============================================
1. BACKGROUND
=============================================

- motor control ex not clearly better than general ex

=============================================
3. EXAMPLE HEP - PHASE 2 (from tutorial handout,
   office worker, no red flags)
=============================================

a) TrA + PFM co-contraction, crook ly
     10 x 10s holds, breathe normally throughout

d) Bridge
     3 x 10, 5s hold at top

e) 4pt kn bird dog (opp arm + leg)
     3 x 8 alt, 5s hold

f) SL clam w/ RTB above knees
     3 x 15 ea side
"""


def test_a_students_notes_boxed_numbered_headings_and_lettered_moves() -> None:
    """Revision notes: a numbered section's heading boxed in rules ("=====" / "3. EXAMPLE HEP …" / "=====") is a
    heading, not the last item of a list; "e) 4pt kn bird dog" is a lettered move though a digit follows the
    letter; "crook ly" (crook lying) and "above knees" say where, not which move."""
    routine = routine_of(STUDENT_NOTES)
    assert routine.title == "MSK 2 - LUMBAR STABILISATION"
    assert [(e.name, e.sets, e.reps) for e in routine.exercises] == [
        ("TrA + PFM co-contraction", 10, None), ("Bridge", 3, r(10)), ("4pt kn bird dog", 3, r(8)),
        ("SL clam w/ RTB", 3, r(15))]


STATIONS = """## Main circuit

You work at each station for 45 seconds, then have 15 seconds to move to the next one.

- **Sit to stand** from a chair, arms crossed if you can
- Wall press-ups
- Bird dog on a mat, or standing and leaning on a chair back, changing sides each time
"""


def test_a_stations_move_named_first_then_where_and_how() -> None:
    """A class's stations: "**Sit to stand** from a chair, arms crossed if you can" is the sit to stand (its bold
    words), "Bird dog on a mat, or standing and leaning on a chair back" the bird dog (a library move's name first);
    "15 seconds to move to the next one" is the time between stations."""
    routine = routine_of(STATIONS, "class.md")
    assert [(e.name, e.hold, e.timing.between) for e in routine.exercises] == [
        ("Sit to stand", r(45), r(15)), ("Wall press-ups", r(45), r(15)), ("Bird dog", r(45), r(15))]


FORUM = """Harriers Forum » Training » my strength routine for a bad back

slowtwitch_sam
Full Member
***
Posts: 412

my strength routine for a bad back
« on: March 02, 2026, 08:47:15 PM »

Main bit, 3 rounds, about a minute's rest between rounds:
- Glute bridge x 15
- Side plank 30s each side

---
HM 1:41:09 | M 3:39:55


Logged

fell_donkey
Hero Member
*****
Posts: 2,311

Re: my strength routine for a bad back
« Reply #1 on: March 02, 2026, 09:20:02 PM »

Quote from: slowtwitch_sam on March 02, 2026, 08:47:15 PM
    Glute bridge x 15

I'd add Copenhagen planks, 3 x 20 sec each side.


Logged
"""


def test_a_forum_topic_is_read_as_its_opening_posters_routine() -> None:
    """A forum topic copied from the browser: the opening post is the routine ("Main bit, 3 rounds, about a minute's
    rest between rounds:" is its part and the part's rounds); the author blocks, the signature ("HM 1:41:09") and
    the replies' suggestions ("I'd add Copenhagen planks, 3 x 20 sec each side") are not."""
    routine = routine_of(FORUM)
    assert routine.title == "my strength routine for a bad back"
    [block] = routine.blocks
    assert (block.title, block.rounds, block.rest_between_rounds) == ("Main bit", 3, r(60))
    assert [(e.name, e.reps, e.hold) for e in block.exercises] == [("Glute bridge", r(15), None),
                                                                   ("Side plank", None, r(30))]


CENTRE_SHEET = """Warm-up (about 5 mins)
Marching on the spot - 2 minutes. Start slowly and swing your arms.
Shoulder circles - 10 backwards. Big, slow circles. Relax your neck.
WHAT'S ON AT ASHBY ROAD
Monday
10:00-10:45 Back Class (Hall 2) £3.50
13:30-15:00 Craft & Chat (Lounge) Free
Tuesday
09:30-10:15 Chair Yoga (Hall 1) £3
Mat work - go round this circuit twice
Pelvic tilts - 10. Lie on your back, knees bent. Gently flatten the small of your back into the mat.
Bridging - 10, hold for 3 seconds at the top. Squeeze your bottom and lift your hips.
Four point arm and leg reach - 5 each side, taking turns. On hands and knees, reach one arm forward.
Standing exercises
Sit to stand - 10. From a firm chair, arms crossed if you can. Lean forward and stand up tall.
Heel raises - 15. Holding the back of the chair, rise up onto your toes.
"""


def test_a_community_centres_sheet_with_its_timetable_set_among_the_class() -> None:
    """A class sheet's text with the centre's timetable in the middle ("Monday" over "10:00-10:45 Back Class (Hall 2)
    £3.50"): the days and their class times are no sessions and no moves; "Pelvic tilts - 10. Lie on your back …"
    is ten of them, "Bridging - 10, hold for 3 seconds" ten held three seconds, and "Standing exercises" over a
    move's line ("Sit to stand - 10. From a firm chair …") is a part, whatever verb the move starts with."""
    routine = routine_of(CENTRE_SHEET)
    assert [b.title for b in routine.blocks] == ["Warm-up", "Mat work", "Standing exercises"]
    assert [(e.name, e.reps, e.hold) for e in routine.exercises] == [
        ("Marching on the spot", None, r(120)), ("Shoulder circles", r(10), None), ("Pelvic tilts", r(10), None),
        ("Bridging", r(10), r(3)), ("Four point arm and leg reach", r(5), None), ("Sit to stand", r(10), None),
        ("Heel raises", r(15), None)]


def test_a_two_column_leaflets_pages_are_read_page_by_page() -> None:
    """A leaflet of two columns over two pages, its running header and footer taken out: page 1's left column, then
    its right, then page 2's; a number set two spaces before a move's name in capitals ("1  MARCH ON THE SPOT") is
    the move's number, no count of it."""
    left = ["1  MARCH ON THE SPOT", "Lift your knees to a comfortable height", "and swing your arms as you go.", "",
            "Time: 1 minute", "", "2  ARM CIRCLES", "With your arms out to the sides, make",
            "small circles, getting bigger.", "", "Reps: 10"]
    right = ["3  SIDE BENDS", "Stand with feet hip-width apart and slide", "one hand down the side of your leg.", "",
             "Reps: 8 each side", "", "", "", "", "", ""]
    page = [f"{a:<45}{b}".rstrip() for a, b in zip(left, right, strict=True)]
    page2_left = ["4  HIP HINGE", "Hands on the front of your thighs, soften", "your knees and push your hips back.",
                  "", "Reps: 10"]
    page2_right = ["5  HALF SQUATS", "Feet shoulder-width apart, bend your knees", "and sit back as onto a high stool.",
                   "", "Reps: 12"]
    page2 = [f"{a:<45}{b}".rstrip() for a, b in zip(page2_left, page2_right, strict=True)]
    text = "\n".join(["GET READY TO LIFT", "", *page, "", "", "", "", *page2, ""])
    routine = routine_of(text)
    assert [(e.name, e.reps, e.hold) for e in routine.exercises] == [
        ("March on the spot", None, r(60)), ("Arm circles", r(10), None), ("Side bends", r(8), None),
        ("Hip hinge", r(10), None), ("Half squats", r(12), None)]


WIKI_PAIRS = """## The routine

### The work

Do one set of A1, then one set of A2, rest **90 seconds**, and repeat until you've done **3 rounds** of the pair.
Then move to pair B.

Notation: `3x10` = 3 sets of 10 reps. `/side` = that many per side.

| Pair | Exercise | Sets x reps | Notes |
|---|---|---|---|
| A1 | Glute bridge | 3x10-15 | 2s squeeze at top |
| A2 | Dead bug | 3x6/side | Alternate sides |
| B1 | Incline push-up | 3x8-12 | Hands on a table |
| B2 | Inverted row | 3x5-10 | Under a sturdy table |

### Cool-down

- Child's pose, 1 minute
"""


def test_a_table_of_supersets_by_pair_is_each_pairs_rounds() -> None:
    """A wiki's table with a "Pair" column (A1, A2, B1, B2): each pair is a part done for its rounds, one set a round,
    the rest said for the pair ("rest 90 seconds … 3 rounds of the pair. Then move to pair B.") between the rounds
    of every pair; "Notation: …" explains the table, no move."""
    routine = routine_of(WIKI_PAIRS, "wiki.md")
    first, second, cool = routine.blocks
    assert [(b.rounds, b.rest_between_rounds) for b in (first, second)] == [(3, r(90)), (3, r(90))]
    assert [(e.name, e.sets, e.reps) for e in first.exercises + second.exercises] == [
        ("Glute bridge", 1, r(10, 15)), ("Dead bug", 1, r(6)), ("Incline push-up", 1, r(8, 12)),
        ("Inverted row", 1, r(5, 10))]
    assert [e.name for e in cool.exercises] == ["Child's pose"]


CLIMBING_SUPERSETS = """### Superset A: push and pull-apart

**A1. Push-ups:** 3 sets of 10-15

Hands just wider than your shoulders, body in one line.

**A2. Band pull-aparts:** 3 sets of 15

Hold a light band at shoulder height with straight arms and pull it apart.

*Rest 90 seconds after each A1/A2 pair.*

### Superset C: lower back and forearms

**C1. Back extensions:** 3 x 12

On the 45-degree bench. Hinge down, then come up until your body is in a straight line.

**C2. Reverse wrist curls:** 3 x 15

Rest your forearms on your thighs, palms down, a light dumbbell in each hand.

*Rest 60 seconds between rounds.*
"""


def test_a_supersets_moves_keep_their_pair_across_how_to_do_them() -> None:
    """A coach's blog: "**A1. Push-ups:** 3 sets of 10-15", how to do them, then "**A2. …**": how to do A1 does not
    end the superset, and a bold pair's move with its own how-to paragraph ("**C1. Back extensions:** 3 x 12") is
    the pair's move too; each pair is three rounds of one set, with its rest between rounds."""
    routine = routine_of(CLIMBING_SUPERSETS, "blog.md")
    assert [(b.rounds, b.rest_between_rounds, [(e.name, e.sets) for e in b.exercises]) for b in routine.blocks] == [
        (3, r(90), [("Push-ups", 1), ("Band pull-aparts", 1)]),
        (3, r(60), [("Back extensions", 1), ("Reverse wrist curls", 1)])]


STEP_HEADINGS = """# McKenzie exercises: a step-by-step guide

## Step 2: Propped on your elbows

From step 1, bring your elbows under your shoulders so you're resting on your forearms.

Hold this position for 2 to 3 minutes, breathing slowly.

## Step 3: Press-ups (extension in lying)

![Man doing a press-up on a mat](/uploads/press-up.jpg)
*Hips stay down. The goal is to bend your back.*

This is the heart of the program.

1. Lie face down with your hands flat on the floor under your shoulders.
2. Keeping your hips relaxed on the floor, push your upper body up by straightening your arms.
3. Pause at the top for a second or two, then slowly lower back down.

**Do 10 repetitions.** Try to go a little higher with each one.
"""


def test_a_steps_heading_names_its_move_past_a_caption() -> None:
    """A how-to's "## Step 3: Press-ups" over a picture's caption and a line about it, then the numbered steps: the
    heading names the move (the steps say how), not the step that gives a pause ("Pause at the top …")."""
    routine = routine_of(STEP_HEADINGS, "guide.md")
    assert [(e.name, e.reps) for e in routine.exercises] == [("Propped on your elbows", None), ("Press-ups", r(10))]


LAB_TABLE = """Table 2. Main exercises: progression by training phase
--------------------------------------------------------------------------------------
Exercise                  Weeks 1-2              Weeks 3-4              Weeks 5-6
--------------------------------------------------------------------------------------
Modified curl-up          3 sets x 6 reps,       3 sets x 6 reps,       3 sets x 8 reps,
(one knee bent, hands     8 s hold each rep      10 s hold each rep     10 s hold each rep
under lumbar spine)

Prone plank (forearms)    3 sets x 20 s          3 sets x 30 s          3 sets x 40 s
--------------------------------------------------------------------------------------
"""


def test_a_printed_progression_table_by_weeks_with_wrapped_name_cells() -> None:
    """A lab's protocol sets its progression in columns headed by weeks ("Weeks 1-2 | Weeks 3-4"): the routine is
    the first weeks', and a name cell wrapped onto the lines under it ("(one knee bent, hands" / "under lumbar
    spine)") is the same row, not a move of its own."""
    routine = routine_of(LAB_TABLE)
    assert [(e.name, e.sets, e.reps, e.hold) for e in routine.exercises] == [
        ("Modified curl-up", 3, r(6), r(8)), ("Prone plank", 3, None, r(20))]


ACCESSORY_TEMPLATE = """THE TEMPLATE

A. McGill "Big 3" -- 2 rounds, rest 60 s between rounds
   A1  McGill curl-up         5 reps, 10 s hold each rep
   A2  Side plank              3 reps/side, 10 s hold each rep


B. Superset -- 3 rounds, rest 90 s after B2
   B1  45-degree back extension    12 reps @7, tempo 2-1-2-0
   B2  Goblet squat                10 reps @6
"""


def test_a_lettered_superset_heading_over_its_pair_gives_the_pairs_rounds() -> None:
    """A coach's template: "B. Superset -- 3 rounds, rest 90 s after B2" heads the B pair (it is no rest under the
    A pair above it), "rest 90 s after B2" is the rest between the pair's rounds, and "B1  45-degree back extension"
    is the pair's move though a digit starts its name."""
    routine = routine_of(ACCESSORY_TEMPLATE)
    assert [(b.rounds, b.rest_between_rounds, [e.name for e in b.exercises]) for b in routine.blocks] == [
        (2, r(60), ["McGill curl-up", "Side plank"]), (3, r(90), ["45-degree back extension", "Goblet squat"])]


def test_a_move_done_holding_the_poles_is_named_with_them() -> None:
    """A ski resort's numbered headings: "3. Trunk twists with your poles" names a move (what is held), as "Clam
    w/ band above knees" does; "your" elsewhere marks a sentence."""
    page = ("<h1>Pre-ski warm-up</h1><h2>The routine</h2>"
            "<h3>1. Arm swings</h3><p>Swing both arms forwards and up over your head. 10 swings.</p>"
            "<h3>2. Trunk twists with your poles</h3><p>Hold your poles behind your neck and turn your shoulders to "
            "the right, then to the left. 10 times each way, alternating.</p>"
            "<h3>3. Side bends</h3><p>Lean slowly to one side, then to the other side. 8 to each side.</p>")
    routine = import_article(page, "ski.html", LIBRARY).whole
    assert routine is not None
    assert [e.name for e in routine.routine.exercises] == ["Arm swings", "Trunk twists with your poles", "Side bends"]


APP_SUMMARY = """WORKOUT DETAILS

WARM-UP

  Cat Cow                                   00:45
  Pelvic Tilts                              x 12

MAIN SET · 2 rounds

  Glute Bridge                              x 15
  Dead Bug                                  x 10

HOW TO DO EACH MOVE

Cat Cow
On all fours, breathe in as you let your belly drop and lift your head, breathe out as you round your back.

Pelvic Tilts
Lie on your back, knees bent. Flatten your lower back into the mat by tilting your pelvis, then release.
12 reps

Glute Bridge
Lie on your back, knees bent, feet flat. Squeeze your glutes and lift your hips, then lower slowly.
15 reps

Dead Bug
On your back, arms up and knees over hips. Lower the opposite arm and leg, then switch sides.
10 reps
"""


def test_a_guide_to_each_move_after_the_class_is_no_second_class() -> None:
    """An app's shared workout: the class in its parts, then "HOW TO DO EACH MOVE" with every move again, its words
    and the same dose: the moves' descriptions, not a second class of them."""
    routine = routine_of(APP_SUMMARY)
    assert [(b.title, b.rounds) for b in routine.blocks] == [("WARM-UP", 1), ("MAIN SET", 2)]
    assert [(e.name, e.reps, e.hold) for e in routine.exercises] == [
        ("Cat cow", None, r(45)), ("Pelvic tilts", r(12), None), ("Glute bridge", r(15), None),
        ("Dead bug", r(10), None)]


FOLLOW_ALONG = """10 Min Back Workout | Follow Along
Transcript

0:00
[Music]
0:05
hey everyone welcome back so here's how it's going to work we've
0:09
got four exercises we're going to do each one for 40 seconds and then you
0:13
get 20 seconds of rest and we're going to go through the whole thing twice
0:18
so two rounds before we start a quick warm up
0:24
so for the warm-up come onto all fours we're doing cat cow for 30 seconds
0:30
okay let's get into it exercise number one is the bird dog
0:34
reach your right arm forward left leg back and then switch
0:40
three two one and rest next up is the glute bridge lift those hips
1:40
and rest coming up we've got the dead bug opposite arm and leg
2:40
last one side plank we're doing 20 seconds on each side
3:40
and that's round one done you've got one minute and then we go again
4:00
okay round two bird dog let's go
8:00
let's finish with a stretch child's pose for 30 seconds
"""


def test_a_follow_along_videos_circuit_takes_the_plan_the_coach_said_first() -> None:
    """A follow-along video's transcript: the plan said once ("each one for 40 seconds … 20 seconds of rest … the
    whole thing twice") is every announced move's dose ("exercise number one is the bird dog", "next up is the
    glute bridge"), a move's own words win ("side plank we're doing 20 seconds on each side"), the minute said at
    the round's end is the rest between rounds, and the warm-up and the stretch keep what is said of them."""
    routine = routine_of(FOLLOW_ALONG)
    warm, circuit, stretch = routine.blocks
    assert [(e.name, e.hold) for e in warm.exercises] == [("Cat cow", r(30))]
    assert (circuit.rounds, circuit.rest_between_rounds) == (2, r(60))
    assert [(e.name, e.hold, e.per, e.timing.between) for e in circuit.exercises] == [
        ("Bird dog", r(40), None, r(20)), ("Glute bridge", r(40), None, r(20)), ("Dead bug", r(40), None, r(20)),
        ("Side plank", r(20), Per.SIDE, r(20))]
    assert [(e.name, e.hold) for e in stretch.exercises] == [("Child's pose", r(30))]


CLASS_NOTES = """# Back Fit Tuesday

## Warm-up

| Track | Move | How many |
|---|---|---|
| 1. *Dancing in the Moonlight* - Toploader | March on the spot | 1 min |
| | Shoulder rolls | 8 back, then 8 forward |
| | Cat-cow (get down on the mat for this one) | 6 slow |

## Main circuit

**45 seconds work / 15 seconds rest**, three stations, and we go round **3 times** with a 1-minute water
break between rounds. One track per station - I change the track on the 15 s rest.

| Station | Track | Move | Cues / notes |
|---|---|---|---|
| 1 | *Mr. Brightside* - The Killers | **Bird dog** | Slow! "Long, not high." |
| 2 | *Uptown Funk* - Mark Ronson | **Glute bridge** | Squeeze at the top. |
| 3 | *Don't Stop Me Now* - Queen | **Forearm plank** | Knees down any time. |
"""


def test_an_instructors_notes_with_the_music_beside_the_moves() -> None:
    """An instructor's class notes: a "Track" column is the music, not the move; "How many" is the dose ("8 back,
    then 8 forward", "6 slow": the count first); a station table needs no dose column when the plan is said above
    it, though the instructor tells a story beside it ("I change the track on the 15 s rest")."""
    routine = routine_of(CLASS_NOTES, "notes.md")
    warm, circuit = routine.blocks
    assert [(e.name, e.reps, e.hold) for e in warm.exercises] == [
        ("March on the spot", None, r(60)), ("Shoulder rolls", r(8), None), ("Cat-cow", r(6), None)]
    assert (circuit.rounds, circuit.rest_between_rounds) == (3, r(60))
    assert [(e.name, e.hold) for e in circuit.exercises] == [
        ("Bird dog", r(45)), ("Glute bridge", r(45)), ("Forearm plank", r(45))]


def test_a_leaflets_subtitle_naming_its_weeks_divides_nothing() -> None:
    """A hospital leaflet titled "Exercises after lumbar spinal fusion" over "Weeks 6 to 12": the subtitle says when
    the leaflet is for; its exercises are the routine, not outside a "Weeks 6 to 12" session."""
    text = ("Exercises after lumbar spinal fusion\nWeeks 6 to 12\nInformation for patients\n\n"
            "Introduction\nThis leaflet is for you if you have had a lumbar spinal fusion and are now between 6 and 12 "
            "weeks after your operation.\n\nYour exercise programme\n\n1. Pelvic tilt\n   Lying on your back, tilt "
            "your pelvis to flatten your back. Repeat 10 times.\n\n2. Heel slides\n   Lying on your back, slowly slide "
            "one heel away from you and back. Repeat 10 times with each leg.\n")
    routine = routine_of(text)
    assert [(e.name, e.reps) for e in routine.exercises] == [("Pelvic tilt", r(10)), ("Heel slides", r(10))]


GYM_CIRCUIT = """CONDITIONING CIRCUIT
Block 3 (Nov-Dec 2026) | Squad: Regional & Compulsory groups

----------------------------------------------------------------------
1) WARM-UP  (all together, coach-led, ~5 min)
   - Jog laps of the floor ...................... 3 min
   - Cat / cow on hands & knees ................. x 8 slow
----------------------------------------------------------------------
2) CIRCUIT  (stations round the floor)
   WORK 40 s  /  CHANGE-OVER 20 s  (walk to next station, get set)
   3 ROUNDS  -  2 MIN REST between rounds (drink, chalk, NOT phones)
   STN | EXERCISE               | WHAT TO DO
   ----+------------------------+-------------------------------------
    1  | Hollow hold            | Hold the shape for the full 40 s.
       |                        | Lower back pressed to the floor!
   ----+------------------------+-------------------------------------
    2  | Tuck-ups               | As many as you can with good form.
       |                        | Hands meet shins at the top.
   ----+------------------------+-------------------------------------
    3  | Dish rocks             | Hollow shape, rock head-to-toe.
----------------------------------------------------------------------
3) COOL-DOWN / FLEXIBILITY  (~5 min)
   - Child's pose ....................................... 30 s
"""


def test_a_gym_clubs_circuit_sheet_with_a_station_table_drawn_in_bars() -> None:
    """A club's sheet: "1) WARM-UP (… ~5 min)" over its bulleted moves is a part; "WORK 40 s / CHANGE-OVER 20 s" is
    the circuit's dose (no move called "Work"); a station's row wrapped onto the lines under it, its first cells
    empty there, is one row; "3) COOL-DOWN" is a part of its own, not more of the circuit."""
    routine = routine_of(GYM_CIRCUIT)
    warm, circuit, cool = routine.blocks
    assert [e.name for e in warm.exercises] == ["Jog laps of the floor", "Cat-cow"]
    assert (circuit.rounds, circuit.rest_between_rounds) == (3, r(120))
    assert [(e.name, e.hold, e.timing.between) for e in circuit.exercises] == [
        ("Hollow hold", r(40), r(20)), ("Tuck-ups", r(40), r(20)), ("Dish rocks", r(40), r(20))]
    assert (cool.rounds, [e.name for e in cool.exercises]) == (1, ["Child's pose"])


POST_WITH_EMOJI = """<html><body><h1>My back routine</h1>
<p>Hey all, a few people asked what I actually do, so here it is.</p>
<h3>🔥 Warm-up</h3>
<ul><li>🐈 Cat-cow – 10 reps, slow</li><li>🦵 Leg swings – 10 each leg</li></ul>
<h3>💪 Main bit</h3>
<p>3 rounds of this, 90 sec rest between rounds (I use the app's interval timer for it ⏱️):</p>
<ul><li>🐕 Bird dog – 10 each side, alternating</li><li>🪵 Side plank – 30 seconds each side</li>
<li>🐛 Dead bug – 12 total (6 each side)</li></ul>
<h3>🧘 Cool down</h3>
<ul><li>Child's pose – 1 min</li></ul>
</body></html>"""


def test_a_community_posts_parts_and_moves_set_off_by_emoji() -> None:
    """A tracker's community post: "🔥 Warm-up", "💪 Main bit" and "🧘 Cool down" are its parts and "🐕 Bird dog –
    10 each side" a move, the emoji no part of their words; "3 rounds of this, 90 sec rest between rounds (I use the
    app's interval timer for it)" is the part's dose, the writer's aside in brackets no story that hides it."""
    routine = import_article(POST_WITH_EMOJI, "post.html", LIBRARY).whole
    assert routine is not None
    warm, main, cool = routine.routine.blocks
    assert [e.name for e in warm.exercises] == ["Cat-cow", "Leg swings"]
    assert (main.rounds, main.rest_between_rounds) == (3, r(90))
    assert [(e.name, e.reps, e.hold) for e in main.exercises] == [
        ("Bird dog", r(10), None), ("Side plank", None, r(30)), ("Dead bug", r(6), None)]
    assert [e.name for e in cool.exercises] == ["Child's pose"]


def test_a_bar_tables_name_wrapped_onto_the_line_under_its_row() -> None:
    """A forces PT sheet's table set with bars: "3b | Half-kneeling hip flexor | 1 | 30 s ea side" over "   |
    stretch  |   |   |" is one row, the move's name wrapped; "| | Shoulder rolls | 8 back …" under a row is a row of
    its own (its first cell left empty, as the one above says it)."""
    text = ("SERIAL 3 – COOL-DOWN\n"
            " Ser | Exercise                   | Sets | Reps / Time       | Rest  | Coaching points\n"
            "-----+----------------------------+------+-------------------+-------+------------------------\n"
            " 3a  | Supine knee hug            |  1   | 30 s              |  -    | Breathe out, relax\n"
            " 3b  | Half-kneeling hip flexor   |  1   | 30 s ea side      |  -    | Tuck pelvis under\n"
            "     |  stretch                   |      |                   |       |\n"
            " 3c  | Supine spinal twist        |  1   | 30 s ea side      |  -    | Shoulders stay down\n")
    routine = routine_of(text)
    assert [(e.name, e.hold) for e in routine.exercises] == [
        ("Supine knee hug", r(30)), ("Half-kneeling hip flexor stretch", r(30)), ("Supine spinal twist", r(30))]


def test_a_warm_up_said_in_a_list_item_under_how_the_challenge_works() -> None:
    """A challenge's "How the challenge works" list: "- **Warm up first.** March on the spot for 1 minute, then do 10
    arm circles …" is the warm-up and its moves, though the item stands under no warm-up heading."""
    page = ("<h1>30-Day Core Challenge</h1><h2>How the challenge works</h2><p>Each day, do the moves below in "
            "order.</p><ul><li><strong>Go through the list twice.</strong> Do all the moves once, rest for 1 minute, "
            "then do them all again.</li><li><strong>Warm up first.</strong> March on the spot for 1 minute, then do "
            "10 arm circles forwards and 10 backwards.</li></ul><h2>The moves</h2><h3>1. Dead bug</h3><p>Lie on your "
            "back. Lower the opposite arm and leg. Do 6 each side.</p><h3>2. Glute bridge</h3><p>Lift your hips. Do "
            "12.</p><h3>3. Bird dog</h3><p>Reach your arm and leg. Do 6 each side.</p>")
    routine = import_article(page, "challenge.html", LIBRARY).whole
    assert routine is not None
    warm = routine.routine.blocks[0]
    assert [(e.name, e.reps, e.hold) for e in warm.exercises] == [("March on the spot", None, r(60)),
                                                                 ("Arm circles", r(10), None)]
