"""Classes written in the notes of working life: a physio's text messages with their time stamps, a supervisor's
correction in brackets on an apprentice's worksheet, a farrier's notebook with its own key to its shorthand, a
ferry's watch handover, a print works' poster with dot leaders, a night shift's note, a brass band's sheet, a
handbook's "Then the main part.", a kennel's checklist. Each form with its test."""

from __future__ import annotations

from article_helpers import LIBRARY, r, routine_of

from backcoach.core.importer.names import Matcher
from backcoach.core.importer.phrases import read_dose, read_line_dose
from backcoach.core.importer.source import Kind, read_entries
from backcoach.core.model import Per

TEXTS = """Messages
Kingsmead Physio

                Mon 2 Nov 12:00
Kingsmead Physio: reminder of your appointment Tue 3 Nov at 08:20. Please arrive 5 mins early.

                Tue 3 Nov 09:14
Hi Dan, it's Amira. Your home exercises from today's appt.

                09:15
1) Pelvic tilts lying on your back, knees bent. Flatten your back, hold 5 secs. x10

                09:16
2) Bridges x 10, 3 sets, rest 30s between

                09:17
3) Bird dog on hands and knees. Opposite arm & leg, hold 5 sec, 8 each side

                09:17
4) Clam shells lying on your side, 15 each side

                Thu 5 Nov 17:10
Great news. Wobbly is normal! Make the bird dog hold 3 secs instead of 5 for now

                17:11
And you can add a 10 min walk at the end of the exercises, every day
"""


def test_a_physios_text_messages() -> None:
    """A message's stamp alone on its line ("09:16", "Tue 3 Nov 09:14") is when it was sent: no move, no hold, and
    no paragraph under a texted "2) Bridges x 10"; "arrive 5 mins early" is no dose; "Make the bird dog hold 3 secs
    instead of 5" corrects the bird dog; "add a 10 min walk at the end of the exercises" adds a walk last."""
    routine = routine_of(TEXTS, "texts.txt")
    assert [(e.name, e.reps, e.hold, e.sets) for e in routine.exercises] == [
        ("Pelvic tilts", r(10), r(5), 1), ("Bridges", r(10), None, 3), ("Bird dog", r(8), r(3), 1),
        ("Clam shells", r(15), None, 1), ("Walk", None, r(600), 1)]


def test_a_clock_is_when_wherever_it_stands() -> None:
    """One check tells a clock's time of day from a move's length: after a date, "moved to" or "by", and hours
    with "pm" after the range, it is when; "0:30" after a move is its thirty seconds."""
    for said in ("Tue 3 Nov 09:14", "Delivery's moved to 23:30 from Monday", "7:30-8:00 pm", "by 13:30"):
        assert read_dose(said).hold is None, said
    assert read_line_dose("Plank 0:30").hold == r(30)


CORRECTION = """<h1>Saving our backs at the showcase</h1>
<p>The routine Dani wrote out for the team:</p>
<ul>
<li>Glute bridges – 3 × 12</li>
<li>Bird dog – 6 each side, hold 5 seconds</li>
<li>Cat-cow – 8</li>
</ul>
<p>A correction from Dani after I shared a draft of this post: the bridges should be <em>ten</em>, not twelve, while
you are still building up, and she would like the bird dog holds to be three seconds for the first month, not five.
So: 3 × 10 bridges, bird dog six each side with a three-second hold. We have been doing it wrong for weeks,
apparently. Sorry Dani, and thank you again for all of it.</p>
"""


def test_a_long_correction_and_its_second_clause() -> None:
    """A correction paragraph longer than a note is read a sentence at a time; "should be ten, not twelve" is ten
    reps; its second clause ("and she would like the bird dog holds to be three seconds …, not five") corrects
    the bird dog's hold."""
    routine = routine_of(CORRECTION, "blog.html")
    assert [(e.name, e.reps, e.hold, e.sets) for e in routine.exercises] == [
        ("Glute bridges", r(10), None, 3), ("Bird dog", r(6), r(3), 1), ("Cat-cow", r(8), None, 1)]


