"""The assessment across the district: the office's service commitments reach every laptop (an
inspector checks them on a visit), while its surveys and the appraisals it confirms stay with the
office; a team may write none of them, and the hub refuses what a team's laptop tries anyway."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook
from sqlmodel import select

from inspector_app.domain.models import Appraisal, Commitment, SatisfactionSurvey, Unit
from inspector_app.errors import InspectorError
from inspector_app.services import assessment, commitments, surveys, sync


def rows(ws, model) -> list:
    with ws.db.session() as s:
        return list(s.exec(select(model)).all())


def test_commitments_reach_everyone_surveys_and_appraisals_the_office_alone(district, tmp_path):
    office, zhao, qian = district.office, district.team_one, district.team_two
    kept = commitments.add(office, "区人社局", 2026, "社保卡补办当场办结")
    commitments.rate(office, str(kept.id), "已兑现")
    book = Workbook()
    book.active.title = surveys.SHEET
    book.active.append(list(surveys.COLUMNS))
    book.active.append(["区人社局", "2026", 70, 5, 25])
    book.save(tmp_path / "测评.xlsx")
    assert surveys.import_workbook(office, tmp_path / "测评.xlsx").applied
    assessment.confirm_appraisal(office, "张三明", "区人社局", 2026, "称职")
    sync.sync(office, attempts=2)
    for ws in (zhao, qian):
        sync.sync(ws, attempts=2)
        assert [(c.text, c.rating) for c in rows(ws, Commitment)] == [("社保卡补办当场办结", "kept")]
        assert rows(ws, SatisfactionSurvey) == rows(ws, Appraisal) == []
    # on the hub, as the office's own records: a second look from the office's laptop finds them unchanged
    [p] = assessment.unit_profiles(office, date(2026, 1, 1), date(2026, 12, 31), "区人社局")
    assert (p.commitments_kept, p.dissatisfied_rate, p.satisfaction_flag) == (1, 25.0, "explain")
    # a team's laptop is refused before anything is written
    with pytest.raises(InspectorError):
        commitments.add(zhao, "区人社局", 2026, "伪造的承诺")
    with pytest.raises(InspectorError):
        assessment.confirm_appraisal(zhao, "张三明", "区人社局", 2026, "优秀")
    with pytest.raises(InspectorError):
        surveys.import_workbook(zhao, tmp_path / "测评.xlsx")
    assert rows(zhao, Appraisal) == [] and len(rows(zhao, Commitment)) == 1


def test_the_hub_refuses_a_commitment_a_teams_laptop_writes_behind_its_back(district):
    zhao = district.team_one
    with zhao.db.session(zhao.actor) as s:  # past the laptop's own check, as an altered laptop would
        hr = s.exec(select(Unit).where(Unit.name == "区人社局")).one()
        s.add(Commitment(unit_id=hr.id, year=2026, text="伪造的承诺"))
    report = sync.sync(zhao, attempts=2)
    assert [r.code for r in report.refused] == ["refused_entity"]
    sync.sync(district.office, attempts=2)
    assert rows(district.office, Commitment) == []
