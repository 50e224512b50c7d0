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
