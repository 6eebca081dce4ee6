"""Programmes: an ordered list of sessions (routines by name) on a schedule, read and checked like a routine.

The articles are weekly plans, not single classes: a 7-day plan, Nuffield Health's "two or three times a
week", kimfitness's "two to four days a week" with 48 to 72 hours for the same muscles to recover. A
programme file says which routines, in which order, and when (``docs/programmes.md``)::

    backcoach-programme: 1
    title: Nuffield Health back classes
    schedule:
      days: [monday, wednesday, friday]
    sessions:
      - The back fit workout
      - routine: Get strong back muscles with Zahra's core workout
        gentler: Revitalise your spine
    gentler: Revitalise your spine

A schedule is one of three: days of the week (``days``), a session every N days (``every``), or the next
one whenever you are ready (``when: ready``, with at least ``rest_days`` days off in between). A file is read
with the routine loader's own pipeline (:func:`~.reading.read_document`: bounded reads, located problems);
which routines the names mean is checked against a catalog afterwards (:func:`check_routines`), so the
problems of both steps are ``FILE:LINE:COL: message`` lines.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from .problems import Position, Problem
from .wording import plural

if TYPE_CHECKING:  # the YAML reader loads when a file is read
    from yaml.nodes import Node

    from .catalog import Catalog, CatalogEntry
    from .reading import Fields, NodeReader

PROGRAMME_VERSION = 1
PROGRAMME_KEYS = ("backcoach-programme", "title", "summary", "source", "schedule", "sessions", "gentler")
SCHEDULE_KEYS = ("days", "every", "when", "rest_days")
SESSION_KEYS = ("routine", "gentler")
MAX_SESSIONS = 100
"""Sessions in one programme: a year of different daily classes is far fewer than this."""
MAX_SUGGESTED_CHARS = 200
"""A routine name longer than any title gets no "did you mean" (comparing it would cost its length squared)."""
MAX_EVERY_DAYS = 28
MAX_REST_DAYS = 14
SYNONYMS = {
    "name": "title", "description": "summary", "routines": "sessions", "session": "sessions",
    "plan": "schedule", "weekdays": "days", "interval": "every", "rest": "rest_days", "easier": "gentler",
    "alternative": "gentler", "version": "backcoach-programme", "routine": "sessions",
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
"""Day names in ``date.weekday()`` order (Monday is 0)."""


class ScheduleKind(StrEnum):
    DAYS = "days"
    """On chosen days of the week."""
    EVERY = "every"
    """A session every N days."""
    READY = "when ready"
    """The next session whenever you are ready, after at least ``rest_days`` days off."""


@dataclass(frozen=True)
class Schedule:
    kind: ScheduleKind
    days: tuple[int, ...] = ()
    """For ``days``: the weekdays (Monday 0 … Sunday 6), in week order."""
    every: int = 1
    """For ``every``: days from one session to the next (1: every day)."""
    rest_days: int = 0
    """For ``when ready``: whole days off after a session before the next is due."""

    def describe(self) -> str:
        """How the schedule reads to a person: "Monday, Wednesday and Friday", "every 2 days"."""
        if self.kind is ScheduleKind.DAYS:
            names = [WEEKDAYS[day].capitalize() for day in self.days]
            listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
            return f"{listed} ({len(names)} a week)"
        if self.kind is ScheduleKind.EVERY:
            return "every day" if self.every == 1 else f"every {self.every} days"
        if self.rest_days == 0:
            return "whenever you are ready"
        return f"whenever you are ready, with at least {plural(self.rest_days, 'rest day')} in between"

    def rest_days_between(self) -> str:
        """What the rest days are, for the programme's description."""
        if self.kind is ScheduleKind.DAYS:
            rest = [WEEKDAYS[day].capitalize() for day in range(7) if day not in self.days]
            return ", ".join(rest) if rest else "none"
        gap = self.every - 1 if self.kind is ScheduleKind.EVERY else self.rest_days
        return f"{plural(gap, 'day')} after each session" if gap else "none"


