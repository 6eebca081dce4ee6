"""Classes written inside other documents: a laboratory's procedure with numbered clauses, a cruise ship's daily
programme, a photographer's blog in steps, a newspaper's letters page, a facilities manager's email, induction
slides with their speaker notes, an astronomy society's notes quoting the physio, a chess club's newsletter, a
fishing club's page that ends in prose, a vineyard's pack, a garage poster, a shift sheet's margin notes. Each form
with its test."""

from __future__ import annotations

from article_helpers import LIBRARY, r, routine_of

from backcoach.core.importer.names import Matcher
from backcoach.core.importer.phrases import read_line_dose
from backcoach.core.model import Per

PROCEDURE = """## 6. Procedure: micro-break routine

6.1 During an extended bench session, take a micro-break every 45–60 minutes. Remove gloves first.

6.3 Perform the following, in order:

  6.3.1 **Chin tucks** — standing tall, draw the chin straight back. Hold 5 s. Perform 5 repetitions.

  6.3.2 **Shoulder blade squeezes** — squeeze shoulder blades together and down. Hold 3 s. 10 repetitions.

  6.3.3 **Standing back extension** — hands on the lower back, lean back gently. 8 repetitions, no hold.

## 7. Records

7.1 No individual records are required. Compliance is checked during the annual walk-round.
"""


def test_a_procedures_numbered_clauses() -> None:
    """"6.3.1 **Chin tucks** — …": the clause's whole number is set aside (no move named "3.1 Chin tucks"), and
    the clauses that say no move ("7.1 No individual records …") are none."""
    routine = routine_of(PROCEDURE, "sop.md")
    assert [(e.name, e.reps, e.hold) for e in routine.exercises] == [
        ("Chin tucks", r(5), r(5)), ("Shoulder blade squeezes", r(10), r(3)), ("Standing back extension", r(8), None)]


PROGRAMME = """<h1>Today at Sea</h1>
<p>Day 5 · Wednesday · At sea, en route to Madeira</p>
<p>Sunrise 07:41 · Sunset 18:52</p>
<h2>Morning</h2>
<p>06:30 Sunrise coffee — Horizon Café, Deck 11 aft</p>
<p>07:00 Walk-a-Mile with the Fitness Team — Jogging Track, Deck 12</p>
<p>07:30 Deck Stretch for Happy Backs (complimentary) — Sun Deck, Deck 12 forward</p>
<p>08:00 Breakfast — Lido Buffet, Deck 11</p>
<p>09:30 Aqua Aerobics — Main Pool, Deck 10</p>
<h3>🧘 Deck Stretch for Happy Backs — with Gemma, Fitness Instructor</h3>
<p>Sun Deck, Deck 12 forward · 07:30–08:00 · Mats provided · Wear something comfortable.</p>
<p>Missed it, or want to do it on your balcony tomorrow? Here is Gemma's class:</p>
<table>
 <tr><td><b>Warm-up</b></td><td>Two easy laps of the jogging track (around 6 minutes)</td></tr>
 <tr><td>Standing cat-cow at the rail</td><td>8 slow reps</td></tr>
 <tr><td><b>On the mat</b></td><td></td></tr>
 <tr><td>Pelvic tilts</td><td>12</td></tr>
 <tr><td>Bridges</td><td>3 × 10, short rest (15 sec)</td></tr>
 <tr><td><b>Finish</b></td><td></td></tr>
 <tr><td>Child's pose</td><td>1 minute</td></tr>
</table>
"""


def test_a_daily_programmes_class() -> None:
    """A page's masthead ("Day 5 · Wednesday") is no class of a plan, the class's hours ("07:30–08:00") no dose;
    a table with no header names a part in its first cell and its move, if any, in the second; "Pelvic tilts | 12"
    is twelve; laps "of the jogging track" are a distance, no rounds."""
    routine = routine_of(PROGRAMME, "programme.html")
    assert [b.title for b in routine.blocks] == ["Warm-up", "Finish"]
    assert [(e.name, e.sets, e.reps, e.hold) for e in routine.exercises] == [
        ("Two easy laps of the jogging track", 1, None, r(360)), ("Standing cat-cow at the rail", 1, r(8), None),
        ("Pelvic tilts", 1, r(12), None), ("Bridges", 3, r(10), None), ("Child's pose", 1, None, r(60))]
    assert routine.blocks[0].rounds == 1


