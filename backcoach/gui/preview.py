"""The preview of a chosen routine: its blocks and doses, and how long it lasts at each level."""

from __future__ import annotations

from html import escape

from ..core.catalog import CatalogEntry
from ..core.durations import Level, format_seconds
from ..core.exercise_library import ExerciseLibrary
from ..core.preferences import Preferences
from ..core.session_plan import estimates
from ..core.wording import dose_text, range_text


def preview_html(entry: CatalogEntry, exercise_library: ExerciseLibrary, preferences: Preferences | None = None,
                 level: Level | None = None) -> str:
    """Rich text for the preview pane (QTextBrowser renders this subset of HTML): lengths are the sessions'
    with the user's ``preferences``, the one at ``level`` (else the routine's own) in bold."""
    if entry.routine is None:
        problems = "".join(f"<li><code>{escape(str(p))}</code></li>" for p in entry.problems)
        return (
            f"<h2>{escape(entry.path.name)}</h2><p><b>This routine file cannot be used.</b> "
            f"Fix these problems in a text editor, then reload (F5):</p><ul>{problems}</ul>"
        )
    routine = entry.routine
    lengths = estimates(routine, preferences)
    chosen = routine.effective_level(level)
    shown = {lvl: f"{lvl.value} {format_seconds(seconds)}" for lvl, seconds in lengths.items()}
    levels = " · ".join(f"<b>{text}</b>" if lvl is chosen else text for lvl, text in shown.items())
    parts = [f"<h2>{escape(routine.title)}</h2>"]
    if routine.summary:
        parts.append(f"<p>{escape(routine.summary)}</p>")
    facts = [f"Estimated length: {levels}"]
    if routine.duration is not None:
        facts.append(f"Stated by the author: {range_text(routine.duration, 's')}")
    if routine.equipment:
        facts.append(f"Equipment: {escape(', '.join(routine.equipment))}")
    if routine.source:
        facts.append(f"Source: {escape(routine.source)}")
    parts.append("<p>" + "<br>".join(facts) + "</p>")
    for block in routine.blocks:
        rounds = f" — {block.rounds} rounds" if block.rounds > 1 else ""
        parts.append(f"<h3>{escape(block.title)}{rounds}</h3><ul>")
        for exercise in block.exercises:
            known = exercise_library.find(exercise.name)
            hint = f' title="{escape(known.instructions)}"' if known else ""
            parts.append(f"<li{hint}><b>{escape(exercise.name)}</b> — {escape(dose_text(exercise))}</li>")
        parts.append("</ul>")
    return "".join(parts)


