"""The history screen: a calendar of days trained, the week against the target, two charts, every session.

It lays out what it is given (an :class:`~backcoach.core.history_stats.Overview` and the records) and asks
for what its buttons and keys ask for (delete, undo, export, one session's details, back to the library);
the main window answers, with the questions before deleting. Two tabs keep it readable at 800×600:
*Overview* (calendar, figures, charts) and *Sessions* (the list, and the chosen session step by step).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from html import escape

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.display import clock_text
from ..core.durations import format_seconds
from ..core.history_records import FEELING_TEXT, STATUS_TEXT, SessionRecord
from ..core.history_stats import TARGET_SOURCE, Overview, since_text, week_verdict
from ..core.wording import plural
from . import accessibility
from .history_charts import ON, MinutesChart, TrendChart, is_dark
from .summary_view import rests_text, sets_text, time_text

Index = QModelIndex | QPersistentModelIndex
UID_ROLE = Qt.ItemDataRole.UserRole + 1
RANGES = (("Last 12 weeks", 12), ("Last 6 months", 26), ("Last year", 52), ("Everything", None))
TRAINED_BACKGROUND = ON  # the calendar marks a day trained with the "on target" green, white text


class SessionTableModel(QAbstractTableModel):
    """The sessions, newest first."""

    HEADERS = ("When", "Routine", "How it ended", "Time", "Sets done", "How hard", "Pain")

    def __init__(self) -> None:
        super().__init__()
        self.records: list[SessionRecord] = []

    def set_records(self, records: Sequence[SessionRecord]) -> None:
        self.beginResetModel()
        self.records = sorted(records, key=lambda r: r.started, reverse=True)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        record = self.records[index.row()]
        if role == UID_ROLE:
            return record.uid
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(record, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 1:
                return f"{record.routine_title}\n{record.routine_id}"
            if index.column() == 6:
                return "Back pain before → after the session, 0 none to 10 worst"
            if index.column() == 3:
                return f"{time_text(record)} by the clock"
        return None

    @staticmethod
    def text(record: SessionRecord, column: int) -> str:
        answers = record.answers
        if column == 0:
            return record.started.strftime("%d %b %Y, %H:%M")
        if column == 1:
            return record.routine_title + (f" ({record.level})" if record.level else "")
        if column == 2:
            return STATUS_TEXT[record.status]
        if column == 3:
            return minutes_text(record.elapsed)
        if column == 4:
            return f"{record.tally.done} of {record.tally.sets_planned}"
        if column == 5:
            return FEELING_TEXT[answers.feeling] if answers.feeling else ""
        if answers.pain_before is None and answers.pain_after is None:
            return ""
        return " → ".join("–" if pain is None else str(pain) for pain in (answers.pain_before, answers.pain_after))

    def row_of(self, uid: str) -> int:
        return next((row for row, record in enumerate(self.records) if record.uid == uid), -1)


def minutes_text(seconds: float) -> str:
    """A length of time to the minute (``17 min``, ``3 h 21 min``); under a minute in seconds."""
    return format_seconds(round(seconds) if seconds < 60 else round(seconds / 60) * 60)


def details_html(record: SessionRecord) -> str:
    """One session, step by step, for the details pane."""
    answers = record.answers
    rows = [
        ("When", record.started.strftime("%A %d %B %Y, %H:%M")), ("How it ended", STATUS_TEXT[record.status]),
        ("Time taken", time_text(record)), ("Exercising", clock_text(round(record.active))),
        ("Sets", sets_text(record)), ("Rests and get-readies", rests_text(record)),
        ("How hard", FEELING_TEXT[answers.feeling] if answers.feeling else "not answered"),
        ("Back pain before", "not asked" if answers.pain_before is None else str(answers.pain_before)),
        ("Back pain after", "not answered" if answers.pain_after is None else str(answers.pain_after)),
    ]
    parts = [f"<h3>{escape(record.routine_title)}{escape(f' · {record.level}' if record.level else '')}</h3>",
             "<table cellspacing='2'>"]
    parts += [f"<tr><td><i>{escape(name)}</i>&nbsp;</td><td>{escape(value)}</td></tr>" for name, value in rows]
    parts.append("</table>")
    if record.steps:
        parts.append("<p><b>Step by step</b></p><table cellspacing='2'><tr><th align='left'>Step</th>"
                     "<th align='right'>planned</th><th align='right'>ran</th><th align='left'>&nbsp;how</th></tr>")
        for log in record.steps:
            what = log.exercise if log.kind.value == "work" else f"{log.kind.value}: {log.exercise}"
            if log.kind.value == "work" and log.sets > 1:
                what += f", set {log.set} of {log.sets}"
            if log.side:
                what += f" ({log.side})"
            planned = "Done" if log.planned is None else f"{log.planned} s"
            extended = f" (+{log.extended} s)" if log.extended else ""
            parts.append(f"<tr><td>{escape(what)}</td><td align='right'>{planned}</td><td align='right'>"
                         f"{round(log.seconds)} s</td><td>&nbsp;{log.ending.value}{extended}</td></tr>")
        parts.append("</table>")
    return "".join(parts)


class HistoryView(QWidget):
    libraryRequested = Signal()
    exportRequested = Signal()
    rangeChanged = Signal()
    detailsRequested = Signal(str)  # uid
    deleteRequested = Signal(list)  # uids
    deleteAllRequested = Signal()
    undoRequested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("HistoryView")
        self.setAccessibleName("History")
        accessibility.install()  # the range box named by what it is
        self.overview: Overview | None = None

        title = QLabel("Your history")
        title.setObjectName("title")
        font = title.font()
        font.setPointSizeF((font.pointSizeF() if font.pointSizeF() > 0 else 10) * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.range_box = QComboBox()
        self.range_box.setAccessibleName("Weeks shown")
        self.range_box.setToolTip("How many weeks the charts show")
        for text, weeks in RANGES:
            self.range_box.addItem(text, weeks)
        self.range_box.setCurrentIndex(1)
        self.range_box.currentIndexChanged.connect(lambda _i: self.rangeChanged.emit())
        self.export_button = self._button("Export…", "Save the history as CSV or JSON", self.exportRequested.emit)
        self.library_button = self._button("Back to the library", "Back to the routines (Esc)",
                                           self.libraryRequested.emit)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.range_box)
        top.addWidget(self.export_button)
        top.addWidget(self.library_button)

        # -- overview
        self.calendar = QCalendarWidget()
        self.calendar.setAccessibleName("Days trained")
        self.calendar.setToolTip("Days with a session in which at least one set was done; click one for its sessions")
        self.calendar.setGridVisible(False)
        self.calendar.setMinimumSize(230, 170)
        self.calendar.setMaximumHeight(340)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self._mark_days())
        self.calendar.clicked.connect(self._day_clicked)
        self.figures = QLabel()
        self.figures.setObjectName("figures")
        self.figures.setAccessibleDescription("This week, streak and totals")
        self.figures.setWordWrap(True)
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.figures.installEventFilter(self)  # its wrapped lines keep their height when the column narrows
        self.minutes_chart = MinutesChart()
        self.trend_chart = TrendChart()
        self.empty = QLabel("No sessions yet. A session is kept here from the moment you press Space to start it.")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        left = QVBoxLayout()
        left.addWidget(self.calendar, 1)
        left.addWidget(self.figures)
        left_widget = QWidget()
        left_widget.setLayout(left)
        left.setContentsMargins(0, 0, 0, 0)
        charts = QSplitter(Qt.Orientation.Vertical)
        charts.setChildrenCollapsible(False)
        charts.addWidget(self.minutes_chart)
        charts.addWidget(self.trend_chart)
        self.overview_split = QSplitter()
        self.overview_split.setChildrenCollapsible(False)
        self.overview_split.addWidget(left_widget)
        self.overview_split.addWidget(charts)
        self.overview_split.setStretchFactor(1, 1)
        self.overview_split.setSizes([250, 750])  # a quarter for the calendar and figures, the rest for the charts
        left_widget.setMaximumWidth(380)
        overview_page = QWidget()
        overview_layout = QVBoxLayout(overview_page)
        overview_layout.addWidget(self.empty)
        overview_layout.addWidget(self.overview_split, 1)

        # -- sessions
        self.model = SessionTableModel()
        self.table = QTableView()
        self.table.setAccessibleName("Sessions")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(50)  # columns sized to the first rows: years of sessions open at once
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.details = QTextBrowser()
        self.details.setAccessibleName("Session details")
        self.delete_button = self._button("Delete session…", "Delete the chosen session (Delete); you can undo it",
                                          self._delete_current)
        self.delete_all_button = self._button("Delete all history…", "Delete every session; you can undo it",
                                              self.deleteAllRequested.emit)
        self.undo_button = self._button("Undo delete", "Put back what was just deleted (Ctrl+Z)",
                                        self.undoRequested.emit)
        self.undo_button.setEnabled(False)
        actions = QHBoxLayout()
        actions.addWidget(self.delete_button)
        actions.addWidget(self.delete_all_button)
        actions.addStretch(1)
        actions.addWidget(self.undo_button)
        sessions_split = QSplitter(Qt.Orientation.Vertical)
        sessions_split.setChildrenCollapsible(False)
        sessions_split.addWidget(self.table)
        sessions_split.addWidget(self.details)
        sessions_split.setSizes([300, 200])
        sessions_page = QWidget()
        sessions_layout = QVBoxLayout(sessions_page)
        sessions_layout.addWidget(sessions_split, 1)
        sessions_layout.addLayout(actions)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Overview or sessions")
        self.tabs.addTab(overview_page, "&Overview")
        self.tabs.addTab(sessions_page, "&Sessions")
        self.tabs.currentChanged.connect(lambda _index: self._ask_details())
        self.notice = QLabel()
        self.notice.setAccessibleDescription("History notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.notice)

        for keys, slot in (([QKeySequence.StandardKey.Delete], self._delete_current),
                           ([QKeySequence.StandardKey.Undo], self.undoRequested.emit),
                           ([QKeySequence(Qt.Key.Key_Escape)], self.libraryRequested.emit)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)

    def _button(self, text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.rstrip("…"))
        button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- showing ---------------------------------------------------------------------------------------

    def shown_weeks(self) -> int | None:
        weeks = self.range_box.currentData()
        return weeks if isinstance(weeks, int) else None

    def show_history(self, overview: Overview, records: Sequence[SessionRecord]) -> None:
        """Show an overview and the sessions (the current session selection is kept when it still exists)."""
        self.overview = overview
        current = self.current_uid()
        self.empty.setVisible(not records)
        self.overview_split.setVisible(bool(records))
        self.figures.setText(figures_html(overview))
        self.figures.setMinimumHeight(max(0, self.figures.heightForWidth(self.figures.width())))
        dark = is_dark(self.palette())
        self.minutes_chart.show_weeks(overview.weeks, overview.target, dark)
        self.trend_chart.show_points(overview.trend, overview.weeks[0].start, overview.today, dark)
        self.calendar.setMaximumDate(QDate(overview.today.year, overview.today.month, overview.today.day))
        self._mark_days()
        self.model.set_records(records)
        row = self.model.row_of(current) if current else -1
        if row < 0 and self.model.rowCount():
            row = 0
        self.details.clear()
        if row >= 0:
            self.table.selectRow(row)  # its details follow when the list is in view
        self.delete_button.setEnabled(bool(records))
        self.delete_all_button.setEnabled(bool(records))

    def show_details(self, record: SessionRecord | None) -> None:
        self.details.setHtml(details_html(record) if record is not None else "")

    def show_notice(self, text: str, can_undo: bool) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        self.undo_button.setEnabled(can_undo)

    def current_uid(self) -> str | None:
        index = self.table.currentIndex()
        uid = index.data(UID_ROLE) if index.isValid() else None
        return uid if isinstance(uid, str) else None

    def _mark_days(self) -> None:
        """Mark the trained days of the month shown (and the days of the months beside it that show)."""
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears every format
        if self.overview is None:
            return
        trained = QTextCharFormat()
        trained.setBackground(QBrush(QColor(TRAINED_BACKGROUND)))
        trained.setForeground(QBrush(QColor("#ffffff")))
        trained.setFontWeight(700)
        first = date(self.calendar.yearShown(), self.calendar.monthShown(), 1)
        for offset in range(-7, 45):
            day = first + timedelta(days=offset)
            count = self.overview.days.get(day, 0)
            if count:
                trained.setToolTip(plural(count, 'session'))
                self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), trained)

    def _day_clicked(self, day: QDate) -> None:
        """A trained day: its (latest) session in the list."""
        wanted = date(day.year(), day.month(), day.day())
        for row, record in enumerate(self.model.records):
            if record.day == wanted:
                self.tabs.setCurrentIndex(1)
                self.table.selectRow(row)
                return

    def _row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._ask_details()

    def _ask_details(self) -> None:
        """The chosen session's steps are read when the list is in view (not for every opening)."""
        uid = self.current_uid()
        if uid is not None and self.tabs.currentIndex() == 1:
            self.detailsRequested.emit(uid)

    def _delete_current(self) -> None:
        uid = self.current_uid()
        if uid is not None and self.tabs.currentIndex() == 1:
            self.deleteRequested.emit([uid])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.figures and event.type() == QEvent.Type.Resize:
            self.figures.setMinimumHeight(max(0, self.figures.heightForWidth(self.figures.width())))
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        """A theme change (light to dark) redraws the charts in the new colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.overview is not None:
            dark = is_dark(self.palette())
            self.minutes_chart.show_weeks(self.overview.weeks, self.overview.target, dark)
            self.trend_chart.show_points(self.overview.trend, self.overview.weeks[0].start, self.overview.today, dark)


def figures_html(overview: Overview) -> str:
    """This week against the target, the streak, the weeks shown, and the totals, in words."""
    target = overview.target
    week = overview.this_week
    shown = len(overview.weeks)
    last = overview.weeks[-5:-1]
    lines = [
        f"<b>This week:</b> {week} session{'' if week == 1 else 's'} — {week_verdict(week, target)} "
        f"({target.text()} a week)",
        f"<b>Streak:</b> {overview.streak} week{'' if overview.streak == 1 else 's'} in a row with at least "
        f"{target.low} sessions",
        f"<b>Last 4 weeks:</b> {sum(w.sessions for w in last)} sessions, "
        f"{minutes_text(sum(w.minutes for w in last) * 60)}",
        f"<b>On target:</b> {overview.weeks_on_target} of the {shown} weeks shown",
        f"<b>In all:</b> {overview.sessions} sessions, {minutes_text(overview.minutes * 60)}",
    ]
    last_day = max(overview.days, default=None)
    if last_day is not None:
        lines.append(f"<b>Last trained:</b> {since_text(last_day, overview.today)}")
    source = escape(TARGET_SOURCE)
    return ("<br>".join(lines) + f"<p style='font-size:small'>Target {target.text()} sessions a week: "
            f"{source}. Change it in Settings.</p>")
