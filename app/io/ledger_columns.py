"""The columns of the problem ledger (涉营商环境问题专项台账) as offices keep it in Excel.

One list says, for each column, its Chinese header, the names other offices give it, how wide it is and
what kind of cell it holds, so that the export, the importer's header matching and the rejects file all
agree. Header cells are compared after :func:`header_key` (full-width forms, spaces, * and （必填） marks
removed), as in the enterprise import; adding a variant is one word in one list.

Derived columns (序号, 是否逾期, 办理用时, 关联文书) are written on export and ignored on import: they are
computed from the other columns, and a re-import must not be able to contradict them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Literal

from app.io.enterprise_columns import COLUMNS as ENTERPRISE_COLUMNS
from app.io.enterprise_columns import ColumnMap, header_key
from app.io.importing import REJECT_REASON_HEADER, REJECT_ROW_HEADER
from app.io.tables import cell_text

Kind = Literal["text", "code", "long", "date", "datetime", "int"]
"""text: a short value, centred; code: text kept as text (numbers, USCC), left; long: wrapped prose;
date / datetime: a real Excel date cell; int: a number (序号)."""


@dataclass(frozen=True)
class Column:
    key: str  # the row key the service knows (app.services.ledger_import.ROW_KEYS), or a derived name
    header: str
    width: float  # in Excel's units (about one Latin character; a Chinese character needs two)
    kind: Kind
    variants: tuple[str, ...] = ()
    derived: bool = False  # written on export, ignored on import


def _enterprise(field: str) -> tuple[str, ...]:
    return ENTERPRISE_COLUMNS[field][1]


COLUMNS: tuple[Column, ...] = (
    Column("seq", "序号", 6, "int", ("no",), derived=True),
    Column("number", "编号", 18, "code", ("台账编号", "事项编号", "登记编号", "number")),
    Column("source", "来源", 9, "text", ("问题来源", "线索来源", "诉求来源", "来源渠道", "渠道", "source")),
    Column("source_ref", "来源编号", 18, "code", (
        "工单号", "工单编号", "来源单号", "平台工单号", "原始编号", "source ref", "source reference")),
    Column("enterprise_name", "企业名称", 30, "long", (
        *_enterprise("name"), "企业", "诉求企业", "反映企业", "涉及企业", "市场主体")),
    Column("uscc", "统一社会信用代码", 21, "code", _enterprise("uscc")),
    Column("district", "所属区", 9, "text", _enterprise("district")),
    Column("matter_type", "事项类型", 9, "text", ("诉求类型", "事项类别", "诉求类别", "类型", "matter type")),
    Column("scenario", "问题场景", 11, "text", ("场景", "问题分类", "问题类别", "问题场景分类", "scenario")),
    Column("summary", "问题摘要", 36, "long", (
        "问题描述", "诉求内容", "反映问题", "问题", "事项摘要", "诉求摘要", "主要问题", "问题简述",
        "反映内容", "summary")),
    Column("details", "具体情况", 48, "long", (
        "详细情况", "具体内容", "问题详情", "详情", "情况说明", "基本情况", "details")),
    Column("department", "责任单位", 18, "long", (
        "承办单位", "责任部门", "办理单位", "承办部门", "主办单位", "department")),
    Column("handler", "承办人", 8, "text", ("经办人", "办理人", "责任人", "承办人员", "handler")),
    Column("accepted_on", "受理日期", 17, "datetime", (
        "登记日期", "受理时间", "登记时间", "收到日期", "接收日期", "受理日", "accepted", "accepted on")),
    Column("time_limit", "办理时限", 12, "text", ("时限", "办理期限", "办结时限", "承诺时限", "time limit")),
    Column("due_on", "到期日期", 11, "date", (
        "到期时间", "截止日期", "到期日", "应办结日期", "限办日期", "due", "due on")),
    Column("overdue", "是否逾期", 8, "text", ("逾期",), derived=True),
    Column("status", "状态", 8, "text", ("办理状态", "当前状态", "办理进度", "进度", "status")),
    Column("escalated", "是否提级协调", 8, "text", ("提级协调", "是否提级", "是否协调", "escalated")),
    Column("escalation_level", "协调层级", 10, "text", ("提级层级", "协调级别", "escalation level")),
    Column("reply", "反馈情况", 40, "long", (
        "办理情况", "办理结果", "反馈内容", "处理结果", "答复情况", "回复情况", "reply")),
    Column("closed_at", "办结日期", 17, "datetime", (
        "办结时间", "完成日期", "办结日", "closed", "closed on")),
    Column("duration", "办理用时", 11, "text", ("用时", "办理时长"), derived=True),
    Column("satisfaction", "满意度", 9, "text", (
        "满意度评价", "评价", "企业评价", "满意度情况", "satisfaction")),
    Column("return_visit", "回访情况", 30, "long", ("回访", "回访结果", "回访记录", "return visit")),
    Column("letters", "关联文书", 24, "long", ("文书", "相关文书", "文号"), derived=True),
    Column("notes", "备注", 24, "long", _enterprise("notes")),
)
DATE_KEYS = frozenset(c.key for c in COLUMNS if c.kind in ("date", "datetime"))
REQUIRED_IN_HEADER = (("enterprise_name", "uscc"), ("summary",))  # one of each group

_LOOKUP: dict[str, str] = {}
for _column in COLUMNS:
    for _name in (_column.header, *_column.variants):
        _LOOKUP.setdefault(header_key(_name), _column.key)
_SILENT_KEYS = {header_key(n) for n in (REJECT_ROW_HEADER, REJECT_REASON_HEADER, "剩余天数", "剩余时间")}
_DERIVED = frozenset(c.key for c in COLUMNS if c.derived)


def match_ledger_header(texts: list[str]) -> ColumnMap | None:
    """The column map if this row is a ledger header (an enterprise column and a summary column)."""
    found: dict[str, int] = {}
    unknown: list[str] = []
    duplicates: list[tuple[str, str, str]] = []
    for index, text in enumerate(texts):
        if not text:
            continue
        key = header_key(text)
        name = _LOOKUP.get(key)
        if name is None:
            if key not in _SILENT_KEYS:
                unknown.append(text)
        elif name in _DERIVED:
            continue
        elif name in found:
            duplicates.append((text, texts[found[name]], name))
        else:
            found[name] = index
    if not all(any(name in found for name in group) for group in REQUIRED_IN_HEADER):
        return None
    return ColumnMap(found, unknown, duplicates)


def row_values(columns: ColumnMap, cells: tuple[Any, ...]) -> dict[str, Any]:
    """The fields of one row: trimmed cell text, and dates as date/datetime objects where Excel has them.

    A date column whose cell holds a bare number is an Excel date serial shown without a date format
    (46359 is 2026-12-03); it is turned back into the date Excel would show.
    """
    out: dict[str, Any] = {}
    width = len(cells)
    for name, index in columns.fields.items():
        value = cells[index] if index < width else None
        if name in DATE_KEYS and isinstance(value, (date, datetime)):
            out[name] = value
        elif name in DATE_KEYS and isinstance(value, (int, float)) and not isinstance(value, bool) \
                and 20000 <= value < 80000:  # 1954–2119: a serial, not a year or a count of days
            out[name] = _from_serial(float(value))
        else:
            out[name] = cell_text(value).strip()
    return out


def _from_serial(value: float) -> datetime:
    moment = datetime(1899, 12, 30) + timedelta(days=value)
    return moment.replace(second=0, microsecond=0) + timedelta(minutes=round(moment.second / 60))


def export_header() -> list[str]:
    return [c.header for c in COLUMNS]
