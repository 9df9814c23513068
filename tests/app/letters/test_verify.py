"""Checking a letter: the digest, the QR payload and the identity an issued PDF carries."""

from __future__ import annotations

import io
from dataclasses import replace

from pypdf import PdfReader, PdfWriter

from app.letters.render import render
from app.letters.spec import spec_from_json, spec_to_json
from app.letters.verify import (
    LetterIdentity,
    _info_string,
    content_digest,
    file_digest,
    letter_identity,
    parse_qr_payload,
    qr_payload,
)
from tests.app.letters.conftest import make_spec


def test_digest_is_canonical_and_sensitive_to_content() -> None:
    spec = make_spec()
    digest = content_digest(spec)
    assert len(digest) == 64
    reordered = dict(reversed(list(spec_to_json(spec).items())))
    assert content_digest(spec_from_json(reordered)) == digest
    assert content_digest(replace(spec, qr_payload="HUHANG1|x|0123456789abcdef")) == digest  # not part of it
    assert content_digest(replace(spec, body=(*spec.body[:-1], spec.body[-1] + "。"))) != digest
    assert content_digest(replace(spec, cc=spec.cc[:1])) != digest


def test_qr_payload_round_trips() -> None:
    spec = make_spec()
    payload = qr_payload(spec)
    assert payload == f"HUHANG1|穗天纪建〔2026〕7号|{content_digest(spec)[:16]}"
    identity = parse_qr_payload(payload)
    assert identity == LetterIdentity("穗天纪建〔2026〕7号", content_digest(spec)[:16])
    assert identity is not None and identity.matches(content_digest(spec))
    assert not identity.matches(content_digest(replace(spec, title="别的标题")))
    for other in ("", "HUHANG2|x|0123456789abcdef", "HUHANG1|x|xyz", "https://example.com"):
        assert parse_qr_payload(other) is None


def test_identity_is_read_back_from_an_issued_pdf() -> None:
    spec = make_spec()
    spec = replace(spec, qr_payload=qr_payload(spec))
    pdf = render(spec)
    assert letter_identity(pdf) == LetterIdentity(spec.number, content_digest(spec))
    draft = render(make_spec(number=""))
    assert letter_identity(draft) == LetterIdentity("", content_digest(make_spec(number="")))
    assert letter_identity(b"%PDF-1.4 not ours") is None
    assert letter_identity(b"") is None


def test_a_modified_pdf_no_longer_matches_the_stored_bytes() -> None:
    spec = make_spec()
    pdf = render(spec)
    stored = file_digest(pdf)
    tampered = pdf.replace(b"/Title (", b"/Title (X", 1)
    assert tampered != pdf and file_digest(tampered) != stored
    rewritten = io.BytesIO()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.write(rewritten)
    assert file_digest(rewritten.getvalue()) != stored
    identity = letter_identity(rewritten.getvalue())
    assert identity is None or identity.number == spec.number  # whatever survives a rewrite still names it


def test_pdf_string_forms_are_decoded() -> None:
    assert _info_string(rb"/HuhangNumber (a\(b\)c\051\\d)", "HuhangNumber") == "a(b)c)\\d"
    utf16 = "穗〔2026〕7号".encode("utf-16-be")
    assert (
        _info_string(b"/HuhangNumber <FEFF" + utf16.hex().encode() + b">", "HuhangNumber") == "穗〔2026〕7号"
    )
    assert _info_string(b"/HuhangNumber (old) /HuhangNumber (new)", "HuhangNumber") == "new"
    assert _info_string(b"/Other (x)", "HuhangNumber") is None
