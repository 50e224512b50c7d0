"""`inspector roster …`: the district's people as the office keeps them; those a team added in the
field, to confirm or merge into someone the roster has already."""

from __future__ import annotations

import click

from inspector_app.cli.app import App, pass_app
from inspector_app.cli.tables import table
from inspector_app.i18n import pick, tr
from inspector_app.services import roster


@click.group("roster")
def roster_group() -> None:
    """名册：督查组现场新增的人员，由办公室确认或合并。"""


@roster_group.command("provisional")
@pass_app
def provisional(app: App) -> None:
    """列出督查组现场新增、待办公室确认的人员。"""
    units = dict(roster.units(app.ws))
    rows = [{"id": str(p.id), "name": p.name, "unit": units.get(p.unit_id, ""), "added": p.created_at}
            for p in roster.provisional(app.ws)]
    app.emit(rows, table([pick("姓名", "Name"), pick("单位", "Unit"), "ID"],
                         [[r["name"], r["unit"], r["id"]] for r in rows], [12, 24, 36]) if rows
             else tr("roster_none_provisional"))


@roster_group.command("confirm")
@click.argument("person_id")
@pass_app
def confirm(app: App, person_id: str) -> None:
    """确认现场新增的人员，纳入名册。"""
    person = roster.confirm(app.ws, person_id)
    app.emit({"id": person.id, "name": person.name}, tr("roster_confirmed", name=person.name))


@roster_group.command("merge")
@click.argument("person_id")
@click.option("--into", "into_id", required=True, help="名册中已有的同一人员的编号")
@pass_app
def merge(app: App, person_id: str, into_id: str) -> None:
    """现场新增的人员即名册中已有的某人：其问题记录归到该人员名下，新增的记录标记删除。"""
    person = roster.merge(app.ws, person_id, into_id)
    app.emit({"id": person.id, "name": person.name}, tr("roster_merged", name=person.name))
