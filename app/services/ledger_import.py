"""Rows of an office's Excel ledger into the store: the import side of the ledger file.

(The export side only reads: :meth:`LedgerService.ledger_export_rids` and its neighbours.)

Why it works this way:

- **An imported row arrives in the status its file states**, with one timeline event ``import`` (from ''
  to that status, reason 从台账导入). The file records where a matter stands, not how it got there;
  replaying invented transitions would put steps, dates and people into the timeline that nobody recorded.
- **Upsert, so importing the same file twice changes nothing.** A row with a 编号 is matched on it (kept
  as the entry's number when new). A row without one is matched on its 来源编号 when it has one (a
  platform work-order number identifies the matter), otherwise on (enterprise, 问题摘要, 受理日期) —
  an office's own ledger usually has no number this app knows, and re-importing it must not duplicate
  every row. A matched row updates the entry; only values that differ are written (and audited), so a
  re-import reports every row unchanged and the audit log does not grow.
- **A blank cell never erases** what the store knows, as in the enterprise import: a partial ledger (or
  one without some column) only adds. A changed status is written with its own ``import`` event.
- **Enterprises** are matched by USCC, then by exact name among live enterprises. A row naming an
  enterprise the registry lacks creates it (through :meth:`create_enterprise`, audited like any other)
  when it has a valid USCC, a name and a district; otherwise the row is refused, saying what is missing.
- **Each row is its own savepoint** inside the chunk's transaction: a refused row leaves nothing behind
  (not even the enterprise it would have created), and the others of the chunk still commit together.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.domain import deadlines, enterprise, ledger, uscc
from app.domain.dates import iso_minutes, parse_date, parse_datetime
from app.errors import HuhangError, Problem, ValidationFailed
from app.services.enterprises import EnterpriseService, Outcome
from app.services.ledger import LedgerService

IMPORT_ACTION = "import"
IMPORT_REASON = "从台账导入"
DEFAULT_LEVEL = ledger.ESCALATION_LEVELS[0]  # 区级协调: what 是否提级协调 = 是 means without a level

# What a row may hold, named as the service knows it; values are cell texts, or date/datetime objects for
# the three date columns. A missing key reads as a blank cell.
ROW_KEYS = ("number", "source", "source_ref", "enterprise_name", "uscc", "district", "matter_type",
            "scenario", "summary", "details", "department", "handler", "accepted_on", "time_limit",
            "due_on", "status", "escalated", "escalation_level", "reply", "closed_at", "satisfaction",
            "return_visit", "notes")
_ENTRY_TEXT = ("source", "source_ref", "matter_type", "scenario", "summary", "details", "department",
               "handler", "notes")
_STATE_LIMITS = {"reply": 20000, "return_visit": 2000, "number": 50}
_YES = {"是", "y", "yes", "true", "1", "√", "✓", "已提级"}
_NO = {"否", "n", "no", "false", "0", "×", "✗", "无"}
_STATUS_ALIASES = {"已归档": "已办结", "归档": "已办结", "已办结(归档)": "已办结", "已办结（归档）": "已办结"}
_LEVEL_ALIASES = {"区级": "区级协调", "市级": "市级协调"}
_SATISFACTION_ALIASES = {"非常满意": "满意", "比较满意": "基本满意", "较满意": "基本满意"}
_CLOSED = ledger.STATUSES[-1]


@dataclass(frozen=True)
class LedgerUpsertResult:
    """What became of one imported row."""

    outcome: Outcome  # imported, updated or unchanged
    entry_id: str
    number: str
    enterprise_created: bool = False
    warnings: tuple[Problem, ...] = ()


@dataclass
class _Parsed:
    """A row's non-blank values, normalised, and what is wrong with them."""

    entry: dict[str, Any]  # ledger fields for :func:`ledger.clean` (already cleaned)
    state: dict[str, Any]  # reply, satisfaction, return_visit, closed_at
    number: str = ""
    status: str = ""
    limit: tuple[int, deadlines.Unit] | None = None
    due_on: str = ""
    escalated: bool | None = None
    level: str = ""
    problems: list[Problem] = field(default_factory=list)


