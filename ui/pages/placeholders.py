"""A clean page for a screen that a later release fills in: its title and one line saying it is coming.

Every screen of this release has its real module now; the page stays for the next screen that lands
before its module does.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.pages.base import Page

translate = QCoreApplication.translate


class PlaceholderPage(Page):
    def __init__(self, ctx: AppContext, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.stale = False
        heading = QLabel(title)
        heading.setObjectName("placeholderTitle")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(explanation)
        text.setObjectName("emptyHint")
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(heading)
        layout.addSpacing(8)
        layout.addWidget(text)
        layout.addStretch(3)
