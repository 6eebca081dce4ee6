"""Whatever a path or a value holds, reading it ends in a routine or one located line, and no file hides others.

Issue 12: numbers of 4,301 digits crashed ``int()``; long values took quadratic time; files were read
whole before their size was checked; a FIFO blocked; a link to ``/dev/zero`` ran out of memory; a
symbolic-link loop was "no such file". Speed is the benchmark's business (benchmarks/validate_speed.py);
here each case must give the promised message at the promised place.
"""

from __future__ import annotations

import contextlib
import errno
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from backcoach.core import files
from backcoach.core.catalog import load_catalog, load_entry, routine_files
from backcoach.core.durations import (
    MAX_VALUE_CHARS,
    ValueProblem,
    parse_count_range,
    parse_duration_range,
    parse_seconds,
)
from backcoach.core.exercise_library import load_library
from backcoach.core.files import read_user_file
from backcoach.core.loader import load_routine, load_routine_file
from backcoach.core.problems import RoutineError
from backcoach.core.reading import MAX_PROBLEMS
from backcoach.core.yamlsource import MAX_FILE_BYTES, MAX_NODES, too_large

GOOD = "backcoach: 1\ntitle: Good\nblocks:\n  - title: B\n    exercises:\n      - name: Plank\n        hold: 30s\n"
HUGE = "1" * 5_000


def routine_with(key: str, value: str) -> tuple[str, int, int]:
    """A routine whose ``key`` holds ``value``, and the line and column where the value starts."""
    exercise = {"sets": "hold: 30s", "reps": "sets: 2", "hold": "sets: 2", "rest": "hold: 30s",
                "prepare": "hold: 30s"}
    if key in exercise:
        text = ("backcoach: 1\ntitle: T\nblocks:\n  - title: B\n    exercises:\n      - name: X\n"
                f"        {exercise[key]}\n        {key}: {value}\n")
        return text, 8, 11 + len(key)
    if key == "rounds":
        text = f"backcoach: 1\ntitle: T\nblocks:\n  - title: B\n    rounds: {value}\n    exercises:\n      - name: X\n"
        return text + "        hold: 30s\n", 5, 13
    if key == "backcoach":
        return f"backcoach: {value}\ntitle: T\n" + GOOD.split("title: Good\n")[1], 1, 12
    return f"{GOOD}{key}: {value}\n", 8, 3 + len(key)


NUMBER_KEYS = ["sets", "reps", "hold", "rest", "prepare", "rounds", "duration", "backcoach"]


@pytest.mark.parametrize("key", NUMBER_KEYS)
@pytest.mark.parametrize("digits", [4_301, 5_000, 60_000])
def test_a_number_of_thousands_of_digits_is_a_located_problem(key: str, digits: int) -> None:
    text, line, column = routine_with(key, "1" * digits)
    with pytest.raises(RoutineError) as raised:
        load_routine(text, "n.yaml")
    assert str(raised.value) == (
        f"n.yaml:{line}:{column}: '{key}': a number this long ({digits:,} digits) is not "
        + {"backcoach": "a format version; it must be 1",
           "sets": "a count; write a whole number from 1 to 100",
           "rounds": "a count; write a whole number from 1 to 100",
           "reps": "a count; write a whole number from 1 to 1000"}.get(key, "a duration")
    )


@pytest.mark.parametrize(("key", "sign"), [("sets", "-"), ("reps", "+"), ("sets", "")])
def test_a_level_change_of_thousands_of_digits_is_a_located_problem(key: str, sign: str) -> None:
    text = GOOD + f"levels:\n  easy: {{{key}: {sign}{HUGE}}}\n"
    limit = 100 if key == "sets" else 1000
    with pytest.raises(RoutineError) as raised:
        load_routine(text, "l.yaml")
    assert str(raised.value) == (
        f"l.yaml:9:{12 + len(key)}: '{key}': a number this long (5,000 digits) is not a count; "
        f"write a number from -{limit} to +{limit}"
    )


