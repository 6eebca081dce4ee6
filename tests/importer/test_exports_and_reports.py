"""Apps' exports and documents that hold a class among other things: an e-reader's clippings, a task board, a
short video's on-screen text and comments, a lab's protocol in numbered sections, a book's class said move by
move in prose, a circuit's sheet whose "How the circuit works" gives its rounds. Each form with its test."""

from __future__ import annotations

from article_helpers import r, routine_of

from backcoach.core.importer.highlights import clippings
from backcoach.core.importer.names import is_name_like, split_entry
from backcoach.core.model import Per

CLIPPINGS = """\ufeffA Novel (Someone Else)
- Your Highlight on page 214 | Location 3261-3262 | Added on Sunday, 18 October 2026 22:41:07

It is a fact universally acknowledged.
==========
Built to Bend (Dr Helen Marsh)
- Your Highlight on page 168 | Location 2570-2574 | Added on Tuesday, 3 November 2026 07:31:20

The bird dog. Hold there for seven to ten seconds. Six on one side, then six on the other.
==========
Built to Bend (Dr Helen Marsh)
- Your Highlight on page 164 | Location 2503-2505 | Added on Tuesday, 3 November 2026 07:15:02

Begin with crocodile breathing. Lie face down with your forehead resting on your hands and take eight slow breaths.
==========
Built to Bend (Dr Helen Marsh)
- Your Highlight on page 164 | Location 2508-2510 | Added on Tuesday, 3 November 2026 07:15:48

Then the cat-camel, on hands and knees. Five to eight slow cycles: this is for
==========
Built to Bend (Dr Helen Marsh)
- Your Highlight on page 164 | Location 2508-2512 | Added on Tuesday, 3 November 2026 07:16:10

Then the cat-camel, on hands and knees. Five to eight slow cycles: this is for oiling the joints.
==========
Built to Bend (Dr Helen Marsh)
- Your Note on page 164 | Location 2512 | Added on Tuesday, 3 November 2026 07:16:31

try this tmrw before work
==========
Built to Bend (Dr Helen Marsh)
- Your Highlight on page 171 | Location 2611-2615 | Added on Thursday, 5 November 2026 07:10:05

Finish on your feet with the hip hinge. Bow forward from the hips. Ten slow repetitions.
==========
Built to Bend (Dr Helen Marsh)
- Your Highlight on page 169 | Location 2590-2593 | Added on Thursday, 5 November 2026 07:08:22

Then turn onto your back for the glute bridge. Feet flat. Two sets of twelve, resting a minute between.
==========
Built to Bend (Dr Helen Marsh)
- Your Highlight on page 162 | Location 2471-2473 | Added on Saturday, 7 November 2026 10:02:17

Chapter 9: Fifteen Minutes Every Morning
==========
"""


def test_an_e_readers_clippings_are_read_in_the_books_order() -> None:
    """A Kindle's "My Clippings.txt": the book marked most, its passages by location (they were in the order
    marked), a passage marked twice read once, the reader's note quoted, the other book left out; each line keeps
    its own number."""
    found = clippings(CLIPPINGS.splitlines())
    assert found is not None
    lines, numbers = found
    said = [line for line in lines if line]
    assert said[0] == "# Built to Bend (Dr Helen Marsh)"
    assert said[1:] == [
        "Chapter 9: Fifteen Minutes Every Morning",
        "Begin with crocodile breathing. Lie face down with your forehead resting on your hands and take eight slow "
        "breaths.",
        "Then the cat-camel, on hands and knees. Five to eight slow cycles: this is for oiling the joints.",
        "> try this tmrw before work",
        "The bird dog. Hold there for seven to ten seconds. Six on one side, then six on the other.",
        "Then turn onto your back for the glute bridge. Feet flat. Two sets of twelve, resting a minute between.",
        "Finish on your feet with the hip hinge. Bow forward from the hips. Ten slow repetitions."]
    original = CLIPPINGS.splitlines()
    assert all(original[number - 1].strip().lstrip("\ufeff") == line.lstrip("> ").strip()
               for line, number in zip(lines, numbers, strict=True) if line and not line.startswith("# "))
    assert clippings(["Just a page", "==========", "of text"]) is None


