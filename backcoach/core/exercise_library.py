"""The exercise library: every move described once, found by name or alias.

Routines name their exercises; the library says how to perform each one, which muscles it works, what
it needs and what to watch for. Routines stay short, and instructions stay consistent between classes.
File format (``exercises.yaml``)::

    backcoach-exercises: 1
    exercises:
      - name: Bird dog
        aliases: [Kneeling superman]
        instructions: Kneel on all fours ...
        muscles: [erector spinae, glutes]
        equipment: [mat]
        position: kneeling
        rep_time: 3s
        per: side
        sides: alternating
        cautions: Keep your back flat and do not let it sag or twist; stop if you feel pain.
        spoken_caution: Keep your back flat.
        source: Exercises to strengthen back muscles

How a move is done lives here too, so every routine that uses it is coached the same way: its natural
pace (``rep_time``, used for counted reps unless a routine sets its own), where it starts (``position``,
which sizes the get-ready before it), whether it is one-sided and how the sides change (``per``,
``sides``), what the coach says about its risks (``spoken_caution``, a short form of ``cautions``), and
for a high-impact move (``impact: high``) the gentler move that can take its place (``gentler``), and whether
it is a stretch or mobility move that does not work its muscles hard (``load: light``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .model import BodyPosition, Per, Routine, Sides
from .problems import Position, Problem, RoutineError

if TYPE_CHECKING:  # the YAML reader loads when a file is read, not when a cached library is used
    from yaml.nodes import Node

    from .figure.spec import FigureSpec
    from .reading import Fields, NodeReader

LIBRARY_VERSION = 1
LIBRARY_KEYS = ("backcoach-exercises", "exercises")
ENTRY_KEYS = (
    "name", "aliases", "instructions", "muscles", "equipment", "position", "rep_time", "per", "sides", "cautions",
    "spoken_caution", "impact", "gentler", "source", "load",
    "figure",
)
IMPACTS = ("low", "high")
LOADS = ("hard", "light")
"""``load: light`` marks a stretch, a mobility or warm-up move, or breathing: it does not work its muscles hard,
so the recovery check between sessions (:mod:`.recovery`) leaves it out. Every other move is ``hard``."""
SPOKEN_CAUTION_WORDS = 16
"""A caution the coach says is short: a person on the mat hears one breath of advice, not a paragraph."""


_SEPARATORS = re.compile(r"[-_/&(),.]+")


@lru_cache(maxsize=4096)  # the same few hundred names are looked up for every routine in the library
def normalise_name(name: str) -> str:
    """The form names are compared in: case, punctuation, hyphens and spacing do not matter."""
    text = name.lower().replace("’", "'").replace("‘", "'")
    return " ".join(_SEPARATORS.sub(" ", text).split())


def _folded(name: str) -> str:
    """A name without case, punctuation, spaces or plurals: the spellings of one name fold to (nearly) the same
    text (``Bird dogs`` and ``Bird dog``, ``Farmers carry`` and ``Farmer's carry``, ``Reverse flies`` and ``Reverse
    fly``)."""
    return "".join(_singular(word) for word in normalise_name(name).replace("'", "").split())


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


@dataclass(frozen=True)
class LibraryExercise:
    name: str
    instructions: str
    muscles: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    equipment: tuple[str, ...] = ()
    cautions: str | None = None
    source: str | None = None
    position: BodyPosition | None = None
    """Where the move starts, for the get-ready before it."""
    rep_time: int | None = None
    """The move's natural pace: seconds per rep (per side's rep for a one-sided move)."""
    per: Per | None = None
    """Set for a one-sided move: what the side is called (side, leg, arm)."""
    sides: Sides | None = None
    """How a one-sided move changes sides unless a routine says otherwise."""
    spoken_caution: str | None = None
    """What the coach says before the move: a short form of ``cautions``."""
    high_impact: bool = False
    gentler: str | None = None
    """The move (by name) that takes a high-impact move's place when the user skips it."""
    light: bool = False
    """A stretch, mobility or warm-up move (``load: light``): not counted as working its muscles hard."""
    figure: FigureSpec | None = None
    """Its own figure; the bundled moves' figures are in figures.yaml instead (see docs/figures.md)."""

    @property
    def one_sided(self) -> bool:
        return self.per is not None or self.sides not in (None, Sides.TOGETHER)

    def said_caution(self) -> str | None:
        """The caution as the coach says it: ``spoken_caution``, else the first clause of ``cautions`` when it
        is short enough to say (a long one stays on screen only)."""
        if self.spoken_caution:
            return self.spoken_caution
        if not self.cautions:
            return None
        first = re.split(r"[;.]\s", self.cautions.strip(), maxsplit=1)[0].rstrip(".;")
        if len(first.split()) > SPOKEN_CAUTION_WORDS:
            return None
        return first[:1].upper() + first[1:] + "."


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

    def suggestion(self, name: str) -> str | None:
        """The name (or alias) a name the library does not know was most likely meant to be (``Plnak`` →
        ``Plank``); ``None`` for a known name or when nothing is close."""
        from .suggest import closest

        if not name.strip() or self.find(name) is not None:
            return None
        # closest() compares with spaces as underscores, as it does for keys
        names = {normalise_name(n).replace(" ", "_"): n for e in self.entries for n in (e.name, *e.aliases)}
        guess = closest(normalise_name(name), names)
        return names[guess] if guess is not None else None

    def offered_names(self) -> list[str]:
        """The names to offer while a name is typed: every move's name and the aliases that are another name for
        it, not another spelling of one already offered ("Bird dogs", "Deadbug" and "Farmers carry" are not
        offered beside "Bird dog", "Dead bug" and "Farmer's carry", "Kneeling superman" is)."""
        from .suggest import edit_distance

        offered: list[str] = []
        for entry in self.entries:
            kept: list[str] = []
            for name in (entry.name, *entry.aliases):
                folded = _folded(name)
                if all(edit_distance(folded, _folded(other)) > min(2, len(folded) // 5) for other in kept):
                    kept.append(name)
            offered.extend(kept)
        return sorted(set(offered), key=str.lower)

    def missing_gentler(self) -> list[tuple[str, str]]:
        """``(move, gentler)`` pairs whose gentler move this library does not describe (a note, not an error:
        a folder's library may name a bundled move, which is only known once the two are merged)."""
        return [(e.name, e.gentler) for e in self.entries if e.gentler and self.find(e.gentler) is None]


def load_library(data: bytes | str, file: str = "<exercises>") -> ExerciseLibrary:
    """Validate an exercise-library file; raise :class:`RoutineError` with every problem."""
    from .reading import read_document

    return read_document(data, file, "the exercise library is empty",
                         lambda reader, root: ExerciseLibrary(tuple(_read_library(reader, root))))


def load_library_path(path: Path, display_name: str | None = None) -> ExerciseLibrary:
    """A library file, or a folder of them (every ``*.yaml``/``*.yml``), as one library."""
    from .files import read_user_file
    from .reading import clip

    files = sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml")) if path.is_dir() else [path]
    library = ExerciseLibrary()
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for file in files:
        name = display_name if display_name and not path.is_dir() else str(file)
        try:
            part = load_library(read_user_file(file, name), name)
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
                    problems.append(Problem(name, Position(), f"'{clip(alias)}' is already described in {seen[key]}"))
                seen[key] = name
        library = library.merged(part)
    if problems:
        raise RoutineError(problems)
    return library


def _read_library(r: NodeReader, root: Node) -> list[LibraryExercise]:
    from yaml.nodes import ScalarNode

    from .reading import INT_TAG, clip, describe

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
        how = _read_how(r, entry_fields)
        assert isinstance(aliases, tuple) and isinstance(equipment, tuple)
        for alias in (name, *aliases):
            if not isinstance(alias, str):
                continue
            key = normalise_name(alias)
            if key in names:
                r.report(item, f"'{clip(alias)}' already names the exercise '{clip(names[key])}'; "
                         "names and aliases must be unique")
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
                    **how,
                )
            )
    return entries


