"""The audit log as a hash chain (审计日志防篡改): each entry's hash covers the entry and the hash of
the one before it, so that an entry altered, removed or slipped in breaks the chain at that point.
The laptop's store and the hub write the hashes; `verify` walks them, as `entries` reads them."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Table, insert, select
from sqlalchemy.engine import Connection

GENESIS = "0" * 64  # the hash before the first entry
COLUMNS = ("id", "at", "actor", "device_id", "entity", "entity_id", "action", "changes", "prev_hash", "hash")


def canonical(entry: Mapping[str, Any]) -> bytes:
    """An entry's content as the same bytes whether it is being written or has been read back: the
    time in UTC to the microsecond without a zone, the id as its canonical text, the changes as
    sorted JSON."""
    at: datetime = entry["at"]
    if at.tzinfo is not None:
        at = at.astimezone(timezone.utc).replace(tzinfo=None)
    return json.dumps([at.isoformat(timespec="microseconds"), entry["actor"], entry["device_id"], entry["entity"],
                       str(uuid.UUID(str(entry["entity_id"]))), entry["action"], entry["changes"]],
                      ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str).encode("utf-8")


def entry_hash(previous: str, entry: Mapping[str, Any]) -> str:
    return hashlib.sha256(previous.encode("ascii") + b"\n" + canonical(entry)).hexdigest()


def holds(entry: Mapping[str, Any]) -> bool:
    """Whether the entry is as it was written (its own hash over its content and its predecessor's)."""
    return entry_hash(entry["prev_hash"], entry) == entry["hash"]


def chained(previous: str, entries: Iterable[dict[str, Any]]) -> str:
    """Give each entry, in order, its `prev_hash` and `hash`; the last hash."""
    for entry in entries:
        entry["prev_hash"], entry["hash"] = previous, entry_hash(previous, entry)
        previous = entry["hash"]
    return previous


@dataclass(frozen=True)
class Break:
    """Where the chain first breaks: the entry, and whether its own content was changed ("altered")
    or the entry before it is not the one it was chained to ("link": removed or slipped in)."""
    entry_id: int
    kind: str


def verify(entries: Iterable[Mapping[str, Any]], previous: str = GENESIS) -> tuple[int, Break | None]:
    """Walk the entries in order: how many were checked, and the first break (None: whole)."""
    n = 0
    for entry in entries:
        if entry["prev_hash"] != previous:
            return n, Break(entry["id"], "link")
        if entry_hash(previous, entry) != entry["hash"]:
            return n, Break(entry["id"], "altered")
        previous, n = entry["hash"], n + 1
    return n, None


def entries(connection: Connection, table: Table, *where: Any, columns: tuple[str, ...] = COLUMNS,
            batch: int = 5000) -> Iterator[dict[str, Any]]:
    """Every entry of a table of audit entries (those `where` picks), in the order written, read a
    batch at a time."""
    after = 0
    while True:
        page = connection.execute(select(*(table.c[c] for c in columns)).where(table.c.id > after, *where)
                                  .order_by(table.c.id).limit(batch)).mappings().all()
        if not page:
            return
        yield from page
        after = page[-1]["id"]


def append(connection: Connection, table: Table, new: list[dict[str, Any]]) -> None:
    """Write entries after the table's last one, each chained to the one before (the caller holds
    the table against other writers: SQLite's write lock, the hub's version counter)."""
    if not new:
        return
    last = connection.execute(select(table.c.hash).order_by(table.c.id.desc()).limit(1)).scalar()
    chained(last or GENESIS, new)
    connection.execute(insert(table), new)
