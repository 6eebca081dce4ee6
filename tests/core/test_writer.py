"""Writing routines back to YAML: readable text in the documented order, and an exact round trip."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from backcoach.core.catalog import routine_files
from backcoach.core.durations import Level, Range, parse_duration_range
from backcoach.core.figure.spec import FigureSpec
from backcoach.core.loader import (
    BLOCK_KEYS,
    EXERCISE_KEYS,
    MAX_SESSION_SECONDS,
    ROUTINE_KEYS,
    TIMING_KEYS,
    load_routine,
    load_routine_file,
)
from backcoach.core.model import Block, BodyPosition, Exercise, LevelChange, Pace, Per, Routine, Sides, Timing
from backcoach.core.timeline import expand, planned_seconds
from backcoach.core.writer import dump_routine, format_duration
from backcoach.resources import bundled_routines_dir


def round_trip(routine: Routine) -> Routine:
    text = dump_routine(routine)
    again = load_routine(text, "written.yaml")
    assert again == routine, text
    for level in (None, *Level):
        assert expand(again, level) == expand(routine, level)
    return again


def one_exercise(**fields: object) -> Routine:
    exercise = Exercise(**{"name": "Plank", "hold": Range.single(30), **fields})  # type: ignore[arg-type]
    return Routine(title="T", blocks=(Block("B", (exercise,)),))


# -- examples --------------------------------------------------------------------------------------------


def test_the_smallest_routine_is_written_as_a_person_would() -> None:
    routine = Routine(
        title="Morning back break",
        blocks=(Block("Moves", (Exercise("Cat cow", reps=Range.single(8)), Exercise("Plank", hold=Range.single(30)))),),
    )
    assert dump_routine(routine) == (
        "backcoach: 1\n"
        "title: Morning back break\n"
        "blocks:\n"
        "  - title: Moves\n"
        "    exercises:\n"
        "      - name: Cat cow\n"
        "        reps: 8\n"
        "      - name: Plank\n"
        "        hold: 30s\n"
    )
    round_trip(routine)


COMPLETE = """\
backcoach: 1
title: Strong back in 15 minutes
summary: Mobility, a core circuit and stretches. Stop if anything hurts.
source: Written for the BackCoach guide
level: intermediate
levels:
  easy: {sets: -1}
  advanced: {sets: +1}
duration: 15 min
equipment: [mat]
defaults:
  prepare: 5s
  rest: 20s
  switch: 5s
  between: 10s
  position_change: 3s
blocks:
  - title: Warm-up
    exercises:
      - name: March on the spot
        hold: 2 min
      - name: Cat cow
        reps: 8
        rep_time: 4s
  - title: Core circuit
    rounds: 2
    rest_between_rounds: 1 min
    exercises:
      - name: Bird dog
        reps: 6-10
        per: side
        sides: alternating
      - name: Glute bridge
        reps: 10
        hold: 2s
      - name: Plank
        hold: 20-40s
  - title: Strength
    exercises:
      - name: Squat
        reps: 8-12
        sets: 3
        pace: self
        rest: 45s
        note: Hold on to a chair if you need to.
  - title: Cool down
    exercises:
      - name: Knee hugs
        hold: 30s
      - name: Hamstring stretch
        hold: 30s
        sets: 2
        per: leg
        sides: all sets
        position: lying on your back
"""


def test_the_format_guides_complete_routine_comes_out_as_the_guide_writes_it() -> None:
    """docs/routine-format.md, "A complete routine": the same text, but for a minute's spelling and key order."""
    routine = load_routine(COMPLETE)
    expected = COMPLETE.replace("rest_between_rounds: 1 min", "rest_between_rounds: 60s")
    expected = expected.replace("pace: self\n        rest: 45s\n", "rest: 45s\n        pace: self\n")  # rest, pace
    assert dump_routine(routine) == expected
    round_trip(routine)


