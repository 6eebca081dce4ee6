"""The figures a session can show: the library's (``figures.yaml``), an exercise library entry's own, and a
routine exercise's own ``figure:``, resolved into :class:`~.model.Figure` values.

Resolving means: a figure that says ``like: Bird dog`` takes that move's poses and settings and changes what
it sets; a pose that says ``like: all fours`` starts from that shared position (``like: 2`` from this
figure's second pose) and changes the angles it names; plural keys (``hips``) set both sides and ``spine``
shares its angles among the three spine segments. Every problem found on the way is a
:class:`~backcoach.core.problems.Problem` at the value that causes it, as for routines.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..catalog import FIGURES_NAMES
from ..exercise_library import ExerciseLibrary, normalise_name
from ..files import read_user_file
from ..model import Routine
from ..problems import Position, Problem, RoutineError
from ..reading import read_document
from ..suggest import closest
from ..timeline import Step
from .body import GROUPS, JOINTS, SPINE, Angles
from .model import DEFAULT_CYCLE, DEFAULT_LIFT, Figure, KeyPose
from .placing import stage
from .spec import VIEWS, FiguresFile, FigureSpec, PoseSpec, read_figures_file

PLURAL_PARTS = frozenset({"feet", "hands", "knees", "shins", "thighs", "toes", "heels", "hips", "elbows", "forearms",
                          "arms", "shoulders"})


@dataclass(frozen=True)
class Source:
    """A figure as written, where it was written, and the exercise name it draws."""

    name: str
    spec: FigureSpec
    file: str


def apply_angles(base: Angles, pose: PoseSpec) -> Angles:
    """``base`` with the pose's angle keys applied: plural keys first, then the joints named one by one."""
    changes: dict[str, float] = {}
    for setting in pose.angles:
        if setting.key in GROUPS:
            share = len(SPINE) if setting.key == "spine" else 1
            for joint in GROUPS[setting.key]:
                for dof, value in setting.values:
                    changes[f"{joint}.{dof}"] = value / share
    for setting in pose.angles:
        if setting.key in JOINTS:
            for dof, value in setting.values:
                changes[f"{setting.key}.{dof}"] = value
    return base.with_values(changes)


