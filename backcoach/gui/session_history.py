"""The adapter between the app and its history: one object that records sessions and answers questions.

Whoever assembles a session calls :meth:`SessionHistory.attach` with the engine (one line); a core
:class:`~backcoach.core.session_recorder.SessionRecorder` then listens to the engine and writes through
the history's own thread (:class:`~backcoach.core.history_thread.HistoryThread`), so a step boundary costs
the GUI thread a queue put. Reads for the screens run on that thread too and are waited for (they see every
write queued before them). What the user should know (the file moved aside, a write that failed) and what
changed (a session ended, sessions deleted or put back) come out as Qt signals, in the GUI thread.
No widget logic here; no session logic either: that is the engine's and the recorder's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import Future
from datetime import date, datetime
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal

from ..core.engine import Event, SessionEngine, State, StateChanged
from ..core.history_records import Feeling, SessionRecord
from ..core.history_store import Deleted, HistoryStore
from ..core.history_thread import HistoryThread
from ..core.session_recorder import SessionRecorder, WallClock, local_now

T = TypeVar("T")
READ_TIMEOUT = 30.0
"""Seconds a screen waits for the history (reads take milliseconds; this only guards against a hang)."""


class SessionHistory(QObject):
    noticeChanged = Signal(str)  # something about the history file the user should know
    lastDoneChanged = Signal(object)  # dict[str, datetime]: routine id -> when last trained
    changed = Signal()  # a session ended, or sessions were deleted or put back
    sessionEnded = Signal(object)  # SessionRecord: a session is over (finished or stopped), as recorded
    _arrived = Signal(str, object)  # from the history's thread: queued to the GUI thread, then told (see _tell)

    def __init__(self, path: Path | None, wall: WallClock = local_now, parent: QObject | None = None) -> None:
        """``path`` None keeps the history in memory (nothing written to disk)."""
        super().__init__(parent)
        self.path = path
        self._wall = wall
        # Connected before the thread starts, so nothing it says is lost; told in the GUI thread, by when
        # whoever made this object has connected to its signals.
        self._arrived.connect(self._tell, Qt.ConnectionType.QueuedConnection)
        self._thread = HistoryThread(lambda: HistoryStore.open(path),
                                     on_error=lambda text: self._arrived.emit("notice", text))
        self._thread.opened.add_done_callback(self._opened)
        self.recorder: SessionRecorder | None = None
        self._undo: list[Deleted] = []

    # -- recording -------------------------------------------------------------------------------------

    def attach(self, engine: SessionEngine, routine_id: str, pain_before: int | None = None) -> SessionRecorder:
        """Record ``engine``'s session (written once it starts: Space, not when the screen opens)."""
        self.recorder = SessionRecorder(engine, self._thread, routine_id, wall=self._wall, pain_before=pain_before)
        engine.subscribe(self._on_event)
        return self.recorder

    def stopping_for_pain(self) -> None:
        if self.recorder is not None:
            self.recorder.stopping_for_pain()

    def answer(self, feeling: Feeling | None, pain_after: int | None) -> None:
        """The summary's questions, saved as soon as they are chosen."""
        if self.recorder is not None:
            self.recorder.answer(feeling, pain_after)

    def current(self) -> SessionRecord | None:
        """The session just run (or running), as the summary shows it."""
        return self.recorder.record() if self.recorder is not None else None

    def _on_event(self, event: Event) -> None:
        """After the recorder (it subscribed first): the record is complete when this runs."""
        if isinstance(event, StateChanged) and event.state in (State.FINISHED, State.STOPPED):
            record = self.current()
            self.refresh_last_done()
            self.changed.emit()
            if record is not None:
                self.sessionEnded.emit(record)

    # -- reading ---------------------------------------------------------------------------------------

    def sessions(self, since: date | None = None, with_steps: bool = False) -> list[SessionRecord]:
        return self._wait(lambda store: store.sessions(since, with_steps=with_steps))

    def session(self, uid: str) -> SessionRecord | None:
        return self._wait(lambda store: store.session(uid))

    def run(self, job: Callable[[HistoryStore], T]) -> T:
        """Run ``job`` with the store on the history's thread, after every write queued so far, and wait for its
        result: what builds on the history (programmes, level changes) reads and writes through this."""
        return self._wait(job)

    def warm(self) -> None:
        """Read the list of sessions on the history's thread now, without waiting, so that the history screen
        opens on it at once (the store keeps it until anyone writes). Called once the app is idle."""
        self._thread.call(lambda store: store.sessions())

    def refresh_last_done(self) -> None:
        """Ask for the routines' "last done" (answered by ``lastDoneChanged``, without waiting)."""
        future = self._thread.call(lambda store: store.last_done())
        future.add_done_callback(self._last_done_read)

    def flush(self, timeout: float | None = READ_TIMEOUT) -> bool:
        """Wait until every write so far is committed (tests; before quitting)."""
        return self._thread.flush(timeout)

    # -- deleting, with undo ---------------------------------------------------------------------------

    def delete(self, uids: Iterable[str]) -> int:
        wanted = list(uids)
        return self._deleted(self._wait(lambda store: store.delete(wanted)))

    def delete_all(self) -> int:
        return self._deleted(self._wait(lambda store: store.delete_all()))

    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo_delete(self) -> int:
        """Put back what the last deletion took (in this run); returns how many sessions came back."""
        if not self._undo:
            return 0
        deleted = self._undo.pop()
        restored = self._wait(lambda store: store.restore(deleted))
        self._after_change()
        return restored

    def _deleted(self, deleted: Deleted) -> int:
        if deleted.sessions:
            self._undo.append(deleted)
        self._after_change()
        return len(deleted.sessions)

    def _after_change(self) -> None:
        self.refresh_last_done()
        self.changed.emit()

    # -- the thread ------------------------------------------------------------------------------------

    def close(self) -> None:
        """Commit what is queued and let the thread go (the app is quitting)."""
        self._thread.close()

    def _wait(self, job: Callable[[HistoryStore], T]) -> T:
        return self._thread.call(job).result(READ_TIMEOUT)

    def _opened(self, future: Future[HistoryStore]) -> None:
        """On the history's thread, once the file is open: say what happened to it; read "last done"."""
        if future.exception() is None and future.result().notice:
            self._arrived.emit("notice", future.result().notice)
        self.refresh_last_done()

    def _last_done_read(self, future: Future[dict[str, datetime]]) -> None:
        if future.exception() is None:
            self._arrived.emit("last done", future.result())

    def _tell(self, kind: str, payload: object) -> None:
        """In the GUI thread: what the history's thread found."""
        if kind == "notice":
            self.noticeChanged.emit(payload)
        else:
            self.lastDoneChanged.emit(payload)
