"""统计: the ledger's numbers for a period — key figures and charts — and a PNG of them for reports.

The figures are the core's ``statistics`` over the entries accepted in the period, computed on the
reader thread (it reads every entry of the period, which takes a moment on a big ledger); the page
stays usable meanwhile and shows "Counting…". "Export charts…" saves the figures and charts exactly
as shown, as one PNG picture an officer can paste into a report.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services import Changes
from ui import ui_state
from ui.context import AppContext
from ui.dialogs.ledger_files import LedgerFiles
from ui.dialogs.messages import Messages
from ui.i18n import fill
from ui.pages import statistics_charts as charts
from ui.pages.base import Page
from ui.pages.dashboard import StatCard

STATE = "statistics"
PRESETS = ("year", "quarter", "month", "last_year", "all", "custom")


def percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


def period(preset: str, today: date) -> tuple[date | None, date | None]:
    """The dates a preset stands for; (None, None) is all time."""
    if preset == "year":
        return date(today.year, 1, 1), today
    if preset == "quarter":
        return today - timedelta(days=90), today
    if preset == "month":
        return today.replace(day=1), today
    if preset == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    return None, None


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class StatisticsPage(Page):
    tables = ("ledger_entries", "ledger_events", "enterprises")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data: dict[str, Any] | None = None
        self._generation = 0
        self.preset = QComboBox()
        for key, text in zip(
            PRESETS,
            (
                self.tr("This year"),
                self.tr("Last 90 days"),
                self.tr("This month"),
                self.tr("Last year"),
                self.tr("All time"),
                self.tr("Custom"),
            ),
            strict=True,
        ):
            self.preset.addItem(text, key)
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.status_label = QLabel()
        self.status_label.setObjectName("countLabel")
        self.export_button = QPushButton(self.tr("Export charts…"))
        self.export_button.setToolTip(self.tr("Save the figures and charts as a PNG picture"))
        self.export_button.clicked.connect(self.export_png)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Accepted in:")))
        bar.addWidget(self.preset)
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.date_to)
        bar.addWidget(self.status_label)
        bar.addStretch(1)
        bar.addWidget(self.export_button)

        self.report = QWidget()
        self.report.setObjectName("statisticsReport")
        self.report.setAutoFillBackground(True)
        self.period_label = QLabel()
        self.period_label.setObjectName("sectionCaption")
        self.tiles = self._build_tiles()
        self.charts_grid = QGridLayout()
        self.charts_grid.setHorizontalSpacing(12)
        self.charts_grid.setVerticalSpacing(12)
        self.charts_grid.setColumnStretch(0, 1)
        self.charts_grid.setColumnStretch(1, 1)
        report_layout = QVBoxLayout(self.report)
        report_layout.setContentsMargins(8, 8, 8, 8)
        report_layout.addWidget(self.period_label)
        report_layout.addLayout(self._tile_rows())
        report_layout.addLayout(self.charts_grid)
        report_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.report)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        self._restore()
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.date_from.dateChanged.connect(self._dates_edited)
        self.date_to.dateChanged.connect(self._dates_edited)

    def _build_tiles(self) -> dict[str, StatCard]:
        return {
            "total": StatCard(self.tr("Entries")),
            "open": StatCard(self.tr("Not closed")),
            "overdue": StatCard(self.tr("Overdue")),
            "avg": StatCard(self.tr("Average time to close")),
            "median": StatCard(self.tr("Median time to close")),
            "on_time": StatCard(self.tr("Closed on time")),
            "satisfaction": StatCard(self.tr("Satisfied")),
            "escalated": StatCard(self.tr("Escalated")),
        }

    def _tile_rows(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(10)
        for i, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, i // 4, i % 4)
        for column in range(4):
            grid.setColumnStretch(column, 1)
        return grid

    # -- the period -----------------------------------------------------------------------------------

    def _restore(self) -> None:
        preset = str(ui_state.load(f"{STATE}/preset", "year"))
        index = self.preset.findData(preset if preset in PRESETS else "year")
        self.preset.setCurrentIndex(index)
        if preset == "custom":
            start = QDate.fromString(str(ui_state.load(f"{STATE}/from", "")), "yyyy-MM-dd")
            end = QDate.fromString(str(ui_state.load(f"{STATE}/to", "")), "yyyy-MM-dd")
            if start.isValid() and end.isValid():
                self.date_from.setDate(start)
                self.date_to.setDate(end)
                return
        self._show_preset_dates()

    def save_state(self) -> None:
        ui_state.save(
            **{
                f"{STATE}/preset": self.preset.currentData(),
                f"{STATE}/from": self.date_from.date().toString("yyyy-MM-dd"),
                f"{STATE}/to": self.date_to.date().toString("yyyy-MM-dd"),
            }
        )

    def _show_preset_dates(self) -> None:
        start, end = period(str(self.preset.currentData()), date.today())
        for edit, day in ((self.date_from, start), (self.date_to, end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day or date.today()))
            edit.setEnabled(day is not None)
            edit.blockSignals(False)
        if self.preset.currentData() == "custom":
            self.date_from.setEnabled(True)
            self.date_to.setEnabled(True)

    def _preset_chosen(self) -> None:
        if self.preset.currentData() != "custom":
            self._show_preset_dates()
        else:
            self.date_from.setEnabled(True)
            self.date_to.setEnabled(True)
        self.refresh()

    def _dates_edited(self) -> None:
        if self.preset.currentData() != "custom":
            self.preset.blockSignals(True)
            self.preset.setCurrentIndex(self.preset.findData("custom"))
            self.preset.blockSignals(False)
        self.refresh()

    def range(self) -> tuple[str | None, str | None]:
        if self.preset.currentData() == "all":
            return None, None
        return self.date_from.date().toString("yyyy-MM-dd"), self.date_to.date().toString("yyyy-MM-dd")

    # -- loading --------------------------------------------------------------------------------------

    def apply_changes(self, changes: Changes) -> None:
        self.refresh()

    def refresh(self) -> None:
        super().refresh()
        self._generation += 1
        generation = self._generation
        start, end = self.range()
        self.status_label.setText(self.tr("Counting…"))
        self.ctx.reader.submit(
            lambda services: services.statistics(date_from=start, date_to=end),
            lambda data: self._show(generation, data),
            owner=self,
        )

    def _show(self, generation: int, data: dict[str, Any]) -> None:
        if generation != self._generation:
            return  # a newer period was asked for meanwhile
        self.data = data
        start, end = self.range()
        if start is None:
            self.period_label.setText(self.tr("Problem ledger statistics — all time"))
        else:
            self.period_label.setText(
                fill(self.tr("Problem ledger statistics — accepted %1 to %2"), start, end)
            )
        self.status_label.setText(self.tr("%n entries", "", data["total"]))
        self._show_tiles(data)
        self._show_charts(data)

    def _show_tiles(self, data: dict[str, Any]) -> None:
        tiles = self.tiles
        tiles["total"].value.setText(str(data["total"]))
        tiles["open"].value.setText(str(data["open"]))
        tiles["overdue"].value.setText(str(data["overdue"]))
        tiles["avg"].value.setText(data["avg_resolution_text"] or "—")
        tiles["median"].value.setText(data["median_resolution_text"] or "—")
        tiles["on_time"].value.setText(percent(data["on_time_rate"]))
        tiles["satisfaction"].value.setText(percent(data["satisfaction_rate"]))
        tiles["escalated"].value.setText(str(data["escalated"]))
        tiles["overdue"].value.setStyleSheet("color: #c62828;" if data["overdue"] else "")

    def _show_charts(self, data: dict[str, Any]) -> None:
        while self.charts_grid.count():
            item = self.charts_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        views = [
            charts.status_chart(self.tr("By status"), data["by_status"]),
            charts.matter_type_chart(self.tr("By matter type"), data["by_matter_type"]),
            charts.scenario_chart(self.tr("By problem scenario"), data["by_scenario"]),
            charts.district_chart(self.tr("By district"), data["by_district"]),
            charts.month_chart(self.tr("Accepted per month"), data["by_month"]),
            charts.department_chart(self.tr("Departments with the most entries"), data["by_department"]),
        ]
        for i, view in enumerate(views):
            self.charts_grid.addWidget(view, i // 2, i % 2)
        self.chart_views = views

    # -- export ---------------------------------------------------------------------------------------

    def report_image(self) -> QPixmap:
        """The figures and all charts at their full size, whatever part the scroll area shows.

        The layout is settled first: right after new figures arrive, the new charts may not have been
        given their size yet (that waits for the event loop).
        """
        layout = self.report.layout()
        if layout is not None:
            layout.activate()
        self.report.resize(self.report.size().expandedTo(self.report.sizeHint()))
        return self.report.grab()

    def export_png(self) -> None:
        suggested = fill(self.tr("Ledger statistics %1.png"), date.today().isoformat())
        path = LedgerFiles.save_image(self, suggested)
        if path is None:
            return
        if self.report_image().save(str(path), "PNG"):
            Messages.info(self, fill(self.tr("The charts were saved to %1."), str(path)))
        else:
            Messages.error(self, fill(self.tr("The picture could not be written to %1."), str(path)))