class FigureBook:
    """Every figure and shared position of some figures files, found by exercise name or alias."""

    def __init__(self, files: Sequence[tuple[str, FiguresFile]] = (), exercises: ExerciseLibrary | None = None) -> None:
        self.exercises = exercises or ExerciseLibrary()
        self.positions: dict[str, tuple[str, PoseSpec, str]] = {}
        self.sources: dict[str, Source] = {}
        for file, content in files:  # earlier files win, as in the exercise library
            for name, pose in content.positions:
                self.positions.setdefault(name.casefold(), (name, pose, file))
            for name, spec in content.figures:
                self.sources.setdefault(normalise_name(name), Source(name, spec, file))
        self._figures: dict[str, Figure | None] = {}
        self._resolved_positions: dict[str, KeyPose] = {}

    # -- finding ----------------------------------------------------------------------------------------

    def source(self, name: str) -> Source | None:
        """The figure written for an exercise name, directly or through the exercise library's aliases."""
        found = self.sources.get(normalise_name(name))
        if found is not None:
            return found
        entry = self.exercises.find(name)
        if entry is None:
            return None
        for candidate in (entry.name, *entry.aliases):
            found = self.sources.get(normalise_name(candidate))
            if found is not None:
                return found
        return None

    def figure(self, name: str) -> Figure | None:
        """The library's figure for an exercise (``None`` when there is none, or it cannot be resolved). A
        pose that does not quite reach what it rests on is still drawn; ``backcoach validate`` reports it."""
        key = normalise_name(name)
        if key not in self._figures:
            source = self.source(name)
            figure = None
            if source is not None:
                entry = self.exercises.find(name)
                shown = entry.name if entry is not None else source.name
                figure, _ = self.resolve(source.spec, shown, source.file, check=False)
            self._figures[key] = figure
        return self._figures[key]

    def for_exercise(self, name: str, own: FigureSpec | None = None, file: str = "") -> Figure | None:
        """What a session shows for an exercise: its own ``figure:``, else its library entry's, else the
        library's figure for its name (or alias)."""
        if own is not None:
            figure, _ = self.resolve(own, name, file, check=False)
            if figure is not None:
                return figure
        entry = self.exercises.find(name)
        if entry is not None and entry.figure is not None:
            figure, _ = self.resolve(entry.figure, entry.name, "the exercise library", check=False)
            if figure is not None:
                return figure
        return self.figure(name)

    def names(self) -> list[str]:
        return [source.name for source in self.sources.values()]

    # -- resolving --------------------------------------------------------------------------------------

    def resolve(self, spec: FigureSpec, name: str, file: str, *, check: bool = True,
                _seen: tuple[str, ...] = ()) -> tuple[Figure | None, list[Problem]]:
        """A figure from its spec; with ``check``, poses that cannot rest as they say are problems too."""
        problems: list[Problem] = []
        base: Figure | None = None
        if spec.like is not None:
            source = self.source(spec.like)
            if source is None:
                names = {name.lower(): name for name in self.names()}
                suggestion = names.get(closest(spec.like, names) or "")
                hint = f" — did you mean '{suggestion}'?" if suggestion else ""
                return None, [Problem(file, spec.like_at, f"'like': there is no figure for '{spec.like}'{hint}")]
            key = normalise_name(source.name)
            if key in _seen:
                chain = " → ".join((*_seen, key))
                return None, [Problem(file, spec.like_at, f"'like' goes round in a circle: {chain}")]
            base, found = self.resolve(source.spec, source.name, source.file, check=False, _seen=(*_seen, key))
            if base is None:
                return None, found or [Problem(file, spec.like_at, f"'like': the figure for '{spec.like}' is broken")]
        poses: list[KeyPose] = []
        for number, pose_spec in enumerate(spec.poses, start=1):
            pose = self._pose(pose_spec, poses, file, problems, f"pose {number}")
            if pose is not None:
                poses.append(pose)
        if problems:
            return None, problems
        if not poses and base is not None:
            poses = list(base.poses)
        view = base.view if base is not None else VIEWS["side"]
        if spec.view is not None:
            view = spec.view if isinstance(spec.view, tuple) else VIEWS[spec.view]
        hold: int | None = base.hold if base is not None else -1
        if spec.hold == "moving":
            hold = None
        elif isinstance(spec.hold, int):
            if spec.hold > len(poses):
                return None, [Problem(file, spec.at, f"'hold' is pose {spec.hold}, but the figure has {len(poses)}")]
            hold = spec.hold - 1
        props = base.props if base is not None else ()
        if spec.props is not None:
            props = tuple((kind, "right" if kind == "dumbbell" else "both") for kind in spec.props)
        figure = Figure(
            name=name,
            poses=tuple(poses),
            view=view,
            side=spec.side or (base.side if base is not None else "right"),
            alternate=spec.alternate if spec.alternate is not None else (base.alternate if base else False),
            hold=hold,
            cycle=spec.cycle if spec.cycle is not None else (base.cycle if base else DEFAULT_CYCLE),
            props=props,
            file=file,
        )
        if check:
            problems.extend(self.misses(figure, spec))
        return figure, problems

    def _pose(self, spec: PoseSpec, earlier: list[KeyPose], file: str, problems: list[Problem],
              what: str) -> KeyPose | None:
        base = KeyPose(Angles.zero())
        if isinstance(spec.like, int):
            if spec.like > len(earlier):  # that pose has a problem of its own, already reported
                return None
            base = earlier[spec.like - 1]
        elif isinstance(spec.like, str):
            found = self._position(spec.like, file, spec.like_at, problems, ())
            if found is None:
                return None
            base = found
        return KeyPose(
            angles=apply_angles(base.angles, spec),
            contacts=_contacts(spec) if spec.contacts else base.contacts,
            says=spec.says if spec.says is not None else base.says,
            shift=spec.shift or 0.0,
            lift=spec.lift if spec.lift is not None else DEFAULT_LIFT,
            move=spec.move if spec.move is not None else 1.0,
            stay=spec.stay if spec.stay is not None else 0.0,
            at=spec.at,
        )

    def _position(self, name: str, file: str, at: Position, problems: list[Problem],
                  seen: tuple[str, ...]) -> KeyPose | None:
        key = name.casefold()
        if key in self._resolved_positions:
            return self._resolved_positions[key]
        if key not in self.positions:
            suggestion = closest(name, [shown for shown, _, _ in self.positions.values()])
            hint = f" — did you mean '{suggestion}'?" if suggestion else ""
            problems.append(Problem(file, at, f"'like': there is no position or pose called '{name}'{hint}"))
            return None
        if key in seen:
            problems.append(Problem(file, at, f"'like' goes round in a circle: {' → '.join((*seen, key))}"))
            return None
        _, spec, where = self.positions[key]
        base = KeyPose(Angles.zero())
        if isinstance(spec.like, str):
            found = self._position(spec.like, where, spec.like_at, problems, (*seen, key))
            if found is None:
                return None
            base = found
        pose = KeyPose(
            angles=apply_angles(base.angles, spec),
            contacts=_contacts(spec) if spec.contacts else base.contacts,
            says=spec.says if spec.says is not None else base.says,
            lift=spec.lift if spec.lift is not None else DEFAULT_LIFT,
        )
        self._resolved_positions[key] = pose
        return pose

    def misses(self, figure: Figure, spec: FigureSpec | None = None) -> list[Problem]:
        """A problem for each part that a pose says rests on something and does not."""
        problems: list[Problem] = []
        staged = stage(figure)
        for number, (pose, placed) in enumerate(zip(figure.poses, staged.poses, strict=True), start=1):
            at = pose.at if spec is not None and spec.poses else (spec.like_at if spec is not None else Position())
            for surface, part, metres in placed.misses:
                where = "above" if metres > 0 else "into"
                if surface == "wall":
                    where = "away from" if metres > 0 else "into"
                verb = "are" if part.split("_")[-1] in PLURAL_PARTS else "is"
                problems.append(Problem(
                    figure.file, at,
                    f"pose {number}: '{part}' should rest on the {surface} but {verb} {abs(metres) * 100:.0f} cm "
                    f"{where} it; change the angles so that it reaches",
                ))
        return problems

    def check(self) -> list[Problem]:
        """Every problem of every figure in the book (for ``backcoach validate`` and the tests)."""
        problems: list[Problem] = []
        for source in self.sources.values():
            _, found = self.resolve(source.spec, source.name, source.file)
            problems.extend(found)
        return sorted(set(problems), key=lambda p: (p.file, p.position, p.message))


