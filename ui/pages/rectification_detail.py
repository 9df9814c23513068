"""The selected rectification item: text, who answers for it, the deadline, its links and its evidence.

The buttons are the steps the item's status allows (开始整改, 提交核查, 核查销号, 核查未通过). 核查销号
asks for the return visit that verified the item; 核查未通过 asks what is still missing, which the core
appends to the item's notes.
"""

from __future__ import annotations

import html
import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import rectification
from app.errors import NotFound
from ui.context import AppContext
from ui.dialogs.image_viewer import ImageViewer
from ui.dialogs.ledger_files import LedgerFiles
from ui.dialogs.verify_dialog import VerifyDialog
from ui.i18n import fill
from ui.models.ledger_text import OVERDUE_COLOUR, minutes
from ui.operations import run_op
from ui.widgets.detail_fields import DetailGrid
from ui.widgets.photos import PhotoStrip

Row = dict[str, Any]


def link(kind: str, target: str, text: str) -> str:
    return f'<a href="{kind}:{html.escape(target)}">{html.escape(text)}</a>'


class RectificationDetail(QStackedWidget):
    entry_activated = Signal(str)
    visit_activated = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.item_id: str | None = None
        self.item: Row | None = None
        self.action_buttons: dict[str, QPushButton] = {}
        self._evidence: dict[str, Row] = {}  # stored path → attachment row
        empty = QLabel(self.tr("Select a rectification item to see its evidence and verification."))
        empty.setObjectName("emptyHint")
        empty.setWordWrap(True)
        self.addWidget(empty)

        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.steps_row = QHBoxLayout()
        self.done_label = QLabel(self.tr("Ticked off — no further steps."))
        self.done_label.setObjectName("emptyHint")
        self.evidence_button = QPushButton(self.tr("Add evidence…"))
        self.evidence_button.clicked.connect(self.add_evidence)
        steps = QHBoxLayout()
        steps.addLayout(self.steps_row)
        steps.addWidget(self.done_label)
        steps.addStretch(1)
        steps.addWidget(self.evidence_button)

        self.grid = DetailGrid(columns=2)
        for key, label in (
            ("status", self.tr("Status")),
            ("deadline", self.tr("Deadline")),
            ("responsible", self.tr("Responsible")),
            ("verified_on", self.tr("Verified on")),
        ):
            self.grid.add(key, label).setTextFormat(Qt.TextFormat.PlainText)
        self.grid.add("enterprise", self.tr("Enterprise"), wide=True).setTextFormat(Qt.TextFormat.PlainText)
        for key, label in (("entry", self.tr("Ledger entry")), ("visit", self.tr("Verification visit"))):
            value = self.grid.add(key, label, wide=True)
            value.setTextFormat(Qt.TextFormat.RichText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
            value.linkActivated.connect(self._link_activated)
        self.grid.add("notes", self.tr("Notes"), wide=True).setTextFormat(Qt.TextFormat.PlainText)
        fields = QWidget()
        fields_layout = QVBoxLayout(fields)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.addLayout(self.grid)
        fields_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(fields)

        self.evidence_caption = QLabel()
        self.evidence_caption.setObjectName("sectionCaption")
        self.evidence = PhotoStrip(columns=2)
        self.evidence.open_requested.connect(self.open_evidence)
        evidence = QVBoxLayout()
        evidence.addWidget(self.evidence_caption)
        evidence.addWidget(self.evidence, 1)
        columns = QHBoxLayout()
        columns.addWidget(scroll, 1)
        columns.addSpacing(8)
        columns.addLayout(evidence)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addWidget(self.title)
        layout.addLayout(steps)
        layout.addLayout(columns, 1)
        self.addWidget(page)

    # -- showing ------------------------------------------------------------------------------------

    def show_item(self, item_id: str | None) -> None:
        self.item_id = item_id
        self.refresh()

    def refresh(self) -> None:
        services = self._ctx.services
        row = None
        if self.item_id:
            try:
                row = services.rectification(self.item_id)
            except NotFound:
                row = None
        if row is None or row.get("deleted_at"):
            self.item_id = None
            self.item = None
            self.setCurrentIndex(0)
            return
        self.item = row
        self.title.setText(row["text"])
        status = row["status"]
        self.grid.set("status", fill(self.tr("%1 · overdue"), status) if row["overdue"] else status)
        self.grid.values["status"].setStyleSheet(f"color: {OVERDUE_COLOUR};" if row["overdue"] else "")
        for key in ("deadline", "responsible", "verified_on", "notes"):
            self.grid.set(key, row.get(key) or "")
        self.grid.set("enterprise", row.get("enterprise_name") or "")
        entry = link("entry", row["entry_id"], row["entry_number"] or "") if row.get("entry_id") else ""
        self.grid.set("entry", entry)
        self.grid.set("visit", self._visit_link(row.get("verify_visit_id")))
        self._show_evidence(row["evidence"])
        self._show_steps(status)
        self.setCurrentIndex(1)

    def _visit_link(self, visit_id: str | None) -> str:
        if not visit_id:
            return ""
        try:
            visit = self._ctx.services.visit(visit_id)
        except NotFound:
            return ""
        return link("visit", visit_id, f"{minutes(visit['started_at'])} {visit['kind']}")

    def _show_evidence(self, attachments: list[Row]) -> None:
        self.evidence.clear()
        self._evidence = {}
        for attachment in attachments:
            path = self._ctx.services.blob_path(attachment["sha256"])
            self._evidence[str(path)] = attachment
            self.evidence.add_photo(path, attachment["filename"], attachment["id"])
        self.evidence_caption.setText(fill(self.tr("Evidence (%1)"), len(attachments)))

    def _show_steps(self, status: str) -> None:
        for button in self.action_buttons.values():
            self.steps_row.removeWidget(button)
            button.deleteLater()
        self.action_buttons = {}
        for name, (sources, _target, label) in rectification.ACTIONS.items():
            if status in sources:
                button = QPushButton(label)
                button.setObjectName("primaryButton" if name in ("start", "submit", "verify") else "")
                button.clicked.connect(lambda _checked=False, n=name: self.run_action(n))
                self.steps_row.addWidget(button)
                button.show()  # at once, not when the layout gets round to it
                self.action_buttons[name] = button
        self.done_label.setVisible(not self.action_buttons)

    def _link_activated(self, href: str) -> None:
        kind, _, target = href.partition(":")
        if kind == "entry":
            self.entry_activated.emit(target)
        elif kind == "visit":
            self.visit_activated.emit(target)

    # -- steps and evidence ---------------------------------------------------------------------------

    def run_action(self, action: str) -> bool:
        if self.item is None or self.item_id is None:
            return False
        item_id = self.item_id
        options: dict[str, Any] = {}
        if action == "verify":
            answer = VerifyDialog.choose(self, self._ctx, self.item)
            if answer is None:
                return False
            options = {"verify_visit_id": answer[0], "notes": answer[1]}
        elif action == "reject":
            note = self.ask_note(
                self, self.tr("Verification failed"), self.tr("What is still not put right?")
            )
            if note is None:
                return False
            options = {"notes": note}
        services = self._ctx.services
        changes = run_op(
            self, self._ctx.bus, lambda: services.rectification_action(item_id, action=action, **options)
        )
        self.refresh()
        return changes is not None

    @classmethod
    def ask_note(cls, parent: QWidget | None, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getMultiLineText(parent, title, label)
        return text.strip() if ok else None

    def add_evidence(self) -> None:
        if self.item_id is None:
            return
        paths = LedgerFiles.open_evidence(self)
        if not paths:
            return
        item_id = self.item_id
        services = self._ctx.services
        run_op(self, self._ctx.bus, lambda: services.update_rectification(item_id, add_evidence=paths))
        self.refresh()

    def open_evidence(self, path: str) -> None:
        """Pictures open in the viewer; other files in their program, from a copy under their own name
        (stored files are named by their hash, so the system would not know what opens them)."""
        attachment = self._evidence.get(path)
        if attachment is None or attachment["media_type"].startswith("image/"):
            ImageViewer.view(self, Path(path))
            return
        folder = Path(tempfile.gettempdir()) / "huhang-evidence" / attachment["sha256"][:12]
        folder.mkdir(parents=True, exist_ok=True)
        copy = folder / Path(attachment["filename"]).name
        if not copy.exists():
            shutil.copyfile(path, copy)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
