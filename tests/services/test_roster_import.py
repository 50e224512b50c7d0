"""An office enters its own district from a workbook: checked whole, applied whole or not at all,
idempotent; people who leave are marked, never deleted; a bad file says what is wrong."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import msoffcrypto.format.ooxml
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from openpyxl import Workbook, load_workbook
from sqlmodel import func, select

from inspector_app.domain.models import Finding, OutboxOp, Person, Team, Unit
from inspector_app.errors import InspectorError
from inspector_app.services import findings, roster, roster_workbook
from inspector_app.services.findings import FindingInput
from inspector_app.services.roster_import import import_workbook

UNIT_HEAD = ["名称", "上级单位", "类型", "简称"]
PERSON_HEAD = ["姓名", "单位", "职务", "人员类别", "党员", "领导干部", "督查组"]
UNITS = [["区财政局", "", "机关部门", "财政局"], ["区行政服务中心", "", "行政服务中心", "服务中心"],
         ["区行政服务中心税务窗口", "区行政服务中心", "窗口", "税务窗口"], ["东湖镇", "", "镇", ""]]
PEOPLE = [["李明", "区财政局", "科长", "公务员", "是", "是", ""],
          ["王芳", "区行政服务中心税务窗口", "窗口工作人员", "编外", "否", "否", ""],
          ["赵刚", "东湖镇", "副镇长", "参公", "是", "是", ""],
          ["周敏", "区财政局", "效能办干部", "事业编", "是", "否", "第一督查组"]]


def workbook(path: Path, units=UNITS, people=PEOPLE, unit_head=UNIT_HEAD, person_head=PERSON_HEAD,
             sheets=("单位", "人员")) -> Path:
    book = Workbook()
    book.remove(book.active)
    for name, head, rows in zip(sheets, (unit_head, person_head), (units, people)):
        sheet = book.create_sheet(name)
        sheet.append(head)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def outbox(db) -> int:
    with db.session() as s:
        return s.exec(select(func.count()).select_from(OutboxOp)).one()


def test_a_new_office_enters_its_district_and_a_second_import_changes_nothing(ws, db, tmp_path):
    book = workbook(tmp_path / "名册.xlsx")
    plan = import_workbook(ws, book)
    assert plan.applied and plan.summary()["units"] == {"added": 4, "changed": 0}
    assert plan.summary()["people"] == {"added": 4, "changed": 0, "left": 0} and plan.summary()["teams"] == {"added": 1}
    tree = {u["name"]: u for u in roster.unit_list(ws)}
    assert tree["区行政服务中心税务窗口"]["parent"] == "区行政服务中心" and tree["区行政服务中心税务窗口"]["depth"] == 1
    assert tree["区行政服务中心税务窗口"]["kind"] == "window" and tree["东湖镇"]["kind"] == "town"
    people = {p["name"]: p for p in roster.person_list(ws)}
    assert people["王芳"]["staff_category"] == "outside" and people["赵刚"]["staff_category"] == "reference_managed"
    assert people["李明"]["leader"] and people["李明"]["party_member"] and not people["王芳"]["party_member"]
    assert people["周敏"]["team"] == "第一督查组"
    sent = outbox(db)
    again = import_workbook(ws, book)
    assert again.applied and not again.added and not again.changed and not again.left
    assert outbox(db) == sent  # nothing to send either


def test_the_hub_receives_a_parent_before_its_children(ws, db, tmp_path):
    deep = [["区行政服务中心税务窗口", "区行政服务中心", "服务窗口", ""], ["区行政服务中心", "区政府", "", ""],
            ["区政府", "", "", ""]]
    import_workbook(ws, workbook(tmp_path / "b.xlsx", units=deep, people=[]))
    with db.session() as s:
        ops = [op.fields["name"] for op in s.exec(select(OutboxOp).where(OutboxOp.entity == "unit").order_by(OutboxOp.seq))]
    assert ops == ["区政府", "区行政服务中心", "区行政服务中心税务窗口"]


def test_a_dry_run_lists_the_changes_and_writes_nothing(ws, db, town, tmp_path):
    people = [["张三明", "区人社局", "副科长", "公务员", "否", "否", ""], ["王𠮷", "区行政服务中心不动产登记窗口", "", "临时工", "否", "否", ""],
              ["新来的", "区人社局", "科员", "", "", "", ""]]
    before = outbox(db)
    plan = import_workbook(ws, workbook(tmp_path / "b.xlsx", units=[], people=people), dry_run=True)
    assert not plan.applied and outbox(db) == before
    assert [(c.name, c.fields) for c in plan.changed] == [("张三明", {"职务": ("科员", "副科长")})]
    assert [c.name for c in plan.added] == ["新来的"] and [c.name for c in plan.left] == ["李堃"]
    assert plan.warnings == []  # one of three leaving is no alarm
    assert roster.person_list(ws, "区人社局")[0]["position"] == "科员"


def test_every_bad_row_is_reported_and_nothing_is_applied(ws, db, tmp_path):
    units = UNITS + [["区财政局", "", "", ""], ["", "区财政局", "", ""], ["甲中心", "乙中心", "", ""],
                     ["乙中心", "甲中心", "", ""], ["某办", "不存在的局", "", ""], ["某委", "", "委员会", ""]]
    people = PEOPLE + [["", "区财政局", "", "", "", "", ""], ["钱多", "区财政局", "", "合同工", "", "", ""],
                       ["孙丽", "不存在的局", "", "", "", "", ""], ["吴用", "区财政局", "", "", "有", "", ""]]
    plan = import_workbook(ws, workbook(tmp_path / "bad.xlsx", units=units, people=people))
    found = {(p.sheet, p.row, p.key) for p in plan.problems}
    assert found == {("单位", 6, "roster_unit_twice"), ("单位", 7, "roster_empty"), ("单位", 8, "roster_cycle"),
                     ("单位", 9, "roster_cycle"), ("单位", 10, "roster_parent_unknown"),
                     ("单位", 11, "roster_choice_unknown"), ("人员", 6, "roster_empty"),
                     ("人员", 7, "roster_choice_unknown"), ("人员", 8, "roster_unit_unknown"), ("人员", 9, "roster_flag_bad")}
    messages = {p.row: p.as_dict()["message"] for p in plan.problems if p.sheet == "人员"}
    assert "合同工" in messages[7] and "编外人员" in messages[7] and "不存在的局" in messages[8]
    assert "甲中心 → 乙中心 → 甲中心" in next(p.as_dict()["message"] for p in plan.problems if p.row == 8)
    assert not plan.applied and roster.unit_list(ws) == [] and outbox(db) == 0


def test_two_people_of_one_name_in_a_unit_are_allowed_reported_and_stay_two(ws, db, tmp_path):
    people = [["张伟", "区财政局", "科员", "", "", "", ""], ["张伟", "区财政局", "科长", "", "", "", ""]]
    book = workbook(tmp_path / "b.xlsx", people=people)
    plan = import_workbook(ws, book)
    assert plan.applied and [(w.row, w.key) for w in plan.warnings] == [(3, "roster_same_name")]
    assert "张伟" in plan.warnings[0].as_dict()["message"]
    again = import_workbook(ws, book)
    assert not again.added and not again.changed and not again.left
    assert sorted(p["position"] for p in roster.person_list(ws, "区财政局")) == ["科员", "科长"]


def test_who_leaves_is_marked_left_keeps_their_findings_and_may_come_back(ws, db, tmp_path):
    import_workbook(ws, workbook(tmp_path / "b.xlsx"))
    found = findings.record(ws, FindingInput(unit="区财政局", person="李明", category="late", at="2026-10-15T08:55"))
    plan = import_workbook(ws, workbook(tmp_path / "c.xlsx", people=PEOPLE[1:]))
    assert [(c.name, c.unit) for c in plan.left] == [("李明", "区财政局")]
    with db.session() as s:
        li = s.get(Person, s.get(Finding, found.id).person_id)
        assert li.name == "李明" and not li.active and not li.deleted
    assert "李明" not in [p["name"] for p in roster.person_list(ws)]
    assert "李明" in [p["name"] for p in roster.person_list(ws, left=True)]
    back = import_workbook(ws, workbook(tmp_path / "b.xlsx"))
    assert [(c.name, c.fields) for c in back.changed] == [("李明", {"在职": ("否", "是")})]


def test_a_part_of_the_roster_taken_for_the_whole_is_pointed_out_before_it_is_applied(ws, tmp_path):
    people = [[f"干部{i}", "区财政局", "", "", "", "", ""] for i in range(12)]
    import_workbook(ws, workbook(tmp_path / "all.xlsx", people=people))
    part = import_workbook(ws, workbook(tmp_path / "part.xlsx", people=people[:2]), dry_run=True)
    assert [(w.key, w.params) for w in part.warnings] == [("roster_many_left", {"count": 10, "total": 12})]
    assert "完整的名册" in part.report()[-1]
    assert import_workbook(ws, workbook(tmp_path / "most.xlsx", people=people[:7]), dry_run=True).warnings == []


def test_an_exported_roster_renamed_and_moved_in_excel_keeps_its_records(ws, db, town, tmp_path):
    path = tmp_path / "导出.xlsx"
    assert roster.export_workbook(ws, path) == {"units": 4, "people": 3}
    book = load_workbook(path)
    units, people = book["单位"], book["人员"]
    assert [c.value for c in units[1]] == UNIT_HEAD + ["编号"] and [c.value for c in people[1]] == PERSON_HEAD + ["编号"]
    for row in units.iter_rows(min_row=2):
        if row[0].value == "区人社局":
            row[0].value = "区人力资源和社会保障局"
    for row in people.iter_rows(min_row=2):
        if row[0].value == "张三明":
            row[1].value = "区财政局"
    book.save(path)
    plan = import_workbook(ws, path)
    assert {(c.kind, c.name) for c in plan.changed} == {("unit", "区人力资源和社会保障局"), ("person", "张三明")}
    assert not plan.added and not plan.left
    with db.session() as s:
        assert s.get(Unit, town["hr"].id).name == "区人力资源和社会保障局"
        assert s.get(Person, town["zhang"].id).unit_id == town["fin"].id


def test_a_team_may_not_import_the_roster(ws, tmp_path):
    with pytest.raises(InspectorError) as err:
        import_workbook(replace(ws, role="inspector"), workbook(tmp_path / "b.xlsx"))
    assert err.value.key == "refused_entity" and "单位" in err.value.message()


def test_the_template_reads_back_as_a_valid_roster(ws, tmp_path):
    roster_workbook.template(tmp_path / "模板.xlsx")
    plan = import_workbook(ws, tmp_path / "模板.xlsx", dry_run=True)
    assert not plan.problems and len(plan.added) == 3


def encrypted(path: Path) -> Path:
    plain = workbook(path.with_suffix(".plain.xlsx"))
    out = io.BytesIO()
    with plain.open("rb") as f:
        msoffcrypto.format.ooxml.OOXMLFile(f).encrypt("1234", out)
    path.write_bytes(out.getvalue())
    return path


def long_sheet(path: Path) -> Path:
    book = Workbook(write_only=True)
    book.create_sheet("单位").append(UNIT_HEAD)
    people = book.create_sheet("人员")
    people.append(PERSON_HEAD)
    for i in range(roster_workbook.MAX_ROWS + 1):
        people.append([f"人{i}", "区财政局"])
    book.save(path)
    return path


@pytest.mark.parametrize("make, key, words", [
    (lambda p: None, "book_unreadable", "无法读取"),
    (lambda p: p.write_text("姓名,单位\n张三,区财政局\n"), "book_not_xlsx", "不是 Excel 工作簿"),
    (lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024)), "book_xls", ".xls"),
    (encrypted, "book_encrypted", "密码"),
    (lambda p: workbook(p, sheets=("Sheet1", "人员")), "book_sheets", "单位"),
    (lambda p: workbook(p, person_head=PERSON_HEAD[:3]), "book_columns", "人员类别、党员、领导干部、督查组"),
    (long_sheet, "book_too_long", "40000"),
])
def test_a_bad_workbook_says_what_is_wrong_and_changes_nothing(ws, db, tmp_path, make, key, words):
    path = tmp_path / "名册.xlsx"
    make(path)
    with pytest.raises(InspectorError) as err:
        import_workbook(ws, path)
    assert err.value.key == key and words in err.value.message()
    assert outbox(db) == 0


def test_formulas_instead_of_values_are_named_by_row_and_column(ws, db, tmp_path):
    people = [["李明", "区财政局", '=CONCAT("科","长")', "公务员", "是", "是", ""]]
    plan = import_workbook(ws, workbook(tmp_path / "f.xlsx", people=people))
    assert [(p.sheet, p.row, p.key) for p in plan.problems] == [("人员", 2, "roster_formula")]
    assert "职务" in plan.problems[0].as_dict()["message"] and outbox(db) == 0


names = st.text(alphabet="甲乙丙丁戊己庚辛壬癸东西南北中", min_size=1, max_size=4)


@st.composite
def rosters(draw):
    unit_names = draw(st.lists(names, min_size=1, max_size=8, unique=True))
    units = [[n, draw(st.sampled_from([""] + unit_names[:i])), draw(st.sampled_from(["", "机关部门", "镇", "窗口"])), ""]
             for i, n in enumerate(unit_names)]
    people = [[draw(names), draw(st.sampled_from(unit_names)), draw(st.sampled_from(["", "科员", "科长"])),
               draw(st.sampled_from(["", "公务员", "编外", "临时工"])), draw(st.sampled_from(["", "是", "否"])),
               draw(st.sampled_from(["否", "是"])), draw(st.sampled_from(["", "第一督查组"]))]
              for _ in range(draw(st.integers(0, 12)))]
    return units, people


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=rosters(), second=rosters())
def test_any_roster_imported_over_another_then_exported_reads_back_unchanged(ws, db, tmp_path, first, second):
    with db.session("test") as s:  # each example starts from an empty district
        for model in (Person, Unit, Team):
            for record in s.exec(select(model)):
                record.deleted = True
    for units, people in (first, second):
        assert import_workbook(ws, workbook(tmp_path / "r.xlsx", units=units, people=people)).applied
        assert len(roster.person_list(ws)) == len(people)
        roster.export_workbook(ws, tmp_path / "e.xlsx")
        plan = import_workbook(ws, tmp_path / "e.xlsx", dry_run=True)
        assert not plan.problems and not plan.added and not plan.changed and not plan.left
