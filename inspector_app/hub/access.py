"""Who may see, receive and send which file. A file is someone's to receive when a record they may
read names it and was made by the office or by a device that has shown it holds the file (it sent
it whole, checked); a device shows it holds a file only by sending it. So naming another team's
photo in a record of one's own reveals nothing: the hub answers as if it lacked the file, asks for
it, and keeps what comes only if it is that file. A file no record the device may read names is not
taken at all (its record was refused, or never sent)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from inspector_app.domain import authority
from inspector_app.domain.ids import utcnow
from inspector_app.hub import schema
from inspector_app.hub.policy import Principal
from inspector_app.hub.store import Hub
from inspector_app.sync.protocol import Missing

evidence_t = schema.metadata.tables["evidence"]
user_t = schema.metadata.tables["user"]


def visible(query: Any, who: Principal) -> Any:
    """`query` (joined with hub_record) limited to the records `who` may read."""
    scopes, hidden = who.scopes(), who.hidden()
    if scopes is not None:
        return query.where(schema.record.c.scope.in_(scopes))
    return query.where(schema.record.c.scope.not_in(hidden)) if hidden else query


def _naming(who: Principal, columns: Iterable[Any]) -> Any:
    """The live photo records `who` may read, with `columns`."""
    rec = schema.record
    return visible(select(*columns).join(rec, (rec.c.entity == "evidence") & (rec.c.entity_id == evidence_t.c.id))
                   .where(evidence_t.c.deleted.is_(False)), who)


def named(conn: Connection, who: Principal, shas: list[str]) -> set[str]:
    """Of these files, those a record `who` may read names."""
    return {sha for part in _parts(shas) for sha in conn.execute(
        _naming(who, [evidence_t.c.sha256]).where(evidence_t.c.sha256.in_(part))).scalars()}


def entitled(conn: Connection, who: Principal, shas: list[str]) -> set[str]:
    """Of these files, those `who` may receive: named by a record it may read that the office made,
    or a device that has shown it holds the file."""
    if who.is_office:
        return set(shas)
    writers: dict[str, set[str]] = {}
    for part in _parts(shas):
        for sha, versions in conn.execute(_naming(who, [evidence_t.c.sha256, schema.record.c.field_versions])
                                          .where(evidence_t.c.sha256.in_(part))):
            writers.setdefault(sha, set()).add((versions or {}).get("sha256", [0, ""])[1])
    if not writers:
        return set()
    holder = schema.blob_holder
    held = {(sha, str(device)) for part in _parts(list(writers)) for sha, device in conn.execute(
        select(holder.c.sha256, holder.c.device_id).where(holder.c.sha256.in_(part)))}
    devices = [uuid.UUID(d) for ws in writers.values() for d in ws if _is_id(d)]
    office = {str(d) for part in _parts(devices) for d in conn.execute(
        select(schema.device.c.id).join(user_t, user_t.c.id == schema.device.c.user_id)
        .where(schema.device.c.id.in_(part), user_t.c.role.in_(sorted(authority.OFFICE_ROLES)))).scalars()}
    return {sha for sha, ws in writers.items() if any(w in office or (sha, w) in held for w in ws)}


def wanted(hub: Hub, who: Principal, shas: list[str]) -> tuple[list[str], list[str]]:
    """Of the files a device offers: those the hub asks for (named by a record it may read, and
    lacking, or not yet the device's to receive), and those no such record names yet (ask again
    once their records are sent). The rest the hub holds for it: the device need not send them."""
    with hub.read() as conn:
        names = named(conn, who, shas)
        mine = entitled(conn, who, [s for s in shas if s in names and hub.blobs.has(s)])
    return [s for s in shas if s in names and s not in mine], [s for s in shas if s not in names]


def missing_photos(hub: Hub, who: Principal) -> list[Missing]:
    """The files that records `who` may read name and it cannot receive from the hub yet, by name:
    no device has sent them (or none that may)."""
    with hub.read() as conn:
        rows = conn.execute(_naming(who, [evidence_t.c.sha256, evidence_t.c.size, evidence_t.c.original_name,
                                          evidence_t.c.finding_id])).all()
        held = [r.sha256 for r in rows if hub.blobs.has(r.sha256)]
        mine = entitled(conn, who, sorted(set(held)))
    seen, out = set(), []
    for r in rows:
        if r.sha256 not in seen and r.sha256 not in mine:
            seen.add(r.sha256)
            out.append(Missing(sha256=r.sha256, size=r.size, original_name=r.original_name, finding_id=r.finding_id))
    return out


def receivable(conn: Connection, hub: Hub, who: Principal) -> list[str]:
    """Every file the hub holds that `who` may receive."""
    shas = sorted({sha for sha in conn.execute(_naming(who, [evidence_t.c.sha256])).scalars() if hub.blobs.has(sha)})
    return sorted(entitled(conn, who, shas))


def note_holders(hub: Hub, device_id: uuid.UUID, shas: list[str]) -> None:
    """The device has sent these files whole and checked: from now on they are its to receive."""
    if not shas:
        return
    insert = (sqlite if hub.is_sqlite else postgresql).insert(schema.blob_holder)
    rows = [{"sha256": sha, "device_id": device_id, "at": utcnow()} for sha in sorted(set(shas))]
    with hub.engine.begin() as conn:
        conn.execute(insert.on_conflict_do_nothing(), rows)


def _parts(items: list[Any], size: int = 500) -> Iterator[list[Any]]:
    return (items[i:i + size] for i in range(0, len(items), size))


def _is_id(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True
