"""Derived images, made from the untouched original and cached by its hash: a thumbnail for lists,
a display size, and a print size for notices (about 150 dpi across the 156 mm type area). Each
applies the EXIF orientation, the rotation a person chose and any redaction; a copy that leaves
the office may carry a caption strip."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from PIL import Image, ImageOps

from inspector_app.blobs import BlobStore, Damaged, seal, unseal
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


def jpeg(img: Image.Image, dpi: int | None = None) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=85, **({"dpi": (dpi, dpi)} if dpi else {}))
    return buf.getvalue()


class DerivedImages:
    """The cache of derived images beside the blob store, sealed as the store is."""

    def __init__(self, blobs: BlobStore, root: Path) -> None:
        self.blobs, self.root = blobs, root

    def path_for(self, sha256: str, kind: str, rotation: int = 0, regions: tuple[Region, ...] = (),
                 caption: str = "") -> Path:
        extra = "-c" + hashlib.sha256(caption.encode()).hexdigest()[:12] if caption else ""
        return self.root / kind / sha256[:2] / f"{sha256}-r{rotation % 360}-{regions_key(regions)}{extra}.jpg"

    def keep(self, target: Path, image: bytes) -> None:
        """Cache a JPEG under its final name once it is complete (a cache: no fsync needed)."""
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, seal(image, self.blobs.key), durable=False)

    def get(self, sha256: str, kind: str, rotation: int = 0, regions: tuple[Region, ...] = (),
            caption: str = "") -> bytes:
        """The derived image (a JPEG file's bytes), made now if the cache does not hold it yet; with
        a caption strip below it when `caption` is given."""
        target = self.path_for(sha256, kind, rotation, regions, caption)
        try:
            return unseal(target.read_bytes(), self.blobs.key)
        except (FileNotFoundError, Damaged):  # not made yet, or left unreadable: made again
            pass
        with open_image(self.blobs.read(sha256), sha256) as img:
            shown = render(img, SIZES[kind], rotation % 360, regions)
        image = jpeg(add_caption(shown, caption) if caption else shown, PRINT_DPI if kind == "print" else None)
        self.keep(target, image)
        return image
