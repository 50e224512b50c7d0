"""Originals reach the disk byte for byte, whatever their size and however they arrive in pieces."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inspector_app.fileio import ALIGN, DIRECT_BUFFER, _write_aligned, _write_buffered, write_to_disk

EDGES = [0, 1, ALIGN - 1, ALIGN, ALIGN + 1, 3 * ALIGN + 17]
pieces = st.lists(st.one_of(st.sampled_from(EDGES), st.integers(0, 3 * ALIGN)), max_size=6)


def chunks_of(sizes: list[int], seed: int = 0) -> list[bytes]:
    return [bytes((seed + i + n) % 251 for n in range(size)) for i, size in enumerate(sizes)]


@settings(max_examples=60, deadline=None)
@given(sizes=pieces)
def test_the_file_holds_exactly_the_bytes_given(sizes):
    chunks = chunks_of(sizes)
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "blob.part"
        assert write_to_disk(target, iter(chunks)) == sum(sizes)
        assert target.read_bytes() == b"".join(chunks)


@pytest.mark.parametrize("sizes", [[DIRECT_BUFFER], [DIRECT_BUFFER + 1], [DIRECT_BUFFER - 1, 2, ALIGN]])
def test_files_larger_than_the_write_buffer(tmp_path, sizes):
    chunks = [os.urandom(n) for n in sizes]
    target = tmp_path / "video.part"
    assert write_to_disk(target, chunks) == sum(sizes)
    assert target.read_bytes() == b"".join(chunks)


@settings(max_examples=30, deadline=None)
@given(sizes=pieces)
def test_the_direct_and_the_buffered_writer_agree(sizes):
    """The buffered writer serves systems without O_DIRECT (Windows) and file systems that refuse it."""
    chunks = chunks_of(sizes, seed=7)
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for name, writer, direct in (("direct", _write_aligned, getattr(os, "O_DIRECT", 0)),
                                     ("buffered", _write_buffered, 0)):
            fd = os.open(Path(tmp) / name, os.O_WRONLY | os.O_CREAT | direct)
            try:
                assert writer(fd, iter(chunks)) == sum(sizes)
            finally:
                os.close(fd)
            files.append((Path(tmp) / name).read_bytes())
        assert files[0] == files[1] == b"".join(chunks)


def test_an_existing_file_is_never_overwritten(tmp_path):
    target = tmp_path / "kept"
    target.write_bytes(b"evidence")
    with pytest.raises(FileExistsError):
        write_to_disk(target, [b"something else"])
    assert target.read_bytes() == b"evidence"
