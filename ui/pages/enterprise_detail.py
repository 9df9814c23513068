"""The selected enterprise: all its fields and its visits, newest first."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.districts import name_of
from app.errors import NotFound
from ui.context import AppContext
from ui.i18n import fill
from ui.models.lazy_table import ID_ROLE
from ui.models.visit_summary import VisitSummaryModel, summary_columns
from ui.widgets.detail_fields import DetailGrid


def make_summary_view(model: VisitSummaryModel, stretch: str) -> QTableView:
    """A short visit list: columns fit their contents, the ``stretch`` column takes the rest."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)
    header.setStretchLastSection(False)
    header.setMaximumSectionSize(170)  # long officer lists are elided, the stretch column keeps its room
    for i, key in enumerate(model.column_keys()):
        mode = QHeaderView.ResizeMode.Stretch if key == stretch else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(i, mode)
    return view


class EnterpriseDetail(QStackedWidget):
    edit_requested = Signal(str)
    delete_requested = Signal(str)
    new_visit_requested = Signal(str)
    visit_activated = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.enterprise_id: str | None = None
        empty = QLabel(self.tr("Select an enterprise in the list to see its details and visits."))
        empty.setObjectName("emptyHint")
        empty.setWordWrap(True)
        self.addWidget(empty)

        page = QWidget()
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.edit_button = QPushButton(self.tr("Edit"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.new_visit_button = QPushButton(self.tr("New visit"))
        self.edit_button.clicked.connect(lambda: self._request(self.edit_requested))
        self.delete_button.clicked.connect(lambda: self._request(self.delete_requested))
        self.new_visit_button.clicked.connect(lambda: self._request(self.new_visit_requested))
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.new_visit_button)
        header.addWidget(self.edit_button)
        header.addWidget(self.delete_button)

        self.grid = DetailGrid(columns=2)
        self.grid.add("uscc", self.tr("Unified social credit code"))
        self.grid.add("district", self.tr("District"))
        self.grid.add("industry", self.tr("Industry"))
        self.grid.add("ownership", self.tr("Ownership"))
        self.grid.add("size", self.tr("Size"))
        self.grid.add("tags", self.tr("Tags"))
        self.grid.add("contact", self.tr("Contact person"))
        self.grid.add("phone", self.tr("Phone"))
        self.grid.add("address", self.tr("Address"), wide=True)
        self.grid.add("notes", self.tr("Notes"), wide=True)
        fields = QWidget()
        fields_layout = QVBoxLayout(fields)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.addLayout(self.grid)
        fields_layout.addStretch(1)

        self.visits_model = VisitSummaryModel(summary_columns(with_enterprise=False), self)
        self.visits_view = make_summary_view(self.visits_model, stretch="officers")
        self.visits_view.activated.connect(self._visit_activated)
        self.visits_caption = QLabel()
        self.visits_caption.setObjectName("sectionCaption")
        visits = QVBoxLayout()
        visits.addWidget(self.visits_caption)
        visits.addWidget(self.visits_view, 1)

        body = QHBoxLayout()
        body.addWidget(fields, 1)
        body.addSpacing(12)
        body.addLayout(visits, 1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addLayout(header)
        layout.addLayout(body, 1)
        self.addWidget(page)

    def _request(self, signal: Signal) -> None:
        if self.enterprise_id:
            signal.emit(self.enterprise_id)

    def _visit_activated(self, index: QModelIndex) -> None:
        visit_id = index.data(ID_ROLE)
        if visit_id:
            self.visit_activated.emit(str(visit_id))

    def show_enterprise(self, enterprise_id: str | None) -> None:
        self.enterprise_id = enterprise_id
        self.refresh()

    def refresh(self) -> None:
        services = self._ctx.services
        row = None
        if self.enterprise_id:
            try:
                row = services.enterprise(self.enterprise_id)
            except NotFound:
                row = None
        if row is None or row.get("deleted_at"):
            self.enterprise_id = None
            self.setCurrentIndex(0)
            return
        self.title.setText(row["name"])
        for key in ("uscc", "industry", "ownership", "size", "contact", "phone", "address", "notes"):
            self.grid.set(key, row.get(key) or "")
        self.grid.set("district", name_of(row["district"]))
        self.grid.set("tags", "、".join(row.get("tags") or []))
        visits = services.visits_of(row["id"])
        self.visits_model.set_rows(visits)
        self.visits_caption.setText(fill(self.tr("Visits (%1)"), str(len(visits))))
        self.setCurrentIndex(1)
