"""`inspector hub …`: run the sync hub and administer its users, devices, conflicts and bundles.
These are the hub's own use cases, in the hub package (it is a server of its own, beside the
laptop's services); the heavy parts (FastAPI, uvicorn, the database drivers) load only when a hub
command runs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from inspector_app.domain.enums import RecordKind, UserRole
from inspector_app.errors import InspectorError
from inspector_app.i18n import tr


db_option = click.option("--db", "db_url", required=True, envvar="INSPECTOR_HUB_DB",
                         help="数据库：SQLite 文件路径或 postgresql://…")


def hub_options(command: Callable[..., Any]) -> Callable[..., Any]:
    command = click.option("--blob-dir", type=click.Path(path_type=Path, file_okay=False), required=True,
                           envvar="INSPECTOR_HUB_BLOBS", help="照片原件目录")(command)
    return db_option(command)


def open_hub(db_url: str, blob_dir: Path) -> Any:
    from inspector_app.hub.store import Hub

    return Hub(db_url, blob_dir)


@click.group("hub")
def hub_group() -> None:
    """同步中心：服务、用户、注册码、终端、冲突。"""


@hub_group.command("serve")
@hub_options
@click.option("--host", default="127.0.0.1", show_default=True, help="监听地址")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(1, 65535))
@click.option("--tls-cert", type=click.Path(exists=True, dir_okay=False), help="TLS 证书（PEM）")
@click.option("--tls-key", type=click.Path(exists=True, dir_okay=False), help="TLS 私钥（PEM）")
def serve(db_url: str, blob_dir: Path, host: str, port: int, tls_cert: str | None, tls_key: str | None) -> None:
    """启动同步中心（Ctrl+C 停止）。"""
    from inspector_app.hub.server import serve as run

    if bool(tls_cert) != bool(tls_key):
        raise click.UsageError(tr("hub_tls_pair"))
    hub = open_hub(db_url, blob_dir)
    if hub.key_file_exposed():
        raise InspectorError("hub_key_file_exposed", path=str(hub.key_file))
    scheme = "https" if tls_cert else "http"
    click.echo(tr("hub_serving", url=f"{scheme}://{host}:{port}", hub_id=hub.hub_id), err=True)
    run(hub, host, port, tls_cert, tls_key)


@hub_group.group("user")
def user_group() -> None:
    """用户管理。"""


@user_group.command("add")
@hub_options
@click.argument("username")
@click.option("--name", "display_name", default="", help="姓名")
@click.option("--role", type=click.Choice([r.value for r in UserRole]), default=UserRole.INSPECTOR.value,
              show_default=True)
@click.option("--team", default=None, help="督查组名称（新名称自动建组）")
@click.password_option("--password", envvar="INSPECTOR_HUB_PASSWORD", help="密码（至少 8 位）")
@click.pass_obj
def user_add(app: Any, db_url: str, blob_dir: Path, username: str, display_name: str, role: str,
             team: str | None, password: str) -> None:
    """新增用户（督查员 / 办公室 / 管理员）。"""
    from inspector_app.hub.auth import add_user

    user_id = add_user(open_hub(db_url, blob_dir), username, display_name, role, password, team)
    app.emit({"id": str(user_id), "username": username, "role": role, "team": team},
             tr("hub_user_added", username=username, role=UserRole(role)))


@hub_group.command("enroll-code")
@hub_options
@click.argument("username")
@click.option("--days", default=7, show_default=True, type=click.IntRange(1, 90), help="有效天数")
@click.pass_obj
def enroll_code(app: Any, db_url: str, blob_dir: Path, username: str, days: int) -> None:
    """为用户的一台电脑生成一次性注册码。"""
    from inspector_app.hub.auth import enrollment_code

    code = enrollment_code(open_hub(db_url, blob_dir), username, days)
    app.emit({"username": username, "code": code, "days": days},
             tr("hub_code_made", username=username, code=code, days=days))


@hub_group.command("revoke")
@hub_options
@click.argument("device")
@click.pass_obj
def revoke(app: Any, db_url: str, blob_dir: Path, device: str) -> None:
    """停用一台终端（按名称或编号），此后它不能再同步。"""
    from inspector_app.errors import InspectorError
    from inspector_app.hub.auth import revoke_device

    if not revoke_device(open_hub(db_url, blob_dir), device):
        raise InspectorError("hub_no_such_device", device=device)
    app.emit({"revoked": device}, tr("hub_revoked", device=device))


@hub_group.command("recovery-key")
@hub_options
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), required=True,
              help="恢复私钥的保存位置（离线保管，不要放在同步中心）")
@click.pass_obj
def recovery_key(app: Any, db_url: str, blob_dir: Path, out: Path) -> None:
    """生成办公室的恢复密钥：私钥写入 --out，公钥交给同步中心，各电脑下次同步时用它再包一份数据密钥。"""
    from inspector_app.fileio import write_atomically
    from inspector_app.hub.store import new_recovery_key

    if out.exists():
        raise InspectorError("recovery_key_file_exists", path=str(out))
    hub = open_hub(db_url, blob_dir)
    pem, public = new_recovery_key()
    write_atomically(out, pem)  # readable by its owner alone (0600)
    hub.set_recovery_key(public)
    app.emit({"public_key": public, "private_key_file": str(out)}, tr("hub_recovery_key_made", path=str(out)))


@hub_group.group("audit")
def hub_audit_group() -> None:
    """同步中心的审计日志。"""


@hub_audit_group.command("verify")
@db_option
@click.pass_obj
def hub_audit_verify(app: Any, db_url: str) -> None:
    """逐条核对同步中心自身和各终端送来的审计日志哈希链，指出每条链第一处被改动或删除的位置。"""
    from inspector_app.hub.audit import HUB, verify

    chains = verify(db_url)
    lines = [tr("hub_audit_line", whose=tr("hub_audit_of") if c.name == HUB else
                tr("hub_audit_device", name=c.name or str(c.device)),
                verdict=tr("audit_intact", count=c.entries) if c.broken is None else
                tr("audit_broken_" + c.broken.kind, id=c.broken.entry_id, count=c.entries)) for c in chains]
    app.emit([{"chain": c.name, "device": c.device, "entries": c.entries, "intact": c.broken is None,
               "broken": None if c.broken is None else {"id": c.broken.entry_id, "kind": c.broken.kind}}
              for c in chains], "\n".join(lines))
    if any(c.broken for c in chains):
        raise SystemExit(1)


@hub_group.command("conflicts")
@hub_options
@click.pass_obj
def conflicts(app: Any, db_url: str, blob_dir: Path) -> None:
    """列出待处理的同步冲突（双方的值都保留着）。"""
    from inspector_app.hub.conflicts import open_conflicts

    hub = open_hub(db_url, blob_dir)
    with hub.read() as conn:
        rows = open_conflicts(conn)
    lines = [tr("hub_conflict_line", id=r["id"], entity=RecordKind(r["entity"]), entity_id=r["entity_id"],
                field=r["field"] or "—", hub_value=r["hub_value"], device_value=r["device_value"], reason=r["reason"])
             for r in rows]
    app.emit(rows, "\n".join(lines) or tr("hub_no_conflicts"))


@hub_group.group("bundle")
def hub_bundle_group() -> None:
    """同步包（U 盘）：导入终端的、为终端导出。"""


@hub_bundle_group.command("import")
@hub_options
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False))
@click.pass_obj
def hub_bundle_import(app: Any, db_url: str, blob_dir: Path, path: Path) -> None:
    """导入终端交来的同步包（重复导入不会重复记录）。"""
    from dataclasses import asdict

    from inspector_app.hub.bundles import import_from_device

    report = import_from_device(open_hub(db_url, blob_dir), path)
    app.emit(asdict(report), tr("hub_bundle_imported", **asdict(report)) + (f"\n{report.gap}" if report.gap else ""))


@hub_bundle_group.command("export")
@hub_options
@click.option("--device", required=True, help="终端名称或编号")
@click.option("--out", required=True, type=click.Path(path_type=Path, dir_okay=False), help="输出文件")
@click.pass_obj
def hub_bundle_export(app: Any, db_url: str, blob_dir: Path, device: str, out: Path) -> None:
    """为一台终端导出同步包：它尚未收到的记录与照片，以及对它所交记录的确认。"""
    from inspector_app.hub.bundles import export_for_device

    done = export_for_device(open_hub(db_url, blob_dir), device, out)
    app.emit({"path": str(out), **done}, tr("hub_bundle_exported", path=str(out), **done))
