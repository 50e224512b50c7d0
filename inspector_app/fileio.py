"""Writing files so that they appear whole under their name, or not at all; and writing large
files straight to disk."""

from __future__ import annotations

import errno
import mmap
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO


@contextmanager
def atomic_writer(path: Path, durable: bool = True) -> Iterator[BinaryIO]:
    """A file to write that appears under `path` only when the block ends without error: written to
    a temporary file beside it, flushed to disk (when `durable`) and renamed into place. A crash
    leaves the old file or the new one, never half of one."""
    path = Path(path).resolve()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
            if durable:
                out.flush()
                os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomically(path: Path, data: bytes, durable: bool = True) -> None:
    """`data` under `path`, whole or not at all (see atomic_writer)."""
    with atomic_writer(path, durable) as out:
        out.write(data)


def write_output(path: Path, data: bytes) -> None:
    """A file a person asked for, where they named it, whole or not at all: a missing folder, a
    refused write or a full disk said in their words."""
    from inspector_app.errors import InspectorError

    try:
        write_atomically(path, data)
    except OSError as exc:
        key = {errno.ENOSPC: "storage_full", errno.ENOENT: "output_no_folder", errno.EACCES: "output_denied",
               errno.EPERM: "output_denied", errno.EROFS: "output_denied"}.get(exc.errno, "output_unwritable")
        raise InspectorError(key, path=str(path), folder=str(path.parent), reason=exc.strerror or str(exc)) from exc


# O_DIRECT wants the buffer's address, the length and the file offset aligned to the disk's block size
ALIGN = 4096
DIRECT_BUFFER = 8 << 20
_spare_buffers: list[mmap.mmap] = []  # a few kept for reuse: fresh memory costs page faults


class DiskFile:
    """A file written from its end onwards that goes to disk without passing through the page cache
    where the system offers it (Linux O_DIRECT): evidence files are written once and seldom read
    again, so caching them only pushes out what is in use, and copying 900 MB of photos into the
    cache cost the kernel 1.1–3.3 s of CPU against 0.11–0.15 s direct (README). Elsewhere,
    on a file system that refuses O_DIRECT, or appending after a partial block: buffered writes.

    `new`: create the file (it must not exist); else add to the end of the file, created if need be.
    `digest` (a hashlib object) is fed the bytes as they are written out, so that hashing runs where
    the writing does (for a file that fits the buffer: in `finish`, e.g. on a worker thread).
    Leaving the `with` block writes out what was given, without fsync (see `finish`)."""

    def __init__(self, path: Path, new: bool = True, digest: Any = None) -> None:
        self.digest = digest
        flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0) | (os.O_EXCL if new else 0)
        self.size = 0 if new or not os.path.exists(path) else os.path.getsize(path)
        self.buf: mmap.mmap | None = None
        self.fill = 0
        direct = getattr(os, "O_DIRECT", 0) if self.size % ALIGN == 0 else 0
        try:
            self.fd = os.open(path, flags | direct, 0o644)
        except OSError as exc:
            if not direct or exc.errno != errno.EINVAL:  # EINVAL: this file system refuses O_DIRECT
                raise
            self.fd, direct = os.open(path, flags, 0o644), 0
        os.lseek(self.fd, self.size, os.SEEK_SET)
        if direct:
            try:
                self.buf = _spare_buffers.pop()
            except IndexError:
                self.buf = mmap.mmap(-1, DIRECT_BUFFER)  # page-aligned

    def write(self, data: bytes) -> None:
        if self.buf is None:
            if self.digest is not None:
                self.digest.update(data)
            _write_all(self.fd, memoryview(data))
            self.size += len(data)
            return
        view = memoryview(data).cast("B")
        while view:
            n = min(len(view), DIRECT_BUFFER - self.fill)
            self.buf[self.fill:self.fill + n] = view[:n]
            self.fill, view = self.fill + n, view[n:]
            if self.fill == DIRECT_BUFFER:
                self._flush()

    def _flush(self) -> None:
        """Write the buffer; a last, partial block goes padded and the padding is cut off again."""
        with memoryview(self.buf) as space:
            if self.digest is not None:
                with space[:self.fill] as written:
                    self.digest.update(written)
            block = space[:-(-self.fill // ALIGN) * ALIGN]
            try:
                _write_all(self.fd, block)
            except OSError as exc:  # a file system that opens with O_DIRECT yet refuses the write
                if exc.errno != errno.EINVAL:
                    raise
                import fcntl

                fcntl.fcntl(self.fd, fcntl.F_SETFL, fcntl.fcntl(self.fd, fcntl.F_GETFL) & ~os.O_DIRECT)
                _write_all(self.fd, block)
            finally:
                block.release()
        padded = self.fill % ALIGN
        self.size, self.fill = self.size + self.fill, 0
        if padded:  # only ever the last write
            os.ftruncate(self.fd, self.size)

    def finish(self, sync: bool = True) -> int:
        """Write out what is left, to disk when `sync` (fsync), and close; returns the file's size."""
        if self.fd < 0:
            return self.size
        try:
            if self.fill:
                self._flush()
            if sync:
                os.fsync(self.fd)
        finally:
            os.close(self.fd)
            self.fd = -1
            if self.buf is not None:
                _spare_buffers.append(self.buf) if len(_spare_buffers) < 4 else self.buf.close()
                self.buf = None
        return self.size

    def __enter__(self) -> DiskFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.finish(sync=False)


def write_to_disk(path: Path, chunks: Iterable[bytes]) -> int:
    """Create the file `path` (it must not exist) holding the bytes of `chunks`, on disk when this
    returns (fsync; see DiskFile); returns its size. A failure leaves `path` incomplete: the caller
    removes it."""
    with DiskFile(path) as out:
        for chunk in chunks:
            out.write(chunk)
        return out.finish()


def _write_all(fd: int, view: memoryview) -> None:
    while view:
        view = view[os.write(fd, view):]
