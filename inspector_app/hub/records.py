"""The hub's records: each write takes the next version of the transactional counter, and the
hub_record row beside it keeps the record's latest version, who may read it, which version (and
device) last wrote each field, and the device whose copy is this version already."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.exc import DataError, IntegrityError

from inspector_app.domain.ids import utcnow
from inspector_app.domain.models import ENTITIES
from inspector_app.hub import schema
from inspector_app.hub.policy import scope_of
from inspector_app.hub.store import Writer

# what the database refuses to write: a clash with a unique value, a value that does not fit its column
UNWRITABLE = (IntegrityError, DataError)

# statements built once: the hub runs them for every operation
_rec = schema.record
_RECORD = select(_rec).where(_rec.c.entity == bindparam("e"), _rec.c.entity_id == bindparam("i"))
_RECORD_SET = (update(_rec).where(_rec.c.entity == bindparam("e"), _rec.c.entity_id == bindparam("i"))
               .values(version=bindparam("v"), scope=bindparam("s"), field_versions=bindparam("f"),
                       in_step=bindparam("d")))
BY_ID = {name: select(table).where(table.c.id == bindparam("i"))
         for name, table in schema.metadata.tables.items() if name in ENTITIES}
# the columns whose every value belongs to one record (a notice number, a username …)
_UNIQUE = {name: [c.name for c in table.c if c.unique or any(
               i.unique and list(i.columns) == [c] for i in table.indexes)]
           for name, table in schema.metadata.tables.items() if name in ENTITIES}
_LOOK_UP = object()


def table(entity: str) -> Any:
    return schema.metadata.tables[entity]


def record_of(w: Writer, entity: str, entity_id: uuid.UUID) -> dict[str, Any] | None:
    """The record's hub_record row (read once per transaction: a batch's children ask for their parent's)."""
    key = (entity, entity_id)
    if key not in w.records:
        row = w.conn.execute(_RECORD, {"e": entity, "i": entity_id}).mappings().first()
        w.records[key] = dict(row) if row else None
    return w.records[key]


def scope_for(w: Writer, entity: str, values: dict[str, Any], fallback: str) -> str:
    """Who may read a record with these values (`policy.scope_of`, parents' scopes read here)."""
    def parent_scope(parent: str, parent_id: Any) -> str | None:
        rec = record_of(w, parent, parent_id)
        return rec["scope"] if rec else None
    return scope_of(entity, values, parent_scope, fallback)


def defaults(entity: str, given: dict[str, Any]) -> dict[str, Any]:
    """The columns of a new record that `given` lacks, as the model fills them (None where it has
    no default): what an older device did not send."""
    fields = ENTITIES[entity].model_fields
    out = {}
    for column in table(entity).columns:
        if column.key not in given:
            info = fields.get(column.key)
            fills = info is not None and not info.is_required()
            out[column.key] = info.get_default(call_default_factory=True) if fills else None
    return out


def write_row(w: Writer, entity: str, existing: dict[str, Any] | None, changes: dict[str, Any],
              scope: str | None = None, device_id: uuid.UUID | None = None, rec: Any = _LOOK_UP,
              in_step: bool = False) -> tuple[int, Any]:
    """Insert or update one record at a new version, and note which version wrote each field
    (`rec`: the record's hub_record row when the caller has it, None when there is none;
    `in_step`: the writing device holds exactly this version now). Returns the version and stamp."""
    t = table(entity)
    version = w.next_version()
    now = utcnow()
    if existing is None:
        given = {**changes, "server_version": version, "updated_at": now}
        values = {**defaults(entity, given), **given}
        w.add(t, values)
        written = [k for k in values if k != "id"]
    else:
        w.conn.execute(update(t).where(t.c.id == existing["id"])
                       .values(**changes, server_version=version, updated_at=now))
        values = {**existing, **changes}
        written = list(changes)
    entity_id = values["id"]
    w.present.add((entity, entity_id))
    if rec is _LOOK_UP:
        rec = record_of(w, entity, entity_id)
    stamp = [version, str(device_id) if device_id else ""]
    field_versions = {**(rec["field_versions"] if rec else {}), **{k: stamp for k in written}}
    scope = scope or scope_for(w, entity, values, rec["scope"] if rec else "office")
    holder = device_id if in_step else None
    if rec is None:
        w.add(_rec, {"entity": entity, "entity_id": entity_id, "version": version, "scope": scope,
                     "field_versions": field_versions, "in_step": holder})
    else:
        w.conn.execute(_RECORD_SET, {"e": entity, "i": entity_id, "v": version, "s": scope, "f": field_versions,
                                     "d": holder})
    w.records[(entity, entity_id)] = {"entity": entity, "entity_id": entity_id, "version": version, "scope": scope,
                                      "field_versions": field_versions, "in_step": holder}
    return version, now


def taken(w: Writer, entity: str, entity_id: uuid.UUID, values: dict[str, Any]) -> list[str]:
    """The fields of `values` whose value must be unique and another record already holds."""
    t = table(entity)
    return [key for key in _UNIQUE[entity] if values.get(key) is not None and w.conn.execute(
        select(t.c.id).where(t.c[key] == values[key], t.c.id != entity_id).limit(1)).first()]
