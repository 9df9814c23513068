"""Every file chooser the program shows, in one place, so tests can replace them with fixed answers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

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
