"""A day of an inspection team and of the office, end to end through the services and a real hub:
an undercover inspection, a finding with its photo recorded and submitted at one visit and nothing
found at another; the office reviews it, puts it in a notice, issues and exports the notice, and
accepts the unit's rectification; the team sees each step, the other team sees none of it."""

from __future__ import annotations

from datetime import date, datetime

from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from inspector_app.domain.enums import FindingStatus
from inspector_app.services import evidence, findings, inspections, notices, rectification, roster, sync
from inspector_app.services.findings import FindingFilter, FindingInput
from tests.evidence.images import photo


def team_of(ws):
    return next(team_id for team_id, name in roster.teams(ws) if name == "第一督查组")


def test_a_finding_travels_from_the_field_to_an_issued_notice_and_its_rectification(district, tmp_path):
    office, zhao, qian = district.office, district.team_one, district.team_two

    # the team, in the field and offline: the inspection, two visits, one finding with its photo
    trip = inspections.create(zhao, "12月暗访", "undercover", date(2026, 12, 1), date(2026, 12, 2), team_of(zhao),
                              ["区人社局", "区财政局"])
    visit, unit = inspections.arrive(zhao, trip.id, "人社局", datetime(2026, 12, 1, 9, 30))
    assert unit == "区人社局"
    picture = photo(tmp_path / "IMG_0930.jpg", taken=datetime(2026, 12, 1, 9, 41))
    found = findings.record(zhao, FindingInput(unit="", category="computer_games", at="2026-12-01T09:40",
                                               person="张三明", note="督查组进入时其电脑屏幕显示纸牌游戏界面",
                                               photos=(picture,), visit_id=visit.id), submit=True)
    quiet, _ = inspections.arrive(zhao, trip.id, "区财政局", datetime(2026, 12, 1, 10, 30))
    inspections.nothing_found(zhao, quiet.id, datetime(2026, 12, 1, 10, 50))
    assert sync.status(zhao).waiting_photos == 1
    sent = sync.sync(zhao)
    assert sent.refused == [] and sent.photos_sent == 1 and sent.missing_on_hub == []
    assert (sync.status(zhao).waiting_ops, sync.status(zhao).waiting_photos) == (0, 0)

    # the office: the finding arrives submitted, with its photo, the ladder suggests the handling
    got = sync.sync(office)
    assert got.photos_fetched == 1
    shown = findings.detail(office, found.id)
    assert shown.finding.status == FindingStatus.SUBMITTED and shown.person.name == "张三明"
    assert evidence.original(office, shown.photos[0].sha256) == picture.read_bytes()
    handling = findings.decide(office, found.id, note="初次")
    assert handling.sanction_code == shown.suggestion.sanction
    evidence.set_display(office, shown.photos[0].id, for_notice=True)

    # the notice of the period: composed, issued with the year's first number, exported
    req = notices.request(office, "2026-12-01", "2026-12-31")
    issued = notices.issue(office, notices.compose(office, req, date(2026, 12, 3)).id, None, date(2026, 12, 3))
    assert issued.number == "区效能办〔2026〕1号"
    files = notices.files(office, issued, pdf=tmp_path / "通报.pdf", docx=tmp_path / "通报.docx",
                          xlsx=tmp_path / "台账.xlsx")
    text = "".join(page.extract_text() for page in PdfReader(files["pdf"]).pages).replace(" ", "").replace("\n", "")
    assert "区效能办〔2026〕1号" in text and "区人社局" in text
    assert "区人社局" in "\n".join(p.text for p in Document(files["docx"]).paragraphs)
    assert load_workbook(files["xlsx"]).active.max_row == 3  # the title, the headers, one finding
    sync.sync(office)

    # the team sees the finding notified, with the deadline the notice gave
    sync.sync(zhao)
    assert findings.detail(zhao, found.id).finding.status == FindingStatus.NOTIFIED
    due = rectification.current(zhao, found.id).due_on
    assert due == date.fromisoformat(issued.content["rectify_by"])

    # the unit reports; the office accepts; the team sees it rectified
    rectification.record_report(office, found.id, date(2026, 12, 10), "已对当事人批评教育", accepted=True)
    sync.sync(office)
    sync.sync(zhao)
    assert findings.detail(zhao, found.id).finding.status == FindingStatus.RECTIFIED
    history = findings.detail(office, found.id).history
    assert history[0].action == "apply"  # as it came from the hub
    assert [h.changes["status"] for h in history if h.actor == "王主任" and "status" in h.changes] == [
        "reviewed", "notified", "rectified"]  # by the name the hub gives its user, not a machine's account
    assert findings.detail(office, found.id).finding.created_by == "赵督查"

    # the other team sees none of it
    sync.sync(qian)
    assert findings.page(qian, FindingFilter()).total == 0
    assert [i.title for i, _team in inspections.recent(qian)] == []


def test_the_office_sees_what_waits_and_an_inspector_is_told_what_the_hub_refused(district):
    """The status every face shows; a record the policy refuses is named in the inspector's words."""
    zhao = district.team_one
    trip = inspections.create(zhao, "明察", "open", date(2026, 12, 1), date(2026, 12, 1), team_of(zhao), [])
    visit, _ = inspections.arrive(zhao, trip.id, "区财政局", datetime(2026, 12, 1, 9, 0))
    f = findings.record(zhao, FindingInput(unit="", category="late", at="2026-12-01T09:05", visit_id=visit.id))
    findings.move(zhao, f.id, FindingStatus.SUBMITTED)
    before = sync.status(zhao)
    assert before.enrolled and before.waiting_ops >= 4 and before.last is not None
    report = sync.sync(zhao)
    assert report.refused == [] and sync.status(zhao).waiting_ops == 0
    assert sync.status(zhao).last["pushed"] == report.pushed
    assert sync.refusal_lines([{"code": "hub_refused_team", "params": {}}]) == ["被拒 1 项：无权修改其他督查组的记录"]
