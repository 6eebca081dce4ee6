"""How many facts of an article does ``backcoach import`` get right, measured through ``backcoach timeline --json``?

For every article ``NAME.txt|.md|.html`` with a hand-made ``NAME.expected.yaml`` beside it, this runs the
commands as a user would — ``backcoach import ARTICLE -o OUT.yaml``, then ``backcoach timeline OUT.yaml
--json`` and the same for the expected routine — and compares the two sessions exercise by exercise:

* exercise found (the same move, in the same order: the library's entry, or the same words; a name with a
  remark in brackets at its end, "Lat pulldown (wide grip)", "Arch hold (superman)", is also the name without
  it and the name in it, as the importer keeps one of them and leaves the other to a note);
* sets, reps, hold (each rep's hold, or the timed work of a hold alone), rest (the first rest after the
  exercise's first set), sides, rounds.

A value the expected routine marks ``# not in the source`` was chosen by its author and is not counted.
The five source articles are measured against the routines BackCoach ships for them (all of an article's
routines, in order). Prints a line per article and the share of facts right; asserts nothing.

    .venv/bin/python benchmarks/import_accuracy.py                  # every set in tests/importer/articles
    .venv/bin/python benchmarks/import_accuracy.py DIR [DIR ...]    # your own article folders
    .venv/bin/python benchmarks/import_accuracy.py --level easy     # both sessions at one level
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "importer"))

from import_facts import marked_paths  # noqa: E402

from backcoach.core.exercise_library import ExerciseLibrary, load_library_path, normalise_name  # noqa: E402
from backcoach.core.importer.names import Matcher  # noqa: E402
from backcoach.core.loader import load_routine  # noqa: E402
from backcoach.core.model import count_most  # noqa: E402
from backcoach.resources import bundled_routines_dir  # noqa: E402

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
FIELDS = ("sets", "reps", "hold", "rest", "per", "rounds")
SEED_ROUTINES = {
    "000_4bd813824d09483d.txt": [f"7-day-preventive-back-plan/day-{n}" for n in range(1, 8)],
    "001_fb6d3e9d4f97e13a.txt": ["back-strengthening-workout-for-all"],
    "002_27544914071606b5.txt": ["best-workout-for-your-back"],
    "003_b51002de055de167.txt": ["nuffield-back-fit-workout", "nuffield-revitalise-your-spine",
                                 "nuffield-zahra-core-workout"],
    "004_1a7551a3d5e6ab10.txt": ["stretch-and-strengthen-back"],
}


@dataclass
class Occurrence:
    exercise: str
    facts: dict[str, object]
    readings: tuple[str, ...] = ()
    """Every identity the name can have (see :func:`readings`), the first of them ``exercise``."""


def command(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "backcoach", *args], capture_output=True, text=True, check=False)


_REMARK = re.compile(r"\s*\([^()]*\)\s*$")


def readings(name: str, matcher: Matcher) -> tuple[str, ...]:
    """What an exercise is: its library entry (found by name, alias or a plural, as the importer finds them:
    "Brisk walking" is the library's "Walking"), else its words. A remark in brackets at the end of the name
    says how or with what the move is done ("Lat pulldown (wide grip)", "Side bridge (knees)"), or gives another
    name of it ("Posture of the prayer (Child's pose)", "Arch hold (superman)"): the move is the name with it, the
    name without it, or the name in it, whichever the article's reader chose to write. The first reading is the
    preferred one; :func:`score` pairs two moves when any of their readings agree."""
    remark = _REMARK.search(name)
    bare = name[:remark.start()] if remark is not None and remark.start() > 0 else name
    inside = remark.group(0).strip(" ()") if remark is not None else ""
    found: list[str] = []
    for words in (name, bare, inside):
        entry = matcher.find(words).entry if words else None
        if entry is not None:
            found.append(entry.name)
    found += [normalise_name(bare)] + ([normalise_name(inside)] if inside else [])
    return tuple(dict.fromkeys(found))


def occurrences(timeline: dict[str, object], library: ExerciseLibrary) -> list[Occurrence]:
    """Each exercise of round 1 as the session runs it, from ``timeline --json``'s steps, identified by
    :func:`identity`."""
    matcher = Matcher(library)
    steps = timeline["steps"]
    assert isinstance(steps, list)
    found: list[Occurrence] = []
    current: Occurrence | None = None
    key: tuple[object, ...] | None = None
    for step in steps:
        if step["kind"] == "work":
            here = (step["block"], step["exercise"], step["round"])
            starting = step["set"] == 1 and step["side"] in (None, "left")
            if here != key or (starting and current is not None and current.facts.get("_seen_last")):
                key = here
                names = readings(step["exercise"], matcher)
                current = Occurrence(names[0], {
                    "sets": step["sets"], "reps": step["reps"], "hold": step["hold"], "rest": None,
                    "per": step["per"], "rounds": step["rounds"], "_round": step["round"],
                }, names)
                found.append(current)
            if step["set"] == step["sets"] and step["side"] in (None, "right") and current is not None:
                current.facts["_seen_last"] = True
        elif step["kind"] == "rest" and current is not None and current.facts["rest"] is None:
            current.facts["rest"] = step["duration"]
    return [o for o in found if o.facts["_round"] == 1]


def timeline_of(path: Path, level: str | None) -> dict[str, object]:
    # --no-settings: the routine as written (the user's saved level or get-ready must not move the figures)
    args = ["timeline", str(path), "--json", "--no-settings"] + (["--level", level] if level else [])
    done = command(*args)
    if done.returncode != 0:
        raise RuntimeError(done.stderr)
    data: dict[str, object] = json.loads(done.stdout)
    return data


def expected_marks(texts: list[str]) -> list[set[str]]:
    """Per expected exercise (in order), the fields its author chose (``# not in the source``)."""
    marks: list[set[str]] = []
    for text in texts:
        paths = marked_paths(text)
        routine = load_routine(text)
        default_rest = ("defaults", "rest") in paths
        for b, block in enumerate(routine.blocks):
            round_rest_chosen = ("blocks", b, "rest_between_rounds") in paths
            for e, exercise in enumerate(block.exercises):
                chosen = {str(p[-1]) for p in paths if p[:4] == ("blocks", b, "exercises", e)}
                if ("blocks", b, "rounds") in paths:
                    chosen.add("rounds")
                one_set = count_most(exercise.sets) == 1
                last = e == len(block.exercises) - 1
                if one_set and ("between" in chosen or (last and round_rest_chosen and block.rounds != 1)):
                    # with one set, the rest measured after it is the rest before the next move (or round): a
                    # chosen ``between`` or ``rest_between_rounds`` is a chosen rest
                    chosen.add("rest")
                if exercise.timing.rest is None and default_rest:
                    chosen.add("rest")
                if "sets" in chosen and "rest" not in chosen and exercise.timing.rest is None:
                    chosen.add("rest")  # a chosen number of sets brings the rests between them
                marks.append(chosen)
    return marks


def _key(occurrence: Occurrence, wanted: list[str]) -> str:
    return next((name for name in occurrence.readings if name in wanted), occurrence.exercise)


def score(article: Path, expected: list[Path], library: ExerciseLibrary, level: str | None,
          work: Path) -> tuple[int, int, list[str]]:
    out = work / f"{article.stem}.yaml"
    done = command("import", str(article), "-o", str(out))
    texts = [p.read_text(encoding="utf-8") for p in expected]
    want: list[Occurrence] = []
    for path in expected:
        want += occurrences(timeline_of(path, level), library)
    marks = expected_marks(texts)
    total = len(want) + sum(len([f for f in FIELDS if f not in m]) for m in marks)
    if done.returncode != 0:
        return 0, total, [f"import failed: {done.stderr.strip().splitlines()[-1:]}"]
    got = occurrences(timeline_of(out, level), library)
    written = {name for o in got for name in o.readings}
    # a move is paired by the reading both lists share ("Arch hold (superman)" is the importer's "Arch hold")
    keys = [next((name for name in o.readings if name in written), o.exercise) for o in want]
    matcher = difflib.SequenceMatcher(a=keys, b=[_key(o, keys) for o in got], autojunk=False)
    pairs = {a + k: b + k for a, b, size in matcher.get_matching_blocks() for k in range(size)}
    right = 0
    wrong: list[str] = []
    for index, expected_one in enumerate(want):
        chosen = marks[index] if index < len(marks) else set()
        other = got[pairs[index]] if index in pairs else None
        if other is None:
            wrong.append(f"missing {expected_one.exercise}")
        else:
            right += 1
        for field in FIELDS:
            if field in chosen:
                continue
            if other is not None and other.facts[field] == expected_one.facts[field]:
                right += 1
            elif other is not None:
                wrong.append(f"{expected_one.exercise} {field}: {other.facts[field]} ≠ {expected_one.facts[field]}")
    return right, total, wrong


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--level", choices=["easy", "intermediate", "advanced"])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every fact that is wrong")
    options = parser.parse_args()
    articles_root = ROOT / "tests" / "importer" / "articles"
    sets = ("seeds", "extra", "fresh", "holdout", "final", "last", "sixth", "seventh")
    folders = options.folders or [articles_root / name for name in sets]
    missing = [str(folder) for folder in folders if not folder.exists()]
    if missing:
        parser.error(f"no such folder: {', '.join(missing)}")
    for other in (folder for folder in folders if not folder.is_dir()):
        # a shell glob such as tests/importer/articles/* also names the README beside the folders
        print(f"skipped {other}: not a folder (give folders of articles, each with NAME.expected.yaml)",
              file=sys.stderr)
    folders = [folder for folder in folders if folder.is_dir()]
    if not folders:
        parser.error("no folder of articles to measure")
    library = load_library_path(bundled_routines_dir() / "exercises.yaml")
    grand_right = grand_total = 0
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        for folder in folders:
            right_in = total_in = 0
            for article in sorted(p for p in folder.iterdir() if p.suffix in ARTICLE_SUFFIXES):
                if article.name in SEED_ROUTINES:
                    expected = sorted(p for stem in SEED_ROUTINES[article.name]
                                      for p in bundled_routines_dir().glob(f"{stem}*.yaml"))
                else:
                    expected = [article.with_name(f"{article.stem}.expected.yaml")]
                if not all(p.exists() for p in expected):
                    continue
                right, total, wrong = score(article, expected, library, options.level, work)
                right_in, total_in = right_in + right, total_in + total
                print(f"{right:4d}/{total:<4d} {100 * right / max(total, 1):5.1f} %  {folder.name}/{article.name}")
                if options.verbose:
                    for line in wrong:
                        print(f"            {line}")
            if total_in:
                print(f"{right_in:4d}/{total_in:<4d} {100 * right_in / total_in:5.1f} %  {folder.name} (all)\n")
            grand_right, grand_total = grand_right + right_in, grand_total + total_in
    if grand_total:
        level = options.level or "each routine's own"
        print(f"facts right: {grand_right}/{grand_total} = {100 * grand_right / grand_total:.1f} % (level: {level})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
