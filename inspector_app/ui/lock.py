"""The lock screen (Ctrl+L): at once, a neutral page that shows nothing of the work, until the
user's password is typed. The first time, the password typed twice becomes the password."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from inspector_app.services.lock import check_password, has_password, set_password
from inspector_app.ui.context import AppContext


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
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.Password)
        self.again.setPlaceholderText(self.tr("再输入一次"))
        self.button = QPushButton(self.tr("解锁"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00;")
        self.message.setAlignment(Qt.AlignCenter)
        box = QVBoxLayout()
        for w in (self.title, self.hint, self.password, self.again, self.button, self.message):
            w.setMaximumWidth(360)
            box.addWidget(w, 0, Qt.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(box)
        layout.addStretch(2)
        self.button.clicked.connect(self.try_unlock)
        self.password.returnPressed.connect(self.try_unlock)
        self.again.returnPressed.connect(self.try_unlock)

    def prepare(self) -> None:
        """Shown: empty fields, and the first-time hint when no password exists yet."""
        first = not has_password(self.ctx.ws)
        self.hint.setText(self.tr("尚未设置解锁密码：请输入新密码两次") if first else self.tr("请输入密码解锁"))
        self.again.setVisible(first)
        for field in (self.password, self.again):
            field.clear()
        self.message.clear()
        self.password.setFocus()

    def try_unlock(self) -> None:
        typed = self.password.text()
        if not has_password(self.ctx.ws):
            if len(typed) < 4 or typed != self.again.text():
                self.message.setText(self.tr("两次输入须一致，且不少于4位"))
                return
            set_password(self.ctx.ws, typed)
        elif not check_password(self.ctx.ws, typed):
            self.message.setText(self.tr("密码不正确"))
            self.password.clear()
            return
        self.unlocked.emit()
