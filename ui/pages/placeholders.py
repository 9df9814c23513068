"""Screens that later releases fill in: 诉求台账, 整改事项, 文书, 统计.

Each is a clean page with its title and one line saying it is coming, kept together here so that each
can be replaced by its real module without touching the others.
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


def ledger_page(ctx: AppContext, title: str) -> PlaceholderPage:
    return PlaceholderPage(
        ctx,
        title,
        translate(
            "PlaceholderPage",
            "The problem ledger (registering, dispatching, handling and closing each demand) "
            "comes in a later release.",
        ),
    )


def rectification_page(ctx: AppContext, title: str) -> PlaceholderPage:
    return PlaceholderPage(
        ctx,
        title,
        translate(
            "PlaceholderPage", "Rectification items with deadlines and verification come in a later release."
        ),
    )


def letters_page(ctx: AppContext, title: str) -> PlaceholderPage:
    return PlaceholderPage(
        ctx,
        title,
        translate(
            "PlaceholderPage",
            "Supervision letters, reminder letters and joint-inspection notices come in a later release.",
        ),
    )


def statistics_page(ctx: AppContext, title: str) -> PlaceholderPage:
    return PlaceholderPage(
        ctx, title, translate("PlaceholderPage", "Statistics and charts come in a later release.")
    )
