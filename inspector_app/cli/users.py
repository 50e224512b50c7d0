"""`inspector user …`: who is using Inspector on this laptop, and setting up its local user."""

from __future__ import annotations

import click

from inspector_app.cli.app import App, pass_app
from inspector_app.i18n import tr
from inspector_app.services import users


@click.group("user")
def user_group() -> None:
    """本机使用人：登记到同步中心后为该用户，之前为首次使用时设置的本机用户。"""


@user_group.command("show")
@pass_app
def show(app: App) -> None:
    """显示本机使用人（记录与历史中的“录入人”）。"""
    who = users.at_work(app.ws)
    app.emit({"name": who.name, "username": who.username, "role": who.role, "enrolled": who.enrolled},
             tr("user_is", who=who.shown()))


@user_group.command("setup")
@click.option("--name", required=True, help="使用人的姓名")
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True, envvar="INSPECTOR_PASSWORD",
              help="本机用户的密码，此后用它打开本机数据（至少 8 位）")
@pass_app
def setup(app: App, name: str, password: str) -> None:
    """设置本机用户（未登记到同步中心时）：此后的记录以其姓名为录入人。"""
    who = users.set_up(app.ws, name, password)
    app.emit({"name": who.name}, tr("user_is", who=who.shown()))
