"""The history's own thread: the session records at every step boundary without waiting for the disk.

A step boundary happens on the GUI thread, in the middle of the moment a countdown must change and a
beep be handed over; a durable SQLite commit (an fsync) can take tens of milliseconds on a slow disk.
So the recorder hands each write to this thread (a queue put, microseconds) and the thread commits them
one by one, in order, on its own connection. What is committed survives a crash; what a kill can lose is
the write still in the queue, a few milliseconds' worth. Reads (the history screen, the routine list's
"last done") are run on the same thread and waited for, so they always see every write queued before them.
"""

from __future__ import annotations

import atexit
import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import TypeVar

from .history_records import Answers, Progress, SessionStart, SessionStatus, StepLog
from .history_store import HistoryStore

log = logging.getLogger("backcoach")
T = TypeVar("T")
_Job = tuple[Callable[[HistoryStore], object], "Future[object] | None"]


class HistoryThread:
    """A :class:`HistoryStore` on a thread of its own, with the store's writing methods (queued) and
    :meth:`call` for anything else (a future)."""

    def __init__(self, open_store: Callable[[], HistoryStore],
                 on_error: Callable[[str], None] | None = None) -> None:
        """``open_store`` runs on the thread (opening may check and migrate the file); ``on_error`` hears,
        from the thread, what went wrong with a write (a full disk), for the screen to say."""
        self._open_store = open_store
        self._on_error = on_error
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self.opened: Future[HistoryStore] = Future()
        """The store once it is open (its ``notice`` says whether the file had to be moved aside)."""
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="backcoach-history", daemon=True)
        self._thread.start()
        atexit.register(self.close)  # an app that ends without closing still commits what was queued

    # -- the recorder's sink (each call is queued and returns at once) -------------------------------------

    def begin(self, start: SessionStart) -> None:
        self._put(lambda store: store.begin(start))

    def step(self, uid: str, log: StepLog, progress: Progress) -> None:
        self._put(lambda store: store.step(uid, log, progress))

    def end(self, uid: str, status: SessionStatus, progress: Progress) -> None:
        self._put(lambda store: store.end(uid, status, progress))

    def answer(self, uid: str, answers: Answers) -> None:
        self._put(lambda store: store.answer(uid, answers))

    # -- anything else ---------------------------------------------------------------------------------

    def call(self, job: Callable[[HistoryStore], T]) -> Future[T]:
        """Run ``job`` with the store after every write queued so far; its result (or error) in the future."""
        future: Future[T] = Future()
        if self._closed:
            future.set_exception(RuntimeError("the history is closed"))
            return future
        self._jobs.put((job, future))  # type: ignore[arg-type]  # Future is invariant; the result is the job's
        return future

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every write queued so far is committed (or failed); ``False`` on timeout."""
        try:
            self.call(lambda _store: None).result(timeout)
        except TimeoutError:
            return False
        except RuntimeError:
            pass
        return True

    def close(self, timeout: float = 10.0) -> None:
        """Commit what is queued, close the store, end the thread (at once when called again)."""
        if self._closed:
            return
        self._closed = True
        self._jobs.put(None)
        self._thread.join(timeout)
        atexit.unregister(self.close)

    def _put(self, job: Callable[[HistoryStore], object]) -> None:
        if not self._closed:
            self._jobs.put((job, None))

    # -- the thread ------------------------------------------------------------------------------------

    def _run(self) -> None:
        try:
            store = self._open_store()
        except Exception as error:  # opening never raises for a bad file; this is a bug, not the file
            log.exception("history: cannot open")
            self.opened.set_exception(error)
            store = HistoryStore.open(None)
        else:
            self.opened.set_result(store)
        while True:
            item = self._jobs.get()
            if item is None:
                break
            job, future = item
            try:
                result = job(store)
            except Exception as error:
                if future is not None:
                    future.set_exception(error)
                else:
                    log.warning("history: a write failed: %s", error)
                    if self._on_error is not None:
                        self._on_error(f"History not saved: {error}")
            else:
                if future is not None:
                    future.set_result(result)
        store.close()
