"""A data directory an earlier version left unencrypted is encrypted on its first start: afterwards
its files give nothing away; killed at any point, the next start finds the old directory or the
verified new one, and nothing is lost."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from inspector_app.store import encryption, vault
from inspector_app.blobs import BlobStore
from inspector_app.store.database import DB_NAME, Database
from tests.conftest import PASSWORD, raw
from tests.store.test_migrations import populate_first_revision

PHOTOS = 30


def earlier_directory(folder):
    """What an earlier version left: a plain database of the first schema, plain photos, a backup."""
    folder.mkdir()
    counts = populate_first_revision(folder / DB_NAME)
    photos = {BlobStore(folder / "blobs").put_bytes(b"\xff\xd8\xff\xe0 Exif " + os.urandom(400_000)).sha256
              for _ in range(PHOTOS)}
    (folder / "backups").mkdir()
    shutil.copy(folder / DB_NAME, folder / "backups" / "inspector-0001-20261001-000000.sqlite3")
    (folder / "notice.yaml").write_text("发文机关: 区效能办\n", "utf-8")
    return counts, photos


def holds(folder, counts, photos) -> None:
    """The directory opens with the password and holds every row and every photo."""
    db = Database.open(folder, PASSWORD)
    try:
        conn = raw(db)
        assert {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in counts} == counts
        conn.close()
        assert set(db.blobs.all()) == photos and all(db.blobs.verify(sha) for sha in photos)
    finally:
        db.close()
    assert not encryption.building(folder).exists() and not encryption.stepped_aside(folder).exists()


def test_an_earlier_directory_is_encrypted_on_first_start_and_gives_nothing_away(tmp_path):
    folder = tmp_path / "data"
    counts, photos = earlier_directory(folder)
    holds(folder, counts, photos)
    assert (folder / "notice.yaml").read_text("utf-8") == "发文机关: 区效能办\n"
    for path in [folder / DB_NAME, *(folder / "backups").iterdir()]:
        with pytest.raises(sqlite3.DatabaseError):
            sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchone()
        assert "迟到".encode() not in path.read_bytes() and "张3淼".encode() not in path.read_bytes()
    for sha in photos:
        assert b"Exif" not in BlobStore(folder / "blobs").path_for(sha).read_bytes()
    with pytest.raises(Exception):
        Database.open(folder, "not-the-password")


def test_a_foreign_file_is_not_encrypted(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    with sqlite3.connect(folder / DB_NAME) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.close()
    with pytest.raises(Exception) as err:
        Database.open(folder, PASSWORD)
    assert getattr(err.value, "key", "") == "db_not_inspector"
    assert not vault.exists(folder) and not encryption.building(folder).exists()


OPEN = """
import sys
from inspector_app.store.database import Database
print("opening", flush=True)
Database.open(sys.argv[1], sys.argv[2]).close()
print("done", flush=True)
"""


def encrypt_in_a_process(folder, kill_after: float | None) -> float:
    """Run the first start in its own process; SIGKILL it `kill_after` seconds after it began to
    open the directory. Returns how long it ran."""
    proc = subprocess.Popen([sys.executable, "-c", OPEN, str(folder), PASSWORD], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "opening"
    began = time.monotonic()
    if kill_after is None:
        proc.wait(timeout=120)
        assert proc.returncode == 0
    else:
        try:
            proc.wait(timeout=kill_after)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
    proc.stdout.close()
    return time.monotonic() - began


@pytest.mark.slow
def test_killed_at_any_point_the_next_start_finds_the_old_or_the_new_directory(tmp_path):
    template = tmp_path / "template"
    counts, photos = earlier_directory(template)
    whole = encrypt_in_a_process(shutil.copytree(template, tmp_path / "whole"), None)
    for k in range(1, 8):
        folder = shutil.copytree(template, tmp_path / f"killed{k}")
        encrypt_in_a_process(folder, whole * k / 8)
        assert folder.exists() or encryption.building(folder).exists()
        holds(folder, counts, photos)


def test_a_database_errors_words_carry_no_values(db):
    """What an unexpected error writes to the log (plain text in the data directory) names no one."""
    from sqlalchemy import exc, text

    with pytest.raises(exc.DBAPIError) as err:
        with db.session() as s:
            s.execute(text("INSERT INTO no_such_table VALUES (:name)"), {"name": "张三明"})
    assert "张三明" not in str(err.value) and "no_such_table" in str(err.value)
