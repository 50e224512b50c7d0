"""Photo intake: each file read once, checked to decode, hashed, stored intact in the blob store,
and given its thumbnail. Files are independent: each gets its own result or its own error, a bad
file never stops the batch, and nothing is stored for a file that failed.

Batches run on threads: decoding (Pillow), hashing and disk writes all release the GIL, so threads
use every core and overlap one photo's disk writes with another's decoding, which worker processes
did less well here (benchmarks/bench_intake.py)."""

from __future__ import annotations

import errno
import hashlib
import os
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from inspector_app.errors import InspectorError
from inspector_app.evidence.derived import SIZES, DerivedImages, jpeg, render
from inspector_app.evidence.metadata import IMAGE_SUFFIXES, MediaInfo, describe, guess_type, open_image, opaque


@dataclass(frozen=True)
class Ingested:
    """One file's outcome: stored (sha256, size, info) or refused (error key and its parameters)."""
    path: str
    sha256: str = ""
    size: int = 0
    info: MediaInfo | None = None
    error: str = ""
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.error

    def message(self, lang: str | None = None) -> str:
        return InspectorError(self.error, **self.params).message(lang)


def _refused(path: str, exc: BaseException) -> Ingested:
    if isinstance(exc, InspectorError):
        return Ingested(path, error=exc.key, params=exc.params)
    if isinstance(exc, FileNotFoundError):
        return Ingested(path, error="file_vanished", params={"path": path})
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return Ingested(path, error="storage_full", params={"path": path})
    if isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return Ingested(path, error="file_unreadable", params={"path": path, "detail": exc.strerror or ""})
    return Ingested(path, error="file_unreadable", params={"path": path, "detail": str(exc)})


@dataclass
class Prepared:
    """A file read and checked, nothing written yet."""
    path: str
    data: bytes
    sha256: str
    info: MediaInfo
    thumb: Any = None  # the thumbnail image of a photo


def prepare(path: str) -> Prepared:
    """Read and check one file; raises InspectorError or OSError. Writes nothing."""
    data = Path(path).read_bytes()
    if not data:
        raise InspectorError("file_empty", path=path)
    thumb = None
    if Path(path).suffix.lower() in IMAGE_SUFFIXES:
        img = open_image(data, path)
        info = describe(img, guess_type(path))
        try:
            thumb = render(img, SIZES["thumb"])  # decodes the whole stream: a truncated file fails here
        except OSError as exc:
            raise InspectorError("photo_truncated", path=path) from exc
    else:
        info = opaque(path)
    return Prepared(path, data, hashlib.sha256(data).hexdigest(), info, thumb)


def store(prepared: Prepared, derived: DerivedImages) -> Ingested:
    """Keep a prepared file in the blob store (never replacing a blob) and cache its thumbnail."""
    stored = derived.blobs.put_bytes(prepared.data, prepared.sha256)
    if prepared.thumb is not None:
        derived.keep(derived.path_for(stored.sha256, "thumb"), jpeg(prepared.thumb))
    return Ingested(prepared.path, stored.sha256, stored.size, prepared.info)


def ingest(path: str, derived: DerivedImages) -> Ingested:
    """Take one file into the blob store `derived` caches images of. Safe to run on any thread."""
    try:
        return store(prepare(path), derived)
    except (InspectorError, OSError) as exc:
        return _refused(path, exc)


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files named, and the files below folders named (a memory card's DCIM), in a stable order."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out += sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        else:
            out.append(path)
    return out


def ingest_all(paths: list[Path], derived: DerivedImages, progress: Callable[[int, int], None] | None = None,
               cancel: threading.Event | None = None, workers: int | None = None) -> list[Ingested]:
    """Ingest many files, in order of the input. A cancelled batch returns what was done."""
    workers = workers or 2 * (os.cpu_count() or 1)
    results: list[Ingested] = []
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="intake") as pool:
        futures = [pool.submit(ingest, str(p), derived) for p in paths]
        for i, future in enumerate(futures):
            if cancel is not None and cancel.is_set():
                for rest in futures[i:]:
                    rest.cancel()
                break
            results.append(future.result())
            if progress:
                progress(i + 1, len(paths))
    return results
