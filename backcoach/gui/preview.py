"""The preview of a chosen routine: its blocks and doses, and how long it lasts at each level."""

from __future__ import annotations

from html import escape

from ..core.catalog import CatalogEntry
from ..core.durations import format_seconds
from ..core.library import ExerciseLibrary
from ..core.wording import dose_text, range_text

THUMBNAIL = (72, 48)
"""Size in pixels of a move's picture in the preview."""


def preview_html(entry: CatalogEntry, library: ExerciseLibrary, images: dict[int, str] | None = None) -> str:
    """Rich text for the preview pane (QTextBrowser renders this subset of HTML). ``images`` maps an exercise's
    place in the routine to the address of its figure's picture; each move then links to ``exercise:N``."""
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
    index = 0
    for block in routine.blocks:
        rounds = f" — {block.rounds} rounds" if block.rounds > 1 else ""
        parts.append(f"<h3>{escape(block.title)}{rounds}</h3>")
        parts.append("<table cellspacing='0' cellpadding='2'>" if images is not None else "<ul>")
        for exercise in block.exercises:
            known = library.find(exercise.name)
            hint = f' title="{escape(known.instructions)}"' if known else ""
            text = f"<b>{escape(exercise.name)}</b> — {escape(dose_text(exercise))}"
            if images is None:
                parts.append(f"<li{hint}>{text}</li>")
            else:
                picture = f"<img src='{escape(images[index])}'>" if index in images else ""
                parts.append(f"<tr{hint}><td width='{THUMBNAIL[0] + 4}'><a href='exercise:{index}'>{picture}</a></td>"
                             f"<td valign='middle'><a href='exercise:{index}' style='text-decoration: none'>"
                             f"{text}</a></td></tr>")
            index += 1
        parts.append("</table>" if images is not None else "</ul>")
    return "".join(parts)


