"""A page's own key to its shorthand ("[Abbrevs, so I don't forget: e/s = each side, BD = bird dog, RDL = Romanian
deadlift, br. = bridge]", "Key: SL = single leg; DB = dumbbell"): the shorthand is spelled out in every other
entry before the article is read, so "BD (bird dog) 2x8 e/s" and "glute br. 3x12" read as the writer meant them.

Only a key the page gives is used, never a guess; its own line is left as it is (a line of noise to the walk)."""

from __future__ import annotations

import re
from dataclasses import replace

from .source import Entry, Kind

_KEY = re.compile(r"^\W{0,3}(?:[a-z]{1,12}\s){0,2}(?:abbrevs?|abbreviations?|key|legend|glossary|shorthand|notation)"
                  r"\b[^:=]{0,60}:\s?(?P<pairs>.{5,1200})$", re.IGNORECASE)
"""A line that gives the key ("[Abbrevs, so I don't forget: …]", "Key: …", "Shorthand used below: …")."""
_PAIR = re.compile(r"^\s?(?P<short>[^\s=][^=]{0,14}?)\s?=\s?(?P<long>[A-Za-z][A-Za-z'’ -]{1,40}?)\s?[\].)]?\s?$")
"""One "short = long" of the key."""
_MAX_PAIRS = 40


def spell_out_shorthand(entries: list[Entry]) -> list[Entry]:
    """The entries with the shorthand of the page's key spelled out (see the module's description)."""
    keys = [index for index, entry in enumerate(entries)
            if entry.kind in (Kind.TEXT, Kind.ITEM) and len(entry.text) <= 1300 and _KEY.match(entry.text)]
    pairs: dict[str, str] = {}
    for index in keys:
        key = _KEY.match(entries[index].text)
        said = [_PAIR.match(part) for part in re.split(r"[,;]", key.group("pairs"))[:_MAX_PAIRS]] if key else []
        found = {m.group("short").strip(): m.group("long").strip() for m in said if m is not None}
        if len(found) >= 2:  # a key gives a few; one "x = y" is a sentence's
            pairs.update(found)
    if not pairs:
        return entries
    # capitals are the page's initials ("BD"), matched as written; small letters in any case ("e/s", "br.")
    shorts = sorted(pairs, key=len, reverse=True)
    pattern = re.compile("|".join(
        rf"(?<![\w/]){re.escape(short) if short.isupper() else f'(?i:{re.escape(short)})'}(?![\w/])"
        for short in shorts))
    folded = {short.lower(): long for short, long in pairs.items() if not short.isupper()}

    def spell(text: str) -> str:
        return pattern.sub(lambda m: pairs.get(m.group(0)) or folded.get(m.group(0).lower(), m.group(0)), text)

    spelled = set(keys)
    return [entry if number in spelled else replace(
        entry, text=spell(entry.text), cells=tuple(spell(cell) for cell in entry.cells), lead=spell(entry.lead))
        for number, entry in enumerate(entries)]
