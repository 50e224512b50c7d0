"""The sealed blob store: whatever pieces a file arrives in, it reads back whole and in any range, its
size known without opening it; a chunk moved, cut off or changed does not open."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings, strategies as st

from inspector_app import blobs
from inspector_app.blobs import BlobStore, Damaged, seal, unseal

KEY = bytes(range(32))


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch):
    monkeypatch.setattr(blobs, "CHUNK", 64)  # many chunks from small files


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=400), cuts=st.lists(st.integers(0, 400), max_size=6),
       start=st.integers(0, 450), length=st.integers(0, 450))
def test_a_file_arriving_in_any_pieces_reads_back_whole_and_in_any_range(tmp_path_factory, data, cuts, start, length):
    store = BlobStore(tmp_path_factory.mktemp("b"), KEY)
    with store.incoming() as into:
        last = 0
        for cut in sorted(c for c in cuts if c <= len(data)) + [len(data)]:
            into.write(data[last:cut])
            last = cut
        ref = into.keep()
    assert ref.sha256 == hashlib.sha256(data).hexdigest() and ref.size == len(data)
    assert store.size(ref.sha256) == len(data) and store.read(ref.sha256) == data
    assert b"".join(store.chunks(ref.sha256, start, length)) == data[start:start + length]
    assert store.verify(ref.sha256) and unseal(seal(data, KEY), KEY) == data


def test_a_chunk_changed_cut_off_or_moved_does_not_open(tmp_path):
    store = BlobStore(tmp_path, KEY)
    sha = store.put_bytes(bytes(range(256)) * 2).sha256  # 8 chunks of 64
    kept = store.path_for(sha)
    whole = kept.read_bytes()
    header, body = whole[:blobs.HEADER], whole[blobs.HEADER:]
    piece = 64 + blobs.TAG
    for damaged in (whole[:-1] + bytes([whole[-1] ^ 1]),                   # a bit flipped
                    whole[:-piece],                                         # the last chunk cut off
                    header + body[piece:2 * piece] + body[:piece] + body[2 * piece:]):  # two chunks swapped
        kept.write_bytes(damaged)
        assert not store.verify(sha)
        with pytest.raises(Damaged):
            unseal(damaged, KEY)
    kept.write_bytes(whole)
    assert store.verify(sha) and not BlobStore(tmp_path, bytes(32)).verify(sha)  # another laptop's key
