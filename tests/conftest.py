"""Shared fixtures: a fresh data directory per test, the bundled reference data, a small district."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

from datetime import datetime  # noqa: E402
from pathlib import Path

import pytest  # noqa: E402

from inspector_app.domain.models import Person, Unit  # noqa: E402
from inspector_app.domain.reference import Reference, load_reference  # noqa: E402
from inspector_app.i18n import set_language  # noqa: E402
from inspector_app.store.database import Database  # noqa: E402


@pytest.fixture(autouse=True)
def _chinese() -> None:
    set_language("zh")


@pytest.fixture(scope="session")
def ref() -> Reference:
    return load_reference()


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = Database.open(tmp_path / "data")
    yield database
    database.close()


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
