"""Demo letters: a few of each kind in every state, made from the demo ledger through the service API.

Each letter is drafted from open ledger entries of one responsible department (as an officer would),
then issued, delivered, answered and closed as far as its state needs. One issued letter has a
deadline already past and no reply, so the dashboard has something to chase.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from app.domain.letter import KINDS
from app.services import Services

DEMO_ORGAN = "中共广州市天河区纪律检查委员会"
DEMO_PREFIXES = {"监督建议书": "穗天纪建", "提醒函": "穗天纪提", "联合体检通知单": "穗天纪检"}
# The states a demo letter ends in, in order; the list repeats to make ``count`` letters.
STATES = ("草稿", "已签发", "已送达", "已反馈", "已办结", "回复逾期")
CONTACTS = ("李明，电话：020-83001234", "陈静，电话：020-38926675", "黄志强，电话：020-87651190")
REQUIREMENTS = (
    "严格落实办理时限承诺，建立超时预警和督办机制",
    "对企业反映的问题逐项核查，明确责任人和完成时限",
    "举一反三开展自查，防止同类问题反复发生",
    "畅通企业诉求反映渠道，及时反馈办理结果",
)


def write_letters(services: Services, count: int, *, seed: int, today: date) -> int:
    """Make ``count`` letters (default organ and prefixes set only where the profile has none)."""
    if count <= 0:
        return 0
    rng = random.Random(seed + 9704)
    if not services.get_setting("organ_name"):
        services.set_settings(organ_name=DEMO_ORGAN)
    if not services.get_setting("letter_prefixes"):
        services.set_settings(letter_prefixes=DEMO_PREFIXES)
    groups = _entries_by_department(services)
    if not groups:
        return 0
    made = 0
    for index in range(count):
        state = STATES[index % len(STATES)]
        department, entry_ids = groups[index % len(groups)]
        kind = KINDS[(index + index // len(STATES)) % len(KINDS)] if state != "回复逾期" else "提醒函"
        letter_date = today - timedelta(days=rng.randint(20, 60))
        deadline = letter_date + timedelta(days=15 if state == "回复逾期" else rng.randint(30, 60))
        letter_id = services.create_letter(
            kind=kind, entry_ids=tuple(entry_ids[:3]), addressee=department,
            requirements="\n".join(rng.sample(REQUIREMENTS, 2)), reply_contact=rng.choice(CONTACTS),
            deadline=deadline.isoformat(), letter_date=letter_date.isoformat(),
            cc=["区优化营商环境工作领导小组办公室"], letterhead=index % 2 == 0).id
        made += 1
        if state == "草稿":
            continue
        services.issue_letter(letter_id)
        steps = {"已送达": 1, "已反馈": 2, "已办结": 3}.get(state, 0)
        delivered = letter_date + timedelta(days=rng.randint(1, 3))
        if steps >= 1:
            services.letter_action(letter_id, action="deliver", on=delivered.isoformat(),
                                   receiver=rng.choice(("张科长", "办公室王主任", "刘股长")))
        if steps >= 2:
            services.letter_action(letter_id, action="reply", on=(delivered + timedelta(days=14)).isoformat(),
                                   content="已对照监督建议逐项整改，建立了办理时限预警机制，整改情况详见附件。")
        if steps >= 3:
            services.letter_action(letter_id, action="close", on=(delivered + timedelta(days=20)).isoformat())
    return made


def _entries_by_department(services: Services) -> list[tuple[str, list[str]]]:
    """Departments with open, dispatched entries, and those entries (most entries first)."""
    rows = services.db.execute(
        "SELECT department, id FROM ledger_entries WHERE deleted_at IS NULL AND department != '' "
        "AND status != '已办结' ORDER BY department, accepted_on").fetchall()
    groups: dict[str, list[str]] = {}
    for department, entry_id in rows:
        groups.setdefault(department, []).append(entry_id)
    return sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))
