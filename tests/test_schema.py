"""The JSON Schemas for routines and the exercise library: valid, true to the bundled files, and in step
with the loader (the loader is the reference; the schemas serve editors)."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from backcoach.core.catalog import library_path, routine_files
from backcoach.core.durations import MAX_REPS, ValueProblem, parse_count_range, parse_duration_range
from backcoach.core.loader import load_routine
from backcoach.core.problems import RoutineError
from backcoach.resources import bundled_routines_dir

ROUTINE_SCHEMA = "routine-v1.schema.json"
LIBRARY_SCHEMA = "exercises-v1.schema.json"
FIGURES_SCHEMA = "figures-v1.schema.json"


@cache
def schema(name: str) -> dict[str, Any]:
    """A schema as the installed package ships it."""
    text = (files("backcoach") / "schemas" / name).read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(schema(name))


def errors(name: str, document: object) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator(name).iter_errors(document)]


@cache
def definition_validator(definition: str) -> Draft202012Validator:
    return Draft202012Validator(schema(ROUTINE_SCHEMA)["$defs"][definition])


def pattern_accepts(definition: str, text: str) -> bool:
    """Whether a definition in the routine schema's ``$defs`` (a string pattern) accepts ``text``."""
    return definition_validator(definition).is_valid(text)


