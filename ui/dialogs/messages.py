"""Message boxes: errors, information, questions and confirmations before irreversible steps.

Every caller goes through these classmethods, so a test can replace one answer without a real modal
box ever blocking it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate


class Messages:
    @classmethod
    def error(cls, parent: QWidget | None, text: str, title: str | None = None) -> None:
        QMessageBox.warning(parent, title or translate("Messages", "Huhang"), text)

    @classmethod
    def info(cls, parent: QWidget | None, text: str, title: str | None = None) -> None:
        QMessageBox.information(parent, title or translate("Messages", "Huhang"), text)

    @classmethod
    def question(cls, parent: QWidget | None, title: str, text: str) -> bool:
        """A yes/no question; True for yes."""
        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def confirm(cls, parent: QWidget | None, title: str, text: str, action: str) -> bool:
        """Ask before something that cannot be undone from the UI; ``action`` labels the button."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
        go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is go
