"""Classes told in running prose, a move to a paragraph: a school caretaker's handbook that sets each move in bold
("Turn over onto your hands and knees for **cat-cow**, ten times, slowly."), a sweep's blog that does the same under
"The morning routine", a wedding DJ's blog with its "little circuit" said in turn over the list and "two stretches"
after it. Each form with its test."""

from __future__ import annotations

from article_helpers import r, routine_of

from backcoach.core.importer.names import split_entry
from backcoach.core.importer.phrases import plain_text, read_dose
from backcoach.core.model import Per

HANDBOOK = """# Daily back routine

Do this at the start of your day, before setting up the hall. It takes about ten minutes.

**Then, on the mat:**

Start with **pelvic tilts**: lying on your back with your knees bent, flatten your back into the mat, hold for five
seconds and release. Do this ten times.

Next, **knee rolls** — knees together, let them drop slowly to one side and then the other. Eight to each side.

Turn over onto your hands and knees for **cat-cow**, ten times, slowly.

Stay there for the **bird dog**: reach one arm and the opposite leg out, hold for five seconds, and swap. Eight each
side is enough. Rest for about a minute, then do a second set.

Finish the mat work with a **plank** on your elbows and knees for fifteen to twenty seconds. Do three of these with a
short rest of twenty seconds in between.

**Before lifting anything heavy**, stand up and do ten **squats** holding the back of a hall chair, then ten **hip
hinges** with your hands on your hips.

## Cool down

At the end of the day, a **hamstring stretch** on the bottom step of the stage — hold for thirty seconds, each leg —
and a **standing back extension** (hands in the small of your back, lean gently back) five times.
"""


def test_a_move_set_in_bold_in_its_own_paragraph_after_lines() -> None:
    """After moves read as lines ("Start with **pelvic tilts**: … Do this ten times."), a paragraph that sets another
    move in bold with its dose is the part's next move, not a mention in passing; "then do a second set" is that
    move's second set, no move called "second set"; "Finish the mat work with a **plank**" is the plank; "do ten
    **squats** …, then ten **hip hinges**" after the plank's line names the next moves by their counts."""
    routine = routine_of(HANDBOOK, "handbook.md")
    moves = [(e.name, e.reps, e.hold, e.sets, e.timing.rest) for e in routine.blocks[0].exercises]
    assert moves == [
        ("Pelvic tilts", r(10), r(5), 1, None), ("Knee rolls", r(8), None, 1, None), ("Cat-cow", r(10), None, 1, None),
        ("Bird dog", r(8), r(5), 2, r(60)), ("Plank", None, r(15, 20), 3, r(20)), ("Squats", r(10), None, 1, None),
        ("Hip hinges", r(10), None, 1, None)]


def test_a_cool_downs_moves_dosed_further_on_in_the_sentence() -> None:
    """A cool-down said in a sentence gives each move the dose said after it, before the next move named, also past
    where it is done ("a hamstring stretch on the bottom step of the stage — hold for thirty seconds, each leg")."""
    routine = routine_of(HANDBOOK, "handbook.md")
    cool = routine.blocks[-1]
    assert [(e.name, e.reps, e.hold, e.per) for e in cool.exercises] == [
        ("Hamstring stretch", None, r(30), Per.LEG), ("Standing back extension", r(5), None, None)]


SWEEP = """<html><body>
<h1>Sooty Backs: What 22 Years Up Chimneys Taught Me</h1>
<p>A couple of winters ago I put my back out lifting a fire basket. The physio gave me a few exercises and I've kept
them up. I do them on the living room floor before the first job.</p>
<h2>The morning routine</h2>
<p>First thing, <strong>pelvic tilts</strong> lying on your back with knees bent. Flatten your back into the floor,
let it go. I do fifteen of those.</p>
<p>Then <strong>knee rolls</strong>: knees together, let them drop slowly to one side then the other. Ten to each
side.</p>
<p>Onto hands and knees for <strong>cat-cow</strong>, ten of them, nice and slow.</p>
<p>Next a <strong>side plank</strong> on my elbow with knees bent, 15 seconds a side, twice through.</p>
<p>And last, because kneeling in hearths wrecks your hip flexors, a <strong>half-kneeling hip flexor
stretch</strong>: 30 seconds each leg. Use a cushion, your knee will thank you.</p>
<p>That's it. Takes me about twelve minutes.</p>
</body></html>
"""


