"""What a photo says about itself: type, size in pixels, capture time, camera, GPS (EXIF)."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PIL import ExifTags, Image, UnidentifiedImageError

from inspector_app.errors import InspectorError

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic", ".heif", ".webp", ".tif", ".tiff"}


@dataclass(frozen=True)
class MediaInfo:
    media_type: str
    width: int | None = None
    height: int | None = None
    captured_at: datetime | None = None  # local wall-clock time, as the camera wrote it
    camera: str = ""
    gps_lat: float | None = None
    gps_lon: float | None = None


def _exif_time(value: object) -> datetime | None:
    try:
        return datetime.strptime(str(value).strip("\x00 "), "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None  # cameras write nonsense dates (0000:00:00 00:00:00); treat as unknown


def _degrees(dms: object, ref: object) -> float | None:
    try:
        d, m, s = (float(x) for x in dms)  # type: ignore[union-attr]
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    value = d + m / 60 + s / 3600
    return -value if ref in ("S", "W") else value


def probe(path: Path) -> MediaInfo:
    """Read a file's metadata. Images must decode their header; other files are opaque attachments."""
    guessed = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    try:
        with Image.open(path) as img:
            exif = img.getexif()
            sub = exif.get_ifd(ExifTags.IFD.Exif)
            gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
            return MediaInfo(
                media_type=Image.MIME.get(img.format or "", guessed),
                width=img.width, height=img.height,
                captured_at=_exif_time(sub.get(ExifTags.Base.DateTimeOriginal) or exif.get(ExifTags.Base.DateTime)),
                camera=str(exif.get(ExifTags.Base.Model, "")).strip("\x00 "),
                gps_lat=_degrees(gps.get(ExifTags.GPS.GPSLatitude), gps.get(ExifTags.GPS.GPSLatitudeRef)),
                gps_lon=_degrees(gps.get(ExifTags.GPS.GPSLongitude), gps.get(ExifTags.GPS.GPSLongitudeRef)),
            )
    except (UnidentifiedImageError, Image.DecompressionBombError, SyntaxError, ValueError) as exc:
        if path.suffix.lower() in IMAGE_SUFFIXES:
            raise InspectorError("photo_unreadable", path=str(path)) from exc
        return MediaInfo(media_type=guessed)
