"""Applying a device's operations on the hub: exactly once, in the device's order, field by field.

An operation carries the fields the device changed and the hub version the device had seen
(`base_version`). It is checked (its values, the access policy, the records it refers to) before
anything is written; one refused is kept as a conflict and answered with the reason's message id.
A field someone else changed on the hub after the operation's base version, to a different value,
is not overwritten: the hub keeps its value and records both in a conflict for office staff. So is
a value that must be unique and another record already holds (a notice number two office machines
gave offline): the record is kept without it. Nothing depends on a device's clock (docs/sync.md
invariants 2, 3, 4, 8, 9, 10).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.exc import DataError, IntegrityError

from inspector_app.domain import authority
from inspector_app.domain.ids import utcnow
from inspector_app.domain.models import ENTITIES
from inspector_app.domain.values import to_json
from inspector_app.hub import conflicts, schema
from inspector_app.hub.checks import check_references, readable, shown, storable
from inspector_app.hub.policy import PARENTS, Principal, Refused, check_scope, check_write
from inspector_app.hub.records import BY_ID, UNWRITABLE, record_of, scope_for, table, taken, write_row
from inspector_app.hub.store import Hub, Writer
from inspector_app.sync.protocol import REFERENCES, Op, OpResult, Refusal, Row, row_fields, unwire


_FINDING_STATUS = select(schema.metadata.tables["finding"].c.status).where(
    schema.metadata.tables["finding"].c.id == bindparam("i"))


def refused(result: OpResult, code: str, **params: Any) -> OpResult:
    return result.model_copy(update={"outcome": "refused", "code": code, "params": params})


def apply_op(w: Writer, who: Principal, op: Op, adopts: bool = False, guarded: bool = True) -> OpResult:
    """Apply one operation (already known to be this device's next); never raises for its content.
    `adopts`: the device takes the version and stamp from the result, so when its copy then equals
    the hub's (it had the version the op was based on, or only its own since, and nothing
    conflicted) the record is marked as in step with it and its pulls leave it out.
    `guarded`: the write runs in a savepoint, so that a clash (a unique value another device took
    meanwhile) refuses this op alone; unguarded, the clash is raised (see `apply_batch`)."""
    result = OpResult(op_id=op.op_id, seq=op.seq, outcome="applied")
    if op.entity not in ENTITIES:
        conflicts.record(w, op, who, "", None, op.fields, "refused")
        return refused(result, "refused_entity", entity=shown(op.entity, 40))
    existing = _existing(w, op)
    rec = record_of(w, op.entity, op.entity_id) if existing else None
    try:
        fields, scope, imposed = _checked(w, who, op, existing, rec)
    except Refused as exc:
        conflicts.record(w, op, who, "", None, op.fields, "refused")
        return refused(result, exc.code, **exc.params)
    changes, conflicted = _merged(w, who, op, fields, existing, rec)
    if existing is None:  # the device's copy is the hub's if the op brought every column and the hub imposed none
        in_step = adopts and not imposed and set(table(op.entity).c.keys()) <= {*fields, "id", "server_version",
                                                                                 "updated_at"}
    else:
        in_step = adopts and not conflicted and rec is not None and (
            rec["version"] == op.base_version or rec["in_step"] == who.device_id)
    if existing is not None and not changes:
        if in_step:
            result = result.model_copy(update={"version": rec["version"], "updated_at": existing["updated_at"]})
    else:
        def rejected(exc: DataError | IntegrityError) -> OpResult:
            conflicts.record(w, op, who, "", None, op.fields, "rejected")
            return refused(result, "hub_rejected", detail=str(exc.orig).splitlines()[0])
        try:
            version, stamp = _write(w, op, existing, changes, who, rec, scope, in_step, guarded)
        except UNWRITABLE as exc:  # e.g. a notice number another office machine took meanwhile
            if not guarded:
                raise
            held = {key: changes.pop(key) for key in taken(w, op.entity, op.entity_id, changes)}
            if not held:
                return rejected(exc)
            in_step = False  # the record is kept without the taken values, both values in a conflict
            if changes or existing is None:
                try:
                    version, stamp = _write(w, op, existing, changes, who, rec, scope, in_step, guarded)
                except UNWRITABLE as again:
                    return rejected(again)
            for key, value in held.items():
                conflicted.append(key)
                conflicts.record(w, op, who, key, to_json(existing[key]) if existing else None, to_json(value), "taken")
        if in_step:
            result = result.model_copy(update={"version": version, "updated_at": stamp})
    if conflicted:
        return result.model_copy(update={"outcome": "conflict", "message": ", ".join(conflicted)})
    return result


def _existing(w: Writer, op: Op) -> dict[str, Any] | None:
    """The hub's copy of the op's record, None when it has none."""
    key = (op.entity, op.entity_id)
    if key in w.absent and key not in w.present:
        return None
    w.flush()  # the record may be one an earlier op of the batch inserted
    found = w.conn.execute(BY_ID[op.entity], {"i": op.entity_id}).mappings().first()
    return dict(found) if found else None


def _checked(w: Writer, who: Principal, op: Op, existing: dict[str, Any] | None,
             rec: dict[str, Any] | None) -> tuple[dict[str, Any], str, bool]:
    """The op's fields as column values, with what the hub imposes on a new record of its author's
    role, once its values, the access policy and its references allow it (raises Refused); the
    record's scope; whether the hub imposed anything."""
    if op.base_version is not None and not 0 <= op.base_version < schema.INT_END:
        raise Refused("hub_refused_value", field="base_version", detail=f"{op.base_version}: out of range")
    fields = readable(op.entity, op.fields)
    fields.pop("id", None)
    imposed = authority.imposed(who.role, who.team_id, op.entity, fields) if existing is None else {}
    fields.update(imposed)
    values = {**(existing or {}), **fields}
    scope = scope_for(w, op.entity, values, rec["scope"] if rec else who.home())
    check_write(who, op.entity, fields, scope, existing, _finding_status(w, op.entity, values))
    if rec and rec["scope"] != "all":  # nor may an edit touch a record outside the user's scope
        check_scope(who, rec["scope"])
    check_references(w, op.entity, fields)
    return fields, scope, bool(imposed)


