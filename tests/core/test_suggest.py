"""Spelling suggestions: the distance, its early exit, and names of several words."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from backcoach.core.suggest import closest, edit_distance

_WORDS = st.text(alphabet="abcde _", max_size=12)


def test_a_swapped_pair_of_letters_is_one_edit() -> None:
    assert edit_distance("rets", "rest") == 1
    assert edit_distance("plank", "plank") == 0
    assert edit_distance("", "abc") == 3


@given(_WORDS, _WORDS, st.integers(min_value=0, max_value=4))
def test_a_limited_distance_is_exact_up_to_the_limit(a: str, b: str, limit: int) -> None:
    """The early exit only ever answers "more than the limit", and only when that is true."""
    assert edit_distance(a, b, limit=limit) == min(edit_distance(a, b), limit + 1)


def test_a_misspelt_name_of_several_words_finds_it() -> None:
    """Spaces count as the word's own underscores, not as edits: three words and one slip is one edit."""
    names = ["glute bridge march", "glute bridge", "bird dog"]
    assert closest("glute brdge march", names) == "glute bridge march"
    assert closest("glute-bridge marhc", names) == "glute bridge march"


def test_nothing_close_is_no_suggestion() -> None:
    assert closest("cat cow", ["glute bridge march", "bird dog"]) is None
    assert closest("rets", ["rest", "reps"]) == "rest"
