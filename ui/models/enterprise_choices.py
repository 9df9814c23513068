"""Type-ahead matches for the enterprise picker, fed by ``Services.enterprise_choices``.

The core already ranks and limits the matches, so the model holds only those few rows and the
completer shows them unfiltered. The popup shows name, credit code and district so two branches with
similar names can be told apart; the text put into the field is just the name.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from app.domain.districts import name_of
from app.services import Services
from ui.models.lazy_table import ID_ROLE, Row

Index = QModelIndex | QPersistentModelIndex


class EnterpriseChoicesModel(QAbstractListModel):
    LIMIT = 20

    def __init__(self, services: Services, parent: Any = None) -> None:
        super().__init__(parent)
        self._services = services
        self._rows: list[Row] = []
        self._text = ""

    def refresh(self, text: str) -> None:
        text = text.strip()
        if text == self._text:
            return
        self._text = text
        self.beginResetModel()
        self._rows = self._services.enterprise_choices(text, limit=self.LIMIT) if text else []
        self.endResetModel()

    def choices(self) -> list[Row]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row['name']}　{row['uscc']}　{name_of(row['district'])}"
        if role == Qt.ItemDataRole.EditRole:
            return row["name"]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row['name']}\n{row['uscc']}\n{name_of(row['district'])}"
        if role == ID_ROLE:
            return row["id"]
        return None
