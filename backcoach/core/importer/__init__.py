"""Importing workouts from the text people find online: an article in, routines and their guesses out.

The pipeline, one small module each:

* :mod:`.source` — bytes → text → entries (paragraphs, headings, list items, table rows), from plain
  text, Markdown or HTML (the standard library's ``html.parser``; nothing is run or fetched), with
  :mod:`.text_tables` (sheets pasted as delimited text, box-drawn grids; :mod:`.app_logs` an app's log of
  sets as one row a move), :mod:`.subtitles` (a video's subtitle file as its transcript), :mod:`.threads` (a social
  thread's author's posts, a post's page without its comments), :mod:`.timers` (an interval timer's export),
  :mod:`.timecodes` (a class's plan of timecodes), :mod:`.columns` (a page of two columns, read one after the
  other), :mod:`.forms` (a printed form's tick boxes and blanks: only what was ticked) and :mod:`.calendars` (a
  challenge calendar's table, a cell a day); :mod:`.shorthand` spells out a page's own key to its shorthand
  ("BD = bird dog, e/s = each side") before anything is read;
* :mod:`.structure` — what the lines are: class parts ("Day 1", "Class #2"), blocks (Warm-up, Block 1,
  Cool down), metadata ("Difficulty: easy"), tables that lost their layout;
* :mod:`.phrases` — doses in words: "3 sets of 10-12 repetitions", "hold for 20-30 seconds and repeat it
  thrice", "repeat the circuit four to five times";
* :mod:`.names` — exercise names and the exercise library (name, alias, plural, misspelling; a name in
  another language with the English in brackets);
* :mod:`.sections` — where a move's section begins and ends (a heading per move, its subheadings, its
  dose line), and the lines that are never moves (adverts, "Read more", a shop's banner);
* :mod:`.walker` — one walk over the entries, each handed to the reader of its kind, sharing the walk's
  state (:mod:`.walk_state`): :mod:`.table_reading` (table rows), :mod:`.circuit_reading` (supersets,
  pyramids, a part's dosed heading), :mod:`.plan_reading` (weeks and days, "same as Week 1 but …"),
  :mod:`.section_reading` (a heading per move), :mod:`.line_reading` (a move and its dose on a line),
  :mod:`.prose_reading` (descriptions, mentions, circuit instructions, advice) and :mod:`.amendments`
  (notes that settle one move's dose or change the list of moves); what it collects is :mod:`.drafts`;
* :mod:`.named_lines` — the reading of last resort: when the walk missed most of the moves the page names
  with a dose on lines of their own (a layout it does not know), each such line read as its move instead;
* :mod:`.assemble` — routines with every inferred value recorded as a :class:`Guess`.

Everything here is pure Python (no Qt), linear in the article's length and bounded in memory; no input
makes it raise (``tests/importer/test_importer_properties.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import PurePath

from ..exercise_library import ExerciseLibrary
from .amendments import settle_as_before
from .assemble import Assembler, Guess, ImportedRoutine
from .drafts import Note, Reading
from .follow_along import spoken_class
from .named_lines import fall_back
from .names import Matcher, english_first
from .phrases import find_facts, plain_text
from .shorthand import spell_out_shorthand
from .source import ArticleProblem, Entry, Kind, decode_article, read_entries
from .structure import (
    drop_placeholders,
    drop_timestamps,
    drop_timetables,
    fold_set_logs,
    join_transcript,
    level_lines,
    progression_steps,
    rebuild_flat_tables,
    series_posts,
    shouted_parts,
    stage_tables,
    strip_chat_prefixes,
)
from .walker import Walker

NO_EXERCISES = "no exercises found: the article names no exercise with a dose, a class part or a list of moves"

__all__ = ["NO_EXERCISES", "Guess", "ImportResult", "ImportedRoutine", "Note", "import_article"]


@dataclass(frozen=True)
class ImportResult:
    """What an article gave: a routine per class it describes, all of them as one, and notes.

    ``sessions`` holds one routine per "Day 1"/"Class #2" part (one routine when the article has no
    parts); ``whole`` is them all as one routine, a block each (the same routine when there is one).
    ``problem`` says why there is nothing (binary input, no exercises); then both are empty.
    """

    file: str
    sessions: tuple[ImportedRoutine, ...] = ()
    whole: ImportedRoutine | None = None
    notes: tuple[Note, ...] = ()
    problem: str | None = None


def import_article(data: bytes | str, file: str = "<article>", library: ExerciseLibrary | None = None) -> ImportResult:
    """Read an article (bytes of a file, or pasted text) into routines.

    ``file`` names the input in notes, and its suffix (.html, .md, .txt) says how to read it; pasted
    text is recognised as HTML by its tags.
    """
    try:
        text = decode_article(data) if isinstance(data, bytes) else data
        if isinstance(data, str) and len(data) > 4 * 1024 * 1024:
            raise ArticleProblem("the text is too large; an article is read up to 4 MiB")
    except ArticleProblem as problem:
        return ImportResult(file, problem=str(problem))
    matcher = Matcher(library or ExerciseLibrary())
    entries = progression_steps(shouted_parts(stage_tables(rebuild_flat_tables(strip_chat_prefixes(
        level_lines(spell_out_shorthand(read_entries(text, file))))))))
    entries = series_posts(entries)
    entries = spoken_class(join_transcript(entries), matcher)
    entries = english_first(drop_timestamps(drop_timetables(fold_set_logs(drop_placeholders(entries)))), matcher)
    reading = Walker(entries, matcher, text).walk()
    introduced = _introduced_quote(entries)
    if introduced and _count_moves(reading) < 3:
        # "This is what I gave her (I copied it into my notes word for word):" over the programme, quoted: the
        # quoted programme is the routine, not an earlier email
        entries = [replace(entry, quoted=False) if entry.quoted else entry for entry in entries]
        reading = Walker(entries, matcher, text).walk()
    if not _has_moves(reading) and any(entry.quoted for entry in entries):
        # a reply on top of the email that holds the exercises ("> 1) Knee rolls - … 10 each way."): with nothing
        # of its own, the quoted email is the routine
        entries = [replace(entry, quoted=False) if entry.quoted else entry for entry in entries]
        reading = Walker(entries, matcher, text).walk()
    elif any(d.as_before for s in (reading.outside, *reading.sessions) for d in s.drafts) \
            and any(entry.quoted for entry in entries):
        # "4. Bridges - no change" over the first email, quoted: its doses, read on their own
        quoted = [replace(entry, quoted=False) for entry in entries if entry.quoted]
        settle_as_before(reading, Walker(quoted, matcher, text).walk())
    reading = fall_back(reading, entries, matcher)
    named = bool(file) and not file.startswith("<") and file != "pasted text"
    stem = PurePath(file).stem if named else "Imported workout"
    assembler = Assembler(reading, stem.replace("_", " ").replace("-", " ").strip() or "Imported workout",
                          PurePath(file).name if named else None)
    parts = []
    for session in assembler.sessions():
        imported = assembler.build(session)
        if imported is not None:
            parts.append((session, imported))
    notes = tuple(sorted(reading.notes + assembler.notes, key=lambda n: n.position))
    if not parts:
        return ImportResult(file, notes=notes, problem=NO_EXERCISES)
    return ImportResult(file, tuple(p[1] for p in parts), assembler.whole(parts), notes)


_QUOTE_INTRO = re.compile(r"(?<!\bwrote)(?<!\bsaid)(?<!\bsays)(?<!\bwrites):\s*$", re.IGNORECASE)
"""A line that introduces what follows it ("This is what I gave her …:"), not a reply's "On Fri, … Sam wrote:"."""


def _introduced_quote(entries: list[Entry]) -> bool:
    """A quoted block of three moves' lines at least (numbered or bulleted, with their doses), right under a line
    of the writer's own that introduces it."""
    for index in range(1, len(entries)):
        if entries[index].quoted and not entries[index - 1].quoted and _QUOTE_INTRO.search(entries[index - 1].text):
            block = []
            for entry in entries[index:index + 60]:
                if not entry.quoted:
                    break
                block.append(entry)
            if sum(entry.kind is Kind.ITEM and bool(find_facts(plain_text(entry.text))) for entry in block) >= 3:
                return True
    return False


def _count_moves(reading: Reading) -> int:
    return len(reading.outside.drafts) + len(reading.mentions) + sum(len(s.drafts) for s in reading.sessions)


def _has_moves(reading: Reading) -> bool:
    """Whether a reading found any move, in a part, a class or a paragraph's mention."""
    return bool(reading.outside.drafts or reading.mentions or any(session.drafts for session in reading.sessions))
