"""A cache of parsed routine files and exercise libraries, so that starting the app reads no YAML.

Reading the library at start-up parses every routine (and imports the YAML parser to do it); with this
cache a start-up whose files have not changed unpickles the results instead. It may never be wrong:

* A file is looked up by its path and the name its messages use, and trusted only while its size,
  modification time, change time and inode are all the same; any difference and it is read again.
* A broken file is cached with its problems, so it stays broken with the very same messages.
* The whole cache is ignored when BackCoach's code changes (its version, and the size and time of every
  core module), so a newer validator never trusts an older verdict.
* A cache that cannot be read (missing, truncated, from another version) is ignored and rebuilt; writing it
  is atomic, and failing to write it costs only the next start-up's speed.
* A file changed within two seconds of being read is not kept: a file system's clock moves in ticks (a few
  milliseconds; two seconds on FAT), so a second change in the same tick, of the same size, would leave every
  time as it was, and the cache would keep the first verdict (a file fixed on disk still "broken"). Such a file
  is read again at the next start, when its times are safely in the past.

The cache file lives in the user's cache folder; it is the user's own, like the settings file.
"""

from __future__ import annotations

import logging
import pickle
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from .atomic import write_atomically
from .catalog import CatalogEntry, load_entry
from .exercise_library import ExerciseLibrary, load_library_path
from .fingerprint import RACY_NS, code_fingerprint, file_stamp
from .problems import RoutineError

log = logging.getLogger("backcoach")
MAGIC = b"backcoach-routine-cache 1\n"
Key = tuple[str, str, str, bool, int, int, int, int]
"""What was read (``routine``/``library``), path, display name, bundled, size, mtime, ctime, inode."""
T = TypeVar("T")


class RoutineCache:
    """Parsed files by key; :meth:`save` writes the cache when something was read or dropped."""

    def __init__(self, path: Path, clock: Callable[[], int] = time.time_ns) -> None:
        """``clock``: the file system's time now, in nanoseconds (tests move it)."""
        self.path = path
        self._read_at = clock()
        self._fingerprint = code_fingerprint()
        self._old: dict[Key, object] = self._read()
        self._new: dict[Key, object] = {}

    # -- looking up ------------------------------------------------------------------------------------

    def entry(self, path: Path, *, bundled: bool, display_name: str) -> CatalogEntry:
        """A routine file as :func:`~backcoach.core.catalog.load_entry` reads it."""
        key = self._key("routine", path, display_name, bundled)
        if key is None:
            return load_entry(path, bundled=bundled, display_name=display_name)
        return self._cached(key, lambda: load_entry(path, bundled=bundled, display_name=display_name), CatalogEntry)

    def library(self, path: Path, display_name: str) -> ExerciseLibrary:
        """An exercise-library file as :func:`load_library_path` reads it (raises its :class:`RoutineError`)."""
        key = self._key("library", path, display_name, False)
        if key is None or path.is_dir():  # a folder of libraries: read it (its files' times are not tracked)
            return load_library_path(path, display_name)

        def read() -> ExerciseLibrary | RoutineError:
            try:
                return load_library_path(path, display_name)
            except RoutineError as error:
                return error

        result = self._cached(key, read, (ExerciseLibrary, RoutineError))
        if isinstance(result, RoutineError):
            raise RoutineError(list(result.problems))
        return result

    def _cached(self, key: Key, read: Callable[[], T], kind: type | tuple[type, ...]) -> T:
        value = self._new.get(key, self._old.get(key))
        if not isinstance(value, kind):
            value = read()
        self._new[key] = value
        return value  # type: ignore[return-value]

    @staticmethod
    def _key(what: str, path: Path, display_name: str, bundled: bool) -> Key | None:
        try:
            stat = path.stat()
        except OSError:
            return None  # let the reader say what is wrong with it
        return (what, str(path), display_name, bundled, *file_stamp(stat))

    # -- the file --------------------------------------------------------------------------------------

    def _read(self) -> dict[Key, object]:
        try:
            with self.path.open("rb") as stream:
                if stream.readline() != MAGIC or stream.readline() != self._fingerprint + b"\n":
                    return {}
                data = pickle.load(stream)
        except FileNotFoundError:
            return {}
        except Exception as error:  # truncated, or from classes that changed: rebuilt from the files
            log.info("routine cache %s ignored: %s", self.path, error)
            return {}
        return data if isinstance(data, dict) else {}

    def save(self) -> None:
        """Keep what this reading found (files no longer read are dropped, files changed too recently to trust
        their times are left out), if it differs from the file."""
        settled = self._read_at - RACY_NS
        self._new = {key: value for key, value in self._new.items() if max(key[5], key[6]) < settled}
        if self._new.keys() == self._old.keys():
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            data = pickle.dumps(self._new, protocol=pickle.HIGHEST_PROTOCOL)
            write_atomically(self.path, MAGIC + self._fingerprint + b"\n" + data)
        except (OSError, pickle.PicklingError) as error:
            log.info("routine cache %s not written: %s", self.path, error)
            return
        self._old = dict(self._new)
