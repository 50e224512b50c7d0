"""Where things live: bundled resources (from source or frozen) and the user's data directory."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from inspector_app.errors import InspectorError

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


def guide_path() -> Path:
    """The user guide (使用说明, Markdown, with the screenshots beside it), from source or frozen."""
    return bundle_root() / "docs" / "guide" / "README.md"


def default_data_dir() -> Path:
    """The platform's per-user data directory (platformdirs), used unless --data-dir says otherwise."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


# where the distributions' font packages install the same files (the .deb depends on those
# packages and its bundle leaves the fonts out): fonts-arphic-uming, fonts-arphic-ukai,
# fonts-wqy-microhei, fonts-hanazono
FONT_PACKAGES = {
    "uming.ttc": ("fonts-arphic-uming", "truetype/arphic/uming.ttc"),
    "ukai.ttc": ("fonts-arphic-ukai", "truetype/arphic/ukai.ttc"),
    "wqy-microhei.ttc": ("fonts-wqy-microhei", "truetype/wqy/wqy-microhei.ttc"),
    "HanaMinB.ttf": ("fonts-hanazono", "truetype/hanazono/HanaMinB.ttf"),
}
SYSTEM_FONT_DIR = Path("/usr/share/fonts")


def bundled_font(name: str) -> Path:
    """A font from resources/fonts (kept xz-compressed), unpacked once into the user's cache folder;
    where the bundle has none (the .deb's), the copy the distribution's font package installed."""
    source = resource_path("fonts", name + ".xz")
    if not source.exists():
        package, installed = FONT_PACKAGES[name]
        if (SYSTEM_FONT_DIR / installed).exists():
            return SYSTEM_FONT_DIR / installed
        raise InspectorError("font_missing", font=name, package=package)
    cache = Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)) / "fonts"
    target = cache / name
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    import lzma  # the unpacking happens once per font and version: not at every start
    import tempfile

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
