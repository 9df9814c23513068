"""``huhang import|export enterprises`` and ``huhang demo``: output, files and exit codes."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from app import cli
from app.domain import uscc
from app.services import open_services

ROOT = Path(__file__).resolve().parents[2]


def code(n: int) -> str:
    return uscc.make("91440106" + uscc.make_org_code(f"MA5{n:05d}"))


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


GOOD = [["企业名称", "统一社会信用代码", "所属区"],
        ["广州市天河区星汇信息科技有限公司", code(1), "天河区"],
        ["广州市天河区锦程贸易有限公司", code(2), "天河"]]


def run(data_dir: Path, *args: str) -> int:
    return cli.main(["--data-dir", str(data_dir), *args])


def enterprise_count(data_dir: Path) -> int:
    services = open_services(data_dir)
    try:
        return services.enterprise_count()
    finally:
        services.close()


def test_import_of_a_clean_file_exits_0_and_prints_the_counts(
        data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_csv(tmp_path / "名录.csv", GOOD, "gbk")
    assert run(data_dir, "import", "enterprises", str(path)) == 0
    out = capsys.readouterr().out
    assert "已导入 2，已更新 0，无变化 0，被拒绝 0" in out
    assert "被拒绝的行已写入" not in out
    assert not (tmp_path / "名录.rejects.csv").exists()
    assert run(data_dir, "import", "enterprises", str(path)) == 0
    assert "已导入 0，已更新 0，无变化 2，被拒绝 0" in capsys.readouterr().out


def test_import_with_rejected_rows_exits_3_imports_the_rest_and_names_each_row(
        data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [*GOOD, ["坏代码有限公司", "91440106MA5", "天河区"], ["", code(3), "天河区"],
            ["广州白云瑞丰有限公司", code(4), "白云区"]]
    rows[5][1] = rows[5][1][:17] + ("1" if rows[5][1][17] != "1" else "2")  # wrong check character
    path = write_csv(tmp_path / "名录.csv", rows)
    assert run(data_dir, "import", "enterprises", str(path)) == 3
    out = capsys.readouterr().out
    assert "已导入 2，已更新 0，无变化 0，被拒绝 3" in out
    assert "第4行：统一社会信用代码应为18位，“91440106MA5”为11位" in out
    assert "第5行：企业名称不能为空" in out
    assert "第6行：统一社会信用代码“" in out and "校验位错误" in out
    rejects = tmp_path / "名录.rejects.csv"
    assert f"被拒绝的行已写入：{rejects}" in out
    with rejects.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert [line[-2] for line in lines] == ["原行号", "4", "5", "6"]
    assert enterprise_count(data_dir) == 2


def test_rejects_option_chooses_where_the_rejects_go(
        data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_csv(tmp_path / "名录.csv", [*GOOD, ["", code(9), "天河"]])
    target = tmp_path / "改正" / "待改.csv"
    target.parent.mkdir()
    assert run(data_dir, "import", "enterprises", str(path), "--rejects", str(target)) == 3
    assert target.exists() and not (tmp_path / "名录.rejects.csv").exists()
    assert f"被拒绝的行已写入：{target}" in capsys.readouterr().out


@pytest.mark.parametrize(("name", "content", "message"), [
    ("不存在.csv", None, "无法读取文件"),
    ("乱码.xlsx", b"PK\x03\x04 but not really a workbook" * 20, "无法读取文件"),
    ("名录.txt", b"abc", "不支持的文件格式“.txt”"),
    ("乱码.csv", b"\x80\x81\xff\xfe\xff\x00", "无法识别文件"),
    ("无表头.csv", "甲,乙\n".encode(), "找不到表头"),
])
def test_a_file_that_cannot_be_read_exits_2_with_a_chinese_message_and_imports_nothing(
        data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        name: str, content: bytes | None, message: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    assert run(data_dir, "import", "enterprises", str(path)) == 2
    captured = capsys.readouterr()
    assert message in captured.err and "未导入任何数据" in captured.err
    assert "Traceback" not in captured.err + captured.out
    assert enterprise_count(data_dir) == 0


def test_export_writes_xlsx_and_csv_that_import_unchanged(
        data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(data_dir, "import", "enterprises", str(write_csv(tmp_path / "名录.csv", GOOD)))
    capsys.readouterr()
    for name in ("导出.xlsx", "导出.csv"):
        target = tmp_path / name
        assert run(data_dir, "export", "enterprises", str(target)) == 0
        assert f"已导出 2 家企业到 {target}" in capsys.readouterr().out
        assert run(data_dir, "import", "enterprises", str(target)) == 0
        assert "已导入 0，已更新 0，无变化 2，被拒绝 0" in capsys.readouterr().out
    header = next(openpyxl.load_workbook(tmp_path / "导出.xlsx").active.iter_rows(values_only=True))
    assert header[:3] == ("企业名称", "统一社会信用代码", "所属区")


@pytest.mark.parametrize(("target", "message"), [
    ("导出.pdf", "不支持的文件格式“.pdf”"),
    ("没有这个文件夹/导出.xlsx", "无法写入文件"),
])
def test_export_to_a_bad_path_exits_2(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                      target: str, message: str) -> None:
    assert run(data_dir, "export", "enterprises", str(tmp_path / target)) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_demo_prints_what_it_made_and_the_audit_log_verifies(
        data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(data_dir, "demo", "--enterprises", "40", "--visits", "25", "--seed", "7") == 0
    out = capsys.readouterr().out
    assert "随机种子 7" in out and "企业 40 家" in out and "走访记录 25 条" in out
    assert enterprise_count(data_dir) == 40
    assert run(data_dir, "audit", "verify") == 0
    assert "审计日志完整" in capsys.readouterr().out


@pytest.mark.parametrize("args", [
    ["demo", "--enterprises", "-1"],
    ["demo", "--visits", "many"],
    ["import", "enterprises"],
    ["export"],
])
def test_bad_arguments_exit_2(data_dir: Path, args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        run(data_dir, *args)
    assert info.value.code == 2


def test_the_installed_entry_point_runs_an_import(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "名录.csv", [*GOOD, ["", code(5), "天河"]])
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("HUHANG_DATA_DIR", None)
    result = subprocess.run(
        [sys.executable, "-m", "ui.launch", "--data-dir", str(tmp_path / "profile"), "import", "enterprises",
         str(path)], cwd=ROOT, capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)
    assert result.returncode == 3, result.stderr
    assert "已导入 2，已更新 0，无变化 0，被拒绝 1" in result.stdout
    assert "第4行：企业名称不能为空" in result.stdout
