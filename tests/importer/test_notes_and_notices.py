"""Classes written where people keep notes and notices: a gym's whiteboard typed up (crossed-out values, shorthand),
a training firm's PDF with a table beside its two-column prose, an induction pack's parts by their length, a radio
programme's write-up of a class said in sentences, a magazine column's parts named in brackets, a studio's email,
a dance school's timetable beside its homework, a society's minutes with the class as an appendix, a blog's moves
under their photos, a riding school's circuit, a social caption's phone bullets. Each form with its test."""

from __future__ import annotations

from article_helpers import r, routine_of

from backcoach.core.importer.phrases import read_line_dose
from backcoach.core.model import Per

WHITEBOARD = """Whiteboard in the gym, typed up. Crossed-out bits shown as ~~like this~~.

 W/U  (everyone together, in PPE trousers if on shift)
   - rower 3 min easy
   - cat/cow x10

 CIRCUIT  ->  ~~3~~ 4 rnds   rest 90s btwn rnds
   a) KB deadlift  12   (16kg, 24kg if u know what ur doing)
   b) farmers carry  40s  (2x 24kg)
   c) ~~sit ups~~  dead bug  10 e/s
   d) plank  ~~60s~~ 45s

 C/D
   - child's pose  1 min
   - KTC (knee to chest) lying  30s e/s
   - hamstring str. w/ strap  30s e/s  x2
"""


def test_a_whiteboards_crossed_out_values_and_shorthand() -> None:
    """What is crossed out is not read ("~~3~~ 4 rnds": four rounds; "~~sit ups~~ dead bug": the dead bug); "W/U"
    and "C/D" are the warm-up and cool-down, a long remark in brackets after the name; "rest 90s btwn rnds"; a load
    is no count ("(2x 24kg)", "(16kg, …)"); "KTC (knee to chest)" is the words in brackets; "str." a stretch."""
    routine = routine_of(WHITEBOARD, "whiteboard.txt")
    warm, circuit, cool = routine.blocks
    assert [e.name for e in warm.exercises] == ["Rower", "Cat/cow"]
    assert (circuit.rounds, circuit.rest_between_rounds) == (4, r(90))
    assert [(e.name, e.sets, e.reps, e.hold) for e in circuit.exercises] == [
        ("KB deadlift", 1, r(12), None), ("Farmers carry", 1, None, r(40)), ("Dead bug", 1, r(10), None),
        ("Plank", 1, None, r(45))]
    assert [(e.name, e.sets, e.hold, e.per) for e in cool.exercises][1:] == [
        ("Pulling the knees to the chest", 1, r(30), Per.SIDE), ("Hamstring stretch", 2, r(30), Per.LEG)]


def test_crossed_out_text_in_a_page() -> None:
    """"<del>60 s</del> 45 s": the page's crossed-out value is not read (an unclosed one is read as it stands)."""
    routine = routine_of("<h2>Circuit</h2><ul><li>Plank <del>60 s</del> 45 s</li><li>Bird dog <s>6</s> 8 each side"
                         "</li></ul>", "page.html")
    assert [(e.name, e.reps, e.hold) for e in routine.exercises] == [("Plank", None, r(45)), ("Bird dog", r(8), None)]


PDF_PAGE = """6.1 Why scaffolders hurt their backs            tube, and it is usually the same
                                                story: tired, cold, in a hurry,
Most of the back injuries reported to us by     twisting with the load instead of
learners are not from one big lift. They build  moving the feet. A long tube weighs
up over weeks of passing, stacking and          about 30kg. A bundle of boards can
carrying. When we ask injured operatives what   be more than one person should
they were doing at the time, the answer is      ever take alone.
often "just passing up a board" or "carrying a

6.2 The pre-shift warm-up                       standing on the deck. Nothing here
                                                needs a mat or kit. It takes about
Do this in the yard before loading the wagon,   8 minutes. Your supervisor may run
or on site before the first lift, not when      it as part of the toolbox talk.
you are already up on the lift or

Work through the moves in the order shown.

  Exercise                                      Amount
  1. March on the spot, arms                    2 minutes
     swinging
  2. Standing cat-camel (hands                  8
     on thighs, round then arch
     the back)
  3. Side bends (slide hand                     10 each side
     down the outside of the leg)
  4. Bodyweight squats                          2 x 8-10
"""


