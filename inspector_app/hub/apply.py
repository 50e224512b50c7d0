"""Applying a device's operations on the hub: exactly once, in the device's order, field by field.

An operation carries the fields the device changed and the hub version the device had seen
(`base_version`). A field someone else changed on the hub after that version, to a different
value, is not overwritten: the hub keeps its value and records both in a conflict for office
staff. So is a value that must be unique and another record already holds (a notice number two
office machines gave offline): the record is kept without it. Nothing depends on a device's clock
(SYNC.md invariants 2, 3, 4, 8, 9, 10).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlalchemy import TypeDecorator, bindparam, insert, select, update
from sqlalchemy.exc import DataError, IntegrityError

from inspector_app.domain.enums import FindingStatus, RecordKind, UserRole
from inspector_app.domain.ids import utcnow
from inspector_app.hub import schema
from inspector_app.hub.auth import Principal
from inspector_app.hub.store import Hub, Writer
from inspector_app.i18n import tr
from inspector_app.store.outbox import to_json
from inspector_app.sync.protocol import ENTITIES, NEVER_SENT, REFERENCES, Op, OpResult, Row, row_fields, unwire

PUBLIC = frozenset({"unit", "person", "team", "user"})
OFFICE_ONLY = frozenset({"device", "notice", "notice_finding", "complaint", "satisfaction_survey"})
# which record's scope a record inherits: (column, entity) pairs, tried in order
PARENTS = {
    "visit": (("inspection_id", "inspection"),),
    "inspection_unit": (("inspection_id", "inspection"),),
    "evidence": (("finding_id", "finding"), ("visit_id", "visit")),
    "handling": (("finding_id", "finding"),),
    "rectification": (("finding_id", "finding"),),
}
INSPECTOR_WRITES = frozenset({"person", "inspection", "inspection_unit", "visit", "finding", "evidence"})
INSPECTOR_STATUSES = frozenset({FindingStatus.DRAFT, FindingStatus.SUBMITTED, FindingStatus.VOIDED})
ADMIN_ONLY = frozenset({"user", "device"})


# statements built once: the hub runs them for every operation
_rec = schema.record
_RECORD = select(_rec).where(_rec.c.entity == bindparam("e"), _rec.c.entity_id == bindparam("i"))
_RECORD_SET = (update(_rec).where(_rec.c.entity == bindparam("e"), _rec.c.entity_id == bindparam("i"))
               .values(version=bindparam("v"), scope=bindparam("s"), field_versions=bindparam("f"),
                       in_step=bindparam("d")))
_BY_ID = {name: select(table).where(table.c.id == bindparam("i"))
          for name, table in schema.metadata.tables.items() if name in ENTITIES}
_EXISTS = {name: select(table.c.id).where(table.c.id == bindparam("i"))
           for name, table in schema.metadata.tables.items() if name in ENTITIES}
# the columns whose every value belongs to one record (a notice number, a username …)
_UNIQUE = {name: [c.name for c in table.c if c.unique or any(
               i.unique and list(i.columns) == [c] for i in table.indexes)]
           for name, table in schema.metadata.tables.items() if name in ENTITIES}


# what the database refuses to write: a clash with a unique value, a value that does not fit its column
UNWRITABLE = (IntegrityError, DataError)


class Refused(Exception):
    """An operation the device's user may not make; it is acknowledged, kept as a conflict, not applied."""


def tables(entity: str):
    return schema.metadata.tables[entity]


def record_of(w: Writer, entity: str, entity_id: uuid.UUID) -> dict[str, Any] | None:
    """The record's hub_record row (read once per transaction: a batch's children ask for their parent's)."""
    key = (entity, entity_id)
    if key not in w.records:
        row = w.conn.execute(_RECORD, {"e": entity, "i": entity_id}).mappings().first()
        w.records[key] = dict(row) if row else None
    return w.records[key]


