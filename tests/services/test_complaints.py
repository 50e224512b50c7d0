"""The complaints ledger through the services: a case from 挂号 to 销号 with each step's who and
when; deadlines in working days over the 2026 holidays; a year with no calendar; the complainant
masked everywhere but for a handler who asks, and that look audited; bad input refused whole."""

from __future__ import annotations

from datetime import date, datetime

import openpyxl
import pytest
from sqlmodel import select

from inspector_app.domain.enums import ComplaintAction as A, ComplaintStatus as S, FindingStatus
from inspector_app.domain.models import AuditEntry, Complaint, ComplaintStep, Evidence, Finding
from inspector_app.errors import InspectorError
from inspector_app.services import complaint_ledger as ledger, complaints, settings
from inspector_app.services.complaints import NewComplaint
from tests.evidence.images import photo


def case(ws, **kw) -> Complaint:
    values = dict(channel="电话", received_at=datetime(2026, 9, 28, 10, 0), unit="区人社局",
                  summary="窗口工作人员态度生硬", complainant="张三", phone="13800000000")
    return complaints.register(ws, NewComplaint(**{**values, **kw}))


def test_a_case_from_registration_to_closing_records_every_step(ws, db, town):
    c = case(ws, person="张三明")
    assert c.reg_number == "效投〔2026〕0001号"
    complaints.accept(ws, "1")
    shown = complaints.assign(ws, c.reg_number, "区人社局", days=10, on=date(2026, 9, 28))
    # ten working days from 28 September: 29, 30 September, the holiday 1–7 October, then 8, 9,
    # 10 (a Saturday, worked), 12, 13, 14, 15, 16 October
    assert shown.complaint.due_on == date(2026, 10, 16)
    assert shown.assigned_unit == "区人社局" and shown.unknown_years == ()
    complaints.note(ws, "2026-1", "调取监控，当事人承认")
    complaints.resolve(ws, "1", "属实", "当事人态度生硬属实，已批评教育", sanction="efficiency_warning",
                       on=date(2026, 10, 12))
    complaints.reply(ws, "1", "电话", "已核实并处理，感谢监督", on=date(2026, 10, 13))
    complaints.visit(ws, "1", "满意", on=date(2026, 10, 14))
    complaints.close(ws, "1", on=date(2026, 10, 14))
    shown = complaints.show(ws, "1")
    assert shown.complaint.status == S.CLOSED and shown.person == "张三明"
    assert [s.action for s in shown.steps] == [A.REGISTER, A.ACCEPT, A.ASSIGN, A.NOTE, A.RESOLVE, A.REPLY,
                                               A.VISIT, A.CLOSE]
    assert {s.actor for s in shown.steps} == {"test"}
    with pytest.raises(InspectorError, match="已销号"):
        complaints.note(ws, "1", "再补一句")
    figures = ledger.figures(ws, date(2026, 9, 1), date(2026, 9, 30))[0]
    assert (figures.acceptance, figures.on_time_rate, figures.answer_rate, figures.satisfaction_rate) == \
        (100.0, 100.0, 100.0, 100.0)


def test_numbers_run_within_a_year(ws, town):
    assert [case(ws, received_at=datetime(y, 3, d, 9)).reg_number for y, d in ((2025, 1), (2025, 2), (2026, 1))] == \
        ["效投〔2025〕0001号", "效投〔2025〕0002号", "效投〔2026〕0001号"]
    assert complaints.show(ws, "2025-2").complaint.received_at == datetime(2025, 3, 2, 9)
    assert complaints.show(ws, "1").complaint.year == 2026  # the latest year's first


def test_deadlines_over_the_spring_festival_and_a_worked_saturday(ws, town):
    c = case(ws, channel="转办", source="12345热线", received_at=datetime(2026, 2, 10, 9))
    complaints.accept(ws, "1")
    shown = complaints.assign(ws, "1", "王科长", on=date(2026, 2, 10))
    assert shown.complaint.deadline_days == 13  # the office's default for a referral
    # 11, 12, 13 (Fri), 14 (Sat, worked), the holiday 15–23, 24, 25, 26, 27, 28 (Sat, worked), 2, 3, 4, 5 March
    assert shown.complaint.due_on == date(2026, 3, 5)
    assert c.channel == "referral" and shown.assigned_unit == "" and shown.complaint.assignee == "王科长"


def test_a_year_without_calendar_data_says_so_until_the_office_adds_it(ws, town):
    case(ws, received_at=datetime(2026, 12, 1, 9))
    complaints.accept(ws, "1")
    shown = complaints.assign(ws, "1", "区人社局", days=30, on=date(2026, 12, 1))
    assert shown.unknown_years == (2027,)
    counted_on_weekdays = shown.complaint.due_on
    settings.save_holidays(ws, 2027, [date(2027, 1, 1)] + [date(2027, 2, d) for d in range(6, 13)], [date(2027, 2, 14)])
    again = complaints.extend(ws, "1", 1, "春节", "王主任")
    assert again.unknown_years == ()
    assert again.complaint.due_on > counted_on_weekdays


