"""What the caches of the user's files are keyed by besides the files: the code that read them, and how recent a
file's times must not be for the cache to trust them.

Kept apart from :mod:`.routine_cache` (which imports the routine model and the catalog) so that the app's
snapshot of its routine list (``gui/library_snapshot.py``) can check its key before the rest of the core is
imported.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from .. import __version__

RACY_NS = 2_000_000_000
"""A file whose modification or change time is this close to its reading is not kept: a file system's clock
moves in ticks (a few milliseconds; two seconds on FAT), so a second change in the same tick, of the same size,
would leave every time as it was and a cache would keep the first reading."""


def code_fingerprint(also: Iterable[Path] = ()) -> bytes:
    """Changes whenever the code that reads routines may have changed (a release, or an edit in a checkout):
    BackCoach's version and the size and time of every core module, and of the modules ``also`` names."""
    folder = Path(__file__).parent
    parts = [__version__]
    for module in [*sorted(folder.glob("*.py")), *also]:
        stat = module.stat()
        parts.append(f"{module.name}:{stat.st_size}:{stat.st_mtime_ns}")
    return "|".join(parts).encode()


def file_stamp(stat: os.stat_result) -> tuple[int, int, int, int]:
    """What tells one version of a file from another without reading it: its size, its modification and change
    times, and its inode (a file replaced by an atomic save is a new inode). The one rule both caches key by."""
    return stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino
