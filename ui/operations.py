"""Running mutations from the GUI and telling every screen what changed (the Anki pattern).

A mutation is a call into :mod:`app.services` that returns :class:`~app.services.Changes`. After it
succeeds, :class:`ChangeBus` emits the Changes once, app-wide; each screen checks ``changes.touches``
for the tables it shows and reloads if visible or marks itself stale until it is shown. Expected
failures (:class:`~app.errors.HuhangError`) become a translated message, never a traceback.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.errors import HuhangError
from app.services import Changes
from ui.dialogs.messages import Messages
from ui.i18n import message_lang


class ChangeBus(QObject):
    """The one signal every screen listens to. ``origin`` is the widget that made the change, if any,
    so it can skip reloading what it already shows."""

    changed = Signal(object, object)  # Changes, origin (QObject or None)

    def publish(self, changes: Changes, origin: QObject | None = None) -> None:
        if changes.tables:
            self.changed.emit(changes, origin)


def error_text(exc: HuhangError) -> str:
    return exc.message(message_lang())


def run_op(
    parent: QWidget | None, bus: ChangeBus, mutation: Callable[[], Changes], *, origin: QObject | None = None
) -> Changes | None:
    """Run ``mutation`` now; publish its Changes, or explain its expected failure and return None."""
    try:
        changes = mutation()
    except HuhangError as exc:
        Messages.error(parent, error_text(exc))
        return None
    bus.publish(changes, origin)
    return changes
