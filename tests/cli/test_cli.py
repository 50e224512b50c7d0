"""The `inspector` command end to end, in a subprocess, as a user or a script would run it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from inspector_app import __version__
from tests.conftest import raw, copy_tree, in_namespace, needs_mounts

BIN = Path(sys.executable).with_name("inspector")
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$")


def run(data: Path, *args: str, ok: bool = True, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    proc = subprocess.run([str(BIN), "--data-dir", str(data), *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})
    if ok:
        assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("demo")
    out = json.loads(run(data, "--json", "demo", "--seed", "3", "--findings", "60").stdout)
    assert out["findings"] == 60 and out["units"] == 40 and 300 <= out["people"] <= 500 and out["photos"] >= 60
    return data


@pytest.fixture
def data(demo_dir, tmp_path) -> Path:
    """A private copy of the demo data directory."""
    return copy_tree(demo_dir, tmp_path)


def total(data: Path, *filters: str) -> int:
    return json.loads(run(data, "--json", "finding", "list", *filters).stdout)["total"]


def test_version():
    out = subprocess.run([str(BIN), "--version"], capture_output=True, text=True, check=True).stdout
    assert __version__ in out


def test_without_a_display_it_shows_the_data_directory_at_a_glance(data):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    proc = subprocess.run([str(BIN), "--data-dir", str(data)], capture_output=True, text=True, timeout=60, env=env)
    assert "没有图形显示" in proc.stderr
    out = proc.stdout
    assert "40 个单位" in out and "60 条问题记录" in out and "最新记录" in out
    assert len(out.splitlines()) == 2 + 1 + 10 + 1 + 1


def test_demo_refuses_a_directory_that_holds_data(data):
    proc = run(data, "demo", ok=False)
    assert proc.returncode == 1 and "已有数据" in proc.stderr


def test_a_finding_added_from_the_command_line_is_listed_and_shown(data, tmp_path):
    photo = tmp_path / "DSC_0042.jpg"
    Image.new("RGB", (320, 240), "olive").save(photo, "JPEG")
    before = total(data)
    proc = run(data, "finding", "add", "--unit", "区人社局", "--person", "欧阳淼", "--category", "computer_games",
               "--at", "2026-10-15T09:40", "--note", "上班时间玩电脑游戏", "--photo", str(photo))
    fid = proc.stdout.strip()
    assert UUID.match(fid), proc.stdout
    assert total(data) == before + 1
    listed = json.loads(run(data, "--json", "finding", "list", "--person", "欧阳淼").stdout)["findings"]
    assert [(f["id"], f["unit"], f["observed_at"], f["type_name"]) for f in listed] == \
        [(fid, "区人社局", "2026-10-15T09:40", "上班时间玩电脑游戏")]
    shown = json.loads(run(data, "--json", "finding", "show", fid).stdout)
    assert shown["status"] == "draft" and len(shown["evidence"]) == 1
    assert shown["suggestion"]["sanction"] == "efficiency_warning"  # a first breach of a prohibition (seed 003)
    assert shown["history"][0]["action"] == "create"
    text = run(data, "--lang", "en", "finding", "show", fid).stdout
    assert "Computer games in working hours" in text and "Suggested handling: Efficiency warning" in text
    assert "History:" in text and "Recorded" in text.split("History:")[1]
    run(data, "finding", "submit", fid)
    lines = run(data, "finding", "show", fid).stdout.split("记录历史：")[1].strip().splitlines()
    assert len(lines) == 2 and lines[0].endswith("录入") and lines[1].endswith("状态改为已提交")


def test_the_workflow_from_the_command_line(data):
    fid = run(data, "finding", "add", "--unit", "区财政局", "--person-desc", "一名女工作人员", "--category", "迟到",
              "--at", "2026-11-02 08:51").stdout.strip()
    assert run(data, "finding", "decide", fid, ok=False).returncode == 1  # a draft cannot be decided
    run(data, "finding", "submit", fid)
    assert run(data, "finding", "decide", fid).stdout.strip() == "批评教育"
    assert "理由" in run(data, "finding", "void", fid, "--reason", " ", ok=False).stderr
    assert run(data, "finding", "void", fid, "--reason", "当事人身份认定有误").stdout.strip() == "已作废"


@pytest.mark.parametrize("args, words", [
    (["--unit", "区人设局", "--category", "late", "--at", "2026-10-15T09:40"], "区人社局"),
    (["--unit", "区人社局", "--category", "打游戏", "--at", "2026-10-15T09:40"], "computer_games"),
    (["--unit", "区人社局", "--category", "late", "--at", "15/10/2026 9:40"], "2026-10-15T09:40"),
])
def test_bad_input_is_one_clear_line_and_writes_nothing(data, args, words):
    before = total(data)
    proc = run(data, "finding", "add", "--person", "新同志", *args, ok=False)
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("错误：") and words in lines[0]
    assert total(data) == before


@pytest.mark.parametrize("where", ["before", "after"])
def test_json_mode_reports_errors_as_json(data, where):
    args = ["finding", "add", "--unit", "区人设局", "--category", "late", "--at", "2026-10-15T09:40"]
    proc = run(data, *(["--json", *args] if where == "before" else [*args, "--json"]), ok=False)
    err = json.loads(proc.stdout)
    assert proc.returncode == 1 and err["error"] == "unit_unknown" and "区人社局" in err["message"]


def test_json_after_the_command_as_before_it(data):
    assert json.loads(run(data, "unit", "list", "--json").stdout) == json.loads(run(data, "--json", "unit", "list").stdout)


def test_show_lists_the_persons_other_findings_this_year(data):
    run(data, "finding", "add", "--unit", "区财政局", "--person", "诸葛喆", "--category", "late", "--at", "2026-03-02T08:50")
    fid = run(data, "finding", "add", "--unit", "区财政局", "--person", "诸葛喆", "--category", "late",
              "--at", "2026-10-15T08:55").stdout.strip()
    run(data, "finding", "add", "--unit", "区财政局", "--person", "诸葛喆", "--category", "late", "--at", "2025-12-30T08:50")
    shown = json.loads(run(data, "--json", "finding", "show", fid).stdout)
    assert [f["observed_at"] for f in shown["person_this_year"]] == ["2026-03-02T08:50"]
    assert shown["suggestion"]["sanction"] == "written_self_criticism"


def test_english_messages(data):
    proc = run(data, "--lang", "en", "finding", "add", "--unit", "Nowhere", "--category", "late",
               "--at", "2026-10-15T09:40", ok=False)
    assert proc.stderr.startswith("Error: No unit is called 'Nowhere'")


def test_list_filters_compose(data):
    everything = total(data)
    lates = total(data, "--category", "late")
    assert 0 < lates < everything
    assert total(data, "--category", "late", "--from", "2099-01-01") == 0
    assert total(data, "--unit", "区行政服务中心") >= total(data, "--unit", "区行政服务中心社保医保窗口")
    human = run(data, "finding", "list", "--limit", "5").stdout
    assert "共 60 条" in human and len(human.splitlines()) == 1 + 5 + 1


def test_db_upgrade_on_a_current_database(data):
    assert "已是最新" in run(data, "db", "upgrade").stdout


def test_a_database_from_a_newer_app_is_refused_untouched(data):
    path = data / "inspector.sqlite3"
    with raw(data) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
    conn.close()
    before = path.read_bytes()
    proc = run(data, "finding", "list", ok=False)
    assert proc.returncode == 1 and "更新版本" in proc.stderr
    assert path.read_bytes() == before


@needs_mounts
def test_a_read_only_data_directory_gives_a_clear_message_and_no_damage(data):
    count = total(data)
    proc = in_namespace(f"""
        mount --bind {data} {data} && mount -o remount,bind,ro {data}
        {BIN} --data-dir {data} finding add --unit 区人社局 --category late --at 2026-10-15T09:40 || echo "exit=$?"
        {BIN} --data-dir {data}/new-folder finding list || echo "exit=$?"
    """)
    assert proc.stdout.count("exit=1") == 2, proc.stdout + proc.stderr
    assert proc.stderr.count("不可写") == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    assert total(data) == count


@needs_mounts
def test_a_full_disk_gives_a_clear_message_and_no_damage(data, tmp_path):
    count = total(data)
    full = tmp_path / "full"
    full.mkdir()
    proc = in_namespace(f"""
        mount -t tmpfs -o size=64m tmpfs {full}
        cp -a {data}/. {full}/
        dd if=/dev/zero of={full}/filler bs=64k 2>/dev/null || true
        {BIN} --data-dir {full} finding add --unit 区人社局 --category late --at 2026-10-15T09:40 --note 磁盘满 || echo "exit=$?"
        rm {full}/filler
        {sys.executable} -c "from tests.conftest import raw; print('integrity', raw('{full}').execute('pragma integrity_check').fetchone()[0])"
        {BIN} --data-dir {full} --json finding list --limit 1
        {BIN} --data-dir {full} finding add --unit 区人社局 --category late --at 2026-10-15T09:41 --note 有空间了
        {BIN} --data-dir {full} --json finding list --search 磁盘满 --limit 1
    """)
    assert "exit=1" in proc.stdout and "磁盘已满" in proc.stderr, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    assert "integrity ok" in proc.stdout
    totals = [int(t) for t in re.findall(r'"total": (\d+)', proc.stdout)]
    assert totals == [count, 0]  # nothing half-written, and the failed note is nowhere
