"""Guards against the PySide6 6.12.0 bug that aborts long sessions.

Its ``Signal.emit()`` drops a reference to ``True`` (its return value) on every call. A session emits
several signals a second; on Python 3.11, where ``True`` is not immortal, the interpreter aborts with
"deallocating True or False" after a few thousand emits. pyproject.toml keeps PySide6 below 6.12.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    happened = Signal(object)


IMMORTAL = 1 << 29
"""On Python 3.12 and later ``True`` and ``None`` are immortal: their count starts near 2**32 and a dropped
reference can never free them (PySide6's stable-ABI code still moves the count a little, harmlessly)."""


def test_emitting_signals_keeps_reference_counts_intact(qtbot: object) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.happened.connect(received.append)
    before_true, before_none = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(200):
        emitter.happened.emit(None)
    assert len(received) == 200
    received.clear()
    if sys.version_info >= (3, 12):
        assert sys.getrefcount(True) > IMMORTAL and sys.getrefcount(None) > IMMORTAL
        return
    assert sys.getrefcount(True) - before_true >= 0
    assert sys.getrefcount(None) - before_none >= -1
