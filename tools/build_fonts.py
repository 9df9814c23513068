#!/usr/bin/env python3
"""Build the Chinese fonts in resources/fonts/ from open-licensed sources.

reportlab's ``TTFont`` reads TrueType (``glyf``) outlines only, while the free
Chinese fonts available as Debian packages ship PostScript (CFF) outlines.
This script subsets each source font to the repertoire an official letter
needs, converts the cubic CFF outlines to quadratic TrueType outlines, renames
the result (so it is clearly a modified version) and writes it
deterministically: rebuilding from the same sources gives identical bytes.

Sources (Debian 12 packages, extract with ``apt-get download PKG`` and
``dpkg-deb -x PKG.deb DIR``; nothing needs to be installed):

* ``texlive-lang-chinese``: Fandol fonts, ``.../fonts/opentype/public/fandol/``
* ``fonts-noto-cjk`` and ``fonts-noto-cjk-extra``: ``NotoSerifCJK-*.ttc``
* ``unicode-data``: ``Unihan_OtherMappings.txt.bz2`` (its ``kTGH`` field lists
  the 8105 characters of the Table of General Standard Chinese Characters)
  and ``Unihan_Variants.txt.bz2`` (``kSimplifiedVariant``)

Usage::

    python tools/build_fonts.py SOURCE_DIR [--out resources/fonts]

SOURCE_DIR is searched recursively for the files named in ``FACES`` and for
the Unihan files. Requires fontTools (``pip install fonttools``).
"""

import argparse
import bz2
import pathlib
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

# Output file stem -> (source file name, face index in a .ttc, repertoire).
# Repertoires are described in repertoire(); characters missing from a
# source font are skipped.  Face 2 of a Noto CJK .ttc is Simplified Chinese
# (the order is JP, KR, SC, TC, HK).
FACES = {
    "HuhangFang": ("FandolFang-Regular.otf", 0, "wide"),
    "HuhangSongTitle": ("FandolSong-Bold.otf", 0, "gb2312"),
    "HuhangHei": ("FandolHei-Regular.otf", 0, "wide"),
    "HuhangKai": ("FandolKai-Regular.otf", 0, "wide"),
    "HuhangFallback": ("NotoSerifCJK-Regular.ttc", 2, "widest"),
}

# Code point ranges always kept (where the source has a glyph).
BASE_RANGES = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 punctuation and symbols (· × ÷ § °)
    (0x2000, 0x206F),  # General punctuation (— ‘ ’ “ ” … ‰ ※)
    (0x2100, 0x218F),  # Letterlike symbols and number forms (℃ № Ⅰ-Ⅻ)
    (0x2460, 0x24FF),  # Enclosed alphanumerics (①-⑳ ⑴ ⒈)
    (0x3000, 0x303F),  # CJK symbols and punctuation (、。〈〉《》「」〔〕)
    (0x3200, 0x32FF),  # Enclosed CJK letters (㈠-㈩)
    (0xFF00, 0xFFEF),  # Half-width and full-width forms
]

MAX_ERR = 1.0  # Maximum cubic-to-quadratic approximation error, font units.
DROP_TABLES = ["GSUB", "GPOS", "GDEF", "BASE", "VORG", "vhea", "vmtx",
               "DSIG", "meta", "JSTF", "MATH"]


