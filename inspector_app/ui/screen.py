"""Windows sized to the screen they open on: the size a window would like, or less where the screen
has less room (1366×768 at 150 % scaling is 911×512 in Qt's units)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME = QSize(40, 60)  # the window's frame and the desktop's panel


def room(widget: QWidget | None = None) -> QSize:
    """The room a window has on the widget's screen (the primary one before it is shown)."""
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() - FRAME


def fit(widget: QWidget, width: int, height: int) -> None:
    """Resize to width × height, or to the room on its screen where that is smaller."""
    widget.resize(QSize(width, height).boundedTo(room(widget.parentWidget() or widget)))
