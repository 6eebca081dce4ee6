#!/usr/bin/env bash
# Set everything up (scripts/setup.sh), then start BackCoach from .venv with the given arguments.
# With no display (neither DISPLAY nor WAYLAND_DISPLAY), the window opens on a virtual screen under
# xvfb-run, unless the command is one that needs no display (a CLI subcommand, --help, --version).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh"

APP="$ROOT/.venv/bin/backcoach"

case "${1:-}" in
    validate | list | timeline | script | doctor | --help | -h | --version | -V)
        exec "$APP" "$@" ;;
esac

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    if ! command -v xvfb-run >/dev/null 2>&1; then
        echo "run: no display (DISPLAY and WAYLAND_DISPLAY unset) and no xvfb-run: install xvfb, or run with a display" >&2
        exit 1
    fi
    echo "run: no display (DISPLAY and WAYLAND_DISPLAY unset): running under xvfb-run on a virtual 1280x800 screen"
    unset DISPLAY WAYLAND_DISPLAY  # empty values would make Qt try (and warn about) those platforms
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$APP" "$@"
fi
exec "$APP" "$@"
