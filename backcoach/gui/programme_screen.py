"""The programme in the app (not a widget): the "today" panel above the library, the Programme menu, the
recovery check before a session, what a session done means for the programme, the progress offer on the
summary, the calendar export and the programme editor's dock.

Everything it decides comes from the core (:mod:`~backcoach.core.programme_day` and the modules beside it);
everything it keeps goes into the history file through the history's own thread
(:meth:`~.session_history.SessionHistory.run`). The window makes it in one line and asks it two things
before a session opens (:meth:`before_session`, :meth:`adjusted`). Programmes are read once the history is
open, 300 ms after the routines are listed, so start-up pays nothing for them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication

from ..core.catalog import Catalog, CatalogEntry
from ..core.durations import Level, format_seconds
from ..core.model import Routine
from ..core.programme_schedule import DayKind, day_text
from ..resources import user_programmes_dir
from .actions import make_action
from .today_panel import TodayText

if TYPE_CHECKING:  # the history's modules load with the history, not with the window
    from PySide6.QtWidgets import QDockWidget

    from ..core.history_records import SessionRecord
    from ..core.history_store import HistoryStore
    from ..core.programme_catalog import ProgrammeEntry
    from ..core.programme_day import Day, OfferState
    from ..core.progression import Offer
    from .main_window import MainWindow
    from .programme_editor import ProgrammeEditor
    from .progress_offer import ProgressOffer
    from .session_history import SessionHistory

WallClock = Callable[[], datetime]

T = TypeVar("T")
NO_PROGRAMME = ("Follow one of the articles' weekly plans: BackCoach says what to do each day, waits for you when "
                "you miss a day, and warns before you work the same muscles hard again too soon.")


class ProgrammeScreen(QObject):
    dayShown = Signal(object)  # Day: what the panel shows now (after each refresh)
    statusChanged = Signal(str)

    def __init__(self, window: MainWindow, now: WallClock | None = None) -> None:
        """``now``: the local wall-clock time, aware (tests give one; by default the system's)."""
        super().__init__(window)
        self.window = window
        self.now: WallClock = now or _local_now
        """The local wall-clock time, aware (tests set another)."""
        self.user_folder: Callable[[], Path] = user_programmes_dir
        """Where the user's programmes are (tests point it elsewhere)."""
        self.ask_calendar_path: Callable[[Path], Path | None] = self._ask_calendar_path
        """Where to export the calendar (tests answer it)."""
        self.pick: Callable[[list[ProgrammeEntry], str], int] = self._pick
        """Which programme to follow: an index of the list, -1 for none (tests answer it)."""
        self.catalog: Catalog | None = window.loader.catalog if window.library_loaded else None
        self.programmes: tuple[ProgrammeEntry, ...] = ()
        self._read_for: tuple[Catalog, Path] | None = None
        self._history_open = False
        self.day: Day | None = None
        self.panel = window.today_panel  # above the list from the first frame
        self.panel.startRequested.connect(self.start_today)
        self.panel.ruleRequested.connect(self.show_rule)
        self.actions = self._make_actions()
        self._add_menu()
        window.loader.loaded.connect(self._routines_read)
        window.history_screen.lastDoneChanged.connect(self._history_read)
        window.stack.currentChanged.connect(self._screen_changed)
        self.statusChanged.connect(window.status.setText)
        # back to the app (a day later): today again. The application's state, not an event filter on the window:
        # a filter would see every repaint request of every frame of the moving figure.
        application = QGuiApplication.instance()
        if isinstance(application, QGuiApplication):
            application.applicationStateChanged.connect(self._application_state_changed)
        self._controller_connected = False
        self.offer_box: ProgressOffer | None = None
        self._offer: tuple[SessionRecord, CatalogEntry, OfferState] | None = None
        self._editor: ProgrammeEditor | None = None
        self._dock: QDockWidget | None = None
        self._dock_was_visible = False

    # -- reading ---------------------------------------------------------------------------------------

    @property
    def history(self) -> SessionHistory:
        return self.window.history_screen.history

    def _run(self, job: Callable[[HistoryStore], T]) -> T:
        self._history_open = True
        return self.history.run(job)

    def _application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state is Qt.ApplicationState.ApplicationActive and self._history_open:
            self.refresh()

    def _routines_read(self, reading: object) -> None:
        self.catalog = getattr(reading, "catalog", None)
        if self._history_open:
            self.refresh()

    def _history_read(self, *_: object) -> None:
        self._history_open = True
        self.refresh()

    def entries(self) -> tuple[ProgrammeEntry, ...]:
        """The programmes, read again when the routines or the folder changed."""
        from ..catalogs import programme_entries

        if self.catalog is None:
            return ()
        key = (self.catalog, self.user_folder())
        if self._read_for != key:
            self.programmes = programme_entries(self.catalog, key[1])
            self._read_for = key
        return self.programmes

    def reread(self) -> None:
        self._read_for = None
        self.refresh()

    def refresh(self) -> None:
        """What the panel says, as the history and the programmes are now."""
        from ..core.programme_day import day_of

        if self.catalog is None or not self._history_open or not self.window.isVisible():
            return  # not yet (start-up pays nothing), or no longer (a window closed meanwhile: its history too)
        catalog, programmes, now, hours = self.catalog, self.entries(), self.now(), self.window.settings.recovery_hours
        self.day = self._run(lambda store: day_of(store, catalog, programmes, now, hours))
        self.panel.show_text(self.text(self.day, now))
        self._update_actions()
        self.dayShown.emit(self.day)

    def text(self, day: Day, now: datetime) -> TodayText:
        """What the panel says about ``day``."""
        from ..core.history_records import STATUS_TEXT

        last = ""
        if day.last is not None:
            record = day.last
            last = (f"Last: {record.routine_title}, {day_text(record.day, now.date())} at {record.started:%H:%M} "
                    f"({STATUS_TEXT[record.status].lower()}, {record.tally.done} of {record.tally.sets_planned} "
                    "sets)")
        if day.run is None:
            return TodayText("Today", "No programme yet", NO_PROGRAMME, last, start="Choose a programme…")
        if day.today is None or day.programme is None or day.programme.programme is None:
            return TodayText(f"Today · {day.run.title}", "This programme cannot be used",
                             day.problem or "", last, start="Choose a programme…", following=True)
        programme = day.programme.programme
        heading = f"Today · {programme.title} ({programme.schedule.describe()})"
        today = day.today
        name = today.session.routine
        n = len(programme.sessions)
        where = f"Session {today.position % n + 1} of {n}" + (
            f", round {today.position // n + 1}" if today.position >= n else "")
        if today.kind is DayKind.PAUSED:
            return TodayText(heading + " · paused", "Paused", f"Next when you resume: {name} ({where[0].lower()}"
                             f"{where[1:]}).", last,
                             start="Resume", following=True)
        if today.kind is DayKind.REST:
            detail = f"Next: {name} ({where[0].lower()}{where[1:]}), {day_text(today.due, today.today)}."
            return TodayText(heading, "Rest day", detail, last, day.warning.text() if day.warning else "",
                             "Start it early", True)
        length = self._length(day)
        detail = f"{where} · {length}"
        if today.late_days:
            detail += f" · planned {day_text(today.due, today.today)}: the plan waited for you"
        return TodayText(heading, name, detail, last, day.warning.text() if day.warning else "",
                         "Start today's session", True)

    def _length(self, day: Day) -> str:
        from ..core.programme_day import running
        from ..core.session_plan import plan_session

        entry = day.session
        if entry is None or entry.routine is None:
            return ""
        settings = self.window.settings
        routine, level = running(entry, entry.routine, settings.level, day.rung, settings.level)
        plan = plan_session(routine, settings.preferences(), level, exercise_library=entry.exercise_library)
        yours = " (yours)" if day.rung is not None else ""
        return f"about {format_seconds(plan.total_seconds)} at {plan.level.value} level{yours}"

    # -- actions ---------------------------------------------------------------------------------------

    def _make_actions(self) -> dict[str, QAction]:
        window = self.window
        return {
            "today": make_action(window, "&Today's session", ["Ctrl+Return", "Ctrl+Enter"], self.start_today,
                                 window.routine_library),
            "choose": make_action(window, "&Choose a programme…", [], self.choose),
            "pause": make_action(window, "&Pause", [], self.pause),
            "resume": make_action(window, "&Resume", [], self.resume),
            "restart": make_action(window, "Re&start from the first session", [], self.restart),
            "leave": make_action(window, "&Leave the programme", [], self.leave),
            "edit": make_action(window, "&Edit programme", [], self.edit),
            "new": make_action(window, "&New programme", [], self.new),
            "calendar": make_action(window, "E&xport to calendar…", [], self.export_calendar),
            "undo_level": make_action(window, "&Undo the last change of level…", [], self.undo_last_change),
            "rule": make_action(window, "Recovery &rule", [], self.show_rule),
        }

    def _add_menu(self) -> None:
        from PySide6.QtWidgets import QMenu

        order = ("today", None, "choose", "pause", "resume", "restart", "leave", None, "edit", "new", "calendar",
                 None, "undo_level", "rule")
        menu = QMenu("&Programme", self.window)
        for name in order:
            if name is None:
                menu.addSeparator()
            else:
                menu.addAction(self.actions[name])
        bar = self.window.menuBar()
        existing = bar.actions()
        help_menu = next((a for a in existing if a.text().replace("&", "") == "Help"), None)
        bar.insertMenu(help_menu, menu) if help_menu is not None else bar.addMenu(menu)
        self.window.addActions([action for action in self.actions.values() if action is not self.actions["today"]])
        self.panel.set_actions([self.actions[name] if name else None for name in order[2:]])
        self._update_actions()

    def _update_actions(self) -> None:
        run = self.day.run if self.day is not None else None
        for name, enabled in (("pause", run is not None and not run.paused), ("resume", run is not None and run.paused),
                              ("restart", run is not None), ("leave", run is not None),
                              ("calendar", run is not None or bool(self.programmes))):
            self.actions[name].setEnabled(enabled)

    # -- starting today's session and the recovery check ---------------------------------------------------

    def start_today(self) -> None:
        """Ctrl+Enter: today's session (or the next one, early), ready to start; without a programme, choose one."""
        day = self.day
        if day is None or day.run is None or day.today is None or day.session is None:
            self.choose()
        elif day.run.paused:
            self.resume()
        elif self.window.library_shown():
            self.window.open_session(day.session, self.window.settings.level)

    def before_session(self, entry: CatalogEntry, level: Level | None) -> tuple[CatalogEntry, Level | None] | None:
        """Before a session of ``entry`` opens: is it too soon for the same muscles? Says so and offers what to do
        instead; returns the routine to run (``None``: the user changed their mind)."""
        from ..core.programme_day import alternatives, entry_id, recovery_warning, rung_for, running
        from ..core.programme_log import RecoveryChoice, record_recovery_check
        from ..core.recovery import rule_text

        self._connect_controller()
        catalog = self.catalog
        if catalog is None or entry.routine is None:
            return entry, level
        now, hours, default = self.now(), self.window.settings.recovery_hours, self.window.settings.level
        rung = self._run(lambda store: rung_for(store, entry))
        routine, run_level = running(entry, entry.routine, level, rung, default)
        warning = self._run(lambda store: recovery_warning(store, catalog, entry, now, hours, routine, run_level))
        if warning is None:
            return entry, level
        day = self.day
        programme = day.programme if day is not None else None
        gentler = self._gentler_of(entry)
        fit, mobility = alternatives(warning, catalog, gentler, programme, entry)
        options = ["Go ahead anyway"]
        lines = [warning.text()]
        if fit is not None:
            options.append("Do the gentler session")
            lines.append(f"The programme's gentler session: {fit.title}.")
        if mobility is not None:
            options.append("Do a mobility session")
            lines.append(f"A mobility session (stretches and mobility moves only): {mobility.title}.")
        choice = self.window.prompter.choose("Too soon for the same muscles", "\n\n".join(
            [*lines, *rule_text(warning.hours_needed)]), tuple(options))
        picked = options[choice] if 0 <= choice < len(options) else None
        outcome = {"Go ahead anyway": (RecoveryChoice.WENT_AHEAD, entry),
                   "Do the gentler session": (RecoveryChoice.GENTLER, fit),
                   "Do a mobility session": (RecoveryChoice.MOBILITY, mobility)}.get(picked or "",
                                                                                       (RecoveryChoice.CANCELLED, None))
        kind, chosen = outcome
        chosen_id = entry_id(chosen) if chosen is not None else None
        self._run(lambda store: record_recovery_check(store, now, entry_id(entry), warning.groups,
                                                      warning.hours_since, kind, chosen_id))
        if chosen is None:
            return None
        return chosen, level if chosen is entry else None

    def _gentler_of(self, entry: CatalogEntry) -> CatalogEntry | None:
        """The followed programme's gentler alternative for ``entry`` (one of its sessions), if it has one."""
        day = self.day
        if day is None or day.programme is None or day.programme.resolved is None or day.run is None:
            return None
        resolved = day.programme.resolved
        sessions = resolved.programme.sessions
        positions = [day.run.state.position + i for i in range(len(sessions))]
        for position in positions:
            if resolved.session_entry(position).path == entry.path:
                return resolved.gentler_entry(position)
        return None

    def prepare(self, entry: CatalogEntry, level: Level | None, draft_of: Callable[[CatalogEntry], Routine | None]
                ) -> tuple[CatalogEntry, Routine, Level | None] | None:
        """Before a session opens: the recovery check (:meth:`before_session`), then the routine to run (the
        editor's draft of it, ``draft_of``, else the file's) at the user's step for it; ``None``: cancelled."""
        checked = self.before_session(entry, level)
        if checked is None:
            return None
        chosen, chosen_level = checked
        routine = draft_of(chosen) or chosen.routine
        assert routine is not None
        adjusted, adjusted_level = self.adjusted(chosen, routine, chosen_level)
        return chosen, adjusted, adjusted_level

    def adjusted(self, entry: CatalogEntry, routine: Routine, level: Level | None) -> tuple[Routine, Level | None]:
        """The routine and level the session runs: the user's step for it, where they took one."""
        from ..core.programme_day import rung_for, running

        if self.catalog is None:
            return routine, level
        rung = self._run(lambda store: rung_for(store, entry))
        return running(entry, routine, level, rung, self.window.settings.level)

    def _connect_controller(self) -> None:
        if not self._controller_connected:
            self._controller_connected = True
            self.window.controller.sessionEnded.connect(self.session_ended)

    # -- after a session ---------------------------------------------------------------------------------

    def session_ended(self, record: SessionRecord) -> None:
        """The programme moves on when its next session was done; the summary shows an offer, if there is one."""
        from ..core.programme_day import note_session

        programmes, now = self.entries(), self.now()
        self._run(lambda store: note_session(store, record, programmes, now))
        self._show_offer(record)
        self.refresh()

    def _offer_box(self) -> ProgressOffer | None:
        summary = self.window.history_screen.summary
        if summary is None:
            return None
        if self.offer_box is None:
            from .progress_offer import ProgressOffer

            box = self.offer_box = ProgressOffer(summary)
            summary.add_panel(box)
            summary.answered.connect(self._answers_changed)
            box.accepted.connect(lambda: self._decide(True))
            box.declined.connect(lambda: self._decide(False))
            box.undoRequested.connect(self._undo_offered_change)
        return self.offer_box

    def _answers_changed(self, *_: object) -> None:
        summary = self.window.history_screen.summary
        record = summary.record if summary is not None else None
        if record is not None:
            fresh = self.history.session(record.uid)  # with the answers just saved
            self._show_offer(fresh or record)

    def _show_offer(self, record: SessionRecord) -> None:
        from ..core.programme_day import find_by_id, offer_after

        box = self._offer_box()
        catalog = self.catalog
        entry = find_by_id(catalog, record.routine_id) if catalog is not None else None
        if box is None:
            return
        threshold = self.window.settings.progress_after
        state = self._run(lambda store: offer_after(store, record, entry, threshold)) if entry is not None else None
        if state is None or entry is None:
            self._offer = None
            box.clear()
            return
        self._offer = (record, entry, state)
        offer = state.offer
        if state.answered is None:
            box.offer(offer.question(entry.title) + self._change_text(entry, offer), offer.sources(),
                      can_change=offer.after is not None)
        else:
            self._say_answer(entry, state, state.answered)

    def _change_text(self, entry: CatalogEntry, offer: Offer) -> str:
        """`` (the high end of each range; one set more …: about 26 min instead of 19 min)``."""
        from ..core.exercise_library import ExerciseLibrary
        from ..core.progression import adjusted, what_changes
        from ..core.session_plan import plan_session

        if offer.after is None or entry.routine is None:
            return ""
        library, preferences = entry.exercise_library or ExerciseLibrary(), self.window.settings.preferences()
        lengths = []
        for rung in (offer.after, offer.before):
            routine, level = adjusted(entry.routine, rung, library)
            lengths.append(format_seconds(plan_session(routine, preferences, level, exercise_library=library)
                                          .total_seconds))
        change = what_changes(entry.routine, offer.before, offer.after)
        return f" ({change}: about {lengths[0]} instead of {lengths[1]})"

    def _say_answer(self, entry: CatalogEntry, state: OfferState, accepted: bool) -> None:
        from ..core.progression import rung_text

        assert self.offer_box is not None
        offer = state.offer
        if accepted and offer.after is not None:
            self.offer_box.answered(f"From next time, {entry.title} runs at {rung_text(offer.after)}. Changed your "
                                    "mind? U undoes it (later too: Programme ▸ Undo the last change of level).",
                                    can_undo=True)
        else:
            self.offer_box.answered(f"Kept as it is: {entry.title} stays at {rung_text(offer.before)}.",
                                    can_undo=False)

    def _decide(self, accepted: bool) -> None:
        from ..core.programme_day import OfferState
        from ..core.programme_log import record_level_change

        if self._offer is None:
            return
        record, entry, state = self._offer
        offer = state.offer
        if offer.after is None or state.answered is not None:
            return
        now, rid = self.now(), state.routine_id
        change = self._run(lambda store: record_level_change(store, rid, now, record.uid, offer.reason, offer.before,
                                                             offer.after, accepted))  # type: ignore[arg-type]
        state = OfferState(offer, rid, accepted, change.id)
        self._offer = (record, entry, state)
        self._say_answer(entry, state, accepted)
        self.refresh()

    def _undo_offered_change(self) -> None:
        from ..core.programme_day import OfferState
        from ..core.programme_log import undo_level_change
        from ..core.progression import rung_text

        if self._offer is None or self.offer_box is None:
            return
        record, entry, state = self._offer
        change_id = state.change_id
        if change_id is None or not state.answered:
            return
        now = self.now()
        if self._run(lambda store: undo_level_change(store, change_id, now)):
            self.offer_box.answered(f"Undone: {entry.title} stays at {rung_text(state.offer.before)}.",
                                    can_undo=False)
            self._offer = (record, entry, OfferState(state.offer, state.routine_id, False, None))
            self.refresh()

    def undo_last_change(self) -> None:
        """Programme ▸ Undo the last change of level: the most recent change agreed to, after asking."""
        from ..core.programme_day import find_by_id
        from ..core.programme_log import last_undoable_change, undo_level_change
        from ..core.progression import rung_text

        if not self._history_open and self.catalog is None:
            return
        change = self._run(last_undoable_change)
        prompter = self.window.prompter
        if change is None:
            prompter.inform("No change of level to undo", ("Every routine runs at its own level, or at the one you "
                                                           "chose when it felt too easy or too hard and was undone.",))
            return
        title = change.routine_id
        if self.catalog is not None and (entry := find_by_id(self.catalog, change.routine_id)) is not None:
            title = entry.title
        if prompter.confirm("Undo the change of level?", f"{title}: back to {rung_text(change.before)} instead of "
                            f"{rung_text(change.after)} (agreed to on {change.at:%d %b %Y})?", "Undo it", "Keep it"):
            now = self.now()
            self._run(lambda store: undo_level_change(store, change.id, now))
            self.statusChanged.emit(f"{title} runs at {rung_text(change.before)} again.")
            self.refresh()

    # -- following a programme ---------------------------------------------------------------------------

    def choose(self) -> None:
        """Choose a programme to follow (from its first session, today)."""
        from ..core.programme_log import start

        listed = list(self.entries())
        if not listed:
            return
        run = self.day.run if self.day is not None else None
        note = (f"You follow {run.title} now ({run.state.position} session(s) done): following another leaves it; "
                "what you did stays in your history." if run is not None else "")
        choice = self.pick(listed, note)
        if not 0 <= choice < len(listed) or not listed[choice].usable:
            return
        entry, now = listed[choice], self.now()
        self._run(lambda store: start(store, entry.programme_id, entry.title, now))
        self.statusChanged.emit(f"You follow {entry.title} from today.")
        self.refresh()

    def _pick(self, entries: list[ProgrammeEntry], note: str) -> int:
        from .programme_chooser import ProgrammeChooser

        return ProgrammeChooser.ask(entries, note, self.window)

    def pause(self) -> None:
        from ..core.programme_log import pause

        now = self.now()
        if self._run(lambda store: pause(store, now)):
            self.statusChanged.emit("Programme paused: nothing is due until you resume it.")
        self.refresh()

    def resume(self) -> None:
        from ..core.programme_log import resume

        now = self.now()
        if self._run(lambda store: resume(store, now)):
            self.statusChanged.emit("Programme resumed where it stood.")
        self.refresh()

    def restart(self) -> None:
        from ..core.programme_log import restart

        run = self.day.run if self.day is not None else None
        if run is None or not self.window.prompter.confirm(
                "Start the programme again?", f"{run.title} starts again from its first session, today "
                f"({run.state.position} session(s) done so far stay in your history).", "Start again", "Keep going",
                default_yes=False):
            return
        now = self.now()
        self._run(lambda store: restart(store, now))
        self.refresh()

    def leave(self) -> None:
        from ..core.programme_log import leave

        run = self.day.run if self.day is not None else None
        if run is None or not self.window.prompter.confirm(
                "Leave the programme?", f"Stop following {run.title}? What you did stays in your history; you can "
                "choose it (or another) again at any time.", "Leave it", "Keep following it", default_yes=False):
            return
        now = self.now()
        self._run(lambda store: leave(store, now))
        self.statusChanged.emit(f"You no longer follow {run.title}.")
        self.refresh()

    def show_rule(self) -> None:
        from ..core.recovery import rule_text

        self.window.prompter.inform("Recovery between sessions", rule_text(self.window.settings.recovery_hours))

    # -- the calendar ------------------------------------------------------------------------------------

    def export_calendar(self) -> None:
        """The followed programme's schedule (else one chosen) as an iCalendar file."""
        from ..calendar_export import programme_calendar
        from ..core.atomic import write_atomically
        from ..core.programme_schedule import RunState
        from ..core.session_plan import plan_session

        day = self.day
        entry = day.programme if day is not None and day.programme is not None and day.programme.usable else None
        if entry is None:
            self.choose()
            day = self.day
            entry = day.programme if day is not None and day.programme is not None and day.programme.usable else None
        if entry is None or entry.resolved is None or day is None or day.run is None:
            return
        path = self.ask_calendar_path(Path.home() / f"{entry.path.stem}.ics")
        if path is None:
            return
        now = self.now()
        lengths = {}
        for session in entry.resolved.programme.sessions:
            routine_entry = entry.resolved.entry(session.routine)
            if routine_entry.routine is not None:
                lengths[session.routine] = plan_session(routine_entry.routine, self.window.settings.preferences(),
                                                        exercise_library=routine_entry.exercise_library).total_seconds
        state = day.run.state if day.run.programme_id == entry.programme_id else RunState(now.date())
        data = programme_calendar(entry.resolved.programme, entry.programme_id, state, now.date(), now, lengths)
        try:
            write_atomically(path, data)
        except OSError as error:
            self.window.prompter.inform("Calendar not exported", (f"Cannot write {path}: {error.strerror or error}",))
            return
        self.statusChanged.emit(f"Exported the schedule of {entry.title} to {path}: open it with your calendar.")

    def _ask_calendar_path(self, suggested: Path) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self.window, "Export the programme to your calendar", str(suggested),
                                              "iCalendar (*.ics)")
        self.window.activateWindow()
        if not path:
            return None
        return Path(path) if path.lower().endswith(".ics") else Path(path + ".ics")

    # -- the editor ----------------------------------------------------------------------------------------

    @property
    def editor(self) -> ProgrammeEditor:
        """The programme editor, in a dock beside the routine editor (made on first use)."""
        if self._editor is None:
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QDockWidget

            from .programme_editor import ProgrammeEditor

            editor = self._editor = ProgrammeEditor(self.window.prompter)
            editor.saved.connect(self._saved)
            editor.messageShown.connect(self.statusChanged)
            dock = self._dock = QDockWidget("Edit programme", self.window)
            dock.setObjectName("programmeEditor")
            dock.setWidget(editor)
            dock.setMinimumWidth(340)
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            self.window.tabifyDockWidget(self.window.editor_dock, dock)  # one side panel, a tab each
            self.window.resizeDocks([dock], [420], Qt.Orientation.Horizontal)
        return self._editor

    @property
    def dock(self) -> QDockWidget:
        self.editor  # noqa: B018  (made with the editor)
        assert self._dock is not None
        return self._dock

    def edit(self, entry: ProgrammeEntry | None = None) -> None:
        """Open a programme in the side panel: the one followed (else the first)."""
        day = self.day
        entry = entry or (day.programme if day is not None else None)
        if entry is None:
            entry = next((e for e in self.entries() if e.programme is not None), None)
        if entry is None or entry.programme is None or self.catalog is None:
            return
        self.editor.user_folder = self.user_folder()
        if self.editor.open_programme(entry, self._routine_titles()):
            self.window.show_library()
            self.dock.show()
            self.dock.raise_()
            self.editor.sessions.setFocus()

    def new(self) -> None:
        from ..core.programme import Programme, ProgrammeSession, Schedule, ScheduleKind

        current = self.window.routine_library.current_entry()
        first = current.title if current is not None and current.routine is not None else self._routine_titles()[0]
        # not in the source: a new programme starts "when ready, a day off between", as kimfitness advises
        programme = Programme("My programme", Schedule(ScheduleKind.READY, rest_days=1), (ProgrammeSession(first),))
        if self.editor.new_programme(programme, self._routine_titles(), self.user_folder()):
            self.window.show_library()
            self.dock.show()
            self.dock.raise_()

    def _routine_titles(self) -> list[str]:
        return sorted({e.title for e in (self.catalog.entries if self.catalog else ()) if e.routine is not None},
                      key=str.lower)

    def _saved(self, path: Path, copy_of: str | None) -> None:
        """A programme was saved: read the programmes again; a copy of the one followed may take its place."""
        from ..core.programme_catalog import find_programme
        from ..core.programme_log import retarget

        self.reread()
        saved = find_programme(self.entries(), str(path))
        run = self.day.run if self.day is not None else None
        if saved is None or run is None or copy_of != run.programme_id or not saved.usable:
            return
        if self.window.prompter.confirm("Follow your copy?", f"You follow {run.title}. Follow your copy, "
                                        f"{saved.title}, from where you are ({run.state.position} session(s) done)?",
                                        "Follow my copy", "Keep the original"):
            self._run(lambda store: retarget(store, saved.programme_id, saved.title))
            self.refresh()

    def confirm_leave(self) -> bool:
        """Unsaved changes in the programme editor are not lost to closing the window."""
        return self._editor is None or self._editor.confirm_leave()

    def _screen_changed(self, _index: int) -> None:
        """Another screen than the library: the programme editor makes room, and comes back with the library."""
        if self._dock is None:
            return
        if self.window.library_shown():
            if self._dock_was_visible:
                self._dock.show()
            self._dock_was_visible = False
        elif self._dock.isVisible():
            self._dock_was_visible = True
            self._dock.hide()


def _local_now() -> datetime:
    from ..core.session_recorder import local_now

    return local_now()
