"""The preview of a chosen routine: its blocks and doses, and how long it lasts at each level."""

from __future__ import annotations

from html import escape

from ..core.catalog import CatalogEntry
from ..core.durations import format_seconds
from ..core.library import ExerciseLibrary
from ..core.wording import dose_text, range_text, rounds_text


def preview_html(entry: CatalogEntry, library: ExerciseLibrary) -> str:
    """Rich text for the preview pane (QTextBrowser renders this subset of HTML)."""
    if entry.routine is None:
        problems = "".join(f"<li><code>{escape(str(p))}</code></li>" for p in entry.problems)
        return (
            f"<h2>{escape(entry.path.name)}</h2><p><b>This routine file cannot be used.</b> "
            f"Fix these problems in a text editor, then reload (F5):</p><ul>{problems}</ul>"
        )
    routine = entry.routine
    estimates = entry.estimates()
    own = routine.effective_level()
    shown = {level: f"{level.value} {format_seconds(seconds)}" for level, seconds in estimates.items()}
    levels = " · ".join(f"<b>{text}</b>" if level is own else text for level, text in shown.items())
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
        parts.append(f"<h3>{escape(block.title)}{rounds_text(block.rounds)}</h3><ul>")
        for exercise in block.exercises:
            known = library.find(exercise.name)
            hint = f' title="{escape(known.instructions)}"' if known else ""
            parts.append(f"<li{hint}><b>{escape(exercise.name)}</b> — {escape(dose_text(exercise))}</li>")
        parts.append("</ul>")
    return "".join(parts)


