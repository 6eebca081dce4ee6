"""Screenshots for the README and the AppStream metadata, taken from a real X window under Xvfb.

    .venv/bin/python scripts/make_screenshots.py [OUTPUT_DIR]     (default docs/screenshots)

Without a display it re-runs itself under ``xvfb-run`` at 1280x800. The session is driven by a fake
clock and silent fake audio, so every picture shows a chosen moment, the same every time.

The class on two screens (``audience-projector.png``, ``instructor-laptop.png``) is taken in a second process
on Qt's offscreen platform given a laptop and a projector (``QT_QPA_PLATFORM=offscreen:configfile=FILE``):
Xvfb offers Qt a single screen, so the audience view would have nowhere to go there.
"""

from __future__ import annotations

import json
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
    if os.environ.get("BACKCOACH_SHOOT_CLASS"):
        return shoot_class(out)
    os.environ["BACKCOACH_USER_DIR"] = tempfile.mkdtemp(prefix="backcoach-shots-")
    layout = Path(os.environ["BACKCOACH_USER_DIR"]) / "screens.json"
    layout.write_text(json.dumps({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 800, "logicalDpi": 96},
        {"name": "projector", "x": 1280, "y": 0, "width": 1280, "height": 720, "logicalDpi": 96}]}))
    two_screens = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={layout}", BACKCOACH_SHOOT_CLASS="1")
    if subprocess.call([sys.executable, __file__, str(out)], env=two_screens):
        return 1
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    return shoot(out)


def shoot_class(out: Path) -> int:
    """The audience view on the projector and the laptop's window beside it, a few seconds into a set."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from backcoach.audio.fakes import FakeBeeper, FakeSpeaker
    from backcoach.catalogs import bundled_catalog
    from backcoach.gui.main_window import MainWindow
    from backcoach.settings_store import SettingsStore

    app = QApplication([])
    assert [screen.name() for screen in QGuiApplication.screens()] == ["laptop", "projector"]
    clock = FakeClockForShots()
    settings = Path(tempfile.mkdtemp()) / "settings.ini"
    window = MainWindow(bundled_catalog, SettingsStore(settings), AlwaysYes(), clock)
    window.set_audio(FakeSpeaker(), FakeBeeper(), None)
    window.resize(1280, 760)
    window.show()
    window.reload()
    library = window.routine_library
    library.table.selectRow(library.titles().index("Exercises to Strengthen Back Muscles"))
    entry = library.current_entry()
    assert entry is not None
    window.open_session(entry, start=True)
    engine = window.controller.engine
    assert engine is not None
    for _ in range(int((engine.steps[1].start + 7) * 4)):  # seven seconds into the first set
        clock.now += 0.25
        window.controller.driver.wake()
    for _ in range(5):
        QCoreApplication.processEvents()
    audience = window.class_screens.audience
    assert audience is not None and audience.isVisible() and audience.screen().name() == "projector"
    out.mkdir(parents=True, exist_ok=True)
    for name, widget in (("audience-projector", audience), ("instructor-laptop", window)):
        picture = widget.grab()
        picture.save(str(out / f"{name}.png"))
        print(f"wrote {out / name}.png ({picture.width()}x{picture.height()})")
    window.controller.stop()
    window.close()
    app.processEvents()
    return 0


class FakeClockForShots:
    """The session's clock, moved by hand: every picture shows a chosen moment."""

    now = 1000.0

    def __call__(self) -> float:
        return self.now


class AlwaysYes:
    """Answers every question with yes (the safety advice, stopping at the end, going ahead after a recovery
    warning)."""

    def confirm(self, *_: object) -> bool:
        return True

    def inform(self, *_: object) -> None:
        return None

    def choose(self, *_: object) -> int:
        return 0  # "Too soon for the same muscles" (the made-up history trained today): go ahead

    def ask_save_path(self, suggested: Path) -> Path:
        return suggested  # the imported draft, saved when the window closes: into the throwaway user folder