FORUM = """Karen wrote:

Copied off my sheet:
- Bird dog 3 x 6 each side, hold 10 sec
- Glute bridge 3 x 15
- Wall sit 45 sec

Ha you're right, just got my sheet out again – I typed it wrong last night. It's bird dog 2 x 6 each side, 5 sec hold.
And the bridges on the sheet are 2 x 15, not 3 – so DoodleDaze is right on both counts.
"""


def test_a_restated_move_and_the_moves_on_the_sheet() -> None:
    """"It's bird dog 2 x 6 each side, 5 sec hold." says the move again as it should be; "the bridges on the sheet
    are 2 x 15, not 3" names the bridges, where they are listed set aside."""
    routine = routine_of(FORUM, "thread.txt")
    assert [(e.name, e.reps, e.hold, e.sets) for e in routine.exercises] == [
        ("Bird dog", r(6), r(5), 2), ("Glute bridge", r(15), None, 2), ("Wall sit", None, r(45), 1)]


NOTEBOOK = """EXERCISES -- every day, AM before work:

 MAIN
 1. glute br. 3x12, 2 sec squeeze at top
 2. BD 2x8 e/s, alt. -- hold 3s each
 3. side plk 3 x 20s e/s

 STRETCH
 - ham str. 30s x2 e/l

[Abbrevs, so I don't forget: e/s = each side, e/l = each leg, alt. = alternate, BD = bird dog, br. = bridge,
plk = plank, ham str. = hamstring stretch]
"""


def test_a_pages_own_key_to_its_shorthand() -> None:
    """"[Abbrevs …: e/s = each side, BD = bird dog, br. = bridge, …]": the page's shorthand is spelled out before
    it is read, capitals as written and small letters in any case; the key's own line is no move."""
    routine = routine_of(NOTEBOOK, "notebook.txt")
    assert [(e.name, e.reps, e.hold, e.sets, e.per) for e in routine.exercises] == [
        ("Glute bridge", r(12), r(2), 3, None), ("Bird dog", r(8), r(3), 2, Per.SIDE),
        ("Side plank", None, r(20), 3, Per.SIDE), ("Hamstring stretch", None, r(30), 2, Per.LEG)]


def test_a_move_said_both_ways_in_turn_is_the_librarys() -> None:
    """"Knee rolls side to side" is the library's knee rolls, its way a remark; new library moves that articles name
    most are found by their common names."""
    matcher = Matcher(LIBRARY)
    found = matcher.find("Knee rolls side to side")
    assert (found.name, found.left_out) == ("Knee rolls", "side to side")
    assert [matcher.find(n).entry.name for n in ("heel raises", "standing hip hinge", "doorway pec stretch")] == [
        "Calf raises", "Hip hinge", "Chest stretch"]


BLOG = """<h1>Twelve-hour shifts and my lumbar spine</h1>
<p>Here's the whole thing exactly as she wrote it down for me:</p>
<p><strong>Loosen up first</strong></p>
<ul>
<li>Pelvic tilts, lying on your back with knees bent – 10 to 15</li>
<li>Cat-cow – 8</li>
</ul>
<p><strong>Strength bit</strong></p>
<ul>
<li>Glute bridge – 2–3 sets of 10–12, rest about a minute</li>
</ul>
"""


def test_loosen_up_first_and_a_bare_range() -> None:
    """"Loosen up first" in bold is the warm-up by another name; "– 10 to 15" after a move's name is its reps."""
    routine = routine_of(BLOG, "blog.html")
    assert [b.title for b in routine.blocks] == ["Loosen up first", "Strength bit"]
    assert routine.blocks[0].exercises[0].name == "Pelvic tilts"
    assert routine.blocks[0].exercises[0].reps == r(10, 15)


HANDOVER = """MV ISLE OF CORRAN — DECK DEPARTMENT
WATCH HANDOVER SHEET

3. MOORING
 - Heaving lines: 1 replaced (frayed). Spare on the rail by the aft winch.

4. BOSUN'S NOTE — BACKS
 The company physio has given us a warm-up to do before each watch. Takes about 8 min. Do it as one circuit,
 TWICE through, one minute easy between the two rounds:

   a) Arm swings ................ 10
   b) Standing hip hinge ........ 10 (hands on thighs, flat back)
   c) Side bends ................ 8 ea side
   d) Calf stretch on the ramp lip  30 sec ea leg

 NB correction from Bosun 08/11: calf stretch is 45 sec ea leg, not 30.
"""


