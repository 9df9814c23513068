"""工作台: first what is urgent, then the registers.

Urgent comes first because that is what an officer opens the program for in the morning: ledger
entries overdue or due within three days (counted in tiles and listed, most urgent first), the
officer's own open entries (我的待办), and letters whose reply is overdue. Below them: recent visits
and follow-ups. Everything is read in one go on the reader thread; a row opens its record.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import ui_state
from ui.context import AppContext
from ui.dashboard_data import DUE_WINDOW_DAYS, SOON_DAYS, DashboardData, read_dashboard
from ui.i18n import fill
from ui.models.lazy_table import ID_ROLE
from ui.models.ledger_summary import SummaryModel, entry_columns, letter_columns
from ui.models.ledger_text import OVERDUE_COLOUR, SOON_COLOUR
from ui.models.visit_summary import VisitSummaryModel, summary_columns
from ui.pages.base import Page
from ui.pages.enterprise_detail import make_summary_view

STATE = "dashboard"


class StatCard(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statCard")
        self.value = QLabel("—")
        self.value.setObjectName("statValue")
        self.caption = QLabel(caption)
        self.caption.setObjectName("statCaption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        # Seven cards share the row with two buttons: narrower than the style's default card.
        self.setStyleSheet("QFrame#statCard { min-width: 112px; }")

    def set_count(self, count: int, colour: str = "") -> None:
        self.value.setText(str(count))
        self.value.setStyleSheet(f"color: {colour};" if colour and count else "")


def entry_view(model: SummaryModel, widths: tuple[int, ...]) -> QTableView:
    """A short list whose widths the officer may change (kept between runs); the summary stretches."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)
    header.setStretchLastSection(False)
    for i, width in enumerate(widths):
        header.resizeSection(i, width)
    keys = model.column_keys()
    stretch = "summary" if "summary" in keys else "title"
    header.setSectionResizeMode(keys.index(stretch), QHeaderView.ResizeMode.Stretch)
    return view


