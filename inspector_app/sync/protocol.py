"""What the laptop and the hub say to each other (docs/sync.md): the protocol and schema versions, the
request and response bodies, how a column value travels as JSON, and why an operation was refused
(a message id and its parameters, worded by whoever reads it). Used by the client, the hub and bundles.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import Date, DateTime, Table, TypeDecorator, Uuid

from inspector_app.domain.authority import labelled
from inspector_app.domain.models import ENTITIES, SCHEMA_REVISION
from inspector_app.domain.values import to_json
from inspector_app.i18n import known, tr

# 2: a file is offered only once a record names it (media/wanted answers "unknown" for the others)
PROTOCOL = 2          # this build speaks protocol 2
OLDEST_PROTOCOL = 2   # and accepts clients down to this one
PROTOCOL_HEADER = "X-Inspector-Protocol"
SCHEMA_HEADER = "X-Inspector-Schema"
SCHEMA = SCHEMA_REVISION  # the shape of the records this build sends and takes

MAX_OPS_PER_PUSH = 500
PULL_PAGE = 500
CHUNK = 8 << 20  # an upload request's body at most, bytes: a chunk of a large photo, or small photos together
OLDER_HUB_CHUNK = 4 << 20  # what a hub takes whose hello does not say (Hello.upload_limit)
MAX_FILES = 64  # small photos sent together in one request, at most (together at most a chunk)
MAX_AUDIT_ENTRIES = 2000  # audit entries sent in one request, at most

# each record's references to other records: (column, entity)
REFERENCES: dict[str, list[tuple[str, str]]] = {
    name: sorted((fk.parent.name, fk.column.table.name) for fk in cls.__table__.foreign_keys)
    for name, cls in ENTITIES.items()
}
# columns that never travel: the hub owns credentials and versions
NEVER_SENT = frozenset({"password_hash", "server_version"})


def table_of(entity: str) -> Table:
    return ENTITIES[entity].__table__


def unwire(table: Table, key: str, value: Any) -> Any:
    """The column value for a JSON value (the inverse of `domain.values.to_json`)."""
    if value is None:
        return None
    kind = table.c[key].type
    kind = kind.impl_instance if isinstance(kind, TypeDecorator) else kind
    if isinstance(kind, Uuid):
        return uuid.UUID(value)
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    return value


def row_fields(table: Table, values: Mapping[str, Any]) -> dict[str, Any]:
    """Every column of a row that travels, as JSON."""
    return {c.key: to_json(values[c.key]) for c in table.columns if c.key not in NEVER_SENT}


def typed(table: Table, fields: dict[str, Any]) -> dict[str, Any]:
    """JSON fields as column values; fields this schema does not know, or that never travel, dropped."""
    return {k: unwire(table, k, v) for k, v in fields.items() if k in table.c and k not in NEVER_SENT}


def schema_number(revision: str) -> int:
    """A client schema revision ("0004") as a number to compare; 0 for none (or for what is no number)."""
    return int(revision) if revision.isascii() and revision.isdigit() and len(revision) <= 20 else 0


# --- bodies ---------------------------------------------------------------------------------------

class Hello(BaseModel):
    protocol: int
    oldest_protocol: int
    schema_version: str
    hub_id: str
    user: str
    role: str
    team_id: uuid.UUID | None
    files_upload: bool = False  # takes several whole files in one request (PUT /media/files); older hubs do not
    upload_limit: int = OLDER_HUB_CHUNK  # the largest upload request body this hub takes, bytes
    recovery_key: str = ""  # the office's X25519 recovery public key, base64; "" while it has none
    audit: bool = False  # keeps each laptop's audit log (POST /audit); older hubs do not


class Op(BaseModel):
    """One outbox entry: an edit of one record on one device."""
    op_id: uuid.UUID
    seq: int = Field(ge=1)
    entity: str = Field(max_length=40)
    entity_id: uuid.UUID
    base_version: int | None = None
    fields: dict[str, Any]
    schema_version: str = Field(default="", max_length=40)
    actor: str = Field(default="", max_length=80)
    created_at: datetime


class PushRequest(BaseModel):
    ops: list[Op] = Field(max_length=MAX_OPS_PER_PUSH)
    # the device takes each applied op's version and stamp from the answer, so the hub need not
    # send those records back in its pulls (a hub that does not know this field ignores it)
    adopts_versions: bool = False


class Row(BaseModel):
    entity: str
    id: uuid.UUID
    version: int
    fields: dict[str, Any]


class Refusal(BaseModel):
    """Why the hub did not apply an operation: a message id (`sync.messages`, e.g. hub_refused_team)
    and its parameters, worded in the reader's language; `message`, the hub's own words, stands in for
    an id this version does not know."""
    code: str = ""
    params: dict[str, Any] = Field(default_factory=dict)
    message: str = ""

    def text(self, lang: str | None = None) -> str:
        if known(self.code):
            try:
                return tr(self.code, lang, **labelled(self.params))
            except (KeyError, IndexError):  # a parameter this version's text needs and the hub did not send
                pass
        return self.message or self.code


class OpResult(BaseModel):
    op_id: uuid.UUID
    seq: int
    outcome: str            # applied / duplicate / conflict / refused
    code: str = ""          # why it was refused: a message id, worded with `params` by the reader
    params: dict[str, Any] = Field(default_factory=dict)
    message: str = ""       # the same in the words of the request's language; the fields in conflict
    row: Row | None = None  # after a conflict or refusal: the record as the hub keeps it
    # when the device's copy is now the hub's (adopts_versions): the record's version and stamp
    version: int | None = None
    updated_at: datetime | None = None

    def refusal(self) -> Refusal:
        return Refusal(code=self.code, params=self.params, message=self.message)


class AuditRecord(BaseModel):
    """One entry of a laptop's audit log as it is written there, its hashes included (domain.audit)."""
    id: int = Field(ge=1, lt=1 << 63)
    at: datetime
    actor: str
    device_id: str
    entity: str
    entity_id: uuid.UUID
    action: str
    changes: dict[str, Any]
    prev_hash: str = Field(pattern=r"^[0-9a-f]{64}$")
    hash: str = Field(pattern=r"^[0-9a-f]{64}$")


