"""Fonts for letters: the bundled substitutes, the official faces when installed, coverage of rare characters.

Official documents are set in 方正小标宋 (title), 仿宋_GB2312 (body), 黑体 and 楷体 (headings). Those are
commercial, so the program bundles open-licensed substitutes (``resources/fonts/Huhang*.ttf``) and uses the
official files instead when a setting asks for them and they are installed. Each role has a chain of faces:
the chosen face, then (for an official face) the bundled substitute of the same style, then the wide-coverage
``HuhangFallback`` Song face. A character no face of its chain covers is never printed as a box: issuing is
refused and :func:`uncovered` says which characters and where.

Registration with reportlab parses a multi-megabyte file, so each file is registered once per process, under
a lock, whatever number of letters or threads render.
"""

from __future__ import annotations

import functools
import hashlib
import os
import sys
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.errors import HuhangError
from app.letters.compose import BODY, FALLBACK, HEADING1, HEADING2, ROLES, TITLE, compose
from app.letters.spec import LetterSpec

BUNDLED_FILES = {
    BODY: "HuhangFang.ttf",
    TITLE: "HuhangSongTitle.ttf",
    HEADING1: "HuhangHei.ttf",
    HEADING2: "HuhangKai.ttf",
    FALLBACK: "HuhangFallback.ttf",
}
ROLE_NAMES = {BODY: "仿宋", TITLE: "小标宋", HEADING1: "黑体", HEADING2: "楷体", FALLBACK: "后备宋体"}

# File names of the official faces, most preferred first, compared case-insensitively.
OFFICIAL_FILES = {
    BODY: ("仿宋_gb2312.ttf", "fangsong_gb2312.ttf", "simfang.ttf", "方正仿宋_gbk.ttf", "fzfsk.ttf"),
    TITLE: ("方正小标宋简体.ttf", "fzxbsjw.ttf", "fzxbsjw--gb1-0.ttf", "方正小标宋_gbk.ttf", "fzxbsk.ttf"),
    HEADING1: ("黑体.ttf", "simhei.ttf", "方正黑体_gbk.ttf", "fzhtk.ttf"),
    HEADING2: ("楷体_gb2312.ttf", "kaiti_gb2312.ttf", "simkai.ttf", "方正楷体_gbk.ttf", "fzktk.ttf"),
}
_TRUETYPE_MAGIC = (b"\x00\x01\x00\x00", b"true", b"ttcf")  # b"OTTO" (CFF outlines) is what TTFont cannot read

_lock = threading.Lock()
_registered: dict[tuple[str, int], str] = {}
_registrations = 0


def resource_font_dir() -> Path:
    """Where the bundled fonts live (source tree, installed package or PyInstaller bundle alike)."""
    import resources

    return resources.path("fonts")


def register(path: Path, index: int = 0) -> str:
    """Register a TrueType file with reportlab once per process and return its font name.

    The family is registered too (bold and italic map to the same face) so that a Paragraph with ``<b>`` in
    it resolves instead of failing; letters themselves draw emphasis differently (see ``blocks``).
    """
    global _registrations
    quick = _registered.get((str(path), index))  # a dict read is atomic; the common case needs no lock
    if quick is not None:
        return quick
    key = (str(Path(path).resolve()), index)
    with _lock:
        name = _registered.get(key)
        if name is not None:
            _registered[(str(path), index)] = name
            return name
        name = "Huhang-" + hashlib.sha1(repr(key).encode("utf-8")).hexdigest()[:12]
        try:
            font = TTFont(name, key[0], subfontIndex=index)
        except Exception as exc:  # a damaged or embedding-restricted file is the user's to fix, not a crash
            raise HuhangError("letter.font_unreadable", path=str(path), reason=str(exc)) from exc
        pdfmetrics.registerFont(font)
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(name, bold, italic, name)
        _registered[key] = _registered[(str(path), index)] = name
        _registrations += 1
        return name


def registration_count() -> int:
    """How many font files this process has registered (the benchmark shows it stays at one per file)."""
    return _registrations


def covered(text: str, face: Face | str) -> bool:
    """Whether every character of ``text`` has a glyph in ``face`` (a :class:`Face` or a registered name)."""
    glyphs = _cmap(face.font_name if isinstance(face, Face) else face)
    return all(glyphs.get(ord(ch), 0) != 0 for ch in text)


def _cmap(name: str) -> dict[int, int]:
    font = pdfmetrics.getFont(name)
    return font.face.charToGlyph  # type: ignore[attr-defined, no-any-return]


@dataclass(frozen=True)
class Face:
    """One font file in one role; ``official`` when it is an installed commercial face rather than bundled."""

    role: str
    path: Path
    index: int = 0
    official: bool = False

    @property
    def font_name(self) -> str:
        return register(self.path, self.index)