def gb2312_chars():
    """Return every character encodable in GB 2312 (all 94x94 code points)."""
    chars = set()
    for row in range(0xA1, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.add(ord(bytes((row, cell)).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    return chars


def gbk_hanzi():
    """Return the CJK ideographs encodable in GBK (20,923 with Python)."""
    chars = set()
    for cp in list(range(0x3400, 0xA000)) + list(range(0xF900, 0xFB00)):
        try:
            chr(cp).encode("gbk")
        except UnicodeEncodeError:
            continue
        chars.add(cp)
    return chars


def unihan_field(unihan_dir, file_name, field):
    """Return {code point: value} for one field of a Unihan data file."""
    path = find(unihan_dir, file_name + "*")
    opener = bz2.open if path.suffix == ".bz2" else open
    values = {}
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[1] == field:
                values[int(parts[0][2:], 16)] = parts[2]
    return values


def general_standard_chars(unihan_dir):
    """Return the 8105 characters of the Table of General Standard Chinese
    Characters (2013), i.e. those with a Unihan ``kTGH`` value."""
    chars = set(unihan_field(unihan_dir, "Unihan_OtherMappings.txt", "kTGH"))
    if len(chars) != 8105:
        sys.exit(f"expected 8105 kTGH entries in Unihan, got {len(chars)}")
    return chars


def traditional_forms(unihan_dir):
    """Return the characters whose Unihan ``kSimplifiedVariant`` lists only
    other characters (traditional forms such as 國 for 国)."""
    variants = unihan_field(unihan_dir, "Unihan_Variants.txt",
                            "kSimplifiedVariant")
    return {cp for cp, value in variants.items()
            if cp not in {int(v[2:], 16) for v in value.split()}}


def repertoire(kind, unihan_dir):
    """Return the set of code points requested for a repertoire kind.

    ``gb2312``: BASE_RANGES + GB 2312.  ``wide``: that + the 8105 general
    standard characters.  ``widest``: that + the GBK ideographs that are not
    traditional forms (all of GBK would not fit in 8 MB as TrueType).
    """
    chars = {cp for lo, hi in BASE_RANGES for cp in range(lo, hi + 1)}
    chars |= gb2312_chars()
    if kind in ("wide", "widest"):
        chars |= general_standard_chars(unihan_dir)
    if kind == "widest":
        chars |= gbk_hanzi() - traditional_forms(unihan_dir)
    return chars


def subset_font(font, unicodes):
    """Subset ``font`` to ``unicodes``, dropping tables reportlab ignores."""
    options = subset.Options()
    options.layout_features = []
    options.drop_tables += DROP_TABLES
    options.hinting = False
    options.desubroutinize = True
    options.glyph_names = False
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]
    options.name_languages = [0x409]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)


def cff_to_glyf(font):
    """Replace the CFF outlines of ``font`` by quadratic TrueType ones."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(tt_pen, MAX_ERR, reverse_direction=True))
        glyphs[name] = tt_pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    del font["CFF "]
    glyf.compile(font)  # Computes glyph bounding boxes.

    hmtx = font["hmtx"]
    for name, glyph in glyphs.items():
        width = hmtx[name][0]
        hmtx[name] = (width, getattr(glyph, "xMin", 0))

    # TrueType needs maxp version 1.0; point and contour maxima are
    # recalculated from glyf when the font is saved.
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements",
                 "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 0)

    post = font["post"]
    post.formatType = 3.0  # No glyph names: smaller, and reportlab needs none.
    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font, family, source_desc):
    """Give ``font`` the family, full and PostScript name ``family``."""
    name = font["name"]
    version = font["head"].fontRevision
    records = {
        1: family,
        2: "Regular",
        3: f"{version:.3f};{family}",
        4: family,
        5: f"Version {version:.3f}; {family}: subset of {source_desc}, "
           "converted to TrueType outlines",
        6: family,
    }
    name.names = [r for r in name.names if r.nameID in (0, 13, 14)]
    for name_id, text in records.items():
        name.setName(text, name_id, 3, 1, 0x409)
        name.setName(text, name_id, 1, 0, 0)
    # The renamed face is a standalone family with a single, regular style:
    # clear the ITALIC (bit 0) and BOLD (bit 5) flags, set REGULAR (bit 6).
    os2 = font["OS/2"]
    os2.fsSelection = (os2.fsSelection & ~0b0100001) | 0b1000000
    font["head"].macStyle = 0


def find(source_dir, file_name):
    """Return the first file matching ``file_name`` below ``source_dir``."""
    matches = sorted(source_dir.rglob(file_name))
    if not matches:
        sys.exit(f"{file_name} not found under {source_dir}")
    return matches[0]


def build(stem, source_path, index, unicodes, out_dir):
    """Build one output font and return its path."""
    font = TTFont(source_path, fontNumber=index, recalcTimestamp=False)
    source_desc = font["name"].getDebugName(4)
    source_desc += f" {font['head'].fontRevision:.3f} ({source_path.name})"
    subset_font(font, unicodes)
    cff_to_glyf(font)
    rename(font, stem, source_desc)
    out_path = out_dir / f"{stem}.ttf"
    # head.created/modified keep the source font's values (recalcTimestamp
    # is off), so the output depends on the inputs only.
    font.save(out_path, reorderTables=True)
    return out_path


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("source_dir", type=pathlib.Path)
    parser.add_argument("--out", type=pathlib.Path, default=pathlib.Path(
        __file__).resolve().parent.parent / "resources" / "fonts")
    parser.add_argument("--only", nargs="*", choices=sorted(FACES),
                        help="build only these faces")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for stem, (file_name, index, kind) in FACES.items():
        if args.only and stem not in args.only:
            continue
        path = build(stem, find(args.source_dir, file_name), index,
                     repertoire(kind, args.source_dir), args.out)
        print(f"{path}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