def test_a_two_column_pdf_page_with_a_table_set_in_spaces() -> None:
    """A table of two columns ("Exercise  Amount") over numbered rows whose names wrap, on a page whose prose is
    in two columns: the table is read as a table (its columns are no page's), the numbered section heading that
    ends with "warm-up" is a part, and "March on the spot, arms swinging" is the march with a remark."""
    routine = routine_of(PDF_PAGE, "pack.txt")
    assert [b.title for b in routine.blocks] == ["The pre-shift warm-up"]
    assert [(e.name, e.sets, e.reps, e.hold, e.per) for e in routine.exercises] == [
        ("March on the spot", 1, None, r(120), None), ("Standing cat-camel", 1, r(8), None, None),
        ("Side bends", 1, r(10), None, Per.SIDE), ("Bodyweight squats", 2, r(8, 10), None, None)]


INDUCTION = """# Seasonal Milker Induction Pack

## Shift start (about 6 minutes)

Go through this once, in order:

1. **Brisk walk** up and down the pit — 2 minutes.
2. **Standing hip hinge** with hands on the rail — 10 slow reps.
3. **Mini squats** at the rail — 2 × 10, with about half a minute between.

## Shift end (about 5 minutes)

| Exercise | How much |
|---|---|
| Hamstring stretch (heel up on the bottom rail) | 30 s each leg |
| Knee hugs (standing, one at a time) | 5 each leg |
"""


def test_parts_by_their_length_and_names_in_bold() -> None:
    """"## Shift start (about 6 minutes)" over a list of moves is a part, not a move of six minutes (also over a
    table); the words in bold name the move ("**Standing hip hinge** with hands on the rail"); "with about half a
    minute between" is the rest between the sets."""
    routine = routine_of(INDUCTION, "pack.md")
    assert [b.title for b in routine.blocks] == ["Shift start", "Shift end"]
    assert [(e.name, e.sets, e.reps, e.hold, e.timing.rest) for e in routine.blocks[0].exercises] == [
        ("Brisk walk", 1, None, r(120), None), ("Hip hinge", 1, r(10), None, None),
        ("Mini squats", 2, r(10), None, r(30))]


RADIO = """<h1>Your questions answered</h1>
<p>Marcus suggested a short routine she can do on the days she isn't gardening, three times a week.</p>
<h2>Marcus's routine</h2>
<p>Start on your back with a <strong>pelvic tilt</strong>: flatten your lower back into the floor and let it go
again, <strong>ten times</strong>, nice and slowly.</p>
<p>Next is the <strong>bridge</strong>. Lift your bottom, hold it for a count of <strong>five seconds</strong> and
lower, <strong>eight to ten times</strong>.</p>
<p>Roll over onto hands and knees for the <strong>bird dog</strong> – one arm and the opposite leg out, back flat –
"six each side, swapping as you go, and hold each one for a couple of seconds".</p>
"""


def test_a_class_said_in_sentences_under_someones_routine() -> None:
    """"Marcus's routine" is the routine's heading, no move; after "Next is the bridge. …", a paragraph that names
    another move with its dose ("… for the bird dog – … six each side") is the next move, not more of the bridge."""
    routine = routine_of(RADIO, "radio.html")
    assert [(e.name, e.reps, e.hold, e.per) for e in routine.exercises] == [
        ("Pelvic tilt", r(10), None, None), ("Bridge", r(8, 10), r(5), None), ("Bird dog", r(6), r(2), Per.SIDE)]


COLUMN = """DECK DRILLS WITH THE CHIEF

HANDS TO STATIONS (the warm-up)
Ten arm circles forwards and ten backwards.

THE DRILL
This is a circuit. Do each one, straight into the next:

  - Glute bridges .............. 12
  - Wall press-ups ............. 10
  - Sit to stand from a chair .. 10

That's one round. Take a breather of a minute — ONE minute, not a cup of tea and a biscuit
— and go round again. Three rounds all told.

SECURE FROM DRILL (the cool-down)
  Knee hugs, lying on your back: pull both knees in and hold. Thirty seconds.
"""


def test_parts_named_in_brackets_and_a_dash_wrapped_to_a_lines_start() -> None:
    """"HANDS TO STATIONS (the warm-up)": a part, whatever its writer calls it; "THE DRILL" a part; ".." leaders;
    a sentence's dash wrapped to the start of a line ("— and go round again") is no list item, so the rounds are
    read."""
    routine = routine_of(COLUMN, "column.txt")
    assert [b.title for b in routine.blocks][1:] == ["THE DRILL", "SECURE FROM DRILL (the cool-down)"]
    drill = routine.blocks[1]
    assert drill.rounds == 3
    assert [(e.name, e.reps) for e in drill.exercises] == [
        ("Glute bridges", r(12)), ("Wall press-ups", r(10)), ("Sit to stand", r(10))]


