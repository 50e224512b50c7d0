"""`inspector password`: the password that opens this laptop's data, changed, or reset with the
office's recovery key when it was forgotten."""

from __future__ import annotations

from pathlib import Path

import click

from inspector_app.cli.app import App, pass_app
from inspector_app.i18n import tr
from inspector_app.services import lock


@click.group("password")
def password_group() -> None:
    """本机数据的密码：修改，或忘记时用办公室的恢复密钥重设。"""


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