@dataclass
class _Firm:
    """The enterprise a row belongs to: a registered one, or one to create."""

    id: str | None
    new: dict[str, str] | None = None


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _error(problems: list[Problem]) -> bool:
    return any(p.severity == "error" for p in problems)


class _Memo:
    """Lookups one call makes again and again; valid inside its transaction (only it writes)."""

    def __init__(self, scenarios: tuple[str, ...], limits: dict[str, int], unit: deadlines.Unit) -> None:
        self.scenarios, self.limits, self.unit = scenarios, limits, unit
        self.by_uscc: dict[str, dict[str, Any] | None] = {}
        self.by_name: dict[str, list[dict[str, Any]]] = {}
        self.by_ref: dict[str, str] = {}  # source_ref → entry id
        self.sequences: dict[int, tuple[str, int]] = {}  # year → (number prefix, last sequence used)


class LedgerImportService(EnterpriseService, LedgerService):
    # -- import ----------------------------------------------------------------------------------------

    def upsert_ledger_rows(self, rows: Iterable[Mapping[str, Any]]
                           ) -> list[LedgerUpsertResult | ValidationFailed]:
        """Insert or update ledger entries from rows of a ledger file, in one transaction; one result per row.

        Keys are :data:`ROW_KEYS`. A refused row gets its :class:`ValidationFailed` (every problem of the
        row at once) and changes nothing; the others still apply. Callers with many rows pass chunks of a
        few thousand: each call is one commit.
        """
        batch = [dict(r) for r in rows]
        results: list[LedgerUpsertResult | ValidationFailed] = []
        with self.transaction():
            memo = _Memo(self.scenarios(), self.time_limits(), self.limit_unit())
            self._preload_refs(memo, batch)
            if any(not _text(r.get("number")) for r in batch):
                self.device_tag()  # made (and saved) once, outside any row's savepoint
            for row in batch:
                try:
                    with self.transaction():  # a savepoint: a refused row leaves nothing behind
                        results.append(self._upsert_ledger_row(row, memo))
                except HuhangError as exc:  # refused, or e.g. a number taken meanwhile: this row only
                    failed = exc if isinstance(exc, ValidationFailed) else ValidationFailed(
                        [Problem(exc.code, None, exc.params)])
                    results.append(failed)
                    memo.by_uscc.clear()  # an enterprise made for the row was rolled back with it
                    memo.by_name.clear()
        return results

    def _upsert_ledger_row(self, row: dict[str, Any], memo: _Memo) -> LedgerUpsertResult:
        parsed = _parse_row(row, memo.scenarios)
        problems = parsed.problems
        firm = self._ledger_firm(row, memo, problems)
        existing = self._match_entry(parsed, firm, memo, problems)
        if existing is None:
            return self._insert_imported(parsed, firm, memo, problems)
        return self._update_imported(existing, parsed, firm, memo, problems)

    # -- enterprises -----------------------------------------------------------------------------------

    def _ledger_firm(self, row: dict[str, Any], memo: _Memo, problems: list[Problem]) -> _Firm | None:
        """The row's enterprise: matched by USCC, then by exact name; or one to create; or None."""
        name, district = _text(row.get("enterprise_name")), _text(row.get("district"))
        code = uscc.normalise(_text(row.get("uscc")))
        if code:
            code_problems = uscc.validate(code)
            if _error(code_problems):
                problems += code_problems
                return None
            found = self._firm_by_uscc(code, memo)
            if found is not None:
                if name and name != found["name"]:
                    problems.append(Problem("ledger.enterprise_name_differs", "enterprise_name", {
                        "value": code, "registered": found["name"], "name": name}, "warning"))
                return _Firm(found["id"])
        if name:
            named = self._firms_by_name(name, memo)
            if named and code:
                problems.append(Problem("ledger.enterprise_conflict", "uscc", {
                    "name": name, "registered": named[0]["uscc"], "value": code}))
                return None
            if len(named) > 1:
                problems.append(Problem("ledger.enterprise_ambiguous", "enterprise_name",
                                        {"count": len(named), "name": name}))
                return None
            if named:
                return _Firm(named[0]["id"])
        if not name and not code:
            return None  # an update by number may leave the enterprise as it is
        if not (name and code and district):
            problems.append(Problem("ledger.enterprise_unknown", "enterprise_name", {"who": name or code}))
            return None
        clean, found_problems = enterprise.clean({"name": name, "uscc": code, "district": district})
        problems += found_problems
        return _Firm(None, clean)

    def _firm_by_uscc(self, code: str, memo: _Memo) -> dict[str, Any] | None:
        if code not in memo.by_uscc:
            memo.by_uscc[code] = self._fetch_one(
                "SELECT id, name, uscc FROM enterprises WHERE uscc = ? AND deleted_at IS NULL", [code])
        return memo.by_uscc[code]

    def _firms_by_name(self, name: str, memo: _Memo) -> list[dict[str, Any]]:
        if name not in memo.by_name:
            memo.by_name[name] = list(self.db.query(
                "SELECT id, name, uscc FROM enterprises WHERE name = ? AND deleted_at IS NULL ORDER BY rid",
                [name]))
        return memo.by_name[name]

    def _firm_id(self, firm: _Firm, memo: _Memo) -> tuple[str, bool]:
        """The enterprise's id, creating it now if it is new (call once the row is known to be good)."""
        if firm.id is not None or firm.new is None:
            assert firm.id is not None
            return firm.id, False
        new_id = self.create_enterprise(**firm.new).id
        row = {"id": new_id, "name": firm.new["name"], "uscc": firm.new["uscc"]}
        memo.by_uscc[firm.new["uscc"]] = row
        memo.by_name.setdefault(firm.new["name"], []).append(row)
        firm.id, firm.new = new_id, None
        return new_id, True

    # -- matching and writing --------------------------------------------------------------------------

    def _preload_refs(self, memo: _Memo, batch: list[dict[str, Any]]) -> None:
        """Entries by 来源编号 for the rows that will be matched on it (the column has no index)."""
        refs = list(dict.fromkeys(_text(r.get("source_ref")) for r in batch
                                  if not _text(r.get("number")) and _text(r.get("source_ref"))))
        for start in range(0, len(refs), 500):
            part = refs[start:start + 500]
            marks = ",".join("?" * len(part))
            sql = (f"SELECT source_ref, id FROM ledger_entries WHERE deleted_at IS NULL "
                   f"AND source_ref IN ({marks}) ORDER BY rid DESC")
            for ref, entry_id in self.db.execute(sql, part):
                memo.by_ref[ref] = entry_id  # the oldest wins: rows come newest first

    def _match_entry(self, parsed: _Parsed, firm: _Firm | None, memo: _Memo,
                     problems: list[Problem]) -> dict[str, Any] | None:
        """The stored entry this row describes (see the module's docstring for the order), or None."""
        if parsed.number:
            found = self._fetch_one("SELECT * FROM ledger_entries WHERE number = ?", [parsed.number])
            if found is not None and found["deleted_at"]:
                problems.append(Problem("ledger.number_deleted", "number", {"number": parsed.number}))
                return None
            return found
        ref = parsed.entry.get("source_ref")
        if ref:
            entry_id = memo.by_ref.get(ref)
            return None if entry_id is None else self._fetch_one(
                "SELECT * FROM ledger_entries WHERE id = ?", [entry_id])
        accepted, summary = parsed.entry.get("accepted_on"), parsed.entry.get("summary")
        if firm is None or firm.id is None or not accepted or not summary:
            return None
        return self._fetch_one(
            "SELECT * FROM ledger_entries WHERE enterprise_id = ? AND summary = ? "
            "AND substr(accepted_on, 1, 10) = ? AND deleted_at IS NULL ORDER BY rid LIMIT 1",
            [firm.id, summary, accepted[:10]])

    def _import_due(self, accepted_on: str, limit: tuple[int, deadlines.Unit], given: str) -> tuple[str, int]:
        """The due date in force and whether it is provisional: the file's own date wins when it has one."""
        computed = self._due(accepted_on, *limit)
        if given and given != computed.on.isoformat():
            return given, 0
        return computed.on.isoformat(), int(computed.provisional)

    def _check_state(self, status: str, merged: dict[str, Any], problems: list[Problem]) -> None:
        """What no entry may be, whatever its file says ('' for a due date: the computed one, never early)."""
        bad_date = any(p.field == "accepted_on" and p.severity == "error" for p in problems)
        accepted = "" if bad_date else str(merged.get("accepted_on") or "")
        closed = str(merged.get("closed_at") or "")
        if status == _CLOSED and not closed:
            problems.append(Problem("ledger.closed_needs_date", "closed_at"))
        if status == _CLOSED and merged.get("satisfaction") == "不满意":
            problems.append(Problem("workflow.close_unsatisfied", "satisfaction", {"satisfaction": "不满意"}))
        if accepted and closed and closed < accepted:
            problems.append(Problem("ledger.closed_before_accepted", "closed_at", {
                "closed": closed.replace("T", " "), "accepted": accepted.replace("T", " ")}))
        due = str(merged.get("due_on") or "")
        if accepted and due and due < accepted[:10]:
            problems.append(Problem("ledger.due_before_accepted", "due_on",
                                    {"due": due, "accepted": accepted[:10]}))

    def _closing(self, parsed: _Parsed, status: str, problems: list[Problem]) -> None:
        """An open entry has no closing date: one given in the file is ignored, with a warning."""
        if status != _CLOSED and "closed_at" in parsed.state:
            value = parsed.state.pop("closed_at")
            problems.append(Problem("ledger.import.closed_ignored", "closed_at", {
                "status": status, "value": value.replace("T", " ")}, "warning"))

    def _insert_imported(self, parsed: _Parsed, firm: _Firm | None, memo: _Memo,
                         problems: list[Problem]) -> LedgerUpsertResult:
        fields = dict(parsed.entry)
        if firm is None and not any(p.field in ("uscc", "enterprise_name") for p in problems):
            problems.append(Problem("required", "enterprise_name"))
        for key in ("matter_type", "summary", "accepted_on"):
            if key not in fields and not any(p.field == key for p in problems):
                problems.append(Problem("required", key))
        if "source" not in fields:
            fields["source"] = "其他"
            problems.append(Problem("ledger.import.source_default", "source", {}, "warning"))
        if "scenario" not in fields:
            fields["scenario"] = "其他"
            problems.append(Problem("ledger.import.scenario_default", "scenario", {}, "warning"))
            if "其他" not in memo.scenarios:
                problems.append(Problem("required", "scenario"))
        status = parsed.status or ledger.STATUSES[0]
        self._closing(parsed, status, problems)
        self._check_state(status, {**fields, **parsed.state, "due_on": parsed.due_on}, problems)
        if _error(problems):
            raise ValidationFailed(problems)
        limit = parsed.limit or (memo.limits[fields["matter_type"]], memo.unit)
        due_on, provisional = self._import_due(fields["accepted_on"], limit, parsed.due_on)
        level = parsed.level or (DEFAULT_LEVEL if parsed.escalated else "")
        extra = {"due_on": due_on, "due_provisional": provisional, "escalation_level": level, **parsed.state}
        assert firm is not None
        enterprise_id, created = self._firm_id(firm, memo)
        number = parsed.number or self._allocate_number(int(fields["accepted_on"][:4]), memo)
        entry_id = self._insert_entry({**fields, "enterprise_id": enterprise_id}, number=number,
                                      limit_days=limit[0], limit_unit=limit[1], status=status, extra=extra,
                                      event=(IMPORT_ACTION, IMPORT_REASON))
        if fields.get("source_ref"):
            memo.by_ref.setdefault(fields["source_ref"], entry_id)
        return LedgerUpsertResult("imported", entry_id, number, created, _warnings(problems))

    def _update_imported(self, current: dict[str, Any], parsed: _Parsed, firm: _Firm | None, memo: _Memo,
                         problems: list[Problem]) -> LedgerUpsertResult:
        old_status = current["status"]
        status = parsed.status or old_status
        self._closing(parsed, status, problems)
        changes: dict[str, Any] = {**parsed.entry, **parsed.state}
        if status != old_status:
            changes["status"] = status
            if status != _CLOSED and current["closed_at"]:
                changes["closed_at"] = ""  # back in handling: no longer closed
        if parsed.limit is not None:
            changes.update(limit_days=parsed.limit[0], limit_unit=parsed.limit[1])
        if parsed.level:
            changes["escalation_level"] = parsed.level
        elif parsed.escalated:
            changes["escalation_level"] = current["escalation_level"] or DEFAULT_LEVEL
        elif parsed.escalated is False and current["escalation_level"]:
            problems.append(Problem("ledger.import.escalation_kept", "escalated",
                                    {"level": current["escalation_level"]}, "warning"))
        merged = {**current, **changes}
        self._check_state(status, {**merged, "due_on": parsed.due_on}, problems)
        if _error(problems):
            raise ValidationFailed(problems)
        limit = (int(merged["limit_days"]), merged["limit_unit"])
        moved = any(merged[k] != current[k] for k in ("accepted_on", "limit_days", "limit_unit"))
        if parsed.due_on or moved:
            changes["due_on"], changes["due_provisional"] = self._import_due(merged["accepted_on"], limit,
                                                                             parsed.due_on)
        created = False
        if firm is not None:
            changes["enterprise_id"], created = self._firm_id(firm, memo)
        changed = self._update("ledger_entries", current["id"], changes, current=current)
        if status != old_status:
            self._event(current["id"], IMPORT_ACTION, old_status, status, IMPORT_REASON)
        outcome: Outcome = "updated" if changed else "unchanged"
        return LedgerUpsertResult(outcome, current["id"], current["number"], created, _warnings(problems))

    def _allocate_number(self, year: int, memo: _Memo) -> str:
        """The next number of this device for ``year``, remembered across the call (no scan per row)."""
        if year not in memo.sequences:
            memo.sequences[year] = self.number_sequence(year)
        while True:  # a number kept from the file may already sit further along this sequence
            prefix, last = memo.sequences[year]
            memo.sequences[year] = (prefix, last + 1)
            number = f"{prefix}{last + 1:04d}"
            if not self.db.execute("SELECT 1 FROM ledger_entries WHERE number = ?", [number]).fetchone():
                return number


