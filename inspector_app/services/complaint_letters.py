"""The complaints ledger's two documents, typeset as the office's notices are (GB/T 9704-2012): the
交办单 that hands a case to a unit (never naming who complained), and the 答复 letter to the
complainant (written by a handler, the look at their name audited)."""

from __future__ import annotations

from pathlib import Path

from inspector_app.domain.chinese import chinese_date
from inspector_app.domain.enums import ComplaintChannel, ComplaintResult, ComplaintStatus as S
from inspector_app.errors import InspectorError
from inspector_app.fileio import write_output
from inspector_app.reports.model import NoticeDocument
from inspector_app.reports.settings import load_notice_settings
from inspector_app.services import complaints, notices
from inspector_app.services.workspace import Workspace


def _number(case: complaints.Case) -> str:
    """The document's 发文字号: the case's number without padding (GB/T 9704: no 虚位)."""
    c = case.complaint
    return f"效投〔{c.year}〕{c.seq}号"


def assignment_sheet(ws: Workspace, ref: str) -> NoticeDocument:
    """交办单: the case, what is asked and by when, to the unit that handles it."""
    case = complaints.show(ws, ref)
    c = case.complaint
    if c.due_on is None or c.assigned_on is None:
        raise InspectorError("complaint_not_assigned", number=c.reg_number)
    settings = load_notice_settings(ws.data_dir)
    about = "、".join(x for x in (case.unit, case.person) if x) or "有关单位"
    body = [
        f"现将群众投诉件（{c.reg_number}）交你单位办理，有关事项如下：",
        "一、投诉基本情况",
        f"{chinese_date(c.received_at.date())}，区效能办通过{ComplaintChannel(c.channel).label('zh')}受理群众投诉"
        + (f"（{c.source}转来）" if c.source else "") + f"，反映{about}{c.subject.rstrip('。')}。",
        *([c.content.strip()] if c.content.strip() else []),
        "二、办理要求",
        f"请你单位认真调查核实，依规处理，于{chinese_date(c.due_on)}前（{c.deadline_days}个工作日）将调查核实情况、"
        "处理意见和整改措施书面报送区效能办。逾期未办结的，区效能办将予以督办，并按有关规定通报。",
        "投诉人信息依规保密，不得泄露，不得打击报复。",
    ]
    return NoticeDocument(
        org_mark=settings.org_mark, number=_number(case), title="关于办理群众投诉件的交办函",
        recipients=f"{case.assigned_unit or c.assignee}：", body="\n".join(body), signature=settings.signature,
        signed_on=c.assigned_on, printer=settings.printer, printed_on=c.assigned_on, note="联系人：区效能办投诉中心")


def reply_letter(ws: Workspace, ref: str) -> NoticeDocument:
    """答复: to the complainant, with the result (or why the case was not accepted)."""
    if complaints.show(ws, ref).complaint.status not in (S.RESOLVED, S.REJECTED, S.ANSWERED, S.CLOSED):
        raise InspectorError("complaint_reply_unresolved")
    case = complaints.show(ws, ref, reveal=True)  # a letter to the complainant names them: audited
    c = case.complaint
    settings = load_notice_settings(ws.data_dir)
    opening = (f"您于{chinese_date(c.received_at.date())}通过{ComplaintChannel(c.channel).label('zh')}反映的"
               f"“{c.subject.rstrip('。')}”问题收悉。")
    if c.reject_reason:
        body = [opening, f"经审查，{c.reject_reason.rstrip('。')}。", "特此答复。"]
    else:
        verdict = {ComplaintResult.TRUE: "您反映的问题属实", ComplaintResult.PARTLY: "您反映的问题部分属实",
                   ComplaintResult.FALSE: "您反映的问题不属实"}[ComplaintResult(c.result)]
        sanction = (f"已对相关责任人给予{ws.ref.catalogue.sanction(c.sanction_code).name('zh')}处理。"
                    if c.sanction_code else "")
        body = [opening + "经调查核实，现答复如下：", f"{verdict}。{c.resolution.rstrip('。')}。{sanction}",
                *([c.answer.strip()] if c.answer.strip() else []),
                "感谢您对机关效能建设的关心和支持。如对本答复有异议，请与区效能办联系。", "特此答复。"]
    day = c.answered_on or c.resolved_on or c.received_at.date()
    return NoticeDocument(
        org_mark=settings.org_mark, number=_number(case), title=f"关于{c.reg_number}投诉的答复",
        recipients=f"{case.complainant or '投诉人'}：", body="\n".join(body), signature=settings.signature,
        signed_on=day, printed_on=day)


def export_pdf(ws: Workspace, doc: NoticeDocument, path: Path) -> Path:
    """The document as PDF where the person named it."""
    write_output(path, notices.render(ws, doc))
    return path
