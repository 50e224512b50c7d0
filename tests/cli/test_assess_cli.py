"""`inspector assess` on the demo district: every unit with its dissatisfaction and flag."""

from __future__ import annotations

import json

from tests.cli.test_cli import data, demo_dir, run  # noqa: F401 (fixtures)


def test_every_unit_carries_its_dissatisfaction_and_flag(data):  # noqa: F811
    out = json.loads(run(data, "--json", "assess", "--from", "2026-01-01", "--to", "2026-12-31").stdout)
    units = out["units"]
    surveyed = [u for u in units if u["respondents"]]
    assert len(units) == 40 and len(surveyed) >= 30  # the demo's yearly surveys
    assert all(u["dissatisfied_rate"] is None and u["satisfaction_flag"] is None for u in units if u not in surveyed)
    for u in surveyed:
        rate = u["dissatisfied_rate"]
        assert rate == round(100 * u["dissatisfied"] / u["respondents"], 1)
        assert u["satisfaction_flag"] == ("grave" if rate >= 30 else "explain" if rate >= 20 else "ok")
    assert sum(sum(u["findings"].values()) for u in units) <= 60
    text = run(data, "assess", "--from", "2026-01-01", "--to", "2026-12-31").stdout
    assert "不满意率" in text and "区人社局" in text
    proc = run(data, "assess", "--from", "2026-01-01", "--to", "2026-12-31", "--unit", "区不存在局", ok=False)
    assert proc.returncode == 1 and "区不存在局" in proc.stderr


def test_the_people_with_their_appraisal_suggested(data):  # noqa: F811
    people = json.loads(run(data, "--json", "assess", "--from", "2026-01-01", "--to", "2026-12-31", "--people")
                        .stdout)["people"]
    assert people and all(sum(p["findings"].values()) >= 1 for p in people)
    counts = [sum(p["findings"].values()) for p in people]
    assert counts == sorted(counts, reverse=True)
    assert all("不称职" in " ".join(p["appraisal"]) for p in people if p["sanctions"].get("efficiency_warning", 0) >= 2)


def test_surveys_commitments_and_an_appraisal_from_the_terminal(data, tmp_path):  # noqa: F811
    run(data, "survey", "template", "--out", str(tmp_path / "测评.xlsx"))
    out = json.loads(run(data, "survey", "import", str(tmp_path / "测评.xlsx"), "--dry-run", "--json").stdout)
    assert out["valid"] and not out["applied"]
    import openpyxl
    book = openpyxl.load_workbook(tmp_path / "测评.xlsx")
    book.active.append(["区人社局", "2026年第一季度", "60%", 10, 5])
    book.save(tmp_path / "坏.xlsx")
    bad = run(data, "survey", "import", str(tmp_path / "坏.xlsx"), ok=False)
    assert bad.returncode == 1 and "第 4 行" in bad.stdout and "不是百分比" in bad.stdout and "未作任何改动" in bad.stdout
    added = json.loads(run(data, "commitment", "add", "区人社局", "--year", "2026", "--text", "社保卡补办当场办结",
                           "--json").stdout)
    run(data, "commitment", "rate", str(added["id"]), "--rating", "未兑现")
    assert "未兑现" in run(data, "commitment", "list", "--year", "2026").stdout
    units = json.loads(run(data, "assess", "--from", "2026-01-01", "--to", "2026-12-31", "--json").stdout)["units"]
    hr = next(u for u in units if u["unit"] == "区人社局")
    assert hr["commitments_broken"] == 1 and hr["rank"] >= 1 and 0 <= hr["score"] <= 100
    person = json.loads(run(data, "--json", "assess", "--from", "2026-01-01", "--to", "2026-12-31", "--people")
                        .stdout)["people"][0]
    run(data, "assess", "confirm", person["id"], "--year", "2026", "--grade", "基本称职")
    again = json.loads(run(data, "--json", "assess", "--from", "2026-01-01", "--to", "2026-12-31", "--people")
                       .stdout)["people"][0]
    assert again["confirmed"] == "basic"


def test_the_years_report_as_pdf_and_workbook(data, tmp_path):  # noqa: F811
    out = json.loads(run(data, "assess", "report", "--year", "2026", "--out", str(tmp_path / "考核.pdf"),
                         "--xlsx", str(tmp_path / "考核.xlsx"), "--json").stdout)
    assert out["period"] == "2026年度" and (tmp_path / "考核.pdf").stat().st_size > 10_000
    assert (tmp_path / "考核.xlsx").is_file()
    proc = run(data, "assess", "report", "--year", "2026", ok=False)
    assert proc.returncode != 0 and "--out" in proc.stderr
