"""Validation speed: BackCoach's loader on a large routine against plain `yaml.safe_load` of the same text.

The loader does more (positions, duplicate keys, every value checked, a node budget), so the ratio says
what that care costs. Also times the hostile inputs that must fail fast (billion laughs, deep nesting),
and the worst case of issue 12: a 1 MiB file made of one pathological value (a number of a million digits,
a duration of a million characters that a backtracking parser reads in quadratic time) against a 1 MiB
routine of ordinary exercises, each read from disk as `backcoach validate` reads it. Goal: the
pathological file no slower than the ordinary one (ratio at most 1). Files of many small values (up to
the 50,000-value limit) are timed too.

    .venv/bin/python benchmarks/validate_speed.py
"""

from __future__ import annotations

import contextlib
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from backcoach.core.loader import load_routine, load_routine_file
from backcoach.core.problems import RoutineError
from backcoach.core.yamlsource import MAX_FILE_BYTES, MAX_NODES

EXERCISE_HEAD = "backcoach: 1\ntitle: T\nblocks:\n  - title: B\n    exercises:\n      - name: X\n"
INSTRUCTIONS = (
    "Lie on your back with your knees bent and your feet flat on the floor, hip-width apart. Breathe in, and "
    "as you breathe out, tighten your tummy muscles and press your lower back gently into the mat. "
)


