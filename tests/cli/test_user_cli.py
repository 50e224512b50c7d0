"""`inspector user`: the person at work is the author of what the command line writes."""

from __future__ import annotations

import json

from tests.cli.test_cli import data, demo_dir, run  # noqa: F401 (fixtures)
from tests.services.test_roster_import import workbook


def test_the_local_user_set_up_is_the_author_of_a_finding_added_after(tmp_path):
    where = tmp_path / "data"
    assert run(where, "user", "show").stdout.strip() == "本机使用人：（未设置使用人）"
    short = run(where, "user", "setup", "--name", "王小明", "--password", "short", ok=False)
    assert short.returncode == 1 and "密码至少 8 位" in short.stderr
    run(where, "user", "setup", "--name", "王小明", "--password", "a-long-password")
    mine = {"INSPECTOR_PASSWORD": "a-long-password"}  # from now on the data opens with the user's password
    assert "密码不对" in run(where, "user", "show", ok=False).stderr
    assert json.loads(run(where, "--json", "user", "show", env=mine).stdout)["name"] == "王小明"
    run(where, "roster", "import", str(workbook(tmp_path / "名册.xlsx")), env=mine)
    fid = run(where, "finding", "add", "--unit", "区财政局", "--category", "late", "--at", "2026-11-02T08:51",
              env=mine).stdout.strip()
    shown = json.loads(run(where, "--json", "finding", "show", fid, env=mine).stdout)
    assert [h["actor"] for h in shown["history"]] == ["王小明"]


def test_the_demo_is_worked_in_by_its_demo_user(data):  # noqa: F811
    assert run(data, "user", "show").stdout.strip() == "本机使用人：演示用户（本机用户）"