def test_a_watch_handover_with_a_bosuns_note() -> None:
    """"4. BOSUN'S NOTE — BACKS" is a section of the form, no move: the dot-leader lines under it are its moves (a
    bare count after leaders is the reps), "Do it as one circuit, TWICE through, one minute easy between the two
    rounds" their rounds and rest, and the labelled correction after them the calf stretch's hold."""
    routine = routine_of(HANDOVER, "handover.txt")
    circuit = next(b for b in routine.blocks if b.exercises and b.exercises[0].name == "Arm swings")
    assert (circuit.rounds, circuit.rest_between_rounds) == (2, r(60))
    assert [(e.name, e.reps, e.hold) for e in circuit.exercises] == [
        ("Arm swings", r(10), None), ("Standing hip hinge", r(10), None), ("Side bends", r(8), None),
        ("Straight-leg calf stretch", None, r(45))]


HANDBOOK = """## 7.4 Morning warm-up

Start with a **walk** round the site perimeter path, about three minutes at a decent pace.

Then the main part. We go through the following **twice**, with half a minute's breather between the first go and
the second:

1. **Cat and camel** on the mats — ten, slow, with the breath.
2. **Glute bridges** — ten.
3. **Thread the needle** — on all fours, slide one arm under the other and turn. Six each side.
"""


def test_then_the_main_part_said_in_turn() -> None:
    """"Then the main part." is a part's title said as a sentence; "We go through the following twice, with half a
    minute's breather between the first go and the second" its rounds and their rest."""
    routine = routine_of(HANDBOOK, "handbook.md")
    main = routine.blocks[-1]
    assert (main.title, main.rounds, main.rest_between_rounds) == ("Main part", 2, r(30))
    assert [e.name for e in main.exercises] == ["Cat camel", "Glute bridges", "Thread the needle"]


POSTER = """ THE 5-MINUTE PRESS-SIDE ROUTINE
 Do it standing at the delivery end, clear of the walkway.

  1  NECK TURNS ............ 5 each side, slow
  2  SIDE STRETCH .......... arm overhead, lean away,
                              hold 15 sec each side
  3  WALL ROWS ............. 2 x 12, rest 15 sec
  4  HAMSTRING STRETCH ..... heel on the pallet step,
                              hold 20–30 sec each leg
"""


def test_a_posters_dose_wrapped_under_its_leaders() -> None:
    """A leader line that ends with a comma goes on in the line set under its words ("SIDE STRETCH …… arm overhead,
    lean away," over "hold 15 sec each side"); "THE 5-MINUTE PRESS-SIDE ROUTINE" is the routine's length."""
    routine = routine_of(POSTER, "poster.txt")
    assert [(e.name, e.reps, e.hold, e.per) for e in routine.exercises] == [
        ("Neck turns", r(5), None, Per.SIDE), ("Side stretch", None, r(15), Per.SIDE),
        ("Wall rows", r(12), None, None), ("Hamstring stretch", None, r(20, 30), Per.LEG)]


def test_counts_said_again_and_rests_said_in_passing() -> None:
    """"do 10 and rest a little (20 seconds), then another 10": two sets of ten, twenty seconds between; "one minute
    break after each time round" the rounds' rest; "hold for 5" five seconds; "a short breather in between, call it
    thirty seconds" a rest."""
    said = read_dose("Glute bridges, do 10 and rest a little (20 seconds), then another 10")
    assert (said.sets, said.reps, said.rest, said.hold) == (2, r(10), r(20), None)
    assert read_dose("go round it twice, one minute break after each time round").round_rest == r(60)
    assert read_line_dose("Bird dog 6 each side, hold for 5").hold == r(5)
    assert read_dose("we do them twice with a short breather in between, call it thirty seconds").rest == r(30)


