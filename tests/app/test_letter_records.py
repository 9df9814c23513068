"""Letter records: drafts from ledger entries, issuing with numbers, immutability, lifecycle, verification."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import cli
from app.errors import HuhangError, ValidationFailed
from app.services import Services, open_services

ORGAN = "中共广州市天河区纪律检查委员会"


@pytest.fixture
def unit(services: Services) -> Services:
    services.set_settings(organ_name=ORGAN, letter_prefixes={"监督建议书": "穗天纪建", "提醒函": "穗天纪提"})
    return services


def _entry(services: Services, summary: str = "施工许可审批超过承诺时限") -> str:
    existing = services.enterprise_by_uscc("91350100M000100Y43")
    eid = (
        existing["id"]
        if existing
        else services.create_enterprise(
            name="广州市天河区星汇信息科技有限公司", uscc="91350100M000100Y43", district="天河"
        ).id
    )
    return services.create_entry(
        source="走访", enterprise_id=eid, matter_type="投诉", scenario="慢作为", summary=summary
    ).id


def _letter(services: Services, **fields: object) -> str:
    values: dict[str, object] = {
        "addressee": "天河区住房和城乡建设局",
        "requirements": "严格执行承诺时限",
        "reply_contact": "李明",
        "cc": ["天河区人民政府办公室"],
    }
    values.update(fields)
    return services.create_letter(kind="监督建议书", **values).id  # type: ignore[arg-type]


def test_draft_is_prefilled_from_linked_entries(unit: Services) -> None:
    first, second = _entry(unit), _entry(unit, "企业开办“一次性告知”落实不到位")
    letter_id = _letter(unit, entry_ids=(first, second))
    row = unit.letter(letter_id)
    assert row["problems"] == ["施工许可审批超过承诺时限", "企业开办“一次性告知”落实不到位"]
    assert "（一）施工许可审批超过承诺时限。" in row["body"]
    assert row["title"] == "关于天河区住房和城乡建设局优化营商环境有关问题的监督建议书"
    assert row["signature"] == [ORGAN] and row["status"] == "草稿"
    assert {link["to_id"] for link in unit.letter_links(letter_id)} == {first, second}


def test_issue_numbers_in_sequence_per_prefix_and_year(unit: Services) -> None:
    numbers = []
    for _ in range(3):
        letter_id = _letter(unit, letter_date="2026-12-01")
        unit.issue_letter(letter_id)
        numbers.append(unit.letter(letter_id)["number"])
    assert numbers == ["穗天纪建〔2026〕1号", "穗天纪建〔2026〕2号", "穗天纪建〔2026〕3号"]
    reminder = unit.create_letter(
        kind="提醒函", addressee="天河区税务局", title="关于加快退税办理的提醒函"
    ).id
    unit.issue_letter(reminder)
    next_year = _letter(unit, letter_date="2027-01-04")
    unit.issue_letter(next_year)
    assert (unit.letter(reminder)["number"], unit.letter(next_year)["number"]) == (
        "穗天纪提〔2026〕1号",
        "穗天纪建〔2027〕1号",
    )


def test_issued_letter_is_immutable_and_stored_with_its_hash(unit: Services) -> None:
    letter_id = _letter(unit)
    unit.issue_letter(letter_id)
    row = unit.letter(letter_id)
    pdf = unit.issued_pdf(letter_id)
    import hashlib

    assert hashlib.sha256(pdf).hexdigest() == row["pdf_sha256"]
    info = PdfReader(__import__("io").BytesIO(pdf)).metadata
    assert info["/HuhangNumber"] == row["number"]
    with pytest.raises(HuhangError, match="不能再修改"):
        unit.update_letter(letter_id, title="改过的标题")
    with pytest.raises(HuhangError, match="不能再修改"):
        unit.issue_letter(letter_id)
    correction = unit.correct_letter(letter_id).id
    unit.update_letter(correction, title="关于更正后的监督建议书")
    unit.issue_letter(correction)
    assert unit.letter(letter_id)["superseded_by"] == unit.letter(correction)["number"]
    assert unit.letter(correction)["supersedes_id"] == letter_id
    assert unit.verify_audit() == []


def test_empty_required_fields_block_issuing_naming_them(unit: Services) -> None:
    letter_id = unit.create_letter(kind="提醒函", addressee="", organ="", signature=[]).id
    with pytest.raises(ValidationFailed) as info:
        unit.issue_letter(letter_id)
    message = info.value.message()
    for label in ("标题", "发文机关", "主送机关", "署名"):
        assert label in message
    assert unit.letter(letter_id)["status"] == "草稿"


def test_a_character_no_font_covers_blocks_issuing_and_is_named(unit: Services) -> None:
    letter_id = _letter(unit, addressee="广州市\U0002a6a5科技有限公司")  # CJK Extension B, in no bundled face
    with pytest.raises(HuhangError) as info:
        unit.issue_letter(letter_id)
    assert info.value.code == "letter.uncovered_chars"
    assert "\U0002a6a5" in info.value.message() and "主送机关" in info.value.message()
    assert unit.letter(letter_id)["number"] == ""
    rare = _letter(unit, addressee="广州市喆堃科技有限公司")  # outside GB 2312 but in the fallback face
    unit.issue_letter(rare)


def test_enrolled_device_issues_only_from_server_blocks(tmp_path: Path) -> None:
    numbers = []
    for name, first, last in (("a", 1, 10), ("b", 11, 20)):
        device = open_services(tmp_path / name, actor=name)
        device.set_settings(
            organ_name=ORGAN, server_url="https://jw.example/sync", letter_prefixes={"监督建议书": "穗天纪建"}
        )
        letter_id = _letter(device, letter_date="2026-12-01")
        with pytest.raises(HuhangError) as info:
            device.issue_letter(letter_id)
        assert info.value.code == "letter.no_number"
        device.add_number_block(prefix="穗天纪建", year=2026, first=first, last=last)
        device.issue_letter(letter_id)
        numbers.append(device.letter(letter_id)["number"])
        device.close()
    assert numbers == ["穗天纪建〔2026〕1号", "穗天纪建〔2026〕11号"]


def test_lifecycle_after_issue_and_reply_overdue(unit: Services) -> None:
    letter_id = _letter(unit, deadline=(date.today() - timedelta(days=1)).isoformat())
    with pytest.raises(ValidationFailed, match="当前状态为“草稿”"):
        unit.letter_action(letter_id, action="deliver", receiver="张科长")
    unit.issue_letter(letter_id)
    assert unit.letter(letter_id)["reply_overdue"]
    assert [r["id"] for r in unit.overdue_replies()] == [letter_id]
    with pytest.raises(ValidationFailed, match="签收人"):
        unit.letter_action(letter_id, action="deliver")
    unit.letter_action(letter_id, action="deliver", receiver="张科长", on="2026-12-04")
    unit.letter_action(letter_id, action="reply", content="已完成整改", on="2026-12-20")
    unit.letter_action(letter_id, action="close")
    row = unit.letter(letter_id)
    assert (row["status"], row["delivered_to"], row["reply_content"], row["reply_overdue"]) == (
        "已办结",
        "张科长",
        "已完成整改",
        False,
    )


def test_verify_tells_the_issued_pdf_from_a_modified_or_forged_one(
    unit: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    letter_id = _letter(unit)
    unit.issue_letter(letter_id)
    original = unit.issued_pdf(letter_id)
    good, modified, forged, plain = (
        tmp_path / n for n in ("good.pdf", "modified.pdf", "forged.pdf", "plain.pdf")
    )
    good.write_bytes(original)
    modified.write_bytes(original.replace(b"/Producer", b"/Producer ", 1))
    data_dir = str(unit.store.data_dir)
    # A forgery rendered from a different text but claiming the same number.
    spec = tmp_path / "forged.json"
    row = unit.letter(letter_id)
    import json

    spec.write_text(
        json.dumps(
            {
                "kind": "监督建议书",
                "organ": ORGAN,
                "number": row["number"],
                "title": row["title"],
                "addressee": row["addressee"],
                "body": ["无问题。"],
                "signature": [ORGAN],
                "date": row["letter_date"],
            },
            ensure_ascii=False,
        )
    )
    assert cli.main(["--data-dir", data_dir, "letter", "render", "--spec", str(spec), "-o", str(forged)]) == 0
    plain_spec = dict(json.loads(spec.read_text()), number="")
    spec.write_text(json.dumps(plain_spec, ensure_ascii=False))
    assert cli.main(["--data-dir", data_dir, "letter", "render", "--spec", str(spec), "-o", str(plain)]) == 0
    capsys.readouterr()

    assert cli.main(["--data-dir", data_dir, "letter", "verify", str(good)]) == 0
    assert "签发原件" in capsys.readouterr().out
    expectations = [
        (modified, "letter.verify_bytes_changed"),
        (forged, "letter.verify_content_changed"),
        (plain, "letter.verify_unknown_number"),
    ]
    for path, code in expectations:
        assert unit.verify_letter_file(path).code == code
        assert cli.main(["--data-dir", data_dir, "letter", "verify", str(path)]) == 1
    assert cli.main(["--data-dir", data_dir, "letter", "verify", str(tmp_path / "nope.pdf")]) == 1


def test_cli_list_and_render_stored(
    unit: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    issued, draft = _letter(unit), _letter(unit)
    unit.issue_letter(issued)
    data_dir = str(unit.store.data_dir)
    assert cli.main(["--data-dir", data_dir, "letter", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["id"]: r["status"] for r in rows} == {issued: "已签发", draft: "草稿"}
    out = tmp_path / "issued.pdf"
    assert cli.main(["--data-dir", data_dir, "letter", "render", issued, "-o", str(out)]) == 0
    assert out.read_bytes() == unit.issued_pdf(issued)
    assert cli.main(["--data-dir", data_dir, "letter", "render", draft, "-o", str(tmp_path / "d.pdf")]) == 0
    assert cli.main(["--data-dir", data_dir, "letter", "render", "-o", str(tmp_path / "x.pdf")]) == 2


def test_letters_linked_to_an_entry(unit: Services) -> None:
    entry = _entry(unit)
    first = _letter(unit, entry_ids=(entry,), letter_date="2026-11-01")
    second = _letter(unit, entry_ids=(entry,), letter_date="2026-11-20")
    _letter(unit)
    assert [row["id"] for row in unit.letters_linked_to("ledger_entries", entry)] == [second, first]
