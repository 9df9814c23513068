"""The ledger workbook as offices print it and hand it on: title, header, one styled row per entry.

Why it looks this way: a 台账 goes up the hierarchy as an Excel file and on paper. Each sheet starts with a
title merged across the columns (bold, 18 pt, centred) above a bold header with a fill and borders; the
panes are frozen below the header, the header has an autofilter, long text wraps, dates are real Excel
dates (so they sort and filter as dates), every cell has a thin border (the ruled look of a printed 台账),
and the page is landscape A4, fitted to one page wide, with the header repeated on every printed page.

How: openpyxl's write-only mode streams each sheet to a temporary file, which keeps memory flat for
100,000 rows. The cost is the XML written per cell, so each sheet keeps one styled cell per column and
reuses it for every row (a row is serialised as soon as it is appended), rather than building and styling
a new cell object per value. The file is written beside its target under a temporary name and moved into
place only when complete, so a failed or cancelled export never leaves half a file or destroys the last one.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.io.ledger_columns import Column
from app.io.table_writer import unwritable

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
HEADER_FILL = "DDEBF7"
TITLE_ROW, HEADER_ROW = 1, 2


@dataclass(frozen=True)
class SheetSpec:
    name: str
    title: str
    rows: int  # data rows it will receive (declared in the file, checked on commit)


class LedgerWorkbook:
    """Streams rows into the sheets of a new .xlsx at ``path``; :meth:`commit` moves it into place."""

    def __init__(self, path: Path, columns: Sequence[Column], sheets: Sequence[SheetSpec]) -> None:
        import openpyxl  # noqa: PLC0415  (a large import only the spreadsheet path needs)
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # noqa: PLC0415

        self.path, self.columns, self.specs = path, list(columns), list(sheets)
        self._illegal = ILLEGAL_CHARACTERS_RE
        self._temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
        try:
            self._temp.open("xb").close()  # a missing or read-only folder is reported before any work
        except OSError as exc:
            raise unwritable(path, exc) from exc
        self._book = openpyxl.Workbook(write_only=True)
        self._sheets: list[Any] = []
        self._cells: list[list[Any]] = []  # per sheet: one reusable styled cell per column
        self._datetime_cells: list[dict[int, Any]] = []  # per sheet: column → the cell for a date with time
        self.counts = [0] * len(self.specs)
        try:
            for spec in self.specs:
                self._start(spec)
        except BaseException:
            self.abort()
            raise

    # -- layout -------------------------------------------------------------------------------------------

    def _start(self, spec: SheetSpec) -> None:
        from openpyxl.cell import WriteOnlyCell  # noqa: PLC0415
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: PLC0415
        from openpyxl.utils import get_column_letter  # noqa: PLC0415
        from openpyxl.worksheet.properties import PageSetupProperties  # noqa: PLC0415
        from openpyxl.worksheet.worksheet import Worksheet  # noqa: PLC0415

        ws = self._book.create_sheet(spec.name)
        last = get_column_letter(len(self.columns))
        bottom = HEADER_ROW + max(spec.rows, 0)
        for index, column in enumerate(self.columns, 1):
            ws.column_dimensions[get_column_letter(index)].width = column.width
        ws.freeze_panes = f"A{HEADER_ROW + 1}"
        ws.merged_cells.add(f"A{TITLE_ROW}:{last}{TITLE_ROW}")
        ws.auto_filter.ref = f"A{HEADER_ROW}:{last}{bottom}"
        ws.row_dimensions[TITLE_ROW].height = 36
        ws.row_dimensions[HEADER_ROW].height = 30
        ref = f"A1:{last}{bottom}"
        ws.calculate_dimension = lambda: ref  # write-only sheets declare no size unless asked; readers use it
        setup = ws.page_setup
        setup.orientation, setup.paperSize = "landscape", Worksheet.PAPERSIZE_A4
        setup.fitToWidth, setup.fitToHeight = 1, 0  # one page wide, as many pages tall as it takes
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
        ws.print_options.horizontalCentered = True
        margins = ws.page_margins
        margins.left = margins.right = 0.4
        margins.top = margins.bottom = 0.6

        thin = Side(style="thin", color="808080")
        border = Border(left=thin, right=thin, top=thin, bottom=thin)
        title = WriteOnlyCell(ws, value=self._text(spec.title))
        title.font = Font(bold=True, size=18)
        title.alignment = Alignment(horizontal="center", vertical="center")
        ws.append([title])
        header = []
        for column in self.columns:
            cell = WriteOnlyCell(ws, value=column.header)
            cell.font, cell.border = Font(bold=True), border
            cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            header.append(cell)
        ws.append(header)

        cells, stamped = [], {}
        for index, column in enumerate(self.columns):
            centred = column.kind in ("text", "int", "date", "datetime")
            alignment = Alignment(horizontal="center" if centred else "left", vertical="center",
                                  wrap_text=column.kind == "long")
            cell = WriteOnlyCell(ws)
            cell.border, cell.alignment = border, alignment
            if column.kind in ("date", "datetime"):
                cell.number_format = DATE_FORMAT
            if column.kind == "datetime":
                with_time = WriteOnlyCell(ws)
                with_time.border, with_time.alignment = border, alignment
                with_time.number_format = DATETIME_FORMAT
                stamped[index] = with_time
            cells.append(cell)
        self._sheets.append(ws)
        self._cells.append(cells)
        self._datetime_cells.append(stamped)

    def _text(self, text: str) -> str:
        return self._illegal.sub("", text)  # control characters are not allowed in .xlsx

    # -- rows ---------------------------------------------------------------------------------------------

    def write(self, sheet: int, values: Sequence[Any]) -> None:
        """Append one row (values in column order) to sheet number ``sheet``.

        Text stays text (a value starting with "=" is never a formula); a datetime with a time shows the
        time, a date or a midnight datetime shows the date.
        """
        cells = self._cells[sheet]
        stamped = self._datetime_cells[sheet]
        row = []
        for index, value in enumerate(values):
            cell = cells[index]
            if isinstance(value, datetime) and index in stamped and value.time() != datetime.min.time():
                cell = stamped[index]
            elif isinstance(value, datetime):
                value = value.date()
            if isinstance(value, str):
                value = self._text(value) or None
            cell.value = value
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"
            row.append(cell)
        self._sheets[sheet].append(row)
        self.counts[sheet] += 1

    def commit(self) -> Path:
        """Finish the file and move it into place."""
        try:
            for spec, count in zip(self.specs, self.counts, strict=True):
                if count != spec.rows:
                    raise RuntimeError(f"sheet {spec.name}: declared {spec.rows} rows but wrote {count}")
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
        for ws in self._sheets:
            if not ws.closed:
                # openpyxl streams each sheet into a temporary file of its own; finish and remove it now.
                ws.close()
                writer = getattr(ws, "_writer", None)
                if writer is not None:
                    writer.cleanup()
        self._temp.unlink(missing_ok=True)


def as_excel_date(value: str) -> date | datetime | None:
    """A stored ISO date (2026-12-03) or minute (2026-12-03T09:30) as the value for an Excel date cell."""
    if not value:
        return None
    if "T" in value:
        return datetime.fromisoformat(value)
    return date.fromisoformat(value[:10])
