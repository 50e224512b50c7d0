"""`inspector password`: the password that opens this laptop's data, changed, or reset with the
office's recovery key when it was forgotten; kept in the OS keyring for the command line, or no longer."""

from __future__ import annotations

from pathlib import Path

import click

from inspector_app.cli.app import App, pass_app
from inspector_app.i18n import tr
from inspector_app.services import lock


@click.group("password")
def password_group() -> None:
    """本机数据的密码：修改，忘记时用办公室的恢复密钥重设，或保存在系统密钥环中。"""


@password_group.command("change")
@click.option("--old", prompt=True, hide_input=True, help="现在的密码")
@click.option("--new", prompt=True, hide_input=True, confirmation_prompt=True, help="新密码（至少 8 位）")
@pass_app
def change(app: App, old: str, new: str) -> None:
    """修改密码（数据不重新加密，只重新包装数据密钥）。"""
    lock.change_password(app.ws, old, new)
    app.emit({"changed": True}, tr("password_changed"))


@password_group.command("recover")
@click.option("--recovery-key", type=click.Path(path_type=Path, exists=True, dir_okay=False), required=True,
              help="办公室的恢复私钥文件")
@click.option("--new", prompt=True, hide_input=True, confirmation_prompt=True, help="新密码（至少 8 位）")
@pass_app
def recover(app: App, recovery_key: Path, new: str) -> None:
    """忘记密码时：用办公室的恢复私钥为本机数据重设密码（可在另一台电脑上对拷贝的数据目录进行）。"""
    lock.recover(app.data_dir, recovery_key, new)
    app.emit({"recovered": str(app.data_dir)}, tr("password_recovered", path=str(app.data_dir)))


@password_group.command("remember")
@click.option("--password", prompt=True, hide_input=True, envvar="INSPECTOR_PASSWORD", help="本机数据的密码")
@pass_app
def remember(app: App, password: str) -> None:
    """把密码保存在系统密钥环中（GNOME 密钥环、KWallet、Windows 凭据管理器等），此后本机用户的命令不再询问。"""
    lock.remember(app.ws, password)
    app.emit({"remembered": str(app.data_dir)}, tr("password_remembered"))


@password_group.command("forget")
@pass_app
def forget(app: App) -> None:
    """从系统密钥环中删除为这个数据目录保存的密码。"""
    gone = lock.forget(app.data_dir)
    app.emit({"forgotten": gone}, tr("password_forgotten" if gone else "password_not_remembered"))
