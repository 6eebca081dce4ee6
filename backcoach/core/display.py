"""What the session screen shows at a moment, as text: the widgets only lay it out.

Keeping this out of the widgets means the rules (which rep you are on, what comes next, how the clock
reads) are tested without Qt, and the GUI holds no session logic.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from . import spoken
from .durations import format_seconds
from .timeline import Side, Step, StepKind


def clock_text(seconds: float) -> str:
    """``0:05``, ``1:30``, ``1:02:03``: what the big countdown shows (whole seconds, rounded up)."""
    whole = max(0, math.ceil(seconds - 1e-9))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


@dataclass(frozen=True)
class Moment:
    kind: StepKind
    heading: str
    clock: str
    title: str
    detail: str
    upcoming: str
    block: str
    step_fraction: float
    session_fraction: float
    rep: int | None = None
    self_paced: bool = False
    caution: str = ""
    """A get-ready's caution for the move (the exercise library's ``cautions``), shown before it starts."""
    note: str = ""
    """The routine's note on the move, shown while getting ready for it and doing it."""
    offer: str = ""
    """For a high-impact move: what the skip key does (swap it for a gentler move, or skip it)."""
    high_impact: bool = False


HEADINGS = {StepKind.PREPARE: "GET READY", StepKind.WORK: "WORK", StepKind.REST: "REST"}


def _side(step: Step) -> str:
    return f"{step.side.value} {spoken.side_word(step.per)}" if step.side else ""


def current_side(step: Step, elapsed: float) -> Side | None:
    """The side being worked ``elapsed`` seconds into a step: its own, or for a move whose sides alternate
    within the set, left on the first half of each rep and right on the second."""
    if step.kind is not StepKind.WORK or not step.alternating:
        return step.side
    if step.duration is None or step.reps is None:
        return None
    half = step.duration / (2 * step.reps)
    return Side.LEFT if math.floor(elapsed / half + 1e-9) % 2 == 0 else Side.RIGHT


def gentler_offer(step: Step) -> str:
    """What the skip key offers before a high-impact move (empty for any other move)."""
    if not step.high_impact:
        return ""
    if step.gentler:
        return f"High impact — press G for a gentler move ({step.gentler.lower()})"
    return "High impact — press G to skip it"


def position_text(step: Step) -> str:
    """Where to be for a move, for its get-ready: ``Get into position: lying on your back``."""
    return f"Get into position: {step.position.value}" if step.position is not None else ""


def current_rep(step: Step, elapsed: float) -> int | None:
    """The rep being done ``elapsed`` seconds into a timed rep step (1-based; for a move whose sides alternate
    every rep, the rep of each side: rep 3 is the third on the left and then the third on the right)."""
    if step.kind is not StepKind.WORK or step.reps is None or step.duration is None:
        return None
    rep_length = step.duration / step.reps
    return min(step.reps, math.floor(elapsed / rep_length + 1e-9) + 1)


def upcoming_text(following: Step | None) -> str:
    if following is None:
        return "Last step"
    if following.kind is StepKind.REST:
        return f"Next: rest {format_seconds(following.planned)}"
    if following.kind is StepKind.SWITCH:
        return f"Next: switch to the {_side(following)}"
    if following.kind is StepKind.PREPARE:
        return f"Next: {following.exercise}"
    text = f"Next: {following.exercise} — set {following.set} of {following.sets}"
    return text + (f", {_side(following)}" if following.side else "")


def _upcoming(step: Step, following: Step | None) -> str:
    """The "what comes next" line. A get-ready says where to be instead: the step after it is the very move it
    prepares, and "Next: Depth jump" on the depth jump's own get-ready reads as if another move came first."""
    if step.kind is StepKind.PREPARE and following is not None and following.exercise_index == step.exercise_index:
        return position_text(step)
    return upcoming_text(following)


def describe(
    step: Step,
    following: Step | None,
    elapsed: float,
    remaining: float | None,
    session_elapsed: float,
    session_total: int,
    lead_in: int | None = None,
) -> Moment:
    """The screen's texts for ``step`` at ``elapsed`` seconds (``remaining`` None: self-paced; ``lead_in``:
    seconds left of a resume's 3-2-1, which the heading counts down)."""
    heading = HEADINGS.get(step.kind, f"SWITCH {spoken.side_word(step.per).upper()}S")
    if lead_in is not None:
        heading = f"RESUMING IN {lead_in}"
    self_paced = step.kind is StepKind.WORK and step.duration is None
    clock = clock_text(elapsed) if remaining is None else clock_text(remaining)
    rep = current_rep(step, elapsed)
    parts: list[str] = []
    title = step.exercise
    if step.kind is StepKind.PREPARE:
        parts.append(spoken.dose(step).capitalize())
        parts.append(spoken.starting_side(step).rstrip("."))
    elif step.kind is StepKind.WORK:
        parts.append(f"Set {step.set} of {step.sets}")
        each = f" each {spoken.side_word(step.per)}" if step.alternating else ""
        if rep is not None and step.reps is not None:
            parts.append(f"rep {rep} of {step.reps}{each}")
        elif self_paced and step.reps is not None:
            parts.append(f"{step.reps} reps{each} at your pace — press Done")
        if step.hold is not None and step.reps is None:
            parts.append(f"hold {format_seconds(step.hold)}{each}")
        side = current_side(step, elapsed)
        if side is not None:
            parts.append(f"{side.value} {spoken.side_word(step.per)}")
    elif step.kind is StepKind.REST:
        title = "Rest"
        parts.append(f"after {step.exercise}, set {step.set} of {step.sets}")
    else:
        parts.append(f"{_side(step).capitalize()} next")
    block = step.block + (f" · round {step.round} of {step.rounds}" if step.rounds > 1 else "")
    total = elapsed + remaining if remaining is not None else step.planned  # +10 s lengthens the bar
    step_fraction = min(1.0, elapsed / total) if total else 1.0
    session_fraction = min(1.0, session_elapsed / session_total) if session_total else 1.0
    return Moment(
        kind=step.kind,
        heading=heading,
        clock=clock,
        title=title,
        detail=" · ".join(p for p in parts if p),
        upcoming=_upcoming(step, following),
        block=block,
        step_fraction=step_fraction,
        session_fraction=session_fraction,
        rep=rep,
        self_paced=self_paced,
        caution=(step.caution or "") if step.kind is StepKind.PREPARE else "",
        note=(step.note or "") if step.kind in (StepKind.PREPARE, StepKind.WORK) else "",
        offer=gentler_offer(step) if step.kind in (StepKind.PREPARE, StepKind.WORK) else "",
        high_impact=step.high_impact,
    )