def test_a_books_class_said_move_by_move_in_prose() -> None:
    """"Then the cat-camel, on hands and knees. Five to eight slow cycles": the class's next move (it was read as
    more of the move before); "Then turn onto your back for the glute bridge", "Finish on your feet with the hip
    hinge" too; a chapter's title no move."""
    routine = routine_of(CLIPPINGS, "My Clippings.txt")
    assert [(e.name, e.sets, e.reps) for e in routine.exercises] == [
        ("Crocodile breathing", 1, None), ("Cat camel", 1, r(5, 8)), ("The bird dog", 1, r(6)),
        ("Glute bridge", 2, r(12)), ("Hip hinge", 1, r(10))]
    assert routine.exercises[2].per is Per.SIDE


FRIEND_EMAIL = """Hi Sam,

I start lying on my back and do pelvic tilts. Ten of those, and she likes me to hold each one for about five seconds.

Then bridges. Two sets of fifteen, with maybe half a minute's breather in between.

Then the dreaded plank. I'm up to three lots of twenty seconds now, with about thirty seconds' rest between them.

Jo x
"""


def test_a_story_of_ones_own_class_keeps_its_moves_named_in_its_words() -> None:
    """A friend's email says its class in sentences: "Then the dreaded plank." names the plank, and the moves said
    in passing stay. (Reading "Then the X" as a class's next move, above, must not make "Dreaded plank" a move of
    its own and lose the others, as it did while it was written.)"""
    routine = routine_of(FRIEND_EMAIL, "email.txt")
    assert [(e.name, e.sets, e.reps, e.hold) for e in routine.exercises] == [
        ("Pelvic tilts", 1, r(10), r(5)), ("Glute bridge", 2, r(15), None), ("Plank", 3, None, r(20))]


TASK_BOARD = """## List: Routine (in order!)

### Card: Cat-cow
- **Labels:** 🟩 Warm-up
- **Due:** Fri 12 Dec 2026 (recurring)
- **Description:** 10 slow ones, breathe out as you round up.

### Card: Dead bug
- **Labels:** 🟦 Strength
- **Description:** 3x8/side, 30s rest. Low back stays DOWN.
- **Checklist: Sets (0/3)**
  - [ ] 1
  - [ ] 2
  - [ ] 3
"""


def test_a_task_boards_cards_are_moves_and_their_fields_are_not() -> None:
    """A task board exported as Markdown: "Card: " is no part of a move's name, and a card's "**Description:**"
    is no move."""
    routine = routine_of(TASK_BOARD, "board.md")
    assert [(e.name, e.sets, e.reps, e.per) for e in routine.exercises] == [
        ("Cat-cow", 1, r(10), None), ("Dead bug", 3, r(8), Per.SIDE)]


SHORT_VIDEO = """ON SCREEN:
[0:00] POV: your lower back after 9 hours at a desk
[0:05] 1. cat cow x10
        slow!! breathe in on the dip
[0:11] 2. thread the needle 5/side
[0:17] 3. 90/90 breathing
        feet on the sofa, 5 big breaths
[0:24] 4. dead bug 3x8
        (8 = 4 each side)
[0:31] 5. glute bridge 2x12
        3 sec squeeze at the top
[0:51] that's it save it for later

COMMENTS:
kez.fitt
is it 3 sets of 8 for the dead bug or 8 total??

tomhughes_91
done it 3 nights in a row and I can put my socks on in the morning
"""


def test_a_short_videos_numbered_moves_on_screen_and_its_commenters() -> None:
    """"[0:05] 1. cat cow x10": the time the move is shown and its number are no part of it (the numbered lines
    had been read as more of the one before); a commenter's handle over a comment is no move."""
    routine = routine_of(SHORT_VIDEO, "video.txt")
    names = [e.name for e in routine.exercises]
    assert names[:2] == ["Cat cow", "Thread the needle"]
    assert [(e.name, e.sets, e.reps) for e in routine.exercises if e.name in ("Dead bug", "Glute bridge")] == [
        ("Dead bug", 3, r(4)), ("Glute bridge", 2, r(12))]
    assert not any("fitt" in name.lower() or "_" in name for name in names)
    assert not is_name_like("kez.fitt") and not is_name_like("backwithbex (creator)")


