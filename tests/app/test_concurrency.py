"""Two connections writing at once (the window and a background import) must both succeed."""

from __future__ import annotations

import threading
from pathlib import Path

from app.domain import uscc
from app.services import open_services


def test_concurrent_writers_wait_for_each_other_and_keep_the_chain(data_dir: Path) -> None:
    open_services(data_dir).close()  # create and migrate once
    errors: list[BaseException] = []

    def write(offset: int) -> None:
        services = open_services(data_dir, actor=f"writer{offset}")
        try:
            for i in range(offset, offset + 40):
                code = uscc.make(f"914401{i % 90 + 10:02d}" + uscc.make_org_code(f"MA{i:06d}"))
                services.create_enterprise(name=f"广州并发测试{i}有限公司", uscc=code, district="天河")
        except BaseException as exc:  # noqa: BLE001 (reported by the test below)
            errors.append(exc)
        finally:
            services.close()

    threads = [threading.Thread(target=write, args=(offset,)) for offset in (0, 1000)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    services = open_services(data_dir)
    assert services.enterprise_count() == 80
    assert services.verify_audit() == []
    services.close()
