"""What the session screen shows, as text: the widgets only lay it out.

Two layers. A :class:`StepCard` says what a step *is* for as long as it lasts — heading, exercise, what
comes next, how to do the move and what to watch for — and is fixed when the session is planned
(:func:`step_cards`). A :class:`Moment` is the card at one instant: the clock, the set and rep, the
progress bars (:func:`describe`, and :meth:`SessionDisplay.moment` for a running engine). Keeping this
out of the widgets means the rules are tested without Qt, the command line can show the same texts,
and the GUI holds no session logic. A new fact about a step (a starting side, a short caution) is a new
field of :class:`StepCard`, filled in :func:`step_card` from the step (the timeline carries each move's
instructions, caution, note, position and impact): every screen then receives it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

from . import spoken
from .durations import format_seconds
from .engine import SessionEngine, State
from .timeline import Side, Step, StepKind, Timeline


def clock_text(seconds: float) -> str:
    """``0:05``, ``1:30``, ``1:02:03``: what the big countdown shows (whole seconds, rounded up)."""
    whole = max(0, math.ceil(seconds - 1e-9))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


@dataclass(frozen=True)
class StepCard:
    """What the screen says about one step for as long as it lasts (fixed when the session is planned)."""

    index: int
    kind: StepKind
    heading: str
    """``GET READY``, ``WORK``, ``REST``, ``SWITCH SIDES``."""
    title: str
    """The exercise, or ``Rest``."""
    upcoming: str
    """``Next: rest 30 s``, ``Last step``; on a get-ready, where to be (``Get into position: lying on your back``)."""
    block: str
    """``Main · round 1 of 2``."""
    exercise: str
    """The exercise the advice below is about: the step's own, or for a rest the next one worked."""
    how_to: str = ""
    """``Plank: Lie face down …``: the routine's own instructions, else the exercise library's."""
    cautions: tuple[str, ...] = ()
    """What to watch for (the exercise library's ``cautions``, in full), on the first step of each move: its
    get-ready."""
    notes: tuple[str, ...] = ()
    """The routine author's ``note`` on the exercise (or the gentler move's "In place of …"), while getting
    ready for the move and doing it."""
    offer: str = ""
    """For a high-impact move, while getting ready for it and doing it: what G does (a gentler move, or skip)."""
    high_impact: bool = False

    def to_json(self) -> dict[str, object]:
        return {"index": self.index, "kind": self.kind.value, "heading": self.heading, "title": self.title,
                "upcoming": self.upcoming, "block": self.block, "exercise": self.exercise, "how_to": self.how_to,
                "cautions": list(self.cautions), "notes": list(self.notes), "offer": self.offer,
                "high_impact": self.high_impact}


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
    card: StepCard | None = None
    """The step's card: how to do the move, its cautions and notes, the gentler move on offer."""
    session_clock: str = ""
    """``3:25 / 11:52``: time done and the session's planned length."""
    index: int = 0
    """The step's place in the timeline."""
    elapsed: float = field(default=0.0, compare=False)
    """Seconds into the step on the session's clock, not rounded: what moves between the whole seconds (the
    figure) follows it, and it stands still while paused. Not compared: the texts decide whether a moment
    looks different."""

    @property
    def caution(self) -> str:
        """The caution shown before the move starts (on its get-ready), or ``""``."""
        return "\n".join(self.card.cautions) if self.card is not None else ""

    @property
    def note(self) -> str:
        """The routine's note on the move, shown while getting ready for it and doing it, or ``""``."""
        return "\n".join(self.card.notes) if self.card is not None else ""

    @property
    def offer(self) -> str:
        """For a high-impact move: what the G key does (swap it for a gentler move, or skip it)."""
        return self.card.offer if self.card is not None else ""

    @property
    def high_impact(self) -> bool:
        return self.card is not None and self.card.high_impact


@dataclass(frozen=True)
class Ending:
    """The screen once a session is over."""

    heading: str
    clock: str
    title: str
    detail: str
    progress_full: bool
    """Whether both progress bars show the session complete."""
    caption_kept: bool
    """Whether the last thing the coach said stays on screen."""
    session_clock: str = ""
    """The session's time as it ended (a finished one: its whole length, "29:57 / 29:57"); "" leaves the last."""


HEADINGS = {StepKind.PREPARE: "GET READY", StepKind.WORK: "WORK", StepKind.REST: "REST"}
READY_CAPTION = "Press Space to start"
PAUSED_HEADING = "PAUSED — press Space"
ENDINGS = {
    State.FINISHED: Ending("WELL DONE", "0:00", "Session complete", "", progress_full=True, caption_kept=True),
    # a step's time left means nothing once the session is over, nor does the last thing said
    State.STOPPED: Ending("STOPPED", "", "Session stopped", "Take your time getting up.", progress_full=False,
                          caption_kept=False),
}


