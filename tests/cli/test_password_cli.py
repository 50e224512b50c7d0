"""The password on the command line: INSPECTOR_PASSWORD opens the data (a wrong one opens nothing),
`password change` re-wraps the key, the office's recovery key (made with `hub recovery-key`, given to
the laptop at its sync) resets a forgotten password on another machine's copy."""

from __future__ import annotations

import json
import os
import shutil
import stat

import pytest

from tests.cli.test_cli import run
from tests.cli.test_sync_cli import hub_cmd, served_hub  # noqa: F401 (fixture)

pytestmark = pytest.mark.slow


def test_a_wrong_or_changed_password_and_the_office_recovery_key(served_hub, tmp_path):  # noqa: F811
    hub_dir, url = served_hub
    made = json.loads(hub_cmd(hub_dir, "recovery-key", "--out", str(tmp_path / "office-recovery.pem")).stdout)
    assert stat.S_IMODE(os.stat(tmp_path / "office-recovery.pem").st_mode) == 0o600 and made["public_key"]
    again = hub_cmd(hub_dir, "recovery-key", "--out", str(tmp_path / "office-recovery.pem"), ok=False)
    assert again.returncode == 1 and "未覆盖" in again.stderr
    hub_cmd(hub_dir, "user", "add", "zhao", "--team", "第一督查组", env={"INSPECTOR_HUB_PASSWORD": "inspector-1"})
    code = json.loads(hub_cmd(hub_dir, "enroll-code", "zhao").stdout)["code"]

    laptop = tmp_path / "laptop"
    run(laptop, "sync", "enroll", "--hub", url, "--code", code, "--password", "inspector-1")
    wrong = run(laptop, "finding", "list", ok=False, env={"INSPECTOR_PASSWORD": "not-the-password"})
    assert wrong.returncode == 1 and "密码不对" in wrong.stderr

    run(laptop, "password", "change", "--old", "not-the-password", "--new", "changed-pass-1", ok=False)
    run(laptop, "password", "change", "--old", os.environ["INSPECTOR_PASSWORD"], "--new", "changed-pass-1")
    assert "密码不对" in run(laptop, "finding", "list", ok=False).stderr
    mine = {"INSPECTOR_PASSWORD": "changed-pass-1"}
    run(laptop, "finding", "list", env=mine)

    # forgotten: a copy of the directory on another machine, the office's key
    other = shutil.copytree(laptop, tmp_path / "another-machine")
    run(other, "password", "recover", "--recovery-key", str(tmp_path / "office-recovery.pem"), "--new",
        "recovered-pass-1", env=mine)
    run(other, "finding", "list", env={"INSPECTOR_PASSWORD": "recovered-pass-1"})


def test_the_os_keyring_keeps_the_password_for_the_command_line(tmp_path):
    laptop = tmp_path / "laptop"
    run(laptop, "finding", "list")  # made, with INSPECTOR_PASSWORD
    # a keyring kept in a file stands in for the desktop's (Secret Service) on this machine without one
    keyring = {"PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring", "XDG_DATA_HOME": str(tmp_path / "xdg")}
    asked = {**keyring, "INSPECTOR_PASSWORD": ""}  # as a person at the terminal: no variable
    assert "需要密码" in run(laptop, "finding", "list", ok=False, env=asked).stderr
    assert "密码不对" in run(laptop, "password", "remember", "--password", "not-it-at-all", ok=False, env=keyring).stderr
    assert "不再询问" in run(laptop, "password", "remember", env=keyring).stdout
    run(laptop, "finding", "list", env=asked)  # the keyring's password opens the data
    run(laptop, "password", "change", "--old", os.environ["INSPECTOR_PASSWORD"], "--new", "changed-pass-2", env=keyring)
    run(laptop, "finding", "list", env=asked)  # the keyring holds the new one
    assert "中删除此数据目录的密码" in run(laptop, "password", "forget", env=asked).stdout
    assert "需要密码" in run(laptop, "finding", "list", ok=False, env=asked).stderr
    assert "没有此数据目录的密码" in run(laptop, "password", "forget", env=asked).stdout
    none = run(laptop, "password", "remember", ok=False,
               env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "INSPECTOR_PASSWORD": "changed-pass-2"})
    assert none.returncode == 1 and "无法使用本机的系统密钥环" in none.stderr
