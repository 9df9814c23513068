"""Guangzhou's administrative divisions (行政区划码), as stored on an enterprise.

Officers type a name (天河区, 天河), a code (440106) or an old name from before the 2014 reform
(萝岗区, 增城市, 从化市); the store always keeps the current code.
"""

from __future__ import annotations

CITY = "440100"

# Current districts, in the order the city lists them.
DISTRICTS: dict[str, str] = {
    "440103": "荔湾区",
    "440104": "越秀区",
    "440105": "海珠区",
    "440106": "天河区",
    "440111": "白云区",
    "440112": "黄埔区",
    "440113": "番禺区",
    "440114": "花都区",
    "440115": "南沙区",
    "440117": "从化区",
    "440118": "增城区",
}

NAMES: dict[str, str] = {CITY: "广州市（市本级）", **DISTRICTS}

# Historic or registration-only codes and names, mapped to where they belong today.
_SUCCESSORS: dict[str, str] = {
    "440101": CITY,  # 市辖区: the code city-level registrations carry
    "440116": "440112",  # 萝岗区 merged into 黄埔区 in 2014
    "440183": "440118",  # 增城市 became 增城区 in 2014
    "440184": "440117",  # 从化市 became 从化区 in 2014
}
_OLD_NAMES: dict[str, str] = {
    "广州市": CITY,
    "广州": CITY,
    "市本级": CITY,
    "广州市市辖区": CITY,
    "市辖区": CITY,
    "萝岗区": "440112",
    "萝岗": "440112",
    "增城市": "440118",
    "从化市": "440117",
}


def to_code(value: str) -> str | None:
    """The current code for a name or code, or None if it is not a Guangzhou district."""
    text = "".join(value.split())
    if not text:
        return None
    if text.isdigit():
        text = _SUCCESSORS.get(text, text)
        return text if text in NAMES else None
    if text in _OLD_NAMES:
        return _OLD_NAMES[text]
    for code, name in NAMES.items():
        if text == name or text + "区" == name or text == name.removesuffix("区"):
            return code
    return None


def name_of(code: str | None) -> str:
    return NAMES.get(code or "", code or "")
