#!/usr/bin/env bash
# Set everything up (scripts/setup.sh), then run the whole suite from the repository root:
# ruff, mypy (configured in pyproject.toml), and pytest against the INSTALLED package.
# Arguments go to pytest. Every stage runs; the exit code is non-zero if any of them failed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash scripts/setup.sh

BIN="$ROOT/.venv/bin"

declare -a RESULTS=()
failed=0

stage() {  # stage NAME COMMAND...: run it, record "NAME ok" or "NAME FAILED"
    local name="$1" rc=0
    shift
    echo "== $name"
    "$@" || rc=$?
    if [[ "$name" == pytest && "$rc" == 5 ]]; then
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

stage ruff "$BIN/ruff" check "${LINT_DIRS[@]}"
stage mypy "$BIN/mypy"
# Not `python -m pytest`: that would put the source tree first on sys.path and test it instead of the
# installed package (which is the only one that has the bundled routines and assets). The audio tests
# play and record real sound through a private PulseAudio null sink (scripts/private_pulse.py).
stage pytest "$BIN/python" scripts/private_pulse.py -- "$BIN/pytest" "$@"

summary="$(printf '%s, ' "${RESULTS[@]}")"
echo "test: ${summary%, }"
exit "$failed"
