"""A video's subtitle file (SubRip ``.srt``, WebVTT ``.vtt``) read as the spoken transcript it is.

A subtitle file is speech cut into cues: a cue's number (or a WebVTT cue's name), its time line
(``00:01:12,400 --> 00:01:15,000``, ``00:01.000 --> 00:04.000 align:start``), then one or two lines of what is
said, a blank line after it. Read line by line, the numbers and the times are noise and every sentence is
broken wherever a cue ended ("We're going to do fifteen of these," / "just follow my pace."). What a subtitle
file says is what a transcript says, so :func:`subtitle_lines` writes it as the transcript form that
:func:`.structure.join_transcript` already reads: each cue's start alone on a line (``1:12``), then its words.
The cue's number, the file's ``WEBVTT`` header and its ``NOTE``/``STYLE``/``REGION`` blocks are blanked;
markup inside a cue (``<i>``, ``<v Marisol>``, ``<00:00:01.500>``, ``{\\an8}``) and a speaker's ``>>`` are
dropped, and so are cues that only describe a sound (``[soft music]``, ``(laughs)``, ``♪ ♪``). A rolling
caption of an automatic WebVTT repeats the line shown before it: a cue line the same as the one before it is
dropped. Every line keeps its place (a cue's kept lines move up under its time, over the dropped ones), so
notes still point at the right line.

A text with fewer than :data:`MIN_CUES` time lines, or whose cue times go back, is no subtitle file and is left
as it is. One pass over the lines.
"""

from __future__ import annotations

import re

MIN_CUES = 3

_CUE_TIME = re.compile(r"^\s?(?:(\d{1,2}):)?(\d{1,2}):(\d\d)[,.]\d{1,3}\s{0,4}-->\s{0,4}"
                       r"(?:\d{1,2}:)?\d{1,2}:\d\d[,.]\d{1,3}(?:\s.{0,200})?$")
"""A cue's time line: its start (hours optional, as WebVTT writes it) and end, WebVTT's settings after it."""
_HEADER = re.compile(r"^\ufeff?WEBVTT(?:\s.{0,200})?$")
_BLOCK = re.compile(r"^(?:NOTE|STYLE|REGION)(?:\s.{0,200})?$")
"""A WebVTT block that is no cue: a comment, a style sheet, a region's settings (up to the next blank)."""
_MARKUP = re.compile(r"<[^<>\n]{0,80}>|\{\\[^{}\n]{0,40}\}")
"""Markup inside a cue: ``<i>``, ``</b>``, ``<v Marisol>``, ``<c.yellow>``, ``<00:00:01.500>``, ``{\\an8}``."""
_SPEAKER = re.compile(r"^\s?(?:>>|&gt;&gt;)\s?|^\s?-\s(?=\S)")
"""A change of speaker at a cue line's head: ``>> so today``, ``- Ready?``."""
_SOUND = re.compile(r"^\s?(?:\[[^\[\]]{0,80}\]|\([^()]{0,80}\)|[♪♫#\s]{1,10}[^♪♫]{0,80}[♪♫#]?)\s?$")
"""A cue line that only describes a sound or music: ``[soft music]``, ``(laughs)``, ``♪ upbeat music ♪``."""


def _start(found: re.Match[str]) -> str:
    hours, minutes, seconds = (int(found.group(1) or 0), int(found.group(2)), int(found.group(3)))
    total = (hours * 60 + minutes) * 60 + seconds
    if total >= 3600:
        return f"{total // 3600}:{total // 60 % 60:02d}:{total % 60:02d}"
    return f"{total // 60}:{total % 60:02d}"


def _seconds(stamp: str) -> int:
    total = 0
    for part in stamp.split(":"):
        total = total * 60 + int(part)
    return total


def subtitle_lines(lines: list[str]) -> list[str]:
    """The lines as a transcript (see the module's description); the same list when the text is no subtitle
    file."""
    if sum(1 for line in lines[:2000] if len(line) <= 300 and _CUE_TIME.match(line)) < MIN_CUES:
        return lines
    out = list(lines)
    in_block = False
    """Inside the header or a NOTE/STYLE/REGION block, up to the next blank line."""
    in_cue = False
    """Inside a cue's words, up to the next blank line."""
    now = -1
    last = ""
    """The cue line kept before this one: a rolling caption repeats it."""
    found_any = 0
    place = 0
    """Where the cue's next kept line goes."""
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            in_block = in_cue = False
            out[index] = ""
            continue
        if in_block or (not in_cue and (_HEADER.match(stripped) or _BLOCK.match(stripped))):
            in_block = True
            out[index] = ""
            continue
        found = _CUE_TIME.match(line) if len(line) <= 300 else None
        if found is not None:
            start = _start(found)
            if _seconds(start) < now:
                return lines  # times going back: not one video's cues
            now = _seconds(start)
            found_any += 1
            if index and out[index - 1].strip() and not in_cue:
                out[index - 1] = ""  # the cue's number or name on the line above its time
            out[index] = start
            in_cue, place = True, index + 1
            continue
        if not in_cue:
            continue  # a cue's number, blanked when its time line comes
        words = _SPEAKER.sub("", _MARKUP.sub("", stripped)).strip()
        out[index] = ""
        if not words or _SOUND.match(words) or words == last:
            continue
        last = words
        out[place] = words  # right under the cue's time, or the line left after it would end the transcript
        place += 1
    if found_any < MIN_CUES:
        return lines
    return out
