"""Settings said once for many moves, and plans over several days: each rule with its test.

A circuit's interval and rounds said above a list of bare names, "2 sets of each" above a list, a plan whose
days are headings ("Day 2 – Core", "Repeat Day 2"), a warm-up said once for every strength day.
"""

from __future__ import annotations

from article_helpers import LIBRARY, r
from article_helpers import routine_of as read_article

from backcoach.core.importer import import_article
from backcoach.core.importer.phrases import read_dose
from backcoach.core.model import Per, Routine

CLUB = """# Club core session

## Part 1: Core circuit

Set a timer: **40 seconds work, 20 seconds rest**. Go straight through the list, then rest 1 minute and
repeat. **3 rounds in total.**

1. Plank
2. Side plank – 20 secs each side
3. Superman

## Part 2: Single-leg work

2 sets of each, 30 seconds' rest between sets.

- **Single-leg glute bridge** – 10 per leg
- **Clamshells** – 15 each side
"""


def test_a_circuits_interval_said_above_a_list_of_bare_names_is_each_moves_and_set_a_timer_is_no_move() -> None:
    """"Set a timer: 40 seconds work, 20 seconds rest … rest 1 minute and repeat. 3 rounds": every listed move
    works 40 s (unless it says its own dose) with 20 s between moves; the block's rounds and the rest between
    rounds; "Set a timer" names no move."""
    routine = routine_of(CLUB)
    circuit = routine.blocks[0]
    assert [e.name for e in circuit.exercises] == ["Plank", "Side plank", "Superman"]
    assert (circuit.rounds, circuit.rest_between_rounds) == (3, r(60))
    plank, side, superman = circuit.exercises
    assert (plank.hold, superman.hold, side.hold, side.per) == (r(40), r(40), r(20), Per.SIDE)
    assert plank.timing.between == r(20) and plank.reps is None


def test_a_rest_after_going_through_the_list_is_the_rest_between_rounds() -> None:
    dose = read_dose("Go straight through the list, then rest 1 minute and repeat. 3 rounds in total.")
    assert (dose.round_rest, dose.rest, dose.rounds) == (r(60), None, 3)


def test_sets_of_each_above_a_list_are_every_moves_sets_and_rest() -> None:
    """"2 sets of each, 30 seconds' rest between sets" above moves that give their own reps."""
    bridge, clams = routine_of(CLUB).blocks[1].exercises
    assert (bridge.sets, bridge.reps, bridge.per, bridge.timing.rest) == (2, r(10), Per.LEG, r(30))
    assert (clams.sets, clams.reps, clams.timing.rest) == (2, r(15), r(30))


def test_of_each_side_is_not_said_of_every_move() -> None:
    text = "Stretches\n\n- Hip flexor stretch: 2 sets of each side, 30 s\n- Cat-cow x 10\n"
    hip, cat = routine_of(text, "s.txt").exercises
    assert cat.sets == 1
    assert hip.per == Per.SIDE


PLAN = """# One-week plan

## Day 1 – Core

- Dead bug: 2 sets of 10
- Glute bridge: 2 sets of 12

Rest 30 seconds between sets.

## Day 2 – Mobility

- Cat-cow: 10 slow reps
- Child's pose: hold 30 seconds

## Day 3 – Strength

- Bird dog: 3 sets of 8 reps per side
- Wall angels: 2 sets of 10

Rest 60 seconds between sets.

## Day 4 – Mobility

Repeat Day 2.
"""


def plan_blocks() -> dict[str, list[str]]:
    routine = routine_of(PLAN)
    return {b.title: [e.name for e in b.exercises] for b in routine.blocks}


def test_each_days_rest_line_is_that_days_own() -> None:
    """"Rest 60 seconds between sets." after Day 3's moves is Day 3's, not Day 1's 30 s carried on."""
    routine = routine_of(PLAN)
    by_name = {e.name: e for e in routine.exercises}
    assert by_name["Dead bug"].timing.rest == r(30) and by_name["Bird dog"].timing.rest == r(60)
    assert by_name["Wall angels"].timing.rest == r(60)


def test_repeat_day_n_copies_that_days_moves() -> None:
    blocks = plan_blocks()
    assert blocks["Day 4 – Mobility"] == blocks["Day 2 – Mobility"] == ["Cat-cow", "Child's pose"]