def scope_for(w: Writer, entity: str, values: dict[str, Any], fallback: str) -> str:
    """Who may read a record: everyone (reference data), the office, or one team."""
    if entity in PUBLIC:
        return "all"
    if entity in OFFICE_ONLY:
        return "office"
    if values.get("team_id"):
        return f"team:{values['team_id']}"
    for column, parent in PARENTS.get(entity, ()):
        if values.get(column) and (rec := record_of(w, parent, values[column])):
            return rec["scope"]
    return fallback


_LOOK_UP = object()


def defaults(entity: str, given: dict[str, Any]) -> dict[str, Any]:
    """The columns of a new record that `given` lacks, as the model fills them (None where it has
    no default): what an older device did not send."""
    fields = ENTITIES[entity].model_fields
    out = {}
    for column in tables(entity).columns:
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
    table = tables(entity)
    version = w.next_version()
    now = utcnow()
    if existing is None:
        given = {**changes, "server_version": version, "updated_at": now}
        values = {**defaults(entity, given), **given}
        w.add(table, values)
        written = [k for k in values if k != "id"]
    else:
        w.conn.execute(update(table).where(table.c.id == existing["id"])
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


def readable(entity: str, fields: dict[str, Any]) -> dict[str, Any]:
    """The op's fields as column values (those this schema knows and that travel); raises Refused,
    naming it, for a field the hub cannot keep (a date that is no date, an id that is no id, a list
    where the column holds text, text longer than its column)."""
    table, kinds = tables(entity), _KINDS[entity]
    values: dict[str, Any] = {}
    for key, value in fields.items():
        if key not in kinds:
            continue
        try:
            values[key] = unwire(table, key, value)
            _check_fits(*kinds[key], values[key])
        except (ValueError, TypeError, AttributeError) as exc:
            raise Refused(tr("hub_refused_value", field=key[:40], detail=str(exc)[:200])) from None
    return values


def _kind(column: Any) -> tuple[type, int | None]:
    """The Python type of a column's values (object: any) and, for text, its longest length."""
    kind = column.type.impl_instance if isinstance(column.type, TypeDecorator) else column.type
    try:
        return kind.python_type, getattr(kind, "length", None)
    except NotImplementedError:
        return object, None


def _check_fits(kind: type, length: int | None, value: Any) -> None:
    """Raise TypeError or ValueError unless a value read from JSON fits its column."""
    if value is None or kind is object:
        return
    numbers = (bool, int, float)  # a JSON number for any of them: an older device may send 0/1 for a flag
    if not isinstance(value, numbers if kind in numbers else kind) or (kind is bool and value not in (0, 1)):
        raise TypeError(f"{type(value).__name__} {str(value)[:40]!r}")
    if kind is int and not -schema.INT_END <= value < schema.INT_END:
        raise ValueError(f"{value}: out of range")
    if length is not None and len(value) > length:
        raise ValueError(f"{len(value)} > {length}")


# the columns a device may send, with the Python type of their values and the longest text
_KINDS = {name: {c.key: _kind(c) for c in table.c if c.key not in NEVER_SENT}
          for name, table in schema.metadata.tables.items() if name in ENTITIES}


def _check_allowed(who: Principal, entity: str, fields: dict[str, Any], scope: str) -> None:
    if who.role == UserRole.ADMIN:
        return
    if entity in ADMIN_ONLY:
        raise Refused(tr("hub_refused_entity", entity=RecordKind(entity)))
    if who.role == UserRole.OFFICE:
        return
    if entity not in INSPECTOR_WRITES:
        raise Refused(tr("hub_refused_entity", entity=RecordKind(entity)))
    if scope not in ("all", f"team:{who.team_id}"):
        raise Refused(tr("hub_refused_team"))
    if entity == "finding" and "status" in fields and fields["status"] not in INSPECTOR_STATUSES:
        try:
            status = FindingStatus(fields["status"])
        except ValueError:  # not a status at all
            status = str(fields["status"])[:40]
        raise Refused(tr("hub_refused_status", status=status))


def _check_references(w: Writer, entity: str, fields: dict[str, Any]) -> None:
    """A record may refer only to records the hub has: a child of a refused record is refused too,
    so every replica can hold what the hub holds."""
    for column, parent in REFERENCES[entity]:
        target = fields.get(column)
        if target is None or (parent, target) in w.present:
            continue
        if w.conn.execute(_EXISTS[parent], {"i": target}).first() is None:
            raise Refused(tr("hub_refused_missing", entity=RecordKind(parent), id=target))
        w.present.add((parent, target))


def _conflict(w: Writer, op: Op, device_id: uuid.UUID, field: str, hub_value: Any, device_value: Any,
              reason: str) -> None:
    w.conn.execute(insert(schema.conflict).values(
        at=utcnow(), entity=op.entity, entity_id=op.entity_id, field=field, hub_value=hub_value,
        device_value=device_value, device_id=device_id, op_id=op.op_id, base_version=op.base_version,
        reason=reason, resolved=False))


def apply_op(w: Writer, who: Principal, op: Op, adopts: bool = False, guarded: bool = True) -> OpResult:
    """Apply one operation (already known to be this device's next); never raises for its content.
    `adopts`: the device takes the version and stamp from the result, so when its copy then equals
    the hub's (it had the version the op was based on, or only its own since, and nothing
    conflicted) the record is marked as in step with it and its pulls leave it out.
    `guarded`: the write runs in a savepoint, so that a clash (a unique value another device took
    meanwhile) refuses this op alone; unguarded, the clash is raised (see `apply_batch`)."""
    result = OpResult(op_id=op.op_id, seq=op.seq, outcome="applied")
    if op.entity not in ENTITIES:
        _conflict(w, op, who.device_id, "", None, op.fields, "refused")
        return result.model_copy(update={"outcome": "refused", "message": tr("hub_refused_entity", entity=op.entity)})
    table = tables(op.entity)
    key = (op.entity, op.entity_id)
    if key in w.absent and key not in w.present:
        existing = None
    else:
        w.flush()  # the record may be one an earlier op of the batch inserted
        existing = w.conn.execute(_BY_ID[op.entity], {"i": op.entity_id}).mappings().first()
        existing = dict(existing) if existing else None
    rec = record_of(w, op.entity, op.entity_id) if existing else None
    fallback = rec["scope"] if rec else (f"team:{who.team_id}" if who.team_id else "office")
    try:
        fields = readable(op.entity, op.fields)
        fields.pop("id", None)
        _check_allowed(who, op.entity, fields, scope_for(w, op.entity, {**(existing or {}), **fields}, fallback))
        if rec and rec["scope"] != "all":  # nor may an edit touch a record outside the user's scope
            _check_allowed(who, op.entity, {}, rec["scope"])
        _check_references(w, op.entity, fields)
    except Refused as exc:
        _conflict(w, op, who.device_id, "", None, op.fields, "refused")
        return result.model_copy(update={"outcome": "refused", "message": str(exc)})

    changes = fields
    conflicted = []
    if existing is not None:
        base = op.base_version or 0
        field_versions = rec["field_versions"] if rec else {}
        changes = {}
        for key, value in fields.items():
            if existing[key] == value:
                continue
            last = field_versions.get(key)
            if last and last[0] > base and last[1] != str(who.device_id):
                conflicted.append(key)
                _conflict(w, op, who.device_id, key, to_json(existing[key]), to_json(value), "edited_on_hub")
            else:
                changes[key] = value
    if existing is None:  # the device's copy is the hub's if the op brought every column
        in_step = adopts and set(table.c.keys()) <= {*fields, "id", "server_version", "updated_at"}
    else:
        in_step = adopts and not conflicted and rec is not None and (
            rec["version"] == op.base_version or rec["in_step"] == who.device_id)
    if existing is not None and not changes:
        if in_step:
            result = result.model_copy(update={"version": rec["version"], "updated_at": existing["updated_at"]})
    else:
        def rejected(exc: DataError | IntegrityError) -> OpResult:
            _conflict(w, op, who.device_id, "", None, op.fields, "rejected")
            return result.model_copy(update={"outcome": "refused",
                                             "message": tr("hub_rejected", detail=str(exc.orig).splitlines()[0])})
        try:
            version, stamp = _write(w, op, existing, changes, who, rec, in_step, guarded)
        except UNWRITABLE as exc:  # e.g. a notice number another office machine took meanwhile
            if not guarded:
                raise
            held = {key: changes.pop(key) for key in taken(w, op.entity, op.entity_id, changes)}
            if not held:
                return rejected(exc)
            in_step = False  # the record is kept without the taken values, both values in a conflict
            if changes or existing is None:
                try:
                    version, stamp = _write(w, op, existing, changes, who, rec, in_step, guarded)
                except UNWRITABLE as again:
                    return rejected(again)
            for key, value in held.items():
                conflicted.append(key)
                _conflict(w, op, who.device_id, key, to_json(existing[key]) if existing else None,
                          to_json(value), "taken")
        if in_step:
            result = result.model_copy(update={"version": version, "updated_at": stamp})
    if conflicted:
        return result.model_copy(update={"outcome": "conflict", "message": ", ".join(conflicted)})
    return result


def _write(w: Writer, op: Op, existing: dict[str, Any] | None, changes: dict[str, Any], who: Principal,
           rec: dict[str, Any] | None, in_step: bool, guarded: bool) -> tuple[int, Any]:
    """Write the op's changes, in a savepoint when `guarded` (a clash then undoes this op alone)."""
    savepoint = w.conn.begin_nested() if guarded else None
    try:
        written = write_row(w, op.entity, existing, {"id": op.entity_id, **changes} if existing is None else changes,
                            device_id=who.device_id, rec=rec, in_step=in_step)
    except UNWRITABLE:
        if savepoint is not None:
            savepoint.rollback()
        raise
    if savepoint is not None:
        savepoint.commit()
    return written


def taken(w: Writer, entity: str, entity_id: uuid.UUID, values: dict[str, Any]) -> list[str]:
    """The fields of `values` whose value must be unique and another record already holds."""
    table = tables(entity)
    return [key for key in _UNIQUE[entity] if values.get(key) is not None and w.conn.execute(
        select(table.c.id).where(table.c[key] == values[key], table.c.id != entity_id).limit(1)).first()]


Pushed = tuple[int, list[OpResult], str | None]


def apply_batch(hub: Hub, who: Principal, ops: list[Op], adopts: bool = False,
                then: Callable[[Writer], None] = lambda w: None) -> Pushed:
    """Apply a device's operations in one write transaction (and `then` in it too). Savepoints cost
    a quarter of the time, so a batch runs without them first; one that meets a clash runs again
    from the start with each op in a savepoint, and only the clashing op is refused."""
    def run(guarded: bool) -> Pushed:
        with hub.write() as w:
            pushed = push(w, who, ops, adopts, guarded)
            then(w)
            return pushed

    try:
        return run(guarded=False)
    except UNWRITABLE:
        return run(guarded=True)


def push(w: Writer, who: Principal, ops: Iterable[Op], adopts: bool = False, guarded: bool = True) -> Pushed:
    """Apply a device's operations in sequence order. Returns the last sequence number now on the hub,
    the result of each operation taken, and the message for a gap (the rest of the batch is left).
    `adopts`, `guarded`: as for `apply_op`."""
    dev = schema.device
    last = w.conn.execute(select(dev.c.last_seq).where(dev.c.id == who.device_id)).scalar_one()
    ops = sorted(ops, key=lambda o: o.seq)
    done = schema.applied_op
    known = {r["op_id"]: dict(r) for r in w.conn.execute(
        select(done).where(done.c.op_id.in_([op.op_id for op in ops]))).mappings()}
    prefetch(w, [op for op in ops if op.op_id not in known])
    results: list[OpResult] = []
    applied: list[dict[str, Any]] = []
    gap = None
    with w.deferred(not guarded):  # the batch's new records inserted together
        for op in ops:
            seen = known.get(op.op_id)
            if seen is not None:  # a replay: the same answer, nothing written
                w.flush()  # its record may be one this batch inserted
                result = OpResult(op_id=op.op_id, seq=seen["seq"], outcome="duplicate", message=seen["message"])
                results.append(_with_row(w, who, op, _still_in_step(w, who, op, result) if adopts else result,
                                         seen["outcome"]))
                continue
            if op.seq <= last:
                gap = tr("hub_seq_reused", seq=op.seq)
                break
            if op.seq != last + 1:
                gap = tr("hub_seq_gap", expected=last + 1, got=op.seq)
                break
            result = apply_op(w, who, op, adopts, guarded)
            known[op.op_id] = {"op_id": op.op_id, "device_id": who.device_id, "seq": op.seq, "outcome": result.outcome,
                               "message": result.message}
            applied.append(known[op.op_id])
            results.append(_with_row(w, who, op, result, result.outcome))
            last = op.seq
        if applied:
            w.conn.execute(insert(done), applied)
    w.conn.execute(update(dev).where(dev.c.id == who.device_id).values(last_seq=last, last_seen=utcnow()))
    return last, results, gap


def prefetch(w: Writer, ops: list[Op]) -> None:
    """Read in a few queries what the operations would otherwise each ask the database for: which
    of their records the hub holds, the records they refer to, their parents' hub_record rows."""
    own: dict[str, set[uuid.UUID]] = defaultdict(set)
    referred: dict[str, set[uuid.UUID]] = defaultdict(set)
    parents: dict[str, set[uuid.UUID]] = defaultdict(set)
    for op in ops:
        if op.entity not in ENTITIES:
            continue
        own[op.entity].add(op.entity_id)
        table = tables(op.entity)
        for links, wanted in ((REFERENCES[op.entity], referred), (PARENTS.get(op.entity, ()), parents)):
            for column, parent in links:
                try:
                    value = unwire(table, column, op.fields.get(column))
                except (ValueError, TypeError, AttributeError):  # unreadable: apply_op refuses its op
                    continue
                if value is not None:
                    wanted[parent].add(value)
    for entity in own.keys() | referred.keys():
        table = tables(entity)
        ids = list(own[entity] | referred[entity])
        held = {row.id for part in _parts(ids) for row in w.conn.execute(select(table.c.id).where(table.c.id.in_(part)))}
        w.present |= {(entity, i) for i in held}
        w.absent |= {(entity, i) for i in own[entity] - held}
    for entity, ids in parents.items():
        unread = [i for i in ids if (entity, i) not in w.records]
        for part in _parts(unread):
            found = {row["entity_id"]: dict(row) for row in w.conn.execute(
                select(_rec).where(_rec.c.entity == entity, _rec.c.entity_id.in_(part))).mappings()}
            w.records.update({(entity, i): found.get(i) for i in part})


def _parts(ids: list[Any], size: int = 500) -> Iterator[list[Any]]:
    return (ids[i:i + size] for i in range(0, len(ids), size))


def _still_in_step(w: Writer, who: Principal, op: Op, result: OpResult) -> OpResult:
    """A replayed op (its first answer was lost): the version and stamp again, if the device's copy
    is still the hub's latest."""
    rec = record_of(w, op.entity, op.entity_id) if op.entity in ENTITIES else None
    if rec is None or rec["in_step"] != who.device_id:
        return result
    table = tables(op.entity)
    stamp = w.conn.execute(select(table.c.updated_at).where(table.c.id == op.entity_id)).scalar_one()
    return result.model_copy(update={"version": rec["version"], "updated_at": stamp})


def _with_row(w: Writer, who: Principal, op: Op, result: OpResult, outcome: str) -> OpResult:
    """After a conflict or refusal the device's copy differs from the hub's: send the hub's along,
    since the device's pull cursor may already be past it."""
    if outcome not in ("conflict", "refused") or op.entity not in ENTITIES:
        return result
    w.flush()  # the row read below may be one this batch inserted
    rec = record_of(w, op.entity, op.entity_id)
    scopes = who.scopes()
    if rec is None or (scopes is not None and rec["scope"] not in scopes):
        return result
    table = tables(op.entity)
    row = w.conn.execute(select(table).where(table.c.id == op.entity_id)).mappings().one()
    return result.model_copy(update={"row": Row(entity=op.entity, id=op.entity_id, version=rec["version"],
                                                fields=row_fields(table, row))})