def test_leading_zeros_do_not_make_a_number_long() -> None:
    text, _, _ = routine_with("sets", "0" * 5_000 + "3")
    assert load_routine(text).exercises[0].sets == 3


@pytest.mark.parametrize(
    "value",
    [
        "1" * 5_000 + " !",  # the 0.8 s (20,000 digits: 10.5 s)
        "1" + " " * 5_000 + "x",
        "1-" + "a" * 5_000 + " s",
        "1" + " " * 5_000 + "s",
        "1s" * 2_500,
        "1 to " * 1_000,
    ],
)
@pytest.mark.parametrize("key", ["hold", "rest", "reps"])
def test_a_value_longer_than_any_real_one_is_refused_before_it_is_parsed(key: str, value: str) -> None:
    text, line, column = routine_with(key, value)
    with pytest.raises(RoutineError) as raised:
        load_routine(text, "v.yaml")
    what, example = ("a count", "6-12") if key == "reps" else ("a duration", "30s or 30-60s")
    assert str(raised.value) == (
        f"v.yaml:{line}:{column}: '{key}': this value is {len(value.strip()):,} characters long, too long to be "
        f"{what}; write it like {example}"
    )


def test_the_longest_value_allowed_still_reads() -> None:
    value = "1 min" + " " * (MAX_VALUE_CHARS - len("1 min- 2 min")) + "- 2 min"
    assert len(value) == MAX_VALUE_CHARS
    assert parse_duration_range(value).high == 120
    assert parse_duration_range(f"  {value}  ").high == 120  # measured as written, without its outer spaces
    with pytest.raises(ValueProblem, match="101 characters long, too long to be a duration"):
        parse_duration_range(" " + value.replace("1 min", "1 mins"))


@pytest.mark.parametrize(
    "text",
    ["30 s - 60 s", "1 min and 30 s", "1m30s", "20 to 30 min", "30 – 60 s", "1.5 min", "1:30-2:00", "0:05"],
)
def test_the_linear_parsers_read_what_the_old_ones_did(text: str) -> None:
    assert parse_duration_range(text) == parse_duration_range(text.replace(" ", "  "))


@pytest.mark.parametrize(
    ("text", "message"),
    [("1" * 30 + "s", r"a number this long \(30 digits\) is not a duration"), ("1" * 30 + ":00", "this long"),
     ("1." + "1" * 60 + " s", "whole number of seconds"), ("12 to", "not a range"), ("s 30", "not a duration"),
     ("30 s s", "not a duration"), ("1-" + "9" * 30, "this long"), ("30 fortnights", "not a unit of time")],
)
def test_values_that_are_not_durations_say_so(text: str, message: str) -> None:
    with pytest.raises(ValueProblem, match=message):
        parse_duration_range(text)


def test_count_ranges_with_long_numbers_say_so() -> None:
    with pytest.raises(ValueProblem, match=r"a number this long \(30 digits\) is not a count"):
        parse_count_range("1-" + "9" * 30)
    with pytest.raises(ValueProblem, match="this long"):
        parse_seconds("9" * 40)


def test_long_keys_and_values_are_quoted_not_copied_into_messages() -> None:
    key = "k" * 100_000
    text = GOOD + f"? {key}\n: 1\nlevel: {key}\n"  # an explicit key: libyaml limits simple ones to 1,024
    with pytest.raises(RoutineError) as raised:
        load_routine(text, "k.yaml")
    messages = [str(p) for p in raised.value.problems]
    assert len(messages) == 2 and all(len(m) < 300 for m in messages), messages
    assert "(100,000 characters)" in messages[0] and "(100,000 characters)" in messages[1]


def test_a_long_alias_is_quoted_not_copied_in_the_library_message() -> None:
    alias = "a" * 10_000
    library = ("backcoach-exercises: 1\nexercises:\n"
               f"  - {{name: {alias}, instructions: x, muscles: [back]}}\n"
               f"  - {{name: B, aliases: [{alias}], instructions: x, muscles: [back]}}\n")
    with pytest.raises(RoutineError) as raised:
        load_library(library, "e.yaml")
    assert "(10,000 characters)" in str(raised.value) and len(str(raised.value)) < 300


