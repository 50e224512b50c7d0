"""What waits to be sent and how the last sync went: read from the laptop's database alone, so the
window's status line needs none of the network code."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from sqlmodel import func, select

from inspector_app.domain.models import Evidence, LocalState, MediaSent, OutboxOp
from inspector_app.i18n import tr
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


def refusal_lines(refused: list[str], shown: int = 10, where_the_rest: str = "") -> list[str]:
    """What the hub refused, counted by reason, the most frequent first: `shown` reasons, then one
    line for the rest, ending in `where_the_rest` (a laptop's first sync may have hundreds refused,
    most for a few reasons)."""
    reasons = Counter(refused).most_common()
    lines = [tr("sync_refused_line", reason=reason, count=count) for reason, count in reasons[:shown]]
    if rest := reasons[shown:]:
        lines.append(tr("sync_refused_more", count=sum(count for _, count in rest), reasons=len(rest))
                     + where_the_rest)
    return lines
