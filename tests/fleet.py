"""A hub on loopback and the laptops enrolled with it, for sync tests."""

from __future__ import annotations

import hashlib
import shutil
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

from inspector_app.domain.models import Evidence, Finding, Unit
from inspector_app.hub import auth, schema
from inspector_app.hub.server import BackgroundHub
from inspector_app.hub.store import Hub
from inspector_app.store.database import Database
from inspector_app.sync.client import SyncClient, SyncReport
from inspector_app.sync.enrolment import enroll
from inspector_app.sync.transport import Connection, open_http
from inspector_app.domain.models import ENTITIES
from inspector_app.sync.protocol import NEVER_SENT, row_fields
from tests.conftest import raw

PASSWORD = "correct horse"


def blank_data_dir(folder: Path) -> Path:
    """A migrated, empty data directory to copy laptops from."""
    Database.open(folder).close()
    conn = raw(folder)
    with conn:
        conn.execute("DELETE FROM local_state")
    conn.close()
    return folder


@dataclass
class Laptop:
    name: str
    db: Database
    token: str
    http: httpx.Client
    role: str
    team_id: uuid.UUID | None
    conn: Connection = field(init=False)

    def __post_init__(self) -> None:
        self.conn = Connection(self.http, self.token, attempts=3, sleep=lambda s: None)

    def client(self, **kwargs: Any) -> SyncClient:
        return SyncClient(self.db, self.conn, **kwargs)

    def sync(self, **kwargs: Any):
        return self.client(**kwargs).run()

    def reopen(self) -> None:
        """Close the database as a crash would leave it, and open it again."""
        self.db.engine.dispose()
        self.db = Database.open(self.db.data_dir)

    def close(self) -> None:
        self.http.close()
        self.db.close()


class Fleet:
    """One hub and its laptops."""

    def __init__(self, hub: Hub, folder: Path, template: Path) -> None:
        self.hub = hub
        self.folder = folder
        self.template = template
        self.server = BackgroundHub(hub).start()
        self.laptops: list[Laptop] = []
        self.users: set[str] = set()

    @property
    def url(self) -> str:
        return self.server.url

    def user(self, username: str, role: str, team: str | None) -> None:
        if username not in self.users:
            auth.add_user(self.hub, username, username, role, PASSWORD, team)
            self.users.add(username)

    def laptop(self, name: str, role: str = "inspector", team: str | None = "第一督查组",
               transport: httpx.BaseTransport | None = None) -> Laptop:
        username = f"{role}-{team or 'office'}"
        self.user(username, role, team)
        data_dir = self.folder / name
        shutil.rmtree(data_dir, ignore_errors=True)
        shutil.copytree(self.template, data_dir)
        db = Database.open(data_dir)
        http = open_http(self.url)
        creds = enroll(db, http, auth.enrollment_code(self.hub, username), PASSWORD, name)
        if transport is not None:
            http.close()
            http = httpx.Client(base_url=f"{self.url}/api/v1", transport=transport, timeout=30)
        laptop = Laptop(name, db, creds.token, http, role, uuid.UUID(creds.team_id) if creds.team_id else None)
        self.laptops.append(laptop)
        return laptop

    def close(self) -> None:
        for laptop in self.laptops:
            laptop.close()
        self.server.stop()

    # --- looking at the hub ---------------------------------------------------------------------

    def hub_rows(self, entity: str) -> dict[Any, dict[str, Any]]:
        table = schema.metadata.tables[entity]
        with self.hub.read() as conn:
            return {r["id"]: row_fields(table, r) for r in conn.execute(select(table)).mappings()}

    def hub_conflicts(self) -> list[dict[str, Any]]:
        with self.hub.read() as conn:
            return [dict(r) for r in conn.execute(select(schema.conflict)).mappings()]


def add_unit(db: Database, name: str) -> Unit:
    with db.session("office") as s:
        unit = Unit(name=name)
        s.add(unit)
    return unit


def add_finding(db: Database, unit_id: uuid.UUID, team_id: uuid.UUID | None, description: str,
                created_at: datetime | None = None, status: str = "draft") -> Finding:
    """A finding as a team records it: a draft, theirs to change until they submit it."""
    with db.session("inspector") as s:
        finding = Finding(unit_id=unit_id, team_id=team_id, violation_code="late", description=description,
                          observed_at=datetime(2026, 10, 15, 9, 40), status=status,
                          **({"created_at": created_at} if created_at else {}))
        s.add(finding)
    return finding


def edit(db: Database, model: type, record_id: uuid.UUID, **changes: Any) -> Any:
    with db.session("someone") as s:
        obj = s.get(model, record_id)
        for key, value in changes.items():
            setattr(obj, key, value)
    return obj


def add_photo(db: Database, finding_id: uuid.UUID, data: bytes, name: str = "IMG_0001.JPG") -> Evidence:
    ref = db.blobs.put_bytes(data)
    with db.session("inspector") as s:
        ev = Evidence(finding_id=finding_id, sha256=ref.sha256, size=ref.size, media_type="image/jpeg",
                      original_name=name)
        s.add(ev)
    return ev


def name_files(laptop: Laptop, *files: bytes) -> list[str]:
    """Records on the hub that name these files (a photo record each, pushed, the files not sent), as
    a laptop's records do before its photos follow: only then does the hub take them from it."""
    shas = []
    with laptop.db.session("inspector") as s:
        for data in files:
            shas.append(hashlib.sha256(data).hexdigest())
            s.add(Evidence(sha256=shas[-1], size=len(data), media_type="image/jpeg", original_name="named.jpg"))
    laptop.client().push(SyncReport())
    return shas


def damaged(data: bytes) -> bytes:
    """`data` with one bit of its last byte flipped: differs whatever that byte was."""
    return data[:-1] + bytes([data[-1] ^ 1])


def replica_rows(db: Database, entity: str) -> dict[Any, dict[str, Any]]:
    table = ENTITIES[entity].__table__
    with db.engine.connect() as conn:
        return {r["id"]: row_fields(table, r) for r in conn.execute(select(table)).mappings()}


def comparable(rows: dict[Any, dict[str, Any]]) -> dict[Any, dict[str, Any]]:
    return {k: {f: v for f, v in r.items() if f not in NEVER_SENT} for k, r in rows.items()}

