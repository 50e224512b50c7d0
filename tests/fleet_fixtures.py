"""Fixtures: the hub on SQLite and on the real PostgreSQL at 127.0.0.1:5432, and laptops enrolled with it.

PostgreSQL runs are required: set INSPECTOR_TEST_PG=skip only on a machine without it."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import psycopg
import pytest

from inspector_app.hub.store import Hub
from tests.fleet import Fleet, blank_data_dir

PG_SERVER = os.environ.get("INSPECTOR_TEST_PG_SERVER", "postgresql://root@127.0.0.1:5432")


@pytest.fixture(scope="session")
def pg_url():
    """A fresh PostgreSQL database for this test run, dropped at the end."""
    if os.environ.get("INSPECTOR_TEST_PG") == "skip":
        pytest.skip("PostgreSQL runs switched off (INSPECTOR_TEST_PG=skip)")
    name = f"inspector_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield f"{PG_SERVER}/{name}"
    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def laptop_template(tmp_path_factory) -> Path:
    return blank_data_dir(tmp_path_factory.mktemp("laptop-template"))


@pytest.fixture(scope="session")
def pg_hub(pg_url, tmp_path_factory):
    hub = Hub(pg_url, tmp_path_factory.mktemp("pg-blobs"))
    yield hub
    hub.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def hub(request, tmp_path):
    """An empty hub: a new SQLite file, or the test PostgreSQL database emptied."""
    if request.param == "sqlite":
        hub = Hub(str(tmp_path / "hub.sqlite3"), tmp_path / "hub-blobs")
        yield hub
        hub.close()
    else:
        hub = request.getfixturevalue("pg_hub")
        hub.reset_for_tests()
        yield hub


@pytest.fixture
def fleet(hub, tmp_path, laptop_template):
    fleet = Fleet(hub, tmp_path / "laptops", laptop_template)
    yield fleet
    fleet.close()
