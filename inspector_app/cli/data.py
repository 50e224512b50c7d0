"""`inspector overview`, `inspector demo`, `inspector db …`: what the data directory holds, a demo
district to try the product on, and the database's schema."""

from __future__ import annotations

from dataclasses import asdict

import click

from inspector_app.cli.app import App, pass_app
from inspector_app.cli.findings import finding_list
from inspector_app.i18n import tr
from inspector_app.services import overview as data


@click.command()
@pass_app
def overview(app: App) -> None:
    """概览：数据目录中的记录数与最新的问题记录。"""
    counts = data.counts(app.ws)
    click.echo(tr("overview", path=str(app.ws.db.path), **counts))
    click.get_current_context().invoke(finding_list, limit=10)
    click.echo(tr("overview_hint"))


@click.command()
@click.option("--seed", default=2026, show_default=True, help="随机种子：同一种子生成相同数据")
@click.option("--findings", "n_findings", default=600, show_default=True, type=click.IntRange(0, 1_000_000),
              help="问题记录条数")
@click.option("--photos/--no-photos", default=True, show_default=True, help="为问题记录生成证据照片")
@pass_app
def demo(app: App, seed: int, n_findings: int, photos: bool) -> None:
    """生成一个区的演示数据（单位、人员、检查、问题、照片、处理）。"""
    from inspector_app.demo.generate import generate_demo

    summary = generate_demo(app.ws.db, app.ws.ref, seed=seed, n_findings=n_findings, photos=photos,
                            progress=app.progress("demo_progress"))
    app.emit(asdict(summary), tr("demo_done", **asdict(summary), path=str(app.data_dir)))


@click.group()
def db() -> None:
    """数据库：升级、状态。"""


@db.command("upgrade")
@pass_app
def db_upgrade(app: App) -> None:
    """把数据库升级到本版本的结构（升级前自动备份）。"""
    done = data.upgrade(app.data_dir)
    app.emit({"from": done.before, "to": done.after, "path": str(done.path)},
             tr("db_upgraded" if done.before != done.after else "db_current", before=done.before or "—",
                head=done.after))


@db.command("status")
@pass_app
def db_status(app: App) -> None:
    """数据库位置、结构版本与记录数。"""
    counts = data.counts(app.ws)
    del counts["open"]
    shown = {"path": str(app.ws.db.path), "schema": app.ws.db.schema_version, "device_id": app.ws.db.device_id,
             **counts}
    app.emit(shown, "\n".join(f"{k}: {v}" for k, v in shown.items()))
