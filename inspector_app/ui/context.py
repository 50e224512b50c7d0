"""What every screen of the app shares: the data directory's workspace (the database, the reference
data and the person at the keyboard, which every service takes), the task helper, and one way to
show an error."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from inspector_app.errors import InspectorError
from inspector_app.ui.tasks import Tasks

if TYPE_CHECKING:  # the window's frame comes up before these load
    from inspector_app.services.workspace import Workspace

log = logging.getLogger("inspector.ui")


@dataclass
class AppContext:
    ws: Workspace
    tasks: Tasks
    window: QWidget | None = None
    held: list[tuple[BaseException, str]] = field(default_factory=list)  # errors met while locked

    def show_error(self, exc: BaseException, trace: str = "") -> None:
        """The error in a box, or, while the window is locked, kept until it is unlocked: nothing opens
        over the lock page."""
        if getattr(self.window, "locked", False):
            self.held.append((exc, trace))
            return
        show_error(self.window, exc, trace)


def show_error(parent: QWidget | None, exc: BaseException, trace: str = "") -> None:
    """A user's problem in plain words; anything else as a bug report that can be copied."""
    if isinstance(exc, InspectorError):
        QMessageBox.warning(parent, QCoreApplication.translate("AppContext", "无法完成"), exc.message())
        return
    log.error("unexpected error\n%s", trace)
    box = QMessageBox(QMessageBox.Critical, QCoreApplication.translate("AppContext", "出现了意外错误"),
                      QCoreApplication.translate("AppContext", "操作没有完成，已记录在日志中。已保存的数据不受影响。"),
                      parent=parent)
    box.setDetailedText(trace or repr(exc))
    box.exec()
