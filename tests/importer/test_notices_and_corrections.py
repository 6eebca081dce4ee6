"""Notices, chats and columns of the kinds seen first in the blind sets lq–lt: a factory poster's circled numbers, a
briefing's numbered sections in capitals with its parts set in below them, a board's heading wrapped over two lines,
a chat's corrections and answers, a column's moves said in sentences. Each form with its test."""

from __future__ import annotations

from article_helpers import r, routine_of

from backcoach.core.importer.names import split_entry
from backcoach.core.importer.phrases import plain_text, read_line_dose

POSTER = """LINE STRETCH BREAK

--------------------------------------------------------
 PART 1   LOOSEN UP
--------------------------------------------------------
 ① Shoulder rolls ............... 10 backwards
 ② Neck turns ................... 5 each way, slow

--------------------------------------------------------
 PART 2   THE CIRCUIT  —  go round TWICE
--------------------------------------------------------
 ③ Mini squats (hands on rail) .................. 10
 ④ Standing march, knees high .................... 30 sec

 UPDATE (OH, March): Mini squats now 12, not 10.
"""


def test_a_posters_circled_numbers_and_its_update() -> None:
    """"① Shoulder rolls ..... 10 backwards" is a list's item (the circled number is no part of the name); "Standing
    march, knees high" is the march, where the knees go a remark; "Mini squats now 12, not 10" corrects the squats."""
    routine = routine_of(POSTER, "poster.txt")
    moves = [(e.name, e.reps, e.hold) for b in routine.blocks for e in b.exercises]
    assert moves == [("Shoulder rolls", r(10), None), ("Neck turns", r(5), None), ("Mini squats", r(12), None),
                     ("Standing march", None, r(30))]


BRIEFING = """Morning all,

Briefing below.

1. OPERATIONS
- Casts every 4 hrs from 0800.
- Hard hats, no exceptions.

2. BACKS - from the ship's medic
Two strains last leg. Medic wants a warm-up done on deck before every watch:

  WARM-UP (by the hangar door)
    a) Standing hip circles x 10 each way
    b) Good mornings, hands on your chest: 2 sets 10

  CORE - 3 rounds, 45 sec between rounds
    c) Plank on the hangar mat - 20-30 sec
    d) Glute bridge - 12

  AFTER THE WATCH
    e) Knee hugs on the mat, hold 30 sec, do it 3 times
    f) Child's pose - 1 minute

3. OTHER
- Laundry rota on the mess board.
"""


def test_a_briefings_parts_set_in_under_its_numbered_sections() -> None:
    """An email's numbered sections in capitals ("1. OPERATIONS", "2. BACKS - from the ship's medic") are its
    sections, no moves; the parts set in below ("CORE - 3 rounds, …", "AFTER THE WATCH") are parts, each over its
    lettered moves, not the heading of the move above them; "Plank on the hangar mat" is the library's plank."""
    routine = routine_of(BRIEFING, "briefing.txt")
    assert [b.title.split(" (")[0] for b in routine.blocks] == ["WARM-UP", "CORE", "AFTER THE WATCH"]
    core = routine.blocks[1]
    assert core.rounds == 3
    assert [(e.name, e.reps, e.hold) for e in core.exercises] == [("Plank", None, r(20, 30)),
                                                                 ("Glute bridge", r(12), None)]
    assert [(e.name, e.hold, e.sets) for e in routine.blocks[2].exercises] == [
        ("Pulling the knees to the chest", r(30), 3), ("Child's pose", r(60), 1)]


CHAT = """[26/11/2026, 14:14] Ji-woo (mgr): here it is:
WARM UP
🚶 march on the spot 1 min

THEN TWICE THROUGH (rest 1 min in between)
🐱 cat cow x10
🍑 glute bridges x15
🐶 bird dog x6 each side

END
🦵 standing hamstring stretch 20s each leg
[26/11/2026, 14:17] Ji-woo (mgr): oh and bridges 12 not 15 sorry lol. my physio said 12
[26/11/2026, 14:31] Priya: can we add the knee hugs from that physio video you sent?
[26/11/2026, 14:33] Ji-woo (mgr): yes ok. knee hugs 30 secs, at the very end after the hamstrings
"""


