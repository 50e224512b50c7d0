"""Derived copies: rotated for display, redacted, sized for print; the original never changes."""

from __future__ import annotations

import io

import hashlib
from dataclasses import asdict, astuple
from datetime import datetime

import pytest
from hypothesis import given, strategies as st
from PIL import Image, ImageChops

from inspector_app.errors import InspectorError
from inspector_app.evidence.intake import ingest
from inspector_app.evidence.redaction import parse_regions, turn_regions
from tests.evidence.images import RED, close, corner_colours, load, photo, store_in


@pytest.fixture
def stored(tmp_path):
    src = photo(tmp_path / "p.jpg", orientation=6, taken=datetime(2026, 10, 15, 9, 40), size=(2400, 1200))
    got = ingest(str(src), store_in(tmp_path / "data"))
    return store_in(tmp_path / "data"), got.sha256, src.read_bytes()


def test_display_and_print_sizes(stored):
    derived, sha, _ = stored
    display = load(derived.get(sha, "display"))
    printed = load(derived.get(sha, "print"))
    assert display.size == (1600, 800)
    assert printed.width == 921 and printed.info["dpi"] == (150, 150)  # 156 mm at 150 dpi


def test_a_rotation_chosen_for_display_turns_the_copy(stored):
    derived, sha, _ = stored
    turned = load(derived.get(sha, "display", rotation=90))
    assert turned.size == (800, 1600)
    top_left, _ = corner_colours(turned.transpose(Image.ROTATE_90))  # undo: the red corner is back
    assert close(top_left, RED)


def test_redaction_covers_the_region_and_nothing_else(tmp_path):
    src = tmp_path / "crowd.jpg"
    Image.merge("RGB", [Image.effect_noise((2400, 1200), 90)] * 3).save(src, "JPEG", quality=95)
    original = src.read_bytes()
    sha = ingest(str(src), store_in(tmp_path / "data")).sha256
    derived = store_in(tmp_path / "data")
    regions = parse_regions([{"x": 0.5, "y": 0.5, "w": 0.25, "h": 0.25, "mode": "mosaic"}])
    plain = load(derived.get(sha, "display")).convert("RGB")
    covered = load(derived.get(sha, "display", regions=regions)).convert("RGB")
    box = ImageChops.difference(plain, covered).getbbox()
    assert box is not None
    x0, y0, x1, y1 = box
    assert 790 <= x0 and 390 <= y0 and x1 <= 1210 and y1 <= 610  # inside the region (with JPEG noise)
    blurred = derived.get(sha, "display", regions=parse_regions([{"x": 0, "y": 0, "w": 1, "h": 0.5, "mode": "blur"}]))
    assert blurred != derived.path_for(sha, "display", regions=regions)
    assert derived.blobs.read(sha) == original
    assert hashlib.sha256(original).hexdigest() == sha


def test_a_cached_copy_is_not_made_again(stored):
    derived, sha, _ = stored
    first = derived.get(sha, "display")
    cached = derived.path_for(sha, "display")
    stamp = cached.stat().st_mtime_ns
    assert derived.get(sha, "display") == first and cached.stat().st_mtime_ns == stamp


def test_the_cached_copies_and_the_original_are_sealed_on_disk(stored):
    """A lost laptop's disk shows no picture: neither the original nor any copy opens as an image."""
    derived, sha, original = stored
    derived.get(sha, "display")
    kept = [derived.blobs.path_for(sha), *derived.root.rglob("*.jpg")]
    assert len(kept) >= 3  # the original, its thumbnail, its display copy
    for path in kept:
        data = path.read_bytes()
        assert data[:4] == b"ISB1" and b"\xff\xd8\xff" not in data and b"Exif" not in data
        with pytest.raises(OSError):
            load(path)


@pytest.mark.parametrize("region", [
    {"x": -0.1, "y": 0, "w": 0.5, "h": 0.5},
    {"x": 0.8, "y": 0, "w": 0.5, "h": 0.5},
    {"x": 0.1, "y": 0.1, "w": 0, "h": 0.5},
    {"x": 0.1, "y": 0.1, "w": 0.2, "h": 0.2, "mode": "paint"},
    {"x": "left", "y": 0, "w": 0.2, "h": 0.2},
    {"y": 0, "w": 0.2, "h": 0.2},
])
def test_bad_regions_are_refused_clearly(region):
    with pytest.raises(InspectorError) as err:
        parse_regions([region])
    assert err.value.key == "redaction_bad" and "打码区域" in str(err.value)


quarter = st.floats(0, 0.7, allow_nan=False)


@given(st.lists(st.tuples(quarter, quarter, st.floats(0.01, 0.3), st.floats(0.01, 0.3)), max_size=4),
       st.sampled_from([90, 180, 270, -90, 450]))
def test_turned_regions_stay_valid_and_four_turns_give_them_back(boxes, degrees):
    regions = parse_regions([{"x": x, "y": y, "w": w, "h": h} for x, y, w, h in boxes])
    turned = turn_regions(regions, degrees)
    assert parse_regions([asdict(r) for r in turned]) == turned  # still inside the picture
    back = turn_regions(turn_regions(turned, degrees), 720 - 2 * degrees)
    for a, b in zip(back, regions):
        assert all(abs(p - q) < 1e-5 for p, q in zip(astuple(a)[:4], astuple(b)[:4]))


def test_a_face_covered_before_turning_stays_covered_after(tmp_path):
    """A person redacts a face, then turns the photo: the same face is covered, nothing else."""
    src = tmp_path / "crowd.jpg"
    Image.merge("RGB", [Image.effect_noise((1600, 800), 90)] * 3).save(src, "JPEG", quality=95)
    sha = ingest(str(src), store_in(tmp_path / "data")).sha256
    derived = store_in(tmp_path / "data")
    face = parse_regions([{"x": 0.1, "y": 0.2, "w": 0.2, "h": 0.3}])

    def changed(rotation, regions):
        plain = load(derived.get(sha, "display", rotation)).convert("RGB")
        covered = load(derived.get(sha, "display", rotation, regions)).convert("RGB")
        return ImageChops.difference(plain, covered).point(lambda v: 255 if v > 40 else 0).getbbox()

    before = changed(0, face)
    after = changed(90, turn_regions(face, 90))
    # turned clockwise: the box (x0, y0, x1, y1) of a 1600×800 picture lands at (800-y1, x0, 800-y0, x1)
    expected = (800 - before[3], before[0], 800 - before[1], before[2])
    assert all(abs(a - e) <= 12 for a, e in zip(after, expected)), (after, expected)


def test_a_copy_with_a_caption_has_the_strip_below_and_a_cache_entry_of_its_own(stored):
    derived, sha, original = stored
    plain = derived.get(sha, "print")
    captioned = derived.get(sha, "print", caption="2026-10-15 09:40　区人社局")
    assert captioned != plain
    with Image.open(io.BytesIO(plain)) as a, Image.open(io.BytesIO(captioned)) as b:
        assert b.width == a.width and a.height < b.height <= a.height + 0.06 * a.width + 2
        strip = b.convert("L").crop((0, a.height + 2, b.width, b.height))
        assert min(strip.tobytes()) < 100 and strip.getpixel((b.width - 3, 3)) > 240  # text at the left, white
    assert derived.blobs.read(sha) == original