def _finding_status(w: Writer, entity: str, values: dict[str, Any]) -> str | None:
    """For a photo, the status of the finding it belongs to as the hub holds it (None: none)."""
    if entity != "evidence" or values.get("finding_id") is None:
        return None
    w.flush()  # the finding may be one an earlier op of the batch inserted
    return w.conn.execute(_FINDING_STATUS, {"i": values["finding_id"]}).scalar()


def _merged(w: Writer, who: Principal, op: Op, fields: dict[str, Any], existing: dict[str, Any] | None,
            rec: dict[str, Any] | None) -> tuple[dict[str, Any], list[str]]:
    """The fields to write and those in conflict: a field someone else changed on the hub since the
    op's base version, to another value, keeps the hub's value, and both go into a conflict; unless
    the office changes what a team changed: the office's decision stands (a void over a submit the
    office had not seen yet), and the team's value is kept in the conflict ("overridden")."""
    if existing is None:
        return fields, []
    base = op.base_version or 0
    field_versions = rec["field_versions"] if rec else {}
    changes, conflicted = {}, []
    for key, value in fields.items():
        if existing[key] == value:
            continue
        last = field_versions.get(key)
        if last and last[0] > base and last[1] != str(who.device_id):
            if who.is_office and _team_device(w, last[1]):
                changes[key] = value
                conflicts.record(w, op, who, key, to_json(existing[key]), to_json(value), "overridden")
                continue
            conflicted.append(key)
            conflicts.record(w, op, who, key, to_json(existing[key]), to_json(value), "edited_on_hub")
        else:
            changes[key] = value
    return changes, conflicted


_USER = schema.metadata.tables["user"]
_ROLE_OF_DEVICE = (select(_USER.c.role).join(schema.device, schema.device.c.user_id == _USER.c.id)
                   .where(schema.device.c.id == bindparam("device")))


def _team_device(w: Writer, device: str) -> bool:
    """Whether a device that wrote on the hub is a team's (not the office's, nor the hub's own)."""
    try:
        role = w.conn.execute(_ROLE_OF_DEVICE, {"device": uuid.UUID(device)}).scalar()
    except ValueError:
        return False
    return role is not None and role not in authority.OFFICE_ROLES


def _write(w: Writer, op: Op, existing: dict[str, Any] | None, changes: dict[str, Any], who: Principal,
           rec: dict[str, Any] | None, scope: str, in_step: bool, guarded: bool) -> tuple[int, Any]:
    """Write the op's changes, in a savepoint when `guarded` (a clash then undoes this op alone)."""
    savepoint = w.conn.begin_nested() if guarded else None
    try:
        written = write_row(w, op.entity, existing, {"id": op.entity_id, **changes} if existing is None else changes,
                            scope=scope, device_id=who.device_id, rec=rec, in_step=in_step)
    except UNWRITABLE:
        if savepoint is not None:
            savepoint.rollback()
        raise
    if savepoint is not None:
        savepoint.commit()
    return written


