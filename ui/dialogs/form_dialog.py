"""What record forms share: asking before typed work is thrown away.

An officer may have typed half a page of findings; Esc, Cancel or closing the window must not lose it
silently, so once anything has been edited, leaving without saving asks first.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from ui.dialogs.messages import Messages


class FormDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dirty = False  # edited since opened and not saved

    def reject(self) -> None:
        if self.dirty and not Messages.confirm(
            self,
            self.tr("Discard changes"),
            self.tr("What you entered in this form has not been saved. Discard it?"),
            self.tr("Discard"),
        ):
            return
        super().reject()

    def discard(self) -> None:
        """Close without saving and without asking."""
        self.dirty = False
        super().reject()
