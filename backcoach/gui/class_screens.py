"""Running a class on two screens: the audience view on the projector, the instructor's panel on the laptop.

This object (not a widget) decides where the :class:`~.audience_view.AudienceView` goes and when the
:class:`~.instructor_panel.InstructorPanel` shows, and keeps the View menu's "Audience screen" choices:

* **Automatic** (the default): while a session (or its summary) is on the window, the audience view fills
  another screen than the window's, when there is one; with one screen nothing changes.
* **Off**, or **a screen by name** (``HDMI-1``): remembered in the settings, so the same projector is used
  again when it is plugged in.

It follows :class:`~PySide6.QtGui.QGuiApplication`'s ``screenAdded`` and ``screenRemoved``: a projector
plugged in mid-session gets the audience view at once, one unplugged takes it away (before Qt would move
the window onto the laptop's screen) and the session goes on untouched, keys and all. The timeline and
notes panel shows beside the session screen whenever the audience view is up, or when asked for (Ctrl+L).
Both views follow the one session controller; the keyboard always stays with the laptop's session screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QScreen
from PySide6.QtWidgets import QDockWidget, QMenu

from .actions import make_action

if TYPE_CHECKING:
    from .audience_view import AudienceView
    from .instructor_panel import InstructorPanel
    from .main_window import MainWindow
    from .session_controller import SessionController

log = logging.getLogger("backcoach")

AUTOMATIC, OFF = "auto", "off"
"""The two choices that are not a screen's name."""


