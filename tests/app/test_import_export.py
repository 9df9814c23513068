"""Enterprise import and export with real .xlsx and .csv files."""

from __future__ import annotations

import csv
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.domain import uscc
from app.errors import HuhangError
from app.io.enterprise_columns import header_key, match_header
from app.io.enterprises import (
    ImportResult,
    default_rejects_path,
    export_enterprises,
    import_enterprises,
)
from app.io.tables import cell_text, open_table
from app.services import Services, open_services

EXPORT_HEADER = ["企业名称", "统一社会信用代码", "所属区", "地址", "行业", "企业类型", "企业规模", "联系人",
                 "联系电话", "企业标签", "备注"]


def code(n: int, division: str = "440106") -> str:
    """A valid USCC (organisation-code check included) numbered ``n``."""
    return uscc.make(f"91{division}" + uscc.make_org_code(f"MA5{n:05d}"))


def wrong_check(valid: str) -> str:
    return valid[:17] + ("1" if valid[17] != "1" else "2")


def wrong_org_check(valid: str) -> str:
    """Valid overall check character, but the organisation code's own check is off (a warning)."""
    org = valid[16]
    return uscc.make(valid[:16] + ("1" if org != "1" else "2"))


def write_csv(path: Path, rows: Sequence[Sequence[Any]], encoding: str = "utf-8-sig") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    for number, row in enumerate(rows, 1):
        for column, value in enumerate(row, 1):
            if value is not None:
                sheet.cell(number, column, value)
    book.save(path)
    return path


def write_table(path: Path, rows: Sequence[Sequence[Any]]) -> Path:
    return write_xlsx(path, rows) if path.suffix == ".xlsx" else write_csv(path, rows)


def read_back(path: Path) -> list[list[Any]]:
    if path.suffix == ".xlsx":
        return [list(r) for r in openpyxl.load_workbook(path).active.iter_rows(values_only=True)]
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def counts(result: ImportResult) -> tuple[int, int, int, int]:
    return result.imported, result.updated, result.unchanged, result.rejected


def audit_rows(services: Services) -> int:
    return int(services.db.execute("SELECT count(*) FROM audit_log").fetchone()[0])


# -- reading what people put in spreadsheets -----------------------------------------------------------


def test_cell_text_shows_numbers_as_a_person_sees_them() -> None:
    assert cell_text(13800000000.0) == "13800000000"
    assert cell_text(440106) == "440106"
    assert cell_text(0.25) == "0.25"
    assert cell_text(datetime(2026, 12, 3)) == "2026-12-03"
    assert cell_text(datetime(2026, 12, 3, 9, 30)) == "2026-12-03 09:30"
    assert cell_text(None) == ""


def test_header_variants_are_recognised() -> None:
    assert header_key(" 企业名称（必填）") == header_key("企业名称*") == header_key("企业　名称")
    columns = match_header(["序号", "企业名称*", "社会信用代码　", "行政区", "企业地址", "联系方式", "负责人",
                            "电话"])
    assert columns is not None
    assert columns.fields == {"name": 1, "uscc": 2, "district": 3, "address": 4, "phone": 5}
    assert columns.unknown == ["负责人"]
    assert [n.code for n in columns.notes()] == ["file.duplicate_column", "file.unknown_columns"]
    assert match_header(["天河区企业名录"]) is None
    assert match_header(["企业名称", "地址"]) is None  # no USCC column: not the header


def test_xlsx_with_a_title_row_numbers_stored_as_numbers_and_header_variants(
        services: Services, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "名录.xlsx", [
        ["天河区重点企业名录（截至2026年12月3日）"],
        [],
        ["序号", "企业名称 *", "信用代码", "行政区", "企业地址", "联系方式", "企业标签", "负责人"],
        [1, "广州市天河区星汇信息科技有限公司", code(1), 440106, "天河路385号", 13800000000.0,
         "高新技术企业、专精特新;规上企业", "王伟"],
        [2, "广州市海珠区瑞丰贸易有限公司", code(2, "440105"), "海珠", "新港西路1号", 13800000001],
        [3],  # a template's pre-numbered row with nothing in it
        [4, None, None, None, None, None, None, "未填"],
    ])
    result = import_enterprises(services, path)
    assert counts(result) == (2, 0, 0, 0)
    assert result.header_row == 3
    assert [n.message() for n in result.notes] == ["已忽略无法识别的列：“负责人”"]
    first = services.enterprise_by_uscc(code(1))
    assert first is not None
    assert (first["district"], first["phone"], first["address"]) == ("440106", "13800000000", "天河路385号")
    assert first["tags"] == ["高新技术企业", "专精特新", "规上企业"]
    second = services.enterprise_by_uscc(code(2, "440105"))
    assert second is not None and (second["district"], second["phone"]) == ("440105", "13800000001")
    assert not default_rejects_path(path).exists()


