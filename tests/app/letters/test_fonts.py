"""Fonts: bundled faces present and TrueType, registered once, official faces found when installed."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from app.errors import HuhangError
from app.letters import fonts as font_module
from app.letters.compose import BODY, FALLBACK, HEADING1, TITLE
from app.letters.fonts import (
    BUNDLED_FILES,
    FontSet,
    covered,
    find_official_fonts,
    missing_official_fonts,
    register,
    registration_count,
    resource_font_dir,
)


def test_bundled_fonts_are_present_and_truetype() -> None:
    directory = resource_font_dir()
    for name in BUNDLED_FILES.values():
        path = directory / name
        assert path.is_file(), path
        assert path.read_bytes()[:4] in (b"\x00\x01\x00\x00", b"true")  # glyf outlines, which reportlab reads


def test_each_file_is_registered_once_even_from_many_threads(tmp_path: Path, fonts: FontSet) -> None:
    fonts.font_name(BODY)  # the bundled set is registered already
    before = registration_count()
    assert register(resource_font_dir() / BUNDLED_FILES[BODY]) == fonts.font_name(BODY)
    assert registration_count() == before
    copy = tmp_path / "copy.ttf"
    shutil.copyfile(resource_font_dir() / BUNDLED_FILES[HEADING1], copy)
    names: list[str] = []
    threads = [threading.Thread(target=lambda: names.append(register(copy))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(names)) == 1 and len(names) == 8
    assert registration_count() == before + 1


def test_registering_something_that_is_not_truetype_is_explained(tmp_path: Path) -> None:
    bogus = tmp_path / "fake.ttf"
    bogus.write_bytes(b"OTTO" + b"\0" * 64)
    with pytest.raises(HuhangError) as caught:
        register(bogus)
    assert caught.value.code == "letter.font_unreadable" and "fake.ttf" in caught.value.message()


def test_coverage_comes_from_the_cmap(fonts: FontSet) -> None:
    body = fonts.chain(BODY)[0]
    assert covered("监督建议书〔2026〕7号：，。", body)
    assert not covered("\ue000", body)
    assert covered("喆镕堃昇珺玥", fonts.chain(FALLBACK)[0])
    assert fonts.font_for("中", TITLE) == fonts.font_name(TITLE)
    assert fonts.font_for("\U00020000", TITLE) is None


def test_missing_bundled_fonts_are_named(tmp_path: Path) -> None:
    with pytest.raises(HuhangError) as caught:
        FontSet.bundled(tmp_path)
    assert caught.value.code == "letter.fonts_missing" and "HuhangFang.ttf" in caught.value.message()


def _install(directory: Path, name: str, source: str = BUNDLED_FILES[BODY]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / name
    shutil.copyfile(resource_font_dir() / source, target)
    return target


def test_official_fonts_are_found_by_their_usual_file_names(tmp_path: Path) -> None:
    windows = tmp_path / "Windows" / "Fonts"
    simfang = _install(windows, "SIMFANG.TTF")
    title = _install(tmp_path / "user" / "nested", "方正小标宋简体.ttf", BUNDLED_FILES[TITLE])
    cff = windows / "simhei.ttf"
    cff.write_bytes(b"OTTO" + b"\0" * 64)  # right name, PostScript outlines: unusable, so not found
    found = find_official_fonts([windows, tmp_path / "user", tmp_path / "absent"])
    assert found == {BODY: simfang, TITLE: title}
    assert missing_official_fonts(found) == ["黑体", "楷体"]
    assert find_official_fonts([tmp_path / "absent"]) == {}


def test_official_faces_are_preferred_when_asked_and_fall_back_to_bundled(tmp_path: Path) -> None:
    simfang = _install(tmp_path, "simfang.ttf")
    chosen = FontSet.choose(official=True, search_dirs=[tmp_path])
    chain = chosen.chain(BODY)
    assert chain[0].path == simfang and chain[0].official
    assert [face.path.name for face in chain[1:]] == ["HuhangFang.ttf", "HuhangFallback.ttf"]
    assert not chosen.chain(TITLE)[0].official
    described = "\n".join(chosen.describe())
    assert "仿宋：simfang.ttf（已安装的正式字体）" in described
    assert "未找到正式字体：小标宋、黑体、楷体" in described
    assert FontSet.choose(official=False, search_dirs=[tmp_path]) == FontSet.bundled()


def test_default_search_dirs_cover_the_usual_places(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(font_module.sys, "platform", "win32")
    monkeypatch.setenv("WINDIR", r"C:\Windows")
    monkeypatch.setenv("LOCALAPPDATA", r"C:\Users\li\AppData\Local")
    windows = [str(path) for path in font_module.default_search_dirs()]
    assert any(path.endswith("Fonts") and "Windows" in path for path in windows)
    assert any("Microsoft" in path for path in windows)
    monkeypatch.setattr(font_module.sys, "platform", "linux")
    linux = [str(path) for path in font_module.default_search_dirs()]
    assert "/usr/share/fonts" in linux and any(path.endswith(".local/share/fonts") for path in linux)


def test_an_official_file_reportlab_cannot_use_counts_as_missing(tmp_path: Path) -> None:
    (tmp_path / "simhei.ttf").write_bytes(b"\x00\x01\x00\x00" + b"\0" * 64)  # TrueType magic, garbage inside
    chosen = FontSet.choose(official=True, search_dirs=[tmp_path])
    assert not chosen.chain(HEADING1)[0].official
    assert "黑体" in chosen.describe()[-1]
