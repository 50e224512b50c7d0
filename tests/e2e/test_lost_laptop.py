"""A lost laptop, as the admin guide's procedure has it: the admin revokes the device; the disk, read
without the password, yields no names, no descriptions and no photos; with the office's recovery key
its data is recovered on another machine."""

from __future__ import annotations

import io
import shutil
import sqlite3

import pytest
from PIL import Image

from inspector_app.errors import InspectorError
from inspector_app.hub import auth
from inspector_app.hub.store import new_recovery_key
from inspector_app.services import evidence, findings, lock, sync
from inspector_app.services.findings import FindingFilter, FindingInput
from inspector_app.services.workspace import Workspace
from inspector_app.store import vault
from tests.evidence.images import photo

pytestmark = pytest.mark.slow

SECRETS = ("张三明", "上班时间打游戏被当场看到", "区人社局")


def test_a_lost_laptop_gives_nothing_away_and_the_office_recovers_its_data(district, tmp_path):
    pem, public = new_recovery_key()
    (tmp_path / "office-recovery.pem").write_bytes(pem)
    district.hub.set_recovery_key(public)  # inspector hub recovery-key --out office-recovery.pem
    zhao = district.team_one
    found = findings.record(zhao, FindingInput(unit="区人社局", category="computer_games", at="2026-11-20T10:05",
                                               person="张三明", note=SECRETS[1],
                                               photos=(photo(tmp_path / "IMG_0001.jpg"),)), submit=True)
    sync.sync(zhao, attempts=2)
    assert vault.recovery_key_of(zhao.data_dir) == public  # wrapped to the office's key at that sync
    folder = zhao.data_dir
    zhao.close()

    # the admin revokes the device: it syncs no more
    assert auth.revoke_device(district.hub, "zhao")
    # the disk, without the password: no names, no descriptions, no photos
    for path in (p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        assert not any(secret.encode() in data for secret in SECRETS), path
        with pytest.raises(Exception):
            Image.open(io.BytesIO(data)).load()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(folder / "inspector.sqlite3").execute("SELECT * FROM finding").fetchall()
    for wrong in ("", "district-pass-2"):
        with pytest.raises(InspectorError) as err:
            Workspace.open(folder, password=wrong)
        assert err.value.key in ("password_wrong", "password_needed")

    # with the office's recovery key, on another machine: a copy of the directory, a new password
    other = shutil.copytree(folder, tmp_path / "another-machine")
    lock.recover(other, tmp_path / "office-recovery.pem", "recovered-1234")
    ws = Workspace.open(other, password="recovered-1234")
    try:
        page = findings.page(ws, FindingFilter(text="打游戏"))
        assert [row.id for row in page.rows] == [found.id]
        shown = evidence.of_finding(ws, found.id).records
        assert evidence.original(ws, shown[0].sha256) == (tmp_path / "IMG_0001.jpg").read_bytes()
        with pytest.raises(InspectorError) as err:
            sync.sync(ws, attempts=1)
        assert err.value.key == "hub_device_revoked"
    finally:
        ws.close()
