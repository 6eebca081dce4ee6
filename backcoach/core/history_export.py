"""The history as CSV (one row per session, for a spreadsheet) or JSON (every session with its steps).

One function each, shared by the menu's export and ``backcoach history``. The columns are documented in
``docs/history.md``; both carry the same fields under the same names.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from enum import StrEnum
from pathlib import Path

from .history_records import SessionRecord

FORMAT_NAME = "backcoach-history"
FORMAT_VERSION = 1
CSV_COLUMNS = (
    "started", "ended", "routine", "routine_id", "level", "status", "time_taken_seconds", "active_seconds",
    "paused_seconds", "planned_seconds", "sets_planned", "sets_done", "sets_shortened", "sets_skipped",
    "sets_not_reached", "rests_lengthened", "seconds_added", "how_hard", "pain_before", "pain_after", "uid",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ExportFormat(StrEnum):
    CSV = "csv"
    JSON = "json"


def format_for(path: Path) -> ExportFormat:
    """JSON for a ``.json`` file, CSV for anything else."""
    return ExportFormat.JSON if path.suffix.lower() == ".json" else ExportFormat.CSV


def to_csv(records: Iterable[SessionRecord]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for record in records:
        row = record.to_json(with_steps=False)
        # Text a spreadsheet would run as a formula (a routine titled "=HYPERLINK(…)") is kept as text.
        for key in ("routine", "routine_id"):
            value = row[key]
            if isinstance(value, str) and value.startswith(_FORMULA_START):
                row[key] = "'" + value
        writer.writerow({column: "" if row[column] is None else row[column] for column in CSV_COLUMNS})
    return out.getvalue()


def to_json(records: Sequence[SessionRecord]) -> str:
    document = {"format": FORMAT_NAME, "version": FORMAT_VERSION,
                "sessions": [record.to_json(with_steps=True) for record in records]}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def export_text(records: Sequence[SessionRecord], kind: ExportFormat) -> str:
    return to_json(records) if kind is ExportFormat.JSON else to_csv(records)