def test_a_blog_that_sets_each_paragraphs_move_in_bold() -> None:
    """Under a part's heading, a paragraph whose one bold words name a move with its dose is a move of the part, the
    first one too; after a move read whole from its line ("Next a side plank …, 15 seconds a side, twice through."),
    the next paragraph that names another move with its dose is that move, not more of the side plank."""
    routine = routine_of(SWEEP, "sweep.html")
    assert [(e.name, e.reps, e.hold, e.sets) for e in routine.exercises] == [
        ("Pelvic tilts", r(15), None, 1), ("Knee rolls", r(10), None, 1), ("Cat-cow", r(10), None, 1),
        ("Side plank", None, r(15), 2), ("Half-kneeling hip flexor stretch", None, r(30), 1)]


DJ = """The routine

I start with a five minute walk round the venue grounds, just to get warm. Then on a yoga mat:

Cat-cow, ten of those, slow.

Then Leanne's "little circuit", which I go round three or four times depending on how much time I've got:

- Glute bridge, 10, squeeze at the top for a couple of seconds
- Dead bug, 8 each side
- Plank, 20 to 30 seconds

No rest between the moves, then I have a minute's breather and a swig of water before going round again.

After that, two stretches. Knee to chest, one leg at a time, thirty seconds each. And the piriformis stretch (figure
four, ankle on the opposite knee), again thirty seconds a side.
"""


def test_a_circuit_said_in_turn_and_the_stretches_after_it() -> None:
    """"Then Leanne's "little circuit", which I go round three or four times …:" over a list opens the circuit, with
    its rounds; "a minute's breather … before going round again" is its rest between rounds, in the writer's own
    words; "After that, two stretches." ends it, and "And the piriformis stretch (…), again thirty seconds a side" is
    the piriformis stretch."""
    routine = routine_of(DJ, "dj.txt")
    circuit = next(b for b in routine.blocks if b.exercises and b.exercises[0].name == "Glute bridge")
    assert [e.name for e in circuit.exercises] == ["Glute bridge", "Dead bug", "Plank"]
    assert (circuit.rounds, circuit.rest_between_rounds) == (r(3, 4), r(60))
    stretches = routine.blocks[-1]
    assert [(e.name, e.hold) for e in stretches.exercises] == [("Knee to chest", r(30)), ("Piriformis stretch", r(30))]


def test_going_round_again_after_a_rest() -> None:
    """The rest before "going round again" is the rest between rounds; "again" before a dose is no word of the
    name."""
    said = read_dose("then I have a minute's breather and a swig of water before going round again.")
    assert (said.round_rest, said.rest) == (r(60), None)
    assert split_entry("And the piriformis stretch (figure four), again thirty seconds a side.").name \
        == "piriformis stretch"


CHAT = """12/11/2026, 13:48 - Kim: Right here goes. Do this at the start of the day before first client
12/11/2026, 13:48 - Kim: 1. chin tucks x10 hold each one 5 secs
2. seated twist on the stool 5 each way
3. doorway stretch 30 secs
12/11/2026, 13:52 - Kim: cat cow 10
bird dog 8 each side
glute bridge 12
do those three as a circuit, 3 times round, 30 sec rest after each round
12/11/2026, 14:30 - Kim: Oh sorry I got one wrong, the chin tucks are 3 secs hold not 5. She said 5 is for later
"""