# -- files -----------------------------------------------------------------------------------------------


def reads_of(path: Path, monkeypatch: pytest.MonkeyPatch, answer: bytes | None = None) -> list[int]:
    """Record how many bytes are asked of ``path`` (``answer``: what each read returns instead)."""
    inode, real_read, asked = path.stat().st_ino, os.read, []

    def read(descriptor: int, count: int) -> bytes:
        data = real_read(descriptor, count)
        if os.fstat(descriptor).st_ino != inode:
            return data
        asked.append(count)
        return data if answer is None else answer * count

    monkeypatch.setattr(files.os, "read", read)
    return asked


def one_line(path: Path) -> str:
    with pytest.raises(RoutineError) as raised:
        load_routine_file(path, path.name)
    assert len(raised.value.problems) == 1
    return str(raised.value)


@contextlib.contextmanager
def feeding(fifo: Path, text: str) -> Iterator[None]:
    """A writer that gives ``text`` to whoever opens the pipe, so that a reader that waits for a writer reads a
    routine (and the test fails) instead of hanging the suite."""

    def write() -> None:
        with fifo.open("w") as pipe:  # waits for a reader
            pipe.write(text)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    try:
        yield
    finally:
        reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # the writer's reader if nobody else opened it
        writer.join()
        os.close(reader)


def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.yaml")
    with feeding(tmp_path / "pipe.yaml", GOOD):
        assert one_line(tmp_path / "pipe.yaml") == (
            "pipe.yaml:1:1: this is a named pipe (FIFO), not a file: BackCoach reads only regular files"
        )


def test_a_link_to_a_device_is_refused_unread(tmp_path: Path) -> None:
    # /dev/null, not /dev/zero: a regression then fails on "the file is empty" instead of eating the memory
    (tmp_path / "zero.yaml").symlink_to("/dev/null")
    assert one_line(tmp_path / "zero.yaml") == (
        "zero.yaml:1:1: a link to /dev/null, which is a device: BackCoach reads only regular files"
    )


def test_a_link_loop_is_named_as_such(tmp_path: Path) -> None:
    (tmp_path / "loop.yaml").symlink_to("loop.yaml")
    (tmp_path / "a.yaml").symlink_to("b.yaml")
    (tmp_path / "b.yaml").symlink_to("a.yaml")
    expected = ":1:1: a link that points to itself (a loop of symbolic links); point it at a routine file"
    assert one_line(tmp_path / "loop.yaml") == "loop.yaml" + expected
    assert one_line(tmp_path / "a.yaml") == "a.yaml" + expected


def test_a_link_to_nothing_says_where_it_leads(tmp_path: Path) -> None:
    (tmp_path / "gone.yaml").symlink_to(tmp_path / "missing.yaml")
    missing = tmp_path / "missing.yaml"
    assert one_line(tmp_path / "gone.yaml") == f"gone.yaml:1:1: a link to {missing}, which does not exist"


def test_a_huge_sparse_file_is_refused_by_its_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.truncate(64 * 1024**2)  # sparse: no disk used, and nothing may read it
    asked = reads_of(path, monkeypatch)
    assert one_line(path) == "huge.yaml:1:1: the file is too large (64.0 MiB); a routine is at most 1 MiB"
    assert asked == []
    assert str(too_large("big.yaml", 2 * 1024**3)) == (
        "big.yaml:1:1: the file is too large (2.0 GiB); a routine is at most 1 MiB"
    )


