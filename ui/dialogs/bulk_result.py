"""What a bulk action did: how many entries it changed, and each one it skipped with the reason.

A bulk 分办 over a selection that mixes statuses is normal (some were already dispatched), so the
skipped ones are not an error: they are listed by number with the reason, for the officer to check.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.simple_table import TextTableModel


class BulkResultDialog(QDialog):
    def __init__(
        self, title: str, summary: str, skipped: Sequence[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumSize(620, 360 if skipped else 140)
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        self.model = TextTableModel([self.tr("Number"), self.tr("Why it was skipped")], skipped, self)
        if skipped:
            view = QTableView()
            view.setModel(self.model)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setAlternatingRowColors(True)
            view.setWordWrap(True)
            view.verticalHeader().hide()
            header = view.horizontalHeader()
            header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            layout.addWidget(view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def show_result(
        cls, parent: QWidget | None, title: str, summary: str, skipped: Sequence[tuple[str, str]]
    ) -> None:
        dialog = cls(title, summary, skipped, parent)
        dialog.exec()
        dialog.deleteLater()
