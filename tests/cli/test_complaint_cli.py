"""`inspector complaint`: a case from 挂号 to 销号 at the terminal, its deadline printed, the ledger
listed and exported without the complainant, bad input told in Chinese with nothing saved."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from tests.cli.test_cli import run


@pytest.fixture
def data(tmp_path) -> Path:
    data = tmp_path / "data"
    run(data, "roster", "template", "--out", str(tmp_path / "t.xlsx"))
    run(data, "roster", "import", str(tmp_path / "t.xlsx"))
    return data


def unit_of(data: Path) -> str:
    return json.loads(run(data, "--json", "unit", "list").stdout)[0]["name"]


def test_a_case_at_the_terminal_from_registration_to_closing(data, tmp_path):
    unit = unit_of(data)
    number = run(data, "complaint", "add", "--channel", "电话", "--received", "2026-09-28T10:00", "--unit", unit,
                 "--summary", "窗口工作人员态度生硬", "--complainant", "张三", "--phone", "13800000000").stdout.strip()
    assert number == "效投〔2026〕0001号"
    run(data, "complaint", "accept", "1")
    out = json.loads(run(data, "complaint", "assign", "1", "--to", unit, "--days", "10",
                         "--on", "2026-09-28", "--json").stdout)  # --json after the command as before it
    assert out["deadline"] == "2026-10-16" and out["complainant"] == "张某某"  # over the National Day holiday
    assert "办理期限：2026-10-16（10 个工作日）" in run(data, "complaint", "show", "1").stdout
    run(data, "complaint", "resolve", "1", "--result", "属实", "--text", "已批评教育", "--on", "2026-10-12")
    run(data, "complaint", "reply", "1", "--method", "电话", "--text", "已处理", "--on", "2026-10-13")
    run(data, "complaint", "visit", "1", "--satisfaction", "满意", "--on", "2026-10-14")
    run(data, "complaint", "close", "1", "--on", "2026-10-14")
    shown = json.loads(run(data, "--json", "complaint", "show", "1", "--reveal").stdout)
    assert shown["status"] == "closed" and (shown["complainant"], shown["contact"]) == ("张三", "13800000000")
    assert [s["name"] for s in shown["steps"]] == ["挂号", "受理", "交办", "办结", "答复", "回访", "销号"]
    stats = json.loads(run(data, "--json", "complaint", "stats").stdout)["figures"][0]
    assert stats["received"] == 1 and stats["on_time_rate"] == 100.0
    listed = json.loads(run(data, "--json", "complaint", "list").stdout)
    assert listed["total"] == 1 and "complainant" not in listed["complaints"][0]
    run(data, "complaint", "export", "--out", str(tmp_path / "台账.xlsx"))
    cells = [str(v) for r in openpyxl.load_workbook(tmp_path / "台账.xlsx").active.iter_rows(values_only=True)
             for v in r if v is not None]
    assert number in cells and not any("张三" in c or "13800000000" in c for c in cells)


@pytest.mark.parametrize("args, words", [
    (["--phone", "1380000"], "联系电话“1380000”格式不对"),
    (["--unit", "区不存在局"], "区不存在局"),
    (["--received", "2026-13-01T10:00"], "时间“2026-13-01T10:00”格式不对"),
    (["--channel", "飞鸽"], "没有“飞鸽”这一投诉渠道"),
])
def test_bad_input_is_told_in_chinese_and_nothing_is_saved(data, args, words):
    base = {"--channel": "电话", "--received": "2026-09-28T10:00", "--summary": "电话无人接听"}
    extra = dict(zip(args[::2], args[1::2]))
    flat = [x for k, v in {**base, **extra}.items() for x in (k, v)]
    proc = run(data, "complaint", "add", *flat, ok=False)
    assert proc.returncode == 1 and words in proc.stderr
    assert json.loads(run(data, "--json", "complaint", "list").stdout)["total"] == 0


def test_a_closed_case_is_not_edited_and_a_deadline_not_set_before_receipt(data):
    run(data, "complaint", "add", "--channel", "来信", "--received", "2026-09-28T10:00", "--summary", "事项")
    proc = run(data, "complaint", "assign", "1", "--to", "王科长", ok=False)
    assert "不能交办" in proc.stderr
    run(data, "complaint", "accept", "1")
    proc = run(data, "complaint", "assign", "1", "--to", "王科长", "--on", "2026-09-01", ok=False)
    assert "早于受理日期" in proc.stderr
    run(data, "complaint", "reject", "1", "--reason", "重复投诉", ok=False)  # accepted already
    proc = run(data, "complaint", "reply", "1", "--method", "电话", "--text", "答复", ok=False)
    assert "尚未办结" in proc.stderr
