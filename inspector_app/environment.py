"""What the environment says before anything is opened: the data directory and the language it
names, and whether a window can be shown here."""

from __future__ import annotations

import os
import sys

DATA_DIR_ENV = "INSPECTOR_DATA_DIR"
LANG_ENV = "INSPECTOR_LANG"
PASSWORD_ENV = "INSPECTOR_PASSWORD"  # for scripts and tests: the password that opens the data directory


def has_display() -> bool:
    """Can a window be shown here? (Windows and macOS always; Linux with X11, Wayland or a Qt platform set.)"""
    if sys.platform in ("win32", "darwin"):
        return True
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def password() -> str | None:
    """The data directory's password as scripts and tests give it (INSPECTOR_PASSWORD), if they do."""
    return os.environ.get(PASSWORD_ENV) or None
