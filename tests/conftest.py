"""Shared fixtures: a fresh data directory per test, the bundled reference data, a small district, and
reviewed findings of October ready for a notice (known names, rare characters included, known
counts, photos marked for notices)."""

from __future__ import annotations

import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists
os.environ.setdefault("INSPECTOR_LANG", "zh")  # Chinese, as the tests expect, whatever the machine's LANG
PASSWORD = "office-laptop-2026"  # typed key by key in the window tests: ASCII
os.environ.setdefault("INSPECTOR_PASSWORD", PASSWORD)  # every data directory the tests make opens with it
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"  # nor do they touch the user's keyring

from datetime import date, datetime  # noqa: E402
from pathlib import Path

import hypothesis  # noqa: E402
import pytest  # noqa: E402

from inspector_app.domain.models import Evidence, Finding, Handling, Inspection, Person, Team, Unit, Visit  # noqa: E402
from inspector_app.domain.reference import Reference, load_reference  # noqa: E402
from inspector_app.evidence.intake import ingest_all  # noqa: E402
from inspector_app.i18n import set_language  # noqa: E402
from inspector_app.reports.settings import load_notice_settings  # noqa: E402
from inspector_app.services.workspace import Workspace  # noqa: E402
from inspector_app.store import vault  # noqa: E402
from inspector_app.store.database import Database  # noqa: E402
from tests.evidence.images import evidence_images, photo  # noqa: E402

# two cores shared by the parallel workers: how fast Hypothesis draws its inputs says nothing about the
# code under test, so that health check (a timing) does not fail a run
hypothesis.settings.register_profile("shared-cores", suppress_health_check=[hypothesis.HealthCheck.too_slow])
hypothesis.settings.load_profile("shared-cores")

# Argon2id at its lightest for the data directories the tests make in this process (a key file records
# its own parameters: those made here open anywhere); the real cost is measured in benchmarks/.
vault.COST = {"memory_kib": 8 * 1024, "iterations": 1, "lanes": 1}

pytest_plugins = ["tests.fleet_fixtures"]  # a hub (SQLite and PostgreSQL) and laptops enrolled with it


@pytest.fixture(autouse=True)
def _chinese() -> None:
    set_language("zh")


@pytest.fixture(autouse=True)
def no_thread_left_running():
    """A test that leaves a thread of its own running fails: a hub never stopped, a pool never shut
    down, a worker still writing (given a few seconds to end). Threads Qt started and Python only
    saw in passing (dummies) are Qt's to end."""
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + 5
    while left := [t for t in threading.enumerate() if t not in before and t.is_alive()
                   and not isinstance(t, threading._DummyThread)]:
        if time.monotonic() > deadline:
            pytest.fail(f"threads left running: {', '.join(t.name for t in left)}")
        time.sleep(0.05)


@pytest.fixture(scope="session")
def ref() -> Reference:
    return load_reference()


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = Database.open(tmp_path / "data")
    yield database
    database.close()


@pytest.fixture
def ws(db: Database, ref: Reference) -> Workspace:
    """The data directory as the services see it, with a person at work."""
    return Workspace(db, ref, "test")


@pytest.fixture
def town(db: Database) -> dict[str, object]:
    """A tiny district: two departments, the service centre with one window, a few people."""
    with db.session("test") as s:
        hr = Unit(name="区人社局", short_name="人社局")
        fin = Unit(name="区财政局", short_name="财政局")
        centre = Unit(name="区行政服务中心", short_name="行政服务中心", kind="service_centre")
        window = Unit(name="区行政服务中心不动产登记窗口", short_name="不动产登记窗口", kind="window", parent_id=centre.id)
        s.add_all([hr, fin, centre, window])
        zhang = Person(name="张三明", unit_id=hr.id, position="科员")
        li = Person(name="李堃", unit_id=fin.id, position="科长", leader=True, party_member=True)
        wang = Person(name="王𠮷", unit_id=window.id, staff_category="temporary")
        s.add_all([zhang, li, wang])
    return {"hr": hr, "fin": fin, "centre": centre, "window": window, "zhang": zhang, "li": li, "wang": wang}


@pytest.fixture
def settings():
    return load_notice_settings()


