"""The cue plan: what the coach says and plays during a session, and when (docs/cues.md).

The plan is computed once per session from the timeline. Every cue belongs to a step and an offset into
it, so the engine can fire it however the session is paused or skipped. Phrases never overlap in the
plan: each step's opening phrase comes first, hints and counts follow only where they fit, a phrase
never runs past the end of its step (a shorter wording is chosen, or the beep alone), and lower
priority phrases yield rather than delay anything.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import spoken
from .cue_types import Cue, CueKind, PhraseTimer, Priority, Tone, Verbosity, estimated_phrase_seconds
from .timeline import Side, Step, StepKind, Timeline

GAP = 0.15
"""Silence kept between two phrases, in seconds."""
TICK_MIN_STEP = 4
HINT_SLIP = 1.0


@dataclass(frozen=True)
class CuePlan:
    timeline: Timeline
    verbosity: Verbosity
    cues: tuple[Cue, ...]

    def for_step(self, index: int) -> tuple[Cue, ...]:
        """The cues of one step in offset order (``index == len(steps)`` is the session's end)."""
        return tuple(cue for cue in self.cues if cue.step == index)

    def phrases(self) -> set[str]:
        """Every text the plan can say, for the speech layer to render ahead of time."""
        return {cue.text for cue in self.cues if cue.text}

    def to_json(self) -> dict[str, object]:
        return {
            "title": self.timeline.title,
            "level": self.timeline.level.value,
            "verbosity": self.verbosity.value,
            "total_seconds": self.timeline.total_seconds,
            "cues": [cue.to_json() for cue in self.cues],
        }


class _StepPlanner:
    """Places one step's cues: beeps anywhere, phrases one after another within the step."""

    def __init__(self, step: Step, verbosity: Verbosity, timer: PhraseTimer) -> None:
        self.step = step
        self.verbosity = verbosity
        self.timer = timer
        self.limit = float(step.duration) if step.duration is not None else float("inf")
        self.cursor = 0.0
        self.cues: list[Cue] = []

    @property
    def speaks(self) -> bool:
        return self.verbosity in (Verbosity.FULL, Verbosity.STANDARD)

    def beep(self, tone: Tone, offset: float, *, from_end: bool = False) -> None:
        if self.verbosity is Verbosity.SILENT:
            return
        self.cues.append(
            Cue(self.step.start + offset, self.step.index, offset, CueKind.BEEP, Priority.STEP, tone=tone,
                from_end=from_end)
        )

    def say(self, texts: list[str], offset: float, priority: Priority, *, slip: float = 0.0,
            from_end: bool = False) -> bool:
        """Say the longest of ``texts`` that fits after the previous phrase and before the step ends."""
        if not self.speaks:
            return False
        at = max(offset, self.cursor)
        if at - offset > slip:
            return False
        for text in texts:
            seconds = self.timer(text)
            if at + seconds <= self.limit:
                self.cues.append(
                    Cue(self.step.start + at, self.step.index, at, CueKind.SAY, priority, text=text,
                        from_end=from_end, seconds=seconds)
                )
                self.cursor = at + seconds + GAP
                return True
        return False


def _opening(steps: tuple[Step, ...], index: int, title: str, total: int) -> tuple[list[str], Priority]:
    """What a step says as it starts, longest wording first."""
    step = steps[index]
    previous = steps[index - 1] if index else None
    following = steps[index + 1] if index + 1 < len(steps) else None
    block_changed = previous is not None and previous.block_index != step.block_index
    priority = Priority.SESSION if index == 0 else Priority.STEP
    if step.kind is StepKind.PREPARE:
        first = not any(s.kind is StepKind.WORK for s in steps[:index])
        return spoken.prepare_openings(step, first=first, title=title if index == 0 else None, total=total,
                                       block_changed=block_changed), priority
    if step.kind is StepKind.REST:
        texts = spoken.rest(step, following)
    elif step.kind is StepKind.SWITCH:
        texts = spoken.switch(step)
    else:
        texts = [spoken.SELF_PACED, spoken.GO] if step.duration is None else [spoken.GO]
        starts_exercise = step.set == 1 and step.side in (None, Side.LEFT)
        prepared = previous is not None and previous.kind is StepKind.PREPARE
        if starts_exercise and not prepared:
            # No get-ready (``prepare: 0s``): the move, its dose and its side still come before "Go".
            side = spoken.starting_side(step)
            told = f"{step.exercise}. {spoken.dose(step)}." + (f" {side}" if side else "")
            texts = [f"{told} {text}" for text in texts] + [f"{step.exercise}. {text}" for text in texts] + texts
        elif step.side is Side.RIGHT and previous is not None and previous.kind is not StepKind.SWITCH:
            texts = [f"{spoken.switch(step)[-1]} {text}" for text in texts] + texts
    prefixes: list[str] = []
    if index == 0:
        prefixes = [f"{title}. {spoken.about_minutes(total)} {step.block}. ", f"{step.block}. "]
    elif block_changed:
        prefixes = [f"{step.block}. "]
    combined = [prefix + text for prefix in prefixes for text in texts] + texts
    return combined, priority


def _hints(planner: _StepPlanner) -> None:
    step = planner.step
    duration = step.duration
    if duration is None:
        return
    if step.kind is StepKind.WORK and step.reps is not None:
        rep_length = duration / step.reps
        if planner.verbosity is Verbosity.FULL:
            for n in range(1, step.reps + 1):
                planner.say([spoken.count_word(n)], (n - 1) * rep_length, Priority.COUNT, slip=rep_length / 2)
        else:
            if step.reps >= 8:
                planner.say([spoken.FIVE_MORE], (step.reps - 5) * rep_length, Priority.COUNT, slip=rep_length / 2)
            if step.reps >= 2:
                planner.say([spoken.LAST_ONE], (step.reps - 1) * rep_length, Priority.COUNT, slip=rep_length / 2)
    elif step.kind is StepKind.WORK:
        if duration >= 20:
            planner.say([spoken.HALFWAY], duration / 2, Priority.HINT, slip=HINT_SLIP)
        if duration >= 30:
            planner.say([spoken.TEN_SECONDS], duration - 10, Priority.HINT, slip=HINT_SLIP, from_end=True)
    elif step.kind is StepKind.REST and duration >= 20:
        planner.say([spoken.GET_READY], duration - 10, Priority.HINT, slip=HINT_SLIP, from_end=True)


def plan_cues(
    timeline: Timeline,
    verbosity: Verbosity = Verbosity.STANDARD,
    phrase_seconds: PhraseTimer = estimated_phrase_seconds,
) -> CuePlan:
    """Every cue of a session at ``verbosity``; ``phrase_seconds`` says how long each phrase lasts."""
    steps = timeline.steps
    cues: list[Cue] = []
    for index, step in enumerate(steps):
        planner = _StepPlanner(step, verbosity, phrase_seconds)
        previous = steps[index - 1] if index else None
        if step.kind is StepKind.WORK:
            planner.beep(Tone.GO, 0)
        elif previous is not None and previous.kind is StepKind.WORK:
            planner.beep(Tone.END, 0)
        texts, priority = _opening(steps, index, timeline.title, timeline.total_seconds)
        planner.say(texts, 0, priority)
        _hints(planner)
        counted = step.kind is StepKind.WORK and step.reps is not None and step.hold is None
        if step.duration is not None and step.duration >= TICK_MIN_STEP and not (
            counted and verbosity is Verbosity.FULL
        ):
            for before in (3, 2, 1):
                planner.beep(Tone.TICK, step.duration - before, from_end=True)
        cues.extend(planner.cues)
    end = _StepPlanner(
        Step(len(steps), StepKind.REST, timeline.total_seconds, 0, 0, "", -1, "", -1, 0, 0, None, None, 0, 0, None,
             None, 0),
        verbosity,
        phrase_seconds,
    )
    end.limit = float("inf")
    end.beep(Tone.FINISH, 0)
    end.say([spoken.FINISHED], 0, Priority.SESSION)
    cues.extend(end.cues)
    order = {CueKind.BEEP: 0, CueKind.SAY: 1}
    cues.sort(key=lambda c: (c.step, c.offset, order[c.kind]))
    return CuePlan(timeline, verbosity, tuple(cues))