def caption(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionCaption")
    return label


class DashboardPage(Page):
    tables = ("enterprises", "visits", "ledger_entries", "ledger_events", "letters", "settings")
    loaded = Signal()
    new_enterprise = Signal()
    new_visit = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data: DashboardData | None = None
        self.overdue_card = StatCard(self.tr("Overdue"))
        self.soon_card = StatCard(fill(self.tr("Due within %1 days"), SOON_DAYS))
        self.mine_card = StatCard(self.tr("My open entries"))
        self.letters_card = StatCard(self.tr("Letter replies overdue"))
        self.enterprise_card = StatCard(self.tr("Enterprises on record"))
        self.visit_card = StatCard(self.tr("Visits recorded"))
        self.due_card = StatCard(self.tr("Follow-ups due"))
        new_visit = QPushButton(self.tr("New visit"))
        new_visit.setObjectName("primaryButton")
        new_visit.clicked.connect(lambda: self.new_visit.emit())
        new_enterprise = QPushButton(self.tr("New enterprise"))
        new_enterprise.clicked.connect(lambda: self.new_enterprise.emit())
        cards = QHBoxLayout()
        for card in (self.overdue_card, self.soon_card, self.mine_card, self.letters_card):
            cards.addWidget(card)
        cards.addSpacing(14)
        for card in (self.enterprise_card, self.visit_card, self.due_card):
            cards.addWidget(card)
        cards.addStretch(1)
        buttons = QVBoxLayout()
        buttons.addWidget(new_visit)
        buttons.addWidget(new_enterprise)
        buttons.addStretch(1)
        cards.addLayout(buttons)

        self.urgent_model = SummaryModel(entry_columns(), self)
        self.urgent_view = entry_view(self.urgent_model, (86, 76, 170, 200, 110, 56))
        self.mine_model = SummaryModel(entry_columns(with_department=False), self)
        self.mine_view = entry_view(self.mine_model, (86, 70, 120, 120, 56))
        self.letters_model = SummaryModel(letter_columns(), self, tone=lambda _row: "overdue")
        self.letters_view = entry_view(self.letters_model, (86, 150, 130, 120))
        self.recent_model = VisitSummaryModel(summary_columns(), self)
        self.recent_view = make_summary_view(self.recent_model, stretch="enterprise")
        self.due_model = VisitSummaryModel(summary_columns(with_follow_up=True), self, urgent=self._overdue)
        self.due_view = make_summary_view(self.due_model, stretch="enterprise")
        for view, widths in (
            (self.recent_view, (130, 220, 90, 120)),
            (self.due_view, (95, 130, 200, 90, 120)),
        ):
            for i, width in enumerate(widths):
                view.horizontalHeader().resizeSection(i, width)
        for view in (self.urgent_view, self.mine_view):
            view.activated.connect(lambda index: self._activated(index, self.open_entry))
        self.letters_view.activated.connect(lambda index: self._activated(index, self.open_letter))
        for view in (self.recent_view, self.due_view):
            view.activated.connect(lambda index: self._activated(index, self.open_visit))
        self.urgent_caption = caption()
        self.mine_caption = caption()
        self.letters_caption = caption()
        self.recent_caption = caption(self.tr("Recent visits"))
        self.due_caption = caption()

        urgent = QGridLayout()
        urgent.setHorizontalSpacing(16)
        urgent.setVerticalSpacing(4)
        urgent.addWidget(self.urgent_caption, 0, 0)
        urgent.addWidget(self.urgent_view, 1, 0, 3, 1)
        urgent.addWidget(self.mine_caption, 0, 1)
        urgent.addWidget(self.mine_view, 1, 1)
        urgent.addWidget(self.letters_caption, 2, 1)
        urgent.addWidget(self.letters_view, 3, 1)
        urgent.setColumnStretch(0, 3)
        urgent.setColumnStretch(1, 2)
        urgent.setRowStretch(1, 3)
        urgent.setRowStretch(3, 2)
        lower = QGridLayout()
        lower.setHorizontalSpacing(16)
        lower.addWidget(self.recent_caption, 0, 0)
        lower.addWidget(self.due_caption, 0, 1)
        lower.addWidget(self.recent_view, 1, 0)
        lower.addWidget(self.due_view, 1, 1)
        lower.setColumnStretch(0, 1)
        lower.setColumnStretch(1, 1)
        hint = QLabel(self.tr("Double-click a row to open it."))
        hint.setObjectName("emptyHint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 10)
        layout.addLayout(cards)
        layout.addSpacing(6)
        layout.addLayout(urgent, 3)
        layout.addSpacing(6)
        layout.addLayout(lower, 2)
        layout.addWidget(hint)
        self._restore_columns()

    def _views(self) -> dict[str, QTableView]:
        return {"urgent": self.urgent_view, "mine": self.mine_view, "letters": self.letters_view}

    def _restore_columns(self) -> None:
        for name, view in self._views().items():
            state = ui_state.load(f"{STATE}/{name}")
            if isinstance(state, QByteArray):
                view.horizontalHeader().restoreState(state)

    def save_state(self) -> None:
        ui_state.save(**{f"{STATE}/{n}": v.horizontalHeader().saveState() for n, v in self._views().items()})

    def _overdue(self, row: dict) -> bool:
        return self.data is not None and row["follow_up_on"] < self.data.today.isoformat()

    def refresh(self) -> None:
        super().refresh()
        officer = self.ctx.services.actor
        self.ctx.reader.submit(
            lambda services: read_dashboard(services, officer=officer), self._show, owner=self
        )

    def _show(self, data: DashboardData) -> None:
        self.data = data
        self.overdue_card.set_count(data.overdue_count, OVERDUE_COLOUR)
        self.soon_card.set_count(data.soon_count, SOON_COLOUR)
        self.mine_card.set_count(data.mine_count)
        self.letters_card.set_count(len(data.letters), OVERDUE_COLOUR)
        self.enterprise_card.set_count(data.enterprises)
        self.visit_card.set_count(data.visits)
        self.due_card.set_count(data.due_total)
        self.urgent_model.set_rows(data.urgent)
        self.mine_model.set_rows(data.mine)
        self.letters_model.set_rows(data.letters)
        self.recent_model.set_rows(data.recent)
        self.due_model.set_rows(data.due)
        urgent_total = data.overdue_count + data.soon_count
        text = fill(self.tr("Entries overdue or due within %1 days (%2)"), SOON_DAYS, urgent_total)
        if urgent_total > len(data.urgent):
            text += fill(self.tr(" — the %1 most urgent"), len(data.urgent))
        self.urgent_caption.setText(text)
        self.mine_caption.setText(fill(self.tr("My open entries — %1 (%2)"), data.officer, data.mine_count))
        self.letters_caption.setText(fill(self.tr("Letters with overdue replies (%1)"), len(data.letters)))
        caption_text = fill(self.tr("Follow-ups overdue or due within %1 days"), str(DUE_WINDOW_DAYS))
        if data.due_total > len(data.due):
            caption_text += fill(self.tr(" (latest %1 of %2)"), str(len(data.due)), str(data.due_total))
        self.due_caption.setText(caption_text)
        self.loaded.emit()

    def _activated(self, index: QModelIndex, signal: Signal) -> None:
        record_id = index.data(ID_ROLE)
        if record_id:
            signal.emit(str(record_id))  # type: ignore[attr-defined]

    def new_record(self) -> None:
        self.new_visit.emit()
