"""工作台: how much is recorded, the latest visits, and follow-ups that are due or overdue."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.dashboard_data import DUE_WINDOW_DAYS, DashboardData, read_dashboard
from ui.i18n import fill
from ui.models.lazy_table import ID_ROLE
from ui.models.visit_summary import VisitSummaryModel, summary_columns
from ui.pages.base import Page
from ui.pages.enterprise_detail import make_summary_view


class StatCard(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statCard")
        self.value = QLabel("—")
        self.value.setObjectName("statValue")
        label = QLabel(caption)
        label.setObjectName("statCaption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addWidget(label)
        layout.addWidget(self.value)


class DashboardPage(Page):
    tables = ("enterprises", "visits")
    loaded = Signal()
    new_enterprise = Signal()
    new_visit = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data: DashboardData | None = None
        self.enterprise_card = StatCard(self.tr("Enterprises on record"))
        self.visit_card = StatCard(self.tr("Visits recorded"))
        self.due_card = StatCard(self.tr("Follow-ups due"))
        new_visit = QPushButton(self.tr("New visit"))
        new_visit.setObjectName("primaryButton")
        new_visit.clicked.connect(lambda: self.new_visit.emit())
        new_enterprise = QPushButton(self.tr("New enterprise"))
        new_enterprise.clicked.connect(lambda: self.new_enterprise.emit())
        cards = QHBoxLayout()
        for card in (self.enterprise_card, self.visit_card, self.due_card):
            cards.addWidget(card)
        cards.addStretch(1)
        buttons = QVBoxLayout()
        buttons.addWidget(new_visit)
        buttons.addWidget(new_enterprise)
        buttons.addStretch(1)
        cards.addLayout(buttons)

        self.recent_model = VisitSummaryModel(summary_columns(), self)
        self.recent_view = make_summary_view(self.recent_model, stretch="enterprise")
        self.due_model = VisitSummaryModel(summary_columns(with_follow_up=True), self, urgent=self._overdue)
        self.due_view = make_summary_view(self.due_model, stretch="enterprise")
        for view, widths in (
            (self.recent_view, (130, 220, 90, 120)),
            (self.due_view, (95, 130, 200, 90, 120)),
        ):
            view.activated.connect(self._activated)
            for i, width in enumerate(widths):
                view.horizontalHeader().resizeSection(i, width)
        self.recent_caption = QLabel(self.tr("Recent visits"))
        self.due_caption = QLabel()
        for caption in (self.recent_caption, self.due_caption):
            caption.setObjectName("sectionCaption")

        lists = QGridLayout()
        lists.setHorizontalSpacing(16)
        lists.addWidget(self.recent_caption, 0, 0)
        lists.addWidget(self.due_caption, 0, 1)
        lists.addWidget(self.recent_view, 1, 0)
        lists.addWidget(self.due_view, 1, 1)
        lists.setColumnStretch(0, 1)
        lists.setColumnStretch(1, 1)
        hint = QLabel(self.tr("Double-click a visit to open it."))
        hint.setObjectName("emptyHint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 10)
        layout.addLayout(cards)
        layout.addSpacing(8)
        layout.addLayout(lists, 1)
        layout.addWidget(hint)

    def _overdue(self, row: dict) -> bool:
        return self.data is not None and row["follow_up_on"] < self.data.today.isoformat()

    def refresh(self) -> None:
        super().refresh()
        self.ctx.reader.submit(read_dashboard, self._show, owner=self)

    def _show(self, data: DashboardData) -> None:
        self.data = data
        self.enterprise_card.value.setText(str(data.enterprises))
        self.visit_card.value.setText(str(data.visits))
        self.due_card.value.setText(str(data.due_total))
        self.recent_model.set_rows(data.recent)
        self.due_model.set_rows(data.due)
        caption = fill(self.tr("Follow-ups overdue or due within %1 days"), str(DUE_WINDOW_DAYS))
        if data.due_total > len(data.due):
            caption += fill(self.tr(" (latest %1 of %2)"), str(len(data.due)), str(data.due_total))
        self.due_caption.setText(caption)
        self.loaded.emit()

    def _activated(self, index: QModelIndex) -> None:
        visit_id = index.data(ID_ROLE)
        if visit_id:
            self.open_visit.emit(str(visit_id))

    def new_record(self) -> None:
        self.new_visit.emit()
