"""The calendar's words, written once: a date or a day in a line says when something was posted or happens, and
the number in it is never a move's count ("Posted 14 Oct", "Mon 3 Mar, 09:00", "11 Nov 2026").

A leaf module (no import from the rest of the importer), so the source's reading, the names, the doses and the
walk all use the same words."""

from __future__ import annotations

import re

MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?"
"""A month in words, whole or cut short ("March", "Sept", "Oct.")."""
DAY_NAME = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?"
"""A day of the week, whole or cut short ("Monday", "Tues", "Wed.")."""
DAY_MONTH = rf"\d{{1,2}}(?:st|nd|rd|th)?\s{MONTH}"
"""A date, the day's number before the month in words ("14 Oct", "3rd March"); the year, when a form needs it,
is written after it there."""
CLOCK = r"(?:0[5-9]|1\d|2[0-3]):[0-5]\d"
"""A time of day on a 24-hour clock, from five in the morning ("07:30", "21:01"); a move's length is written
"0:30" or "1:00"."""
STAMP = re.compile(rf"\s?(?:{DAY_NAME}\s)?(?:{DAY_MONTH}\s)?{CLOCK}\s?", re.IGNORECASE)
"""A message's time stamp alone on its line ("09:16", "Tue 3 Nov 09:14" over a physio's texts): when it was sent,
never a move nor its length."""