def test_a_chats_circuit_its_correction_and_an_answer_that_adds_a_move() -> None:
    """"THEN TWICE THROUGH (rest 1 min in between)" opens a circuit of two rounds; "END" is the last part, no move;
    "oh and bridges 12 not 15" corrects the bridges; "yes ok. knee hugs 30 secs, at the very end" answers the
    question about the knee hugs: they are added last, with that dose."""
    routine = routine_of(CHAT, "chat.txt")
    circuit = routine.blocks[1]
    assert (circuit.rounds, circuit.rest_between_rounds) == (2, r(60))
    assert [(e.name, e.reps) for e in circuit.exercises] == [("Cat cow", r(10)), ("Glute bridges", r(12)),
                                                            ("Bird dog", r(6))]
    names = [e.name for b in routine.blocks for e in b.exercises]
    assert "END" not in names and "End" not in names
    last = routine.blocks[-1].exercises[-1]
    assert (last.name, last.hold) == ("Pulling the knees to the chest", r(30))  # the library's knee hugs


SHEET = """## YARD WARM-UP

1. March on the spot — 2 min
2. **Then the circuit, 3 rounds, 1 min rest after each round:**
   - Bodyweight squat x10
   - Bird dog x5 ea side
3. Standing side bend — 5 ea side

*(Old version of this sheet said "2 rounds". It's 3. Dean changed it.)*
"""


def test_a_circuit_inside_a_numbered_list() -> None:
    """A numbered item that opens a circuit over its own sub-items is a circuit of those; the list's next item goes
    on in a part of its own; an old version's rounds, quoted in a note, are no rounds of the last part."""
    routine = routine_of(SHEET, "sheet.md")
    assert [(b.title, b.rounds, [e.name for e in b.exercises]) for b in routine.blocks] == [
        ("YARD WARM-UP", 1, ["March on the spot"]), ("Circuit", 3, ["Bodyweight squat", "Bird dog"]),
        ("YARD WARM-UP", 1, ["Standing side bend"])]
    assert routine.blocks[1].rest_between_rounds == r(60)


NOTICE = """CASTLEGATE DEPOT -- DRIVERS' NOTICEBOARD

You sit for up to 4.5 hrs before a break. Do these at the terminus.

IN THE SEAT (do these as a little circuit, go round
2x, 30 sec breather between the two goes):

  * Seated pelvic tilt ........... x10
  * Chin tucks ................... x8

OFF THE BUS (step down, stand by the front wheel):

  * Hamstring stretch ............ 20-30 secs each leg
  * Calf raises .................. 15, twice

NB  If it jams, sort the jam first. Do not leave a jammed folder "for ten mins".
"""


def test_a_boards_parts_in_capitals_with_their_remarks() -> None:
    """A part's title in capitals with a remark in brackets, wrapped over two lines, is the part and its dose ("go
    round 2x": two rounds); the next such title is the next part; "15, twice" is two sets of fifteen; an "NB" note
    is no more of the last move."""
    routine = routine_of(NOTICE, "notice.txt")
    seat, bus = routine.blocks
    assert (seat.title, seat.rounds, seat.rest_between_rounds) == ("IN THE SEAT", 2, r(30))
    assert bus.title == "OFF THE BUS" and bus.rounds == 1
    calf = bus.exercises[-1]
    assert (calf.name, calf.reps, calf.sets, calf.hold) == ("Calf raises", r(15), 2, None)


COLUMN = """A Column for the Lumbar Spine

He gave me three core exercises, a warm-up and a walk.

First, loosen up. On hands and knees, do the cat-camel:
slowly arch and round the back, six to eight cycles, no holding at either end.

Then the three:

The curl-up. Lie on your back, lift the head and shoulders just a little and hold for ten seconds. Five of those.

The bird dog. On hands and knees, reach one arm forward and the opposite leg back and hold for ten seconds, then
change to the other arm and leg. Six each side.

[Correction from Alan, who read a draft of this column: the holds on the bird dog should be eight seconds, not ten,
for those of us just starting.]
"""


def test_a_columns_warm_up_said_in_a_sentence_and_a_correction_of_holds() -> None:
    """"First, loosen up." is the warm-up, and the move its sentence names with a dose is its move, though the
    moves after it are read as lines (a sentence wrapped after its colon is one paragraph); "the holds on the bird
    dog should be eight seconds" corrects the bird dog's hold."""
    routine = routine_of(COLUMN, "column.txt")
    first = routine.blocks[0]
    assert (first.title, [(e.name, e.reps) for e in first.exercises]) == ("Loosen up", [("Cat-camel", r(6, 8))])
    bird = next(e for b in routine.blocks for e in b.exercises if e.name == "The bird dog")
    assert (bird.reps, bird.hold) == (r(6), r(8))