def test_every_key_in_the_documented_order() -> None:
    everything = Timing(
        prepare=Range.single(5), rep_time=Range.single(4), rest=Range(20, 40), switch=Range.single(3),
        between=Range.single(10), pace=Pace.SELF, position_change=Range.single(6),
    )
    exercise = Exercise(
        name="Bird dog", reps=Range(6, 10), hold=Range.single(2), sets=3, per=Per.SIDE, sides=Sides.ALTERNATING,
        position=BodyPosition.KNEELING, timing=everything,
        instructions="Reach long.", muscles=("glutes", "core"), equipment=("mat",), note="Slowly.",
        figure=FigureSpec(like="Bird dog", side="left"),
    )
    routine = Routine(
        title="Strong back", summary="Mobility.", source="The guide", level=Level.EASY, duration=Range.single(900),
        equipment=("mat", "band"), defaults=everything,
        levels=((Level.EASY, LevelChange(sets=-1, hold=-5)), (Level.ADVANCED, LevelChange(sets=1, reps=2))),
        blocks=(Block("Circuit", (exercise,), rounds=2, rest_between_rounds=Range.single(60)),),
    )
    text = dump_routine(routine)
    data = yaml.safe_load(text)
    assert list(data) == list(ROUTINE_KEYS)
    assert list(data["defaults"]) == list(TIMING_KEYS)
    assert list(data["blocks"][0]) == list(BLOCK_KEYS)
    assert list(data["blocks"][0]["exercises"][0]) == list(EXERCISE_KEYS)
    assert text.startswith("backcoach: 1\ntitle: Strong back\n")
    assert ("level: easy\nlevels:\n  easy: {sets: -1, hold: -5s}\n  advanced: {sets: +1, reps: +2}\n"
            "duration: 15 min\nequipment: [mat, band]\n") in text
    assert ("defaults:\n  prepare: 5s\n  rep_time: 4s\n  rest: 20-40s\n  switch: 3s\n  between: 10s\n  pace: self\n"
            "  position_change: 6s\n") in text
    assert "    rounds: 2\n    rest_between_rounds: 60s\n" in text
    assert ("        reps: 6-10\n        hold: 2s\n        sets: 3\n        per: side\n        sides: alternating\n"
            "        position: kneeling\n        rest: 20-40s\n") in text
    assert "        muscles: [glutes, core]\n        equipment: [mat]\n        note: Slowly.\n" in text
    round_trip(routine)


def test_defaults_and_unset_values_are_left_out() -> None:
    routine = Routine(
        title="T",
        blocks=(Block("B", (Exercise("Squat", reps=Range.single(10), sets=1),), rounds=1),),
        defaults=Timing(),
        equipment=(),
    )
    text = dump_routine(routine)
    for absent in ("sets", "rounds", "defaults", "equipment", "level", "summary", "muscles", "hold", "null", "[]"):
        assert absent not in text
    round_trip(routine)


@pytest.mark.parametrize(
    "title",
    [
        "Day 1: Core activation",  # ": " would start a mapping
        "Plank # hard",  # " #" would start a comment
        "*star",  # an alias
        "&anchor",
        "!tag",
        "- dash",
        "? question",
        "[brackets]",
        "{braces}",
        "| pipe",
        "> fold",
        "'single'",
        '"double"',
        "%percent",
        "@at",
        "`tick",
        "1984",  # would be a number
        "1:30",  # a sexagesimal number in YAML 1.1
        "yes",  # a boolean
        "null",
        "~",
        "=",  # YAML's "value" tag, which the loader refuses
        "<<",  # the merge key
        "2024-01-31",  # a date
        ".inf",
        "---",
        "...",
        "It's \"fine\"",
        "back\\slash",
        "tab\there",
        "Ünïcödé 背中 🧘",
        "zero\u200bwidth",
        "bom\ufeffinside",
        "bell\x07",
    ],
)
def test_awkward_titles_are_quoted_only_as_needed_and_read_back(title: str) -> None:
    routine = Routine(title=title, blocks=(Block(title, (Exercise(title, hold=Range.single(30)),)),))
    text = dump_routine(routine)
    round_trip(routine)
    assert text.count("\n") == 7  # every one of them stays on its line


