"""Fuzzing the validator with the bundled routines, mutated as a hostile user would.

Every mutated file goes through validate → timeline → cue plan and must end in one of two ways: a routine
that expands and plans at every level, or a :class:`RoutineError` whose every problem is one line
``FILE:LINE:COL: message`` at a place inside the file. Nothing else may be raised, and every example must
finish within :data:`DEADLINE`, a bound that only time linear in the input keeps (the mutations include
values of tens of thousands of characters, where a quadratic parser takes seconds). The deadline counts
this process's CPU time, not the clock's: other programs on a shared machine cannot make it fail, and a
parser that is not linear still does. The format allows ranges of sets and rounds (``sets: 2-3``,
``rounds: 4-5``), so the files mutated include the bundled ones with their sets and rounds written as
ranges, and the values swapped in include ranges of counts, well and badly formed.

Quick by default (a few hundred examples). To run it long, set the number of examples:

    BACKCOACH_FUZZ_EXAMPLES=20000 .venv/bin/python -m pytest -q tests/core/test_fuzz_routines.py
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backcoach.core.catalog import library_path, routine_files
from backcoach.core.cue_types import Verbosity
from backcoach.core.cues import plan_cues
from backcoach.core.durations import Level
from backcoach.core.exercise_library import load_library
from backcoach.core.loader import load_routine
from backcoach.core.problems import RoutineError
from backcoach.core.timeline import expand
from backcoach.resources import bundled_routines_dir

EXAMPLES = int(os.environ.get("BACKCOACH_FUZZ_EXAMPLES", "300"))
DEADLINE = 0.5
"""Seconds of CPU time an example may take, far more than any example needs (a few milliseconds)."""
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,  # the clock's time; the CPU-time deadline below is the one that holds
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

ROUTINES = [path.read_bytes() for path in routine_files(bundled_routines_dir())]
COUNT_LINE = re.compile(rb"^(\s*(?:- )?(?:sets|rounds): *)([0-9]+)", re.MULTILINE)


def _ranged(routine: bytes) -> bytes:
    """The routine with every count of sets and rounds written as a range (``3`` → ``3-4``), as an imported
    article's "3 to 4 sets" is."""
    return COUNT_LINE.sub(lambda m: m.group(1) + m.group(2) + b"-" + str(int(m.group(2)) + 1).encode(), routine)


RANGED = [ranged for ranged in map(_ranged, ROUTINES) if ranged not in ROUTINES]
SOURCES = ROUTINES + RANGED
_LIBRARY = library_path(bundled_routines_dir())
LIBRARY = _LIBRARY.read_bytes() if _LIBRARY is not None and _LIBRARY.is_file() else b""
VALUE_LINE = re.compile(rb"^(\s*(?:- )?)([A-Za-z_]+):( *)(\S.*)$", re.MULTILINE)
"""``key: value`` lines of a routine (``- name: X`` included): where a value can be swapped."""
MESSAGE = re.compile(r"fuzz\.yaml:([0-9]+):([0-9]+): \S[^\n]*")

# -- values ----------------------------------------------------------------------------------------------

KEYS_WITH_NUMBERS = ("sets", "reps", "hold", "rest", "prepare", "rounds", "duration", "backcoach", "switch",
                     "between", "rep_time", "rest_between_rounds", "position_change")


def _repeated(prefix: str, unit: str, count: int, tail: str) -> str:
    return prefix + unit * count + tail