EMAIL = """Subject: Back care at the wheel + kiln schedule

----------------------------------------------------------------
BACK CARE AT THE WHEEL
----------------------------------------------------------------

Our member Ines has put together a short routine for us. We sit low, lean forward over the wheel and stay
there for an hour without noticing. Here's what she suggests.

BEFORE YOU SIT DOWN TO THROW (about 5 minutes)

  - Shoulder rolls: roll them backwards, slowly, 10 times.
  - Hip hinge: hands on hips, push your bum back with a flat back. 10 of these.

AFTER CLEAN-UP (about 5 minutes)

  - Doorway chest stretch in the kiln-room doorway, forearms on the
    frame: 30 seconds.
  - Kneeling hip flexor stretch on the mat by the shelves: 30 seconds
    each side.

----------------------------------------------------------------
KILN SCHEDULE
----------------------------------------------------------------
Bisque: Mon 10th (shelves need to be full by Sun 6pm)
Glaze: Thu 13th — stoneware only, cone 6

Becca x
Studio Manager
"""


def test_a_studios_email_parts_and_where_moves_are_done() -> None:
    """The paragraph under the email's heading introduces the class (its "hour" is no move's); "BEFORE YOU SIT
    DOWN TO THROW (about 5 minutes)" is a part; a long name is cut where it says where the move is done ("… on the
    mat by the shelves", "… in the kiln-room doorway, …"); the kiln schedule is no part ("Bisque: Mon 10th" is no
    move's name under it)."""
    routine = routine_of(EMAIL, "email.txt")
    assert [b.title for b in routine.blocks] == ["BEFORE YOU SIT DOWN TO THROW", "AFTER CLEAN-UP"]
    assert [(e.name, e.hold, e.per) for e in routine.blocks[1].exercises][:2] == [
        ("Doorway chest stretch", r(30), None), ("Kneeling hip flexor stretch", r(30), Per.SIDE)]


SUNDAY_EMAIL = """THIS WEEK AT THE ASTORIA
  Mon  19:30  Intermediate Foxtrot (Studio 1)
  Tue  19:00  Beginners' Social (Studio 1)
  Thu  20:00  Latin Technique with Marco

POSTURE CORNER

Then, on the floor:

  * Pelvic tilts, lying on your back with knees bent: twelve, slowly.
  * Prone "swan" (lying on your front, lift your chest a few inches): eight, holding each for two seconds.
  * Wall angels, with your heels, bottom and head against the wall: ten.
  * Finally, the "dancer's stretch" for the chest: hands clasped behind you, lift the chest. Hold for
    thirty seconds. Do it twice.
"""


def test_a_timetables_clock_and_homework_in_a_list() -> None:
    """"Mon  19:30  Intermediate Foxtrot" is a class's time, no move of 19 min 30 s; "eight, holding each …" is
    eight reps; "Wall angels, with your heels, …: ten." the wall angels; "Finally, the “dancer's stretch” for the
    chest" is the dancer's stretch."""
    routine = routine_of(SUNDAY_EMAIL, "email.txt")
    assert [(e.name, e.sets, e.reps, e.hold) for e in routine.exercises] == [
        ("Pelvic tilts", 1, r(12), None), ('Prone "swan"', 1, r(8), r(2)), ("Wall angels", 1, r(10), None),
        ("Dancer's stretch", 2, None, r(30))]


MINUTES = """### 5. A back class on site
Nirmala had circulated the routine before the meeting; it is attached as **Appendix B**.

## Appendix A – Plot rents 2027
*(see separate sheet)*

## Appendix B – Plot-side back routine (N. Patel), as circulated

**Warm up**
1. Brisk walk round the site paths – 5 minutes
2. Hip circles, hands on hips – 10 each way

**Circuit** – go through all three, then rest a minute and a half and go round once more (2 rounds).

| Exercise | Dose |
|---|---|
| Sit to stand from the bench | 10 |
| Glute bridge | 12, hold 2 seconds at the top |
| Push-ups against the shed wall | 10 |

**Stretches, before you start digging**
- Hamstring stretch, heel on the edge of a raised bed – 30 seconds each leg
"""


