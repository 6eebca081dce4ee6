"""The exercise library: its own validation, and lookup by name or alias."""

from __future__ import annotations

import pytest

from backcoach.core.exercise_library import load_library, normalise_name
from backcoach.core.problems import RoutineError

GOOD = """
backcoach-exercises: 1
exercises:
  - name: Bird dog
    aliases: [Kneeling superman]
    instructions: Kneel on all fours and reach one arm and the opposite leg long.
    muscles: [erector spinae, glutes]
    equipment: [mat]
  - name: Child's pose
    instructions: Sit back on your heels and reach forward.
    muscles: [lats]
"""


def test_lookup_ignores_case_spacing_hyphens_and_curly_quotes() -> None:
    library = load_library(GOOD, "ex.yaml")
    bird_dog = library.find("bird-dog")
    assert bird_dog is not None and bird_dog.name == "Bird dog"
    assert library.find("KNEELING  superman") is bird_dog
    assert library.find("Child’s Pose") is not None
    assert library.find("Plank") is None
    assert normalise_name(" Cat & Cow ") == normalise_name("cat-cow")


@pytest.mark.parametrize(
    ("text", "position", "message"),
    [
        ("exercises: []\n", "1:1", "needs 'backcoach-exercises'"),
        ("backcoach-exercises: 1\nexercises:\n  - name: A\n    muscles: [x]\n", "3:5", "needs 'instructions'"),
        ("backcoach-exercises: 1\nexercises:\n  - name: A\n    instructions: I\n    muscles: []\n", "5:14",
         "'muscles' is empty"),
        ("backcoach-exercises: 1\nexercises:\n  - {name: A, instructions: I, muscles: [m]}\n"
         "  - {name: B, aliases: [a], instructions: I, muscles: [m]}\n", "4:5", "'a' already names the exercise 'A'"),
        ("backcoach-exercises: 2\nexercises: []\n", "1:22", "must be 1"),
        ("backcoach-exercises: 1\nexercises:\n  - {name: A, instrutions: I, muscles: [m]}\n", "3:15",
         "did you mean 'instructions'"),
    ],
    ids=["no version", "no instructions", "empty muscles", "alias clash", "future version", "misspelt key"],
)
def test_library_problems_are_positioned(text: str, position: str, message: str) -> None:
    with pytest.raises(RoutineError) as caught:
        load_library(text, "ex.yaml")
    assert any(str(p).startswith(f"ex.yaml:{position}: ") and message in str(p) for p in caught.value.problems), [
        str(p) for p in caught.value.problems
    ]


def test_a_misspelt_name_gets_the_name_it_was_most_likely_meant_to_be() -> None:
    from backcoach.catalogs import bundled_catalog

    library = bundled_catalog().exercise_library
    assert library.suggestion("Plnak") == "Plank"
    assert library.suggestion("Brige") == "Bridge"  # an alias, as spelt in the library
    assert library.suggestion("bird dgo") == "Bird dog"
    assert library.suggestion("Plank") is None  # known: nothing to suggest
    assert library.suggestion("sit-up") is None  # known, spelt another way
    assert library.suggestion("Handstand walk") is None  # nothing close
    assert library.suggestion("") is None


def test_the_names_offered_while_typing_hold_one_spelling_of_each_name() -> None:
    library = load_library(GOOD.replace("[Kneeling superman]", "[Bird dogs, Birddogs, Kneeling superman]")
                           .replace("name: Child's pose", "name: Child's pose\n    aliases: [Childs pose]"), "ex.yaml")
    assert library.offered_names() == ["Bird dog", "Child's pose", "Kneeling superman"]
