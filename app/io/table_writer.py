"""Writing rows to an .xlsx or .csv file, whatever the columns mean.

Why it works this way:

- The file is written beside its target under a temporary name and moved into place only when complete,
  so a failed or cancelled export never leaves half a file, and never destroys the previous one.
- CSV is written as UTF-8 with a BOM: Excel on Chinese Windows opens such a file correctly (without the
  BOM it guesses GBK and shows mojibake), WPS does too, every character survives (GBK cannot hold every
  name), and :mod:`app.io.tables` reads it back.
- .xlsx is streamed with openpyxl's write-only mode (flat memory for 100,000 rows), with a bold, frozen
  header row and column widths. With ``as_text`` every value is written as text, so Excel never turns a
  USCC or a phone number into a number (1.38E+10) or a date. A text that starts with "=" stays text: data
  is never written as a formula.
"""

from __future__ import annotations

import csv
import os
import secrets
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from app.errors import HuhangError
from app.io.tables import FORMATS, cell_text


def unwritable(path: Path, exc: BaseException) -> HuhangError:
    if isinstance(exc, PermissionError):
        reason = "没有写入权限（文件是否正在 Excel 中打开？）"
    elif isinstance(exc, FileNotFoundError):
        reason = "文件夹不存在"
    elif isinstance(exc, OSError) and exc.strerror:
        reason = exc.strerror
    else:
        reason = str(exc) or type(exc).__name__
    return HuhangError("file.unwritable", path=str(path), reason=reason)


class TableWriter:
    """Write a header and rows to ``path`` (.xlsx or .csv); as a context manager it commits on success.

    ``rows_hint``, when the exact number of data rows is known in advance, is written into the .xlsx as
    its declared size, which lets readers (openpyxl among them) skip a scan of the whole sheet; the
    writer refuses to finish if a different number of rows was written.
    """

    def __init__(self, path: Path | str, header: Sequence[str], *, widths: Sequence[float] | None = None,
                 as_text: bool = False, rows_hint: int | None = None, sheet_title: str = "Sheet1") -> None:
        self.path = Path(path)
        self.kind = self.path.suffix.lower()
        if self.kind not in FORMATS:
            raise HuhangError("file.format", suffix=self.path.suffix or "（无扩展名）", path=str(self.path))
        self.as_text = as_text
        self.count = 0
        self._rows_hint = rows_hint
        self._width = len(header)
        # A hidden name beside the target (same file system, so the final rename is atomic), created now
        # so that a missing folder or a read-only one is reported before any work is done.
        self._temp = self.path.with_name(f".{self.path.name}.{secrets.token_hex(4)}.part")
        self._handle: IO[str] | None = None
        try:
            if self.kind == ".csv":
                self._handle = self._temp.open("x", encoding="utf-8-sig", newline="")
            else:
                self._temp.open("xb").close()
        except OSError as exc:
            raise unwritable(self.path, exc) from exc
        if self._handle is not None:
            self._csv = csv.writer(self._handle, lineterminator="\r\n")
            self._csv.writerow(header)
        else:
            self._start_xlsx(header, widths, sheet_title)

    def _start_xlsx(self, header: Sequence[str], widths: Sequence[float] | None, title: str) -> None:
        import openpyxl  # noqa: PLC0415  (a large import only the spreadsheet path needs)
        from openpyxl.cell import WriteOnlyCell  # noqa: PLC0415
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # noqa: PLC0415
        from openpyxl.styles import Alignment, Font, PatternFill  # noqa: PLC0415
        from openpyxl.utils import get_column_letter  # noqa: PLC0415

        self._cell_type = WriteOnlyCell
        self._illegal = ILLEGAL_CHARACTERS_RE
        self._book = openpyxl.Workbook(write_only=True)
        self._sheet = self._book.create_sheet(title)
        self._sheet.freeze_panes = "A2"
        for index, width in enumerate(widths or (), 1):
            column = self._sheet.column_dimensions[get_column_letter(index)]
            column.width = width
            if self.as_text:
                column.number_format = "@"  # what the user types into the column later stays text too
        if self._rows_hint is not None:
            ref = f"A1:{get_column_letter(max(self._width, 1))}{self._rows_hint + 1}"
            # openpyxl's write-only sheets declare no size; the writer asks the sheet for one if it can.
            self._sheet.calculate_dimension = lambda: ref  # type: ignore[method-assign]
        bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
        cells = []
        for text in header:
            cell = WriteOnlyCell(self._sheet, value=self._xlsx_text(text))
            cell.font, cell.fill = bold, fill
            cell.alignment = Alignment(vertical="center")
            cells.append(cell)
        self._sheet.append(cells)

    def _xlsx_text(self, text: str) -> Any:
        text = self._illegal.sub("", text)  # control characters are not allowed in .xlsx
        if text.startswith("="):
            cell = self._cell_type(self._sheet, value=text)
            cell.data_type = "s"  # text, never a formula
            return cell
        return text

    def write(self, values: Sequence[Any]) -> None:
        self.count += 1
        if self.kind == ".csv":
            try:
                self._csv.writerow([cell_text(v) for v in values])
            except OSError as exc:  # disk full, network drive gone
                self.abort()
                raise unwritable(self.path, exc) from exc
            return
        row: list[Any] = []
        for value in values:
            if value is None or value == "":
                row.append(None)  # an empty cell, not an empty string
            elif self.as_text or isinstance(value, str):
                row.append(self._xlsx_text(cell_text(value)))
            else:
                row.append(value)  # a rejects file gives back numbers and dates as they were
        self._sheet.append(row)

    def commit(self) -> Path:
        """Finish the file and move it into place."""
        try:
            if self._rows_hint is not None and self.kind == ".xlsx" and self.count != self._rows_hint:
                raise RuntimeError(f"declared {self._rows_hint} rows but wrote {self.count}")
            if self._handle is not None:
                self._handle.close()
            else:
                self._book.save(self._temp)
            os.replace(self._temp, self.path)
        except OSError as exc:
            self.abort()
            raise unwritable(self.path, exc) from exc
        except BaseException:
            self.abort()
            raise
        return self.path

    def abort(self) -> None:
        """Drop what was written; the target is left as it was."""
        if self._handle is not None and not self._handle.closed:
            self._handle.close()
        sheet = getattr(self, "_sheet", None)
        if sheet is not None and not sheet.closed:
            # openpyxl streams the sheet into a temporary file of its own; finish and remove it now
            # rather than leave it for interpreter exit.
            sheet.close()
            writer = getattr(sheet, "_writer", None)
            if writer is not None:
                writer.cleanup()
        self._temp.unlink(missing_ok=True)

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()