def test_minutes_whose_appendix_is_the_routine() -> None:
    """An appendix that names a routine is the routine (other appendices are asides); "Hip circles, hands on
    hips" is the hip circles; "Hamstring stretch, heel on the edge of a raised bed" the hamstring stretch."""
    routine = routine_of(MINUTES, "minutes.md")
    warm, circuit, stretches = routine.blocks
    assert [(e.name, e.reps, e.per) for e in warm.exercises][1:] == [("Hip circles", r(10), Per.SIDE)]
    assert (circuit.rounds, circuit.rest_between_rounds, len(circuit.exercises)) == (2, r(90), 3)
    assert [(e.name, e.hold, e.per) for e in stretches.exercises] == [("Hamstring stretch", r(30), Per.LEG)]


GUILD_BLOG = """<h1>Saving our backs at sew days</h1>
<h3>1. Shoulder rolls</h3>
<p class="caption">Photo 1: Big slow circles – Bev says she heard a crunch, 2 of them.</p>
<p>10 backwards. Only backwards – we spend all day rolled forwards already!</p>
<h3>2. Wall angels</h3>
<p class="caption">Photo 2: Bev against the hall wall by the tea hatch.</p>
<p>Back against the wall and slide your arms up and down. Between 6 and 10, whatever you can manage.</p>
"""


def test_moves_under_their_photos() -> None:
    """A photo's caption under a move's heading is no part of its dose; "10 backwards." opens the description
    with the move's count; "Between 6 and 10, whatever you can manage" is a range of reps."""
    routine = routine_of(GUILD_BLOG, "blog.html")
    assert [(e.name, e.reps) for e in routine.exercises] == [("Shoulder rolls", r(10)), ("Wall angels", r(6, 10))]


YARD_NEWS = """<p>Do it as a circuit: go through all three moves, then go through them a second time. Catch your breath
for a minute between the two goes.</p>
<ol>
<li><b>Arm swings</b> — stand tall and swing both arms forward and back, then across your body. <b>Fifteen</b>
swings.</li>
<li><b>Squats</b> — feet hip-width, sit down as if onto a mounting block, stand back up. <b>Ten.</b></li>
<li><b>Standing side bend</b> — one hand on the stable door, reach the other arm over. <b>Five each side.</b></li>
</ol>
"""


def test_a_circuits_rest_between_goes_and_counts_at_the_end() -> None:
    """"Catch your breath for a minute between the two goes" is the rest between the rounds (no move's hold); a
    count said last, after how to do the move ("… Fifteen swings.", "… stand back up. Ten."), is its reps."""
    routine = routine_of(YARD_NEWS, "news.html")
    block = routine.blocks[0]
    assert (block.rounds, block.rest_between_rounds) == (2, r(60))
    assert [(e.name, e.reps, e.hold) for e in block.exercises] == [
        ("Arm swings", r(15), None), ("Squats", r(10), None), ("Standing side bend", r(5), None)]


CAPTION = """studio.roza · Follow

🖤 BEFORE THE FIRST CLIENT
▫️ chin tucks x10, hold 3 sec each
▫️ cat cow x8
▫️ thread the needle 5 each side

🖤 END OF THE DAY
▫️ glute bridges x15
▫️ side plank 20 sec each side
▫️ Russian twist, feet down x10
"""


def test_a_captions_phone_bullets() -> None:
    """"▫️" (a bullet drawn as a picture) marks a list item ("layout not understood" before); "hold 3 sec each"
    after ten reps is each rep's hold, no side; "Russian twist, feet down" is the Russian twist."""
    routine = routine_of(CAPTION, "caption.txt")
    assert [(e.name, e.reps, e.hold, e.per) for e in routine.exercises] == [
        ("Chin tucks", r(10), r(3), None), ("Cat cow", r(8), None, None), ("Thread the needle", r(5), None, Per.SIDE),
        ("Glute bridges", r(15), None, None), ("Side plank", None, r(20), Per.SIDE),
        ("Russian twist", r(10), None, None)]


def test_a_forums_post_dates_are_no_moves() -> None:
    """"Posted 14 Oct, 09:40" over a post is when it was posted, no move of nine minutes forty."""
    text = ("Posted 14 Oct, 09:12\n\nHere's what my physio gave me:\n\n  1. Shoulder rolls - 10 times\n"
            "  2. Chin tucks - 8 of them\n\nPosted 14 Oct, 09:40\n\nThank you, lovely!\n")
    assert [e.name for e in routine_of(text, "thread.txt").exercises] == ["Shoulder rolls", "Chin tucks"]
    assert not read_line_dose("Mon 19:30 Intermediate Foxtrot").has_work
