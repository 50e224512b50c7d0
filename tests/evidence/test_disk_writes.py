"""Originals reach the disk byte for byte, whatever their size and however they arrive in pieces."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inspector_app.fileio import ALIGN, DIRECT_BUFFER, DiskFile, write_to_disk

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


@settings(max_examples=40, deadline=None)
@given(head=st.sampled_from(EDGES), first=pieces, second=pieces)
def test_a_file_written_in_several_goes_holds_every_piece_in_order(head, first, second):
    """An upload resumed after a cut: each go adds to the end, whether it starts on a block
    boundary (written direct) or inside a block (written buffered)."""
    start, a, b = bytes(range(256)) * (head // 256) + bytes(head % 256), chunks_of(first, 3), chunks_of(second, 5)
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "upload.part"
        target.write_bytes(start)
        for part in (a, b):
            with DiskFile(target, new=False) as out:
                for chunk in part:
                    out.write(chunk)
        assert target.read_bytes() == start + b"".join(a) + b"".join(b)


@settings(max_examples=40, deadline=None)
@given(head=st.sampled_from(EDGES), first=pieces, second=st.lists(st.sampled_from([1, ALIGN, DIRECT_BUFFER + 3]),
                                                                 max_size=3))
def test_the_hash_taken_while_writing_is_that_of_the_bytes_written(head, first, second):
    """The hub hashes an upload as it writes it: across goes, blocks, padding and buffer flushes."""
    a, b = chunks_of(first, 7), chunks_of(second, 11)
    digest = hashlib.sha256()
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "upload.part"
        target.write_bytes(bytes(head))
        for part in (a, b):
            with DiskFile(target, new=False, digest=digest) as out:
                for chunk in part:
                    out.write(chunk)
        assert digest.hexdigest() == hashlib.sha256(target.read_bytes()[head:]).hexdigest()


def test_an_existing_file_is_never_overwritten(tmp_path):
    target = tmp_path / "kept"
    target.write_bytes(b"evidence")
    with pytest.raises(FileExistsError):
        write_to_disk(target, [b"something else"])
    assert target.read_bytes() == b"evidence"