CSV_ROWS = [
    ["企业名称", "统一社会信用代码", "所属区", "地址", "联系人", "联系电话"],
    ["广州市越秀区锦程餐饮管理有限公司", code(10, "440104"), "越秀区", "环市东路1号", "陈嘉欣",
     "020-83001234"],
    ["广州番禺恒泰机械制造有限公司", code(11, "440113"), "番禺", "番禺大道北555号", "梁志强",
     "13900001111"],
    ["坏记录", "91440106MA5", "天河区", "", "", ""],
]


@contextmanager
def fresh_services(directory: Path) -> Iterator[Services]:
    services = open_services(directory, actor="测试员")
    try:
        yield services
    finally:
        services.close()


@pytest.mark.parametrize(("encoding", "detected"),
                         [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gbk", "gb18030")])
def test_csv_in_utf8_bom_and_gbk_gives_the_same_result(tmp_path: Path, encoding: str, detected: str) -> None:
    path = write_csv(tmp_path / f"名录-{encoding}.csv", CSV_ROWS, encoding)
    with open_table(path) as table:
        assert table.encoding == detected
    with fresh_services(tmp_path / "profile") as services:
        result = import_enterprises(services, path)
        assert counts(result) == (2, 0, 0, 1)
        assert [(r.row, r.reason()) for r in result.rejected_rows] == [
            (4, "统一社会信用代码应为18位，“91440106MA5”为11位")]
        stored = sorted((e["name"], e["district"], e["contact"], e["phone"])
                        for e in services.all_enterprises())
    assert stored == [
        ("广州市越秀区锦程餐饮管理有限公司", "440104", "陈嘉欣", "020-83001234"),
        ("广州番禺恒泰机械制造有限公司", "440113", "梁志强", "13900001111"),
    ]
    # The rejects file is UTF-8 with BOM whatever the input was, and keeps the row as written.
    rejects = default_rejects_path(path)
    assert rejects.read_bytes().startswith(b"\xef\xbb\xbf")
    assert read_back(rejects) == [CSV_ROWS[0] + ["原行号", "拒绝原因"],
                                  CSV_ROWS[3] + ["4", "统一社会信用代码应为18位，“91440106MA5”为11位"]]


def test_english_header_in_any_case(services: Services, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "list.csv", [
        ["Name", "USCC", "District", "Address", "Industry", "Ownership", "Size", "Contact Person", "Phone",
         "Tags", "Notes"],
        ["广州南沙港前物流有限公司", code(20, "440115"), "440115", "港前大道1号", "交通运输、仓储和邮政业",
         "国有企业", "中", "林锦荣", "13700000000", "重点项目", "港区企业"],
    ])
    result = import_enterprises(services, path)
    assert counts(result) == (1, 0, 0, 0) and result.notes == []
    row = services.enterprise_by_uscc(code(20, "440115"))
    assert row is not None
    assert (row["ownership"], row["size"], row["contact"], row["tags"], row["notes"]) == (
        "国有", "中型", "林锦荣", ["重点项目"], "港区企业")


# -- every row accounted for -----------------------------------------------------------------------------

EXISTING = code(90)


def mixed_rows() -> list[list[Any]]:
    """Each row is one case; the numbers are the row numbers Excel shows."""
    return [
        # 1: the header
        ["企业名称", "统一社会信用代码", "所属区", "联系电话", "备注"],
        # 2: imported
        ["广州市天河区星汇信息科技有限公司", code(30), "天河区", "13800000000", ""],
        # 3: too short; 4: wrong check character; 5: letters outside the alphabet; 6: not Guangzhou
        ["长度不对有限公司", "91440106MA5", "天河区", "", "短了"],
        ["校验位错有限公司", wrong_check(code(31)), "天河区", "", ""],
        ["字母O有限公司", "91440106MA5OOOOO1X", "天河区", "", ""],
        ["外地有限公司", code(32), "深圳南山", "", ""],
        # 7: the USCC of row 2 again (written in lower case with spaces)
        ["重复有限公司", " " + code(30).lower() + " ", "天河区", "", "与第2行同一代码"],
        # 8: already registered, name slightly different: an update
        ["广州市天河区星汇信息科技股份有限公司", EXISTING, "天河区", "", ""],
        # 9: no name; 10: empty, skipped without a word
        ["", code(33), "天河区", "", "名称空"],
        ["", "", "", "", ""],
        # 11 and 12: imported with a warning (organisation-code check, phone)
        ["广州白云瑞丰贸易有限公司", wrong_org_check(code(40)), "白云区", "", ""],
        ["广州黄埔鸿运物流有限公司", code(41, "440112"), "黄埔", "电话待补", ""],
    ]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_mixed_file_counts_rows_reasons_and_rejects_file(services: Services, tmp_path: Path,
                                                          suffix: str) -> None:
    services.create_enterprise(name="广州市天河区星汇信息科技有限责任公司", uscc=EXISTING, district="天河区")
    rows = mixed_rows()
    path = write_table(tmp_path / f"混合{suffix}", rows)

    result = import_enterprises(services, path)

    assert counts(result) == (3, 1, 0, 6)
    assert [(r.row, r.reason()) for r in result.rejected_rows] == [
        (3, "统一社会信用代码应为18位，“91440106MA5”为11位"),
        (4, f"统一社会信用代码“{wrong_check(code(31))}”校验位错误：第18位应为“{code(31)[17]}”，"
            f"实为“{wrong_check(code(31))[17]}”"),
        (5, "统一社会信用代码“91440106MA5OOOOO1X”第12、13、14、15、16位的字符“O、O、O、O、O”"
            "不在允许的字符集内（不使用I、O、S、V、Z）"),
        (6, "所属区“深圳南山”不是广州市的行政区（可填区名如“天河区”“天河”或区划代码如440106）"),
        (7, f"统一社会信用代码{code(30)}与本文件第2行重复"),
        (9, "企业名称不能为空"),
    ]
    assert [(w.row, [p.code for p in w.problems]) for w in result.warnings] == [
        (11, ["uscc.org_check"]), (12, ["phone.format"])]
    updated = services.enterprise_by_uscc(EXISTING)
    assert updated is not None and updated["name"] == "广州市天河区星汇信息科技股份有限公司"
    assert services.enterprise_count() == 4  # the existing one and three new

    assert result.rejects_path == tmp_path / f"混合.rejects{suffix}"
    back = read_back(result.rejects_path)
    assert back[0] == rows[0] + ["原行号", "拒绝原因"]
    by_row = {int(line[-2]): line for line in back[1:]}
    assert sorted(by_row) == [3, 4, 5, 6, 7, 9]
    for number, line in by_row.items():
        original = rows[number - 1]
        if suffix == ".xlsx":  # an empty cell reads back as None
            original = [None if v == "" else v for v in original]
        assert line[:-2] == original  # every cell exactly as it was, spaces and lower case included
        assert line[-1] == next(r.reason() for r in result.rejected_rows if r.row == number)


def test_xlsx_rejects_keep_numbers_and_row_numbers_count_empty_rows(services: Services,
                                                                    tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "名录.xlsx", [
        ["企业名称", "统一社会信用代码", "所属区", "联系电话"],
        ["广州甲有限公司", code(50), 440106, 13800000000.0],
        [],
        [],
        ["广州乙有限公司", code(51), 999999, 13800000001],
    ])
    result = import_enterprises(services, path, rejects_path=tmp_path / "拒绝.xlsx")
    assert counts(result) == (1, 0, 0, 1)
    assert [r.row for r in result.rejected_rows] == [5]
    assert read_back(tmp_path / "拒绝.xlsx")[1] == [
        "广州乙有限公司", code(51), 999999, 13800000001, 5,
        "所属区“999999”不是广州市的行政区（可填区名如“天河区”“天河”或区划代码如440106）"]


def test_reimport_changes_nothing_and_adds_no_audit_rows(services: Services, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "名录.csv", CSV_ROWS[:3])
    assert counts(import_enterprises(services, path)) == (2, 0, 0, 0)
    audit_before = audit_rows(services)
    outbox_before = services.db.execute("SELECT count(*) FROM sync_outbox").fetchone()[0]
    assert counts(import_enterprises(services, path)) == (0, 0, 2, 0)
    assert audit_rows(services) == audit_before
    assert services.db.execute("SELECT count(*) FROM sync_outbox").fetchone()[0] == outbox_before
    assert services.verify_audit() == []


def test_a_file_without_a_district_column_updates_known_enterprises_and_rejects_new_ones(
        services: Services, tmp_path: Path) -> None:
    services.create_enterprise(name="广州已知有限公司", uscc=code(60), district="越秀区")
    path = write_csv(tmp_path / "电话.csv", [
        ["企业名称", "统一社会信用代码", "联系电话"],
        ["广州已知有限公司", code(60), "13800001234"],
        ["广州新来有限公司", code(61), "13800005678"],
    ])
    result = import_enterprises(services, path)
    assert counts(result) == (0, 1, 0, 1)
    assert [(r.row, r.reason()) for r in result.rejected_rows] == [(3, "所属区不能为空")]


# -- export ----------------------------------------------------------------------------------------------


def seed_registry(services: Services) -> None:
    services.create_enterprise(
        name="广州市天河区星汇信息科技有限公司", uscc=code(70), district="天河区",
        address="天河路385号3301室",
        industry="信息传输、软件和信息技术服务业", ownership="民营", size="小型", contact="王伟",
        phone="13800000000", tags=["高新技术企业", "专精特新"], notes="第一行\n第二行")
    services.create_enterprise(name="广州市属集团有限公司", uscc=code(71, "440101"), district="440101",
                               phone="020-83001234", notes="=SUM(A1:A2)")
    services.create_enterprise(name="广州从化荔枝种植专业合作社", uscc=code(72, "440117"), district="从化",
                               industry="农、林、牧、渔业", ownership="个体", size="微")


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_then_reimport_changes_nothing(services: Services, tmp_path: Path, suffix: str) -> None:
    seed_registry(services)
    path = tmp_path / f"导出{suffix}"
    exported = export_enterprises(services, path)
    assert (exported.count, exported.cancelled) == (3, False)
    back = read_back(path)
    assert back[0] == EXPORT_HEADER
    by_name = {row[0]: row for row in back[1:]}
    assert by_name["广州市天河区星汇信息科技有限公司"][2] == "天河区"
    assert by_name["广州市天河区星汇信息科技有限公司"][9] == "高新技术企业、专精特新"
    assert by_name["广州市属集团有限公司"][2] == "广州市（市本级）"
    assert by_name["广州市属集团有限公司"][10] == "=SUM(A1:A2)"  # text, never a formula

    audit_before = audit_rows(services)
    result = import_enterprises(services, path)
    assert counts(result) == (0, 0, 3, 0)
    assert result.warnings == [] and result.notes == []
    assert audit_rows(services) == audit_before


def test_xlsx_export_has_a_bold_frozen_header_widths_and_text_cells(services: Services,
                                                                    tmp_path: Path) -> None:
    seed_registry(services)
    path = export_enterprises(services, tmp_path / "企业.xlsx").path
    sheet = openpyxl.load_workbook(path).active
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.b for cell in sheet[1])
    assert sheet.column_dimensions["A"].width >= 30 and sheet.column_dimensions["B"].width >= 20
    data = [cell for row in sheet.iter_rows(min_row=2) for cell in row if cell.value is not None]
    assert data and all(cell.data_type == "s" for cell in data)  # USCCs and phones are text, not numbers
    assert sheet.max_row == 4


def test_csv_export_is_utf8_with_bom(services: Services, tmp_path: Path) -> None:
    seed_registry(services)
    path = export_enterprises(services, tmp_path / "企业.csv").path
    raw = path.read_bytes()
    assert raw.startswith("\ufeff企业名称,统一社会信用代码".encode())
    assert "第一行\n第二行" in raw.decode("utf-8-sig")


def test_export_refuses_other_formats(services: Services, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(HuhangError) as info:
        export_enterprises(services, out / "企业.pdf")
    assert info.value.code == "file.format"
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_cancelled_export_leaves_the_previous_file_and_no_partial_one(services: Services, tmp_path: Path,
                                                                      suffix: str) -> None:
    seed_registry(services)
    out = tmp_path / "out"
    out.mkdir()
    target = out / f"企业{suffix}"
    target.write_bytes(b"previous")
    calls: list[tuple[int, int | None]] = []
    result = export_enterprises(services, target, chunk_rows=2,
                                progress=lambda done, total: bool(calls.append((done, total))))
    assert result.cancelled and calls == [(2, 3)]
    assert target.read_bytes() == b"previous"
    assert [p.name for p in out.iterdir()] == [target.name]


# -- files that cannot be used ------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "content", "error"), [
    ("不存在.xlsx", None, "file.unreadable"),
    ("乱码.xlsx", b"\x00\x01not a zip file at all" * 10, "file.unreadable"),
    ("名录.txt", "企业名称,统一社会信用代码\n".encode(), "file.format"),
    ("名录.xls", b"\xd0\xcf\x11\xe0", "file.format"),
    ("无法解码.csv", "企业名称,统一社会信用代码\n".encode() + b"\xff\xfe\x80\x81\xff\n", "file.encoding"),
    ("没有表头.csv", "名称,地址\n甲,乙\n".encode(), "file.no_header"),
    ("空.csv", b"", "file.no_header"),
])
def test_unusable_files_are_refused_before_anything_is_imported(
        services: Services, tmp_path: Path, name: str, content: bytes | None, error: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(HuhangError) as info:
        import_enterprises(services, path)
    assert info.value.code == error
    assert services.enterprise_count() == 0 and audit_rows(services) == 0


def test_a_damaged_xlsx_is_unreadable(services: Services, tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "好.xlsx", [["企业名称", "统一社会信用代码", "所属区"],
                                              ["甲", code(1), "天河"]])
    damaged = tmp_path / "坏.xlsx"
    data = bytearray(good.read_bytes())
    data[len(data) // 2: len(data) // 2 + 40] = b"\x00" * 40
    damaged.write_bytes(bytes(data))
    with pytest.raises(HuhangError) as info:
        import_enterprises(services, damaged)
    assert info.value.code == "file.unreadable" and "坏.xlsx" in info.value.message()
    not_a_workbook = tmp_path / "其实是文档.xlsx"
    with zipfile.ZipFile(not_a_workbook, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(HuhangError) as info:
        import_enterprises(services, not_a_workbook)
    assert "不是有效的 .xlsx 文件" in info.value.message()
    assert services.enterprise_count() == 0


def test_rejects_file_never_overwrites_the_input(services: Services, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "名录.csv", CSV_ROWS)
    with pytest.raises(HuhangError) as info:
        import_enterprises(services, path, rejects_path=path)
    assert info.value.code == "file.same_as_input"
    assert read_back(path) == CSV_ROWS


# -- long files: chunks, progress and cancelling ----------------------------------------------------------


def long_file(tmp_path: Path, count: int) -> Path:
    rows: list[list[Any]] = [["企业名称", "统一社会信用代码", "所属区"]]
    rows += [[f"广州测试{i}有限公司", code(i), "天河区"] for i in range(count)]
    return write_csv(tmp_path / "长.csv", rows)


def test_progress_reports_every_chunk_with_the_total(services: Services, tmp_path: Path) -> None:
    path = long_file(tmp_path, 25)
    calls: list[tuple[int, int | None]] = []
    result = import_enterprises(services, path, chunk_rows=10,
                                progress=lambda done, total: calls.append((done, total)) is None)
    assert counts(result) == (25, 0, 0, 0) and not result.cancelled
    assert calls == [(0, 25), (10, 25), (20, 25), (25, 25)]


def test_cancel_stops_between_chunks_and_keeps_what_was_committed(services: Services, tmp_path: Path) -> None:
    path = long_file(tmp_path, 35)
    result = import_enterprises(services, path, chunk_rows=10, progress=lambda done, total: done < 20)
    assert result.cancelled
    assert counts(result) == (20, 0, 0, 0)
    assert services.enterprise_count() == 20
    assert services.verify_audit() == []
    again = import_enterprises(services, path, chunk_rows=10)
    assert counts(again) == (15, 0, 20, 0) and not again.cancelled


def test_a_cancel_after_the_last_chunk_is_not_a_cancel(services: Services, tmp_path: Path) -> None:
    path = long_file(tmp_path, 20)
    result = import_enterprises(services, path, chunk_rows=10, progress=lambda done, total: done < 20)
    assert not result.cancelled and counts(result) == (20, 0, 0, 0)


def test_a_worker_with_its_own_services_sees_the_same_data(data_dir: Path, tmp_path: Path) -> None:
    path = long_file(tmp_path, 30)
    with fresh_services(data_dir) as ui, fresh_services(data_dir) as worker:
        ui.create_enterprise(name="界面里新建有限公司", uscc=code(999), district="天河区")
        result = import_enterprises(worker, path, chunk_rows=7)
        assert counts(result) == (30, 0, 0, 0)
        assert ui.enterprise_count() == 31
        assert ui.verify_audit() == []
