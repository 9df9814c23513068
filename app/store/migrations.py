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


@MIGRATIONS()
def m004_ledger(db: sqlite_utils.Database) -> None:
    """The problem ledger, its timeline, rectification items and links between records.

    Only the summary is in the trigram index: details are long, and at a million entries indexing them
    would multiply the file size (measured: docs/benchmarks.md); details are still searched by the
    detail screen's own filter, not by the list.
    """
    _script(
        db,
        f"""
        CREATE TABLE ledger_entries (
            {RECORD_COLUMNS},
            number TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            source_ref TEXT NOT NULL DEFAULT '',
            enterprise_id TEXT NOT NULL REFERENCES enterprises(id),
            visit_id TEXT REFERENCES visits(id),
            matter_type TEXT NOT NULL,
            scenario TEXT NOT NULL,
            summary TEXT NOT NULL,
            details TEXT NOT NULL DEFAULT '',
            department TEXT NOT NULL DEFAULT '',
            handler TEXT NOT NULL DEFAULT '',
            accepted_on TEXT NOT NULL,
            limit_days INTEGER NOT NULL,
            limit_unit TEXT NOT NULL DEFAULT 'working',
            due_on TEXT NOT NULL,
            due_provisional INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT '待签收',
            escalation_level TEXT NOT NULL DEFAULT '',
            escalation_reason TEXT NOT NULL DEFAULT '',
            reply TEXT NOT NULL DEFAULT '',
            satisfaction TEXT NOT NULL DEFAULT '',
            closed_at TEXT NOT NULL DEFAULT '',
            return_visit TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX ledger_status_due ON ledger_entries(status, due_on);
        CREATE INDEX ledger_due ON ledger_entries(due_on);
        CREATE INDEX ledger_accepted ON ledger_entries(accepted_on);
        CREATE INDEX ledger_enterprise ON ledger_entries(enterprise_id);
        CREATE INDEX ledger_department ON ledger_entries(department);
        CREATE INDEX ledger_handler ON ledger_entries(handler, status);
        CREATE TABLE ledger_events (
            {RECORD_COLUMNS},
            entry_id TEXT NOT NULL REFERENCES ledger_entries(id),
            action TEXT NOT NULL,
            from_status TEXT NOT NULL,
            to_status TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            data TEXT NOT NULL DEFAULT '{{}}'
        );
        CREATE INDEX ledger_events_entry ON ledger_events(entry_id, rid);
        CREATE TABLE rectifications (
            {RECORD_COLUMNS},
            text TEXT NOT NULL,
            responsible TEXT NOT NULL,
            deadline TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT '待整改',
            entry_id TEXT REFERENCES ledger_entries(id),
            visit_id TEXT REFERENCES visits(id),
            letter_id TEXT,
            verify_visit_id TEXT REFERENCES visits(id),
            verified_on TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX rectifications_status ON rectifications(status, deadline);
        CREATE INDEX rectifications_entry ON rectifications(entry_id);
        CREATE TABLE links (
            {RECORD_COLUMNS},
            from_table TEXT NOT NULL,
            from_id TEXT NOT NULL,
            to_table TEXT NOT NULL,
            to_id TEXT NOT NULL
        );
        CREATE INDEX links_from ON links(from_table, from_id);
        CREATE INDEX links_to ON links(to_table, to_id)
        """,
    )
    db["ledger_entries"].enable_fts(["summary"], tokenize="trigram", create_triggers=True)


@MIGRATIONS()
def m005_letters(db: sqlite_utils.Database) -> None:
    """Letters (文书) and the number blocks a device may issue from.

    An issued letter's PDF is an attachment (content-addressed) whose hash is kept on the letter; the
    row never changes after issue except for delivery, reply and closing, which are facts about it.
    """
    _script(
        db,
        f"""
        CREATE TABLE letters (
            {RECORD_COLUMNS},
            kind TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT '草稿',
            title TEXT NOT NULL DEFAULT '',
            organ TEXT NOT NULL DEFAULT '',
            addressee TEXT NOT NULL DEFAULT '',
            cc TEXT NOT NULL DEFAULT '[]',
            problems TEXT NOT NULL DEFAULT '[]',
            requirements TEXT NOT NULL DEFAULT '',
            deadline TEXT NOT NULL DEFAULT '',
            reply_contact TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '[]',
            signature TEXT NOT NULL DEFAULT '[]',
            letter_date TEXT NOT NULL DEFAULT '',
            attachments_note TEXT NOT NULL DEFAULT '[]',
            letterhead INTEGER NOT NULL DEFAULT 0,
            number TEXT NOT NULL DEFAULT '',
            number_prefix TEXT NOT NULL DEFAULT '',
            number_year INTEGER,
            number_seq INTEGER,
            pdf_sha256 TEXT NOT NULL DEFAULT '',
            issued_at TEXT NOT NULL DEFAULT '',
            issued_by TEXT NOT NULL DEFAULT '',
            supersedes_id TEXT REFERENCES letters(id),
            superseded_by TEXT NOT NULL DEFAULT '',
            delivered_on TEXT NOT NULL DEFAULT '',
            delivered_to TEXT NOT NULL DEFAULT '',
            reply_on TEXT NOT NULL DEFAULT '',
            reply_content TEXT NOT NULL DEFAULT '',
            closed_on TEXT NOT NULL DEFAULT ''
        );
        CREATE UNIQUE INDEX letters_number ON letters(number_prefix, number_year, number_seq)
            WHERE number_seq IS NOT NULL;
        CREATE INDEX letters_status ON letters(status, deadline);
        CREATE TABLE number_blocks (
            {RECORD_COLUMNS},
            prefix TEXT NOT NULL,
            year INTEGER NOT NULL,
            first INTEGER NOT NULL,
            last INTEGER NOT NULL,
            source TEXT NOT NULL
        );
        CREATE INDEX number_blocks_prefix ON number_blocks(prefix, year)
        """,
    )


@MIGRATIONS()
def m006_list_indexes(db: sqlite_utils.Database) -> None:
    """Covering indexes for the lists' default orders over live rows.

    A list asks for the row keys of every live record in an order; a partial index on that order over
    live rows (``WHERE deleted_at IS NULL``) answers it as one index read without touching the table —
    measured at 100,000 ledger entries: 274 ms → 26 ms (bench/lists.py, docs/benchmarks.md). Partial,
    not ``(deleted_at, order)``: an index led by ``deleted_at`` looks to the planner like a good way into
    any query on live rows and was chosen over the USCC index for lookups, making imports slow.
    """
    _script(
        db,
        """
        CREATE INDEX ledger_live_accepted ON ledger_entries(accepted_on) WHERE deleted_at IS NULL;
        CREATE INDEX ledger_live_due ON ledger_entries(due_on) WHERE deleted_at IS NULL;
        CREATE INDEX ledger_live_status ON ledger_entries(status, accepted_on) WHERE deleted_at IS NULL;
        CREATE INDEX enterprises_live_name ON enterprises(name) WHERE deleted_at IS NULL;
        CREATE INDEX visits_live_started ON visits(started_at) WHERE deleted_at IS NULL
        """,
    )