Pushed = tuple[int, list[OpResult], Refusal | None]


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
    the result of each operation taken, and why the rest of the batch was left (a sequence number
    used before, or a gap), if it was. `adopts`, `guarded`: as for `apply_op`."""
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
                result = OpResult(op_id=op.op_id, seq=seen["seq"], outcome="duplicate", code=seen["code"],
                                  params=seen["params"] or {}, message=seen["message"])
                results.append(_with_row(w, who, op, _still_in_step(w, who, op, result) if adopts else result,
                                         seen["outcome"]))
                continue
            if op.seq <= last:
                gap = Refusal(code="hub_seq_reused", params={"seq": op.seq})
                break
            if op.seq != last + 1:
                gap = Refusal(code="hub_seq_gap", params={"expected": last + 1, "got": op.seq})
                break
            result = apply_op(w, who, op, adopts, guarded)
            known[op.op_id] = {"op_id": op.op_id, "device_id": who.device_id, "seq": op.seq, "outcome": result.outcome,
                               "code": result.code, "params": result.params, "message": result.message}
            applied.append(known[op.op_id])
            w.audit(who.username, who.device_id, shown(op.entity, 40), op.entity_id, result.outcome, seq=op.seq,
                    fields=storable(op.fields), **({"refused": result.code} if result.code else {}),
                    **({"conflict": result.message} if result.outcome == "conflict" else {}))
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
        t = table(op.entity)
        for links, wanted in ((REFERENCES[op.entity], referred), (PARENTS.get(op.entity, ()), parents)):
            for column, parent in links:
                try:
                    value = unwire(t, column, op.fields.get(column))
                except (ValueError, TypeError, AttributeError):  # unreadable: apply_op refuses its op
                    continue
                if value is not None:
                    wanted[parent].add(value)
    for entity in own.keys() | referred.keys():
        t = table(entity)
        ids = list(own[entity] | referred[entity])
        held = {row.id for part in _parts(ids) for row in w.conn.execute(select(t.c.id).where(t.c.id.in_(part)))}
        w.present |= {(entity, i) for i in held}
        w.absent |= {(entity, i) for i in own[entity] - held}
    for entity, ids in parents.items():
        unread = [i for i in ids if (entity, i) not in w.records]
        for part in _parts(unread):
            found = {row["entity_id"]: dict(row) for row in w.conn.execute(
                select(schema.record).where(schema.record.c.entity == entity,
                                            schema.record.c.entity_id.in_(part))).mappings()}
            w.records.update({(entity, i): found.get(i) for i in part})


def _parts(ids: list[Any], size: int = 500) -> Iterator[list[Any]]:
    return (ids[i:i + size] for i in range(0, len(ids), size))


def _still_in_step(w: Writer, who: Principal, op: Op, result: OpResult) -> OpResult:
    """A replayed op (its first answer was lost): the version and stamp again, if the device's copy
    is still the hub's latest."""
    rec = record_of(w, op.entity, op.entity_id) if op.entity in ENTITIES else None
    if rec is None or rec["in_step"] != who.device_id:
        return result
    t = table(op.entity)
    stamp = w.conn.execute(select(t.c.updated_at).where(t.c.id == op.entity_id)).scalar_one()
    return result.model_copy(update={"version": rec["version"], "updated_at": stamp})


def _with_row(w: Writer, who: Principal, op: Op, result: OpResult, outcome: str) -> OpResult:
    """After a conflict or refusal the device's copy differs from the hub's: send the hub's along,
    since the device's pull cursor may already be past it."""
    if outcome not in ("conflict", "refused") or op.entity not in ENTITIES:
        return result
    w.flush()  # the row read below may be one this batch inserted
    rec = record_of(w, op.entity, op.entity_id)
    if rec is None or not who.may_read(rec["scope"]):
        return result
    t = table(op.entity)
    row = w.conn.execute(select(t).where(t.c.id == op.entity_id)).mappings().one()
    return result.model_copy(update={"row": Row(entity=op.entity, id=op.entity_id, version=rec["version"],
                                                fields=row_fields(t, row))})
