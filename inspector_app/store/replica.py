"""This laptop as a replica of the hub: the outbox waiting to go, the pull cursor, the photos the hub
is known to hold, the record of the last sync, and writing what the hub keeps into the local
records. Each write is one transaction (docs/sync.md invariant 6: the cursor advances if and only if the
rows were applied; an outbox entry leaves if and only if the hub acknowledged it)."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from typing import Any

from sqlalchemy import bindparam, delete, insert, update
from sqlmodel import Session, func, select

from inspector_app.domain.ids import utcnow
from inspector_app.domain import audit as chain
from inspector_app.domain.models import AuditEntry, ENTITIES, Evidence, LocalState, MediaSent, OutboxOp
from inspector_app.store.database import Database

CURSOR = "pull_cursor"
LAST_SYNC = "last_sync"
ENROLLED_AS = "enrolled_as"  # the role (and team) of the user this laptop is enrolled for
USER_AT_WORK = "user_at_work"  # JSON: who uses this laptop (the author of its records); see note_user
AUDIT_SENT = "audit_sent"  # the hub holds this laptop's audit log up to this entry


@dataclass(frozen=True)
class Incoming:
    """A record as the hub keeps it, its fields as column values."""
    entity: str
    id: uuid.UUID
    version: int
    values: dict[str, Any]


@dataclass(frozen=True)
class Adopted:
    """The hub's version and stamp for a record whose copy here is now the hub's."""
    entity: str
    id: uuid.UUID
    version: int
    updated_at: datetime | None


# --- what waits -------------------------------------------------------------------------------------

def waiting_ops(db: Database) -> int:
    with db.session() as s:
        return s.exec(select(func.count()).select_from(OutboxOp)).one()


def waiting_photos(db: Database) -> int:
    with db.session() as s:
        return s.exec(select(func.count(func.distinct(Evidence.sha256))).where(
            Evidence.sha256.not_in(select(MediaSent.sha256)))).one()


def outbox(db: Database, limit: int | None = None) -> list[OutboxOp]:
    """The oldest operations waiting, in sequence order."""
    with db.session() as s:
        return list(s.exec(select(OutboxOp).order_by(OutboxOp.seq).limit(limit)).all())


def unsent_photos(db: Database, again: list[str] = ()) -> list[str]:
    """The files of evidence records the hub is not known to hold; `again`: files noted as sent
    that the hub says it lacks (a restored hub, a lost disk), offered again."""
    with db.session() as s:
        if again:
            s.execute(delete(MediaSent).where(MediaSent.sha256.in_(list(again))))
        return list(s.exec(select(Evidence.sha256).where(
            Evidence.sha256.not_in(select(MediaSent.sha256))).distinct()).all())


def photos_referenced(db: Database) -> list[str]:
    """Every file a live evidence record here refers to."""
    with db.session() as s:
        return list(s.exec(select(Evidence.sha256).where(Evidence.deleted.is_(False)).distinct()).all())


def mark_sent(db: Database, shas: list[str]) -> None:
    """Note files the hub holds, so they are not offered again."""
    if shas:
        with db.session() as s:
            s.execute(insert(MediaSent).prefix_with("OR IGNORE"), [{"sha256": sha, "at": utcnow()} for sha in shas])


def audit_unsent(db: Database, limit: int | None = None) -> list[dict[str, Any]]:
    """The audit log's entries after those the hub holds, in order, at most `limit`."""
    table = AuditEntry.__table__
    with db.session() as s:
        row = s.get(LocalState, AUDIT_SENT)
        after = int(row.value) if row else 0
        return [dict(e) for e in islice(chain.entries(s.connection(), table, table.c.id > after,
                                                      batch=min(limit or 5000, 5000)), limit)]


def audit_sent(db: Database, held: int) -> None:
    """The hub holds the audit log up to entry `held` (of those this laptop has: a copy restored from
    an older backup sends its entries after that again, and the hub notes that they differ)."""
    with db.session() as s:
        last = s.exec(select(func.max(AuditEntry.id))).one() or 0
        s.merge(LocalState(key=AUDIT_SENT, value=str(min(held, last))))


# --- what came back -----------------------------------------------------------------------------------

def cursor(db: Database) -> int:
    with db.session() as s:
        return cursor_in(s)


def cursor_in(s: Session) -> int:
    row = s.get(LocalState, CURSOR)
    return int(row.value) if row else 0


def acknowledged(db: Database, acked_seq: int, rows: list[Incoming], adopted: list[Adopted]) -> None:
    """The hub holds every operation up to `acked_seq`: they leave the outbox; records the hub sent
    back (after a conflict or refusal) are applied, and the versions of records whose copy here is
    the hub's are taken, in the same transaction."""
    with db.session(applying_remote=True) as s:
        s.execute(delete(OutboxOp).where(OutboxOp.seq <= acked_seq))
        apply_rows(s, rows)
        adopt_versions(s, adopted)


