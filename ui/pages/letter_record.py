"""What happened to an issued letter: its number, delivery, reply, closing and corrections.

Shown above the (read-only) fields of an issued letter, so the officer chasing a reply sees at a
glance where it stands and whether the reply is overdue, without reading the letter again.
"""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.i18n import fill
from ui.models.letter_table import OVERDUE_COLOUR, days_overdue
from ui.widgets.detail_fields import DetailGrid


def local_time(stamp: str) -> str:
    """A stored UTC time (``2026-12-03T05:38:12.345Z``) as local minutes: ``2026-12-03 13:38``."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class LetterRecord(QWidget):
    letter_activated = Signal(str)  # the letter this one corrects, or its correction

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overdue = QLabel()
        self.overdue.setObjectName("overdueWarning")
        self.overdue.setStyleSheet(f"color: {OVERDUE_COLOUR.name()}; font-weight: bold;")
        self.overdue.setWordWrap(True)
        self.overdue.hide()
        self.grid = DetailGrid(columns=2)
        self.grid.add("number", self.tr("Number"))
        self.grid.add("status", self.tr("Status"))
        self.grid.add("issued", self.tr("Issued"))
        self.grid.add("deadline", self.tr("Deadline"))
        self.grid.add("delivered", self.tr("Delivered"))
        self.grid.add("replied", self.tr("Reply received"))
        self.grid.add("closed", self.tr("Closed"))
        self.grid.add("reply", self.tr("Reply"), wide=True)
        self.grid.add("files", self.tr("Reply files"), wide=True)
        self.grid.add("correction", self.tr("Correction"), wide=True)
        for key, value in self.grid.values.items():
            linked = key in ("files", "correction")
            value.setTextFormat(Qt.TextFormat.RichText if linked else Qt.TextFormat.PlainText)
            if linked:
                value.setTextInteractionFlags(
                    Qt.TextInteractionFlag.TextSelectableByMouse
                    | Qt.TextInteractionFlag.LinksAccessibleByMouse
                )
        self.grid.values["files"].linkActivated.connect(self._open_file)
        self.grid.values["correction"].linkActivated.connect(self.letter_activated.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(self.overdue)
        layout.addLayout(self.grid)

    def show_letter(
        self, row: dict[str, Any], files: list[tuple[str, str]], related: dict[str, str] | None = None
    ) -> None:
        """``files``: (name, path) of the reply's attachments; ``related``: letter id → its 文号."""
        grid = self.grid
        grid.set("number", row["number"])
        grid.set("status", row["status"])
        grid.set("issued", " ".join(p for p in (local_time(row["issued_at"]), row["issued_by"]) if p))
        grid.set("deadline", row["deadline"])
        grid.set(
            "delivered",
            fill(self.tr("%1, received by %2"), row["delivered_on"], row["delivered_to"])
            if row["delivered_on"]
            else "",
        )
        grid.set("replied", row["reply_on"])
        grid.set("closed", row["closed_on"])
        grid.set("reply", row["reply_content"])
        links = [
            f'<a href="{html.escape(QUrl.fromLocalFile(path).toString())}">{html.escape(name)}</a>'
            for name, path in files
        ]
        grid.set("files", "<br>".join(links))
        grid.set("correction", self._correction_text(row, related or {}))
        days = days_overdue(row)
        self.overdue.setVisible(days > 0)
        if days > 0:
            self.overdue.setText(
                fill(self.tr("The reply is %n day(s) overdue (deadline %1).", "", days), row["deadline"])
            )

    def _correction_text(self, row: dict[str, Any], related: dict[str, str]) -> str:
        parts = []
        if row.get("supersedes_id"):
            old = row["supersedes_id"]
            parts.append(
                fill(self.tr("Corrects %1"), f'<a href="{old}">{html.escape(related.get(old, old))}</a>')
            )
        if row.get("superseded_by"):
            parts.append(fill(self.tr("Superseded by %1"), html.escape(row["superseded_by"])))
        return "<br>".join(parts)

    def _open_file(self, url: str) -> None:
        QDesktopServices.openUrl(QUrl(url))
