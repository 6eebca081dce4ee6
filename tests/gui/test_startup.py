"""Start-up: the window shows an empty frame first and builds its panels right after that frame is painted.

Issue #5 times the first shown frame against a bare PySide6 window, so what runs before that frame is
guarded here: no YAML, no core model, and not PySide6's ``Qt`` namespace (whose enums take ~35 ms to build).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import types
from pathlib import Path

import pytest
from gui_harness import FakeClock, FakePrompter
from pytestqt.qtbot import QtBot

from backcoach.core.catalog import Catalog
from backcoach.gui.main_window import MainWindow
from backcoach.settings_store import SettingsStore

FIRST_FRAME = """
import json, sys
import backcoach.cli  # as the `backcoach` console script starts
from PySide6 import QtCore
from PySide6.QtWidgets import QApplication
app = QApplication([])
from backcoach.gui.app import create_window
window = create_window(deferred=True)
window.show()
print(json.dumps({
    "built": window.is_built(),
    "qt_namespace": "Qt" in QtCore.__dict__,
    "modules": sorted(m for m in sys.modules if m.startswith(("backcoach", "yaml"))),
}))
"""


def test_the_first_frame_needs_no_yaml_no_core_and_no_qt_namespace(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BACKCOACH_USER_DIR=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", FIRST_FRAME], capture_output=True, text=True, env=env,
                            cwd=tmp_path, check=True)
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["built"] is False
    assert seen["qt_namespace"] is False
    assert set(seen["modules"]) <= {"backcoach", "backcoach.cli", "backcoach.resources", "backcoach.gui",
                                    "backcoach.gui.app", "backcoach.gui.main_window", "backcoach.logs"}


def test_a_deferred_window_builds_its_library_after_its_first_paint_and_the_rest_when_asked(
        qtbot: QtBot, tmp_path: Path) -> None:
    loads: list[int] = []

    def load() -> Catalog:
        loads.append(1)
        return Catalog(())

    window = MainWindow(load, SettingsStore(tmp_path / "s.ini"), FakePrompter(), FakeClock(), deferred=True)
    qtbot.addWidget(window)
    assert not window.is_built()
    assert window.status.text() == "Starting…"
    with qtbot.waitSignal(window.libraryBuilt, timeout=5000):
        window.show()
    assert window.centralWidget() is window.stack
    assert window.stack.currentWidget() is window.routine_library
    assert window.focusWidget() is window.routine_library.table  # the keyboard works at once
    assert not window.is_built() and window.menuBar().actions() == []  # the menus come once the list is shown
    assert loads == []  # reading the library is the app's next step, not the window's
    with qtbot.waitSignal(window.libraryLoaded):
        window.reload()
    assert loads == [1]
    qtbot.waitUntil(window.today_panel.isVisible)  # there before the rest: the list does not move down later
    assert not window.is_built()
    with qtbot.waitSignal(window.built, timeout=1000):
        window.build_rest()
    assert window.is_built()
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&View", "&Programme", "&Help"]
    assert window.programmes.panel is window.today_panel
    assert window.programmes.catalog is window.loader.catalog  # the reading before it was made reaches it
    assert window.focusWidget() is window.routine_library.table
    window.build()  # a second call changes nothing
    assert len(window.findChildren(type(window.routine_library))) == 1
    assert len(window.findChildren(type(window.today_panel))) == 1


def test_enter_before_the_menus_exist_still_opens_the_session(qtbot: QtBot, tmp_path: Path) -> None:
    from backcoach.catalogs import bundled_catalog

    window = MainWindow(bundled_catalog, SettingsStore(tmp_path / "s.ini"), FakePrompter(), FakeClock(),
                        deferred=True, history_path=tmp_path / "history.sqlite3")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.libraryBuilt, timeout=5000):
        window.show()
    window.reload()
    window.routine_library.select(window.loader.catalog.entries[0])
    assert not window.is_built()
    with qtbot.waitSignal(window.sessionOpened, timeout=5000):
        window.routine_library.startRequested.emit(window.loader.catalog.entries[0], None)
    assert window.is_built() and window.session_shown()
    window.controller.stop()


def test_the_selected_routines_preview_follows_the_lists_first_paint(qtbot: QtBot, tmp_path: Path) -> None:
    from backcoach.catalogs import bundled_catalog

    window = MainWindow(bundled_catalog, SettingsStore(tmp_path / "s.ini"), FakePrompter(), FakeClock(),
                        deferred=True, history_path=tmp_path / "history.sqlite3")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.libraryBuilt, timeout=5000):
        window.show()
    library = window.routine_library
    window.reload()
    first = library.current_entry()
    assert first is not None and library.preview.toPlainText() == ""  # the list is drawn first
    with qtbot.waitSignal(library.listPainted, timeout=5000):
        pass
    assert first.routine is not None and first.routine.title in library.preview.toPlainText()
    library.table.selectRow(1)  # from then on the preview follows the selection at once
    second = library.current_entry()
    assert second is not None and second.routine is not None
    assert second.routine.title in library.preview.toPlainText()


def test_closing_before_the_build_just_closes(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(Catalog, SettingsStore(tmp_path / "s.ini"), FakePrompter(), FakeClock(), deferred=True)
    qtbot.addWidget(window)
    assert window.close()
    assert not window.is_built()


LISTED = """
import json, sys
import backcoach.cli
from PySide6.QtWidgets import QApplication
app = QApplication([])
from backcoach.gui.app import create_window
window = create_window(deferred=True)