def test_repeat_of_a_day_that_does_not_exist_adds_nothing() -> None:
    text = PLAN.replace("Repeat Day 2.", "Repeat Day 9.")
    assert "Day 4 – Mobility" not in {b.title for b in routine_of(text).blocks}


def test_a_warm_up_said_once_for_each_strength_day_opens_every_strength_day_only() -> None:
    """"Before each strength day, warm up with 3–5 minutes of marching on the spot and a few arm circles.":
    both moves open Day 1 and Day 3, not the mobility days; the march lasts 3–5 minutes; arm circles, with no
    dose, are done once, not in the strength moves' sets."""
    text = PLAN.replace("# One-week plan\n", "# One-week plan\n\nBefore each strength day, warm up with 3–5 minutes "
                                             "of marching on the spot and a few arm circles.\n")
    routine = routine_of(text)
    blocks = {b.title: b for b in routine.blocks}
    warm_ups = [b for b in routine.blocks if b.title.endswith("Warm-up")]
    assert len(warm_ups) == 2
    assert [e.name for e in warm_ups[0].exercises] == ["Marching on the spot", "Arm circles"]
    march, circles = warm_ups[0].exercises
    assert march.hold == r(180, 300) and circles.sets == 1
    assert [e.name for e in blocks["Day 2 – Mobility"].exercises] == ["Cat-cow", "Child's pose"]


def test_a_warm_up_said_for_every_session_opens_every_day() -> None:
    text = PLAN.replace("# One-week plan\n", "# One-week plan\n\nStart every session with a warm-up: "
                                             "10 arm circles.\n")
    routine = routine_of(text)
    assert sum(1 for b in routine.blocks if b.title.endswith("Warm-up")) == 4


def test_a_day_that_is_a_timed_walk_said_in_prose_has_the_walk() -> None:
    """"Go for a 20–30 minute brisk walk." is all Day 3 says: the library's Walking, 20–30 minutes."""
    text = PLAN.replace("## Day 4 – Mobility", "## Day 5 – Active recovery\n\nGo for a 20–30 minute brisk walk. "
                                               "Keep your pace conversational.\n\n## Day 4 – Mobility")
    routine = routine_of(text)
    walk = next(b for b in routine.blocks if b.title.startswith("Day 5")).exercises
    assert len(walk) == 1 and walk[0].hold == r(1200, 1800)
    assert walk[0].name == "Walking" or "walk" in walk[0].name.lower()


def test_a_walk_said_after_a_days_moves_or_as_the_authors_habit_is_no_move() -> None:
    text = PLAN.replace("Rest 60 seconds between sets.", "Rest 60 seconds between sets. Then go for a 20 minute "
                                                         "walk if you like.")
    day3 = next(b for b in routine_of(text).blocks if b.title.startswith("Day 3"))
    assert [e.name for e in day3.exercises] == ["Bird dog", "Wall angels"]
    mine = "# Plan\n\n## Day 1\n\nI go for a 30 minute walk every morning.\n\n- Cat-cow x 10\n"
    assert [e.name for e in routine_of(mine).exercises] == ["Cat-cow"]


def test_a_rest_day_has_no_moves_and_a_blogs_links_and_comments_are_no_part_of_it() -> None:
    """Day 7 ("Take the day off") has no moves; "You may also like" links and "14 thoughts on …" comments after
    it are other pages and readers, not Day 7's moves."""
    html = ("<html><body><h1>Plan</h1><h2>Day 1 – Core</h2><ul><li>Dead bug: 2 sets of 10</li></ul>"
            "<h2>Day 2 – Rest</h2><p>Take the day off completely.</p>"
            "<h3>You may also like</h3><p><a>10-Minute Morning Stretch for Stiff Backs</a></p>"
            "<h3>14 thoughts on \"Plan\"</h3><p>Mike T. says: Can I do bird dog twice?</p></body></html>")
    routine = routine_of(html, "plan.html")
    assert [e.name for e in routine.exercises] == ["Dead bug"]


def test_read_more_in_the_middle_of_an_article_does_not_end_it() -> None:
    text = "Moves\n\n- Cat-cow x 10\n\nRead more: Our core guide\n\n- Child's pose 30 s\n"
    assert [e.name for e in routine_of(text, "m.txt").exercises] == ["Cat-cow", "Child's pose"]


