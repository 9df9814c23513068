"""Excel import and export of the ledger, and bulk 分办, each on the job pool with progress and cancel.

The work is :mod:`app.io.ledger` and the core's workflow; this module chooses files, runs the work on
a thread with its own Services, and reports the result. A job that wrote publishes one
:class:`~app.services.Changes`, so every screen refreshes as after any other mutation.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.io.importing import ExportResult
from app.io.ledger import LedgerImportResult, export_ledger, import_ledger
from app.services import Services
from app.store.search import ListQuery
from ui.background import Progress
from ui.context import AppContext
from ui.dialogs.bulk_result import BulkResultDialog
from ui.dialogs.job_progress import JobWatcher, run_job
from ui.dialogs.ledger_files import LedgerFiles
from ui.dialogs.ledger_import_result import LedgerImportResultDialog
from ui.dialogs.messages import Messages
from ui.i18n import fill, message_lang
from ui.pages.ledger_data import BulkOutcome, dispatch_entries, rows_of

translate = QCoreApplication.translate


def start_import(
    parent: QWidget | None,
    ctx: AppContext,
    path: Path | None = None,
    *,
    after: Callable[[], None] | None = None,
) -> JobWatcher | None:
    """Ask for a ledger spreadsheet (unless given) and import it; None if the officer cancelled.

    ``after`` runs on the GUI thread once the import has ended and its result was shown.
    """
    path = path or LedgerFiles.open_ledger(parent)
    if path is None:
        return None

    def finished(result: LedgerImportResult) -> None:
        ctx.bus.publish(result.changes)
        LedgerImportResultDialog.show_result(parent, result)
        if after is not None:
            after()

    return run_job(
        parent,
        ctx,
        translate("LedgerJobs", "Import problem ledger"),
        fill(translate("LedgerJobs", "Importing %1…"), path.name),
        lambda services, progress: import_ledger(services, path, progress=progress),
        finished,
    )


def export_file_name(selected: bool = False) -> str:
    if selected:
        return fill(translate("LedgerJobs", "Ledger selection %1.xlsx"), date.today().isoformat())
    return fill(translate("LedgerJobs", "Problem ledger %1.xlsx"), date.today().isoformat())


def start_export(
    parent: QWidget | None, ctx: AppContext, *, query: ListQuery | None = None, rids: list[int] | None = None
) -> JobWatcher | None:
    """Export what the list shows (``query``) or the selected rows (``rids``) to a chosen file."""
    path = LedgerFiles.save_ledger(parent, export_file_name(rids is not None))
    if path is None:
        return None

    def work(services: Services, progress: Progress) -> ExportResult:
        if rids is None:
            return export_ledger(services, path, query=query, progress=progress)
        ids = [row["id"] for row in rows_of(services, rids)]
        return export_ledger(services, path, entry_ids=ids, progress=progress)

    def finished(result: ExportResult) -> None:
        if result.cancelled:
            Messages.info(parent, translate("LedgerJobs", "The export was stopped; no file was written."))
        else:
            Messages.info(
                parent,
                fill(translate("LedgerJobs", "Exported %1 ledger entries to %2."), result.count, result.path),
            )

    return run_job(
        parent,
        ctx,
        translate("LedgerJobs", "Export problem ledger"),
        fill(translate("LedgerJobs", "Exporting to %1…"), path.name),
        work,
        finished,
    )


def start_bulk_dispatch(
    parent: QWidget | None, ctx: AppContext, rids: list[int], department: str, handler: str
) -> JobWatcher:
    """分办 the selected entries that are 待签收; report the rest with their reasons."""
    lang = message_lang()

    def finished(outcome: BulkOutcome) -> None:
        ctx.bus.publish(outcome.changes)
        summary = fill(
            translate("LedgerJobs", "Dispatched %1 entries to %2; %3 skipped."),
            len(outcome.changed),
            department,
            len(outcome.skipped),
        )
        if outcome.cancelled:
            summary += ("" if lang == "zh" else " ") + translate(
                "LedgerJobs", "Stopped before the end of the selection."
            )
        BulkResultDialog.show_result(
            parent, translate("LedgerJobs", "Bulk dispatch"), summary, outcome.skipped
        )

    return run_job(
        parent,
        ctx,
        translate("LedgerJobs", "Bulk dispatch"),
        fill(translate("LedgerJobs", "Dispatching to %1…"), department),
        lambda services, progress: dispatch_entries(
            services, rids, department=department, handler=handler, lang=lang, progress=progress
        ),
        finished,
    )
