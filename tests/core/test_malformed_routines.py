"""A table of malformed routines: each must fail with the right message at the right line and column."""

from __future__ import annotations

import re
import time

import pytest

from backcoach.core.loader import load_routine
from backcoach.core.problems import RoutineError

HEAD = "backcoach: 1\ntitle: T\nblocks:\n  - title: B\n    exercises:\n"
"""Five lines; the first exercise starts on line 6 at column 9 (after '      - ')."""


def ex(body: str) -> str:
    """A routine whose only exercise is ``body`` (lines indented under ``      - ``)."""
    lines = body.strip("\n").split("\n")
    return HEAD + "      - " + lines[0] + "\n" + "".join(f"        {line}\n" for line in lines[1:])


CASES: list[tuple[str, str | bytes, int, int, str]] = [
    ("empty file", "", 1, 1, "the file is empty"),
    ("only comments", "# nothing here\n", 1, 1, "the file is empty"),
    ("plain text", "hello world\n", 1, 1, "this is not a routine"),
    ("a list", "- a\n- b\n", 1, 1, "must be a mapping"),
    ("binary", b"backcoach: 1\n\x00\x01\x02", 2, 1, "binary file"),
    ("not utf-8", b"backcoach: 1\ntitle: caf\xe9\n", 2, 11, "not UTF-8"),
    ("utf-16", "backcoach: 1\n".encode("utf-16"), 1, 1, "not UTF-8"),
    ("tab indent", "backcoach: 1\ntitle: T\nblocks:\n\t- title: B\n", 4, 1, "tab"),
    ("unclosed flow", "backcoach: 1\ntitle: [T\n", 3, 1, "not valid YAML"),
    ("two documents", "backcoach: 1\n---\ntitle: T\n", 2, 1, "more than one YAML document"),
    ("python tag", "backcoach: 1\ntitle: !!python/object/apply:os.system [ls]\n", 2, 8, "not allowed"),
    ("custom tag", "backcoach: 1\ntitle: !thing T\n", 2, 8, "not allowed"),
    ("undefined alias", "backcoach: 1\ntitle: *nope\n", 2, 8, "names no anchor"),
    ("future version", "backcoach: 2\ntitle: T\nblocks: oops\n", 1, 12, "made by a newer BackCoach (format 2)"),
    ("version text", "backcoach: one\ntitle: T\nblocks:\n  - title: B\n    exercises:\n      - name: X\n"
        "        reps: 1\n",
     1, 12, "'backcoach' is the format version and must be 1"),
    ("missing version", "title: T\nblocks:\n  - title: B\n    exercises:\n      - name: X\n        reps: 1\n",
     1, 1, "a routine needs 'backcoach'"),
    ("missing blocks", "backcoach: 1\ntitle: T\n", 1, 1, "a routine needs 'blocks'"),
    ("empty title", "backcoach: 1\ntitle: ''\nblocks:\n  - title: B\n    exercises:\n      - name: X\n"
        "        reps: 1\n",
     2, 8, "'title' is empty"),
    ("blocks not a list", "backcoach: 1\ntitle: T\nblocks: warm-up\n", 3, 9, "'blocks' must be a list"),
    ("blocks empty", "backcoach: 1\ntitle: T\nblocks: []\n", 3, 9, "'blocks' is empty"),
    ("exercises empty", "backcoach: 1\ntitle: T\nblocks:\n  - title: B\n    exercises: []\n"
        "", 5, 16, "'exercises' is empty"),
    ("block without title", "backcoach: 1\ntitle: T\nblocks:\n  - exercises:\n      - name: X\n        reps: 1\n",
     4, 5, "a block needs 'title'"),
    ("misspelt top key", "backcoach: 1\ntitel: T\nblocks: []\n"
        "", 2, 1, "'titel' is not a key here — did you mean 'title'?"),
    ("swapped letters", ex("name: X\nreps: 1\nsets: 2\nrets: 10s"), 9, 9, "did you mean 'rest'?"),
    ("swap preferred over other one-edit keys", ex("name: X\nhold: 5s\nrets: 10s"), 8, 9, "did you mean 'rest'?"),
    ("superscript digit in reps", ex("name: X\nreps: \"1-²\""), 7, 15, "not a whole number or a range like 6-12"),
    ("reps range missing its end", ex("name: X\nreps: 6-"), 7, 15, "write it like 6-12"),
    ("negative hold", ex("name: X\nhold: -5"), 7, 15, "'-5' is negative"),
    ("unknown key no suggestion", ex("name: X\nreps: 1\nflavour: mint"), 8, 9, "'flavour' is not a key of an exercise"),
    ("duplicate key", ex("name: X\nreps: 1\nreps: 2"), 8, 9, "'reps' appears twice"),
    ("no reps or hold", ex("name: X\nsets: 2"), 6, 9, "needs 'reps', 'hold' or both"),
    ("missing name", ex("reps: 10"), 6, 9, "an exercise needs 'name'"),
    ("reps decimal", ex("name: X\nreps: 2.5"), 7, 15, "'reps' must be a whole number or a range like 6-12, not 2.5"),
    ("reps quoted", ex("name: X\nreps: \"10\""), 7, 15, "quoted text"),
    ("reps bool", ex("name: X\nreps: yes"), 7, 15, "'reps' must be a whole number"),
    ("reps zero", ex("name: X\nreps: 0"), 7, 15, "'reps' must be from 1 to 1000, not 0"),
    ("reps too many", ex("name: X\nreps: 1001"), 7, 15, "'reps' must be from 1 to 1000"),
    ("reps reversed range", ex("name: X\nreps: 12-6"), 7, 15, "reversed"),
    ("sets quoted", ex("name: X\nreps: 5\nsets: '3'"), 8, 15, "'sets' must be a whole number, not \"3\" (quoted text)"),
    ("sets too many", ex("name: X\nreps: 5\nsets: 101"), 8, 15, "'sets' must be from 1 to 100, not 101"),
    ("sets true", ex("name: X\nreps: 5\nsets: true"), 8, 15, "'sets' must be a whole number"),
    ("hold unknown unit", ex("name: X\nhold: 30 parsecs"), 7, 15, "'parsecs' is not a unit of time"),
    ("hold nonsense", ex("name: X\nhold: long"), 7, 15, "'hold': 'long' is not a duration"),
    ("hold reversed", ex("name: X\nhold: 60-30s"), 7, 15, "the range '60-30s' is reversed"),
    ("hold fraction", ex("name: X\nhold: 2.5s"), 7, 15, "not a whole number of seconds"),
    ("hold zero", ex("name: X\nhold: 0s"), 7, 15, "'hold' must be at least 1 second"),
    ("hold over 4 h", ex("name: X\nhold: 5 h"), 7, 15, "longer than the limit of 4 h"),
    ("hold empty", ex("name: X\nhold:"), 7, 14, "'hold' has no value"),
    ("hold a list", ex("name: X\nhold: [1, 2]"), 7, 15, "'hold' must be a single value, not a list"),
    ("per both", ex("name: X\nreps: 5\nper: both"), 8, 14, "'per' must be one of side, leg, arm, not 'both'"),
    ("pace wrong", ex("name: X\nreps: 5\npace: fast"), 8, 15, "'pace' must be one of counted, self"),
    ("level wrong", "backcoach: 1\ntitle: T\nlevel: hard\nblocks:\n  - title: B\n    exercises:\n      - name: X\n"
     "        reps: 1\n", 3, 8, "'level' must be one of easy, intermediate, advanced"),
    ("rounds zero", "backcoach: 1\ntitle: T\nblocks:\n  - title: B\n    rounds: 0\n    exercises:\n      - name: X\n"
     "        reps: 1\n", 5, 13, "'rounds' must be from 1 to 100, not 0"),
    ("defaults not mapping", "backcoach: 1\ntitle: T\ndefaults: 10s\nblocks:\n  - title: B\n    exercises:\n"
     "      - name: X\n        reps: 1\n", 3, 11, "'defaults' must be a mapping"),
    ("defaults rep_time zero", "backcoach: 1\ntitle: T\ndefaults:\n  rep_time: 0\nblocks:\n  - title: B\n"
        "    exercises:\n"
     "      - name: X\n        reps: 1\n", 4, 13, "'rep_time' must be at least 1 second"),
    ("exercise is text", HEAD + "      - Bird dog\n", 6, 9, "an exercise must be a mapping"),
    ("key is a list", ex("name: X\nreps: 1\n[a]: 1"), 8, 9, "must be a plain word"),
    ("session over 24 h", "backcoach: 1\ntitle: T\nblocks:\n  - title: B\n    rounds: 100\n    exercises:\n"
     "      - name: X\n        hold: 1h\n", 4, 3, "the whole session lasts"),
]


