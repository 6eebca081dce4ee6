"""Values someone should check, kept with the parts of a routine they belong to while it is edited.

The importer infers values an article does not state and says so (:class:`~backcoach.core.importer.Guess`,
at a path such as ``("blocks", 0, "exercises", 2, "sets")``). In the editor the routine changes with
every edit and exercises move between blocks, so a path would soon point at the wrong value. Marks are
therefore kept with the *objects* (the routine, a block, an exercise): the model is immutable and an
edit replaces only what it changes, so an exercise that was moved is the same object and keeps its
marks, and an edited exercise is a new object that carries the marks of its other fields. Editing a
guessed value is checking it: that mark goes. Undo brings the old objects back, and with them their
marks. When the routine is written, the marks become ``# guessed: …`` comments again.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from .model import Block, Exercise, Routine

Path = tuple[str | int, ...]
Address = tuple[()] | tuple[int] | tuple[int, int]


class Mark(Protocol):
    """A guessed value: where it sits in the routine, and why it was guessed (the importer's ``Guess``)."""

    @property
    def path(self) -> Path: ...

    @property
    def message(self) -> str: ...


class GuessMarks:
    """The guessed values of one open routine."""

    def __init__(self, routine: Routine, guesses: Iterable[Mark]) -> None:
        # id → (the object, kept alive so its id is never reused; key → message)
        self._marks: dict[int, tuple[object, dict[str, str]]] = {}
        for guess in guesses:
            found = _resolve(routine, guess.path)
            if found is not None:
                target, key = found
                self._add(target, key, guess.message)

    def _add(self, target: object, key: str, message: str) -> None:
        _kept, keys = self._marks.setdefault(id(target), (target, {}))
        keys[key] = f"{keys[key]}; {message}" if key in keys and message not in keys[key] else message

    def _keys(self, target: object) -> dict[str, str]:
        found = self._marks.get(id(target))
        return found[1] if found is not None and found[0] is target else {}

    def at(self, routine: Routine, address: Address, key: str) -> str | None:
        """Why the value of ``key`` at ``address`` (``()``, ``(block,)``, ``(block, exercise)``) was guessed."""
        target = _object_at(routine, address)
        return self._keys(target).get(key) if target is not None else None

    def keys_at(self, routine: Routine, address: Address) -> dict[str, str]:
        target = _object_at(routine, address)
        return dict(self._keys(target)) if target is not None else {}

    def follow(self, before: Routine, after: Routine, edited: tuple[Address, str] | None = None) -> None:
        """Carry marks from ``before`` to the new objects of ``after`` (an edit); the edited value loses its own."""
        edited_at, edited_key = edited if edited is not None else (None, None)
        existing = {id(before)} | {id(b) for b in before.blocks} | {id(e) for e in before.exercises}

        def carry(old: object, new: object, address: Address) -> None:
            if old is new or id(new) in self._marks or id(new) in existing:
                return  # the same object (moved, or untouched), or one that was there before in another place
            for key, message in self._keys(old).items():
                if not (address == edited_at and key == edited_key):
                    self._add(new, key, message)

        carry(before, after, ())
        if len(before.blocks) == len(after.blocks):
            for b, (old_block, new_block) in enumerate(zip(before.blocks, after.blocks, strict=True)):
                carry(old_block, new_block, (b,))
                if len(old_block.exercises) == len(new_block.exercises):
                    for e, (old, new) in enumerate(zip(old_block.exercises, new_block.exercises, strict=True)):
                        carry(old, new, (b, e))

    def comments(self, routine: Routine) -> dict[Path, str]:
        """``# guessed: …`` comments for :func:`~backcoach.core.writer.dump_routine`, for the marks still standing."""
        found: dict[Path, str] = {}
        for key, message in self._keys(routine).items():
            found[_routine_path(key)] = f"guessed: {message}"
        for b, block in enumerate(routine.blocks):
            for key, message in self._keys(block).items():
                found[("blocks", b, key)] = f"guessed: {message}"
            for e, exercise in enumerate(block.exercises):
                for key, message in self._keys(exercise).items():
                    found[("blocks", b, "exercises", e, key)] = f"guessed: {message}"
        return found

    def count(self, routine: Routine) -> int:
        """How many guessed values the routine still has."""
        return len(self.comments(routine))


def _routine_path(key: str) -> Path:
    return ("defaults", key) if key in ("prepare", "rep_time", "rest", "switch", "between", "pace") else (key,)


def _resolve(routine: Routine, path: Path) -> tuple[object, str] | None:
    """The object a path's value belongs to, and the value's key."""
    if len(path) == 1 and isinstance(path[0], str):
        return routine, path[0]
    if len(path) == 2 and path[0] == "defaults" and isinstance(path[1], str):
        return routine, path[1]
    if len(path) >= 3 and path[0] == "blocks" and isinstance(path[1], int) and 0 <= path[1] < len(routine.blocks):
        block = routine.blocks[path[1]]
        if len(path) == 3 and isinstance(path[2], str):
            return block, path[2]
        if len(path) == 5 and path[2] == "exercises" and isinstance(path[3], int) and isinstance(path[4], str) \
                and 0 <= path[3] < len(block.exercises):
            return block.exercises[path[3]], path[4]
    return None


def _object_at(routine: Routine, address: Address) -> Routine | Block | Exercise | None:
    if len(address) == 0:
        return routine
    if not 0 <= address[0] < len(routine.blocks):
        return None
    block = routine.blocks[address[0]]
    if len(address) == 1:
        return block
    index = address[1]
    return block.exercises[index] if 0 <= index < len(block.exercises) else None