def _parse_row(row: dict[str, Any], scenarios: tuple[str, ...]) -> _Parsed:
    """A row's values, normalised, with every problem found in them (the store is not asked)."""
    problems: list[Problem] = []
    entry = {k: _text(row.get(k)) for k in _ENTRY_TEXT}
    entry = {k: v for k, v in entry.items() if v}
    _fit_summary(entry, problems)
    if _text(row.get("accepted_on")):
        entry["accepted_on"] = row["accepted_on"]
    clean, found = ledger.clean(entry, scenarios)
    parsed = _Parsed(entry=clean, state={}, problems=problems + found)
    parsed.number = _text(row.get("number"))
    if len(parsed.number) > _STATE_LIMITS["number"]:
        parsed.problems.append(Problem("too_long", "number", {
            "max": _STATE_LIMITS["number"], "length": len(parsed.number)}))
    status = _text(row.get("status"))
    parsed.status = _STATUS_ALIASES.get(status, status)
    _choice(parsed.problems, "status", parsed.status, ledger.STATUSES)
    limit_text = _text(row.get("time_limit"))
    if limit_text:
        parsed.limit = deadlines.parse_limit(limit_text)
        if parsed.limit is None:
            parsed.problems.append(Problem("ledger.limit_format", "time_limit", {"value": limit_text}))
    if _text(row.get("due_on")):
        due = parse_date(row["due_on"])
        if due is None:
            parsed.problems.append(Problem("date.format", "due_on", {"value": _text(row["due_on"])}))
        else:
            parsed.due_on = due.isoformat()
    escalated = _text(row.get("escalated"))
    if escalated.lower() in _YES or escalated.lower() in _NO:
        parsed.escalated = escalated.lower() in _YES
    elif escalated:
        parsed.problems.append(Problem("ledger.yes_no", "escalated", {"value": escalated}))
    level = _text(row.get("escalation_level"))
    parsed.level = _LEVEL_ALIASES.get(level, level)
    _choice(parsed.problems, "escalation_level", parsed.level, ledger.ESCALATION_LEVELS)
    _parse_state(row, parsed)
    return parsed

