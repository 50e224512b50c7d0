"""What the hub hands out: pull pages in version order."""

from __future__ import annotations

import uuid
from collections import defaultdict
from typing import Any

from sqlalchemy import select, tuple_
from sqlalchemy.engine import Connection

from inspector_app.hub import schema
from inspector_app.hub.access import visible
from inspector_app.hub.policy import Principal
from inspector_app.sync.protocol import REFERENCES, PullPage, Row, row_fields


def pull_page(conn: Connection, who: Principal, after: int, limit: int) -> PullPage:
    """Records changed after version `after` that `who` may read, oldest change first; not those
    whose latest version `who` holds already (it wrote them and took their versions from the push).

    The connection is one snapshot: every version up to the counter it reads has committed, so a
    cursor at the counter skips nothing (docs/sync.md invariant 5)."""
    rec = schema.record
    refs = conn.execute(visible(select(rec.c.entity, rec.c.entity_id, rec.c.version)
                                 .where(rec.c.version > after, rec.c.in_step.is_distinct_from(who.device_id)), who)
                        .order_by(rec.c.version).limit(limit)).all()
    rows = _load(conn, [(r.entity, r.entity_id, r.version) for r in refs])
    if refs:
        rows = _parents_first(conn, who, rows, refs[-1].version) + rows
    more = len(refs) == limit
    if more:
        cursor = refs[-1].version
    else:
        cursor = max(after, conn.execute(select(schema.counter.c.value)).scalar_one())
    return PullPage(rows=rows, cursor=cursor, more=more)


def _load(conn: Connection, refs: list[tuple[str, Any, int]]) -> list[Row]:
    wanted: dict[str, list] = defaultdict(list)
    for entity, entity_id, _ in refs:
        wanted[entity].append(entity_id)
    loaded: dict[tuple[str, Any], dict[str, Any]] = {}
    for entity, ids in wanted.items():
        table = schema.metadata.tables[entity]
        for row in conn.execute(select(table).where(table.c.id.in_(ids))).mappings():
            loaded[entity, row["id"]] = row_fields(table, row)
    return [Row(entity=e, id=i, version=v, fields=loaded[e, i]) for e, i, v in refs]


def _parents_first(conn: Connection, who: Principal, rows: list[Row], last: int) -> list[Row]:
    """The records this page refers to whose latest change comes in a later page: sent now as well
    (and again in their turn), so that every page is whole on its own."""
    rec = schema.record
    have = {(r.entity, r.id) for r in rows}
    extra: list[Row] = []
    while True:
        needed = {(parent, uuid.UUID(r.fields[column])) for r in rows for column, parent in REFERENCES[r.entity]
                  if r.fields.get(column) and (parent, uuid.UUID(r.fields[column])) not in have}
        if not needed:
            return extra
        later = conn.execute(visible(select(rec.c.entity, rec.c.entity_id, rec.c.version).where(
            rec.c.version > last, tuple_(rec.c.entity, rec.c.entity_id).in_(list(needed))), who)).all()
        have |= needed
        rows = _load(conn, [(r.entity, r.entity_id, r.version) for r in later])
        extra = rows + extra