def test_a_circuit_said_of_the_last_few_moves() -> None:
    """"do those three as a circuit, 3 times round" after a chat's moves makes the last three a circuit of their own,
    the moves before them once through; "I got one wrong, the chin tucks are 3 secs hold not 5" corrects them."""
    routine = routine_of(CHAT, "chat.txt")
    first, circuit = routine.blocks
    assert (first.exercises[0].name, first.exercises[0].hold) == ("Chin tucks", r(3))
    assert first.rounds == 1 and len(first.exercises) == 3
    assert [e.name for e in circuit.exercises] == ["Cat cow", "Bird dog", "Glute bridge"]
    assert (circuit.rounds, circuit.rest_between_rounds) == (3, r(30))
    assert [e.sets for e in circuit.exercises] == [1, 1, 1]


DIARY = """# Notes from the Hut

### 20 June
Léa gave me a little morning routine, pinned by the stove:
- cat-cow, 10
- bird dog, 6 each side, hold 5 s
- glute bridge, 2 × 10
- side plank, 20 s each side
- knee hugs, 30 s

### 3 July
Léa visited and watched me do it. Changes:
- Start with **five minutes of walking** — up to the helipad and back is just right.
- Bird dog: keep the 5 s hold but do **eight** each side now, and do **two sets**, with a rest of thirty seconds.
- Add **dead bugs** straight after the bridges: 3 sets of 8.
- Side plank: she said 20 s is fine but do it **three times** each side.
- Finish with a **hamstring stretch on the terrace bench**, 30 seconds a leg, after the knee hugs.

### 9 July
First ibex of the season on the moraine at dawn. Five of them.
"""


def test_a_list_of_changes_to_the_moves_listed_before() -> None:
    """"Changes:" over a list: "Start with five minutes of walking" puts a five-minute walk first, "Bird dog: …"
    changes the bird dog listed before (no second bird dog), "Add dead bugs
    straight after the bridges: 3 sets of 8" adds them there with that dose, "Finish with …, after the knee hugs"
    adds the stretch last; a diary's dated headings ("### 9 July") are no moves."""
    routine = routine_of(DIARY, "diary.md")
    assert [(e.name, e.reps, e.hold, e.sets) for e in routine.exercises] == [
        ("Walking", None, r(300), 1), ("Cat-cow", r(10), None, 1), ("Bird dog", r(8), r(5), 2),
        ("Glute bridge", r(10), None, 2),
        ("Dead bugs", r(8), None, 3), ("Side plank", None, r(20), 3), ("Knee hugs", None, r(30), 1),
        ("Hamstring stretch", None, r(30), 1)]
    assert routine.exercises[2].timing.rest == r(30)


POST = """Mr Whippy's of Kelsall
3h

Loads of you asked me about it at the hatch so here it is. I do it every morning in the yard.

👉 Bridges - fifteen, and three lots of them. Have a minute's breather between

👉 Then the one I hate 😫 the dead bug. Ten, alternating arms and legs, just the once

👉 Finish off with a hamstring stretch on the back step of the van, 30 secs a leg

That's it!!

Like · Comment · Share

Most relevant ▾

Gaz Owen
Forgot to say in the post - he does two now
 Like · Reply · 1h

Mr Whippy's of Kelsall · Admin
CORRECTION 🙈 Priya messaged me, I got the bridges wrong, it's 2 sets of 12 not 3 sets of 15. Sorry all!!
 Like · Reply · 1h
"""


def test_a_social_posts_moves_in_its_writers_words() -> None:
    """"three lots of them" are sets; "Then the one I hate 😫 the dead bug." and "Finish off with a hamstring
    stretch" name the dead bug and the stretch; the comments under "Most relevant ▾" are no moves, but the writer's
    correction among them corrects the bridges."""
    routine = routine_of(POST, "post.txt")
    assert [(e.name, e.reps, e.sets) for e in routine.exercises] == [
        ("Bridges", r(12), 2), ("Dead bug", r(10), 1), ("Hamstring stretch", None, 1)]
    assert read_dose("Bridges - fifteen, and three lots of them").sets == 3
    assert routine.exercises[0].timing.rest == r(60)


