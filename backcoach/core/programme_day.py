"""Around a session, with the history: what today holds, whether it is too soon, what counts as done, and
what to offer after it. The one place the app (``gui/programme_screen.py``) and ``backcoach today`` ask.

Each function takes the history store, the catalogs and the time, so tests give them a day and a clock and
the app runs them on the history's own thread. The rules themselves are pure and live beside:
:mod:`.programme_schedule` (when a session is due), :mod:`.recovery` (48 hours for the same muscles),
:mod:`.progression` (the ladder of steps), :mod:`.programme_log` (what is kept).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from .catalog import Catalog, CatalogEntry
from .durations import Level
from .exercise_library import ExerciseLibrary
from .history_records import SessionRecord, routine_id
from .history_store import HistoryStore
from .model import Routine
from .programme_catalog import ProgrammeEntry
from .programme_log import Run, current_run, level_changes, record_done, rung_in_force, rungs_in_force
from .programme_schedule import Today, today_of
from .progression import Offer, Rung, adjusted, ladder, offer_for, own_rung
from .recovery import RecoveryWarning, Worked, check, done_load, is_mobility, planned_load, rested_for

RECENT_DAYS = 4
"""Days of history read for the recovery check: more than the longest recovery allowed (72 hours)."""


def entry_id(entry: CatalogEntry) -> str:
    """How the history names a routine file."""
    return routine_id(entry.path, entry.display_name, entry.bundled)


def find_by_id(catalog: Catalog, wanted: str) -> CatalogEntry | None:
    return next((entry for entry in catalog.entries if entry_id(entry) == wanted), None)


@dataclass(frozen=True)
class Day:
    """What the "today" panel and ``backcoach today`` show."""

    run: Run | None
    """The programme followed (``None``: none)."""
    programme: ProgrammeEntry | None
    """Its file (``None`` also when the file is gone)."""
    today: Today | None
    """What the programme says today (``None`` when it cannot be read)."""
    session: CatalogEntry | None
    """The routine of the next session."""
    last: SessionRecord | None
    """The last session trained (any routine)."""
    warning: RecoveryWarning | None
    """Today's session would come too soon for some muscles."""
    rung: Rung | None = None
    """The user's step for today's routine, where they changed it."""

    @property
    def problem(self) -> str | None:
        """Why the programme followed cannot be shown (its file gone or broken)."""
        if self.run is None or self.today is not None:
            return None
        if self.programme is None:
            return f"The programme {self.run.title} ({self.run.programme_id}) is no longer there."
        problems = self.programme.problems
        return f"{self.run.title} cannot be read: {problems[0] if problems else 'broken'}"


def day_of(store: HistoryStore, catalog: Catalog, programmes: Sequence[ProgrammeEntry], now: datetime,
           hours: int) -> Day:
    """Today as the followed programme and the history have it; ``hours`` is the recovery setting."""
    run = current_run(store)
    last = last_trained(store)
    if run is None:
        return Day(None, None, None, None, last, None)
    programme = next((p for p in programmes if p.programme_id == run.programme_id), None)
    if programme is None or programme.resolved is None:
        return Day(run, programme, None, None, last, None)
    today = today_of(programme.resolved.programme, run.state, now.date())
    session = programme.resolved.session_entry(run.state.position)
    rung = rung_for(store, session)
    warning = None
    if not run.paused and session.routine is not None:
        routine, level = running(session, session.routine, None, rung)
        warning = recovery_warning(store, catalog, session, now, hours, routine, level)
    return Day(run, programme, today, session, last, warning, rung)


def last_trained(store: HistoryStore) -> SessionRecord | None:
    return next((record for record in reversed(store.sessions()) if record.trained), None)


def rung_for(store: HistoryStore, entry: CatalogEntry) -> Rung | None:
    """The user's step for a routine (``None``: never changed, or changed back)."""
    return rung_in_force(level_changes(store, entry_id(entry)))


def running(entry: CatalogEntry, routine: Routine, level: Level | None, rung: Rung | None,
            chosen_default: Level | None = None) -> tuple[Routine, Level | None]:
    """The routine and level a session of ``entry`` runs (``routine``: the file's, or the editor's draft of it):
    the user's step for it when they took one; a level chosen for this one session wins, unless it is only the
    default level of the settings (``chosen_default``)."""
    if rung is None or (level is not None and level != chosen_default):
        return routine, level
    return adjusted(routine, rung, entry.exercise_library or ExerciseLibrary())


def session_routine(store: HistoryStore, entry: CatalogEntry, level: Level | None,
                    chosen_default: Level | None = None) -> tuple[Routine, Level | None]:
    """:func:`running` with the user's step from the history."""
    assert entry.routine is not None
    return running(entry, entry.routine, level, rung_for(store, entry), chosen_default)


# -- recovery ----------------------------------------------------------------------------------------------


