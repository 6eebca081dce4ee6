"""Screenshots for the README and the AppStream metadata, taken from a real X window under Xvfb.

    .venv/bin/python scripts/make_screenshots.py [OUTPUT_DIR]     (default docs/screenshots)

Without a display it re-runs itself under ``xvfb-run`` at 1280x800. The session is driven by a fake
clock and silent fake audio, so every picture shows a chosen moment, the same every time.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    if not os.environ.get("DISPLAY"):
        if not shutil.which("xvfb-run"):
            print("make_screenshots: no DISPLAY and no xvfb-run (apt install xvfb)", file=sys.stderr)
            return 1
        command = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", sys.executable, __file__, str(out)]
        return subprocess.call(command, env={k: v for k, v in os.environ.items() if k != "WAYLAND_DISPLAY"})
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    os.environ["BACKCOACH_USER_DIR"] = tempfile.mkdtemp(prefix="backcoach-shots-")
    return shoot(out)


def shoot(out: Path) -> int:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from backcoach.audio.fakes import FakeBeeper, FakeSpeaker
    from backcoach.catalogs import bundled_catalog
    from backcoach.gui.main_window import MainWindow
    from backcoach.gui.settings_store import SettingsStore
    from backcoach.resources import assets_dir

    class Clock:
        now = 1000.0

        def __call__(self) -> float:
            return self.now

    class Yes:
        def confirm(self, *_: object) -> bool:
            return True

        def inform(self, *_: object) -> None:
            return None

    app = QApplication([])
    app.setWindowIcon(QIcon(str(assets_dir() / "icons" / "backcoach.svg")))
    clock = Clock()
    settings = Path(tempfile.mkdtemp()) / "settings.ini"
    window = MainWindow(bundled_catalog, SettingsStore(settings), Yes(), clock)
    window.set_audio(FakeSpeaker(), FakeBeeper(), None)
    window.resize(1100, 700)
    window.show()
    window.reload()
    out.mkdir(parents=True, exist_ok=True)

    def settle(ms: int = 300) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        QCoreApplication.processEvents()

    def save(name: str) -> None:
        settle()
        screen = window.screen()
        picture = screen.grabWindow(window.winId())
        picture.save(str(out / f"{name}.png"))
        print(f"wrote {out / name}.png ({picture.width()}x{picture.height()})")

    library = window.library
    library.table.selectRow(library.titles().index("The back fit workout"))
    save("library")

    def advance(seconds: float) -> None:
        for _ in range(int(seconds * 4)):
            clock.now += 0.25
            window.driver.wake()

    entry = library.current_entry()
    assert entry is not None
    window.open_session(entry)
    window.driver.start()
    advance(3 + 6.5)  # into the first set of depth jumps, landed between two jumps
    save("work")
    advance(18 - 9.5 + 4)  # into the rest after it
    save("rest")
    window.showFullScreen()
    window.setGeometry(window.screen().geometry())  # a bare X server has no window manager to do it
    settle(600)
    advance(30)
    save("fullscreen")
    window.showNormal()
    window.resize(800, 600)
    settle(400)
    save("small-800x600")
    window.driver.stop()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
