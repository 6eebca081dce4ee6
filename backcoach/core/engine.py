"""The session engine: a state machine that runs a timeline against an injected monotonic clock.

Time is never counted in ticks. Each step has a start time on the clock; what remains is its deadline
minus *now*, and a pause moves the start. So however late or irregular :meth:`SessionEngine.tick` is
called (a busy GUI thread, a laptop that slept), the engine shows the right step and the right time, and
the next step starts at the previous step's deadline, not at the moment a late tick noticed it.

The engine knows nothing of Qt or sound: it emits :class:`Event` objects to its listeners, and the Qt
adapter turns them into signals and sounds. Commands that do not apply in the current state return
``False`` and change nothing.

Cues can be handed over early (``lead`` seconds, what the sound player asks for): a :class:`CueDue` then
carries its exact ``due`` moment and the player places the sound on it, so it is heard on time however
late the GUI thread gets round to it. Cues of the next step are handed over too when its start (the
current step's deadline) is that close. If the future changes before such a cue is due (pause, skip,
stop, +10 s), the engine takes them back (:class:`CuesWithdrawn`: the player drops sounds not yet heard)
and hands them over again when they are due once more.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum

from . import spoken
from .cue_types import Cue, CueKind, Priority, Tone, Verbosity
from .cues import CuePlan
from .timeline import Step, StepKind

Clock = Callable[[], float]
STALE_AFTER = 1.5
"""A cue more than this many seconds late is dropped rather than played late."""
RESTART_WINDOW = 3.0
"""``previous`` more than this far into a step restarts it (the media-player rule)."""
EXTEND_BY = 10
LEAD_IN = 3


class State(StrEnum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"


@dataclass(frozen=True)
class StateChanged:
    state: State


@dataclass(frozen=True)
class StepStarted:
    step: Step


@dataclass(frozen=True)
class SecondChanged:
    """The displayed whole second changed: ``remaining`` (None for self-paced steps) and ``elapsed``."""

    step: Step
    remaining: int | None
    elapsed: int


@dataclass(frozen=True)
class CueDue:
    cue: Cue
    lateness: float
    """Seconds after its moment (negative when handed over early)."""
    due: float = 0.0
    """The clock moment the cue is for."""


@dataclass(frozen=True)
class CuesWithdrawn:
    """Cues handed over early are no longer due then (pause, skip, stop, +10 s): drop what is not yet heard."""


@dataclass(frozen=True)
class SessionFinished:
    pass


class StepEnding(StrEnum):
    """How a visit to a step ended: what a history needs to tell a set done from one cut short."""

    COMPLETED = "completed"
    """Its time ran out (a timed step, however long +10 s made it)."""
    DONE = "done"
    """The user pressed Done on a self-paced step."""
    SKIPPED = "skipped"
    """Next: the user moved on before its end."""
    REPEATED = "repeated"
    """Previous or restart: the same step begins again."""
    BACK = "back"
    """Previous, early in a step: back to the one before."""
    SWAPPED = "swapped"
    """A gentler move took its place."""
    STOPPED = "stopped"
    """The session was stopped during it."""


@dataclass(frozen=True)
class StepEnded:
    """A visit to a step is over: the seconds it really ran (pauses and resume lead-ins excluded), how it
    ended, and what +10 s added to it. Emitted before the next step starts or the session ends."""

    step: Step
    seconds: float
    ending: StepEnding
    extended: int = 0


Event = StateChanged | StepStarted | SecondChanged | CueDue | CuesWithdrawn | SessionFinished | StepEnded
Listener = Callable[[Event], None]


@dataclass
class _Visit:
    """The engine's record of the current step: when it started on the clock and what has fired."""

    index: int
    started: float
    extension: int = 0
    fired: set[int] = field(default_factory=set)
    extra: list[Cue] = field(default_factory=list)
    """Countdown cues re-armed by an extension: new cues, so a planned cue never fires twice."""
    heard_end: set[float] = field(default_factory=set)
    """Offsets of end-anchored cues already heard in this visit (planned or re-armed)."""
    held: tuple[float, float] | None = None
    """During a resume lead-in: (clock time it ends, elapsed seconds to show until then)."""


@dataclass
class _Runtime:
    """A cue made at run time (pause, resume, lead-in), due at an absolute clock time."""

    due: float
    cue: Cue


