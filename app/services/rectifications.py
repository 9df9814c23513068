"""Rectification items: create, move through 待整改 → 整改中 → 待核查 → 已销号, attach evidence."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from app.domain import rectification
from app.errors import NotFound, Problem, ValidationFailed
from app.services.attachments import AttachmentService
from app.services.base import Changes

_ROW_SQL = (
    "SELECT rectifications.*, ledger_entries.number AS entry_number, enterprises.name AS enterprise_name "
    "FROM rectifications "
    "LEFT JOIN ledger_entries ON ledger_entries.id = rectifications.entry_id "
    "LEFT JOIN visits ON visits.id = rectifications.visit_id "
    "LEFT JOIN enterprises ON enterprises.id = coalesce(ledger_entries.enterprise_id, visits.enterprise_id)"
)


class RectificationService(AttachmentService):
    def _check_rectification(self, fields: dict[str, Any]) -> dict[str, Any]:
        clean, problems = rectification.clean(fields)
        for key, table in (("entry_id", "ledger_entries"), ("visit_id", "visits")):
            if (
                clean.get(key)
                and not self.db.execute(
                    f"SELECT 1 FROM {table} WHERE id = ? AND deleted_at IS NULL", [clean[key]]
                ).fetchone()
            ):
                problems.append(Problem("not_found", key, {"what": table, "id": clean[key]}))
        if any(p.severity == "error" for p in problems):
            raise ValidationFailed(problems)
        return clean

    def create_rectification(self, *, evidence: Sequence[Path] = (), **fields: Any) -> Changes:
        for key in rectification.REQUIRED:
            fields.setdefault(key, "")
        clean = self._check_rectification(fields)
        with self.transaction():
            item_id = self._insert("rectifications", clean)
            for path in evidence:
                self._attach("rectifications", item_id, Path(path))
        return Changes(frozenset({"rectifications"}), (item_id,))

    def update_rectification(
        self, item_id: str, *, add_evidence: Sequence[Path] = (), **fields: Any
    ) -> Changes:
        clean = self._check_rectification(fields)
        with self.transaction():
            changed = self._update("rectifications", item_id, clean)
            for path in add_evidence:
                self._attach("rectifications", item_id, Path(path))
        return Changes(frozenset({"rectifications"}) if changed or add_evidence else frozenset(), (item_id,))

    def rectification_action(
        self, item_id: str, *, action: str, verify_visit_id: str | None = None, notes: str = ""
    ) -> Changes:
        """Move an item on; 核查销号 needs the return visit that verified it."""
        item = self.rectification(item_id)
        problems = rectification.check(action, item["status"])
        if action == "verify" and not problems:
            if not verify_visit_id:
                problems.append(Problem("required", "verify_visit_id", {"label": "核查回访记录"}))
            elif not self.db.execute(
                "SELECT 1 FROM visits WHERE id = ? AND deleted_at IS NULL", [verify_visit_id]
            ).fetchone():
                problems.append(
                    Problem("not_found", "verify_visit_id", {"what": "visits", "id": verify_visit_id})
                )
        if problems:
            raise ValidationFailed(problems)
        updates: dict[str, Any] = {"status": rectification.ACTIONS[action][1]}
        if action == "verify":
            updates.update(verify_visit_id=verify_visit_id, verified_on=date.today().isoformat())
        if notes:
            updates["notes"] = (item["notes"] + "\n" + notes).strip()
        with self.transaction():
            self._update("rectifications", item_id, updates)
        return Changes(frozenset({"rectifications"}), (item_id,))

    def rectification(self, item_id: str) -> dict[str, Any]:
        rows = list(self.db.query(f"{_ROW_SQL} WHERE rectifications.id = ?", [item_id]))
        if not rows:
            raise NotFound("not_found", what="rectifications", id=item_id)
        row = _derive(rows[0])
        row["evidence"] = self.attachments("rectifications", item_id)
        return row

    def rectifications(
        self,
        *,
        status: str | None = None,
        entry_id: str | None = None,
        overdue: bool | None = None,
        limit: int = 5000,
    ) -> list[dict[str, Any]]:
        sql = f"{_ROW_SQL} WHERE rectifications.deleted_at IS NULL"
        params: list[Any] = []
        if status:
            sql += " AND rectifications.status = ?"
            params.append(status)
        if entry_id:
            sql += " AND rectifications.entry_id = ?"
            params.append(entry_id)
        if overdue is not None:
            sql += (
                " AND rectifications.status != '已销号' AND rectifications.deadline < ?"
                if overdue
                else " AND (rectifications.status = '已销号' OR rectifications.deadline >= ?)"
            )
            params.append(date.today().isoformat())
        sql += (
            " ORDER BY rectifications.status = '已销号', rectifications.deadline, rectifications.rid LIMIT ?"
        )
        return [_derive(r) for r in self.db.query(sql, [*params, limit])]


def _derive(row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    out["overdue"] = row["status"] != "已销号" and row["deadline"] < date.today().isoformat()
    return out
