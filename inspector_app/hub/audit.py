"""The audit logs the hub keeps, each a hash chain (domain.audit): its own — what it applied, refused
and resolved, who enrolled, got a code or was revoked — written by `Writer.audit`; and each laptop's,
as the laptop sent it, so that a laptop's history rewritten after it was sent no longer links to what
the hub holds. `verify` walks them all and names the first broken link of each."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, inspect, select
from sqlalchemy.engine import Connection

from inspector_app.domain import audit as chain
from inspector_app.domain.audit import Break
from inspector_app.errors import InspectorError
from inspector_app.hub import schema
from inspector_app.hub.policy import Principal
from inspector_app.hub.store import Writer, engine_for
from inspector_app.sync.protocol import AuditRecord

HUB = "hub"  # the chain of the hub's own log, in `Chain.name`


def receive(w: Writer, who: Principal, entries: list[AuditRecord]) -> int:
    """Keep the entries of the device's log the hub does not hold; one it holds already, sent again
    with another hash (the laptop's log rewritten, or restored from an older copy), is noted in the
    hub's own log. Returns the last entry number the hub now holds of it."""
    t = schema.device_audit
    ids = [e.id for e in entries]
    held: dict[int, str] = {}
    for part in range(0, len(ids), 500):
        held.update(w.conn.execute(select(t.c.id, t.c.hash).where(t.c.device == who.device_id,
                                                                   t.c.id.in_(ids[part:part + 500]))).all())
    new: dict[int, dict[str, Any]] = {}
    for entry in entries:
        if entry.id in held:
            if held[entry.id] != entry.hash:
                w.audit(who.username, who.device_id, "audit_log", who.device_id, "diverged", entry=entry.id,
                        held=held[entry.id], sent=entry.hash)
        else:
            new[entry.id] = {"device": who.device_id, "id": entry.id, "hash": entry.hash,
                             "entry": json.dumps(entry.model_dump(mode="json"), ensure_ascii=True, sort_keys=True)}
    if new:
        w.conn.execute(t.insert(), list(new.values()))
    return held_up_to(w.conn, who.device_id)


def held_up_to(conn: Connection, device: uuid.UUID) -> int:
    """The last entry number of the device's log the hub holds (0: none)."""
    t = schema.device_audit
    return conn.execute(select(func.coalesce(func.max(t.c.id), 0)).where(t.c.device == device)).scalar_one()


@dataclass(frozen=True)
class Chain:
    name: str                # HUB, or the device's name
    device: uuid.UUID | None
    entries: int             # the entries that hold together from the first
    broken: Break | None     # where it first breaks; None: the whole chain holds


def verify(url: str) -> list[Chain]:
    """Walk the hub's own log and each laptop's: how much of each holds, and where each first breaks.
    Reads the database only (no blob directory, no key file)."""
    engine = engine_for(url)
    try:
        with engine.connect() as conn:
            if not {schema.audit.name, schema.device_audit.name} <= set(inspect(conn).get_table_names()):
                raise InspectorError("hub_audit_missing")
            return [Chain(HUB, None, *chain.verify(chain.entries(conn, schema.audit))),
                    *(Chain(name, device, *chain.verify(_sent(conn, device))) for device, name in _devices(conn))]
    finally:
        engine.dispose()


def _devices(conn: Connection) -> list[tuple[uuid.UUID, str]]:
    """The devices that sent their log, with their names ("" for one no longer registered)."""
    t, d = schema.device_audit, schema.device
    return [(device, name or "") for device, name in conn.execute(
        select(t.c.device, d.c.name).distinct().outerjoin(d, d.c.id == t.c.device).order_by(d.c.name, t.c.device))]


def _sent(conn: Connection, device: uuid.UUID) -> Iterator[dict[str, Any]]:
    """A device's log as it sent it, entry by entry."""
    t = schema.device_audit
    for row in chain.entries(conn, t, t.c.device == device, columns=("id", "entry")):
        entry = json.loads(row["entry"])
        yield {**entry, "id": row["id"], "at": datetime.fromisoformat(entry["at"])}
