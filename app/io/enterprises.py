"""Importing and exporting the enterprise registry (企业名录) as .xlsx or .csv.

Import is an upsert on the USCC through :meth:`Services.upsert_enterprises`, so every record still goes
through validation, the audit log and the sync outbox. Every row of the file is accounted for: imported,
updated, unchanged or rejected (with the row number a person sees in Excel and the reasons), and the
rejected rows are written to a rejects file the user can correct and import again.

Long files are streamed and applied in chunks of :data:`CHUNK_ROWS`, one transaction each; a progress
callback ``progress(done, total) -> bool`` is called after each chunk and may return False to stop. What
was committed stays (each chunk is complete and audited), and the result says ``cancelled``. The UI runs
this on a worker thread with its own :class:`Services` on the same data directory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain import districts, uscc
from app.errors import HuhangError, Problem, ValidationFailed
from app.io.enterprise_columns import (
    COLUMNS,
    EXPORT_WIDTHS,
    REJECT_REASON_HEADER,
    REJECT_ROW_HEADER,
    ColumnMap,
    export_header,
    match_header,
)
from app.io.table_writer import TableWriter
from app.io.tables import SheetRow, cell_text, locate_header, open_table
from app.services import Changes, Services

CHUNK_ROWS = 2000  # rows per transaction: one commit (and fsync) per chunk, small enough to cancel promptly

Progress = Callable[[int, int | None], bool]
"""``progress(done, total)``: rows handled so far and the expected number (None if unknown); False stops."""


@dataclass(frozen=True)
class RejectedRow:
    """A row that was not imported: where it is, what it held and why."""

    row: int  # as Excel (or a text editor) shows it
    values: tuple[Any, ...]  # the cells exactly as read
    problems: tuple[Problem, ...]

    def reason(self, lang: str = "zh") -> str:
        return ("；" if lang == "zh" else "; ").join(p.message(lang) for p in self.problems)


@dataclass(frozen=True)
class RowWarning:
    """An imported row with something to check (an organisation-code mismatch, an odd phone number)."""

    row: int
    problems: tuple[Problem, ...]

    def message(self, lang: str = "zh") -> str:
        return ("；" if lang == "zh" else "; ").join(p.message(lang) for p in self.problems)


@dataclass
class ImportResult:
    path: Path
    sheet: str = ""
    header_row: int = 0
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected_rows: list[RejectedRow] = field(default_factory=list)
    warnings: list[RowWarning] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)  # about the file as a whole (ignored columns)
    cancelled: bool = False
    rejects_path: Path | None = None  # where the rejected rows were written, if any were
    rejects_error: HuhangError | None = None  # the rejects file could not be written (the import stands)

    @property
    def rejected(self) -> int:
        return len(self.rejected_rows)

    @property
    def rows(self) -> int:
        """Rows accounted for (empty rows are not counted)."""
        return self.imported + self.updated + self.unchanged + self.rejected

    @property
    def changes(self) -> Changes:
        """For views to refresh, like the result of any other mutation."""
        return Changes(frozenset({"enterprises"}) if self.imported or self.updated else frozenset())


@dataclass(frozen=True)
class ExportResult:
    path: Path
    count: int
    cancelled: bool = False


def default_rejects_path(path: Path | str) -> Path:
    """``名录.xlsx`` → ``名录.rejects.xlsx``, beside the input."""
    path = Path(path)
    return path.with_name(f"{path.stem}.rejects{path.suffix}")


def import_enterprises(services: Services, path: Path | str, *, rejects_path: Path | str | None = None,
                       progress: Progress | None = None, chunk_rows: int = CHUNK_ROWS) -> ImportResult:
    """Import (upsert on USCC) the enterprises in an .xlsx or .csv file.

    Raises :class:`HuhangError` before anything is imported when the file cannot be used at all
    (``file.format``, ``file.unreadable``, ``file.encoding``, ``file.no_header``). Rejected rows, if any,
    are written to ``rejects_path`` (default :func:`default_rejects_path`), in the input's format; a
    CSV rejects file is UTF-8 with BOM whatever the input's encoding, so Excel on Chinese Windows opens
    it correctly and nothing is lost to GBK.
    """
    path = Path(path)
    target = Path(rejects_path) if rejects_path is not None else default_rejects_path(path)
    if target.resolve() == path.resolve():
        raise HuhangError("file.same_as_input", path=str(path))
    with open_table(path) as table:
        header = locate_header(table, match_header)
        if header is None:
            raise HuhangError("file.no_header", path=str(path))
        result = ImportResult(path=path, sheet=header.sheet, header_row=header.row.number,
                              notes=header.found.notes())
        _Run(services, header.found, result, progress, chunk_rows).run(header.rest, header.rows_below)
    if result.rejected_rows:
        try:
            result.rejects_path = write_rejects(target, header.row, result.rejected_rows)
        except HuhangError as exc:
            result.rejects_error = exc
    return result


class _Run:
    """One import: reads rows, applies them in chunks, and accounts for each."""

    def __init__(self, services: Services, columns: ColumnMap, result: ImportResult,
                 progress: Progress | None, chunk_rows: int) -> None:
        self.services, self.columns, self.result = services, columns, result
        self.progress, self.chunk_rows = progress, max(1, chunk_rows)
        self.pending: list[tuple[SheetRow, dict[str, str]]] = []
        self.first_row: dict[str, int] = {}  # USCC → the row it first appeared in

    def run(self, rows: Iterator[SheetRow], total: int | None) -> None:
        done = 0
        stop = not self._report(done, total)
        for row in rows:
            if stop:  # asked to stop, and there is more to do
                self.result.cancelled = True
                break
            done += 1
            self._take(row)
            if len(self.pending) >= self.chunk_rows:
                self._apply()
                stop = not self._report(done, total)
        self._apply()
        if not self.result.cancelled:
            self._report(done, total)
        self.result.rejected_rows.sort(key=lambda r: r.row)

    def _take(self, row: SheetRow) -> None:
        fields = self.columns.values(row.values)
        if not any(fields.values()):
            # Nothing to import: an empty row, or one with only a 序号 or other ignored cells, as
            # templates pre-numbered below the data have. Skipped silently, not counted.
            return
        code = uscc.normalise(fields.get("uscc", ""))
        if code and code in self.first_row:
            params = {"value": code, "first_row": self.first_row[code]}
            problem = Problem("file.duplicate_in_file", "uscc", params)
            self.result.rejected_rows.append(RejectedRow(row.number, row.values, (problem,)))
            return
        if code:
            self.first_row[code] = row.number
        self.pending.append((row, fields))

    def _apply(self) -> None:
        if not self.pending:
            return
        outcomes = self.services.upsert_enterprises([fields for _, fields in self.pending])
        for (row, _), outcome in zip(self.pending, outcomes, strict=True):
            if isinstance(outcome, ValidationFailed):
                self.result.rejected_rows.append(RejectedRow(row.number, row.values, tuple(outcome.problems)))
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

    def _report(self, done: int, total: int | None) -> bool:
        if self.progress is None:
            return True
        return bool(self.progress(done, None if total is None else max(total, done)))


def write_rejects(target: Path, header: SheetRow, rejected: list[RejectedRow]) -> Path:
    """The original header and rows as read, plus 原行号 and 拒绝原因, in the format ``target`` names."""
    used = [header.values, *(r.values for r in rejected)]
    # Formatting can stretch a sheet's rows far to the right; keep only columns that hold something.
    width = max((i + 1 for values in used for i, v in enumerate(values) if cell_text(v).strip()), default=0)
    titles = [cell_text(v) for v in header.values[:width]]
    titles += [""] * (width - len(titles))
    widths = [16.0] * width + [8.0, 60.0]
    with TableWriter(target, [*titles, REJECT_ROW_HEADER, REJECT_REASON_HEADER], widths=widths,
                     sheet_title="拒绝导入") as writer:
        for item in rejected:
            values = list(item.values[:width]) + [None] * (width - len(item.values))
            writer.write([*values, item.row, item.reason()])
    return target


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
