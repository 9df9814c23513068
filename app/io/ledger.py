"""Exporting and importing the problem ledger (涉营商环境问题专项台账) as .xlsx (or .csv).

**Export** writes the ledger the way offices keep it (layout: :mod:`app.io.ledger_sheet`; columns:
:mod:`app.io.ledger_columns`). Sheets, chosen for how the file is used:

- “全部台账” — every exported entry, with an autofilter on the header. It is the ledger itself: the sheet
  handed up, and the one :func:`import_ledger` reads back (it is the first and active sheet).
- “未办结”, “已办结” and “逾期未办结” — the same rows split the way supervisors ask for them (what is still
  open, what was closed, what is open past its due date), each numbered from 1, so each prints as a
  report of its own without anyone filtering. ``status_sheets=False`` leaves them out.

是否逾期 says 是 for an open entry past its due date and for an entry closed after it (closed late); 办理用时
runs from acceptance (midnight when only a date was recorded) to closing, as in the statistics. The
title carries the date of the export (截至…); everything else depends only on the data, so exporting,
importing into a fresh profile and exporting again gives the same cells.

**Import** takes such a file back, or an office's own Excel ledger: the header is found below any title
rows, header variants are accepted, derived columns (序号, 是否逾期, 办理用时, 关联文书) are ignored. Rows are
upserted through :meth:`Services.upsert_ledger_rows` (matching rules and why: its module docstring), in
chunks with progress and cancel, and every row is accounted for as in the enterprise import — imported,
updated, unchanged, or rejected with its row number and reasons into a rejects file beside the input.
Linked letters are not imported: a link is made in the app, where the letter exists.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.domain.dates import chinese_date, duration_text, parse_date
from app.domain.deadlines import format_limit
from app.domain.districts import name_of
from app.errors import HuhangError, Problem, ValidationFailed
from app.io.enterprise_columns import ColumnMap
from app.io.importing import (
    CHUNK_ROWS,
    ChunkedRun,
    ExportResult,
    ImportResult,
    Progress,
    RowWarning,
    run_import,
)
from app.io.ledger_columns import COLUMNS, export_header, match_ledger_header, row_values
from app.io.ledger_sheet import LedgerWorkbook, SheetSpec, as_excel_date
from app.io.table_writer import TableWriter
from app.io.tables import FORMATS, SheetRow
from app.services import Changes, Services
from app.store.search import ListQuery

LEDGER_TITLE = "涉营商环境问题专项台账"
SHEET_ALL, SHEET_OPEN, SHEET_CLOSED, SHEET_OVERDUE = "全部台账", "未办结", "已办结", "逾期未办结"
_CLOSED = "已办结"
_READ_CHUNK = 500  # entries read per query while exporting


@dataclass
class LedgerImportResult(ImportResult):
    enterprises_created: int = 0  # enterprises the file named that the registry lacked

    @property
    def changes(self) -> Changes:
        tables: set[str] = set()
        if self.imported or self.updated:
            tables |= {"ledger_entries", "ledger_events"}
        if self.enterprises_created:
            tables.add("enterprises")
        return Changes(frozenset(tables))


# -- export ---------------------------------------------------------------------------------------------


def export_ledger(services: Services, path: Path | str, *, query: ListQuery | None = None,
                  entry_ids: list[str] | None = None, progress: Progress | None = None,
                  today: date | None = None, status_sheets: bool = True, title: str = LEDGER_TITLE,
                  chunk_rows: int = CHUNK_ROWS) -> ExportResult:
    """Write the ledger to ``path``: .xlsx with the sheets 全部台账 (autofilter; the one an import reads)
    and, unless ``status_sheets`` is False, 未办结, 已办结 and 逾期未办结; or .csv (the header and rows of
    全部台账, UTF-8 with BOM). ``title`` replaces 涉营商环境问题专项台账 (e.g. with the unit's name in front).

    Which entries: ``entry_ids`` (a selection, in that order), else what a list with ``query`` shows
    (its filters and order), else every live entry in the order accepted. ``today`` dates the title and
    judges 是否逾期. ``progress(done, total)`` is called every ``chunk_rows`` entries; returning False
    cancels, which leaves no file behind and any earlier file at ``path`` intact.
    """
    path = Path(path)
    if path.suffix.lower() not in FORMATS:
        raise HuhangError("file.format", suffix=path.suffix or "（无扩展名）", path=str(path))
    today = today or date.today()
    with services.transaction():  # one snapshot: the declared row counts and the rows agree
        rids = services.ledger_export_rids(query, entry_ids)
        total = len(rids)
        if path.suffix.lower() == ".csv":
            sink: _Sink = _CsvSink(path, total)
        else:
            sink = _XlsxSink(path, services, rids, today, title, status_sheets)
        try:
            done = 0
            for start in range(0, total, _READ_CHUNK):
                part = rids[start:start + _READ_CHUNK]
                rows = services.entry_rows(part)
                letters = services.ledger_letter_numbers([rows[r]["id"] for r in part])
                for rid in part:
                    row = rows[rid]
                    sink.write(row, letters.get(row["id"], []), today)
                    done += 1
                    if progress is not None and done % max(1, chunk_rows) == 0 and not progress(done, total):
                        sink.abort()
                        return ExportResult(path, done, cancelled=True)
        except BaseException:
            sink.abort()
            raise
        sink.commit()
    if progress is not None:
        progress(total, total)
    return ExportResult(path, total)


def entry_cells(row: dict[str, Any], seq: int, letters: list[str], today: date) -> list[Any]:
    """An entry (as :meth:`Services.entry_rows` gives it) as the cells of its ledger row, in column order."""
    accepted, closed = as_excel_date(row["accepted_on"]), as_excel_date(row["closed_at"])
    due = date.fromisoformat(row["due_on"])
    duration = ""
    if row["status"] == _CLOSED and accepted is not None and closed is not None:
        hours = (_moment(closed) - _moment(accepted)).total_seconds() / 3600
        duration = duration_text(max(hours, 0.0))
    values = {
        "seq": seq, "number": row["number"], "source": row["source"], "source_ref": row["source_ref"],
        "enterprise_name": row["enterprise_name"], "uscc": row["uscc"], "district": name_of(row["district"]),
        "matter_type": row["matter_type"], "scenario": row["scenario"], "summary": row["summary"],
        "details": row["details"], "department": row["department"], "handler": row["handler"],
        "accepted_on": accepted, "time_limit": format_limit(row["limit_days"], row["limit_unit"]),
        "due_on": due, "overdue": "是" if is_late(row, today) else "否", "status": row["status"],
        "escalated": "是" if row["escalation_level"] else "否", "escalation_level": row["escalation_level"],
        "reply": row["reply"], "closed_at": closed, "duration": duration,
        "satisfaction": row["satisfaction"], "return_visit": row["return_visit"],
        "letters": "、".join(letters), "notes": row["notes"],
    }
    return [values[c.key] for c in COLUMNS]


def is_late(row: dict[str, Any], today: date) -> bool:
    """Open past its due date, or closed after it."""
    if row["status"] == _CLOSED:
        return bool(row["closed_at"]) and row["closed_at"][:10] > row["due_on"]
    return row["due_on"] < today.isoformat()


def _moment(value: date | datetime) -> datetime:
    return value if isinstance(value, datetime) else datetime(value.year, value.month, value.day)


class _Sink:
    def write(self, row: dict[str, Any], letters: list[str], today: date) -> None:
        raise NotImplementedError

    def commit(self) -> None:
        raise NotImplementedError

    def abort(self) -> None:
        raise NotImplementedError


class _CsvSink(_Sink):
    """A flat table for scripts and other systems: the header row and one row per entry, no title."""

    def __init__(self, path: Path, total: int) -> None:
        self.writer = TableWriter(path, export_header(), rows_hint=total)

    def write(self, row: dict[str, Any], letters: list[str], today: date) -> None:
        self.writer.write(entry_cells(row, self.writer.count + 1, letters, today))

    def commit(self) -> None:
        self.writer.commit()

    def abort(self) -> None:
        self.writer.abort()


class _XlsxSink(_Sink):
    """全部台账, and each entry once more in its group's sheet."""

    def __init__(self, path: Path, services: Services, rids: list[int], today: date, title: str,
                 status_sheets: bool) -> None:
        as_of = f"（截至{chinese_date(today)}）"
        specs = [SheetSpec(SHEET_ALL, f"{title}{as_of}", len(rids))]
        self.groups: dict[int, list[int]] = {}  # rid → the group sheets it also goes to
        if status_sheets:
            names = (SHEET_OPEN, SHEET_CLOSED, SHEET_OVERDUE)
            counts = dict.fromkeys(names, 0)
            today_text = today.isoformat()
            for rid, (status, due_on, _) in services.ledger_states(rids).items():
                targets = [SHEET_CLOSED] if status == _CLOSED else [SHEET_OPEN]
                if status != _CLOSED and due_on < today_text:
                    targets.append(SHEET_OVERDUE)
                self.groups[rid] = [names.index(t) + 1 for t in targets]
                for target in targets:
                    counts[target] += 1
            specs += [SheetSpec(name, f"{title}·{name}{as_of}", counts[name]) for name in names]
        self.book = LedgerWorkbook(path, COLUMNS, specs)

    def write(self, row: dict[str, Any], letters: list[str], today: date) -> None:
        cells = entry_cells(row, self.book.counts[0] + 1, letters, today)
        self.book.write(0, cells)
        for sheet in self.groups.get(row["rid"], ()):
            cells[0] = self.book.counts[sheet] + 1
            self.book.write(sheet, cells)

    def commit(self) -> None:
        self.book.commit()

    def abort(self) -> None:
        self.book.abort()


# -- import ---------------------------------------------------------------------------------------------


def import_ledger(services: Services, path: Path | str, *, rejects_path: Path | str | None = None,
                  progress: Progress | None = None, chunk_rows: int = CHUNK_ROWS) -> LedgerImportResult:
    """Import (upsert) the ledger entries in an .xlsx or .csv file.

    Raises :class:`HuhangError` before anything is imported when the file cannot be used at all
    (``file.format``, ``file.unreadable``, ``file.encoding``, ``file.no_ledger_header``). Rejected rows,
    if any, are written to ``rejects_path`` (default: ``<name>.rejects.<ext>`` beside the input) with
    their original cells, 原行号 and 拒绝原因.
    """
    return run_import(path, rejects_path, match_header=match_ledger_header, no_header="file.no_ledger_header",
                      new_result=LedgerImportResult,
                      new_run=lambda columns, result: _Run(services, columns, result, progress, chunk_rows))


class _Run(ChunkedRun[LedgerImportResult]):
    def __init__(self, services: Services, columns: ColumnMap, result: LedgerImportResult,
                 progress: Progress | None, chunk_rows: int) -> None:
        super().__init__(result, progress, chunk_rows)
        self.services, self.columns = services, columns
        self.pending: list[tuple[SheetRow, dict[str, Any]]] = []
        self.first_row: dict[tuple[str, ...], int] = {}  # what identifies the matter → its first row

    def take(self, row: SheetRow) -> None:
        fields = row_values(self.columns, row.values)
        if not any(v not in ("", None) for v in fields.values()):
            return  # an empty row, or one with only a 序号 or other derived cells: not counted
        identity = _identity(fields)
        if identity is not None:
            key, described = identity
            if key in self.first_row:
                params = {"first_row": self.first_row[key], "key": described}
                self.reject(row, [Problem("file.duplicate_entry_in_file", None, params)])
                return
            self.first_row[key] = row.number
        self.pending.append((row, fields))

    def apply(self) -> None:
        if not self.pending:
            return
        outcomes = self.services.upsert_ledger_rows([fields for _, fields in self.pending])
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
            self.result.enterprises_created += outcome.enterprise_created
            if outcome.warnings:
                self.result.warnings.append(RowWarning(row.number, outcome.warnings))
        self.pending.clear()


def _identity(fields: dict[str, Any]) -> tuple[tuple[str, ...], str] | None:
    """What the service will match the row on (the same rules, in order) and how to name it; None if
    the row has too little to be matched at all (it will be refused for that, not as a repeat)."""
    number = str(fields.get("number") or "")
    if number:
        return ("number", number), f"编号{number}"
    ref = str(fields.get("source_ref") or "")
    if ref:
        return ("source_ref", ref), f"来源编号{ref}"
    firm = str(fields.get("uscc") or fields.get("enterprise_name") or "")
    summary = str(fields.get("summary") or fields.get("details") or "")
    day = parse_date(fields.get("accepted_on"))
    if not (firm and summary and day):
        return None
    described = f"同一企业、同一问题摘要、同一受理日期{day.isoformat()}"
    return ("matter", firm, summary, day.isoformat()), described