LAB_PROTOCOL = """# Trunk Endurance Assessment and Training Protocol

## 3. Notes for staff

- Familiarisation: participants practise each position for 5-10 s on the first visit only.

## 4. Participant handout: home training session

### 4.1 Warm-up

1. **Cat-camel**: on hands and knees, slowly round and then gently arch the back. 8 cycles.
2. **Walking**, indoors or out, at a comfortable pace: 5 minutes.

### 4.3 Extensor training

6. **Prone back extension (floor)**: lie face down, arms by your sides. Lift your chest a few
   centimetres off the floor and hold **for 5 seconds**. **2 sets of 10**, 30 s rest.
7. **Hip hinge with dowel**: dowel along the spine touching head, upper back and sacrum. **2 × 12.**

### 4.5 Progression

From week 3, add one repetition to each set of the endurance holds (7, 5, 3). Do not increase the
hold beyond 10 seconds.

### Appendix A: Equipment

- 60° wedge, foam, 45 × 45 cm
- Dowel 120 cm (participants receive one to take home)
"""


def test_a_protocols_numbered_sections_are_no_moves() -> None:
    """"### 4.3 Extensor training" is a report's section (it became a move that took the numbered moves under it
    for its description), the appendix and the notes for staff are no part of the session, and "Walking, indoors or
    out, at a comfortable pace" is the walking."""
    routine = routine_of(LAB_PROTOCOL, "protocol.md")
    assert [(e.name, e.sets, e.reps, e.hold) for e in routine.exercises] == [
        ("Cat-camel", 1, r(8), None), ("Walking", 1, None, r(300)), ("Prone back extension", 2, r(10), r(5)),
        ("Hip hinge", 2, r(12), None)]
    assert split_entry("Supine knee-to-chest, one leg at a time").name == "Supine knee-to-chest"


CIRCUIT_SHEET = """<h2>How the circuit works</h2>
<ul>
<li>3 rounds of all the stations, in order.</li>
<li>Walk to the next station – no rest in between stations.</li>
<li>Rest 90 seconds between rounds – get a drink of water!</li>
</ul>
<table>
<tr><th>Station</th><th>Exercise</th><th>How much</th><th>Round 1</th><th>Round 2</th></tr>
<tr><td>1</td><td>Hollow hold</td><td>20 seconds</td><td>✓</td><td>☐</td></tr>
<tr><td>2</td><td>Glute bridge</td><td>12</td><td>✓</td><td>☐</td></tr>
<tr><td>3</td><td>Bird dog</td><td>10 (5 each side, swap sides each time)</td><td>☐</td><td>☐</td></tr>
</table>
<h2>Cool down</h2>
<p>Hip flexor stretch and hamstring stretch, 30 seconds each leg.</p>
"""


def test_how_the_circuit_works_gives_the_circuits_rounds() -> None:
    """"How the circuit works" over "3 rounds of all the stations" is the circuit's part (it was a topic, and "all
    the stations, in order" a move); two stretches named before one dose are both moves."""
    routine = routine_of(CIRCUIT_SHEET, "circuit.html")
    circuit = routine.blocks[0]
    assert (circuit.rounds, [(e.name, e.reps, e.hold) for e in circuit.exercises]) == (
        3, [("Hollow hold", None, r(20)), ("Glute bridge", r(12), None), ("Bird dog", r(5), None)])
    assert [(e.name, e.hold) for e in routine.blocks[1].exercises] == [
        ("Hip flexor stretch", r(30)), ("Hamstring stretch", r(30))]


