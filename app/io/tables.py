"""Reading rows from .xlsx and .csv files, whatever the columns mean.

Why it works this way:

- Offices keep registries and ledgers in Excel and pass around CSVs saved by Excel on Chinese Windows
  (GBK), by WPS or by scripts (UTF-8, with or without BOM). The encoding is settled before any row is
  used: a BOM means UTF-8; otherwise the whole file must decode as strict UTF-8, else as GB18030 (a
  superset of GBK, so GBK files decode exactly). A file that decodes as neither is refused
  (``file.encoding``) rather than imported as mojibake.
- A CSV is parsed completely once before its rows are handed out, so a broken line near the end is found
  before anything is imported (and the row count for progress is exact). An .xlsx is checked for zip
  damage up front; its rows are then streamed with openpyxl's read-only mode, which keeps memory flat
  for 100,000 rows.
- Row numbers are the ones a person sees: the row number Excel shows, 1-based, title and header rows
  included. For a CSV that is the record number Excel or WPS shows, which is also the line in a text
  editor unless a cell itself contains a line break.
- Values are kept as read (:attr:`SheetRow.values`), so a rejects file can give back exactly what the user
  wrote; :func:`cell_text` turns a value into the text a person sees in the cell (13800000000, never
  13800000000.0).
"""

from __future__ import annotations

import codecs
import csv
import itertools
import math
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Generic, TypeVar

from app.errors import HuhangError

FORMATS = (".xlsx", ".csv")
NOT_XLSX = "不是有效的 .xlsx 文件（文件已损坏、设置了打开密码，或是 .xls 等其他格式改了扩展名）"
HEADER_SCAN_ROWS = 20  # offices put a title (and sometimes a blank line or a note) above the header

T = TypeVar("T")


@dataclass(frozen=True)
class SheetRow:
    """One row: its number as a person sees it and its cell values as read."""

    number: int
    values: tuple[Any, ...]

    def texts(self) -> list[str]:
        """Each cell as the trimmed text a person sees."""
        return [cell_text(v).strip() for v in self.values]

    def is_empty(self) -> bool:
        return all(not cell_text(v).strip() for v in self.values)


def cell_text(value: Any) -> str:
    """A cell value as the text a person sees in Excel.

    Excel stores phone numbers, district codes and the like as numbers when the cell is not formatted
    as text; openpyxl then gives ``13800000000.0`` or ``440106``. Whole numbers lose the ``.0``; other
    numbers keep at most 15 significant digits, which is all Excel keeps.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return format(value, ".15g")
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.strftime("%Y-%m-%d %H:%M" if value.second == 0 else "%Y-%m-%d %H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M" if value.second == 0 else "%H:%M:%S")
    return str(value)


def unreadable(path: Path, exc: BaseException, *, near_row: int | None = None) -> HuhangError:
    """The ``file.unreadable`` error with a reason a person understands."""
    if isinstance(exc, FileNotFoundError):
        reason = "文件不存在"
    elif isinstance(exc, IsADirectoryError):
        reason = "这是一个文件夹，不是文件"
    elif isinstance(exc, PermissionError):
        reason = "没有读取权限"
    elif isinstance(exc, zipfile.BadZipFile) or type(exc).__name__ == "InvalidFileException":
        reason = NOT_XLSX
    elif isinstance(exc, OSError) and exc.strerror:
        reason = exc.strerror
    else:
        reason = str(exc) or type(exc).__name__
    if near_row is not None:
        reason = f"第{near_row}行附近：{reason}"
    return HuhangError("file.unreadable", path=str(path), reason=reason)


class Table:
    """An open table file. Use :func:`open_table`, as a context manager."""

    path: Path
    kind: str  # "xlsx" or "csv"
    encoding: str | None = None  # of a CSV, as detected

    def sheet_names(self) -> list[str]:
        """Worksheets in the order to search them (the active one first); a CSV has one, named ""."""
        raise NotImplementedError

    def rows(self, sheet: str = "") -> Iterator[SheetRow]:
        """Every row of a sheet, from row 1, empty rows included (they keep the numbering right)."""
        raise NotImplementedError

    def row_count(self, sheet: str = "") -> int | None:
        """How many rows the sheet has, if the file says (for progress only)."""
        raise NotImplementedError

    def close(self) -> None:
        pass

    def __enter__(self) -> Table:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_table(path: Path | str) -> Table:
    """Open an .xlsx or .csv file for reading.

    Raises :class:`HuhangError` ``file.format`` (other suffix), ``file.unreadable`` (missing, no
    permission, damaged) or ``file.encoding`` (a CSV in none of the supported encodings).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise HuhangError("file.format", suffix=path.suffix or "（无扩展名）", path=str(path))
    return _CsvTable(path) if suffix == ".csv" else _XlsxTable(path)


@dataclass
class HeaderMatch(Generic[T]):
    """Where the header is, what the matcher made of it, and the rows below it (not yet read)."""

    sheet: str
    row: SheetRow
    found: T
    rest: Iterator[SheetRow]
    rows_below: int | None  # how many rows follow the header, if known


