"""The history's two charts, drawn by Qt Charts: minutes per week against the target, and pain and effort.

Each chart only draws what the core worked out (:class:`~backcoach.core.history_stats.Week`,
:class:`~backcoach.core.history_stats.TrendPoint`). Colours say the same in light and dark themes: a week
below the target grey, on target green, above it amber; pain red, pain before orange, effort blue.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from PySide6.QtCharts import (
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from ..core.history_records import FEELING_TEXT, Feeling
from ..core.history_stats import TrendPoint, Week, WeekTarget

BELOW, ON, ABOVE = "#9ca3af", "#16a34a", "#d97706"
PAIN_AFTER, PAIN_BEFORE, EFFORT = "#dc2626", "#f59e0b", "#3b82f6"
FEELING_VALUE = {Feeling.TOO_EASY: 1, Feeling.ABOUT_RIGHT: 2, Feeling.TOO_HARD: 3}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def week_label(start: date, spans_years: bool) -> str:
    return f"{start:%b} {start.year}" if spans_years else f"{start.day} {start:%b}"


def _label_every(count: int, most: int = 6) -> int:
    """Label every nth week so that at most ``most`` labels show (room for each at 800×600)."""
    for step in (1, 2, 4, 6, 8, 13, 26, 52):
        if math.ceil(count / step) <= most:
            return step
    return 52 * math.ceil(count / (52 * most))


class _Chart(QChartView):
    def __init__(self, title: str, accessible: str, parent: QWidget | None = None) -> None:
        self._chart = QChart()
        super().__init__(self._chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(accessible)
        self.setMinimumHeight(180)
        self._chart.setTitle(title)
        self._chart.setMargins(QMargins(4, 4, 4, 4))
        self._chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self._chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)

    def _reset(self, dark: bool) -> QChart:
        chart = self._chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        theme = QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
        if chart.theme() != theme:
            chart.setTheme(theme)
        chart.setBackgroundBrush(self.palette().color(QPalette.ColorRole.Base))
        chart.setTitleBrush(self.palette().color(QPalette.ColorRole.Text))
        title_font = QFont(self.font())
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        chart.legend().setLabelColor(self.palette().color(QPalette.ColorRole.Text))
        return chart

    def _style_axis(self, axis: QValueAxis | QCategoryAxis | QDateTimeAxis) -> None:
        text = self.palette().color(QPalette.ColorRole.Text)
        axis.setLabelsColor(text)
        axis.setLabelsFont(self.font())
        grid = QColor(text)
        grid.setAlpha(40)
        axis.setGridLineColor(grid)


class MinutesChart(_Chart):
    """Minutes per week as bars, coloured by how the week's sessions compare with the target."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Minutes per week", "Minutes per week, coloured by sessions against the target", parent)
        self.weeks: list[Week] = []

    def show_weeks(self, weeks: Sequence[Week], target: WeekTarget, dark: bool) -> None:
        self.weeks = list(weeks)
        chart = self._reset(dark)
        sets = {  # the legend is short: it must fit beside the chart at 800×600
            "below": QBarSet(f"under {target.low} sessions"),
            "on": QBarSet(f"{target.text()} (target)"),
            "above": QBarSet(f"over {target.high}"),
        }
        for key, colour in (("below", BELOW), ("on", ON), ("above", ABOVE)):
            sets[key].setColor(QColor(colour))
            sets[key].setBorderColor(QColor(colour))
        for week in weeks:
            key = "below" if week.sessions < target.low else "above" if week.sessions > target.high else "on"
            for name, bar in sets.items():
                bar.append(round(week.minutes) if name == key else 0)
        series = QStackedBarSeries()
        series.setBarWidth(0.8)
        for bar in sets.values():
            series.append(bar)
        chart.addSeries(series)
        x = QCategoryAxis()
        x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        x.setRange(-0.5, len(weeks) - 0.5)
        spans_years = bool(weeks) and weeks[0].start.year != weeks[-1].start.year and len(weeks) > 26
        step = _label_every(len(weeks))
        labelled = sorted(range(len(weeks) - 1, -1, -step))  # this week always labelled; the axis wants them in order
        for index in labelled:
            x.append(week_label(weeks[index].start, spans_years), index)
        x.setGridLineVisible(False)
        y = QValueAxis()
        most = max((week.minutes for week in weeks), default=0)
        y.setRange(0, max(30, math.ceil(most / 30) * 30))
        y.setLabelFormat("%d")
        y.setTickCount(4)
        y.setTitleText("min")
        y.setTitleBrush(self.palette().color(QPalette.ColorRole.Text))
        for axis, side in ((x, Qt.AlignmentFlag.AlignBottom), (y, Qt.AlignmentFlag.AlignLeft)):
            self._style_axis(axis)
            chart.addAxis(axis, side)
            series.attachAxis(axis)


