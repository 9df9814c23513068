"""Importing and exporting the enterprise registry (企业名录) as .xlsx or .csv.

Import is an upsert on the USCC through :meth:`Services.upsert_enterprises`, so every record still goes
through validation, the audit log and the sync outbox. Every row of the file is accounted for: imported,
updated, unchanged or rejected (with the row number a person sees in Excel and the reasons), and the
rejected rows are written to a rejects file the user can correct and import again.

Long files are streamed and applied in chunks (:mod:`app.io.importing`, shared with the ledger import),
one transaction each; a progress callback ``progress(done, total) -> bool`` is called after each chunk
and may return False to stop. What was committed stays (each chunk is complete and audited), and the
result says ``cancelled``. The UI runs this on a worker thread with its own :class:`Services` on the same
data directory.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.domain import districts, uscc
from app.errors import Problem, ValidationFailed
from app.io.enterprise_columns import COLUMNS, EXPORT_WIDTHS, ColumnMap, export_header, match_header
from app.io.importing import (
    CHUNK_ROWS,
    ChunkedRun,
    ExportResult,
    ImportResult,
    Progress,
    RejectedRow,
    RowWarning,
    default_rejects_path,
    run_import,
    write_rejects,
)
from app.io.table_writer import TableWriter
from app.io.tables import SheetRow
from app.services import Services

__all__ = ["CHUNK_ROWS", "ExportResult", "ImportResult", "Progress", "RejectedRow", "RowWarning",
           "default_rejects_path", "export_enterprises", "export_values", "import_enterprises",
           "write_rejects"]


def import_enterprises(services: Services, path: Path | str, *, rejects_path: Path | str | None = None,
                       progress: Progress | None = None, chunk_rows: int = CHUNK_ROWS) -> ImportResult:
    """Import (upsert on USCC) the enterprises in an .xlsx or .csv file.

    Raises :class:`HuhangError` before anything is imported when the file cannot be used at all
    (``file.format``, ``file.unreadable``, ``file.encoding``, ``file.no_header``). Rejected rows, if any,
    are written to ``rejects_path`` (default :func:`default_rejects_path`), in the input's format; a
    CSV rejects file is UTF-8 with BOM whatever the input's encoding, so Excel on Chinese Windows opens
    it correctly and nothing is lost to GBK.
    """
    return run_import(path, rejects_path, match_header=match_header, no_header="file.no_header",
                      new_result=ImportResult,
                      new_run=lambda columns, result: _Run(services, columns, result, progress, chunk_rows))


class _Run(ChunkedRun[ImportResult]):
    """One import: reads rows, applies them in chunks, and accounts for each."""

    def __init__(self, services: Services, columns: ColumnMap, result: ImportResult,
                 progress: Progress | None, chunk_rows: int) -> None:
        super().__init__(result, progress, chunk_rows)
        self.services, self.columns = services, columns
        self.pending: list[tuple[SheetRow, dict[str, str]]] = []
        self.first_row: dict[str, int] = {}  # USCC → the row it first appeared in

    def take(self, row: SheetRow) -> None:
        fields = self.columns.values(row.values)
        if not any(fields.values()):
            # Nothing to import: an empty row, or one with only a 序号 or other ignored cells, as
            # templates pre-numbered below the data have. Skipped silently, not counted.
            return
        code = uscc.normalise(fields.get("uscc", ""))
        if code and code in self.first_row:
            params = {"value": code, "first_row": self.first_row[code]}
            self.reject(row, [Problem("file.duplicate_in_file", "uscc", params)])
            return
        if code:
            self.first_row[code] = row.number
        self.pending.append((row, fields))

    def apply(self) -> None:
        if not self.pending:
            return
        outcomes = self.services.upsert_enterprises([fields for _, fields in self.pending])
        for (row, _), outcome in zip(self.pending, outcomes, strict=True):
            if isinstance(outcome, ValidationFailed):
                self.reject(row, outcome.problems)
                continue
            if outcome.outcome == "imported":
                self.result.imported += 1
            elif outcome.outcome == "updated":
                self.result.updated += 1
            else:
                self.result.unchanged += 1
            if outcome.warnings:
                self.result.warnings.append(RowWarning(row.number, outcome.warnings))
        self.pending.clear()


def export_enterprises(services: Services, path: Path | str, *, progress: Progress | None = None,
                       chunk_rows: int = CHUNK_ROWS) -> ExportResult:
    """Write every live enterprise to ``path`` (.xlsx, or .csv in UTF-8 with BOM), Chinese header, name order.

    The district is written as its name (天河区) for people to read; importing the file again changes
    nothing. ``progress`` is called every ``chunk_rows`` rows; returning False cancels, which leaves no
    file behind and any earlier file at ``path`` intact.
    """
    path = Path(path)
    with services.transaction():  # one snapshot: the declared row count and the rows agree
        total = services.enterprise_count()
        writer = TableWriter(path, export_header(), widths=[EXPORT_WIDTHS[f] for f in COLUMNS], as_text=True,
                             rows_hint=total, sheet_title="企业名录")
        try:
            for row in services.all_enterprises():
                writer.write(export_values(row))
                if progress is None or writer.count % max(1, chunk_rows):
                    continue
                if not progress(writer.count, total):
                    writer.abort()
                    return ExportResult(path, writer.count, cancelled=True)
        except BaseException:
            writer.abort()
            raise
        writer.commit()
    if progress is not None:
        progress(writer.count, total)
    return ExportResult(path, writer.count)


def export_values(row: dict[str, Any]) -> list[str]:
    """An enterprise as the cells of its export row, in :data:`COLUMNS` order."""
    out: list[str] = []
    for name in COLUMNS:
        value = row.get(name)
        if name == "district":
            out.append(districts.name_of(value))
        elif name == "tags":
            out.append("、".join(value or []))
        else:
            out.append("" if value is None else str(value))
    return out