BLOG = """## The Translator's Back

### The routine

I start lying on my back with my knees bent, and do a dozen **pelvic tilts**, slowly.

Then I roll onto my front for the **sphinx**: One minute, no more.

Onto hands and knees for the **cat-cow**, ten slow cycles, and then back down onto my back to finish with **knee
hugs**, both knees pulled to my chest, held for half a minute. I usually do the knee hugs twice, with a breath in
between, because it is the nicest part.

### Postscript (20 February)

Hege has read this — translators are not the only people who read translators' blogs, it turns out, and she reads
them closely — and wants me to correct one thing: the sphinx should be held for forty seconds, not a minute, at
first. Consider the text amended, and thank you to everyone who wrote in about it this week.
"""


def test_a_blogs_moves_counted_in_words_and_said_twice() -> None:
    """"a dozen pelvic tilts" is twelve; "I usually do the knee hugs twice" is the knee hugs' two sets, no second knee
    hug; a long paragraph's sentence that says it corrects ("wants me to correct one thing: the sphinx should be
    held for forty seconds") is a correction."""
    routine = routine_of(BLOG, "blog.md")
    moves = [(e.name, e.reps, e.hold, e.sets) for b in routine.blocks for e in b.exercises]
    assert moves == [("Pelvic tilts", r(12), None, 1), ("Sphinx", None, r(40), 1), ("Cat-cow", r(10), None, 1),
                     ("Knee hugs", None, r(30), 2)]


SOMMELIER = """<h1>Twelve-hour services and my back</h1>
<h5>Before service (about 15 minutes)</h5>
<p>I start with five minutes' brisk walking — usually round the block to the bakery.</p>
<p>Then, on a yoga mat in the private dining room before anyone arrives:</p>
<table><tr><th>Exercise</th><th>Sets</th><th>Reps / time</th><th>Rest</th></tr>
<tr><td>Glute bridge</td><td>3</td><td>12</td><td>30 s</td></tr>
<tr><td>Band row</td><td>3</td><td>15</td><td>45 s</td></tr></table>
<h5>After service</h5>
<p>At 1am I'm not doing much, but I'll do a hip flexor stretch against the bar, 30 seconds each side, and knees to
chest on the floor at home for a minute.</p>
<h3>7 thoughts on “Twelve-hour services and my back”</h3>
<p>Jules · 19 Oct 2025 at 16:40</p>
<p>Should the glute bridge be 20? I do 20.</p>
<p>Inès Carvalho (author) · 19 Oct 2025 at 18:11</p>
<p>Also, confession: Niamh checked this post and says the band row should be 2 sets of 15, not 3. Same rest.</p>
"""


def test_a_blogs_own_routine_in_sentences_and_the_writers_reply() -> None:
    """"I start with five minutes' brisk walking" is the part's first move; under a heading beside the first part's,
    the writer's own sentences ("I'll do a hip flexor stretch …, 30 seconds each side") are that part's moves; among
    the readers' comments, the writer's reply corrects the band row (a reader's question changes nothing)."""
    routine = routine_of(SOMMELIER, "post.html")
    moves = [(e.name, e.reps, e.hold, e.sets) for b in routine.blocks for e in b.exercises]
    assert moves == [("Walking", None, r(300), 1), ("Glute bridge", r(12), None, 3), ("Band row", r(15), None, 2),
                     ("Hip flexor stretch", None, r(30), 1), ("Knees to chest", None, r(60), 1)]


def test_lines_and_doses_of_these_notices() -> None:
    """The forms of single lines: a count after a plural name ("arm swings 10"), "lying knee to chest, both knees"
    after "And to finish,", a range after a name and before what to do ("8-10, holding each …"), a card's "R 60 s",
    "a dozen", "but only 30 seconds for this one"."""
    assert (split_entry("arm swings 10").name, split_entry("arm swings 10").dose_text) == ("arm swings", "10")
    assert split_entry("Days 3").name == "Days 3"
    finish = split_entry("And to finish, lying knee to chest, both knees: hold for 30 seconds.")
    assert (finish.name, finish.remark) == ("lying knee to chest", "both knees")
    assert read_line_dose("3x8, R 60 s").rest == r(60)
    assert plain_text("do a dozen pelvic tilts") == "do 12 pelvic tilts"
    assert read_line_dose("but only 30 seconds for this one!").hold == r(30)
    tilts = routine_of("Routine\n\n- Pelvic tilts, lying on your back: 8-10, holding each for about five seconds.\n"
                       "- Bridges: 2 sets of 10\n", "list.txt").blocks[0].exercises[0]
    assert (tilts.reps, tilts.hold) == (r(8, 10), r(5))


CARD = """| | | |
|---|---|---|
| **Cat-cow** | 8–10 slow ones | on hands & knees |
| **Glute bridge** | 10–15 | squeeze at the top |

| Day | Area | Strip | Set | Forerun |
|-----|------|-------|-----|---------|
| Mon | Cave (boulder) | 07:00 | 08:00–14:00 | Tue a.m. |
| Wed | Lead wall lines 14–19 | 07:00 | 08:00–15:00 | Thu a.m. |
"""


