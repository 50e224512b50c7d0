"""Real process kills in the middle of a sync: the laptop's process, then the hub's. Afterwards a
sync resumes where it stopped; nothing is lost, nothing is duplicated (docs/sync.md invariants 3, 6, 7)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import httpx
import pytest
from sqlmodel import func, select

from inspector_app.domain.models import Finding, LocalState
from inspector_app.errors import InspectorError
from inspector_app.store.replica import CURSOR, waiting_ops, waiting_photos
from tests.conftest import kill_when, quiet_port
from tests.fleet import add_finding, add_photo, add_unit, comparable, replica_rows

pytestmark = pytest.mark.slow

SYNC_UNTIL = """
import sys
from inspector_app.store.database import Database
from inspector_app.sync.client import SyncClient
from inspector_app.sync.transport import Connection, open_http
from inspector_app.sync import credentials
data_dir, stage, after = sys.argv[1], sys.argv[2], int(sys.argv[3])
db = Database.open(data_dir)
creds = credentials.load(db)
def progress(s, done, total):
    if s == stage and done >= after:
        print("KILL ME", flush=True)
        import time; time.sleep(30)
SyncClient(db, Connection(open_http(creds.hub_url), creds.token), progress=progress, chunk=100_000,
           page_size=20).run()
"""


def busy_laptop(fleet, n_findings=200, n_photos=6):
    office = fleet.laptop("office", role="office", team=None)
    unit = add_unit(office.db, "区人社局")
    office.sync()
    a = fleet.laptop("a")
    a.sync()
    photos = []
    for i in range(n_findings):
        finding = add_finding(a.db, unit.id, a.team_id, f"问题{i}")
        if i < n_photos:
            data = os.urandom(700_000)
            add_photo(a.db, finding.id, data, name=f"IMG_{i:04d}.JPG")
            photos.append(data)
    return office, a, photos


def converged(fleet, office, a, n_findings):
    assert a.sync().missing_on_hub == []
    office.sync()
    assert len(fleet.hub_rows("finding")) == n_findings
    for laptop in (office, a):
        assert comparable(replica_rows(laptop.db, "finding")) == comparable(fleet.hub_rows("finding"))
        assert comparable(replica_rows(laptop.db, "evidence")) == comparable(fleet.hub_rows("evidence"))
    assert waiting_ops(a.db) == 0 and waiting_photos(a.db) == 0
    assert not list(fleet.hub.upload_dir.iterdir())


@pytest.mark.parametrize("stage, after", [("push", 1), ("photos_up", 3)])
def test_the_laptop_killed_mid_sync_resumes(fleet, stage, after):
    office, a, photos = busy_laptop(fleet)
    a.db.close()
    kill_when(SYNC_UNTIL, str(a.db.data_dir), stage, str(after), marker="KILL ME")
    a.reopen()
    converged(fleet, office, a, 200)


def test_the_office_laptop_killed_mid_pull_keeps_cursor_and_rows_together(fleet):
    office, a, photos = busy_laptop(fleet, n_photos=0)
    a.sync()
    office.db.close()
    kill_when(SYNC_UNTIL, str(office.db.data_dir), "pull", "60", marker="KILL ME")
    office.reopen()
    with office.db.session() as s:  # the cursor says exactly how far the rows go (invariant 6)
        cursor = int(s.get(LocalState, CURSOR).value)
        newest = s.exec(select(func.max(Finding.server_version))).one()
        count = s.exec(select(func.count()).select_from(Finding)).one()
    assert 0 < count < 200 and newest <= cursor
    converged(fleet, office, a, 200)


def start_hub(url: str, blobs, port: int) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-m", "inspector_app.cli", "hub", "serve", "--db", url,
                             "--blob-dir", str(blobs), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=1)
            return proc
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise AssertionError("the hub did not start")


def test_the_hub_killed_mid_sync_loses_nothing(fleet):
    """The hub process is killed while photos stream in; restarted, the laptop's next sync
    completes from where the hub stood."""
    office, a, photos = busy_laptop(fleet, n_photos=12)
    fleet.server.stop()
    hub_url = fleet.hub.url
    port = quiet_port()
    proc = start_hub(hub_url, fleet.hub.blobs.root, port)
    try:
        for laptop in (office, a):
            laptop.http.base_url = f"http://127.0.0.1:{port}/api/v1"

        def kill_hub(stage, done, total):  # while other photos are on their way
            if stage == "photos_up" and done == 1:
                os.kill(proc.pid, signal.SIGKILL)

        with pytest.raises(InspectorError) as err:
            a.client(progress=kill_hub, chunk=50_000).run()
        assert err.value.key == "sync_unreachable"
        proc.wait()
        assert waiting_ops(a.db) == 0 and 0 < waiting_photos(a.db) < 12
        proc = start_hub(hub_url, fleet.hub.blobs.root, port)
        converged(fleet, office, a, 200)
    finally:
        proc.kill()
        proc.wait()