def recent_work(store: HistoryStore, catalog: Catalog, now: datetime) -> list[Worked]:
    """The sessions of the last few days that did some work, with the load they put on each muscle group."""
    since = now.date() - timedelta(days=RECENT_DAYS)
    library = catalog.exercise_library
    worked: list[Worked] = []
    for record in store.sessions(since=since, with_steps=True):
        if not record.trained:
            continue
        entry = find_by_id(catalog, record.routine_id)
        own = _own_muscles(entry.routine) if entry is not None and entry.routine is not None else {}
        load = done_load(record, library, own)
        worked.append(Worked(record.routine_title, record.started, load))
    return worked


def _own_muscles(routine: Routine) -> dict[str, tuple[str, ...]]:
    return {e.name: e.muscles for e in routine.exercises if e.muscles}


def load_of(entry: CatalogEntry, routine: Routine | None = None, level: Level | None = None) -> dict[str, int]:
    """The load a session of ``entry`` (or of ``routine``, an adjusted copy of it) puts on each muscle group."""
    from .timeline import expand

    running = routine or entry.routine
    assert running is not None
    library = entry.exercise_library or ExerciseLibrary()
    return planned_load(expand(running, level, library).steps, library, running)


def recovery_warning(store: HistoryStore, catalog: Catalog, entry: CatalogEntry, now: datetime, hours: int,
                     routine: Routine | None = None, level: Level | None = None) -> RecoveryWarning | None:
    """Whether a session of ``entry`` (as ``routine`` runs it, at ``level``) now would work hard a muscle group
    worked hard less than ``hours`` ago."""
    if entry.routine is None:
        return None
    return check(load_of(entry, routine, level), recent_work(store, catalog, now), now, hours)


def alternatives(warning: RecoveryWarning, catalog: Catalog, gentler: CatalogEntry | None,
                 programme: ProgrammeEntry | None, skip: CatalogEntry
                 ) -> tuple[CatalogEntry | None, CatalogEntry | None]:
    """What to do instead: the programme's gentler alternative when it leaves the muscles in question alone, and a
    mobility session (one that works no group hard: the programme's own first, else the library's)."""
    fit_gentler = None
    if gentler is not None and gentler.routine is not None and gentler.path != skip.path \
            and rested_for(load_of(gentler), warning.groups):
        fit_gentler = gentler
    candidates: list[CatalogEntry] = []
    if programme is not None and programme.resolved is not None:
        candidates.extend(programme.resolved.entries())
    candidates.extend(sorted((e for e in catalog.entries if e.routine is not None), key=lambda e: e.title.lower()))
    mobility = next((e for e in candidates if e.routine is not None and e.path not in (skip.path, getattr(
        fit_gentler, "path", None)) and is_mobility(load_of(e))), None)
    return fit_gentler, mobility


# -- after a session ---------------------------------------------------------------------------------------


def note_session(store: HistoryStore, record: SessionRecord, programmes: Sequence[ProgrammeEntry],
                 now: datetime) -> bool:
    """A session ended: if it was the followed programme's next session and a set was done, the programme moves
    on (the day it was done is the day it started). ``True`` when it did."""
    run = current_run(store)
    if run is None or run.paused or not record.trained:
        return False
    programme = next((p for p in programmes if p.programme_id == run.programme_id), None)
    if programme is None or programme.resolved is None:
        return False
    if entry_id(programme.resolved.session_entry(run.state.position)) != record.routine_id:
        return False
    return record_done(store, run.id, record.uid, record.day, now)


@dataclass(frozen=True)
class OfferState:
    """An offer after a session, and what was answered already (the summary can be shown again)."""

    offer: Offer
    routine_id: str
    answered: bool | None = None
    """``True`` yes, ``False`` no, ``None`` not yet."""
    change_id: int | None = None


def offer_after(store: HistoryStore, record: SessionRecord, entry: CatalogEntry, threshold: int) -> OfferState | None:
    """What the summary offers after ``record`` (a session of ``entry``), with the sessions of the same routine
    since the last change offered; ``None``: nothing."""
    if entry.routine is None:
        return None
    rid = entry_id(entry)
    changes = level_changes(store, rid)
    decided = next((c for c in changes if c.session_uid == record.uid), None)
    since = max((max(c.at, c.undone_at or c.at) for c in changes if c.session_uid != record.uid), default=None)
    earlier = [s for s in store.sessions(routine_id=rid) if s.uid != record.uid and s.started < record.started
               and (since is None or s.started > since)]
    library = entry.exercise_library or ExerciseLibrary()
    rung = rung_in_force([c for c in changes if c is not decided]) or own_rung(entry.routine)
    if record.level and record.level != rung.level.value:  # run at another level this time: from there
        rung = Rung(Level(record.level))
    offer = offer_for(record, earlier, rung, ladder(entry.routine, library), threshold)
    if offer is None:
        return None
    if decided is not None:
        return OfferState(offer, rid, decided.accepted, decided.id)
    return OfferState(offer, rid)


def all_rungs(store: HistoryStore) -> dict[str, Rung]:
    return rungs_in_force(store)
