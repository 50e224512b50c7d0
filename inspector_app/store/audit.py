"""The audit log's chain in the database: entries appended with their hashes in the transaction of
the change they record, and the whole log walked to find where it was tampered with."""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from inspector_app.domain import audit as chain
from inspector_app.domain.audit import Break
from inspector_app.domain.ids import utcnow
from inspector_app.domain.models import AuditEntry


def append(connection: Connection, new: list[dict[str, Any]]) -> None:
    """Write the entries after the last one, each chained to the one before."""
    chain.append(connection, AuditEntry.__table__, new)


def record(session: Session, **entry: Any) -> None:
    """One entry that records no change of a record (a look at who complained), now."""
    append(session.connection(), [{"at": utcnow(), **entry}])


def check(connection: Connection) -> tuple[int, Break | None]:
    """How many entries hold together from the first, and where the chain first breaks (None: whole)."""
    return chain.verify(chain.entries(connection, AuditEntry.__table__))
