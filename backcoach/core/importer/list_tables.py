"""A reStructuredText list table (a project's documentation, a Sphinx page), pasted as its source.

``.. list-table::`` sets a table as a list of rows, each a list of cells: a row opens with ``* -`` and each further
cell with ``-`` set in under it, a cell's text going on over more lines. The rows are set as the lines of a Markdown
table, one after another from the table's first line (the header row, when the directive's ``:header-rows:`` says
so, followed by its rule), so that the table is read as any table of cells; a row's number is then near its
place, not on it.
"""

from __future__ import annotations

import re

_DIRECTIVE = re.compile(r"^(?P<indent>\s*)\.\.\s+list-table::")
_OPTION = re.compile(r"^\s+:[\w-]+:")
_HEADER_ROWS = re.compile(r"^\s+:header-rows:\s*(\d)")
_ROW = re.compile(r"^(?P<indent>\s*)\*\s+-(?:\s+|$)")
_CELL = re.compile(r"^(?P<indent>\s*)-(?:\s+|$)")
MAX_TABLE_LINES = 2000
"""Lines read into one list table at most: a page's table is a few hundred lines."""


def list_table_lines(lines: list[str]) -> list[str]:
    """The lines with each list table set as a Markdown table's lines; other text as it is. One pass."""
    if not any(_DIRECTIVE.match(line) for line in lines):
        return lines
    out = list(lines)
    index = 0
    while index < len(lines):
        directive = _DIRECTIVE.match(lines[index])
        if directive is None:
            index += 1
            continue
        out[index] = ""
        header_rows = 0
        index += 1
        while index < len(lines) and (_OPTION.match(lines[index]) or not lines[index].strip()):
            found = _HEADER_ROWS.match(lines[index])
            header_rows = int(found.group(1)) if found else header_rows
            out[index] = ""
            index += 1
        index = _rows(lines, out, index, header_rows)
    return out


def _rows(lines: list[str], out: list[str], index: int, header_rows: int) -> int:
    """Sets the rows from ``index`` on, up to the first line set out no further than the rows; where it stopped."""
    row_indent: int | None = None
    rows: list[tuple[list[int], list[list[str]]]] = []  # each row's lines, and each of its cells' pieces
    start = index
    while index < len(lines) and index - start < MAX_TABLE_LINES:
        line = lines[index]
        if not line.strip():
            index += 1
            continue
        indent = len(line) - len(line.lstrip())
        row = _ROW.match(line)
        if row is not None and (row_indent is None or indent == row_indent):
            row_indent = indent
            rows.append(([index], [[line[row.end():].strip()]]))
        elif row_indent is None or indent <= row_indent:
            break
        elif rows:
            cell = _CELL.match(line)
            rows[-1][0].append(index)
            if cell is not None and len(cell.group("indent")) == row_indent + 2:
                rows[-1][1].append([line[cell.end():].strip()])
            else:
                rows[-1][1][-1].append(line.strip())  # the cell's text goes on
        index += 1
    table: list[str] = []
    for number, (row_lines, cells) in enumerate(rows):
        for at in row_lines:
            out[at] = ""
        texts = [" ".join(piece for piece in cell if piece).replace("|", "/") for cell in cells]
        table.append("| " + " | ".join(texts) + " |")
        if number + 1 == header_rows:
            table.append("|" + "---|" * len(texts))  # the header's rule
    if rows:
        # one line after another from the table's first row, as a Markdown table is set, within the lines the rows
        # held (rows of one cell, a line each, leave no line for the header's rule: it is left out, never a line of
        # what follows the table written over)
        first = rows[0][0][0]
        room = rows[-1][0][-1] + 1 - first
        if len(table) > room:
            table = [line for line in table if not line.startswith("|---")]
        out[first:first + len(table)] = table
    return index
