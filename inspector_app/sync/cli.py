"""`inspector sync …` and `inspector bundle …`: the laptop's side of sync, online or on a USB stick."""

from __future__ import annotations

import platform
import sys
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from inspector_app.i18n import tr


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
    from inspector_app.sync.client import SyncClient, connect
    from inspector_app.sync.status import refusal_lines

    app = ctx.obj
    with connect(app.db, hub_url) as conn:
        report = SyncClient(app.db, conn, progress=_progress).run()
    if sys.stderr.isatty():
        click.echo("", err=True)
    human = tr("sync_done", **{k: v for k, v in asdict(report).items() if not isinstance(v, list)},
               refused=len(report.refused), missing=len(report.missing_on_hub))
    for line in refusal_lines(report.refused, where_the_rest=tr("sync_refused_json")):
        human += "\n  " + line
    if report.missing_on_hub:
        human += "\n  " + tr("sync_missing_line", names="、".join(report.missing_on_hub[:20]))
    app.emit(asdict(report), human)


@sync_group.command("enroll")
@click.option("--hub", "hub_url", required=True, help="同步中心地址")
@click.option("--code", required=True, help="管理员给的一次性注册码")
@click.option("--name", "device_name", default=platform.node(), show_default=True, help="本机名称")
@click.option("--password", prompt=True, hide_input=True, envvar="INSPECTOR_PASSWORD", help="本人的密码")
@click.pass_obj
def enroll_command(app: Any, hub_url: str, code: str, device_name: str, password: str) -> None:
    """用注册码把本机登记到同步中心。"""
    from inspector_app.sync.client import enroll, open_http

    with open_http(hub_url) as http:
        creds = enroll(app.db, http, code, password, device_name)
    app.emit({"hub": creds.hub_url, "user": creds.user, "role": creds.role, "device": app.db.device_id},
             tr("sync_enrolled", hub=creds.hub_url, user=creds.user))


@sync_group.command("status")
@click.pass_obj
def status_command(app: Any) -> None:
    """同步状态：待发送的记录与照片、上次同步。"""
    from inspector_app.sync import credentials
    from inspector_app.sync.status import last_sync, waiting_ops, waiting_photos

    data = {"enrolled": credentials.enrolled(app.db.data_dir), "waiting_ops": waiting_ops(app.db),
            "waiting_photos": waiting_photos(app.db), "last_sync": last_sync(app.db)}
    last = data["last_sync"]
    app.emit(data, tr("sync_status", ops=data["waiting_ops"], photos=data["waiting_photos"],
                      last=f"{datetime.fromisoformat(last['at']).astimezone():%Y-%m-%d %H:%M}" if last
                      else tr("sync_never")))


@click.group("bundle")
def bundle_group() -> None:
    """同步包（U 盘）：没有网络的办公室用它与同步中心交换数据。"""


@bundle_group.command("export")
@click.option("--out", "out", required=True, type=click.Path(path_type=Path, dir_okay=False), help="输出文件")
@click.pass_obj
def bundle_export(app: Any, out: Path) -> None:
    """把待发送的记录和照片导出为同步包（加密、签名），交给同步中心导入。"""
    from inspector_app.sync.offline import export_for_hub

    done = export_for_hub(app.db, out)
    app.emit({"path": str(out), **done}, tr("bundle_exported", path=str(out), ops=done["ops"], photos=done["photos"],
                                             size=human_size(done["bytes"])))


@bundle_group.command("import")
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False))
@click.pass_obj
def bundle_import(app: Any, path: Path) -> None:
    """导入同步中心为本机导出的同步包。"""
    from inspector_app.sync.offline import import_from_hub

    done = import_from_hub(app.db, path)
    app.emit(done, tr("bundle_imported", **done))


def human_size(size: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return str(size)
