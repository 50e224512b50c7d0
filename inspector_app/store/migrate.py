"""Schema versions: which revision a database file is at, backups before upgrading, the upgrade itself.

A database written by a newer version of the app is refused before anything touches the file."""

from __future__ import annotations

import os
import shutil
from contextlib import closing
from datetime import datetime
from pathlib import Path

from typing import TYPE_CHECKING

import sqlcipher3

from inspector_app.domain.models import SCHEMA_REVISION
from inspector_app.errors import InspectorError
from inspector_app.store import vault

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection

DB_NAME = "inspector.sqlite3"  # the database file in a data directory
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The newest revision in migrations/versions (a test keeps the two equal). Knowing it without
# Alembic keeps Alembic out of every start-up that has nothing to migrate.
HEAD = SCHEMA_REVISION


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """What autogenerate compares: everything but the full-text index, which migrations manage by hand."""
    return not (type_ == "table" and name is not None and name.startswith("finding_fts"))


def alembic_config() -> "Config":
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    return HEAD


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def connect(path: Path, keys: vault.Keys | None, read_only: bool = False) -> sqlcipher3.Connection:
    """A bare SQLCipher connection to a database file: encrypted under `keys`, or plain (None)."""
    conn = sqlcipher3.connect(f"{path.as_uri()}?mode=ro" if read_only else str(path), uri=read_only)
    if keys is not None:
        conn.execute(f'PRAGMA key="{vault.raw_sqlcipher_key(keys)}"')
    return conn


def file_revision(path: Path, keys: vault.Keys | None) -> str | None:
    """The revision of an existing database file, read without writing to it; None for a new file.

    Raises InspectorError for a file that is not an Inspector database or comes from a newer app."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with closing(connect(path, keys, read_only=True)) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables:
                if tables:
                    raise InspectorError("db_not_inspector", path=str(path))
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlcipher3.DatabaseError as exc:
        raise _open_failure(path, exc) from exc
    revision = row[0] if row else None
    if revision not in (None, HEAD) and revision not in known_revisions():
        raise InspectorError("db_too_new", path=str(path), revision=revision)
    return revision


def _open_failure(path: Path, exc: sqlcipher3.DatabaseError) -> InspectorError:
    """Why an existing database could not be read: a WAL database needs a writable folder with some
    free space even to be read, so blame the disk before the file."""
    if not os.access(path.parent, os.W_OK):
        return InspectorError("storage_read_only", path=str(path.parent))
    if shutil.disk_usage(path.parent).free < 1 << 20:
        return InspectorError("storage_full", path=str(path.parent))
    return InspectorError("db_unreadable", path=str(path), detail=str(exc))


def backup(path: Path, revision: str, keys: vault.Keys | None) -> Path:
    """A consistent copy of the database (SQLite's backup API, safe with WAL) under backups/,
    encrypted as the database is."""
    folder = path.parent / "backups"
    folder.mkdir(exist_ok=True)
    target = folder / f"{path.stem}-{revision}-{datetime.now():%Y%m%d-%H%M%S}.sqlite3"
    with closing(connect(path, keys)) as src, closing(connect(target, keys)) as dst:
        src.backup(dst)
    return target


def upgrade(connection: "Connection", target: str = "head") -> None:
    """Bring the schema to `target` on an open connection (the caller has made the backup)."""
    from alembic import command

    cfg = alembic_config()
    cfg.attributes["connection"] = connection
    command.upgrade(cfg, target)

