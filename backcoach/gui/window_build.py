"""Building the main window in two steps, so that the routines are on screen as soon as possible.

:func:`build_library` makes what listing the routines needs: the settings, the routine library with the
programme's "today" panel above it (there from the first frame, filled later, so the list never jumps down)
and the loader that reads the routines. :func:`build_rest` makes the editor's dock, the history's screens,
the menus and the programme; the app asks for it once the list has been painted, and anything that needs
those parts before (Enter pressed that very moment, a routine opened from the command line) asks first.
Between the two, :func:`list_routines` lists the routines, at start-up from the snapshot of the last listing
when it still holds (``gui/library_snapshot.py``).
Start-up is measured in ``benchmarks/startup.py``; the order is described in docs/architecture.md.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..core.catalog import Catalog
    from ..settings_store import SettingsStore
    from .library_snapshot import LibrarySnapshot
    from .main_window import MainWindow
    from .prompts import Prompter


def build_library(window: MainWindow, load_catalog: Callable[[], Catalog], store: SettingsStore | None) -> None:
    """The settings (``store`` None: the user's file), the library with its "today" panel, the loader."""
    from PySide6.QtWidgets import QStackedWidget

    from ..figures import FigureShelf
    from ..settings_store import SettingsStore
    from .catalog_loader import CatalogLoader
    from .routine_library import RoutineLibraryView
    from .today_panel import TodayPanel, TodayText

    window.store = store or SettingsStore()
    window.settings = window.store.load()
    window.loader = CatalogLoader(load_catalog, lambda: window.user_folder(), window)
    window.loader.loaded.connect(window.show_reading)
    library = window.routine_library = RoutineLibraryView()
    library.set_level(window.settings.level)
    library.set_preferences(window.settings.preferences())
    window.loader.show_on(library)
    window.today_panel = TodayPanel()
    library.add_header(window.today_panel)
    window.today_panel.show_text(TodayText("Today", "Your programme…"))
    window.figures = FigureShelf()  # read when a figure is first shown (docs/figures.md)
    library.figures = window.figures
    window.stack = QStackedWidget()
    window.stack.addWidget(library)
    window.setCentralWidget(window.stack)
    # Enter or Start in the library: the session screen, straight into its get-ready
    library.startRequested.connect(lambda entry, level: window.open_session(entry, level, start=True))
    # Built after the window was shown, so Qt gave focus to nothing: the list takes it, and ↑/↓ and
    # Enter work from the first moment (a keyboard-only user has no other way in).
    library.table.setFocus()


def list_routines(window: MainWindow, snapshot: LibrarySnapshot) -> None:
    """The app's first listing: the last listing's rows from ``snapshot`` if nothing they are made from changed
    (the routines are read right after the list's first paint), else the routines read now."""
    from .library_snapshot import plan_of

    settings = window.settings
    status = window.loader.start(snapshot, plan_of(settings.level, settings.preferences()),
                                 Path(settings.last_routine) if settings.last_routine else None)
    if status is not None:
        window.status.setText(status)
        window.library_loaded = True  # the last routine run is selected already: the reading keeps the selection


def build_rest(window: MainWindow, prompter: Prompter | None, history_path: Path | None) -> None:
    """The editor's dock, the history's screens, the menus and the programme (``prompter`` None: dialogs;
    ``history_path`` None: the user's history file)."""
    from .editor_panel import EditorPanel
    from .history_screen import HistoryScreen
    from .programme_screen import ProgrammeScreen
    from .prompts import DialogPrompter
    from .window_menus import build_menus

    window.prompter = prompter or DialogPrompter(window)
    panel = window.editor_panel = EditorPanel(window, window.prompter, lambda: window.user_folder())
    window.editor_dock, window.edit_actions = panel.dock, panel.actions
    panel.figures = window.figures
    panel.set_preferences(window.settings.preferences())
    screens = window.history_screen = HistoryScreen(history_path, window.prompter,
                                                    lambda: window.settings.week_target(), window.place, window)
    screens.libraryRequested.connect(window.show_library)
    screens.statusChanged.connect(window.status.setText)
    screens.lastDoneChanged.connect(window.routine_library.show_last_done)
    build_menus(window)
    window.programmes = ProgrammeScreen(window)  # the "today" panel and the Programme menu (docs/programmes.md)