def apply_page(db: Database, rows: list[Incoming], new_cursor: int) -> None:
    """Apply one page from the hub and advance the cursor, in one transaction."""
    with db.session(applying_remote=True) as s:
        apply_rows(s, rows)
        s.merge(LocalState(key=CURSOR, value=str(new_cursor)))


def apply_bundle(db: Database, acked_seq: int, rows: list[Incoming], new_cursor: int) -> bool:
    """The hub's bundle: its acknowledgement taken, and its rows applied with the cursor advanced
    unless an earlier import of it has done that already (then False), in one transaction."""
    with db.session(applying_remote=True) as s:
        s.execute(delete(OutboxOp).where(OutboxOp.seq <= acked_seq))
        fresh = new_cursor > cursor_in(s)
        if fresh:
            apply_rows(s, rows)
            s.merge(LocalState(key=CURSOR, value=str(new_cursor)))
    return fresh


def apply_rows(s: Session, rows: list[Incoming]) -> None:
    """Make local records what the hub keeps. Fields with an edit still waiting in the outbox keep
    their local value: that edit goes to the hub next, and the hub decides. Kinds of record this
    version does not know (from a newer hub) are left out."""
    rows = [row for row in rows if row.entity in ENTITIES]
    ids = {row.id for row in rows}
    pending: dict[Any, set[str]] = {}
    if ids:
        for entity_id, fields in s.exec(select(OutboxOp.entity_id, OutboxOp.fields)
                                        .where(OutboxOp.entity_id.in_(ids))).all():
            pending.setdefault(entity_id, set()).update(fields)
    by_entity: dict[str, list[Any]] = {}
    for row in rows:
        by_entity.setdefault(row.entity, []).append(row.id)
    for entity, entity_ids in by_entity.items():  # one query per kind brings them into the session
        s.exec(select(ENTITIES[entity]).where(ENTITIES[entity].id.in_(entity_ids))).all()
    for row in rows:
        model = ENTITIES[row.entity]
        obj = s.get(model, row.id)
        if obj is None:
            s.add(model(**row.values, server_version=row.version))
            continue
        keep = pending.get(row.id, set())
        for key, value in row.values.items():
            if key not in keep and getattr(obj, key) != value:
                setattr(obj, key, value)
        obj.server_version = row.version


def adopt_versions(s: Session, adopted: list[Adopted]) -> None:
    """Take the version and stamp the hub gave records whose copy here is now the hub's (its pulls
    leave them out). The last one given for a record decides."""
    by_entity: dict[str, list[dict[str, Any]]] = {}
    for a in adopted:
        by_entity.setdefault(a.entity, []).append({"b_id": a.id, "b_version": a.version, "b_stamp": a.updated_at})
    for entity, values in by_entity.items():
        table = ENTITIES[entity].__table__
        s.execute(update(table).where(table.c.id == bindparam("b_id"))  # b_: no column's name
                  .values(server_version=bindparam("b_version"), updated_at=bindparam("b_stamp")), values)


# --- the record of the last sync ----------------------------------------------------------------------

def last_sync(db: Database) -> dict[str, Any] | None:
    with db.session() as s:
        row = s.get(LocalState, LAST_SYNC)
        return json.loads(row.value) if row else None


def note_sync(db: Database, report: dict[str, Any]) -> None:
    """Keep how a sync went, with when it ended, for the status line."""
    with db.session() as s:
        s.merge(LocalState(key=LAST_SYNC, value=json.dumps({"at": utcnow().isoformat(), **report},
                                                            ensure_ascii=False)))


# --- whose laptop this is -------------------------------------------------------------------------------

def enrolled_as(db: Database) -> tuple[str, str] | None:
    """The role and team id ("" for none) of the user this laptop is enrolled for; None before enrolment."""
    with db.session() as s:
        row = s.get(LocalState, ENROLLED_AS)
    if row is None:
        return None
    role, _, team = row.value.partition(" ")
    return role, team


def note_enrolled(db: Database, role: str, team_id: str) -> None:
    with db.session() as s:
        s.merge(LocalState(key=ENROLLED_AS, value=f"{role} {team_id}".strip()))


def user_at_work(db: Database) -> dict[str, str] | None:
    """Who uses this laptop: {"name", "username"}; None until someone is set up."""
    with db.session() as s:
        row = s.get(LocalState, USER_AT_WORK)
    return json.loads(row.value) if row is not None else None


def note_user(db: Database, name: str, username: str = "") -> None:
    """The person at work: the enrolled user (by the name the hub gives them, and their username), or
    before enrolment a local user ("" for the username)."""
    with db.session() as s:
        s.merge(LocalState(key=USER_AT_WORK, value=json.dumps({"name": name, "username": username},
                                                              ensure_ascii=False)))
