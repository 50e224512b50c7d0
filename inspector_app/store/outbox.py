"""Every edit of a synchronised record writes, in the same flush and so the same transaction, an
outbox operation for the hub and an entry in the audit log. Hard deletes are refused.

The hook lives on the session class, so no code path can edit a record and forget its outbox entry.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, insert, inspect
from sqlmodel import Session, SQLModel

from inspector_app.domain.authority import CONFIDENTIAL
from inspector_app.domain.complaints import masked_complainant, masked_contact
from inspector_app.domain.ids import new_id, utcnow
from inspector_app.domain.models import OutboxOp, Synced
from inspector_app.domain.values import to_json
from inspector_app.errors import InspectorError
from inspector_app.store.audit import append as append_audit

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
    remote = session.info.get("applying_remote", False)
    now = utcnow()
    changes = []
    for obj, action in edits:
        fields = _fields(obj, changed_only=action == "update")
        if not fields:
            continue
        if action == "update" and not remote:
            obj.updated_at = now
        changes.append((obj.__tablename__, obj.id, action, obj.server_version, fields))
    _write_entries(session, changes, now)


def add_many(session: Session, model: type[Synced], rows: list[dict[str, Any]]) -> None:
    """Insert many new records of one kind in one statement, with the outbox operations and audit
    entries the flush would write for them: a roster of a city at once. Each row is completed with
    the model's defaults, so the hub receives every column as it would from a flush."""
    if not rows:
        return
    now = utcnow()
    defaults = {name: f for name, f in model.model_fields.items() if name not in rows[0]}
    full = [{**{name: f.get_default(call_default_factory=True) for name, f in defaults.items()},
             "created_at": now, "updated_at": now, **row} for row in rows]
    session.connection().execute(insert(model.__table__), full)
    entity = model.__tablename__
    _write_entries(session, [(entity, row["id"], "create", None,
                              {k: to_json(v) for k, v in row.items() if k not in _NOT_SENT}) for row in full], now)


def _masked(entity: str, fields: dict[str, Any]) -> dict[str, Any]:
    """What the audit log keeps of a change: who complained is masked there too."""
    if entity not in CONFIDENTIAL:
        return fields
    return {k: masked_complainant(v) if k == "name" else masked_contact(v) if k == "contact" else v for k, v in fields.items()}


def _write_entries(session: Session, changes: list[tuple[str, Any, str, int | None, dict[str, Any]]],
                   now: Any) -> None:
    """The audit entries and (unless the changes came from the hub) the outbox operations of these
    changes, (entity, id, action, base version, fields), written on the session's own connection: in
    the same transaction as the changes themselves."""
    info = session.info
    remote = info.get("applying_remote", False)
    audit = [{"at": now, "actor": info.get("actor", ""), "device_id": info.get("device_id", ""), "entity": entity,
              "entity_id": entity_id, "action": "apply" if remote else action, "changes": _masked(entity, fields)}
             for entity, entity_id, action, _, fields in changes]
    outbox = [] if remote else [
        {"op_id": new_id(), "entity": entity, "entity_id": entity_id, "base_version": base, "fields": fields,
         "schema_version": info.get("schema_version", ""), "actor": info.get("actor", ""), "created_at": now}
        for entity, entity_id, _, base, fields in changes]
    connection = session.connection()
    append_audit(connection, audit)
    if outbox:  # one executemany: rows take their sequence numbers in this order
        connection.execute(insert(OutboxOp.__table__), outbox)