class RoutineFigures:
    """The figures of one routine's exercises, found once: what the session screen asks for each step."""

    def __init__(self, book: FigureBook, routine: Routine, file: str = "") -> None:
        self.book = book
        self.exercises = routine.exercises
        self.file = file
        self._found: dict[int, Figure | None] = {}

    def for_index(self, index: int) -> Figure | None:
        """The figure of the routine's ``index``-th exercise (as :class:`~backcoach.core.timeline.Step` counts)."""
        if index not in self._found:
            figure = None
            if 0 <= index < len(self.exercises):
                exercise = self.exercises[index]
                figure = self.book.for_exercise(exercise.name, exercise.figure, self.file)
            self._found[index] = figure
        return self._found[index]

    def for_step(self, step: Step) -> Figure | None:
        return self.for_index(step.exercise_index)


def _contacts(spec: PoseSpec) -> tuple[tuple[str, str], ...]:
    return tuple((surface, part) for surface, parts in spec.contacts for part in parts)


def load_figures(data: bytes | str, file: str = "<figures>") -> FiguresFile:
    """Read a figures file; raise :class:`RoutineError` with every problem (positions, not placement)."""
    return read_document(data, file, "the figures file is empty; it starts with 'backcoach-figures: 1'",
                         read_figures_file)


def figures_path(folder: Path) -> Path | None:
    """A folder's figures file, whatever it turns out to be (reading it says what is wrong with it)."""
    for name in FIGURES_NAMES:
        path = folder / name
        if path.exists() or path.is_symlink():
            return path
    return None


def load_book(paths: Iterable[tuple[Path, str]], exercises: ExerciseLibrary | None = None
              ) -> tuple[FigureBook, list[Problem]]:
    """A book of every figures file in ``paths`` ((path, name shown in messages), first wins); files that
    cannot be read are left out and their problems returned. Each is read as a routine file is
    (:func:`~backcoach.core.files.read_user_file`: a regular file, within the size limit, never blocking)."""
    files: list[tuple[str, FiguresFile]] = []
    problems: list[Problem] = []
    for path, shown in paths:
        try:
            files.append((shown, load_figures(read_user_file(path, shown), shown)))
        except RoutineError as error:
            problems.extend(error.problems)
    return FigureBook(files, exercises), problems
