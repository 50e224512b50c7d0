"""Conflicts (同步冲突): a field two people changed, a value another record holds, an operation the
hub refused. Both values are kept for office staff, who settle each: the hub's value stands, or
the device's is written as a new version."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from inspector_app.domain.ids import utcnow
from inspector_app.errors import InspectorError
from inspector_app.hub import schema
from inspector_app.hub.checks import shown, storable
from inspector_app.hub.policy import Principal
from inspector_app.hub.records import taken, write_row
from inspector_app.hub.store import Hub, Writer
from inspector_app.sync.protocol import Op, typed


def record(w: Writer, op: Op, who: Principal, field: str, hub_value: Any, device_value: Any, reason: str) -> None:
    """Keep both values: `reason` edited_on_hub / overridden / taken / refused / rejected; `field` "" when the
    whole operation was refused (its fields are the device's value, kept as the database can keep
    them: what no database keeps, as readable text)."""
    base = op.base_version if op.base_version is not None and 0 <= op.base_version < schema.INT_END else None
    w.conn.execute(insert(schema.conflict).values(
        at=utcnow(), entity=shown(op.entity, 40), entity_id=op.entity_id, field=field, hub_value=hub_value,
        device_value=storable(device_value), device_id=who.device_id, op_id=op.op_id, base_version=base,
        reason=reason, resolved=False))


def open_conflicts(conn: Connection, limit: int = 500) -> list[dict[str, Any]]:
    c = schema.conflict
    rows = conn.execute(select(c).where(c.c.resolved.is_(False)).order_by(c.c.id).limit(limit)).mappings()
    return [dict(r) for r in rows]


def resolve(hub: Hub, conflict_id: int, take: str, who: Principal) -> dict[str, Any]:
    """Close a conflict; taking the device's value writes it as a new hub version."""
    c = schema.conflict
    with hub.write() as w:
        row = w.conn.execute(select(c).where(c.c.id == conflict_id)).mappings().first()
        if row is None:
            raise InspectorError("hub_not_found")
        version = None
        if take == "device" and row["field"] and not row["resolved"]:
            table = schema.metadata.tables[row["entity"]]
            existing = w.conn.execute(select(table).where(table.c.id == row["entity_id"])).mappings().one()
            value = typed(table, {row["field"]: row["device_value"]})
            if taken(w, row["entity"], row["entity_id"], value):
                raise InspectorError("hub_value_taken", value=row["device_value"])
            version, _ = write_row(w, row["entity"], dict(existing), value, device_id=who.device_id)
        w.conn.execute(update(c).where(c.c.id == conflict_id).values(resolved=True))
        w.audit(who.username, who.device_id, row["entity"], row["entity_id"], "resolve", conflict=conflict_id,
                take=take, field=row["field"], version=version)
    return {"id": conflict_id, "resolved": True, "version": version}