class TrendChart(_Chart):
    """Back pain after (and before) each session on 0-10, and how hard it felt on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Back pain and how hard it felt", "Back pain and effort over time", parent)
        self.points: list[TrendPoint] = []

    def show_points(self, points: Sequence[TrendPoint], start: date, end: date, dark: bool) -> None:
        self.points = list(points)
        chart = self._reset(dark)
        after, before = QLineSeries(), QLineSeries()
        after.setName("pain after")
        before.setName("pain before")
        effort = QScatterSeries()
        effort.setName("how hard (right)")
        for line, colour, width in ((after, PAIN_AFTER, 2.5), (before, PAIN_BEFORE, 1.5)):
            pen = QPen(QColor(colour))
            pen.setWidthF(width)
            if line is before:
                pen.setStyle(Qt.PenStyle.DashLine)
            line.setPen(pen)
            line.setPointsVisible(len(points) <= 60)
        effort.setColor(QColor(EFFORT))
        effort.setBorderColor(QColor(EFFORT))
        effort.setMarkerSize(10)
        effort.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeTriangle)  # not a point of the pain lines
        for point in points:
            moment = point.when.timestamp() * 1000  # the axis shows it in the computer's time zone
            if point.pain_after is not None:
                after.append(moment, point.pain_after)
            if point.pain_before is not None:
                before.append(moment, point.pain_before)
            if point.feeling is not None:
                effort.append(moment, FEELING_VALUE[point.feeling])
        x = QDateTimeAxis()
        x.setRange(QDateTime.fromMSecsSinceEpoch(round(datetime.combine(start, time()).timestamp() * 1000)),
                   QDateTime.fromMSecsSinceEpoch(round(datetime.combine(end + timedelta(days=1), time()).timestamp()
                                                       * 1000)))
        x.setFormat("d MMM" if (end - start).days <= 200 else "MMM yyyy")
        x.setTickCount(5)
        pain = QValueAxis()
        pain.setRange(0, 10)
        pain.setTickCount(6)
        pain.setLabelFormat("%d")
        pain.setTitleText("pain 0-10")
        pain.setTitleBrush(self.palette().color(QPalette.ColorRole.Text))
        hard = QCategoryAxis()
        hard.setRange(0.5, 3.5)
        hard.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for feeling, value in FEELING_VALUE.items():
            hard.append(FEELING_TEXT[feeling].lower(), value)
        hard.setGridLineVisible(False)
        for axis in (x, pain, hard):
            self._style_axis(axis)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(pain, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(hard, Qt.AlignmentFlag.AlignRight)
        pairs: tuple[tuple[QLineSeries | QScatterSeries, QValueAxis], ...] = (
            (after, pain), (before, pain), (effort, hard))
        for series, y in pairs:
            chart.addSeries(series)
            series.attachAxis(x)
            series.attachAxis(y)
        if not before.count():
            chart.legend().markers(before)[0].setVisible(False)