@pytest.fixture
def october(db, town, tmp_path):
    """Four reviewed October findings in three units, two photos for the notice."""
    with db.session("test") as s:
        team = Team(name="第一督查组")
        insp = Inspection(title="10月暗访", mode="undercover", start_date=date(2026, 10, 15),
                          end_date=date(2026, 10, 16), team_id=team.id)
        s.add_all([team, insp])
        visits = {u: Visit(inspection_id=insp.id, unit_id=town[u].id, arrived_at=at(f"2026-10-15T{h}"))
                  for u, h in (("hr", "09:30"), ("fin", "10:00"), ("window", "10:40"), ("centre", "11:30"))}
        s.add_all(visits.values())
        visits["centre"].no_problem = True
        li = Person(name="李䶮", unit_id=town["fin"].id, position="副科长", leader=True, party_member=True)
        s.add(li)
        rows = [
            ("hr", town["zhang"].id, "", "computer_games", "2026-10-15T09:40", "circulated_criticism"),
            ("fin", li.id, "", "online_chat", "2026-10-15T10:05", "written_self_criticism"),
            ("window", town["wang"].id, "", "lunch_drinking", "2026-10-15T12:10", "efficiency_warning"),
            ("window", None, "一名女工作人员", "rude_service", "2026-10-16T14:20", "written_self_criticism"),
        ]
        found = []
        for unit, person, desc, code, when, sanction in rows:
            f = Finding(unit_id=town[unit].id, person_id=person, person_description=desc, violation_code=code,
                        observed_at=at(when), status="reviewed", visit_id=visits[unit].id, inspection_id=insp.id,
                        team_id=team.id, description="现场发现")
            s.add(f)
            s.add(Handling(finding_id=f.id, sanction_code=sanction, decided_on=date(2026, 10, 20)))
            found.append(f)
        # a draft and a finding of November: neither belongs in an October notice
        s.add(Finding(unit_id=town["hr"].id, violation_code="late", observed_at=at("2026-10-20T08:50")))
        s.add(Finding(unit_id=town["hr"].id, violation_code="late", observed_at=at("2026-11-02T08:50"), status="reviewed"))
    results = ingest_all([photo(tmp_path / "a.jpg", taken=at("2026-10-15T09:41")),
                          photo(tmp_path / "b.jpg", taken=at("2026-10-15T12:11"), orientation=6)], evidence_images(db))
    with db.session() as s:
        for f, r in ((found[0], results[0]), (found[2], results[1])):
            s.add(Evidence(finding_id=f.id, sha256=r.sha256, size=r.size, media_type="image/jpeg",
                           orientation=r.info.orientation, for_notice=True))
    return found


def raw(where: Database | Path):
    """A bare SQLCipher connection to a data directory's database, opened with its key: what someone
    holding the disk and the password could do behind the app's back."""
    from inspector_app.store import migrate

    if isinstance(where, Database):
        return migrate.connect(where.path, where.keys)
    return migrate.connect(Path(where) / "inspector.sqlite3", vault.unlock(Path(where), PASSWORD))


def kill_when(script: str, *args: str, marker: str, env: dict[str, str] | None = None) -> None:
    """Run a Python script in a new process and SIGKILL it as soon as it prints `marker`."""
    proc = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})})
    try:
        for line in proc.stdout:
            if line.strip() == marker:
                break
        else:
            raise AssertionError(f"the process ended without printing {marker!r}")
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
        proc.stdout.close()


needs_mounts = pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("unshare"),
                                  reason="needs root and unshare to mount a read-only or full file system")


def quiet_port() -> int:
    """A free loopback port outside the kernel's ephemeral range, for a server started in another
    process: no socket bound to port 0 elsewhere in the run can take it while that process starts,
    nor after it is killed."""
    low, high = (int(n) for n in Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split())
    candidates = [p for p in range(20000, 32000) if not low <= p <= high] or list(range(high + 1, 65535))
    for port in random.sample(candidates, 200):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise AssertionError("no free port outside the ephemeral range")


def in_namespace(script: str) -> subprocess.CompletedProcess:
    """Run a shell script in a private mount namespace (its mounts vanish with it)."""
    return subprocess.run(["unshare", "-m", "bash", "-euc", script], capture_output=True, text=True, timeout=180)


def copy_tree(source: Path, tmp_path: Path) -> Path:
    """A private copy of a data directory made once for many tests."""
    copy = tmp_path / "data"
    shutil.copytree(source, copy)
    return copy


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)
