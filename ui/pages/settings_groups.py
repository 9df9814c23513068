"""Settings groups for the ledger and for letters, each with its own Save.

These are database settings (they change due dates and letters, and they sync), written through
``Services.set_settings``; nothing here is per-machine UI state. A new time limit or day count applies
to entries registered from then on: an entry keeps the limit and due date it was given.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain import ledger
from app.domain.deadlines import known_years
from app.domain.letter import DEFAULT_PREFIXES, KINDS
from app.letters.fonts import find_official_fonts, missing_official_fonts
from ui.context import AppContext
from ui.i18n import fill
from ui.operations import run_op
from ui.widgets.problem_label import ERROR_COLOUR

MAX_LIMIT_DAYS = 365


def hint(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("emptyHint")
    label.setWordWrap(True)
    return label


def save_row(button: QPushButton, note: QLabel) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(button)
    row.addWidget(note, 1)
    return row


class LedgerSettings(QGroupBox):
    """Time limit per matter type, working or calendar days, and the problem-scenario list."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Problem ledger"), parent)
        self.ctx = ctx
        self.form = QFormLayout(self)
        self.limits: dict[str, QSpinBox] = {}
        limits = QGridLayout()  # three to a row, so the group stays narrow enough for two columns
        limits.setHorizontalSpacing(6)
        for i, matter in enumerate(ledger.MATTER_TYPES):
            spin = QSpinBox()
            spin.setRange(1, MAX_LIMIT_DAYS)
            spin.setMinimumWidth(64)
            spin.setToolTip(fill(self.tr("Time limit for %1 matters"), matter))
            self.limits[matter] = spin
            row, column = divmod(i, 3)
            limits.addWidget(QLabel(matter), row, column * 2, Qt.AlignmentFlag.AlignRight)
            limits.addWidget(spin, row, column * 2 + 1)
        limits.setColumnStretch(6, 1)
        self.form.addRow(self.tr("Time limits (days):"), limits)

        self.working = QRadioButton(self.tr("Working days (holidays and 调休 observed)"))
        self.calendar = QRadioButton(self.tr("Calendar days"))
        self.unit_group = QButtonGroup(self)
        self.unit_group.addButton(self.working)
        self.unit_group.addButton(self.calendar)
        unit_row = QHBoxLayout()
        unit_row.addWidget(self.working)
        unit_row.addWidget(self.calendar)
        unit_row.addStretch(1)
        self.form.addRow(self.tr("Count in:"), unit_row)
        first, last = known_years()
        self.calendar_note = hint(
            fill(
                self.tr(
                    "The holiday calendar covers %1–%2. For later years Monday to Friday count as working "
                    "days and the due date is marked provisional until an update brings that year's "
                    "arrangement."
                ),
                first,
                last,
            )
        )
        self.form.addRow("", self.calendar_note)

        self.scenarios = QListWidget()
        self.scenarios.setMaximumHeight(150)
        self.scenarios.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.scenarios.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        add = QPushButton(self.tr("Add"))
        remove = QPushButton(self.tr("Remove"))
        defaults = QPushButton(self.tr("Restore defaults"))
        add.clicked.connect(self.add_scenario)
        remove.clicked.connect(self.remove_scenario)
        defaults.clicked.connect(lambda: self.show_scenarios(ledger.DEFAULT_SCENARIOS))
        side = QVBoxLayout()
        for button in (add, remove, defaults):
            side.addWidget(button)
        side.addStretch(1)
        scenario_row = QHBoxLayout()
        scenario_row.addWidget(self.scenarios, 1)
        scenario_row.addLayout(side)
        self.form.addRow(self.tr("Problem scenarios:"), scenario_row)
        self.form.addRow(
            "", hint(self.tr("Double-click to rename, drag to reorder. Entries keep the scenario they have."))
        )
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.form.addRow("", save_row(self.save_button, self.note))

    # -- scenarios ----------------------------------------------------------------------------------

    def show_scenarios(self, names: tuple[str, ...] | list[str]) -> None:
        self.scenarios.clear()
        for name in names:
            self._scenario_item(name)

    def _scenario_item(self, name: str) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.scenarios.addItem(item)
        return item

    def add_scenario(self) -> None:
        item = self._scenario_item(self.tr("New scenario"))
        self.scenarios.setCurrentItem(item)
        self.scenarios.editItem(item)

    def remove_scenario(self) -> None:
        for item in self.scenarios.selectedItems():
            self.scenarios.takeItem(self.scenarios.row(item))

    def scenario_names(self) -> list[str]:
        return [self.scenarios.item(i).text().strip() for i in range(self.scenarios.count())]

    def scenario_problem(self, names: list[str]) -> str:
        if not [n for n in names if n]:
            return self.tr("Keep at least one problem scenario.")
        if any(not n for n in names):
            return self.tr("A problem scenario has no name.")
        too_long = [n for n in names if len(n) > ledger.FIELDS["scenario"]]
        if too_long:
            return fill(self.tr("“%1” is longer than %2 characters."), too_long[0], ledger.FIELDS["scenario"])
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            return fill(self.tr("“%1” is in the list twice."), twice[0])
        return ""

    # -- loading and saving ---------------------------------------------------------------------------

    def load(self) -> None:
        services = self.ctx.services
        for matter, days in services.time_limits().items():
            if matter in self.limits:
                self.limits[matter].setValue(int(days))
        (self.calendar if services.limit_unit() == "calendar" else self.working).setChecked(True)
        self.show_scenarios(services.scenarios())

    def save(self) -> bool:
        names = self.scenario_names()
        problem = self.scenario_problem(names)
        if problem:
            self.note.setStyleSheet(f"color: {ERROR_COLOUR};")
            self.note.setText(problem)
            return False
        values = {
            "time_limits": {matter: spin.value() for matter, spin in self.limits.items()},
            "limit_unit": "calendar" if self.calendar.isChecked() else "working",
            "scenarios": names,
        }
        if run_op(self, self.ctx.bus, lambda: self.ctx.services.set_settings(**values), origin=self) is None:
            return False
        self.note.setStyleSheet("")
        self.note.setText(self.tr("Saved. New entries get these time limits."))
        return True


