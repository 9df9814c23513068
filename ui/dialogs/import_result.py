"""What an import did: counts, every rejected row with its row number and reason, and the rejects file.

Officers fix rejected rows in the rejects file (same columns, plus the row number and the reason) and
import it again, so the dialog says where that file is and opens its folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import fill, message_lang
from ui.models.simple_table import TextTableModel


def _table(model: TextTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    return view


class ImportResultDialog(QDialog):
    def __init__(self, result: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lang = message_lang()
        self.setWindowTitle(self.tr("Import result"))
        self.setMinimumSize(720, 460)
        self.summary = QLabel(self.summary_text(result))
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        for note in result.notes:
            text = QLabel(note.message(lang))
            text.setWordWrap(True)
            text.setObjectName("emptyHint")
            layout.addWidget(text)

        self.rejected_model = TextTableModel(
            [self.tr("Row"), self.tr("Why it was not imported")],
            [(str(r.row), r.reason(lang)) for r in result.rejected_rows],
            self,
        )
        self.warnings_model = TextTableModel(
            [self.tr("Row"), self.tr("Imported; please check")],
            [(str(w.row), w.message(lang)) for w in result.warnings],
            self,
        )
        tabs = QTabWidget()
        tabs.addTab(_table(self.rejected_model), fill(self.tr("Rejected rows (%1)"), str(result.rejected)))
        tabs.addTab(_table(self.warnings_model), fill(self.tr("Warnings (%1)"), str(len(result.warnings))))
        if result.rejected or result.warnings:
            layout.addWidget(tabs, 1)
        else:
            layout.addStretch(1)

        self.rejects = QLabel()
        self.rejects.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        if result.rejects_path is not None:
            self.rejects.setText(
                fill(
                    self.tr(
                        "The rejected rows, with the reason for each, were written to:\n%1\n"
                        "Correct them there and import that file again."
                    ),
                    str(result.rejects_path),
                )
            )
            folder = QPushButton(self.tr("Open folder"))
            folder.clicked.connect(lambda: self.open_folder(Path(result.rejects_path)))
            buttons.addButton(folder, QDialogButtonBox.ButtonRole.ActionRole)
            layout.addWidget(self.rejects)
        elif result.rejects_error is not None:
            self.rejects.setText(
                fill(
                    self.tr("The rejected rows could not be written to a file: %1"),
                    result.rejects_error.message(lang),
                )
            )
            layout.addWidget(self.rejects)
        layout.addWidget(buttons)

    def summary_text(self, result: Any) -> str:
        text = fill(
            self.tr("Imported from %1: %2 new, %3 updated, %4 unchanged, %5 rejected."),
            Path(result.path).name,
            result.imported,
            result.updated,
            result.unchanged,
            result.rejected,
        )
        if result.cancelled:
            text += " " + self.tr(
                "The import was stopped; the rows above were saved, the rest were not read."
            )
        return text

    @staticmethod
    def open_folder(path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    @classmethod
    def show_result(cls, parent: QWidget | None, result: Any) -> None:
        dialog = cls(result, parent)
        dialog.exec()
        dialog.deleteLater()