def _parse_state(row: dict[str, Any], parsed: _Parsed) -> None:
    """反馈情况, 回访情况, 满意度 and 办结日期: where the matter stands."""
    for key in ("reply", "return_visit"):
        value = _text(row.get(key))
        if len(value) > _STATE_LIMITS[key]:
            parsed.problems.append(Problem("too_long", key,
                                           {"max": _STATE_LIMITS[key], "length": len(value)}))
        if value:
            parsed.state[key] = value
    satisfaction = _text(row.get("satisfaction"))
    satisfaction = _SATISFACTION_ALIASES.get(satisfaction, satisfaction)
    _choice(parsed.problems, "satisfaction", satisfaction, ledger.SATISFACTION)
    if satisfaction:
        parsed.state["satisfaction"] = satisfaction
    if _text(row.get("closed_at")):
        moment = parse_datetime(row["closed_at"])
        if moment is None:
            parsed.problems.append(Problem("datetime.format", "closed_at",
                                           {"value": _text(row["closed_at"])}))
        else:  # a plain date (or an Excel date cell) stays a date, as the accepted date does
            parsed.state["closed_at"] = (moment.date().isoformat() if moment.hour == moment.minute == 0
                                         else iso_minutes(moment))


def _fit_summary(entry: dict[str, str], problems: list[Problem]) -> None:
    """A summary longer than the field is shortened (kept whole in the details); none is taken from them.

    Offices often put the whole complaint in their 问题描述 column; refusing such rows would refuse most
    of a real ledger, and cutting the text silently would lose part of it.
    """
    limit = ledger.FIELDS["summary"]
    if len(entry.get("summary", "")) > limit:
        full, details = entry["summary"], entry.get("details", "")
        entry["summary"] = full[:limit - 1] + "…"
        if not details.startswith(full):
            entry["details"] = f"{full}\n{details}" if details else full
        problems.append(Problem("ledger.import.summary_shortened", "summary", {"max": limit}, "warning"))
    elif "summary" not in entry and entry.get("details"):
        first = entry["details"].splitlines()[0].strip() or entry["details"].strip()
        entry["summary"] = first if len(first) <= limit else first[:limit - 1] + "…"
        problems.append(Problem("ledger.import.summary_from_details", "summary", {}, "warning"))


def _choice(problems: list[Problem], key: str, value: str, choices: Sequence[str]) -> None:
    if value and value not in choices:
        problems.append(Problem("choice", key, {"value": value, "choices": "、".join(choices)}))


def _warnings(problems: list[Problem]) -> tuple[Problem, ...]:
    return tuple(p for p in problems if p.severity == "warning")
