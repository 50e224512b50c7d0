"""`inspector assess`: each unit's record over a period — findings, sanctions, complaints,
rectification, notices, clean visits, its head held to account — and service users' dissatisfaction
with its flag (须说明 at ≥ 20 %, 严重 at ≥ 30 %, the office's settings)."""

from __future__ import annotations

import click

from inspector_app.cli.app import App, pass_app
from inspector_app.cli.tables import table
from inspector_app.domain.validation import parse_day
from inspector_app.i18n import pick, tr
from inspector_app.services import assessment

FLAGS = {"ok": ("正常", "ok"), "explain": ("须书面说明", "explain"), "grave": ("严重", "grave")}


@click.command("assess")
@click.option("--from", "date_from", required=True, help="起始日期 2026-01-01")
@click.option("--to", "date_to", required=True, help="截止日期（含）")
@click.option("--unit", default="", help="只看该单位")
@click.option("--people", is_flag=True, help="改为列出人员：问题、处理、年度考核建议")
@pass_app
def assess(app: App, date_from: str, date_to: str, unit: str, people: bool) -> None:
    """考核评价：各单位在期间内的问题、处理、投诉、整改、通报、满意度测评（不满意率及其提示）。"""
    if people:
        return assess_people(app, date_from, date_to, unit)
    profiles = assessment.unit_profiles(app.ws, parse_day(date_from), parse_day(date_to), unit)
    rows = [[p.unit, str(sum(p.findings.values())), str(p.prohibitions), str(sum(p.sanctions.values())),
             f"{p.complaints}/{p.complaints_true}", f"{p.rectified_on_time}/{p.rectified_late}/{p.rectification_refused}",
             str(p.notices), str(p.visits_clean), "—" if p.dissatisfied_rate is None else f"{p.dissatisfied_rate:.1f}%",
             pick(*FLAGS[p.satisfaction_flag]) if p.satisfaction_flag else "—"] for p in profiles]
    headers = [pick("单位", "Unit"), pick("问题", "Findings"), pick("禁令", "Prohib."), pick("处理", "Sanctions"),
               pick("投诉/属实", "Compl./true"), pick("整改 按期/逾期/退回", "Rectified on time/late/back"),
               pick("通报", "Notices"), pick("无问题点位", "Clean visits"), pick("不满意率", "Dissatisfied"),
               pick("提示", "Flag")]
    flagged = assessment.flagged(profiles)
    lines = [table(headers, rows, [22, 6, 6, 6, 10, 16, 6, 10, 9, 10])]
    for flag in ("explain", "grave"):
        if flagged.get(flag):
            lines.append(tr("assess_flagged_" + flag, units="、".join(flagged[flag])))
    app.emit({"units": [p.as_json() for p in profiles], "flagged": flagged}, "\n".join(lines))


def assess_people(app: App, date_from: str, date_to: str, unit: str) -> None:
    """The people with findings in the period, and what the office's rules suggest for their appraisal."""
    cat = app.ws.ref.catalogue
    people = assessment.person_profiles(app.ws, parse_day(date_from), parse_day(date_to), unit)
    rows = [[p.person, p.unit, str(sum(p.findings.values())), str(p.prohibitions), str(sum(p.sanctions.values())),
             cat.sanction(p.harshest).name() if p.harshest else "—", "；".join(p.appraisal) or "—"] for p in people]
    headers = [pick("姓名", "Name"), pick("单位", "Unit"), pick("问题", "Findings"), pick("禁令", "Prohib."),
               pick("处理", "Sanctions"), pick("最重处理", "Harshest"), pick("考核建议（待确认）", "Appraisal (to confirm)")]
    app.emit({"people": [p.as_json() for p in people]}, table(headers, rows, [12, 22, 6, 6, 6, 10, 40]))
