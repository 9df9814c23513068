"""Issuing a letter: check it, give it a 文号, render the final PDF, store it and freeze the record.

Also the reverse: telling whether a PDF file is the issued letter it claims to be.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.domain import letter as letter_rules
from app.errors import HuhangError, ValidationFailed
from app.ids import utc_now
from app.letters import numbering, verify
from app.letters.fonts import FontSet, ensure_covered
from app.letters.render import render
from app.letters.spec import LetterSpec
from app.services.base import Changes
from app.services.letters import LetterService


@dataclass(frozen=True)
class Verdict:
    """What ``letter verify`` found: ``ok`` only for the byte-identical issued PDF."""

    ok: bool
    code: str
    number: str = ""
    letter_id: str = ""
    issued_at: str = ""


class LetterIssueService(LetterService):
    def letter_fonts(self) -> FontSet:
        """Bundled faces, or the installed official ones when the unit's settings ask for them."""
        return FontSet.choose(official=bool(self.get_setting("official_fonts")))

    def letter_spec(self, letter_id: str, *, number: str = "") -> LetterSpec:
        row = self.letter(letter_id)
        return _spec(row, number or row["number"])

    def preview_letter(self, letter_id: str) -> bytes:
        """A draft as it would print (without number or QR code); an issued letter's stored bytes."""
        row = self.letter(letter_id)
        if row["status"] != "草稿":
            return self.issued_pdf(letter_id)
        return render(_spec(row, ""), self.letter_fonts(), strict=False)

    def issued_pdf(self, letter_id: str) -> bytes:
        row = self.letter(letter_id)
        if not row["pdf_sha256"]:
            raise HuhangError("letter.not_issued")
        data = self.blob_path(row["pdf_sha256"]).read_bytes()
        if hashlib.sha256(data).hexdigest() != row["pdf_sha256"]:
            raise HuhangError("letter.pdf_damaged", number=row["number"])
        return data

    def number_blocks(self, prefix: str, year: int) -> list[numbering.NumberBlock]:
        """The blocks this device may issue ``prefix`` numbers from in ``year``.

        A profile enrolled with a server uses only the blocks the server reserved for it; one that is not
        enrolled is its unit's only issuer and has the implicit block of every number.
        """
        rows = self.db.query(
            "SELECT * FROM number_blocks WHERE prefix = ? AND year = ? AND deleted_at IS NULL ORDER BY first",
            [prefix, year],
        )
        server = [numbering.NumberBlock(prefix, prefix, year, r["first"], r["last"]) for r in rows]
        enrolled = bool(self.get_setting("server_url"))
        return numbering.blocks_for(
            enrolled=enrolled, server_blocks=server, unit=prefix, kind=prefix, year=year
        )

    def add_number_block(
        self, *, prefix: str, year: int, first: int, last: int, source: str = "server"
    ) -> Changes:
        """Record a block of numbers reserved for this device (the sync engine calls this)."""
        with self.transaction():
            block_id = self._insert(
                "number_blocks",
                {"prefix": prefix, "year": year, "first": first, "last": last, "source": source},
            )
        return Changes(frozenset({"number_blocks"}), (block_id,))

    def issue_letter(self, letter_id: str) -> Changes:
        """签发: assign the next 文号, render and store the final PDF, and make the letter immutable.

        Refused, naming what to fix, when a required field is empty, when a character cannot be printed
        with the available fonts, or when no number can be allocated safely (an enrolled device whose
        reserved block is used up: the letter stays a draft until a new block arrives).
        """
        row = self._draft(letter_id)
        problems = letter_rules.missing_for_issue(row)
        if problems:
            raise ValidationFailed(problems)
        fonts = self.letter_fonts()
        ensure_covered(_spec(row, ""), fonts)
        prefix = self.letter_prefixes()[row["kind"]]
        year = date.fromisoformat(row["letter_date"]).year
        with self.transaction():
            used = self.db.execute(
                "SELECT coalesce(max(number_seq), 0) FROM letters "
                "WHERE number_prefix = ? AND number_year = ?",
                [prefix, year],
            ).fetchone()[0]
            seq = numbering.allocate(self.number_blocks(prefix, year), int(used), year)
            if seq is None:
                raise HuhangError("letter.no_number", prefix=prefix, year=year)
            number = numbering.format_number(prefix, year, seq)
            spec = _spec(row, number)
            pdf = render(_with_qr(spec), fonts)
            digest = self._attach_bytes("letters", letter_id, f"{number}.pdf", pdf)
            self._update(
                "letters",
                letter_id,
                {
                    "status": "已签发",
                    "number": number,
                    "number_prefix": prefix,
                    "number_year": year,
                    "number_seq": seq,
                    "pdf_sha256": digest,
                    "issued_at": utc_now(),
                    "issued_by": self.actor,
                },
            )
            if row["supersedes_id"]:
                self._update("letters", row["supersedes_id"], {"superseded_by": number})
        return Changes(frozenset({"letters", "attachments"}), (letter_id,))

    def _attach_bytes(self, owner_table: str, owner_id: str, filename: str, data: bytes) -> str:
        digest = hashlib.sha256(data).hexdigest()
        target = self.blob_path(digest)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(f".incoming-{digest}")
            partial.write_bytes(data)
            partial.replace(target)
        self._insert(
            "attachments",
            {
                "owner_table": owner_table,
                "owner_id": owner_id,
                "sha256": digest,
                "filename": filename,
                "media_type": "application/pdf",
                "size": len(data),
            },
        )
        return digest

    def verify_letter_file(self, path: Path) -> Verdict:
        """Whether the PDF at ``path`` is, byte for byte, the issued letter whose number it declares."""
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise HuhangError("file.unreadable", path=str(path), reason=exc.strerror or str(exc)) from exc
        identity = verify.letter_identity(data)
        if identity is None:
            return Verdict(False, "letter.verify_no_identity")
        row = self.letter_by_number(identity.number)
        if row is None or not row["pdf_sha256"]:
            return Verdict(False, "letter.verify_unknown_number", identity.number)
        issued = _local_minutes(row["issued_at"])
        found = Verdict(False, "", identity.number, row["id"], issued)
        if verify.file_digest(data) == row["pdf_sha256"]:
            return Verdict(True, "letter.verify_ok", identity.number, row["id"], issued)
        if not identity.matches(verify.content_digest(_spec(row, row["number"]))):
            return Verdict(
                False, "letter.verify_content_changed", found.number, found.letter_id, found.issued_at
            )
        return Verdict(False, "letter.verify_bytes_changed", found.number, found.letter_id, found.issued_at)


def _local_minutes(stamp: str) -> str:
    """A stored UTC stamp as local time the way people read it: 2026-12-03 14:43."""
    moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _spec(row: dict[str, Any], number: str) -> LetterSpec:
    return LetterSpec(
        kind=row["kind"],
        organ=row["organ"],
        title=row["title"],
        addressee=row["addressee"],
        body=tuple(row["body"]),
        signature=tuple(row["signature"]),
        date=date.fromisoformat(row["letter_date"]) if row["letter_date"] else date.today(),
        number=number,
        deadline=date.fromisoformat(row["deadline"]) if row["deadline"] else None,
        cc=tuple(row["cc"]),
        attachments=tuple(row["attachments_note"]),
        letterhead=bool(row["letterhead"]),
    )


def _with_qr(spec: LetterSpec) -> LetterSpec:
    return replace(spec, qr_payload=verify.qr_payload(spec))