class LetterSettings(QGroupBox):
    """The issuing organ, the 文号 prefix per letter kind, and whether to use installed official fonts."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Letters"), parent)
        self.ctx = ctx
        self.form = QFormLayout(self)
        self.organ = QLineEdit()
        self.organ.setMaxLength(100)
        self.organ.setMinimumWidth(320)
        self.organ.setPlaceholderText(self.tr("e.g. 中共广州市天河区纪律检查委员会"))
        self.form.addRow(self.tr("Issuing organ:"), self.organ)
        self.prefixes: dict[str, QLineEdit] = {}
        for kind in KINDS:
            edit = QLineEdit()
            edit.setMaxLength(20)
            edit.setMaximumWidth(220)
            edit.setPlaceholderText(DEFAULT_PREFIXES[kind])
            self.prefixes[kind] = edit
            self.form.addRow(fill(self.tr("%1 number prefix:"), kind), edit)
        self.form.addRow(
            "", hint(self.tr("A number reads prefix〔year〕sequence号, e.g. 穗纪建〔2026〕7号."))
        )
        self.official_fonts = QCheckBox(self.tr("Use the installed official fonts for letters"))
        self.fonts_found = hint(self.tr("Looking for official fonts…"))
        self.form.addRow(self.tr("Fonts:"), self.official_fonts)
        self.form.addRow("", self.fonts_found)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.note = QLabel()
        self.form.addRow("", save_row(self.save_button, self.note))

    def load(self) -> None:
        services = self.ctx.services
        self.organ.setText(services.get_setting("organ_name") or "")
        saved = services.get_setting("letter_prefixes") or {}
        for kind, edit in self.prefixes.items():
            edit.setText(saved.get(kind) or DEFAULT_PREFIXES[kind])
        self.official_fonts.setChecked(bool(services.get_setting("official_fonts")))
        # Looking through the system's font folders can take a moment: not on the GUI thread.
        self.ctx.reader.submit(lambda _services: find_official_fonts(), self.show_fonts, owner=self)

    def show_fonts(self, found: dict[str, Path]) -> None:
        missing = missing_official_fonts(found)
        names = "、".join(path.name for path in found.values())
        if not found:
            text = self.tr("No official fonts are installed; letters use the bundled substitutes.")
        elif missing:
            text = fill(
                self.tr("Found: %1. Not found: %2 (the bundled substitute is used)."),
                names,
                "、".join(missing),
            )
        else:
            text = fill(self.tr("Found: %1."), names)
        self.fonts_found.setText(text)

    def save(self) -> bool:
        values = {
            "organ_name": self.organ.text().strip(),
            "letter_prefixes": {
                kind: edit.text().strip() or DEFAULT_PREFIXES[kind] for kind, edit in self.prefixes.items()
            },
            "official_fonts": self.official_fonts.isChecked(),
        }
        if run_op(self, self.ctx.bus, lambda: self.ctx.services.set_settings(**values), origin=self) is None:
            return False
        self.note.setText(self.tr("Saved."))
        return True
