"""A snapshot of the routine list as it was last shown, so that the next start lists the routines before the
core is imported, and reads them right after that first paint.

Listing the routines at start-up meant importing the core (the routine model, the catalog, the timeline and the
planner), reading every routine from the cache of parsed routines and planning each one for its Estimate column:
some 40 ms before the list could be drawn. What the list shows is a few strings and sort keys per row, and they
change only when something they are made from changes. So after every real listing the rows are kept here, in
the user's cache folder, under a key of everything they are made from:

* the routine folders (bundled and the user's): every file and folder below them by name, with each file's size,
  modification time, change time and inode, as the cache of parsed routines keys a file (a new, changed, renamed
  or deleted file changes the key);
* the settings file's size and times, and the level and preferences the estimates were planned with (they must
  be those the settings give at the next start);
* the code's fingerprint (BackCoach's version and its core modules, this one and the list's model), so a newer
  way of reading or wording never trusts an older snapshot.

The rows are shown only when the whole key matches; otherwise the routines are read as before the snapshot
existed. A snapshot that cannot be read, is not BackCoach's, or is malformed in any way is ignored (and replaced
at the next listing). A file changed within two seconds of the listing is not trusted to have its times changed
by a second change (a file system's clock moves in ticks), so no snapshot is written then. The list shows a
snapshot's rows without any routine behind them only until the routines are read, right after its first paint;
anything that needs a routine before that reads them first (``RoutineLibraryView.current_entry``).
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.fingerprint import RACY_NS, code_fingerprint, file_stamp

if TYPE_CHECKING:
    from ..core.choices import Level
    from ..core.preferences import Preferences

log = logging.getLogger("backcoach")
FORMAT = "backcoach-library-snapshot 1"
Sort = str | int | float
Cell = tuple[str, Sort, str]
"""One cell of the list: its text, its sort key, its tooltip."""


@dataclass(frozen=True)
class SnapshotRow:
    """A row of the routine list as it was shown."""

    path: str
    bundled: bool
    broken: bool
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class Shown:
    """A snapshot that still holds: the rows and the status line that went with them."""

    rows: tuple[SnapshotRow, ...]
    status: str


@dataclass(frozen=True)
class Key:
    """What the rows are made from, taken before the routines are read (see the module's description)."""

    value: list[object]
    settled: bool
    """Whether every file's times are far enough in the past for a later change to show in them."""


def plan_of(level: Level | None, preferences: Preferences) -> list[object]:
    """The level and the preferences the estimates are planned with, as the snapshot keeps them."""
    from dataclasses import astuple

    return [level, *astuple(preferences)]


class LibrarySnapshot:
    """The snapshot file ``path`` of the list of the routines in ``folders``, with the settings at
    ``settings_path``."""

    def __init__(self, path: Path, folders: Sequence[Path], settings_path: Path, columns: int,
                 clock: Callable[[], int] = time.time_ns) -> None:
        """``columns``: the list's; ``clock``: the file system's time now, in nanoseconds (tests move it)."""
        self.path = path
        self.folders = tuple(folders)
        self.settings_path = settings_path
        self.columns = columns
        self._clock = clock
        self._kept: object = None
        """What the file holds (as read or last written): an unchanged listing is not written again."""

    def key(self) -> Key:
        """The key of the routines as they are now on disk (taken before they are read)."""
        now = self._clock()
        times: list[int] = []
        here = Path(__file__).parent
        fingerprint = code_fingerprint((here / "routine_library_model.py", here / "library_snapshot.py",
                                        here.parent / "settings_store.py")).decode()
        listed = [[str(folder), _listing(folder, times)] for folder in self.folders]
        settings = _stat(self.settings_path, times)
        return Key([fingerprint, listed, settings], all(t < now - RACY_NS for t in times))

    def read(self, key: Key, plan: list[object]) -> Shown | None:
        """The rows kept under ``key`` and ``plan``; ``None`` if there are none, or they are not for these."""
        import json

        try:
            data = json.loads(self.path.read_bytes())
        except FileNotFoundError:
            return None
        except (OSError, ValueError, RecursionError) as error:
            log.info("library snapshot %s ignored: %s", self.path, error)
            return None
        self._kept = data
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return None
        if data.get("key") != key.value or data.get("plan") != plan:
            return None
        status = data.get("status")
        rows = _rows(data.get("rows"), self.columns)
        if rows is None or not isinstance(status, str):
            log.info("library snapshot %s ignored: not in the expected shape", self.path)
            return None
        return Shown(rows, status)

    def write(self, key: Key, plan: list[object], rows: Iterable[SnapshotRow], status: str) -> None:
        """Keep these rows under ``key`` and ``plan`` (atomically; not if a file is too recent to trust, or if the
        file already holds them). Failing to write costs only the next start-up's speed."""
        import json

        from ..core.atomic import write_atomically

        if not key.settled:
            return
        data = {"format": FORMAT, "key": key.value, "plan": plan, "status": status,
                "rows": [[row.path, row.bundled, row.broken, [list(cell) for cell in row.cells]] for row in rows]}
        text = json.dumps(data, ensure_ascii=False)
        data = json.loads(text)  # as it will be read back: an unchanged listing is not written again
        if data == self._kept:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(self.path, text)
        except OSError as error:
            log.info("library snapshot %s not written: %s", self.path, error)
            return
        self._kept = data


def _stat(path: Path, times: list[int]) -> list[int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    times.extend((stat.st_mtime_ns, stat.st_ctime_ns))
    return list(file_stamp(stat))


def _listing(folder: Path, times: list[int]) -> list[object]:
    """Every file and folder below ``folder``, sorted by name, each file with its stat (``None``: it cannot be
    looked at). Linked folders are listed, not entered, as the catalog's search of a folder does."""
    found: list[object] = []
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return found
    for entry in entries:
        try:
            is_folder = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_folder = False
        if is_folder:
            found.append([entry.name, _listing(Path(entry.path), times)])
        else:
            found.append([entry.name, _stat(Path(entry.path), times)])
    return found


def _rows(data: object, columns: int) -> tuple[SnapshotRow, ...] | None:
    """The rows of a snapshot read back, checked to the last cell (``None``: something is not as written)."""
    if not isinstance(data, list):
        return None
    rows = []
    for row in data:
        if not (isinstance(row, list) and len(row) == 4):
            return None
        path, bundled, broken, cells = row
        if not (isinstance(path, str) and isinstance(bundled, bool) and isinstance(broken, bool)
                and isinstance(cells, list) and len(cells) == columns):
            return None
        checked: list[Cell] = []
        for cell in cells:
            if not (isinstance(cell, list) and len(cell) == 3):
                return None
            text, sort, tip = cell
            if not (isinstance(text, str) and isinstance(sort, str | int | float) and not isinstance(sort, bool)
                    and isinstance(tip, str)):
                return None
            checked.append((text, sort, tip))
        rows.append(SnapshotRow(path, bundled, broken, tuple(checked)))
    return tuple(rows)
