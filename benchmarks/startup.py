"""Start-up time against a bare PySide6 window: BackCoach's first shown frame, and `backcoach --smoke-test`
(the panels built and the library read, which follow the first frame).

"First frame" is timed from process start to the end of the window's first paint, for the bare window and
for BackCoach started as the `backcoach` command starts it (see first_paint.py). Each runs as a whole
process, alternately, in the same conditions (offscreen Qt by default); the figure that matters is the
ratio to the bare window measured in the same round, since absolute times depend on the machine.

    .venv/bin/python benchmarks/startup.py [--runs 9] [--platform offscreen|xcb]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   cwd="/")
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--platform", default="offscreen")
    options = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=options.platform)
    commands = {
        "bare PySide6 window": [sys.executable, str(HERE / "bare_window.py")],
        "backcoach first frame": [sys.executable, str(HERE / "first_frame.py")],
        "backcoach ready (smoke)": [str(Path(sys.executable).with_name("backcoach")), "--smoke-test"],
    }
    for command in commands.values():
        timed(command, env)  # warm the disk cache
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(options.runs):
        for name, command in commands.items():
            times[name].append(timed(command, env))
    bare = times["bare PySide6 window"]
    print(f"platform {options.platform}, {options.runs} alternating runs of each (whole processes, wall time)")
    for name, values in times.items():
        ratios = [a / b for a, b in zip(values, bare, strict=True)]
        print(f"{name:24} median {statistics.median(values) * 1000:5.0f} ms   ratio to bare: median "
              f"{statistics.median(ratios):.2f} (min {min(ratios):.2f}, max {max(ratios):.2f})")


if __name__ == "__main__":
    main()
