"""`inspector complaint …`: the complaints ledger (投诉举报台账) from 挂号 to 销号, its figures and
its workbook. A case is named by its number: 效投〔2026〕0001号, 2026-1, or 1 (the latest year's)."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import Any

import click

from inspector_app.cli.app import App, pass_app
from inspector_app.cli.tables import table
from inspector_app.domain.enums import ComplaintAction, ComplaintChannel, ComplaintResult, ComplaintStatus, Satisfaction
from inspector_app.domain.validation import parse_day, parse_minute
from inspector_app.i18n import pick, tr
from inspector_app.services import complaint_ledger as ledger, complaint_letters, complaints, roster
from inspector_app.services.complaints import Case, NewComplaint


def _day(text: str | None) -> date | None:
    return parse_day(text) if text else None


def case_json(case: Case) -> dict[str, Any]:
    c = case.complaint
    return {
        "number": c.reg_number, "id": c.id, "received_at": c.received_at, "channel": c.channel,
        "channel_name": ComplaintChannel(c.channel).label(), "source": c.source, "unit": case.unit,
        "person": case.person, "summary": c.subject, "content": c.content, "major": c.major, "status": c.status,
        "status_name": ComplaintStatus(c.status).label(), "complainant": case.complainant, "contact": case.contact,
        "revealed": case.revealed, "assignee": c.assignee, "assigned_on": c.assigned_on,
        "deadline_days": c.deadline_days, "deadline": c.due_on, "deadline_uncertain_years": list(case.unknown_years),
        "overdue": case.overdue, "extensions": c.extensions, "supervised": c.supervised, "result": c.result,
        "resolution": c.resolution, "sanction": c.sanction_code, "resolved_on": c.resolved_on,
        "reject_reason": c.reject_reason, "answer": c.answer, "reply_method": c.reply_method,
        "answered_on": c.answered_on, "satisfaction": c.satisfaction, "visited_on": c.visited_on,
        "closed_on": c.closed_on, "finding_id": c.finding_id,
        "steps": [{"action": s.action, "name": s.action.label(), "at": s.at, "actor": s.actor, "note": s.note,
                   **s.data} for s in case.steps],
    }


def deadline_text(case: Case) -> str:
    """The deadline as a person reads it: the date, and a warning when a year had no calendar."""
    c = case.complaint
    if c.due_on is None:
        return ""
    text = tr("complaint_deadline", due=c.due_on.isoformat(), days=c.deadline_days)
    if case.unknown_years:
        text += tr("complaint_deadline_uncertain", years="、".join(map(str, case.unknown_years)))
    return text + (tr("complaint_overdue") if case.overdue else "")


@click.group()
def complaint() -> None:
    """投诉举报台账：挂号、受理、交办、办结、答复、回访、销号。"""


@complaint.command("add")
@click.option("--channel", required=True, help="渠道：电话 / 来信 / 来访 / 网络 / 转办")
@click.option("--received", required=True, help="受理时间：2026-09-28T10:00")
@click.option("--summary", required=True, help="投诉事项（简述）")
@click.option("--unit", default="", help="被投诉单位")
@click.option("--person", default="", help="被投诉人（名册中的人员）")
@click.option("--content", default="", help="投诉内容")
@click.option("--complainant", default="", help="投诉人姓名（保密）")
@click.option("--phone", default="", help="投诉人联系电话（保密）")
@click.option("--source", default="", help="转办来源，如 12345热线")
@click.option("--major", is_flag=True, help="重大投诉（办理期限较长）")
@pass_app
def complaint_add(app: App, channel: str, received: str, summary: str, unit: str, person: str, content: str,
                  complainant: str, phone: str, source: str, major: bool) -> None:
    """挂号：登记一件投诉，输出其登记号。"""
    c = complaints.register(app.ws, NewComplaint(channel=channel, received_at=parse_minute(received), summary=summary,
                                                 unit=unit, person=person, content=content, complainant=complainant,
                                                 phone=phone, source=source, major=major))
    app.emit({"number": c.reg_number, "id": c.id, "status": c.status}, c.reg_number)


@complaint.command("list")
@click.option("--from", "date_from", help="受理日期起 2026-10-01")
@click.option("--to", "date_to", help="受理日期止（含）")
@click.option("--status", "statuses", multiple=True, type=click.Choice([s.value for s in ComplaintStatus]))
@click.option("--unit", default="", help="被投诉单位")
@click.option("--channel", default="", type=click.Choice(["", *[c.value for c in ComplaintChannel]]))
@click.option("--search", default="", help="登记号、事项或内容中的文字")
@click.option("--overdue", is_flag=True, help="只列逾期未办结的")
@click.option("--due-soon", is_flag=True, help="只列即将到期的（本地设置的提醒天数内）")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--offset", default=0, type=click.IntRange(0))
@pass_app
def complaint_list(app: App, date_from: str | None, date_to: str | None, statuses: tuple[str, ...], unit: str,
                   channel: str, search: str, overdue: bool, due_soon: bool, limit: int, offset: int) -> None:
    """按条件列出台账（不含投诉人）。"""
    today = date.today()
    flt = ledger.LedgerFilter(
        date_from=_day(date_from), date_to=_day(date_to), statuses=statuses, channel=channel, text=search,
        unit_id=uuid.UUID(roster.unit_id(app.ws, unit)) if unit else None, overdue_on=today if overdue else None,
        due_soon=due_soon)
    rows = ledger.page(app.ws, flt, offset, limit)
    total = ledger.count(app.ws, flt)
    items = [row_json(r, today) for r in rows]
    body = [[r["number"], r["received_at"][:16].replace("T", " "), r["unit"], r["summary"], r["status_name"],
             (r["deadline"] or "") + (pick(" 逾期", " late") if r["overdue"] else "")] for r in items]
    headers = [pick("登记号", "Number"), pick("受理时间", "Received"), pick("被投诉单位", "Unit"),
               pick("投诉事项", "Summary"), pick("状态", "Status"), pick("办理期限", "Deadline")]
    human = table(headers, body, [20, 16, 22, 30, 8, 16]) + "\n" + tr("list_total", shown=len(rows), total=total)
    app.emit({"total": total, "offset": offset, "complaints": items}, human)


def row_json(r: ledger.LedgerRow, today: date) -> dict[str, Any]:
    return {"number": r.reg_number, "id": str(r.id), "received_at": r.received_at.isoformat(timespec="minutes"),
            "channel": r.channel, "unit": r.unit, "person": r.person, "summary": r.subject, "status": r.status,
            "status_name": ComplaintStatus(r.status).label(), "assignee": r.assignee,
            "deadline": r.due_on.isoformat() if r.due_on else None, "overdue": r.overdue(today),
            "result": r.result, "supervised": r.supervised}


@complaint.command("show")
@click.argument("number")
@click.option("--reveal", is_flag=True, help="显示投诉人姓名和电话（仅效能办投诉承办人员；记入审计日志）")
@pass_app
def complaint_show(app: App, number: str, reveal: bool) -> None:
    """显示一件投诉及其办理经过。"""
    case = complaints.show(app.ws, number, reveal=reveal)
    c = case.complaint
    lines = [
        f"{c.reg_number}  {ComplaintStatus(c.status).label()}{pick('（重大）', ' (major)') if c.major else ''}",
        tr("complaint_show_received", at=f"{c.received_at:%Y-%m-%d %H:%M}", channel=ComplaintChannel(c.channel).label(),
           source=c.source),
        tr("complaint_show_about", unit=case.unit or "—", person=case.person or "—", summary=c.subject),
        c.content,
        tr("complaint_show_complainant", name=case.complainant or "—", contact=case.contact or "—"),
        tr("complaint_show_assigned", to=c.assignee, deadline=deadline_text(case)) if c.assignee else "",
        tr("complaint_show_result", result=ComplaintResult(c.result).label(), text=c.resolution) if c.result else "",
        tr("complaint_show_rejected", reason=c.reject_reason) if c.reject_reason else "",
        tr("complaint_show_answer", on=c.answered_on, method=c.reply_method, text=c.answer) if c.answered_on else "",
        tr("complaint_show_visit", satisfaction=Satisfaction(c.satisfaction).label()) if c.satisfaction else "",
        pick("办理经过：", "Steps:"),
        *[f"  {s.at.astimezone():%Y-%m-%d %H:%M}  {s.actor}  {s.action.label()}  {s.note}".rstrip()
          for s in case.steps],
    ]
    app.emit(case_json(case), "\n".join(line for line in lines if line))


@complaint.command("accept")
@click.argument("number")
@click.option("--note", default="")
@pass_app
def complaint_accept(app: App, number: str, note: str) -> None:
    """受理。"""
    c = complaints.accept(app.ws, number, note)
    app.emit({"number": c.reg_number, "status": c.status}, ComplaintStatus(c.status).label())


@complaint.command("reject")
@click.argument("number")
@click.option("--reason", required=True, help="不予受理的理由（也答复投诉人）")
@pass_app
def complaint_reject(app: App, number: str, reason: str) -> None:
    """不予受理。"""
    c = complaints.reject(app.ws, number, reason)
    app.emit({"number": c.reg_number, "status": c.status}, ComplaintStatus(c.status).label())


@complaint.command("assign")
@click.argument("number")
@click.option("--to", "to", required=True, help="承办单位或承办人")
@click.option("--days", type=int, default=None, help="办理期限（工作日）；省略则按本地设置")
@click.option("--on", "on", default=None, help="交办日期（默认今天）")
@click.option("--note", default="")
@pass_app
def complaint_assign(app: App, number: str, to: str, days: int | None, on: str | None, note: str) -> None:
    """交办，输出办理期限（按工作日计，含法定节假日与调休）。"""
    case = complaints.assign(app.ws, number, to, days, _day(on), note)
    app.emit(case_json(case), deadline_text(case))


@complaint.command("note")
@click.argument("number")
@click.argument("text")
@pass_app
def complaint_note(app: App, number: str, text: str) -> None:
    """办理：记录调查核实情况。"""
    c = complaints.note(app.ws, number, text)
    app.emit({"number": c.reg_number, "status": c.status}, ComplaintAction.NOTE.label())


@complaint.command("attach")
@click.argument("number")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, exists=True))
@pass_app
def complaint_attach(app: App, number: str, files: tuple[Path, ...]) -> None:
    """附件：来信、截图、录音等。"""
    added = complaints.attach(app.ws, number, list(files))
    app.emit({"number": number, "added": added}, tr("complaint_attached", count=added))


@complaint.command("extend")
@click.argument("number")
@click.option("--days", type=click.IntRange(1, 240), required=True, help="延长的工作日数")
@click.option("--reason", required=True)
@click.option("--approved-by", required=True, help="批准人")
@pass_app
def complaint_extend(app: App, number: str, days: int, reason: str, approved_by: str) -> None:
    """延期（写明理由和批准人）。"""
    case = complaints.extend(app.ws, number, days, reason, approved_by)
    app.emit(case_json(case), deadline_text(case))


@complaint.command("supervise")
@click.argument("number")
@click.option("--note", default="")
@pass_app
def complaint_supervise(app: App, number: str, note: str) -> None:
    """督办逾期或将逾期的投诉。"""
    c = complaints.supervise(app.ws, number, note)
    app.emit({"number": c.reg_number, "supervised": True}, ComplaintAction.SUPERVISE.label())


@complaint.command("resolve")
@click.argument("number")
@click.option("--result", required=True, help="属实 / 部分属实 / 不属实")
@click.option("--text", "text", required=True, help="调查核实和处理情况")
@click.option("--sanction", default="", help="处理方式代码（与问题记录相同）")
@click.option("--on", "on", default=None, help="办结日期（默认今天）")
@pass_app
def complaint_resolve(app: App, number: str, result: str, text: str, sanction: str, on: str | None) -> None:
    """办结。"""
    c = complaints.resolve(app.ws, number, result, text, sanction, _day(on))
    app.emit({"number": c.reg_number, "status": c.status, "result": c.result}, ComplaintResult(c.result).label())


@complaint.command("reply")
@click.argument("number")
@click.option("--method", required=True, help="答复方式：电话 / 书面 / 当面 / 短信")
@click.option("--text", "text", required=True, help="答复内容")
@click.option("--on", "on", default=None, help="答复日期（默认今天）")
@pass_app
def complaint_reply(app: App, number: str, method: str, text: str, on: str | None) -> None:
    """答复投诉人。"""
    c = complaints.reply(app.ws, number, method, text, _day(on))
    app.emit({"number": c.reg_number, "status": c.status}, ComplaintStatus(c.status).label())


@complaint.command("visit")
@click.argument("number")
@click.option("--satisfaction", required=True, help="满意 / 基本满意 / 不满意")
@click.option("--note", default="")
@click.option("--on", "on", default=None)
@pass_app
def complaint_visit(app: App, number: str, satisfaction: str, note: str, on: str | None) -> None:
    """回访投诉人。"""
    c = complaints.visit(app.ws, number, satisfaction, note, _day(on))
    app.emit({"number": c.reg_number, "satisfaction": c.satisfaction}, Satisfaction(c.satisfaction).label())


@complaint.command("close")
@click.argument("number")
@click.option("--on", "on", default=None)
@pass_app
def complaint_close(app: App, number: str, on: str | None) -> None:
    """销号。"""
    c = complaints.close(app.ws, number, _day(on))
    app.emit({"number": c.reg_number, "status": c.status}, ComplaintStatus(c.status).label())


@complaint.command("reopen")
@click.argument("number")
@click.option("--reason", required=True, help="投诉人的异议")
@click.option("--days", type=int, default=None)
@pass_app
def complaint_reopen(app: App, number: str, reason: str, days: int | None) -> None:
    """重新办理：投诉人对答复有异议。"""
    case = complaints.reopen(app.ws, number, reason, days)
    app.emit(case_json(case), deadline_text(case))


@complaint.command("finding")
@click.argument("number")
@click.option("--category", required=True, help="问题类型代码或名称")
@pass_app
def complaint_finding(app: App, number: str, category: str) -> None:
    """把经查属实的投诉转为问题记录（附件随之），交效能办审核。"""
    f = complaints.to_finding(app.ws, number, category)
    app.emit({"number": number, "finding_id": f.id}, str(f.id))


@complaint.command("letter")
@click.argument("number")
@click.option("--kind", type=click.Choice(["assign", "reply"]), required=True,
              help="assign：交办单（发给承办单位，不含投诉人）；reply：答复函（致投诉人）")
@click.option("--out", required=True, type=click.Path(path_type=Path, dir_okay=False))
@pass_app
def complaint_letter(app: App, number: str, kind: str, out: Path) -> None:
    """交办单或答复函，按公文格式输出 PDF。"""
    make = complaint_letters.assignment_sheet if kind == "assign" else complaint_letters.reply_letter
    complaint_letters.export_pdf(app.ws, make(app.ws, number), out)
    app.emit({"path": str(out)}, str(out))


@complaint.command("stats")
@click.option("--from", "date_from", help="受理日期起")
@click.option("--to", "date_to", help="受理日期止（含）")
@click.option("--by-unit", is_flag=True, help="按被投诉单位分列")
@pass_app
def complaint_stats(app: App, date_from: str | None, date_to: str | None, by_unit: bool) -> None:
    """受理率、按期办结率、答复率、回访满意率、逾期件数。"""
    lines = ledger.figures(app.ws, _day(date_from), _day(date_to), by_unit)

    def pct(v: float | None) -> str:
        return "—" if v is None else f"{v:.1f}%"
    headers = [pick("单位", "Unit"), pick("受理", "Received"), pick("受理率", "Accepted"), pick("按期办结率", "On time"),
               pick("答复率", "Answered"), pick("满意率", "Satisfied"), pick("逾期", "Overdue")]
    body = [[f.unit or pick("全部", "All"), str(f.received), pct(f.acceptance), pct(f.on_time_rate), pct(f.answer_rate),
             pct(f.satisfaction_rate), str(f.late_open)] for f in lines]
    app.emit({"figures": [f.as_dict() for f in lines]}, table(headers, body, [22, 6, 8, 10, 8, 8, 6]))


@complaint.command("targets")
@click.option("--from", "date_from", required=True)
@click.option("--to", "date_to", required=True)
@click.option("--at-least", type=click.IntRange(1), default=None, help="至少几件（默认按本地设置）")
@pass_app
def complaint_targets(app: App, date_from: str, date_to: str, at_least: int | None) -> None:
    """投诉多的单位：下一次暗访的重点。"""
    found = ledger.targets(app.ws, parse_day(date_from), parse_day(date_to), at_least)
    app.emit({"units": [{"unit": u, "complaints": n} for u, n in found]},
             "\n".join(f"{u}  {n}" for u, n in found) or pick("没有", "None"))


@complaint.command("export")
@click.option("--out", required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--from", "date_from")
@click.option("--to", "date_to")
@pass_app
def complaint_export(app: App, out: Path, date_from: str | None, date_to: str | None) -> None:
    """导出台账为 Excel（不含投诉人，可发给单位）。"""
    n = ledger.export_xlsx(app.ws, out, ledger.LedgerFilter(date_from=_day(date_from), date_to=_day(date_to)))
    app.emit({"path": str(out), "complaints": n}, tr("complaint_exported", count=n, path=str(out)))
