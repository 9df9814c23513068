"""What every table import and export shares: results, row accounting, chunked runs and rejects files.

An import accounts for every row of the file: imported, updated, unchanged or rejected (with the row
number a person sees in Excel and the reasons), and rejected rows go to a rejects file the user can
correct and import again. Rows are applied in chunks of :data:`CHUNK_ROWS`, one transaction each; a
progress callback ``progress(done, total) -> bool`` is called after each chunk and may return False to
stop. What was committed stays (each chunk is complete and audited), and the result says ``cancelled``.

The enterprise registry (:mod:`app.io.enterprises`) and the problem ledger (:mod:`app.io.ledger`) both
build on this, so a user meets the same counts, the same rejects file and the same exit codes in both.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from app.errors import HuhangError, Problem
from app.io.table_writer import TableWriter
from app.io.tables import SheetRow, cell_text, locate_header, open_table
from app.services import Changes

CHUNK_ROWS = 2000  # rows per transaction: one commit (and fsync) per chunk, small enough to cancel promptly
REJECT_ROW_HEADER = "原行号"
REJECT_REASON_HEADER = "拒绝原因"

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


def rejects_target(path: Path, rejects_path: Path | str | None) -> Path:
    """Where the rejects go; refuses the input file itself (``file.same_as_input``)."""
    target = Path(rejects_path) if rejects_path is not None else default_rejects_path(path)
    if target.resolve() == path.resolve():
        raise HuhangError("file.same_as_input", path=str(path))
    return target


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


def finish_rejects(result: ImportResult, target: Path, header: SheetRow) -> None:
    """Write the rejects file if any row was rejected; a failure is kept on the result, the import stands."""
    if result.rejected_rows:
        try:
            result.rejects_path = write_rejects(target, header, result.rejected_rows)
        except HuhangError as exc:
            result.rejects_error = exc


R = TypeVar("R", bound=ImportResult)


class ChunkedRun(Generic[R]):
    """One import: reads rows, applies them in chunks (one transaction each), and accounts for each.

    Subclasses say what a row becomes (:meth:`take`, which queues it in :attr:`pending` or rejects it
    at once) and how a chunk is applied (:meth:`apply`, which empties :attr:`pending`).
    """

    def __init__(self, result: R, progress: Progress | None, chunk_rows: int) -> None:
        self.result, self.progress, self.chunk_rows = result, progress, max(1, chunk_rows)
        self.pending: list[Any] = []

    def run(self, rows: Iterator[SheetRow], total: int | None) -> None:
        done = 0
        stop = not self._report(done, total)
        for row in rows:
            if stop:  # asked to stop, and there is more to do
                self.result.cancelled = True
                break
            done += 1
            self.take(row)
            if len(self.pending) >= self.chunk_rows:
                self.apply()
                stop = not self._report(done, total)
        self.apply()
        if not self.result.cancelled:
            self._report(done, total)
        self.result.rejected_rows.sort(key=lambda r: r.row)

    def take(self, row: SheetRow) -> None:
        raise NotImplementedError

    def apply(self) -> None:
        raise NotImplementedError

    def reject(self, row: SheetRow, problems: list[Problem] | tuple[Problem, ...]) -> None:
        self.result.rejected_rows.append(RejectedRow(row.number, row.values, tuple(problems)))

    def _report(self, done: int, total: int | None) -> bool:
        if self.progress is None:
            return True
        return bool(self.progress(done, None if total is None else max(total, done)))


def run_import(path: Path | str, rejects_path: Path | str | None, *, match_header: Callable[[list[str]], Any],
               no_header: str, new_result: Callable[..., R], new_run: Callable[[Any, R], ChunkedRun[R]]) -> R:
    """The shape of every import: find the header, run the rows in chunks, write the rejects file.

    ``match_header`` recognises the header row (its result is the column map handed to ``new_run``);
    ``no_header`` is the error code when no row looks like one; ``new_result`` makes the result from the
    file's facts and ``new_run`` the run that fills it.
    """
    path = Path(path)
    target = rejects_target(path, rejects_path)
    with open_table(path) as table:
        header = locate_header(table, match_header)
        if header is None:
            raise HuhangError(no_header, path=str(path))
        result = new_result(path=path, sheet=header.sheet, header_row=header.row.number,
                            notes=header.found.notes())
        new_run(header.found, result).run(header.rest, header.rows_below)
    finish_rejects(result, target, header.row)
    return result