def test_the_whole_lot_again_and_a_third_time_if_there_is_time() -> None:
    """"then do the whole lot again" is two rounds; "If you have a longer layover you can go round a third time"
    makes the most three: two to three rounds."""
    said = read_dose("Go through these three, then do the whole lot again. If you have a longer layover you can go "
                     "round a third time.")
    assert said.rounds == r(2, 3)
    routine = routine_of("## Seated set\n\nGo through these three, then do the whole lot again. If you have a longer "
                         "layover you can go round a third time.\n\n- Seated pelvic tilt: 10 times\n"
                         "- Seated knee lift: 8 each leg\n- Seated rotation: 5 to each side\n", "set.md")
    assert routine.blocks[0].rounds == r(2, 3)


CARD = """SIDE A - BEFORE YOU CLIMB  (~6 min)

 1  Neck rolls ............................ 5 ea direction
 2  Arm circles ........................... 10 fwd / 10 back
 3  Squats ................................ 2x10, 30s rest
 4  Calf raises on the bottom rung ........ 15
 5  Knee to chest (lying) .. 20-30s ea leg
"""

NOTICE = """3.3  STRENGTH (on deck or quay)
     Work through the following as a circuit. Complete 2 ROUNDS, with a
     1 minute rest after each round.
     e. Bird dog ...................................... 5 each side
     f. Glute bridge .................................. 12
     g. Front plank on elbows ......................... 30 seconds
     h. Band row (band tied to a cleat or rail) ........ 12
"""


def test_a_cards_numbers_and_a_notices_letters_before_leaders() -> None:
    """A laminated card's number before a move's name and its dot leaders ("4  Calf raises on the bottom rung ....
    15") is where the move comes, no count of it; a notice's lettered lines ("f. Glute bridge ..... 12") are its
    list's items, their bare counts their reps; "ea leg" is each leg."""
    card = routine_of(CARD, "card.txt")
    assert [(e.name, e.reps, e.hold, e.sets, e.per) for e in card.exercises] == [
        ("Neck rolls", r(5), None, 1, Per.SIDE), ("Arm circles", r(10), None, 1, None),
        ("Arm circles", r(10), None, 1, None), ("Squats", r(10), None, 2, None),
        ("Calf raises", r(15), None, 1, None), ("Knee to chest", None, r(20, 30), 1, Per.LEG)]
    notice = routine_of(NOTICE, "notice.txt")
    assert [(e.name, e.reps) for e in notice.exercises] == [
        ("Bird dog", r(5)), ("Glute bridge", r(12)), ("Plank", None), ("Band row", r(12))]


BOARD = """   BACK CIRCUIT  (Mon/Wed/Fri 8:30 before doors open)

   3 RDS - 90s rest b/w rds
     KB deadlift ........ x10
     bird dog ........... 5/5
     plank .............. 40s
     dead bug ........... 6/6
"""


def test_a_chalkboards_shorthand() -> None:
    """"5/5" is five a side; "90s rest b/w rds" the rest between rounds; "Mon/Wed/Fri 8:30 before doors open" when
    the circuit is, no move of eight and a half minutes."""
    routine = routine_of(BOARD, "board.txt")
    circuit = routine.blocks[-1]
    assert (circuit.rounds, circuit.rest_between_rounds) == (3, r(90))
    assert [(e.name, e.reps, e.hold, e.per) for e in routine.exercises] == [
        ("KB deadlift", r(10), None, None), ("Bird dog", r(5), None, Per.SIDE), ("Plank", None, r(40), None),
        ("Dead bug", r(6), None, Per.SIDE)]
    assert plain_text("90/90 hip switches") == "90/90 hip switches"  # a stretch's name, no ninety a side
    assert plain_text("Page 2/2") == "page 2/2"  # a printout's last page, no count
