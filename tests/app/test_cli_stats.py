"""``huhang stats`` against a ledger built through the service API."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import cli
from app.services import open_services


def test_stats_json_has_the_contract_keys_and_matches_the_ledger(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services = open_services(data_dir, actor="统计员")
    eid = services.create_enterprise(name="广州某科技有限公司", uscc="91350100M000100Y43", district="海珠").id
    entry = services.create_entry(
        source="来电",
        enterprise_id=eid,
        matter_type="咨询",
        scenario="审批服务",
        summary="咨询政策",
        accepted_on="2026-03-02T09:00",
    ).id
    for action, params in [
        ("dispatch", {"department": "区发改局"}),
        ("accept", {}),
        ("feedback", {"reply": "已答复"}),
        ("rate", {"satisfaction": "满意"}),
        ("close", {"closed_at": "2026-03-05T23:00"}),
    ]:
        services.transition(entry, action=action, **params)
    services.create_entry(
        source="来信",
        enterprise_id=eid,
        matter_type="投诉",
        scenario="慢作为",
        summary="另一件",
        accepted_on="2026-05-01",
    )
    services.close()

    assert cli.main(["--data-dir", str(data_dir), "stats", "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    for key in (
        "total",
        "by_status",
        "overdue",
        "avg_resolution_hours",
        "median_resolution_hours",
        "on_time_rate",
        "satisfaction_rate",
    ):
        assert key in stats
    assert (
        stats["total"] == 2
        and stats["avg_resolution_hours"] == 86
        and stats["avg_resolution_text"] == "3天14小时"
    )
    assert stats["by_district"] == {"海珠区": 2}

    assert cli.main(["--data-dir", str(data_dir), "stats", "--json", "--from", "2026-04-01"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 1

    assert cli.main(["--data-dir", str(data_dir), "stats"]) == 0
    assert "平均办理用时 3天14小时" in capsys.readouterr().out


def test_stats_rejects_a_bad_date(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--data-dir", str(data_dir), "stats", "--from", "明年"]) == 2
    assert "--from" in capsys.readouterr().err
