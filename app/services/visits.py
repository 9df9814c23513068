"""Visit (走访记录) operations."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.domain import visit
from app.errors import NotFound, Problem, ValidationFailed
from app.services.attachments import AttachmentService
from app.services.base import Changes, decode_row
from app.services.enterprises import ENTERPRISE_LIST
from app.services.ledger import LedgerService
from app.store.search import ListQuery, ListSpec

VISIT_LIST = ListSpec(
    table="visits",
    fts_columns=("visits.purpose", "visits.findings"),
    plain_columns=("visits.officers",),
    related=(("visits.enterprise_id", ENTERPRISE_LIST),),
    join_alias="enterprises.",
    sort_columns={
        "started_at": "visits.started_at",
        "enterprise": "enterprises.name",
        "kind": "visits.kind",
        "satisfaction": "visits.satisfaction",
        "follow_up_on": "visits.follow_up_on",
    },
    default_sort="started_at",
    filter_columns={
        "kind": "visits.kind",
        "enterprise_id": "visits.enterprise_id",
        "district": "enterprises.district",
        "satisfaction": "visits.satisfaction",
    },
    joins="JOIN enterprises ON enterprises.id = visits.enterprise_id",
)
_ROW_SQL = (
    "SELECT visits.*, enterprises.name AS enterprise_name, enterprises.district AS district "
    "FROM visits JOIN enterprises ON enterprises.id = visits.enterprise_id"
)


class VisitService(AttachmentService, LedgerService):
    def _check_visit(self, fields: dict[str, Any]) -> tuple[dict[str, Any], list[Problem]]:
        clean, problems = visit.clean(fields)
        enterprise_id = clean.get("enterprise_id")
        if enterprise_id and not any(p.field == "enterprise_id" for p in problems):
            row = self.db.execute(
                "SELECT 1 FROM enterprises WHERE id = ? AND deleted_at IS NULL", [enterprise_id]
            ).fetchone()
            if row is None:
                problems.append(Problem("enterprise.not_found", "enterprise_id", {"id": enterprise_id}))
        if any(p.severity == "error" for p in problems):
            raise ValidationFailed(problems)
        return clean, problems

    def validate_visit(self, **fields: Any) -> list[Problem]:
        """Every problem with a draft visit, without saving."""
        try:
            return self._check_visit(fields)[1]
        except ValidationFailed as failed:
            return failed.problems + failed.warnings

    def create_visit(self, *, photos: Sequence[Path] = (), **fields: Any) -> Changes:
        """Record a visit and its photos; ``fields`` are those of :data:`app.domain.visit.FIELDS`."""
        required = {key: "" for key in visit.REQUIRED if key not in fields}
        clean, problems = self._check_visit({**required, **fields})
        with self.transaction():
            visit_id = self._insert("visits", clean)
            for photo in photos:
                self._attach("visits", visit_id, Path(photo))
            entries = self._register_demands(
                visit_id, clean["enterprise_id"], clean.get("demands") or [], clean["started_at"]
            )
        tables = (
            {"visits"} | ({"attachments"} if photos else set()) | ({"ledger_entries"} if entries else set())
        )
        return Changes(frozenset(tables), (visit_id, *entries), tuple(problems))

    def update_visit(
        self,
        visit_id: str,
        *,
        add_photos: Sequence[Path] = (),
        remove_attachments: Sequence[str] = (),
        **fields: Any,
    ) -> Changes:
        clean, problems = self._check_visit(fields)
        tables: set[str] = set()
        with self.transaction():
            if self._update("visits", visit_id, clean):
                tables.add("visits")
            for photo in add_photos:
                self._attach("visits", visit_id, Path(photo))
                tables.add("attachments")
            for attachment_id in remove_attachments:
                self._soft_delete("attachments", attachment_id)
                tables.add("attachments")
            if clean.get("demands"):
                current = self.visit(visit_id)
                if self._register_demands(
                    visit_id, current["enterprise_id"], clean["demands"], current["started_at"]
                ):
                    tables.add("ledger_entries")
        return Changes(frozenset(tables), (visit_id,), tuple(problems))

    def delete_visit(self, visit_id: str) -> Changes:
        with self.transaction():
            self._soft_delete("visits", visit_id)
        return Changes(frozenset({"visits"}), (visit_id,))

    # -- reads ------------------------------------------------------------------------------------

    def visit(self, visit_id: str) -> dict[str, Any]:
        rows = list(self.db.query(f"{_ROW_SQL} WHERE visits.id = ?", [visit_id]))
        if not rows:
            raise NotFound("not_found", what="visits", id=visit_id)
        row = decode_row(rows[0], visit.LIST_FIELDS)
        row["attachments"] = self.attachments("visits", visit_id)
        return row

    def visit_ids(self, query: ListQuery | None = None) -> list[int]:
        sql, params = VISIT_LIST.ids_sql(query or ListQuery(descending=True))
        return [r[0] for r in self.db.execute(sql, params)]

    def visit_rows(self, rids: list[int]) -> dict[int, dict[str, Any]]:
        marks = ",".join("?" * len(rids))
        rows = self.db.query(f"{_ROW_SQL} WHERE visits.rid IN ({marks})", rids)
        return {row["rid"]: decode_row(row, visit.LIST_FIELDS) for row in rows}

    def visits_of(self, enterprise_id: str) -> list[dict[str, Any]]:
        rows = self.db.query(
            f"{_ROW_SQL} WHERE visits.enterprise_id = ? AND visits.deleted_at IS NULL "
            "ORDER BY visits.started_at DESC",
            [enterprise_id],
        )
        return [decode_row(row, visit.LIST_FIELDS) for row in rows]

    def visit_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM visits WHERE deleted_at IS NULL").fetchone()[0])

    def follow_ups_due(self, until: str, limit: int = 100) -> list[dict[str, Any]]:
        """Visits whose next follow-up date is on or before ``until`` (ISO date), the latest first.

        A follow-up is done when the officer records the next visit to the same enterprise after it was
        set, so only each enterprise's latest visit counts.
        """
        rows = self.db.query(
            f"{_ROW_SQL} WHERE visits.deleted_at IS NULL AND visits.follow_up_on != '' "
            "AND visits.follow_up_on <= ? "
            "AND NOT EXISTS (SELECT 1 FROM visits later WHERE later.enterprise_id = visits.enterprise_id "
            "AND later.deleted_at IS NULL AND later.started_at > visits.started_at) "
            "ORDER BY visits.follow_up_on DESC LIMIT ?",
            [until, limit],
        )
        return [decode_row(row, visit.LIST_FIELDS) for row in rows]

    def recent_visits(self, limit: int = 10) -> list[dict[str, Any]]:
        rows = self.db.query(
            f"{_ROW_SQL} WHERE visits.deleted_at IS NULL ORDER BY visits.started_at DESC LIMIT ?", [limit]
        )
        return [decode_row(row, visit.LIST_FIELDS) for row in rows]