def shoot(out: Path) -> int:
    from datetime import datetime

    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from backcoach.audio.fakes import FakeBeeper, FakeSpeaker
    from backcoach.catalogs import bundled_catalog
    from backcoach.core.history_records import Feeling
    from backcoach.core.history_sample import sample_history
    from backcoach.core.history_store import HistoryStore
    from backcoach.gui.main_window import MainWindow
    from backcoach.resources import assets_dir, user_history_path
    from backcoach.settings_store import SettingsStore

    # Four months of sessions two to four times a week (made up, the same every time) for the history.
    end = datetime.now().astimezone().replace(hour=12, minute=0, second=0, microsecond=0)
    HistoryStore.open(user_history_path()).add_records(sample_history(end, 120))
    app = QApplication([])
    app.setWindowIcon(QIcon(str(assets_dir() / "icons" / "backcoach.svg")))
    clock = FakeClockForShots()
    settings = Path(tempfile.mkdtemp()) / "settings.ini"
    window = MainWindow(bundled_catalog, SettingsStore(settings), AlwaysYes(), clock)
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

    library = window.routine_library
    library.table.selectRow(library.titles().index("The back fit workout"))
    for _ in range(30):  # the "today" panel says what it knows once the history is open (300 ms after the list)
        if window.programmes.day is not None:
            break
        settle(100)
    save("library")

    def advance(seconds: float) -> None:
        for _ in range(int(seconds * 4)):
            clock.now += 0.25
            window.controller.driver.wake()

    entry = library.current_entry()
    assert entry is not None
    window.open_session(entry)
    window.controller.toggle()  # start
    engine = window.controller.engine
    assert engine is not None
    steps = engine.steps
    advance(steps[1].start + 6.5)  # into the first set of depth jumps, landed between two jumps
    save("work")
    advance(steps[2].start + 4 - (steps[1].start + 6.5))  # into the rest after it
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
    window.resize(1100, 700)
    window.controller.stop()  # the summary: what was done, by the clock, and the two questions
    summary = window.history_screen.summary
    assert summary is not None
    summary.feeling.choose(Feeling.ABOUT_RIGHT)
    summary.pain.choose(2)
    save("summary")
    window.show_history()
    save("history")
    from PySide6.QtGui import QColor, QPalette

    light = app.palette()
    dark = QPalette(light)
    for role, colour in ((QPalette.ColorRole.Window, "#202124"), (QPalette.ColorRole.WindowText, "#e8eaed"),
                         (QPalette.ColorRole.Base, "#171717"), (QPalette.ColorRole.AlternateBase, "#2a2a2a"),
                         (QPalette.ColorRole.Text, "#e8eaed"), (QPalette.ColorRole.Button, "#303134"),
                         (QPalette.ColorRole.ButtonText, "#e8eaed"), (QPalette.ColorRole.Highlight, "#8ab4f8"),
                         (QPalette.ColorRole.HighlightedText, "#202124"), (QPalette.ColorRole.Mid, "#5f6368"),
                         (QPalette.ColorRole.PlaceholderText, "#9aa0a6")):
        dark.setColor(role, QColor(colour))
    app.setPalette(dark)  # a dark desktop theme, switched to while the app runs
    window.resize(800, 600)
    save("history-dark-800x600")
    app.setPalette(light)
    window.resize(1100, 700)
    window.show_library()  # the "today" panel once a programme is followed (docs/programmes.md)
    programmes = window.programmes
    programmes.pick = lambda entries, _note: [e.title for e in entries].index("Nuffield Health back classes")
    programmes.choose()
    save("today")
    programmes.edit()  # the programme editor, a tab of the side panel
    save("programme-editor")
    # An article imported (docs/importing.md): the dialog once the pasted text is read, then the draft.
    article = ROOT / "tests" / "importer" / "articles" / "ninth" / "n03-physio-clinic-blog.md"
    dialog = window.article_import.ask()
    dialog.set_text(article.read_text(encoding="utf-8"))
    for _ in range(100):  # read on a worker thread
        if dialog.result_ is not None:
            break
        settle(100)
    settle()
    dialog.grab().save(str(out / "import-dialog.png"))
    print(f"wrote {out / 'import-dialog'}.png")
    dialog.accept()  # opens the draft in the editor, its guessed values marked
    save("import-draft")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
