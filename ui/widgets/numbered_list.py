"""An editor for a numbered list of sentences (the problems a letter lists as （一）（二）…).

Each item is one row whose number is the row header, so the officer sees the order the letter will
print and moves items up and down instead of retyping numbers; the letter template numbers them in
Chinese, and a number the officer typed into the text is dropped there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

MIN_HEIGHT = 120  # the four buttons beside it
MAX_HEIGHT = 260
EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
)


class NumberedListEdit(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 1)
        self.table.horizontalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        )
        self.table.setWordWrap(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(EDIT_TRIGGERS)
        self.table.itemChanged.connect(self._item_changed)
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        self.add_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _item_changed(self, _item: QTableWidgetItem) -> None:
        self._fit_height()  # a longer text may wrap onto another line
        self.changed.emit()

    def values(self) -> list[str]:
        texts = [self.table.item(r, 0).text().strip() for r in range(self.table.rowCount())]
        return [t for t in texts if t]

    def set_values(self, values: list[str]) -> None:
        """Replace the items without reporting a change (loading a record is not an edit)."""
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for value in values:
            self._append(value)
        self.table.blockSignals(False)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the items plus an empty line (within limits), so short lists leave no blank box."""
        self.table.resizeRowsToContents()
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        spare = self.table.verticalHeader().defaultSectionSize()
        height = rows + spare + 2 * self.table.frameWidth()
        self.table.setFixedHeight(max(MIN_HEIGHT, min(MAX_HEIGHT, height)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()  # narrower means more wrapped lines

    def item(self, row: int) -> QTableWidgetItem:
        return self.table.item(row, 0)

    def _append(self, text: str) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(text))
        self._fit_height()
        return row

    def add_item(self) -> None:
        row = self._append("")
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._fit_height()
            self.changed.emit()

    def move_current(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        item = self.table.takeItem(row, 0)
        other = self.table.takeItem(target, 0)
        self.table.blockSignals(True)
        self.table.setItem(row, 0, other)
        self.table.setItem(target, 0, item)
        self.table.blockSignals(False)
        self.table.setCurrentCell(target, 0)
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if read_only else EDIT_TRIGGERS
        )
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setVisible(not read_only)
