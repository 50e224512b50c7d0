"""Where things live: bundled resources (from source or frozen) and the user's data directory."""

from __future__ import annotations

import sys
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
