"""A slide deck's text export (PowerPoint's "Save as outline", Keynote's or Google Slides' text), pasted.

Each slide starts with its number alone on a line ("Slide 7"), then its title and its bullets, then the
presenter's "Speaker notes:". The numbers are no part of the talk; a slide that names a move in its title ("1.
Seated cat-cow") gives how to do it and how much in its bullets ("• Hands on knees, arch then round your back",
"• 10 slow reps"): the bullets are the move's lines, not moves of their own, so they are set in under the title
(as a sheet sets a move's dose under its name). The speaker notes stay, as text. Lines keep their numbers.
"""

from __future__ import annotations

import re

_SLIDE = re.compile(r"^\s*slide\s\d{1,3}\s*$", re.IGNORECASE)
_BULLET = re.compile(r"^\s*[•▪◦‣●○–-]\s+")
_NOTES = re.compile(r"^\s*(?:speaker|presenter)\s?notes\s?:\s*$", re.IGNORECASE)


def slide_lines(lines: list[str]) -> list[str]:
    """The lines with a deck's slide numbers and notes labels blanked and each slide's bullets set in under its
    title; other text (three slide numbers at least make a deck) is returned as it is."""
    slides = [index for index, line in enumerate(lines[:20000]) if _SLIDE.match(line)]
    if len(slides) < 3:
        return lines
    out = list(lines)
    for position, index in enumerate(slides):
        out[index] = ""
        stop = slides[position + 1] if position + 1 < len(slides) else len(lines)
        for at in range(index + 1, stop):
            if _NOTES.match(lines[at]):
                out[at] = ""
                break  # the notes are said to the room: read as they are
            bullet = _BULLET.match(lines[at])
            if bullet is not None:
                out[at] = "   " + lines[at][bullet.end():]
    return out
