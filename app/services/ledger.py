"""Problem ledger (涉营商环境问题专项台账): entries, their closed-loop workflow and timeline."""

from __future__ import annotations

import functools
import json
import secrets
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from app.domain import deadlines, ledger, workflow
from app.domain.dates import iso_minutes, parse_date
from app.errors import HuhangError, NotFound, Problem, ValidationFailed
from app.services.base import Changes, ServiceBase
from app.services.enterprises import ENTERPRISE_LIST
from app.store.search import ListQuery, ListSpec

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

# Due dates repeat (a year has some 250 working days and a handful of time limits), and counting working
# days through the holiday table costs about half a millisecond per entry; a bulk import of 100,000 rows
# would spend a minute on it. The table only changes when the package is updated, i.e. between runs.
# Bulk writers outside this module (demo data) use the same cache.
cached_due_date = functools.lru_cache(maxsize=8192)(deadlines.due_date)


def _today() -> str:
    return date.today().isoformat()


def _overdue(value: Any) -> tuple[str, list[Any]]:
    # As a set built from the live-rows due-date index, so a list sorted by another column checks
    # membership rather than reading every row (bench/lists.py: 3.3 s → well under a second at 1M).
    late = (
        "ledger_entries.rid IN (SELECT rid FROM ledger_entries WHERE deleted_at IS NULL AND due_on < ? "
        "AND status != '已办结')"
    )
    if value in (True, "1", 1, "true"):
        return late, [_today()]
    return f"NOT {late}", [_today()]


LEDGER_LIST = ListSpec(
    table="ledger_entries",
    fts_columns=("ledger_entries.summary",),
    plain_columns=(),
    code_columns=("ledger_entries.number", "ledger_entries.source_ref"),
    related=(("ledger_entries.enterprise_id", ENTERPRISE_LIST),),
    join_alias="enterprises.",
    sort_columns={
        "number": "ledger_entries.number",
        "accepted_on": "ledger_entries.accepted_on",
        "due_on": "ledger_entries.due_on",
        "status": "ledger_entries.status",
        "matter_type": "ledger_entries.matter_type",
        "scenario": "ledger_entries.scenario",
        "department": "ledger_entries.department",
        "enterprise": "enterprises.name",
        "summary": "ledger_entries.summary",
    },
    default_sort="accepted_on",
    filter_columns={
        "status": "ledger_entries.status",
        "matter_type": "ledger_entries.matter_type",
        "scenario": "ledger_entries.scenario",
        "department": "ledger_entries.department",
        "handler": "ledger_entries.handler",
        "source": "ledger_entries.source",
        "district": "enterprises.district",
        "enterprise_id": "ledger_entries.enterprise_id",
    },
    joins="JOIN enterprises ON enterprises.id = ledger_entries.enterprise_id",
    custom_filters={
        "overdue": _overdue,
        "due_from": lambda v: ("ledger_entries.due_on >= ?", [str(v)]),
        "due_to": lambda v: ("ledger_entries.due_on <= ?", [str(v)]),
        "open": lambda v: (
            "ledger_entries.status != '已办结'" if v else "ledger_entries.status = '已办结'",
            [],
        ),
    },
)
_ROW_SQL = (
    "SELECT ledger_entries.*, enterprises.name AS enterprise_name, enterprises.uscc AS uscc, "
    "enterprises.district AS district FROM ledger_entries "
    "JOIN enterprises ON enterprises.id = ledger_entries.enterprise_id"
)


