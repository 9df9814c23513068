"""The small form each workflow step asks for: 分办 needs a department, 退回 a reason, 申请延期 a later date…

Which fields an action has, and whether what was typed will do, both come from the core's workflow
rules (:mod:`app.domain.workflow`): the dialog asks ``workflow.check`` after each change and shows each
problem beside its field, so "the new due date must be later than 2026-12-10" appears while the officer
is still choosing the date, not after pressing OK. 签收办理 needs nothing and shows no dialog; 办结 is
irreversible and only asks for confirmation.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import workflow
from app.domain.dates import parse_date
from app.domain.ledger import ESCALATION_LEVELS, SATISFACTION
from app.errors import Problem
from ui.i18n import fill
from ui.widgets.form_fields import ProblemForm, choice_combo
from ui.widgets.problem_label import ProblemLabel

Row = dict[str, Any]
NO_DIALOG = ("accept",)  # actions that need no parameters and are not irreversible


def department_combo(departments: Sequence[str], current: str = "") -> QComboBox:
    """An editable combo of the departments already in the ledger; a new one can be typed."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(list(departments))
    combo.setCurrentText(current)
    combo.setMinimumWidth(260)
    return combo


class ActionDialog(QDialog):
    def __init__(
        self, entry: Row, action: str, departments: Sequence[str] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.entry = entry
        self.action = workflow.ACTIONS[action]
        self.problems: list[Problem] = []
        self._touched: set[str] = set()
        self.setMinimumWidth(520)
        self.form = ProblemForm()
        self.widgets: dict[str, QWidget] = {}
        if entry.get("count"):  # several entries at once (bulk 分办)
            self.setWindowTitle(fill(self.tr("%1 — %2 selected entries"), self.action.label, entry["count"]))
            intro = QLabel(
                self.tr(
                    "Only the selected entries awaiting receipt (待签收) are dispatched; the others are "
                    "skipped and listed afterwards."
                )
            )
        else:
            self.setWindowTitle(fill(self.tr("%1 — entry %2"), self.action.label, entry["number"]))
            intro = QLabel(fill(self.tr("Entry %1: %2"), entry["number"], entry["summary"]))
        intro.setWordWrap(True)
        intro.setObjectName("emptyHint")
        self._build(departments)
        self.general = ProblemLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.action.label)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self.validate()

    # -- fields per action ----------------------------------------------------------------------

    def _build(self, departments: Sequence[str]) -> None:
        name = self.action.name
        if name == "dispatch":
            self.department = department_combo(departments, self.entry.get("department") or "")
            self.handler = QLineEdit(self.entry.get("handler") or "")
            self.handler.setPlaceholderText(self.tr("Optional: who handles it in that department"))
            self._add("department", self.tr("Responsible department"), self.department, required=True)
            self._add("handler", self.tr("Handler"), self.handler)
            self.department.currentTextChanged.connect(lambda _t: self._edited("department"))
            self.handler.textChanged.connect(lambda _t: self._edited("handler"))
        elif name == "feedback":
            self.reply = self._text_box(self.tr("What the department did and replied"))
            self._add("reply", self.tr("Reply"), self.reply, required=True)
            self.reply.textChanged.connect(lambda: self._edited("reply"))
        elif name == "rate":
            self.satisfaction = choice_combo(SATISFACTION, empty=self.tr("— choose —"))
            self.return_visit = QLineEdit()
            self.return_visit.setPlaceholderText(self.tr("Optional: how and when the enterprise was asked"))
            self._add("satisfaction", self.tr("Satisfaction"), self.satisfaction, required=True)
            self._add("return_visit", self.tr("Return visit"), self.return_visit)
            self.satisfaction.currentIndexChanged.connect(lambda _i: self._edited("satisfaction"))
        elif name == "extend":
            current = parse_date(self.entry.get("due_on")) or date.today()
            self.due_on = QDateEdit()
            self.due_on.setCalendarPopup(True)
            self.due_on.setDisplayFormat("yyyy-MM-dd")
            proposed = current + timedelta(days=7)
            self.due_on.setDate(QDate(proposed.year, proposed.month, proposed.day))
            self._add("due_on", self.tr("New due date"), self.due_on, required=True)
            self.due_on.dateChanged.connect(lambda _d: self._edited("due_on"))
            self._add_current_due()
        elif name == "escalate":
            self.level = choice_combo(ESCALATION_LEVELS, empty=self.tr("— choose —"))
            self._add("level", self.tr("Coordination level"), self.level, required=True)
            self.level.currentIndexChanged.connect(lambda _i: self._edited("level"))
        elif name == "close":
            note = QLabel(
                self.tr(
                    "Closing files the entry as done (办结). It then takes no further steps. Close it now?"
                )
            )
            note.setWordWrap(True)
            self.form.addRow(note)
        if "reason" in self.action.needs:
            hints = {
                "return": self.tr("Why it goes back, and on what basis"),
                "redo": self.tr("What the enterprise is still unhappy about"),
                "extend": self.tr("Why more time is needed"),
                "escalate": self.tr("Why the department cannot solve it alone"),
            }
            self.reason = self._text_box(hints.get(name, ""))
            self._add("reason", self.tr("Reason"), self.reason, required=True)
            self.reason.textChanged.connect(lambda: self._edited("reason"))

    def _add_current_due(self) -> None:
        label = QLabel(fill(self.tr("Due now: %1"), self.entry.get("due_on") or "—"))
        label.setObjectName("emptyHint")
        self.form.addRow("", label)

    def _text_box(self, placeholder: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setPlaceholderText(placeholder)
        box.setFixedHeight(84)
        return box

    def _add(self, key: str, label: str, widget: QWidget, *, required: bool = False) -> None:
        self.widgets[key] = widget
        self.form.add_field(key, label, widget, required=required)

    # -- values and validation ------------------------------------------------------------------

    def params(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for key, widget in self.widgets.items():
            if isinstance(widget, QComboBox):
                values[key] = widget.currentText().strip() if widget.isEditable() else widget.currentData()
            elif isinstance(widget, QLineEdit):
                values[key] = widget.text().strip()
            elif isinstance(widget, QPlainTextEdit):
                values[key] = widget.toPlainText().strip()
            elif isinstance(widget, QDateEdit):
                values[key] = widget.date().toString("yyyy-MM-dd")
        return {k: v for k, v in values.items() if v not in (None, "")}

    def _edited(self, key: str) -> None:
        self._touched.add(key)
        self.validate()

    def validate(self, *, show_all: bool = False) -> None:
        self.problems = workflow.check(
            self.action.name,
            self.entry["status"],
            self.entry.get("satisfaction") or "",
            self.params(),
            current_due=parse_date(self.entry.get("due_on")),
        )
        self.form.show_problems(self.problems, visible_fields=None if show_all else self._touched)
        self.general.show_problems([p for p in self.problems if p.field is None])
        self.ok_button.setEnabled(not any(p.field is None for p in self.problems))

    def accept(self) -> None:
        self.validate(show_all=True)
        if self.problems:
            return
        super().accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        entry: Row,
        action: str,
        departments: Sequence[str] = (),
    ) -> dict[str, Any] | None:
        """The parameters for ``action`` on ``entry``, or None if the officer cancelled."""
        if action in NO_DIALOG:
            return {}
        dialog = cls(entry, action, departments, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        params = dialog.params() if accepted else None
        dialog.deleteLater()
        return params