def test_the_complainant_is_masked_unless_a_handler_asks_and_the_look_is_audited(ws, db, town):
    c = case(ws)
    shown = complaints.show(ws, "1")
    assert (shown.complainant, shown.contact, shown.revealed) == ("张某某", "138****0000", False)
    full = complaints.show(ws, "1", reveal=True)
    assert (full.complainant, full.contact) == ("张三", "13800000000")
    with db.session() as s:
        views = s.exec(select(AuditEntry).where(AuditEntry.action == "view")).all()
        kept = s.exec(select(AuditEntry).where(AuditEntry.entity == "complainant",
                                               AuditEntry.action == "create")).one()
    assert len(views) == 1 and views[0].actor == "test" and views[0].changes == {"complaint": c.reg_number}
    assert kept.changes["name"] == "张某某" and kept.changes["contact"] == "138****0000"  # the log masks them too
    ws.role = "admin"
    with pytest.raises(InspectorError, match="保密"):
        complaints.show(ws, "1", reveal=True)


def test_the_ledger_export_never_names_the_complainant(ws, town, tmp_path):
    case(ws)
    path = tmp_path / "台账.xlsx"
    assert ledger.export_xlsx(ws, path) == 1
    cells = [str(v) for row in openpyxl.load_workbook(path).active.iter_rows(values_only=True) for v in row if v]
    assert "效投〔2026〕0001号" in cells and "区人社局" in cells
    assert not [v for v in cells if "张三" in v or "13800000000" in v]


@pytest.mark.parametrize("change, message", [
    (dict(phone="12345"), "联系电话"),
    (dict(phone="1380000000a"), "联系电话"),
    (dict(unit="区不存在局"), "区不存在局"),
    (dict(summary="  "), "投诉事项"),
    (dict(channel="飞鸽传书"), "投诉渠道"),
    (dict(received_at=datetime(2030, 1, 1, 9)), "晚于现在"),
])
def test_bad_registration_is_refused_and_nothing_saved(ws, db, town, change, message):
    with pytest.raises(InspectorError, match=message):
        case(ws, **change)
    with db.session() as s:
        assert s.exec(select(Complaint)).all() == [] and s.exec(select(ComplaintStep)).all() == []


def test_steps_out_of_turn_and_bad_dates_are_refused_whole(ws, db, town):
    case(ws)
    with pytest.raises(InspectorError, match="不能交办"):
        complaints.assign(ws, "1", "区人社局")
    complaints.accept(ws, "1")
    with pytest.raises(InspectorError, match="早于受理日期"):
        complaints.assign(ws, "1", "区人社局", on=date(2026, 9, 1))
    with pytest.raises(InspectorError, match="尚未办结"):
        complaints.reply(ws, "1", "电话", "答复")
    complaints.assign(ws, "1", "区人社局", on=date(2026, 9, 28))
    with pytest.raises(InspectorError, match="不属实"):
        complaints.resolve(ws, "1", "不属实", "查无此事", sanction="efficiency_warning")
    with db.session() as s:
        c = s.exec(select(Complaint)).one()
        assert (c.status, c.result, c.resolved_on) == (S.ASSIGNED, "", None)
        assert len(s.exec(select(ComplaintStep)).all()) == 3


def test_a_rejected_case_is_answered_with_its_reason_and_closed(ws, town):
    case(ws)
    complaints.reject(ws, "1", "不属于机关效能投诉范围，已告知向信访部门反映")
    complaints.reply(ws, "1", "电话", "已告知投诉人不予受理的理由")
    complaints.close(ws, "1")
    f = ledger.figures(ws)[0]
    assert (f.received, f.acceptance, f.answer_rate) == (1, 0.0, 100.0)


def test_overdue_cases_are_pressed_extended_and_counted_late(ws, town):
    case(ws)
    complaints.accept(ws, "1")
    complaints.assign(ws, "1", "区人社局", days=5, on=date(2026, 9, 28))
    overdue = ledger.page(ws, ledger.LedgerFilter(overdue_on=date(2026, 11, 1)))
    assert [r.reg_number for r in overdue] == ["效投〔2026〕0001号"]
    complaints.supervise(ws, "1", "请于三日内办结")
    shown = complaints.extend(ws, "1", 5, "需调取外单位材料", "王主任")
    assert shown.complaint.extensions == 1 and shown.complaint.supervised
    assert [s.data.get("approved_by") for s in shown.steps if s.action is A.EXTEND] == ["王主任"]
    f = ledger.figures(ws, today=date(2026, 12, 1))[0]
    assert (f.late_open, f.on_time_rate) == (1, 0.0)