def test_where_a_move_is_done_after_its_name_is_not_part_of_the_name() -> None:
    """"Cat stretch on all fours" is the cat stretch (done on all fours); "Bridge on your back" the library's
    bridge; a bare "Stretch on the floor" keeps its words."""
    from backcoach.core.importer.names import unqualified

    assert unqualified("Cat stretch on all fours") == ("Cat stretch", "on all fours")
    assert unqualified("Stretch on the floor") is None
    text = "Gentle moves\n\n### Cat stretch on all fours\n\nKneel on all fours. Round your back. Repeat six times.\n"
    assert [e.name for e in routine_of(text).exercises] == ["Cat stretch"]


def test_start_with_a_count_and_build_up_to_another_is_a_range_of_reps() -> None:
    assert read_dose("Start with 5 repetitions a day and gradually build up to 30.").reps == r(5, 30)
    assert read_dose("Start with 10 and build up to 25.").reps == r(10, 25)
    seconds = read_dose("Start with 10 seconds and build up to 30 seconds.")
    assert seconds.reps is None and seconds.hold == r(10)


def test_a_handouts_repeat_a_count_then_build_up_to_another_is_a_range_of_reps() -> None:
    """"Repeat 5 times. Build up to 10 over a few weeks." (the build-up its own sentence) is 5-10 reps; a build-up to
    more sets is not a range of reps."""
    assert read_dose("Repeat 5 times. Build up to 10 over a few weeks.").reps == r(5, 10)
    assert read_dose("Repeat five times, building up to ten.").reps == r(5, 10)
    sets = read_dose("Repeat 10 times. Increase to 3 sets.")
    assert (sets.reps, sets.repeat, sets.sets) == (None, r(10), 3)


def routine_of(text: str, name: str = "article.md") -> Routine:
    """A plan is mostly Markdown: read as one unless the test says otherwise."""
    return read_article(text, name)


WEEKS = """# Four-week core plan

Rest 30-45 seconds between sets unless I say otherwise.

## Week 1

### Day 1 – Strength

- **Dead bug** – 2 sets of 6 each side
- **Plank on your knees** – 2 x 15 seconds

### Day 2 – Mobility

- **Cat-cow** – 10 slow reps
- **Child's pose** – hold 30 seconds

## Week 2

### Day 1 – Strength

Same as Week 1 but 3 sets of each exercise.

### Day 2 – Mobility

As Week 1, plus **hip flexor stretch** – 30 seconds per side.

## Week 3

### Day 1 – Strength

Same as Week 2, but hold the plank for 45 seconds and cut your rest to 30 seconds.

### Day 2 – Mobility

As Week 2, but drop the child's pose.

## What next?

Repeat weeks 2 and 3.
"""


def weeks() -> dict[str, list[tuple[str, object, object, object, object]]]:
    routine = routine_of(WEEKS, "weeks.md")
    return {b.title: [(e.name, e.sets, e.reps or e.hold, e.timing.rest, e.per) for e in b.exercises]
            for b in routine.blocks}


def test_days_under_week_headings_are_parts_named_for_both() -> None:
    """"## Week 1" then "### Day 1 – Strength": the part "Week 1 – Day 1 – Strength"; "Week 2" is no move."""
    titles = list(weeks())
    assert titles == [f"Week {w} – Day {d}" for w in (1, 2, 3) for d in ("1 – Strength", "2 – Mobility")]


def test_same_as_week_n_but_copies_that_weeks_same_day_with_the_change() -> None:
    """"Same as Week 1 but 3 sets of each exercise": week 1's day 1, every move in 3 sets; "As Week 1, plus hip
    flexor stretch – 30 seconds per side": week 1's day 2 and the added move with its own dose."""
    parts = weeks()
    general = r(30, 45)
    assert parts["Week 2 – Day 1 – Strength"] == [("Dead bug", 3, r(6), general, Per.SIDE),
                                                  ("Plank on your knees", 3, r(15), general, None)]
    assert parts["Week 2 – Day 2 – Mobility"] == parts["Week 1 – Day 2 – Mobility"] + [
        ("Hip flexor stretch", 1, r(30), general, Per.SIDE)]


