"""The data directory and its database: encrypted with SQLCipher under the directory's data key
(store/vault), opened in WAL mode with foreign keys on, checked against the app's schema (newer files
refused untouched), backed up and migrated when older."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import URL, create_engine, event, exc as sa_exc
from sqlalchemy.engine import Engine
from sqlalchemy.pool import QueuePool

from inspector_app import environment
from inspector_app.domain.ids import new_id
from inspector_app.domain.models import LocalState
from inspector_app.errors import InspectorError
from inspector_app.store import migrate, vault
from inspector_app.blobs import BlobStore
from inspector_app.store.outbox import InspectorSession

DB_NAME = migrate.DB_NAME


def storage_error(exc: BaseException, where: Path) -> InspectorError | None:
    """The user's version of a storage failure: a read-only or full disk, a missing permission."""
    text = str(getattr(exc, "orig", exc)).lower()
    err = getattr(exc, "errno", None)
    if err == errno.ENOSPC or "disk is full" in text or "database or disk is full" in text:
        return InspectorError("storage_full", path=str(where))
    if err in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in text or "read-only" in text \
            or "unable to open database" in text:
        return InspectorError("storage_read_only", path=str(where))
    return None


@contextmanager
def storage_errors(where: Path) -> Iterator[None]:
    """Turn disk and permission failures into messages a user understands."""
    try:
        yield
    except (OSError, sqlite3.Error, sqlcipher3.Error, sa_exc.OperationalError) as exc:
        mapped = storage_error(exc, where)
        if mapped is None:
            raise
        raise mapped from exc


def _configure(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")  # evidence for sanctions: a power cut must not lose a commit
    # pages stay decrypted in SQLite's own cache (the system's file cache holds them encrypted): 64 MiB,
    # taken as pages are read
    cur.execute("PRAGMA cache_size=-65536")
    cur.close()
    dbapi_conn.isolation_level = None  # the driver's own transaction handling off: _begin decides


def _begin(conn: Any) -> None:
    """One real SQLite transaction per unit of work, reads included (a consistent snapshot). Foreign
    keys are checked at commit, not per statement: the rows of one transaction (a finding and its
    new person, a page from the hub) may be written in any order, and must be whole at commit."""
    conn.exec_driver_sql("BEGIN")
    conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")


def unlocked(data_dir: Path, password: str | None) -> vault.Keys:
    """The directory's keys, opened by the password; a new directory gets a new data key. A
    directory an earlier version left unencrypted is encrypted first (store/encryption)."""
    from inspector_app.store import encryption

    encryption.resume(data_dir)  # what a killed encryption left, finished first
    password = password if password is not None else environment.password()
    if password is None:
        raise InspectorError("password_needed", path=str(data_dir))
    if vault.exists(data_dir):
        return vault.unlock(data_dir, password)
    if encryption.plain(data_dir):
        return encryption.encrypt(data_dir, password)
    data_dir.mkdir(parents=True, exist_ok=True)
    return vault.create(data_dir, password)


class Database:
    """One data directory: the database file, the blob store beside it, backups of old schemas."""

    def __init__(self, data_dir: Path, engine: Engine, keys: vault.Keys, found: str | None = None) -> None:
        self.data_dir = data_dir
        self.found_revision = found  # the schema the file had when opened; None: a new database
        self.path = data_dir / DB_NAME
        self.blob_dir = data_dir / "blobs"
        self.blobs = BlobStore(self.blob_dir, keys.blobs)  # the photos, sealed with the directory's key
        self.engine = engine
        self.keys = keys
        self.schema_version = migrate.head_revision()
        self.device_id = ""
        self.device_id = self._device_id()

    @classmethod
    def open(cls, data_dir: Path, password: str | None = None) -> "Database":
        """Open (creating if needed) the data directory with its password (None: as the environment
        gives it, see `environment.password`), migrating an older database after a backup."""
        data_dir = Path(data_dir).expanduser().resolve()
        path = data_dir / DB_NAME
        with storage_errors(data_dir):
            keys = unlocked(data_dir, password)
            current = migrate.file_revision(path, keys)  # refuses newer or foreign files before any write
            if current is not None and current != migrate.head_revision():
                migrate.backup(path, current, keys)
            engine = create_engine(URL.create("sqlite+pysqlcipher", password=vault.raw_sqlcipher_key(keys),
                                              database=str(path)),
                                   poolclass=QueuePool, connect_args={"timeout": 10},
                                   hide_parameters=True)  # an error's words (and the log) carry no names
            event.listen(engine, "connect", _configure)
            event.listen(engine, "begin", _begin)
            if current != migrate.head_revision():
                with engine.begin() as conn:
                    migrate.upgrade(conn)
            return cls(data_dir, engine, keys, current)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def session(self, actor: str = "", applying_remote: bool = False) -> Iterator[InspectorSession]:
        """A unit of work: committed when the block ends, rolled back (all of it) on any error."""
        with storage_errors(self.data_dir), InspectorSession(self.engine, expire_on_commit=False) as s:
            s.info.update(actor=actor, device_id=self.device_id, schema_version=self.schema_version,
                          applying_remote=applying_remote)
            with s.begin():
                yield s

    def _device_id(self) -> str:
        """This installation's identity, made once and kept in local_state."""
        with self.session() as s:
            row = s.get(LocalState, "device_id")
            if row is None:
                row = LocalState(key="device_id", value=str(new_id()))
                s.add(row)
            return row.value

