"""The hub and sync commands as an administrator and an inspector type them: a hub served by
`inspector hub serve`, a user and an enrolment code, a laptop with demo data enrolled and synced,
then a USB bundle the other way round."""

from __future__ import annotations

import json
import os
import re
import subprocess
import time

import httpx
import pytest

from tests.cli.test_cli import BIN, run
from tests.conftest import quiet_port

pytestmark = pytest.mark.slow


def hub_cmd(hub_dir, *args: str, ok: bool = True, env: dict | None = None) -> subprocess.CompletedProcess:
    proc = subprocess.run([str(BIN), "--json", "hub", *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "INSPECTOR_HUB_DB": str(hub_dir / "hub.sqlite3"),
                               "INSPECTOR_HUB_BLOBS": str(hub_dir / "blobs"), **(env or {})})
    if ok:
        assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture
def served_hub(tmp_path):
    hub_dir = tmp_path / "hub"
    port = quiet_port()
    proc = subprocess.Popen([str(BIN), "hub", "serve", "--db", str(hub_dir / "hub.sqlite3"), "--blob-dir",
                             str(hub_dir / "blobs"), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            httpx.get(f"{url}/openapi.json", timeout=1).raise_for_status()
            break
        except httpx.TransportError:
            time.sleep(0.1)
    yield hub_dir, url
    proc.terminate()
    proc.wait(timeout=20)
    proc.stderr.close()


def test_an_office_sets_up_a_hub_and_an_inspector_syncs(served_hub, tmp_path):
    hub_dir, url = served_hub
    hub_cmd(hub_dir, "user", "add", "wang", "--name", "王明", "--role", "office",
            env={"INSPECTOR_HUB_PASSWORD": "office-pass-1"})
    short = hub_cmd(hub_dir, "user", "add", "li", "--role", "office", ok=False, env={"INSPECTOR_HUB_PASSWORD": "short"})
    assert short.returncode == 1 and "密码至少 8 位" in short.stderr
    code = json.loads(hub_cmd(hub_dir, "enroll-code", "wang").stdout)["code"]
    assert len(code) == 9 and code[4] == "-"

    laptop = tmp_path / "laptop"
    run(laptop, "demo", "--seed", "4", "--findings", "20")
    wrong = run(laptop, "sync", "enroll", "--hub", url, "--code", code, "--password", "not it", ok=False)
    assert wrong.returncode == 1 and "密码不对" in wrong.stderr
    run(laptop, "sync", "enroll", "--hub", url, "--code", code, "--name", "王明的笔记本", "--password", "office-pass-1")
    before = json.loads(run(laptop, "--json", "sync", "status").stdout)
    assert before["enrolled"] and before["waiting_ops"] > 100 and before["waiting_photos"] >= 20

    report = json.loads(run(laptop, "--json", "sync").stdout)
    assert report["pushed"] == before["waiting_ops"] and report["photos_sent"] == before["waiting_photos"]
    # the demo's own user accounts are not the office's to create: the hub keeps its accounts
    assert all(re.search(r"此类记录（(用户|终端)）", reason["message"]) for reason in report["refused"])
    assert report["missing_on_hub"] == []
    after = json.loads(run(laptop, "--json", "sync", "status").stdout)
    assert (after["waiting_ops"], after["waiting_photos"]) == (0, 0) and after["last_sync"]["pushed"] > 100
    assert "上次同步" in run(laptop, "sync", "status").stdout

    # the same laptop, later without network: a bundle on a stick
    run(laptop, "finding", "add", "--unit", "区人社局", "--category", "late", "--at", "2026-11-20T08:50",
        "--person-desc", "一名男工作人员", "--note", "迟到二十分钟")
    out = json.loads(run(laptop, "--json", "bundle", "export", "--out", str(tmp_path / "stick.bundle")).stdout)
    assert out["ops"] >= 1
    imported = json.loads(hub_cmd(hub_dir, "bundle", "import", str(tmp_path / "stick.bundle")).stdout)
    assert imported["applied"] == out["ops"] and imported["gap"] is None
    again = json.loads(hub_cmd(hub_dir, "bundle", "import", str(tmp_path / "stick.bundle")).stdout)
    assert again["applied"] == 0 and again["duplicates"] == out["ops"]
    hub_cmd(hub_dir, "bundle", "export", "--device", "王明的笔记本", "--out", str(tmp_path / "back.bundle"))
    back = json.loads(run(laptop, "--json", "bundle", "import", str(tmp_path / "back.bundle")).stdout)
    assert back["acked_seq"] > 0
    assert json.loads(run(laptop, "--json", "sync", "status").stdout)["waiting_ops"] == 0


def test_refusals_are_counted_by_reason_and_name_the_record_in_full(served_hub, tmp_path):
    """An inspector's laptop holding a whole district's demo data: most of it is the office's to
    send, so hundreds of operations are refused. The summary counts them by reason, the most
    frequent first, instead of a line each; --json lists every one; a refused reference names the
    record's whole id, as `finding show` takes it (its head is only the minute it was made)."""
    hub_dir, url = served_hub
    hub_cmd(hub_dir, "user", "add", "zhao", "--team", "第一督查组", env={"INSPECTOR_HUB_PASSWORD": "inspector-1"})
    code = json.loads(hub_cmd(hub_dir, "enroll-code", "zhao").stdout)["code"]
    laptop = tmp_path / "laptop"
    run(laptop, "demo", "--seed", "4", "--findings", "20")
    run(laptop, "sync", "enroll", "--hub", url, "--code", code, "--password", "inspector-1")
    summary, *lines = run(laptop, "sync").stdout.strip().splitlines()
    refused = json.loads(run(laptop, "--json", "sync", "status").stdout)["last_sync"]["refused"]
    assert len(refused) > 100 and f"被拒 {len(refused)} 项" in summary
    counted = [re.fullmatch(r"  被拒 (\d+) 项：(.+)", line) for line in lines[:-1]]
    more = re.fullmatch(r"  另有 (\d+) 项被拒，原因 (\d+) 种（inspector --json sync 逐项列出）", lines[-1])
    assert all(counted) and more and len(counted) == 10
    counts = [int(m[1]) for m in counted]
    assert counts == sorted(counts, reverse=True) and sum(counts) + int(more[1]) == len(refused)
    reasons = [r["message"] for r in refused]
    assert all(reasons.count(m[2]) == int(m[1]) for m in counted)
    assert len(set(reasons)) == len(counted) + int(more[2])
    missing = [r for r in reasons if "不在同步中心" in r]
    assert missing and all(re.search(r"（\w+ [0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}）", r) for r in missing)


def test_sync_without_enrolment_or_hub_says_what_to_do(tmp_path):
    laptop = tmp_path / "laptop"
    proc = run(laptop, "sync", ok=False)
    assert proc.returncode == 1 and "inspector sync enroll" in proc.stderr
    port = quiet_port()
    proc = run(laptop, "sync", "enroll", "--hub", f"http://127.0.0.1:{port}", "--code", "ABCD-EFGH", "--password", "whatever1",
               ok=False)
    assert proc.returncode == 1 and "连不上同步中心" in proc.stderr and "数据都在本机" in proc.stderr