class AuditBatch(BaseModel):
    entries: list[AuditRecord] = Field(max_length=MAX_AUDIT_ENTRIES)


class AuditHeld(BaseModel):
    held: int  # every entry of this laptop's log up to here is on the hub


class PushResponse(BaseModel):
    acked_seq: int          # every op of this device up to here is on the hub
    results: list[OpResult]


class PullPage(BaseModel):
    rows: list[Row]
    cursor: int             # the version of the last row in the page (or the request's, if empty)
    more: bool


class Missing(BaseModel):
    sha256: str
    size: int
    original_name: str
    finding_id: uuid.UUID | None


class EnrollRequest(BaseModel):
    code: str = Field(min_length=4, max_length=64)
    password: str = Field(max_length=200)
    device_id: uuid.UUID
    device_name: str = Field(min_length=1, max_length=80)
    public_key: str = Field(default="", max_length=200)  # the device's Ed25519 key, for bundles


class EnrollResponse(BaseModel):
    token: str
    hub_id: str
    hub_public_key: str   # X25519, for encrypting bundles to the hub
    hub_signing_key: str  # Ed25519, for checking the hub's bundles
    user: str
    role: str
    team_id: uuid.UUID | None
    display_name: str = ""  # the user's name as records show it (hubs before it sent none)
    recovery_key: str = ""  # the office's recovery public key (see Hello)


# --- bundle files: what a bundle's manifest holds, each way ------------------------------------------

class BundledPhoto(BaseModel):
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    size: int = Field(ge=0)


class ToHub(BaseModel):
    """A laptop's bundle: what its push would send, and the photos the hub may lack."""
    device_id: str
    cursor: int = Field(default=0, ge=0)   # what the laptop holds of the hub's records
    photos: list[BundledPhoto]
    ops: list[Op]
    audit: list[AuditRecord] = Field(default_factory=list)  # the log's entries the hub has not acknowledged


class ToDevice(BaseModel):
    """The hub's bundle for one laptop: what its pull would bring, the acknowledgement of its
    operations, the photos of those records, and the photos the hub holds for it."""
    after: int = Field(ge=0)
    cursor: int = Field(ge=0)
    acked_seq: int = Field(ge=0)
    rows: list[Row]
    photos: list[BundledPhoto]
    hub_has: list[str]
    audit_held: int = Field(default=0, ge=0)  # the laptop's audit log is on the hub up to here
