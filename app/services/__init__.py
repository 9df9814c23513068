"""The one API that the UI, the command line and the tests call.

Reads return plain dicts; every mutation takes keyword-only arguments, runs in one transaction with
its audit and outbox rows, and returns :class:`Changes`.
"""

from __future__ import annotations

from pathlib import Path

from app.services.base import Changes
from app.services.enterprises import EnterpriseService, UpsertResult
from app.services.ledger_import import LedgerImportService, LedgerUpsertResult
from app.services.letter_issue import LetterIssueService
from app.services.stats import StatsService
from app.services.visits import VisitService
from app.store import audit, open_store


class Services(LedgerImportService, EnterpriseService, VisitService, LetterIssueService, StatsService):
    """Everything an officer can do with a profile."""

    def verify_audit(self) -> list[audit.Break]:
        return list(audit.verify(self.db))

    def close(self) -> None:
        self.store.close()


def open_services(data_dir: Path | str | None = None, *, actor: str | None = None) -> Services:
    return Services(open_store(data_dir), actor=actor)


__all__ = ["Changes", "LedgerUpsertResult", "Services", "UpsertResult", "open_services"]