def _read_how(r: NodeReader, fields: Fields) -> dict[str, Any]:
    """How the move is done: position, pace, sides, the spoken caution, impact, its gentler move and its figure."""
    from .loader import POSITION_WORDS, SIDES_WORDS, read_word

    how: dict[str, Any] = {}
    node = fields.get("position")
    if node is not None:
        how["position"] = read_word(r, node, "position", POSITION_WORDS)
    node = fields.get("rep_time")
    if node is not None:
        value = r.duration(node, "rep_time", 1)
        if value is not None and not value.is_single:
            r.report(node, "'rep_time' is the move's own pace: one duration, not a range")
        elif value is not None:
            how["rep_time"] = value.low
    node = fields.get("per")
    if node is not None:
        how["per"] = r.choice(node, "per", Per)
    node = fields.get("sides")
    if node is not None:
        sides = read_word(r, node, "sides", SIDES_WORDS)
        if sides is Sides.TOGETHER:
            r.report(node, "'sides' in the exercise library says how a one-sided move changes sides: all sets, "
                     "each set or alternating (leave it out for a move that works both sides at once)")
        else:
            how["sides"] = sides
    node = fields.get("spoken_caution")
    if node is not None:
        text = r.text(node, "spoken_caution")
        if text is not None and len(text.split()) > SPOKEN_CAUTION_WORDS:
            r.report(node, f"'spoken_caution' is said before the move: keep it to {SPOKEN_CAUTION_WORDS} words "
                     f"or fewer, not {len(text.split())} (the full advice goes in 'cautions')")
        else:
            how["spoken_caution"] = text
    for key, words, flag, meaning in (("impact", IMPACTS, "high_impact", "high"), ("load", LOADS, "light", "light")):
        node = fields.get(key)
        if node is not None and (word := read_word(r, node, key, {w: w for w in words})) is not None:
            how[flag] = word == meaning
    node = fields.get("gentler")
    if node is not None:
        how["gentler"] = r.text(node, "gentler")
    if "gentler" in how and not how.get("high_impact") and node is not None:
        r.report(node, "'gentler' names the move that replaces a high-impact one; add 'impact: high' or remove it")
    node = fields.get("figure")
    if node is not None:
        from .figure.spec import read_figure

        how["figure"] = read_figure(r, node)
    return {key: value for key, value in how.items() if value is not None}


def _read(r: NodeReader, fields: Fields, key: str, how: str) -> object:
    node = fields.get(key)
    if node is None:
        return None
    return r.text(node, key) if how == "text" else r.text_list(node, key)
