"""Enterprise (企业) fields, their choices and validation."""

from __future__ import annotations

import re
from typing import Any

from app.domain import districts, uscc
from app.errors import Problem

OWNERSHIPS = ("民营", "国有", "外资", "港澳台", "个体")
SIZES = ("大型", "中型", "小型", "微型")
TAGS = ("高新技术企业", "专精特新", "科技型中小企业", "规上企业", "上市企业", "外贸企业", "重点项目")

# Field name → maximum length. Order is the order of forms, exports and imports.
FIELDS: dict[str, int] = {
    "name": 200,
    "uscc": 18,
    "district": 6,
    "address": 300,
    "industry": 100,
    "ownership": 10,
    "size": 10,
    "tags": 500,
    "contact": 50,
    "phone": 50,
    "notes": 2000,
}
REQUIRED = ("name", "uscc", "district")

_PHONE = re.compile(r"^[0-9+()（）\- ]{7,30}(?:(?:转|ext\.?|x)\s*\d{1,6})?$", re.IGNORECASE)
_OWNERSHIP_ALIASES = {
    "民营企业": "民营",
    "私营": "民营",
    "私营企业": "民营",
    "国有企业": "国有",
    "国企": "国有",
    "外资企业": "外资",
    "外商投资": "外资",
    "外商投资企业": "外资",
    "港澳台企业": "港澳台",
    "港澳台资": "港澳台",
    "个体工商户": "个体",
    "个体户": "个体",
}
_SIZE_ALIASES = {"大": "大型", "中": "中型", "小": "小型", "微": "微型"}


def clean(fields: dict[str, Any]) -> tuple[dict[str, Any], list[Problem]]:
    """Normalise the fields that are present and say what is wrong.

    Returns the cleaned values (district as its code, USCC upper-case, tags as a list) and the problems;
    a problem with severity "error" refuses the record, a "warning" only asks the user to check.
    """
    out: dict[str, Any] = {}
    problems: list[Problem] = []
    for key, value in fields.items():
        if key not in FIELDS:
            raise TypeError(f"unknown enterprise field {key!r}")
        if key == "tags":
            out[key] = _tags(value)
            continue
        text = "" if value is None else str(value).strip()
        if key == "uscc":
            text = uscc.normalise(text)
            problems += uscc.validate(text)
        elif key == "district" and text:
            code = districts.to_code(text)
            if code is None:
                problems.append(Problem("district.unknown", key, {"value": text}))
            else:
                text = code
        elif key == "ownership" and text:
            text = _OWNERSHIP_ALIASES.get(text, text)
            if text not in OWNERSHIPS:
                problems.append(Problem("choice", key, {"value": text, "choices": "、".join(OWNERSHIPS)}))
        elif key == "size" and text:
            text = _SIZE_ALIASES.get(text, text)
            if text not in SIZES:
                problems.append(Problem("choice", key, {"value": text, "choices": "、".join(SIZES)}))
        elif key == "phone" and text and not _PHONE.match(text):
            problems.append(Problem("phone.format", key, {"value": text}, "warning"))
        if key in REQUIRED and not text:
            if not any(p.field == key for p in problems):
                problems.append(Problem("required", key))
        elif key != "uscc" and len(text) > FIELDS[key]:
            problems.append(Problem("too_long", key, {"max": FIELDS[key], "length": len(text)}))
        out[key] = text
    return out, problems


def _tags(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        parts = re.split(r"[,，、;；\s]+", value)
    else:
        parts = [str(v) for v in value]
    seen: list[str] = []
    for part in (p.strip() for p in parts):
        if part and part not in seen:
            seen.append(part)
    return seen
