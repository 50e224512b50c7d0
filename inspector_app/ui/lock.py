"""The lock screen (Ctrl+L, or after the office's minutes without a key or the mouse): at once, a
neutral page that shows nothing of the work, until the password that opens this laptop's data is typed."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from inspector_app.domain.security import SecurityRules
from inspector_app.errors import InspectorError
from inspector_app.services import settings
from inspector_app.services.lock import check_password
from inspector_app.ui.context import AppContext

ACTIVITY = frozenset({QEvent.KeyPress, QEvent.MouseButtonPress, QEvent.MouseMove, QEvent.Wheel, QEvent.TouchBegin})


class IdleWatch(QObject):
    """Says `idle` once the application has had no key, click, mouse move or touch for the office's
    minutes (settings.security_rules; 0: never), looking every `tick` milliseconds; the minutes are
    read again each time, so a setting changed here or arriving with a sync holds at once."""
    idle = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None, tick: int = 15_000) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last = time.monotonic()
        self.minutes = SecurityRules().idle_lock_minutes  # as last read
        QApplication.instance().installEventFilter(self)
        self.timer = QTimer(self, interval=tick, timeout=self.look)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in ACTIVITY:
            self.last = time.monotonic()
        return False

    def look(self) -> None:
        quiet = time.monotonic() - self.last
        window = self.parent()
        if quiet < 60 or (isinstance(window, QWidget) and not window.isVisible()):  # under the shortest setting
            return
        try:
            self.minutes = settings.security_rules(self.ctx.ws).idle_lock_minutes
        except InspectorError:  # the data out of reach (a disk gone): the minutes last read hold
            pass
        if self.minutes and quiet >= self.minutes * 60:
            self.last = time.monotonic()  # said once; the next time after as many minutes again
            self.idle.emit()

    def stop(self) -> None:
        """The window closes: no more looking."""
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)


class LockScreen(QWidget):
    unlocked = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = QLabel(self.tr("已锁定"))
        self.title.setAlignment(Qt.AlignCenter)
        self.title.setStyleSheet("font-size: 22pt; color: #555;")
        self.hint = QLabel()
        self.hint.setAlignment(Qt.AlignCenter)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        self.button = QPushButton(self.tr("解锁"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00;")
        self.message.setAlignment(Qt.AlignCenter)
        box = QVBoxLayout()
        for w in (self.title, self.hint, self.password, self.button, self.message):
            w.setMaximumWidth(360)
            box.addWidget(w, 0, Qt.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(box)
        layout.addStretch(2)
        self.button.clicked.connect(self.try_unlock)
        self.password.returnPressed.connect(self.try_unlock)

    def prepare(self) -> None:
        """Shown: an empty field."""
        self.hint.setText(self.tr("请输入本机数据的密码解锁"))
        self.password.clear()
        self.message.clear()
        self.password.setFocus()

    def try_unlock(self) -> None:
        """The password checked off the GUI thread (its key derivation takes a good tenth of a second)."""
        if not self.button.isEnabled():  # a check under way already
            return
        typed = self.password.text()
        self.button.setEnabled(False)
        self.ctx.tasks.run(lambda _p: check_password(self.ctx.ws, typed), self.checked,
                           lambda exc, trace: (self.button.setEnabled(True), self.ctx.show_error(exc, trace)))

    def checked(self, right: bool) -> None:
        self.button.setEnabled(True)
        if not right:
            self.message.setText(self.tr("密码不正确"))
            self.password.clear()
            return
        self.unlocked.emit()
