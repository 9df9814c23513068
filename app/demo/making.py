"""Making one plausible enterprise or visit from a seeded random generator.

The rules follow what real Guangzhou records look like: a USCC whose division code is the district's
own or 440101 (registered at city level), registration authority 9 (市场监管) with category 1 (企业),
2 (个体工商户) or 3 (农民专业合作社), and a correct organisation-code check; a name made of 广州 + 字号 +
行业词 + 有限公司; a mobile number or a 020 landline. Every choice comes from the one generator, in a fixed
order, so the same seed gives the same data.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from itertools import accumulate
from typing import Any

from app.demo import words
from app.domain import districts, uscc

_ORG_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # what USCCs use, so the organisation code fits in one
_CODES = tuple(districts.DISTRICTS)
_SUFFIXES = ("有限公司",) * 9 + ("股份有限公司",)
_SOLE_TRADER_INDUSTRY = {"餐饮店": "住宿和餐饮业", "汽车维修店": "居民服务、修理和其他服务业"}


class Weighted:
    """A fixed list of choices with weights, drawn with :meth:`random.Random.choices` (one draw each)."""

    def __init__(self, pairs: Sequence[tuple[Any, int]]) -> None:
        self.values = [value for value, _ in pairs]
        self.cumulative = list(accumulate(weight for _, weight in pairs))

    def draw(self, rng: random.Random) -> Any:
        return rng.choices(self.values, cum_weights=self.cumulative)[0]


_OWNERSHIP = Weighted(words.OWNERSHIP)
_SIZES = Weighted(words.SIZES)
_TAGS = Weighted(words.TAG_WEIGHTS)
_INDUSTRIES = Weighted([((name, terms), weight) for name, terms, weight in words.INDUSTRIES])
_KINDS = Weighted(words.KIND_WEIGHTS)
_SATISFACTION = Weighted(words.SATISFACTION)
_NOTES = Weighted((("", 90), ("重点服务企业", 4), ("已纳入“白名单”管理", 3), ("2025年新设企业", 3)))


def person(rng: random.Random) -> str:
    return rng.choice(words.SURNAMES) + rng.choice(words.GIVEN)


def phone(rng: random.Random) -> str:
    if rng.random() < 0.8:
        return rng.choice(words.MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"
    return f"020-{rng.choice('238')}{rng.randrange(10**7):07d}"


class EnterpriseMaker:
    """Makes enterprises whose names and USCCs are unique within one run."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.names: set[str] = set()
        self.codes: set[str] = set()

    def make(self) -> dict[str, Any]:
        rng = self.rng
        district = rng.choice(_CODES)
        ownership = _OWNERSHIP.draw(rng)
        category = "2" if ownership == "个体" else ("3" if rng.random() < 0.01 else "1")
        registered_at = "440101" if category == "1" and rng.random() < 0.3 else district
        name, industry = self._name(district, category, ownership)
        size = "微型" if category != "1" else _SIZES.draw(rng)
        tags = self._tags(industry) if category == "1" else []
        if "上市企业" in tags:
            size = "大型"
        return {
            "name": name, "uscc": self._uscc(category, registered_at), "district": district,
            "address": self._address(district), "industry": industry, "ownership": ownership, "size": size,
            "tags": tags, "contact": person(rng), "phone": phone(rng), "notes": _NOTES.draw(rng),
        }

    def _uscc(self, category: str, division: str) -> str:
        rng = self.rng
        while True:
            if rng.random() < 0.7:  # organisation codes issued since 2015 start with MA
                body = "MA" + rng.choice("59") + "".join(rng.choice(_ORG_CHARS) for _ in range(5))
            else:
                body = f"{rng.randrange(10**8):08d}"
            code = uscc.make("9" + category + division + uscc.make_org_code(body))
            if code not in self.codes:
                self.codes.add(code)
                return code

    def _name(self, district: str, category: str, ownership: str) -> tuple[str, str]:
        rng = self.rng
        area = districts.name_of(district)
        for attempt in range(100):
            trade = "".join(rng.sample(words.TRADE_CHARS, 3 if attempt > 20 else 2))
            if category == "2":
                term = rng.choice(words.SOLE_TRADER_WORDS)
                name, industry = f"广州市{area}{trade}{term}", _SOLE_TRADER_INDUSTRY.get(term, "批发和零售业")
            elif category == "3":
                term = rng.choice(words.COOPERATIVE_WORDS)
                name, industry = f"广州市{area}{trade}{term}", "农、林、牧、渔业"
            else:
                industry, terms = _INDUSTRIES.draw(rng)
                prefix = rng.choice(("广州", "广州市", f"广州市{area}"))
                suffix = "集团有限公司" if ownership == "国有" else rng.choice(_SUFFIXES)
                name = f"{prefix}{trade}{rng.choice(terms)}{suffix}"
            if name not in self.names:
                self.names.add(name)
                return name, industry
        raise RuntimeError("demo names exhausted")  # 80 characters give far more names than anyone asks for

    def _address(self, district: str) -> str:
        rng = self.rng
        road = rng.choice(words.ROADS[district])
        street = f"广州市{districts.name_of(district)}{road}{rng.randint(1, 999)}号"
        building = rng.choice(words.BUILDINGS)
        if building:
            return f"{street}{building}{rng.randint(2, 38)}{rng.randint(1, 20):02d}室"
        style = rng.random()
        if style < 0.4:
            return f"{street}{rng.randint(1, 12)}栋{rng.randint(1, 9)}0{rng.randint(1, 9)}室"
        if style < 0.6:
            return f"{street}之{rng.randint(1, 30)}"
        return street

    def _tags(self, industry: str) -> list[str]:
        rng = self.rng
        count = rng.choices((0, 1, 2), weights=(55, 33, 12))[0]
        tags: list[str] = []
        for _ in range(6):
            if len(tags) >= count:
                break
            tag = _TAGS.draw(rng)
            tech = tag in ("高新技术企业", "专精特新", "科技型中小企业")
            if tag not in tags and (industry in words.TECH_INDUSTRIES or not tech):
                tags.append(tag)
        return tags


