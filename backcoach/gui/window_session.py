"""The window's session: its screen and controller, made and wired on first need, and a routine opened in it.

Opening a routine asks, in this order, what a coach would: the safety advice (the first time only), whether
it is too soon for the same muscles (a programme's recovery rule, :mod:`.programme_screen`), then shows the
session screen ready or started. The window forwards here so that it only shows things.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..core.catalog import CatalogEntry
    from ..core.durations import Level
    from ..core.exercise_library import ExerciseLibrary
    from ..core.model import Routine
    from ..core.preferences import Preferences
    from .main_window import MainWindow
    from .session_controller import SessionController
    from .session_view import SessionView


def make_session(window: MainWindow) -> tuple[SessionView, SessionController]:
    """The session screen and its controller, wired to the window (sound starts as a null speaker and beeper
    until the real ones are chosen off the GUI thread)."""
    from ..audio.null import NullBeeper, NullSpeaker
    from .figure_view import SessionFigure
    from .session_controller import SessionController
    from .session_view import SessionView

    session = SessionView()
    window.stack.addWidget(session)
    controller = SessionController(window.prompter, NullSpeaker("sound is starting"), NullBeeper("sound is starting"),
                                   window.settings.audio(), window.clock, window,
                                   history=lambda: window.history_screen.history)
    controller.show_on(session)
    window.session_figure = SessionFigure(session.figure_view, controller, window.figures)
    window.session_figure.figuresChanged.connect(session.show_figure_column)
    controller.sessionEnded.connect(window.history_screen.show_summary)
    controller.soundNoticeChanged.connect(window.status.setText)
    for request, slot in ((session.stopRequested, window.ask_stop), (session.hurtRequested,
                          window.stop_because_it_hurts), (session.libraryRequested, window.show_library),
                          (session.leaveRequested, window.escape), (session.fullScreenRequested,
                          window.toggle_full_screen), (session.muteRequested, window.toggle_mute)):
        request.connect(slot)
    controller.apply(window.settings.audio())
    return session, controller


def open_entry(window: MainWindow, entry: CatalogEntry, level: Level | None, *, start: bool) -> bool:
    """A listed routine's session (see :meth:`MainWindow.open_session`); the routine is selected again at the
    next launch."""
    if entry.routine is None or window.session_active() or not safety_accepted(window):
        return False
    chosen = entry
    if (prepared := window.programmes.prepare(entry, level, window.editor_panel.draft_of)) is None:
        return False  # too soon for the same muscles (issue 16), and the user changed their mind
    entry, routine, level = prepared  # the editor's draft (what the user sees runs), at the user's step
    if not run_routine(window, routine, level, entry.exercise_library or window.loader.catalog.exercise_library,
                       recorded_as=entry, start=start):
        return False
    if window.settings.last_routine != str(chosen.path):
        window.apply_settings(window.settings.with_changes(last_routine=str(chosen.path)))
    return True


def run_routine(window: MainWindow, routine: Routine, level: Level | None, library: ExerciseLibrary, *,
                start: bool, recorded_as: CatalogEntry | str | None, preferences: Preferences | None = None) -> bool:
    """Plan ``routine`` (with the user's ``preferences`` unless others are given) and show its session screen,
    started or ready; ``False`` when a session runs already or the safety advice was not accepted."""
    if window.session_active() or not safety_accepted(window):
        return False
    settings = window.settings
    plan = window.controller.open(routine, preferences or settings.preferences(), level, settings.verbosity, library,
                                  recorded_as=recorded_as, ask_pain_before=settings.ask_pain_before)
    window.show_session()
    window.sessionOpened.emit(plan)
    if start:
        window.controller.toggle()
    return True


def safety_accepted(window: MainWindow) -> bool:
    """The safety advice, asked before the first session only (then remembered)."""
    if not window.controller.safety_accepted(window.settings.safety_acknowledged):
        return False
    if not window.settings.safety_acknowledged:
        window.apply_settings(window.settings.with_changes(safety_acknowledged=True))
    return True
