"""Where the app's messages go: a log file, not the terminal.

A desktop app that prints on every start (sound libraries probing for cards, Qt looking for PipeWire)
teaches people to ignore its terminal, and on a machine without a sound card it printed a dozen lines.
So the app writes what it has to say to ``backcoach.log`` in the user's state folder, and says what a
person must act on in the window (a notice). ``BACKCOACH_LOG=stderr`` also prints it to the terminal,
for whoever is looking for a problem.

Messages logged before the file is opened (the window appears first, the file after it) are kept in
memory and written to the file when it opens. This module imports no Qt.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from .resources import user_log_dir

LOG_NAME = "backcoach.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _Buffer(logging.Handler):
    """Holds records until the log file is open (at most ``limit``: a flood must not grow memory)."""

    def __init__(self, limit: int = 500) -> None:
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []
        self.limit = limit

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < self.limit:
            self.records.append(record)


_BUFFER: list[_Buffer] = []


def start() -> None:
    """Take over logging at once (cheap: no file yet), so nothing reaches the terminal from here on."""
    root = logging.getLogger()
    if _BUFFER:
        return
    buffer = _Buffer()
    _BUFFER.append(buffer)
    root.addHandler(buffer)
    root.setLevel(logging.INFO)
    if os.environ.get("BACKCOACH_LOG") == "stderr":
        show_on_terminal()


def show_on_terminal() -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(FORMAT))
    logging.getLogger().addHandler(handler)


def open_file(folder: Path | None = None) -> Path | None:
    """Open the log file (rotated at 1 MiB, three kept) and write what was held; its path, or None if the
    folder cannot be written (then messages are dropped: never a reason for the app not to run)."""
    from logging.handlers import RotatingFileHandler

    root = logging.getLogger()
    buffer = _BUFFER[0] if _BUFFER else None
    path: Path | None = (folder or user_log_dir()) / LOG_NAME
    assert path is not None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(path, maxBytes=1 << 20, backupCount=3, encoding="utf-8")
    except OSError:
        handler, path = logging.NullHandler(), None
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    if buffer is not None:
        root.removeHandler(buffer)
        for record in buffer.records:
            handler.handle(record)
        buffer.records.clear()
    return path


def qt_message(kind: int, context: object, message: str) -> None:
    """A Qt message handler: Qt's own lines go to the log (warnings as warnings), not to the terminal.

    ``kind`` is Qt's QtMsgType as an int (0 debug, 1 warning, 2 critical, 3 fatal, 4 info), so this module
    needs no Qt import.
    """
    level = {0: logging.DEBUG, 4: logging.DEBUG, 1: logging.WARNING}.get(int(kind), logging.ERROR)
    logging.getLogger("qt").log(level, "%s", message)
