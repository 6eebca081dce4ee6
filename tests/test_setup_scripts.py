"""The set-up plumbing: CI runs exactly scripts/test.sh, and the README opens with the two commands."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _commands(path: Path) -> list[str]:
    """The lines of a shell script that do something (no blank lines, no comments, no shebang)."""
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def test_ci_runs_exactly_the_test_script() -> None:
    ci = ROOT / ".ci" / "run"
    assert ci.read_text(encoding="utf-8").startswith("#!/usr/bin/env bash\n")
    assert os.access(ci, os.X_OK), ".ci/run must be executable"
    commands = _commands(ci)
    assert commands[0] == "set -euo pipefail"
    assert commands[-1] == "bash scripts/test.sh"
    # Nothing else runs: only the cd to the repository root stands between.
    assert [c for c in commands[1:-1] if not c.startswith("cd ")] == []


def test_readme_opens_with_the_two_commands() -> None:
    head = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()[:10]
    assert head[0] == "# BackCoach"
    starts = [line.split("#")[0].strip() for line in head]
    assert "bash scripts/run.sh" in starts
    assert "bash scripts/test.sh" in starts


@pytest.mark.parametrize("script", ["setup.sh", "run.sh", "test.sh"])
def test_scripts_are_valid_bash(script: str) -> None:
    bash = shutil.which("bash")
    assert bash is not None
    result = subprocess.run([bash, "-n", str(ROOT / "scripts" / script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_user_dir_fixture_points_the_app_at_a_private_folder(user_dir: Path) -> None:
    assert user_dir.is_dir()
    assert os.environ["BACKCOACH_USER_DIR"] == str(user_dir)
