"""The exercise library: every move described once, found by name or alias.

Routines name their exercises; the library says how to perform each one, which muscles it works, what
it needs and what to watch for. Routines stay short, and instructions stay consistent between classes.
File format (``exercises.yaml``)::

    backcoach-exercises: 1
    exercises:
      - name: Bird dog
        aliases: [Diverse arms and legs]
        instructions: Kneel on all fours ...
        muscles: [erector spinae, glutes]
        equipment: [mat]
        cautions: Keep your back flat.
        source: Exercises to strengthen back muscles
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from yaml.nodes import Node, ScalarNode

from .figure.spec import FigureSpec, read_figure
from .model import Routine
from .problems import Position, Problem, RoutineError
from .reading import INT_TAG, Fields, NodeReader, describe, read_document

LIBRARY_VERSION = 1
LIBRARY_KEYS = ("backcoach-exercises", "exercises")
ENTRY_KEYS = ("name", "aliases", "instructions", "muscles", "equipment", "cautions", "source", "figure")


_SEPARATORS = re.compile(r"[-_/&(),.]+")


@lru_cache(maxsize=4096)  # the same few hundred names are looked up for every routine in the library
def normalise_name(name: str) -> str:
    """The form names are compared in: case, punctuation, hyphens and spacing do not matter."""
    text = name.lower().replace("’", "'").replace("‘", "'")
    return " ".join(_SEPARATORS.sub(" ", text).split())


@dataclass(frozen=True)
class LibraryExercise:
    name: str
    instructions: str
    muscles: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    equipment: tuple[str, ...] = ()
    cautions: str | None = None
    source: str | None = None
    figure: FigureSpec | None = None
    """Its own figure; the bundled moves' figures are in figures.yaml instead (see docs/figures.md)."""


@dataclass(frozen=True)
class ExerciseLibrary:
    entries: tuple[LibraryExercise, ...] = ()
    _index: dict[str, LibraryExercise] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for entry in self.entries:
            for name in (entry.name, *entry.aliases):
                self._index.setdefault(normalise_name(name), entry)

    def find(self, name: str) -> LibraryExercise | None:
        """The entry for a routine's exercise name or alias, case-insensitively."""
        return self._index.get(normalise_name(name))

    def merged(self, other: ExerciseLibrary) -> ExerciseLibrary:
        """This library with ``other``'s entries added; names already here win."""
        extra = [e for e in other.entries if all(self.find(n) is None for n in (e.name, *e.aliases))]
        return ExerciseLibrary(self.entries + tuple(extra))

    def unknown_names(self, routine: Routine) -> list[str]:
        """Exercise names in a routine that the library does not describe."""
        return sorted({e.name for e in routine.exercises if self.find(e.name) is None})


def load_library(data: bytes | str, file: str = "<exercises>") -> ExerciseLibrary:
    """Validate an exercise-library file; raise :class:`RoutineError` with every problem."""
    return read_document(data, file, "the exercise library is empty",
                         lambda reader, root: ExerciseLibrary(tuple(_read_library(reader, root))))


def load_library_path(path: Path, display_name: str | None = None) -> ExerciseLibrary:
    """A library file, or a folder of them (every ``*.yaml``/``*.yml``), as one library."""
    files = sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml")) if path.is_dir() else [path]
    library = ExerciseLibrary()
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for file in files:
        name = display_name if display_name and not path.is_dir() else str(file)
        try:
            part = load_library(file.read_bytes(), name)
        except RoutineError as error:
            problems.extend(error.problems)
            continue
        except OSError as error:
            problems.append(Problem(name, Position(), f"cannot read the file: {error.strerror or error}"))
            continue
        for entry in part.entries:
            for alias in (entry.name, *entry.aliases):
                key = normalise_name(alias)
                if key in seen:
                    problems.append(Problem(name, Position(), f"'{alias}' is already described in {seen[key]}"))
                seen[key] = name
        library = library.merged(part)
    if problems:
        raise RoutineError(problems)
    return library


def _read_library(r: NodeReader, root: Node) -> list[LibraryExercise]:
    fields = r.mapping(root, "an exercise library", LIBRARY_KEYS, LIBRARY_KEYS)
    if fields is None:
        return []
    version = fields.get("backcoach-exercises")
    if version is not None and not (
        isinstance(version, ScalarNode) and version.tag == INT_TAG and version.value == str(LIBRARY_VERSION)
    ):
        r.report(version, f"'backcoach-exercises' must be {LIBRARY_VERSION}, not {describe(version)}")
    items_node = fields.get("exercises")
    items = r.sequence(items_node, "exercises") if items_node is not None else None
    entries: list[LibraryExercise] = []
    names: dict[str, str] = {}
    for item in items or ():
        entry_fields = r.mapping(item, "an exercise", ENTRY_KEYS, ("name", "instructions", "muscles"))
        if entry_fields is None:
            continue

        name = _read(r, entry_fields, "name", "text")
        aliases = _read(r, entry_fields, "aliases", "list") or ()
        instructions = _read(r, entry_fields, "instructions", "text")
        muscles = _read(r, entry_fields, "muscles", "list")
        if muscles == ():
            node = entry_fields.get("muscles")
            assert node is not None
            r.report(node, "'muscles' is empty; name at least one muscle the exercise works")
        equipment = _read(r, entry_fields, "equipment", "list") or ()
        cautions = _read(r, entry_fields, "cautions", "text")
        source = _read(r, entry_fields, "source", "text")
        figure_node = entry_fields.get("figure")
        figure = read_figure(r, figure_node) if figure_node is not None else None
        assert isinstance(aliases, tuple) and isinstance(equipment, tuple)
        for alias in (name, *aliases):
            if not isinstance(alias, str):
                continue
            key = normalise_name(alias)
            if key in names:
                r.report(item, f"'{alias}' already names the exercise '{names[key]}'; names and aliases must be unique")
            names[key] = str(name)
        if isinstance(name, str) and isinstance(instructions, str) and isinstance(muscles, tuple) and muscles:
            entries.append(
                LibraryExercise(
                    name=name,
                    instructions=instructions,
                    muscles=muscles,
                    aliases=tuple(str(a) for a in aliases),
                    equipment=tuple(str(e) for e in equipment),
                    cautions=cautions if isinstance(cautions, str) else None,
                    source=source if isinstance(source, str) else None,
                    figure=figure,
                )
            )
    return entries


def _read(r: NodeReader, fields: Fields, key: str, how: str) -> object:
    node = fields.get(key)
    if node is None:
        return None
    return r.text(node, key) if how == "text" else r.text_list(node, key)
