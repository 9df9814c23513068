"""How a ledger entry's dates and state read on screen, the same in the list, the detail and the dashboard.

The core derives ``overdue`` and ``days_left`` from the due date each time a row is read, so these
functions only word them: an open entry past its due date is 逾期 (red), one due within
:data:`SOON_DAYS` days is close (amber), everything else is plain.
"""

from __future__ import annotations

from typing import Any, Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ui.i18n import fill

translate = QCoreApplication.translate

Row = dict[str, Any]
Urgency = Literal["overdue", "soon", ""]

SOON_DAYS = 3
OVERDUE_COLOUR = "#c62828"
OVERDUE_BACKGROUND = "#fdecea"
SOON_COLOUR = "#9a5b00"
SOON_BACKGROUND = "#fff4df"


def urgency(row: Row) -> Urgency:
    if row.get("overdue"):
        return "overdue"
    days = row.get("days_left")
    if days is not None and 0 <= days <= SOON_DAYS:
        return "soon"
    return ""


def foreground(tone: Urgency) -> QColor | None:
    return QColor(OVERDUE_COLOUR) if tone == "overdue" else QColor(SOON_COLOUR) if tone == "soon" else None


def background(tone: Urgency) -> QColor | None:
    if tone == "overdue":
        return QColor(OVERDUE_BACKGROUND)
    return QColor(SOON_BACKGROUND) if tone == "soon" else None


def minutes(value: str | None) -> str:
    """``2026-12-03T09:30`` as people write it; a plain date stays as it is."""
    return (value or "").replace("T", " ")


def time_left(row: Row) -> str:
    """逾期N天 / 今天到期 / 剩余N天, or "" for a closed entry."""
    days = row.get("days_left")
    if days is None:
        return ""
    if days < 0:
        return fill(translate("LedgerText", "overdue by %1 day(s)"), -days)
    if days == 0:
        return translate("LedgerText", "due today")
    return fill(translate("LedgerText", "%1 day(s) left"), days)


def status_text(row: Row) -> str:
    """The status, with 逾期 or the days left when the entry is overdue or close to its due date."""
    status = str(row.get("status") or "")
    tone = urgency(row)
    if tone == "overdue":
        return fill(translate("LedgerText", "%1 · overdue"), status)
    if tone == "soon":
        days = int(row.get("days_left") or 0)
        if days == 0:
            return fill(translate("LedgerText", "%1 · due today"), status)
        return fill(translate("LedgerText", "%1 · %2 day(s) left"), status, days)
    return status


def due_text(row: Row) -> str:
    """The due date, marked when it is provisional (a year without a published holiday table)."""
    due = str(row.get("due_on") or "")
    if due and row.get("due_provisional"):
        return fill(translate("LedgerText", "%1 (provisional)"), due)
    return due
