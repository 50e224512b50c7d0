"""Resumable photo uploads: chunks are appended to a partial file at the offset the hub already has;
when the last byte arrives the hub checks size and SHA-256 and only then moves the file into the
blob store (which never replaces a blob). A cut upload resumes from the hub's offset."""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections import defaultdict

from inspector_app.errors import InspectorError
from inspector_app.evidence.blobs import BlobRef
from inspector_app.hub.store import Hub

SHA256 = re.compile(r"^[0-9a-f]{64}$")
MAX_BLOB = 4 << 30
_locks: defaultdict[str, threading.Lock] = defaultdict(threading.Lock)


def check_sha(sha256: str) -> str:
    if not SHA256.match(sha256):
        raise InspectorError("hub_bad_sha256", sha256=sha256[:80])
    return sha256


def received(hub: Hub, sha256: str) -> tuple[int, bool]:
    """How many bytes of this file the hub holds, and whether it is complete."""
    check_sha(sha256)
    if hub.blobs.has(sha256):
        return hub.blobs.path_for(sha256).stat().st_size, True
    part = hub.upload_dir / f"{sha256}.part"
    return (part.stat().st_size if part.exists() else 0), False


class OffsetMismatch(Exception):
    def __init__(self, offset: int) -> None:
        super().__init__(offset)
        self.offset = offset


def append(hub: Hub, sha256: str, offset: int, total: int, data: bytes) -> tuple[int, bool]:
    """Add `data` at `offset` of the file `sha256` of `total` bytes; returns (bytes held, complete)."""
    check_sha(sha256)
    if not 0 < total <= MAX_BLOB:
        raise InspectorError("hub_bad_upload_length", size=total)
    with _locks[sha256]:
        have, complete = received(hub, sha256)
        if complete:
            return have, True
        if offset != have:
            raise OffsetMismatch(have)
        if have + len(data) > total:
            raise InspectorError("hub_upload_too_long", size=total)
        part = hub.upload_dir / f"{sha256}.part"
        with part.open("ab") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        have += len(data)
        if have < total:
            return have, False
        whole = hashlib.sha256(data).hexdigest() if len(data) == total else None  # sent in one piece
        try:
            hub.blobs.adopt(part, BlobRef(sha256, total), whole)
        except ValueError:
            part.unlink(missing_ok=True)
            raise InspectorError("hub_upload_hash_mismatch", sha256=sha256) from None
        return total, True
