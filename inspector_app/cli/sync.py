"""`inspector sync …` and `inspector bundle …`: the laptop's side of sync, online or on a USB stick."""

from __future__ import annotations

import platform
import sys
from datetime import datetime
from pathlib import Path

import click

from inspector_app.cli.app import App, pass_app
from inspector_app.i18n import tr
from inspector_app.services import sync


def _progress(stage: str, done: int, total: int) -> None:
    if sys.stderr.isatty():
        click.echo(f"\r{tr('sync_progress_' + stage, done=done, total=total)}", nl=False, err=True)


@click.group("sync", invoke_without_command=True)
@click.option("--hub", "hub_url", default=None, help="同步中心地址，如 https://10.1.2.3:8765（默认用注册时的地址）")
@click.pass_context
def sync_group(ctx: click.Context, hub_url: str | None) -> None:
    """与同步中心同步：先发送本机的记录和照片，再接收其他人的。"""
    if ctx.invoked_subcommand is not None:
        return
    app: App = ctx.obj
    report = sync.sync(app.ws, hub_url, progress=_progress)
    if sys.stderr.isatty():
        click.echo("", err=True)
    data = report.as_json()
    human = tr("sync_done", **{k: v for k, v in data.items() if not isinstance(v, list)},
               refused=len(report.refused), missing=len(report.missing_on_hub))
    for line in sync.refusal_lines(report.refused, where_the_rest=tr("sync_refused_json")):
        human += "\n  " + line
    if report.missing_on_hub:
        human += "\n  " + tr("sync_missing_line", names="、".join(report.missing_on_hub[:20]))
    app.emit(data, human)


@sync_group.command("enroll")
@click.option("--hub", "hub_url", required=True, help="同步中心地址")
@click.option("--code", required=True, help="管理员给的一次性注册码")
@click.option("--name", "device_name", default=platform.node(), show_default=True, help="本机名称")
@click.option("--password", prompt=True, hide_input=True, help="本人在同步中心的密码")
@pass_app
def enroll_command(app: App, hub_url: str, code: str, device_name: str, password: str) -> None:
    """用注册码把本机登记到同步中心。"""
    creds = sync.enroll(app.ws, hub_url, code, password, device_name)
    app.emit({"hub": creds.hub_url, "user": creds.user, "role": creds.role, "device": app.ws.db.device_id},
             tr("sync_enrolled", hub=creds.hub_url, user=creds.user))


@sync_group.command("status")
@pass_app
def status_command(app: App) -> None:
    """同步状态：待发送的记录与照片、上次同步。"""
    state = sync.status(app.ws)
    last = state.last
    app.emit({"enrolled": state.enrolled, "waiting_ops": state.waiting_ops, "waiting_photos": state.waiting_photos,
              "last_sync": last},
             tr("sync_status", ops=state.waiting_ops, photos=state.waiting_photos,
                last=f"{datetime.fromisoformat(last['at']).astimezone():%Y-%m-%d %H:%M}" if last else tr("sync_never")))


@click.group("bundle")
def bundle_group() -> None:
    """同步包（U 盘）：没有网络的办公室用它与同步中心交换数据。"""


@bundle_group.command("export")
@click.option("--out", "out", required=True, type=click.Path(path_type=Path, dir_okay=False), help="输出文件")
@pass_app
def bundle_export(app: App, out: Path) -> None:
    """把待发送的记录和照片导出为同步包（加密、签名），交给同步中心导入。"""
    done = sync.export_bundle(app.ws, out)
    app.emit({"path": str(out), **done}, tr("bundle_exported", path=str(out), ops=done["ops"], photos=done["photos"],
                                             size=human_size(done["bytes"])))


@bundle_group.command("import")
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False))
@pass_app
def bundle_import(app: App, path: Path) -> None:
    """导入同步中心为本机导出的同步包。"""
    done = sync.import_bundle(app.ws, path)
    app.emit(done, tr("bundle_imported", **done))


def human_size(size: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return str(size)
