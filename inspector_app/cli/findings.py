"""`inspector finding …`: record findings, list and show them, move them through their workflow."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from inspector_app.cli.app import App, pass_app
from inspector_app.cli.tables import table
from inspector_app.domain.enums import FindingStatus
from inspector_app.i18n import pick, tr
from inspector_app.services import findings
from inspector_app.services.findings import SORTS, FindingDetail, FindingInput, FindingRow


@click.group()
def finding() -> None:
    """问题记录：录入、查询、流转。"""


@finding.command("add")
@click.option("--unit", required=True, help="单位名称")
@click.option("--person", default="", help="当事人姓名（新人员自动建档）")
@click.option("--person-desc", default="", help="无法确认姓名时的描述，如“一名女工作人员”")
@click.option("--category", required=True, help="问题类型代码或名称，如 late / 迟到")
@click.option("--at", "at", required=True, help="发现时间，精确到分钟：2026-10-15T09:40")
@click.option("--note", default="", help="事实描述")
@click.option("--place", default="", help="地点")
@click.option("--photo", "photos", multiple=True, type=click.Path(path_type=Path, dir_okay=False),
              help="证据照片（可多次）")
@pass_app
def finding_add(app: App, unit: str, person: str, person_desc: str, category: str, at: str, note: str,
                place: str, photos: tuple[Path, ...]) -> None:
    """录入一条问题记录，输出其编号。"""
    data = FindingInput(unit=unit, category=category, at=at, person=person, person_description=person_desc,
                        note=note, place=place, photos=photos)
    found = findings.record(app.ws, data)
    shown = findings.detail(app.ws, found.id)
    app.emit({"id": found.id, "photos": len(photos), "suggestion": suggestion_json(app, shown)}, str(found.id))


def suggestion_json(app: App, shown: FindingDetail) -> dict[str, Any]:
    hint = shown.suggestion
    return {"sanction": hint.sanction, "name": app.ws.ref.catalogue.sanction(hint.sanction).name(),
            "reasons": [r.text() for r in hint.reasons], "alerts": [r.text() for r in hint.alerts]}


@finding.command("list")
@click.option("--from", "date_from", help="起始日期 2026-10-01")
@click.option("--to", "date_to", help="截止日期（含）")
@click.option("--unit", "units", multiple=True, help="单位（含下属窗口），可多次")
@click.option("--category", "categories", multiple=True, help="问题类型，可多次")
@click.option("--status", "statuses", multiple=True, type=click.Choice([s.value for s in FindingStatus]))
@click.option("--person", default="", help="当事人姓名")
@click.option("--team", default="", help="督查组名称")
@click.option("--search", default="", help="全文检索（描述、地点、姓名、单位）")
@click.option("--sort", type=click.Choice(list(SORTS)), default="time", show_default=True)
@click.option("--asc", is_flag=True, help="升序（默认最新在前）")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--offset", default=0, type=click.IntRange(0))
@pass_app
def finding_list(app: App, date_from: str | None, date_to: str | None, units: tuple[str, ...],
                 categories: tuple[str, ...], statuses: tuple[str, ...], person: str, team: str,
                 search: str, sort: str, asc: bool, limit: int, offset: int) -> None:
    """按条件列出问题记录。"""
    flt = findings.list_filter(app.ws, date_from=date_from, date_to=date_to, units=units, categories=categories,
                               statuses=statuses, person=person, team=team, text=search)
    page = findings.page(app.ws, flt, sort=sort, descending=not asc, offset=offset, limit=limit)
    rows = [row_json(app, r) for r in page.rows]
    headers = [pick("时间", "Time"), pick("单位", "Unit"), pick("当事人", "Person"),
               pick("问题类型", "Type"), pick("状态", "Status"), "ID"]
    body = [[r["observed_at"][:16].replace("T", " "), r["unit"], r["person"], r["type_name"], r["status_name"],
             r["id"]] for r in rows]
    human = table(headers, body, [16, 24, 16, 20, 10, 36]) + "\n" + tr("list_total", shown=len(rows), total=page.total)
    app.emit({"total": page.total, "offset": offset, "findings": rows}, human)


def row_json(app: App, r: FindingRow) -> dict[str, Any]:
    return {
        "id": str(r.id), "observed_at": r.observed_at.isoformat(timespec="minutes"), "unit": r.unit_name,
        "person": r.person_name or r.person_description, "category": r.violation_code,
        "type_name": app.ws.ref.catalogue.violation(r.violation_code).name(), "status": r.status,
        "status_name": FindingStatus(r.status).label(), "place": r.place, "description": r.description,
    }


@finding.command("show")
@click.argument("finding_id")
@pass_app
def finding_show(app: App, finding_id: str) -> None:
    """显示一条问题记录：证据、处理建议、历史。"""
    shown = findings.detail(app.ws, finding_id)
    f, unit, person = shown.finding, shown.unit, shown.person
    catalogue = app.ws.ref.catalogue
    year = [row_json(app, r) for r in shown.this_year]
    data = {
        "id": f.id, "observed_at": f.observed_at, "unit": unit.name, "person": person.name if person else None,
        "person_description": f.person_description, "category": f.violation_code, "status": f.status,
        "place": f.place, "description": f.description, "void_reason": f.void_reason,
        "evidence": [{"id": e.id, "sha256": e.sha256, "name": e.original_name, "captured_at": e.captured_at}
                     for e in shown.evidence],
        "suggestion": suggestion_json(app, shown),
        "handling": None if shown.handling is None else {
            "sanction": shown.handling.sanction_code, "name": catalogue.sanction(shown.handling.sanction_code).name(),
            "decided_on": shown.handling.decided_on, "decided_by": shown.handling.decided_by,
            "accountability": shown.handling.accountability, "note": shown.handling.note},
        "person_this_year": year,
        "history": [{"at": h.at, "actor": h.actor, "action": h.action, "changes": h.changes,
                     "intact": findings.history_intact(h)} for h in shown.history],
    }
    sug = data["suggestion"]
    lines = [
        f"{f.observed_at:%Y-%m-%d %H:%M}  {unit.name}  {person.name if person else f.person_description}",
        f"{catalogue.violation(f.violation_code).name()} · {FindingStatus(f.status).label()}",
        f.description,
        tr("show_evidence", count=len(shown.evidence)),
        *([tr("show_this_year", year=f.observed_at.year, items="；".join(
            f"{r['observed_at'][5:10]} {r['type_name']}（{r['status_name']}）" for r in year))] if year else []),
        tr("show_suggestion", name=sug["name"], reasons="；".join(sug["reasons"]) or "—"),
        *[tr("show_alert", text=a) for a in sug["alerts"]],
        *([tr("show_handling_head" if h["accountability"] else "show_handling", name=h["name"],
              on=h["decided_on"], by=h["decided_by"])] if (h := data["handling"]) else []),
        tr("show_history"),
        *[f"  {h.at.astimezone():%Y-%m-%d %H:%M}  {h.actor}  {findings.history_line(h)}" for h in shown.history],
    ]
    app.emit(data, "\n".join(line for line in lines if line))


@finding.command("submit")
@click.argument("finding_id")
@pass_app
def finding_submit(app: App, finding_id: str) -> None:
    """提交问题记录供效能办审核。"""
    f = findings.move(app.ws, finding_id, FindingStatus.SUBMITTED)
    app.emit({"id": f.id, "status": f.status}, FindingStatus(f.status).label())


@finding.command("void")
@click.argument("finding_id")
@click.option("--reason", required=True, help="作废理由")
@pass_app
def finding_void(app: App, finding_id: str, reason: str) -> None:
    """作废问题记录（记录保留，写明理由）。"""
    f = findings.move(app.ws, finding_id, FindingStatus.VOIDED, reason)
    app.emit({"id": f.id, "status": f.status}, FindingStatus(f.status).label())


@finding.command("decide")
@click.argument("finding_id")
@click.option("--sanction", default="", help="处理方式代码；省略则采用升级规则的建议")
@click.option("--note", default="")
@click.option("--accountability", is_flag=True, help="对单位“一把手”问责（责令限期整改、书面检查、公开道歉、通报批评、责令辞职、建议免职）")
@pass_app
def finding_decide(app: App, finding_id: str, sanction: str, note: str, accountability: bool) -> None:
    """效能办决定处理方式（问题记录变为“已审核”）。"""
    h = findings.decide(app.ws, finding_id, sanction, note, accountability=accountability)
    app.emit({"id": h.finding_id, "status": FindingStatus.REVIEWED, "sanction": h.sanction_code},
             app.ws.ref.catalogue.sanction(h.sanction_code).name())
