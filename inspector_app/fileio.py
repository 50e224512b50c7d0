"""Writing files so that they appear whole under their name, or not at all; and writing large
files straight to disk."""

from __future__ import annotations

import errno
import mmap
import os
import tempfile
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


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


# O_DIRECT wants the buffer's address, the length and the file offset aligned to the disk's block size
ALIGN = 4096
DIRECT_BUFFER = 8 << 20
_direct_buffers = threading.local()


def write_to_disk(path: Path, chunks: Iterable[bytes]) -> int:
    """Create the file `path` (it must not exist) holding the bytes of `chunks`, on disk when this
    returns (fsync); returns its size. A failure leaves `path` incomplete: the caller removes it.

    Where the system offers it (Linux), the bytes go to disk without passing through the page cache
    (O_DIRECT): evidence files are written once and seldom read again, so caching them only pushes
    out what is in use, and copying 900 MB of photos into the cache cost the kernel 3.3 s of CPU
    against 0.15 s direct (benchmarks/bench_intake.py). Elsewhere: a buffered write and fsync."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    direct = getattr(os, "O_DIRECT", 0)
    try:
        fd = os.open(path, flags | direct, 0o644)
    except OSError as exc:
        if not direct or exc.errno != errno.EINVAL:  # EINVAL: this file system refuses O_DIRECT
            raise
        fd, direct = os.open(path, flags, 0o644), 0
    try:
        size = _write_aligned(fd, chunks) if direct else _write_buffered(fd, chunks)
        os.fsync(fd)
        return size
    finally:
        os.close(fd)


def _write_buffered(fd: int, chunks: Iterable[bytes]) -> int:
    size = 0
    for chunk in chunks:
        _write_all(fd, memoryview(chunk))
        size += len(chunk)
    return size


def _write_aligned(fd: int, chunks: Iterable[bytes]) -> int:
    """Gather the chunks in an aligned buffer and write it whole; the last block is padded, then cut off."""
    buf = getattr(_direct_buffers, "buf", None) or mmap.mmap(-1, DIRECT_BUFFER)  # page-aligned
    _direct_buffers.buf = buf
    size = fill = 0
    with memoryview(buf) as space:
        for chunk in chunks:
            view = memoryview(chunk).cast("B")
            while view:
                n = min(len(view), DIRECT_BUFFER - fill)
                space[fill:fill + n] = view[:n]
                fill, view = fill + n, view[n:]
                if fill == DIRECT_BUFFER:
                    _write_direct(fd, space[:fill])
                    size, fill = size + fill, 0
        if fill:
            _write_direct(fd, space[:-(-fill // ALIGN) * ALIGN])
            size += fill
    os.ftruncate(fd, size)
    return size


def _write_direct(fd: int, block: memoryview) -> None:
    try:
        _write_all(fd, block)
    except OSError as exc:  # a file system that opens with O_DIRECT yet refuses the write: go buffered
        if exc.errno != errno.EINVAL:
            raise
        import fcntl

        fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~os.O_DIRECT)
        _write_all(fd, block)


def _write_all(fd: int, view: memoryview) -> None:
    while view:
        view = view[os.write(fd, view):]