@dataclass(frozen=True)
class FontSet:
    """The faces a letter is set in: per role, a chain of faces tried in order, ending with the fallback."""

    chains: tuple[tuple[str, tuple[Face, ...]], ...]
    missing_official: tuple[str, ...] = ()

    @classmethod
    def bundled(cls, directory: Path | None = None) -> FontSet:
        """The substitutes shipped with the program (or the same file names in ``directory``, for tests)."""
        directory = directory or resource_font_dir()
        missing = [name for name in BUNDLED_FILES.values() if not (directory / name).is_file()]
        if missing:
            raise HuhangError("letter.fonts_missing", files="、".join(missing), directory=str(directory))
        fallback = Face(FALLBACK, directory / BUNDLED_FILES[FALLBACK])
        chains = []
        for role in ROLES:
            own = Face(role, directory / BUNDLED_FILES[role])
            chains.append((role, (own,) if role == FALLBACK else (own, fallback)))
        return cls(tuple(chains))

    @classmethod
    def choose(
        cls,
        *,
        official: bool = False,
        search_dirs: Sequence[Path] | None = None,
        directory: Path | None = None,
    ) -> FontSet:
        """Bundled faces; with ``official``, the installed official faces where found and usable.

        An official file that reportlab refuses (damaged, or its licence flags forbid embedding) counts as
        missing, so the letter still prints with the substitute rather than failing at the last moment.
        """
        base = cls.bundled(directory)
        if not official:
            return base
        found = find_official_fonts(search_dirs)
        for role, path in list(found.items()):
            try:
                register(path)
            except HuhangError:
                del found[role]
        chains = []
        for role, chain in base.chains:
            path = found.get(role)
            chains.append((role, chain if path is None else (Face(role, path, official=True), *chain)))
        missing = tuple(role for role in OFFICIAL_FILES if role not in found)
        return cls(tuple(chains), missing)

    def chain(self, role: str) -> tuple[Face, ...]:
        for name, faces in self.chains:
            if name == role:
                return faces
        raise KeyError(role)

    @functools.cached_property
    def _resolved(self) -> dict[str, tuple[tuple[str, dict[int, int]], ...]]:
        """Role → (registered name, cmap) per face: registering happens here, once, not per character."""
        return {
            role: tuple((face.font_name, _cmap(face.font_name)) for face in faces)
            for role, faces in self.chains
        }

    def font_name(self, role: str) -> str:
        """The registered name of the role's first face (the one metrics such as ascent come from)."""
        return self._resolved[role][0][0]

    def font_for(self, ch: str, role: str) -> str | None:
        """The first face of the role's chain that has ``ch``, or None when none does."""
        code = ord(ch)
        for name, cmap in self._resolved[role]:
            if cmap.get(code, 0) != 0:
                return name
        return None

    def describe(self) -> list[str]:
        """One line per role saying which file sets it, for the settings screen and the CLI."""
        lines = []
        for role, faces in self.chains:
            face = faces[0]
            source = "已安装的正式字体" if face.official else "内置替代字体"
            lines.append(f"{ROLE_NAMES[role]}：{face.path.name}（{source}）")
        if self.missing_official:
            names = "、".join(ROLE_NAMES[role] for role in self.missing_official)
            lines.append(f"未找到正式字体：{names}（使用内置替代字体）")
        return lines


def default_search_dirs() -> list[Path]:
    """Where Windows, macOS and Linux keep installed fonts, system-wide and per user."""
    home = Path.home()
    if sys.platform.startswith("win"):
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        dirs = [windir / "Fonts"]
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")  # per-user installs (Windows 10+)
        return dirs
    if sys.platform == "darwin":
        return [home / "Library" / "Fonts", Path("/Library/Fonts"), Path("/System/Library/Fonts")]
    return [
        home / ".fonts",
        home / ".local" / "share" / "fonts",
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
    ]


def find_official_fonts(search_dirs: Sequence[Path] | None = None) -> dict[str, Path]:
    """Role → path of each official face found; a role absent from the result is not installed.

    Only TrueType-outline files count: an OpenType/CFF file with the right name would fail later, when a
    letter is being issued, which is the worst moment to find out.
    """
    by_name: dict[str, Path] = {}
    for path in _font_files(search_dirs if search_dirs is not None else default_search_dirs()):
        by_name.setdefault(path.name.lower(), path)
    found: dict[str, Path] = {}
    for role, names in OFFICIAL_FILES.items():
        for name in names:
            path = by_name.get(name)
            if path is not None and _is_truetype(path):
                found[role] = path
                break
    return found


def missing_official_fonts(found: dict[str, Path]) -> list[str]:
    """The Chinese names of the official faces :func:`find_official_fonts` did not find."""
    return [ROLE_NAMES[role] for role in OFFICIAL_FILES if role not in found]


def _font_files(dirs: Iterable[Path]) -> Iterable[Path]:
    for directory in dirs:
        if not directory.is_dir():
            continue
        for root, subdirs, files in os.walk(directory):
            subdirs.sort()
            for name in sorted(files):
                if name.lower().endswith((".ttf", ".ttc")):
                    yield Path(root) / name


def _is_truetype(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) in _TRUETYPE_MAGIC
    except OSError:
        return False


# -- coverage --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Uncovered:
    """A character no available face can print, with the field and 1-based position where it occurs."""

    char: str
    field: str
    position: int

    @property
    def codepoint(self) -> str:
        return f"U+{ord(self.char):04X}"

    def describe(self) -> str:
        return f"“{self.char}”（{self.codepoint}，{self.field}第{self.position}字）"


def uncovered(spec: LetterSpec, fonts: FontSet | None = None) -> list[Uncovered]:
    """Every character of the printed letter that no face of its role's chain covers, in reading order."""
    fonts = fonts or FontSet.bundled()
    out = []
    for piece in compose(spec):
        position = 0
        for run in piece.runs:
            for ch in run.text:
                position += 1
                if ch != " " and fonts.font_for(ch, run.role) is None:
                    out.append(Uncovered(ch, piece.label, position))
    return out


def ensure_covered(spec: LetterSpec, fonts: FontSet | None = None) -> None:
    """Raise ``letter.uncovered_chars`` naming each unprintable character and where it is."""
    missing = uncovered(spec, fonts)
    if missing:
        chars = "".join(dict.fromkeys(item.char for item in missing))
        raise HuhangError(
            "letter.uncovered_chars",
            chars=chars,
            count=len(missing),
            places="；".join(item.describe() for item in missing),
        )
