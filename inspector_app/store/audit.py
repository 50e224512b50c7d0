"""The audit log's chain in the database: entries appended with their hashes in the transaction of
the change they record, and the whole log walked to find where it was tampered with."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from inspector_app.domain.audit import GENESIS, Break, chained, verify
from inspector_app.domain.ids import utcnow
from inspector_app.domain.models import AuditEntry

_COLUMNS = ("id", "at", "actor", "device_id", "entity", "entity_id", "action", "changes", "prev_hash", "hash")


def append(connection: Connection, entries: list[dict[str, Any]]) -> None:
    """Write the entries after the last one, each chained to the one before."""
    if not entries:
        return
    table = AuditEntry.__table__
    last = connection.execute(select(table.c.hash).order_by(table.c.id.desc()).limit(1)).scalar()
    chained(last or GENESIS, entries)
    connection.execute(insert(table), entries)


def record(session: Session, **entry: Any) -> None:
    """One entry that records no change of a record (a look at who complained), now."""
    append(session.connection(), [{"at": utcnow(), **entry}])


def rows(connection: Connection, batch: int = 5000) -> Iterator[dict[str, Any]]:
    """Every entry in the order written, read a batch at a time."""
    table = AuditEntry.__table__
    after = 0
    while True:
        page = connection.execute(select(*(table.c[c] for c in _COLUMNS)).where(table.c.id > after)
                                  .order_by(table.c.id).limit(batch)).mappings().all()
        if not page:
            return
        yield from page
        after = page[-1]["id"]


def check(connection: Connection) -> tuple[int, Break | None]:
    """How many entries hold together from the first, and where the chain first breaks (None: whole)."""
    return verify(rows(connection))
