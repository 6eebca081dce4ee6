"""Saving files so that a crash, a kill or a full disk never leaves half a file: the one way the app saves.

:func:`save_text` writes through ``QSaveFile``: the text goes to a temporary file beside the target, is
synced to disk, and only then replaces the target in one rename. Whoever reads the path sees the old file
or the new one, whole, never a mix.

What an interrupted save can leave behind: on Linux (Qt 6.11, as ``strace`` shows) the temporary file is
an unnamed ``O_TMPFILE``; after ``fdatasync`` Qt links it into the folder as ``NAME.XXXXXX`` and renames
that over ``NAME``. A process killed between that link and the rename leaves a complete ``NAME.XXXXXX``
beside the target; killed at any other moment, it leaves nothing. Where ``O_TMPFILE`` is not available
the temporary file is named from the start, so a kill while writing can leave a partial ``NAME.XXXXXX``.
The target itself is never damaged, and :func:`set_aside_interrupted_saves` (run when the library is read)
moves such leftovers out of the routine folder into a ``recovered`` folder: tidy, and nothing deleted.

Only QtCore is imported (no QtWidgets, no QApplication needed), so a command-line tool or a test's child
process can save the same way cheaply.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from PySide6.QtCore import QFileDevice, QIODevice, QSaveFile


def save_text(path: Path | str, text: str) -> None:
    """Write ``text`` to ``path`` atomically, as UTF-8 with ``\\n`` line endings; make its folder if needed.

    Raises :class:`OSError` with a message for people (``cannot save FILE: why``) when the folder cannot
    be made or the file cannot be written whole; the file that was there before is then left as it was.
    """
    target = Path(path)
    _make_folder(target)
    data = text.replace("\r\n", "\n").replace("\r", "\n").encode("utf-8")
    file = QSaveFile(str(target))
    # No QIODevice.Text: the bytes go out as they are, so "\n" stays "\n" on Windows too.
    if not file.open(QIODevice.OpenModeFlag.WriteOnly):
        raise OSError(f"cannot save {target}: {_reason(file)}")
    written = file.write(data)
    if written != len(data):
        # A short write is not an error to Qt (error() stays NoError) and commit() would then happily
        # rename the truncated file over the target: refuse it here.
        reason = _reason(file) if file.error() != QFileDevice.FileError.NoError else (
            f"only {max(written, 0)} of {len(data)} bytes could be written (is the disk full?)"
        )
        file.cancelWriting()
        file.commit()  # after cancelWriting this only discards the temporary file
        raise OSError(f"cannot save {target}: {reason}")
    if not file.commit():  # flushes, syncs to disk, then renames over the target; on failure the target stays
        raise OSError(f"cannot save {target}: {_reason(file)}")


LEFTOVER = re.compile(r"^.+\.ya?ml\.[A-Za-z0-9]{6}$")
"""``NAME.yaml.XXXXXX``: the temporary file an interrupted QSaveFile leaves beside its target."""


def set_aside_interrupted_saves(folder: Path, recovered: Path, *, older_than: float = 60.0,
                                now: float | None = None) -> list[Path]:
    """Move leftovers of interrupted saves from ``folder`` into ``recovered``; return where they went.

    Only files at least ``older_than`` seconds old are moved, so a save still running (another BackCoach)
    is never touched. They are moved, not deleted: a complete leftover is the last version someone asked
    to save. Problems moving one are skipped quietly; the library works either way.
    """
    moment = time.time() if now is None else now
    moved: list[Path] = []
    try:
        candidates = [p for p in folder.iterdir() if LEFTOVER.match(p.name) and p.is_file()]
    except OSError:
        return moved
    for path in sorted(candidates):
        try:
            if moment - path.stat().st_mtime < older_than:
                continue
            recovered.mkdir(parents=True, exist_ok=True)
            destination = recovered / path.name
            path.replace(destination)
            moved.append(destination)
        except OSError:
            continue
    return moved


def _make_folder(target: Path) -> None:
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        blocking = next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), None)
        reason = f"{blocking} is a file, not a folder" if blocking else (error.strerror or str(error))
        problem = OSError(f"cannot save {target}: cannot make the folder {folder}: {reason}")
        problem.errno = error.errno
        raise problem from None


def _reason(file: QSaveFile) -> str:
    """Qt's reason, or a plainer one where Qt has none ("Unknown error" after a failed write)."""
    reason = file.errorString()
    if reason and reason != "Unknown error":
        return reason
    if file.error() == QFileDevice.FileError.WriteError:
        return "the file could not be written whole (is the disk full?)"
    return f"the file could not be written ({file.error().name})"
