"""The 考核情况通报 and its workbook read back: the ranking among units of a kind, the units whose
dissatisfaction reached the thresholds with the seed's consequence, the full ranking attached."""

from __future__ import annotations

import io
from datetime import date, datetime

import openpyxl
from pypdf import PdfReader

from inspector_app.domain.models import Finding, SatisfactionSurvey
from inspector_app.services import assessment_report, notices


def test_the_report_ranks_like_with_like_and_names_the_flagged(ws, db, town, tmp_path):
    with db.session("test") as s:
        s.add_all([Finding(unit_id=town["hr"].id, violation_code="late", observed_at=datetime(2026, 4, d, 9),
                           status="reviewed") for d in (1, 2, 3)])
        s.add(Finding(unit_id=town["window"].id, violation_code="computer_games", observed_at=datetime(2026, 4, 7, 9),
                      status="reviewed"))
        s.add(SatisfactionSurvey(unit_id=town["fin"].id, period_start=date(2026, 1, 1), period_end=date(2026, 12, 31),
                                 respondents=100, satisfied=50, basic=18, dissatisfied=32))
    a = assessment_report.export(ws, date(2026, 1, 1), date(2026, 12, 31), tmp_path / "考核.pdf", tmp_path / "考核.xlsx")
    assert a.period == "2026年度"
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO((tmp_path / "考核.pdf").read_bytes())).pages)
    text = text.replace("\n", "").replace(" ", "").replace("\u3000", "")
    assert "关于2026年度机关作风效能建设考核情况的通报" in text
    assert "共查处机关作风效能问题4个，其中违反“四条禁令”1个" in text
    # 区财政局 90 (100 − 10 grave), 区人社局 97; the window alone among windows
    assert "（一）机关部门（2个）。按得分依次为：区人社局（97分）、区财政局（90分）。" in text
    assert "不满意率达到30%的单位：区财政局（32%）。其“一把手”没有充分理由说明的，必须引咎辞职。" in text
    assert "2026年度考核得分排名表" in text and "1．区行政服务中心不动产登记窗口97分" in text
    book = openpyxl.load_workbook(tmp_path / "考核.xlsx")
    assert book.sheetnames == ["排名", "单位情况", "满意度测评", "人员"]
    ranking = [r for r in book["排名"].iter_rows(min_row=2, values_only=True)]
    assert ("机关部门", 1, "区人社局", 97) in ranking and ("机关部门", 2, "区财政局", 90) in ranking
    assert [r[:5] for r in book["满意度测评"].iter_rows(min_row=2, values_only=True)] == [("区财政局", 100, 32, 32, "严重")]


def test_a_quarter_and_any_period_are_named_as_a_notice_names_them():
    assert assessment_report.period_words(date(2026, 10, 1), date(2026, 12, 31)) == "2026年第四季度"
    assert assessment_report.period_words(date(2026, 3, 1), date(2026, 6, 30)) == "2026年3月1日至6月30日"
    assert assessment_report.period_words(date(2025, 12, 1), date(2026, 2, 28)) == "2025年12月1日至2026年2月28日"
