"""Writing files so that they appear whole under their name, or not at all."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
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