def test_a_disputed_answer_reopens_the_case(ws, town):
    case(ws)
    complaints.accept(ws, "1")
    complaints.assign(ws, "1", "区人社局", on=date(2026, 9, 28))
    complaints.resolve(ws, "1", "不属实", "查无此事")
    complaints.reply(ws, "1", "书面", "经查不属实")
    shown = complaints.reopen(ws, "1", "投诉人提供了新的录音", on=date(2026, 11, 2))
    assert shown.complaint.status == S.ASSIGNED and shown.complaint.result == ""
    assert shown.complaint.due_on > date(2026, 11, 2)


def test_a_case_found_true_becomes_a_finding_with_its_attachments(ws, db, town, tmp_path):
    case(ws, person="张三明")
    letter = photo(tmp_path / "来信.jpg")
    assert complaints.attach(ws, "1", [letter]) == 1
    complaints.accept(ws, "1")
    complaints.assign(ws, "1", "区人社局", on=date(2026, 9, 28))
    with pytest.raises(InspectorError, match="属实"):
        complaints.to_finding(ws, "1", "rude_service")
    complaints.resolve(ws, "1", "部分属实", "态度生硬属实")
    finding = complaints.to_finding(ws, "1", "rude_service")
    with db.session() as s:
        f = s.get(Finding, finding.id)
        photos = s.exec(select(Evidence).where(Evidence.finding_id == f.id)).all()
    assert f.status == FindingStatus.SUBMITTED and f.person_id == town["zhang"].id
    assert len(photos) == 1 and "效投〔2026〕0001号" in f.description
    with pytest.raises(InspectorError, match="已转为问题记录"):
        complaints.to_finding(ws, "1", "rude_service")


def test_units_with_many_complaints_are_the_next_targets(ws, town):
    for day in (1, 2, 3):
        case(ws, received_at=datetime(2026, 9, day, 9))
    case(ws, unit="区财政局", received_at=datetime(2026, 9, 4, 9))
    assert ledger.targets(ws, date(2026, 9, 1), date(2026, 9, 30)) == [("区人社局", 3)]
    assert ledger.targets(ws, date(2026, 9, 1), date(2026, 9, 30), at_least=1) == [("区人社局", 3), ("区财政局", 1)]


def test_the_assignment_sheet_never_names_the_complainant_and_the_reply_letter_does(ws, db, town, tmp_path):
    from pypdf import PdfReader

    from inspector_app.services import complaint_letters

    case(ws, person="张三明", content="多次到窗口办理社保转移，工作人员态度生硬")
    complaints.accept(ws, "1")
    with pytest.raises(InspectorError, match="尚未交办"):
        complaint_letters.assignment_sheet(ws, "1")
    complaints.assign(ws, "1", "区人社局", days=10, on=date(2026, 9, 28))
    sheet = complaint_letters.assignment_sheet(ws, "1")
    assert sheet.recipients == "区人社局：" and sheet.number == "效投〔2026〕1号"
    assert "2026年10月16日前（10个工作日）" in sheet.body and "张三" not in sheet.body.replace("张三明", "")
    pdf = complaint_letters.export_pdf(ws, sheet, tmp_path / "交办单.pdf")
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "关于办理群众投诉件的交办函" in text.replace(" ", "") and "13800000000" not in text
    with pytest.raises(InspectorError, match="尚未办结"):
        complaint_letters.reply_letter(ws, "1")
    complaints.resolve(ws, "1", "属实", "当事人态度生硬属实，已批评教育", sanction="efficiency_warning")
    letter = complaint_letters.reply_letter(ws, "1")
    assert letter.recipients == "张三：" and "您反映的问题属实" in letter.body and "效能告诫" in letter.body
    with db.session() as s:
        assert s.exec(select(AuditEntry).where(AuditEntry.action == "view")).one().actor == "test"


def test_cases_due_within_the_offices_reminder_are_listed_as_due_soon(ws, town):
    for day, days in ((1, 2), (2, 30)):
        c = case(ws, received_at=datetime(2026, 12, day, 9))
        complaints.accept(ws, c.reg_number)
        complaints.assign(ws, c.reg_number, "区人社局", days=days, on=date.today())
    soon = ledger.LedgerFilter(due_soon=True)
    assert [r.reg_number for r in ledger.page(ws, soon)] == \
        ["效投〔2026〕0001号"] and ledger.count(ws, soon) == 1
    settings.save_complaint_rules(ws, due_soon_days=30)  # the office reminds a month ahead
    assert ledger.count(ws, soon) == 2
