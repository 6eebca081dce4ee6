"""A quick timer: "N rounds of W seconds work / R seconds rest", optionally with named moves, as a routine.

Someone who wants intervals for a class right now should not have to write YAML. A :class:`QuickTimer`
says what they asked for, and :meth:`QuickTimer.routine` makes it an ordinary :class:`~.model.Routine`, so
it runs through the one planner (:func:`~.session_plan.plan_session`), shows on every screen, is recorded,
and saves through the one routine writer like any other. The routine keeps the promise exactly: one
get-ready, then work and rest alternating, no get-ready between intervals, no rest after the last.

* Without moves, or with one: one exercise of ``N`` sets, each a ``W``-second hold with ``R`` seconds of rest
  between sets (the screen says "Set 3 of 8").
* With several moves: a block per round ("Round 2 of 5"), each move ``W`` seconds, ``R`` seconds of rest
  between moves and between rounds; only the very first move has a get-ready.

A move the exercise library knows brings its instructions and cautions; one it describes as one-sided is
timed as one interval (``sides: together``), because a timer's interval is what the user set, not twice it.

:meth:`QuickTimer.text` and :meth:`QuickTimer.parse` give the short form the settings remember
(``8x20/10: Plank, Bird dog``); parsing is a few splits, linear in a text of bounded length.
"""

from __future__ import annotations

from dataclasses import dataclass

from .durations import Range, format_seconds
from .exercise_library import ExerciseLibrary
from .model import Block, Exercise, Routine, Sides, Timing

ROUNDS_RANGE = (1, 100)
WORK_RANGE = (1, 3600)
REST_RANGE = (0, 3600)
MAX_MOVES = 10
MAX_MOVE_CHARS = 60
MAX_TEXT_CHARS = 1000
"""Longer than any quick timer's short form (ten moves of sixty characters); a longer text is refused unread."""
MAX_SECONDS = 4 * 3600
"""The longest quick timer: four hours of intervals is already more than any class."""
GET_READY = 10
"""Seconds to get to the mat before the first interval, unless the user's settings say otherwise."""
NO_TIMING = Timing()
ROUTINE_ID = "quick timer"
"""How the history names every quick timer's sessions (they have no file)."""


@dataclass(frozen=True)
class QuickTimer:
    """What the user asked for; the constructor refuses what cannot be run (``ValueError``, said for people)."""

    rounds: int = 8
    work: int = 20
    rest: int = 10
    moves: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for what, value, (low, high) in (("rounds", self.rounds, ROUNDS_RANGE), ("work", self.work, WORK_RANGE),
                                         ("rest", self.rest, REST_RANGE)):
            if not low <= value <= high:
                raise ValueError(f"{what} must be from {low} to {high}, not {value}")
        if len(self.moves) > MAX_MOVES:
            raise ValueError(f"at most {MAX_MOVES} moves, not {len(self.moves)}")
        for move in self.moves:
            if not move or move != move.strip() or len(move) > MAX_MOVE_CHARS or "\n" in move:
                raise ValueError(f"a move is a name of 1 to {MAX_MOVE_CHARS} characters on one line, not {move[:70]!r}")
        if self.total_seconds > MAX_SECONDS:
            raise ValueError(f"that is {format_seconds(self.total_seconds)} of intervals; the most is "
                             f"{format_seconds(MAX_SECONDS)}")

    @property
    def intervals(self) -> int:
        """How many times someone works: every move, every round."""
        return self.rounds * max(1, len(self.moves))

    @property
    def total_seconds(self) -> int:
        """Work and rest, without the get-ready: rests come between intervals, never after the last."""
        return self.intervals * self.work + (self.intervals - 1) * self.rest

    @property
    def title(self) -> str:
        """``Quick timer: 8 × 20 s work / 10 s rest`` (with the moves named after it)."""
        rest = f" / {format_seconds(self.rest)} rest" if self.rest else ", no rest"
        moves = f" — {', '.join(self.moves)}" if self.moves else ""
        return f"Quick timer: {self.rounds} × {format_seconds(self.work)} work{rest}{moves}"

    def text(self) -> str:
        """The short form the settings keep: ``8x20/10``, or ``3x30/15: Plank, Bird dog``."""
        return f"{self.rounds}x{self.work}/{self.rest}" + (f": {', '.join(self.moves)}" if self.moves else "")

    @classmethod
    def parse(cls, text: str) -> QuickTimer:
        """The quick timer of a short form (:meth:`text`); ``ValueError`` says what is wrong with it."""
        if len(text) > MAX_TEXT_CHARS:
            raise ValueError(f"a quick timer is at most {MAX_TEXT_CHARS} characters, not {len(text):,}")
        numbers, _, names = text.partition(":")
        rounds, _, times = numbers.strip().lower().partition("x")
        work, _, rest = times.partition("/")
        values = []
        for part in (rounds, work, rest):
            part = part.strip()
            if not part.isascii() or not part.isdigit() or len(part) > 6:
                raise ValueError(f"write a quick timer as ROUNDSxWORK/REST (8x20/10), not {text[:40]!r}")
            values.append(int(part))
        return cls(values[0], values[1], values[2], split_moves(names))

    def routine(self, get_ready: int = GET_READY, library: ExerciseLibrary | None = None) -> Routine:
        """The routine that runs this timer (``get_ready``: seconds before the first interval; ``library``: the
        exercise library, to time one-sided moves as one interval)."""
        hold = Range.single(self.work)
        first = Timing(prepare=Range.single(get_ready))

        def move(name: str, timing: Timing, sets: int = 1) -> Exercise:
            entry = library.find(name) if library is not None else None
            sides = Sides.TOGETHER if entry is not None and entry.one_sided else None
            return Exercise(name, hold=hold, sets=sets, sides=sides, timing=timing)

        defaults = Timing(prepare=Range.single(0), between=Range.single(self.rest), position_change=Range.single(0))
        if len(self.moves) <= 1:
            name = self.moves[0] if self.moves else "Work"
            timing = Timing(prepare=first.prepare, rest=Range.single(self.rest))
            blocks: tuple[Block, ...] = (Block("Quick timer", (move(name, timing, self.rounds),)),)
        else:
            blocks = tuple(
                Block(f"Round {number} of {self.rounds}" if self.rounds > 1 else "Quick timer",
                      tuple(move(name, first if number == 1 and index == 0 else NO_TIMING)
                            for index, name in enumerate(self.moves)))
                for number in range(1, self.rounds + 1)
            )
        return Routine(title=self.title, blocks=blocks, defaults=defaults,
                       summary=f"{self.text()} — made with the quick timer.")


def split_moves(text: str) -> tuple[str, ...]:
    """Move names as typed: separated by commas or new lines, spaces trimmed, empty ones dropped."""
    return tuple(name.strip() for line in text.splitlines() for name in line.split(",") if name.strip())
