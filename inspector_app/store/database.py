"""The data directory and its SQLite database: opened in WAL mode with foreign keys on, checked
against the app's schema (newer files refused untouched), backed up and migrated when older."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, exc as sa_exc
from sqlalchemy.engine import Engine
from inspector_app.domain.ids import new_id
from inspector_app.domain.models import LocalState
from inspector_app.errors import InspectorError
from inspector_app.store import migrate
from inspector_app.store.outbox import InspectorSession

DB_NAME = "inspector.sqlite3"


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
    except (OSError, sqlite3.Error, sa_exc.OperationalError) as exc:
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
    cur.close()
    dbapi_conn.isolation_level = None  # the driver's own transaction handling off: _begin decides


def _begin(conn: Any) -> None:
    """One real SQLite transaction per unit of work, reads included (a consistent snapshot). Foreign
    keys are checked at commit, not per statement: the rows of one transaction (a finding and its
    new person, a page from the hub) may be written in any order, and must be whole at commit."""
    conn.exec_driver_sql("BEGIN")
    conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")


class Database:
    """One data directory: the database file, the blob store beside it, backups of old schemas."""

    def __init__(self, data_dir: Path, engine: Engine) -> None:
        self.data_dir = data_dir
        self.path = data_dir / DB_NAME
        self.blob_dir = data_dir / "blobs"
        self.engine = engine
        self.schema_version = migrate.head_revision()
        self.device_id = ""
        self.device_id = self._device_id()

    @classmethod
    def open(cls, data_dir: Path) -> "Database":
        """Open (creating if needed) the data directory, migrating an older database after a backup."""
        data_dir = Path(data_dir).expanduser().resolve()
        path = data_dir / DB_NAME
        with storage_errors(data_dir):
            data_dir.mkdir(parents=True, exist_ok=True)
            current = migrate.file_revision(path)  # refuses newer or foreign files before any write
            if current is not None and current != migrate.head_revision():
                migrate.backup(path, current)
            engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 10})
            event.listen(engine, "connect", _configure)
            event.listen(engine, "begin", _begin)
            if current != migrate.head_revision():
                with engine.begin() as conn:
                    migrate.upgrade(conn)
            return cls(data_dir, engine)

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

