"""File choosers of the ledger, rectification and statistics screens, in one place so tests can
replace each with a fixed answer (like :class:`ui.file_dialogs.FileDialogs` for the registers)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

translate = QCoreApplication.translate


def _with_suffix(name: str, chosen_filter: str, suffixes: tuple[str, ...]) -> Path:
    """The chosen name, given the filter's suffix when the officer typed none of ``suffixes``."""
    path = Path(name)
    if path.suffix.lower() in suffixes:
        return path
    for suffix in suffixes:
        if suffix.lstrip(".") in chosen_filter:
            return path.with_suffix(suffix)
    return path.with_suffix(suffixes[0])


class LedgerFiles:
    @classmethod
    def open_ledger(cls, parent: QWidget | None) -> Path | None:
        """A spreadsheet ledger to import."""
        name, _ = QFileDialog.getOpenFileName(
            parent,
            translate("LedgerFiles", "Import problem ledger"),
            "",
            translate("LedgerFiles", "Spreadsheets (*.xlsx *.csv)"),
        )
        return Path(name) if name else None

    @classmethod
    def save_ledger(cls, parent: QWidget | None, suggested: str) -> Path | None:
        """Where to export ledger entries; the suffix chooses the format."""
        name, chosen = QFileDialog.getSaveFileName(
            parent,
            translate("LedgerFiles", "Export problem ledger"),
            suggested,
            ";;".join(
                [
                    translate("LedgerFiles", "Excel workbook (*.xlsx)"),
                    translate("LedgerFiles", "CSV file (*.csv)"),
                ]
            ),
        )
        return _with_suffix(name, chosen, (".xlsx", ".csv")) if name else None

    @classmethod
    def save_image(cls, parent: QWidget | None, suggested: str) -> Path | None:
        """Where to save the statistics charts as a picture."""
        name, chosen = QFileDialog.getSaveFileName(
            parent,
            translate("LedgerFiles", "Export charts"),
            suggested,
            translate("LedgerFiles", "PNG image (*.png)"),
        )
        return _with_suffix(name, chosen, (".png",)) if name else None

    @classmethod
    def open_evidence(cls, parent: QWidget | None) -> list[Path]:
        """Photos, scans or documents proving a rectification was done."""
        files, _ = QFileDialog.getOpenFileNames(
            parent,
            translate("LedgerFiles", "Add evidence"),
            "",
            ";;".join(
                [
                    translate("LedgerFiles", "Evidence (*.png *.jpg *.jpeg *.pdf *.doc *.docx *.ofd)"),
                    translate("LedgerFiles", "All files (*)"),
                ]
            ),
        )
        return [Path(f) for f in files]
