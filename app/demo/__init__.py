"""Synthetic Guangzhou data for demonstrations, screenshots, training and load tests.

Everything goes through the service API (validation, audit log, sync outbox), like an officer's own
work: enterprises through the bulk upsert, visits through ``create_visit`` (whose demands become ledger
entries), and ledger entries in every state (:mod:`app.demo.ledger`): recent ones through ``create_entry``
and the workflow's ``transition``, older ones the way an office's Excel history arrives, through
``upsert_ledger_rows``. Writes are grouped into one transaction per chunk, so 100,000 enterprises take
seconds per 10,000 rather than an fsync per record.

Deterministic: the same ``seed`` and ``today`` give the same enterprises, visits and ledger entries (ids,
timestamps and the device's tag in entry numbers differ). The ledger entries draw from a generator of
their own, so asking for them does not change the enterprises and visits a seed gives. Running it twice
with the same seed finds its enterprises already there (counted as existing) and adds the visits and
ledger entries again.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date

from app.demo.ledger import advance_visit_entries, write_ledger
from app.demo.letters import write_letters
from app.demo.making import EnterpriseMaker, make_visit, officer_pool
from app.errors import ValidationFailed
from app.services import Services

ENTERPRISE_CHUNK = 2000  # enterprises per transaction
VISIT_CHUNK = 200  # visits per transaction
LEDGER_CHUNK = 250  # ledger entries (with their whole history) per transaction

Progress = Callable[[int, int | None], bool]


def generate(services: Services, *, enterprises: int, visits: int, seed: int, ledger: int = 0,
             letters: int = 0, progress: Progress | None = None,
             today: date | None = None) -> dict[str, int]:
    """Add ``enterprises`` enterprises, ``visits`` visits and ``ledger`` ledger entries; say what was made.

    Keys: ``enterprises`` (new), ``enterprises_existing`` (already there from an earlier run with this
    seed), ``visits``, ``ledger_entries`` (one per demand raised in a visit), ``ledger`` (entries made by
    ``ledger``, in every state), ``letters`` (drafted from open entries and taken to every state).
    ``progress(done, total)`` is called after each chunk; returning False
    stops there, keeping what was committed. Visits and entries go to the enterprises made in this run,
    or to existing ones when ``enterprises`` is 0.
    """
    rng = random.Random(seed)
    today = today or date.today()
    total = enterprises + visits + ledger
    counts = {"enterprises": 0, "enterprises_existing": 0, "visits": 0, "ledger_entries": 0, "ledger": 0,
              "letters": 0}

    def report(done: int) -> bool:
        return progress is None or bool(progress(done, total))

    maker = EnterpriseMaker(rng)
    targets: list[tuple[str, str]] = []  # (enterprise id, district code) for the visits
    made = 0
    while made < enterprises:
        batch = [maker.make() for _ in range(min(ENTERPRISE_CHUNK, enterprises - made))]
        for row, outcome in zip(batch, services.upsert_enterprises(batch), strict=True):
            if isinstance(outcome, ValidationFailed):  # the generator made something invalid: a bug here
                raise RuntimeError(f"demo data refused: {outcome.message()}")
            counts["enterprises" if outcome.outcome == "imported" else "enterprises_existing"] += 1
            targets.append((outcome.enterprise_id, row["district"]))
        made += len(batch)
        if not report(made):
            return counts
    if not targets and (visits or ledger):
        targets = [(r[0], r[1]) for r in services.db.execute(
            "SELECT id, district FROM enterprises WHERE deleted_at IS NULL ORDER BY rid LIMIT 10000")]
    if not targets:
        return counts

    officers = officer_pool(rng)
    done = 0
    while done < visits:
        size = min(VISIT_CHUNK, visits - done)
        with services.transaction():  # each create_visit nests as a savepoint: one commit per chunk
            raised: list[str] = []  # entries made from the demands of this chunk's visits
            for _ in range(size):
                enterprise_id, district = rng.choice(targets)
                fields = make_visit(rng, enterprise_id=enterprise_id, district=district, officers=officers,
                                    today=today)
                changes = services.create_visit(**fields)
                counts["visits"] += 1
                counts["ledger_entries"] += len(changes.ids) - 1
                raised += changes.ids[1:]
            advance_visit_entries(services, raised, seed=seed + done, today=today)
        done += size
        if not report(enterprises + done):
            return counts
    counts["ledger"] = write_ledger(services, targets, ledger, seed=seed, today=today, chunk=LEDGER_CHUNK,
                                    report=lambda made: report(enterprises + visits + made))
    counts["letters"] = write_letters(services, letters, seed=seed, today=today)
    return counts
