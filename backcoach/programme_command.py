"""``backcoach today`` and ``backcoach programme …``: the programme followed, from the command line.

Imported only when one of them runs. They read the routines and programmes as the app does, and the same
history file (``history.sqlite3``: the programme followed and its progress are kept there, schema 2). The
read-only commands never create a history; ``start``, ``pause``, ``resume`` and ``leave`` do. Contract as for
every command (``docs/cli.md``): exit 0, 1 for wrong input (with ``FILE:LINE:COL:`` messages), 2 for wrong
usage; JSON on standard output alone.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TextIO

from . import EXIT_BAD_INPUT, EXIT_OK
from .catalogs import bundled_catalog, programme_entries
from .core.catalog import Catalog
from .core.durations import format_seconds
from .core.history_records import STATUS_TEXT, SessionRecord
from .core.history_store import HistoryStore
from .core.programme import Programme, ScheduleKind
from .core.programme_catalog import ProgrammeEntry, find_programme, load_programme_entry
from .core.programme_day import Day, day_of, session_routine
from .core.programme_log import Run, current_run, leave, pause, resume, start
from .core.programme_schedule import RunState, day_text, describe_today
from .core.recovery import rule_text
from .core.session_plan import plan_session
from .core.session_recorder import local_now
from .history_command import iso_day
from .resources import user_history_path, user_programmes_dir
from .settings_store import AppSettings, SettingsStore

ACTIONS = ("list", "show", "start", "pause", "resume", "leave", "calendar")


def today_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="backcoach today",
        description="Today's session of the programme you follow (or the rest day and what is next), what you did "
                    "last and when, and whether today's session comes too soon for the same muscles.")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--on", type=iso_day, metavar="DATE", help="what another day holds (YYYY-MM-DD), at this time "
                        "of day")
    return parser


def programme_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="backcoach programme",
        description="Programmes: a list of sessions (routines) on a schedule. See docs/programmes.md.")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="the bundled programmes and yours, the one you follow marked")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    show = actions.add_parser("show", help="a programme's schedule and sessions (checks a file: FILE:LINE:COL)")
    show.add_argument("programme", metavar="PROGRAMME", help="a programme file, or a programme's name or title")
    show.add_argument("--json", action="store_true", help="machine-readable output")
    begin = actions.add_parser("start", help="follow a programme from its first session, today (the one you "
                               "followed before is left)")
    begin.add_argument("programme", metavar="PROGRAMME")
    begin.add_argument("--json", action="store_true", help="machine-readable output")
    for name, text in (("pause", "pause the programme you follow: nothing is due until you resume"),
                       ("resume", "go on with the paused programme where it stood"),
                       ("leave", "stop following the programme (its history is kept)")):
        actions.add_parser(name, help=text)
    calendar = actions.add_parser("calendar", help="the schedule as an iCalendar file for your calendar")
    calendar.add_argument("programme", metavar="PROGRAMME", nargs="?",
                          help="which programme (default: the one you follow)")
    calendar.add_argument("--output", "-o", metavar="FILE", required=True, help="the .ics file to write ('-': "
                          "standard output)")
    return parser


# -- reading what the app reads ----------------------------------------------------------------------------


class _World:
    """The routines, the programmes, the settings and (when there is one) the history."""

    def __init__(self, *, create: bool = False) -> None:
        self.catalog: Catalog = bundled_catalog()
        self.programmes = programme_entries(self.catalog)
        self.settings: AppSettings = SettingsStore().load()
        self.path = user_history_path()
        self.store = HistoryStore.open(self.path) if create else HistoryStore.open_existing(self.path)

    def notice(self, err: TextIO, prog: str) -> None:
        if self.store is not None and self.store.notice:
            print(f"{prog}: {self.store.notice}", file=err)

    def close(self) -> None:
        if self.store is not None:
            self.store.close()

    def find(self, name: str, err: TextIO, prog: str) -> ProgrammeEntry | None:
        """A programme by name, title or file (a file outside the folders is read and checked too)."""
        found = find_programme(self.programmes, name)
        if found is None and Path(name).exists():
            found = load_programme_entry(Path(name), self.catalog, bundled=False, display_name=name)
        if found is None:
            names = ", ".join(sorted(e.path.stem for e in self.programmes))
            print(f"{prog}: {name}: no such programme (the programmes: {names})", file=err)
        return found

    def length(self, entry_title: str, resolved: ProgrammeEntry) -> tuple[int, str]:
        """The planned seconds and the level of a routine of ``resolved`` as the user would run it."""
        assert resolved.resolved is not None
        entry = resolved.resolved.entry(entry_title)
        routine, level = (session_routine(self.store, entry, self.settings.level, self.settings.level)
                          if self.store is not None else (entry.routine, self.settings.level))
        assert routine is not None
        plan = plan_session(routine, self.settings.preferences(), level, exercise_library=entry.exercise_library)
        return plan.total_seconds, plan.level.value


def _broken(entry: ProgrammeEntry, out: TextIO, err: TextIO, prog: str) -> int:
    for problem in entry.problems:
        print(problem, file=out)
    print(f"{prog}: {entry.display_name} cannot be used: fix the problems above", file=err)
    return EXIT_BAD_INPUT


def _write_json(data: object, out: TextIO) -> None:
    json.dump(data, out, indent=1, ensure_ascii=False)
    out.write("\n")


# -- today -------------------------------------------------------------------------------------------------


def run_today(args: Sequence[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    options = today_parser().parse_args(list(args))
    out, err = out or sys.stdout, err or sys.stderr
    world = _World()
    try:
        world.notice(err, "backcoach today")
        now = local_now()
        if options.on is not None:
            now = now.replace(year=options.on.year, month=options.on.month, day=options.on.day)
        if world.store is None:
            day = Day(None, None, None, None, None, None)
        else:
            day = day_of(world.store, world.catalog, world.programmes, now, world.settings.recovery_hours)
        data = _today_json(day, world, now)
        if options.json:
            _write_json(data, out)
        else:
            _print_today(day, data, out)
        return EXIT_OK
    finally:
        world.close()


def _today_json(day: Day, world: _World, now: datetime) -> dict[str, object]:
    data: dict[str, object] = {"date": now.date().isoformat(), "programme": None, "today": None, "last": None,
                               "recovery": None, "problem": day.problem}
    if day.last is not None:
        data["last"] = _last_json(day.last)
    if day.run is not None:
        data["programme"] = _run_json(day.run, day.programme)
    if day.today is not None and day.programme is not None and day.programme.resolved is not None:
        programme = day.programme.resolved.programme
        n = len(programme.sessions)
        seconds, level = world.length(day.today.session.routine, day.programme)
        data["today"] = {
            "kind": day.today.kind.value, "routine": day.today.session.routine,
            "file": day.session.display_name if day.session is not None else None,
            "session": day.today.position % n + 1, "sessions": n, "round": day.today.position // n + 1,
            "due": day.today.due.isoformat(), "late_days": day.today.late_days, "level": level,
            "estimated_seconds": seconds, "text": describe_today(programme, day.today),
        }
    if day.warning is not None:
        warning = day.warning
        data["recovery"] = {
            "groups": list(warning.groups), "last_routine": warning.last.title,
            "last_started": warning.last.started.isoformat(timespec="seconds"),
            "hours_since": round(warning.hours_since, 1), "hours_needed": warning.hours_needed,
            "text": warning.text(), "rule": list(rule_text(warning.hours_needed)),
        }
    return data


def _last_json(record: SessionRecord) -> dict[str, object]:
    return {"routine": record.routine_title, "started": record.started.isoformat(timespec="seconds"),
            "status": record.status.value, "sets_done": record.tally.done, "sets_planned": record.tally.sets_planned}


def _run_json(run: Run, entry: ProgrammeEntry | None) -> dict[str, object]:
    programme = entry.programme if entry is not None else None
    return {"id": run.programme_id, "title": run.title, "status": run.status.value,
            "started": run.started.isoformat(timespec="seconds"), "sessions_done": run.state.position,
            "schedule": programme.schedule.describe() if programme is not None else None}


def _print_today(day: Day, data: dict[str, object], out: TextIO) -> None:
    if day.run is None:
        out.write("No programme followed. 'backcoach programme list' shows them, 'backcoach programme start NAME' "
                  "starts one.\n")
    elif day.problem is not None:
        out.write(day.problem + "\n")
    else:
        today = data["today"]
        assert isinstance(today, dict) and day.run is not None
        out.write(f"{today['text']}\n")
        out.write(f"  about {format_seconds(int(today['estimated_seconds']))} at {today['level']} level\n")
    if day.warning is not None:
        out.write(f"Too soon: {day.warning.text()}\n")
    if day.last is not None:
        record = day.last
        when = day_text(record.day, date.fromisoformat(str(data["date"])))
        out.write(f"Last: {record.routine_title}, {when} at {record.started:%H:%M} "
                  f"({STATUS_TEXT[record.status].lower()}, {record.tally.done} of {record.tally.sets_planned} sets).\n")
    if day.run is not None:
        run = day.run
        schedule = day.programme.programme.schedule.describe() if day.programme and day.programme.programme else ""
        status = " (paused)" if run.paused else ""
        out.write(f"Programme: {run.title}{status}, {schedule}; started {run.started:%d %b %Y}, "
                  f"{run.state.position} session(s) done.\n")


# -- programme ---------------------------------------------------------------------------------------------


def run_programme(args: Sequence[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    options = programme_parser().parse_args(list(args))
    out, err = out or sys.stdout, err or sys.stderr
    prog = f"backcoach programme {options.action}"
    world = _World(create=options.action in ("start", "pause", "resume", "leave"))
    try:
        world.notice(err, prog)
        run = current_run(world.store) if world.store is not None else None
        if options.action == "list":
            return _list(world, run, options.json, out, err)
        if options.action in ("pause", "resume", "leave"):
            return _change(world, options.action, out, err, prog)
        name = options.programme
        if name is None:
            if run is None:
                print(f"{prog}: you follow no programme: name one", file=err)
                return EXIT_BAD_INPUT
            name = run.programme_id
        entry = world.find(name, err, prog)
        if entry is None:
            return EXIT_BAD_INPUT
        if not entry.usable:
            return _broken(entry, out, err, prog)
        if options.action == "show":
            return _show(world, entry, run, options.json, out)
        if options.action == "calendar":
            return _calendar(world, entry, run, options.output, out, err, prog)
        return _start(world, entry, run, options.json, out, err, prog)
    finally:
        world.close()


def _list(world: _World, run: Run | None, as_json: bool, out: TextIO, err: TextIO) -> int:
    if as_json:
        _write_json({"following": _run_json(run, None) if run is not None else None,
                     "programmes": [_entry_json(world, e, run) for e in world.programmes]}, out)
        return EXIT_OK
    rows = [("TITLE", "SCHEDULE", "SESSIONS", "YOU", "FILE")]
    for entry in world.programmes:
        programme = entry.programme
        mine = "paused" if run and run.paused and run.programme_id == entry.programme_id else (
            "following" if run and run.programme_id == entry.programme_id else "")
        if programme is None or not entry.usable:
            rows.append((entry.title, "BROKEN", "", mine, str(entry.problems[0]) if entry.problems else ""))
            continue
        rows.append((programme.title, programme.schedule.describe(), str(len(programme.sessions)), mine,
                     entry.display_name))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        out.write("  ".join(f"{cell:<{width}}" for cell, width in zip(row[:4], widths, strict=True))
                  + f"  {row[4]}".rstrip() + "\n")
    mine_count = sum(1 for e in world.programmes if not e.bundled)
    broken = sum(1 for e in world.programmes if not e.usable)
    print(f"{len(world.programmes)} programmes ({mine_count} of yours in {user_programmes_dir()}), {broken} broken",
          file=err)
    return EXIT_OK


def _schedule_json(programme: Programme) -> dict[str, object]:
    schedule = programme.schedule
    from .core.programme import WEEKDAYS

    return {"kind": schedule.kind.value, "days": [WEEKDAYS[d] for d in schedule.days],
            "every": schedule.every if schedule.kind is ScheduleKind.EVERY else None,
            "rest_days": schedule.rest_days if schedule.kind is ScheduleKind.READY else None,
            "text": schedule.describe(), "rest_days_text": schedule.rest_days_between()}


def _entry_json(world: _World, entry: ProgrammeEntry, run: Run | None, *, sessions: bool = False
                ) -> dict[str, object]:
    data: dict[str, object] = {"file": entry.display_name, "id": entry.programme_id, "path": str(entry.path),
                               "bundled": entry.bundled, "status": "ok" if entry.usable else "broken",
                               "title": entry.title,
                               "following": None if run is None or run.programme_id != entry.programme_id
                               else run.status.value}
    programme = entry.programme
    if programme is None or entry.resolved is None:
        data["problems"] = [str(p) for p in entry.problems]
        return data
    data.update(summary=programme.summary, source=programme.source, schedule=_schedule_json(programme),
                gentler=programme.gentler)
    if sessions:
        listed = []
        for position, session in enumerate(programme.sessions):
            seconds, level = world.length(session.routine, entry)
            listed.append({"session": position + 1, "routine": session.routine,
                           "file": entry.resolved.entry(session.routine).display_name,
                           "gentler": programme.gentler_for(position), "level": level, "estimated_seconds": seconds})
        data["sessions"] = listed
    else:
        data["sessions"] = len(programme.sessions)
    return data


def _show(world: _World, entry: ProgrammeEntry, run: Run | None, as_json: bool, out: TextIO) -> int:
    data = _entry_json(world, entry, run, sessions=True)
    if as_json:
        _write_json(data, out)
        return EXIT_OK
    programme = entry.programme
    assert programme is not None
    out.write(f"{programme.title}\n")
    if programme.source:
        out.write(f"source: {programme.source}\n")
    out.write(f"schedule: {programme.schedule.describe()}; rest days: {programme.schedule.rest_days_between()}\n")
    if programme.gentler:
        out.write(f"gentler alternative: {programme.gentler}\n")
    sessions = data["sessions"]
    assert isinstance(sessions, list)
    rows = [("#", "SESSION", "LEVEL", "ESTIMATE")] + [
        (str(s["session"]), _clip(str(s["routine"]), 64), str(s["level"]), format_seconds(int(s["estimated_seconds"])))
        for s in sessions]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        out.write("  ".join(f"{cell:<{width}}" for cell, width in zip(row, widths, strict=True)).rstrip() + "\n")
    if data["following"]:
        out.write(f"You follow it ({data['following']}): 'backcoach today' says what is next.\n")
    return EXIT_OK


def _start(world: _World, entry: ProgrammeEntry, run: Run | None, as_json: bool, out: TextIO, err: TextIO,
           prog: str) -> int:
    assert world.store is not None
    now = local_now()
    if run is not None:
        print(f"{prog}: you no longer follow {run.title} ({run.state.position} session(s) done; kept in your "
              "history)", file=err)
    started = start(world.store, entry.programme_id, entry.title, now)
    day = day_of(world.store, world.catalog, world.programmes, now, world.settings.recovery_hours)
    if as_json:
        _write_json(_today_json(day, world, now) | {"started": _run_json(started, entry)}, out)
        return EXIT_OK
    out.write(f"Started {entry.title} today.\n")
    _print_today(day, _today_json(day, world, now), out)
    return EXIT_OK


def _change(world: _World, action: str, out: TextIO, err: TextIO, prog: str) -> int:
    assert world.store is not None
    now = local_now()
    run = current_run(world.store)
    if run is None:
        print(f"{prog}: you follow no programme", file=err)
        return EXIT_BAD_INPUT
    if action == "pause":
        done = pause(world.store, now)
    elif action == "resume":
        done = resume(world.store, now)
    else:
        done = leave(world.store, now) is not None
    if not done:
        print(f"{prog}: {run.title} is already {'paused' if action == 'pause' else 'going'}", file=err)
        return EXIT_BAD_INPUT
    out.write({"pause": f"Paused {run.title}: nothing is due until you resume it.\n",
               "resume": f"Resumed {run.title} where it stood.\n",
               "leave": f"You no longer follow {run.title} (kept in your history).\n"}[action])
    return EXIT_OK


def _calendar(world: _World, entry: ProgrammeEntry, run: Run | None, target: str, out: TextIO, err: TextIO,
              prog: str) -> int:
    from .calendar_export import programme_calendar
    from .core.atomic import write_atomically

    assert entry.programme is not None
    now = local_now()
    state = run.state if run is not None and run.programme_id == entry.programme_id else RunState(now.date())
    lengths = {s.routine: world.length(s.routine, entry)[0] for s in entry.programme.sessions}
    data = programme_calendar(entry.programme, entry.programme_id, state, now.date(), now, lengths)
    if target == "-":
        out.write(data.decode("utf-8"))
        return EXIT_OK
    try:
        write_atomically(Path(target), data)
    except OSError as error:
        print(f"{prog}: cannot write {target}: {error.strerror or error}", file=err)
        return EXIT_BAD_INPUT
    print(f"wrote the schedule of {entry.title} to {target} (iCalendar: open it with your calendar)", file=err)
    return EXIT_OK


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