class LedgerService(ServiceBase):
    # -- configuration ------------------------------------------------------------------------

    def time_limits(self) -> dict[str, int]:
        return {**ledger.DEFAULT_TIME_LIMITS, **(self.get_setting("time_limits") or {})}

    def limit_unit(self) -> deadlines.Unit:
        return "calendar" if self.get_setting("limit_unit") == "calendar" else "working"

    def scenarios(self) -> tuple[str, ...]:
        return tuple(self.get_setting("scenarios") or ledger.DEFAULT_SCENARIOS)

    def device_tag(self) -> str:
        """A short tag unique to this device in ledger numbers.

        Made from random bits on first use; the server replaces it with one it guarantees unique when
        the device enrols, so numbers made offline on two laptops never collide.
        """
        tag = self.get_setting("device_tag")
        if not tag:
            tag = "".join(_CROCKFORD[b % 32] for b in secrets.token_bytes(5))
            self.set_settings(device_tag=tag)
        return str(tag)

    def _next_number(self, year: int) -> str:
        prefix, last = self.number_sequence(year)
        return f"{prefix}{last + 1:04d}"

    def number_sequence(self, year: int) -> tuple[str, int]:
        """This device's number prefix for ``year`` and the highest sequence used after it (0 if none).

        Bulk writers (an import, demo data) read it once and count on from it inside their transaction,
        rather than ask again per entry. The query is a range on the number's unique index (``LIKE``
        would scan the whole table: it is case-insensitive, so SQLite cannot use the index for it).
        """
        prefix = f"{year}-{self.device_tag()}-"
        row = self.db.execute(
            "SELECT max(CAST(substr(number, ?) AS INTEGER)) FROM ledger_entries "
            "WHERE number >= ? AND number < ?",
            [len(prefix) + 1, prefix, prefix + "~"],  # "~" sorts after every character a number uses
        ).fetchone()
        return prefix, int(row[0] or 0)

    # -- entries ----------------------------------------------------------------------------------

    def _check_entry(self, fields: dict[str, Any]) -> tuple[dict[str, Any], list[Problem]]:
        clean, problems = ledger.clean(fields, self.scenarios())
        enterprise_id = clean.get("enterprise_id")
        if (
            enterprise_id
            and not self.db.execute(
                "SELECT 1 FROM enterprises WHERE id = ? AND deleted_at IS NULL", [enterprise_id]
            ).fetchone()
        ):
            problems.append(Problem("enterprise.not_found", "enterprise_id", {"id": enterprise_id}))
        if any(p.severity == "error" for p in problems):
            raise ValidationFailed(problems)
        return clean, problems

    def validate_entry(self, **fields: Any) -> list[Problem]:
        try:
            return self._check_entry(fields)[1]
        except ValidationFailed as failed:
            return failed.problems + failed.warnings

    def _due(self, accepted_on: str, limit_days: int, unit: deadlines.Unit) -> deadlines.Due:
        accepted = parse_date(accepted_on)
        assert accepted is not None
        return cached_due_date(accepted, limit_days, unit)

    def _insert_entry(
        self,
        fields: dict[str, Any],
        *,
        number: str | None = None,
        limit_days: int | None = None,
        limit_unit: deadlines.Unit | None = None,
        status: str = "待签收",
        extra: dict[str, Any] | None = None,
        event: tuple[str, str] = ("register", ""),
        at: datetime | None = None,
    ) -> str:
        """Insert an entry and its first timeline event; call inside a transaction.

        ``extra`` overrides computed columns (an imported due date); ``event`` is the first event's action
        and reason (``register`` for a new entry, ``import`` for one taken from an office's ledger); ``at``
        is when it was registered if that was earlier than now (a demand raised in a visit recorded later).
        """
        clean, _ = self._check_entry(fields)
        unit = limit_unit or self.limit_unit()
        days = limit_days if limit_days is not None else self.time_limits()[clean["matter_type"]]
        due = self._due(clean["accepted_on"], days, unit)
        accepted_year = int(clean["accepted_on"][:4])
        if number and self.db.execute("SELECT 1 FROM ledger_entries WHERE number = ?", [number]).fetchone():
            raise HuhangError("ledger.number_taken", number=number)
        values = {
            **clean,
            "number": number or self._next_number(accepted_year),
            "limit_days": days,
            "limit_unit": unit,
            "due_on": due.on.isoformat(),
            "due_provisional": int(due.provisional),
            "status": status,
            **(extra or {}),
        }
        entry_id = self._insert("ledger_entries", values)
        self._event(entry_id, event[0], "", status, event[1], {"at": iso_minutes(at)} if at else None)
        return entry_id

    def create_entry(
        self,
        *,
        number: str | None = None,
        limit_days: int | None = None,
        limit_unit: deadlines.Unit | None = None,
        at: datetime | None = None,
        **fields: Any,
    ) -> Changes:
        """Register a new entry (status 待签收); due date from the matter type's time limit.

        ``at``, for records made after the fact, is kept on the registration event as in :meth:`transition`.
        """
        fields.setdefault("accepted_on", _today())
        for key in ledger.REQUIRED:
            fields.setdefault(key, "")
        with self.transaction():
            entry_id = self._insert_entry(
                fields, number=number, limit_days=limit_days, limit_unit=limit_unit, at=at
            )
        return Changes(frozenset({"ledger_entries", "ledger_events"}), (entry_id,))

    def update_entry(self, entry_id: str, **fields: Any) -> Changes:
        """Edit the descriptive fields; a changed accepted date or matter type moves the due date.

        Passing the same accepted date or matter type again changes nothing, so an edit never undoes
        an extension (申请延期) recorded on the entry.
        """
        clean, _ = self._check_entry(fields)
        current = self.entry(entry_id)
        new_accepted = clean.get("accepted_on", current["accepted_on"]) != current["accepted_on"]
        new_type = clean.get("matter_type", current["matter_type"]) != current["matter_type"]
        with self.transaction():
            if new_accepted or new_type:
                accepted = clean.get("accepted_on", current["accepted_on"])
                days = self.time_limits()[clean["matter_type"]] if new_type else current["limit_days"]
                due = self._due(accepted, days, current["limit_unit"])
                clean.update(limit_days=days, due_on=due.on.isoformat(), due_provisional=int(due.provisional))
            changed = self._update("ledger_entries", entry_id, clean)
        return Changes(frozenset({"ledger_entries"}) if changed else frozenset(), (entry_id,))

    def departments(self) -> list[str]:
        """Every responsible department named on a live entry, in order (for filters and pickers)."""
        return [
            r[0]
            for r in self.db.execute(
                "SELECT DISTINCT department FROM ledger_entries "
                "WHERE department != '' AND deleted_at IS NULL ORDER BY department"
            )
        ]

    def _event(
        self,
        entry_id: str,
        action: str,
        from_status: str,
        to_status: str,
        reason: str,
        data: dict[str, Any] | None = None,
    ) -> None:
        self._insert(
            "ledger_events",
            {
                "entry_id": entry_id,
                "action": action,
                "from_status": from_status,
                "to_status": to_status,
                "reason": reason,
                "data": data or {},
            },
        )

    def transition(self, entry_id: str, *, action: str, at: datetime | None = None, **params: Any) -> Changes:
        """Move an entry along the workflow; refused with what is allowed from here when illegal.

        ``at`` says when it happened, for records made after the fact (demo data, a replayed history):
        it is kept in the event's data as ``at`` and is the closing time of ``close``. The event's own
        ``created_at`` stays the time it was written, which the audit chain vouches for.
        """
        entry = self._record("ledger_entries", entry_id)  # as stored: it is also what _update compares with
        current_due = parse_date(entry["due_on"])
        problems = workflow.check(
            action, entry["status"], entry["satisfaction"], params, current_due=current_due
        )
        if problems:
            raise ValidationFailed(problems)
        rule = workflow.ACTIONS[action]
        target = rule.target or entry["status"]
        updates: dict[str, Any] = {"status": target}
        reason = str(params.get("reason") or "").strip()
        if action == "dispatch":
            updates["department"] = str(params["department"]).strip()
            if params.get("handler"):
                updates["handler"] = str(params["handler"]).strip()
        elif action == "feedback":
            updates["reply"] = str(params["reply"]).strip()
        elif action == "rate":
            updates["satisfaction"] = params["satisfaction"]
            if params.get("return_visit"):
                updates["return_visit"] = str(params["return_visit"]).strip()
        elif action == "close":
            updates["closed_at"] = str(params.get("closed_at") or iso_minutes(at or datetime.now()))
        elif action == "redo":
            updates["satisfaction"] = ""
        elif action == "extend":
            new_due = parse_date(params["due_on"])
            assert new_due is not None
            updates.update(due_on=new_due.isoformat(), due_provisional=0)
        elif action == "escalate":
            updates.update(escalation_level=params["level"], escalation_reason=reason)
        data = {k: v for k, v in params.items() if k != "reason" and v not in (None, "")}
        if action == "extend":
            data["previous_due_on"] = entry["due_on"]
        if at is not None:
            data["at"] = iso_minutes(at)
        with self.transaction():
            from_status = entry["status"]
            self._update("ledger_entries", entry_id, updates, current=entry)
            self._event(entry_id, action, from_status, target, reason, data)
        return Changes(frozenset({"ledger_entries", "ledger_events"}), (entry_id,))

    def _register_demands(
        self, visit_id: str, enterprise_id: str, demands: list[str], started_at: str
    ) -> list[str]:
        """Each demand raised in a visit becomes an entry linked to it (once); call inside a transaction.

        The demand was raised during the visit, so the entry is accepted on the visit's day and its
        registration is dated at the visit's start. The officer refines matter type and scenario on the
        entry; until then it is a 求助 about 其他.
        """
        raised = datetime.fromisoformat(started_at)
        known = {
            r[0]
            for r in self.db.execute(
                "SELECT summary FROM ledger_entries WHERE visit_id = ? AND deleted_at IS NULL", [visit_id]
            )
        }
        created = []
        for demand in demands:
            if demand in known:
                continue
            summary = demand if len(demand) <= ledger.FIELDS["summary"] else demand[:199] + "…"
            created.append(
                self._insert_entry(
                    {
                        "source": "走访",
                        "source_ref": "",
                        "enterprise_id": enterprise_id,
                        "visit_id": visit_id,
                        "matter_type": "求助",
                        "scenario": "其他",
                        "summary": summary,
                        "details": demand,
                        "accepted_on": started_at[:10],
                    },
                    at=raised,
                )
            )
            known.add(demand)
        return created

    def delete_entry(self, entry_id: str) -> Changes:
        with self.transaction():
            self._soft_delete("ledger_entries", entry_id)
        return Changes(frozenset({"ledger_entries"}), (entry_id,))

    # -- reads ------------------------------------------------------------------------------------

    def entry(self, entry_id: str) -> dict[str, Any]:
        rows = list(self.db.query(f"{_ROW_SQL} WHERE ledger_entries.id = ?", [entry_id]))
        if not rows:
            raise NotFound("not_found", what="ledger_entries", id=entry_id)
        return _with_derived(rows[0])

    def entry_by_number(self, number: str) -> dict[str, Any] | None:
        rows = list(self.db.query(f"{_ROW_SQL} WHERE ledger_entries.number = ?", [number]))
        return _with_derived(rows[0]) if rows else None

    def timeline(self, entry_id: str) -> list[dict[str, Any]]:
        rows = self.db.query("SELECT * FROM ledger_events WHERE entry_id = ? ORDER BY rid", [entry_id])
        return [{**row, "data": json.loads(row["data"])} for row in rows]

    def allowed_actions(self, entry_id: str) -> list[workflow.Action]:
        entry = self.entry(entry_id)
        return workflow.allowed_actions(entry["status"], entry["satisfaction"])

    def entry_ids(self, query: ListQuery | None = None) -> list[int]:
        """Row keys of the entries a list shows, in order (newest first unless the query sorts)."""
        sql, params = LEDGER_LIST.ids_sql(query or ListQuery(descending=True))
        return [r[0] for r in self.db.execute(sql, params)]

    def entry_rows(self, rids: list[int]) -> dict[int, dict[str, Any]]:
        marks = ",".join("?" * len(rids))
        rows = self.db.query(f"{_ROW_SQL} WHERE ledger_entries.rid IN ({marks})", rids)
        return {row["rid"]: _with_derived(row) for row in rows}

    def entries_of(
        self, *, enterprise_id: str | None = None, visit_id: str | None = None
    ) -> list[dict[str, Any]]:
        column, value = ("enterprise_id", enterprise_id) if enterprise_id else ("visit_id", visit_id)
        rows = self.db.query(
            f"{_ROW_SQL} WHERE ledger_entries.{column} = ? AND ledger_entries.deleted_at IS NULL "
            "ORDER BY ledger_entries.accepted_on DESC",
            [value],
        )
        return [_with_derived(r) for r in rows]

    def due_entries(
        self, *, within_days: int = 3, handler: str | None = None, limit: int = 200
    ) -> list[dict[str, Any]]:
        """Open entries that are overdue or due within ``within_days`` calendar days, most urgent first."""
        horizon = date.fromordinal(date.today().toordinal() + within_days).isoformat()
        sql = (
            f"{_ROW_SQL} WHERE ledger_entries.deleted_at IS NULL AND ledger_entries.status != '已办结' "
            "AND ledger_entries.due_on <= ?"
        )
        params: list[Any] = [horizon]
        if handler:
            sql += " AND ledger_entries.handler = ?"
            params.append(handler)
        sql += " ORDER BY ledger_entries.due_on, ledger_entries.rid LIMIT ?"
        return [_with_derived(r) for r in self.db.query(sql, [*params, limit])]

    def open_entries_of(self, handler: str, limit: int = 200) -> list[dict[str, Any]]:
        sql = (
            f"{_ROW_SQL} WHERE ledger_entries.deleted_at IS NULL AND ledger_entries.status != '已办结' "
            "AND ledger_entries.handler = ? ORDER BY ledger_entries.due_on LIMIT ?"
        )
        return [_with_derived(r) for r in self.db.query(sql, [handler, limit])]

    # -- reads for the ledger file (export) -----------------------------------------------------

    def ledger_export_rids(
        self, query: ListQuery | None = None, entry_ids: Sequence[str] | None = None
    ) -> list[int]:
        """Row keys of the entries to export, in order.

        ``entry_ids`` (a selection) wins, in the order given, skipping deleted ones; else the entries a
        list with ``query`` shows, in its order; else every live entry in the order accepted (the order a
        ledger is kept in, and the one a re-import into a fresh profile reproduces).
        """
        if entry_ids is not None:
            found: dict[str, int] = {}
            ids = list(dict.fromkeys(entry_ids))
            for start in range(0, len(ids), 500):
                part = ids[start : start + 500]
                marks = ",".join("?" * len(part))
                found.update(
                    self.db.execute(
                        f"SELECT id, rid FROM ledger_entries WHERE deleted_at IS NULL AND id IN ({marks})",
                        part,
                    )
                )
            return [found[i] for i in ids if i in found]
        return self.entry_ids(query or ListQuery(sort="accepted_on"))

    def ledger_states(self, rids: Sequence[int]) -> dict[int, tuple[str, str, str]]:
        """Row key → (status, due date, closing time): enough to sort entries into sheets before writing."""
        out: dict[int, tuple[str, str, str]] = {}
        for start in range(0, len(rids), 500):
            part = list(rids[start : start + 500])
            marks = ",".join("?" * len(part))
            sql = f"SELECT rid, status, due_on, closed_at FROM ledger_entries WHERE rid IN ({marks})"
            for rid, status, due_on, closed_at in self.db.execute(sql, part):
                out[rid] = (status, due_on, closed_at)
        return out

    def ledger_letter_numbers(self, entry_ids: Sequence[str]) -> dict[str, list[str]]:
        """Entry id → the 文号 of the issued letters linked to it (drafts have none yet)."""
        has_letters = self.db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'letters'"
        ).fetchone()
        if not has_letters:  # a profile from before letters existed
            return {}
        out: dict[str, list[str]] = {}
        ids = list(dict.fromkeys(entry_ids))
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            marks = ",".join("?" * len(part))
            rows = self.db.execute(
                "SELECT links.to_id, letters.number FROM links JOIN letters ON letters.id = links.from_id "
                "WHERE links.from_table = 'letters' AND links.to_table = 'ledger_entries' "
                "AND links.deleted_at IS NULL AND letters.deleted_at IS NULL AND letters.number != '' "
                f"AND links.to_id IN ({marks}) ORDER BY links.rid",
                part,
            )
            for entry_id, number in rows:
                if number not in out.setdefault(entry_id, []):
                    out[entry_id].append(number)
        return out


def _with_derived(row: dict[str, Any]) -> dict[str, Any]:
    """Add what is computed, not stored: overdue and days left."""
    out = dict(row)
    due = parse_date(row["due_on"])
    today = date.today()
    open_ = row["status"] != "已办结"
    out["overdue"] = bool(open_ and due and due < today)
    out["days_left"] = (due - today).days if (open_ and due) else None
    return out
