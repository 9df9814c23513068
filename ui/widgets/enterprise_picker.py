"""Choosing the enterprise of a visit by typing part of its name, address or credit code.

The completer's model is refilled from ``Services.enterprise_choices`` a moment after each keystroke,
so the list stays right for 100,000 enterprises without loading them. Choosing a match sets the
enterprise id; typing anything else clears it again, and a name that matches nothing is reported.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QVBoxLayout, QWidget

from app.services import Services
from ui.i18n import fill
from ui.models.enterprise_choices import EnterpriseChoicesModel
from ui.models.lazy_table import ID_ROLE

LOOKUP_DELAY_MS = 150
POPUP_WIDTH = 560


class EnterprisePicker(QWidget):
    changed = Signal()  # the chosen enterprise or the typed text changed

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._enterprise_id: str | None = None
        self._chosen_name = ""
        self.line = QLineEdit()
        self.line.setPlaceholderText(self.tr("Type part of the name, address or credit code"))
        self.model = EnterpriseChoicesModel(services, self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(Qt.ItemDataRole.EditRole)
        self.completer.setMaxVisibleItems(12)
        self.line.setCompleter(self.completer)
        self.completer.activated[QModelIndex].connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self.look_up)
        self.line.textEdited.connect(self._typed)
        self.line.editingFinished.connect(self._finished)

    def enterprise_id(self) -> str | None:
        return self._enterprise_id

    def text(self) -> str:
        return self.line.text().strip()

    def set_enterprise(self, enterprise_id: str, name: str) -> None:
        self._enterprise_id = enterprise_id
        self._chosen_name = name
        self.line.setText(name)
        self.changed.emit()

    def error(self) -> str | None:
        """What is wrong with the typed text, if it names no enterprise (empty is the core's to judge)."""
        if self._enterprise_id is None and self.text():
            return fill(self.tr('No enterprise matches "%1"; choose one from the list'), self.text())
        return None

    def _typed(self, text: str) -> None:
        if self._enterprise_id is not None and text.strip() != self._chosen_name:
            self._enterprise_id = None
        self._timer.start()
        self.changed.emit()

    def look_up(self) -> None:
        """Refill the matches for the current text and show them."""
        self._timer.stop()
        self.model.refresh(self.text())
        if self.model.rowCount() and self.line.hasFocus() and self._enterprise_id is None:
            # Wider than the field, so name, credit code and district all show.
            self.completer.complete(QRect(0, 0, max(self.line.width(), POPUP_WIDTH), self.line.height()))

    def _chosen(self, index: QModelIndex) -> None:
        enterprise_id = index.data(ID_ROLE)
        if enterprise_id:
            self.set_enterprise(str(enterprise_id), str(index.data(Qt.ItemDataRole.EditRole)))

    def _finished(self) -> None:
        """Leaving the field with exactly one enterprise of that name chooses it."""
        if self._enterprise_id is not None or not self.text():
            return
        self.model.refresh(self.text())
        exact = [c for c in self.model.choices() if c["name"] == self.text()]
        if len(exact) == 1:
            self.set_enterprise(exact[0]["id"], exact[0]["name"])
