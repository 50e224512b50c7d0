"""A data directory an earlier version left unencrypted, encrypted in place on its first start.

The encrypted copy is built beside it (`<dir>.encrypting`), verified (every table's rows counted
against the old database, every photo read back against its hash) and marked so; then the old
directory steps aside as the backup (`<dir>.unencrypted`) and the copy takes its name; the backup
goes only after that. A kill at any point leaves the old directory or the verified new one, and the
next start goes on from there (`resume`)."""

from __future__ import annotations

import os
import shutil
from contextlib import closing
from pathlib import Path

from inspector_app.errors import InspectorError
from inspector_app.fileio import write_atomically
from inspector_app.store import migrate, vault
from inspector_app.blobs import BlobStore, fsync_dir

DB_NAME = migrate.DB_NAME
VERIFIED = ".encrypted-verified"
# What the copy does not take as it is: the database and its backups (exported encrypted), the photos
# (encrypted one by one), the derived images (a cache, made again from the photos).
NOT_COPIED = {DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", "blobs", "derived", "backups", VERIFIED}


def building(data_dir: Path) -> Path:
    return data_dir.with_name(data_dir.name + ".encrypting")


def stepped_aside(data_dir: Path) -> Path:
    return data_dir.with_name(data_dir.name + ".unencrypted")


def plain(data_dir: Path) -> bool:
    """Is this a directory an earlier version wrote unencrypted (`resume` has run)?"""
    return not vault.exists(data_dir) and (data_dir / DB_NAME).is_file()


def resume(data_dir: Path) -> None:
    """Finish what a killed encryption left: the verified copy takes the directory's name, the old
    directory goes once the copy stands; an unverified copy is thrown away (it is made again)."""
    new, old = building(data_dir), stepped_aside(data_dir)
    if not data_dir.exists() and (new / VERIFIED).is_file():
        os.replace(new, data_dir)
        fsync_dir(data_dir.parent)
    if (data_dir / VERIFIED).is_file():
        if old.exists():
            shutil.rmtree(old)
        (data_dir / VERIFIED).unlink()
        fsync_dir(data_dir)
    if new.exists() and not (new / VERIFIED).is_file():
        shutil.rmtree(new)


def encrypt(data_dir: Path, password: str) -> vault.Keys:
    """Encrypt the unencrypted directory `data_dir` under a new data key wrapped by `password`."""
    vault.check_password(password)
    migrate.file_revision(data_dir / DB_NAME, None)  # another program's file, or a newer app's, is left alone
    new = building(data_dir)
    needed = sum(f.stat().st_size for f in data_dir.rglob("*") if f.is_file())
    if shutil.disk_usage(data_dir.parent).free < needed + (64 << 20):
        raise InspectorError("storage_full", path=str(data_dir.parent))
    new.mkdir()
    keys = vault.create(new, password)
    for item in data_dir.iterdir():
        if item.name in NOT_COPIED or item.name == vault.KEY_FILE:
            continue
        if item.is_dir():
            shutil.copytree(item, new / item.name)
        else:
            shutil.copy2(item, new / item.name)
    _export_database(data_dir / DB_NAME, new / DB_NAME, keys)
    for backup in sorted((data_dir / "backups").glob("*.sqlite3")):
        (new / "backups").mkdir(exist_ok=True)
        _export_database(backup, new / "backups" / backup.name, keys)
    _seal_photos(BlobStore(data_dir / "blobs"), BlobStore(new / "blobs", keys.blobs))
    _verify(data_dir, new, keys)
    write_atomically(new / VERIFIED, b"")
    fsync_dir(new)
    os.replace(data_dir, stepped_aside(data_dir))
    os.replace(new, data_dir)
    fsync_dir(data_dir.parent)
    resume(data_dir)
    return keys


def _export_database(plain_db: Path, target: Path, keys: vault.Keys) -> None:
    """The whole database, encrypted (SQLCipher's sqlcipher_export), put on disk."""
    with closing(migrate.connect(plain_db, None)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(f"ATTACH DATABASE ? AS sealed KEY \"{vault.raw_sqlcipher_key(keys)}\"", (str(target),))
        conn.execute("SELECT sqlcipher_export('sealed')")
        conn.execute("DETACH DATABASE sealed")
    with closing(migrate.connect(target, keys)) as conn:
        conn.execute("PRAGMA journal_mode=WAL")


def _seal_photos(source: BlobStore, target: BlobStore) -> None:
    for sha256 in source.all():
        target.put_file(source.path_for(sha256), sha256)


def _counts(conn) -> dict[str, int]:
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                         "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'")]
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _verify(data_dir: Path, new: Path, keys: vault.Keys) -> None:
    """The copy holds what the old directory held: every table's rows, every photo whole."""
    with closing(migrate.connect(data_dir / DB_NAME, None)) as old_db, closing(migrate.connect(new / DB_NAME, keys)) as db:
        if db.execute("PRAGMA integrity_check").fetchone()[0] != "ok" or _counts(db) != _counts(old_db):
            raise InspectorError("encryption_unverified", path=str(new))
    old_blobs, new_blobs = BlobStore(data_dir / "blobs"), BlobStore(new / "blobs", keys.blobs)
    for sha256 in old_blobs.all():
        if not new_blobs.verify(sha256):
            raise InspectorError("encryption_unverified", path=str(new_blobs.path_for(sha256)))