TEXT_MESSAGES = """Messages with ElmPhysio

Mon 3 Mar, 09:00
ElmPhysio: Hi Sam, here's your back programme, one bit at a time. Reply STOP to opt out.

Mon 3 Mar, 09:14
Me: Thanks Jo! Do I do them morning or evening?

Wed 5 Mar, 09:00
ElmPhysio: Hi Sam, add KNEE ROLLS: knees together, let them drop slowly to one side then the other. 10 each side.

Mon 17 Mar, 09:00
ElmPhysio: Hi Sam, your full daily routine, in this order:
Pelvic tilts 10 (5s hold)
Knee rolls 10 e/side
Bridges 2x8
"""


def test_text_messages_with_their_times_on_lines_of_their_own() -> None:
    """A phone's messages, each under its date and time ("Mon 3 Mar, 09:00"): read as a chat (the times had been
    moves of nine minutes); "10 e/side" is ten each side, "Pelvic tilts 10 (5s hold)" ten held five seconds."""
    routine = routine_of(TEXT_MESSAGES, "messages.txt")
    assert [(e.name, e.sets, e.reps, e.hold, e.per) for e in routine.exercises][-3:] == [
        ("Pelvic tilts", 1, r(10), r(5), None), ("Knee rolls", 1, r(10), None, Per.SIDE),
        ("Bridges", 2, r(8), None, None)]
    assert not any("Mar" in e.name for e in routine.exercises)


def test_text_messages_with_their_times_before_the_sender() -> None:
    """The same messages saved with each one's date and time on its own line ("Mon 3 Mar, 09:00 ElmPhysio: …"):
    read as a chat too (the times had been moves)."""
    joined = TEXT_MESSAGES.replace(":00\nElmPhysio", ":00 ElmPhysio").replace(":14\nMe", ":14 Me")
    assert joined.count(" ElmPhysio: ") == 3
    routine = routine_of(joined, "messages.txt")
    assert [(e.name, e.sets, e.reps, e.hold, e.per) for e in routine.exercises][-3:] == [
        ("Pelvic tilts", 1, r(10), r(5), None), ("Knee rolls", 1, r(10), None, Per.SIDE),
        ("Bridges", 2, r(8), None, None)]
    assert (routine.title, len(routine.exercises)) == ("Back programme (ElmPhysio)", 3)


OLD_PAMPHLET = """THE EXERCISES

Exercise No. 1 - Marking Time

Stand erect and mark time on the spot, lifting the knees well up and swinging the arms. Continue for one minute.

Exercise No. 2 - Pelvic Tilting

Lie on your back with the knees bent. Hold for a count of five, then relax. Repeat 10 times.
"""


def test_an_old_pamphlets_exercise_numbers() -> None:
    """"Exercise No. 1 - Marking Time": the move after its number (no move was read)."""
    routine = routine_of(OLD_PAMPHLET, "pamphlet.txt")
    assert [(e.name, e.reps, e.hold) for e in routine.exercises] == [
        ("Marking time", None, r(60)), ("Pelvic tilting", r(10), r(5))]


UNROLLED_THREAD = """# Thread by @backdoc_aisling

1/6 🧵 Every week someone in clinic asks me for a routine. So here's the one I give. Thread 👇

2/6 WARM-UP. Cat-cow on hands and knees, 10 slow reps.

3/6 MAIN PART 1 — Dead bug. Lying on your back, arms to the ceiling, knees over hips. 3 x 8 each side.

4/6 MAIN PART 2 — Side plank from the knees. 2 sets of 20-30 sec per side. Hips forward.

5/6 MAIN PART 3 — Glute bridge. 3 x 12, squeeze at the top.

6/6 That's it! Questions below 👇 /end
"""


def test_a_thread_saved_as_one_page() -> None:
    """"3/6 MAIN PART 1 — Dead bug. Lying on your back …": the post's number is no part of it, a part's title in
    capitals leads its post ("WARM-UP. Cat-cow …"), and a numbered part's one move is said after its dash (after
    the warm-up, each had been a move called "Main part 1")."""
    routine = routine_of(UNROLLED_THREAD, "thread.md")
    assert routine.blocks[0].title == "WARM-UP"
    assert [(e.name, e.sets, e.reps, e.hold) for e in routine.exercises] == [
        ("Cat-cow", 1, r(10), None), ("Dead bug", 3, r(8), None), ("Side plank", 2, None, r(20, 30)),
        ("Glute bridge", 3, r(12), None)]


