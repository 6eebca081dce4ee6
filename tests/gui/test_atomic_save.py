"""Saving never loses data: save_text writes whole files or nothing, even when the process is killed."""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from backcoach.core.durations import Range
from backcoach.core.loader import load_routine, load_routine_file
from backcoach.core.model import Block, Exercise, Routine
from backcoach.core.writer import dump_routine
from backcoach.gui.saving import save_text, set_aside_interrupted_saves
from backcoach.resources import bundled_routines_dir

# -- save_text -------------------------------------------------------------------------------------------


def test_save_text_writes_utf8_with_newlines_and_overwrites(tmp_path: Path) -> None:
    target = tmp_path / "new" / "folder" / "r.yaml"
    save_text(target, "title: Rückenschule 背中\r\nnext: line\n")
    assert target.read_bytes() == "title: Rückenschule 背中\nnext: line\n".encode()
    save_text(target, "short\n")
    assert target.read_bytes() == b"short\n"
    save_text(str(target), "")
    assert target.read_bytes() == b""
    assert os.listdir(target.parent) == ["r.yaml"]


def test_saving_keeps_the_permissions_of_the_file_it_replaces(tmp_path: Path) -> None:
    target = tmp_path / "r.yaml"
    save_text(target, "one\n")
    target.chmod(0o640)
    save_text(target, "two\n")
    assert target.stat().st_mode & 0o777 == 0o640


def test_a_folder_that_cannot_be_made_raises_oserror(tmp_path: Path) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(OSError, match=r"cannot save .*r\.yaml: cannot make the folder .*notes\.txt is a file, not a"):
        save_text(blocker / "r.yaml", "backcoach: 1\n")
    with pytest.raises(OSError, match=r"notes\.txt is a file, not a folder"):
        save_text(blocker / "deeper" / "r.yaml", "backcoach: 1\n")
    assert blocker.read_text() == "a file where a folder should be"
    assert os.listdir(tmp_path) == ["notes.txt"]


def test_a_folder_in_the_way_of_the_file_raises_oserror(tmp_path: Path) -> None:
    (tmp_path / "r.yaml").mkdir()
    with pytest.raises(OSError, match=r"cannot save .*r\.yaml: "):
        save_text(tmp_path / "r.yaml", "backcoach: 1\n")
    assert (tmp_path / "r.yaml").is_dir()
    assert os.listdir(tmp_path) == ["r.yaml"]


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs POSIX file size limits")
@pytest.mark.parametrize("size", [5_000, 100_000], ids=["buffered", "written-through"])
def test_a_failed_write_raises_and_keeps_the_old_file_whole(tmp_path: Path, size: int) -> None:
    """A file size limit makes the write fail like a full disk does (Qt buffers 16 KiB: both paths)."""
    import resource

    target = tmp_path / "r.yaml"
    save_text(target, "old: whole\n")
    previous_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of a killed process
    previous_limit = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1000, previous_limit[1]))
    try:
        with pytest.raises(OSError, match=r"cannot save .*r\.yaml: .*(written|disk)"):
            save_text(target, "x" * size)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, previous_limit)
        signal.signal(signal.SIGXFSZ, previous_handler)
    assert target.read_text() == "old: whole\n"
    assert os.listdir(tmp_path) == ["r.yaml"]


# -- killed while saving ---------------------------------------------------------------------------------

LANES = 2  # one per core: each lane kills its own saving processes, in its own folder
KILLS_PER_LANE = 55

# The child saves the two texts in turn, for ever. It imports only what saving needs (and says which Qt
# modules that loaded) so that it starts in about 0.2 s; "ready" means one save is done.
CHILD = """
import sys
from pathlib import Path
from backcoach.gui.saving import save_text
target = Path(sys.argv[1])
texts = [Path(name).read_text(encoding="utf-8") for name in sys.argv[2:4]]
save_text(target, texts[0])
qt = sorted(name for name in sys.modules if name.startswith(("PySide6.Qt", "PyQt")))
print("ready", ",".join(qt), flush=True)
i = 1
while True:
    save_text(target, texts[i % 2])
    print("saved", flush=True)
    i += 1
"""


def big_routine() -> Routine:
    """About 230 KiB of YAML: 400 exercises with long instructions, in ten blocks."""
    how = (
        "Lie on your back with your knees bent and your feet flat on the floor. Breathe out as you lift "
        "your hips; keep your lower back neutral, then lower slowly: quality over quantity. "
    ) * 2
    exercises = [
        Exercise(
            name=f"Exercise {i}: bridge #{i}",
            reps=Range(6, 12) if i % 2 else None,
            hold=None if i % 2 else Range.single(30),
            sets=2,
            instructions=how.strip(),
            muscles=("glutes", "core"),
            note=f"Note {i}",
        )
        for i in range(400)
    ]
    blocks = tuple(Block(f"Block {b}", tuple(exercises[b * 40 : (b + 1) * 40])) for b in range(10))
    return Routine(title="A very long class", blocks=blocks, summary="Many moves.")


