"""Resumable photo uploads: chunks are appended to the device's partial file at the offset the hub
already has; when the last byte arrives the hub checks size and SHA-256 and only then moves the file
into the blob store (which never replaces a blob), and notes that the device holds it. A cut upload
resumes from the hub's offset. Small files may also come several in one request, whole. Each
device's partial files are its own, bounded in number, size and age (`hub.access` decides which
files a device may send at all)."""

from __future__ import annotations

import asyncio
import hashlib
import os
import re
import time
import uuid
from collections import defaultdict
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from starlette.concurrency import run_in_threadpool

from inspector_app.errors import InspectorError
from inspector_app.blobs import BlobRef
from inspector_app.fileio import DiskFile
from inspector_app.hub.access import note_holders
from inspector_app.hub.store import Hub
from inspector_app.sync.protocol import CHUNK, MAX_FILES

SHA256 = re.compile(r"[0-9a-f]{64}")
MAX_BLOB = 4 << 30
MAX_PARTIALS = 16           # a device's unfinished uploads kept at once …
MAX_PARTIAL_BYTES = 8 << 30  # … their size together (what they announce), …
PARTIAL_AGE = 7 * 24 * 3600  # … and how long one waits to be resumed, in seconds


def check_sha(sha256: str) -> str:
    if not SHA256.fullmatch(sha256):
        raise InspectorError("hub_bad_sha256", sha256=sha256[:80])
    return sha256


def _part(hub: Hub, device_id: uuid.UUID, sha256: str) -> Path:
    """Where the hub gathers a file on its way in from one device."""
    return hub.upload_dir / f"{device_id}.{sha256}.part"


def received(hub: Hub, device_id: uuid.UUID, sha256: str, mine: bool) -> tuple[int, bool]:
    """How many bytes of this file the hub holds from this device, and whether it is complete: it is
    when the hub holds the file and it is the device's to receive (`mine`); else the device's own
    partial file says how far its upload came."""
    check_sha(sha256)
    if mine and hub.blobs.has(sha256):
        return hub.blobs.path_for(sha256).stat().st_size, True
    part = _part(hub, device_id, sha256)
    return (part.stat().st_size if part.exists() else 0), False


def prune(hub: Hub, device_id: uuid.UUID | None = None, room_for: int = 0) -> None:
    """Remove partial files older than PARTIAL_AGE (those of one device, or all), and a device's
    oldest while it has too many, or too large, to begin another of `room_for` bytes; partial files
    named as before devices had their own are removed too. A partial file that completes (or goes)
    meanwhile, in another request, is simply no longer counted."""
    now = time.time()
    for stale, stat in _partials(hub, "*.part"):
        if "." not in stale.stem or now - stat.st_mtime > PARTIAL_AGE:
            stale.unlink(missing_ok=True)
    if device_id is None:
        return
    mine = sorted(_partials(hub, f"{device_id}.*.part"), key=lambda item: item[1].st_mtime)
    while mine and (len(mine) >= MAX_PARTIALS or sum(st.st_size for _, st in mine) + room_for > MAX_PARTIAL_BYTES):
        mine.pop(0)[0].unlink(missing_ok=True)


def _partials(hub: Hub, pattern: str) -> list[tuple[Path, os.stat_result]]:
    """The partial files matching `pattern` that are still there, with their sizes and times."""
    found = []
    for path in hub.upload_dir.glob(pattern):
        try:
            found.append((path, path.stat()))
        except FileNotFoundError:  # completed or removed by another request since the listing
            continue
    return found


class OffsetMismatch(Exception):
    def __init__(self, offset: int) -> None:
        super().__init__(offset)
        self.offset = offset


# one upload of a file at a time; an asyncio lock belongs to one event loop (tests run several hubs)
_locks: WeakKeyDictionary[asyncio.AbstractEventLoop, defaultdict[str, asyncio.Lock]] = WeakKeyDictionary()


def _lock(sha256: str) -> asyncio.Lock:
    return _locks.setdefault(asyncio.get_running_loop(), defaultdict(asyncio.Lock))[sha256]


