"""登录: the password that opens this laptop's data, asked before anything is opened. A new data
directory (or one an earlier version left unencrypted) gets its password here, typed twice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from inspector_app.services import workspace


class LoginDialog(QDialog):
    def __init__(self, data_dir: Path, message: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        state = workspace.state(data_dir)
        self.new = state != "encrypted"
        self.setWindowTitle(self.tr("登录") if not self.new else self.tr("设置本机数据的密码"))
        hints = {"encrypted": self.tr("本机数据已加密。请输入密码。"),
                 "new": self.tr("本机数据将加密保存，请设置密码（至少 8 位）。忘记密码时，只有办公室的恢复密钥能找回数据。"),
                 "plain": self.tr("本机数据将首次加密（先自动备份，完成并核对后删除备份）。请设置密码（至少 8 位）。")}
        self.hint = QLabel(hints[state])
        self.hint.setWordWrap(True)
        self.password, self.again = QLineEdit(), QLineEdit()
        for field in (self.password, self.again):
            field.setEchoMode(QLineEdit.Password)
        self.message = QLabel(message)
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.hint)
        form.addRow(self.tr("密码"), self.password)
        if self.new:
            form.addRow(self.tr("再输一次"), self.again)
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(420)

    def check(self) -> None:
        if self.new and self.password.text() != self.again.text():
            self.message.setText(self.tr("两次输入的密码不一致"))
            return
        if self.new and len(self.password.text()) < workspace.PASSWORD_MIN:
            self.message.setText(self.tr("密码至少 %1 位").replace("%1", str(workspace.PASSWORD_MIN)))
            return
        self.accept()
