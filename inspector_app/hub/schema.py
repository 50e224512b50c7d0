"""The hub's tables: a copy of every synchronised entity table, and the hub's own bookkeeping.

The entity copies carry no foreign keys: the hub is a merge point that must store what a device
sent even when a related record was refused or has not arrived yet, so that no write is lost.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON, BigInteger, Boolean, Column, DateTime, ForeignKeyConstraint, Index, Integer, MetaData, String,
    Table, Text, UniqueConstraint, Uuid,
)

from inspector_app.domain.models import ENTITIES

metadata = MetaData()
INT_END = 1 << 63  # integers the databases hold lie in [-INT_END, INT_END)

for _model in ENTITIES.values():
    _copy = _model.__table__.to_metadata(metadata)
    for _fk in [c for c in _copy.constraints if isinstance(c, ForeignKeyConstraint)]:
        _copy.constraints.discard(_fk)
    for _col in _copy.columns:
        _col.foreign_keys.clear()

# one row: the transactional version counter. A writer locks it (SELECT … FOR UPDATE) for its whole
# transaction, so versions become visible in the order they were handed out (docs/sync.md invariant 5).
counter = Table(
    "hub_counter", metadata,
    Column("id", Integer, primary_key=True),
    Column("value", BigInteger, nullable=False),
)

# every record's latest version, who may see it, and which version last wrote each field
record = Table(
    "hub_record", metadata,
    Column("entity", String(40), primary_key=True),
    Column("entity_id", Uuid, primary_key=True),
    Column("version", BigInteger, nullable=False, unique=True),
    Column("scope", String(60), nullable=False),  # "all", "office" or "team:<uuid>"
    Column("field_versions", JSON, nullable=False),  # field → [version, device id]
    # the device whose copy is this version already: it wrote it, had every earlier version, and
    # was told the version and stamp in the push's answer, so its pulls need not bring it back
    Column("in_step", Uuid),
    Index("ix_hub_record_scope_version", "scope", "version"),
)

device = Table(
    "hub_device", metadata,
    Column("id", Uuid, primary_key=True),
    Column("name", String(80), nullable=False),
    Column("user_id", Uuid, nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("public_key", String(200), nullable=False),
    Column("enrolled_at", DateTime(timezone=True), nullable=False),
    Column("last_seen", DateTime(timezone=True)),
    Column("revoked", Boolean, nullable=False),
    Column("last_seq", BigInteger, nullable=False),  # the last operation of this device applied
    Column("bundle_cursor", BigInteger, nullable=False, server_default="0"),  # as its last bundle reported
)

applied_op = Table(
    "hub_applied_op", metadata,
    Column("op_id", Uuid, primary_key=True),
    Column("device_id", Uuid, nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("outcome", String(20), nullable=False),
    Column("message", Text, nullable=False),  # the fields in conflict; older hubs: a refusal in words
    Column("code", String(60), nullable=False, server_default=""),  # why it was refused: a message id
    Column("params", JSON),  # and its parameters
    UniqueConstraint("device_id", "seq"),
)

conflict = Table(
    "hub_conflict", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("entity", String(40), nullable=False),
    Column("entity_id", Uuid, nullable=False),
    Column("field", String(60), nullable=False),      # "" when the whole operation was refused
    Column("hub_value", JSON),
    Column("device_value", JSON),
    Column("device_id", Uuid, nullable=False),
    Column("op_id", Uuid, nullable=False),
    Column("base_version", BigInteger),
    Column("reason", String(40), nullable=False),      # edited_on_hub / overridden / taken / refused / rejected
    Column("resolved", Boolean, nullable=False),
    Index("ix_hub_conflict_open", "resolved", "id"),
)

enroll_code = Table(
    "hub_enroll_code", metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("user_id", Uuid, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Column("used_at", DateTime(timezone=True)),
    Column("failures", Integer, nullable=False, server_default="0"),  # wrong passwords with it: burnt at a few
)

# every enrolment attempt, kept: who tried from where, and what came of it
enroll_attempt = Table(
    "hub_enroll_attempt", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("address", String(64), nullable=False),   # the client's IP address
    Column("code_hash", String(64), nullable=False),  # "" when the code was no code at all
    Column("username", String(80), nullable=False),   # "" when the code named nobody
    Column("outcome", String(20), nullable=False),    # enrolled / bad_code / bad_password / burnt / throttled / …
    Index("ix_hub_enroll_attempt_address", "address", "at"),
)

# which devices have shown they hold a file, by sending it whole and checked: only they, and those
# who may read a record that one of them (or the office) made with it, receive it from the hub
blob_holder = Table(
    "hub_blob_holder", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("device_id", Uuid, primary_key=True),
    Column("at", DateTime(timezone=True), nullable=False),
)

# the hub's own audit log: what it applied, refused and resolved, who enrolled and was revoked, each
# entry chained to the one before by its hash (domain.audit), appended by writers (the counter held)
audit = Table(
    "hub_audit", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime, nullable=False),            # UTC
    Column("actor", String(80), nullable=False),       # the user, or "hub:<OS user>" for the hub's own commands
    Column("device_id", String(36), nullable=False),   # the device whose request it was; "" for the hub's commands
    Column("entity", String(40), nullable=False),
    Column("entity_id", Uuid, nullable=False),
    Column("action", String(20), nullable=False),
    Column("changes", JSON, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
)

# each laptop's audit log as it sent it, entry by entry, its chain unbroken from the first unless
# the laptop's log was altered (checked by `inspector hub audit verify`)
device_audit = Table(
    "hub_device_audit", metadata,
    Column("device", Uuid, primary_key=True),
    Column("id", BigInteger, primary_key=True, autoincrement=False),  # the entry's number on the laptop
    Column("entry", Text, nullable=False),  # the entry as the laptop sent it: JSON, escaped to ASCII
    Column("hash", String(64), nullable=False),
)

# the hub's identity and keys (hub_id, private keys for bundles)
setting = Table(
    "hub_setting", metadata,
    Column("key", String(60), primary_key=True),
    Column("value", Text, nullable=False),
)
