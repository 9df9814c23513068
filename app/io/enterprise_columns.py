"""Which column of an enterprise list is which field.

Offices name their columns slightly differently (信用代码, 社会信用代码, 行政区, 联系方式 …), type them
with full-width spaces, mark required ones with * or （必填）, or use English. A header cell is reduced
to a key (NFKC, no spaces, punctuation marks or "required" markers, lower case) and looked up among the
variants below, so adding a variant is one word in one list.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from app.errors import Problem
from app.io.importing import REJECT_REASON_HEADER, REJECT_ROW_HEADER
from app.io.tables import cell_text

# Field → (Chinese header written on export, accepted variants). Order is the export order.
COLUMNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "name": ("企业名称", (
        "名称", "企业名", "企业全称", "公司名称", "单位名称", "市场主体名称", "企业（单位）名称",
        "name", "enterprise", "enterprise name", "company", "company name")),
    "uscc": ("统一社会信用代码", (
        "信用代码", "社会信用代码", "统一信用代码", "社会统一信用代码", "统一代码", "统一社会信用代码证号",
        "uscc", "credit code", "social credit code", "unified social credit code")),
    "district": ("所属区", (
        "区", "所在区", "行政区", "所属行政区", "辖区", "所属辖区", "行政区划", "行政区划代码", "区划代码",
        "所属区域", "区域", "district", "district code")),
    "address": ("地址", (
        "企业地址", "注册地址", "经营地址", "办公地址", "住所", "详细地址", "通讯地址", "address")),
    "industry": ("行业", ("所属行业", "行业类别", "行业分类", "国民经济行业", "行业门类", "industry")),
    "ownership": ("企业类型", (
        "企业性质", "所有制", "所有制类型", "所有制性质", "经济类型", "经济性质", "ownership")),
    "size": ("企业规模", ("规模", "size", "enterprise size")),
    "contact": ("联系人", ("企业联系人", "联络人", "contact", "contact person", "contact name")),
    "phone": ("联系电话", (
        "联系方式", "电话", "手机", "手机号", "手机号码", "电话号码", "联系人电话", "联系人手机", "固定电话",
        "phone", "telephone", "tel", "mobile", "phone number")),
    "tags": ("企业标签", ("标签", "tags", "tag", "labels")),
    "notes": ("备注", ("说明", "备注说明", "notes", "note", "remarks", "remark", "comment", "comments")),
}
REQUIRED_IN_HEADER = ("name", "uscc")

# Columns that carry nothing to import but are no surprise either: a row counter, and the two columns a
# rejects file adds (so a corrected rejects file imports without notes).
_SILENT = ("序号", "no", "编号", REJECT_ROW_HEADER, REJECT_REASON_HEADER)

_REQUIRED_MARK = re.compile(r"\((?:必填项?|选填|可选|非必填)\)")
_NOISE = re.compile(r"[\s_\-*:.]")


def header_key(text: str) -> str:
    """A header cell reduced to what distinguishes it (full-width forms, spaces and marks removed)."""
    text = _REQUIRED_MARK.sub("", unicodedata.normalize("NFKC", text))
    return _NOISE.sub("", text).lower()


_LOOKUP: dict[str, str] = {}
for _field, (_zh, _variants) in COLUMNS.items():
    for _name in (_zh, _field, *_variants):
        _LOOKUP[header_key(_name)] = _field
_SILENT_KEYS = {header_key(name) for name in _SILENT}


@dataclass
class ColumnMap:
    """Field → column index, plus what the header had that is not imported."""

    fields: dict[str, int]
    unknown: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str, str]] = field(default_factory=list)  # (column, first column, field)

    def values(self, cells: tuple[Any, ...]) -> dict[str, str]:
        """The fields of one row as the trimmed text a person sees (a missing cell reads as empty)."""
        width = len(cells)
        return {name: cell_text(cells[i] if i < width else None).strip() for name, i in self.fields.items()}

    def notes(self) -> list[Problem]:
        """What a person should know about the header; none of it stops the import."""
        notes = [Problem("file.duplicate_column", name, {"column": column, "first": first}, "warning")
                 for column, first, name in self.duplicates]
        if self.unknown:
            columns = "、".join(f"“{c}”" for c in self.unknown)
            notes.append(Problem("file.unknown_columns", None, {"columns": columns}, "warning"))
        return notes


def match_header(texts: list[str]) -> ColumnMap | None:
    """The column map if this row is an enterprise header (it names at least the name and USCC columns)."""
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
        elif name in found:
            duplicates.append((text, texts[found[name]], name))
        else:
            found[name] = index
    if not all(name in found for name in REQUIRED_IN_HEADER):
        return None
    return ColumnMap(found, unknown, duplicates)


def export_header() -> list[str]:
    return [zh for zh, _ in COLUMNS.values()]


# Export column widths in Excel's units (about one Latin character; a Chinese character needs two).
EXPORT_WIDTHS = {"name": 40, "uscc": 22, "district": 16, "address": 44, "industry": 30, "ownership": 10,
                 "size": 10, "contact": 10, "phone": 16, "tags": 28, "notes": 40}
