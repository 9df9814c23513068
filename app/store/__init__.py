"""The local SQLite store: one file per profile, opened only through :func:`open_store`."""

from app.store.connection import Store, open_store

__all__ = ["Store", "open_store"]