@dataclass(frozen=True)
class ProgrammeSession:
    """One session of the programme: a routine by its title, and optionally its own gentler alternative."""

    routine: str
    gentler: str | None = None
    routine_at: Position = field(default=Position(), compare=False)
    """Where the routine's name is written (for the problems found when it is looked up)."""
    gentler_at: Position = field(default=Position(), compare=False)


@dataclass(frozen=True)
class Programme:
    title: str
    schedule: Schedule
    sessions: tuple[ProgrammeSession, ...]
    summary: str | None = None
    source: str | None = None
    gentler: str | None = None
    """The programme's gentler alternative: offered when a session comes too soon for the same muscles."""
    gentler_at: Position = field(default=Position(), compare=False)
    version: int = PROGRAMME_VERSION

    def session_at(self, position: int) -> ProgrammeSession:
        """The session at ``position`` sessions into the programme (it starts over after the last one)."""
        return self.sessions[position % len(self.sessions)]

    def gentler_for(self, position: int) -> str | None:
        """The gentler alternative of the session at ``position``: its own, else the programme's."""
        return self.session_at(position).gentler or self.gentler


# -- reading ---------------------------------------------------------------------------------------------


def load_programme_file(path: Path | str, display_name: str | None = None) -> Programme:
    """Read and check a programme file; raise :class:`~.problems.RoutineError` with every problem."""
    from .files import read_user_file

    name = display_name or str(path)
    return load_programme(read_user_file(path, name), name)


def load_programme(data: bytes | str, file: str = "<programme>") -> Programme:
    from .reading import read_document

    return read_document(data, file, "the file is empty; a programme starts with 'backcoach-programme: 1'",
                         _read_programme)


def _read_programme(r: NodeReader, root: Node) -> Programme | None:
    from yaml.nodes import ScalarNode

    from .reading import INT_TAG, describe

    fields = r.mapping(root, "a programme", PROGRAMME_KEYS, ("backcoach-programme", "title", "schedule", "sessions"),
                       SYNONYMS)
    if fields is None:
        return None
    version = fields.get("backcoach-programme")
    if version is not None and not (isinstance(version, ScalarNode) and version.tag == INT_TAG
                                    and version.value == str(PROGRAMME_VERSION)):
        r.report(version, f"'backcoach-programme' is the format version and must be {PROGRAMME_VERSION}, "
                          f"not {describe(version)}")
    title = _text(r, fields, "title")
    summary = _text(r, fields, "summary")
    source = _text(r, fields, "source")
    gentler = _text(r, fields, "gentler")
    schedule_node = fields.get("schedule")
    schedule = _read_schedule(r, schedule_node) if schedule_node is not None else None
    sessions: list[ProgrammeSession] = []
    sessions_node = fields.get("sessions")
    items = r.sequence(sessions_node, "sessions") if sessions_node is not None else None
    for index, item in enumerate(items or ()):
        if index == MAX_SESSIONS:
            r.report(item, f"a programme holds at most {MAX_SESSIONS} sessions")
            break
        session = _read_session(r, item)
        if session is not None:
            sessions.append(session)
    if r.problems or title is None or schedule is None or not sessions:
        return None
    gentler_node = fields.get("gentler")
    return Programme(title, schedule, tuple(sessions), summary, source, gentler,
                     _at(gentler_node) if gentler_node is not None else Position())


def _text(r: NodeReader, fields: Fields, key: str) -> str | None:
    node = fields.get(key)
    return r.text(node, key) if node is not None else None


def _at(node: Node) -> Position:
    from .yamlsource import position_of

    return position_of(node)