huge_numbers = st.builds(
    _repeated,
    st.sampled_from(["", "0", "-", "+", "1-", "0."]),
    st.sampled_from(["1", "9", "0", "12", "10"]),
    st.integers(min_value=4_290, max_value=60_000),
    st.sampled_from(["", "s", " s", " !", "-1", " min", ":00", ".5", "e5"]),
)
long_numbers = st.one_of(
    st.integers(min_value=-(10**60), max_value=10**60).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.sampled_from(["1e309", "-0", ".inf", "-.inf", ".nan", "0x1F", "0o17", "0b101", "1_000", "1:30:00:00",
                     "190:20:30", "99999999999999999999", "2001-12-14", "1.", ".5", "+12", "007"]),
)
long_strings = st.builds(
    _repeated,
    st.sampled_from(["", "1", "1-", "1 ", "-", "1m", "30", '"', "'", "a"]),
    st.sampled_from([" ", "a", "1", "1s", "s", "- ", "1 to ", "1:", "x", "m1", " and ", ",", "é", "٣"]),
    st.integers(min_value=100, max_value=60_000),
    st.sampled_from(["", "x", " !", " s", "s", "-", "1", '"', "'", ":"]),
)
odd_unicode = st.one_of(
    st.sampled_from(["\u202e30s", "3\u200b0s", "\ufeff30s", "３０s", "٣٠", "𝟛𝟘s", "30\u00a0s", "30\u2028s",
                     "30\u0085s", "e\u0301", "\U0001f600", "Ⅻ", "½", "30 сек", "ᛰ", "\u0660-\u0669s"]),
    st.text(min_size=1, max_size=20),
)
anchors_and_merges = st.sampled_from([
    "&a {reps: 5}", "*a", "*nope", "&a 30s", "[*a, *a]", "{<<: *a}", "{<<: [*a, *a], name: X}", "&a [*a]",
    "!!str 5", "!!int 5", "!!float 5", "!!binary aGk=", "!!python/object:os.system", "!custom x", "!!map {}",
    "!!timestamp 2001-12-14", "? x", "{? a: b}", "&a &b x", "*a *b", "!!merge x",
])
wrong_types = st.sampled_from([
    "[]", "{}", "[1, 2]", "{a: 1}", "true", "no", "off", "~", "null", "''", '""', "2.5", "-5", "0", "[[[[[]]]]]",
    '"12"', "'6-12'", "|\n  block text", ">\n  folded", "- a", "{reps: 3}", "[30s, 60s]",
])
_count_ends = st.one_of(st.integers(min_value=-3, max_value=120).map(str),
                        st.sampled_from(["", "0", "007", "1.5", "three", "1e3", "½", "٣", "9" * 25, "1" * 300]))
count_ranges = st.builds(
    "{}{}{}".format,
    _count_ends,
    st.sampled_from(["-", "–", "—", " - ", " to ", "to", " TO ", "--", "-–", " ", "~", " -- ", "-" * 200]),
    _count_ends,
).flatmap(lambda text: st.sampled_from([text, f'"{text}"', f"'{text}'", f"[{text}]"]))
"""Ranges of sets or rounds: reversed, out of bounds, zero, with odd separators, digits and lengths, quoted."""
hostile_values = st.one_of(huge_numbers, long_numbers, long_strings, odd_unicode, anchors_and_merges, wrong_types,
                           count_ranges)
SNIPPETS = [b":", b"-", b" ", b"\n", b"&a ", b"*a", b"[", b"{", b"'", b'"', b"0", b"-5", b"\t", b"<<: *a\n", b"~",
            b"\xff", b"\xc3", b"\x00", b"\xef\xbb\xbf", b"\r", b"#", b"? ", b"%YAML 1.1\n", b"---\n", b"...\n"]

# -- mutations -------------------------------------------------------------------------------------------