BLOG_STEPS = """<h2>Step 2: The core circuit 💪</h2>
<p>This is the bit Jonno was really strict about. I go through these four back to back, <strong>twice
through</strong>, with about a minute's breather between the rounds:</p>
<ul>
  <li><strong>Dead bug</strong> – 8 each side, alternating</li>
  <li><strong>Side plank</strong> – 20 sec each side</li>
</ul>
<h2>Step 3: Open the hips</h2>
<p>Last thing: a <strong>kneeling hip flexor stretch</strong>, 30 seconds a side, and I do that twice.</p>
"""


def test_a_blogs_steps_and_its_writers_circuit() -> None:
    """"Step 2: The core circuit 💪" is a part (its emoji after it too); the writer's own sentence over the list gives
    its rounds and their rest; "Last thing: a kneeling hip flexor stretch, …" names the move after its label."""
    routine = routine_of(BLOG_STEPS, "blog.html")
    circuit = routine.blocks[0]
    assert (circuit.title, circuit.rounds, circuit.rest_between_rounds) == ("Step 2: The core circuit 💪", 2, r(60))
    assert [e.name for e in circuit.exercises] == ["Dead bug", "Side plank"]
    assert [(e.name, e.sets, e.hold, e.per) for e in routine.exercises][2:] == [
        ("Kneeling hip flexor stretch", 2, r(30), Per.SIDE)]


REPLY = """Because of your knees I have kept everything off the floor.

On the bed, lying on your back with knees bent:

First, pelvic tilts. Gently flatten the small of your back into the
mattress, hold for five seconds, then relax. Do ten.

Next, bridges. Lift your bottom a few inches off the bed, hold for
three seconds, lower slowly. Start with eight and build up to twelve.

Standing at the worktop:

Sit-to-stand from a kitchen chair, arms crossed if you can: ten, have
a minute's breather, then ten more.

Heel raises holding the worktop: fifteen.

Standing hip hinge: hands on the worktop, walk your feet back and push
your bottom back until you feel the back of your thighs stretch. Hold
for twenty seconds and come up. Three times.
"""


def test_a_physios_reply_said_move_by_move() -> None:
    """"First, pelvic tilts. …", "Next, bridges. …": the move's name after where it comes; "Standing at the
    worktop:" says where the moves below are done; "ten, have a minute's breather, then ten more" is two sets;
    "holding the worktop" is a remark; a name set off by a colon, its description in small letters, is a move."""
    routine = routine_of(REPLY, "letters.txt")
    assert [(e.name, e.sets, e.reps, e.hold) for e in routine.exercises] == [
        ("Pelvic tilts", 1, r(10), r(5)), ("Bridges", 1, r(8, 12), r(3)), ("Sit to stand", 2, r(10), None),
        ("Heel raises", 1, r(15), None), ("Standing hip hinge", 3, None, r(20))]
    assert routine.exercises[2].timing.rest == r(60)


EMAIL = """Morning Terry,

Here's the routine the physio gave me. I've typed it out from her sheet as best I can.

First, pelvic tilts. Knees bent, feet flat, flatten your lower back onto the mat and hold it for five seconds,
then relax. Do that ten times.

Then bridges. Squeeze your bum and lift up until you're in a straight line from knees to shoulders, hold for two
seconds at the top and come down slowly. Two sets of eight, with a rest of about a minute between them.

Then roll over onto your hands and knees for the bird dog. Reach out the opposite arm and leg and hold for five
seconds. Six each side, taking turns.

Then the plank, on your elbows and knees to start. Hold for fifteen seconds, rest fifteen seconds, three times.

Sorry — I've just checked her sheet again and I had the bridges wrong, it's three sets of eight not two. Same
minute's rest.

Bernie
"""


