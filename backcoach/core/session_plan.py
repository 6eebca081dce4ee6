"""The one place that says what a session is: :func:`plan_session`.

A routine, the user's preferences, a level and a verbosity make one :class:`SessionPlan`: the timeline
(which steps, when), the cue plan (what is said and played, when) and the display model (what the screen
says about each step). The library's estimates, the session screen, the spoken "About N minutes",
``backcoach timeline``, ``script`` and ``list`` all read a plan made here, so for the same settings they
agree to the second. Nothing else applies preferences, expands a timeline for a session or plans its cues.

Everything but the routine is worked out when first read: the library asks every routine for its length
at every level, and that length is summed without building the steps (:func:`planned_seconds`, which a
property test holds equal to the timeline's total), so a routine of 100,000 steps lists as fast as any.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from .cue_types import PhraseTimer, Verbosity, estimated_phrase_seconds
from .durations import Level
from .exercise_library import ExerciseLibrary
from .model import Routine
from .preferences import Preferences, apply_preferences
from .timeline import Timeline, expand, planned_seconds

if TYPE_CHECKING:  # imported when first read: listing the library needs lengths only
    from .cues import CuePlan
    from .display import SessionDisplay


@dataclass(frozen=True)
class SessionPlan:
    """One session as it will run (assuming no pauses): built by :func:`plan_session` only."""

    routine: Routine
    """The routine as it runs: the user's preferences applied, high-impact moves swapped when they ask for
    it (the file is never changed)."""
    preferences: Preferences
    level: Level
    verbosity: Verbosity
    phrase_seconds: PhraseTimer = field(repr=False, compare=False)
    exercise_library: ExerciseLibrary = field(repr=False, compare=False)

    @cached_property
    def timeline(self) -> Timeline:
        return expand(self.routine, self.level, self.exercise_library)

    @cached_property
    def total_seconds(self) -> int:
        """The planned length: what the library estimates, the session screen counts down and the coach says."""
        if "timeline" in self.__dict__:
            return self.timeline.total_seconds
        return planned_seconds(self.routine, self.level, self.exercise_library)

    @cached_property
    def cues(self) -> CuePlan:
        from .cues import plan_cues

        return plan_cues(self.timeline, self.verbosity, self.phrase_seconds)

    @cached_property
    def display(self) -> SessionDisplay:
        from .display import SessionDisplay, step_cards

        return SessionDisplay(step_cards(self.timeline))

    def swapped(self, index: int) -> tuple[SessionPlan, int] | None:
        """The G key at step ``index``: this session with the high-impact move now (or next) swapped for the
        gentler move the exercise library names (or left out), and the step to go on from; ``None`` when no
        high-impact move is current or next."""
        from .gentler import swap_in_session

        swap = swap_in_session(self.routine, self.exercise_library, self.timeline, index, self.level)
        if swap is None:
            return None
        if swap.routine is self.routine:  # left out: the same plan, from what follows the move
            return self, swap.index
        plan = plan_session(swap.routine, self.preferences, self.level, self.verbosity,
                            phrase_seconds=self.phrase_seconds, exercise_library=self.exercise_library)
        return plan, swap.index


def plan_session(
    routine: Routine,
    preferences: Preferences | None = None,
    level: Level | None = None,
    verbosity: Verbosity = Verbosity.STANDARD,
    *,
    phrase_seconds: PhraseTimer = estimated_phrase_seconds,
    exercise_library: ExerciseLibrary | None = None,
) -> SessionPlan:
    """The session ``routine`` runs with the user's ``preferences`` at ``level`` (``None``: the routine's own,
    else intermediate) and ``verbosity``. ``phrase_seconds`` says how long a phrase lasts (the speech layer's
    measured lengths in the app, an estimate elsewhere); ``exercise_library`` says how each move is done (its
    pace, sides, position, cautions and gentler move)."""
    chosen = preferences or Preferences()
    library = exercise_library or ExerciseLibrary()
    running = apply_preferences(routine, prepare=chosen.prepare, pace=chosen.pace,
                                position_change=chosen.position_change)
    if chosen.gentler:
        from .gentler import with_gentler

        running = with_gentler(running, library) or running
    return SessionPlan(
        routine=running,
        preferences=chosen,
        level=running.effective_level(level),
        verbosity=verbosity,
        phrase_seconds=phrase_seconds,
        exercise_library=library,
    )


def estimates(routine: Routine, preferences: Preferences | None = None,
              exercise_library: ExerciseLibrary | None = None) -> dict[Level, int]:
    """The planned length at every level, each from :func:`plan_session` (what the preview lists)."""
    return {level: plan_session(routine, preferences, level, exercise_library=exercise_library).total_seconds
            for level in Level}
