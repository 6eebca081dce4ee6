"""The main window's menus and window-wide keys, in one place: what each entry is called, its keys, and what
it asks the window to do. Every key is a :func:`~.actions.make_action`, so menu entries show their keys and
the key overlay (F1, :mod:`.key_overlay`) lists them all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence

from .actions import add_menus, make_action
from .class_screens import ClassScreens
from .help_menu import HelpMenu

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .quick_timer_dialog import QuickTimerDialog


def build_menus(window: MainWindow) -> None:
    """File, Edit, View and Help, and the library's own keys (Shift+Enter, Esc)."""
    key = QKeySequence.StandardKey
    window.reload_action = make_action(window, "&Reload library", [key.Refresh], window.reload)
    window.export_history_action = make_action(window, "E&xport history…", [], window.ask_export_history)
    window.quick_timer_action = make_action(window, "&Quick timer…", ["Ctrl+T"], lambda: quick_timer(window))
    window.import_action = make_action(window, "Import &article…", ["Ctrl+I"], lambda: window.article_import.ask())
    window.paste_article_action = make_action(window, "&Paste article", ["Ctrl+Shift+V"],
                                              lambda: window.article_import.paste())
    file_actions = [make_action(window, "&Open routine…", [key.Open], lambda: ask_open(window)), window.import_action,
                    window.reload_action, make_action(window, "&Find", [key.Find], lambda: focus_search(window)),
                    window.quick_timer_action,
                    window.export_history_action, make_action(window, "&Settings…", ["Ctrl+,"], window.ask_settings),
                    make_action(window, "&Quit", [key.Quit], window.close)]
    edit = window.edit_actions
    view_actions = [make_action(window, "&History", ["Ctrl+H"], window.show_history),
                    make_action(window, "&Full screen", ["F11"], window.toggle_full_screen), edit["toggle"]]
    screens = window.class_screens = ClassScreens(window, window.settings.audience_screen,
                                                  lambda choice: window.apply_settings(
                                                      window.settings.with_changes(audience_screen=choice)))
    help_menu = window.help_menu = HelpMenu(window)
    add_menus(window, (("&File", file_actions), ("&Edit", [*edit.values(), window.paste_article_action]),
                       ("&View", [*view_actions, *screens.actions()]), ("&Help", help_menu.actions())),
              separated=[edit["redo"], edit["copy"], edit["save_as"], edit["block"], edit["down"],
                         window.quick_timer_action, edit["toggle"], *help_menu.separated()])
    library = window.routine_library
    make_action(window, "Leave full screen", ["Escape"], window.escape, library)
    make_action(window, "Open it ready to start, without starting", ["Shift+Return", "Shift+Enter"],
                lambda: open_ready(window), library)


def ask_open(window: MainWindow) -> None:
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(window, "Open routine", "", "Routines (*.yaml *.yml)")
    if path:  # from elsewhere: kept in the user's folder if they want it listed at the next start too
        window.open_file(window.loader.kept(Path(path), window.prompter))


def focus_search(window: MainWindow) -> None:
    window.show_library()
    window.routine_library.search.setFocus()


def open_ready(window: MainWindow) -> bool:
    """Shift+Enter in the library: the session screen, ready to start (an instructor waiting for the room)."""
    entry = window.routine_library.current_entry()
    return entry is not None and window.open_session(entry, window.routine_library.chosen_level())


def quick_timer(window: MainWindow) -> QuickTimerDialog | None:
    """Ctrl+T: the quick timer, opened (not during a session)."""
    if window.session_active():
        return None
    from .quick_timer_dialog import ask_quick_timer

    return ask_quick_timer(window)
