"""What waits to be sent and how the last sync went: read from the laptop's database alone, so the
window's status line needs none of the network code."""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import func, select

from inspector_app.domain.models import Evidence, LocalState, MediaSent, OutboxOp
from inspector_app.store.database import Database

CURSOR = "pull_cursor"
LAST_SYNC = "last_sync"


def waiting_ops(db: Database) -> int:
    with db.session() as s:
        return s.exec(select(func.count()).select_from(OutboxOp)).one()


def waiting_photos(db: Database) -> int:
    with db.session() as s:
        return s.exec(select(func.count(func.distinct(Evidence.sha256))).where(
            Evidence.sha256.not_in(select(MediaSent.sha256)))).one()


def last_sync(db: Database) -> dict[str, Any] | None:
    with db.session() as s:
        row = s.get(LocalState, LAST_SYNC)
        return json.loads(row.value) if row else None
