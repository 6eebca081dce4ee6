"""`backcoach validate` and `list` on paths that are not routine files: one located line each, no hang, no
traceback (issue 12, items 1, 4 and 8). Run as the user runs them, in a process of their own, so a
regression that hangs or runs out of memory fails the test instead of stopping the suite."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

GOOD = "backcoach: 1\ntitle: Mine\nblocks:\n  - title: B\n    exercises:\n      - {name: Plank, hold: 30s}\n"
DIGITS = "backcoach: 1\ntitle: T\nblocks:\n  - title: B\n    exercises:\n      - name: X\n        hold: 30s\n" \
         "        sets: " + "1" * 5_000 + "\n"


def bounded_memory() -> None:
    """A regression that reads /dev/zero or a 2 GiB file fails at 1 GiB instead of taking the machine's memory."""
    resource.setrlimit(resource.RLIMIT_AS, (1024**3, 1024**3))


def backcoach(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    executable = Path(sys.executable).with_name("backcoach")
    return subprocess.run([str(executable), *args], capture_output=True, text=True, cwd=cwd, timeout=60,
                          env={**os.environ, **(env or {})}, preexec_fn=bounded_memory)


def test_validate_names_what_each_path_is_in_one_located_line(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.yaml")
    (tmp_path / "zero.yaml").symlink_to("/dev/zero")
    (tmp_path / "loop.yaml").symlink_to("loop.yaml")
    (tmp_path / "gone.yaml").symlink_to("nowhere.yaml")
    with (tmp_path / "huge.yaml").open("wb") as handle:
        handle.truncate(2 * 1024**3)
    (tmp_path / "digits.yaml").write_text(DIGITS)
    names = ["pipe.yaml", "zero.yaml", "loop.yaml", "gone.yaml", "huge.yaml", "digits.yaml"]
    result = backcoach("validate", *names, cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout.splitlines() == [
        "pipe.yaml:1:1: this is a named pipe (FIFO), not a file: BackCoach reads only regular files",
        "zero.yaml:1:1: a link to /dev/zero, which is a device: BackCoach reads only regular files",
        "loop.yaml:1:1: a link that points to itself (a loop of symbolic links); point it at a routine file",
        "gone.yaml:1:1: a link to nowhere.yaml, which does not exist",
        "huge.yaml:1:1: the file is too large (2.0 GiB); a routine is at most 1 MiB",
        "digits.yaml:8:15: 'sets': a number this long (5,000 digits) is not a count; "
        "write a whole number from 1 to 100",
    ]


def test_timeline_and_script_say_what_a_link_is(tmp_path: Path) -> None:
    """A loop of links was read as "no such routine" by timeline and script, then as a traceback."""
    (tmp_path / "loop.yaml").symlink_to("loop.yaml")
    (tmp_path / "gone.yaml").symlink_to("nowhere.yaml")
    for command in ("timeline", "script"):
        for name, expected in (("loop.yaml", "loop.yaml:1:1: a link that points to itself"),
                               ("gone.yaml", "gone.yaml:1:1: a link to nowhere.yaml, which does not exist")):
            result = backcoach(command, name, cwd=tmp_path)
            assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
            assert result.stderr.splitlines()[-1].startswith(expected), (command, result.stderr)


def test_list_shows_a_broken_user_file_and_every_other_routine(tmp_path: Path) -> None:
    routines = tmp_path / "user" / "routines"
    routines.mkdir(parents=True)
    (routines / "digits.yaml").write_text(DIGITS)
    (routines / "mine.yaml").write_text(GOOD)
    (routines / "loop.yaml").symlink_to("loop.yaml")
    result = backcoach("list", "--json", cwd=tmp_path, env={"BACKCOACH_USER_DIR": str(tmp_path / "user")})
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    listed = json.loads(result.stdout)["routines"]
    bundled = [r for r in listed if r["bundled"]]
    assert bundled and all(r["status"] == "ok" for r in bundled)
    mine = {Path(r["path"]).name: r for r in listed if not r["bundled"]}
    assert mine["mine.yaml"]["status"] == "ok"
    assert mine["digits.yaml"]["status"] == mine["loop.yaml"]["status"] == "broken"
    assert "a number this long (5,000 digits) is not a count" in mine["digits.yaml"]["error"]
    assert "a link that points to itself" in mine["loop.yaml"]["error"]


def test_the_app_starts_and_exits_with_a_hostile_user_folder(tmp_path: Path) -> None:
    """Issue 12: one such file left the library empty, the window on "Starting…" and --smoke-test running."""
    routines = tmp_path / "user" / "routines"
    routines.mkdir(parents=True)
    (routines / "digits.yaml").write_text(DIGITS)
    os.mkfifo(routines / "pipe.yaml")
    (routines / "loop.yaml").symlink_to("loop.yaml")
    result = backcoach("--smoke-test", cwd=tmp_path,
                       env={"BACKCOACH_USER_DIR": str(tmp_path / "user"), "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
