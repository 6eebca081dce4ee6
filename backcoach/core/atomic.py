"""Writing a file whole or not at all: the one way BackCoach's Qt-free code writes a file (the settings, the
cache of parsed routines, a history export). The GUI writes a user's routines through ``gui/saving.py``
(QSaveFile), which does the same with Qt.

The data goes to a temporary file beside the target, is flushed to the disk, and then renamed over the
target: a crash, a full disk or a kill leaves the old file or the new one, never half of either.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: str | bytes) -> None:
    """Replace ``path`` with ``data`` (text is written as UTF-8, its line ends as they are)."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data.encode("utf-8") if isinstance(data, str) else data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