def officer_pool(rng: random.Random, size: int = 24) -> list[str]:
    names: list[str] = []
    while len(names) < size:
        name = person(rng)
        if name not in names:
            names.append(name)
    return names


def make_visit(rng: random.Random, *, enterprise_id: str, district: str, officers: Sequence[str],
               today: date) -> dict[str, Any]:
    """A visit within the 12 months before ``today``, on a weekday, in office hours."""
    kind = _KINDS.draw(rng)
    day = today - timedelta(days=rng.randint(1, 365))
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    hour, minute = (rng.randint(9, 10), rng.choice((0, 10, 20, 30))) if rng.random() < 0.55 else \
        (rng.randint(14, 16), rng.choice((0, 10, 20, 30, 40)))
    start = datetime(day.year, day.month, day.day, hour, minute)
    end = start + timedelta(minutes=10 * rng.randint(4, 15))
    prefix = "市" if district == districts.CITY else districts.name_of(district)
    wanted = {"联合检查": rng.randint(2, 3), "列席执法检查": 1}.get(kind, rng.choice((0, 0, 1, 2)))
    departments = [prefix + d for d in rng.sample(words.DEPARTMENTS, wanted)]
    dept = departments[0] if departments else "相关部门"
    purpose = rng.choice(words.PURPOSES[kind]).format(topic=rng.choice(words.TOPICS), dept=dept)
    findings = "；".join(f.format(dept=dept) for f in rng.sample(words.FINDINGS, rng.randint(1, 3))) + "。"
    demands = rng.sample(words.DEMANDS, rng.choices((0, 1, 2), weights=(45, 40, 15))[0])
    follow_up = (day + timedelta(days=rng.randint(14, 30))).isoformat() if demands else ""
    return {
        "enterprise_id": enterprise_id, "kind": kind,
        "started_at": start.strftime("%Y-%m-%d %H:%M"), "ended_at": end.strftime("%Y-%m-%d %H:%M"),
        "officers": rng.sample(list(officers), rng.randint(1, 3)), "departments": departments,
        "purpose": purpose, "findings": findings, "demands": demands,
        "satisfaction": _SATISFACTION.draw(rng), "follow_up_on": follow_up,
    }
