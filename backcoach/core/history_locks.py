"""Which recorded sessions are still being run: one lock file per running session, held by the process.

A session is written as "running" when it starts. If the app then dies (a crash, a power cut, ``kill -9``)
nothing can mark it interrupted, so whoever opens the history next must tell a session another copy of the
app is running *now* from one whose app is gone. Timestamps cannot (a session may sit paused for an hour);
the operating system can: the recording process holds an exclusive lock on ``<uid>.lock`` for as long as
the session runs, and the system releases it when the process ends, however it ends. A lock that can be
taken therefore belongs to a dead process. ``flock`` locks are per open file, so the recording process's
own second connection sees its session as alive too.
"""

from __future__ import annotations

import logging
import sys
from contextlib import suppress
from pathlib import Path
from typing import IO

log = logging.getLogger("backcoach")


def _try_lock(handle: IO[bytes]) -> bool:
    """Take an exclusive lock without waiting; ``False`` when another open file holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:  # BlockingIOError, PermissionError (Windows): held elsewhere
        return False
    return True


class RunningLocks:
    """The lock files of the sessions this process is recording, in one folder beside the database."""

    def __init__(self, folder: Path | None) -> None:
        """``folder`` None: nothing is locked (a history kept in memory only, never seen by another process)."""
        self.folder = folder
        self._held: dict[str, IO[bytes]] = {}

    def _path(self, uid: str) -> Path:
        assert self.folder is not None
        return self.folder / f"{uid}.lock"

    def acquire(self, uid: str) -> None:
        """Hold the session's lock until :meth:`release` or the end of this process. A folder that cannot be
        written only costs the interrupted mark (the session itself is still recorded)."""
        if self.folder is None or uid in self._held:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle = open(self._path(uid), "a+b")  # noqa: SIM115 - held open for the whole session
        except OSError as error:
            log.warning("history: cannot create the lock of session %s: %s", uid, error)
            return
        if _try_lock(handle):
            self._held[uid] = handle
        else:  # a uid is new each session: another holder cannot happen, but never hold a lock we lack
            handle.close()

    def release(self, uid: str) -> None:
        handle = self._held.pop(uid, None)
        if handle is None:
            return
        handle.close()  # closing the file releases the lock
        with suppress(OSError):
            self._path(uid).unlink()

    def alive(self, uid: str) -> bool:
        """Whether a process still runs the session (this one, or another that holds its lock)."""
        if uid in self._held:
            return True
        if self.folder is None:
            return False
        path = self._path(uid)
        try:
            handle = open(path, "r+b")  # noqa: SIM115 - closed below
        except OSError:
            return False  # no lock file: the process died before it was made, or after removing it
        with handle:
            if not _try_lock(handle):
                return True
        with suppress(OSError):
            path.unlink()  # its owner is gone: tidy up
        return False

    def release_all(self) -> None:
        for uid in list(self._held):
            self.release(uid)
