"""The hash-chained audit log.

Each row stores the hash of the row before it and a hash over its own content, so editing, inserting
or deleting a row of history breaks the chain at that point. Each row also stores ``row_hash``, the
hash of the record as the app left it, so a record edited behind the app's back (with a SQLite tool)
no longer matches its last audit row. :func:`verify` checks both.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import sqlite_utils

GENESIS = "0" * 64

# Tables whose every row must be explained by the audit log.
AUDITED_TABLES = ["units", "officers", "enterprises", "visits", "attachments", "ledger_entries",
                  "ledger_events", "rectifications", "links", "letters", "number_blocks"]


def canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def row_hash(row: dict[str, Any]) -> str:
    """Hash of a record's stored state, without its local rowid."""
    state = {k: v for k, v in row.items() if k != "rid"}
    return hashlib.sha256(canonical(state).encode()).hexdigest()


def _entry_hash(prev: str, seq: int, at: str, actor: str, action: str, table: str, record_id: str | None,
                payload: str, rhash: str | None) -> str:
    text = "\n".join([prev, str(seq), at, actor, action, table, record_id or "", payload, rhash or ""])
    return hashlib.sha256(text.encode()).hexdigest()


def append(db: sqlite_utils.Database, *, at: str, actor: str, action: str, table: str,
           record_id: str | None, payload: dict[str, Any], row: dict[str, Any] | None) -> None:
    """Add one entry; call inside the transaction that made the change.

    Looking up the chain head per entry is a primary-key probe (a few microseconds, measured against
    remembering the head across a bulk import: no measurable difference), so there is no cache that
    could go stale after a rolled-back savepoint or another connection's commit.
    """
    last = db.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    body = canonical(payload)
    rhash = row_hash(row) if row is not None else None
    digest = _entry_hash(prev, seq, at, actor, action, table, record_id, body, rhash)
    db.execute(
        "INSERT INTO audit_log (seq, at, actor, action, table_name, record_id, payload, row_hash, prev_hash,"
        " hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [seq, at, actor, action, table, record_id, body, rhash, prev, digest],
    )


@dataclass(frozen=True)
class Break:
    """Where the chain or a record stops matching, and why."""

    seq: int | None
    reason: str
    table: str | None = None
    record_id: str | None = None


def verify(db: sqlite_utils.Database) -> Iterator[Break]:
    """Yield every break, chain breaks first in log order, then records that differ from their log."""
    expected_prev, expected_seq = GENESIS, 1
    last_hash: dict[tuple[str, str], str | None] = {}
    for seq, at, actor, action, table, record_id, payload, rhash, prev, digest in db.execute(
        "SELECT seq, at, actor, action, table_name, record_id, payload, row_hash, prev_hash, hash"
        " FROM audit_log ORDER BY seq"
    ):
        if seq != expected_seq:
            yield Break(expected_seq, f"entries {expected_seq}–{seq - 1} are missing")
        if prev != expected_prev:
            yield Break(seq, "its link to the previous entry does not match")
        elif _entry_hash(prev, seq, at, actor, action, table, record_id, payload, rhash) != digest:
            yield Break(seq, "its content does not match its hash")
        expected_prev, expected_seq = digest, seq + 1
        if record_id is not None and rhash is not None:
            last_hash[(table, record_id)] = rhash
    for table in AUDITED_TABLES:
        if not db[table].exists():
            continue
        seen: set[str] = set()
        for row in db.query(f"SELECT * FROM [{table}]"):
            key = (table, row["id"])
            seen.add(row["id"])
            if key not in last_hash:
                yield Break(None, "record has no audit entry (inserted outside the app)", table, row["id"])
            elif last_hash[key] != row_hash(row):
                yield Break(None, "record differs from its last audited state (edited outside the app)",
                            table, row["id"])
        for (t, record_id), _ in last_hash.items():
            if t == table and record_id not in seen:
                yield Break(None, "record was deleted outside the app", table, record_id)
