"""What the main window expects of every screen.

A screen reacts to :class:`~app.services.Changes` only for the tables it shows: when visible it
reloads at once, otherwise it marks itself stale and reloads the next time it is shown (the Anki
pattern), so a big import does not make five hidden screens re-query.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from app.services import Changes
from ui.context import AppContext


class Page(QWidget):
    # Navigation requests a screen can make; the main window carries them out.
    open_visit = Signal(str)
    open_enterprise = Signal(str)
    open_entry = Signal(str)  # a ledger entry (诉求台账)
    open_rectification = Signal(str)
    open_letter = Signal(str)

    tables: tuple[str, ...] = ()  # the Changes tables this screen shows
    searchable = False  # whether the toolbar's search box applies to this screen

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stale = True  # nothing loaded yet
        ctx.bus.changed.connect(self._on_changes)

    def _on_changes(self, changes: Changes, origin: QObject | None) -> None:
        if not self.tables or not changes.touches(*self.tables):
            return
        if self.isVisible():
            self.apply_changes(changes)
        else:
            self.stale = True

    def apply_changes(self, changes: Changes) -> None:
        """Bring the visible screen up to date after ``changes`` (which touch :attr:`tables`)."""
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def refresh(self) -> None:
        """Re-read what this screen shows."""
        self.stale = False

    # -- toolbar hooks ------------------------------------------------------------------------------

    def search_text(self) -> str:
        return ""

    def search(self, text: str) -> None:
        """Search this screen's list for ``text``."""

    def new_record(self) -> None:
        """Ctrl+N on this screen."""

    def save_state(self) -> None:
        """Keep per-machine UI state (sort, filters, column widths) for the next run."""
