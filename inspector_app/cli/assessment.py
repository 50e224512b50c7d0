"""`inspector assess`: each unit's record over a period — findings, sanctions, complaints,
rectification, notices, clean visits, its head held to account, its service commitments — its score
and place among units of its kind, and service users' dissatisfaction with its flag (须说明 at ≥ 20 %,
严重 at ≥ 30 %, the office's settings); the people and their appraisal; `commitment …` for 服务承诺."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from inspector_app.cli.app import App, pass_app
from inspector_app.cli.tables import table
from inspector_app.domain.enums import AppraisalGrade, CommitmentRating, UnitKind
from inspector_app.domain.validation import parse_day
from inspector_app.i18n import pick, tr
from inspector_app.services import assessment, assessment_report, commitments

FLAGS = {"ok": ("正常", "ok"), "explain": ("须书面说明", "explain"), "grave": ("严重", "grave")}


@click.group("assess", invoke_without_command=True)
@click.option("--from", "date_from", help="起始日期 2026-01-01")
@click.option("--to", "date_to", help="截止日期（含）")
@click.option("--unit", default="", help="只看该单位")
@click.option("--people", is_flag=True, help="改为列出人员：问题、处理、年度考核建议")
@click.pass_context
def assess(ctx: click.Context, date_from: str | None, date_to: str | None, unit: str, people: bool) -> None:
    """考核评价：各单位在期间内的问题、处理、投诉、整改、通报、服务承诺、满意度测评，得分及同类单位排名。"""
    if ctx.invoked_subcommand is not None:
        return
    if not (date_from and date_to):
        raise click.UsageError(pick("请给出 --from 和 --to", "Give --from and --to"))
    app = ctx.find_object(App)
    if people:
        return assess_people(app, date_from, date_to, unit)
    profiles = assessment.unit_profiles(app.ws, parse_day(date_from), parse_day(date_to), unit)
    rows = [[p.unit, UnitKind(p.kind).label(), f"{p.score:g}", str(p.rank), str(sum(p.findings.values())),
             str(p.prohibitions), str(sum(p.sanctions.values())), f"{p.complaints}/{p.complaints_true}",
             f"{p.rectified_on_time}/{p.rectified_late}/{p.rectification_refused}", str(p.notices),
             str(p.visits_clean), f"{p.commitments_kept}/{p.commitments}" if p.commitments else "—",
             "—" if p.dissatisfied_rate is None else f"{p.dissatisfied_rate:.1f}%",
             pick(*FLAGS[p.satisfaction_flag]) if p.satisfaction_flag else "—"] for p in profiles]
    headers = [pick("单位", "Unit"), pick("类别", "Kind"), pick("得分", "Score"), pick("同类排名", "Rank"),
               pick("问题", "Findings"), pick("禁令", "Prohib."), pick("处理", "Sanctions"),
               pick("投诉/属实", "Compl./true"), pick("整改 按期/逾期/退回", "Rectified on time/late/back"),
               pick("通报", "Notices"), pick("无问题点位", "Clean visits"), pick("承诺兑现", "Commitments kept"),
               pick("不满意率", "Dissatisfied"), pick("提示", "Flag")]
    flagged = assessment.flagged(profiles)
    lines = [table(headers, rows, [22, 8, 6, 8, 6, 6, 6, 10, 16, 6, 10, 8, 9, 10])]
    cat = app.ws.ref.catalogue
    for flag in ("explain", "grave"):
        if flagged.get(flag):
            lines.append(tr("assess_flagged_" + flag, units="、".join(flagged[flag])))
    for p in profiles:
        if p.consequence:
            offered = tr("assess_offered", sanction=cat.sanction(p.offered).name()) if p.offered else ""
            explained = tr("assess_explained") if p.explained else ""
            lines.append(f"  {p.unit}：{p.consequence}{offered}{explained}")
    app.emit({"units": [p.as_json() for p in profiles], "flagged": flagged}, "\n".join(lines))


def assess_people(app: App, date_from: str, date_to: str, unit: str) -> None:
    """The people with findings in the period, and what the office's rules suggest for their appraisal."""
    cat = app.ws.ref.catalogue
    people = assessment.person_profiles(app.ws, parse_day(date_from), parse_day(date_to), unit)

    def grade(code: str) -> str:
        return AppraisalGrade(code).label() if code else "—"
    rows = [[p.person, p.unit, str(sum(p.findings.values())), str(p.prohibitions), str(sum(p.sanctions.values())),
             cat.sanction(p.harshest).name() if p.harshest else "—", "；".join(p.appraisal) or "—",
             grade(p.suggested), grade(p.confirmed)] for p in people]
    headers = [pick("姓名", "Name"), pick("单位", "Unit"), pick("问题", "Findings"), pick("禁令", "Prohib."),
               pick("处理", "Sanctions"), pick("最重处理", "Harshest"), pick("考核提示", "Appraisal alerts"),
               pick("建议等次", "Suggested"), pick("已确认", "Confirmed")]
    app.emit({"people": [p.as_json() for p in people]}, table(headers, rows, [12, 22, 6, 6, 6, 10, 30, 8, 8]))


