"""Start-up time: `backcoach --smoke-test` (window shown, library loaded) against a bare PySide6 window.

Both run as whole processes, alternately, in the same conditions (offscreen Qt by default); the figure
that matters is the ratio of medians measured in one run, since absolute times depend on the machine.

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
    app = [str(Path(sys.executable).with_name("backcoach")), "--smoke-test"]
    bare = [sys.executable, str(HERE / "bare_window.py")]
    timed(app, env), timed(bare, env)  # warm the disk cache
    app_times: list[float] = []
    bare_times: list[float] = []
    for _ in range(options.runs):
        app_times.append(timed(app, env))
        bare_times.append(timed(bare, env))
    ratios = [a / b for a, b in zip(app_times, bare_times, strict=True)]
    print(f"platform {options.platform}, {options.runs} alternating runs of each")
    print(f"bare PySide6 window:       median {statistics.median(bare_times) * 1000:.0f} ms")
    print(f"backcoach --smoke-test:    median {statistics.median(app_times) * 1000:.0f} ms")
    print(f"ratio backcoach / bare:    median {statistics.median(ratios):.2f} "
          f"(min {min(ratios):.2f}, max {max(ratios):.2f})")


if __name__ == "__main__":
    main()