@dataclass(frozen=True)
class _Early:
    """A cue handed over before its moment, remembered until then so that it can be withdrawn and put back."""

    due: float
    cue: Cue
    visit: _Visit | None
    """The visit whose plan it came from; None for the next step's cues and for run-time cues."""
    position: int | None = None
    """Its place in its step's plan; None for a re-armed countdown cue (kept in ``visit.extra``)."""
    runtime: bool = False


class SessionEngine:
    """Runs one session of a :class:`CuePlan`'s timeline."""

    def __init__(self, plan: CuePlan, clock: Clock, lead: float = 0.0) -> None:
        self.plan = plan
        self.steps = plan.timeline.steps
        self.clock = clock
        self.lead = lead
        """Seconds ahead of its moment a cue is handed over (the sound player's lead; 0: when due)."""
        self._early: list[_Early] = []
        """Cues handed over before their moment, until that moment."""
        self._prefired: set[int] = set()
        """Positions of the next step's cues already handed over, for when it starts at the deadline."""
        self.state = State.READY
        self._listeners: list[Listener] = []
        self._by_step: list[tuple[Cue, ...]] = [plan.for_step(i) for i in range(len(self.steps) + 1)]
        self._visit = _Visit(0, 0.0)
        self._added = 0
        """Seconds that +10 s added to steps already left: the session grew by them."""
        self._paused_at: float | None = None
        self._runtime: list[_Runtime] = []
        self._shown: tuple[int, int, int | None] | None = None
        self.active_seconds: list[float] = [0.0] * len(self.steps)
        """Seconds each step actually ran (pauses excluded): what the user really did."""
        self._paused_total = 0.0
        """Clock seconds of the pauses that have ended."""

    # -- listening -------------------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _emit(self, event: Event) -> None:
        for listener in list(self._listeners):
            listener(event)

    # -- reading ---------------------------------------------------------------------------------------

    @property
    def index(self) -> int:
        return self._visit.index

    @property
    def current(self) -> Step | None:
        return self.steps[self._visit.index] if self._visit.index < len(self.steps) else None

    def _duration(self) -> float | None:
        step = self.current
        if step is None or step.duration is None:
            return None
        return float(step.duration + self._visit.extension)

    def _now(self) -> float:
        return self._paused_at if self._paused_at is not None else self.clock()

    def elapsed(self) -> float:
        """Seconds into the current step (frozen while paused and during a resume's 3-2-1 lead-in)."""
        if self.state in (State.READY, State.FINISHED, State.STOPPED):
            return 0.0
        now = self._now()
        held = self._visit.held
        if held is not None and now < held[0]:
            return held[1]
        return max(0.0, now - self._visit.started)

    def lead_in_left(self) -> int | None:
        """Whole seconds left of a resume's 3-2-1 lead-in (shown on screen too: the sound may be off)."""
        held = self._visit.held
        if held is None or self.state is not State.RUNNING:
            return None
        left = held[0] - self.clock()
        return math.ceil(left - 1e-9) if left > 1e-9 else None

    def paused_seconds(self) -> float:
        """Clock seconds spent paused so far, the pause going on included: a summary shows them apart from
        the time exercising."""
        ongoing = self.clock() - self._paused_at if self._paused_at is not None else 0.0
        return self._paused_total + ongoing

    def step_started_at(self) -> float:
        """The clock time the current step started (after pauses): second boundaries count from here."""
        return self._visit.started

    def remaining(self) -> float | None:
        """Seconds left in the current step; ``None`` for a self-paced step."""
        duration = self._duration()
        if duration is None:
            return None
        return max(0.0, duration - self.elapsed())

    def session_elapsed(self) -> float:
        """Planned seconds before this step (with what +10 s added) plus seconds into it: what progress shows."""
        step = self.current
        if step is None:
            return float(self.session_total()) if self.state is State.FINISHED else 0.0
        return step.start + self._added + min(self.elapsed(), float(step.planned + self._visit.extension))

    def session_total(self) -> int:
        """The planned length of the session, grown by every +10 s so far."""
        return self.plan.timeline.total_seconds + self._added + self._visit.extension

    def next_wakeup(self) -> float | None:
        """The clock time of the next thing to do (a cue, a second boundary, a deadline), or ``None``.

        The Qt adapter aims a precise single-shot timer at it instead of polling at a fixed rate.
        """
        if self.state is not State.RUNNING:
            return None
        now = self.clock()
        lead = self.lead
        candidates = [runtime.due - lead for runtime in self._runtime]
        visit = self._visit
        for position, cue in enumerate(self._by_step[visit.index]):
            if position not in visit.fired:
                candidates.append(self._due(cue) - lead)
                break
        candidates.extend(self._due(cue) - lead for cue in visit.extra)
        candidates.extend(early.due for early in self._early)  # when an early cue becomes due: forget it
        lead_in = self.lead_in_left()
        if lead_in is not None and visit.held is not None:  # each second of the 3-2-1
            candidates.append(visit.held[0] - (lead_in - 1))
        elapsed = now - visit.started
        if elapsed < 0:  # lead-in before the step continues
            candidates.append(visit.started)
        else:
            candidates.append(visit.started + math.floor(elapsed) + 1)
        duration = self._duration()
        if duration is not None:
            deadline = visit.started + duration
            candidates.append(deadline)
            if lead > 0:  # the next step's first cue, handed over before the deadline
                for position, cue in enumerate(self._by_step[visit.index + 1]):
                    if position not in self._prefired:
                        candidates.append(deadline + cue.offset - lead)
                        break
        return min(candidates)

    def _due(self, cue: Cue) -> float:
        offset = cue.offset + (self._visit.extension if cue.from_end else 0)
        return self._visit.started + offset

    # -- commands --------------------------------------------------------------------------------------

    def start(self) -> bool:
        if self.state is not State.READY or not self.steps:
            return False
        self._set_state(State.RUNNING)
        self._enter(0, self.clock())
        self.tick()
        return True

    def pause(self) -> bool:
        if self.state is not State.RUNNING:
            return False
        self.tick()
        if self.state is not State.RUNNING:
            return False
        self._paused_at = self.clock()
        self._withdraw()
        self._runtime.clear()
        self._set_state(State.PAUSED)
        self._say_now(spoken.PAUSED, Tone.PAUSE)
        return True

    def resume(self) -> bool:
        """Continue; a timed step first counts 3-2-1 again so the user is ready when the clock runs."""
        if self.state is not State.PAUSED or self._paused_at is None:
            return False
        now = self.clock()
        paused_for = now - self._paused_at
        self._paused_total += paused_for
        lead_in = LEAD_IN if self._duration() is not None else 0
        if lead_in:
            self._visit.held = (now + lead_in, self.elapsed())
        self._shift(paused_for + lead_in)
        self._paused_at = None
        self._set_state(State.RUNNING)
        self._say_now(spoken.RESUMING, None)
        for second in range(lead_in if self._beeps() else 0):
            self._runtime.append(_Runtime(now + second, self._beep_cue(Tone.TICK)))
        if lead_in and self._beeps() and self.current is not None and self.current.kind is StepKind.WORK:
            self._runtime.append(_Runtime(now + lead_in, self._beep_cue(Tone.GO)))
        self.tick()
        return True

    def toggle(self) -> bool:
        if self.state is State.READY:
            return self.start()
        if self.state is State.RUNNING:
            return self.pause()
        return self.resume()

    def next(self) -> bool:
        """Skip to the next step (finishing the session after the last one)."""
        if self.state not in (State.RUNNING, State.PAUSED):
            return False
        self._record_active(StepEnding.SKIPPED)
        self._jump(self._visit.index + 1)
        return True

    def previous(self) -> bool:
        """More than 3 s into a step: restart it; otherwise go back one step."""
        if self.state not in (State.RUNNING, State.PAUSED):
            return False
        if self.elapsed() > RESTART_WINDOW or self._visit.index == 0:
            self._record_active(StepEnding.REPEATED)
            self._jump(self._visit.index)
        else:
            self._record_active(StepEnding.BACK)
            self._jump(self._visit.index - 1)
        return True

    def restart_step(self) -> bool:
        if self.state not in (State.RUNNING, State.PAUSED):
            return False
        self._record_active(StepEnding.REPEATED)
        self._jump(self._visit.index)
        return True

    def done(self) -> bool:
        """End a self-paced step (the user pressed Done)."""
        step = self.current
        if self.state is not State.RUNNING or step is None or step.duration is not None:
            return False
        self._record_active(StepEnding.DONE)
        self._advance(self.clock())
        self.tick()
        return True

    def extend(self) -> bool:
        """Add 10 s to the current rest or prepare."""
        step = self.current
        if self.state not in (State.RUNNING, State.PAUSED) or step is None:
            return False
        if step.kind not in (StepKind.REST, StepKind.PREPARE):
            return False
        visit = self._visit
        self._withdraw()
        visit.extension += EXTEND_BY
        now = self._now()
        pending = {cue.offset for cue in visit.extra}
        for cue in self._by_step[visit.index]:
            if cue.from_end and cue.offset in visit.heard_end and cue.offset not in pending and self._due(cue) > now:
                # The countdown already heard comes again at the new end, as a new cue.
                visit.extra.append(replace(cue, at=cue.at + visit.extension))
                visit.heard_end.discard(cue.offset)
        self._shown = None
        self.tick()
        return True

    def continue_with(self, plan: CuePlan, index: int) -> bool:
        """Go on with ``plan`` from its step ``index`` (a high-impact move swapped for a gentler one, or
        skipped): the session keeps its state, its +10 s and the time already spent in each step; a paused
        session stays paused at the new step's start."""
        if self.state not in (State.RUNNING, State.PAUSED) or not 0 <= index < len(plan.timeline.steps):
            return False
        self._record_active(StepEnding.SWAPPED)
        self.plan = plan
        self.steps = plan.timeline.steps
        self._by_step = [plan.for_step(i) for i in range(len(self.steps) + 1)]
        self.active_seconds = (self.active_seconds + [0.0] * len(self.steps))[: len(self.steps)]
        self._jump(index)
        return True

    def stop(self) -> bool:
        if self.state not in (State.RUNNING, State.PAUSED):
            return False
        self._record_active(StepEnding.STOPPED)
        self._paused_total = self.paused_seconds()
        self._paused_at = None
        self._withdraw()
        self._runtime.clear()
        self._set_state(State.STOPPED)
        return True

    # -- time ------------------------------------------------------------------------------------------

    def tick(self) -> None:
        """Bring the session up to the clock's *now*: fire due cues, start due steps, report seconds."""
        if self.state is not State.RUNNING:
            return
        now = self.clock()
        horizon = now + self.lead
        self._early = [early for early in self._early if early.due > now]
        while self.state is State.RUNNING:
            self._fire_runtime(now)
            visit = self._visit
            cues = self._by_step[visit.index]
            for position, cue in enumerate(cues):
                if position in visit.fired:
                    continue
                due = self._due(cue)
                if due > horizon:
                    break
                visit.fired.add(position)
                if cue.from_end:
                    visit.heard_end.add(cue.offset)
                self._hand_over(cue, now, due, _Early(due, cue, visit, position))
            for cue in sorted((c for c in visit.extra if self._due(c) <= horizon), key=self._due):
                visit.extra.remove(cue)
                visit.heard_end.add(cue.offset)
                self._hand_over(cue, now, self._due(cue), _Early(self._due(cue), cue, visit))
            duration = self._duration()
            if duration is None or now < visit.started + duration:
                if duration is not None and self.lead > 0:
                    self._hand_over_next(now, horizon, visit.started + duration)
                break
            self.active_seconds[visit.index] += duration
            self._emit(StepEnded(self.steps[visit.index], duration, StepEnding.COMPLETED, visit.extension))
            self._advance(visit.started + duration, natural=True)
        self._report_second(now)

    def _hand_over(self, cue: Cue, now: float, due: float, early: _Early | None) -> None:
        """Emit a cue; one handed over before its moment is remembered (``early``) until then."""
        lateness = now - due
        if lateness > STALE_AFTER:
            return
        if lateness < 0 and early is not None:
            self._early.append(early)
        self._emit(CueDue(cue, lateness, due))

    def _hand_over_next(self, now: float, horizon: float, deadline: float) -> None:
        """The next step's cues that fall within the lead, as it will start at this step's deadline."""
        following = self._visit.index + 1
        for position, cue in enumerate(self._by_step[following]):
            if position in self._prefired:
                continue
            due = deadline + cue.offset
            if due > horizon:
                break
            self._prefired.add(position)
            self._hand_over(cue, now, due, _Early(due, cue, None, position))

    def _withdraw(self) -> None:
        """Take back the cues handed over early that are not due yet, and put each back where it came from
        (the plan, the re-armed countdown, the run-time list), so it is handed over again when due. Called
        before a command changes the future; the command then clears what no longer applies."""
        now = self.clock()
        pending = [early for early in self._early if early.due > now]
        self._early = []
        self._prefired = set()
        if not pending:
            return
        visit = self._visit
        for early in pending:
            if early.runtime:
                self._runtime.append(_Runtime(early.due, early.cue))
            elif early.visit is None and early.position is not None and early.cue.step == visit.index:
                visit.fired.discard(early.position)  # a next-step cue of the step that has started since
            elif early.visit is visit:
                if early.position is None:
                    visit.extra.append(early.cue)
                else:
                    visit.fired.discard(early.position)
                if early.cue.from_end:
                    visit.heard_end.discard(early.cue.offset)
        self._emit(CuesWithdrawn())

    def _fire_runtime(self, now: float) -> None:
        horizon = now + self.lead
        due = [r for r in self._runtime if r.due <= horizon]
        self._runtime = [r for r in self._runtime if r.due > horizon]
        for runtime in sorted(due, key=lambda r: r.due):
            self._hand_over(runtime.cue, now, runtime.due, _Early(runtime.due, runtime.cue, None, runtime=True))

    def _report_second(self, now: float) -> None:
        step = self.current
        if step is None or self.state is not State.RUNNING:
            return
        elapsed = self.elapsed()
        duration = self._duration()
        remaining = None if duration is None else math.ceil(max(0.0, duration - elapsed) - 1e-9)
        whole_elapsed = math.floor(elapsed + 1e-9)
        # One number decides when the display changes: the countdown, or for self-paced steps the count-up.
        shown = (self._visit.index, remaining if remaining is not None else whole_elapsed, self.lead_in_left())
        if shown != self._shown:
            self._shown = shown
            self._emit(SecondChanged(step, remaining, whole_elapsed))

    # -- moving between steps --------------------------------------------------------------------------

    def _enter(self, index: int, started: float, natural: bool = False) -> None:
        """Make step ``index`` current; ``natural``: reached at the previous step's deadline, so the cues of
        it already handed over early stand."""
        self._added += self._visit.extension
        prefired, self._prefired = (self._prefired if natural else set()), set()
        self._visit = _Visit(index, started, fired=set(prefired))
        self._shown = None
        if index >= len(self.steps):
            self._finish()
            return
        self._emit(StepStarted(self.steps[index]))

    def _advance(self, started: float, natural: bool = False) -> None:
        self._enter(self._visit.index + 1, started, natural)

    def _jump(self, index: int) -> None:
        """Go to a step now (skip, previous, restart); a paused session stays paused at its start."""
        now = self.clock()
        self._withdraw()
        self._runtime.clear()
        if self.state is State.PAUSED:
            self._paused_total = self.paused_seconds()  # the pause goes on, counted from the new step's start
            self._paused_at = now
        self._enter(index, now)
        self.tick()

    def _record_active(self, ending: StepEnding) -> None:
        """The current visit ends now (a command moves on): count its seconds and say how it ended."""
        step = self.current
        if step is not None:
            seconds = self.elapsed()
            self.active_seconds[self._visit.index] += seconds
            self._emit(StepEnded(step, seconds, ending, self._visit.extension))

    def _shift(self, seconds: float) -> None:
        self._visit.started += seconds

    def _finish(self) -> None:
        now = self.clock()
        started = self._visit.started
        for position, cue in enumerate(self._by_step[len(self.steps)]):
            if position not in self._visit.fired:  # not already handed over before the last deadline
                self._hand_over(cue, now, min(now, started + cue.offset), None)
        self._runtime.clear()
        self._set_state(State.FINISHED)
        self._emit(SessionFinished())

    def _set_state(self, state: State) -> None:
        if state is not self.state:
            self.state = state
            self._emit(StateChanged(state))

    # -- run-time cues ---------------------------------------------------------------------------------

    def _beeps(self) -> bool:
        return self.plan.verbosity is not Verbosity.SILENT

    def _speaks(self) -> bool:
        return self.plan.verbosity in (Verbosity.FULL, Verbosity.STANDARD)

    def _beep_cue(self, tone: Tone) -> Cue:
        return Cue(self.session_elapsed(), self._visit.index, self.elapsed(), CueKind.BEEP, Priority.SESSION, tone=tone)

    def _say_now(self, text: str, tone: Tone | None) -> None:
        """A run-time announcement (pause, resume), following the plan's verbosity like planned cues."""
        if tone is not None and self._beeps():
            self._emit(CueDue(self._beep_cue(tone), 0.0))
        if self._speaks():
            say = replace(self._beep_cue(Tone.PAUSE), kind=CueKind.SAY, tone=None, text=text)
            self._emit(CueDue(say, 0.0))
