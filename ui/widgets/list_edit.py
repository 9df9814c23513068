"""A one-line editor for short lists (officers, departments), written the way officers write them:
separated by 、 or ，(commas and semicolons of either width also work)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLineEdit, QWidget

_SEPARATORS = re.compile(r"[、，,；;]+")


def split_list(text: str) -> list[str]:
    seen: list[str] = []
    for part in (p.strip() for p in _SEPARATORS.split(text)):
        if part and part not in seen:
            seen.append(part)
    return seen


class ListLineEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def values(self) -> list[str]:
        return split_list(self.text())

    def set_values(self, values: list[str]) -> None:
        self.setText("、".join(values))