def test_an_email_that_says_the_class_and_corrects_it() -> None:
    """"Then roll over … for the bird dog." after a move whose paragraph gave its dose is the next move; "I had the
    bridges wrong, it's three sets of eight not two" corrects the bridges and is no move of its own."""
    routine = routine_of(EMAIL, "email.txt")
    assert [(e.name, e.sets, e.reps, e.hold, e.per) for e in routine.exercises] == [
        ("Pelvic tilts", 1, r(10), r(5), None), ("Bridges", 3, r(8), r(2), None), ("Bird dog", 1, r(6), r(5), Per.SIDE),
        ("Plank", 3, None, r(15), None)]


def test_a_move_said_both_ways_is_two_moves() -> None:
    """"Arm circles — 10 forwards, 10 backwards", "shoulder rolls x15 fwd then x15 back": the move forwards, then
    backwards, each its count (as a coach calls them); the library knows "Arm circles backwards" as its arm circles;
    a move it does not know says its way in its name, in the card's words ("Arm swings forward")."""
    routine = routine_of("- Arm circles — 10 forwards, 10 backwards\n- shoulder rolls  x15 fwd then x15 back\n"
                         "- Cat-cow x 10\n", "card.md")
    assert [(e.name, e.sets, e.reps, e.per, e.note) for e in routine.exercises] == [
        ("Arm circles", 1, r(10), None, "Forwards."), ("Arm circles", 1, r(10), None, "Backwards."),
        ("Shoulder rolls", 1, r(15), None, "Forwards."), ("Shoulder rolls", 1, r(15), None, "Backwards."),
        ("Cat-cow", 1, r(10), None, None)]
    found = Matcher(LIBRARY).find("Arm circles backwards")
    assert found.entry is not None and found.entry.name == "Arm circles"
    swings = routine_of("1. Arm swings ......... x15 fwd, x15 back\n2. Cat-cow ......... x8\n", "card.txt")
    assert [(e.name, e.reps) for e in swings.exercises][:2] == [
        ("Arm swings forward", r(15)), ("Arm swings back", r(15))]


SLIDES = """Slide 3
Safe lifting
• Use the trolleys and the tipping frame

Speaker notes:
Don't spend long here, they did manual handling on day one.

--------------------------------------------------
Slide 4
Pre-shift warm-up (Part 1) — done together at the cabin, 07:45
• March on the spot — 1 minute
• Standing back extension — 5 reps

Speaker notes:
Kev or the shift lead leads this every morning, it's not optional.

--------------------------------------------------
Slide 5
Pre-shift warm-up (Part 2) — the "skip-side three"
• Squat to chair: 10
• Standing rows with the resistance band: 12
Go round this twice, 30 s breather between goes

Speaker notes:
The bands are in the blue box in the cabin.
"""


def test_induction_slides_parts_and_their_rounds() -> None:
    """A part's heading with a remark after a dash ("— done together at the cabin, 07:45") is the part, no move of
    7 min 45 s; "Go round this twice, 30 s breather between goes" under the part's list is its rounds."""
    routine = routine_of(SLIDES, "slides.txt")
    assert [e.name for e in routine.exercises] == [
        "March on the spot", "Standing back extension", "Squat to chair", "Standing rows with the resistance band"]
    second = routine.blocks[-1]
    assert (second.rounds, second.rest_between_rounds) == (2, r(30))
    assert [e.name for e in second.exercises] == ["Squat to chair", "Standing rows with the resistance band"]


NOTES = """<p>Hannah's notes, as she gave them to me:</p>
<blockquote>
<p><b>Before you start observing (warm-up, under the red torches):</b></p>
<p>Do this as a loop, twice through, no break within the loop, 30 seconds between loops:</p>
<ul><li>Marching on the spot – 45 seconds</li><li>Bodyweight squats – 10</li></ul>
<p><b>At the tea break:</b></p>
<table><tr><th>Exercise</th><th>Sets</th><th>Reps / time</th></tr>
<tr><td>Wall-free chin tucks</td><td>2</td><td>5, 5 s hold</td></tr></table>
</blockquote>
<p>Edit 18 Nov: Hannah has asked me to correct the chin tucks — it should be three sets of five, not two.</p>
"""


