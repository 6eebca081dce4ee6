"""The checking commands (``validate``, ``list``, ``timeline``, ``script``, ``doctor``) behind :mod:`backcoach.cli`.

They read YAML and build timelines, so they live here and are imported only when one of them runs:
opening the app does not pay for them. The contract (exit codes, ``FILE:LINE:COL:`` messages, JSON on
standard output alone) is in ``docs/cli.md``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from .catalogs import bundled_catalog, find_routine
from .cli import EXIT_BAD_INPUT, EXIT_OK
from .core.catalog import CatalogEntry, library_path, load_entry, routine_files
from .core.cue_types import CueKind, Verbosity
from .core.cues import plan_cues
from .core.durations import Level, format_seconds
from .core.library import ExerciseLibrary, load_library_path
from .core.model import Routine
from .core.problems import Position, Problem, RoutineError
from .core.timeline import Timeline, expand
from .resources import user_routines_dir


def run_command(name: str, args: list[str]) -> int:
    if name == "doctor":
        from .audio.doctor import main as doctor_main  # the audio layer owns what it can report

        return doctor_main(args)
    if name == "figure":
        from .figure_command import main as figure_main  # Qt only if a picture is asked for

        return figure_main(args)
    if name == "validate":
        parser = argparse.ArgumentParser(
            prog="backcoach validate",
            description="Check routine files (or folders of them, with their exercise library). "
            "Prints every problem as FILE:LINE:COL: message.",
        )
        parser.add_argument("paths", nargs="+", metavar="PATH")
        options = parser.parse_args(args)
        return validate(options.paths, sys.stdout, sys.stderr)
    if name == "list":
        parser = argparse.ArgumentParser(
            prog="backcoach list", description="The routine library: bundled and your own routines."
        )
        parser.add_argument("--json", action="store_true", help="machine-readable output")
        options = parser.parse_args(args)
        return list_routines(options.json, sys.stdout, sys.stderr)
    descriptions = {
        "timeline": "The session as it will run: every step with its start and duration.",
        "script": "What the coach will say and play, and at which second (assuming no pauses).",
    }
    parser = argparse.ArgumentParser(prog=f"backcoach {name}", description=descriptions[name])
    parser.add_argument("routine", metavar="ROUTINE", help="a routine file, or a bundled routine's name")
    parser.add_argument("--level", choices=[level.value for level in Level], help="default: the routine's own")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    if name == "script":
        parser.add_argument(
            "--verbosity", choices=[v.value for v in Verbosity], default=Verbosity.STANDARD.value,
            help="full counts every rep; standard (default) says names, halfway, 10 s; beeps; silent",
        )
    options = parser.parse_args(args)
    if name == "script":
        return show_script(options.routine, options.level, Verbosity(options.verbosity), options.json,
                           sys.stdout, sys.stderr)
    return show_timeline(options.routine, options.level, options.json, sys.stdout, sys.stderr)


def validate(paths: Sequence[str], out: TextIO, err: TextIO) -> int:
    """Check files and folders; print every problem; exit 1 if there was any."""
    problems: list[Problem] = []
    checked = 0
    bundled_library = _bundled_library()
    for raw in paths:
        path = Path(raw)
        loaded: list[tuple[str, Routine]] = []  # for their exercises' figures (docs/figures.md)
        if path.is_dir():
            files = routine_files(path)
            library = bundled_library
            found = library_path(path)
            if found is not None:
                checked += 1
                try:
                    library = load_library_path(found).merged(bundled_library)
                except RoutineError as error:
                    problems.extend(error.problems)
            if not files and found is None:
                print(f"backcoach validate: {path}: no routine files (*.yaml, *.yml) in this folder", file=err)
        elif path.exists():
            files, library = [path], bundled_library
        else:
            problems.append(Problem(str(path), Position(), "no such file or folder"))
            continue
        for file in files:
            checked += 1
            entry = load_entry(file, bundled=False)
            problems.extend(entry.problems)
            if entry.routine is not None:
                loaded.append((str(file), entry.routine))
            unknown = library.unknown_names(entry.routine) if entry.routine is not None else []
            if unknown:
                names = ", ".join(f"'{name}'" for name in unknown)
                print(f"{file}: note: not in the exercise library (no instructions shown): {names}", file=err)
        from .figures import check_figures, figures_path

        folder = path if path.is_dir() else None
        checked += 1 if folder is not None and figures_path(folder) is not None else 0
        problems.extend(check_figures(folder, library, loaded))
    for problem in problems:
        print(problem, file=out)
    broken = len({p.file for p in problems})
    print(f"checked {checked} file(s): {checked - broken if checked >= broken else 0} valid, {broken} with problems",
          file=err)
    return EXIT_BAD_INPUT if problems else EXIT_OK


def _bundled_library() -> ExerciseLibrary:
    from .catalogs import bundled_library

    return bundled_library()


def _entry_json(entry: CatalogEntry) -> dict[str, object]:
    routine = entry.routine
    data: dict[str, object] = {
        "file": entry.display_name,
        "path": str(entry.path),
        "bundled": entry.bundled,
        "status": "broken" if routine is None else "ok",
        "title": entry.title,
    }
    if routine is None:
        data["error"] = str(entry.problems[0]) if entry.problems else "broken"
        data["problems"] = [str(p) for p in entry.problems]
        return data
    estimates = entry.estimates()
    level = routine.effective_level()
    data.update(
        level=routine.level.value if routine.level else None,
        estimated_seconds=estimates[level],
        estimates={lvl.value: secs for lvl, secs in estimates.items()},
        stated_duration_seconds=routine.duration.low if routine.duration else None,
        source=routine.source,
        summary=routine.summary,
        equipment=list(routine.equipment),
        blocks=len(routine.blocks),
        exercises=len(routine.exercises),
    )
    return data


def list_routines(as_json: bool, out: TextIO, err: TextIO) -> int:
    catalog = bundled_catalog()
    for problem in catalog.library_problems:
        print(f"warning: exercise library: {problem}", file=err)
    if as_json:
        json.dump({"routines": [_entry_json(e) for e in catalog.entries]}, out, indent=2, ensure_ascii=False)
        out.write("\n")
        return EXIT_OK
    rows = []
    for entry in catalog.entries:
        routine = entry.routine
        if routine is None:
            rows.append((entry.title, "BROKEN", "", str(entry.problems[0]) if entry.problems else ""))
            continue
        level = routine.effective_level()
        rows.append(
            (
                routine.title,
                level.value if routine.level else f"({level.value})",
                format_seconds(entry.estimates()[level]),
                routine.source or "",
            )
        )
    rows = [(_clip(title, 56), level, estimate, source) for title, level, estimate, source in rows]
    widths = [max(len(r[i]) for r in [("TITLE", "LEVEL", "ESTIMATE", "SOURCE"), *rows]) for i in range(3)]
    for row in [("TITLE", "LEVEL", "ESTIMATE", "SOURCE"), *rows]:
        out.write(f"{row[0]:<{widths[0]}}  {row[1]:<{widths[1]}}  {row[2]:<{widths[2]}}  {row[3]}".rstrip() + "\n")
    user_count = sum(1 for e in catalog.entries if not e.bundled)
    print(f"{len(catalog.entries)} routines ({user_count} of yours in {user_routines_dir()}), "
          f"{len(catalog.broken)} broken", file=err)
    return EXIT_OK


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def load_for_preview(name: str, err: TextIO) -> tuple[CatalogEntry | None, int]:
    """Load a routine named on the command line; print its problems when it is broken."""
    path = find_routine(name)
    if path is None:
        print(f"{name}:1:1: no such file, and no bundled routine of that name", file=err)
        return None, EXIT_BAD_INPUT
    entry = load_entry(path, bundled=False, display_name=name if Path(name).exists() else str(path))
    if entry.routine is None:
        for problem in entry.problems:
            print(problem, file=err)
        return None, EXIT_BAD_INPUT
    return entry, EXIT_OK


def show_timeline(name: str, level: str | None, as_json: bool, out: TextIO, err: TextIO) -> int:
    entry, code = load_for_preview(name, err)
    if entry is None or entry.routine is None:
        return code
    timeline = expand(entry.routine, Level(level) if level else None)
    if as_json:
        json.dump(timeline.to_json(), out, indent=1, ensure_ascii=False)
        out.write("\n")
    else:
        _print_timeline(timeline, out)
    return EXIT_OK


def show_script(name: str, level: str | None, verbosity: Verbosity, as_json: bool, out: TextIO, err: TextIO) -> int:
    entry, code = load_for_preview(name, err)
    if entry is None or entry.routine is None:
        return code
    plan = plan_cues(expand(entry.routine, Level(level) if level else None), verbosity)
    if as_json:
        json.dump(plan.to_json(), out, indent=1, ensure_ascii=False)
        out.write("\n")
        return EXIT_OK
    out.write(f"{plan.timeline.title} — {plan.timeline.level.value} — {verbosity.value}\n")
    for cue in plan.cues:
        at = f"{int(cue.at // 60)}:{cue.at % 60:05.2f}"
        what = f"say   {cue.text}" if cue.kind is CueKind.SAY else f"beep  {cue.tone.value if cue.tone else ''}"
        out.write(f"{at:>9}  {what}\n")
    return EXIT_OK


def _print_timeline(timeline: Timeline, out: TextIO) -> None:
    out.write(f"{timeline.title} — {timeline.level.value} — {format_seconds(timeline.total_seconds)}\n")
    rows = []
    for step in timeline.steps:
        start = f"{step.start // 60}:{step.start % 60:02d}"
        length = "Done" if step.duration is None else format_seconds(step.duration)
        what = step.exercise
        if step.kind.value == "work":
            dose = []
            if step.reps:
                dose.append(f"{step.reps} reps")
            if step.hold:
                dose.append(f"hold {format_seconds(step.hold)}")
            what += f" — set {step.set}/{step.sets}" + (f", {', '.join(dose)}" if dose else "")
        if step.side:
            what += f" ({step.side.value})"
        if step.rounds > 1:
            what += f" [round {step.round}/{step.rounds}]"
        rows.append((str(step.index), start, length, step.kind.value, step.block[:16], what))
    header = ("#", "start", "length", "kind", "block", "what")
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(5)]
    for row in (header, *rows):
        number, start, length, kind, block, what = row
        out.write(f"{number:>{widths[0]}}  {start:>{widths[1]}}  {length:>{widths[2]}}  {kind:<{widths[3]}}  "
                  f"{block:<{widths[4]}}  {what}\n")
