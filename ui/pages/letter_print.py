"""Printing and exporting letters: A4 at true size, one letter after another on a worker.

Official documents are measured in millimetres (GB/T 9704: margins, the 22 × 28 grid, the red rule),
so a letter is never scaled to fit the printer's printable area. The printer is set to A4, full page,
no margins, and each PDF page is rendered by QtPdf at the printer's own resolution and drawn pixel for
pixel from the paper's corner: 1 mm in the PDF is 1 mm on paper.

At 1200 dpi an A4 page is about 140 million pixels, so a page is rendered in horizontal bands of a
few megabytes each instead of one half-gigabyte image. The functions here make no widgets: they run
on the job pool (``ui.background.JobRunner``) with their own Services; QPainter may paint on a
QPrinter outside the GUI thread.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

from app.errors import HuhangError
from app.services import Services
from ui.background import JobFn, Progress
from ui.i18n import message_lang

MAX_RENDER_DPI = 600
BAND_BYTES = 24 * 1024 * 1024  # the largest piece of a page rendered at once
translate = QCoreApplication.translate
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@dataclass
class BatchResult:
    """What a batch did: the files written (export) or letters printed, and why it stopped early."""

    total: int
    done: int = 0
    files: list[Path] = field(default_factory=list)
    cancelled: bool = False
    error: str = ""


# -- the printer -----------------------------------------------------------------------------------


def prepare_printer(printer: QPrinter) -> None:
    """A4 portrait, the whole sheet addressable from its corner, no margins added by the printer."""
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(translate("LetterPrint", "Huhang letters"))  # the name in the print queue
    prepare_printer(printer)
    return printer


def open_pdf(data: bytes) -> tuple[QPdfDocument, QBuffer]:
    """A document reading ``data``; keep the buffer alive as long as the document."""
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document, buffer


def paint_page(painter: QPainter, document: QPdfDocument, page: int, device_dpi: int) -> None:
    """Draw ``page`` from the device's origin at true size on a device of ``device_dpi``.

    The page is rendered at the device's resolution, or at :data:`MAX_RENDER_DPI` on finer devices
    (a PDF printer reports 1200 dpi: four times the pixels for no visible gain, ten seconds and 20 MB
    a letter); the drawing then maps render pixels onto device pixels by the exact ratio of the two
    resolutions, so the physical size stays exact.
    """
    dpi = min(device_dpi, MAX_RENDER_DPI)
    ratio = device_dpi / dpi
    points = document.pagePointSize(page)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    rows = max(1, BAND_BYTES // (4 * max(1, size.width())))
    for top in range(0, size.height(), rows):
        height = min(rows, size.height() - top)
        options = QPdfDocumentRenderOptions()
        options.setScaledSize(size)
        options.setScaledClipRect(QRect(0, top, size.width(), height))
        band = document.render(page, QSize(size.width(), height), options)
        # The band comes back transparent where the page is blank: lay it on white paper first, so
        # every printer driver gets an opaque image.
        paper = QImage(band.size(), QImage.Format.Format_RGB32)
        paper.fill(Qt.GlobalColor.white)
        on_paper = QPainter(paper)
        on_paper.drawImage(0, 0, band)
        on_paper.end()
        target = QRectF(0, top * ratio, size.width() * ratio, height * ratio)
        painter.drawImage(target, paper)


def print_work(letter_ids: Sequence[str], printer: QPrinter) -> JobFn:
    """A job printing the letters, as one print job, in the order given; cancelling aborts it."""
    ids = list(letter_ids)

    def work(services: Services, progress: Progress) -> BatchResult:
        result = BatchResult(len(ids))
        painter = QPainter()
        for letter_id in ids:
            if not progress(result.done, len(ids)):
                result.cancelled = True
                break
            document, _buffer = open_pdf(services.preview_letter(letter_id))
            for page in range(document.pageCount()):
                if painter.isActive():
                    printer.newPage()
                elif not painter.begin(printer):
                    result.error = translate("LetterPrint", "The printer could not be started.")
                    return result
                paint_page(painter, document, page, printer.resolution())
            result.done += 1
        if result.cancelled:
            printer.abort()
        if painter.isActive():
            painter.end()
        progress(result.done, len(ids))
        return result

    return work


# -- files -------------------------------------------------------------------------------------------


def file_stem(row: dict[str, object]) -> str:
    """The letter's 文号 (or its title while a draft), made safe as a file name."""
    name = str(row.get("number") or row.get("title") or row.get("id") or "letter")
    name = _UNSAFE.sub("_", name).strip(" .")
    return name[:120] or "letter"


def unique_path(folder: Path, stem: str) -> Path:
    """``folder/stem.pdf``, or ``stem (2).pdf``… when that name is taken: nothing is overwritten."""
    path = folder / f"{stem}.pdf"
    n = 2
    while path.exists():
        path = folder / f"{stem} ({n}).pdf"
        n += 1
    return path


def write_pdf(path: Path, data: bytes) -> None:
    """Write through a temporary name, so a cancelled or failed batch leaves no half-written file."""
    partial = path.with_name(f".{path.name}.part")
    try:
        partial.write_bytes(data)
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise HuhangError(
            "letter.output_unwritable", path=str(path), reason=exc.strerror or str(exc)
        ) from exc


def export_work(letter_ids: Sequence[str], folder: Path) -> JobFn:
    """A job writing each letter's PDF (the issued original, or a draft's preview) into ``folder``."""
    ids = list(letter_ids)

    def work(services: Services, progress: Progress) -> BatchResult:
        result = BatchResult(len(ids))
        for letter_id in ids:
            if not progress(result.done, len(ids)):
                result.cancelled = True
                return result
            row = services.letter(letter_id)
            data = services.preview_letter(letter_id)
            path = unique_path(folder, file_stem(row))
            try:
                write_pdf(path, data)
            except HuhangError as exc:
                result.error = exc.message(message_lang())
                return result
            result.files.append(path)
            result.done += 1
        progress(result.done, len(ids))
        return result

    return work