CHECKLIST = """## Stretch break

**Round the circuit twice**, 30 seconds' rest between rounds:

| ✔ | Move | How many |
|---|------|----------|
| ☐ | Cat-cow (on the mat) | 8 |
| ☐ | Glute bridge | 10 |

## End-of-shift cool-down

1. **Cat-cow** on hands and knees — ten slow rounds.
2. **Bird dog** — six each side, hold each one for a count of five.
"""


def test_round_the_circuit_and_a_moves_own_slow_rounds() -> None:
    """"**Round the circuit twice**" over a table is its rounds; "**Cat-cow** on hands and knees — ten slow rounds."
    in a numbered list is the move's ten, no rounds of its part."""
    routine = routine_of(CHECKLIST, "checklist.md")
    assert [(b.rounds, b.rest_between_rounds) for b in routine.blocks] == [(2, r(30)), (1, None)]
    assert routine.blocks[1].exercises[0].reps == r(10)


SHEET = """PHYSICAL WARM-UP

  a) Shoulder shrugs -- up to the ears, drop. Ten.
  b) Standing back arch -- hands in the small of the back,
     look up, lean back a little. Five, slowly.
  c) Squats -- twelve (sit back like there's a chair)

-------------------------------------------------------------
BREATHING (7.40)
-------------------------------------------------------------
  d) Breathe in for four, out for eight through the lips. Six breaths.

Sarah says: the arch (b) is three sets of five, not one -- she caught me on that one.
"""


def test_a_count_said_last_and_a_note_under_another_moves_heading() -> None:
    """"up to the ears, drop. Ten.": how, then the count as a sentence of its own; "twelve (sit back …)" the count
    with a remark in brackets; a note under "BREATHING" that corrects "the arch (b)" is the arch's, not the
    breathing's."""
    routine = routine_of(SHEET, "sheet.txt")
    moves = {e.name: e for e in routine.exercises}
    assert moves["Shoulder shrugs"].reps == r(10)
    assert (moves["Standing back arch"].reps, moves["Standing back arch"].sets) == (r(5), 3)
    assert (moves["Squats"].reps, moves["Squats"].note) == (r(12), "Sit back like there's a chair.")


WORKSHEET = """Q4. The workshop does a back routine at the start of the day. Write out the warm-up part.
A:  - March on the spot for 2 mins
    - Cat/cow x10

Q5. What are the "floor moves" in the routine and how many of each?
A:  - Bird dog 6 each side, hold for 5
    - Glute bridge 2 sets of 10

    [Supervisor: Glute bridge is THREE sets of ten, Callum - check the handout. -LD]
"""


def test_a_worksheets_answers_and_the_supervisors_correction() -> None:
    """"A:  - March on the spot …" is the answer's first list item; "[Supervisor: Glute bridge is THREE sets of ten
    …]" corrects the bridge without saying what it was."""
    routine = routine_of(WORKSHEET, "worksheet.txt")
    assert [(e.name, e.reps, e.hold, e.sets) for e in routine.exercises] == [
        ("March on the spot", None, r(120), 1), ("Cat/cow", r(10), None, 1), ("Bird dog", r(6), r(5), 1),
        ("Glute bridge", r(10), None, 3)]


BULLETIN = """THE BACK PAGE: a routine for delivery staff

  ----- BEFORE YOUR WALK (at the frame or in the yard) -----

  Hip circles ........................................ 10 each way
  Standing cat-cow (hands on thighs) ................. 8

  ----- AFTER YOUR WALK (cool down) -----

  Lying knee hug .................... 30 secs, twice
  Seated knee hug, one at a time - 15 secs per leg
"""


def test_a_headings_between_rules_and_a_way_of_doing_it_after_a_comma() -> None:
    """"----- AFTER YOUR WALK (cool down) -----" is a heading between its rules; ", one at a time" after a move's
    name says how it is done."""
    entries = read_entries(BULLETIN, "bulletin.txt")
    assert [e.text for e in entries if e.kind is Kind.HEADING] == [
        "BEFORE YOUR WALK (at the frame or in the yard)", "AFTER YOUR WALK (cool down)"]
    routine = routine_of(BULLETIN, "bulletin.txt")
    assert routine.blocks[-1].title == "AFTER YOUR WALK (cool down)"
    hug = routine.blocks[-1].exercises[1]
    assert (hug.name, hug.hold, hug.per, hug.note) == ("Seated knee hug", r(15), Per.LEG, "One at a time.")


