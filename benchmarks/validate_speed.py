"""Validation speed: BackCoach's loader on a large routine against plain `yaml.safe_load` of the same text.

The loader does more (positions, duplicate keys, every value checked, a node budget), so the ratio says
what that care costs. Also times the hostile inputs that must fail fast (billion laughs, deep nesting).

    .venv/bin/python benchmarks/validate_speed.py
"""

from __future__ import annotations

import contextlib
import statistics
import time
from collections.abc import Callable

import yaml

from backcoach.core.loader import load_routine
from backcoach.core.problems import RoutineError


def large_routine(exercises: int = 1000) -> str:
    """The biggest routine the limits allow: 1,000 exercises in 100 blocks (about 100 KiB)."""
    lines = ["backcoach: 1", "title: Large", "defaults: {prepare: 5s, rest: 20s}", "blocks:"]
    for block in range(exercises // 10):
        lines += [f"  - title: Block {block}", "    exercises:"]
        for i in range(10):
            lines += [f"      - name: Exercise {block}-{i}", "        reps: 6-12", "        hold: 2s",
                      "        sets: 2", "        per: side"]
    return "\n".join(lines) + "\n"


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


if __name__ == "__main__":
    main()
