"""Import, export and demo data from the UI, each on the job pool with progress and cancel.

The work itself is :mod:`app.io.enterprises` and :mod:`app.demo`; this module picks the files, runs the
work on a thread with its own Services, and reports the result. Once a job has written, one
:class:`~app.services.Changes` is published so every screen refreshes as after any other mutation.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.demo import generate
from app.io.enterprises import ExportResult, ImportResult, export_enterprises, import_enterprises
from app.services import Changes
from ui.context import AppContext
from ui.dialogs.import_result import ImportResultDialog
from ui.dialogs.job_progress import JobWatcher, run_job
from ui.dialogs.messages import Messages
from ui.file_dialogs import FileDialogs
from ui.i18n import fill
from ui.operations import run_op

translate = QCoreApplication.translate


def start_import(parent: QWidget | None, ctx: AppContext, path: Path | None = None) -> JobWatcher | None:
    """Ask for a spreadsheet (unless given) and import its enterprises; None if the officer cancelled."""
    path = path or FileDialogs.open_table(parent)
    if path is None:
        return None

    def finished(result: ImportResult) -> None:
        ctx.bus.publish(result.changes)
        ImportResultDialog.show_result(parent, result)

    return run_job(
        parent,
        ctx,
        translate("DataJobs", "Import enterprises"),
        fill(translate("DataJobs", "Importing %1…"), path.name),
        lambda services, progress: import_enterprises(services, path, progress=progress),
        finished,
    )


def export_file_name() -> str:
    return fill(translate("DataJobs", "Enterprises %1.xlsx"), date.today().isoformat())


def start_export(parent: QWidget | None, ctx: AppContext) -> JobWatcher | None:
    path = FileDialogs.save_table(parent, export_file_name())
    if path is None:
        return None

    def finished(result: ExportResult) -> None:
        if result.cancelled:
            Messages.info(parent, translate("DataJobs", "The export was stopped; no file was written."))
        else:
            Messages.info(
                parent,
                fill(translate("DataJobs", "Exported %1 enterprises to %2."), result.count, result.path),
            )

    return run_job(
        parent,
        ctx,
        translate("DataJobs", "Export enterprises"),
        fill(translate("DataJobs", "Exporting to %1…"), path.name),
        lambda services, progress: export_enterprises(services, path, progress=progress),
        finished,
    )


DEMO_ENTERPRISES = 2000
DEMO_VISITS = 300
DEMO_LEDGER = 1000
DEMO_LETTERS = 12
DEMO_SEED = 2026
DEMO_CHANGES = Changes(frozenset({"enterprises", "visits", "attachments", "ledger_entries", "ledger_events",
                                  "letters", "links", "settings"}))


def offer_demo_data(window: QWidget, ctx: AppContext | None = None) -> JobWatcher | None:
    """On the first start with an empty database, offer to load demonstration data, once.

    The answer is remembered in the database (``demo_offered``), so the question never comes back for
    this profile, whether the officer said yes or no.
    """
    ctx = ctx or getattr(window, "ctx", None)
    assert isinstance(ctx, AppContext)
    services = ctx.services
    if services.get_setting("demo_offered") or services.enterprise_count() > 0:
        return None
    load = Messages.question(
        window,
        translate("DataJobs", "Load demonstration data?"),
        fill(
            translate(
                "DataJobs",
                "The database is empty. Load %1 fictitious Guangzhou enterprises, %2 visits, "
                "%3 ledger entries and %4 letters to try Huhang out?\n\nDemonstration data is "
                "for practice only; do not load it into a profile used for real casework.",
            ),
            DEMO_ENTERPRISES,
            DEMO_VISITS,
            DEMO_LEDGER,
            DEMO_LETTERS,
        ),
    )
    run_op(window, ctx.bus, lambda: services.set_settings(demo_offered=True))
    if not load:
        return None

    def finished(counts: dict[str, int]) -> None:
        ctx.bus.publish(DEMO_CHANGES)
        Messages.info(
            window,
            fill(
                translate("DataJobs", "Loaded demonstration data: %1 enterprises, %2 visits, %3 ledger "
                          "entries and %4 letters."),
                counts.get("enterprises", 0),
                counts.get("visits", 0),
                counts.get("ledger_entries", 0) + counts.get("ledger", 0),
                counts.get("letters", 0),
            ),
        )

    return run_job(
        window,
        ctx,
        translate("DataJobs", "Demonstration data"),
        translate("DataJobs", "Making demonstration data…"),
        lambda services, progress: generate(
            services, enterprises=DEMO_ENTERPRISES, visits=DEMO_VISITS, ledger=DEMO_LEDGER,
            letters=DEMO_LETTERS, seed=DEMO_SEED, progress=progress
        ),
        finished,
    )
