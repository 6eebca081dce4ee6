"""Choosing a programme to follow: the programmes listed, the chosen one described (schedule, rest days,
sessions, where it comes from), and Follow. A programme that cannot be used is listed with its problem."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.programme_catalog import ProgrammeEntry


def describe(entry: ProgrammeEntry) -> str:
    """A programme as HTML: what the chooser shows beside the list."""
    programme = entry.programme
    if programme is None or not entry.usable:
        problems = "".join(f"<li>{escape(str(p))}</li>" for p in entry.problems)
        return f"<h3>{escape(entry.title)}</h3><p>This programme cannot be used:</p><ul>{problems}</ul>"
    sessions = "".join(f"<li>{escape(s.routine)}</li>" for s in programme.sessions)
    parts = [f"<h3>{escape(programme.title)}</h3>",
             f"<p><b>When:</b> {escape(programme.schedule.describe())}<br>"
             f"<b>Rest days:</b> {escape(programme.schedule.rest_days_between())}</p>",
             f"<p><b>Sessions</b> (after the last, the first again):</p><ol>{sessions}</ol>"]
    if programme.gentler:
        parts.append(f"<p><b>Gentler alternative:</b> {escape(programme.gentler)}</p>")
    if programme.summary:
        parts.append(f"<p>{escape(programme.summary)}</p>")
    if programme.source:
        parts.append(f"<p><i>Source: {escape(programme.source)}</i></p>")
    return "".join(parts)


class ProgrammeChooser(QDialog):
    def __init__(self, entries: Sequence[ProgrammeEntry], note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Follow a programme")
        self.entries = list(entries)
        self.list = QListWidget()
        self.list.setAccessibleName("Programmes")
        self.list.setWordWrap(True)  # long titles ("… two to four days a week") whole, on two lines
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for entry in self.entries:
            item = QListWidgetItem(entry.title if entry.usable else f"{entry.title} (cannot be used)")
            if not entry.usable:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.list.addItem(item)
        self.about = QTextBrowser()
        self.about.setAccessibleDescription("About the programme")
        self.list.currentRowChanged.connect(self._show)
        self.list.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox()
        follow = buttons.addButton("Follow it from today", QDialogButtonBox.ButtonRole.AcceptRole)
        follow.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.list, 2)
        body.addWidget(self.about, 3)
        layout = QVBoxLayout(self)
        if note:
            label = QLabel(note)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.resize(760, 460)
        first = next((i for i, e in enumerate(self.entries) if e.usable), 0)
        self.list.setCurrentRow(first)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            self.about.setHtml(describe(self.entries[row]))

    def chosen(self) -> int:
        row = self.list.currentRow()
        return row if 0 <= row < len(self.entries) and self.entries[row].usable else -1

    @classmethod
    def ask(cls, entries: Sequence[ProgrammeEntry], note: str, parent: QWidget | None = None) -> int:
        """The index of the programme chosen in ``entries``; -1 when cancelled."""
        dialog = cls(entries, note, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if parent is not None:
            parent.window().activateWindow()
        return dialog.chosen() if accepted else -1
