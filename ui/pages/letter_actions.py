"""What the letters screen does with files and printers: print, save, export a batch, verify a PDF.

Printing and batch export run on the job pool with a progress dialog that can cancel them (see
:mod:`ui.pages.letter_print`); afterwards the officer is told what was done, including how far a
cancelled batch got. Saving one letter and verifying one file are quick enough to do at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.errors import HuhangError
from ui.context import AppContext
from ui.dialogs.job_progress import JobWatcher, run_job
from ui.dialogs.messages import Messages
from ui.file_dialogs import FileDialogs
from ui.i18n import fill
from ui.operations import error_text
from ui.pages.letter_print import (
    BatchResult,
    export_work,
    file_stem,
    new_printer,
    prepare_printer,
    print_work,
    write_pdf,
)

translate = QCoreApplication.translate


def print_letters(parent: QWidget, ctx: AppContext, letter_ids: list[str]) -> JobWatcher | None:
    """The system print dialog, then the letters as one print job at true A4 size."""
    if not letter_ids:
        return None
    printer = new_printer()
    if not FileDialogs.setup_printer(parent, printer):
        return None
    prepare_printer(printer)  # whatever paper was picked, an official letter is A4 and never scaled

    def finished(result: BatchResult) -> None:
        done = result.done  # a plain name: lupdate misses translate() whose count is an expression
        if result.error:
            Messages.error(parent, result.error)
        elif result.cancelled:
            Messages.info(parent, translate("LetterActions", "Printing cancelled; nothing was printed."))
        else:
            Messages.info(parent, translate("LetterActions", "Sent %n letter(s) to the printer.", "", done))

    return run_job(
        parent,
        ctx,
        translate("LetterActions", "Printing letters"),
        translate("LetterActions", "Preparing the pages for the printer…"),
        print_work(letter_ids, printer),
        finished,
    )


def export_letters(parent: QWidget, ctx: AppContext, letter_ids: list[str]) -> JobWatcher | None:
    """Each letter's PDF into a folder the officer picks, named by 文号 (or title for a draft)."""
    if not letter_ids:
        return None
    folder = FileDialogs.choose_folder(parent, translate("LetterActions", "Export letters as PDF to"))
    if folder is None:
        return None

    def finished(result: BatchResult) -> None:
        done = result.done  # a plain name: lupdate misses translate() whose count is an expression
        if result.cancelled:
            text = fill(
                translate("LetterActions", "Cancelled: %n PDF file(s) of %1 saved to %2.", "", done),
                result.total,
                folder,
            )
        else:
            text = fill(translate("LetterActions", "Saved %n PDF file(s) to %1.", "", done), folder)
        if result.error:
            Messages.error(parent, result.error + "\n" + text)
        else:
            Messages.info(parent, text)

    return run_job(
        parent,
        ctx,
        translate("LetterActions", "Exporting letters"),
        translate("LetterActions", "Writing the PDF files…"),
        export_work(letter_ids, folder),
        finished,
    )


def save_letter_pdf(parent: QWidget, ctx: AppContext, letter_id: str) -> Path | None:
    """另存为PDF: the issued original byte for byte, or what the draft looks like now."""
    services = ctx.services
    try:
        row = services.letter(letter_id)
        path = FileDialogs.save_pdf(parent, file_stem(row) + ".pdf")
        if path is None:
            return None
        write_pdf(path, services.preview_letter(letter_id))
    except HuhangError as exc:
        Messages.error(parent, error_text(exc))
        return None
    return path


def verify_pdf(parent: QWidget, ctx: AppContext) -> bool | None:
    """核验PDF: is a file the issued original of the letter it claims to be? None if cancelled."""
    path = FileDialogs.open_pdf(parent)
    if path is None:
        return None
    try:
        verdict = ctx.services.verify_letter_file(path)
    except HuhangError as exc:
        Messages.error(parent, error_text(exc))
        return None
    text = error_text(HuhangError(verdict.code, number=verdict.number, issued_at=verdict.issued_at))
    title = translate("LetterActions", "Verify a letter PDF")
    if verdict.ok:
        Messages.info(parent, fill("%1\n%2", path.name, text), title)
    else:
        Messages.error(parent, fill("%1\n%2", path.name, text), title)
    return verdict.ok