def _read_session(r: NodeReader, node: Node) -> ProgrammeSession | None:
    from yaml.nodes import MappingNode

    if not isinstance(node, MappingNode):
        name = r.text(node, "sessions")
        return ProgrammeSession(name, routine_at=_at(node)) if name is not None else None
    fields = r.mapping(node, "a session", SESSION_KEYS, ("routine",), SYNONYMS | {"title": "routine"})
    if fields is None:
        return None
    routine = _text(r, fields, "routine")
    gentler = _text(r, fields, "gentler")
    if routine is None:
        return None
    routine_node, gentler_node = fields.get("routine"), fields.get("gentler")
    assert routine_node is not None
    return ProgrammeSession(routine, gentler, _at(routine_node),
                            _at(gentler_node) if gentler_node is not None else Position())


def _read_schedule(r: NodeReader, node: Node) -> Schedule | None:
    from .reading import describe

    fields = r.mapping(node, "'schedule'", SCHEDULE_KEYS, (), SYNONYMS)
    if fields is None:
        return None
    given = [key for key in ("days", "every", "when") if key in fields.keys]
    if len(given) != 1:
        r.report(fields.node, "'schedule' needs one of 'days' (days of the week), 'every' (a session every N days) "
                              "or 'when: ready'" + (f", not {' and '.join(given)}" if given else ""))
        return None
    rest_node = fields.get("rest_days")
    rest_days = r.count(rest_node, "rest_days", 0, MAX_REST_DAYS) if rest_node is not None else 0
    kind = given[0]
    if rest_node is not None and kind != "when":
        r.report(rest_node, "'rest_days' goes with 'when: ready'; with 'days' or 'every' the rest days are the days "
                            "between sessions")
        return None
    value = fields.get(kind)
    assert value is not None
    if kind == "days":
        days = _read_days(r, value)
        return Schedule(ScheduleKind.DAYS, days=days) if days else None
    if kind == "every":
        every = _read_every(r, value)
        return Schedule(ScheduleKind.EVERY, every=every) if every is not None else None
    text = r.text(value, "when")
    if text is not None and text.lower() != "ready":
        r.report(value, f"'when' can only be 'ready' (the next session whenever you are ready), not {describe(value)}")
        return None
    return Schedule(ScheduleKind.READY, rest_days=rest_days or 0) if text is not None else None


def _read_days(r: NodeReader, node: Node) -> tuple[int, ...] | None:
    """The weekdays; a wrong one is reported where it is written (``days: [monday, funday]``: at ``funday``)."""
    from yaml.nodes import SequenceNode

    from .reading import clip

    names = r.text_list(node, "days")
    if names is None:
        return None
    if not names:
        r.report(node, "'days' is empty; name at least one day of the week")
        return None
    items = list(node.value) if isinstance(node, SequenceNode) else [node] * len(names)
    if len(items) != len(names):  # not expected (text_list keeps every item); the list itself then
        items = [node] * len(names)
    days: set[int] = set()
    for name, item in zip(names, items, strict=True):
        day = weekday(name)
        if day is None:
            r.report(item, f"'days': '{clip(name)}' is not a day of the week; write monday … sunday (or mon … sun)")
            return None
        if day in days:
            r.report(item, f"'days': {WEEKDAYS[day]} is named twice")
            return None
        days.add(day)
    return tuple(sorted(days))


def weekday(name: str) -> int | None:
    """Monday 0 … Sunday 6 for a day's name or its first three letters, in any case."""
    text = name.strip().lower()
    for index, day in enumerate(WEEKDAYS):
        if text in (day, day[:3]):
            return index
    return None