def test_plain_titles_stay_plain_and_needed_quotes_are_double() -> None:
    assert "title: Cat & cow\n" in dump_routine(Routine(title="Cat & cow", blocks=one_exercise().blocks))
    text = dump_routine(Routine(title="Day 1: Core", blocks=one_exercise().blocks))
    assert 'title: "Day 1: Core"\n' in text
    text = dump_routine(Routine(title='Say "hi": now', blocks=one_exercise().blocks))
    assert "title: 'Say \"hi\": now'\n" in text


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (Range.single(0), "0s"),
        (Range.single(30), "30s"),
        (Range.single(60), "60s"),
        (Range.single(90), "90s"),
        (Range.single(120), "2 min"),
        (Range.single(150), "2m30s"),
        (Range.single(900), "15 min"),
        (Range.single(3600), "1 h"),
        (Range.single(5400), "90 min"),
        (Range.single(3630), "1h30s"),
        (Range.single(7500), "2h5m"),
        (Range.single(4 * 3600), "4 h"),
        (Range(30, 60), "30-60s"),
        (Range(0, 90), "0-90s"),
        (Range(60, 120), "1-2 min"),
        (Range(1200, 1800), "20-30 min"),
        (Range(3600, 7200), "1-2 h"),
        (Range(30, 90), "30-90s"),
        (Range(30, 150), "30s-2m30s"),
        (Range(90, 300), "90s-5 min"),
        (Range(600, 3600), "10-60 min"),
        (Range(1800, 5400), "30-90 min"),
        (Range(45, 3600), "45s-1 h"),
    ],
)
def test_durations_and_ranges_are_written_in_one_form_that_reads_back(value: Range, written: str) -> None:
    assert format_duration(value) == written
    assert parse_duration_range(written) == value


def test_every_duration_up_to_the_limit_reads_back() -> None:
    for seconds in range(4 * 3600 + 1):
        assert parse_duration_range(format_duration(Range.single(seconds))) == Range.single(seconds)


def test_reps_are_numbers_or_plain_ranges() -> None:
    text = dump_routine(one_exercise(reps=Range(6, 12), hold=None))
    assert "        reps: 6-12\n" in text
    text = dump_routine(one_exercise(reps=Range(7, 7), hold=None))
    assert "        reps: 7\n" in text
    round_trip(one_exercise(reps=Range(1, 1000), hold=None))


def test_long_text_is_folded_and_text_of_several_lines_is_a_literal_block() -> None:
    long = " ".join(["Lie on your back with your knees bent and slowly lift your hips."] * 4)
    routine = one_exercise(instructions=long, note="First line.\nSecond line:\n  indented # not a comment")
    text = dump_routine(routine)
    assert "        instructions: >-\n          Lie on your back" in text
    assert all(len(line) <= 110 for line in text.splitlines())
    note = "        note: |-\n          First line.\n          Second line:\n            indented # not a comment\n"
    assert note in text
    round_trip(routine)


def test_short_lists_are_in_flow_style_and_long_ones_one_item_a_line() -> None:
    many = tuple(f"piece of equipment number {i}" for i in range(8))
    routine = Routine(title="T", equipment=many, blocks=one_exercise(muscles=("glutes", "lower back, mostly")).blocks)
    text = dump_routine(routine)
    assert "equipment:\n  - piece of equipment number 0\n  - piece of equipment number 1\n" in text
    assert '        muscles: [glutes, "lower back, mostly"]\n' in text
    round_trip(routine)


def bundled_routine_files() -> list[Path]:
    return routine_files(bundled_routines_dir())  # the catalog's rule: not exercises.yaml nor figures.yaml


def test_there_are_bundled_routines() -> None:
    assert len(bundled_routine_files()) >= 13


@pytest.mark.parametrize("path", bundled_routine_files(), ids=lambda p: p.name)
def test_every_bundled_routine_survives_a_round_trip(path: Path) -> None:
    routine = load_routine_file(path)
    again = round_trip(routine)
    assert dump_routine(again) == dump_routine(routine)  # writing is stable


# -- the round trip over generated routines --------------------------------------------------------------

AWKWARD = [
    "Day 1: Core", "Plank # hard", "*star", "&a", "!t", "- x", "? q", ": c", "[x]", "{y}", "a, b", "|p", ">f",
    "'s'", '"d"', "%p", "@a", "`t", "1984", "0x1F", "1e3", "1:30", "yes", "No", "null", "~", "=", "<<",
    "2024-01-31", ".nan", "---", "...", "a\\b", "tab\tin", "背中 🧘", "x\u2028y", "x\x85y", "x\ry", "x\r\ny",
    "a  b", "a\n\nb", "a\n  b", "a \nb", "# hash", "a #b", "a:b", "-", "?", "x\x00y", "x\ufeffy",
]


def kept(text: str) -> str:
    """Text as the loader gives it back: it strips what surrounds the text (and refuses what is empty)."""
    return text.strip()


