"""Duration, count and range parsing, and how levels pick from ranges."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backcoach.core.durations import (
    Level,
    Range,
    ValueProblem,
    format_seconds,
    parse_count_range,
    parse_duration_range,
    parse_seconds,
)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("30", 30), ("30s", 30), ("30 s", 30), ("45 sec", 45), ("45 secs", 45), ("10 seconds", 10),
        ("2 min", 120), ("2m", 120), ("5 minutes", 300), ("1m30s", 90), ("1 min 30 s", 90),
        ("1:30", 90), ("0:05", 5), ("1:02:03", 3723), ("1h", 3600), ("1 hour", 3600), ("1.5 min", 90),
        ("2 MIN", 120), (" 20s ", 20), ("1 min and 30 s", 90), ("1.1 h", 3960), ("4.1 min", 246), ("2.05 min", 123),
    ],
)
def test_written_durations_parse_to_seconds(text: str, seconds: int) -> None:
    assert parse_seconds(text) == seconds


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("30-60s", 30, 60), ("20-30 min", 1200, 1800), ("30s-1min", 30, 60), ("1:00-1:30", 60, 90),
        ("5-10 seconds", 5, 10), ("30 – 60 s", 30, 60), ("20 to 30 min", 1200, 1800), ("45s", 45, 45),
    ],
)
def test_duration_ranges_share_the_unit_written_after_the_high_end(text: str, low: int, high: int) -> None:
    assert parse_duration_range(text) == Range(low, high)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"), ("abc", "not a duration"), ("30x", "'x' is not a unit"), ("1.5s", "whole number"),
        ("30s 1m", "larger units first"), ("60-30s", "reversed"), ("30--60s", "not a range"), ("-30s", "negative"),
    ],
)
def test_bad_durations_say_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(ValueProblem, match=message):
        parse_duration_range(text)


def test_count_ranges() -> None:
    assert parse_count_range("6-12") == Range(6, 12)
    for bad in ("12-6", "six", "6-", "1.5-3"):
        with pytest.raises(ValueProblem):
            parse_count_range(bad)


def test_levels_pick_low_middle_rounded_up_and_high() -> None:
    assert [Range(6, 11).at(level) for level in Level] == [6, 9, 11]
    assert [Range(30, 60).at(level) for level in Level] == [30, 45, 60]
    assert [Range(20, 20).at(level) for level in Level] == [20, 20, 20]


def test_level_parse_accepts_any_case_and_rejects_others() -> None:
    assert Level.parse(" Advanced ") is Level.ADVANCED
    with pytest.raises(ValueError, match="easy, intermediate or advanced"):
        Level.parse("hard")


@given(st.integers(min_value=0, max_value=4 * 3600))
def test_formatted_seconds_parse_back(seconds: int) -> None:
    assert parse_seconds(format_seconds(seconds)) == seconds


@given(st.integers(min_value=0, max_value=239), st.integers(min_value=0, max_value=59))
def test_every_written_form_of_minutes_and_seconds_agrees(minutes: int, seconds: int) -> None:
    total = minutes * 60 + seconds
    forms = [f"{minutes}:{seconds:02d}", f"{total}", f"{total}s", f"{total} seconds"]
    if minutes and seconds:
        forms += [f"{minutes}m{seconds}s", f"{minutes} min {seconds} s"]
    assert {parse_seconds(form) for form in forms} == {total}


@given(st.integers(min_value=0, max_value=1000), st.integers(min_value=0, max_value=1000))
def test_a_level_always_picks_inside_the_range_and_in_order(a: int, b: int) -> None:
    value = Range(min(a, b), max(a, b))
    picks = [value.at(level) for level in Level]
    assert value.low <= picks[0] <= picks[1] <= picks[2] <= value.high
    assert picks[0] == value.low and picks[2] == value.high
