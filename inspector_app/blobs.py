"""The blob store: every evidence file kept once, under the SHA-256 of its original bytes, never
modified or replaced.

On a laptop the store is sealed: each file is kept encrypted (AES-256-GCM, a chunk of 1 MiB at a
time: a random 8-byte prefix and the chunk's number make its nonce, the last chunk is marked, so
chunks can be neither reordered nor cut off), and read back as the original bytes. The hub's store
keeps the files as they are. A file is written to a temporary name, on disk before it is renamed
into place, so a crash never leaves a partial file under a final name."""

from __future__ import annotations

import hashlib
import os
import struct
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from inspector_app.fileio import DiskFile

CHUNK = 1 << 20
MAGIC = b"ISB1"
HEADER = len(MAGIC) + 8
TAG = 16


@dataclass(frozen=True)
class BlobRef:
    sha256: str
    size: int


class Damaged(ValueError):
    """A sealed file that does not open under the store's key: damaged, or not this store's."""


def fsync_dir(folder: Path) -> None:
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
    fsync_dir(folder.parent)


def _nonce(prefix: bytes, index: int) -> bytes:
    return prefix + struct.pack(">I", index)


def _aad(index: int, last: bool) -> bytes:
    return struct.pack(">I?", index, last)


def seal(data: bytes, key: bytes | None) -> bytes:
    """Small data (a cached image, a draft) sealed whole as the store seals its files; as it is without a key."""
    if not key:
        return data
    aes, prefix = AESGCM(key), os.urandom(8)
    count = max(1, -(-len(data) // CHUNK))
    return MAGIC + prefix + b"".join(aes.encrypt(_nonce(prefix, i), data[i * CHUNK:(i + 1) * CHUNK], _aad(i, i == count - 1))
                                     for i in range(count))


def unseal(sealed: bytes, key: bytes | None) -> bytes:
    """What `seal` sealed; Damaged when it does not open under `key`."""
    if not key:
        return sealed
    if sealed[:len(MAGIC)] != MAGIC:
        raise Damaged("not sealed")
    aes, prefix, body = AESGCM(key), sealed[len(MAGIC):HEADER], sealed[HEADER:]
    count = max(1, -(-len(body) // (CHUNK + TAG)))
    try:
        return b"".join(aes.decrypt(_nonce(prefix, i), body[i * (CHUNK + TAG):(i + 1) * (CHUNK + TAG)],
                                    _aad(i, i == count - 1)) for i in range(count))
    except InvalidTag:
        raise Damaged("does not open") from None


class Incoming:
    """A file on its way into the store: written (sealed, when the store is) to a temporary name and
    hashed as it comes; `keep` checks it and renames it into place."""

    def __init__(self, store: BlobStore) -> None:
        self.store = store
        self.tmp = store.part_path()
        self.digest = hashlib.sha256()
        self.size = 0
        self.out = DiskFile(self.tmp)
        self.aes = AESGCM(store.key) if store.key else None
        self.prefix = os.urandom(8)
        self.index = 0
        self.pending = bytearray()
        if self.aes:
            self.out.write(MAGIC + self.prefix)

    def write(self, data: bytes) -> None:
        self.digest.update(data)
        self.size += len(data)
        if self.aes is None:
            self.out.write(data)
            return
        view = memoryview(data).cast("B")  # whole chunks are sealed from the caller's bytes, not copied
        if self.pending:
            room = CHUNK - len(self.pending)
            self.pending += view[:room]
            view = view[room:]
            if not view:
                return
            self._seal(bytes(self.pending), last=False)
            self.pending = bytearray()
        while len(view) > CHUNK:  # a full chunk is sealed once more follows: the last is marked
            self._seal(view[:CHUNK], last=False)
            view = view[CHUNK:]
        self.pending += view

    def _seal(self, piece: bytes | memoryview, last: bool) -> None:
        self.out.write(self.aes.encrypt(_nonce(self.prefix, self.index), piece, _aad(self.index, last)))
        self.index += 1

    def finish(self) -> BlobRef:
        """The file written whole and on disk, still under its temporary name; what it holds."""
        if self.out.fd >= 0:
            if self.aes is not None:
                self._seal(bytes(self.pending), last=True)
            self.out.finish()
        return BlobRef(self.digest.hexdigest(), self.size)

    def keep(self, expected: BlobRef | None = None) -> BlobRef:
        """Into place under its hash (on disk first). ValueError, and nothing kept, when its size or
        hash differs from `expected`."""
        try:
            ref = self.finish()
            if expected is not None and ref != expected:
                raise ValueError("size" if ref.size != expected.size else "sha256")
            self.store.settle(self.tmp, ref.sha256)
            return ref
        finally:
            self.discard()

    def discard(self) -> None:
        self.out.finish(sync=False)
        self.tmp.unlink(missing_ok=True)

    def __enter__(self) -> Incoming:
        return self

    def __exit__(self, *exc: object) -> None:
        self.discard()


class BlobStore:
    """The files under `root`; `key` (32 bytes): sealed with it."""

    def __init__(self, root: Path, key: bytes | None = None) -> None:
        self.root = root
        self.key = key

    def path_for(self, sha256: str) -> Path:
        """Where the file is kept (sealed, in a sealed store: read it with `chunks`)."""
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def all(self) -> list[str]:
        """The hashes of the files kept."""
        return sorted(p.name for p in self.root.glob("??/??/*") if len(p.name) == 64 and p.is_file())

    def size(self, sha256: str) -> int:
        """The original's size."""
        stored = self.path_for(sha256).stat().st_size
        if not self.key:
            return stored
        chunks = max(1, -(-(stored - HEADER) // (CHUNK + TAG)))
        return stored - HEADER - chunks * TAG

    def chunks(self, sha256: str, start: int = 0, length: int | None = None) -> Iterator[bytes]:
        """The original's bytes from `start` (`length` of them; None: to the end), a piece at a time.
        Raises Damaged for a sealed file that does not open."""
        total = self.size(sha256)
        end = total if length is None else min(total, start + length)
        with self.path_for(sha256).open("rb", buffering=0) as f:
            if not self.key:
                f.seek(start)
                while start < end and (piece := f.read(min(CHUNK, end - start))):
                    start += len(piece)
                    yield piece
                return
            aes = AESGCM(self.key)
            prefix = f.read(HEADER)[len(MAGIC):]
            last = max(0, -(-total // CHUNK) - 1)
            index = start // CHUNK
            f.seek(HEADER + index * (CHUNK + TAG))
            while start < end or (index == 0 and total == 0):
                sealed = f.read(CHUNK + TAG)
                try:
                    plain = aes.decrypt(_nonce(prefix, index), sealed, _aad(index, index == last))
                except InvalidTag:
                    raise Damaged(sha256) from None
                piece = plain[start - index * CHUNK:end - index * CHUNK]
                if piece:
                    yield piece
                start, index = (index + 1) * CHUNK, index + 1
                if total == 0:
                    return

    def read(self, sha256: str) -> bytes:
        """The original's bytes, whole."""
        return b"".join(self.chunks(sha256))

    def verify(self, sha256: str) -> bool:
        """Does the kept file read back as the bytes its name is the hash of?"""
        digest = hashlib.sha256()
        try:
            for piece in self.chunks(sha256):
                digest.update(piece)
        except Damaged:
            return False
        return digest.hexdigest() == sha256

    def incoming(self) -> Incoming:
        return Incoming(self)

    def put_bytes(self, data: bytes, sha256: str | None = None) -> BlobRef:
        """Keep `data`; `sha256`, when the caller has just computed it from the same bytes, is checked."""
        return self._put([data], BlobRef(sha256, len(data)) if sha256 else None)

    def put_file(self, path: Path, sha256: str | None = None) -> BlobRef:
        """Keep a copy of the file `path` (read a piece at a time)."""
        with open(path, "rb") as f:
            return self._put(iter(lambda: f.read(CHUNK), b""), BlobRef(sha256, os.fstat(f.fileno()).st_size)
                             if sha256 else None)

    def _put(self, chunks: Iterable[bytes], expected: BlobRef | None) -> BlobRef:
        if expected is not None and self.has(expected.sha256):  # the same content is kept already
            return expected
        with self.incoming() as into:
            for chunk in chunks:
                into.write(chunk)
            return into.keep(expected)

    def adopt(self, path: Path, expected: BlobRef, digest: str | None = None) -> None:
        """Move a finished file (an upload) into the store after checking its size and hash
        (`digest`: the hash the caller computed from the very bytes it wrote, saving a re-read);
        a sealed store keeps a sealed copy and removes the file.

        Raises ValueError, and leaves the file where it is, when either differs from `expected`."""
        if path.stat().st_size != expected.size:
            raise ValueError("size")
        if self.key:
            self.put_file(path, expected.sha256)  # hashed again as it is sealed
            path.unlink()
            return
        if digest is None:
            with path.open("rb") as f:
                digest = hashlib.file_digest(f, "sha256").hexdigest()
        if digest != expected.sha256:
            raise ValueError("sha256")
        self.settle(path, expected.sha256)

    def settle(self, path: Path, sha256: str) -> None:
        """A finished file (one `incoming` wrote: sealed as this store seals) moved into place under
        its hash; when the store holds that file already, removed instead."""
        final = self.path_for(sha256)
        if final.exists():  # never replace a blob
            path.unlink()
            return
        _make_folder(final.parent)
        os.replace(path, final)
        fsync_dir(final.parent)

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
