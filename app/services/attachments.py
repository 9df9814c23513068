"""Attachments: files stored once by their SHA-256 under the data directory, linked to records."""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from app.errors import HuhangError
from app.services.base import ServiceBase

_CHUNK = 1 << 20


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class AttachmentService(ServiceBase):
    def blob_path(self, sha256: str) -> Path:
        return self.store.attachments_dir / sha256[:2] / sha256

    def store_blob(self, source: Path) -> tuple[str, int]:
        """Copy a file into the content-addressed store (once per content); returns its hash and size."""
        try:
            digest = sha256_file(source)
            size = source.stat().st_size
            target = self.blob_path(digest)
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                # Copy beside the target and rename, so a crash never leaves a half-written blob.
                fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
                os.close(fd)
                shutil.copyfile(source, tmp)
                os.replace(tmp, target)
        except OSError as exc:
            raise HuhangError(
                "attachment.unreadable", path=str(source), reason=exc.strerror or str(exc)
            ) from exc
        return digest, size

    def _attach(self, owner_table: str, owner_id: str, source: Path) -> str:
        """Store the file and link it to a record (once per record); call inside :meth:`transaction`."""
        digest, size = self.store_blob(source)
        same = self.db.execute(
            "SELECT id FROM attachments WHERE owner_table = ? AND owner_id = ? AND sha256 = ? "
            "AND deleted_at IS NULL",
            [owner_table, owner_id, digest],
        ).fetchone()
        if same:
            return str(same[0])
        media_type = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
        return self._insert(
            "attachments",
            {
                "owner_table": owner_table,
                "owner_id": owner_id,
                "sha256": digest,
                "filename": source.name,
                "media_type": media_type,
                "size": size,
            },
        )

    def attachments(self, owner_table: str, owner_id: str) -> list[dict[str, Any]]:
        return list(
            self.db.query(
                "SELECT * FROM attachments WHERE owner_table = ? AND owner_id = ? AND deleted_at IS NULL "
                "ORDER BY rid",
                [owner_table, owner_id],
            )
        )