@dataclass
class Lane:
    """One lane's findings: which routine the file held after each kill, and what was left beside it."""

    found: Counter[str] = field(default_factory=Counter)
    leftovers: list[str] = field(default_factory=list)


def kill_while_saving(folder: Path, sources: list[Path], routines: dict[str, Routine], texts: dict[str, bytes]) -> Lane:
    target = folder / "routine.yaml"
    leftover_name = re.compile(re.escape(target.name) + r"\.[A-Za-z0-9]{6}")
    rng = random.Random()
    lane = Lane()
    for kill in range(KILLS_PER_LANE):
        child = subprocess.Popen(
            [sys.executable, "-I", "-c", CHILD, str(target), *map(str, sources)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=folder.parent,
        )
        assert child.stdout is not None and child.stderr is not None
        ready = child.stdout.readline()
        if not ready.startswith("ready"):
            child.kill()
            pytest.fail(f"the saving process did not start: {child.stderr.read()}")
        assert ready.split() == ["ready", "PySide6.QtCore"], ready  # no QtGui or QtWidgets: a cheap child
        # Let it finish a random number of saves, then kill it at once: it is already into the next one,
        # at a point the pipe's and scheduler's delays make different every time.
        for _ in range(rng.randint(0, 3)):
            assert child.stdout.readline().strip() == "saved"
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait() == -signal.SIGKILL, f"kill {kill}: the child ended on its own: {child.stderr.read()}"
        child.stdout.close()
        child.stderr.close()

        data = target.read_bytes()
        loaded = load_routine(data, str(target))
        name = next((n for n, text in texts.items() if data == text), None)
        assert name is not None, f"kill {kill}: the file is neither routine ({len(data)} bytes)"
        assert loaded == routines[name]
        lane.found[name] += 1
        others = set(os.listdir(folder)) - {target.name}
        assert all(leftover_name.fullmatch(other) for other in others), others

    # What QSaveFile leaves: a kill between its link of the synced temporary file into the folder and the
    # rename over the target leaves that file, NAME.XXXXXX, complete. Nothing else, and at most one a kill.
    lane.leftovers = sorted(set(os.listdir(folder)) - {target.name})
    assert len(lane.leftovers) <= KILLS_PER_LANE
    for leftover in lane.leftovers:
        assert (folder / leftover).read_bytes() in texts.values()
    return lane


def test_killing_a_process_while_it_saves_never_leaves_a_broken_routine(tmp_path: Path) -> None:
    small = load_routine_file(bundled_routines_dir() / "best-workout-for-your-back.yaml")
    routines = {"small": small, "big": big_routine()}
    texts = {name: dump_routine(routine).encode() for name, routine in routines.items()}
    assert len(texts["small"]) < 2_000 and len(texts["big"]) > 200 * 1024
    sources = []
    for name, text in texts.items():
        assert load_routine(text) == routines[name]
        sources.append(tmp_path / f"{name}.txt")
        sources[-1].write_bytes(text)
    started = time.monotonic()
    with ThreadPoolExecutor(LANES) as pool:
        futures = [
            pool.submit(kill_while_saving, tmp_path / f"lane-{i}", sources, routines, texts) for i in range(LANES)
        ]
        lanes = [future.result() for future in futures]
    seconds = time.monotonic() - started
    found = sum((lane.found for lane in lanes), Counter[str]())
    leftovers = [name for lane in lanes for name in lane.leftovers]
    assert found.total() == LANES * KILLS_PER_LANE >= 100
    assert found["small"] and found["big"]  # killed both while the small and while the big one was saved
    print(f"\n{found.total()} kills in {seconds:.1f} s; the file then held the small routine {found['small']} "
          f"times and the big one {found['big']} times; QSaveFile left {len(leftovers)} file(s): {leftovers}")


def test_leftovers_of_interrupted_saves_are_set_aside_not_deleted(tmp_path: Path) -> None:
    folder, recovered = tmp_path / "routines", tmp_path / "recovered"
    folder.mkdir()
    (folder / "mine.yaml").write_text("backcoach: 1\n")
    old = folder / "mine.yaml.aB3xYz"
    old.write_text("backcoach: 1\ntitle: the version being saved\n")
    fresh = folder / "other.yml.Qw12er"  # a save running right now (another BackCoach): left alone
    fresh.write_text("partial")
    unrelated = folder / "notes.txt.abcdef"
    unrelated.write_text("not ours")
    now = time.time()
    os.utime(old, (now - 3600, now - 3600))
    assert set_aside_interrupted_saves(folder, recovered, now=now) == [recovered / "mine.yaml.aB3xYz"]
    assert (recovered / "mine.yaml.aB3xYz").read_text().endswith("the version being saved\n")
    assert sorted(p.name for p in folder.iterdir()) == ["mine.yaml", "notes.txt.abcdef", "other.yml.Qw12er"]
    assert set_aside_interrupted_saves(folder, recovered, now=now + 3600) == [recovered / "other.yml.Qw12er"]
    assert set_aside_interrupted_saves(tmp_path / "missing", recovered) == []
