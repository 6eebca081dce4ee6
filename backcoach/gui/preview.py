"""The preview of a chosen routine: its blocks and doses, how long it lasts (and how long its source says),
what the level changes, and the cautions and notes of its moves."""

from __future__ import annotations

from ..core.catalog import CatalogEntry
from ..core.durations import Level, format_seconds
from ..core.exercise_library import ExerciseLibrary
from ..core.preferences import Preferences
from ..core.session_plan import estimates
from ..core.timeline import resolve
from ..core.wording import ONE_LEVEL, dose_text, length_text, level_changes, rounds_text

THUMBNAIL = (72, 48)
"""Size in pixels of a move's picture in the preview."""


def preview_html(entry: CatalogEntry, exercise_library: ExerciseLibrary, preferences: Preferences | None = None,
                 level: Level | None = None, images: dict[int, str] | None = None) -> str:
    """Rich text for the preview pane (QTextBrowser renders this subset of HTML): lengths are the sessions'
    with the user's ``preferences``, the one at ``level`` (else the routine's own) in bold. ``images`` maps an
    exercise's place in the routine to the address of its figure's picture; each move then links to
    ``exercise:N`` (``None``: a plain list, no figures)."""
    from html import escape  # imported once a routine is previewed, after the list's first paint

    if entry.routine is None:
        problems = "".join(f"<li><code>{escape(str(p))}</code></li>" for p in entry.problems)
        return (
            f"<h2>{escape(entry.path.name)}</h2><p><b>This routine file cannot be used.</b> "
            f"Fix these problems in a text editor, then reload (F5):</p><ul>{problems}</ul>"
        )
    routine = entry.routine
    lengths = estimates(routine, preferences, exercise_library)
    chosen = routine.effective_level(level)
    parts = [f"<h2>{escape(routine.title)}</h2>"]
    if routine.summary:
        parts.append(f"<p>{escape(routine.summary)}</p>")
    facts = [f"Length: {escape(length_text(lengths[chosen], routine.duration))} (at {chosen.value})"]
    changes = level_changes(routine, exercise_library)
    if changes:
        shown = {lvl: f"{lvl.value} {format_seconds(seconds)}" for lvl, seconds in lengths.items()}
        facts.append("Levels: " + " · ".join(f"<b>{text}</b>" if lvl is chosen else text
                                              for lvl, text in shown.items()))
    else:
        facts.append(escape(ONE_LEVEL))
    if routine.equipment:
        facts.append(f"Equipment: {escape(', '.join(routine.equipment))}")
    if routine.source:
        facts.append(f"Source: {escape(routine.source)}")
    parts.append("<p>" + "<br>".join(facts) + "</p>")
    if changes:
        parts.append("<p><b>What the level changes</b> (easy · intermediate · advanced):</p><ul>"
                     + "".join(f"<li>{escape(line)}</li>" for line in changes) + "</ul>")
    cautions: dict[str, str] = {}
    index = 0
    for block in routine.blocks:
        parts.append(f"<h3>{escape(block.title)}{rounds_text(block.rounds)}</h3>")
        parts.append("<table cellspacing='0' cellpadding='2'>" if images is not None else "<ul>")
        for exercise in block.exercises:
            r = resolve(exercise, routine.defaults, chosen, exercise_library)
            known = r.entry
            hint = f' title="{escape(known.instructions)}"' if known else ""
            dose = dose_text(exercise, r.per, r.sides)
            extra = ""
            if known is not None and known.high_impact:
                extra += " <b>(high impact)</b>"
            if exercise.note:
                extra += f"<br><i>Note: {escape(exercise.note)}</i>"
            text = f"<b>{escape(exercise.name)}</b> — {escape(dose)}"
            if images is None:
                parts.append(f"<li{hint}>{text}{extra}</li>")
            else:
                picture = f"<img src='{escape(images[index])}'>" if index in images else ""
                parts.append(f"<tr{hint}><td width='{THUMBNAIL[0] + 4}'><a href='exercise:{index}'>{picture}</a></td>"
                             f"<td valign='middle'><a href='exercise:{index}' style='text-decoration: none'>"
                             f"{text}</a>{extra}</td></tr>")
            index += 1
            if known is not None and known.cautions:
                cautions.setdefault(exercise.name, known.cautions)
        parts.append("</table>" if images is not None else "</ul>")
    if cautions:
        parts.append("<h3>Cautions</h3><ul>"
                     + "".join(f"<li><b>{escape(name)}</b>: {escape(text)}</li>" for name, text in cautions.items())
                     + "</ul>")
    return "".join(parts)
