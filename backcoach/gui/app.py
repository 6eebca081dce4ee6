"""Starting the Qt application: the one place that creates QApplication, the window and the audio.

Order matters for how fast the window appears and becomes usable: the empty window is shown first; once
it has been painted it builds the routine library; the routines are then read (from the cache of parsed
routines when the files have not changed); once they are on screen the menus, the editor's dock, the history
and the programme are made, the log file opened, the session screen built and sound started (on a thread),
so that nothing competes with the library.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, QTimer, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication


def skip_pyside_feature_scan() -> None:
    """Stop PySide reading the source of every module imported after Qt, which BackCoach does not need.

    Importing ``PySide6.QtCore`` replaces ``builtins.__import__`` so that ``from __feature__ import snake_case``
    can work; as a side effect, every module imported later that PySide has not seen goes through
    ``shibokensupport.feature.feature_imported``, whose ``_mod_uses_pyside(module)`` is
    ``"PySide6" in inspect.getsource(module)``: the whole source of every module (ours, the standard library's)
    is read and searched, about 18 ms of CPU before the library is listed (napari issue #8584 describes the same
    cost). The answer only records 0 (uses PySide) or -1 (does not) for the module; PySide's C side
    (``feature_select.cpp``, ``getFeatureSelectId``) treats -1 and a missing entry alike, as "keep the last
    selection", which stays 0 (no feature) unless some module selects a feature, and that goes through
    ``feature_import``, not this scan. BackCoach never selects one (``tests/gui/test_startup.py`` checks
    that), so answering "no" without reading changes nothing but the cost. A PySide without the attribute
    (another version) is left as it is."""
    feature: Any = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_no_feature


def _uses_no_feature(_module: object) -> bool:
    return False


skip_pyside_feature_scan()  # before our modules below, and everything imported after, are scanned

from .. import logs  # noqa: E402
from ..resources import assets_dir, bundled_routines_dir, user_cache_dir, user_routines_dir  # noqa: E402
from .main_window import MainWindow  # noqa: E402

if TYPE_CHECKING:
    from ..core.catalog import Catalog
    from ..settings_store import SettingsStore


def _bundled_catalog() -> Catalog:
    from ..catalogs import bundled_catalog  # imported after the first frame

    return bundled_catalog(cached=True)


def create_window(store: SettingsStore | None = None, *, deferred: bool = False) -> MainWindow:
    """The main window, wired to the bundled and user routine folders (``store`` None: the user's settings)."""
    return MainWindow(_bundled_catalog, store, deferred=deferred)


def freeze_start_up() -> None:
    """Take what start-up made out of the garbage collector's sight, once the window is built and the library
    read: the window and its widgets' wrappers, the routines, the modules live as long as the app, and a full
    collection during a session would otherwise walk all of them (a stall on the event loop: measured in
    ``benchmarks/gui_load.py``). What start-up left as garbage is collected first, so none of it is kept. The
    collector is then on again (the ``backcoach`` command turns it off while the app starts: cli.py)."""
    gc.collect()
    gc.freeze()
    gc.enable()


def _app_icon() -> QIcon:
    """The icon from its PNG sizes: an SVG icon would load Qt's SVG module before the first frame."""
    icon = QIcon()
    folder = assets_dir() / "icons"
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(folder / f"backcoach-{size}.png"), QSize(size, size))
    return icon


def run(routine_path: Path | None = None, *, smoke_test: bool = False) -> int:
    """Open the app (with ``routine_path`` selected); in smoke-test mode, exit 0 once it is up."""
    logs.start()  # from here on messages go to the log, not the terminal (backcoach/logs.py)
    qInstallMessageHandler(logs.qt_message)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("BackCoach")
    app.setApplicationDisplayName("BackCoach")
    app.setDesktopFileName("io.github.backcoach.BackCoach")
    app.setWindowIcon(_app_icon())
    window = create_window(deferred=True)
    started = False

    def usable() -> None:
        """The routines are on screen: now the session screen, then sound, may take their turn."""
        nonlocal started
        if started:  # later readings (F5, a save) just show the routines
            return
        started = True
        window.build_rest()  # the menus, the editor's dock, the history and the programme
        logs.open_file()  # what was logged until now waits in memory (backcoach/logs.py)
        window.build_session()
        freeze_start_up()
        if smoke_test:
            QTimer.singleShot(0, app.quit)
        else:
            from .audio_start import start_audio

            start_audio(window)

    def library_built() -> None:
        from .library_snapshot import LibrarySnapshot
        from .routine_library_model import RoutineLibraryModel
        from .window_build import list_routines

        window.routine_library.listPainted.connect(usable)
        # a window that is never painted (started minimised) still gets its sound, a little later
        window.libraryLoaded.connect(lambda _count: QTimer.singleShot(1000, usable))
        folders = (bundled_routines_dir(), user_routines_dir())  # as catalogs.bundled_catalog reads them
        list_routines(window, LibrarySnapshot(user_cache_dir() / "library.json", folders, window.store.path,
                                              len(RoutineLibraryModel.HEADERS)))
        if routine_path is not None:
            window.open_file(routine_path)

    window.libraryBuilt.connect(library_built)
    window.show()
    code = app.exec()
    window.close_audio()
    return code
