#!/usr/bin/env bash
# Set everything up (scripts/setup.sh), then run the whole suite from the repository root: ruff, mypy
# (configured in pyproject.toml), and pytest, on the oldest and the newest Python BackCoach claims (3.11 and
# 3.13), each in its own locked environment (.venv and .venv-3.13).
#
# The set-up starts from an EMPTY package cache every time (a new UV_CACHE_DIR, PIP_NO_CACHE_DIR=1), so a
# green run here means a fresh machine gets the same result: once an environment matches uv.lock, nothing
# is downloaded again, so this costs time only when something changed.
#
# The packaging tests build the wheel the way `pip install .` does, in isolation, so they fetch the pinned
# build tools (hatchling) from PyPI like the set-up does: the suite needs the network the set-up needs.
#
# Arguments go to pytest. PYTHON=/path/to/python runs on that interpreter only. Every stage runs; the exit
# code is non-zero if any of them failed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

UV_CACHE_DIR="$(mktemp -d -t backcoach-uv-cache.XXXXXX)"
export UV_CACHE_DIR PIP_NO_CACHE_DIR=1
trap 'rm -rf "$UV_CACHE_DIR"' EXIT

# find_python VERSION: an interpreter of that version on PATH or under pyenv, or nothing.
find_python() {
    local version="$1" candidate
    for candidate in "python$version" "${PYENV_ROOT:-$HOME/.pyenv}"/versions/"$version"*/bin/"python$version"; do
        if "$candidate" -c "import sys; sys.exit(sys.version_info[:2] != tuple(map(int, '$version'.split('.'))))" \
            >/dev/null 2>&1; then
            command -v "$candidate"
            return
        fi
    done
}

declare -a RUNS=()  # "PYTHON VENV" pairs
if [[ -n "${PYTHON:-}" ]]; then
    RUNS+=("$PYTHON $ROOT/.venv")
else
    oldest="$(find_python 3.11)"
    [[ -n "$oldest" ]] || oldest=python3
    RUNS+=("$oldest $ROOT/.venv")
    newest="$(find_python 3.13)"
    if [[ -n "$newest" ]]; then
        RUNS+=("$newest $ROOT/.venv-3.13")
    else
        echo "test: Python 3.13 is not installed here, so the suite runs on 3.11 only (CI runs both)"
    fi
fi

declare -a RESULTS=()
failed=0

stage() {  # stage NAME COMMAND...: run it, record "NAME ok" or "NAME FAILED"
    local name="$1" rc=0
    shift
    echo "== $name"
    "$@" || rc=$?
    if [[ "$name" == pytest* && "$rc" == 5 ]]; then
        echo "test: pytest collected no tests, which counts as a failure"
    fi
    if ((rc == 0)); then
        RESULTS+=("$name ok")
    else
        RESULTS+=("$name FAILED (exit $rc)")
        failed=1
    fi
}

LINT_DIRS=()
for d in backcoach tests benchmarks scripts; do
    [[ -d "$d" ]] && LINT_DIRS+=("$d")
done

first=1
for run in "${RUNS[@]}"; do
    read -r python venv <<<"$run"
    start=$SECONDS
    PYTHON="$python" BACKCOACH_VENV="$venv" bash scripts/setup.sh
    echo "test: set up $(basename "$venv") in $((SECONDS - start)) s from an empty package cache"
    BIN="$venv/bin"
    version="$("$BIN/python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
    if ((first)); then
        stage ruff "$BIN/ruff" check "${LINT_DIRS[@]}"
        stage mypy "$BIN/mypy"
        first=0
    fi
    # The audio tests play and record real sound through a private PulseAudio null sink
    # (scripts/private_pulse.py).
    stage "pytest (Python $version)" "$BIN/python" scripts/private_pulse.py -- "$BIN/python" -m pytest "$@"
done

summary="$(printf '%s, ' "${RESULTS[@]}")"
echo "test: ${summary%, }"
exit "$failed"
