"""The Chinese translation is complete, covers every UI string, and the shipped .qm is up to date."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

import resources

ROOT = Path(__file__).resolve().parents[2]
TS = resources.path("translations", "huhang_zh_CN.ts")
QM = resources.path("translations", "huhang_zh_CN.qm")


def ts_messages() -> dict[tuple[str, str], ET.Element]:
    messages = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            messages[(name, message.findtext("source") or "")] = message
    return messages


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def ui_strings() -> set[tuple[str, str]]:
    """(context, source) of every ``self.tr("…")``, ``Class.tr("…")`` and ``translate("Ctx", "…")`` in ui/."""
    found: set[tuple[str, str]] = set()
    for path in sorted((ROOT / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
            for call in [n for n in ast.walk(cls) if isinstance(n, ast.Call)]:
                func = call.func
                if isinstance(func, ast.Attribute) and func.attr == "tr" and call.args:
                    text = _literal(call.args[0])
                    assert text is not None, f"{path}:{call.lineno}: tr() needs a literal string"
                    found.add((cls.name, text))
        for call in [n for n in ast.walk(tree) if isinstance(n, ast.Call)]:
            func = call.func
            name = (
                func.attr
                if isinstance(func, ast.Attribute)
                else func.id
                if isinstance(func, ast.Name)
                else ""
            )
            if name == "translate" and len(call.args) >= 2:
                context, text = _literal(call.args[0]), _literal(call.args[1])
                assert context and text is not None, (
                    f"{path}:{call.lineno}: translate() needs literal strings"
                )
                found.add((context, text))
    return found


def test_no_unfinished_translations() -> None:
    unfinished = [
        key
        for key, message in ts_messages().items()
        if message.find("translation") is not None and message.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []


def test_every_ui_string_is_in_the_translation() -> None:
    strings = ui_strings()
    assert len(strings) > 150  # the scan itself works
    missing = sorted(strings - set(ts_messages()))
    assert missing == [], "run `make translations` and translate the new entries"


def test_every_entry_is_translated_into_chinese() -> None:
    for (context, source), message in ts_messages().items():
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        texts = [translation.text or ""] + [form.text or "" for form in translation.iter("numerusform")]
        text = "".join(texts)
        assert any("\u4e00" <= ch <= "\u9fff" for ch in text) or source in ("Qt / Python:",), (
            context,
            source,
        )
        for placeholder in ("%1", "%2", "%3", "%4", "%5", "%n"):
            assert (placeholder in source) == (placeholder in text), (context, source, placeholder)


def test_shipped_qm_matches_the_ts(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease is not None
    fresh = tmp_path / "fresh.qm"
    subprocess.run([lrelease, str(TS), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == QM.read_bytes(), "run `make translations` and commit the .qm"


def test_qm_translates_a_known_string() -> None:
    translator = QTranslator()
    assert translator.load(str(QM))
    assert translator.translate("MainWindow", "Enterprises") == "企业名录"
    assert translator.translate("EnterprisesPage", "%n enterprise(s)", "", 5) == "共 %n 家企业"
    assert QCoreApplication.translate("MainWindow", "Visits") == "走访记录"  # installed for the tests
