"""Letters (文书): drafts, issuing with a unique 文号, the issued PDF, delivery, reply and closing."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from app.domain import letter
from app.errors import HuhangError, NotFound, Problem, ValidationFailed
from app.letters import templates
from app.services.attachments import AttachmentService
from app.services.base import Changes, decode_row
from app.services.rectifications import RectificationService

LINKABLE = ("ledger_entries", "rectifications")


class LetterService(RectificationService, AttachmentService):
    # -- drafts -------------------------------------------------------------------------------------

    def letter_prefixes(self) -> dict[str, str]:
        return {**letter.DEFAULT_PREFIXES, **(self.get_setting("letter_prefixes") or {})}

    def _check_letter(self, fields: dict[str, Any]) -> dict[str, Any]:
        clean, problems = letter.clean(fields)
        if problems:
            raise ValidationFailed(problems)
        return clean

    def create_letter(
        self,
        *,
        kind: str,
        entry_ids: tuple[str, ...] = (),
        rectification_ids: tuple[str, ...] = (),
        **fields: Any,
    ) -> Changes:
        """A new draft; problems are prefilled from the linked ledger entries and rectification items."""
        if "problems" not in fields:
            fields["problems"] = self._problems_from(entry_ids, rectification_ids)
        fields.setdefault("organ", self.get_setting("organ_name") or "")
        fields.setdefault("signature", [fields["organ"]] if fields["organ"] else [])
        fields.setdefault("letter_date", date.today().isoformat())
        fields.setdefault("deadline", (date.today() + timedelta(days=30)).isoformat())
        clean = self._check_letter({"kind": kind, **fields})
        if not clean.get("title") and clean.get("addressee"):
            clean["title"] = templates.default_title(kind, clean["addressee"])
        if not clean.get("body"):
            clean["body"] = template_body(clean)
        with self.transaction():
            letter_id = self._insert("letters", {**clean, "status": "草稿"})
            for table, ids in (("ledger_entries", entry_ids), ("rectifications", rectification_ids)):
                for target in ids:
                    self._link(letter_id, table, target)
        return Changes(frozenset({"letters", "links"}), (letter_id,))

    def _problems_from(self, entry_ids: tuple[str, ...], rectification_ids: tuple[str, ...]) -> list[str]:
        problems = []
        for entry_id in entry_ids:
            entry = self._record("ledger_entries", entry_id)
            text = entry["summary"]
            if entry["details"] and entry["details"] != text:
                text = f"{text}。{entry['details']}".replace("。。", "。")
            problems.append(text)
        for item_id in rectification_ids:
            problems.append(self._record("rectifications", item_id)["text"])
        return problems

    def _link(self, letter_id: str, table: str, target_id: str) -> None:
        if table not in LINKABLE:
            raise ValueError(f"letters link to {LINKABLE}, not {table}")
        self._record(table, target_id)  # raises NotFound
        self._insert(
            "links", {"from_table": "letters", "from_id": letter_id, "to_table": table, "to_id": target_id}
        )

    def _draft(self, letter_id: str) -> dict[str, Any]:
        row = self.letter(letter_id)
        if row["status"] != "草稿":
            raise HuhangError("letter.immutable", number=row["number"], status=row["status"])
        return row

    def update_letter(self, letter_id: str, **fields: Any) -> Changes:
        """Edit a draft; an issued letter is immutable (a correction is a new letter)."""
        self._draft(letter_id)
        clean = self._check_letter(fields)
        with self.transaction():
            changed = self._update("letters", letter_id, clean)
        return Changes(frozenset({"letters"}) if changed else frozenset(), (letter_id,))

    def delete_letter(self, letter_id: str) -> Changes:
        self._draft(letter_id)
        with self.transaction():
            self._soft_delete("letters", letter_id)
        return Changes(frozenset({"letters"}), (letter_id,))

    def correct_letter(self, letter_id: str) -> Changes:
        """A new draft copying an issued letter, which it will supersede when issued."""
        old = self.letter(letter_id)
        if old["status"] == "草稿":
            raise HuhangError("letter.not_issued")
        fields = {k: old[k] for k in letter.FIELDS}
        fields["letter_date"] = date.today().isoformat()
        clean = self._check_letter(fields)
        with self.transaction():
            new_id = self._insert("letters", {**clean, "status": "草稿", "supersedes_id": letter_id})
            for link in self.letter_links(letter_id):
                self._link(new_id, link["to_table"], link["to_id"])
        return Changes(frozenset({"letters", "links"}), (new_id,))

    # -- after issue: delivery, reply, closing -----------------------------------------------------

    def letter_action(
        self,
        letter_id: str,
        *,
        action: str,
        on: str | None = None,
        receiver: str = "",
        content: str = "",
        attachments: tuple[Any, ...] = (),
    ) -> Changes:
        row = self.letter(letter_id)
        rule = letter.LIFECYCLE.get(action)
        if rule is None:
            raise HuhangError("workflow.unknown_action", action=action)
        source, target, label = rule
        if row["status"] != source:
            allowed = [lab for src, _, lab in letter.LIFECYCLE.values() if src == row["status"]]
            raise ValidationFailed(
                [
                    Problem(
                        "workflow.not_allowed",
                        None,
                        {"action": label, "status": row["status"], "allowed": "、".join(allowed) or "无"},
                    )
                ]
            )
        day = on or date.today().isoformat()
        problems = []
        if action == "deliver" and not receiver.strip():
            problems.append(Problem("required", "receiver", {"label": "签收人"}))
        if action == "reply" and not content.strip():
            problems.append(Problem("required", "content", {"label": "反馈内容"}))
        if problems:
            raise ValidationFailed(problems)
        updates: dict[str, Any] = {"status": target}
        if action == "deliver":
            updates.update(delivered_on=day, delivered_to=receiver.strip())
        elif action == "reply":
            updates.update(reply_on=day, reply_content=content.strip())
        else:
            updates["closed_on"] = day
        with self.transaction():
            self._update("letters", letter_id, updates)
            for path in attachments:
                self._attach("letters", letter_id, path)
        return Changes(frozenset({"letters"}), (letter_id,))

    # -- reads ---------------------------------------------------------------------------------------

    def letter(self, letter_id: str) -> dict[str, Any]:
        row = self._fetch_letter("id", letter_id)
        if row is None:
            raise NotFound("not_found", what="letters", id=letter_id)
        return row

    def letter_by_number(self, number: str) -> dict[str, Any] | None:
        return self._fetch_letter("number", number)

    def _fetch_letter(self, column: str, value: str) -> dict[str, Any] | None:
        rows = list(
            self.db.query(f"SELECT * FROM letters WHERE {column} = ? AND deleted_at IS NULL", [value])
        )
        if not rows:
            return None
        row = decode_row(rows[0], letter.LIST_FIELDS)
        row["reply_overdue"] = _reply_overdue(row)
        return row

    def letters(self, *, status: str | None = None, kind: str | None = None) -> list[dict[str, Any]]:
        sql = "SELECT * FROM letters WHERE deleted_at IS NULL"
        params: list[Any] = []
        if status:
            sql += " AND status = ?"
            params.append(status)
        if kind:
            sql += " AND kind = ?"
            params.append(kind)
        rows = self.db.query(sql + " ORDER BY status = '草稿' DESC, letter_date DESC, rid DESC", params)
        out = []
        for row in rows:
            decoded = decode_row(row, letter.LIST_FIELDS)
            decoded["reply_overdue"] = _reply_overdue(decoded)
            out.append(decoded)
        return out

    def letter_links(self, letter_id: str) -> list[dict[str, Any]]:
        return list(
            self.db.query(
                "SELECT * FROM links WHERE from_table = 'letters' AND from_id = ? AND deleted_at IS NULL "
                "ORDER BY rid",
                [letter_id],
            )
        )

    def letters_linked_to(self, table: str, record_id: str) -> list[dict[str, Any]]:
        """The letters that name a ledger entry or rectification item, newest first."""
        ids = [
            r[0]
            for r in self.db.execute(
                "SELECT from_id FROM links WHERE from_table = 'letters' AND to_table = ? AND to_id = ? "
                "AND deleted_at IS NULL",
                [table, record_id],
            )
        ]
        rows = [self._fetch_letter("id", letter_id) for letter_id in ids]
        return sorted((r for r in rows if r), key=lambda r: (r["letter_date"], r["rid"]), reverse=True)

    def overdue_replies(self) -> list[dict[str, Any]]:
        return [row for row in self.letters() if row["reply_overdue"]]


def template_body(fields: dict[str, Any]) -> list[str]:
    """The standard body for a draft's kind, from its problems, requirements, deadline and contact."""
    deadline = date.fromisoformat(fields["deadline"]) if fields.get("deadline") else date.today()
    requirements = [line for line in str(fields.get("requirements") or "").splitlines() if line.strip()]
    return templates.default_body(
        fields["kind"],
        problems=fields.get("problems") or [],
        requirements=requirements,
        deadline=deadline,
        contact=str(fields.get("reply_contact") or ""),
    )


def _reply_overdue(row: dict[str, Any]) -> bool:
    """Issued or delivered, with a reply deadline that has passed and no reply recorded."""
    return (
        row["status"] in ("已签发", "已送达")
        and bool(row["deadline"])
        and row["deadline"] < date.today().isoformat()
    )
