"""Start-up time against a bare PySide6 window: BackCoach's first shown frame, its usable library, and
`backcoach --smoke-test`.

"First frame" is timed from process start to the end of the window's first paint, for the bare window and
for BackCoach started as the `backcoach` command starts it (see first_paint.py); "usable library" to the end
of the first paint that lists the routines (library_ready.py); the smoke test is the whole process, until
it has exited (the session screen built too). Each runs as a whole process, alternately, in the same
conditions (offscreen Qt by default); the figure that matters is the ratio to the bare window measured in
the same round, since absolute times depend on the machine.

Python's bytecode cache is used as a user's machine uses it (written by the warm-up run): a shell that sets
PYTHONDONTWRITEBYTECODE makes every start compile every module, which no installed app does. Pass
--no-bytecode-cache to time that instead (the warm-up then writes nothing, and no cache is read). The
user's cache folder (the cache of parsed routines, and the snapshot of the routine list that an unchanged start
lists before reading the routines: gui/library_snapshot.py) is warmed the same way (a private one, in a
temporary folder, one for each checkout compared), and the user's folder (routines, history, log) is a private
empty one.

With ``--compare-with DIR`` (another checkout of BackCoach, for example ``git worktree add /tmp/old main``)
its code is timed in the same rounds, from the same benchmark scripts, so before and after are ratios of
one run.

    .venv/bin/python benchmarks/startup.py [--runs 9] [--platform offscreen|xcb] [--no-bytecode-cache]
                                           [--compare-with DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one whole process: on a machine shared with other work, the
    CPU time is the steadier of the two (waiting for a core is not counted)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd="/")
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise subprocess.CalledProcessError(process.returncode, command)
    return wall, usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--platform", default="offscreen")
    parser.add_argument("--no-bytecode-cache", action="store_true", help="compile every module at every start")
    parser.add_argument("--compare-with", metavar="DIR", help="another checkout whose code is timed too")
    options = parser.parse_args()
    private = tempfile.mkdtemp(prefix="backcoach-startup-")
    env = dict(os.environ, QT_QPA_PLATFORM=options.platform, BACKCOACH_CACHE_DIR=str(Path(private) / "cache"),
               BACKCOACH_SETTINGS=str(Path(private) / "settings.ini"), BACKCOACH_USER_DIR=str(Path(private) / "user"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if options.no_bytecode_cache:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env["PYTHONPYCACHEPREFIX"] = str(Path(private) / "no-such-pycache")  # nothing cached is found either
    backcoach = {
        "first frame": [sys.executable, str(HERE / "first_frame.py")],
        "usable library": [sys.executable, str(HERE / "library_ready.py")],
        "--smoke-test": [sys.executable, "-m", "backcoach", "--smoke-test"],
    }
    commands = {"bare PySide6 window": ([sys.executable, str(HERE / "bare_window.py")], env)}
    if options.compare_with:
        # its own cache of parsed routines: one cache shared by two versions of the code is rebuilt at every start
        other = dict(env, PYTHONPATH=str(Path(options.compare_with).resolve()),
                     BACKCOACH_CACHE_DIR=str(Path(private) / "cache-compared"))
        commands.update({f"compared {name}": (command, other) for name, command in backcoach.items()})
    commands.update({f"backcoach {name}": (command, env) for name, command in backcoach.items()})
    for command, command_env in commands.values():
        timed(command, command_env)  # warm the disk cache, write the bytecode and the routine caches
    times: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(options.runs):
        for name, (command, command_env) in commands.items():
            wall, used = timed(command, command_env)
            times[name].append(wall)
            cpu[name].append(used)
    cache = "no bytecode cache" if options.no_bytecode_cache else "bytecode cached"
    for title, figures in (("wall time", times), ("CPU time, user + system", cpu)):
        print(f"platform {options.platform}, {cache}, {options.runs} alternating runs of each "
              f"(whole processes, {title})")
        bare = figures["bare PySide6 window"]
        for name, values in figures.items():
            ratios = [a / b for a, b in zip(values, bare, strict=True)]
            print(f"{name:26} median {statistics.median(values) * 1000:5.0f} ms   ratio to bare: median "
                  f"{statistics.median(ratios):.2f} (min {min(ratios):.2f}, max {max(ratios):.2f})")


if __name__ == "__main__":
    main()
