"""Facts about the local store that the services API does not offer yet.

TEMPORARY: the sync issue replaces :func:`pending_change_count` with a read on the sync engine
(``Services`` will say how many operations wait in the outbox and when the last sync was). Until then
this is the one place in ``ui/`` that runs SQL, and it only counts.
"""

from __future__ import annotations

from app.services import Services
from app.store.connection import sqlite_version as _store_sqlite_version


def pending_change_count(services: Services) -> int:
    """Changes recorded locally and waiting to be sent (rows in ``sync_outbox``).

    Replaced by the sync issue's own read; do not add more SQL here.
    """
    return int(services.db.execute("SELECT count(*) FROM sync_outbox").fetchone()[0])


def sqlite_version(services: Services) -> str:
    return _store_sqlite_version(services.db)
