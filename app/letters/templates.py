"""Default wording for the three kinds of letter: an officer starts from a complete, well-formed text.

Each kind follows the same skeleton officers expect: why we write (the occasion and the legal basis), the
problems found (or, for a joint inspection, what will be inspected), what we ask, by when, and how to reply.
Problems and requirements become （一）（二）… items under 一、二、 headings, which the renderer sets in
黑体/楷体. The officer edits the result freely; nothing here is binding.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from app.domain.dates import chinese_date
from app.letters.spec import KINDS, LetterSpec

_DIGITS = "零一二三四五六七八九"
_OWN_NUMBER = re.compile(r"^\s*(?:[（(][一二三四五六七八九十]+[）)]|\d+[.．、]|[一二三四五六七八九十]+、)\s*")
_BASIS = "《中华人民共和国监察法》《优化营商环境条例》等有关规定"


def chinese_numeral(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (item numbers of （一） headings)."""
    if not 1 <= n <= 99:
        raise ValueError(f"{n} is outside 1–99")
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _DIGITS[tens] + "十")
    return head + (_DIGITS[ones] if ones else "")


def numbered(items: Sequence[str]) -> list[str]:
    """（一）…（二）… items ending with a full stop; a number the officer typed is replaced."""
    out = []
    for index, item in enumerate(i for i in (_OWN_NUMBER.sub("", s).strip() for s in items) if i):
        text = item if item[-1] in "。；！？" else item + "。"
        out.append(f"（{chinese_numeral(index + 1)}）{text}")
    return out


def _contact(deadline: date, contact: str, phone: str, we: str, what: str) -> str:
    reply = f"请你单位于{chinese_date(deadline)}前将{what}书面反馈{we}。"
    person = "，".join(
        part for part in (f"联系人：{contact}" if contact else "", f"电话：{phone}" if phone else "") if part
    )
    return reply + (person + "。" if person else "")


def supervision_suggestion(
    *,
    problems: Sequence[str],
    requirements: Sequence[str],
    deadline: date,
    contact: str,
    phone: str = "",
    occasion: str = "优化营商环境专项监督检查",
    we: str = "我委",
) -> list[str]:
    """Body of a 监督建议书: problems found, the basis, the suggestions, the deadline and how to reply."""
    return [
        f"{we}在{occasion}中发现，你单位在优化营商环境工作中存在一些问题，影响企业的获得感和满意度。"
        f"根据{_BASIS}，现将有关问题及监督建议函告如下。",
        "一、存在的问题",
        *numbered(problems),
        "二、监督建议",
        *numbered(requirements),
        "三、整改期限和反馈方式",
        "请你单位高度重视，认真研究，逐项制定整改措施，明确责任人和完成时限，举一反三，建立健全长效机制。"
        + _contact(deadline, contact, phone, we, "整改情况"),
    ]


def reminder(
    *,
    problems: Sequence[str],
    requirements: Sequence[str],
    deadline: date,
    contact: str,
    phone: str = "",
    occasion: str = "日常监督",
    we: str = "我委",
) -> list[str]:
    """Body of a 提醒函: early signs worth correcting now, what to do about them, when to report back."""
    return [
        f"{we}在{occasion}中了解到，你单位在服务企业、优化营商环境方面存在以下苗头性、倾向性问题。"
        f"根据{_BASIS}，现予以提醒。",
        "一、需要关注的问题",
        *numbered(problems),
        "二、工作要求",
        *numbered(requirements),
        "三、反馈要求",
        "请你单位对照上述问题认真开展自查自纠，防止问题反弹回潮。"
        + _contact(deadline, contact, phone, we, "自查整改情况"),
    ]


def joint_inspection(
    *,
    problems: Sequence[str],
    requirements: Sequence[str],
    deadline: date,
    contact: str,
    phone: str = "",
    occasion: str = "营商环境监督工作安排",
    we: str = "我委",
) -> list[str]:
    """Body of a 联合体检通知单: one joint visit (“组团式体检”) instead of several separate inspections.

    Here ``problems`` are the matters to inspect and ``requirements`` what the addressee must prepare.
    """
    return [
        f"根据{occasion}，为减少对企业正常生产经营的干扰，落实“进一次门、查多项事”的要求，"
        f"{we}将会同有关部门开展营商环境联合检查（“组团式体检”）。现将有关事项通知如下。",
        "一、体检事项",
        *numbered(problems),
        "二、工作要求",
        *numbered(requirements),
        "三、时间安排和联系方式",
        "联合检查期间，请你单位统筹安排参检人员，不得另行单独入企检查。"
        + _contact(deadline, contact, phone, we, "参检人员名单及有关材料"),
    ]


_BODIES = {"监督建议书": supervision_suggestion, "提醒函": reminder, "联合体检通知单": joint_inspection}
_TITLES = {
    "监督建议书": "关于{addressee}优化营商环境有关问题的监督建议书",
    "提醒函": "关于{addressee}优化营商环境有关问题的提醒函",
    "联合体检通知单": "关于开展营商环境联合检查（“组团式体检”）的通知单",
}


def default_body(
    kind: str,
    *,
    problems: Sequence[str],
    requirements: Sequence[str],
    deadline: date,
    contact: str,
    phone: str = "",
    we: str = "我委",
    occasion: str | None = None,
) -> list[str]:
    """The default body paragraphs for ``kind`` (one of :data:`app.letters.spec.KINDS`)."""
    if kind not in KINDS:
        raise ValueError(f"unknown letter kind {kind!r}")
    extra = {"occasion": occasion} if occasion else {}
    return _BODIES[kind](
        problems=problems,
        requirements=requirements,
        deadline=deadline,
        contact=contact,
        phone=phone,
        we=we,
        **extra,
    )


def default_title(kind: str, addressee: str) -> str:
    return _TITLES[kind].format(addressee=addressee.strip())


def draft_spec(
    kind: str,
    *,
    organ: str,
    addressee: str,
    problems: Sequence[str],
    requirements: Sequence[str],
    deadline: date,
    contact: str,
    letter_date: date,
    phone: str = "",
    number: str = "",
    title: str | None = None,
    cc: Sequence[str] = (),
    attachments: Sequence[str] = (),
    signature: Sequence[str] | None = None,
    occasion: str | None = None,
) -> LetterSpec:
    """A complete draft letter with the default title and body; the signature defaults to the organ."""
    return LetterSpec(
        kind=kind,
        organ=organ,
        number=number,
        title=title or default_title(kind, addressee),
        addressee=addressee,
        body=tuple(
            default_body(
                kind,
                problems=problems,
                requirements=requirements,
                deadline=deadline,
                contact=contact,
                phone=phone,
                occasion=occasion,
            )
        ),
        deadline=deadline,
        signature=tuple(signature if signature is not None else (organ,)),
        date=letter_date,
        cc=tuple(cc),
        attachments=tuple(attachments),
    )
