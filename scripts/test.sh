#!/usr/bin/env bash
# Set everything up (scripts/setup.sh), then run the whole suite from the repository root:
# ruff, mypy (configured in pyproject.toml), and pytest against the INSTALLED package.
# Arguments go to pytest. Every stage runs; the exit code is non-zero if any of them failed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash scripts/setup.sh

BIN="$ROOT/.venv/bin"

# --- A private PulseAudio server with a null sink, so audio tests play and record real sound ----------
# Its own runtime folder and socket (it never touches a user's server); root is fine with --system=false
# in the foreground. A keepalive stream of silence keeps the sink running, and one short silent play
# warms it up: without them the first sounds come late by 0.2-1.4 s. Stopped by pid on exit.
PULSE_PIDS=()
stop_pulse() {
    local i pid
    for ((i = ${#PULSE_PIDS[@]} - 1; i >= 0; i--)); do  # the keepalive first, then the server
        pid="${PULSE_PIDS[$i]}"
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    [[ -n "${PULSE_DIR:-}" ]] && rm -rf "$PULSE_DIR"
    return 0
}
start_pulse() {
    if ! command -v pulseaudio >/dev/null 2>&1 || ! command -v pacat >/dev/null 2>&1; then
        echo "test: pulseaudio/pacat not installed: audio tests that need sound will fail in CI, skip elsewhere"
        return 0
    fi
    PULSE_DIR="$(mktemp -d "${TMPDIR:-/tmp}/backcoach-pulse.XXXXXX")"
    cat >"$PULSE_DIR/default.pa" <<PA
load-module module-native-protocol-unix socket=$PULSE_DIR/native auth-anonymous=1
load-module module-null-sink sink_name=backcoach_null rate=44100 channels=2 sink_properties=device.description=BackCoach-null
set-default-sink backcoach_null
set-default-source backcoach_null.monitor
PA
    HOME="$PULSE_DIR" XDG_RUNTIME_DIR="$PULSE_DIR" XDG_CONFIG_HOME="$PULSE_DIR" \
        pulseaudio -n -F "$PULSE_DIR/default.pa" --daemonize=no --system=false --use-pid-file=no \
        --exit-idle-time=-1 --disallow-exit --log-target=file:"$PULSE_DIR/log" &
    PULSE_PIDS+=("$!")
    export PULSE_SERVER="unix:$PULSE_DIR/native" PULSE_SINK=backcoach_null
    local i
    for ((i = 0; i < 100; i++)); do
        pactl info >/dev/null 2>&1 && break
        sleep 0.1
    done
    if ! pactl info >/dev/null 2>&1; then
        echo "test: the private PulseAudio server did not start:"; cat "$PULSE_DIR/log" 2>/dev/null || true
        stop_pulse
        PULSE_PIDS=()
        unset PULSE_SERVER PULSE_SINK
        return 0
    fi
    pacat --playback --raw --format=s16le --rate=44100 --channels=2 --latency-msec=20 \
        --device=backcoach_null --client-name=backcoach-keepalive </dev/zero &
    PULSE_PIDS+=("$!")
    head -c 8820 /dev/zero | pacat --playback --raw --format=s16le --rate=44100 --channels=1 \
        --device=backcoach_null --client-name=backcoach-warmup || true
    echo "test: private PulseAudio at $PULSE_SERVER, null sink $PULSE_SINK"
}
trap stop_pulse EXIT
start_pulse
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
# installed package (which is the only one that has the bundled routines and assets).
stage pytest "$BIN/pytest" "$@"

summary="$(printf '%s, ' "${RESULTS[@]}")"
echo "test: ${summary%, }"
exit "$failed"
