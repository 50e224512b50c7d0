"""Every edit of a synchronised record writes, in the same flush and so the same transaction, an
outbox operation for the hub and an entry in the audit log. Hard deletes are refused.

The hook lives on the session class, so no code path can edit a record and forget its outbox entry.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, insert, inspect
from sqlmodel import Session, SQLModel

from inspector_app.domain.ids import new_id, utcnow
from inspector_app.domain.models import AuditEntry, OutboxOp, Synced
from inspector_app.domain.values import to_json
from inspector_app.errors import InspectorError

# columns the device never sends: the hub owns server_version, the hook stamps updated_at
_NOT_SENT = frozenset({"server_version", "updated_at"})
_TABLE_ORDER = {t.name: i for i, t in enumerate(SQLModel.metadata.sorted_tables)}


def _fields(obj: Synced, changed_only: bool) -> dict[str, Any]:
    state = inspect(obj)
    out = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in _NOT_SENT:
            continue
        if changed_only and not state.attrs[key].history.has_changes():
            continue
        out[key] = to_json(getattr(obj, key))
    return out


class InspectorSession(Session):
    """A session that records outbox operations and audit entries. `info` carries the actor, the
    device id and the schema version; `info["applying_remote"]` marks rows coming from the hub."""


@event.listens_for(InspectorSession, "before_flush")
def _record_changes(session: Session, flush_context: Any, instances: Any) -> None:
    for obj in session.deleted:
        if isinstance(obj, Synced):
            raise InspectorError("hard_delete_refused", entity=obj.__tablename__)
    edits = [(obj, "create") for obj in session.new if isinstance(obj, Synced)]
    edits += [(obj, "update") for obj in session.dirty
              if isinstance(obj, Synced) and session.is_modified(obj, include_collections=False)]
    edits.sort(key=lambda e: (_TABLE_ORDER[e[0].__tablename__], e[1] != "create"))
    info = session.info
    remote = info.get("applying_remote", False)
    now = utcnow()
    audit, outbox = [], []
    for obj, action in edits:
        fields = _fields(obj, changed_only=action == "update")
        if not fields:
            continue
        if action == "update" and not remote:
            obj.updated_at = now
        entity = obj.__tablename__
        audit.append({"at": now, "actor": info.get("actor", ""), "device_id": info.get("device_id", ""),
                      "entity": entity, "entity_id": obj.id, "action": "apply" if remote else action,
                      "changes": fields})
        if not remote:
            outbox.append({"op_id": new_id(), "entity": entity, "entity_id": obj.id,
                           "base_version": obj.server_version, "fields": fields,
                           "schema_version": info.get("schema_version", ""), "actor": info.get("actor", ""),
                           "created_at": now})
    # written on the session's own connection, so in the same transaction as the edits themselves
    connection = session.connection()
    if audit:
        connection.execute(insert(AuditEntry.__table__), audit)
    if outbox:  # one executemany: rows take their sequence numbers in this order
        connection.execute(insert(OutboxOp.__table__), outbox)
