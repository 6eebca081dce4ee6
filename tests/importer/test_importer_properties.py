"""No input makes the importer raise, and whatever it writes is a valid routine that reads back the same.

Hostile inputs (markup that makes the standard library's HTML parser quadratic, runs of digits and
dashes, deep nesting, a file of one long line) must finish: each is a few hundred kilobytes, so a
quadratic step would show as a test that never ends. Speed itself is measured by
``benchmarks/import_speed.py``, not asserted here.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backcoach.core.durations import Level, Range
from backcoach.core.exercise_library import ExerciseLibrary, load_library_path
from backcoach.core.importer import ImportResult, import_article
from backcoach.core.loader import MAX_SESSION_SECONDS, load_routine
from backcoach.core.timeline import planned_seconds
from backcoach.core.writer import dump_routine
from backcoach.resources import bundled_routines_dir

LIBRARY: ExerciseLibrary = load_library_path(bundled_routines_dir() / "exercises.yaml")

WORDS = [
    "Plank", "Bird dog", "Squat", "Warm-up", "Cool down", "Block 1", "Day 2:", "Class #3:", "sets", "reps", "x",
    "×", "of", "per side", "each leg", "alternating", "hold", "for", "seconds", "secs", "minutes", "rest", "repeat",
    "times", "thrice", "two to three", "circuit", "rounds", "–", "-", ":", "(", ")", "|", "*", "1.", "•", "\n",
    "\n\n", "\t", "30", "10-12", "5 to 10", "0", "99999", "1:30", "Difficulty: easy", "Duration: 10 minutes", "I",
    "my", "pain", "stop", "doctor", "each exercise", "between", "breaths", "Reps:", "<p>", "</p>", "<li>", "<td>",
    "<h2>", "&amp;", "**", "#", "   ",
    # the forms of articles read since: chapters, supersets, intervals, definition lists, PDFs, emails
    "0:45", "(2:10)", "A1.", "B2)", "Minute 1:", "EMOM", "AMRAP", "on", "off", "/side", "8/side", "each", "3-1-1",
    "tempo", "2 x 1:00", "a second or two", "slow breaths", "<dt>", "<dd>", "<strong>", "</strong>", "<b>", "</b>",
    "Page 1 of 2", "sec-\nonds", "Kind regards,", "Start with", "Then do", "bodyweight", "easy",
]
texts = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=80).map(" ".join)
pages = st.lists(
    st.one_of(st.sampled_from(["<html>", "<body>", "<h1>", "</h1>", "<p>", "</p>", "<ul>", "<li>", "</li>", "<ol>",
                               "<table>", "<tr>", "<td>", "</td>", "<th>", "<script>", "</script>", "<!--", "-->",
                               "<br>", "<a href='x'>", "&nbsp;", "&#x41;", "<", ">", "<style>", "<title>", "<dl>",
                               "<dt>", "</dt>", "<dd>", "</dd>", "<strong>", "</strong>", "<b>", "</b>"]),
              st.sampled_from(WORDS), st.text(max_size=8)),
    max_size=80,
).map("".join)


def check(result: ImportResult) -> None:
    """A result either has routines that are valid files, or says why it has none."""
    if result.whole is None:
        assert result.problem and result.sessions == ()
        return
    for imported in (result.whole, *result.sessions):
        routine = imported.routine
        text = dump_routine(routine, imported.comments())
        assert load_routine(text, "imported.yaml") == routine, text
        assert planned_seconds(routine, Level.ADVANCED) <= MAX_SESSION_SECONDS
        for guess in imported.guesses:
            assert guess.position.line >= 1 and guess.position.column >= 1
    for note in result.notes:
        assert note.position.line >= 1 and note.message


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from(["a.txt", "a.md", "<pasted>"]))
def test_any_text_imports_without_raising_and_gives_valid_routines(text: str, name: str) -> None:
    check(import_article(text, name, LIBRARY))


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(pages)
def test_any_web_page_imports_without_raising(page: str) -> None:
    check(import_article(page, "page.html", LIBRARY))


@settings(max_examples=200)
@given(st.binary(max_size=400))
def test_any_bytes_import_without_raising(data: bytes) -> None:
    check(import_article(data, "file.txt", LIBRARY))


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(["Dead bug", "Glute bridge", "Wall slide", "Cat camel", "Side plank"]),
                          st.integers(1, 9), st.integers(1, 30), st.integers(0, 2)), min_size=1, max_size=8))
def test_the_numbers_of_a_list_come_through_exactly(lines: list[tuple[str, int, int, int]]) -> None:
    """Whatever the numbers, "Name – S sets of R reps [per side|each leg]" gives those sets, reps and sides.

    A list that is one sequence of moves written out several times (A, B, A, B with the same doses) is
    read as that sequence done in rounds, a guess it marks: run round after round, the moves and their
    numbers are still those of the list."""
    sides = ["", " per side", " each leg"]
    text = "Workout\n" + "".join(f"- {name} – {s} sets of {r} reps{sides[side]}\n" for name, s, r, side in lines)
    result = import_article(text, "list.txt", LIBRARY)
    check(result)
    assert result.whole is not None
    [block] = result.whole.routine.blocks
    assert isinstance(block.rounds, int)
    if block.rounds > 1:
        assert ("blocks", 0, "rounds") in {g.path for g in result.whole.guesses}
    assert [(e.sets, e.reps, e.per.value if e.per else "") for e in block.exercises] * block.rounds == [
        (s, Range.single(r), ["", "side", "leg"][side]) for _name, s, r, side in lines]


HOSTILE = {
    "html parser's quadratic case": "<a " * 60_000,
    "unclosed attribute quotes": "<div class=\"" * 40_000,
    "deep nesting": "<div>" * 50_000 + "Plank: 30 seconds" + "</div>" * 50_000,
    "digits and dashes": "1-" * 100_000 + " seconds",
    "one long line of words": "plank hold for 30 seconds and repeat " * 10_000,
    "brackets": "(" * 100_000 + "Plank: 30 s",
    "spaces": "Plank" + " " * 200_000 + "30 seconds",
    "many blank lines and cells": "Exercise\n\nSets\n\nReps\n" + "\n" * 100_000 + "Plank\n\n3\n\n10\n",
    "a thousand and one exercises": "".join(f"- Move {chr(65 + n % 26)}{chr(65 + n // 26)}: 10 reps\n"
                                            for n in range(1_100)),
    "numbers everywhere": " ".join(str(n) for n in range(50_000)),
    "a transcript with as many chapters as captions": "".join(f"{n // 60}:{n % 60:02d}\nwe do ten of these\n"
                                                              for n in range(3_000))
    + "\nChapters\n" + "".join(f"{n // 60}:{n % 60:02d}: Plank\n" for n in range(3_000)),
    "a workout log of endless sets": "Plank\n" + "".join(f"Set {n % 99}: 0:45\n" for n in range(10_000)),
    "a chat of many messages": "".join(f"[03/03/2024, 07:{n % 60:02d}:00] Coach: the plank is 30s each side\n"
                                       for n in range(5_000)),
    "a pyramid of many rounds": "- Plank\n- Bird dog\n\n" + "".join(f"Round {n % 99}: 5 reps of each\n"
                                                                      for n in range(5_000)),
    "a pyramid's counts without end": "Plank 6, then 4, then 2 reps, rest, " * 30_000 + "9-8-7-6-5 pyramid " * 20_000,
    "a table of time slots": "".join(f"| {n % 60}:00 – {n % 60}:30 | Plank – hold |\n" for n in range(5_000)),
    "no rest everywhere": "Plank 3 x 30 s, no rest between the moves without a break " * 10_000,
    "sets by reps and spaced dashes": "3x12 – " * 50_000 + "45s rest",
    "a cool-down naming its moves again and again": "| Exercise | Sets |\n| Plank | 3 |\n| Bird dog | 3 |\n\n"
    + "The cool-down consisted of " + "a supine hamstring stretch, the hamstring stretch and a plank; " * 5_000
    + ". Each stretch was held for 30 s.\n",
    # the page before the reading: sheets, grids, threads, notes
    "a sheet of endless semicolon rows": "Block;Exercise;Sets;Reps\n" + "".join(f"Part {n // 500};Plank;3;10\n"
                                                                          for n in range(20_000)),
    "semicolons without a header": "a;b;c\n" * 30_000,
    "unclosed quotes in a sheet": "Exercise;Sets;Reps\n" + "\"Plank;" * 50_000 + "\n" + "Squat;3;10\n" * 3,
    "commas everywhere": "Exercise,Sets,Reps\n" + "Plank, 3, 10, and more\n" * 10_000,
    "a box-drawn grid that never closes": "┌──┬──┐\n│ Exercise │ Reps │\n├──┼──┤\n"
    + "│ Plank │ 30 s │\n│  │ more │\n" * 20_000,
    "box rules only": "┌──┬──┐\n├──┼──┤\n" * 10_000,
    "a table set in columns that never ends": "Ser  Exercise  Sets x Reps  Rest\n" + "-" * 40 + "\n"
    + "1    Plank     3 x 30 s     30 s\n     " + "more " * 20_000 + "\n" + "          x\n" * 20_000
    + ("Exercise  Reps  Rest\n" + "-" * 12 + "\n") * 5_000,
    "a thread of handles and counts": "".join(f"Sam\n@sam\n{n}/ Plank 30 s\n1.2K\n" for n in range(10_000)),
    "callouts in callouts": "> [!tip] Rounds\n> > [!note] x\n> - Plank 30 s\n" * 5_000,
    "front matter that never closes": "---\n" + "key: value\n" * 20_000,
    "note comments that never close": "%% open\n" + "- Plank 30 s\n" * 50_000,
    "bold superset labels under endless sub-headings": "## Session A\n"
    + "### A — Part\n**A1. Plank** — 3×30″ · rest 45″\n" * 5_000 + "**B1." * 20_000,
    "a superset's headings and printed columns, again and again": "<h3>A1. Plank</h3><p>Rest 90 s after A1.</p>" * 3_000
    + "A1  Plank" + "   hold 10 sec" * 20_000 + "\n" + ("B2" + " " * 3_000 + "x") * 100 + "\n",
    "a dot between endless doses": "- Plank — 3×30″ " + "· rest 45″ 3×8 " * 20_000 + "\n",
    "rounds in a heading, again and again": "CIRCUIT" + " ×3 rounds" * 20_000 + " — rest 90 s\n- Plank 30 s\n",
    "options after every sentence": "- Plank 30 s\n\n"
    + "Go 3 rounds. If you are short of time, do 2 rounds. " * 10_000,
    "a part said in endless sentences": "Warm up\n\n" + "Then eight slow cat-cows: ten each way, twelve.\n\n" * 5_000
    + "- Plank -- twelve" + ", squeezing" * 20_000 + "\n",
    "an interval timer's endless list": "[WARM UP] 05:00 March + " + "+ " * 20_000 + "\n"
    + "".join(f"--- SET {n % 9 + 1}/9 ---\n[WORK] 00:40 Plank - LEFT\n[WORK] 00:40 Plank - RIGHT\n[REST] 00:20\n"
              for n in range(10_000)),
    "a class of endless timecodes": "".join(f"{n // 60}:{n % 60:02d} Plank (right)\n{n // 60}:{n % 60:02d} Core\n"
                                            for n in range(600)) + "9:99 Rest " + "x" * 50_000 + "\n",
    "a layout table of endless lines": "<table>" + "<tr><td><img src=a.gif></td><td>1. Plank<br>Lie down.<br>"
    "Hold 30 s.</td></tr>" * 300 + "<tr><td></td><td>" + "x<br>" * 20_000 + "</td></tr></table>",
    "two columns of endless numbered bands": "".join(
        f"{'Exercise ' + str(n % 99) + '. Plank, slow and steady':<52}Exercise {n % 99 + 1}. Bridge\n"
        f"{'On your back, arms up, lower one arm and the':<52}Dosage: 3 x 10 each side.\n\n" for n in range(60))
    + ("x   " * 100 + "\n") * 500,
    "parts in capitals after emoji, again and again": "💪 THE CIRCUIT — 3 rds, 30s on 15s off (slides 3-7)\n"
    * 2_000 + "🔥 WARM UP " + "(slide 2) " * 20_000 + "\n",
    "names known by others, lying on their backs": "".join(
        f"- Reach{n} lying on your back, band - this is the \"bird dog\" we did (2 x 6)\n" for n in range(3_000))
    + "- Sit to stand" + " from the chair with" * 10_000 + " lying on your side" * 10_000 + "\n",
    "a post of endless comments and hashtags": "- Plank 30 s\n" + "#back" * 20_000 + "\n"
    + "".join(f"user{n} nice\n{n % 99}d {n} likes Reply\n" for n in range(10_000)),
    "brackets after unknown names": "".join(f"- Fooasana{n} (Barasana{n}) – 5 breaths\n" for n in range(5_000)),
    # the named lines' reading, when the layout is not understood
    "a layout not understood, a named move a line": "".join(f"PART{n % 7} >> dead bug >> {n % 5 + 1} sets >> 10 reps\n"
                                                            for n in range(1_000)),
    "named moves in endless cells": "Exercise;Sets;Reps;Rest\n" + ";".join(["bird dog"] * 20_000) + "\n"
    + "glute bridge >> " * 20_000 + "\n" + "plank 30 s\n\n" * 200 + ">>" * 50_000,
    "headings over bold moves paced by the breath": "## Part\n\n**Marjaryasana–Bitilasana (Cat–Cow)** — "
    + "8 rounds, one breath per movement, " * 2_000 + "\n\n"
    + "## Flow\n\n**Cat–Cow** — 8 rounds, one breath.\n\n" * 500,
    "named lines with no dose under endless lines": "cat cow\n" + "x\n" * 5_000 + "dead bug\nbird dog\n3 x 10\n",
    "a printed sheet of endless pages": "".join(f"{n % 40 + 1} Plank{n}\nRepeat 5 times.\nHead      Trust {n}\n"
                                                "--- page break ---\n" for n in range(10_000)),
    "cards of endless bold labels, a warm-up before an endless circuit, tips": "<h1>Plan</h1>" + "<h3>1. Plank</h3>"
    "<div>" + "<span><b>Reps</b>6</span><span><b>Rest</b>30 sec</span>" * 5_000 + "</div>"
    + "<p>Warm up with 5 minutes of walking. Then do the circuit, " + "then go round again, " * 5_000
    + "three rounds.</p><h2>My top tips</h2>" + "<p>1. <b>Breathe.</b> Slowly.</p>" * 2_000
    + "<p>Finish with " + "child's pose, 30 seconds per leg and " * 2_000 + "a knee hug.</p>",
    # round twelve: a phone note's shorthand, a word processor's fractions, Tabata headings
    "a phone note of initials and counts": "- BD 8 ea alt x2\n- clams 15, hold 3s\n- SL bridge 8 ea x3\n" * 5_000
    + "- clams" + " 15" * 20_000 + ", hold\n- BD" + " ea x2" * 20_000 + "\n",
    "fractions and inner dashes everywhere": "1. Cat–cow – " + "½¼¾ minute " * 20_000 + "\n"
    + "- Cat–cow" + "–cow" * 20_000 + " – 10\n",
    "endless tabatas and doing tails": "".join(f"### Tabata {n % 9}: Plank, swinging" + " your arms" * 3 + "\n"
                                              for n in range(5_000))
    + "- March on the spot, " + "swinging " * 20_000 + "– 2 min\n" + "8 rounds of " * 20_000 + "20 s on, 10 s off\n",
    # round fourteen: subtitle files, an app's log of sets
    "a subtitle file of endless cues and markup": "WEBVTT\n\n" + "".join(
        f"{n}\n{n // 3600:02d}:{n // 60 % 60:02d}:{n % 60:02d}.000 --> 00:00:01.000 align:start\n<i>plank"
        + " <b>" * 20 + " 30 s\n\n" for n in range(10_000))
    + "10001\n03:00:00.000 --> 03:00:01.000\n" + "<" * 40_000 + "\n" + "[" * 40_000 + "\n"
    + "00:00 --> " * 10_000 + "\n",
    "an app's log of endless sets": "Date,Workout Name,Exercise Name,Set Order,Reps,Seconds,Notes\n" + "".join(
        f"2026-03-02,Back,Plank,{n},{n % 20},{n % 60},{'left' if n % 2 else 'R hand'} {n}\n" for n in range(20_000)),
    # round fifteen: a form's tick boxes and blanks
    "a form of endless boxes and blanks": "[x] 1. PLANK\n    Hold 30 s.\n[ ] 2. BRIDGE\n    " + "x\n    " * 5_000
    + "\n" + "Sets: [ ] 1 [x] 2 " * 2_000 + "\n" + "Reps: _" + "_ 1 _" * 20_000 + "\n" + "[ ]" * 40_000 + "\n"
    + "Plank" + " " * 20_000 + "[x]\n" + "☑ Glute bridge 10\n☐ Plank 30 s\n" * 5_000,
    "a calendar of endless days and breaks": "<table><tr><th>Mon</th></tr>" + "<tr>" + "<td>Day 1<br>Plank 30 s</td>"
    * 10_000 + "</tr><tr><td>Day 2" + "<br>" * 20_000 + "Rest day</td><td>" + "<li>x" * 20_000 + "</td></tr></table>",
    "a markdown calendar of endless breaks": "| Day 1" + "<br>Plank 30 s" * 10_000 + " | Day 2<br>rest |\n"
    + "| Day 3 | Day 4 |\n" * 5_000,
    # round twenty: a Q&A page's accepted answer, a <pre> block's lines, a leaflet's stations
    "a Q&A page of answers that never close": "<html itemscope itemtype='https://schema.org/QAPage'><h1>Q</h1>"
    + "<div itemprop='acceptedAnswer'>" * 20_000 + "<div itemprop=text>" * 10_000 + "<pre>"
    + "Curl-up   5-3-1 / side\n" * 5_000 + "</pre>" + "<div " + "x" * 50_000 + "<p>" * 20_000,
    "stations and leaders without end": "STATION CIRCUIT\n" + "Station 1  Plank – swap sides halfway\n" * 3_000
    + "Hip hinges" + " ... 10" * 20_000 + "\n" + "go round the circuit twice, water break in between " * 5_000,
    "progressions named again and again": "| Exercise | Sets x reps |\n|---|---|\n"
    + "".join(f"| Move{n} progression | 3 x 8 |\n" for n in range(3_000))
    + "".join(f"### Move{n} progression\n\n1. Glute bridge{n}\n\n" for n in range(3_000)),
}


def test_hostile_inputs_finish_and_give_valid_routines_or_a_reason() -> None:
    for name, text in HOSTILE.items():
        result = import_article(text, "hostile.html" if text.startswith("<") else "hostile.txt", LIBRARY)
        check(result)
        if name == "a thousand and one exercises":
            assert result.whole is not None and len(result.whole.routine.exercises) == 1000
            assert any("at most 1000 exercises" in n.message for n in result.notes)


def test_an_article_over_a_day_long_keeps_the_longest_run_of_whole_blocks_within_the_limit() -> None:
    """A page of many dosed parts that would last more than 24 hours is cut after the last block that fits,
    with a note; no block that fits is lost, and the cut is found without planning the class once a block
    (the page is long enough that doing so would not finish)."""

    def page(parts: int) -> str:
        return "\n\n".join(f"## Circuit {i} — 3 rounds\n\n- Bird dog 10 reps" for i in range(parts))

    def cut(result: ImportResult) -> bool:
        return any("more than 24 hours" in note.message for note in result.notes)

    result = import_article(page(3000), "long.md", LIBRARY)
    check(result)
    assert result.whole is not None and cut(result)
    kept = len(result.whole.routine.blocks)
    assert 0 < kept < 3000
    fits = import_article(page(kept), "long.md", LIBRARY)
    assert fits.whole is not None and len(fits.whole.routine.blocks) == kept and not cut(fits)
    assert cut(import_article(page(kept + 1), "long.md", LIBRARY))  # one block more does not fit


def test_a_single_list_over_a_day_long_keeps_the_longest_run_of_its_exercises() -> None:
    """A long page read as one list (one block) that would last more than a day keeps the exercises from the
    start that fit, with a note, rather than giving nothing."""

    def page(moves: int) -> str:
        return "\n".join("- Bird dog: 3 sets of 10 reps, hold 60 seconds, rest 5 minutes" for _ in range(moves))

    def cut(result: ImportResult) -> bool:
        return any("more than 24 hours" in note.message for note in result.notes)

    result = import_article(page(900), "list.md", LIBRARY)
    check(result)
    assert result.whole is not None and cut(result)
    assert len(result.whole.routine.blocks) == 1
    kept = len(result.whole.routine.exercises)
    assert 0 < kept < 900
    fits = import_article(page(kept), "list.md", LIBRARY)
    assert fits.whole is not None and len(fits.whole.routine.exercises) == kept and not cut(fits)
    assert cut(import_article(page(kept + 1), "list.md", LIBRARY))