def test_a_tables_bare_range_and_a_timetable() -> None:
    """In a table with no header, a range alone beside the name is the move's count; a timetable's rows ("Mon |
    Cave | 07:00 | …") are no moves."""
    routine = routine_of(CARD, "card.md")
    assert [(e.name, e.reps) for b in routine.blocks for e in b.exercises] == [("Cat-cow", r(8, 10)),
                                                                             ("Glute bridge", r(10, 15))]


TRAM = """Cab backs

- Front plank: hold 20 to 40 seconds, twice, with a 30-second rest.
- Side plank: same again, each side.
- Bird dog: 3 x 8 each side
- Wall sit: 2 x 30s

⚠️ CORRECTION ⚠️ Bird dog is 3x6 ea side this week, not 3x8 – I copied last week's line, sorry!
Amended 2 Oct by Ben: wall sit — make it three sets, not two. Everything else as above.
"""


def test_same_again_and_corrections_in_other_words() -> None:
    """"Side plank: same again, each side" is dosed as the plank above it, on each side; "⚠️ CORRECTION ⚠️ Bird dog is
    3x6 …, not 3x8" and "wall sit — make it three sets, not two" correct their moves."""
    routine = routine_of(TRAM, "tram.txt")
    moves = {e.name: (e.reps, e.hold, e.sets, e.per) for b in routine.blocks for e in b.exercises}
    assert moves["Side plank"][1:3] == (r(20, 40), 2) and moves["Side plank"][3] is not None
    assert moves["Bird dog"][0] == r(6) and moves["Bird dog"][2] == 3
    assert moves["Wall sit"][2] == 3


def test_a_later_note_that_cuts_the_rounds() -> None:
    """"CAPT. NOTE: Rounds cut to THREE today" changes the circuit's rounds."""
    text = ("PHYS PREP\n\n   CIRCUIT  — 4 rds, 2 min rest b/w rounds\n        1. Bird dog ........ 5/side\n"
            "        2. Box squat ....... 10\n\n CAPT. NOTE (added 0750):  Rounds cut to THREE today. Everything else"
            " as written.\n")
    routine = routine_of(text, "drill.txt")
    assert [b.rounds for b in routine.blocks if b.exercises] == [3]


THREAD = """3/8 Then the strength bit:

```
plank               3 × 30s  rest 30s
```

4/8 And the cool-down:

```
hip flexor stretch  45s/side   # half-kneeling, squeeze the glute of the back leg
child's pose        1 min
```

7/8 errata, because someone will check: wall angels are 2 × 8, not 3.
And plank is 3 × 20s, not 30s. 30s is the goal for week 6.
"""


def test_a_code_blocks_lines_and_an_errata_post() -> None:
    """A code block's lines are lines, never one paragraph ("hip flexor stretch  45s/side   # …" over "child's pose
    1 min"); "And plank is 3 × 20s, not 30s" corrects the plank."""
    routine = routine_of(THREAD, "thread.md")
    moves = {e.name: (e.hold, e.sets) for b in routine.blocks for e in b.exercises}
    assert moves["Plank"] == (r(20), 3)
    assert moves["Child's pose"] == (r(60), 1)


BOARD = """MAIN BIT
  1. Glute bridge       3 x 12, hold the top for 2 secs
  2. Bird dog           2 x 8 each side (alternate sides)

 (handwritten underneath)
   > side plank 20s is too easy lol   - M
   > CORRECTION from Jo: bird dog should be 2 x 6 each side not 8.  - Jo (physio)
"""


def test_a_correction_set_off_by_a_mark_and_a_count_said_last() -> None:
    """A board's handwritten correction set off by ">" corrects its move (the other scribbles change nothing); a
    move's count said as the last sentence of its line, after its hold ("…, hold for three, relax. Ten to
    fifteen.") is its reps."""
    routine = routine_of(BOARD, "board.txt")
    moves = {e.name: (e.reps, e.sets) for b in routine.blocks for e in b.exercises}
    assert moves == {"Glute bridge": (r(12), 3), "Bird dog": (r(6), 2)}
    tilts = routine_of("Lying down:\n\n- Pelvic tilts. Knees bent, flatten your back into the bed, hold for three, "
                       "relax. Ten to fifteen.\n- Knee hug. Both knees to your chest and rest there for half a "
                       "minute.\n",
                       "list.txt").blocks[0].exercises[0]
    assert (tilts.name, tilts.reps, tilts.hold) == ("Pelvic tilts", r(10, 15), r(3))
