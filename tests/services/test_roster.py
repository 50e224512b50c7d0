"""The roster as the screens list it, and the office's word on the people a team added in the field."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from inspector_app.domain.models import Finding, Person, Team
from inspector_app.errors import InspectorError
from inspector_app.services import findings, roster
from inspector_app.services.findings import FindingInput
from inspector_app.services.roster import PersonInput, UnitInput


@pytest.fixture
def met_in_the_field(ws, db, town):
    """A person a team added (provisional, as the hub made them) with a finding of theirs."""
    with db.session("test") as s:
        added = Person(name="张三民", unit_id=town["hr"].id, provisional=True)
        s.add(added)
    found = findings.record(ws, FindingInput(unit="区人社局", person="张三民", category="late", at="2026-10-15T09:40"))
    return added, found


def test_the_office_merges_a_person_met_in_the_field_into_the_one_on_the_roster(ws, db, town, met_in_the_field):
    added, found = met_in_the_field
    assert [p.name for p in roster.provisional(ws)] == ["张三民"]
    assert roster.merge(ws, added.id, town["zhang"].id).name == "张三明"
    with db.session() as s:
        assert s.get(Finding, found.id).person_id == town["zhang"].id
        assert s.get(Person, added.id).deleted  # kept, marked: nothing is lost
    assert roster.provisional(ws) == [] and "张三民" not in roster.person_names(ws, "区人社局")
    with pytest.raises(InspectorError) as err:
        roster.merge(ws, town["zhang"].id, town["zhang"].id)
    assert err.value.key == "person_merge_self"


def test_the_office_confirms_and_a_team_may_not(ws, met_in_the_field):
    added, _ = met_in_the_field
    with pytest.raises(InspectorError) as err:
        roster.confirm(replace(ws, role="inspector"), added.id)
    assert err.value.key == "refused_roster" and "办公室" in err.value.message()
    assert not roster.confirm(ws, added.id).provisional
    assert roster.provisional(ws) == []


def test_the_office_adds_edits_and_marks_a_person_as_left(ws, db, town):
    with db.session("test") as s:
        s.add(Team(name="第一督查组"))
    added = roster.save_person(ws, PersonInput(" 赵  六 ", "人社局", "科员", "outside", True, False, "第一督查组"))
    listed = {p["name"]: p for p in roster.person_list(ws, "区人社局")}
    assert listed["赵 六"]["team"] == "第一督查组" and listed["赵 六"]["category_name"] == "编外人员"
    moved = roster.save_person(ws, PersonInput("赵六", "区财政局", "副科长"), added.id)
    assert moved.id == added.id and [p["position"] for p in roster.person_list(ws, "区财政局") if p["name"] == "赵六"] == ["副科长"]
    roster.mark_left(ws, added.id)
    assert "赵六" not in [p["name"] for p in roster.person_list(ws)]
    assert [p["active"] for p in roster.person_list(ws, left=True) if p["name"] == "赵六"] == [False]
    with pytest.raises(InspectorError) as err:
        roster.save_person(ws, PersonInput("赵六", "区财政局", team="第九督查组"))
    assert err.value.key == "team_unknown" and "第一督查组" in err.value.message()
    with pytest.raises(InspectorError) as err:
        roster.save_person(replace(ws, role="inspector"), PersonInput("赵六", "区人社局"), added.id)
    assert err.value.key.startswith("refused")


def test_the_office_adds_and_moves_units_but_never_under_themselves(ws, town):
    roster.save_unit(ws, UnitInput("区大数据局", short_name="大数据局"))
    moved = roster.save_unit(ws, UnitInput("区行政服务中心不动产登记窗口", "区大数据局", "window", "不动产"), town["window"].id)
    assert moved.id == town["window"].id
    assert {u["name"]: u["parent"] for u in roster.unit_list(ws)}["区行政服务中心不动产登记窗口"] == "区大数据局"
    with pytest.raises(InspectorError) as err:
        roster.save_unit(ws, UnitInput("区大数据局", "区行政服务中心不动产登记窗口"), roster.unit_id(ws, "区大数据局"))
    assert err.value.key == "roster_cycle" and "区大数据局 → 区行政服务中心不动产登记窗口 → 区大数据局" in err.value.message()
    with pytest.raises(InspectorError) as err:
        roster.save_unit(ws, UnitInput("区财政局"))
    assert err.value.key == "roster_unit_exists"


def test_a_units_year_shows_when_its_head_was_held_accountable(ws, town):
    def reviewed(sanction, accountability=False, at="2026-10-15T09:40"):
        found = findings.record(ws, FindingInput(unit="区人社局", person="张三明", category="late", at=at), submit=True)
        return findings.decide(ws, found.id, sanction, decided_on=date(2026, 10, 20), accountability=accountability)
    reviewed("efficiency_warning")
    reviewed("circulated_criticism", accountability=True, at="2026-10-16T09:40")
    with pytest.raises(InspectorError) as err:
        reviewed("efficiency_warning", accountability=True, at="2026-10-17T09:40")
    assert err.value.key == "sanction_not_accountability" and "建议免职" in err.value.message()
    year = roster.unit_record(ws, "人社局", 2026)
    assert year["findings"] == [{"code": "late", "name": "迟到", "count": 3}]  # the refused decision left its finding
    assert [(s["name"], s["count"]) for s in year["sanctions"]] == [("效能告诫", 1), ("通报批评", 1)]
    assert [(a["sanction"], a["person"], str(a["decided_on"])) for a in year["accountability"]] == [
        ("通报批评", "张三明", "2026-10-20")]
    assert roster.unit_record(ws, "人社局", 2025)["accountability"] == []
