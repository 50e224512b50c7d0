"""What a file says about itself: its kind, type, size in pixels, capture time with its UTC offset,
camera, GPS and EXIF orientation. Photos must decode; other files are kept as opaque attachments."""

from __future__ import annotations

import io
import mimetypes
import warnings
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pi_heif
from PIL import ExifTags, Image, UnidentifiedImageError

from inspector_app.errors import InspectorError

pi_heif.register_heif_opener()  # HEIC/HEIF decoding (libheif, libde265), without an encoder

MAX_PIXELS = 200_000_000  # larger than any camera writes; beyond it a file is treated as a decompression bomb
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".jpe", ".png", ".heic", ".heif", ".webp", ".tif", ".tiff", ".bmp"}
VIDEO_SUFFIXES = {".mp4", ".mov", ".m4v", ".3gp", ".avi", ".mkv"}


@dataclass(frozen=True)
class MediaInfo:
    kind: str                             # photo / video / document
    media_type: str
    width: int | None = None
    height: int | None = None
    captured_at: datetime | None = None   # local wall-clock time, as the camera wrote it
    captured_offset: str = ""             # "+08:00" where the camera recorded its offset
    camera: str = ""
    gps_lat: float | None = None
    gps_lon: float | None = None
    orientation: int = 1


def _exif_time(value: object) -> datetime | None:
    try:
        taken = datetime.strptime(str(value).strip("\x00 "), "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None  # cameras write nonsense (0000:00:00 00:00:00, blanks): treat as unknown
    return taken if 1990 <= taken.year <= 2100 else None


def _offset(value: object) -> str:
    text = str(value or "").strip("\x00 ")
    return text if len(text) == 6 and text[0] in "+-" and text[3] == ":" else ""


def _degrees(dms: object, ref: object) -> float | None:
    try:
        d, m, s = (float(x) for x in dms)  # type: ignore[union-attr]
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    value = d + m / 60 + s / 3600
    return -value if ref in ("S", "W") else value


def open_image(data: bytes, name: str) -> Image.Image:
    """Open a photo's bytes, refusing decompression bombs and files that are not images."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise InspectorError("photo_too_large", path=name) from exc
    except (UnidentifiedImageError, SyntaxError, ValueError) as exc:
        raise InspectorError("photo_unreadable", path=name) from exc
    if img.width * img.height > MAX_PIXELS:
        raise InspectorError("photo_too_large", path=name)
    return img


def describe(img: Image.Image, guessed: str) -> MediaInfo:
    exif = img.getexif()
    sub = exif.get_ifd(ExifTags.IFD.Exif)
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    orientation = exif.get(ExifTags.Base.Orientation, 1)
    return MediaInfo(
        kind="photo",
        media_type=Image.MIME.get(img.format or "", guessed),
        width=img.width, height=img.height,
        captured_at=_exif_time(sub.get(ExifTags.Base.DateTimeOriginal) or exif.get(ExifTags.Base.DateTime)),
        captured_offset=_offset(sub.get(ExifTags.Base.OffsetTimeOriginal)),
        camera=str(exif.get(ExifTags.Base.Model, "")).strip("\x00 "),
        gps_lat=_degrees(gps.get(ExifTags.GPS.GPSLatitude), gps.get(ExifTags.GPS.GPSLatitudeRef)),
        gps_lon=_degrees(gps.get(ExifTags.GPS.GPSLongitude), gps.get(ExifTags.GPS.GPSLongitudeRef)),
        orientation=orientation if isinstance(orientation, int) and 1 <= orientation <= 8 else 1,
    )


def guess_type(name: str) -> str:
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def opaque(name: str) -> MediaInfo:
    """A file kept as it is, without decoding: a video, a scanned form, a document."""
    kind = "video" if Path(name).suffix.lower() in VIDEO_SUFFIXES else "document"
    return MediaInfo(kind=kind, media_type=guess_type(name))

