"""`inspector roster …`: the district's roster as the office keeps it, from and to a workbook; the
people a team added in the field, to confirm or merge into someone the roster has already.
`inspector unit list` and `inspector person list`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from inspector_app.cli.app import App, pass_app
from inspector_app.cli.tables import table
from inspector_app.i18n import pick, tr
from inspector_app.domain.enums import UnitKind
from inspector_app.services import roster, roster_import, roster_workbook
from inspector_app.services.roster import UnitInput

SHOWN = 30  # changes and problems listed in words at most; --json lists them all


@click.group("roster")
def roster_group() -> None:
    """名册：从 Excel 导入、导出、模板；督查组现场新增的人员，由办公室确认或合并。"""


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


@roster_group.command("import")
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--dry-run", is_flag=True, help="只检查并列出将新增、修改、标记离开的记录，不写入")
@pass_app
def import_(app: App, path: Path, dry_run: bool) -> None:
    """从 Excel 工作簿（工作表“单位”“人员”）导入名册；有任何一行出错则全部不导入。"""
    plan = roster_import.import_workbook(app.ws, path, dry_run)
    app.emit(plan.summary(), "\n".join(plan.report(limit=SHOWN)))
    if plan.problems:
        raise SystemExit(1)


@roster_group.command("export")
@click.option("--out", "path", required=True, type=click.Path(path_type=Path, dir_okay=False), help="保存为（.xlsx）")
@pass_app
def export(app: App, path: Path) -> None:
    """把名册（单位与在职人员，含编号）导出为 Excel 工作簿，修改后可再导入。"""
    counts = roster.export_workbook(app.ws, path)
    app.emit({"path": str(path), **counts}, tr("roster_exported", path=path, **counts))


@roster_group.command("template")
@click.option("--out", "path", required=True, type=click.Path(path_type=Path, dir_okay=False), help="保存为（.xlsx）")
@pass_app
def template(app: App, path: Path) -> None:
    """写出空白名册模板：各列标题及一行示例。"""
    roster_workbook.template(path)
    app.emit({"path": str(path)}, tr("roster_template", path=path))


@click.group("unit")
def unit_group() -> None:
    """单位。"""


@unit_group.command("list")
@pass_app
def unit_list(app: App) -> None:
    """按层级列出单位及其在职人数。"""
    rows = roster.unit_list(app.ws)
    app.emit(rows, table([pick("单位", "Unit"), pick("简称", "Short"), pick("类别", "Kind"), pick("人数", "People")],
                         [["  " * r["depth"] + r["name"], r["short_name"], r["kind_name"], str(r["people"])]
                          for r in rows], [40, 14, 12, 6]))


@unit_group.command("show")
@click.argument("unit")
@click.option("--year", type=int, default=None, help="年度（默认今年）")
@pass_app
def unit_show(app: App, unit: str, year: int | None) -> None:
    """单位的年度情况：问题、处理、升级提示、对其“一把手”的问责，以及群众投诉。"""
    rec = roster.unit_record(app.ws, unit, year or date.today().year)
    lines = [tr("unit_year", unit=rec["unit"], year=rec["year"])]
    lines.append(tr("unit_findings", items=tr("list_sep").join(f"{f['name']} {f['count']}" for f in rec["findings"])
                    or "—"))
    lines.append(tr("unit_sanctions", items=tr("list_sep").join(f"{s['name']} {s['count']}" for s in rec["sanctions"])
                    or "—"))
    lines += [tr("unit_alert", text=text) for text in rec["alerts"]]
    lines.append(tr("unit_accountability", count=len(rec["accountability"])))
    lines += [f"  {a['decided_on']}  {a['sanction']}  {a['person']}（{a['type']}）" for a in rec["accountability"]]
    lines.append(tr("unit_complaints", **rec["complaints"]))
    app.emit(rec, "\n".join(lines))


def _unit_options(fn):
    fn = click.option("--short", "short_name", default=None, help="简称")(fn)
    fn = click.option("--kind", type=click.Choice([k.value for k in UnitKind]), default=None, help="单位类别")(fn)
    return click.option("--parent", default=None, help="上级单位（空字符串：无）")(fn)


@unit_group.command("add")
@click.argument("name")
@_unit_options
@pass_app
def unit_add(app: App, name: str, parent: str | None, kind: str | None, short_name: str | None) -> None:
    """新增单位。"""
    unit = roster.save_unit(app.ws, UnitInput(name, parent or "", kind or UnitKind.AGENCY, short_name or ""))
    app.emit({"id": unit.id, "name": unit.name}, tr("roster_unit_saved", name=unit.name))


@unit_group.command("edit")
@click.argument("unit")
@click.option("--name", default=None, help="新名称")
@_unit_options
@pass_app
def unit_edit(app: App, unit: str, name: str | None, parent: str | None, kind: str | None,
              short_name: str | None) -> None:
    """修改单位：改名、移到另一上级单位下、改类别或简称（未给出的保持不变）。"""
    now = next(u for u in roster.unit_list(app.ws) if u["id"] == roster.unit_id(app.ws, unit))
    given = UnitInput(name if name is not None else now["name"], parent if parent is not None else now["parent"],
                      kind or now["kind"], short_name if short_name is not None else now["short_name"])
    saved = roster.save_unit(app.ws, given, now["id"])
    app.emit({"id": saved.id, "name": saved.name}, tr("roster_unit_saved", name=saved.name))


@click.group("person")
def person_group() -> None:
    """人员。"""


@person_group.command("list")
@click.option("--unit", default=None, help="只列出该单位的人员")
@click.option("--left", is_flag=True, help="也列出已离开的人员")
@pass_app
def person_list(app: App, unit: str | None, left: bool) -> None:
    """列出在职人员（姓名、单位、职务、人员类别、督查组）。"""
    rows = roster.person_list(app.ws, unit, left)
    app.emit(rows, table(
        [pick("姓名", "Name"), pick("单位", "Unit"), pick("职务", "Position"), pick("类别", "Category"),
         pick("督查组", "Team")],
        [[r["name"] + ("" if r["active"] else tr("roster_left_mark")), r["unit"], r["position"], r["category_name"],
          r["team"]] for r in rows], [14, 28, 16, 12, 12]))
