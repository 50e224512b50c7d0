"""本机使用人: who uses this laptop before it is enrolled, asked at first start (the name: the
password was set as the data directory was made) and from the File menu (a name, and the password
that opens the laptop's data from then on); their name is the author of their records."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from inspector_app.errors import InspectorError
from inspector_app.services import users
from inspector_app.ui.context import AppContext


class UserDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, with_password: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.with_password = with_password
        self.setWindowTitle(self.tr("本机使用人"))
        self.hint = QLabel(self.tr("您的姓名将作为录入人写入每条记录和历史。登记到同步中心后，使用人即为同步中心的用户。"))
        self.hint.setWordWrap(True)
        self.name = QLineEdit(users.at_work(ctx.ws).name)
        self.name.setMaxLength(users.NAME_MAX)
        self.password, self.again = QLineEdit(), QLineEdit()
        for field in (self.password, self.again):
            field.setEchoMode(QLineEdit.Password)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020")
        form = QFormLayout(self)
        form.addRow(self.hint)
        form.addRow(self.tr("姓名"), self.name)
        if with_password:
            form.addRow(self.tr("密码（打开本机数据用，至少 8 位）"), self.password)
            form.addRow(self.tr("再输一次"), self.again)
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.ok = buttons.button(QDialogButtonBox.Ok)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(420)

    def save(self) -> None:
        """Kept off the GUI thread: a new password's key derivation takes a good tenth of a second."""
        if not self.ok.isEnabled():  # saving already
            return
        if self.password.text() != self.again.text():
            self.message.setText(self.tr("两次输入的密码不一致"))
            return
        name, password = self.name.text(), self.password.text() if self.with_password else None
        self.ok.setEnabled(False)
        self.ctx.tasks.run(lambda _p: users.set_up(self.ctx.ws, name, password), lambda _r: self.accept(),
                           self.refused, write=True)

    def refused(self, exc: BaseException, trace: str) -> None:
        self.ok.setEnabled(True)
        if isinstance(exc, InspectorError):
            self.message.setText(exc.message())
        else:
            self.ctx.show_error(exc, trace)