def test_a_quoted_physios_notes_and_their_correction() -> None:
    """The physio's notes quoted under the writer's "as she gave them to me:" are the routine, the table in the
    quotation too; "a loop, twice through, no break within the loop, 30 seconds between loops" is two rounds with no
    rest between the moves; "correct the chin tucks — it should be three sets" corrects the "Wall-free chin tucks"."""
    routine = routine_of(NOTES, "notes.html")
    loop = routine.blocks[0]
    assert (loop.rounds, loop.rest_between_rounds) == (2, r(30))
    assert [e.name for e in loop.exercises] == ["Marching on the spot", "Bodyweight squats"]
    tucks = routine.exercises[-1]
    assert (tucks.name, tucks.sets, tucks.reps, tucks.hold) == ("Wall-free chin tucks", 3, r(5), r(5))


NEWSLETTER = """**Warming up.** March on the spot for a minute.

**The main bit** is a mini-circuit. Go through these three moves, rest for a minute, and then go through them
again. Three times through altogether.

- **McGill curl-up**: lie on your back, one knee bent, lift your head and shoulders and hold for ten seconds.
  Five of them.
- **Dead bug**: on your back, arms up; lower the opposite arm and leg slowly. Six each side, taking turns.

**To finish**, two stretches:

- **Knee hugs**: both knees to your chest, hold thirty seconds.
"""


def test_a_newsletters_parts_named_in_bold() -> None:
    """"**Warming up.** …", "**The main bit** is a mini-circuit. …", "**To finish**, …": the parts, named in bold
    at the start of their paragraphs; "rest for a minute, and then go through them again. Three times through
    altogether." are the circuit's rounds and the rest between them."""
    routine = routine_of(NEWSLETTER, "newsletter.md")
    assert [(b.title, b.rounds) for b in routine.blocks] == [("Warming up", 1), ("The main bit", 3), ("To finish", 1)]
    assert routine.blocks[1].rest_between_rounds == r(60)
    assert [e.name for e in routine.exercises] == ["March on the spot", "McGill curl-up", "Dead bug", "Knee hugs"]


RIVERBANK = """<h3>Before you tackle up</h3>
<ul><li>Hip circles – hands on hips, 10 in each direction.</li>
<li>Standing side bend – slide a hand down your leg, 8 each side.</li></ul>
<h3>When you pack up</h3>
<p>Before you load the barrow, lie on your unhooking mat and pull both knees in for a knee hug – 30 seconds,
twice. Then a child's pose for as long as feels nice, about a minute.</p>
<p>Kerry's golden rule: lift the barrow with your legs and don't twist while lifting.</p>
"""


def test_a_part_said_in_prose_after_listed_parts() -> None:
    """"When you pack up" over a paragraph that names its moves with their doses, after parts of listed moves: a
    part, its moves the paragraph's; "10 in each direction" is ten a side; "Kerry's golden rule:" is advice."""
    routine = routine_of(RIVERBANK, "riverbank.html")
    assert [(e.name, e.sets, e.reps, e.hold, e.per) for e in routine.exercises] == [
        ("Hip circles", 1, r(10), None, Per.SIDE), ("Standing side bend", 1, r(8), None, Per.SIDE),
        ("Knee hug", 2, None, r(30), None), ("Child's pose", 1, None, r(60), None)]


PACK = """Morning warm-up (courtyard, 08:00)
Go through the list three times, with about a minute's break after each time through.
  a) Brisk walk round the courtyard .......... 1 minute
  b) Squats (to the height of a crate) ....... 12

Afternoon stretch (16:30, by the trailer)
  1. Cat-cow on a folded jacket: 8 to 10 slow ones
  2. Hamstring stretch, one heel up on the trailer step: two times thirty seconds per leg
"""


def test_a_packs_parts_at_their_times_of_day() -> None:
    """A time of day in brackets with where ("(courtyard, 08:00)", "(16:30, by the trailer)") is when the part is,
    never a move of eight minutes; "one heel up on the trailer step" after the name is how it is done."""
    routine = routine_of(PACK, "pack.txt")
    assert [(e.name, e.sets, e.hold, e.per) for e in routine.exercises][-1] == ("Hamstring stretch", 2, r(30), Per.LEG)
    assert [e.name for e in routine.exercises][:2] == ["Walking", "Squats"]
    assert routine.blocks[0].rounds == 3


