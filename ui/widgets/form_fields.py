"""Building forms whose fields each carry their own problem line, and the combos the forms share."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.errors import Problem
from ui.widgets.problem_label import ERROR_COLOUR, ProblemLabel

translate = QCoreApplication.translate


def choice_combo(values: Iterable[str], *, empty: str | None = None) -> QComboBox:
    """A combo of domain values (Chinese data, shown as stored); ``empty`` labels the blank choice."""
    combo = QComboBox()
    if empty is not None:
        combo.addItem(empty, "")
    for value in values:
        combo.addItem(value, value)
    return combo


def coded_combo(items: dict[str, str], *, empty: str | None = None) -> QComboBox:
    """A combo showing names and holding codes (districts)."""
    combo = QComboBox()
    if empty is not None:
        combo.addItem(empty, "")
    for code, name in items.items():
        combo.addItem(name, code)
    return combo


def select_data(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


class ProblemForm(QFormLayout):
    """A form layout where every field has a :class:`ProblemLabel` right under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.setHorizontalSpacing(12)
        self.setVerticalSpacing(6)
        self.problem_labels: dict[str, ProblemLabel] = {}
        self.captions: list[QLabel] = []

    def add_field(self, key: str, label: str, widget: QWidget, *, required: bool = False) -> ProblemLabel:
        text = label + (f' <span style="color:{ERROR_COLOUR}">*</span>' if required else "")
        caption = QLabel(text)
        caption.setTextFormat(Qt.TextFormat.RichText)
        caption.setBuddy(widget)
        self.captions.append(caption)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        problems = ProblemLabel()
        column.addWidget(problems)
        self.addRow(caption, box)
        self.problem_labels[key] = problems
        return problems

    def align_captions_with(self, other: ProblemForm) -> None:
        """Give this form's captions the other's width, so two stacked forms line up."""
        width = max((c.sizeHint().width() for c in other.captions), default=0)
        for caption in self.captions:
            caption.setMinimumWidth(width)
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

    def show_problems(
        self,
        problems: Iterable[Problem],
        *,
        visible_fields: Iterable[str] | None = None,
        extra_errors: dict[str, list[str]] | None = None,
    ) -> None:
        """Put each problem beside its field; fields not in ``visible_fields`` stay quiet (untouched)."""
        by_field: dict[str, list[Problem]] = {}
        for problem in problems:
            if problem.field:
                by_field.setdefault(problem.field, []).append(problem)
        shown = set(self.problem_labels) if visible_fields is None else set(visible_fields)
        for key, label in self.problem_labels.items():
            if key in shown:
                label.show_problems(by_field.get(key, []), (extra_errors or {}).get(key, []))
            else:
                label.show_problems([])


def required_hint() -> QLabel:
    hint = QLabel(
        translate("FormFields", 'Fields marked <span style="color:%1">*</span> are required.').replace(
            "%1", ERROR_COLOUR
        )
    )
    hint.setTextFormat(Qt.TextFormat.RichText)
    return hint
