"""Redaction (打码): mosaic or blur rectangles over bystanders' faces or screens, applied to derived
copies only. Regions are fractions of the displayed (oriented and rotated) image, so they hold
at every size."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from typing import Any

from PIL import Image, ImageFilter

from inspector_app.errors import InspectorError

MODES = ("mosaic", "blur")


@dataclass(frozen=True)
class Region:
    x: float
    y: float
    w: float
    h: float
    mode: str = "mosaic"


def parse_regions(raw: list[dict[str, Any]]) -> tuple[Region, ...]:
    """Check regions as stored or typed: inside the image, not empty, a known mode."""
    regions = []
    for item in raw:
        try:
            region = Region(float(item["x"]), float(item["y"]), float(item["w"]), float(item["h"]),
                            str(item.get("mode", "mosaic")))
        except (KeyError, TypeError, ValueError):
            raise InspectorError("redaction_bad", region=json.dumps(item, ensure_ascii=False)) from None
        inside = 0 <= region.x < 1 and 0 <= region.y < 1 and region.w > 0 and region.h > 0 \
            and region.x + region.w <= 1.0001 and region.y + region.h <= 1.0001
        if not inside or region.mode not in MODES:
            raise InspectorError("redaction_bad", region=json.dumps(item, ensure_ascii=False))
        regions.append(region)
    return tuple(regions)


def regions_key(regions: tuple[Region, ...]) -> str:
    """A short stable name for a set of regions, for the cache of derived images."""
    if not regions:
        return "plain"
    text = json.dumps([asdict(r) for r in regions], sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def apply(img: Image.Image, regions: tuple[Region, ...]) -> Image.Image:
    """Cover each region of an RGB image; the input is not modified."""
    out = img.copy()
    for r in regions:
        box = (int(r.x * img.width), int(r.y * img.height),
               max(int(r.x * img.width) + 1, round((r.x + r.w) * img.width)),
               max(int(r.y * img.height) + 1, round((r.y + r.h) * img.height)))
        patch = out.crop(box)
        if r.mode == "mosaic":
            block = max(6, max(img.size) // 60)
            small = patch.resize((max(1, patch.width // block), max(1, patch.height // block)), Image.BILINEAR)
            patch = small.resize(patch.size, Image.NEAREST)
        else:
            patch = patch.filter(ImageFilter.GaussianBlur(radius=max(8, max(img.size) // 50)))
        out.paste(patch, box[:2])
    return out


def turn_regions(regions: tuple[Region, ...], degrees: int) -> tuple[Region, ...]:
    """The same regions after the displayed image is turned clockwise by `degrees` (a multiple of 90),
    so that they keep covering the same part of the picture."""
    out = regions
    for _ in range((degrees // 90) % 4):
        out = tuple(Region(max(0.0, round(1 - r.y - r.h, 6)), r.x, r.h, r.w, r.mode) for r in out)
    return out
