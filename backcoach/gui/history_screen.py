"""The history screen's controller (not a widget): answers what the history view asks.

It fills the view from the history (the sessions, and the core's overview of them against the user's
weekly target), asks before deleting and offers undo, exports to the file the user picks, and says what it
did. The main window only places the view in its stack; the view (Qt Charts) is made the first time it is
shown. Questions go through the :class:`~.prompts.Prompter`, so tests answer them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ..core.history_stats import WeekTarget
from .prompts import Prompter
from .session_history import SessionHistory

if TYPE_CHECKING:
    from .history_view import HistoryView


class HistoryScreen(QObject):
    libraryRequested = Signal()
    statusChanged = Signal(str)  # what was done (exported …), for the status line

    def __init__(self, history: SessionHistory, prompter: Prompter, target: Callable[[], WeekTarget],
                 parent: QWidget) -> None:
        """``target``: the user's weekly target now (it follows the settings)."""
        super().__init__(parent)
        self.history = history
        self.prompter = prompter
        self._target = target
        self._parent = parent
        self.view: HistoryView | None = None
        history.changed.connect(self.refresh)

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
            self.view.show_notice(f"Deleted {count} session{'s' if count != 1 else ''}. Undo with Ctrl+Z or the "
                                  "Undo button, until you quit.", self.history.can_undo())

    def undo(self) -> None:
        count = self.history.undo_delete()
        if self.view is not None:
            self.view.show_notice(f"Put back {count} session{'s' if count != 1 else ''}." if count else "",
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
