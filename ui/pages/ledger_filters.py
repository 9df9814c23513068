"""The ledger list's filter row: status, matter type, scenario, department, district, overdue, due range.

Each filter is one of the core's list filters (:data:`app.services.ledger.LEDGER_LIST`), so filtering
happens in SQL. The department box is editable: the officer picks one of the departments already in
the ledger or types a name; it applies when the typing is finished, not on every keystroke.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from app.domain.districts import NAMES
from app.domain.ledger import MATTER_TYPES, STATUSES
from ui.widgets.form_fields import choice_combo, coded_combo, select_data

COMBOS = ("status", "matter_type", "scenario", "district")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class LedgerFilterBar(QWidget):
    changed = Signal(str, object)  # filter name, value ("" or None clears it)

    def __init__(self, scenarios: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = choice_combo(STATUSES, empty=self.tr("All statuses"))
        self.matter_type = choice_combo(MATTER_TYPES, empty=self.tr("All matter types"))
        self.scenario = choice_combo(scenarios, empty=self.tr("All scenarios"))
        self.district = coded_combo(NAMES, empty=self.tr("All districts"))
        self.department = QComboBox()
        self.department.setEditable(True)
        self.department.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.department.setMinimumWidth(180)
        self.department.lineEdit().setPlaceholderText(self.tr("All departments"))
        self.department.lineEdit().setClearButtonEnabled(True)
        self.department.addItem("")
        self._department = ""
        self.overdue = QCheckBox(self.tr("Overdue only"))
        self.due_range = QCheckBox(self.tr("Due from"))
        self.due_from = QDateEdit()
        self.due_to = QDateEdit()
        today = date.today()
        for edit, day in ((self.due_from, today), (self.due_to, today + timedelta(days=7))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(_qdate(day))
            edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for combo in (self.status, self.matter_type, self.scenario):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            layout.addWidget(combo)
        layout.addWidget(self.department)
        self.district.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        layout.addWidget(self.district)
        layout.addSpacing(8)
        layout.addWidget(self.overdue)
        layout.addSpacing(8)
        layout.addWidget(self.due_range)
        layout.addWidget(self.due_from)
        layout.addWidget(QLabel(self.tr("to")))
        layout.addWidget(self.due_to)
        layout.addStretch(1)
        self._connect()

    def _connect(self) -> None:
        for name in COMBOS:
            combo: QComboBox = getattr(self, name)
            combo.currentIndexChanged.connect(
                lambda _i, n=name, c=combo: self.changed.emit(n, c.currentData())
            )
        self.department.lineEdit().editingFinished.connect(self._department_done)
        self.department.activated.connect(lambda _i: self._department_done())
        self.overdue.toggled.connect(lambda on: self.changed.emit("overdue", True if on else None))
        self.due_range.toggled.connect(self._due_toggled)
        self.due_from.dateChanged.connect(lambda _d: self._due_changed("due_from"))
        self.due_to.dateChanged.connect(lambda _d: self._due_changed("due_to"))

    def _department_done(self) -> None:
        text = self.department.currentText().strip()
        if text != self._department:
            self._department = text
            self.changed.emit("department", text)

    def _due_toggled(self, on: bool) -> None:
        self.due_from.setEnabled(on)
        self.due_to.setEnabled(on)
        self.changed.emit("due_from", self.due_from.date().toString("yyyy-MM-dd") if on else None)
        self.changed.emit("due_to", self.due_to.date().toString("yyyy-MM-dd") if on else None)

    def _due_changed(self, name: str) -> None:
        if self.due_range.isChecked():
            edit = self.due_from if name == "due_from" else self.due_to
            self.changed.emit(name, edit.date().toString("yyyy-MM-dd"))

    # -- values -----------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The filters as the core's list query takes them (empty ones left out)."""
        out: dict[str, Any] = {name: getattr(self, name).currentData() for name in COMBOS}
        out["department"] = self._department
        out["overdue"] = True if self.overdue.isChecked() else None
        if self.due_range.isChecked():
            out["due_from"] = self.due_from.date().toString("yyyy-MM-dd")
            out["due_to"] = self.due_to.date().toString("yyyy-MM-dd")
        return {k: v for k, v in out.items() if v not in (None, "")}

    def set_values(self, values: dict[str, Any]) -> None:
        """Show saved filters without announcing each one (the caller sets the query once)."""
        widgets: list[QWidget] = [getattr(self, n) for n in COMBOS]
        widgets += [self.department, self.overdue, self.due_range, self.due_from, self.due_to]
        for widget in widgets:
            widget.blockSignals(True)
        self.department.lineEdit().blockSignals(True)
        try:
            for name in COMBOS:
                select_data(getattr(self, name), str(values.get(name) or ""))
            self._department = str(values.get("department") or "")
            self.department.setCurrentText(self._department)
            self.overdue.setChecked(bool(values.get("overdue")))
            ranged = bool(values.get("due_from") and values.get("due_to"))
            self.due_range.setChecked(ranged)
            self.due_from.setEnabled(ranged)
            self.due_to.setEnabled(ranged)
            if ranged:
                self.due_from.setDate(QDate.fromString(str(values["due_from"]), "yyyy-MM-dd"))
                self.due_to.setDate(QDate.fromString(str(values["due_to"]), "yyyy-MM-dd"))
        finally:
            for widget in widgets:
                widget.blockSignals(False)
            self.department.lineEdit().blockSignals(False)

    def set_scenarios(self, scenarios: Sequence[str]) -> None:
        """A new scenario list from the settings; the chosen one stays if it is still there."""
        current = self.scenario.currentData() or ""
        self.scenario.blockSignals(True)
        while self.scenario.count() > 1:
            self.scenario.removeItem(1)
        for name in scenarios:
            self.scenario.addItem(name, name)
        self.scenario.blockSignals(False)
        index = self.scenario.findData(current)
        self.scenario.setCurrentIndex(max(index, 0))  # announces a cleared filter if it went away

    def set_departments(self, departments: Sequence[str]) -> None:
        text = self.department.currentText()
        self.department.blockSignals(True)
        self.department.clear()
        self.department.addItem("")
        self.department.addItems(list(departments))
        self.department.setCurrentText(text)
        self.department.blockSignals(False)
