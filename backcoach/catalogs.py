"""The routines the app and the commands read: the bundled ones and the user's own folder.

Kept apart from :mod:`backcoach.cli` so that starting the app reads no YAML before its window is up;
the app imports this after its first frame, the checking commands when they run.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .core.catalog import Catalog, library_path, load_catalog, routine_files
from .core.exercise_library import ExerciseLibrary, load_library_path
from .core.problems import RoutineError
from .resources import bundled_routines_dir, user_cache_dir, user_routines_dir

if TYPE_CHECKING:
    from .core.programme_catalog import ProgrammeEntry


def bundled_catalog(*, cached: bool = False) -> Catalog:
    """The bundled routines and the user's own, bundled ones named ``routines/…`` in messages.

    ``cached``: unchanged files come from the cache of parsed routines (the app's start-up); the commands
    read every file."""
    bundled = bundled_routines_dir()
    user = user_routines_dir()
    if not cached:
        return load_catalog([(bundled, True), (user, False)], {bundled: "routines"})
    from .core.routine_cache import RoutineCache

    cache = RoutineCache(user_cache_dir() / "routines.cache")
    catalog = load_catalog([(bundled, True), (user, False)], {bundled: "routines"}, cache)
    cache.save()
    return catalog


def bundled_library() -> ExerciseLibrary:
    """The exercise library that ships (empty if it cannot be read: ``validate`` reports why)."""
    found = library_path(bundled_routines_dir())
    if found is None:
        return ExerciseLibrary()
    try:
        return load_library_path(found)
    except RoutineError:
        return ExerciseLibrary()


def find_routine(name: str) -> Path | None:
    """A path as given, else a bundled or user routine whose file stem or title matches.

    A link is taken as given even where it leads nowhere (a loop, a missing target), so that reading it says
    what is wrong with it rather than that there is no such routine."""
    path = Path(name)
    if path.exists() or path.is_symlink():
        return path
    wanted = name.strip().lower().removesuffix(".yaml").removesuffix(".yml")
    for folder in (user_routines_dir(), bundled_routines_dir()):
        for candidate in routine_files(folder):
            if wanted in (candidate.stem.lower(), candidate.relative_to(folder).with_suffix("").as_posix().lower()):
                return candidate
    for entry in bundled_catalog().entries:
        if entry.routine and entry.routine.title.lower() == wanted:
            return entry.path
    return None


def programme_entries(catalog: Catalog, user_folder: Path | None = None) -> tuple[ProgrammeEntry, ...]:
    """The bundled programmes and the user's own (``user_folder``, by default ``programmes/`` in the user's
    folder), checked against ``catalog``; bundled ones named ``programmes/…`` in messages."""
    from .core.programme_catalog import load_programmes
    from .resources import bundled_programmes_dir, user_programmes_dir

    bundled = bundled_programmes_dir()
    return load_programmes([(bundled, True), (user_folder or user_programmes_dir(), False)], catalog,
                           {bundled: "programmes"})
