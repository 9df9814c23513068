"""The schema, as an ordered list of migrations (sqlite-utils ``Migrations``).

A migration, once released, never changes: later changes are new migrations. Each is tested by
upgrading a database made by the previous version with data in it (tests/app/test_migrations.py).

Tables that are searched or listed in large numbers have ``rid INTEGER PRIMARY KEY`` as their rowid:
it is stable across VACUUM, which an FTS index keyed on rowid needs, and it makes a cheap ordered key
for lazy lists. The record's identity everywhere else (links, sync, audit) is the UUIDv7 ``id``.
"""

from __future__ import annotations

import sqlite_utils
from sqlite_utils import Migrations

MIGRATIONS = Migrations("huhang")

# Columns every synced record has.
RECORD_COLUMNS = """
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    unit_id TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    deleted_at TEXT
"""


def _script(db: sqlite_utils.Database, sql: str) -> None:
    for statement in sql.split(";\n"):
        if statement.strip():
            db.execute(statement)


@MIGRATIONS()
def m001_core(db: sqlite_utils.Database) -> None:
    """Device identity, settings, units and officers, the audit chain and the sync outbox."""
    _script(
        db,
        f"""
        CREATE TABLE device (
            id TEXT PRIMARY KEY,
            created_at TEXT NOT NULL
        );
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE units (
            {RECORD_COLUMNS},
            name TEXT NOT NULL,
            parent_id TEXT REFERENCES units(id),
            letter_prefix TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE officers (
            {RECORD_COLUMNS},
            name TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT 'officer'
        );
        CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            table_name TEXT NOT NULL,
            record_id TEXT,
            payload TEXT NOT NULL,
            row_hash TEXT,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE INDEX audit_log_record ON audit_log(table_name, record_id);
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        CREATE TABLE sync_outbox (
            device_seq INTEGER PRIMARY KEY AUTOINCREMENT,
            table_name TEXT NOT NULL,
            record_id TEXT NOT NULL,
            op TEXT NOT NULL,
            fields TEXT NOT NULL,
            hlc TEXT NOT NULL,
            created_at TEXT NOT NULL
        )
        """,
    )


@MIGRATIONS()
def m002_enterprises(db: sqlite_utils.Database) -> None:
    """The enterprise registry, with trigram search on name and address."""
    _script(
        db,
        f"""
        CREATE TABLE enterprises (
            {RECORD_COLUMNS},
            name TEXT NOT NULL,
            uscc TEXT NOT NULL,
            district TEXT NOT NULL,
            address TEXT NOT NULL DEFAULT '',
            industry TEXT NOT NULL DEFAULT '',
            ownership TEXT NOT NULL DEFAULT '',
            size TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '[]',
            contact TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''
        );
        CREATE UNIQUE INDEX enterprises_uscc ON enterprises(uscc) WHERE deleted_at IS NULL;
        CREATE INDEX enterprises_name ON enterprises(name);
        CREATE INDEX enterprises_district ON enterprises(district, name)
        """,
    )
    db["enterprises"].enable_fts(["name", "address"], tokenize="trigram", create_triggers=True)


@MIGRATIONS()
def m003_visits(db: sqlite_utils.Database) -> None:
    """Visits and content-addressed attachments."""
    _script(
        db,
        f"""
        CREATE TABLE visits (
            {RECORD_COLUMNS},
            enterprise_id TEXT NOT NULL REFERENCES enterprises(id),
            kind TEXT NOT NULL,
            started_at TEXT NOT NULL,
            ended_at TEXT NOT NULL DEFAULT '',
            officers TEXT NOT NULL DEFAULT '[]',
            departments TEXT NOT NULL DEFAULT '[]',
            purpose TEXT NOT NULL DEFAULT '',
            findings TEXT NOT NULL DEFAULT '',
            demands TEXT NOT NULL DEFAULT '[]',
            satisfaction TEXT NOT NULL DEFAULT '',
            follow_up_on TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX visits_enterprise ON visits(enterprise_id, started_at);
        CREATE INDEX visits_started ON visits(started_at);
        CREATE TABLE attachments (
            {RECORD_COLUMNS},
            owner_table TEXT NOT NULL,
            owner_id TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            filename TEXT NOT NULL,
            media_type TEXT NOT NULL,
            size INTEGER NOT NULL
        );
        CREATE INDEX attachments_owner ON attachments(owner_table, owner_id);
        CREATE INDEX attachments_sha256 ON attachments(sha256)
        """,
    )
    db["visits"].enable_fts(["purpose", "findings"], tokenize="trigram", create_triggers=True)
