"""Reads and bulk work for the ledger screen that the services API does not offer in one call.

Each function takes a :class:`Services` and nothing from Qt, so it runs as well on the reader thread
or a job's thread (with their own connections) as on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.domain import workflow
from app.errors import HuhangError
from app.services import Changes, Services

Row = dict[str, Any]
Progress = Callable[[int, int | None], bool]
CHUNK = 500


def known_departments(services: Services) -> list[str]:
    """Every department named in the ledger, in order."""
    return services.departments()


def letters_of_entry(services: Services, entry_id: str) -> list[Row]:
    """The letters linked to a ledger entry, newest first."""
    return services.letters_linked_to("ledger_entries", entry_id)


def rows_of(services: Services, rids: list[int]) -> list[Row]:
    """The entries with these row keys, in that order (deleted ones left out), read in chunks."""
    out: list[Row] = []
    for start in range(0, len(rids), CHUNK):
        part = rids[start : start + CHUNK]
        rows = services.entry_rows(part)
        out += [rows[rid] for rid in part if rid in rows]
    return out


@dataclass
class BulkOutcome:
    changed: list[str] = field(default_factory=list)  # entry ids
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (number, reason)
    cancelled: bool = False

    @property
    def changes(self) -> Changes:
        if not self.changed:
            return Changes()
        return Changes(frozenset({"ledger_entries", "ledger_events"}), tuple(self.changed))


def dispatch_entries(
    services: Services,
    rids: list[int],
    *,
    department: str,
    handler: str = "",
    lang: str = "zh",
    progress: Progress | None = None,
) -> BulkOutcome:
    """分办 each entry still 待签收 to ``department``; the others are skipped with the reason.

    The reason for a skipped entry is the core's own refusal (its status and what it allows), so the
    bulk result says the same as the single action would have.
    """
    outcome = BulkOutcome()
    params = {"department": department, **({"handler": handler} if handler else {})}
    rows = rows_of(services, rids)
    for done, row in enumerate(rows, 1):
        problems = workflow.check("dispatch", row["status"], row["satisfaction"] or "", params, probe=True)
        if problems:
            outcome.skipped.append((row["number"], problems[0].message(lang)))
        else:
            try:
                services.transition(row["id"], action="dispatch", **params)
            except HuhangError as exc:
                outcome.skipped.append((row["number"], exc.message(lang)))
            else:
                outcome.changed.append(row["id"])
        if progress is not None and not progress(done, len(rows)):
            outcome.cancelled = True
            break
    return outcome
