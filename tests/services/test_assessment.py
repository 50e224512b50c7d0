"""考核评价: a unit's record over a period on hand-built data whose figures are known, and the
survey's thresholds exactly at their edges."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from inspector_app.domain.assessment import AssessmentRules, dissatisfied_rate
from sqlmodel import select

from inspector_app.domain.models import (
    Appraisal, Complaint, Finding, Handling, Notice, NoticeFinding, Rectification, SatisfactionSurvey, Visit, Inspection,
)
from inspector_app.errors import InspectorError
from inspector_app.services import assessment, commitments, settings


@pytest.mark.parametrize("rate, flag", [(19.9, "ok"), (20.0, "explain"), (29.9, "explain"), (30.0, "grave"),
                                        (None, None)])
def test_the_thresholds_at_their_edges(rate, flag):
    assert AssessmentRules().flag(rate) == flag


def test_the_rate_is_a_percentage_of_those_who_answered():
    assert dissatisfied_rate(1000, 199) == 19.9 and dissatisfied_rate(50, 10) == 20.0 and dissatisfied_rate(0, 0) is None


def test_a_units_year_counted(ws, db, town):
    hr, fin = town["hr"], town["fin"]
    with db.session("test") as s:
        def finding(code, day, unit=hr, status="reviewed"):
            f = Finding(unit_id=unit.id, violation_code=code, observed_at=datetime(2026, 3, day, 9), status=status)
            s.add(f)
            return f
        late, games, chat, voided, other = (finding("late", 2), finding("computer_games", 3), finding("online_chat", 4),
                                            finding("late", 5, status="voided"), finding("late", 6, unit=fin))
        finding("late", 7).observed_at = datetime(2025, 3, 7, 9)  # outside the period
        s.add_all([Handling(finding_id=games.id, sanction_code="efficiency_warning", decided_on=date(2026, 3, 10),
                            accountability=False),
                   Handling(finding_id=chat.id, sanction_code="order_rectify", decided_on=date(2026, 3, 10),
                            accountability=True)])
        s.add_all([Rectification(finding_id=late.id, due_on=date(2026, 4, 1), received_on=date(2026, 3, 30), accepted=True),
                   Rectification(finding_id=games.id, due_on=date(2026, 4, 1), received_on=date(2026, 4, 3), accepted=True),
                   Rectification(finding_id=chat.id, due_on=date(2026, 4, 1), received_on=date(2026, 3, 20), accepted=False)])
        notice = Notice(title="三月通报")
        s.add(notice)
        s.add_all([NoticeFinding(notice_id=notice.id, finding_id=late.id), NoticeFinding(notice_id=notice.id, finding_id=games.id)])
        inspection = Inspection(title="三月暗访", start_date=date(2026, 3, 1), end_date=date(2026, 3, 2))
        s.add(inspection)
        s.add_all([Visit(inspection_id=inspection.id, unit_id=hr.id, arrived_at=datetime(2026, 3, 1, 9), no_problem=True),
                   Visit(inspection_id=inspection.id, unit_id=hr.id, arrived_at=datetime(2026, 3, 2, 9))])
        s.add_all([Complaint(reg_number=f"效投〔2026〕000{i}号", year=2026, seq=i, received_at=datetime(2026, 3, i, 9),
                             unit_id=hr.id, result=result) for i, result in ((1, "true"), (2, "false"), (3, ""))])
        s.add(SatisfactionSurvey(unit_id=hr.id, period_start=date(2026, 1, 1), period_end=date(2026, 12, 31),
                                 respondents=200, dissatisfied=41))
    [p] = assessment.unit_profiles(ws, date(2026, 1, 1), date(2026, 12, 31), "区人社局")
    assert p.findings == {"late": 1, "computer_games": 1, "online_chat": 1}  # the voided and last year's left out
    assert p.prohibitions == 2 and p.groups["four_prohibitions"] == 2
    assert p.sanctions == {"efficiency_warning": 1, "order_rectify": 1} and p.accountability == 1
    assert (p.rectified_on_time, p.rectified_late, p.rectification_refused) == (1, 1, 1)
    assert (p.notices, p.visits_clean, p.complaints, p.complaints_true) == (1, 1, 3, 1)
    assert (p.dissatisfied_rate, p.satisfaction_flag) == (20.5, "explain")
    # 100 − 1 late − 2×3 prohibitions − 2 a complaint true − 1 late − 2 sent back − 5 its head − 5 explain + 0.5 clean
    assert p.score == 100 - 1 - 6 - 2 - 1 - 2 - 5 - 5 + 0.5 == 78.5
    assert assessment.flagged(assessment.unit_profiles(ws, date(2026, 1, 1), date(2026, 12, 31))) == {"explain": ["区人社局"]}
    assert "深查原因" in p.consequence and p.offered == ""
    settings.save_assessment_rules(ws, grave_at=20.5)
    grave = assessment.unit_profiles(ws, date(2026, 1, 1), date(2026, 12, 31), "区人社局")[0]
    assert grave.satisfaction_flag == "grave" and "引咎辞职" in grave.consequence
    assert grave.offered == "ordered_resignation"  # seed 001: the head resigns without sufficient reason
    with pytest.raises(InspectorError, match="不能低于"):
        settings.save_assessment_rules(ws, explain_at=25)
    with pytest.raises(InspectorError, match="1 到 100"):
        settings.save_assessment_rules(ws, grave_at=120)


def test_a_persons_year_and_the_appraisal_the_rules_suggest(ws, db, town):
    zhang, li = town["zhang"], town["li"]
    with db.session("test") as s:
        for day, person, code, sanction in ((2, zhang, "computer_games", "efficiency_warning"),
                                            (3, zhang, "online_chat", "efficiency_warning"),
                                            (4, li, "late", "criticism_education")):
            f = Finding(unit_id=person.unit_id, person_id=person.id, violation_code=code,
                        observed_at=datetime(2026, 5, day, 9), status="reviewed")
            s.add(f)
            s.add(Handling(finding_id=f.id, sanction_code=sanction, decided_on=date(2026, 5, 10)))
    people = assessment.person_profiles(ws, date(2026, 1, 1), date(2026, 12, 31))
    assert [(p.person, sum(p.findings.values())) for p in people] == [("张三明", 2), ("李堃", 1)]
    first, second = people
    assert first.prohibitions == 2 and first.harshest == "efficiency_warning"
    assert any("不称职" in text for text in first.appraisal) and second.appraisal == []
    assert (first.suggested, first.confirmed, second.suggested) == ("incompetent", "", "")
    assert [p.person for p in assessment.person_profiles(ws, date(2026, 1, 1), date(2026, 12, 31), "区财政局")] == ["李堃"]
    assessment.confirm_appraisal(ws, "张三明", "区人社局", 2026, "不称职", "一年内受效能告诫2次")
    assessment.confirm_appraisal(ws, first.id, "", 2026, "基本称职")  # confirmed again: replaced, not doubled
    again = assessment.person_profiles(ws, date(2026, 1, 1), date(2026, 12, 31))[0]
    assert again.confirmed == "basic"
    with db.session() as s:
        assert len(s.exec(select(Appraisal)).all()) == 1
    with pytest.raises(InspectorError, match="考核等次"):
        assessment.confirm_appraisal(ws, "张三明", "区人社局", 2026, "良好")
    with pytest.raises(InspectorError, match="没有人员"):
        assessment.confirm_appraisal(ws, "张三", "区人社局", 2026, "称职")


def test_units_are_ranked_among_their_kind_by_the_offices_points(ws, db, town):
    with db.session("test") as s:
        for unit, n in ((town["hr"], 2), (town["fin"], 1), (town["window"], 4)):
            s.add_all([Finding(unit_id=unit.id, violation_code="late", observed_at=datetime(2026, 6, 1 + i, 9),
                               status="reviewed") for i in range(n)])
    profiles = {p.unit: p for p in assessment.unit_profiles(ws, date(2026, 1, 1), date(2026, 12, 31))}
    assert (profiles["区财政局"].score, profiles["区财政局"].rank) == (99, 1)
    assert (profiles["区人社局"].score, profiles["区人社局"].rank) == (98, 2)
    assert (profiles["区行政服务中心不动产登记窗口"].score, profiles["区行政服务中心不动产登记窗口"].rank) == (96, 1)
    assert [p.unit for p in assessment.ranking(list(profiles.values()))["agency"]] == ["区财政局", "区人社局"]
    settings.save_assessment_rules(ws, per_finding=10)
    assert assessment.unit_profiles(ws, date(2026, 1, 1), date(2026, 12, 31), "区人社局")[0].score == 80


def test_commitments_are_rated_at_the_years_end_and_count_in_the_score(ws, town):
    kept = commitments.add(ws, "区人社局", 2026, "社保卡补办当场办结")
    broken = commitments.add(ws, "区人社局", 2026, "窗口午间不间断服务")
    commitments.add(ws, "区财政局", 2025, "上一年度的承诺")
    commitments.rate(ws, str(kept.id), "已兑现")
    commitments.rate(ws, str(broken.id), "未兑现", "午间多次无人")
    [p] = assessment.unit_profiles(ws, date(2026, 1, 1), date(2026, 12, 31), "区人社局")
    assert (p.commitments, p.commitments_kept, p.commitments_broken, p.score) == (2, 1, 1, 98)
    assert [c.text for c in commitments.held(ws, 2026)] == ["社保卡补办当场办结", "窗口午间不间断服务"]
    with pytest.raises(InspectorError, match="评议结果"):
        commitments.rate(ws, str(kept.id), "很好")
    with pytest.raises(InspectorError, match="不能为空"):
        commitments.add(ws, "区人社局", 2026, "  ")
