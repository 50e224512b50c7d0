"""The hub's database (SQLite file or PostgreSQL) and blob folder, and its two kinds of transaction.

A *write* takes the version counter first (SQLite: BEGIN IMMEDIATE; PostgreSQL: SELECT … FOR
UPDATE) and holds it to commit, so versions are handed out and become visible in one order.
A *read* is one snapshot (PostgreSQL: REPEATABLE READ), so a pull page and the counter it reports
agree.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import shutil
import getpass
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import create_engine, delete, event, insert, inspect, select, update
from sqlalchemy.engine import Connection, Engine, make_url

from inspector_app.domain import audit as chain
from inspector_app.domain.ids import new_id, utcnow
from inspector_app.errors import InspectorError
from inspector_app.blobs import BlobStore
from inspector_app.fileio import write_atomically
from inspector_app.hub import schema
from inspector_app.sync.bundle import private_b64

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
KEY_FILE = "hub.key"  # in the blob directory: the hub's private keys, readable by the hub's user alone
RECOVERY_KEY = "recovery_key"  # hub_setting: the office's recovery public key (public: in the database)
PEPPERED = "tokens_peppered"  # hub_setting: the devices' token digests are keyed with the key file's pepper
HEAD = "0010"


def engine_for(url: str) -> Engine:
    """An engine for a hub database URL: a SQLite path or sqlite:///…, or postgresql://…"""
    if "://" not in url:
        url = f"sqlite:///{Path(url).expanduser().resolve()}"
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(parsed, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if parsed.get_backend_name() == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
        return create_engine(parsed, pool_size=20, max_overflow=20, pool_pre_ping=True,
                             connect_args={"options": "-c timezone=UTC"})
    raise InspectorError("hub_bad_db_url", url=url)


def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()
    dbapi_conn.isolation_level = None


def _sqlite_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("hub_write") else "BEGIN")


# built once: a bulk push inserts into a few tables many times
_INSERTS = {table: insert(table) for table in schema.metadata.sorted_tables}


class Writer:
    """One write transaction holding the version counter: hands out versions in order."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._later: dict[Any, list[dict[str, Any]]] = {}  # rows to insert at the next flush, by table
        self._deferring = False
        self._value = conn.execute(select(schema.counter.c.value).where(schema.counter.c.id == 1)
                                   .with_for_update()).scalar_one()
        self._start = self._value
        self.present: set[tuple[str, Any]] = set()  # records known to exist, within this transaction
        self.absent: set[tuple[str, Any]] = set()  # records known not to, unless `present` has them since
        # hub_record rows read or written in this transaction (None: none yet); only writers change them
        self.records: dict[tuple[str, Any], dict[str, Any] | None] = {}
        self._audit: list[dict[str, Any]] = []  # the hub's audit entries, chained and written at the end

    def audit(self, actor: str, device_id: Any, entity: str, entity_id: Any, action: str, **changes: Any) -> None:
        """An entry of the hub's audit log for what this transaction does (`changes`: JSON values),
        chained to the one before and written with it."""
        self._audit.append({"at": utcnow().replace(tzinfo=None), "actor": actor[:80],
                            "device_id": str(device_id or ""), "entity": entity[:40], "entity_id": entity_id,
                            "action": action, "changes": changes})

    def next_version(self) -> int:
        self._value += 1
        return self._value

    def add(self, table: Any, values: dict[str, Any]) -> None:
        """Insert a row: at once, or inside a `deferred` block at the next `flush`, with the table's
        other rows in one statement (one statement per row cost a bulk push half its time). Until
        that flush the row is not in the database: whoever defers flushes before reading such a table."""
        if self._deferring:
            self._later.setdefault(table, []).append(values)
        else:
            self.conn.execute(_INSERTS[table], values)

    @contextmanager
    def deferred(self, defer: bool = True) -> Iterator[None]:
        """Inserts within the block wait for a `flush` (see `add`), the last one at the block's end."""
        self._deferring = defer
        try:
            yield
            self.flush()
        finally:
            self._deferring = False
            self._later.clear()  # a block that raised: its rows go with it

    def flush(self) -> None:
        """Insert the rows `add` deferred (a clash with a unique value is raised here)."""
        while self._later:
            table, rows = self._later.popitem()
            self.conn.execute(_INSERTS[table], rows)

    def finish(self) -> None:
        chain.append(self.conn, schema.audit, self._audit)
        if self._value != self._start:
            self.conn.execute(update(schema.counter).where(schema.counter.c.id == 1).values(value=self._value))




