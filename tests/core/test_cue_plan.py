"""The cue plan follows docs/cues.md: ticks, go/end, names in prepare, rests naming what comes next."""

from __future__ import annotations

import itertools

import pytest
from sample_routines import TEST_CLASS

from backcoach.core.catalog import load_catalog
from backcoach.core.cue_types import CueKind, Tone, Verbosity
from backcoach.core.cues import plan_cues
from backcoach.core.durations import Level
from backcoach.core.loader import load_routine
from backcoach.core.spoken import count_word, spoken_duration
from backcoach.core.timeline import StepKind, Timeline, expand
from backcoach.resources import bundled_routines_dir


def bundled_timelines() -> list[Timeline]:
    catalog = load_catalog([(bundled_routines_dir(), True)])
    return [expand(entry.routine, level) for entry in catalog.entries if entry.routine for level in Level]


TIMELINES = bundled_timelines()


@pytest.mark.parametrize("timeline", TIMELINES, ids=[f"{t.title}-{t.level.value}" for t in TIMELINES])
def test_plan_rules_hold_for_every_bundled_routine(timeline: Timeline) -> None:
    plan = plan_cues(timeline)
    ticks = {round(c.at, 3) for c in plan.cues if c.tone is Tone.TICK}
    says = [c for c in plan.cues if c.kind is CueKind.SAY]
    for step in timeline.steps:
        if step.duration is not None and step.duration >= 4:
            assert {step.end - 3, step.end - 2, step.end - 1} <= ticks, step
        if step.duration is not None and step.duration < 4:
            assert not any(step.start <= t < step.end for t in ticks)
        opening = [c for c in says if c.step == step.index and c.offset == 0]
        if step.kind is StepKind.PREPARE:
            assert opening and step.exercise.lower() in opening[0].text.lower(), step  # type: ignore[union-attr]
        if step.kind is StepKind.REST:
            assert opening and opening[0].text and opening[0].text.startswith("Rest.")
        if step.kind is StepKind.WORK:
            assert any(c.tone is Tone.GO and c.step == step.index and c.offset == 0 for c in plan.cues)
    # Phrases never overlap and never run past the end of their step.
    for earlier, later in itertools.pairwise(says):
        assert earlier.at + earlier.seconds <= later.at + 1e-9, (earlier, later)
    for cue in says[:-1]:
        step = timeline.steps[cue.step]
        assert step.duration is None or cue.offset + cue.seconds <= step.duration + 1e-9
    # Nothing is said after "Session complete", which is last.
    assert says[-1].text == "Well done. Session complete." and says[-1].at == timeline.total_seconds
    assert plan.cues == tuple(sorted(plan.cues, key=lambda c: (c.step, c.offset, c.kind is CueKind.SAY)))


ROUTINE = TEST_CLASS


def says(verbosity: Verbosity = Verbosity.STANDARD) -> list[tuple[float, str]]:
    plan = plan_cues(expand(load_routine(ROUTINE, "t.yaml")), verbosity)
    return [(c.at, c.text or "") for c in plan.cues if c.kind is CueKind.SAY]


def test_standard_script_reads_like_a_coach() -> None:
    assert says() == [
        (0, "Test class. About 4 minutes. Warm-up. First: squat. 10 reps, 2 sets."),
        (10, "Go."),
        (25, "5 more."),
        (37, "Last one."),
        (40, "Rest. 30 seconds. Next: set 2."),
        (60, "Get ready."),
        (70, "Go."),
        (85, "5 more."),
        (97, "Last one."),
        (100, "Main. Next: plank. 40 seconds per side. Left side first."),
        (110, "Go."),
        (130, "Halfway."),
        (140, "10 seconds."),
        (150, "Switch sides. Right side."),
        (155, "Go."),
        (175, "Halfway."),
        (185, "10 seconds."),
        (195, "Next: rows. 5 reps."),
        (205, "Go. Press Done when you finish."),
        (220, "Well done. Session complete."),
    ]


def test_full_verbosity_counts_every_rep_instead_of_ticking() -> None:
    plan = plan_cues(expand(load_routine(ROUTINE, "t.yaml")), Verbosity.FULL)
    first_set = [c for c in plan.cues if c.step == 1]
    assert [c.text for c in first_set if c.kind is CueKind.SAY] == ["Go.", *[count_word(n) for n in range(1, 11)]]
    assert not any(c.tone is Tone.TICK for c in first_set)


def test_beeps_only_and_silent_change_the_plan_not_the_steps() -> None:
    timeline = expand(load_routine(ROUTINE, "t.yaml"))
    beeps = plan_cues(timeline, Verbosity.BEEPS)
    assert beeps.cues and all(c.kind is CueKind.BEEP for c in beeps.cues)
    assert plan_cues(timeline, Verbosity.SILENT).cues == ()


def test_a_get_ready_too_short_for_its_words_is_lengthened_rather_than_the_words_cut() -> None:
    # Issue 14: the dose and the starting side are always said before the work starts.
    text = ROUTINE.replace("prepare: 10s", "prepare: 2s")
    timeline = expand(load_routine(text, "t.yaml"))
    plan = plan_cues(timeline)
    opening = [c for c in plan.cues if c.step == 0 and c.kind is CueKind.SAY]
    assert [c.text for c in opening] == ["Test class. About 3 minutes. Warm-up. First: squat. 10 reps, 2 sets."]
    first = timeline.steps[0]
    assert first.duration is not None and first.duration > 2
    assert opening[0].seconds + 2 <= first.duration  # the words end before the last two beeps
    plank = next(s for s in timeline.steps if s.kind is StepKind.PREPARE and s.exercise == "Plank")
    said = [c.text for c in plan.cues if c.step == plank.index and c.kind is CueKind.SAY]
    assert said == ["Main. Next: plank. 40 seconds per side. Left side first."]


def test_a_voice_slower_than_planned_drops_the_block_name_before_the_dose_and_side() -> None:
    timeline = expand(load_routine(ROUTINE, "t.yaml"))
    slow = plan_cues(timeline, phrase_seconds=lambda text: 1.1 * len(text.split()))
    plank = next(s for s in timeline.steps if s.kind is StepKind.PREPARE and s.exercise == "Plank")
    said = [c.text for c in slow.cues if c.step == plank.index and c.kind is CueKind.SAY]
    assert said == ["Next: plank. 40 seconds per side. Left side first."]


def test_measured_phrase_lengths_move_the_plan() -> None:
    timeline = expand(load_routine(ROUTINE, "t.yaml"))
    slow = plan_cues(timeline, phrase_seconds=lambda text: 10.5)
    assert [c.text for c in slow.cues if c.step == 0 and c.kind is CueKind.SAY] == []  # too long for a 10 s step
    fits = plan_cues(timeline, phrase_seconds=lambda text: 0.5)
    assert [c.text for c in fits.cues if c.step == 0 and c.kind is CueKind.SAY] == [
        "Test class. About 4 minutes. Warm-up. First: squat. 10 reps, 2 sets."
    ]


@pytest.mark.parametrize(
    ("seconds", "words"),
    [(1, "1 second"), (30, "30 seconds"), (60, "1 minute"), (90, "1 minute 30"), (120, "2 minutes"),
     (3600, "1 hour"), (5400, "1 hour 30 minutes")],
)
def test_durations_are_spoken_as_people_say_them(seconds: int, words: str) -> None:
    assert spoken_duration(seconds) == words


def test_counts_are_words() -> None:
    assert [count_word(n) for n in (1, 15, 21, 40, 99)] == ["One", "Fifteen", "Twenty-one", "Forty", "Ninety-nine"]