@assess.command("confirm")
@click.argument("person")
@click.option("--unit", default="", help="人员所在单位（省略则 PERSON 为人员编号）")
@click.option("--year", type=int, default=None, help="考核年度（默认今年）")
@click.option("--grade", required=True, help="优秀 / 称职 / 基本称职 / 不称职")
@click.option("--basis", default="", help="依据（如：一年内受效能告诫2次）")
@pass_app
def confirm(app: App, person: str, unit: str, year: int | None, grade: str, basis: str) -> None:
    """确认人员的年度考核等次（可采纳系统建议，也可另定），记入其考核记录。"""
    year = year or date.today().year
    record = assessment.confirm_appraisal(app.ws, person, unit, year, grade, basis)
    label = AppraisalGrade(record.grade).label()
    app.emit({"person_id": record.person_id, "year": year, "grade": record.grade, "basis": record.basis},
             tr("appraisal_confirmed", person=person, year=year, grade=label))


@assess.command("report")
@click.option("--year", type=int, default=None, help="考核年度（与 --from/--to 二选一）")
@click.option("--from", "date_from", default=None, help="起始日期（季度或自定期间）")
@click.option("--to", "date_to", default=None, help="截止日期（含）")
@click.option("--out", "pdf", type=click.Path(path_type=Path, dir_okay=False), default=None, help="考核情况通报（.pdf）")
@click.option("--xlsx", type=click.Path(path_type=Path, dir_okay=False), default=None, help="考核情况表（.xlsx，每表一页）")
@pass_app
def report(app: App, year: int | None, date_from: str | None, date_to: str | None, pdf: Path | None,
           xlsx: Path | None) -> None:
    """考核情况通报（PDF，公文格式，附得分排名表）和考核情况表（Excel）。"""
    if year:
        start, end = date(year, 1, 1), date(year, 12, 31)
    elif date_from and date_to:
        start, end = parse_day(date_from), parse_day(date_to)
    else:
        raise click.UsageError(pick("请给出 --year，或 --from 和 --to", "Give --year, or --from and --to"))
    if pdf is None and xlsx is None:
        raise click.UsageError(pick("请给出 --out 或 --xlsx", "Give --out or --xlsx"))
    done = assessment_report.export(app.ws, start, end, pdf, xlsx)
    paths = [str(p) for p in (pdf, xlsx) if p is not None]
    app.emit({"period": done.period, "paths": paths, "units": len(done.units)},
             tr("assess_report", period=done.period, paths="、".join(paths)))


@click.group("commitment")
def commitment_group() -> None:
    """服务承诺：年初登记、年终评议（已兑现 / 基本兑现 / 未兑现）。"""


@commitment_group.command("add")
@click.argument("unit")
@click.option("--year", type=int, default=None, help="年度（默认今年）")
@click.option("--text", "text", required=True, help="承诺内容")
@pass_app
def commitment_add(app: App, unit: str, year: int | None, text: str) -> None:
    """登记单位的一项年度服务承诺，输出其编号。"""
    c = commitments.add(app.ws, unit, year or date.today().year, text)
    app.emit(vars(c), tr("commitment_added", unit=c.unit, year=c.year, id=c.id))


@commitment_group.command("rate")
@click.argument("commitment_id")
@click.option("--rating", required=True, help="已兑现 / 基本兑现 / 未兑现")
@click.option("--note", default="", help="评议说明")
@pass_app
def commitment_rate(app: App, commitment_id: str, rating: str, note: str) -> None:
    """年终评议一项服务承诺的兑现情况。"""
    c = commitments.rate(app.ws, commitment_id, rating, note)
    app.emit(vars(c), tr("commitment_rated", rating=CommitmentRating(c.rating).label()))


@commitment_group.command("list")
@click.option("--year", type=int, default=None)
@click.option("--unit", default="")
@pass_app
def commitment_list(app: App, year: int | None, unit: str) -> None:
    """列出服务承诺及其评议。"""
    held = commitments.held(app.ws, year, unit)
    rows = [[c.unit, str(c.year), c.text, CommitmentRating(c.rating).label() if c.rating else "—", str(c.id)]
            for c in held]
    headers = [pick("单位", "Unit"), pick("年度", "Year"), pick("承诺", "Commitment"), pick("评议", "Rating"),
               pick("编号", "Id")]
    app.emit([vars(c) for c in held], table(headers, rows, [22, 6, 40, 8, 36]))
