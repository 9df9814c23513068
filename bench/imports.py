"""The audited write path: importing an enterprise list, against bare inserts of the same rows.

Every imported record is validated, written with its audit entry (hash-chained) and its sync-outbox
operation, and indexed for search, in transactions of 2,000 rows. The baseline is the cheapest way to
put the same rows into the same table in the same run: one ``executemany`` INSERT with the search
index's triggers still on, no validation, audit or outbox. The ratio is what the guarantees cost.

    .venv/bin/python -m bench.imports [--rows N]
"""

from __future__ import annotations

import argparse
import csv
import random
import tempfile
import time
from pathlib import Path

from app.demo.making import EnterpriseMaker
from app.io.enterprises import export_enterprises, import_enterprises
from app.services import open_services

HEADER = ("企业名称", "统一社会信用代码", "所属区", "地址", "行业", "企业类型", "联系人", "联系电话")
KEYS = ("name", "uscc", "district", "address", "industry", "ownership", "contact", "phone")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.imports")
    parser.add_argument("--rows", type=int, default=20_000)
    args = parser.parse_args(argv)
    maker = EnterpriseMaker(random.Random(2026))
    rows = [maker.make() for _ in range(args.rows)]
    with tempfile.TemporaryDirectory() as directory:
        root = Path(directory)
        source = root / "enterprises.csv"
        with source.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(HEADER)
            writer.writerows([row.get(key, "") for key in KEYS] for row in rows)

        baseline = open_services(root / "baseline", actor="bench")
        began = time.perf_counter()
        with baseline.db.atomic():
            baseline.db.conn.executemany(
                "INSERT INTO enterprises (id, name, uscc, district, address, industry, ownership, contact,"
                " phone, created_at, updated_at, created_by)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', 'bench')",
                [(f"b{i}", *(str(row.get(key, "")) for key in KEYS)) for i, row in enumerate(rows)],
            )
        bare = time.perf_counter() - began
        baseline.close()

        services = open_services(root / "profile", actor="bench")
        began = time.perf_counter()
        result = import_enterprises(services, source)
        first = time.perf_counter() - began
        began = time.perf_counter()
        again = import_enterprises(services, source)
        second = time.perf_counter() - began
        began = time.perf_counter()
        export_enterprises(services, root / "out.csv")
        exported = time.perf_counter() - began
        began = time.perf_counter()
        breaks = services.verify_audit()
        verified = time.perf_counter() - began
        services.close()

    print(f"{args.rows:,} enterprises from CSV; baseline: bare executemany, {bare * 1000:.0f} ms")
    print(f"{'case':<44}{'time':>10}{'× baseline':>12}")
    for name, seconds in (("import (validate, audit, outbox, index)", first),
                          ("re-import, every row unchanged", second), ("export to CSV", exported),
                          ("audit verify over the whole profile", verified)):
        print(f"{name:<44}{seconds:>9.2f}s{seconds / bare:>11.1f}×")
    print(f"imported {result.imported:,}, then unchanged {again.unchanged:,}; audit breaks: {len(breaks)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
