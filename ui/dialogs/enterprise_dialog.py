"""New / edit enterprise, validated as the officer types.

The core's ``validate_enterprise`` is the only judge of what is valid (USCC check character, duplicate
credit code, district, phone...), so the form asks it ~300 ms after the last keystroke and shows each
problem under its field. Problems of fields the officer has not touched yet stay quiet on a new record,
but Save stays disabled while any error remains.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import enterprise as domain
from app.domain.districts import NAMES
from app.errors import Problem
from app.services import Changes
from ui.context import AppContext
from ui.dialogs.form_dialog import FormDialog
from ui.widgets.form_fields import ProblemForm, choice_combo, coded_combo, required_hint, select_data
from ui.widgets.problem_label import ProblemLabel

VALIDATE_DELAY_MS = 300


class EnterpriseDialog(FormDialog):
    def __init__(
        self, ctx: AppContext, enterprise_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._id = enterprise_id
        self.problems: list[Problem] = []
        self._touched: set[str] = set()
        self.setWindowTitle(self.tr("Edit enterprise") if enterprise_id else self.tr("New enterprise"))
        self.setMinimumWidth(620)

        self.name = QLineEdit()
        self.uscc = QLineEdit()
        self.uscc.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.uscc.setPlaceholderText(self.tr("18 characters, e.g. 91440101MA5XXXXXXX"))
        self.district = coded_combo(NAMES, empty=self.tr("— choose —"))
        self.address = QLineEdit()
        self.industry = QLineEdit()
        self.ownership = choice_combo(domain.OWNERSHIPS, empty="")
        self.size = choice_combo(domain.SIZES, empty="")
        self.tags = QLineEdit()
        self.tags.setPlaceholderText("、".join(domain.TAGS[:3]) + "…")
        self.contact = QLineEdit()
        self.phone = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(72)

        self.form = ProblemForm()
        self.form.add_field("name", self.tr("Enterprise name"), self.name, required=True)
        self.form.add_field("uscc", self.tr("Unified social credit code"), self.uscc, required=True)
        self.form.add_field("district", self.tr("District"), self.district, required=True)
        self.form.add_field("address", self.tr("Address"), self.address)
        self.form.add_field("industry", self.tr("Industry"), self.industry)
        self.form.add_field("ownership", self.tr("Ownership"), self.ownership)
        self.form.add_field("size", self.tr("Size"), self.size)
        self.form.add_field("tags", self.tr("Tags"), self.tags)
        self.form.add_field("contact", self.tr("Contact person"), self.contact)
        self.form.add_field("phone", self.tr("Phone"), self.phone)
        self.form.add_field("notes", self.tr("Notes"), self.notes)
        self.general_problems = ProblemLabel()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_problems)
        layout.addWidget(required_hint())
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VALIDATE_DELAY_MS)
        self._timer.timeout.connect(self.validate_now)
        if enterprise_id:
            self._load(ctx.services.enterprise(enterprise_id))
            self._touched = set(domain.FIELDS)
        self._watch()
        self.validate_now()

    # -- fields -------------------------------------------------------------------------------------

    def _load(self, row: dict[str, Any]) -> None:
        for key in ("name", "uscc", "address", "industry", "contact", "phone"):
            getattr(self, key).setText(row.get(key) or "")
        select_data(self.district, row.get("district") or "")
        select_data(self.ownership, row.get("ownership") or "")
        select_data(self.size, row.get("size") or "")
        self.tags.setText("、".join(row.get("tags") or []))
        self.notes.setPlainText(row.get("notes") or "")

    def _watch(self) -> None:
        for key in ("name", "uscc", "address", "industry", "tags", "contact", "phone"):
            widget: QLineEdit = getattr(self, key)
            widget.textChanged.connect(lambda _text, k=key: self._edited(k))
        for key in ("district", "ownership", "size"):
            combo: QComboBox = getattr(self, key)
            combo.currentIndexChanged.connect(lambda _i, k=key: self._edited(k))
        self.notes.textChanged.connect(lambda: self._edited("notes"))

    def fields(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "uscc": self.uscc.text(),
            "district": self.district.currentData() or "",
            "address": self.address.text(),
            "industry": self.industry.text(),
            "ownership": self.ownership.currentData() or "",
            "size": self.size.currentData() or "",
            "tags": self.tags.text(),
            "contact": self.contact.text(),
            "phone": self.phone.text(),
            "notes": self.notes.toPlainText(),
        }

    # -- validation ---------------------------------------------------------------------------------

    def _edited(self, key: str) -> None:
        self.dirty = True
        self._touched.add(key)
        self.save_button.setEnabled(False)  # until the pending check says otherwise
        self._timer.start()

    def validate_now(self) -> None:
        self._timer.stop()
        self._show(self._ctx.services.validate_enterprise(current_id=self._id, **self.fields()))

    def _show(self, problems: list[Problem], *, show_all: bool = False) -> None:
        self.problems = problems
        self.form.show_problems(problems, visible_fields=None if show_all else self._touched)
        self.general_problems.show_problems([p for p in problems if p.field is None])
        self.save_button.setEnabled(not any(p.severity == "error" for p in problems))

    def has_errors(self) -> bool:
        return any(p.severity == "error" for p in self.problems)

    # -- saving -------------------------------------------------------------------------------------

    def save(self) -> Changes:
        services = self._ctx.services
        if self._id:
            return services.update_enterprise(self._id, **self.fields())
        return services.create_enterprise(**self.fields())

    @classmethod
    def edit(cls, parent: QWidget | None, ctx: AppContext, enterprise_id: str | None = None) -> str | None:
        """Show the dialog; the id of the saved enterprise, or None if the officer cancelled."""
        dialog = cls(ctx, enterprise_id, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        saved = dialog.saved_id if accepted else None
        dialog.deleteLater()
        return saved
