"""Reading a user's file from disk in bounded time and memory, whatever the path turns out to be.

A routine is at most :data:`~backcoach.core.yamlsource.MAX_FILE_BYTES`, but a path can name anything: a
2 GiB sparse file (reading it whole takes seconds and gigabytes), a link to ``/dev/zero`` (never ends), a
named pipe (blocks until someone writes), a link that points to itself. So the file's type and size are
checked before it is read, it is opened without blocking, checked again once open (it may have been
swapped in between), and at most the limit plus one byte is read. Every refusal is a
:class:`~backcoach.core.problems.RoutineError` at 1:1 that says what the path is.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from .problems import Position, Problem, RoutineError
from .yamlsource import MAX_FILE_BYTES, decode, too_large

_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # a pipe swapped in after the check must not block the open
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)  # Windows: no newline translation
)


def read_user_file(path: Path | str, file: str | None = None, limit: int = MAX_FILE_BYTES,
                   what: str = "a routine") -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; otherwise a located, plain-worded refusal.

    ``file`` is how messages name the file (default: the path); ``what`` what it should be (``an article``).
    """
    name = file or str(path)
    try:
        info = os.stat(path)
    except OSError as error:
        raise _refusal(name, _why_not_found(Path(path), error)) from None
    _check_kind(name, Path(path), info.st_mode)
    if info.st_size > limit:
        raise RoutineError([too_large(name, info.st_size, limit, what)])
    try:
        descriptor = os.open(path, _OPEN_FLAGS)
    except OSError as error:
        raise _refusal(name, _why_not_found(Path(path), error)) from None
    try:
        opened = os.fstat(descriptor)
        _check_kind(name, Path(path), opened.st_mode)
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)  # a regular file: the flag only guarded the open
        chunks: list[bytes] = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(descriptor, min(remaining, 256 * 1024))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    except OSError as error:
        raise _refusal(name, f"cannot read the file: {error.strerror or error}") from None
    finally:
        os.close(descriptor)
    data = b"".join(chunks)
    if len(data) > limit:
        raise RoutineError([too_large(name, None, limit, what)])
    return data


def read_user_text(path: Path | str, file: str | None = None) -> str:
    """A user's file as text, with the same checks and the same messages as a routine file's."""
    name = file or str(path)
    return decode(read_user_file(path, name), name)


def _refusal(file: str, message: str) -> RoutineError:
    return RoutineError([Problem(file, Position(), message)])


def _why_not_found(path: Path, error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return "a link that points to itself (a loop of symbolic links); point it at a routine file"
    if error.errno == errno.ENOENT and path.is_symlink():
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        return f"a link to {target}, which does not exist"
    if error.errno == errno.ENOENT:
        return "no such file or folder"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "cannot read the file: permission denied"
    return f"cannot read the file: {error.strerror or error}"


def _check_kind(file: str, path: Path, mode: int) -> None:
    """Only a regular file is read; anything else is named, and a link says where it leads."""
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        what = "a folder"
    elif stat.S_ISFIFO(mode):
        what = "a named pipe (FIFO)"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        what = "a device"
    elif stat.S_ISSOCK(mode):
        what = "a socket"
    else:
        what = "a special file"
    if path.is_symlink():
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        raise _refusal(file, f"a link to {target}, which is {what}: BackCoach reads only regular files")
    raise _refusal(file, f"this is {what}, not a file: BackCoach reads only regular files")
