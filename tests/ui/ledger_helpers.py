"""Making ledger entries for the UI tests, with due dates the tests control, and a guard against
unexpected modal dialogs of the ledger screens."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from app.services import Services
from tests.ui.conftest import add_enterprises
from ui.dialogs.bulk_result import BulkResultDialog
from ui.dialogs.ledger_action_dialog import ActionDialog
from ui.dialogs.ledger_files import LedgerFiles
from ui.dialogs.ledger_import_result import LedgerImportResultDialog
from ui.dialogs.verify_dialog import VerifyDialog
from ui.pages.rectification_detail import RectificationDetail


def first_enterprise(services: Services) -> dict[str, Any]:
    if not services.enterprise_count():
        add_enterprises(services, 3)
    rid = services.enterprise_ids()[0]
    return services.enterprise_rows([rid])[rid]


def make_entry(services: Services, summary: str, *, due_in: int = 10, **fields: Any) -> str:
    """An entry accepted today and due ``due_in`` calendar days from now (negative: overdue)."""
    accepted = date.today() + timedelta(days=min(due_in, 0) - 1 if due_in < 0 else 0)
    limit = due_in - (accepted - date.today()).days
    values: dict[str, Any] = {
        "source": "来电",
        "enterprise_id": first_enterprise(services)["id"],
        "matter_type": "投诉",
        "scenario": "慢作为",
        "summary": summary,
        "accepted_on": accepted.isoformat(),
    }
    values.update(fields)
    return services.create_entry(limit_days=limit, limit_unit="calendar", **values).id


def dispatch(services: Services, entry_id: str, department: str = "天河区住建局") -> None:
    services.transition(entry_id, action="dispatch", department=department)


@pytest.fixture(autouse=True)
def no_unexpected_ledger_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Like conftest's guard for message boxes: a chooser or modal dialog of these screens that a test
    did not expect fails the test instead of waiting forever for a click. Tests that expect one patch it
    again with their answer."""

    def unexpected(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"unexpected modal dialog: {args[1:]!r}")

    for owner, names in (
        (LedgerFiles, ("open_ledger", "save_ledger", "save_image", "open_evidence")),
        (ActionDialog, ("ask",)),
        (BulkResultDialog, ("show_result",)),
        (LedgerImportResultDialog, ("show_result",)),
        (VerifyDialog, ("choose", "record_return_visit")),
        (RectificationDetail, ("ask_note",)),
    ):
        for name in names:
            monkeypatch.setattr(owner, name, classmethod(unexpected))