def test_at_most_the_limit_and_one_byte_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file whose size says little (``/proc``, a file that grows) is read only until it is too large."""
    path = tmp_path / "grows.yaml"
    path.write_bytes(b"# small when looked at\n")
    asked = reads_of(path, monkeypatch, answer=b"#")  # it never ends
    assert one_line(path) == "grows.yaml:1:1: the file is too large (more than 1 MiB); a routine is at most 1 MiB"
    assert sum(asked) == MAX_FILE_BYTES + 1


def test_a_file_at_the_limit_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "full.yaml"
    path.write_bytes(GOOD.encode() + b"#" * (MAX_FILE_BYTES - len(GOOD) - 1) + b"\n")
    assert path.stat().st_size == MAX_FILE_BYTES
    assert load_routine_file(path).title == "Good"


def test_a_folder_and_an_unreadable_file_are_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "dir.yaml").mkdir()
    assert one_line(tmp_path / "dir.yaml") == (
        "dir.yaml:1:1: this is a folder, not a file: BackCoach reads only regular files"
    )
    (tmp_path / "secret.yaml").write_text(GOOD)

    real_open = os.open

    def refuse(name: Path, flags: int) -> int:
        if Path(name).name == "secret.yaml":
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(name, flags)

    monkeypatch.setattr(files.os, "open", refuse)  # tests run as root, where chmod 000 still reads
    assert one_line(tmp_path / "secret.yaml") == "secret.yaml:1:1: cannot read the file: permission denied"


def test_a_pipe_swapped_in_after_the_check_is_refused_once_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "swapped.yaml"
    path.write_text(GOOD)
    real_open = os.open

    def swap_then_open(name: Path, flags: int) -> int:
        if Path(name) == path:
            path.unlink()
            os.mkfifo(path)
        return real_open(name, flags)  # must not block: opened without waiting for a writer

    monkeypatch.setattr(files.os, "open", swap_then_open)
    assert one_line(path) == (
        "swapped.yaml:1:1: this is a named pipe (FIFO), not a file: BackCoach reads only regular files"
    )


def test_reading_gives_the_bytes_of_a_regular_file_and_of_a_link_to_one(tmp_path: Path) -> None:
    (tmp_path / "real.yaml").write_text(GOOD)
    (tmp_path / "link.yaml").symlink_to("real.yaml")
    assert read_user_file(tmp_path / "link.yaml") == GOOD.encode()


# -- the library of routines -----------------------------------------------------------------------------


def hostile_folder(folder: Path) -> dict[str, str]:
    """Every kind of bad file next to a good one; the message each must show."""
    folder.mkdir(exist_ok=True)
    (folder / "good.yaml").write_text(GOOD)
    text, line, column = routine_with("sets", HUGE)
    (folder / "digits.yaml").write_text(text)
    (folder / "slow.yaml").write_text(routine_with("hold", "1" * 20_000 + " !")[0])
    os.mkfifo(folder / "pipe.yaml")
    (folder / "zero.yaml").symlink_to("/dev/null")
    (folder / "loop.yaml").symlink_to("loop.yaml")
    with (folder / "huge.yaml").open("wb") as handle:
        handle.truncate(64 * 1024**2)
    (folder / "latin1.yaml").write_bytes(GOOD.replace("Good", "Café").encode("latin-1"))
    return {
        "digits.yaml": f"digits.yaml:{line}:{column}: 'sets': a number this long (5,000 digits) is not a count",
        "slow.yaml": "slow.yaml:8:15: 'hold': this value is 20,002 characters long",
        "pipe.yaml": "pipe.yaml:1:1: this is a named pipe (FIFO)",
        "zero.yaml": "zero.yaml:1:1: a link to /dev/null, which is a device",
        "loop.yaml": "loop.yaml:1:1: a link that points to itself",
        "huge.yaml": "huge.yaml:1:1: the file is too large (64.0 MiB)",
        "latin1.yaml": "latin1.yaml:2:11: the file is not UTF-8 text (byte 0xe9)",
    }


def test_one_bad_file_never_hides_the_others(tmp_path: Path) -> None:
    expected = hostile_folder(tmp_path / "user")
    catalog = load_catalog([(tmp_path / "user", False)])
    by_name = {entry.path.name: entry for entry in catalog.entries}
    assert sorted(by_name) == sorted([*expected, "good.yaml"])
    assert by_name["good.yaml"].routine is not None
    for name, message in expected.items():
        entry = by_name[name]
        assert entry.broken and len(entry.problems) == 1, name
        assert str(entry.problems[0]).removeprefix(f"{tmp_path / 'user'}/").startswith(message), entry.problems


def test_a_folder_named_like_a_routine_is_not_listed(tmp_path: Path) -> None:
    (tmp_path / "old.yaml").mkdir()
    (tmp_path / "good.yaml").write_text(GOOD)
    assert [p.name for p in routine_files(tmp_path)] == ["good.yaml"]


def test_a_bug_of_ours_breaks_one_entry_not_the_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.yaml").write_text(GOOD)
    (tmp_path / "b.yaml").write_text(GOOD.replace("Good", "Also good"))
    from backcoach.core import loader  # the catalog reads a file through it (imported when a file is read)

    real = loader.load_routine_file

    def buggy(path: Path, name: str | None = None) -> object:
        if path.name == "a.yaml":
            raise IndexError("a bug")
        return real(path, name)

    monkeypatch.setattr(loader, "load_routine_file", buggy)
    entries = load_catalog([(tmp_path, False)]).entries
    assert [e.title for e in entries] == ["a", "Also good"]
    assert "BackCoach failed to read this file (IndexError: a bug); this is a bug in BackCoach" in str(
        entries[0].problems[0])
    assert load_entry(tmp_path / "a.yaml", bundled=False).broken  # and on its own, as the app opens a file


# -- files of many small values --------------------------------------------------------------------------


def test_a_file_of_too_many_values_stops_at_the_first_one_too_many() -> None:
    text = GOOD + "equipment: [" + "a," * MAX_NODES + "a]\n"
    with pytest.raises(RoutineError) as raised:
        load_routine(text, "many.yaml")
    column = len("equipment: [") + 2 * (MAX_NODES - 19) + 1  # 19 values come before the list's first item
    assert str(raised.value) == (
        f"many.yaml:8:{column}: the file holds more than 50,000 values (keys, values and list items); "
        "a routine needs far fewer"
    )


def test_the_largest_routine_the_format_allows_is_within_the_limit_of_values() -> None:
    """1,000 exercises (the format's limit) with every key of an exercise set still load."""
    exercise = ("      - {name: Bird dog, reps: 1-2, hold: 1s, sets: 1, per: side, rest: 1s, pace: counted, "
                "rep_time: 1s, prepare: 1s, switch: 1s, between: 1s, instructions: Slowly., muscles: [back, glutes], "
                "equipment: [mat], note: Breathe.}\n")
    blocks = "".join(f"  - title: Block {b}\n    exercises:\n" + exercise * 10 for b in range(100))
    routine = load_routine(f"backcoach: 1\ntitle: Largest\nblocks:\n{blocks}")
    assert len(routine.exercises) == 1000


def test_reading_stops_after_a_hundred_problems_and_says_so() -> None:
    keys = "".join(f"unknown{i}: 1\n" for i in range(150))
    with pytest.raises(RoutineError) as raised:
        load_routine(GOOD + keys, "keys.yaml")
    problems = [str(p) for p in raised.value.problems]
    assert len(problems) == MAX_PROBLEMS + 1
    assert problems[0].startswith("keys.yaml:8:1: 'unknown0' is not a key of a routine")
    assert problems[-1] == (
        f"keys.yaml:107:1: BackCoach stopped reading here after {MAX_PROBLEMS} problems; fix these first"
    )


def test_too_many_exercises_is_said_once() -> None:
    block = "  - title: B\n    exercises:\n" + "      - {name: X, reps: 1}\n" * 600
    with pytest.raises(RoutineError) as raised:
        load_routine("backcoach: 1\ntitle: T\nblocks:\n" + block * 3, "many.yaml")
    assert [str(p) for p in raised.value.problems] == ["many.yaml:1008:9: a routine holds at most 1000 exercises"]