def test_a_change_said_of_a_named_move_is_that_moves_and_a_rest_is_every_moves() -> None:
    """"but hold the plank for 45 seconds and cut your rest to 30 seconds": the plank's hold, everyone's rest;
    "but drop the child's pose": the copy without it. Changes never reach the part copied."""
    parts = weeks()
    assert parts["Week 3 – Day 1 – Strength"] == [("Dead bug", 3, r(6), r(30), Per.SIDE),
                                                  ("Plank on your knees", 3, r(45), r(30), None)]
    assert [p[0] for p in parts["Week 3 – Day 2 – Mobility"]] == ["Cat-cow", "Hip flexor stretch"]
    assert parts["Week 1 – Day 1 – Strength"][1] == ("Plank on your knees", 2, r(15), r(30, 45), None)


def test_a_week_that_is_another_week_copies_each_of_its_days() -> None:
    """"## Week 2" then "Same as week 1, but add a set.": each of week 1's days again under week 2, one set more."""
    text = WEEKS.split("## Week 2")[0] + "## Week 2\n\nSame as week 1, but add a set.\n"
    parts = weeks_of(text)
    assert list(parts) == ["Week 1 – Day 1 – Strength", "Week 1 – Day 2 – Mobility", "Week 2 – Day 1 – Strength",
                           "Week 2 – Day 2 – Mobility"]
    assert [p[1] for p in parts["Week 2 – Day 1 – Strength"]] == [3, 3]
    assert [p[1] for p in parts["Week 2 – Day 2 – Mobility"]] == [2, 2]


def weeks_of(text: str) -> dict[str, list[tuple[str, object, object, object, object]]]:
    routine = routine_of(text, "weeks.md")
    return {b.title: [(e.name, e.sets, e.reps or e.hold, e.timing.rest, e.per) for e in b.exercises]
            for b in routine.blocks}


def test_a_day_heading_that_says_it_is_another_day_copies_it() -> None:
    """"Day 3: Same as Day 1 but 12 reps": day 1's moves, the counted ones at 12 reps, the held ones as they were."""
    text = ("Day 1: Core\n\n- Dead bug: 2 sets of 10\n- Side plank: 20 seconds each side\n\n"
            "Day 2: Walk\n\n- Brisk walk: 20 minutes\n\nDay 3: Same as Day 1 but 12 reps\n")
    parts = weeks_of(text)
    assert parts["Day 3"] == [("Dead bug", 2, r(12), None, None),
                                                         ("Side plank", 1, r(20), None, Per.SIDE)]


def test_a_rest_said_in_a_sentence_that_mentions_the_writer_later_is_still_the_rest() -> None:
    """"Rest 30–45 seconds between sets unless I say otherwise." is an instruction; "I rest 2 minutes between
    sets" is a story."""
    assert weeks()["Week 1 – Day 2 – Mobility"][0][3] == r(30, 45)
    story = WEEKS.replace("Rest 30-45 seconds between sets unless I say otherwise.", "I rest 2 minutes between sets.")
    assert weeks_of(story)["Week 1 – Day 2 – Mobility"][0][3] is None


def test_forum_prose_in_the_first_person_gives_each_move_the_dose_said_before_or_after_it() -> None:
    """"I do 3 sets of 10 of bird dogs, then hold a side plank for 30 seconds each side. After that I do 2 sets of
    15 glute bridges …": the dose before a name is that move's; "side plank" is no plank."""
    text = ("Re: what do you actually do for your back?\n\nHonestly my routine is pretty simple. I do 3 sets of 10 of "
            "bird dogs, then hold a side plank for 30 seconds each side. After that I do 2 sets of 15 glute bridges "
            "and finish with child's pose for a minute.\n\nWorks for me, YMMV.\n")
    assert [(e.name, e.sets, e.reps, e.hold, e.per) for e in routine_of(text, "forum.txt").exercises] == [
        ("Bird dogs", 3, r(10), None, None), ("Side plank", 1, None, r(30), Per.SIDE),
        ("Glute bridges", 2, r(15), None, None), ("Child's pose", 1, None, r(60), None)]


