"""Unified social credit code (统一社会信用代码), GB 32100-2015.

18 characters from a 31-character alphabet: registration authority (1), category (2), division code
(3–8), organisation code per GB 11714 (9–17) and a check character (18).
"""

from __future__ import annotations

from app.errors import Problem

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def normalise(raw: str) -> str:
    """Upper-case, strip spaces and full-width forms people paste from documents."""
    text = raw.strip().upper()
    text = text.translate({cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)})  # full-width → ASCII
    return "".join(text.split())


def check_character(first17: str) -> str:
    total = sum(_VALUE[ch] * w for ch, w in zip(first17, _WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def org_check_character(first8: str) -> str | None:
    """The GB 11714 check for the organisation code body, or None if it has characters it cannot value."""
    total = 0
    for ch, w in zip(first8, _ORG_WEIGHTS, strict=True):
        if ch.isdigit():
            value = int(ch)
        elif "A" <= ch <= "Z":
            value = ord(ch) - ord("A") + 10
        else:
            return None
        total += value * w
    c = 11 - total % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def validate(raw: str, field: str = "uscc") -> list[Problem]:
    """Problems with a code; errors refuse it, a warning only asks the user to check it."""
    value = normalise(raw)
    if not value:
        return [Problem("required", field)]
    bad = [(i + 1, ch) for i, ch in enumerate(value) if ch not in _VALUE]
    if bad:
        return [
            Problem(
                "uscc.chars",
                field,
                {
                    "value": value,
                    "chars": "、".join(ch for _, ch in bad),
                    "positions": "、".join(str(i) for i, _ in bad),
                },
            )
        ]
    if len(value) != 18:
        return [Problem("uscc.length", field, {"value": value, "length": len(value)})]
    expected = check_character(value[:17])
    if value[17] != expected:
        return [Problem("uscc.check", field, {"value": value, "expected": expected, "actual": value[17]})]
    org_expected = org_check_character(value[8:16])
    if org_expected is not None and value[16] != org_expected:
        return [Problem("uscc.org_check", field, {"value": value, "expected": org_expected}, "warning")]
    return []


def make(prefix17: str) -> str:
    """Complete 17 characters with their check character (for demo data and tests)."""
    return prefix17 + check_character(prefix17)


def make_org_code(body8: str) -> str:
    """Complete an 8-character organisation code body with its GB 11714 check character."""
    check = org_check_character(body8)
    assert check is not None
    return body8 + check