class ClassScreens(QObject):
    audienceMoved = Signal(object)  # QScreen | None: where the audience view is now (None: nowhere)

    def __init__(self, window: MainWindow, choice: str, remember: Callable[[str], None]) -> None:
        """``choice``: the saved choice (:data:`AUTOMATIC`, :data:`OFF` or a screen's name); ``remember`` saves
        a new one."""
        super().__init__(window)
        self.window = window
        self.choice = choice or AUTOMATIC
        self._remember = remember
        self._controller: SessionController | None = None
        self.audience: AudienceView | None = None
        self.panel: InstructorPanel | None = None
        self.dock: QDockWidget | None = None
        self._panel_wanted: bool | None = None
        """The user's own choice for the panel (Ctrl+L); ``None``: shown with the audience view."""
        self._screen: QScreen | None = None
        self.menu = QMenu("&Audience screen", window)
        self.menu.setToolTip("Which screen the class sees: a projector or TV beside the laptop")
        self.menu.aboutToShow.connect(self._fill_menu)
        self.panel_action = make_action(window, "&Timeline and notes", ["Ctrl+L"], self.toggle_panel)
        self.panel_action.setCheckable(True)
        application = QGuiApplication.instance()
        assert isinstance(application, QGuiApplication)
        application.screenAdded.connect(self._screens_changed)
        application.screenRemoved.connect(self._screen_removed)
        window.stack.currentChanged.connect(lambda _index: self.update())

    def actions(self) -> list[QAction]:
        """For the View menu: the audience screen's choices (a submenu) and the panel's switch."""
        return [self.menu.menuAction(), self.panel_action]

    def follow(self, controller: SessionController) -> None:
        """The session controller both views show (the views are made when first needed)."""
        self._controller = controller
        self.update()

    # -- choosing --------------------------------------------------------------------------------------

    def choose(self, choice: str) -> None:
        """Use ``choice`` (:data:`AUTOMATIC`, :data:`OFF` or a screen's name) from now on, and remember it."""
        if choice != self.choice:
            self.choice = choice
            self._remember(choice)
        self.update()

    def toggle_panel(self) -> None:
        self._panel_wanted = not self._panel_visible()
        self.update()

    def target(self) -> QScreen | None:
        """The screen the audience view belongs on now (``None``: no audience view)."""
        if self.choice == OFF:
            return None
        own = self.window.screen()
        if self.choice == AUTOMATIC:
            return next((screen for screen in QGuiApplication.screens() if screen is not own), None)
        return next((screen for screen in QGuiApplication.screens() if screen.name() == self.choice
                     and screen is not own), None)

    def in_class(self) -> bool:
        """A session or its summary is on the window (what the room should see)."""
        window = self.window
        if not window.is_built() or self._controller is None:
            return False
        summary = window.history_screen.summary
        return window.session_shown() or (summary is not None and window.stack.currentWidget() is summary)

    # -- following ---------------------------------------------------------------------------------------

    def update(self) -> None:
        """Show, move or hide the audience view and the panel for the screens there are now."""
        screen = self.target() if self.in_class() else None
        if screen is None:
            if self.audience is not None and self.audience.isVisible():
                self.audience.hide()
                self._moved(None)
        else:
            self._show_audience(screen)
        self._show_panel(self.in_class() and self._panel_visible())

    def _panel_visible(self) -> bool:
        if self._panel_wanted is not None:
            return self._panel_wanted
        return self.audience is not None and self.audience.isVisible()

    def _show_audience(self, screen: QScreen) -> None:
        audience = self._audience_view()
        if audience.isVisible() and self._screen is screen and audience.geometry() == screen.geometry():
            return
        audience.hide()  # a window moves between screens reliably while hidden
        audience.setScreen(screen)
        audience.setGeometry(screen.geometry())
        # Full screen without showFullScreen(), which would also activate it: the keyboard stays on the laptop.
        audience.setWindowState(Qt.WindowState.WindowFullScreen)
        audience.show()
        if self.window.isActiveWindow() or QGuiApplication.focusWindow() is audience.windowHandle():
            self.window.activateWindow()  # a platform that gave the new window the keyboard anyway
        self._moved(screen)

    def _moved(self, screen: QScreen | None) -> None:
        if self._screen is not None:
            self._screen.geometryChanged.disconnect(self._screen_resized)
        self._screen = screen
        if screen is not None:
            screen.geometryChanged.connect(self._screen_resized)
            log.info("audience view on %s (%dx%d)", screen.name(), screen.size().width(), screen.size().height())
            self.window.status.setText(f"The class sees the session on {screen_label(screen)}.")
        self.audienceMoved.emit(screen)

    def _screen_resized(self, _geometry: object) -> None:
        if self._screen is not None and self.audience is not None and self.audience.isVisible():
            self.audience.setGeometry(self._screen.geometry())

    def _screens_changed(self, _screen: QScreen) -> None:
        self.update()

    def _screen_removed(self, screen: QScreen) -> None:
        """Before Qt moves the audience view onto another screen (the laptop's), take it away; then look for
        another screen for it once the screen is gone. The session is not touched."""
        if screen is self._screen and self.audience is not None:
            self.audience.hide()
            self._moved(None)
            self.window.status.setText(f"{screen_label(screen)} went away: the audience view comes back when it "
                                       "does; the session goes on.")
        QTimer.singleShot(0, self, self.update)

    def _show_panel(self, visible: bool) -> None:
        self.panel_action.setChecked(visible)
        if visible and self.dock is None:
            self._panel_dock()
        if self.dock is not None and self.dock.isVisible() != visible:
            self.dock.setVisible(visible)

    # -- made when first needed --------------------------------------------------------------------------

    def _audience_view(self) -> AudienceView:
        if self.audience is None:
            from .audience_view import AudienceView

            audience = self.audience = AudienceView()
            if self._controller is not None:
                audience.follow(self._controller)
                audience.follow_figure(self.window.session_figure)  # the move beside the countdown, in step
            audience.addActions(self.window.session.actions())  # were it ever given the keyboard
        return self.audience

    def _panel_dock(self) -> QDockWidget:
        if self.dock is None:
            from .instructor_panel import InstructorPanel

            panel = self.panel = InstructorPanel()
            if self._controller is not None:
                panel.follow(self._controller)
            dock = self.dock = QDockWidget("Timeline and notes", self.window)
            dock.setObjectName("instructor")
            dock.setWidget(panel)
            dock.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            dock.addActions(self.window.session.actions())  # the session's keys work with the panel clicked too
            dock.installEventFilter(self)  # its close button: the user does not want it (until Ctrl+L)
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        return self.dock

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.dock and event.type() == QEvent.Type.Close:
            self._panel_wanted = False
            self.panel_action.setChecked(False)
        return super().eventFilter(watched, event)

    def _fill_menu(self) -> None:
        """The choices as the screens are now: automatic, off, and each screen (not the window's own)."""
        self.menu.clear()
        group = QActionGroup(self.menu)
        own = self.window.screen()
        entries = [(AUTOMATIC, "&Automatic: another screen when there is one", True),
                   (OFF, "&Off: this window only", True)]
        entries += [(screen.name(), screen_label(screen) + (" (this window's screen)" if screen is own else ""),
                     screen is not own) for screen in QGuiApplication.screens()]
        if self.choice not in {name for name, _, _ in entries}:
            entries.append((self.choice, f"{self.choice} (not connected now)", True))
        for name, text, usable in entries:
            action = QAction(text, self.menu)
            action.setCheckable(True)
            action.setChecked(name == self.choice)
            action.setEnabled(usable)
            action.triggered.connect(lambda _checked=False, name=name: self.choose(name))
            group.addAction(action)
            self.menu.addAction(action)


def screen_label(screen: QScreen) -> str:
    """``HDMI-1 (1920×1080)``: a screen as the View menu and the status line name it."""
    size = screen.size()
    return f"{screen.name() or 'unnamed screen'} ({size.width()}×{size.height()})"