@st.composite
def mutated(draw: st.DrawFn, sources: list[bytes]) -> bytes:
    """One bundled file with one to four mutations: byte flips, truncations, cuts, insertions, duplicated
    lines, and values swapped for hostile ones (long and huge numbers, long strings, odd Unicode, anchors
    and merge keys, wrong types)."""
    data = bytearray(draw(st.sampled_from(sources)))
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        kind = draw(st.sampled_from(["value", "value", "value", "flip", "truncate", "cut", "insert", "duplicate"]))
        at = draw(st.integers(min_value=0, max_value=max(0, len(data) - 1)))
        if kind == "value":
            lines = list(VALUE_LINE.finditer(data))
            if not lines:
                continue
            line = draw(st.sampled_from(lines))
            if draw(st.booleans()):  # the keys that hold numbers are where the parsers are
                numbered = [m for m in lines if m.group(2).decode() in KEYS_WITH_NUMBERS]
                line = draw(st.sampled_from(numbered)) if numbered else line
            value = draw(hostile_values).encode("utf-8", "surrogatepass")
            data[line.start(4) : line.end(4)] = value
        elif kind == "flip" and data:
            data[at] ^= 1 << draw(st.integers(min_value=0, max_value=7))
        elif kind == "truncate":
            del data[at:]
        elif kind == "cut":
            del data[at : at + draw(st.integers(min_value=1, max_value=200))]
        elif kind == "insert":
            data[at:at] = draw(st.sampled_from(SNIPPETS))
        elif kind == "duplicate":
            start = data.rfind(b"\n", 0, at) + 1
            end = data.find(b"\n", at)
            end = len(data) if end < 0 else end + 1
            data[end:end] = data[start:end]
    return bytes(data)


def assert_located(error: RoutineError, data: bytes) -> None:
    """Every problem is one line, ``fuzz.yaml:LINE:COL: message``, at a place inside the file."""
    lines = data.decode("utf-8", "replace").splitlines()  # YAML breaks lines at \r, NEL and U+2028 too
    for problem in error.problems:
        text = str(problem)
        match = MESSAGE.fullmatch(text)
        assert match, f"not one FILE:LINE:COL: line: {text[:300]!r}"
        line, column = int(match.group(1)), int(match.group(2))
        assert 1 <= line <= len(lines) + 1, text[:300]
        assert column >= 1, text[:300]
        assert len(problem.message) < 400, f"a message must quote, not copy: {text[:300]!r}"


def within_deadline(action: Callable[[], None]) -> None:
    started = time.process_time()
    action()
    spent = time.process_time() - started
    assert spent < DEADLINE, f"{spent:.2f} s of CPU time for one example: not linear in the input"


def validate_and_plan(data: bytes) -> None:
    try:
        routine = load_routine(data, "fuzz.yaml")
    except RoutineError as error:
        assert_located(error, data)
        return
    for level in Level:
        timeline = expand(routine, level)
        for verbosity in (Verbosity.FULL, Verbosity.STANDARD):
            plan_cues(timeline, verbosity)


def load_library_or_fail_located(data: bytes) -> None:
    try:
        load_library(data, "fuzz.yaml")
    except RoutineError as error:
        assert_located(error, data)


validate_and_plan(ROUTINES[0])  # imports and caches warmed up before any example is timed


@FUZZ
@given(mutated(SOURCES))
def test_mutated_bundled_routines_validate_plan_or_fail_located(data: bytes) -> None:
    within_deadline(lambda: validate_and_plan(data))


@settings(FUZZ, max_examples=max(50, EXAMPLES // 3))
@given(mutated([LIBRARY]))
def test_mutated_exercise_library_loads_or_fails_located(data: bytes) -> None:
    within_deadline(lambda: load_library_or_fail_located(data))


def test_the_fuzzer_has_the_bundled_files() -> None:
    """The strategies above mutate real files: an empty list would make the fuzzing test pass vacuously."""
    assert len(ROUTINES) >= 5 and b"backcoach-exercises" in LIBRARY
    assert all(VALUE_LINE.search(routine) for routine in ROUTINES)


def test_the_fuzzer_starts_from_valid_ranges_of_sets_and_rounds() -> None:
    """The ranged sources hold ranges of both sets and rounds, each loads, and the level picks from them (so
    mutating them fuzzes the range readers and the timeline's picking, not only their error paths)."""
    assert any(re.search(rb"^\s*(- )?sets: [0-9]+-[0-9]+\b", r, re.MULTILINE) for r in RANGED)
    assert any(re.search(rb"^\s*(- )?rounds: [0-9]+-[0-9]+\b", r, re.MULTILINE) for r in RANGED)
    for ranged in RANGED:
        routine = load_routine(ranged, "ranged.yaml")
        easy, advanced = expand(routine, Level.EASY), expand(routine, Level.ADVANCED)
        assert len(easy.steps) < len(advanced.steps)
