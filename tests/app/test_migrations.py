"""Each migration upgrades a database made by the version before it, keeping the data in it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import sqlite_utils

from app.services import open_services
from app.store.connection import DB_NAME, connect
from app.store.migrations import MIGRATIONS
from app.store.search import ListQuery

NOW = "2026-01-01T00:00:00.000Z"
BASE = {"unit_id": None, "created_at": NOW, "updated_at": NOW, "created_by": "旧版本", "deleted_at": None}


def _seed_core(db: sqlite_utils.Database) -> None:
    db["settings"].insert({"key": "officer_name", "value": '"王五"'})
    db["units"].insert({"id": "u-1", "name": "天河区纪委监委", "letter_prefix": "穗天纪建", **BASE})


def _seed_enterprises(db: sqlite_utils.Database) -> None:
    _seed_core(db)
    db["enterprises"].insert(
        {
            "id": "e-1",
            "name": "广州市天河区星汇信息科技有限公司",
            "uscc": "91350100M000100Y43",
            "district": "440106",
            **BASE,
        }
    )


def _seed_visits(db: sqlite_utils.Database) -> None:
    _seed_enterprises(db)
    db["visits"].insert(
        {
            "id": "v-1",
            "enterprise_id": "e-1",
            "kind": "走访调研",
            "started_at": "2026-01-01T09:00",
            "officers": '["王五"]',
            "findings": "用电增容难",
            **BASE,
        }
    )


def _seed_ledger(db: sqlite_utils.Database) -> None:
    _seed_visits(db)
    db["ledger_entries"].insert(
        {
            "id": "l-1",
            "number": "2026-ABCDE-0001",
            "source": "走访",
            "enterprise_id": "e-1",
            "visit_id": "v-1",
            "matter_type": "求助",
            "scenario": "其他",
            "summary": "用电增容",
            "accepted_on": "2026-01-01",
            "limit_days": 5,
            "due_on": "2026-01-08",
            **BASE,
        }
    )


# What to put in a database that stopped just before the named migration.
SEEDS: dict[str, Callable[[sqlite_utils.Database], None]] = {
    "m002_enterprises": _seed_core,
    "m003_visits": _seed_enterprises,
    "m004_ledger": _seed_visits,
    "m005_letters": _seed_ledger,
    "m006_list_indexes": _seed_ledger,
}


def test_every_migration_after_the_first_has_an_upgrade_test() -> None:
    names = [m.name for m in MIGRATIONS._migrations]
    assert set(names[1:]) == set(SEEDS)


@pytest.mark.parametrize("name", list(SEEDS))
def test_upgrade_keeps_data(tmp_path: Path, name: str) -> None:
    db = connect(tmp_path / DB_NAME)
    MIGRATIONS.apply(db, stop_before=name)
    SEEDS[name](db)
    before = {
        t: db[t].count for t in db.table_names() if not t.startswith(("_", "sqlite_")) and "_fts" not in t
    }
    MIGRATIONS.apply(db)
    assert MIGRATIONS.pending(db) == []
    for table, count in before.items():
        assert db[table].count == count, table
    assert db["settings"].get("officer_name")["value"] == '"王五"'
    db.close()


def test_upgraded_database_is_fully_usable(tmp_path: Path) -> None:
    db = connect(tmp_path / DB_NAME)
    MIGRATIONS.apply(db, stop_before="m003_visits")
    _seed_enterprises(db)
    db.close()
    services = open_services(tmp_path, actor="新版本")
    assert len(services.enterprise_ids(ListQuery(text="星汇信息"))) == 1
    services.create_visit(enterprise_id="e-1", kind="回访", started_at="2026-02-01 10:00", officers=["王五"])
    assert len(services.visits_of("e-1")) == 1
    services.close()


def test_schema_uses_wal_foreign_keys_and_new_sqlite(tmp_path: Path) -> None:
    services = open_services(tmp_path)
    db = services.db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    version = tuple(int(x) for x in db.execute("select sqlite_version()").fetchone()[0].split("."))
    assert version >= (3, 45)
    services.close()
