"""New / edit ledger entry (台账条目), validated as the officer types, showing the due date it will get.

The core's ``validate_entry`` judges the draft a moment after each change, like the other record forms.
The due date follows from the accepted date, the matter type's time limit and the profile's choice of
working or calendar days; the form computes it the way the core will (same settings, same holiday
table), so the officer sees "due 2026-12-10 (5 working days)" before saving, and is told when that
date is provisional because the holiday arrangement for its year is not yet published.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import ledger as domain
from app.domain.deadlines import due_date, format_limit
from app.errors import Problem
from app.services import Changes
from ui.context import AppContext
from ui.dialogs.form_dialog import FormDialog
from ui.dialogs.ledger_action_dialog import department_combo
from ui.i18n import fill
from ui.widgets.enterprise_picker import EnterprisePicker
from ui.widgets.form_fields import ProblemForm, choice_combo, required_hint, select_data
from ui.widgets.problem_label import ProblemLabel

VALIDATE_DELAY_MS = 300


class LedgerEntryDialog(FormDialog):
    def __init__(
        self,
        ctx: AppContext,
        entry_id: str | None = None,
        *,
        enterprise_id: str | None = None,
        departments: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._id = entry_id
        self._current: dict[str, Any] | None = None
        self.problems: list[Problem] = []
        self._touched: set[str] = set()
        self.setWindowTitle(self.tr("Edit ledger entry") if entry_id else self.tr("New ledger entry"))
        self.setMinimumWidth(900)
        self._build(departments)
        if entry_id:
            self._load(ctx.services.entry(entry_id))
            self._touched = set(domain.FIELDS)
        else:
            self.accepted.setDate(QDate.currentDate())
            if enterprise_id:
                row = ctx.services.enterprise(enterprise_id)
                self.enterprise.set_enterprise(row["id"], row["name"])
        self._watch()
        self.validate_now()

    def _build(self, departments: tuple[str, ...]) -> None:
        services = self._ctx.services
        self.enterprise = EnterprisePicker(services)
        self.source = choice_combo(domain.SOURCES)
        self.source_ref = QLineEdit()
        self.source_ref.setPlaceholderText(self.tr("Work-order or letter number, if any"))
        self.matter_type = choice_combo(domain.MATTER_TYPES)
        scenarios = list(services.scenarios())
        self.scenario = choice_combo(scenarios)
        self.accepted = QDateEdit()
        self.accepted.setCalendarPopup(True)
        self.accepted.setDisplayFormat("yyyy-MM-dd")
        self.due_preview = QLabel()
        self.due_preview.setWordWrap(True)
        self.summary = QLineEdit()
        self.summary.setPlaceholderText(self.tr("One line: what the enterprise asks or complains about"))
        self.details = QPlainTextEdit()
        self.details.setMinimumHeight(120)
        self.department = department_combo(departments)
        self.department.lineEdit().setPlaceholderText(self.tr("Filled in when dispatched"))
        self.handler = QLineEdit()

        self.left = ProblemForm()
        self.left.add_field("enterprise_id", self.tr("Enterprise"), self.enterprise, required=True)
        self.left.add_field("source", self.tr("Source"), self.source, required=True)
        self.left.add_field("source_ref", self.tr("Source reference"), self.source_ref)
        self.left.add_field("matter_type", self.tr("Matter type"), self.matter_type, required=True)
        self.left.add_field("scenario", self.tr("Problem scenario"), self.scenario, required=True)
        self.left.add_field("accepted_on", self.tr("Accepted on"), self.accepted, required=True)
        self.left.addRow(self.tr("Due date"), self.due_preview)
        self.right = ProblemForm()
        self.right.add_field("summary", self.tr("Summary"), self.summary, required=True)
        self.right.add_field("details", self.tr("Details"), self.details)
        self.right.add_field("department", self.tr("Responsible department"), self.department)
        self.right.add_field("handler", self.tr("Handler"), self.handler)

        self.general_problems = ProblemLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.accept)

        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.addLayout(self.left, 0, 0)
        grid.addLayout(self.right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.general_problems)
        layout.addWidget(required_hint())
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VALIDATE_DELAY_MS)
        self._timer.timeout.connect(self.validate_now)

    def _load(self, row: dict[str, Any]) -> None:
        self._current = row
        self.enterprise.set_enterprise(row["enterprise_id"], row["enterprise_name"])
        select_data(self.source, row["source"])
        self.source_ref.setText(row["source_ref"] or "")
        select_data(self.matter_type, row["matter_type"])
        if self.scenario.findData(row["scenario"]) < 0:  # a scenario since removed from the list
            self.scenario.addItem(row["scenario"], row["scenario"])
        select_data(self.scenario, row["scenario"])
        self.accepted.setDate(QDate.fromString(row["accepted_on"][:10], "yyyy-MM-dd"))
        self.summary.setText(row["summary"])
        self.details.setPlainText(row["details"] or "")
        self.department.setCurrentText(row["department"] or "")
        self.handler.setText(row["handler"] or "")

    def _watch(self) -> None:
        self.enterprise.changed.connect(lambda: self._edited("enterprise_id"))
        self.source.currentIndexChanged.connect(lambda _i: self._edited("source"))
        self.source_ref.textChanged.connect(lambda _t: self._edited("source_ref"))
        self.matter_type.currentIndexChanged.connect(lambda _i: self._edited("matter_type"))
        self.scenario.currentIndexChanged.connect(lambda _i: self._edited("scenario"))
        self.accepted.dateChanged.connect(lambda _d: self._edited("accepted_on"))
        self.summary.textChanged.connect(lambda _t: self._edited("summary"))
        self.details.textChanged.connect(lambda: self._edited("details"))
        self.department.currentTextChanged.connect(lambda _t: self._edited("department"))
        self.handler.textChanged.connect(lambda _t: self._edited("handler"))

    # -- fields, due date and validation ------------------------------------------------------------

    def accepted_on(self) -> str:
        """The chosen date; an unchanged one keeps the time of day a work order may have carried."""
        chosen = self.accepted.date().toString("yyyy-MM-dd")
        if self._current is not None and self._current["accepted_on"][:10] == chosen:
            return str(self._current["accepted_on"])
        return chosen

    def fields(self) -> dict[str, Any]:
        return {
            "enterprise_id": self.enterprise.enterprise_id() or "",
            "source": self.source.currentData() or "",
            "source_ref": self.source_ref.text(),
            "matter_type": self.matter_type.currentData() or "",
            "scenario": self.scenario.currentData() or "",
            "accepted_on": self.accepted_on(),
            "summary": self.summary.text(),
            "details": self.details.toPlainText(),
            "department": self.department.currentText(),
            "handler": self.handler.text(),
        }

    def changed_fields(self) -> dict[str, Any]:
        """What the officer changed on an existing entry. Only these are sent: passing an unchanged
        accepted date or matter type would make the core recompute the due date and undo an extension."""
        current = self._current or {}
        return {k: v for k, v in self.fields().items() if str(v).strip() != str(current.get(k) or "")}

    def due(self) -> tuple[date, int, str, bool]:
        """(due date, time limit, unit, provisional) as saving would set them."""
        services = self._ctx.services
        matter = self.matter_type.currentData() or domain.MATTER_TYPES[0]
        current = self._current
        if current is not None and (matter, self.accepted_on()) == (
            current["matter_type"],
            current["accepted_on"],
        ):  # unchanged: the due date in force, which may have been extended
            on = date.fromisoformat(current["due_on"])
            return (
                on,
                int(current["limit_days"]),
                str(current["limit_unit"]),
                bool(current["due_provisional"]),
            )
        if current is not None and matter == current["matter_type"]:
            days, unit = int(current["limit_days"]), str(current["limit_unit"])
        else:
            days = services.time_limits()[matter]
            unit = current["limit_unit"] if current is not None else services.limit_unit()
        accepted = self.accepted.date().toPython()
        result = due_date(accepted, days, "calendar" if unit == "calendar" else "working")
        return result.on, days, unit, result.provisional

    def show_due(self) -> None:
        on, days, unit, provisional = self.due()
        text = fill(
            self.tr("%1 (%2 from acceptance)"),
            on.isoformat(),
            format_limit(days, "calendar" if unit == "calendar" else "working"),
        )
        if provisional:
            text += "\n" + self.tr(
                "Provisional: the holiday arrangement for that year is not published yet, so "
                "Monday to Friday were counted as working days."
            )
        self.due_preview.setText(text)

    def _edited(self, key: str) -> None:
        self.dirty = True
        self._touched.add(key)
        self.save_button.setEnabled(False)
        if key in ("accepted_on", "matter_type"):
            self.show_due()
        self._timer.start()

    def validate_now(self) -> None:
        self._timer.stop()
        self.show_due()
        self._show(self._ctx.services.validate_entry(**self.fields()))

    def _show(self, problems: list[Problem], *, show_all: bool = False) -> None:
        picker_error = self.enterprise.error()
        if picker_error:
            problems = [p for p in problems if p.field != "enterprise_id"]
        self.problems = problems
        extra = {"enterprise_id": [picker_error]} if picker_error else {}
        visible = None if show_all else self._touched
        for form in (self.left, self.right):
            form.show_problems(problems, visible_fields=visible, extra_errors=extra)
        self.general_problems.show_problems([p for p in problems if p.field is None])
        self.save_button.setEnabled(not self.has_errors())

    def has_errors(self) -> bool:
        return bool(self.enterprise.error()) or any(p.severity == "error" for p in self.problems)

    # -- saving -------------------------------------------------------------------------------------

    def save(self) -> Changes:
        services = self._ctx.services
        if self._id:
            return services.update_entry(self._id, **self.changed_fields())
        return services.create_entry(**self.fields())

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        ctx: AppContext,
        entry_id: str | None = None,
        *,
        enterprise_id: str | None = None,
        departments: tuple[str, ...] = (),
    ) -> str | None:
        """Show the form; the id of the saved entry, or None if the officer cancelled."""
        dialog = cls(ctx, entry_id, enterprise_id=enterprise_id, departments=departments, parent=parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        saved = dialog.saved_id if accepted else None
        dialog.deleteLater()
        return saved
