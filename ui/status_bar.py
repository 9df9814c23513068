"""The status bar: connection state and how many changes wait to be sent.

Until the sync issue lands the device is always offline and never enrolled; the count of waiting
changes is real (every mutation writes an outbox row), so officers can see work piling up.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from app.services import Changes
from ui.context import AppContext
from ui.store_facts import pending_change_count


class MainStatusBar(QStatusBar):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.connection = QLabel(self.tr("Offline · not enrolled with a server"))
        self.connection.setObjectName("offlineIndicator")
        self.pending = QLabel()
        self.addPermanentWidget(self.pending)
        self.addPermanentWidget(self.connection)
        ctx.bus.changed.connect(self._changes_seen)
        self.update_pending()

    def _changes_seen(self, _changes: Changes, _origin: QObject | None) -> None:
        self.update_pending()

    def update_pending(self) -> None:
        count = pending_change_count(self._ctx.services)
        self.pending.setText(self.tr("%n change(s) waiting to be sent", "", count))
