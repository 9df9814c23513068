"""The statistics charts, drawn with Qt Charts.

Why Qt Charts: it ships in PySide6-Addons, which the program already depends on, so it adds no
dependency and no second rendering stack — the charts are painted by the same Qt that paints the rest
of the window, identically offscreen (tests, grabbing a PNG) and in the desktop bundle, with the same
Chinese fonts. A plotting library such as matplotlib would add tens of megabytes, its own font
configuration for Chinese, and an image round-trip for every redraw.

Each function takes the counts the core's ``statistics`` returned and gives a ready chart view.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

CHART_HEIGHT = 280
BAR_COLOUR = "#2f6db5"
LINE_COLOUR = "#b3261e"
PIE_COLOURS = ("#2f6db5", "#e0913a", "#3f9a5b", "#b3261e", "#7a5ea8", "#5f6b7a", "#c9a227")
TOP_DEPARTMENTS = 10


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setPointSizeF(font.pointSizeF() + 1)
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)  # grabbed at once, never half-drawn
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    chart.legend().setVisible(False)
    return chart


def _view(chart: QChart) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(CHART_HEIGHT)
    return view


def _value_axis(maximum: int) -> QValueAxis:
    """Counts from 0 with round tick values, and room above the highest bar for its label."""
    axis = QValueAxis()
    top = max(4, maximum + max(1, maximum // 8))
    axis.setRange(0, top)
    axis.setTickCount(5)
    axis.applyNiceNumbers()
    axis.setLabelFormat("%d")
    return axis


def _label_angle(names: list[str], per_label: int) -> int:
    """Upright labels while they fit beside each other (Chinese names elide when turned)."""
    return 0 if len(names) <= per_label else -90


def _bars(title: str, counts: Mapping[str, int], *, horizontal: bool = False) -> QChartView:
    chart = _chart(title)
    names = list(counts)
    values = [int(counts[n]) for n in names]
    if horizontal:  # Qt draws the first category at the bottom; the largest belongs on top
        names.reverse()
        values.reverse()
    bar_set = QBarSet(title)
    bar_set.append(values)
    bar_set.setColor(QColor(BAR_COLOUR))
    bar_set.setLabelColor(QColor("#1f3a60"))
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    series.append(bar_set)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setBarWidth(0.6)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append(names or [""])
    if not horizontal:
        categories.setLabelsAngle(_label_angle(names, 12))
    values_axis = _value_axis(max(values, default=0))
    category_side = Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
    value_side = Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
    chart.addAxis(categories, category_side)
    chart.addAxis(values_axis, value_side)
    series.attachAxis(categories)
    series.attachAxis(values_axis)
    view = _view(chart)
    if horizontal:
        view.setMinimumHeight(max(CHART_HEIGHT, 60 + 26 * len(names)))
    return view


def status_chart(title: str, counts: Mapping[str, int]) -> QChartView:
    return _bars(title, counts)


def district_chart(title: str, counts: Mapping[str, int]) -> QChartView:
    """Lying bars: eleven district names do not fit upright under half a window's width."""
    return _bars(title, counts, horizontal=True)


def scenario_chart(title: str, counts: Mapping[str, int]) -> QChartView:
    return _bars(title, counts, horizontal=True)


def department_chart(title: str, counts: Mapping[str, int], *, unnamed: str = "（未填）") -> QChartView:
    """The departments with the most entries; entries not yet dispatched (no department) are left out."""
    named = [(name, count) for name, count in counts.items() if name and name != unnamed]
    top = dict(sorted(named, key=lambda kv: -kv[1])[:TOP_DEPARTMENTS])
    return _bars(title, top, horizontal=True)


def month_label(month: str, one_year: bool) -> str:
    """``2026-03`` as 3月 within one year, else 26-03 (short enough to stand upright)."""
    year, _, number = month.partition("-")
    return f"{int(number)}月" if one_year and number.isdigit() else f"{year[2:]}-{number}"


def matter_type_chart(title: str, counts: Mapping[str, int]) -> QChartView:
    chart = _chart(title)
    series = QPieSeries()
    total = sum(counts.values())
    for i, (name, count) in enumerate(counts.items()):
        share = count / total * 100 if total else 0
        pie_slice = series.append(f"{name} {count}（{share:.0f}%）", count)
        pie_slice.setColor(QColor(PIE_COLOURS[i % len(PIE_COLOURS)]))
        pie_slice.setLabelVisible(True)
        pie_slice.setBorderColor(QColor("white"))
    series.setPieSize(0.62)
    chart.addSeries(series)
    return _view(chart)


def month_chart(title: str, counts: Mapping[str, int]) -> QChartView:
    chart = _chart(title)
    months = list(counts)
    series = QLineSeries()
    for i, month in enumerate(months):
        series.append(i, int(counts[month]))
    pen = QPen(QColor(LINE_COLOUR))
    pen.setWidth(2)
    series.setPen(pen)
    series.setPointsVisible(True)
    series.setPointLabelsVisible(True)
    series.setPointLabelsFormat("@yPoint")
    series.setPointLabelsClipping(False)
    chart.addSeries(series)
    one_year = len({m[:4] for m in months}) == 1
    labels = [month_label(m, one_year) for m in months]
    categories = QBarCategoryAxis()
    categories.append(labels or [""])
    categories.setLabelsAngle(_label_angle(labels, 16))
    values_axis = _value_axis(max(counts.values(), default=0))
    chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(values_axis)
    return _view(chart)
