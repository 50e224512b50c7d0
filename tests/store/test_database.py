import hashlib
import sqlite3
from pathlib import Path

import pytest

from inspector_app.errors import InspectorError
from inspector_app.store import migrate
from inspector_app.store.database import DB_NAME, Database
from tests.conftest import raw


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_data_directory_gets_a_wal_database_with_foreign_keys_on(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert migrate.file_revision(db.path, db.keys) == migrate.head_revision()


def test_the_device_keeps_its_identity_across_restarts(tmp_path):
    first = Database.open(tmp_path)
    device = first.device_id
    first.close()
    assert Database.open(tmp_path).device_id == device


def test_a_database_from_a_newer_app_is_refused_and_left_untouched(tmp_path):
    Database.open(tmp_path).close()
    path = tmp_path / DB_NAME
    with raw(tmp_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = digest(path)
    with pytest.raises(InspectorError) as err:
        Database.open(tmp_path)
    assert err.value.key == "db_too_new" and "升级软件" in str(err.value)
    assert digest(path) == before
    assert not (tmp_path / "backups").exists()


def test_a_file_that_is_not_ours_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / DB_NAME
    path.write_bytes(b"this is a spreadsheet, not a database" * 100)
    before = digest(path)
    with pytest.raises(InspectorError) as err:
        Database.open(tmp_path)
    assert err.value.key == "db_unreadable"
    assert digest(path) == before


def test_another_programs_sqlite_database_is_refused(tmp_path):
    with sqlite3.connect(tmp_path / DB_NAME) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.close()
    with pytest.raises(InspectorError) as err:
        Database.open(tmp_path)
    assert err.value.key == "db_not_inspector"
