"""The blob store: every evidence file kept once, under its SHA-256, never modified or replaced.

A file is written to a temporary name, on disk before it is renamed into place, so a crash never
leaves a partial file under a final name."""

from __future__ import annotations

import hashlib
import os
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from inspector_app.fileio import write_to_disk

CHUNK = 1 << 20


@dataclass(frozen=True)
class BlobRef:
    sha256: str
    size: int


def _fsync_dir(folder: Path) -> None:
    """Put `folder`'s entries on disk (POSIX; Windows cannot open a folder so, and NTFS journals them)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _make_folder(folder: Path) -> None:
    """`folder` and the parents it lacks, each new one put on disk in its parent: else a crash could
    lose a new folder, and the file just renamed into it."""
    if folder.is_dir():
        return
    _make_folder(folder.parent)
    try:
        folder.mkdir()
    except FileExistsError:  # made meanwhile, by another file on its way in
        return
    _fsync_dir(folder.parent)


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def put_bytes(self, data: bytes, sha256: str | None = None) -> BlobRef:
        """Keep `data`; `sha256`, when the caller has just computed it from the same bytes, saves a second pass."""
        return self._put(iter([data]), known=BlobRef(sha256, len(data)) if sha256 else None)

    def adopt(self, path: Path, expected: BlobRef, digest: str | None = None) -> None:
        """Move a finished file (an upload) into the store after checking its size and hash
        (`digest`: the hash the caller computed from the very bytes it wrote, saving a re-read).

        Raises ValueError, and leaves the file where it is, when either differs from `expected`."""
        if path.stat().st_size != expected.size:
            raise ValueError("size")
        if digest is None:
            with path.open("rb") as f:
                digest = hashlib.file_digest(f, "sha256").hexdigest()
        if digest != expected.sha256:
            raise ValueError("sha256")
        final = self.path_for(expected.sha256)
        if final.exists():  # never replace a blob
            path.unlink()
            return
        _make_folder(final.parent)
        os.replace(path, final)
        _fsync_dir(final.parent)

    def leftovers(self) -> list[Path]:
        """Files left on their way in by work that stopped midway (a killed import or download)."""
        tmp_dir = self.root / "tmp"
        return sorted(tmp_dir.glob("*.part")) if tmp_dir.is_dir() else []

    def clean(self, older_than: float = 3600) -> int:
        """Remove the leftovers older than `older_than` seconds (a younger one may be another process's
        file on its way in); returns how many."""
        now, removed = time.time(), 0
        for part in self.leftovers():
            try:
                if now - part.stat().st_mtime > older_than:
                    part.unlink()
                    removed += 1
            except FileNotFoundError:  # finished or removed meanwhile
                continue
        return removed

    def part_path(self) -> Path:
        """A new name in the store's own temporary folder, for a file on its way in (see `adopt`)."""
        tmp_dir = self.root / "tmp"
        tmp_dir.mkdir(parents=True, exist_ok=True)
        return tmp_dir / f"{uuid.uuid4().hex}.part"

    def _put(self, chunks: Iterable[bytes], known: BlobRef | None = None) -> BlobRef:
        digest = None if known else hashlib.sha256()
        tmp = self.part_path()

        def hashed() -> Iterator[bytes]:
            for chunk in chunks:
                digest.update(chunk)
                yield chunk

        try:
            size = write_to_disk(tmp, chunks if digest is None else hashed())
            ref = known or BlobRef(digest.hexdigest(), size)
            final = self.path_for(ref.sha256)
            if final.exists():  # the same content is already kept: never replace a blob
                tmp.unlink()
                return ref
            _make_folder(final.parent)
            os.replace(tmp, final)
            _fsync_dir(final.parent)
            return ref
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
