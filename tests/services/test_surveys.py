"""满意度测评 from a workbook: counts checked row by row with nothing applied while any row is bad,
the same workbook twice changing nothing, periods as offices write them, and the unit's explanation."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook

from inspector_app.errors import InspectorError
from inspector_app.services import assessment, surveys


def book(path, rows, sheet="满意度测评", columns=surveys.COLUMNS):
    wb = Workbook()
    ws_ = wb.active
    ws_.title = sheet
    ws_.append(list(columns))
    for row in rows:
        ws_.append(list(row))
    wb.save(path)
    return path


@pytest.mark.parametrize("text, days", [
    ("2026", (date(2026, 1, 1), date(2026, 12, 31))), ("2026年度", (date(2026, 1, 1), date(2026, 12, 31))),
    ("2026-Q4", (date(2026, 10, 1), date(2026, 12, 31))), ("2026年第一季度", (date(2026, 1, 1), date(2026, 3, 31))),
    ("2026-02", (date(2026, 2, 1), date(2026, 2, 28))), ("2026年上半年", (date(2026, 1, 1), date(2026, 6, 30))),
    ("2026-03-01..2026-05-31", (date(2026, 3, 1), date(2026, 5, 31))), ("2026-03-01至2026-05-31", (date(2026, 3, 1), date(2026, 5, 31))),
    ("去年", None), ("2026-13", None), ("2026-05-31..2026-03-01", None),
])
def test_periods_as_offices_write_them(text, days):
    assert surveys.period(text) == days


def test_a_workbook_imported_then_again_changes_nothing(ws, town, tmp_path):
    path = book(tmp_path / "测评.xlsx", [("区人社局", "2026", 150, 10, 40), ("财政局", "2026年第四季度", 80, 11, 9)])
    preview = surveys.import_workbook(ws, path, dry_run=True)
    assert not preview.applied and len(preview.added) == 2 and surveys.surveys(ws) == []
    plan = surveys.import_workbook(ws, path)
    assert plan.applied and [x.rate for x in plan.added] == [20.0, 9.0]
    held = {x.unit: x for x in surveys.surveys(ws, 2026)}
    assert (held["区人社局"].respondents, held["区人社局"].flag, held["区财政局"].flag) == (200, "explain", "ok")
    again = surveys.import_workbook(ws, path)
    assert (again.added, again.changed, again.unchanged) == ([], [], 2)
    changed = surveys.import_workbook(ws, book(tmp_path / "改.xlsx", [("区人社局", "2026", 130, 10, 60)]))
    assert [x.unit for x in changed.changed] == ["区人社局"]
    [p] = assessment.unit_profiles(ws, date(2026, 1, 1), date(2026, 12, 31), "区人社局")
    assert (p.dissatisfied_rate, p.satisfaction_flag, p.explained) == (30.0, "grave", False)
    surveys.explain(ws, "区人社局", "2026", "窗口改造期间排队时间长，已增开两个窗口。")
    assert assessment.unit_profiles(ws, date(2026, 1, 1), date(2026, 12, 31), "区人社局")[0].explained
    with pytest.raises(InspectorError, match="没有“2025”的满意度测评"):
        surveys.explain(ws, "区人社局", "2025", "说明")


def test_every_bad_row_is_told_and_nothing_is_applied(ws, town, tmp_path):
    rows = [("区人社局", "2026", 150, 10, 40),
            ("区不存在局", "2026", 1, 1, 1),
            ("区财政局", "2026", -3, 10, 2),
            ("区财政局", "2026", "85%", 10, 5),
            ("区财政局", "2026", 0.85, 0.1, 0.05),
            ("区人社局", "2026", 1, 2, 3),
            ("区财政局", "上个月", 1, 2, 3),
            ("区财政局", "2026", 0, 0, 0),
            ("", "2026", 1, 1, 1)]
    plan = surveys.import_workbook(ws, book(tmp_path / "坏.xlsx", rows))
    said = {p.row: p.as_dict()["message"] for p in plan.problems}
    assert not plan.applied and surveys.surveys(ws) == []
    assert "区不存在局" in said[3] and "负数" in said[4] and "不是百分比" in said[5] and "不是百分比" in said[6]
    assert "第 2 行填写过" in said[7] and "上个月" in said[8] and "没有人参加" in said[9] and "未填写单位" in said[10]
    assert 2 not in said


@pytest.mark.parametrize("kind, words", [("sheet", "缺少工作表“满意度测评”（按人数）或“测评明细”"), ("columns", "缺少列：不满意"),
                                         ("text", "不是 Excel 工作簿")])
def test_a_wrong_file_is_told_as_a_whole(ws, town, tmp_path, kind, words):
    path = tmp_path / "x.xlsx"
    if kind == "sheet":
        book(path, [], sheet="Sheet1")
    elif kind == "columns":
        book(path, [], columns=surveys.COLUMNS[:-1])
    else:
        path.write_text("单位,期间\n")
    with pytest.raises(InspectorError, match=words):
        surveys.import_workbook(ws, path)


def test_the_template_imports_once_its_units_exist(ws, town, tmp_path):
    surveys.template(tmp_path / "模板.xlsx")
    plan = surveys.import_workbook(ws, tmp_path / "模板.xlsx", dry_run=True)
    assert not plan.problems and len(plan.added) == 2


def test_a_row_a_respondent_is_counted_by_unit_and_period(ws, town, tmp_path):
    answers = [("区人社局", "2026", "满意")] * 7 + [("区人社局", "2026", "不满意")] * 3 + [("区财政局", "2026", "基本满意")]
    path = book(tmp_path / "明细.xlsx", answers, sheet="测评明细", columns=surveys.DETAIL_COLUMNS)
    plan = surveys.import_workbook(ws, path)
    assert plan.applied and [(x.unit, x.satisfied, x.basic, x.dissatisfied, x.rate) for x in plan.added] == [
        ("区人社局", 7, 0, 3, 30.0), ("区财政局", 0, 1, 0, 0.0)]
    bad = surveys.import_workbook(ws, book(tmp_path / "坏.xlsx", [("区人社局", "2026", "还行")], sheet="测评明细",
                                           columns=surveys.DETAIL_COLUMNS))
    assert [p.as_dict()["message"] for p in bad.problems] == ["评价“还行”应为 满意、基本满意 或 不满意"]
