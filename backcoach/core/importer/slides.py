"""A slide deck's text export (PowerPoint's "Save as outline", Keynote's or Google Slides' text), pasted.

Each slide starts with its number alone on a line ("Slide 7"), or after a rule of "=" with its number set at
the right under its bullets; then come its title and its bullets, then the presenter's "Speaker notes:". The
numbers are no part of the talk; a slide that names a move in its title ("1. Seated cat-cow") gives how to do
it and how much in its bullets ("• Hands on knees, arch then round your back", "• 10 slow reps"): the bullets
are the move's lines, not moves of their own, so they are set in under the title (as a sheet sets a move's dose
under its name). The speaker notes stay, as text. Lines keep their numbers.
"""

from __future__ import annotations

import re

_SLIDE = re.compile(r"^\s*slide\s\d{1,3}\s*$", re.IGNORECASE)
_BULLET = re.compile(r"^\s*[•▪◦‣●○–-]\s+")
_NOTES = re.compile(r"^\s*(?:speaker|presenter)\s?notes\s?:\s*$", re.IGNORECASE)


_RULE = re.compile(r"^\s*={8,}\s*$")
_NUMBER_AT_RIGHT = re.compile(r"^\s{20,}\d{1,3}\s*$")


def _ruled_slides(lines: list[str]) -> list[int]:
    """Where the slides of a deck exported with rules start: the page's start and each "=====" rule, when the deck
    has speaker notes (three at least) and as many rules as slides less one."""
    notes = sum(1 for line in lines[:20000] if _NOTES.match(line))
    rules = [index for index, line in enumerate(lines[:20000]) if _RULE.match(line)]
    if notes < 3 or len(rules) < notes - 1:
        return []
    return [-1, *rules] if rules and rules[0] > 0 else rules


def slide_lines(lines: list[str]) -> list[str]:
    """The lines with a deck's slide numbers and notes labels blanked and each slide's bullets set in under its
    title; other text (three slide numbers at least make a deck) is returned as it is."""
    slides = [index for index, line in enumerate(lines[:20000]) if _SLIDE.match(line)]
    if len(slides) < 3:
        slides = _ruled_slides(lines)
    if len(slides) < 3:
        return lines
    out = list(lines)
    for position, index in enumerate(slides):
        if index >= 0:
            out[index] = ""
        stop = slides[position + 1] if position + 1 < len(slides) else len(lines)
        for at in range(index + 1, stop):
            if _NUMBER_AT_RIGHT.match(lines[at]):
                out[at] = ""  # the slide's number, under its bullets
                continue
            if _NOTES.match(lines[at]):
                out[at] = ""
                break  # the notes are said to the room: read as they are
            bullet = _BULLET.match(lines[at])
            if bullet is not None:
                out[at] = "   " + lines[at][bullet.end():]
    return out
