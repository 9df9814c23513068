"""GB/T 9704-2012 (党政机关公文格式) geometry as named numbers.

Every length is in PDF points (1/72 inch) with the millimetre value and the element of the standard it
comes from (as summarised in the project's reference/gbt9704.md), so that a reviewer can hold this file
against the standard. Coordinates follow PDF: the origin is the bottom-left corner of the page and y grows
upwards.

The standard fixes a grid: 22 lines of 28 characters of 3号 (16 pt) type in a 156 × 225 mm type area. 28 ×
16 pt is 448 pt but 156 mm is only 442.2 pt, so the characters are set slightly condensed (about −0.21 pt
of character spacing, what word processors do with a "character grid"), and the line pitch is 225 mm / 22 ≈
28.99 pt.
"""

from __future__ import annotations

from typing import Final

MM: Final = 72 / 25.4
"""Points per millimetre."""


def mm(value: float) -> float:
    """Millimetres to points."""
    return value * MM


# -- paper and type area (幅面, 版心) -------------------------------------------------------------------
PAGE_WIDTH: Final = mm(210)  # A4
PAGE_HEIGHT: Final = mm(297)
TOP_MARGIN: Final = mm(37)  # 天头 37 ± 1 mm
LEFT_MARGIN: Final = mm(28)  # 订口 28 ± 1 mm
TYPE_WIDTH: Final = mm(156)  # 版心 156 × 225 mm
TYPE_HEIGHT: Final = mm(225)

TYPE_LEFT: Final = LEFT_MARGIN
TYPE_RIGHT: Final = LEFT_MARGIN + TYPE_WIDTH  # right margin ≈ 26 mm
TYPE_TOP: Final = PAGE_HEIGHT - TOP_MARGIN
TYPE_BOTTOM: Final = TYPE_TOP - TYPE_HEIGHT  # bottom margin ≈ 35 mm

# -- the grid (字体和字号, 行数和字数) ----------------------------------------------------------
LINES_PER_PAGE: Final = 22
CHARS_PER_LINE: Final = 28
LINE_PITCH: Final = TYPE_HEIGHT / LINES_PER_PAGE  # ≈ 28.99 pt; every element sits on this grid
BODY_SIZE: Final = 16.0  # 3号
CHAR_PITCH: Final = TYPE_WIDTH / CHARS_PER_LINE  # ≈ 15.79 pt
BODY_CHAR_SPACE: Final = CHAR_PITCH - BODY_SIZE  # ≈ −0.21 pt, so exactly 28 full-width characters fit
INDENT_CHARS: Final = 2  # each paragraph starts two characters in (正文)

# -- font sizes (Chinese 号 sizes, see reference table) ----------------------------------------------------
TITLE_SIZE: Final = 22.0  # 标题 2号小标宋 (标题)
COLOPHON_SIZE: Final = 14.0  # 抄送/印发 4号仿宋 (抄送机关, 印发机关和印发日期)
PAGE_NUMBER_SIZE: Final = 14.0  # 页码 4号半角宋体阿拉伯数字 (页码)

# -- 版头 letterhead (发文机关标志, 发文字号, 分隔线) -----------------------------------------
ORGAN_MARK_OFFSET: Final = mm(35)  # mark's top edge 35 mm below the top of the type area
ORGAN_MARK_MAX_SIZE: Final = 42.0  # 初号; no size is fixed by the standard, this is the common choice
ORGAN_MARK_MIN_SIZE: Final = 22.0  # a long name shrinks to fit one line down to 2号, then wraps
NUMBER_LINES_BELOW_MARK: Final = 2  # 发文字号 两行 below the mark
RED_RULE_GAP: Final = mm(4)  # red rule 4 mm below the number
RED_RULE_WIDTH: Final = mm(0.5)  # thickness is not fixed by the standard; common templates use about 0.5 mm
TITLE_LINES_BELOW_RULE: Final = 2  # title 空二行 below the red rule (标题)
RED: Final = (0.9, 0.0, 0.0)  # the organ mark and rule; printers render this as a clear official red

# -- 正文 and what follows ---------------------------------------------------------------------------
ATTACHMENT_BLANK_LINES: Final = 1  # 附件说明: one blank line below the body, two characters in
SIGNATURE_BLANK_LINES: Final = 1  # unsealed: signature one blank line below body/附件说明
SIGNATURE_RIGHT_CHARS: Final = 2  # 右空二字
DATE_SHIFT_CHARS: Final = 2  # date's first character two characters right of the signature's first

# -- 版记 colophon (抄送机关, 印发机关和印发日期) -------------------------------------------
COLOPHON_OUTER_RULE: Final = mm(0.35)  # first and last rule
COLOPHON_INNER_RULE: Final = mm(0.25)  # rules between colophon elements
COLOPHON_SIDE_CHARS: Final = 1  # 抄送 and 印发 lines: one character in from each side
# Space kept between the date line and the colophon for the real seal: a 42 mm seal centred a little above the
# signature and date (they sit "居印章中心偏下") ends about 6–7 mm below the date line, inside one grid line.
SEAL_CLEARANCE: Final = LINE_PITCH

# -- 页码 page number (页码) --------------------------------------------------------------------------------
PAGE_NUMBER_GAP: Final = mm(7)  # the number line's top 7 mm below the type area
PAGE_NUMBER_SIDE_CHARS: Final = 1  # odd pages right, even pages left, one character in

# -- QR code on issued letters (not part of the standard) -------------------------------------------------
QR_SIZE: Final = mm(18)  # small enough to stay out of the way, large enough for a phone camera at 600 dpi
QR_GAP: Final = mm(3)  # clear space between the code and the colophon's first rule (the quiet zone)

# -- tolerances ---------------------------------------------------------------------------------------------
FIT_FUZZ: Final = 0.01  # points; floating-point slack when asking "does this line/page still fit"