def listed():
    print(json.dumps({
        "routines": len(window.routine_library.titles()),
        "modules": sorted(m for m in sys.modules if m.startswith(("backcoach", "yaml"))),
    }))
    app.quit()

window.libraryBuilt.connect(lambda: (window.routine_library.listPainted.connect(listed), window.reload()))
window.show()
app.exec()
"""


def test_the_library_is_listed_from_the_cache_without_yaml_the_editor_or_the_session(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BACKCOACH_USER_DIR=str(tmp_path / "user"),
               BACKCOACH_CACHE_DIR=str(tmp_path / "cache"))
    cold, warm = (json.loads(subprocess.run([sys.executable, "-c", LISTED], capture_output=True, text=True, env=env,
                                            cwd=tmp_path, check=True).stdout.strip().splitlines()[-1])
                  for _ in range(2))
    assert cold["routines"] == warm["routines"] == 13
    assert "yaml" in cold["modules"]  # the first start reads the files (and fills the cache)
    heavy = {"yaml", "backcoach.core.loader", "backcoach.gui.editor", "backcoach.gui.session_view",
             "backcoach.gui.session_controller", "backcoach.core.engine", "backcoach.audio.choose",
             "backcoach.core.importer", "backcoach.gui.article_import",
             "backcoach.core.figure.book", "backcoach.gui.figure_view",  # figures come after the list's paint
             # so do the menus, the editor's dock, the history's screens and the programme
             "backcoach.gui.window_menus", "backcoach.gui.editor_panel", "backcoach.gui.history_screen",
             "backcoach.gui.programme_screen"}
    assert not heavy & set(warm["modules"])


def test_the_editor_is_made_on_first_use(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(Catalog, SettingsStore(tmp_path / "s.ini"), FakePrompter(), FakeClock(), deferred=True)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.libraryBuilt, timeout=5000):
        window.show()
    window.build_rest()
    assert window.editor_panel._editor is None and window.editor_dock.widget() is None
    window.edit_actions["remove"].trigger()  # nothing to edit yet: nothing happens, nothing is built
    assert window.editor_panel._editor is None
    window.edit_actions["toggle"].trigger()
    assert window.editor_dock.isVisible() and window.editor_dock.widget() is window.editor


UNTIL_SOUND_IS_CHOSEN = """
import sys
from PySide6.QtWidgets import QApplication
from backcoach.gui import app as gui_app
from backcoach.gui.main_window import MainWindow