@pytest.mark.parametrize(("text", "line", "column", "message"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_malformed_routine_is_reported_at_the_offending_value(
    text: str | bytes, line: int, column: int, message: str
) -> None:
    with pytest.raises(RoutineError) as caught:
        load_routine(text.encode() if isinstance(text, str) else text, "bad.yaml")
    shown = [str(p) for p in caught.value.problems]
    assert any(p.startswith(f"bad.yaml:{line}:{column}: ") and message in p for p in shown), shown


def test_every_problem_in_a_file_is_reported_at_once() -> None:
    text = ex("name: X\nreps: 0\nsets: 2.5\nper: both\nrets: 10s")
    with pytest.raises(RoutineError) as caught:
        load_routine(text, "many.yaml")
    lines = [p.position.line for p in caught.value.problems]
    assert lines == [7, 8, 9, 10]


def test_future_version_gives_one_line_only() -> None:
    with pytest.raises(RoutineError) as caught:
        load_routine("backcoach: 3\ntitle: T\nblocks: [1, 2]\nsets: x\n", "new.yaml")
    assert len(caught.value.problems) == 1


def test_suggestion_never_names_a_key_the_mapping_already_has() -> None:
    text = ex("name: X\nreps: 1\nsets: 2\nrest: 10s\nrets: 10s")
    with pytest.raises(RoutineError) as caught:
        load_routine(text, "s.yaml")
    (problem,) = caught.value.problems
    assert "did you mean" not in problem.message
    assert "'rets' is not a key of an exercise" in problem.message


def test_billion_laughs_is_rejected_quickly() -> None:
    lines = ["backcoach: 1", "title: T", 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    lines += ["blocks:", "  - title: B", "    exercises:", "      - name: *a9", "        reps: 1"]
    started = time.process_time()
    with pytest.raises(RoutineError) as caught:
        load_routine("\n".join(lines) + "\n", "lol.yaml")
    assert time.process_time() - started < 5
    assert len(caught.value.problems) >= 1


@pytest.mark.parametrize("depth", [65, 999, 1001, 100_000])
def test_deep_nesting_is_rejected_without_crashing(depth: int) -> None:
    """One located line in plain words, whether our limit (64) or libyaml's (1000 since 0.2.6) refuses it."""
    text = "backcoach: 1\ntitle: " + "[" * depth + "]" * depth + "\n"
    with pytest.raises(RoutineError) as caught:
        load_routine(text, "deep.yaml")
    lines = str(caught.value).splitlines()
    assert len(lines) == 1
    assert re.fullmatch(r"deep\.yaml:2:\d+: values are nested more than 64 deep \(lists or maps inside each other\)",
                        lines[0]), lines[0]


def test_too_large_file_gets_one_clear_line() -> None:
    text = "backcoach: 1\ntitle: T\n# " + "x" * (1024 * 1024) + "\n"
    with pytest.raises(RoutineError) as caught:
        load_routine(text.encode(), "big.yaml")
    assert [str(p) for p in caught.value.problems] == [
        "big.yaml:1:1: the file is too large (1.0 MiB); a routine is at most 1 MiB"
    ]


def test_more_than_a_thousand_exercises_is_an_error() -> None:
    text = HEAD + "".join("      - name: X\n        reps: 1\n" for _ in range(1001))
    with pytest.raises(RoutineError) as caught:
        load_routine(text, "many.yaml")
    assert "at most 1000 exercises" in str(caught.value)
