"""Checking a letter against its record: the content digest, the QR payload and the identity inside a PDF.

An issued letter carries its 文号 and a digest of its content twice: in the PDF's document information
(``/HuhangNumber``, ``/HuhangDigest``), for a file someone sends back, and in the QR code
(``HUHANG1|<文号>|<first 16 hex digits of the digest>``), for a printed page. The record layer compares the
SHA-256 of a file with the stored issued bytes; these are the primitives it and the CLI build on.

Reading the identity needs no PDF library: the renderer writes the information dictionary uncompressed, and a
small parser of PDF strings is enough. A PDF rewritten by another program may hide it in a compressed object
stream; such a file is not the issued one anyway, and :func:`letter_identity` returns None.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass

from app.letters.spec import LetterSpec, spec_to_json

QR_PREFIX = "HUHANG1"
NUMBER_KEY = "HuhangNumber"
DIGEST_KEY = "HuhangDigest"
_SHORT = 16


@dataclass(frozen=True)
class LetterIdentity:
    """The number and content digest an issued letter declares (``digest`` may be the 16-digit short form)."""

    number: str
    digest: str

    def matches(self, digest: str) -> bool:
        """Whether this identity names the content with the full ``digest``."""
        return bool(self.digest) and digest.lower().startswith(self.digest.lower())


def content_digest(spec: LetterSpec) -> str:
    """SHA-256 (hex) over a canonical JSON of everything the letter says.

    Canonical: sorted keys, no insignificant whitespace, UTF-8, dates in ISO form. The QR payload is left out
    because it contains this digest.
    """
    data = spec_to_json(spec)
    data.pop("qr_payload", None)
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def qr_payload(spec: LetterSpec) -> str:
    """What the QR code of an issued letter says: ``HUHANG1|<文号>|<16 hex digits of the content digest>``."""
    return f"{QR_PREFIX}|{spec.number}|{content_digest(spec)[:_SHORT]}"


def parse_qr_payload(text: str) -> LetterIdentity | None:
    """The identity in a scanned QR payload, or None when it is not one of ours."""
    parts = text.strip().split("|")
    if len(parts) != 3 or parts[0] != QR_PREFIX or not re.fullmatch(r"[0-9a-f]{16}", parts[2]):
        return None
    return LetterIdentity(parts[1], parts[2])


def file_digest(pdf_bytes: bytes) -> str:
    """SHA-256 (hex) of a file's bytes, what the record of an issued letter stores."""
    return hashlib.sha256(pdf_bytes).hexdigest()


def letter_identity(pdf_bytes: bytes) -> LetterIdentity | None:
    """The number and digest an issued PDF declares in its document information, or None if it has none.

    When a file was updated incrementally the last definition wins, as it does for a PDF reader.
    """
    digest = _info_string(pdf_bytes, DIGEST_KEY)
    if digest is None or not re.fullmatch(r"[0-9a-f]{64}", digest):
        return None
    return LetterIdentity(_info_string(pdf_bytes, NUMBER_KEY) or "", digest)


def _info_string(data: bytes, key: str) -> str | None:
    matches = list(re.finditer(rb"/" + key.encode("ascii") + rb"\s*([(<])", data))
    if not matches:
        return None
    match = matches[-1]
    start = match.end()
    raw = _literal(data, start) if match.group(1) == b"(" else _hex(data, start)
    if raw is None:
        return None
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", errors="replace")
    return raw.decode("latin-1")


_ESCAPES = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b", ord("f"): b"\f"}


def _literal(data: bytes, pos: int) -> bytes | None:
    """A PDF literal string starting just after its "(": balanced parentheses and backslash escapes."""
    out = bytearray()
    depth = 1
    while pos < len(data):
        byte = data[pos]
        pos += 1
        if byte == 0x5C:  # backslash
            if pos >= len(data):
                return None
            nxt = data[pos]
            pos += 1
            if nxt in _ESCAPES:
                out += _ESCAPES[nxt]
            elif 0x30 <= nxt <= 0x37:
                digits = bytes([nxt])
                while len(digits) < 3 and pos < len(data) and 0x30 <= data[pos] <= 0x37:
                    digits += bytes([data[pos]])
                    pos += 1
                out.append(int(digits, 8) & 0xFF)
            elif nxt in (0x0A, 0x0D):  # a line continuation
                if nxt == 0x0D and pos < len(data) and data[pos] == 0x0A:
                    pos += 1
            else:
                out.append(nxt)
        elif byte == 0x28:
            depth += 1
            out.append(byte)
        elif byte == 0x29:
            depth -= 1
            if depth == 0:
                return bytes(out)
            out.append(byte)
        else:
            out.append(byte)
    return None


def _hex(data: bytes, pos: int) -> bytes | None:
    end = data.find(b">", pos)
    if end < 0:
        return None
    digits = re.sub(rb"\s", b"", data[pos:end])
    if len(digits) % 2:
        digits += b"0"
    try:
        return bytes.fromhex(digits.decode("ascii"))
    except ValueError:
        return None