async def receive(hub: Hub, device_id: uuid.UUID, sha256: str, offset: int, total: int, chunks: AsyncIterator[bytes],
                  mine: bool) -> tuple[int, bool]:
    """Add the request body at `offset` of the file `sha256` of `total` bytes to the device's partial
    file (a cut request keeps what arrived, to resume from); returns (bytes held, complete); `mine`:
    as for `received`. The event loop only gathers the body (at most a chunk: the hub refuses longer
    upload requests); the disk writes with the hashing, the fsync, the hash check and the move into
    the store run on a worker thread, in one go."""
    check_sha(sha256)
    if not 0 < total <= MAX_BLOB:
        raise InspectorError("hub_bad_upload_length", size=total)
    async with _lock(sha256):
        have, complete = received(hub, device_id, sha256, mine)
        if complete:
            async for _ in chunks:
                pass
            return have, True
        if offset != have:
            raise OffsetMismatch(have)
        part = _part(hub, device_id, sha256)
        if offset == 0:
            await run_in_threadpool(prune, hub, device_id, total)
        digest = hashlib.sha256() if offset == 0 else None
        held: list[bytes] = []
        try:
            async for chunk in chunks:
                have += len(chunk)
                if have > total:
                    held.clear()
                    raise InspectorError("hub_upload_too_long", size=total)
                held.append(chunk)
        except BaseException:
            _append(part, held, digest)  # what arrived of a cut request stays, to resume from
            raise

        def finish() -> None:
            _append(part, held, digest, sync=True)
            if have == total:  # kept, or (the hub had it) dropped once checked: either way the device holds it
                hub.blobs.adopt(part, BlobRef(sha256, total), digest.hexdigest() if digest is not None else None)
                note_holders(hub, device_id, [sha256])
        try:
            await run_in_threadpool(finish)
        except ValueError:
            part.unlink(missing_ok=True)
            raise InspectorError("hub_upload_hash_mismatch", sha256=sha256) from None
        return have, have == total


async def receive_files(hub: Hub, device_id: uuid.UUID, files: list[BlobRef], chunks: AsyncIterator[bytes]) -> None:
    """Keep whole files sent one after another in one request body (small photos: one request for
    several), each checked against its size and hash, and note that the device holds them; raises for
    the first that does not match, after keeping the others. A cut body keeps nothing: the files are
    small, they come again whole."""
    bodies: list[list[memoryview]] = [[] for _ in files]
    i, have = 0, 0
    async for chunk in chunks:
        view = memoryview(chunk)
        while view:
            if i == len(files):
                raise InspectorError("hub_upload_too_long", size=sum(f.size for f in files))
            take = min(len(view), files[i].size - have)
            bodies[i].append(view[:take])
            view, have = view[take:], have + take
            if have == files[i].size:
                i, have = i + 1, 0
    if i < len(files):
        raise InspectorError("hub_bad_upload_length", size=sum(f.size for f in files))

    def keep() -> list[str]:
        refused, proved = [], []
        for ref, body in zip(files, bodies):
            part = _part(hub, device_id, ref.sha256)
            part.unlink(missing_ok=True)  # what a cut upload left of it: this copy is whole
            digest = hashlib.sha256()
            try:
                if hub.blobs.has(ref.sha256):  # the hub keeps its copy: this one only shows the device holds it
                    for piece in body:
                        digest.update(piece)
                    if digest.hexdigest() != ref.sha256:
                        raise ValueError("sha256")
                else:
                    _append(part, body, digest, sync=True)
                    hub.blobs.adopt(part, ref, digest.hexdigest())
                proved.append(ref.sha256)
            except ValueError:
                refused.append(ref.sha256)
                part.unlink(missing_ok=True)
            except BaseException:
                part.unlink(missing_ok=True)
                raise
        note_holders(hub, device_id, proved)
        return refused

    async with AsyncExitStack() as held:  # no chunked upload of these files meanwhile
        for sha in sorted({f.sha256 for f in files}):
            await held.enter_async_context(_lock(sha))
        refused = await run_in_threadpool(keep)
    if refused:
        raise InspectorError("hub_upload_hash_mismatch", sha256=refused[0])


def parse_files(listing: str) -> list[BlobRef]:
    """The files of an Upload-Files header, "SHA256:SIZE,SHA256:SIZE,…" (at most MAX_FILES)."""
    files = []
    for entry in listing.split(","):
        sha, _, size = entry.strip().partition(":")
        if not (size.isascii() and size.isdigit() and len(size) <= 20) or not 0 < int(size) <= CHUNK:
            raise InspectorError("hub_bad_upload_length", size=size[:20])
        files.append(BlobRef(check_sha(sha), int(size)))
    if len(files) > MAX_FILES:
        raise InspectorError("hub_bad_request", detail=f"Upload-Files: {len(files)} > {MAX_FILES}")
    return files


def _append(part: Path, chunks: list[bytes] | list[memoryview], digest: Any, sync: bool = False) -> None:
    """Write `chunks` at the end of the partial file `part`, feeding `digest`; fsync when `sync`."""
    if chunks or sync:
        with DiskFile(part, new=False, digest=digest) as out:
            for chunk in chunks:
                out.write(chunk)
            out.finish(sync)
