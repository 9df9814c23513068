"""Every file chooser the program shows, in one place, so tests can replace them with fixed answers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

translate = QCoreApplication.translate


class FileDialogs:
    @classmethod
    def open_images(cls, parent: QWidget | None) -> list[Path]:
        files, _ = QFileDialog.getOpenFileNames(
            parent,
            translate("FileDialogs", "Add photos"),
            "",
            translate("FileDialogs", "Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff)"),
        )
        return [Path(f) for f in files]

    @classmethod
    def open_table(cls, parent: QWidget | None) -> Path | None:
        """A spreadsheet to import enterprises from."""
        name, _ = QFileDialog.getOpenFileName(
            parent,
            translate("FileDialogs", "Import enterprises"),
            "",
            translate("FileDialogs", "Spreadsheets (*.xlsx *.csv)"),
        )
        return Path(name) if name else None

    @classmethod
    def save_table(cls, parent: QWidget | None, suggested: str) -> Path | None:
        """Where to export enterprises; the suffix chooses the format."""
        name, chosen = QFileDialog.getSaveFileName(
            parent,
            translate("FileDialogs", "Export enterprises"),
            suggested,
            ";;".join(
                [
                    translate("FileDialogs", "Excel workbook (*.xlsx)"),
                    translate("FileDialogs", "CSV file (*.csv)"),
                ]
            ),
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".csv" if "csv" in chosen else ".xlsx")
        return path

    @classmethod
    def open_pdf(cls, parent: QWidget | None) -> Path | None:
        """A PDF to check against the issued letters."""
        name, _ = QFileDialog.getOpenFileName(
            parent,
            translate("FileDialogs", "Verify a letter PDF"),
            "",
            translate("FileDialogs", "PDF files (*.pdf)"),
        )
        return Path(name) if name else None

    @classmethod
    def save_pdf(cls, parent: QWidget | None, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            translate("FileDialogs", "Save letter as PDF"),
            suggested,
            translate("FileDialogs", "PDF files (*.pdf)"),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    @classmethod
    def choose_folder(cls, parent: QWidget | None, title: str) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, title)
        return Path(name) if name else None

    @classmethod
    def open_files(cls, parent: QWidget | None, title: str) -> list[Path]:
        """Any files (a reply's attachments: scans, documents)."""
        files, _ = QFileDialog.getOpenFileNames(parent, title)
        return [Path(f) for f in files]

    @classmethod
    def setup_printer(cls, parent: QWidget | None, printer: QPrinter) -> bool:
        """The system print dialog for ``printer``; False if the officer cancelled."""
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(translate("FileDialogs", "Print letters"))
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return accepted
