"""The one place that opens the database.

Every connection comes from here so that the driver, pragmas and migrations are the same everywhere.

- Driver: ``sqlcipher3`` bundles SQLite 3.53. Python's own ``sqlite3`` links the system library,
  which on Debian 12 is 3.40.1, whose trigram FTS5 returns no rows for LIKE queries. The same driver
  is how the store will be encrypted (a key passed here), so nothing else needs to change for that.
- ``journal_mode=WAL``: readers (the GUI's lists) never wait for the writer (an import).
- ``synchronous=FULL``: an officer's laptop may lose power in the field; with FULL a committed visit
  survives that, at the price of one more fsync per transaction, which interactive work never notices
  and bulk work avoids by committing in large transactions.
- ``foreign_keys=ON`` and a 10 s ``busy_timeout`` so a second connection (a background import) waits
  for the lock instead of failing.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs
import sqlite_utils
from sqlcipher3 import dbapi2 as sqlite

from app.store.migrations import MIGRATIONS

DB_NAME = "huhang.db"
ATTACHMENTS_DIR = "attachments"
ENV_DATA_DIR = "HUHANG_DATA_DIR"


@dataclass(frozen=True)
class Store:
    """An open profile: its database and the directory holding it and its attachments."""

    db: sqlite_utils.Database
    data_dir: Path

    @property
    def attachments_dir(self) -> Path:
        return self.data_dir / ATTACHMENTS_DIR

    def close(self) -> None:
        # Lets SQLite refresh the statistics its planner uses, cheaply, for what this session queried.
        self.db.execute("PRAGMA optimize")
        self.db.close()


def default_data_dir(profile: str = "default") -> Path:
    """``--data-dir`` wins, then ``HUHANG_DATA_DIR``, then the platform's user-data directory."""
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("Huhang", appauthor=False)) / "profiles" / profile


def connect(path: Path | str) -> sqlite_utils.Database:
    """A connection with the product's pragmas, without running migrations."""
    conn = sqlite.connect(str(path), check_same_thread=False, timeout=10.0)
    conn.execute("PRAGMA busy_timeout = 10000")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    db = sqlite_utils.Database(conn)
    if str(path) != ":memory:":
        db.enable_wal()
    return db


def open_store(data_dir: Path | str | None = None, *, migrate: bool = True) -> Store:
    """Open (creating if needed) the profile in ``data_dir`` and bring its schema up to date."""
    directory = Path(data_dir).expanduser() if data_dir is not None else default_data_dir()
    directory.mkdir(parents=True, exist_ok=True)
    (directory / ATTACHMENTS_DIR).mkdir(exist_ok=True)
    db = connect(directory / DB_NAME)
    if migrate:
        MIGRATIONS.apply(db)
    return Store(db=db, data_dir=directory)


def sqlite_version(db: sqlite_utils.Database) -> str:
    return str(db.execute("select sqlite_version()").fetchone()[0])
