"""What every service shares: the change record, the transaction and the audited write.

Every mutation is a method with keyword-only arguments that runs in one transaction, writes the
record, its audit entry and its sync-outbox operation together, and returns a :class:`Changes`.
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from app.errors import NotFound, Problem
from app.ids import utc_now, uuid7
from app.store import Store, audit
from app.sync.hlc import Clock


@dataclass(frozen=True)
class Changes:
    """What a mutation changed: which kinds of record, which ids, and any warnings to show."""

    tables: frozenset[str] = frozenset()
    ids: tuple[str, ...] = ()
    warnings: tuple[Problem, ...] = ()

    def touches(self, *tables: str) -> bool:
        return bool(self.tables.intersection(tables))

    @property
    def id(self) -> str:
        """The (first) record the mutation created or changed."""
        return self.ids[0]

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.tables | other.tables, self.ids + other.ids, self.warnings + other.warnings)


_UNSET = object()


def _encode(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value


class ServiceBase:
    def __init__(self, store: Store, *, actor: str | None = None) -> None:
        self._tx_unit_id: Any = _UNSET
        self.store = store
        self.db: sqlite_utils.Database = store.db
        self.device_id = self._device_id()
        last = self.db.execute("SELECT hlc FROM sync_outbox ORDER BY device_seq DESC LIMIT 1").fetchone()
        self.clock = Clock(self.device_id, last[0] if last else None)
        self.actor = actor or self.get_setting("officer_name") or getpass.getuser()

    # -- transactions and audited writes -------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """One transaction (a savepoint when nested) around a mutation.

        The outermost one starts with ``BEGIN IMMEDIATE``: it takes the write lock first, waiting up to
        the busy timeout for another writer (the window and a background import write at the same time).
        A deferred transaction would read the chain head, then fail with "database is locked" when it
        tried to write after another connection had committed.
        """
        if self.db.conn.in_transaction:
            with self.db.atomic():
                yield self.db
            return
        self._tx_unit_id = _UNSET
        self.db.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            if self.db.conn.in_transaction:
                self.db.conn.execute("ROLLBACK")
            raise
        else:
            self.db.conn.execute("COMMIT")
        finally:
            self._tx_unit_id = _UNSET

    def _unit_id(self) -> Any:
        """The unit new records belong to, read once per transaction.

        Inside one transaction SQLite shows a fixed snapshot, so re-reading per record (100,000 times in
        a big import) would only return the same value; :meth:`set_settings` forgets it.
        """
        if self._tx_unit_id is _UNSET:
            self._tx_unit_id = self.get_setting("unit_id")
        return self._tx_unit_id

    def _device_id(self) -> str:
        row = self.db.execute("SELECT id FROM device").fetchone()
        if row:
            return str(row[0])
        device = uuid7()
        with self.db.atomic():
            self.db.execute("INSERT INTO device (id, created_at) VALUES (?, ?)", [device, utc_now()])
        return device

    def _record(self, table: str, record_id: str) -> dict[str, Any]:
        row = self._fetch_one(f"SELECT * FROM [{table}] WHERE id = ?", [record_id])
        if row is None:
            raise NotFound("not_found", what=table, id=record_id)
        return row

    def _fetch_one(self, sql: str, params: Sequence[Any]) -> dict[str, Any] | None:
        """One row as a dict, straight from the driver (the hot path of bulk imports)."""
        cursor = self.db.conn.execute(sql, params)
        values = cursor.fetchone()
        if values is None:
            return None
        return dict(zip([d[0] for d in cursor.description], values, strict=True))

    def _log(self, table: str, record_id: str, op: str, fields: dict[str, Any], now: str,
             row: dict[str, Any] | None = None) -> None:
        """The audit entry (hashing the record as stored) and the outbox operation for one write.

        ``row`` is the record as it now is in the database, if the caller just read it back.
        """
        if row is None:
            row = self._record(table, record_id)
        audit.append(self.db, at=now, actor=self.actor, action=f"{table}.{op}", table=table,
                     record_id=record_id, payload=fields, row=row)
        self.db.conn.execute(
            "INSERT INTO sync_outbox (table_name, record_id, op, fields, hlc, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [table, record_id, op, json.dumps(fields, ensure_ascii=False), self.clock.now(), now],
        )

    def _insert(self, table: str, fields: dict[str, Any], *, record_id: str | None = None) -> str:
        """Insert a record with its standard columns; call inside :meth:`transaction`."""
        return str(self._insert_row(table, fields, record_id=record_id)["id"])

    def _insert_row(self, table: str, fields: dict[str, Any], *,
                    record_id: str | None = None) -> dict[str, Any]:
        """Like :meth:`_insert`, returning the record as stored.

        A plain parameterised INSERT (the driver caches the prepared statement) rather than the
        sqlite-utils helper, which wraps every row in its own savepoint and re-reads the schema; the
        record is read back by rowid so the audit hash covers exactly what SQLite stored (defaults included).
        """
        now = utc_now()
        record_id = record_id or uuid7()
        row = {k: _encode(v) for k, v in fields.items()}
        row.update(id=record_id, created_at=now, updated_at=now, created_by=self.actor)
        row.setdefault("unit_id", self._unit_id())
        columns = ", ".join(f"[{k}]" for k in row)
        marks = ", ".join("?" * len(row))
        sql = f"INSERT INTO [{table}] ({columns}) VALUES ({marks})"
        cursor = self.db.conn.execute(sql, list(row.values()))
        stored = self._fetch_one(f"SELECT * FROM [{table}] WHERE rid = ?", [cursor.lastrowid])
        assert stored is not None
        self._log(table, record_id, "insert", fields, now, stored)
        return stored

    def _update(self, table: str, record_id: str, fields: dict[str, Any], *,
                current: dict[str, Any] | None = None) -> bool:
        """Write the fields that differ; returns whether anything changed.

        ``current`` is the stored row if the caller already has it (read in this transaction).
        """
        if current is None:
            current = self._record(table, record_id)
        changed = {k: v for k, v in fields.items() if current.get(k) != _encode(v)}
        if not changed:
            return False
        now = utc_now()
        values = {k: _encode(v) for k, v in changed.items()}
        values["updated_at"] = now
        assignments = ", ".join(f"[{k}] = ?" for k in values)
        sql = f"UPDATE [{table}] SET {assignments} WHERE rid = ?"
        self.db.conn.execute(sql, [*values.values(), current["rid"]])
        stored = self._fetch_one(f"SELECT * FROM [{table}] WHERE rid = ?", [current["rid"]])
        self._log(table, record_id, "update", changed, now, stored)
        if stored is not None:
            current.clear()
            current.update(stored)  # the caller's copy now matches the database again
        return True

    def _soft_delete(self, table: str, record_id: str) -> None:
        now = utc_now()
        current = self._record(table, record_id)
        if current["deleted_at"]:
            return
        self.db[table].update(current["rid"], {"deleted_at": now, "updated_at": now})
        self._log(table, record_id, "delete", {"deleted_at": now}, now)

    # -- settings ---------------------------------------------------------------------------------

    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self.db.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return json.loads(row[0]) if row else default

    def set_settings(self, **values: Any) -> Changes:
        now = utc_now()
        with self.transaction():
            self._tx_unit_id = _UNSET
            for key, value in values.items():
                self.db.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    [key, json.dumps(value, ensure_ascii=False)],
                )
                audit.append(self.db, at=now, actor=self.actor, action="settings.set", table="settings",
                             record_id=key, payload={"value": value}, row=None)
        if values.get("officer_name"):
            self.actor = str(values["officer_name"])
        return Changes(frozenset({"settings"}))

    # -- facts about the store ------------------------------------------------------------------

    def pending_changes(self) -> int:
        """Operations recorded locally and not yet acknowledged by a server."""
        return int(self.db.execute("SELECT count(*) FROM sync_outbox").fetchone()[0])

    def sqlite_version(self) -> str:
        return str(self.db.execute("SELECT sqlite_version()").fetchone()[0])


def decode_row(row: dict[str, Any], list_fields: Iterable[str]) -> dict[str, Any]:
    """A stored row with its JSON list columns turned back into lists."""
    out = dict(row)
    for key in list_fields:
        if key in out and isinstance(out[key], str):
            out[key] = json.loads(out[key] or "[]")
    return out