def _read_every(r: NodeReader, node: Node) -> int | None:
    """``every: 2`` or ``every: 2 days`` (``every: day`` for every day)."""
    from yaml.nodes import ScalarNode

    from .reading import INT_TAG, STR_TAG, describe

    if isinstance(node, ScalarNode) and node.tag == INT_TAG:
        return r.count(node, "every", 1, MAX_EVERY_DAYS)
    words = str(node.value).strip().lower().split() if isinstance(node, ScalarNode) and node.tag == STR_TAG else []
    if words in (["day"], ["1", "day"]):
        return 1
    if len(words) == 2 and words[1] == "days" and words[0].isascii() and words[0].isdigit() and len(words[0]) <= 3:
        count = int(words[0])
        if 1 <= count <= MAX_EVERY_DAYS:
            return count
        r.report(node, f"'every' must be from 1 to {MAX_EVERY_DAYS} days, not {count}")
        return None
    r.report(node, f"'every' is a number of days like 2 or '2 days', not {describe(node)}")
    return None


# -- which routines the names mean -----------------------------------------------------------------------


def normalise_title(title: str) -> str:
    """Titles are compared without case, curly quotes or extra spaces."""
    return " ".join(title.replace("’", "'").casefold().split())


@dataclass(frozen=True)
class ResolvedProgramme:
    """A programme with the catalog entry of every routine it names."""

    programme: Programme
    routines: dict[str, CatalogEntry]
    """By :func:`normalise_title` of each name the programme uses."""

    def entry(self, title: str) -> CatalogEntry:
        return self.routines[normalise_title(title)]

    def session_entry(self, position: int) -> CatalogEntry:
        return self.entry(self.programme.session_at(position).routine)

    def gentler_entry(self, position: int) -> CatalogEntry | None:
        name = self.programme.gentler_for(position)
        return self.entry(name) if name is not None else None

    def entries(self) -> Iterable[CatalogEntry]:
        """Every routine the programme names, sessions first, in order, once each."""
        seen: dict[str, CatalogEntry] = {}
        names = [s.routine for s in self.programme.sessions] + [s.gentler for s in self.programme.sessions if s.gentler]
        names += [self.programme.gentler] if self.programme.gentler else []
        for name in names:
            seen.setdefault(normalise_title(name), self.entry(name))
        return seen.values()


def check_routines(programme: Programme, file: str, catalog: Catalog) -> ResolvedProgramme | list[Problem]:
    """The routines the programme names, from ``catalog`` by title; or a located problem for each name that is
    not a routine there (or is a broken file)."""
    from .reading import clip
    from .suggest import edit_distance

    by_title: dict[str, CatalogEntry] = {}
    for entry in catalog.entries:
        if entry.routine is not None:
            by_title.setdefault(normalise_title(entry.routine.title), entry)
        else:
            by_title.setdefault(normalise_title(entry.path.stem), entry)
    problems: list[Problem] = []
    found: dict[str, CatalogEntry] = {}

    def look_up(name: str, at: Position, key: str) -> None:
        wanted = normalise_title(name)
        entry = by_title.get(wanted)
        if entry is not None and entry.routine is not None:
            found[wanted] = entry
            return
        if entry is not None:
            problems.append(Problem(file, at, f"'{key}': the routine '{clip(name)}' cannot be read "
                                              f"({entry.problems[0] if entry.problems else 'broken'})"))
            return
        hint = ""
        if len(wanted) <= MAX_SUGGESTED_CHARS:  # the distance costs the product of the lengths
            titles = [e.routine.title for e in catalog.entries if e.routine is not None]
            near = min(titles, key=lambda t: edit_distance(wanted, normalise_title(t)), default=None)
            if near is not None and edit_distance(wanted, normalise_title(near)) <= max(3, len(wanted) // 5):
                hint = f" — did you mean '{near}'?"
        problems.append(Problem(file, at, f"'{key}': no routine is called '{clip(name)}'{hint}"))

    for session in programme.sessions:
        look_up(session.routine, session.routine_at, "sessions")
        if session.gentler:
            look_up(session.gentler, session.gentler_at, "gentler")
    if programme.gentler:
        look_up(programme.gentler, programme.gentler_at, "gentler")
    if problems:
        return sorted(problems, key=lambda p: (p.position, p.message))
    return ResolvedProgramme(programme, found)

