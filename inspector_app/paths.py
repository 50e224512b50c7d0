"""Where things live: bundled resources (from source or frozen) and the user's data directory."""

from __future__ import annotations

import lzma
import os
import sys
import tempfile
from pathlib import Path

import platformdirs

APP_NAME = "Inspector"
APP_AUTHOR = "Inspector"


def bundle_root() -> Path:
    """The folder holding resources/ and report_templates/: the source tree, or the frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A file under resources/, found the same way from source and inside the frozen app."""
    return bundle_root().joinpath("resources", *parts)


def default_data_dir() -> Path:
    """The platform's per-user data directory (platformdirs), used unless --data-dir says otherwise."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def bundled_font(name: str) -> Path:
    """A font from resources/fonts (kept xz-compressed), unpacked once into the user's cache folder."""
    cache = Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)) / "fonts"
    target = cache / name
    source = resource_path("fonts", name + ".xz")
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    cache.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=cache, suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out, lzma.open(source) as src:
            while chunk := src.read(1 << 20):
                out.write(chunk)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
