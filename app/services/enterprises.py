"""Enterprise registry operations."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from app.domain import enterprise
from app.errors import Problem, ValidationFailed
from app.services.base import Changes, ServiceBase, decode_row
from app.store.search import ListQuery, ListSpec

ENTERPRISE_LIST = ListSpec(
    table="enterprises",
    fts_columns=("enterprises.name", "enterprises.address"),
    plain_columns=(),
    code_columns=("enterprises.uscc",),
    sort_columns={
        "name": "enterprises.name",
        "uscc": "enterprises.uscc",
        "district": "enterprises.district",
        "industry": "enterprises.industry",
        "ownership": "enterprises.ownership",
        "contact": "enterprises.contact",
        "updated_at": "enterprises.updated_at",
    },
    default_sort="name",
    filter_columns={"district": "enterprises.district", "ownership": "enterprises.ownership"},
)

Outcome = Literal["imported", "updated", "unchanged"]


@dataclass(frozen=True)
class UpsertResult:
    outcome: Outcome
    enterprise_id: str
    warnings: tuple[Problem, ...] = ()


class EnterpriseService(ServiceBase):
    def _check(self, fields: dict[str, Any], *,
               current_id: str | None = None) -> tuple[dict[str, Any], list[Problem]]:
        clean, problems = enterprise.clean(fields)
        uscc_ok = not any(p.field == "uscc" and p.severity == "error" for p in problems)
        if "uscc" in clean and uscc_ok:
            existing = self.enterprise_by_uscc(clean["uscc"])
            if existing and existing["id"] != current_id:
                problems.append(Problem("uscc.duplicate", "uscc",
                                        {"value": clean["uscc"], "existing_name": existing["name"]}))
        if any(p.severity == "error" for p in problems):
            raise ValidationFailed(problems)
        return clean, problems

    def validate_enterprise(self, *, current_id: str | None = None, **fields: Any) -> list[Problem]:
        """All problems with a draft, errors and warnings, without saving (for forms as the user types)."""
        try:
            _, problems = self._check(fields, current_id=current_id)
        except ValidationFailed as failed:
            return failed.problems + failed.warnings
        return problems

    def create_enterprise(self, **fields: Any) -> Changes:
        missing = {key: "" for key in enterprise.REQUIRED if key not in fields}
        clean, problems = self._check({**missing, **fields})
        with self.transaction():
            new_id = self._insert("enterprises", clean)
        return Changes(frozenset({"enterprises"}), (new_id,), tuple(problems))

    def update_enterprise(self, enterprise_id: str, **fields: Any) -> Changes:
        clean, problems = self._check(fields, current_id=enterprise_id)
        with self.transaction():
            changed = self._update("enterprises", enterprise_id, clean)
        tables = frozenset({"enterprises"}) if changed else frozenset()
        return Changes(tables, (enterprise_id,), tuple(problems))

    def delete_enterprise(self, enterprise_id: str) -> Changes:
        with self.transaction():
            self._soft_delete("enterprises", enterprise_id)
        return Changes(frozenset({"enterprises"}), (enterprise_id,))

    def upsert_enterprises(self, rows: Iterable[dict[str, Any]]) -> list[UpsertResult | ValidationFailed]:
        """Insert or update by USCC, all in one transaction; one result per row, in order.

        Non-empty values overwrite; empty ones keep the stored value, so a partial list never erases.

        A row that fails validation gets its :class:`ValidationFailed` in the result and is skipped; the
        others still apply. Re-importing the same rows changes nothing and reports them as unchanged.
        Callers with many rows pass them in chunks (a few thousand per call): each call is one
        transaction, so one commit and one fsync per chunk.
        """
        batch = list(rows)
        results: list[UpsertResult | ValidationFailed] = []
        with self.transaction():
            cleaned: list[tuple[dict[str, Any], list[Problem]] | ValidationFailed] = []
            for fields in batch:
                clean, problems = enterprise.clean(fields)
                if "uscc" not in clean:
                    problems.append(Problem("required", "uscc"))
                if any(p.severity == "error" for p in problems):
                    cleaned.append(ValidationFailed(problems))
                else:
                    cleaned.append((clean, problems))
            known = self._live_by_uscc([c[0]["uscc"] for c in cleaned if not isinstance(c, ValidationFailed)])
            for item in cleaned:
                if isinstance(item, ValidationFailed):
                    results.append(item)
                    continue
                clean, problems = item
                existing = known.get(clean["uscc"])
                missing = [k for k in enterprise.REQUIRED if k not in clean] if existing is None else []
                if missing:  # a new record needs every required field, even if the file has no such column
                    results.append(ValidationFailed([Problem("required", k) for k in missing]))
                elif existing is None:
                    stored = self._insert_row("enterprises", clean)
                    # A later row of the same batch with this USCC updates the record just made.
                    known[clean["uscc"]] = stored
                    results.append(UpsertResult("imported", stored["id"], tuple(problems)))
                else:
                    # An empty cell leaves what the registry already knows; it never erases it.
                    filled = {k: v for k, v in clean.items() if v not in ("", [])}
                    # ``existing`` is refreshed in place, so a repeat later in the batch compares correctly.
                    changed = self._update("enterprises", existing["id"], filled, current=existing)
                    outcome: Outcome = "updated" if changed else "unchanged"
                    results.append(UpsertResult(outcome, existing["id"], tuple(problems)))
        return results

    def _live_by_uscc(self, codes: list[str]) -> dict[str, dict[str, Any]]:
        """Stored rows (as stored, JSON undecoded) of the live enterprises with these USCCs."""
        found: dict[str, dict[str, Any]] = {}
        unique = list(dict.fromkeys(codes))
        for start in range(0, len(unique), 500):  # well under SQLite's limit on parameters
            part = unique[start:start + 500]
            marks = ",".join("?" * len(part))
            cursor = self.db.conn.execute(
                f"SELECT * FROM enterprises WHERE deleted_at IS NULL AND uscc IN ({marks})", part)
            names = [d[0] for d in cursor.description]
            for values in cursor:
                row = dict(zip(names, values, strict=True))
                found[row["uscc"]] = row
        return found

    # -- reads ------------------------------------------------------------------------------------

    def enterprise(self, enterprise_id: str) -> dict[str, Any]:
        return decode_row(self._record("enterprises", enterprise_id), ["tags"])

    def enterprise_by_uscc(self, uscc: str) -> dict[str, Any] | None:
        rows = list(self.db.query(
            "SELECT * FROM enterprises WHERE uscc = ? AND deleted_at IS NULL", [uscc]))
        return decode_row(rows[0], ["tags"]) if rows else None

    def enterprise_ids(self, query: ListQuery | None = None) -> list[int]:
        """Row keys of the enterprises a list shows, in order; rows come from :meth:`enterprise_rows`."""
        sql, params = ENTERPRISE_LIST.ids_sql(query or ListQuery())
        return [r[0] for r in self.db.execute(sql, params)]

    def enterprise_rows(self, rids: list[int]) -> dict[int, dict[str, Any]]:
        marks = ",".join("?" * len(rids))
        rows = self.db.query(f"SELECT * FROM enterprises WHERE rid IN ({marks})", rids)
        return {row["rid"]: decode_row(row, ["tags"]) for row in rows}

    def enterprise_choices(self, text: str, limit: int = 20) -> list[dict[str, Any]]:
        """Type-ahead matches by name, address or USCC, best first (names that start with the text)."""
        text = text.strip()
        if not text:
            return []
        where, params = ENTERPRISE_LIST.where(ListQuery(text=text))
        sql = (f"SELECT id, name, uscc, district FROM enterprises WHERE {where} "
               f"ORDER BY instr(name, ?) = 1 DESC, length(name), name LIMIT ?")
        return list(self.db.query(sql, [*params, text, limit]))

    def enterprise_count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM enterprises WHERE deleted_at IS NULL").fetchone()[0])

    def all_enterprises(self) -> Iterable[dict[str, Any]]:
        """Every live enterprise in name order (for export)."""
        for row in self.db.query("SELECT * FROM enterprises WHERE deleted_at IS NULL ORDER BY name, rid"):
            yield decode_row(row, ["tags"])