def operator() -> str:
    """Who runs the hub's own commands, as its audit log names them: the OS user."""
    try:
        return f"hub:{getpass.getuser()}"
    except (OSError, KeyError):  # no name for this user id (a container)
        return f"hub:{os.getuid() if hasattr(os, 'getuid') else '?'}"


def keyed(pepper: bytes, digest: str) -> str:
    return hmac.new(pepper, digest.encode(), hashlib.sha256).hexdigest()

def new_recovery_key() -> tuple[bytes, str]:
    """The office's recovery key pair: the private key as PEM (the admin keeps it offline, never on
    the hub), the public key in base64 (the hub gives it to every laptop)."""
    private = X25519PrivateKey.generate()
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    return pem, base64.b64encode(private.public_key().public_bytes_raw()).decode()

class Hub:
    """The hub's database and blob store."""

    def __init__(self, url: str, blob_dir: Path) -> None:
        self.url = url
        self.engine = engine_for(url)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        # made once: an engine with options is an object of its own, and each request opens a transaction
        self._reader = self.engine if self.is_sqlite else self.engine.execution_options(isolation_level="REPEATABLE READ")
        self._writer = self.engine.execution_options(hub_write=True)
        self._writing = threading.Lock()
        self.blobs = BlobStore(Path(blob_dir).expanduser().resolve())
        self.upload_dir = self.blobs.root / "uploads"
        self.upload_dir.mkdir(parents=True, exist_ok=True)
        self.blobs.clean()  # what a bundle import that stopped midway left on its way in
        self.key_file = self.blobs.root / KEY_FILE
        self.migrate()
        self.hub_id = self.setting("hub_id")
        self._keys = self._secrets()

    def close(self) -> None:
        self.engine.dispose()

    # --- schema ---------------------------------------------------------------------------------

    def migrate(self) -> None:
        """Create or upgrade the schema; refuse a database from a newer hub; make the hub's keys once."""
        from alembic import command
        from alembic.script import ScriptDirectory

        cfg = self.alembic_config()
        with self.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            current = None
            if "alembic_version" in tables:
                current = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            elif tables and "hub_counter" not in tables:
                raise InspectorError("hub_db_foreign", url=self._shown_url())
        known = {s.revision for s in ScriptDirectory.from_config(cfg).walk_revisions()}
        if current is not None and current not in known:
            raise InspectorError("hub_db_too_new", url=self._shown_url(), revision=current)
        if current != HEAD:
            with self.engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
        with self.write() as w:
            if w.conn.execute(select(schema.setting.c.key).where(schema.setting.c.key == "hub_id")).first():
                return
            w.conn.execute(insert(schema.setting), [{"key": "hub_id", "value": str(new_id())}])

    def _secrets(self) -> dict[str, str]:
        """The hub's private keys, kept in its key file (readable by the hub's user alone), never in the
        database: made on first start; moved out of the database where an earlier version kept them.
        A hub whose devices hold its keys refuses to start without the file rather than make new ones."""
        names = ("box_key", "signing_key")
        with self.write() as w:
            held = dict(w.conn.execute(select(schema.setting.c.key, schema.setting.c.value)
                                       .where(schema.setting.c.key.in_(names))).all())
            if self.key_file.is_file():
                keys = json.loads(self.key_file.read_text(encoding="utf-8"))
            elif held:
                keys = held
            elif w.conn.execute(select(schema.device.c.id).limit(1)).first():
                raise InspectorError("hub_key_file_missing", path=str(self.key_file))
            else:
                keys = {"box_key": private_b64(X25519PrivateKey.generate()),
                        "signing_key": private_b64(Ed25519PrivateKey.generate())}
            if "token_pepper" not in keys or not self.key_file.is_file():
                keys.setdefault("token_pepper", base64.b64encode(os.urandom(32)).decode())
                write_atomically(self.key_file, json.dumps(keys).encode("utf-8"))  # made 0600 (mkstemp)
            if held:  # the file holds them now: the database no longer does
                w.conn.execute(schema.setting.delete().where(schema.setting.c.key.in_(names)))
            self._pepper_tokens(w.conn, base64.b64decode(keys["token_pepper"]))
        return keys

    @staticmethod
    def _pepper_tokens(conn: Connection, pepper: bytes) -> None:
        """Key the token digests an earlier version kept (plain SHA-256) with the pepper, once: a
        copy of the database alone no longer tells a token from a guess."""
        if conn.execute(select(schema.setting.c.key).where(schema.setting.c.key == PEPPERED)).first():
            return
        for device_id, plain in conn.execute(select(schema.device.c.id, schema.device.c.token_hash)).all():
            conn.execute(update(schema.device).where(schema.device.c.id == device_id)
                         .values(token_hash=keyed(pepper, plain)))
        conn.execute(insert(schema.setting).values(key=PEPPERED, value="1"))

    def token_digest(self, token: str) -> str:
        """What the database keeps of a device's token: its SHA-256, keyed (HMAC) with the key file's pepper."""
        return keyed(base64.b64decode(self._keys["token_pepper"]), hashlib.sha256(token.encode()).hexdigest())

    def key_file_exposed(self) -> bool:
        """Whether users other than the hub's may read its key file (POSIX permissions)."""
        return os.name != "nt" and bool(self.key_file.stat().st_mode & 0o077)

    @staticmethod
    def alembic_config() -> Any:
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        return cfg

    def _shown_url(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True) if "://" in self.url else self.url

    # --- transactions ---------------------------------------------------------------------------

    @contextmanager
    def write(self) -> Iterator[Writer]:
        """A write transaction that owns the version counter until it commits. Writers of this
        process queue here first, so a waiting writer does not hold a pooled connection that readers
        need (writers of other processes still queue at the counter row)."""
        with self._writing, self._writer.begin() as conn:
            writer = Writer(conn)
            yield writer
            writer.finish()

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A read-only snapshot."""
        with self._reader.begin() as conn:
            yield conn

    def box_key(self) -> X25519PrivateKey:
        return X25519PrivateKey.from_private_bytes(base64.b64decode(self._keys["box_key"]))

    def signing_key(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(base64.b64decode(self._keys["signing_key"]))

    def setting(self, key: str) -> str:
        with self.read() as conn:
            return conn.execute(select(schema.setting.c.value).where(schema.setting.c.key == key)).scalar_one()

    def recovery_key(self) -> str:
        """The office's recovery public key (X25519, base64) every laptop wraps its data key to; "" while none."""
        with self.read() as conn:
            return conn.execute(select(schema.setting.c.value).where(schema.setting.c.key == RECOVERY_KEY)
                                ).scalar_one_or_none() or ""

    def set_recovery_key(self, public: str) -> None:
        """Give the laptops the office's recovery public key (each wraps its data key to it at its next sync)."""
        with self.write() as w:
            w.conn.execute(delete(schema.setting).where(schema.setting.c.key == RECOVERY_KEY))
            w.conn.execute(insert(schema.setting).values(key=RECOVERY_KEY, value=public))
            w.audit(operator(), "", "hub", uuid.UUID(self.hub_id), "recovery_key", public=public)

    def reset_for_tests(self) -> None:
        """Empty every table and the blob directory, the key file kept (tests reuse one PostgreSQL
        database)."""
        with self.engine.begin() as conn:
            for table in reversed(schema.metadata.sorted_tables):
                if table is not schema.setting:
                    conn.execute(table.delete())
            conn.execute(insert(schema.counter).values(id=1, value=0))
        shutil.rmtree(self.blobs.root, ignore_errors=True)
        self.upload_dir.mkdir(parents=True)
        write_atomically(self.key_file, json.dumps(self._keys).encode("utf-8"))

