"""Photos in, byte-identical, oriented for display; every bad file gets its own clear message."""

from __future__ import annotations

import hashlib
import os
import textwrap
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image

from inspector_app.evidence.intake import expand, ingest, ingest_all
from tests.conftest import kill_when
from tests.evidence.images import (
    store_in,
    BLUE,
    RED,
    close,
    corner_colours,
    load,
    photo,
    png_bomb,
)

TAKEN = datetime(2026, 10, 15, 9, 40, 12)


def thumb_of(data_dir: Path, sha: str) -> Image.Image:
    return load(store_in(data_dir).get(sha, "thumb"))


@pytest.mark.parametrize("orientation", range(1, 9))
def test_every_exif_orientation_is_shown_upright_and_the_original_kept_intact(tmp_path, orientation):
    src = photo(tmp_path / f"o{orientation}.jpg", orientation=orientation, taken=TAKEN)
    got = ingest(str(src), store_in(tmp_path / "data"))
    assert got.ok, got.error
    assert got.info.orientation == orientation and got.info.captured_at == TAKEN
    thumb = thumb_of(tmp_path / "data", got.sha256)
    assert thumb.width > thumb.height  # landscape, as the photographer held it
    top_left, bottom_right = corner_colours(thumb)
    assert close(top_left, RED) and close(bottom_right, BLUE)
    kept = store_in(tmp_path / "data").blobs.read(got.sha256)
    assert kept == src.read_bytes()


@pytest.mark.parametrize("name, kwargs, media_type", [
    ("baseline.jpg", {}, "image/jpeg"),
    ("progressive.jpg", {"progressive": True}, "image/jpeg"),
    ("cmyk.jpg", {"mode": "CMYK"}, "image/jpeg"),
    ("screen.png", {"fmt": "PNG"}, "image/png"),
    ("phone.webp", {"fmt": "WEBP"}, "image/webp"),
    ("iphone.heic", {"fmt": "HEIF", "orientation": 6}, "image/heif"),
])
def test_formats_cameras_and_phones_write(tmp_path, name, kwargs, media_type):
    got = ingest(str(photo(tmp_path / name, taken=TAKEN, **kwargs)), store_in(tmp_path / "data"))
    assert got.ok, got.message()
    assert got.info.kind == "photo" and got.info.media_type == media_type
    top_left, bottom_right = corner_colours(thumb_of(tmp_path / "data", got.sha256))
    assert close(top_left, RED, 60) and close(bottom_right, BLUE, 60)


def test_capture_time_keeps_its_offset_and_nonsense_dates_are_unknown(tmp_path):
    with_offset = ingest(str(photo(tmp_path / "a.jpg", taken=TAKEN, offset="+08:00")), store_in(tmp_path / "d"))
    nonsense = ingest(str(photo(tmp_path / "b.jpg", raw_time="0000:00:00 00:00:00")), store_in(tmp_path / "d"))
    garbage = ingest(str(photo(tmp_path / "c.jpg", raw_time="2026:13:45 25:61:00")), store_in(tmp_path / "d"))
    assert with_offset.info.captured_at == TAKEN and with_offset.info.captured_offset == "+08:00"
    assert nonsense.ok and nonsense.info.captured_at is None
    assert garbage.ok and garbage.info.captured_at is None


def test_videos_and_documents_are_kept_as_they_are(tmp_path):
    video = tmp_path / "VID_0001.mp4"
    video.write_bytes(b"\x00\x00\x00\x18ftypmp42" + os.urandom(5000))
    form = tmp_path / "记录单.pdf"
    form.write_bytes(b"%PDF-1.4\n%signed inspection form\n")
    v, d = (ingest(str(p), store_in(tmp_path / "data")) for p in (video, form))
    assert (v.info.kind, v.info.media_type) == ("video", "video/mp4")
    assert (d.info.kind, d.info.media_type) == ("document", "application/pdf")
    assert store_in(tmp_path / "data").blobs.read(v.sha256) == video.read_bytes()


def bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    good = photo(tmp_path / "good.jpg", taken=TAKEN, size=(800, 600))
    truncated = tmp_path / "truncated.jpg"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    text = tmp_path / "notes.jpg"
    text.write_text("这不是照片", encoding="utf-8")
    pdf = tmp_path / "form.jpg"
    pdf.write_bytes(b"%PDF-1.4\n")
    return {
        "truncated": (truncated, "photo_truncated"),
        "empty": (empty, "file_empty"),
        "text": (text, "photo_unreadable"),
        "pdf": (pdf, "photo_unreadable"),
        "bomb": (png_bomb(tmp_path / "bomb.png"), "photo_too_large"),
        "vanished": (tmp_path / "was-here.jpg", "file_vanished"),
    }


def test_each_bad_file_gets_its_own_message_and_the_batch_goes_on(tmp_path):
    bad = bad_files(tmp_path)
    good = [photo(tmp_path / f"ok{i}.jpg", taken=TAKEN.replace(minute=i)) for i in range(3)]
    paths = [good[0], *(p for p, _ in bad.values()), good[1], good[2]]
    results = ingest_all(paths, store_in(tmp_path / "data"), workers=2)
    assert [r.path for r in results] == [str(p) for p in paths]
    by_path = {r.path: r for r in results}
    for path, key in bad.values():
        assert by_path[str(path)].error == key
        assert path.name in by_path[str(path)].message()
    assert all(by_path[str(p)].ok for p in good)
    stored = sorted(p.name for p in (tmp_path / "data" / "blobs").glob("??/??/*"))
    assert stored == sorted(by_path[str(p)].sha256 for p in good)  # nothing of the bad files was kept
    assert not list((tmp_path / "data" / "blobs" / "tmp").glob("*"))


def test_the_same_photo_twice_is_one_blob(tmp_path):
    src = photo(tmp_path / "a.jpg", taken=TAKEN)
    copy = tmp_path / "copy-of-a.jpg"
    copy.write_bytes(src.read_bytes())
    a, b = ingest_all([src, copy], store_in(tmp_path / "data"))
    assert a.sha256 == b.sha256 == hashlib.sha256(src.read_bytes()).hexdigest()
    assert len(list((tmp_path / "data" / "blobs").glob("??/??/*"))) == 1


def test_a_memory_card_folder_is_walked_in_order_without_hidden_files(tmp_path):
    card = tmp_path / "DCIM"
    (card / "100CANON").mkdir(parents=True)
    for name in ("IMG_0002.JPG", "IMG_0001.JPG", ".thumbs"):
        (card / "100CANON" / name).write_bytes(b"x")
    assert [p.name for p in expand([card])] == ["IMG_0001.JPG", "IMG_0002.JPG"]


KILLED_WRITER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from inspector_app.blobs import BlobStore
    def chunks():
        yield b"a" * 1_000_000
        print("writing", flush=True)
        time.sleep(60)
        yield b"b"
    BlobStore(Path(sys.argv[1]), bytes(32))._put(chunks(), None)
""")


def test_a_writer_killed_mid_file_leaves_no_blob_under_a_final_name(tmp_path):
    root = tmp_path / "blobs"
    kill_when(KILLED_WRITER, str(root), marker="writing")
    assert list(root.glob("??/??/*")) == []
    assert [p.suffix for p in (root / "tmp").iterdir()] == [".part"]