chosen = MainWindow.set_audio

def set_audio(self, *args, **kwargs):
    chosen(self, *args, **kwargs)
    QApplication.instance().quit()  # the app is up, the routines read and the sound chosen

MainWindow.set_audio = set_audio
sys.exit(gui_app.run())
"""


def test_the_app_says_nothing_on_the_terminal_even_without_a_sound_device(tmp_path: Path) -> None:
    """Start-up with no sound server at all: what the sound libraries and Qt have to say goes to the log."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BACKCOACH_USER_DIR=str(tmp_path),
               PULSE_SERVER=f"unix:{tmp_path / 'no-server'}")
    env.pop("BACKCOACH_LOG", None)
    result = subprocess.run([sys.executable, "-c", UNTIL_SOUND_IS_CHOSEN], capture_output=True, text=True,
                            env=env, cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""
    log = (tmp_path / "logs" / "backcoach.log").read_text(encoding="utf-8")
    assert "no sound output" in log  # the real problem is kept (and shown in the window as a notice)


def test_the_session_screen_asked_for_before_the_rest_brings_the_rest(qtbot: QtBot, tmp_path: Path) -> None:
    """Sound chosen on a thread may reach a window whose list was never painted (started minimised): its session
    screen needs the class screens that the rest of the window holds."""
    window = MainWindow(Catalog, SettingsStore(tmp_path / "s.ini"), FakePrompter(), FakeClock(), deferred=True,
                        history_path=tmp_path / "history.sqlite3")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.libraryBuilt, timeout=5000):
        window.show()
    assert not window.is_built()
    session, controller = window.build_session()
    assert window.is_built() and window.session is session and window.controller is controller


QT_MULTIMEDIA_FIRST = """
import sys, threading
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
app = QApplication([])
from backcoach.audio.settings import AudioSettings
from backcoach.gui import audio_start

class Recorded:
    def __init__(self, target, name, daemon):
        pass
    def start(self):
        print("loaded before the worker:", "PySide6.QtMultimedia" in sys.modules)

audio_start.threading.Thread = Recorded
class Window(QObject):
    class settings:
        audio = AudioSettings
    def set_audio(self, *args):
        pass

audio_start.start_audio(Window())
"""


def test_qt_multimedia_is_loaded_on_the_gui_thread_before_sound_is_chosen(tmp_path: Path) -> None:
    """Loading Qt Multimedia logs from inside the dynamic loader; on the worker that deadlocked against the GUI
    thread importing a module (about one start in four with no sound server): it is loaded before the worker."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BACKCOACH_USER_DIR=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", QT_MULTIMEDIA_FIRST], capture_output=True, text=True, env=env,
                            cwd=tmp_path, check=True, timeout=60)
    assert "loaded before the worker: True" in result.stdout


COLLECTOR = """
import gc, sys
from backcoach import cli
from backcoach.gui import app as gui_app

seen = []
real_run = gui_app.run

def run(*args, **kwargs):
    seen.append(gc.isenabled())  # the app is about to start: the collector is paused
    return real_run(*args, **kwargs)

gui_app.run = run
code = cli.main(["--smoke-test"])
print(seen[0], gc.isenabled(), gc.get_freeze_count() > 0)
sys.exit(code)
"""


def test_the_collector_is_paused_while_the_app_starts_and_on_once_it_is_up(tmp_path: Path) -> None:
    """Start-up runs without Python's garbage collector (nothing it makes is garbage); a session must not: the
    collector is on again once the routines are listed, with what start-up made frozen out of its sight."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BACKCOACH_USER_DIR=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", COLLECTOR], capture_output=True, text=True, env=env,
                            cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True", "True"]


FROM_THE_SNAPSHOT = """
import json, os, sys
from backcoach import cli
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTableView

painted = QTableView.paintEvent

def paint(self, event):
    painted(self, event)
    if self.model() is not None and self.model().rowCount() > 0:  # the first paint of the routines: report, leave
        print(json.dumps({"rows": self.model().rowCount(),
                          "modules": sorted(m for m in sys.modules if m.startswith(("backcoach", "yaml")))}))
        sys.stdout.flush()
        QTimer.singleShot(0, lambda: os._exit(0))

QTableView.paintEvent = paint
cli.main([])
"""


