#!/usr/bin/env bash
# Set up everything BackCoach needs, idempotently:
#   1. system packages (Debian/Ubuntu as root: installed with apt; elsewhere: listed),
#   2. .venv/ with Python >= 3.11 and BackCoach installed into it NON-editable with the test and lint
#      extras (routines/ and assets/ are packaged inside the wheel, so an editable install would not
#      find them). The project itself is reinstalled on every run, so the venv matches the source tree.
# Environment: PYTHON=/path/to/python3.x picks the interpreter (default: python3).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VENV="$ROOT/.venv"
PYTHON="${PYTHON:-python3}"

say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

# --- 1. System packages --------------------------------------------------------------------------------
# Each group says why it is there. The xcb list is what `ldd` shows PySide6's xcb platform plugin
# (libqxcb.so, libQt6XcbQpa, libQt6Gui) linking against, by package; any one missing and Qt refuses the
# xcb platform. libxcb-xinerama0 and libxcb-xinput0 are NOT needed by Qt 6 and are left out.
APT_PACKAGES=(
    # build simpleaudio (an sdist on Linux) on Python < 3.12
    gcc libc6-dev python3-dev python3-venv libasound2-dev
    # speech through pyttsx3
    libespeak-ng1 espeak-ng alsa-utils
    # sound server used by the audio layer and Qt Multimedia (libQt6Multimedia links libpulse)
    pulseaudio pulseaudio-utils libasound2-plugins libpulse0
    # virtual display for the GUI on a headless machine
    xvfb xauth
    # Qt 6 xcb platform plugin
    libxcb1 libx11-6 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
    libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1
    libxcb-xfixes0 libxcb-xkb1 libxkbcommon0 libxkbcommon-x11-0
    # Qt Gui itself: OpenGL/EGL, fonts, D-Bus, GLib, and one font so text is drawn at all
    libegl1 libgl1 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 fonts-dejavu-core
    # validate the launcher entry and AppStream metadata in packaging/ (tests/test_packaging.py)
    desktop-file-utils appstream
)

missing_packages() {
    local p status
    for p in "${APT_PACKAGES[@]}"; do
        status="$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)"
        [[ "$status" == "installed" ]] || printf '%s\n' "$p"
    done
}

if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
    mapfile -t MISSING < <(missing_packages)
    if ((${#MISSING[@]} == 0)); then
        say "system packages: all ${#APT_PACKAGES[@]} present"
    elif [[ "$(id -u)" == "0" ]]; then
        say "system packages: installing ${MISSING[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt_log="$(mktemp)"
        if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${MISSING[@]}"; } \
            >"$apt_log" 2>&1; then
            cat "$apt_log" >&2
            rm -f "$apt_log"
            die "apt-get failed (output above)"
        fi
        rm -f "$apt_log"
    else
        say "not root, so not installing system packages. Missing (Debian/Ubuntu names):"
        say "  sudo apt-get install --no-install-recommends ${MISSING[*]}"
        say "continuing: the app may lack speech, sound or a window until they are installed"
    fi
else
    say "not Debian/Ubuntu: system packages are not installed by this script."
    say "  Fedora/Arch: pip alone works; speech needs espeak-ng (dnf/pacman install espeak-ng)," \
        "simpleaudio needs the ALSA headers (alsa-lib-devel / alsa-lib); headless runs need Xvfb."
    say "  macOS/Windows: pip alone works (speech uses the system voices)."
fi

# --- 2. Virtual environment ----------------------------------------------------------------------------
command -v "$PYTHON" >/dev/null 2>&1 || die "'$PYTHON' not found: BackCoach needs Python >= 3.11 (set PYTHON=...)"
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || die "BackCoach needs Python >= 3.11, but $PYTHON is $("$PYTHON" -c 'import sys; print(sys.version.split()[0])') (set PYTHON=/path/to/python3.11+)"

export PIP_DISABLE_PIP_VERSION_CHECK=1
# pip only prints warnings under --quiet; drop one harmless kind that a machine-wide pip config can cause
# (an extra index folder that does not exist), keep everything else.
pip_quiet() {
    "$VENV/bin/python" -m pip --quiet "$@" 2>&1 | { grep -v "is ignored: it is neither a file nor a directory" || true; }
}

if [[ -x "$VENV/bin/python" ]] && "$VENV/bin/python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    say "venv: reusing .venv ($("$VENV/bin/python" -c 'import sys; print(sys.version.split()[0])'))"
else
    [[ -e "$VENV" ]] && { say "venv: .venv is broken or too old, recreating it"; rm -rf "$VENV"; }
    "$PYTHON" -m venv "$VENV" || die "could not create .venv (on Debian/Ubuntu: apt-get install python3-venv)"
    pip_quiet install --upgrade pip
    say "venv: created .venv with $("$VENV/bin/python" -c 'import sys; print(sys.version.split()[0])'), pip upgraded"
fi

# --- 3. BackCoach, non-editable ------------------------------------------------------------------------
# The build backend is installed into the venv and the project is built with --no-build-isolation: that
# saves building a fresh isolated environment (about 2 s) on every run.
mapfile -t BUILD_MISSING < <("$VENV/bin/python" - <<'PY'
import tomllib
from importlib.metadata import PackageNotFoundError, version

with open("pyproject.toml", "rb") as f:
    requires = tomllib.load(f)["build-system"]["requires"]
try:
    from packaging.requirements import Requirement
except ImportError:  # a new venv: install them all
    print("\n".join(requires))
    raise SystemExit
for text in requires:
    req = Requirement(text)
    try:
        if req.specifier.contains(version(req.name), prereleases=True):
            continue
    except PackageNotFoundError:
        pass
    print(text)
PY
)
start=$SECONDS
((${#BUILD_MISSING[@]} == 0)) || pip_quiet install "${BUILD_MISSING[@]}"
# Dependencies and extras (a no-op when they are already satisfied) ...
pip_quiet install --no-build-isolation ".[test,lint]"
# ... then the project itself, always, so a changed tree is never hidden behind an unchanged version.
pip_quiet install --no-build-isolation --force-reinstall --no-deps .
# PySide6 6.11 ships its .pyi stubs without the PEP 561 py.typed marker (6.12 has it, but 6.12.0 is excluded
# in pyproject.toml for a refcount bug), so mypy would not read them; mark them typed inside our own venv.
PYSIDE_DIR="$("$VENV/bin/python" -c 'import PySide6; print(list(PySide6.__path__)[0])')"
[[ -f "$PYSIDE_DIR/py.typed" ]] || : >"$PYSIDE_DIR/py.typed"
say "installed backcoach $("$VENV/bin/python" -c 'import importlib.metadata as m; print(m.version("backcoach"))') into .venv (non-editable, extras test+lint) in $((SECONDS - start)) s"
