"""Derived images, made from the untouched original and cached by its hash: a thumbnail for lists,
a display size, and a print size for notices (about 150 dpi across the 156 mm type area). Each
applies the EXIF orientation, the rotation a person chose and any redaction; a copy that leaves
the office may carry a caption strip."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from PIL import Image, ImageOps

from inspector_app.evidence.blobs import BlobStore
from inspector_app.evidence.caption import add_caption
from inspector_app.fileio import write_atomically
from inspector_app.evidence.metadata import open_image
from inspector_app.evidence.redaction import Region, apply, regions_key

SIZES = {"thumb": 320, "display": 1600, "print": 921}
PRINT_DPI = 150


def render(img: Image.Image, size: int, rotation: int = 0, regions: tuple[Region, ...] = ()) -> Image.Image:
    """An opened (not yet loaded) image as a person should see it, at most `size` pixels on its long side.
    JPEGs are decoded at a reduced scale (draft mode) when that is enough."""
    img.draft("RGB", (size, size))
    shown = ImageOps.exif_transpose(img).convert("RGB")
    if rotation:
        shown = shown.rotate(-rotation, expand=True)
    shown = apply(shown, regions) if regions else shown
    shown.thumbnail((size, size), Image.LANCZOS)
    return shown


def save_jpeg(img: Image.Image, target: Path, dpi: int | None = None) -> None:
    """Write a JPEG under its final name only once it is complete (a cache: no fsync needed)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=85, **({"dpi": (dpi, dpi)} if dpi else {}))
    write_atomically(target, buf.getvalue(), durable=False)


class DerivedImages:
    """The cache of derived images beside the blob store."""

    def __init__(self, blobs: BlobStore, root: Path) -> None:
        self.blobs, self.root = blobs, root

    def path_for(self, sha256: str, kind: str, rotation: int = 0, regions: tuple[Region, ...] = (),
                 caption: str = "") -> Path:
        extra = "-c" + hashlib.sha256(caption.encode()).hexdigest()[:12] if caption else ""
        return self.root / kind / sha256[:2] / f"{sha256}-r{rotation % 360}-{regions_key(regions)}{extra}.jpg"

    def get(self, sha256: str, kind: str, rotation: int = 0, regions: tuple[Region, ...] = (),
            caption: str = "") -> Path:
        """The derived image, made now if the cache does not hold it yet; with a caption strip below
        it when `caption` is given."""
        target = self.path_for(sha256, kind, rotation, regions, caption)
        if not target.exists():
            data = self.blobs.path_for(sha256).read_bytes()
            with open_image(data, sha256) as img:
                shown = render(img, SIZES[kind], rotation % 360, regions)
            save_jpeg(add_caption(shown, caption) if caption else shown, target,
                      PRINT_DPI if kind == "print" else None)
        return target