def test_an_unchanged_start_lists_the_library_from_its_snapshot_without_the_core(tmp_path: Path) -> None:
    """What makes the list usable sooner (issue 13): the rows of the last listing, shown before the core is imported;
    the settings, the library view, its model, the "today" panel and the loader are made without it."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BACKCOACH_USER_DIR=str(tmp_path / "user"),
               BACKCOACH_CACHE_DIR=str(tmp_path / "cache"), BACKCOACH_SETTINGS=str(tmp_path / "settings.ini"))
    cold, warm = (json.loads(subprocess.run([sys.executable, "-c", FROM_THE_SNAPSHOT], capture_output=True, text=True,
                                            env=env, cwd=tmp_path, check=True).stdout.strip().splitlines()[-1])
                  for _ in range(2))
    assert cold["rows"] == warm["rows"] == 13
    assert "backcoach.core.catalog" in cold["modules"]  # the first start reads the routines (and keeps the rows)
    core = {m for m in warm["modules"] if m.startswith("backcoach.core")}
    # only the named choices, the preferences, the safety text, the settings' advice limits and the code's fingerprint
    assert core <= {"backcoach.core", "backcoach.core.choices", "backcoach.core.preferences", "backcoach.core.safety",
                    "backcoach.core.advice", "backcoach.core.fingerprint"}
    assert "yaml" not in warm["modules"] and "backcoach.gui.preview" not in warm["modules"]


SCAN = """
import inspect, json, pathlib, sys, tempfile
import backcoach.gui.app  # as the app starts: Qt, then the app's modules

read = []
getsource = inspect.getsource
inspect.getsource = lambda obj, *args: read.append(getattr(obj, "__name__", "?")) or getsource(obj, *args)
folder = pathlib.Path(tempfile.mkdtemp())
(folder / "module_new_to_pyside.py").write_text("import PySide6  # names PySide6, as most of ours do\\n")
sys.path.insert(0, str(folder))
import module_new_to_pyside

feature = sys.modules["shibokensupport.feature"]
print(json.dumps({"read": read, "recorded": feature.pyside_feature_dict.get("module_new_to_pyside")}))
"""


def test_pyside_reads_no_module_source_once_the_app_has_imported_qt(tmp_path: Path) -> None:
    """PySide's scan of every imported module's source (``gui/app.py``, ``skip_pyside_feature_scan``) is skipped:
    a module imported later is not read, and is recorded as one that selects no ``__feature__``, the same
    as the scan records a module that does not name PySide6."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BACKCOACH_USER_DIR=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", SCAN], capture_output=True, text=True, env=env, cwd=tmp_path,
                            check=True)
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen == {"read": [], "recorded": -1}


def test_a_pyside_without_the_scan_is_left_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    from backcoach.gui.app import skip_pyside_feature_scan

    other = types.ModuleType("shibokensupport.feature")  # another PySide version: no _mod_uses_pyside
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", other)
    skip_pyside_feature_scan()
    assert not hasattr(other, "_mod_uses_pyside")
    monkeypatch.delitem(sys.modules, "shibokensupport.feature")
    skip_pyside_feature_scan()  # no such module at all: nothing to do, nothing raised


def test_no_module_of_backcoach_selects_a_pyside_feature() -> None:
    """What makes skipping PySide's scan safe: with no ``__feature__`` selected anywhere, every module runs with
    PySide's default names, whatever the scan would have recorded for it."""
    import backcoach

    selecting = re.compile(r"^\s*(from\s+__feature__\s+import|import\s+__feature__)", re.MULTILINE)
    package = Path(backcoach.__file__).parent
    assert [p for p in package.rglob("*.py") if selecting.search(p.read_text(encoding="utf-8"))] == []
