"""One function plans a session: timeline, cue plan and display model agree for any preferences."""

from __future__ import annotations

import pytest
from sample_routines import TEST_CLASS

from backcoach.core.catalog import load_catalog
from backcoach.core.cue_types import CueKind, Verbosity
from backcoach.core.display import ENDINGS, PAUSED_HEADING, StepCard
from backcoach.core.durations import Level
from backcoach.core.engine import SessionEngine, State
from backcoach.core.exercise_library import load_library
from backcoach.core.loader import load_routine
from backcoach.core.model import Pace
from backcoach.core.preferences import Preferences
from backcoach.core.session_plan import estimates, plan_session
from backcoach.core.spoken import about_minutes
from backcoach.core.timeline import StepKind
from backcoach.resources import bundled_routines_dir

ROUTINE = load_routine(
    TEST_CLASS.replace("      - {name: Rows, reps: 5, pace: self}",
                       "      - {name: Rows, reps: 5, pace: self, note: Keep your chest up.}")
    .replace("rep_time: 3s}", "rep_time: 3s, between: 15s}"),
    "test.yaml",
)
LIBRARY = load_library(
    "backcoach-exercises: 1\nexercises:\n"
    "  - {name: Squat, instructions: Sit back as if onto a chair., muscles: [glutes], cautions: Knees over toes.}\n"
    "  - {name: Plank, instructions: Lie face down and lift onto your forearms., muscles: [core]}\n"
)
CATALOG = load_catalog([(bundled_routines_dir(), True)])
BUNDLED = [entry.routine for entry in CATALOG.entries if entry.routine is not None]
NOT_DEFAULT = Preferences(prepare=17, pace=Pace.SELF)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_preferences_level_and_verbosity_shape_the_whole_plan() -> None:
    plan = plan_session(ROUTINE, Preferences(prepare=20, pace=Pace.SELF), Level.ADVANCED, Verbosity.BEEPS)
    assert plan.level is Level.ADVANCED and plan.verbosity is Verbosity.BEEPS
    prepares = [s.duration for s in plan.timeline.steps if s.kind is StepKind.PREPARE]
    assert prepares == [20, 20, 20]
    assert all(s.duration is None for s in plan.timeline.steps if s.kind is StepKind.WORK and s.reps)
    assert plan.cues.timeline is plan.timeline and plan.cues.verbosity is Verbosity.BEEPS
    assert all(cue.kind is CueKind.BEEP for cue in plan.cues.cues)
    assert plan.total_seconds == plan.timeline.total_seconds == sum(s.planned for s in plan.timeline.steps)
    assert ROUTINE.defaults.prepare is not None and ROUTINE.defaults.prepare.low == 10  # the file is untouched


def test_the_coach_says_the_length_the_plan_has() -> None:
    plan = plan_session(ROUTINE, Preferences(prepare=60))
    first = next(cue for cue in plan.cues.cues if cue.kind is CueKind.SAY)
    assert about_minutes(plan.total_seconds) in (first.text or "")
    assert about_minutes(plan.total_seconds) != about_minutes(plan_session(ROUTINE).total_seconds)


def test_every_step_has_a_card_with_its_heading_what_comes_next_and_advice() -> None:
    plan = plan_session(ROUTINE, exercise_library=LIBRARY)
    steps, cards = plan.timeline.steps, plan.display.cards
    assert [card.index for card in cards] == [step.index for step in steps]
    assert [card.kind for card in cards] == [step.kind for step in steps]
    get_ready, squat = cards[0], cards[1]
    assert (squat.heading, squat.title, squat.upcoming) == ("WORK", "Squat", "Next: rest 30 s")
    assert squat.how_to == get_ready.how_to == "Squat: Sit back as if onto a chair."
    assert get_ready.cautions == ("Knees over toes.",) and squat.cautions == ()  # said once, before the move
    before_plank = next(card for card in cards if card.kind is StepKind.REST and card.exercise == "Plank")
    assert steps[before_plank.index].exercise == "Squat"  # the rest after the squats tells how to do the plank
    assert before_plank.title == "Rest" and before_plank.how_to.startswith("Plank: Lie face down")
    switch = next(card for card in cards if card.kind is StepKind.SWITCH)
    assert switch.heading == "SWITCH SIDES"
    rows = cards[-1]
    assert rows.exercise == "Rows" and rows.how_to == "" and rows.upcoming == "Last step"
    assert cards[-2].exercise == "Rows" and cards[-2].notes == ("Keep your chest up.",)
    assert set(StepCard.__dataclass_fields__) <= set(rows.to_json())


def test_the_display_follows_the_engine_through_pause_and_the_end() -> None:
    plan = plan_session(ROUTINE, exercise_library=LIBRARY)
    clock = Clock()
    engine = SessionEngine(plan.cues, clock)
    ready = plan.display.moment(engine)
    assert ready is not None and ready.heading == "GET READY" and ready.card is plan.display.cards[0]
    assert ready.session_clock == f"0:00 / {plan.total_seconds // 60}:{plan.total_seconds % 60:02d}"
    engine.start()
    clock.now += 12
    engine.tick()
    engine.pause()
    paused = plan.display.moment(engine)
    assert paused is not None and paused.heading == PAUSED_HEADING and paused.title == "Squat"
    assert paused.card is not None and paused.card.how_to.startswith("Squat:")
    engine.stop()
    assert plan.display.moment(engine) is None and ENDINGS[State.STOPPED].heading == "STOPPED"


@pytest.mark.parametrize("routine", BUNDLED, ids=[r.title[:40] for r in BUNDLED])
def test_estimates_are_the_planned_sessions_for_every_bundled_routine(routine: object) -> None:
    assert routine is not None
    for level, seconds in estimates(routine, NOT_DEFAULT).items():  # type: ignore[arg-type]
        plan = plan_session(routine, NOT_DEFAULT, level, Verbosity.FULL)  # type: ignore[arg-type]
        assert seconds == plan.total_seconds == plan.cues.timeline.total_seconds
        assert plan.cues.cues[-1].at == plan.total_seconds  # the last cue ("Well done") ends the session
