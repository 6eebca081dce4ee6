"""The cache of parsed routines: the same catalog as reading every file, never a stale or a kinder verdict."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from backcoach.core import routine_cache
from backcoach.core.catalog import Catalog, load_catalog
from backcoach.core.routine_cache import RoutineCache
from backcoach.resources import bundled_routines_dir

GOOD = "backcoach: 1\ntitle: Mine\nblocks:\n  - title: B\n    exercises:\n      - {name: Plank, hold: 30s}\n"
BROKEN = "backcoach: 1\ntitle: Mine\nblocks:\n  - title: B\n    exercises:\n      - {name: Plank, hold: 30x}\n"
BAD_LIBRARY = "backcoach-exercises: 1\nexercises:\n  - name: Plank\n"
SECOND = 1_000_000_000


def read(user: Path, cache_file: Path | None, *, settled: bool = True) -> Catalog:
    """The catalog, read through ``cache_file`` (``None``: every file). ``settled``: read as if a while after the
    files were written (a file read within two seconds of a change is never kept: see the last tests)."""
    bundled = bundled_routines_dir()
    folders = [(bundled, True), (user, False)]
    if cache_file is None:
        return load_catalog(folders, {bundled: "routines"})
    cache = RoutineCache(cache_file, (lambda: time.time_ns() + 10 * SECOND) if settled else time.time_ns)
    catalog = load_catalog(folders, {bundled: "routines"}, cache)
    cache.save()
    return catalog


def same(a: Catalog, b: Catalog) -> None:
    assert a.entries == b.entries
    assert [e.problems for e in a.entries] == [e.problems for e in b.entries]
    assert a.exercise_library == b.exercise_library and a.library_problems == b.library_problems


def test_a_cached_reading_is_the_reading_of_every_file(tmp_path: Path) -> None:
    user = tmp_path / "user"
    user.mkdir()
    (user / "good.yaml").write_text(GOOD)
    (user / "broken.yaml").write_text(BROKEN)
    (user / "exercises.yaml").write_text(BAD_LIBRARY)
    cache_file = tmp_path / "cache" / "routines.cache"
    uncached = read(user, None)
    assert any(e.broken for e in uncached.entries) and uncached.library_problems
    same(read(user, cache_file), uncached)  # cold: reads and writes the cache
    assert cache_file.stat().st_size > 0
    same(read(user, cache_file), uncached)  # warm: from the cache, problems and all


@pytest.mark.parametrize(("before", "after"), [(GOOD, BROKEN), (BROKEN, GOOD)])
def test_a_changed_file_is_always_read_again(tmp_path: Path, before: str, after: str) -> None:
    user = tmp_path / "user"
    user.mkdir()
    path = user / "mine.yaml"
    path.write_text(before)
    cache_file = tmp_path / "routines.cache"
    read(user, cache_file)
    stat = path.stat()
    assert len(after) == len(before)
    path.write_text(after)  # the same size ...
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # ... and the same modification time
    mine = next(e for e in read(user, cache_file).entries if e.path == path)
    assert mine.broken == (after == BROKEN)
    if mine.broken:
        assert [str(p) for p in mine.problems] == [str(p) for p in read(user, None).entries[-1].problems]


def test_a_cache_that_cannot_be_read_is_rebuilt(tmp_path: Path) -> None:
    user = tmp_path / "user"
    user.mkdir()
    (user / "good.yaml").write_text(GOOD)
    cache_file = tmp_path / "routines.cache"
    read(user, cache_file)
    whole = cache_file.read_bytes()
    cache_file.write_bytes(whole[: len(whole) // 2])  # truncated
    same(read(user, cache_file), read(user, None))
    assert cache_file.read_bytes() == whole  # written again, whole


def test_a_cache_from_other_code_is_not_trusted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    user = tmp_path / "user"
    user.mkdir()
    (user / "mine.yaml").write_text(GOOD)
    cache_file = tmp_path / "routines.cache"
    read(user, cache_file)
    seen: list[Path] = []
    real = routine_cache.load_entry
    monkeypatch.setattr(routine_cache, "load_entry", lambda path, **kw: seen.append(path) or real(path, **kw))
    read(user, cache_file)
    assert seen == []  # same code: nothing read again
    monkeypatch.setattr(routine_cache, "code_fingerprint", lambda: b"a newer validator")
    read(user, cache_file)
    assert user / "mine.yaml" in seen and len(seen) == len(read(user, None).entries)


WARM_START = """
import json, sys
from backcoach.catalogs import bundled_catalog
catalog = bundled_catalog(cached=True)
print(json.dumps({"routines": len(catalog.entries), "yaml": "yaml" in sys.modules}))
"""


def test_a_warm_start_reads_no_yaml(tmp_path: Path) -> None:
    env = dict(os.environ, BACKCOACH_CACHE_DIR=str(tmp_path / "cache"), BACKCOACH_USER_DIR=str(tmp_path / "user"))
    runs = [json.loads(subprocess.run([sys.executable, "-c", WARM_START], capture_output=True, text=True, env=env,
                                      check=True).stdout) for _ in range(2)]
    assert runs[0]["yaml"] is True and runs[1] == {"routines": runs[0]["routines"], "yaml": False}


def test_a_file_read_just_after_a_change_is_read_again_next_time(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A second change in the same tick of the file system's clock, of the same size, leaves every time as it was:
    a verdict on a file changed so recently is not kept (issue 17: a broken file fixed on disk stayed broken)."""
    user = tmp_path / "user"
    user.mkdir()
    path = user / "mine.yaml"
    path.write_text(BROKEN)
    cache_file = tmp_path / "routines.cache"
    assert next(e for e in read(user, cache_file, settled=False).entries if e.path == path).broken
    seen: list[Path] = []
    real = routine_cache.load_entry
    monkeypatch.setattr(routine_cache, "load_entry", lambda path, **kw: seen.append(path) or real(path, **kw))
    read(user, cache_file)
    assert seen == [path]  # not trusted: read again (the bundled files, long unchanged, came from the cache)
    read(user, cache_file)
    assert seen == [path]  # by then its times were settled, and it was kept