def large_routine(exercises: int = 1000) -> str:
    """The biggest routine the limits allow: 1,000 exercises in 100 blocks (about 100 KiB)."""
    lines = ["backcoach: 1", "title: Large", "defaults: {prepare: 5s, rest: 20s}", "blocks:"]
    for block in range(exercises // 10):
        lines += [f"  - title: Block {block}", "    exercises:"]
        for i in range(10):
            lines += [f"      - name: Exercise {block}-{i}", "        reps: 6-12", "        hold: 2s",
                      "        sets: 2", "        per: side"]
    return "\n".join(lines) + "\n"


def ordinary_routine(size: int = MAX_FILE_BYTES) -> str:
    """A valid routine of just under ``size`` bytes: 1,000 exercises (the format's limit) of the kind the
    bundled routines hold, each with a paragraph of instructions, as a routine that big would be."""
    lines = ["backcoach: 1", "title: Ordinary", "defaults: {prepare: 5s, rest: 20s}", "blocks:"]
    for block in range(100):
        lines += [f"  - title: Block {block}", "    exercises:"]
        for i in range(10):
            lines += [f"      - name: Exercise {block}-{i}", "        hold: 2-5s", "        per: side",
                      "        rest: 30s", "        muscles: [back, glutes, core]", "        instructions: >-",
                      "          " + INSTRUCTIONS * 4]
    text = "\n".join(lines) + "\n"
    padding = size - len(text.encode()) - 1
    return text + "#" * padding + "\n"  # a comment brings it to the size: text the parser still reads


def one_value(head: str, start: str, unit: str, tail: str, size: int = MAX_FILE_BYTES) -> str:
    """``head`` then one value, ``start`` + ``unit`` repeated + ``tail``, filling a file of ``size`` bytes."""
    room = size - len(head) - len(start) - len(tail) - 1
    return head + start + unit * (room // len(unit)) + tail + "\n"


def pathological_files() -> dict[str, str]:
    """One 1 MiB file per kind of pathological value (the first three took quadratic time before issue 12)."""
    return {
        "hold: 111…1 !": one_value(EXERCISE_HEAD + "        hold: ", "", "1", " !"),
        "hold: 1, a million spaces, x": one_value(EXERCISE_HEAD + "        hold: ", "1", " ", "x"),
        "hold: 1-aaa…a s": one_value(EXERCISE_HEAD + "        hold: ", "1-", "a", " s"),
        "sets: a million digits": one_value(EXERCISE_HEAD + "        hold: 30s\n        sets: ", "", "1", ""),
        "reps: 1 to 1 to …": one_value(EXERCISE_HEAD + "        reps: ", "", "1 to ", "1"),
        "a key of a million letters": one_value("backcoach: 1\ntitle: T\nblocks: []\n? ", "", "k", "\n: 1"),
    }


def many_values_files() -> dict[str, str]:
    """Files of many small values, each cut at the 50,000-value limit or at 100 problems."""
    head = EXERCISE_HEAD + "        hold: 30s\nequipment: ["
    return {
        "a list of 500,000 items": one_value(head, "", "a,", "a]"),
        "6,000 durations of 91 characters": "backcoach: 1\ntitle: T\nblocks:\n" + "".join(
            f"  - {{title: B, rest_between_rounds: {'1 ' * 45}x, exercises: [{{name: X, hold: 1s}}]}}\n"
            for _ in range(MAX_FILE_BYTES // 170)
        ),
    }


def median_seconds(action: Callable[[], object], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        with contextlib.suppress(RoutineError):
            action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    text = large_routine()
    data = text.encode()
    ours = median_seconds(lambda: load_routine(data, "large.yaml"))
    plain = median_seconds(lambda: yaml.safe_load(text))
    clib = median_seconds(lambda: yaml.load(text, Loader=yaml.CSafeLoader))
    print(f"large routine: {len(data) / 1024:.0f} KiB, 1000 exercises")
    print(f"backcoach load_routine:   {ours * 1000:7.1f} ms")
    print(f"yaml.safe_load:           {plain * 1000:7.1f} ms   ratio backcoach/safe_load {ours / plain:.2f}")
    print(f"yaml CSafeLoader:         {clib * 1000:7.1f} ms   ratio backcoach/CSafeLoader {ours / clib:.2f}")
    laughs = ["backcoach: 1", "title: T", 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    laughs += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    laughs_text = "\n".join(laughs) + "\nblocks: *a9\n"
    deep = "backcoach: 1\ntitle: " + "[" * 100_000 + "]" * 100_000 + "\n"
    print(f"billion laughs rejected in {median_seconds(lambda: load_routine(laughs_text, 'l.yaml')) * 1000:.1f} ms")
    print(f"100,000-deep nesting rejected in {median_seconds(lambda: load_routine(deep, 'd.yaml')) * 1000:.1f} ms")
    worst_case()


def worst_case(runs: int = 9) -> None:
    """Issue 12's benchmark: one pathological value against ordinary exercises, 1 MiB each, read from disk.

    Each file is timed in turns with the ordinary one (ordinary, file, ordinary, file, ...), so that the
    ratio of their medians compares the two under the same load of a shared machine.
    """
    with tempfile.TemporaryDirectory() as folder:
        def written(name: str, text: str) -> tuple[Path, str]:
            path = Path(folder) / f"{len(list(Path(folder).iterdir()))}.yaml"
            path.write_text(text, encoding="utf-8")
            assert path.stat().st_size <= MAX_FILE_BYTES, (name, path.stat().st_size)
            try:
                load_routine_file(path, "routine.yaml")
                outcome = "valid"
            except RoutineError as error:
                outcome = f"{len(error.problems)} problem(s): {str(error.problems[0])[:90]}"
            return path, outcome

        ordinary_path, outcome = written("ordinary", ordinary_routine())
        print(f"\n1 MiB routine of 1,000 ordinary exercises ({outcome}), timed in turns with each file below:")

        def paired(path: Path) -> tuple[float, float]:
            ordinary, other = [], []
            for _ in range(runs):
                ordinary.append(median_seconds(lambda: load_routine_file(ordinary_path, "o.yaml"), runs=1))
                other.append(median_seconds(lambda: load_routine_file(path, "routine.yaml"), runs=1))
            return statistics.median(ordinary), statistics.median(other)

        ratios = []
        for name, text in pathological_files().items():
            path, outcome = written(name, text)
            ordinary, seconds = paired(path)
            ratios.append(seconds / ordinary)
            print(f"1 MiB, one value, {name:28} {seconds * 1000:7.1f} ms   ordinary {ordinary * 1000:6.1f} ms   "
                  f"ratio {seconds / ordinary:.2f}   {outcome}")
        print(f"worst pathological value / ordinary: {max(ratios):.2f} (goal: at most 1)")
        for name, text in many_values_files().items():
            path, outcome = written(name, text)
            ordinary, seconds = paired(path)
            print(f"1 MiB, {name:39} {seconds * 1000:7.1f} ms   ordinary {ordinary * 1000:6.1f} ms   "
                  f"ratio {seconds / ordinary:.2f}   {outcome}")
    print(f"(values composed at most: {MAX_NODES:,})")


if __name__ == "__main__":
    main()
