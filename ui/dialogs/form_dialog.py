"""What record forms share: the save flow, and asking before typed work is thrown away.

Saving is the same for every record form: check what was typed, call the core, show a refusal beside
the fields (or as a message when it is about no field), publish the returned ``Changes`` and close.
Each form says only how to check itself (:meth:`ready_to_save`), what to save (:meth:`save`) and how
to show a refusal (:meth:`show_refusal`).

An officer may have typed half a page of findings; Esc, Cancel or closing the window must not lose it
silently, so once anything has been edited, leaving without saving asks first.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from app.errors import HuhangError, ValidationFailed
from app.services import Changes
from ui.context import AppContext
from ui.dialogs.messages import Messages
from ui.operations import error_text


class FormDialog(QDialog):
    _ctx: AppContext  # set by each form before it can be saved

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dirty = False  # edited since opened and not saved
        self.saved_id: str | None = None  # the record saved, once the form was accepted

    # -- the save flow --------------------------------------------------------------------------------

    def save(self) -> Changes:
        """Write the record through the core; raises what the core raises."""
        raise NotImplementedError

    def ready_to_save(self) -> bool:
        """Check everything and show every problem; whether saving may go ahead."""
        self.validate_now()
        if self.has_errors():
            self._show(self.problems, show_all=True)
            return False
        return True

    def show_refusal(self, failed: ValidationFailed) -> None:
        self._show(failed.problems + failed.warnings, show_all=True)

    def accept(self) -> None:
        if not self.ready_to_save():
            return
        try:
            changes = self.save()
        except ValidationFailed as failed:
            self.show_refusal(failed)
            return
        except HuhangError as exc:
            Messages.error(self, error_text(exc))
            return
        self._ctx.bus.publish(changes, self)
        self.saved_id = changes.id
        self.dirty = False
        super().accept()

    # Forms that use the default checks provide these.
    problems: list  # type: ignore[type-arg]

    def validate_now(self) -> None:
        raise NotImplementedError

    def has_errors(self) -> bool:
        raise NotImplementedError

    def _show(self, problems: list, *, show_all: bool = False) -> None:  # type: ignore[type-arg]
        raise NotImplementedError

    # -- leaving ------------------------------------------------------------------------------------

    def reject(self) -> None:
        if self.dirty and not Messages.confirm(
            self,
            self.tr("Discard changes"),
            self.tr("What you entered in this form has not been saved. Discard it?"),
            self.tr("Discard"),
        ):
            return
        super().reject()

    def discard(self) -> None:
        """Close without saving and without asking."""
        self.dirty = False
        super().reject()
