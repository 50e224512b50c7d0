"""`inspector settings`: the notice header and a local rule changed from the command line, and used."""

from __future__ import annotations

import json

from tests.cli.test_cli import run


def test_settings_are_changed_checked_and_shown(tmp_path):
    data = tmp_path / "data"
    assert run(data, "settings", "set", "org_code", "市效能办").stdout.strip() == "已保存：机关代字 = 市效能办"
    refused = run(data, "settings", "set", "rectify_days", "0", ok=False)
    assert refused.returncode == 1 and "1 到 60" in refused.stderr
    assert "一年内迟到累计4次" in run(data, "settings", "rule", "late-three-times", "4").stdout
    shown = json.loads(run(data, "--json", "settings", "show").stdout)
    assert shown["notice"]["org_code"] == "市效能办" and shown["hub_url"] is None
    assert {r["id"]: r["at_least"] for r in shown["rules"]}["late-three-times"] == 4
    assert "一年内迟到累计4次" in run(data, "catalogue", "show").stdout


def test_the_idle_lock_is_the_offices_setting_in_minutes(tmp_path):
    data = tmp_path / "data"
    assert json.loads(run(data, "--json", "settings", "show").stdout)["security"] == {"idle_lock_minutes": 10}
    assert run(data, "settings", "idle-lock", "5").stdout.strip() == "已保存：无操作自动锁定（分钟，0 为不锁定） = 5"
    refused = run(data, "settings", "idle-lock", "300", ok=False)
    assert refused.returncode == 1 and "0 到 240" in refused.stderr
    assert "无操作自动锁定（分钟，0 为不锁定）：5" in run(data, "settings", "show").stdout
