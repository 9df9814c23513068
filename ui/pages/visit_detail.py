"""The selected visit: every field and its photos, which open full size."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.districts import name_of
from app.errors import NotFound
from ui.context import AppContext
from ui.dialogs.image_viewer import ImageViewer
from ui.models.visit_table import minutes
from ui.widgets.detail_fields import DetailGrid
from ui.widgets.photos import PhotoStrip


class VisitDetail(QStackedWidget):
    edit_requested = Signal(str)
    delete_requested = Signal(str)
    enterprise_activated = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.visit_id: str | None = None
        self._enterprise_id: str | None = None
        empty = QLabel(self.tr("Select a visit in the list to see what was found and agreed."))
        empty.setObjectName("emptyHint")
        empty.setWordWrap(True)
        self.addWidget(empty)

        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.enterprise_button = QPushButton(self.tr("Open enterprise"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.enterprise_button.clicked.connect(self._open_enterprise)
        self.edit_button.clicked.connect(lambda: self.visit_id and self.edit_requested.emit(self.visit_id))
        self.delete_button.clicked.connect(
            lambda: self.visit_id and self.delete_requested.emit(self.visit_id)
        )
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.enterprise_button)
        header.addWidget(self.edit_button)
        header.addWidget(self.delete_button)

        self.grid = DetailGrid(columns=2)
        self.grid.add("kind", self.tr("Visit type"))
        self.grid.add("time", self.tr("Time"))
        self.grid.add("district", self.tr("District"))
        self.grid.add("officers", self.tr("Officers"))
        self.grid.add("departments", self.tr("Accompanying departments"))
        self.grid.add("satisfaction", self.tr("Satisfaction"))
        self.grid.add("follow_up_on", self.tr("Next follow-up"))
        self.grid.add("purpose", self.tr("Purpose"), wide=True)
        self.grid.add("findings", self.tr("Findings"), wide=True)
        self.grid.add("demands", self.tr("Enterprise demands"), wide=True)
        self.photos_caption = QLabel(self.tr("Photos"))
        self.photos_caption.setObjectName("sectionCaption")
        self.photos = PhotoStrip(columns=2)
        self.photos.open_requested.connect(lambda path: ImageViewer.view(self, Path(path)))

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(self.grid)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        # Photos in a column beside the text, so they are seen without scrolling.
        photos = QVBoxLayout()
        photos.addWidget(self.photos_caption)
        photos.addWidget(self.photos, 1)
        photos.addStretch(0)
        columns = QHBoxLayout()
        columns.addWidget(scroll, 1)
        columns.addSpacing(8)
        columns.addLayout(photos)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addLayout(header)
        layout.addLayout(columns, 1)
        self.addWidget(page)

    def _open_enterprise(self) -> None:
        if self._enterprise_id:
            self.enterprise_activated.emit(self._enterprise_id)

    def show_visit(self, visit_id: str | None) -> None:
        self.visit_id = visit_id
        self.refresh()

    def refresh(self) -> None:
        row = None
        if self.visit_id:
            try:
                row = self._ctx.services.visit(self.visit_id)
            except NotFound:
                row = None
        if row is None or row.get("deleted_at"):
            self.visit_id = None
            self.setCurrentIndex(0)
            return
        self._enterprise_id = row["enterprise_id"]
        self.title.setText(row["enterprise_name"])
        ended = minutes(row["ended_at"])
        start = minutes(row["started_at"])
        if ended[:10] == start[:10]:
            ended = ended[11:]
        self.grid.set("kind", row["kind"])
        self.grid.set("time", f"{start} – {ended}" if ended else start)
        self.grid.set("district", name_of(row["district"]))
        self.grid.set("officers", "、".join(row["officers"]))
        self.grid.set("departments", "、".join(row["departments"]))
        self.grid.set("satisfaction", row["satisfaction"] or self.tr("Not rated"))
        self.grid.set("follow_up_on", row["follow_up_on"])
        self.grid.set("purpose", row["purpose"])
        self.grid.set("findings", row["findings"])
        self.grid.set("demands", "\n".join(f"{i}. {d}" for i, d in enumerate(row["demands"], 1)))
        self.photos.clear()
        for attachment in row["attachments"]:
            self.photos.add_photo(
                self._ctx.services.blob_path(attachment["sha256"]), attachment["filename"], attachment["id"]
            )
        has_photos = bool(row["attachments"])
        self.photos.setVisible(has_photos)
        self.photos_caption.setText(self.tr("Photos") if has_photos else self.tr("Photos: none"))
        self.setCurrentIndex(1)
