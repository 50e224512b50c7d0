"""Images the evidence tests make for themselves: every EXIF orientation, CMYK, progressive, HEIC."""

from __future__ import annotations

import io
import struct
import zlib
from datetime import datetime
from pathlib import Path

import pillow_heif
from inspector_app.evidence.derived import DerivedImages
from inspector_app.blobs import BlobStore
from PIL import ExifTags, Image

RED, BLUE = (220, 20, 20), (20, 40, 200)
# the transposition that undoes each orientation's display transform (ImageOps.exif_transpose)
STORE_AS = {1: None, 2: Image.FLIP_LEFT_RIGHT, 3: Image.ROTATE_180, 4: Image.FLIP_TOP_BOTTOM,
            5: Image.TRANSPOSE, 6: Image.ROTATE_90, 7: Image.TRANSVERSE, 8: Image.ROTATE_270}


def scene(size=(400, 200)) -> Image.Image:
    """What a person should see: landscape, a red block in the top-left corner, blue elsewhere."""
    img = Image.new("RGB", size, BLUE)
    img.paste(RED, (0, 0, size[0] // 4, size[1] // 4))
    return img


def exif(taken: datetime | None = None, offset: str | None = None, orientation: int | None = None,
         raw_time: str | None = None, model: str = "") -> Image.Exif:
    e = Image.Exif()
    if orientation:
        e[ExifTags.Base.Orientation] = orientation
    if model:
        e[ExifTags.Base.Model] = model
    sub = e.get_ifd(ExifTags.IFD.Exif)
    if taken or raw_time:
        sub[ExifTags.Base.DateTimeOriginal] = raw_time or taken.strftime("%Y:%m:%d %H:%M:%S")
    if offset:
        sub[ExifTags.Base.OffsetTimeOriginal] = offset
    return e


def photo(path: Path, *, orientation: int = 1, taken: datetime | None = None, offset: str | None = None,
          fmt: str = "JPEG", mode: str = "RGB", progressive: bool = False, raw_time: str | None = None,
          size=(400, 200)) -> Path:
    """A photo whose displayed form is scene(), stored under `orientation` as a camera would."""
    shown = scene(size)
    stored = shown.transpose(STORE_AS[orientation]) if STORE_AS[orientation] is not None else shown
    if mode != "RGB":
        stored = stored.convert(mode)
    meta = exif(taken, offset, orientation if orientation != 1 else None, raw_time)
    if fmt == "JPEG":
        stored.save(path, "JPEG", quality=90, exif=meta, progressive=progressive)
    elif fmt == "HEIF":
        # written with pillow-heif's encoder; the app reads it with pi-heif, which has none
        pillow_heif.from_pillow(stored).save(path, exif=meta.tobytes())
    else:
        stored.save(path, fmt, exif=meta)
    return path


def png_bomb(path: Path, width: int = 60_000, height: int = 60_000) -> Path:
    """A tiny PNG whose header claims 3.6 billion pixels."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    body = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")
    path.write_bytes(body)
    return path


def corner_colours(img: Image.Image) -> tuple[tuple[int, ...], tuple[int, ...]]:
    rgb = img.convert("RGB")
    w, h = rgb.size
    return rgb.getpixel((int(w * 0.05), int(h * 0.05))), rgb.getpixel((int(w * 0.9), int(h * 0.9)))


def close(a: tuple[int, ...], b: tuple[int, ...], tol: int = 40) -> bool:
    return all(abs(x - y) <= tol for x, y in zip(a, b))


def jpeg_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG")
    return buf.getvalue()


def load(source: Path | bytes) -> Image.Image:
    """An image (a file, or a file's bytes) read into memory, its file closed."""
    with Image.open(io.BytesIO(source) if isinstance(source, bytes) else source) as img:
        img.load()
        return img.copy()


SEAL_KEY = bytes(range(32))


def store_in(data_dir: Path) -> DerivedImages:
    """A sealed blob store and its image cache in `data_dir`, as a laptop keeps them."""
    return DerivedImages(BlobStore(data_dir / "blobs", SEAL_KEY), data_dir / "derived")


def evidence_images(db) -> DerivedImages:
    """The image cache of a data directory's database, over its sealed blob store."""
    return DerivedImages(db.blobs, db.data_dir / "derived")