def test_a_day_and_its_moves_on_one_line_and_weeks_said_as_a_range() -> None:
    """"Day 1: Glute bridge 2 x 10, bird dog 2 x 6 each side" is Day 1 and its moves; "**Weeks 3–4:** as weeks 1–2
    but 3 sets" copies the part "Weeks 1–2", "**Weeks 5–6:** as weeks 3–4, plus dead bug 3 x 8" adds a move."""
    days = weeks_of("Day 1: Glute bridge 2 x 10, bird dog 2 x 6 each side\nDay 2: Cat-cow x 10, child's pose 30 s\n")
    assert days == {"Day 1": [("Glute bridge", 2, r(10), None, None), ("Bird dog", 2, r(6), None, Per.SIDE)],
                    "Day 2": [("Cat-cow", 1, r(10), None, None), ("Child's pose", 1, r(30), None, None)]}
    text = ("# 6-week progression\n\n**Weeks 1–2:** Glute bridge 2 x 10, Plank 2 x 20 s\n\n"
            "**Weeks 3–4:** as weeks 1–2 but 3 sets\n\n**Weeks 5–6:** as weeks 3–4, plus dead bug 3 x 8\n")
    parts = weeks_of(text)
    assert list(parts) == ["Weeks 1–2", "Weeks 3–4", "Weeks 5–6"]
    assert parts["Weeks 3–4"] == [("Glute bridge", 3, r(10), None, None), ("Plank", 3, r(20), None, None)]
    assert parts["Weeks 5–6"] == parts["Weeks 3–4"] + [("Dead bug", 3, r(8), None, None)]


def test_the_following_circuit_n_times_is_rounds_and_a_closing_line_may_name_two_moves() -> None:
    """"Perform the following circuit 3 times, resting 1 minute between circuits": the block's rounds (not every
    move's sets); "Finish with a 2-minute child's pose and 5 cat-cows": a part with both moves."""
    text = ("# Core circuit\n\nPerform the following circuit 3 times, resting 1 minute between circuits. Do each move "
            "for 40 seconds, then rest 20 seconds.\n\n- Dead bug\n- Superman\n\n## Cool-down\n\nFinish with a 2-minute "
            "child's pose and 5 cat-cows.\n")
    circuit, cool = routine_of(text, "c.md").blocks
    assert (circuit.rounds, circuit.rest_between_rounds, [e.sets for e in circuit.exercises]) == (3, r(60), [1, 1])
    assert [(e.name, e.reps, e.hold) for e in cool.exercises] == [("Child's pose", None, r(120)),
                                                                  ("Cat-cows", r(5), None)]


def test_a_progression_section_after_the_routine_is_advice_not_the_plans_weeks() -> None:
    """A wiki's "## Progression" under its tables: "**Weeks 3-4:** side plank holds to 20 s, add a 4th set of glute
    bridges" says how to move on, it is no class of its own; the routine is the tables' (it had been "Weeks 3-4",
    with "Side plank holds to" as its move and the tables left out)."""
    page = ("# Back routine\n\n## Stability\n\n| Exercise | Sets × Reps | Hold | Rest |\n|---|---|---|---|\n"
            "| Side plank | 3 × 1 per side | 10 s | 30 s |\n| Glute bridge | 3 × 12 | | 60 s |\n\n## Progression\n\n"
            "- **Weeks 1-2:** as written.\n- **Weeks 3-4:** side plank holds to 20 s, add a 4th set of glute "
            "bridges.\n- **Week 5+:** hold a plate for the bridge. Keep the holds at 10 s.\n")
    result = import_article(page, "wiki.md", LIBRARY)
    assert len(result.sessions) == 1
    routine = result.sessions[0].routine
    assert routine.title == "Back routine"
    assert [(e.name, e.sets, e.hold) for e in routine.exercises] == [("Side plank", 3, r(10)),
                                                                     ("Glute bridge", 3, None)]


def test_same_moves_as_an_earlier_day_with_a_change_and_a_tips_section_after_the_plan() -> None:
    page = ("# Seven days\n\n## Day 1: Core\n\n- **Dead bug** – 2 sets of 8 per side\n- **Glute bridge** – 2 x 12\n\n"
            "## Day 2: Rest\n\nTake the day off.\n\n## Day 3: Core, level up\n\nSame moves as Day 1, but 3 sets of "
            "each.\n\n## My top tips\n\n1. **Quality over quantity.** Slow, controlled reps beat fast ones.\n"
            "2. **Breathe!** Don't hold your breath.\n")
    result = import_article(page, "plan.md", LIBRARY)
    sessions = [(s.routine.title.split("— ")[-1], [(e.name, e.sets) for e in s.routine.exercises])
                for s in result.sessions]
    assert sessions == [("Day 1: Core", [("Dead bug", 2), ("Glute bridge", 2)]),
                        ("Day 3: Core, level up", [("Dead bug", 3), ("Glute bridge", 3)])]