def locate_header(table: Table, match: Callable[[list[str]], T | None],
                  scan: int = HEADER_SCAN_ROWS) -> HeaderMatch[T] | None:
    """The first row among the first ``scan`` of a sheet that ``match`` accepts, searching sheet by sheet.

    ``match`` gets the row's trimmed cell texts and returns None for "not a header".
    """
    for sheet in table.sheet_names():
        rows = table.rows(sheet)
        for row in itertools.islice(rows, scan):
            found = match(row.texts())
            if found is not None:
                total = table.row_count(sheet)
                below = None if total is None else max(total - row.number, 0)
                return HeaderMatch(sheet, row, found, rows, below)
    return None


# -- CSV ----------------------------------------------------------------------------------------------


def _delimiter(sample: str) -> str:
    """Comma, unless the first lines use tabs or semicolons instead (some exports do)."""
    lines = [line for line in sample.splitlines() if line.strip()][:HEADER_SCAN_ROWS]
    counts = {d: sum(d in line for line in lines) for d in (",", "\t", ";")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > counts[","] else ","


class _CsvTable(Table):
    kind = "csv"

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            with path.open("rb") as handle:
                head = handle.read(len(codecs.BOM_UTF8))
        except OSError as exc:
            raise unreadable(path, exc) from exc
        candidates = ("utf-8-sig",) if head.startswith(codecs.BOM_UTF8) else ("utf-8", "gb18030")
        for encoding in candidates:
            try:
                self.delimiter, self._count = self._inspect(encoding)
            except UnicodeDecodeError:
                continue
            self.encoding = encoding
            return
        raise HuhangError("file.encoding", path=str(path))

    def _inspect(self, encoding: str) -> tuple[str, int]:
        """Decode and parse the whole file once: the delimiter and the number of rows."""
        count = 0
        try:
            with self.path.open(encoding=encoding, newline="") as handle:
                delimiter = _delimiter(handle.read(64 * 1024))
                handle.seek(0)
                for _ in csv.reader(handle, delimiter=delimiter):
                    count += 1
        except csv.Error as exc:
            raise unreadable(self.path, exc, near_row=count + 1) from exc
        except OSError as exc:
            raise unreadable(self.path, exc) from exc
        return delimiter, count

    def sheet_names(self) -> list[str]:
        return [""]

    def row_count(self, sheet: str = "") -> int | None:
        return self._count

    def rows(self, sheet: str = "") -> Iterator[SheetRow]:
        number = 0
        try:
            with self.path.open(encoding=self.encoding, newline="") as handle:
                for number, record in enumerate(csv.reader(handle, delimiter=self.delimiter), 1):
                    yield SheetRow(number, tuple(record))
        except (OSError, UnicodeDecodeError, csv.Error) as exc:  # the file changed since it was inspected
            raise unreadable(self.path, exc, near_row=number + 1) from exc


# -- XLSX ---------------------------------------------------------------------------------------------


class _XlsxTable(Table):
    kind = "xlsx"

    def __init__(self, path: Path) -> None:
        import openpyxl  # noqa: PLC0415  (a large import only the spreadsheet path needs)

        self.path = path
        try:
            with zipfile.ZipFile(path) as archive:
                damaged = archive.testzip()  # CRC of every member: damage found before any row is used
            if damaged is not None:
                reason = f"文件已损坏（{damaged} 校验失败）"
                raise HuhangError("file.unreadable", path=str(path), reason=reason)
            self._book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except HuhangError:
            raise
        except OSError as exc:
            raise unreadable(path, exc) from exc
        except Exception as exc:  # a zip that is no workbook fails inside openpyxl in many ways
            raise HuhangError("file.unreadable", path=str(path), reason=NOT_XLSX) from exc
        sheets = list(self._book.worksheets)
        active = self._book.active
        if active in sheets:
            sheets.remove(active)
            sheets.insert(0, active)
        self._sheets = {ws.title: ws for ws in sheets}
        # The size the file declares, read before it is discarded: some writers declare a wrong one,
        # and openpyxl would silently stop reading at it.
        self._counts: dict[str, int | None] = {}
        for title, ws in self._sheets.items():
            self._counts[title] = ws.max_row if ws.max_row and ws.max_row > 1 else None
            ws.reset_dimensions()

    def sheet_names(self) -> list[str]:
        return list(self._sheets)

    def row_count(self, sheet: str = "") -> int | None:
        return self._counts.get(sheet or next(iter(self._sheets)))

    def rows(self, sheet: str = "") -> Iterator[SheetRow]:
        ws = self._sheets[sheet or next(iter(self._sheets))]
        number = 0
        try:
            for number, values in enumerate(ws.iter_rows(values_only=True), 1):
                yield SheetRow(number, tuple(values))
        except Exception as exc:  # damaged sheet XML surfaces only while streaming
            raise unreadable(self.path, exc, near_row=number + 1) from exc

    def close(self) -> None:
        self._book.close()