# -- the schemas themselves ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [ROUTINE_SCHEMA, LIBRARY_SCHEMA, FIGURES_SCHEMA])
def test_schema_is_valid_draft_2020_12(name: str) -> None:
    Draft202012Validator.check_schema(schema(name))
    assert schema(name)["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema(name)["$id"] == f"https://backcoach.invalid/schemas/{name}"
    assert schema(name)["title"]


def _objects(node: object) -> list[dict[str, Any]]:
    """Every subschema (at any depth) that declares ``properties``."""
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        if "properties" in node:
            found.append(node)
        for value in node.values():
            found.extend(_objects(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(_objects(value))
    return found


@pytest.mark.parametrize("name", [ROUTINE_SCHEMA, LIBRARY_SCHEMA, FIGURES_SCHEMA])
def test_schema_describes_every_property_and_allows_no_other_keys(name: str) -> None:
    objects = _objects(schema(name))
    assert objects
    for obj in objects:
        assert obj.get("additionalProperties") is False, sorted(obj["properties"])
        for key, prop in obj["properties"].items():
            assert prop.get("description"), f"{key} has no description"


# -- the bundled files -----------------------------------------------------------------------------------


def test_every_bundled_routine_matches_the_routine_schema() -> None:
    folder = bundled_routines_dir()
    paths = routine_files(folder)
    assert paths, f"no bundled routines in {folder}"
    problems = {
        path.relative_to(folder).as_posix(): found
        for path in paths
        if (found := errors(ROUTINE_SCHEMA, yaml.safe_load(path.read_text(encoding="utf-8"))))
    }
    assert problems == {}


def test_bundled_exercise_library_matches_the_library_schema() -> None:
    found = library_path(bundled_routines_dir())
    assert found is not None, "no bundled exercise library"
    paths = sorted(found.glob("*.y*ml")) if found.is_dir() else [found]
    problems = {
        path.name: problems
        for path in paths
        if (problems := errors(LIBRARY_SCHEMA, yaml.safe_load(path.read_text(encoding="utf-8"))))
    }
    assert problems == {}


def test_bundled_figures_match_the_figures_schema() -> None:
    path = bundled_routines_dir() / "figures.yaml"
    assert errors(FIGURES_SCHEMA, yaml.safe_load(path.read_text(encoding="utf-8"))) == []


def test_the_figure_definitions_are_made_from_the_readers_own_tables() -> None:
    """The committed schemas are what scripts/make_figure_schema.py makes from the reader's tables (joints,
    parts, props, views); run it after changing them."""
    import importlib.util

    script = Path(__file__).resolve().parent.parent / "scripts" / "make_figure_schema.py"
    spec = importlib.util.spec_from_file_location("make_figure_schema", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name, text in module.expected().items():
        assert json.loads(text) == schema(name), f"{name} is out of date: run scripts/make_figure_schema.py"


FIGURE_DOCUMENTS = [
    ("{like: Bird dog}", True),
    ("{like: Bird dog, side: left, alternate: false, hold: moving, cycle: 2}", True),
    ("{poses: [{like: standing, hips: {flex: 20, out: 5}, floor: [feet]}], view: {azimuth: 30, elevation: 20}}", True),
    ("{poses: [{floor: feet, shoulders: 180, spine: -10, left_knee: 45.5}]}", True),
    ("{side: left}", False),
    ("{like: Bird dog, view: sideways}", False),
    ("{like: Bird dog, props: [trampoline]}", False),
    ("{poses: []}", False),
    ("{poses: [{hips: {bend: 3}}]}", False),
    ("{poses: [{hips: 400}]}", False),
    ("{poses: [{floor: [elbow]}]}", False),
    ("{poses: [{ceiling: [head]}]}", False),
    ("{like: Bird dog, alternate: sometimes}", False),
]


@pytest.mark.parametrize(("figure", "valid"), FIGURE_DOCUMENTS)
def test_the_schema_and_the_loader_agree_on_an_exercises_figure(figure: str, valid: bool) -> None:
    text = VALID.replace("{name: Squat, reps: 6-12,", f"{{name: Squat, figure: {figure}, reps: 6-12,")
    assert both_verdicts(text) == (valid, valid)


# -- documents: the schema and the loader agree ----------------------------------------------------------

VALID = """\
backcoach: 1
title: Schema check
level: easy
levels: {easy: {sets: -1}, advanced: {sets: +1, reps: 2, hold: +10s}}
duration: 20-30 min
equipment: mat
defaults: {prepare: 5s, rep_time: 2 s, rest: 1:00, switch: 3, between: 10 sec, pace: self, position_change: 3s}
blocks:
  - title: Circuit
    rounds: 2
    rest_between_rounds: 1m30s
    exercises:
      - {name: Side plank, hold: 20-30s, sets: 2, per: side, sides: all sets, position: side-lying, rest: 15s,
         position_change: 5s}
      - {name: Squat, reps: 6-12, hold: 2s, pace: counted, rep_time: 3s, muscles: [glutes], note: slow}
      - {name: Walk, hold: 5 minutes, instructions: Walk briskly., equipment: []}
"""


def both_verdicts(text: str) -> tuple[bool, bool]:
    """(the loader accepts it, the routine schema accepts it)."""
    try:
        load_routine(text, "test.yaml")
        loader_ok = True
    except RoutineError:
        loader_ok = False
    return loader_ok, validator(ROUTINE_SCHEMA).is_valid(yaml.safe_load(text))


def test_a_routine_using_every_key_is_accepted_by_schema_and_loader() -> None:
    assert errors(ROUTINE_SCHEMA, yaml.safe_load(VALID)) == []
    assert both_verdicts(VALID) == (True, True)


DELETE = object()
EXERCISE = ("blocks", 0, "exercises", 0)


@pytest.mark.parametrize(
    ("case", "where", "key", "value"),
    [
        ("unknown key", ("blocks", 0), "rets", "10s"),
        ("sets 0", EXERCISE, "sets", 0),
        ("sets 2.5", EXERCISE, "sets", 2.5),
        ("sets quoted", EXERCISE, "sets", "2"),
        ("sets true", EXERCISE, "sets", True),
        ("rounds 101", ("blocks", 0), "rounds", 101),
        ("level hard", (), "level", "hard"),
        ("missing title", (), "title", DELETE),
        ("empty title", (), "title", " "),
        ("version 2", (), "backcoach", 2),
        ("no reps and no hold", EXERCISE, "hold", DELETE),
        ("reps 0", EXERCISE, "reps", 0),
        ("reps 1001", EXERCISE, "reps", 1001),
        ("reps half a range", EXERCISE, "reps", "6-"),
        ("hold in furlongs", EXERCISE, "hold", "5 furlongs"),
        ("hold of half a second", EXERCISE, "hold", "1.5s"),
        ("hold negative", EXERCISE, "hold", -5),
        ("rest over 4 hours", EXERCISE, "rest", 4 * 3600 + 1),
        ("rest true", EXERCISE, "rest", True),
        ("per foot", EXERCISE, "per", "foot"),
        ("pace fast", ("defaults",), "pace", "fast"),
        ("equipment nothing", (), "equipment", None),
        ("no blocks", (), "blocks", []),
        ("no exercises", ("blocks", 0), "exercises", []),
        ("sides sometimes", EXERCISE, "sides", "sometimes"),
        ("position upside down", EXERCISE, "position", "upside down"),
        ("a level named hard", ("levels",), "hard", {"sets": 1}),
        ("levels sets in words", ("levels", "easy"), "sets", "one"),
        ("levels sets 1.5", ("levels", "easy"), "sets", 1.5),
        ("levels with a rest", ("levels", "easy"), "rest", "10s"),
        ("position_change in words", ("defaults",), "position_change", "slowly"),
    ],
)
def test_wrong_routines_are_rejected_by_schema_and_loader(
    case: str, where: tuple[str | int, ...], key: str, value: object
) -> None:
    document = yaml.safe_load(VALID)
    target = document
    for step in where:
        target = target[step]
    if value is DELETE:
        del target[key]
    else:
        target[key] = value
    assert both_verdicts(yaml.safe_dump(document, sort_keys=False)) == (False, False), case


# -- the duration and reps patterns follow the parser ----------------------------------------------------

UNITS = ["s", "sec", "secs", "second", "seconds", "m", "min", "mins", "minute", "minutes",
         "h", "hr", "hrs", "hour", "hours"]
NOT_UNITS = ["x", "mn", "minz", "sek", "ms", "and", "to"]
# Fractions whose products with 60 and 3600 are exact in binary floating point (see the xfail below).
FRACTIONS = ["", "", "", ".0", ".00", ".5", ".25", ".75"]
GAPS = ["", "", " ", "  ", "\t", ",", ", ", " ,", " and ", " and", "and ", ", and "]
SEPARATORS = ["-", " - ", "- ", "\u2013", " \u2013 ", "\u2014", " to ", " TO ", "to", ",to ", " to,", "--", " -- "]


def _cased(word: str) -> st.SearchStrategy[str]:
    return st.sampled_from([word, word.upper(), word.title()])


numbers = st.builds(
    lambda zero, n, fraction: f"{zero}{n}{fraction}",
    st.sampled_from(["", "", "0"]),
    st.integers(min_value=0, max_value=150),
    st.sampled_from(FRACTIONS),
)
gaps = st.sampled_from(GAPS)
units = st.sampled_from(UNITS + NOT_UNITS).flatmap(_cased)
parts = st.builds(lambda n, gap, unit: f"{n}{gap}{unit}", numbers, gaps, units)
compounds = st.builds(
    lambda pieces, end: "".join(gap + part for gap, part in pieces) + end,
    st.lists(st.tuples(gaps, parts), min_size=1, max_size=3),
    gaps,
)
clocks = st.builds(
    lambda first, second, third: f"{first}:{second}" + (f":{third}" if third else ""),
    st.integers(min_value=0, max_value=130).map(str),
    st.sampled_from(["00", "05", "30", "59", "60", "5", "7"]),
    st.sampled_from(["", "", "00", "45", "61", "3"]),
)
pieces = st.one_of(clocks, numbers, compounds, compounds, st.sampled_from(["", "abc", ":30", "1:", "."]))
separators = st.sampled_from(SEPARATORS)
durations = st.builds(
    lambda before, body, after: before + body + after,
    st.sampled_from(["", " "]),
    st.one_of(
        pieces,
        st.builds(lambda a, s, b: a + s + b, pieces, separators, pieces),
        st.builds(lambda a, s, b, t, c: a + s + b + t + c, pieces, separators, pieces, separators, pieces),
    ),
    st.sampled_from(["", " "]),
)


def parser_accepts_duration(text: str) -> bool:
    """Whether ``parse_duration_range`` reads ``text``; a reversed range counts as well written.

    Which end is larger is arithmetic, not spelling: no pattern can check it (the loader does).
    """
    try:
        parse_duration_range(text)
    except ValueProblem as problem:
        return "is reversed" in str(problem)
    return True


@pytest.mark.parametrize(
    "text",
    ["30s", "30 s", "45 sec", "2 min", "1m30s", "1:30", "0:30", "1:02:03", "5 minutes", "1 h", "30",
     "30-60s", "20-30 min", "20\u201330 min", "30 \u2014 60 s", "20 to 30 min", "1:00-1:30", "30s-1min",
     "1 min 30 s", "1 min and 30 s", "2 hrs", "1 hour, 5 minutes", "2 MIN", "1.5 min", "1.5-2 min", "0.25 h"],
)
def test_duration_pattern_accepts_what_people_write(text: str) -> None:
    assert parser_accepts_duration(text), text
    assert pattern_accepts("durationText", text)


@pytest.mark.parametrize(
    "text",
    ["", "abc", "30x", "1.5s", "1.5", "1.5-2", "0.125 min", "30s 1m", "1m30", "30--60s", "-30s", "1:5",
     "1:60", "1:30 min", "30 s and", "30s to", "30 s - 1 min - 2 min", ",30-60s", "30 - and 60s"],
)
def test_duration_pattern_rejects_what_the_parser_rejects(text: str) -> None:
    assert not parser_accepts_duration(text), text
    assert not pattern_accepts("durationText", text)


@settings(max_examples=500)
@given(durations)
@example("1 and min")
@example("30s, - ,60s")
@example("1.5-2 min,")
def test_duration_pattern_accepts_exactly_what_the_parser_accepts(text: str) -> None:
    assert pattern_accepts("durationText", text) == parser_accepts_duration(text)


@pytest.mark.parametrize("text", ["1.1 h", "4.1 min"])
def test_duration_pattern_and_parser_agree_on_decimals_that_are_whole_seconds(text: str) -> None:
    assert pattern_accepts("durationText", text) == parser_accepts_duration(text)


def reader_accepts_reps(text: str) -> bool:
    """Whether the loader takes ``text`` as a range of reps (``parse_count_range``, then 1 to 1000)."""
    try:
        value = parse_count_range(text)
    except ValueProblem:
        return False
    return value.low >= 1 and value.high <= MAX_REPS


counts = st.builds(
    lambda zero, n: f"{zero}{n}", st.sampled_from(["", "", "0"]), st.integers(min_value=0, max_value=1100)
)
reps_texts = st.one_of(
    # Low end first: which end is larger is arithmetic, which the loader checks and no pattern can.
    st.builds(
        lambda a, s, b, end: (f"{a}{s}{b}" if int(a) <= int(b) else f"{b}{s}{a}") + end,
        counts, separators, counts, st.sampled_from(["", "", " ", "x", "-", ".5"]),
    ),
    counts,
    st.sampled_from(["", "six", "6-", "-6", "1.5-3", "6-12-18", "6 to12", "6to 12"]),
)


@settings(max_examples=300)
@given(reps_texts)
def test_reps_pattern_accepts_exactly_the_ranges_the_loader_accepts(text: str) -> None:
    assert pattern_accepts("reps", text) == reader_accepts_reps(text), text


# -- programmes (issue 16): the same contract as routines -------------------------------------------------

PROGRAMME_SCHEMA = "programme-v1.schema.json"
PROGRAMME = """\
backcoach-programme: 1
title: Schema check plan
summary: Every key once.
source: A physiotherapist
schedule: {when: ready, rest_days: 1}
sessions:
  - The back fit workout
  - {routine: Revitalise your spine, gentler: The back fit workout}
gentler: Revitalise your spine
"""


def programme_verdicts(text: str) -> tuple[bool, bool]:
    """(the programme reader accepts it, the programme schema accepts it); names are not looked up here."""
    from backcoach.core.programme import load_programme

    try:
        load_programme(text, "plan.yaml")
        reader_ok = True
    except RoutineError:
        reader_ok = False
    return reader_ok, validator(PROGRAMME_SCHEMA).is_valid(yaml.safe_load(text))


def test_the_programme_schema_is_valid_and_describes_every_key() -> None:
    Draft202012Validator.check_schema(schema(PROGRAMME_SCHEMA))
    assert schema(PROGRAMME_SCHEMA)["$id"] == f"https://backcoach.invalid/schemas/{PROGRAMME_SCHEMA}"
    for obj in _objects(schema(PROGRAMME_SCHEMA)):
        assert obj.get("additionalProperties") is False, sorted(obj["properties"])
        assert all(prop.get("description") for prop in obj["properties"].values()), sorted(obj["properties"])


def test_every_bundled_programme_matches_the_programme_schema() -> None:
    from backcoach.resources import bundled_programmes_dir

    paths = routine_files(bundled_programmes_dir())
    assert len(paths) == 3
    assert {p.name: errors(PROGRAMME_SCHEMA, yaml.safe_load(p.read_text(encoding="utf-8"))) for p in paths} == {
        p.name: [] for p in paths}


@pytest.mark.parametrize(("case", "text", "both"), [
    ("every key", PROGRAMME, True),
    ("days", PROGRAMME.replace("{when: ready, rest_days: 1}", "{days: [Mon, wednesday, FRI]}"), True),
    ("every 2 days", PROGRAMME.replace("{when: ready, rest_days: 1}", "{every: 2 days}"), True),
    ("every day", PROGRAMME.replace("{when: ready, rest_days: 1}", "{every: day}"), True),
    ("every 0", PROGRAMME.replace("{when: ready, rest_days: 1}", "{every: 0}"), False),
    ("every 29 days", PROGRAMME.replace("{when: ready, rest_days: 1}", "{every: 29 days}"), False),
    ("funday", PROGRAMME.replace("{when: ready, rest_days: 1}", "{days: [mon, funday]}"), False),
    ("a day twice", PROGRAMME.replace("{when: ready, rest_days: 1}", "{days: [mon, mon]}"), False),
    ("two schedules", PROGRAMME.replace("{when: ready, rest_days: 1}", "{every: 2, days: [mon]}"), False),
    ("rest days with every", PROGRAMME.replace("{when: ready, rest_days: 1}", "{every: 2, rest_days: 1}"), False),
    ("when soon", PROGRAMME.replace("when: ready", "when: soon"), False),
    ("rest days 15", PROGRAMME.replace("rest_days: 1", "rest_days: 15"), False),
    ("version 2", PROGRAMME.replace("backcoach-programme: 1", "backcoach-programme: 2"), False),
    ("no sessions", PROGRAMME.split("sessions:")[0] + "sessions: []\n", False),
    ("unknown key", PROGRAMME + "weeks: 4\n", False),
    ("session without routine", PROGRAMME.replace("{routine: Revitalise your spine, ", "{"), False),
])
def test_programme_schema_and_reader_agree(case: str, text: str, both: bool) -> None:
    assert programme_verdicts(text) == (both, both), case
