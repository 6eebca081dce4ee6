"""Problems found in a user's file, with the position a person needs to fix them.

Every error the core reports about a routine is a :class:`Problem`, so that the command line, the GUI
and the tests show the same ``FILE:LINE:COL: message`` text. Positions are 1-based, as editors count.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Position:
    """A place in a text file: 1-based line and column."""

    line: int = 1
    column: int = 1


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file, located where the user must look."""

    file: str
    position: Position
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.position.line}:{self.position.column}: {self.message}"


class RoutineError(Exception):
    """Raised when a file cannot be turned into a routine; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        if not problems:
            raise ValueError("RoutineError needs at least one problem")
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    @property
    def first(self) -> Problem:
        """The first problem, in file order: what a one-line listing shows."""
        return self.problems[0]
