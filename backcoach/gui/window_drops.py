"""Files dropped on the window: routines are opened (listed and selected), an article becomes a draft in the
editor. Kept apart from the window so that it only forwards the two drag events."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..core.catalog import ROUTINE_SUFFIXES

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData

    from .main_window import MainWindow

ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".srt", ".vtt", ".csv")
"""Files a drop imports as an article (a draft in the editor) rather than opening as a routine."""


def dropped_paths(mime: QMimeData) -> list[str]:
    return [url.toLocalFile() for url in mime.urls()]


def wanted(paths: list[str]) -> bool:
    """Whether a drag carries anything the window takes (a routine or an article)."""
    return any(p.endswith(ROUTINE_SUFFIXES) or p.lower().endswith(ARTICLE_SUFFIXES) for p in paths)


def take(window: MainWindow, paths: list[str]) -> None:
    """Open the routines (kept in the user's folder if the user wants); import the first article (a draft is
    one routine)."""
    articles: list[Path] = []
    for path in paths:
        if path.endswith(ROUTINE_SUFFIXES):
            window.open_file(window.loader.kept(Path(path), window.prompter))
        elif path.lower().endswith(ARTICLE_SUFFIXES):
            articles.append(Path(path))
    if articles:
        window.article_import.import_file(articles[0])
