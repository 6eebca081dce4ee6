"""Writing a programme back to YAML: the inverse of :func:`~.programme.load_programme`, for the programme editor.

``load_programme(dump_programme(p)) == p`` for every programme the loader can return (tests check it on the
bundled ones and generated ones). It uses the routine writer's own emitter (:mod:`.writer`), so quoting,
folding and indentation are the same in both kinds of file. Comments are not kept, as for routines.
"""

from __future__ import annotations

from yaml.nodes import Node, ScalarNode, SequenceNode

from .programme import WEEKDAYS, Programme, ProgrammeSession, Schedule, ScheduleKind
from .writer import _INT, _SEQ, INDENT, _dump_node, _Mapping, _text

_SESSION_INDENT = 2 * INDENT


def _schedule_node(schedule: Schedule) -> Node:
    m = _Mapping(INDENT)
    if schedule.kind is ScheduleKind.DAYS:
        days = tuple(WEEKDAYS[day] for day in schedule.days)
        m.add("days", SequenceNode(_SEQ, [ScalarNode("tag:yaml.org,2002:str", d) for d in days], flow_style=True))
    elif schedule.kind is ScheduleKind.EVERY:
        m.word("every", "1 day" if schedule.every == 1 else f"{schedule.every} days")
    else:
        m.word("when", "ready")
        if schedule.rest_days:
            m.add("rest_days", ScalarNode(_INT, str(schedule.rest_days)))
    return m.node()


def _session_node(session: ProgrammeSession) -> Node:
    if session.gentler is None:
        return _text(session.routine, _SESSION_INDENT)
    m = _Mapping(_SESSION_INDENT)
    m.text("routine", session.routine)
    m.text("gentler", session.gentler)
    return m.node()


def dump_programme(programme: Programme) -> str:
    """The programme as readable YAML text (``\\n`` line endings, ending with one), ready to save as UTF-8."""
    m = _Mapping(0)
    m.add("backcoach-programme", ScalarNode(_INT, str(programme.version)))
    m.text("title", programme.title)
    m.text("summary", programme.summary)
    m.text("source", programme.source)
    m.add("schedule", _schedule_node(programme.schedule))
    m.add("sessions", SequenceNode(_SEQ, [_session_node(s) for s in programme.sessions], flow_style=False))
    m.text("gentler", programme.gentler)
    return _dump_node(m.node())
