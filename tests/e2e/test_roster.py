"""The roster is the hub's: the office imports its district from a workbook, every laptop receives it;
a person who leaves is marked left everywhere; a team may read the roster but not import one."""

from __future__ import annotations

import pytest

from inspector_app.errors import InspectorError
from inspector_app.services import roster, sync
from inspector_app.services.roster_import import import_workbook
from tests.services.test_roster_import import PEOPLE, UNITS, workbook


def test_the_office_imports_its_district_and_every_laptop_receives_it(district, tmp_path):
    office, zhao, qian = district.office, district.team_one, district.team_two
    people = PEOPLE + [["孙亮", "区财政局", "效能办干部", "公务员", "是", "否", "第一督查组"]]
    plan = import_workbook(office, workbook(tmp_path / "名册.xlsx", people=people))
    assert plan.applied and not plan.problems and [c.name for c in plan.left] == ["张三明"]
    assert sync.sync(office).refused == []
    for ws in (zhao, qian):
        assert sync.sync(ws).refused == []
        tree = {u["name"]: u for u in roster.unit_list(ws)}
        assert tree["区行政服务中心税务窗口"]["parent"] == "区行政服务中心"
        listed = {p["name"]: p for p in roster.person_list(ws)}
        assert set(listed) == {row[0] for row in people}
        assert listed["孙亮"]["team"] == listed["周敏"]["team"] == "第一督查组"  # the hub's team, by name
        assert "张三明" in {p["name"] for p in roster.person_list(ws, left=True)}

    # the second import of the same workbook sends nothing; a team's laptop may not import at all
    assert not import_workbook(office, workbook(tmp_path / "again.xlsx", people=people)).changed
    with pytest.raises(InspectorError) as err:
        import_workbook(zhao, workbook(tmp_path / "theirs.xlsx", units=UNITS, people=people))
    assert err.value.key == "refused_entity"
