"""A programme's schedule as an iCalendar file, so its sessions appear in the user's own calendar.

Written with ``icalendar`` (a maintained library: escaping, folding, line ends and recurrence rules are its
business, not hand-written text). Kept outside the core, which imports only the standard library and
PyYAML; imported only when a calendar is exported.

The calendar never runs out: every session of the programme is one all-day event that recurs with the
schedule (a weekly rule for days of the week, a daily rule with an interval otherwise), starting from the day
the next session is due. "When ready" programmes are written at their earliest pace. Missed days move the real
plan (it waits for you); exporting again moves the events, which keep their identifiers (``UID``), so a calendar
that imports the file again updates them rather than adding copies.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event, vRecur

from .core.durations import format_seconds
from .core.programme import Programme, ScheduleKind
from .core.programme_schedule import RunState, next_due, next_weekday

PRODID = "-//BackCoach//Programme calendar//EN"
_ICAL_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def occurrences(programme: Programme, state: RunState, today: date) -> list[tuple[date, int, vRecur]]:
    """``(first day, position, rule)`` for each recurring event: together they give every session from the next
    one on, each done on the day it is due (a session already waiting is put on ``today``)."""
    schedule = programme.schedule
    n = len(programme.sessions)
    first = max(next_due(schedule, state), today)
    if schedule.kind is ScheduleKind.DAYS:
        d = len(schedule.days)
        slots = math.lcm(n, d)  # the pattern of sessions over weekdays repeats after this many sessions
        weeks = slots // d
        found: list[tuple[date, int, vRecur]] = []
        day = next_weekday(first, schedule.days)
        for slot in range(slots):
            rule = vRecur({"FREQ": "WEEKLY", "INTERVAL": weeks, "BYDAY": _ICAL_DAYS[day.weekday()]})
            found.append((day, state.position + slot, rule))
            day = next_weekday(day + timedelta(days=1), schedule.days)
        return found
    gap = schedule.every if schedule.kind is ScheduleKind.EVERY else schedule.rest_days + 1
    return [(first + timedelta(days=gap * i), state.position + i, vRecur({"FREQ": "DAILY", "INTERVAL": gap * n}))
            for i in range(n)]


def programme_calendar(programme: Programme, programme_id: str, state: RunState, today: date, now: datetime,
                       lengths: Mapping[str, int] | None = None) -> bytes:
    """The iCalendar text of ``programme`` followed from ``state`` (``lengths``: each routine's planned seconds,
    by title, for the descriptions)."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", programme.title)
    n = len(programme.sessions)
    stamp = now.astimezone(UTC)
    ident = re.sub(r"[^a-z0-9]+", "-", programme_id.lower()).strip("-")
    schedule_text = programme.schedule.describe()
    for slot, (day, position, rule) in enumerate(occurrences(programme, state, today)):
        session = programme.session_at(position)
        event = Event()
        event.add("uid", f"{ident}-{slot}@backcoach.invalid")
        event.add("dtstamp", stamp)
        event.add("sequence", int(stamp.timestamp()) // 60)  # later exports are newer versions of the same events
        event.add("summary", f"BackCoach: {session.routine}")
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
        event.add("rrule", rule)
        event.add("transp", "TRANSPARENT")  # a reminder to train, not a meeting that makes you busy
        lines = [f"{programme.title}: session {position % n + 1} of {n} ({schedule_text})."]
        if lengths and session.routine in lengths:
            lines.append(f"About {format_seconds(lengths[session.routine])} at a steady pace.")
        if programme.schedule.kind is ScheduleKind.READY:
            lines.append("Whenever you are ready: this is the earliest day.")
        lines.append("Missed a day? The plan waits for you: export the calendar again from BackCoach to move it.")
        if programme.source:
            lines.append(f"Source: {programme.source}")
        event.add("description", "\n".join(lines))
        event.add("categories", ["BackCoach"])
        calendar.add_component(event)
    return bytes(calendar.to_ical())

