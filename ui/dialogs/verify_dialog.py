"""核查销号: choosing the return visit that verified a rectification item.

An item is ticked off only on the evidence of a visit to the enterprise, so the dialog offers that
enterprise's visits, newest first (a 回访 made for the purpose is usually the first), and a button to
record the return visit now if it has not been entered yet. OK stays disabled until a visit is chosen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import NotFound
from ui.context import AppContext
from ui.dialogs.visit_dialog import VisitDialog
from ui.i18n import fill
from ui.models.ledger_text import minutes
from ui.widgets.enterprise_picker import EnterprisePicker
from ui.widgets.form_fields import select_data

Row = dict[str, Any]
RETURN_VISIT = "回访"


def enterprise_of(ctx: AppContext, item: Row) -> tuple[str, str] | None:
    """(id, name) of the enterprise a rectification item concerns, through its entry or its visit."""
    services = ctx.services
    try:
        if item.get("entry_id"):
            entry = services.entry(item["entry_id"])
            return entry["enterprise_id"], entry["enterprise_name"]
        if item.get("visit_id"):
            visit = services.visit(item["visit_id"])
            return visit["enterprise_id"], visit["enterprise_name"]
    except NotFound:
        return None
    return None


class VerifyDialog(QDialog):
    def __init__(self, ctx: AppContext, item: Row, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.item = item
        self.setWindowTitle(self.tr("Verify and tick off"))
        self.setMinimumWidth(600)
        intro = QLabel(fill(self.tr("Rectification item: %1"), item["text"]))
        intro.setWordWrap(True)
        self.enterprise = EnterprisePicker(ctx.services)
        self.visits = QComboBox()
        self.visits.setMinimumWidth(360)
        self.record_button = QPushButton(self.tr("Record a return visit…"))
        self.record_button.clicked.connect(self.record_visit)
        visit_row = QHBoxLayout()
        visit_row.addWidget(self.visits, 1)
        visit_row.addWidget(self.record_button)
        self.hint = QLabel()
        self.hint.setObjectName("emptyHint")
        self.hint.setWordWrap(True)
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(self.tr("Optional: what the return visit found"))
        form = QFormLayout()
        form.addRow(self.tr("Enterprise:"), self.enterprise)
        form.addRow(self.tr("Verified on the visit:"), visit_row)
        form.addRow("", self.hint)
        form.addRow(self.tr("Notes:"), self.notes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Tick off"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        known = enterprise_of(ctx, item)
        if known is not None:
            self.enterprise.set_enterprise(*known)
        self.enterprise.changed.connect(self.load_visits)
        self.visits.currentIndexChanged.connect(lambda _i: self._update_ok())
        self.load_visits()

    def load_visits(self, select: str | None = None) -> None:
        enterprise_id = self.enterprise.enterprise_id()
        visits = self._ctx.services.visits_of(enterprise_id) if enterprise_id else []
        self.visits.clear()
        for visit in visits:  # newest first
            label = f"{minutes(visit['started_at'])}　{visit['kind']}　{'、'.join(visit['officers'])}"
            self.visits.addItem(label, visit["id"])
        if select:
            select_data(self.visits, select)
        if not enterprise_id:
            self.hint.setText(self.tr("Choose the enterprise first."))
        elif not visits:
            self.hint.setText(
                self.tr("No visit to this enterprise is recorded yet: record the return visit.")
            )
        else:
            self.hint.setText("")
        self.record_button.setEnabled(bool(enterprise_id))
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.visit_id()))

    def visit_id(self) -> str | None:
        value = self.visits.currentData()
        return str(value) if value else None

    def record_visit(self) -> None:
        enterprise_id = self.enterprise.enterprise_id()
        if enterprise_id:
            saved = self.record_return_visit(self, self._ctx, enterprise_id)
            if saved:
                self.load_visits(select=saved)

    @classmethod
    def record_return_visit(cls, parent: QWidget | None, ctx: AppContext, enterprise_id: str) -> str | None:
        """The visit form, set to a 回访 of the enterprise; the new visit's id or None."""
        dialog = VisitDialog(ctx, enterprise_id=enterprise_id, parent=parent)
        select_data(dialog.kind, RETURN_VISIT)
        dialog.dirty = False
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        saved = dialog.saved_id if accepted else None
        dialog.deleteLater()
        return saved

    @classmethod
    def choose(cls, parent: QWidget | None, ctx: AppContext, item: Row) -> tuple[str, str] | None:
        """(verifying visit id, notes), or None if the officer cancelled."""
        dialog = cls(ctx, item, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        visit_id = dialog.visit_id()
        answer = (visit_id, dialog.notes.text().strip()) if accepted and visit_id else None
        dialog.deleteLater()
        return answer
