"""Comparing an imported routine with a hand-made one, fact by fact, skipping what the hand-made one chose.

A shipped routine marks every number its article does not give with ``# not in the source: …``; those
values may differ from what the importer guesses. Everything else — the exercises and their order, sets,
reps, holds, rests between sets, sides and rounds — must be the same.
"""

from __future__ import annotations

from dataclasses import dataclass

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from backcoach.core.exercise_library import ExerciseLibrary, normalise_name
from backcoach.core.importer.names import Matcher
from backcoach.core.model import BUILTIN_TIMING, Routine, count_most
from backcoach.core.yamlsource import compose

Path = tuple[str | int, ...]
MARK = "# not in the source"
SKIP = "(chosen, not compared)"


def marked_paths(text: str) -> set[Path]:
    """The keys whose line carries ``# not in the source`` (a chosen value), as paths into the routine."""
    lines = text.splitlines()
    root = compose(text, "<shipped>")
    found: set[Path] = set()

    def walk(node: Node, path: Path) -> None:
        if isinstance(node, MappingNode):
            for key, value in node.value:
                if not isinstance(key, ScalarNode):
                    continue
                here = (*path, str(key.value))
                line = lines[key.start_mark.line] if key.start_mark.line < len(lines) else ""
                if MARK in line:
                    found.add(here)
                walk(value, here)
        elif isinstance(node, SequenceNode):
            for index, item in enumerate(node.value):
                walk(item, (*path, index))

    if root is not None:
        walk(root, ())
    return found


@dataclass(frozen=True)
class Facts:
    """One exercise as a session runs it (:data:`SKIP` where the hand-made routine chose the value)."""

    exercise: str
    sets: object
    reps: object
    hold: object
    rest: object
    per: object
    rounds: object


def routine_facts(routine: Routine, library: ExerciseLibrary, marks: set[Path] | None = None) -> list[Facts]:
    marks = marks or set()
    matcher = Matcher(library)  # "Brisk walking" is the library's "Walking", as the importer finds it
    facts: list[Facts] = []
    default_rest_marked = ("defaults", "rest") in marks
    for b, block in enumerate(routine.blocks):
        block_path: Path = ("blocks", b)
        rounds = SKIP if (*block_path, "rounds") in marks else block.rounds
        for e, exercise in enumerate(block.exercises):
            path: Path = (*block_path, "exercises", e)

            def own(key: str, value: object, path: Path = path) -> object:
                return SKIP if (*path, key) in marks else value

            found = matcher.find(exercise.name).entry
            identity = found.name if found is not None else normalise_name(exercise.name)
            if exercise.timing.rest is not None:
                rest: object = own("rest", exercise.timing.rest)
            elif routine.defaults.rest is not None:
                rest = SKIP if default_rest_marked else routine.defaults.rest
            else:
                rest = BUILTIN_TIMING.rest
            sets_marked = (*path, "sets") in marks
            if count_most(exercise.sets) == 1 and not sets_marked:
                rest = SKIP  # one set: no rest between sets, whatever is written
            facts.append(Facts(
                exercise=identity,
                sets=own("sets", exercise.sets),
                reps=own("reps", exercise.reps),
                hold=own("hold", exercise.hold),
                rest=rest,
                per=own("per", exercise.per),
                rounds=rounds,
            ))
    return facts


def differences(imported: Routine, shipped: Routine, marks: set[Path], library: ExerciseLibrary) -> list[str]:
    """What an imported routine gets wrong against a shipped one (empty when they agree)."""
    mine = routine_facts(imported, library)
    theirs = routine_facts(shipped, library, marks)
    problems: list[str] = []
    names_mine = [f.exercise for f in mine]
    names_theirs = [f.exercise for f in theirs]
    if names_mine != names_theirs:
        return [f"exercises differ:\n  imported {names_mine}\n  shipped  {names_theirs}"]
    for got, want in zip(mine, theirs, strict=True):
        for field in ("sets", "reps", "hold", "rest", "per", "rounds"):
            expected = getattr(want, field)
            if expected == SKIP:
                continue
            if getattr(got, field) != expected:
                problems.append(f"{want.exercise}: {field} is {getattr(got, field)!r}, the shipped routine says "
                                f"{expected!r}")
    return problems
