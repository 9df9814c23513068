"""Parsing the dates and times people type or Excel stores, and writing them the Chinese way."""

from __future__ import annotations

import re
from datetime import date, datetime

_DATE = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")
_DATETIME = re.compile(
    r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*[T ]?\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})"
    r"(?:\s*[:：分]\s*(\d{1,2})\s*秒?)?\s*分?\s*$"
)


def parse_date(value: object) -> date | None:
    """A date from a date/datetime object or text such as 2026-12-03, 2026/12/3 or 2026年12月3日."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    match = _DATE.match(str(value or ""))
    if not match:
        dt = parse_datetime(value)
        return dt.date() if dt else None
    try:
        return date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def parse_datetime(value: object) -> datetime | None:
    """A naive local datetime from an object or text such as 2026-12-03 09:30 or 2026-12-03T09:30."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=None, microsecond=0)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    text = str(value or "")
    match = _DATETIME.match(text)
    if match:
        parts = [int(g) if g else 0 for g in match.groups()]
        try:
            return datetime(*parts)
        except ValueError:
            return None
    day = _DATE.match(text)
    if day:
        try:
            return datetime(*(int(g) for g in day.groups()))
        except ValueError:
            return None
    return None


def chinese_date(value: date) -> str:
    """2026年12月3日 — Arabic numerals, full year, no leading zeros (GB/T 9704-2012 7.3.5)."""
    return f"{value.year}年{value.month}月{value.day}日"


def iso_minutes(value: datetime) -> str:
    return value.strftime("%Y-%m-%dT%H:%M")


def duration_text(hours: float) -> str:
    """A duration the way the commission writes it: 3天14小时, 14小时, 2天 (rounded to the hour)."""
    total = int(round(hours))
    days, rest = divmod(total, 24)
    if days and rest:
        return f"{days}天{rest}小时"
    return f"{days}天" if days else f"{rest}小时"
