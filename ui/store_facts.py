"""Facts about the local store shown in the status bar and the settings page."""

from __future__ import annotations

from app.services import Services


def pending_change_count(services: Services) -> int:
    """Changes recorded locally and waiting to be sent."""
    return services.pending_changes()


def sqlite_version(services: Services) -> str:
    return services.sqlite_version()
