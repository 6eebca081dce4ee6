"""A printed form as text: a hospital's or a physiotherapist's exercise sheet with tick boxes and blanks.

A discharge sheet lists every exercise the clinic has, each with a box (``[x] 1. ANKLE PUMPS``, ``☑ Pelvic tilt``,
``Heel slides ........ [ ]``), and the therapist ticks the ones this patient does; a dose may be chosen the
same way (``Sets: [ ] 1 [x] 2 [ ] 3``) or written into a blank (``Reps: __10__``, ``Hold: _5_ s``). What counts
is what was ticked: :func:`form_lines` keeps a ticked move's line without its box, blanks an unticked move's
line with the lines that describe it (those right under it, and those indented under it past a blank line),
and keeps of a line of options its label and the ticked option. A page whose boxes are all empty or all ticked
was not filled in as a choice: its boxes are only taken off. A Markdown task list (``- [ ] Dead bug``) is a
to-do list, not a form (its unticked items are still the routine), and is left to the list reader.

Blanked lines stay as empty lines, so notes still point at the right line. One pass over the lines, each
regex bounded.
"""

from __future__ import annotations

import re

_TICKED_SIGNS = "xX✓✔✗✘*/"
_BOX = re.compile(r"\[[ xX✓✔✗✘*/]?\]|[☐☑☒⬜✅]")
"""A box as a form printed as text shows it: ``[ ]``, ``[]`` empty, ``[x]``, ``[✓]``, ``[/]`` ticked; the signs
``☐``, ``⬜`` empty and ``☑``, ``☒``, ``✅`` ticked."""
_LEAD_BOX = re.compile(r"^(\s{0,12})(\[[ xX✓✔✗✘*/]?\]|[☐☑☒⬜✅])[\ufe0f]?\s{0,6}(?=\S)")
"""A box opening a line (not after a Markdown bullet: ``- [ ] …`` is a to-do list)."""
_TRAIL_BOX = re.compile(r"(?<=\S)\s{1,80}(\[[ xX✓✔✗✘*/]?\]|[☐☑☒⬜✅])[\ufe0f]?\s{0,3}(\|?)\s{0,3}$")
"""A box closing a line, in the form's right-hand "Tick" column (``Heel slides ...... [x]``, ``| 20 | [x] |``)."""
_LABEL_TAIL = re.compile(r"(\s[A-Za-z][A-Za-z /().'-]{0,30}:)\s{0,20}$")
"""A label at the end of an option's words (``[ ] 15   Hold:``): the next field's label, kept whatever was ticked."""
_BLANK = re.compile(r"(:\s{0,8})_{1,60}\s{0,4}([^_\s](?:[^_\n]{0,58}[^_\s])?)\s{0,4}_{1,60}(?=[\s.,;]|$)")
"""A filled-in blank after a label (``Sets: __3__``, ``Reps: _10_``, ``Name: ____Mr R. Castellano____``): the
written words."""
_EMPTY_BLANK = re.compile(r"_{3,}")
"""A blank left empty (``Hold: ______ s``)."""


def _ticked(box: str) -> bool:
    return box in "☑☒✅" or (len(box) == 3 and box[1] in _TICKED_SIGNS)


def fill_blanks(line: str) -> str:
    """A form's line with its filled-in blanks as the words written in them and its empty blanks removed."""
    if "_" not in line:
        return line
    line = _BLANK.sub(r"\1\2", line)
    return _EMPTY_BLANK.sub(" ", line) if ":" in line else line


def _options(line: str, boxes: list[re.Match[str]], chosen: bool) -> str:
    """A line of options (``Sets: [ ] 1 [x] 2 [ ] 3``): its label and the ticked options' words (every label
    kept); with ``chosen`` false (nothing on the page ticked) every option's words."""
    kept = [line[:boxes[0].start()].rstrip()]
    for at, box in enumerate(boxes):
        words = line[box.end():boxes[at + 1].start() if at + 1 < len(boxes) else len(line)]
        if not chosen or _ticked(box.group()):
            kept.append(words.strip())
            continue
        label = _LABEL_TAIL.search(words)
        if label is not None:
            kept.append(label.group(1).strip())
    return " ".join(piece for piece in kept if piece)


def form_lines(lines: list[str]) -> list[str]:
    """The lines of a form with what was not ticked blanked and the boxes taken off (see the module's
    description); the same list when the page has no boxes."""
    if not any("[" in line or "☐" in line or "☑" in line or "☒" in line or "⬜" in line or "✅" in line
               for line in lines):
        return [fill_blanks(line) for line in lines]
    kinds: list[tuple[str, re.Match[str] | None, list[re.Match[str]]]] = []
    ticked = empty = 0
    for line in lines:
        boxes = list(_BOX.finditer(line)) if len(line) <= 4000 else []
        lead = _LEAD_BOX.match(line) if boxes else None
        trail = _TRAIL_BOX.search(line) if boxes and lead is None and len(boxes) == 1 else None
        if len(boxes) >= 2 and lead is None:
            kinds.append(("options", None, boxes))  # a line of options, or a move's line with a choice of doses
        elif lead is not None:
            kinds.append(("lead", lead, boxes))
        elif trail is not None:
            kinds.append(("trail", trail, boxes))
        else:
            kinds.append(("", None, []))
            continue
        for box in boxes:
            if _ticked(box.group()):
                ticked += 1
            else:
                empty += 1
    if ticked + empty < 2:
        return [fill_blanks(line) for line in lines]
    chosen = ticked > 0 and empty > 0
    out = list(lines)
    dropping: int | None = None
    """While an unticked move's lines are being blanked: the column of its box."""
    gap = False
    for index, line in enumerate(lines):
        kind, found, boxes = kinds[index]
        stripped = line.strip()
        if dropping is not None and not kind:
            indent = len(line) - len(line.lstrip())
            if not stripped:
                gap = True
                continue
            if not gap or indent > dropping:
                out[index] = ""
                continue
        dropping, gap = None, False
        if kind == "options":
            out[index] = fill_blanks(_options(line, boxes, chosen))
        elif kind in ("lead", "trail") and found is not None:
            if chosen and not _ticked(boxes[0].group()):
                out[index] = ""
                dropping = len(line) - len(line.lstrip())
                continue
            if kind == "lead":
                rest = line[found.end():]
                more = list(_BOX.finditer(rest)) if len(boxes) > 1 else []
                out[index] = fill_blanks(found.group(1) + (_options(rest, more, chosen) if more else rest))
            else:
                out[index] = fill_blanks(line[:found.start()] + (f" {found.group(2)}" if found.group(2) else ""))
        elif "_" in line:
            out[index] = fill_blanks(line)
    return out
