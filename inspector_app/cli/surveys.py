"""`inspector survey …`: 满意度测评 — the workbook's template, its import (checked whole), the
surveys held with their 不满意率 and flag, and a unit's written explanation."""

from __future__ import annotations

from pathlib import Path

import click

from inspector_app.cli.app import App, pass_app
from inspector_app.cli.assessment import FLAGS
from inspector_app.cli.tables import table
from inspector_app.i18n import pick, tr
from inspector_app.services import surveys


@click.group("survey")
def survey_group() -> None:
    """满意度测评：模板、导入、查看、单位书面说明。"""


@survey_group.command("template")
@click.option("--out", "path", required=True, type=click.Path(path_type=Path, dir_okay=False), help="保存为（.xlsx）")
@pass_app
def template(app: App, path: Path) -> None:
    """写出空白测评表：单位、期间、满意、基本满意、不满意（人数）及示例行。"""
    surveys.template(path)
    app.emit({"path": str(path)}, tr("survey_template", path=path))


@survey_group.command("import")
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("--dry-run", is_flag=True, help="只检查并列出将新增、更新的测评，不写入")
@pass_app
def import_(app: App, path: Path, dry_run: bool) -> None:
    """从 Excel 工作簿（工作表“满意度测评”）导入测评结果；有任何一行出错则全部不导入。"""
    plan = surveys.import_workbook(app.ws, path, dry_run)
    app.emit(plan.summary(), "\n".join(plan.report()))
    if plan.problems:
        raise SystemExit(1)


@survey_group.command("list")
@click.option("--year", type=int, default=None, help="年度")
@click.option("--unit", default="", help="只看该单位")
@pass_app
def survey_list(app: App, year: int | None, unit: str) -> None:
    """列出测评结果：参评人数、不满意率、提示及单位的书面说明。"""
    held = surveys.surveys(app.ws, year, unit)
    rows = [[x.unit, f"{x.start}..{x.end}", str(x.respondents), "—" if x.rate is None else f"{x.rate:.1f}%",
             pick(*FLAGS[x.flag]) if x.flag else "—", x.explanation or "—"] for x in held]
    headers = [pick("单位", "Unit"), pick("期间", "Period"), pick("参评", "Asked"), pick("不满意率", "Dissatisfied"),
               pick("提示", "Flag"), pick("书面说明", "Explanation")]
    app.emit([vars(x) for x in held], table(headers, rows, [22, 22, 6, 9, 10, 30]))


@survey_group.command("explain")
@click.argument("unit")
@click.option("--period", required=True, help="测评期间，如 2026")
@click.option("--text", "text", required=True, help="单位的书面说明")
@pass_app
def explain(app: App, unit: str, period: str, text: str) -> None:
    """记录单位对不满意率的书面说明。"""
    x = surveys.explain(app.ws, unit, period, text)
    app.emit(vars(x), tr("survey_explained", unit=x.unit))
