"""The line under a form field that says what is wrong with it: red for errors, amber for warnings."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.errors import Problem
from ui.i18n import message_lang

ERROR_COLOUR = "#c62828"
WARNING_COLOUR = "#b26a00"


class ProblemLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems: list[Problem] = []
        self._extra: list[tuple[str, str]] = []
        self.hide()

    def show_problems(self, problems: Iterable[Problem], extra_errors: Iterable[str] = ()) -> None:
        """Show the core's problems plus any errors the form itself found (already translated)."""
        self.problems = list(problems)
        lines = [(p.message(message_lang()), p.severity) for p in self.problems]
        lines += [(text, "error") for text in extra_errors]
        self._extra = lines
        if not lines:
            self.clear()
            self.hide()
            return
        self.setText(
            "<br>".join(
                f'<span style="color:{ERROR_COLOUR if severity == "error" else WARNING_COLOUR}">'
                f"{html.escape(text)}</span>"
                for text, severity in lines
            )
        )
        self.show()

    def messages(self) -> list[str]:
        return [text for text, _ in self._extra]

    def has_errors(self) -> bool:
        return any(severity == "error" for _, severity in self._extra)
