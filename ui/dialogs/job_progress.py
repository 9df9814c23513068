"""Long work with a progress dialog that can cancel it (import, export, demo data).

The dialog appears only when the work takes longer than about half a second, so quick jobs do not
flash a window. Cancelling asks the job to stop at its next progress report; what the job had
committed by then stays, and its result says it was cancelled.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.errors import HuhangError
from ui.background import Job, JobFn, JobRunner, report_unexpected
from ui.context import AppContext
from ui.dialogs.messages import Messages
from ui.operations import error_text

SHOW_AFTER_MS = 500
log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class JobWatcher(QObject):
    """Connects a job to its progress dialog and its result callback, on the GUI thread."""

    def __init__(
        self,
        jobs: JobRunner,
        job: Job,
        dialog: QProgressDialog,
        on_finished: Callable[[Any], None],
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self.job = job
        self.dialog = dialog
        self._on_finished = on_finished
        self.finished = False
        job.progress.connect(self._progress)
        job.finished.connect(self._finished)
        job.failed.connect(self._failed)
        dialog.canceled.connect(self._cancel)

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        if total < 0:
            self.dialog.setRange(0, 0)  # unknown total: a busy indicator
        else:
            self.dialog.setRange(0, max(total, 1))
            self.dialog.setValue(min(done, max(total, 1)))

    @Slot()
    def _cancel(self) -> None:
        self.job.cancel()
        self.dialog.setLabelText(self.tr("Stopping…"))

    def _close(self) -> None:
        self.finished = True
        self.dialog.canceled.disconnect(self._cancel)
        self.dialog.reset()
        self.dialog.close()
        self.dialog.deleteLater()
        self.deleteLater()

    @Slot(object)
    def _finished(self, result: Any) -> None:
        self._close()
        if not self.jobs.closed:  # the window is gone: nobody to show the result to
            self._on_finished(result)

    @Slot(object)
    def _failed(self, exc: Exception) -> None:
        self._close()
        if self.jobs.closed:
            log.error("a job failed after the window closed", exc_info=exc)
        elif isinstance(exc, HuhangError):
            Messages.error(self.parent() if isinstance(self.parent(), QWidget) else None, error_text(exc))
        else:
            report_unexpected(exc)


def run_job(
    parent: QWidget | None,
    ctx: AppContext,
    title: str,
    label: str,
    work: JobFn,
    on_finished: Callable[[Any], None],
) -> JobWatcher:
    """Start ``work(services, progress)`` on the job pool with a cancellable progress dialog."""
    job = ctx.jobs.create(work)
    dialog = QProgressDialog(label, translate("JobProgress", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(420)
    watcher = JobWatcher(ctx.jobs, job, dialog, on_finished, parent)
    ctx.jobs.start(job)
    return watcher
