"""The session history and the controller (not a widget) of the screens it shows: the summary after a
session, and the history view.

The history (:class:`~.session_history.SessionHistory`) is opened on first use: by the first session (the
session controller records through it), or shortly after the routines are listed (their "last done"), so
that it costs the start-up nothing.

The summary shows the session's record and saves its two answers as they are chosen. The history view is
filled from the history (the sessions, and the core's overview of them against the user's weekly target);
this asks before deleting and offers undo, exports to the file the user picks, and says what it did. The
main window only places the screens (``place``); each is made the first time it is shown (the history view
loads Qt Charts). Questions go through the :class:`~.prompts.Prompter`, so tests answer them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ..core.wording import plural
from .prompts import Prompter

if TYPE_CHECKING:  # the history's modules load when it is first opened, not with the window
    from ..core.history_records import SessionRecord
    from ..core.history_stats import WeekTarget
    from .history_view import HistoryView
    from .session_history import SessionHistory
    from .summary_view import SummaryView

LAST_DONE_AFTER_MS = 300
"""After the routines are listed, the history is opened and their "last done" added (start-up pays nothing)."""
WARM_AFTER_MS = 2000
"""After the history opens, its list of sessions is read at idle: the history screen then opens at once."""


class HistoryScreen(QObject):
    libraryRequested = Signal()
    statusChanged = Signal(str)  # what was done (exported …) or what the history says, for the status line
    lastDoneChanged = Signal(object, object)  # dict[str, datetime] (routine id -> when last trained), today

    def __init__(self, path: Path | None, prompter: Prompter, target: Callable[[], WeekTarget],
                 place: Callable[[QWidget], None], parent: QWidget) -> None:
        """``path`` None: the user's history file; ``target``: the user's weekly target now (it follows the
        settings); ``place`` puts a screen in the window."""
        super().__init__(parent)
        self._path = path
        self._history: SessionHistory | None = None
        self.prompter = prompter
        self._target = target
        self._place = place
        self._parent = parent
        self.view: HistoryView | None = None
        self.summary: SummaryView | None = None

    @property
    def history(self) -> SessionHistory:
        """The session history, opened on first use."""
        if self._history is None:
            from ..resources import user_history_path
            from .session_history import SessionHistory

            history = self._history = SessionHistory(self._path or user_history_path(), parent=self)
            history.changed.connect(self.refresh)
            history.noticeChanged.connect(self.statusChanged)  # the file was moved aside, a write failed
            history.lastDoneChanged.connect(lambda done: self.lastDoneChanged.emit(done, date.today()))
            QTimer.singleShot(WARM_AFTER_MS, history, history.warm)
        return self._history

    def routines_listed(self) -> None:
        """The routines are on screen: a moment later, their "last done" (the history opened for it)."""
        QTimer.singleShot(LAST_DONE_AFTER_MS, self, self._show_last_done)

    def _show_last_done(self) -> None:
        if self._parent.isVisible():  # not for a window closed meanwhile
            self.history.refresh_last_done()

    def close(self) -> None:
        """What is queued reaches the disk (the window is closing)."""
        if self._history is not None:
            self._history.close()

    def show_summary(self, record: SessionRecord) -> None:
        """The session is over: what was done, and the two optional questions."""
        if self.summary is None:
            from .summary_view import SummaryView

            summary = self.summary = SummaryView()
            summary.answered.connect(self.history.answer)
            summary.libraryRequested.connect(self.libraryRequested)
            summary.historyRequested.connect(self.show_history)
        self.summary.show_record(record)
        self._place(self.summary)
        self.summary.feeling.setFocus()  # the first question: 1, 2 or 3 answers it

    def show_history(self) -> None:
        """The history view, as the history is now."""
        view = self.make_view()
        self._place(view)
        self.refresh()
        view.table.setFocus()

    def make_view(self) -> HistoryView:
        """The view, made on first use."""
        if self.view is None:
            from .history_view import HistoryView  # Qt Charts: loaded when the history is first shown

            view = HistoryView()
            view.libraryRequested.connect(self.libraryRequested)
            view.exportRequested.connect(self.ask_export)
            view.rangeChanged.connect(self.refresh)
            view.detailsRequested.connect(lambda uid: view.show_details(self.history.session(uid)))
            view.deleteRequested.connect(self.ask_delete)
            view.deleteAllRequested.connect(self.ask_delete_all)
            view.undoRequested.connect(self.undo)
            self.view = view
        return self.view

    def refresh(self) -> None:
        """Show the history as it is now (when the view is on screen)."""
        from ..core.history_stats import overview

        view = self.view
        if view is None or not view.isVisible():
            return
        records = self.history.sessions()
        first_weekday = view.locale().firstDayOfWeek().value - 1  # Qt: Monday 1 … Sunday 7
        view.show_history(overview(records, date.today(), self._target(), view.shown_weeks(), first_weekday), records)

    def ask_delete(self, uids: list[str]) -> None:
        record = self.history.session(uids[0]) if len(uids) == 1 else None
        what = (f"the session of {record.started:%A %d %B %Y, %H:%M} ({record.routine_title})" if record is not None
                else f"{len(uids)} sessions")
        if self.prompter.confirm("Delete this session?", f"Delete {what} from your history? You can undo it until "
                                 "you quit (Ctrl+Z).", "Delete", "Keep it", default_yes=False):
            self._deleted(self.history.delete(uids))

    def ask_delete_all(self) -> None:
        if self.prompter.confirm("Delete all your history?", "Every session you have done will be deleted. You can "
                                 "undo it until you quit (Ctrl+Z in the history); after that it is gone.",
                                 "Delete everything", "Keep it", default_yes=False):
            self._deleted(self.history.delete_all())

    def _deleted(self, count: int) -> None:
        if self.view is not None:
            self.view.show_notice(f"Deleted {plural(count, 'session')}. Undo with Ctrl+Z or the "
                                  "Undo button, until you quit.", self.history.can_undo())

    def undo(self) -> None:
        count = self.history.undo_delete()
        if self.view is not None:
            self.view.show_notice(f"Put back {plural(count, 'session')}." if count else "",
                                  self.history.can_undo())

    def ask_export(self) -> None:
        """Save the history as CSV (a spreadsheet) or JSON (every step), as the user chooses by name."""
        from ..core.history_export import export_text, format_for
        from .saving import save_text

        path = self.prompter.ask_export_path(Path.home() / f"backcoach-history-{date.today():%Y-%m-%d}.csv")
        if path is None:
            return
        kind = format_for(path)
        records = self.history.sessions(with_steps=True)
        try:
            save_text(path, export_text(records, kind))
        except OSError as error:
            self.prompter.inform("History not exported", (str(error),))
            return
        self.statusChanged.emit(f"Exported {len(records)} sessions to {path} ({kind.value.upper()})")