def test_doses_of_posters_and_cards() -> None:
    """A poster's "HOLD 30s · BOTH LEGS" is a hold on each leg; "Chin tuck ..... 10 x 3s" ten reps held three
    seconds; a table's note "20 s between" the rest between its sets; "a short breather in between (about 30
    seconds)" a rest, no hold; "Go round this twice" rounds; a circuit's "(x3, 45 sec rest between rounds)" its rounds;
    "12 (3 sec squeeze at top)" twelve reps, each held."""
    assert read_line_dose("HOLD 30s · BOTH LEGS").per is Per.LEG
    tucks = read_line_dose("10 x 3s")
    assert (tucks.reps, tucks.hold, tucks.sets) == (r(10), r(3), None)
    assert read_line_dose("20 s between").rest == r(20)
    bridge = read_line_dose("Two sets of 10, a short breather in between (about 30 seconds).")
    assert (bridge.sets, bridge.reps, bridge.rest, bridge.hold) == (2, r(10), r(30), None)
    assert read_line_dose("Go round this twice").rounds == 2
    circuit = read_line_dose("LIFTING CIRCUIT (x3, 45 sec rest between rounds)")
    assert (circuit.rounds, circuit.round_rest, circuit.reps) == (3, r(45), None)
    bridge = read_line_dose("glute bridge ........ 12 (3 sec squeeze at top)")
    assert (bridge.reps, bridge.hold) == (r(12), r(3))


POSTER = """<div><h2>1 · WING MIRROR TWIST</h2><p>Feet planted, arms crossed, turn to look behind you.</p>
<p>5 each way</p></div>
<div><h2>2 · WALL ANGELS</h2><p>Back, head and bum on the wall. Slide arms up and down.</p><p>8–10</p></div>
"""
LIST = """<h3>In bed</h3>
<ol><li><strong>Pelvic tilts</strong> – flatten the small of your back into the mattress, hold for a count of five.
Do 10.</li></ol>
<h3>On the floor</h3>
<ol start="2"><li><strong>Cat-cow</strong> – on all fours, round your back up like a cat, then let it dip gently. 8 slow
rounds.</li>
<li><strong>Walk round the hall</strong> – two laps, about two minutes.</li></ol>
"""


def test_a_count_alone_under_a_move_and_a_moves_own_rounds() -> None:
    """"8–10" alone under a move's heading is its reps; "8 slow rounds" inside a list item are the item's reps,
    never the list's rounds; "two laps" of a walk are how far it goes."""
    poster = routine_of(POSTER, "poster.html")
    assert [(e.name, e.reps, e.hold) for e in poster.exercises] == [
        ("Wing mirror twist", r(5), None), ("Wall angels", r(8, 10), None)]
    listed = routine_of(LIST, "list.html")
    assert [(e.name, e.reps, e.hold) for e in listed.exercises] == [
        ("Pelvic tilts", r(10), r(5)), ("Cat-cow", r(8), None), ("Walk round the hall", None, r(120))]
    assert all(b.rounds == 1 for b in listed.blocks)


SHIFT_SHEET = """SAT: Match day (kick-off 15:00). Expect full by 13:30. Cones out on L0 ramp by 12:45.

 > BOOTH STRETCHES (from the physio). Do them at the start of the shift.

     1. standing back bends, hands on hips, lean back gently  x10
     2. side bends  8 ea side
     3. chin tucks x10, hold 3 secs each

   (Aisha:) physio said the side bends are 10 a side not 8. Go with 10.
"""


def test_a_shift_sheets_margin_notes() -> None:
    """The clock's times of a notice ("by 13:30", "kick-off 15:00") are no doses; an instruction after a comma in
    a name ("…, lean back gently") is a remark; "physio said the side bends are 10 a side" corrects them."""
    routine = routine_of(SHIFT_SHEET, "sheet.txt")
    assert [(e.name, e.reps, e.per) for e in routine.exercises] == [
        ("Standing back bends", r(10), None), ("Side bends", r(10), Per.SIDE), ("Chin tucks", r(10), None)]