# Strategies are built once, here: building them inside each draw makes Hypothesis validate them again
# every time, which was most of this test's run time.
words = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=10)
line_text = st.one_of(st.sampled_from(AWKWARD), words)
PHRASES = [
    "Lie on your back with your knees bent and your feet flat on the floor, hip-width apart.",
    "Breathe out as you lift; keep your lower back neutral: no arching.",
    "Stop if it hurts. #1 rule — 'quality over quantity' — \"always\".",
]
long_text = st.lists(st.one_of(words, st.sampled_from(AWKWARD), st.sampled_from(PHRASES)), min_size=3, max_size=8).map(
    " ".join
)
lines_text = st.lists(st.one_of(line_text, st.just(""), long_text), min_size=2, max_size=4).map("\n".join)
texts = st.one_of(line_text, long_text, lines_text).map(kept).filter(bool)
short_texts = st.one_of(st.sampled_from(AWKWARD), words).map(kept).filter(bool)
maybe_text = st.none() | texts
text_lists = st.lists(st.one_of(short_texts, texts), max_size=3).map(tuple)

small = st.integers(min_value=0, max_value=150)
large = st.one_of(
    st.integers(min_value=0, max_value=4 * 3600),
    st.integers(min_value=0, max_value=240).map(lambda m: 60 * m),
    st.integers(min_value=0, max_value=4).map(lambda h: 3600 * h),
)


def rarely(usual: st.SearchStrategy[int], rare: st.SearchStrategy[int], one_in: int) -> st.SearchStrategy[int]:
    """Mostly ``usual``: rare large values keep most generated sessions under the 24-hour limit."""
    # Not the smallest or largest choice: Hypothesis tries those far more often than the others.
    return st.tuples(st.integers(0, one_in), usual, rare).map(lambda t: t[2] if t[0] == one_in // 2 else t[1])


seconds = rarely(small, large, 40)
counts = rarely(st.integers(1, 3), st.just(100), 16)
rep_counts = rarely(st.integers(1, 20), st.integers(1, 1000), 8)


def ranges(values: st.SearchStrategy[int], minimum: int = 0) -> st.SearchStrategy[Range]:
    """A single value or a range, both ends at least ``minimum``."""

    def make(a: int, b: int, single: bool) -> Range:
        a, b = max(a, minimum), max(b, minimum)
        return Range.single(a) if single else Range(min(a, b), max(a, b))

    return st.builds(make, values, values, st.booleans())


durations0 = st.none() | ranges(seconds)
durations1 = ranges(seconds, 1)
timings = st.builds(
    Timing,
    prepare=durations0,
    rep_time=st.none() | ranges(st.integers(1, 5) | seconds, 1),
    rest=durations0,
    switch=durations0,
    between=durations0,
    pace=st.none() | st.sampled_from(Pace),
    position_change=durations0,
)
reps_and_hold = st.one_of(
    st.tuples(st.none(), durations1),
    st.tuples(ranges(rep_counts, 1), st.none() | durations1),
)
exercises = st.builds(
    lambda dose, per, sides, **fields: Exercise(reps=dose[0], hold=dose[1], per=per,
                                                sides=None if per and sides is Sides.TOGETHER else sides, **fields),
    reps_and_hold,
    st.none() | st.sampled_from(Per),
    st.none() | st.sampled_from(Sides),
    name=st.one_of(short_texts, texts),
    sets=counts,
    position=st.none() | st.sampled_from(BodyPosition),
    timing=timings,
    instructions=maybe_text,
    muscles=text_lists,
    equipment=text_lists,
    note=maybe_text,
)
blocks = st.builds(
    Block,
    title=texts,
    exercises=st.lists(exercises, min_size=1, max_size=3).map(tuple),
    rounds=counts,
    rest_between_rounds=durations0,
)
routines = st.builds(
    Routine,
    title=texts,
    blocks=st.lists(blocks, min_size=1, max_size=2).map(tuple),
    summary=maybe_text,
    source=maybe_text,
    level=st.none() | st.sampled_from(Level),
    duration=st.none() | durations1,
    equipment=text_lists,
    defaults=timings,
    levels=st.lists(
        st.tuples(st.sampled_from(Level), st.builds(LevelChange, st.integers(-3, 3), st.integers(-3, 3),
                                                     st.integers(-30, 30))),
        max_size=3, unique_by=lambda pair: pair[0],
    ).map(tuple),
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(routines)
def test_any_valid_routine_survives_a_round_trip(routine: Routine) -> None:
    assume(planned_seconds(routine, Level.ADVANCED) <= MAX_SESSION_SECONDS)  # longer ones are not valid
    round_trip(routine)