def heading_text(step: Step) -> str:
    return HEADINGS.get(step.kind, f"SWITCH {spoken.side_word(step.per).upper()}S")


def block_text(step: Step) -> str:
    return step.block + (f" · round {step.round} of {step.rounds}" if step.rounds > 1 else "")


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
    card: StepCard | None = None,
) -> Moment:
    """The screen's texts for ``step`` at ``elapsed`` seconds (``remaining`` None: self-paced; ``lead_in``:
    seconds left of a resume's 3-2-1, which the heading counts down). ``card`` is the step's card from the
    plan (:func:`step_cards`); without one, the step's own card is made (:func:`step_card`)."""
    if card is None:
        card = step_card(step, following)
    heading = heading_text(step)
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
    block = block_text(step)
    total = elapsed + remaining if remaining is not None else step.planned  # +10 s lengthens the bar
    step_fraction = min(1.0, elapsed / total) if total else 1.0
    session_fraction = min(1.0, session_elapsed / session_total) if session_total else 1.0
    return Moment(
        kind=step.kind,
        heading=heading,
        clock=clock,
        title=title,
        detail=" · ".join(p for p in parts if p),
        upcoming=card.upcoming,
        block=block,
        step_fraction=step_fraction,
        session_fraction=session_fraction,
        rep=rep,
        self_paced=self_paced,
        card=card,
        index=step.index,
        elapsed=elapsed,
    )


def step_cards(timeline: Timeline) -> tuple[StepCard, ...]:
    """Every step's card: a rest tells how to do the next move worked, and a move's cautions are shown on its
    first step (its get-ready, or its first set when it has none)."""
    steps = timeline.steps
    cards: list[StepCard] = []
    following_work: Step | None = None
    for step in reversed(steps):  # each rest shows the next exercise worked: found in one pass from the end
        about = step if step.kind is not StepKind.REST else following_work or step
        if step.kind is StepKind.WORK:
            following_work = step
        previous = steps[step.index - 1] if step.index else None
        first = step.kind is not StepKind.REST and (previous is None or (previous.exercise_index, previous.round)
                                                    != (step.exercise_index, step.round))
        cards.append(step_card(step, steps[step.index + 1] if step.index + 1 < len(steps) else None, about,
                               first=first))
    return tuple(reversed(cards))


def step_card(step: Step, following: Step | None, about: Step | None = None, *, first: bool | None = None) -> StepCard:
    """One step's card. ``about`` is the step whose move the advice is about (a rest's: the next move worked;
    default the step itself); ``first`` whether the step is the move's first (default: a get-ready is)."""
    about = about or step
    if first is None:
        first = step.kind is StepKind.PREPARE
    doing = step.kind in (StepKind.PREPARE, StepKind.WORK)
    return StepCard(
        index=step.index,
        kind=step.kind,
        heading=heading_text(step),
        title="Rest" if step.kind is StepKind.REST else step.exercise,
        upcoming=_upcoming(step, following),
        block=block_text(step),
        exercise=about.exercise,
        how_to=f"{about.exercise}: {about.instructions}" if about.instructions else "",
        cautions=(step.caution,) if first and step.caution else (),
        notes=(step.note,) if doing and step.note else (),
        offer=gentler_offer(step) if doing else "",
        high_impact=step.high_impact,
    )


@dataclass(frozen=True)
class SessionDisplay:
    """The screens of one planned session: a card per step, and the moment of a running engine."""

    cards: tuple[StepCard, ...]

    def moment(self, engine: SessionEngine) -> Moment | None:
        """What the screen shows now (``None`` once the session is over: see :data:`ENDINGS`)."""
        step = engine.current
        if step is None or engine.state in (State.FINISHED, State.STOPPED):
            return None
        index = engine.index
        following = engine.steps[index + 1] if index + 1 < len(engine.steps) else None
        card = self.cards[index] if index < len(self.cards) else None
        moment = describe(step, following, engine.elapsed(), engine.remaining(), engine.session_elapsed(),
                          engine.session_total(), engine.lead_in_left(), card)
        heading = PAUSED_HEADING if engine.state is State.PAUSED else moment.heading
        total = engine.session_total()
        session_clock = f"{clock_text(math.floor(engine.session_elapsed()))} / {clock_text(total)}"
        return replace(moment, heading=heading, session_clock=session_clock)

    def ending(self, engine: SessionEngine) -> Ending | None:
        """How the screen looks once the session is over (``None`` while it is not): a session that ran to its
        end shows its whole length done, not the last second drawn before it ("29:56 / 29:57")."""
        ending = ENDINGS.get(engine.state)
        if ending is None or engine.state is not State.FINISHED:
            return ending
        total = clock_text(engine.session_total())
        return replace(ending, session_clock=f"{total} / {total}")
