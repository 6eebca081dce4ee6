#!/usr/bin/env bash
# Set up everything BackCoach needs, idempotently, the same way on every machine:
#   1. system packages (Debian/Ubuntu as root: installed with apt; elsewhere: listed),
#   2. uv, pinned with hashes (scripts/uv-requirements.txt), in .tools/,
#   3. the virtual environment with exactly the packages of uv.lock (`uv sync --locked`: every extra, the
#      test, lint and bundle tools included) and BackCoach itself installed editable, so the source tree is
#      what runs; it finds routines/ and assets/ in the checkout (backcoach/resources.py).
# Nothing depends on a cache: what is not in the lock is not installed, and what builds from source
# (simpleaudio, BackCoach itself) builds in isolation with the versions pinned in pyproject.toml
# ([tool.uv] build-constraint-dependencies).
# Environment: PYTHON=/path/to/python3.x picks the interpreter (default: python3); BACKCOACH_VENV the
# environment's folder (default: .venv).
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
    # build simpleaudio (an sdist on Linux) on Python < 3.12; python3-venv for the bootstrap of uv
    gcc libc6-dev python3-dev python3-venv libasound2-dev
    # PortAudio for sounddevice (its Linux wheel uses the system library)
    libportaudio2
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

# --- 2. uv, pinned -------------------------------------------------------------------------------------
command -v "$PYTHON" >/dev/null 2>&1 || die "'$PYTHON' not found: BackCoach needs Python >= 3.11 (set PYTHON=...)"
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
    || die "BackCoach needs Python >= 3.11, but $PYTHON is $("$PYTHON" -c 'import sys; print(sys.version.split()[0])' 2>&1) (set PYTHON=/path/to/python3.11+)"
# The real interpreter behind a shim (pyenv) or a bare name, so uv is given one fixed Python.
PYTHON_EXE="$("$PYTHON" -c 'import sys; print(sys.executable)')"

export PIP_DISABLE_PIP_VERSION_CHECK=1
TOOLS="$ROOT/.tools"
UV="$TOOLS/bin/uv"
UV_VERSION="$(sed -n 's/^uv==\([0-9.]*\).*/\1/p' scripts/uv-requirements.txt)"
if [[ ! -x "$UV" ]] || [[ "$("$UV" --version 2>/dev/null)" != "uv $UV_VERSION"* ]]; then
    rm -rf "$TOOLS"
    "$PYTHON_EXE" -m venv "$TOOLS" || die "could not create .tools (on Debian/Ubuntu: apt-get install python3-venv)"
    # pip only prints warnings under --quiet; drop one harmless kind a machine-wide pip config can cause.
    "$TOOLS/bin/python" -m pip install --quiet --require-hashes -r scripts/uv-requirements.txt 2>&1 \
        | { grep -v "is ignored: it is neither a file nor a directory" || true; }
    [[ -x "$UV" ]] || die "could not install uv $UV_VERSION into .tools (see above)"
    say "uv $UV_VERSION installed into .tools"
fi

[[ "${1:-}" == "--uv-only" ]] && exit 0   # scripts/lock.sh needs uv, not an environment

# --- 3. The locked environment ---------------------------------------------------------------------------
export UV_PROJECT_ENVIRONMENT="${BACKCOACH_VENV:-$ROOT/.venv}"
export UV_PYTHON_DOWNLOADS=never   # use the Python given, never fetch one
VENV="$UV_PROJECT_ENVIRONMENT"
if [[ -x "$VENV/bin/python" ]] \
    && [[ "$("$VENV/bin/python" -c 'import sys; print(sys.version.split()[0])' 2>/dev/null)" \
          != "$("$PYTHON_EXE" -c 'import sys; print(sys.version.split()[0])')" ]]; then
    say "venv: ${VENV#"$ROOT"/} has another Python than $PYTHON_EXE, recreating it"
    rm -rf "$VENV"
fi
start=$SECONDS
# --locked: install exactly uv.lock, and fail rather than resolve anew if pyproject.toml no longer matches
# it (then run scripts/lock.sh). --all-extras: the test, lint and bundle tools are in the lock too.
if ! "$UV" sync --locked --all-extras --python "$PYTHON_EXE" --quiet; then
    die "uv sync failed (output above). If pyproject.toml changed, refresh the lock: bash scripts/lock.sh"
fi
# PySide6 6.11 ships its .pyi stubs without the PEP 561 py.typed marker (6.12 has it, but 6.12.0 is excluded
# in pyproject.toml for a refcount bug), so mypy would not read them; mark them typed inside our own venv.
PYSIDE_DIR="$("$VENV/bin/python" -c 'import PySide6; print(list(PySide6.__path__)[0])')"
[[ -f "$PYSIDE_DIR/py.typed" ]] || : >"$PYSIDE_DIR/py.typed"
say "${VENV#"$ROOT"/}: Python $("$VENV/bin/python" -c 'import sys; print(sys.version.split()[0])'), the packages of uv.lock and backcoach $("$VENV/bin/python" -c 'import importlib.metadata as m; print(m.version("backcoach"))') (editable) in $((SECONDS - start)) s"
