"""New rectification item (整改事项): what must be put right, by whom, by when, and for which entry.

The core has no "validate a draft" read for rectification items, so the form checks the draft with the
domain's own ``rectification.clean`` (the function the core saves with) and looks the entry number up
with ``Services.entry_by_number``; what the core still refuses on saving is shown beside its field too.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import rectification as domain
from app.errors import Problem, ValidationFailed
from app.services import Changes
from ui.context import AppContext
from ui.dialogs.form_dialog import FormDialog
from ui.i18n import fill
from ui.widgets.form_fields import ProblemForm, required_hint
from ui.widgets.problem_label import ProblemLabel

DEFAULT_DAYS = 30


class RectificationDialog(FormDialog):
    def __init__(
        self, ctx: AppContext, *, entry_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.problems: list[Problem] = []
        self._touched: set[str] = set()
        self.setWindowTitle(self.tr("New rectification item"))
        self.setMinimumWidth(620)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("What must be put right"))
        self.text.setFixedHeight(110)
        self.responsible = QLineEdit()
        self.responsible.setPlaceholderText(self.tr("The department or person answerable for it"))
        self.deadline = QDateEdit()
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy-MM-dd")
        self.entry_number = QLineEdit()
        self.entry_number.setPlaceholderText(self.tr("Optional: the ledger entry it comes from"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        self.form = ProblemForm()
        self.form.add_field("text", self.tr("Rectification required"), self.text, required=True)
        self.form.add_field("responsible", self.tr("Responsible"), self.responsible, required=True)
        self.form.add_field("deadline", self.tr("Deadline"), self.deadline, required=True)
        self.form.add_field("entry_id", self.tr("Ledger entry number"), self.entry_number)
        self.form.add_field("notes", self.tr("Notes"), self.notes)
        self.general = ProblemLabel()
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
        layout.addWidget(self.general)
        layout.addWidget(required_hint())
        layout.addWidget(self.buttons)
        self._defaults(entry_id)
        self.text.textChanged.connect(lambda: self._edited("text"))
        self.responsible.textChanged.connect(lambda _t: self._edited("responsible"))
        self.deadline.dateChanged.connect(lambda _d: self._edited("deadline"))
        self.entry_number.textChanged.connect(lambda _t: self._edited("entry_id"))
        self.notes.textChanged.connect(lambda: self._edited("notes"))
        self.validate()

    def _defaults(self, entry_id: str | None) -> None:
        deadline = date.today() + timedelta(days=DEFAULT_DAYS)
        if entry_id:
            entry = self._ctx.services.entry(entry_id)
            self.entry_number.setText(entry["number"])
            self.responsible.setText(entry["department"] or "")
            self.text.setPlainText(entry["summary"])
            due = date.fromisoformat(entry["due_on"])
            deadline = max(due, date.today() + timedelta(days=7))
        self.deadline.setDate(QDate(deadline.year, deadline.month, deadline.day))

    # -- values and validation ----------------------------------------------------------------------

    def entry_id(self) -> str | None:
        number = self.entry_number.text().strip()
        if not number:
            return None
        entry = self._ctx.services.entry_by_number(number)
        return entry["id"] if entry and not entry.get("deleted_at") else None

    def fields(self) -> dict[str, Any]:
        return {
            "text": self.text.toPlainText(),
            "responsible": self.responsible.text(),
            "deadline": self.deadline.date().toString("yyyy-MM-dd"),
            "entry_id": self.entry_id(),
            "notes": self.notes.toPlainText(),
        }

    def _edited(self, key: str) -> None:
        self.dirty = True
        self._touched.add(key)
        self.validate()

    def validate(self, *, show_all: bool = False, extra: list[Problem] | None = None) -> None:
        _, problems = domain.clean(self.fields())
        problems += extra or []
        self.problems = problems
        errors: dict[str, list[str]] = {}
        number = self.entry_number.text().strip()
        if number and self.entry_id() is None:
            errors["entry_id"] = [fill(self.tr('No ledger entry has the number "%1"'), number)]
        self.form.show_problems(
            problems, visible_fields=None if show_all else self._touched, extra_errors=errors
        )
        self.general.show_problems([p for p in problems if p.field is None])
        self.save_button.setEnabled(not self.has_errors())

    def has_errors(self) -> bool:
        number = self.entry_number.text().strip()
        return any(p.severity == "error" for p in self.problems) or bool(number and self.entry_id() is None)

    def ready_to_save(self) -> bool:
        self.validate(show_all=True)
        return not self.has_errors()

    def save(self) -> Changes:
        return self._ctx.services.create_rectification(**self.fields())

    def show_refusal(self, failed: ValidationFailed) -> None:
        self.validate(show_all=True, extra=failed.problems)

    @classmethod
    def edit(cls, parent: QWidget | None, ctx: AppContext, *, entry_id: str | None = None) -> str | None:
        """Show the form; the id of the new item, or None if the officer cancelled."""
        dialog = cls(ctx, entry_id=entry_id, parent=parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        saved = dialog.saved_id if accepted else None
        dialog.deleteLater()
        return saved
