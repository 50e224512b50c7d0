"""What the environment says before anything is opened: the data directory and the language it
names, and whether a window can be shown here."""

from __future__ import annotations

import os
import sys

DATA_DIR_ENV = "INSPECTOR_DATA_DIR"
LANG_ENV = "INSPECTOR_LANG"


def has_display() -> bool:
    """Can a window be shown here? (Windows and macOS always; Linux with X11, Wayland or a Qt platform set.)"""
    if sys.platform in ("win32", "darwin"):
        return True
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))