LADDER = """<h2>The routine</h2>
<ol>
<li><strong>Bird dog</strong> — 3 sets of 10 each side, hold each for a count of three, slowly.</li>
<li><strong>Side plank</strong> (from the knees is fine) — 20 seconds per side, two rounds of that.</li>
<li><strong>Glute bridge</strong> — 12 reps, squeeze at the top, lower slowly, twice through.</li>
</ol>
<p><strong>Edit, 2 April:</strong> a couple of you asked about the bird dog — I'd originally written
3 sets of 10 but the physio says 8 is plenty if you're holding them properly, so I've changed it above.
And the side plank: I now do <em>three</em> rounds each side, not two. Forty-odd and still improving.</p>
"""


def test_rounds_of_one_move_and_a_note_broken_over_lines() -> None:
    """"20 seconds per side, two rounds of that" is the side plank's sets, no rounds of its part; a note whose lines
    the page broke ("so I've changed it above.\\n And the side plank: I now do three rounds each side, not two.")
    still corrects the move, its rounds the move's sets."""
    routine = routine_of(LADDER, "blog.html")
    assert routine.blocks[0].rounds == 1
    plank = routine.exercises[1]
    assert (plank.name, plank.sets, plank.hold, plank.per) == ("Side plank", 3, r(20), Per.SIDE)


UPDATES = """## Warm-up
- Cat–cow on the mats × 10
- front plank 3 x 20-30s
- Standing back extension × 5

## Main
1. **Bodyweight squat** — 2 × 12, 30 s between sets
2. **Glute bridge** — 2 sets of 10

_Update from Ros, 12 May:_ squats are now **3** × 12, not 2 × 12. Same rest.

Correction, added 16 March: Gareth has pointed out that the bridges were 2 sets of 12, not 10.
"""


def test_names_typed_with_dashes_and_notes_in_emphasis() -> None:
    """"Cat–cow" with an en dash and "front plank" are the library's; a note in emphasis marks
    ("_Update from Ros, 12 May:_ squats are now **3** × 12") and "that the bridges were 2 sets of 12, not 10"
    correct their moves."""
    routine = routine_of(UPDATES, "sheet.md")
    matcher = Matcher(LIBRARY)
    assert [matcher.find(e.name).entry.name for e in routine.blocks[0].exercises] == [
        "Cat-cow", "Plank", "Bend in the back standing"]
    assert [(e.sets, e.reps) for e in routine.blocks[1].exercises] == [(3, r(12)), (2, r(12))]


HANDBOOK_FINISH = """## Morning warm-up

1. **Cat and camel** on the mats — ten, slow, with the breath.
2. **Glute bridges** — ten.

Finish standing: **hamstring stretch** with your heel on a bucket, fifteen to twenty seconds on each leg.
"""


def test_a_part_named_by_its_label_before_bold_moves() -> None:
    """"Finish standing: **hamstring stretch** …" is a part of its own, its move named in bold after the label."""
    routine = routine_of(HANDBOOK_FINISH, "handbook.md")
    assert routine.blocks[-1].title == "Finish standing"
    stretch = routine.blocks[-1].exercises[0]
    assert (stretch.name, stretch.hold, stretch.per) == ("Hamstring stretch", r(15, 20), Per.LEG)


def test_the_words_set_aside_from_a_library_moves_name_are_its_note_once() -> None:
    """"Heel raises holding the worktop": the library's calf raises, "holding the worktop" its note, said once (the
    name's support and the words the library set aside to find it are the same words)."""
    routine = routine_of("Warm-up\n\n- Heel raises holding the worktop x 15\n- Cat-cow x 8\n", "sheet.txt")
    raises = routine.exercises[0]
    assert (raises.reps, raises.note) == (r(15), "Holding the worktop.")
