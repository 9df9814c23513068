"""An entry's timeline (办理过程): every workflow event, who did it, when, from which status to which.

Events are append-only in the core; this only words them. The time shown is when it happened — the
``at`` an event recorded after the fact carries, else when it was written, in local time — and the
explanation joins the reason with the event's data (the department dispatched to, the new due date
and the one it replaced, the rating...).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from app.domain import workflow
from ui.models.ledger_text import minutes
from ui.models.simple_table import TextTableModel

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
Event = dict[str, Any]


def event_time(event: Event) -> str:
    data = event.get("data") or {}
    if data.get("at"):
        return minutes(str(data["at"]))
    stamp = str(event.get("created_at") or "")
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return minutes(stamp[:16])
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def action_label(action: str) -> str:
    rule = workflow.ACTIONS.get(action)
    if rule is not None:
        return rule.label
    if action == "register":
        return translate("LedgerTimeline", "Registered")
    if action == "import":
        return translate("LedgerTimeline", "Imported")
    return action


def data_labels() -> dict[str, str]:
    return {
        "department": translate("LedgerTimeline", "Department"),
        "handler": translate("LedgerTimeline", "Handler"),
        "reply": translate("LedgerTimeline", "Reply"),
        "satisfaction": translate("LedgerTimeline", "Satisfaction"),
        "return_visit": translate("LedgerTimeline", "Return visit"),
        "due_on": translate("LedgerTimeline", "New due date"),
        "previous_due_on": translate("LedgerTimeline", "Previous due date"),
        "level": translate("LedgerTimeline", "Level"),
        "closed_at": translate("LedgerTimeline", "Closed at"),
    }


def explanation(event: Event) -> str:
    """The reason, then each piece of data as "label: value"."""
    parts = []
    if event.get("reason"):
        parts.append(str(event["reason"]))
    labels = data_labels()
    for key, value in (event.get("data") or {}).items():
        if key == "at" or value in (None, ""):
            continue
        label = labels.get(key) or workflow.PARAM_LABELS.get(key) or key
        parts.append(f"{label}：{minutes(str(value)) if key == 'closed_at' else value}")
    return "；".join(parts)


def state_change(event: Event) -> str:
    before, after = event.get("from_status") or "", event.get("to_status") or ""
    if not before:
        return after
    return after if before == after else f"{before} → {after}"


class TimelineModel(TextTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                translate("LedgerTimeline", "Time"),
                translate("LedgerTimeline", "By"),
                translate("LedgerTimeline", "Step"),
                translate("LedgerTimeline", "Status"),
                translate("LedgerTimeline", "Reason and details"),
            ],
            [],
            parent,
        )

    def set_events(self, events: list[Event]) -> None:
        self.beginResetModel()
        self._rows = [
            [
                event_time(e),
                str(e.get("created_by") or ""),
                action_label(e["action"]),
                state_change(e),
                explanation(e),
            ]
            for e in events
        ]
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid():
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return super().data(index, role)
