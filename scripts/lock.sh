#!/usr/bin/env bash
# Refresh the lock files after changing dependencies in pyproject.toml (or to take newer releases):
#   bash scripts/lock.sh            # re-resolve uv.lock, keeping versions that still fit
#   bash scripts/lock.sh --upgrade  # take the newest releases the ranges in pyproject.toml allow
# Then run the whole suite on the oldest and newest Python (bash scripts/test.sh does both) and commit
# pyproject.toml and uv.lock together.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash scripts/setup.sh --uv-only >/dev/null  # the pinned uv in .tools
.tools/bin/uv lock "$@"
