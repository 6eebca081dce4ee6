"""Spelling suggestions for unknown keys ("did you mean 'rest'?")."""

from __future__ import annotations

from collections.abc import Iterable


def edit_distance(a: str, b: str, limit: int | None = None) -> int:
    """Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps.

    A swapped pair of letters (``rets`` for ``rest``) counts as one edit, as people expect. With a
    ``limit``, any distance above it is returned as ``limit + 1``: the importer asks for hundreds of
    names at most two edits apart, and the full table costs the product of the two lengths for each.
    """
    if limit is not None:
        return _limited_distance(a, b, limit)
    previous_row: list[int] | None = None
    row = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        before, previous_row, row = previous_row, row, [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            row[j] = min(previous_row[j] + 1, row[j - 1] + 1, previous_row[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1] and before is not None:
                row[j] = min(row[j], before[j - 2] + 1)
    return row[len(b)]


def _limited_distance(a: str, b: str, limit: int) -> int:
    """:func:`edit_distance` capped at ``limit + 1``, in time proportional to the length times the limit.

    A cell ``limit`` or more places off the diagonal is already that many edits away, so only the band
    around the diagonal is computed (the rest stays at the cap), and the walk stops once two rows in a
    row are past the limit (a swap reaches back one row, every other edit none)."""
    cap = limit + 1
    if abs(len(a) - len(b)) > limit:
        return cap
    before: list[int] | None = None
    previous_row = [j if j <= limit else cap for j in range(len(b) + 1)]
    for i in range(1, len(a) + 1):
        row = [cap] * (len(b) + 1)
        if i <= limit:
            row[0] = i
        for j in range(max(1, i - limit), min(len(b), i + limit) + 1):
            value = previous_row[j - 1] + (a[i - 1] != b[j - 1])
            value = min(value, previous_row[j] + 1, row[j - 1] + 1)
            if before is not None and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, before[j - 2] + 1)
            row[j] = min(value, cap)
        if min(row) >= cap and min(previous_row) >= cap:
            return cap
        before, previous_row = previous_row, row
    return previous_row[len(b)]


def closest(word: str, candidates: Iterable[str], synonyms: dict[str, str] | None = None) -> str | None:
    """The candidate a misspelt ``word`` most likely meant, or ``None`` when nothing is close.

    Close means at most two edits, and fewer edits than the word has letters, so short
    unrelated keys do not attract suggestions.
    """
    pool = list(candidates)
    lowered = _folded(word)
    if synonyms and lowered in synonyms and synonyms[lowered] in pool:
        return synonyms[lowered]
    best: tuple[tuple[int, int, int], str] | None = None
    for original in pool:
        # a candidate is compared folded as the word is ("side plank" and "side-plank" are "side_plank"), so
        # a space between two words is not an edit; the candidate is returned as given
        candidate = _folded(original)
        if abs(len(lowered) - len(candidate)) > 2:  # at least that many edits; and a long key costs nothing
            continue
        distance = edit_distance(lowered, candidate, limit=2)
        if distance > 2 or distance >= len(lowered):
            continue
        # Ties go to the likelier slip: the same letters in another order (rets → rest), then the same first
        # letter, then the order the format lists its keys in.
        rank = (distance, sorted(lowered) != sorted(candidate), lowered[:1] != candidate[:1])
        if best is None or rank < best[0]:
            best = (rank, original)
    return best[1] if best else None


def _folded(word: str) -> str:
    """A key or name as :func:`closest` compares it: lower case, with hyphens and spaces as underscores."""
    return word.lower().replace("-", "_").replace(" ", "_")
