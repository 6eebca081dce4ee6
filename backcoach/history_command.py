"""``backcoach history``: the sessions kept, as a table, as JSON, or exported to a CSV or JSON file.

Imported only when the command runs. It reads the same database as the app (``history.sqlite3`` in the
user's data folder; ``BACKCOACH_USER_DIR`` moves it) and never creates one: no history is an empty one.
A copy of the app recording a session meanwhile is no problem (SQLite's WAL lets both at it).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TextIO

from . import EXIT_BAD_INPUT, EXIT_OK
from .core.atomic import write_atomically
from .core.durations import format_seconds
from .core.history_export import ExportFormat, export_text, format_for
from .core.history_records import FEELING_TEXT, STATUS_TEXT, SessionRecord
from .core.history_store import HistoryStore
from .resources import user_history_path


def iso_day(text: str) -> date:
    """A ``--since``/``--on`` argument: a day as YYYY-MM-DD (``backcoach today`` reads its ``--on`` with it too)."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2025-03-31") from None


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="backcoach history",
        description="The sessions you have done, oldest first: when, which routine, how it ended, how long, "
                    "the sets done, and your answers (how hard, back pain before and after).")
    parser.add_argument("--json", action="store_true", help="machine-readable output (every session with its steps)")
    parser.add_argument("--since", type=iso_day, metavar="DATE", help="only sessions on or after this day (YYYY-MM-DD)")
    parser.add_argument("--export", metavar="FILE",
                        help="write the history to FILE: JSON if it ends in .json (or with --json), else CSV; "
                             "'-' writes to standard output")
    return parser


def run(args: Sequence[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    options = parser().parse_args(list(args))
    out = out or sys.stdout
    err = err or sys.stderr
    path = user_history_path()
    store = HistoryStore.open_existing(path)
    records: list[SessionRecord] = []
    if store is not None:
        if store.notice:
            print(f"backcoach history: {store.notice}", file=err)
        try:
            records = store.sessions(since=options.since, with_steps=options.json or options.export is not None)
        finally:
            store.close()
    if options.export is not None:
        return export(records, options.export, options.json, out, err)
    if options.json:
        json.dump({"history": str(path), "sessions": [r.to_json() for r in records]}, out, indent=1,
                  ensure_ascii=False)
        out.write("\n")
        return EXIT_OK
    print_table(records, out)
    trained = [r for r in records if r.trained]
    spent = format_seconds(round(sum(r.active for r in trained)))
    print(f"{len(records)} session(s), {len(trained)} with sets done ({spent}); history: {path}", file=err)
    return EXIT_OK


def export(records: Sequence[SessionRecord], target: str, as_json: bool, out: TextIO, err: TextIO) -> int:
    kind = ExportFormat.JSON if as_json else format_for(Path(target))
    text = export_text(records, kind)
    if target == "-":
        out.write(text)
        return EXIT_OK
    path = Path(target)
    try:
        write_atomically(path, text)
    except OSError as error:
        print(f"backcoach history: cannot write {path}: {error.strerror or error}", file=err)
        return EXIT_BAD_INPUT
    print(f"wrote {len(records)} session(s) to {path} ({kind.value.upper()})", file=err)
    return EXIT_OK


def print_table(records: Sequence[SessionRecord], out: TextIO) -> None:
    header = ("WHEN", "ROUTINE", "LEVEL", "HOW IT ENDED", "TIME", "SETS DONE", "HOW HARD", "PAIN")
    rows = [header]
    for record in records:
        answers = record.answers
        pain = " → ".join(str(p) if p is not None else "–" for p in (answers.pain_before, answers.pain_after))
        rows.append((
            record.started.strftime("%Y-%m-%d %H:%M"), _clip(record.routine_title, 40), record.level or "",
            STATUS_TEXT[record.status], format_seconds(round(record.elapsed)),
            f"{record.tally.done}/{record.tally.sets_planned}",
            FEELING_TEXT[answers.feeling] if answers.feeling else "",
            "" if answers.pain_before is None and answers.pain_after is None else pain,
        ))
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    for row in rows:
        out.write("  ".join(f"{cell:<{width}}" for cell, width in zip(row, widths, strict=True)).rstrip() + "\n")


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
