"""Read-only label/value grids for detail panes, with text that can be selected and copied."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from ui.i18n import message_lang


class DetailGrid(QGridLayout):
    """Rows of "label: value" in ``columns`` pairs side by side."""

    def __init__(self, columns: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = columns
        self._count = 0
        self.values: dict[str, QLabel] = {}
        self.setHorizontalSpacing(12)
        self.setVerticalSpacing(6)
        for c in range(columns):
            self.setColumnStretch(c * 2 + 1, 1)

    def add(self, key: str, label: str, *, wide: bool = False) -> QLabel:
        caption = QLabel(label + ("：" if message_lang() == "zh" else ":"))
        caption.setObjectName("detailCaption")
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        value = QLabel()
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if wide and self._count % self._columns:
            self._count += self._columns - self._count % self._columns
        row, col = divmod(self._count, self._columns)
        self.addWidget(caption, row, col * 2)
        if wide:
            self.addWidget(value, row, 1, 1, self._columns * 2 - 1)
            self._count += self._columns
        else:
            self.addWidget(value, row, col * 2 + 1)
            self._count += 1
        self.values[key] = value
        return value

    def set(self, key: str, text: str) -> None:
        self.values[key].setText(text or "—")