STORY_FRAMES = """@coreandmotionphysio — Story, posted 7h ago (typed out from screenshots)

FRAME 2/4
[video: Jess on all fours on a mat]
Big text: 1️⃣ CAT-COW
"10 slow reps. Breathe in as you drop your tummy 🐈"
[sticker: GIF of a cat stretching]
Small text at bottom: move only as far as is comfy!

FRAME 3/4
[video: Jess lying on her back, knees bent, lifting her hips]
Big text: 2️⃣ GLUTE BRIDGE
"3 x 10 🍑
30 sec rest between sets ⏱"
[poll sticker: "Which side is tighter?"  LEFT 👈 42% | RIGHT 👉 58%]
"""


def test_a_storys_frames_typed_out() -> None:
    """A story's frames: what the screen shows in brackets ("[video: …]", "[poll sticker: …]") is no text of it,
    and "Big text:" only says where the words stand (no move was read)."""
    routine = routine_of(STORY_FRAMES, "story.txt")
    assert [(e.name, e.sets, e.reps, e.timing.rest) for e in routine.exercises] == [
        ("Cat-cow", 1, r(10), None), ("Glute bridge", 3, r(10), r(30))]


TWO_COLUMN_CARD = """  MOVE                                     | HOW MUCH
  -----------------------------------------|-------------------------------------
  1. Standing pelvic tilts                 | 10
     Knees soft, hands on hips, rock the   |
     pelvis forward and back.              |
  -----------------------------------------|-------------------------------------
  2. Hip hinge with hands on thighs        | 2 x 10, 20 sec rest
     Push the hips back, flat back.        |
  -----------------------------------------|-------------------------------------
  3. Standing hip flexor stretch           | 20-30 sec each side
     Long stride, tuck the tailbone.       |
"""


def test_a_cards_move_and_how_much_set_apart_by_a_bar() -> None:
    """"1. Standing pelvic tilts  | 10": the bar between the move and its dose is no byline's (the lines with a
    bare count or a dose were read as a page's furniture)."""
    routine = routine_of(TWO_COLUMN_CARD, "card.txt")
    assert [(e.name, e.sets, e.reps, e.hold, e.per) for e in routine.exercises] == [
        ("Standing pelvic tilts", 1, r(10), None, None), ("Hip hinge", 2, r(10), None, None),
        ("Standing hip flexor stretch", 1, None, r(20, 30), Per.SIDE)]


REFLECTIVE_LOG = """## Description

Today I saw "Mrs B" for her second appointment. I chose five exercises and wrote them on the department's HEP
sheet for her. This is what I gave her (I copied it into my notes word for word):

> **Home exercises – once a day, ideally in the morning**
>
> 1. **Pelvic tilts** – lying on your back, knees bent. Hold for 5 seconds, relax. 10 times.
> 2. **Knee rolls** – same position, let them roll slowly to one side and back. 10 each way.
> 3. **Bridge** – on your back, squeeze your bottom and lift your hips. 2 sets of 10.

## Evaluation

Tom suggested that 10 knee rolls each way was fine but that she may prefer to do them first thing in bed.
"""


def test_a_programme_quoted_under_the_line_that_introduces_it() -> None:
    """A student's log quotes the programme it gave ("This is what I gave her …:" over the quoted list): the quote
    is the routine (quoted lines are an earlier email's, never read, unless nothing else is; here a later
    sentence named the knee rolls, and only they were read)."""
    routine = routine_of(REFLECTIVE_LOG, "log.md")
    assert [(e.name, e.sets, e.reps) for e in routine.exercises] == [
        ("Pelvic tilts", 1, r(10)), ("Knee rolls", 1, r(10)), ("Bridge", 2, r(10))]
