"""A keyboard-only and a clicker-only walkthrough of the real app under Xvfb (issue 17 A), with xdotool.

    .venv/bin/python scripts/class_walkthrough.py [OUTPUT_DIR]      (default: a temporary folder)

It starts ``backcoach`` (the installed command) on a virtual X server with a fresh home, types what a
person would (no mouse), saves a screenshot after each step (``import -window root``) and, at the end, reads
``backcoach history --json`` to check that both classes ran and were recorded. It needs Xvfb, xdotool and
ImageMagick (``apt-get install xvfb xdotool imagemagick``). The pauses between keys give a real app time to
paint; they are not measurements. Exit status 0 when every check held; the screenshots are for a person.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / ".venv" / "bin" / "backcoach"
DISPLAY = ":93"


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="backcoach-walk-"))
    out.mkdir(parents=True, exist_ok=True)
    for tool in ("Xvfb", "xdotool", "import"):
        if not shutil.which(tool):
            print(f"class_walkthrough: {tool} is missing (apt-get install xvfb xdotool imagemagick)", file=sys.stderr)
            return 2
    home = Path(tempfile.mkdtemp(prefix="backcoach-walk-home-"))
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(DISPLAY=DISPLAY, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local/share"), XDG_STATE_HOME=str(home / ".local/state"),
               XDG_CACHE_HOME=str(home / ".cache"), QT_QPA_PLATFORM="xcb")
    server = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    failures: list[str] = []
    shot_number = 0

    def keys(*names: str, wait: float = 0.7) -> None:
        for name in names:
            subprocess.run(["xdotool", "key", "--clearmodifiers", name], env=env, check=True)
            time.sleep(0.25)
        time.sleep(wait)

    def type_text(text: str) -> None:
        subprocess.run(["xdotool", "type", "--delay", "60", text], env=env, check=True)
        time.sleep(0.5)

    def shot(name: str) -> None:
        nonlocal shot_number
        shot_number += 1
        path = out / f"{shot_number:02d}-{name}.png"
        subprocess.run(["import", "-display", DISPLAY, "-window", "root", str(path)], env=env, check=True)
        print(f"  {path.name}")

    def launch() -> subprocess.Popen[bytes]:
        app = subprocess.Popen([str(APP)], env=env)
        subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "BackCoach"], env=env,
                       check=True, stdout=subprocess.DEVNULL, timeout=60)
        time.sleep(2.5)  # the library is read and listed after the first frame
        window = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "BackCoach"], env=env,
                                capture_output=True, text=True).stdout.split()
        subprocess.run(["xdotool", "windowfocus", "--sync", window[-1]], env=env, check=False)
        return app

    def quit_app(app: subprocess.Popen[bytes]) -> None:
        keys("ctrl+q", wait=1.5)
        try:
            app.wait(timeout=20)
        except subprocess.TimeoutExpired:
            failures.append("Ctrl+Q did not quit the app")
            app.terminate()
            app.wait(timeout=10)

    try:
        time.sleep(1)
        print("keyboard only:")
        app = launch()
        shot("library")
        keys("ctrl+f")
        type_text("Revitalise")
        keys("Down", "Return", wait=1.5)  # from the search to the list, Enter: the safety advice first (once)
        shot("safety-advice")
        keys("Return", wait=1.5)  # accepted: straight into the get-ready
        shot("get-ready-running")
        keys("F1", wait=1)
        shot("keys-overlay")
        keys("Escape")  # closes the overlay only
        keys("space")  # pause
        shot("paused")
        keys("plus")  # +10 s while paused
        shot("paused-plus-10")
        keys("space", "Right", wait=1.5)  # resume; next step
        shot("next-step")
        keys("Left", wait=1)  # previous
        keys("ctrl+l", wait=1)
        shot("timeline-and-notes")
        keys("ctrl+l")
        keys("Escape", wait=1.5)  # stop: asks first, "Keep going" the default (Return does no harm)
        shot("stop-asked")
        keys("shift+Tab", "Return", wait=2)  # "Stop": the summary
        shot("summary")
        keys("Return", wait=1.5)  # back to the library
        shot("library-again")
        keys("ctrl+t", wait=1.5)
        shot("quick-timer")
        keys("Escape", wait=1)  # cancelled: nothing starts
        quit_app(app)

        print("clicker only (PageDown, PageUp, B, '.') after a restart:")
        app = launch()
        shot("library-last-routine-selected")
        keys("shift+Return", wait=1.5)  # ready to start: the instructor waits for the room
        shot("ready")
        keys("Next", wait=1.5)  # the clicker's next: start
        shot("clicker-started")
        keys("Next", wait=1)  # next step
        shot("clicker-next")
        keys("Prior", wait=1)  # previous
        keys("b", wait=1)  # pause
        shot("clicker-paused")
        keys("period", wait=1)  # resume
        shot("clicker-resumed")
        keys("Escape", wait=1.5)
        keys("shift+Tab", "Return", wait=2)
        shot("clicker-summary")
        keys("Return", wait=1.5)
        quit_app(app)

        history = subprocess.run([str(APP), "history", "--json"], env=env, capture_output=True, text=True,
                                 timeout=60)
        sessions = json.loads(history.stdout) if history.returncode == 0 else []
        if isinstance(sessions, dict):
            sessions = sessions.get("sessions", [])
        titles = [session.get("routine") for session in sessions]
        print(f"history: {titles}")
        if titles != ["Revitalise your spine", "Revitalise your spine"]:
            failures.append(f"expected two recorded classes of 'Revitalise your spine', got {titles}")
    finally:
        server.terminate()
        server.wait(timeout=10)
    for failure in failures:
        print(f"FAILED: {failure}", file=sys.stderr)
    print(f"screenshots in {out}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
