"""The roster from the command line: template, import (dry run, bad rows), export, unit and person lists."""

from __future__ import annotations

import json

from openpyxl import load_workbook

from tests.cli.test_cli import run
from tests.services.test_roster_import import UNITS, workbook


def test_an_office_starts_from_the_template_and_lists_its_district(tmp_path):
    data = tmp_path / "data"
    run(data, "roster", "template", "--out", str(tmp_path / "模板.xlsx"))
    sheets = load_workbook(tmp_path / "模板.xlsx")
    assert [c.value for c in sheets["人员"][1]] == ["姓名", "单位", "职务", "人员类别", "党员", "领导干部", "督查组"]
    assert sheets["人员"].max_row == 2  # the headings and one example

    dry = run(data, "roster", "import", str(tmp_path / "模板.xlsx"), "--dry-run").stdout
    assert "试导入（未写入）" in dry and "新增人员：张三（区行政服务中心人社窗口）" in dry
    assert json.loads(run(data, "--json", "unit", "list").stdout) == []
    done = json.loads(run(data, "--json", "roster", "import", str(tmp_path / "模板.xlsx")).stdout)
    assert done["applied"] and done["people"] == {"added": 1, "changed": 0, "left": 0}
    units = json.loads(run(data, "--json", "unit", "list").stdout)
    assert [(u["name"], u["parent"], u["depth"]) for u in units] == [
        ("区行政服务中心", "", 0), ("区行政服务中心人社窗口", "区行政服务中心", 1)]
    people = json.loads(run(data, "--json", "person", "list", "--unit", "人社窗口").stdout)
    assert [(p["name"], p["unit"]) for p in people] == [("张三", "区行政服务中心人社窗口")]
    assert "  区行政服务中心人社窗口" in run(data, "unit", "list").stdout  # a window under its centre


def test_a_workbook_with_bad_rows_is_refused_whole_with_each_row_named(tmp_path):
    data = tmp_path / "data"
    bad = workbook(tmp_path / "bad.xlsx", units=UNITS + [["某办", "不存在的局", "", ""]],
                   people=[["李明", "区财政局", "", "合同工", "", "", ""]])
    proc = run(data, "roster", "import", str(bad), ok=False)
    assert proc.returncode == 1
    assert "单位表第 6 行：上级单位“不存在的局”不在名册中" in proc.stdout
    assert "人员表第 2 行：“人员类别”不认识“合同工”" in proc.stdout and "名册未作任何改动" in proc.stdout
    assert json.loads(run(data, "--json", "unit", "list").stdout) == []
    english = run(data, "--lang", "en", "--json", "roster", "import", str(bad), ok=False).stdout
    assert [p["row"] for p in json.loads(english)["problems"]] == [6, 2]


def test_an_export_imported_back_changes_nothing(tmp_path):
    data = tmp_path / "data"
    run(data, "roster", "import", str(workbook(tmp_path / "b.xlsx")))
    out = run(data, "roster", "export", "--out", str(tmp_path / "导出.xlsx")).stdout
    assert "4 个单位、4 名人员" in out
    again = json.loads(run(data, "--json", "roster", "import", str(tmp_path / "导出.xlsx")).stdout)
    assert again["added"] == again["changed"] == again["left"] == []


def test_a_file_that_is_not_a_workbook_is_one_clear_line(tmp_path):
    (tmp_path / "名册.xlsx").write_text("姓名,单位\n")
    proc = run(tmp_path / "data", "roster", "import", str(tmp_path / "名册.xlsx"), ok=False)
    assert proc.returncode == 1 and proc.stderr.strip() == "错误：名册.xlsx 不是 Excel 工作簿（.xlsx）"


def test_units_are_added_and_moved_from_the_command_line(tmp_path):
    data = tmp_path / "data"
    run(data, "unit", "add", "区行政服务中心", "--kind", "service_centre")
    run(data, "unit", "add", "区大数据局")
    run(data, "unit", "add", "区行政服务中心医保窗口", "--parent", "区行政服务中心", "--kind", "window", "--short", "医保窗口")
    assert "已有名为“区大数据局”的单位" in run(data, "unit", "add", "区大数据局", ok=False).stderr
    run(data, "unit", "edit", "医保窗口", "--parent", "区大数据局")
    units = {u["name"]: u for u in json.loads(run(data, "--json", "unit", "list").stdout)}
    assert units["区行政服务中心医保窗口"]["parent"] == "区大数据局" and units["区行政服务中心医保窗口"]["short_name"] == "医保窗口"
    assert "qdsjj" in units["区大数据局"]["pinyin"]
    assert "循环" in run(data, "unit", "edit", "区大数据局", "--parent", "医保窗口", ok=False).stderr


def test_a_units_year_names_the_accountability_of_its_head(tmp_path):
    data = tmp_path / "data"
    run(data, "roster", "import", str(workbook(tmp_path / "b.xlsx")))
    fid = run(data, "finding", "add", "--unit", "区财政局", "--person", "李明", "--category", "late",
              "--at", "2026-11-02T08:51").stdout.strip()
    run(data, "finding", "submit", fid)
    refused = run(data, "finding", "decide", fid, "--sanction", "efficiency_warning", "--accountability", ok=False)
    assert "不是对单位“一把手”问责的方式" in refused.stderr
    run(data, "finding", "decide", fid, "--sanction", "written_self_criticism", "--accountability")
    shown = json.loads(run(data, "--json", "finding", "show", fid).stdout)["handling"]
    assert (shown["sanction"], shown["accountability"]) == ("written_self_criticism", True)
    assert "处理决定：书面检查，对单位“一把手”问责" in run(data, "finding", "show", fid).stdout
    text = run(data, "unit", "show", "区财政局", "--year", "2026").stdout
    assert "问题：迟到 1" in text and "对“一把手”问责 1 次" in text and "书面检查  李明（迟到）" in text


def test_an_export_to_a_folder_that_is_not_there_is_one_clear_line(tmp_path):
    proc = run(tmp_path / "data", "roster", "template", "--out", str(tmp_path / "没有的文件夹" / "模板.xlsx"), ok=False)
    assert proc.returncode == 1 and proc.stderr.strip() == f"错误：无法写入 {tmp_path / '没有的文件夹' / '模板.xlsx'}：文件夹 {tmp_path / '没有的文件夹'} 不存在"
