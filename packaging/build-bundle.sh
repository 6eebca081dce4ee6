#!/usr/bin/env bash
# Build the one-folder app dist/BackCoach/ with PyInstaller (packaging/backcoach.spec), check it, and print
# how long the build took and how big the bundle is.
#
#   bash packaging/build-bundle.sh
#
# 1. A build venv (build/bundle-venv) with exactly the packages of uv.lock (PyInstaller included) and
#    BackCoach installed into it non-editable, so the bundle holds what a user gets.
# 2. PyInstaller, run from the work folder (not the repository root, where `import backcoach` would find the
#    source folder, which lacks the routines and assets).
# 3. Checks on the built program: --version, --smoke-test offscreen and (with xvfb-run) on X11, `validate` on
#    the bundle's own routines folder, `list` (the bundled routines are found through importlib.resources),
#    the helper processes started the way the app starts them (-c for doctor's Qt probe, -m for the speech
#    worker; see packaging/bundle_entry.py), and, when a sound server answers, a beep.
# 4. dist/BackCoach-linux-x86_64.tar.gz, and the figures.
# Needs what scripts/setup.sh installs on Debian/Ubuntu (Python >= 3.11; gcc and libasound2-dev to build
# simpleaudio on Python 3.11; binutils' strip; xvfb for the X11 check).
#
# Environment: PYTHON=/path/to/python3.x for a new venv; BUNDLE_VENV (build venv, default build/bundle-venv;
# BUNDLE_VENV=.venv reuses the development venv), BUNDLE_WORK (default build/pyinstaller) and BUNDLE_DIST
# (default dist) move the folders, as the test suite does; BUNDLE_ARCHIVE=0 skips the archive.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"
absolute() { [[ "$1" == /* ]] && printf '%s' "$1" || printf '%s/%s' "$ROOT" "$1"; }
VENV="$(absolute "${BUNDLE_VENV:-build/bundle-venv}")"
WORK="$(absolute "${BUNDLE_WORK:-build/pyinstaller}")"
DIST="$(absolute "${BUNDLE_DIST:-dist}")"
APP="$DIST/BackCoach"

say() { printf 'bundle: %s\n' "$*"; }
die() { printf 'bundle: error: %s\n' "$*" >&2; exit 1; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

total_start="$(now)"

# --- 1. Build venv -------------------------------------------------------------------------------------
step_start="$(now)"
# Several builds at once (people sharing a checkout, the test suite) take turns setting the venv up.
mkdir -p "$(dirname "$VENV")"
exec 9>"$VENV.lock"
flock 9
bash scripts/setup.sh --uv-only >/dev/null   # the pinned uv in .tools
command -v "$PYTHON" >/dev/null 2>&1 || die "'$PYTHON' not found: the bundle needs Python >= 3.11 (set PYTHON=...)"
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || die "$PYTHON is older than Python 3.11"
# Exactly the packages of uv.lock (PyInstaller from the bundle extra), and BackCoach built as a wheel and
# installed non-editable, so the bundle holds what a user gets (rebuilt every time: its version number does
# not change with the code, so uv would keep the one built before).
UV_PROJECT_ENVIRONMENT="$VENV" UV_PYTHON_DOWNLOADS=never .tools/bin/uv sync --locked --quiet --extra bundle \
    --no-editable --reinstall-package backcoach --python "$("$PYTHON" -c 'import sys; print(sys.executable)')" \
    || die "uv sync of the build venv failed (output above)"
say "venv: PyInstaller $("$VENV/bin/python" -c 'import PyInstaller; print(PyInstaller.__version__)'), backcoach $("$VENV/bin/python" -c 'import backcoach; print(backcoach.__version__)') ($(since "$step_start") s)"
flock -u 9

# --- 2. PyInstaller --------------------------------------------------------------------------------------
step_start="$(now)"
# A fresh build every time, without --clean: that would empty PyInstaller's cache in the home folder, which
# other builds running at the same time may be reading.
rm -rf "$APP" "$WORK/backcoach"
mkdir -p "$WORK"
log="$WORK/pyinstaller.log"
if ! (cd "$WORK" && "$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
        --distpath "$DIST" --workpath "$WORK" "$ROOT/packaging/backcoach.spec") >"$log" 2>&1; then
    cat "$log" >&2
    die "PyInstaller failed (output above, also in ${log#"$ROOT"/})"
fi
build_seconds="$(since "$step_start")"
say "pyinstaller: built ${APP#"$ROOT"/} in $build_seconds s (warnings in ${log#"$ROOT"/})"

# --- 3. Check the built program ----------------------------------------------------------------------
BIN="$APP/backcoach"
ROUTINES="$APP/_internal/backcoach/routines"
[[ -x "$BIN" ]] || die "$BIN was not built"
for folder in routines programmes assets/sounds assets/icons schemas docs; do
    [[ -d "$APP/_internal/backcoach/$folder" ]] || die "the bundle has no backcoach/$folder"
done
dangling="$(find "$APP" -xtype l)"
[[ -z "$dangling" ]] || die "links to libraries that are not in the bundle: $dangling"
check() {  # check WHAT COMMAND...: run it with a time limit, show its output on failure
    local what="$1" out rc=0
    shift
    out="$(timeout 120 "$@" 2>&1)" || rc=$?
    if ((rc != 0)); then
        printf '%s\n' "$out" >&2
        die "$what failed (exit $rc): $*"
    fi
    say "check: $what ok${out:+ ($(printf '%s' "$out" | tail -n 1))}"
}
# No user routines from this machine in the checks.
export BACKCOACH_USER_DIR="$WORK/user-dir"
rm -rf "$BACKCOACH_USER_DIR" && mkdir -p "$BACKCOACH_USER_DIR"
check "--version" "$BIN" --version
check "--smoke-test (offscreen)" env QT_QPA_PLATFORM=offscreen "$BIN" --smoke-test
if command -v xvfb-run >/dev/null 2>&1; then  # the X11 platform plugin and the libraries it loads
    check "--smoke-test (X11, under xvfb-run)" env -u WAYLAND_DISPLAY QT_QPA_PLATFORM=xcb \
        xvfb-run --auto-servernum "$BIN" --smoke-test
else
    say "check: xvfb-run is not installed, so the X11 platform plugin was not tried"
fi
check "validate on the bundled routines" "$BIN" validate "$ROUTINES"
check "list (routines found through importlib.resources)" "$BIN" list
check "history (the session history, SQLite)" "$BIN" history
check "programme list (the bundled programmes)" "$BIN" programme list
check "programme calendar (icalendar)" "$BIN" programme calendar "7-Day Preventive Back Plan" --output "$WORK/plan.ics"
# The history screen draws with Qt Charts, imported only when it opens (so not by --smoke-test).
check "the history screen (Qt Charts)" env QT_QPA_PLATFORM=offscreen "$BIN" -c '
from datetime import date
from PySide6.QtWidgets import QApplication
from backcoach.core.history_stats import overview
from backcoach.gui.history_view import HistoryView
app = QApplication([])
view = HistoryView()
view.show_history(overview([], date.today()), [])
view.grab()
print("history view drawn")'
# `backcoach doctor` probes Qt in a child process started as `sys.executable -c CODE`.
check "-c (as doctor's Qt probe runs)" env QT_QPA_PLATFORM=offscreen "$BIN" -c \
    'import sys; from PySide6.QtGui import QGuiApplication; print(QGuiApplication(sys.argv[:1]).platformName())'
# Sound plays through the PortAudio stream (sounddevice, with the libportaudio the bundle carries), with Qt
# Multimedia's QSoundEffect as a fallback, which the bundle keeps without a media backend (see the spec).
# With a sound server to play into, check that a beep really plays through each.
if command -v pactl >/dev/null 2>&1 && pactl info >/dev/null 2>&1; then
    check "a beep through the PortAudio stream" env QT_QPA_PLATFORM=offscreen "$BIN" -c '
import sys, threading
import sounddevice
if not sounddevice._libname.startswith(sys._MEIPASS):
    sys.exit(f"PortAudio comes from the system ({sounddevice._libname}), not from the bundle")
from backcoach.audio.players import StreamPlayer
from backcoach.audio.tones import load_tones
from backcoach.core.cue_types import Tone
player = StreamPlayer()
done = threading.Event()
player.play(load_tones()[Tone.TICK], done.set)
if not done.wait(5):
    sys.exit("the beep did not play")
player.close()
print("played tick.wav")
'
    check "a beep through QSoundEffect" env QT_QPA_PLATFORM=offscreen "$BIN" -c '
import sys
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtMultimedia import QSoundEffect
app = QGuiApplication(sys.argv[:1])
effect = QSoundEffect()
played = []
effect.playingChanged.connect(lambda: played.append(effect.isPlaying()))
effect.statusChanged.connect(lambda: effect.status() == QSoundEffect.Status.Ready and effect.play())
effect.setSource(QUrl.fromLocalFile(sys.argv[1]))
QTimer.singleShot(3000, app.quit)
app.exec()
if True not in played:
    sys.exit(f"the beep did not play (status {effect.status().name})")
print("played", sys.argv[1].rsplit("/", 1)[-1])
' "$APP/_internal/backcoach/assets/sounds/tick.wav"
else
    say "check: no sound server answers (pactl info), so no beep was played"
fi
if "$VENV/bin/python" -c 'import importlib.util, sys; sys.exit(importlib.util.find_spec("backcoach.audio.speech_worker") is None)'; then
    # The app starts its speech worker as `sys.executable -m backcoach.audio.speech_worker`; in the bundle,
    # sys.executable is this program (packaging/bundle_entry.py). With no speech engine here the worker
    # still answers, with ready: false and the reason, so this checks the plumbing, not the voice.
    check "speech worker" bash -c 'echo "{\"op\": \"quit\"}" | "$1" -m backcoach.audio.speech_worker | head -n 1 | grep "\"ready\""' _ "$BIN"
fi

# --- 4. Figures ----------------------------------------------------------------------------------------
size_bytes="$(du -sb "$APP" | cut -f1)"
files="$(find "$APP" -type f | wc -l)"
say "size: ${APP#"$ROOT"/} is $((size_bytes / 1024 / 1024)) MiB ($size_bytes bytes, $files files)"
if [[ "${BUNDLE_ARCHIVE:-1}" != 0 ]]; then
    archive="$DIST/BackCoach-$(uname -s | tr '[:upper:]' '[:lower:]')-$(uname -m).tar.gz"
    tar -C "$DIST" -czf "$archive" BackCoach
    say "size: ${archive#"$ROOT"/} is $(($(stat -c %s "$archive") / 1024 / 1024)) MiB"
fi
say "time: PyInstaller $build_seconds s, everything (venv, build, checks, archive) $(since "$total_start") s"
say "run it with: $BIN"
